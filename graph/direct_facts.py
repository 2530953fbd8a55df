"""The direct fact triples of the ``g40g:facts`` graph (``Breda collaboratesWith EZK``), each once
however many documents state it, from the resolved ends of the documents' relations.

Examples
--------
>>> from graph.extract.model import Extraction, Mention, Relation
>>> from graph.resolve import Resolution
>>> breda, ezk = Mention(0, 5, "Breda", "Municipality", "r", 1.0), Mention(22, 25, "EZK", "Ministry", "r", 1.0)
>>> ex = Extraction("d", mentions=[breda, ezk], relations=[Relation(breda, "collaboratesWith", ezk, 0, 26, "r", 0.8)])
>>> all_facts([ex], Resolution({}, {("d", 0, 5): "municipality/gm0758", ("d", 22, 25): "ministry/mnre1045"}))
{('municipality/gm0758', 'collaboratesWith', 'ministry/mnre1045')}
"""

from __future__ import annotations

from .reference import iri
from .resolve import Resolution
from .vocab import G40

__all__ = ["document_facts", "all_facts", "resolved_ends", "write_facts"]


def document_facts(document_id: str, extraction, resolution: Resolution):
    """The direct triples (subject key, predicate, object key) of one document's resolved relations.

    A ``hasRole`` relation gives ``memberOf`` (the role itself hangs on a membership node in the
    document graph).

    >>> from graph.extract.model import Extraction, Mention, Relation
    >>> jan = Mention(0, 3, "Jan", "Person", "r", 1.0)
    >>> vng = Mention(20, 23, "VNG", "Organisation", "r", 1.0)
    >>> ex = Extraction("d", mentions=[jan, vng], relations=[Relation(jan, "hasRole", vng, 0, 24, "r", 0.9)])
    >>> res = Resolution({}, {("d", 0, 3): "person/jan", ("d", 20, 23): "organisation/vng"})
    >>> list(document_facts("d", ex, res))
    [('person/jan', 'memberOf', 'organisation/vng')]
    """
    _keys, ends = resolved_ends(document_id, extraction, resolution)
    return [_fact(*end) for end in ends if end[0] and end[1] and end[0] != end[1]]


def _fact(subject_key: str, object_key: str, predicate: str) -> tuple[str, str, str]:
    """The direct triple of relation ends (see :func:`document_facts`)."""
    return subject_key, "memberOf" if predicate == "hasRole" else predicate, object_key


def all_facts(extractions, resolution: Resolution) -> set[tuple[str, str, str]]:
    """The direct triples of all documents' relations, each once (:func:`document_facts` of each)."""
    ends = set()
    for extraction in extractions:
        ends.update(resolved_ends(extraction.document_id, extraction, resolution)[1])
    return {_fact(*end) for end in ends if end[0] and end[1] and end[0] != end[1]}


def resolved_ends(document_id: str, extraction, resolution: Resolution) -> tuple[list, list]:
    """The entity keys (None: not resolved) of an extraction's mentions, and of each relation's
    ends with its predicate: ``(subject key, object key, predicate)``.

    Kept in ``resolution.resolved``: a build asks for every document's twice (its graph key,
    then the facts), and the lookups are most of the cost of both.
    """
    known = resolution.resolved.get(document_id)
    if known is not None and known[0] is extraction:
        return known[1], known[2]
    get = resolution.mention_keys.get
    rows = getattr(extraction, "rows", None)
    if rows is not None:  # an outline: a relation's ends are its rows
        keys = [get((document_id, row[0], row[1])) for row in rows]
        ends = [(keys[s], keys[o], p) for s, o, p in extraction.ends]
    else:
        keys = [get((document_id, m.start, m.end)) for m in extraction.mentions]
        ends = [(get((document_id, r.subject.start, r.subject.end)), get((document_id, r.object.start, r.object.end)),
                 r.predicate) for r in extraction.relations]
    resolution.resolved[document_id] = (extraction, keys, ends)
    return keys, ends


def write_facts(graph, extractions, resolution: Resolution) -> None:
    for subject_key, predicate, object_key in all_facts(extractions, resolution):
        graph.add((iri(subject_key), G40[predicate], iri(object_key)))
