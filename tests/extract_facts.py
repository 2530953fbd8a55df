"""The facts a small Dutch text yields, as labels: what the extraction tests compare.

>>> sorted(facts("Breda werkt samen met het ministerie van EZK."))
[('Breda', 'collaboratesWith', 'EZK', None)]
"""

from __future__ import annotations

from functools import lru_cache

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve


def facts(text: str, date: str | None = "2022-06-01") -> set[tuple]:
    """``(subject label, predicate, object label, role)`` of every relation found in ``text``."""
    gazetteer = load_gazetteer()
    extraction = extract("t", text, gazetteer=gazetteer, date=date)
    resolution = resolve([extraction], gazetteer)
    out = set()
    for r in extraction.relations:
        s = resolution.mention_keys.get(("t", r.subject.start, r.subject.end))
        o = resolution.mention_keys.get(("t", r.object.start, r.object.end))
        if s and o and s != o:
            out.add((resolution.entities[s].label, r.predicate, resolution.entities[o].label, r.role))
    return out


def assert_facts(text: str, expected: set[tuple], date: str | None = "2022-06-01") -> None:
    """``text`` yields exactly ``expected``; the message names what is missing and what is not wanted."""
    found = facts(text, date)
    assert found == expected, f"missing {expected - found}, unexpected {found - expected}"


def mentions(text: str, kind: str, date: str | None = "2022-06-01") -> list[str]:
    """The mentions of type ``kind`` in ``text``, in text order."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return [m.text for m in extraction.mentions if m.type == kind]


def dated_relations(text: str, date: str, predicate: str = "hasRole") -> set[tuple]:
    """``(subject, object, role, past, valid_from, valid_until)`` of the ``predicate`` relations in
    ``text`` (mention texts, not resolved labels): what the tests of a relation's time compare."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.text, r.object.text, r.role, r.past, r.valid_from, r.valid_until)
            for r in extraction.relations if r.predicate == predicate}


@lru_cache(maxsize=None)
def dated_roles(text: str, date: str = "2026-01-10") -> frozenset:
    """:func:`dated_relations`'s roles of ``text``, extracted once per text (a module's tests ask the same
    text several times)."""
    return frozenset(dated_relations(text, date))
