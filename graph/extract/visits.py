"""A werkbezoek: who visits (participatesIn) and who receives the visit (organised).

A working visit is told by its visitor and its host: "Minister X bracht een werkbezoek aan
Dordrecht", "Op 3 maart legde staatssecretaris Y een werkbezoek af bij de GGD", "het werkbezoek van
minister X aan Breda", "Tijdens een werkbezoek aan Zwolle …". The visitor (the person who brings
the visit, else the ministry or organisation) takes part in it; the municipality or organisation
visited hosts it, as the report of such a visit puts it (the host plans the day). Called per
sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Minister Anna Smit bracht dinsdag een werkbezoek aan Dordrecht.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("visits."))
[('Anna Smit', 'participatesIn', 'werkbezoek'), ('Dordrecht', 'organised', 'werkbezoek')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_visits"]

#: the host after the visit: "(werkbezoek) aan Dordrecht", "aan de gemeente Ede", "(af) bij de GGD"
_TO_HOST = re.compile(r"\s*(?:af\s+)?(?:aan|bij|in)\s+(?:(?:de|het)\s+)?(?:(?:gemeente|stad|provincie)\s+)?")
#: bringing a visit: "bracht een werkbezoek", "legde … een werkbezoek af", "brengt (vandaag) een bezoek"
_BRING = re.compile(r"\b(?:bracht|brachten|brengt|brengen|gebracht|legde|legden|legt|leggen|afgelegd)\b", re.IGNORECASE)
#: the visitor named after the visit: "het werkbezoek van minister X"
_OF_VISITOR = re.compile(r"\s*van\s+(?:(?:de|het)\s+)?(?:[a-z][\w-]*\s+){0,2}")
_DENIED = re.compile(r"\b(?:geen|niet|nooit)\b|\bgeannuleerd\b|\bafgelast\b", re.IGNORECASE)
_HOSTS = frozenset({"Municipality", "Organisation", "Province", "OrganisationalUnit"})
_VISITORS = frozenset({"Person", "Ministry", "Organisation", "Municipality", "Province"})


def _visit_events(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type == "Event" and m.label.lower().endswith("werkbezoek")]


def _host(ctx: DocContext, after: Mention, mentions: list[Mention]) -> Mention | None:
    """The municipality or organisation right after "werkbezoek aan/bij" (or after its visitor:
    "het werkbezoek van minister X aan Ede")."""
    for m in mentions:
        if m.start >= after.end:
            return m if m.type in _HOSTS and _TO_HOST.fullmatch(ctx.text[after.end:m.start]) else None
    return None


def _visitor(ctx: DocContext, sentence: Sentence, visit: Mention, mentions: list[Mention]) -> Mention | None:
    """Who brings the visit: "X bracht een werkbezoek", "bracht X een werkbezoek", "het werkbezoek van X"."""
    after = next((m for m in mentions if m.start >= visit.end), None)
    if after is not None and after.type in _VISITORS and _OF_VISITOR.fullmatch(ctx.text[visit.end:after.start]):
        return after
    bring = _BRING.search(ctx.text, sentence.start, sentence.end)
    if bring is None or not ctx.asserted(sentence, bring.start(), bring.end()):
        return None
    if bring.start() > visit.start:
        return None
    between = [m for m in mentions if bring.end() <= m.start and m.end <= visit.start and m.type in _VISITORS]
    before = [m for m in mentions if m.end <= bring.start() and m.type in _VISITORS]
    # inverted "Op 3 maart bracht minister X …" names the visitor after the verb; else the person
    # nearest before it ("Minister X van VRO bracht …"), else the actor
    for group in (between, before[::-1]):
        persons = [m for m in group if m.type == "Person"]
        if persons or group:
            return (persons or group)[0]
    return None


def find_visits(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the visitor and the host of each werkbezoek in ``sentence``."""
    for visit in _visit_events(mentions):
        if _DENIED.search(ctx.text, sentence.start, sentence.end):
            continue  # "bracht geen werkbezoek", "Het werkbezoek van X ging niet door" states no visit
        visitor = _visitor(ctx, sentence, visit, mentions)
        host = _host(ctx, visitor if visitor is not None and visitor.start > visit.end else visit, mentions)
        if host is not None:
            ctx.add(host, "organised", visit, sentence, "visits.host", 0.7)
        if visitor is not None and visitor is not host:
            ctx.add(visitor, "participatesIn", visit, sentence, "visits.visitor", 0.75)
