"""Events on other days are other events, for :mod:`graph.twins` (walkthrough 25, finding 13).

Three verslagen each name "het bestuurlijk overleg" (2023-06-20, 2025-06-10, 2026-09-15): three events of one
name, not one event three times. An event has no date of its own in the graph; its days are the dates of
the documents its facts come from (:func:`event_days`), and two events whose days share none are not proposed
as twins (:func:`on_other_days`). An event no dated document names is compared as before.

>>> on_other_days("urn:a", "urn:b", {"urn:a": frozenset({"2023-06-20"}), "urn:b": frozenset({"2025-06-10"})})
True
>>> on_other_days("urn:a", "urn:b", {"urn:a": frozenset({"2023-06-20"}), "urn:b": frozenset({"2023-06-20", "2023-07-01"})})
False
>>> on_other_days("urn:a", "urn:c", {"urn:a": frozenset({"2023-06-20"})})
False
"""
from __future__ import annotations

__all__ = ["event_days", "on_other_days"]

_DAYS = """SELECT ?event ?day WHERE {
  ?event a g40:Event .
  { ?ev rdf:subject ?event } UNION { ?ev rdf:object ?event }
  ?ev prov:wasDerivedFrom ?document .
  ?document dcterms:date ?day
}"""


def event_days(dataset) -> dict[str, frozenset[str]]:
    """Each event's IRI → the dates (ISO days) of the documents its facts come from."""
    from .query import run_sparql

    days: dict[str, set[str]] = {}
    for row in run_sparql(dataset, _DAYS, check=False).rows:
        days.setdefault(str(row["event"]), set()).add(str(row["day"])[:10])
    return {event: frozenset(found) for event, found in days.items()}


def on_other_days(one: str, other: str, days: dict[str, frozenset[str]]) -> bool:
    """Whether two events (IRIs) are known on days of which they share none."""
    first, second = days.get(one), days.get(other)
    return bool(first) and bool(second) and not first & second
