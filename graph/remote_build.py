"""What a server behind ``--endpoint`` says about the graph it holds: the build time and the newest
document's date that ``g40kg push`` wrote there (walkthrough 27, finding 12).

Locally both come from ``manifest.json``; a command through ``--endpoint`` has no manifest, so its
JSON said ``"built": null``, its ``--as-of`` gave no "the newest document is dated …" note and its
network page no "Graph built …". :func:`remote_build` reads them from the pushed graphs: ``push:built``
and ``push:newestDocument`` in ``g40g:push`` (:mod:`graph.push_marker`), else the newest complete
document day, ``dcterms:modified`` in ``g40g:dataset`` (:mod:`graph.dataset`; a push before round 52c
wrote no ``push:newestDocument``). That fallback knows only the documents dated to the day: a newer
document of a month or a year ("2024-05") is not in it, so ``day_only`` is then true and the ``--as-of``
note says that it names the newest document dated to the day (:mod:`graph.cli.as_of_note`), not the
newest document. A server that holds neither graph (filled by another tool) gives None for both, silently.

Examples
--------
>>> from graph.store import new_dataset
>>> remote_build(new_dataset())
{'built': None, 'newest_document': None, 'day_only': False}
"""

from __future__ import annotations

from rdflib import URIRef

from .dataset import DATASET
from .questions import sparql_term
from .vocab import DATASET_GRAPH, PUSH, PUSH_GRAPH

__all__ = ["remote_build", "BUILD_QUERY"]

_DCT_MODIFIED = "http://purl.org/dc/terms/modified"

#: the query, its graphs and subjects bound as RDF terms (:func:`graph.questions.sparql_term`)
BUILD_QUERY = """SELECT ?built ?newest ?modified WHERE {
  VALUES (?pushGraph ?built_p ?newest_p ?datasetGraph ?dataset ?modified_p) { (%s) }
  OPTIONAL { GRAPH ?pushGraph { ?pushGraph ?built_p ?built } }
  OPTIONAL { GRAPH ?pushGraph { ?pushGraph ?newest_p ?newest } }
  OPTIONAL { GRAPH ?datasetGraph { ?dataset ?modified_p ?modified } }
}""" % " ".join(sparql_term(URIRef(iri)) for iri in (
    PUSH_GRAPH, PUSH.built, PUSH.newestDocument, DATASET_GRAPH, DATASET, _DCT_MODIFIED))


def remote_build(dataset, *, timeout: float | None = None) -> dict:
    """``{"built", "newest_document", "day_only"}`` of the graph ``dataset`` (an ``--endpoint``) holds, the
    first two as text, each None when the server does not say; ``day_only``: the date is the newest complete
    day of an older push's dataset description (see the module docstring). A server that does not answer in ``timeout`` seconds raises
    :class:`~graph.errors.QueryTimeout` (the command would stop there too); any other failure gives None."""
    from .errors import G40Error, QueryTimeout
    from .query import DEFAULT_TIMEOUT, run_sparql

    found = {"built": None, "newest_document": None, "day_only": False}
    try:
        rows = run_sparql(dataset, BUILD_QUERY, check=False, timeout=timeout or DEFAULT_TIMEOUT).rows
    except QueryTimeout:
        raise
    except G40Error:
        return found
    for row in rows:
        if row.get("built") is not None and found["built"] is None:
            found["built"] = str(row["built"])
        if found["newest_document"] is None and row.get("newest") is not None:
            found["newest_document"] = str(row["newest"])
        elif found["newest_document"] is None and row.get("modified") is not None:
            found["newest_document"], found["day_only"] = str(row["modified"]), True
    return found
