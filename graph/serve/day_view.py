"""What an entity's or a document's page shows on one day: the facts that hold then first, those
that ended before it and those that began after it apart (walkthrough 22: a static copy's pages
listed every period mixed).

A fact holds on the day when one of its evidence records is in the last known state on it, the
rule of ``ask --as-of`` and ``export --as-of`` (:func:`graph.project.evidence_records`); a fact none
of whose evidence began before the day is "later", any other "earlier". A fact with no evidence
(a triple with nothing behind it) or no time at all holds on every day, as every time filter keeps it.

Examples
--------
>>> view = DayView("2026-12-06", kept={"e1"}, starts={"e1": "2024-01-01", "e2": "2023-01-01", "e3": "2027-01-01"})
>>> [view.when(ids) for ids in (["e1", "e2"], ["e2"], ["e3"], [])]
['now', 'earlier', 'later', 'now']
>>> items = [{"label": "Zwolle", "evidence": [{"iri": "e2"}]}, {"label": "Ede", "evidence": [{"iri": "e1"}]}]
>>> now, earlier, later = view.split_groups({"hasRole:out": items})
>>> [i["label"] for i in now["hasRole:out"]], [i["label"] for i in earlier["hasRole:out"]], later
(['Ede'], ['Zwolle'], {})
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DayView", "day_view", "network_on_day"]


@dataclass(frozen=True)
class DayView:
    """The evidence in the last known state on ``day`` (``kept``, IRIs) and every evidence record's
    start (``starts``: IRI → ISO date or None)."""

    day: str
    kept: frozenset | set = field(default_factory=frozenset)
    starts: dict = field(default_factory=dict)

    def when(self, evidence: list[str]) -> str:
        """``now``, ``earlier`` or ``later``: the fact of these evidence IRIs on the day."""
        if not evidence or any(iri in self.kept or iri not in self.starts for iri in evidence):
            return "now"
        if all(self.starts[iri] is not None and self.starts[iri][:10] > self.day for iri in evidence):
            return "later"
        return "earlier"

    def split_groups(self, groups: dict[str, list[dict]]) -> tuple[dict, dict, dict]:
        """An entity page's facts (group → items, each with its ``evidence`` records) as three such
        dicts: those that hold on the day, those that ended before it, those that began after it."""
        parts: dict[str, dict[str, list]] = {"now": {}, "earlier": {}, "later": {}}
        for group, items in groups.items():
            for item in items:
                when = self.when([e["iri"] for e in item.get("evidence", ()) if e.get("iri")])
                parts[when].setdefault(group, []).append(item)
        return parts["now"], parts["earlier"], parts["later"]

    def split_list(self, facts: list[dict]) -> tuple[list, list, list]:
        """A document page's facts (each with its ``evidence`` IRI) as three lists, as :meth:`split_groups`.

        >>> view = DayView("2026-12-06", kept={"a"}, starts={"a": None, "b": "2020-01-01"})
        >>> view.split_list([{"evidence": "a"}, {"evidence": "b"}])
        ([{'evidence': 'a'}], [{'evidence': 'b'}], [])
        """
        parts: dict[str, list] = {"now": [], "earlier": [], "later": []}
        for fact in facts:
            parts[self.when([fact["evidence"]] if fact.get("evidence") else [])].append(fact)
        return parts["now"], parts["earlier"], parts["later"]


def day_view(dataset, day: str) -> DayView:
    """The :class:`DayView` of ``dataset`` on ``day`` (ISO), read once for all the pages of a copy."""
    from ..project import evidence_records

    kept = {record["evidence"] for record in evidence_records(dataset, as_of=day)}
    starts = {record["evidence"]: record["start"] for record in evidence_records(dataset)}
    return DayView(day, frozenset(kept), starts)


def network_on_day(network: dict, now: dict, earlier: dict, later: dict) -> dict:
    """The small network of an entity's page on a day: each neighbour and each link of ``network``
    (:func:`graph.serve.explore_entity.neighbourhood`) gets ``when`` ("now", "earlier", "later") from
    the page's facts as :meth:`DayView.split_groups` split them (``now``, ``earlier``, ``later``: group →
    items), so the drawing shows the neighbours of that day as the facts list does (walkthrough 22). A
    link with no fact behind it (reference data) holds on every day; a neighbour is "now" when one of
    its links is, else "earlier" when one is, else "later".

    >>> network = {"nodes": [{"id": "p", "centre": True}, {"id": "a", "centre": False}, {"id": "b", "centre": False}],
    ...            "links": [{"source": "a", "target": "p", "predicate": "memberOf"},
    ...                      {"source": "b", "target": "p", "predicate": "memberOf"}]}
    >>> day = network_on_day(network, {"hasRole:in": [{"iri": "b"}]}, {"hasRole:in": [{"iri": "a"}]}, {})
    >>> [(n["id"], n["when"]) for n in day["nodes"]], [l["when"] for l in day["links"]]
    ([('p', 'now'), ('a', 'earlier'), ('b', 'now')], ['earlier', 'now'])
    """
    def keys(groups: dict) -> set:
        return {(group.split(":")[0], item["iri"]) for group, items in groups.items() for item in items}

    parts = {"now": keys(now), "earlier": keys(earlier), "later": keys(later)}
    centre = next((node["id"] for node in network["nodes"] if node.get("centre")), None)
    links = []
    for link in network["links"]:
        other = link["target"] if link["source"] == centre else link["source"]
        key = ("hasRole" if link["predicate"] == "memberOf" else link["predicate"], other)
        when = next((name for name, found in parts.items() if key in found), "now")  # no fact: every day
        links.append(dict(link, when=when))
    order = {"now": 0, "earlier": 1, "later": 2}
    nodes = []
    for node in network["nodes"]:
        found = [link["when"] for link in links if node["id"] in (link["source"], link["target"])]
        when = "now" if node.get("centre") or not found else min(found, key=order.__getitem__)
        nodes.append(dict(node, when=when))
    return {**network, "nodes": nodes, "links": links}
