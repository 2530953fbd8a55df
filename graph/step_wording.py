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

__all__ = ["INVERSE_NAMES", "step_relations", "reversed_predicates"]

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
