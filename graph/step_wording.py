"""A relation in the words of a step from one entity to the next, read in the direction of the step's arrow.

``g40kg path`` walks the network without regard to which way a fact points; a step "G40 → Pijler Fysiek Domein"
taken over the fact "Pijler Fysiek Domein is onderdeel van G40" reads "heeft als onderdeel", not "onderdeel van"
(walkthrough 21, finding 18). A relation that reads the same both ways (``collaboratesWith``) keeps its words.

Examples
--------
>>> step_relations(["partOf"], ["partOf"], "nl"), step_relations(["partOf"], [], "nl")
(['heeft als onderdeel'], ['onderdeel van'])
>>> step_relations(["contactFor", "hasRole"], ["contactFor"], "en")
['has as contact', 'has a role in']
"""

from __future__ import annotations

__all__ = ["INVERSE_NAMES", "name_then", "reversed_predicates", "step_relations", "years_apart"]

#: how a relation reads from its object to its subject (the forward words are ``viz.render.UI_TEXT``'s
#: ``relation_names``); a relation missing here reads the same both ways
INVERSE_NAMES = {
    "nl": {"hasRole": "rol vervuld door", "memberOf": "heeft als lid", "affiliatedWith": "heeft als verbonden persoon",
           "succeeded": "opgevolgd door", "participatesIn": "heeft als deelnemer", "partOf": "heeft als onderdeel",
           "initiated": "geïnitieerd door", "organised": "georganiseerd door", "ledBy": "leidt",
           "contactFor": "heeft als contactpersoon", "addresses": "onderwerp van", "mentions": "genoemd in"},
    "en": {"hasRole": "role held by", "memberOf": "has as member", "affiliatedWith": "has as affiliated person",
           "succeeded": "succeeded by", "participatesIn": "has as participant", "partOf": "has as part",
           "initiated": "initiated by", "organised": "organised by", "ledBy": "leads",
           "contactFor": "has as contact", "addresses": "addressed by", "mentions": "mentioned in"},
}


def step_relations(predicates: list[str], reversed_: list[str], lang: str) -> list[str]:
    """The words of each of a step's ``predicates``: forward, or for one in ``reversed_`` (its facts point
    from the step's end to its start) the inverse words."""
    from viz.render import UI_TEXT

    forward, inverse = UI_TEXT[lang]["relation_names"], INVERSE_NAMES[lang]
    return [inverse.get(p, forward.get(p, p)) if p in reversed_ else forward.get(p, p) for p in predicates]


def reversed_predicates(start: str, end: str, evidence: list[dict]) -> list[str]:
    """The predicates whose every fact in ``evidence`` (records with ``source``, ``target`` and ``predicate``)
    points from ``end`` to ``start``: read against a step from ``start`` to ``end``.

    >>> reversed_predicates("g40", "pijler", [{"source": "pijler", "target": "g40", "predicate": "partOf"}])
    ['partOf']
    >>> reversed_predicates("a", "b", [{"source": "a", "target": "b", "predicate": "collaboratesWith"},
    ...                                {"source": "b", "target": "a", "predicate": "collaboratesWith"}])
    []
    """
    ways: dict[str, set[bool]] = {}
    for record in evidence:
        ways.setdefault(record["predicate"], set()).add(record["source"] == end and record["target"] == start)
    return sorted(predicate for predicate, backwards in ways.items() if backwards == {True})


def name_then(dataset, node: str, label: str, evidence: list[dict]) -> str | None:
    """The name(s) a ministry had when the ``evidence`` of a step was written, where it is not ``label``
    (its name now): "LNV" for LVVN in a quote of 2021; None for every other node or time.

    >>> name_then(None, "urn:x", "Breda", [])
    """
    from .timefilter import ministry_label_at

    names = {ministry_label_at(dataset, node, when, label)
             for when in (e.get("start") or e.get("date") for e in evidence) if when}
    return "/".join(sorted(names - {label})) or None


def years_apart(hops: list[list[dict]]) -> tuple[str, str] | None:
    """(year, later year) when the steps of a path (each a list of evidence records) cannot all come
    from one time: the latest year one step is known in lies two years or more before the earliest
    of another step. None when they can (or a step has no time).

    >>> years_apart([[{"date": "2018-09-12"}], [{"start": "2024-11-01"}, {"date": "2019-05-01"}]])
    >>> years_apart([[{"date": "2018-09-12"}], [{"start": "2024-11-01"}]])
    ('2018', '2024')
    """
    spans = []
    for evidence in hops:
        years = sorted(int(when[:4]) for when in (e.get("start") or e.get("date") for e in evidence)
                       if when and when[:4].isdigit())
        if not years:
            return None
        spans.append((years[0], years[-1]))
    first, last = min(end for _start, end in spans), max(start for start, _end in spans)
    return (str(first), str(last)) if last - first >= 2 else None
