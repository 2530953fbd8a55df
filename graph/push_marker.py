"""The completion graph a push writes on the server: ``g40g:push``, first as "started", last as
"complete".

An analyst (or a dashboard) asks the server whether the graphs there are one complete push::

    SELECT ?complete ?ended ?built WHERE { GRAPH g40g:push {
      g40g:push push:complete ?complete ; push:built ?built . OPTIONAL { g40g:push prov:endedAtTime ?ended } } }

It holds the push's start (and, once complete, end) time, the manifest's build time and newest
document's date (which ``--endpoint`` commands read: :mod:`graph.remote_build`), the number
of named graphs and triples, the g40kg version, the address pushed to and the graph folder's
identifier (:func:`graph.push_record.folder_id`), by which a later push recognises the server as
its own under another address. The graph lives on the server only: no build writes it, and a push
never puts it in the default graph's union.

Examples
--------
>>> lines = marker_lines(folder="f" * 32, target="http://h/store", built="2026-01-02T03:04:05+00:00",
...                      graphs=3, triples=13, version="0.2.0", started="2026-01-02T04:00:00+00:00")
>>> read_marker(b"\\n".join(lines))
{'folder': 'ffffffffffffffffffffffffffffffff', 'target': 'http://h/store', 'complete': False}
>>> lines = marker_lines(folder="f" * 32, target="http://h/store", built="", graphs=3, triples=13,
...                      version="0.2.0", started="2026-01-02T04:00:00+00:00", ended="2026-01-02T04:00:09+00:00")
>>> read_marker(b"\\n".join(lines))["complete"]
True
"""

from __future__ import annotations

import pyoxigraph as ox

from .vocab import PUSH, PUSH_GRAPH

__all__ = ["marker_lines", "read_marker", "PUSH_GRAPH"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_PROV = "http://www.w3.org/ns/prov#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def marker_lines(*, folder: str, target: str, built: str, graphs: int, triples: int, version: str,
                 started: str, ended: str | None = None, newest: str = "") -> list[bytes]:
    """The completion graph's triples as N-Triples lines: complete when ``ended`` is given. ``newest``: the
    date of the graph's newest document as its manifest gives it (a day, month or year), which
    ``--as-of`` through ``--endpoint`` reads for its note (:mod:`graph.remote_build`)."""
    subject = ox.NamedNode(str(PUSH_GRAPH))

    def literal(value, datatype: str | None = None) -> ox.Literal:
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + datatype)) if datatype else ox.Literal(str(value))

    objects = [
        (_RDF_TYPE, ox.NamedNode(_PROV + "Activity")),
        (str(PUSH.complete), literal("true" if ended else "false", "boolean")),
        (_PROV + "startedAtTime", literal(started, "dateTime")),
        (str(PUSH.folder), literal(folder)),
        (str(PUSH.target), literal(target)),
        (str(PUSH.graphs), literal(graphs, "integer")),
        (str(PUSH.triples), literal(triples, "integer")),
        (str(PUSH.softwareVersion), literal(version)),
    ]
    if built:
        objects.append((str(PUSH.built), literal(built, "dateTime")))
    if newest:
        objects.append((str(PUSH.newestDocument), literal(newest)))
    if ended:
        objects.append((_PROV + "endedAtTime", literal(ended, "dateTime")))
    return [str(ox.Triple(subject, ox.NamedNode(predicate), value)).encode("utf-8") + b" ." for predicate, value in objects]


def read_marker(ntriples: bytes) -> dict | None:
    """The folder identifier, target and completeness in a completion graph's N-Triples (None: none there).

    >>> read_marker(b"") is None
    True
    """
    found: dict = {}
    names = {str(PUSH.folder): "folder", str(PUSH.target): "target", str(PUSH.complete): "complete"}
    try:
        triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError):
        return None
    for triple in triples:
        key = names.get(triple.predicate.value)
        if key and str(triple.subject.value) == str(PUSH_GRAPH) and isinstance(triple.object, ox.Literal):
            found[key] = triple.object.value == "true" if key == "complete" else triple.object.value
    if "folder" not in found:
        return None
    return {"folder": found["folder"], "target": found.get("target"), "complete": found.get("complete", False)}
