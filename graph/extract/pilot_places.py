"""participatesIn from the places a programme tries things out in: pilot towns, proeftuinen, koplopers.

A programme that tries its approach out first in a few towns calls them by what they are for it:
*pilotgemeente*, *pilotstad*, *proefgemeente*, *proeftuin*, or, for the first to take part,
*koploper* and *voorloper*. A town called so takes part in the programme:

- as the predicate of a copula: "Hoorn en Alkmaar waren pilotgemeente", "Helmond is pilotgemeente in
  het programma Buurtbemiddeling Plus", "De gemeenten Enschede, Arnhem en Zaanstad fungeren als
  proeftuin", "Gouda is een van de twaalf deelnemende gemeenten in het programma X", "In 2023 werden
  Ede en Tilburg proeftuin";
- as the head of a list: "de pilotgemeenten Ede, Tilburg en Almere", "de proeftuinen in Ede, Tilburg
  en Almere", also with a copula between: "Het programma X is van de G40 en SZW; de pilotsteden zijn Ede,
  Tilburg en Almere" (round 59s).

The programme is the one named right after "in/van/voor/bij" ("pilotgemeente in het programma X");
without one, the pilot words point to the programme the passage is about ("De City Deal X startte in
2022. Hoorn en Alkmaar waren pilotgemeente."), but "koploper", "voorloper" and "deelnemende gemeente"
only count with a programme named after them: "Ede is koploper in de energietransitie" or "… op het
gebied van zonne-energie" names none, and a phrase after the preposition that is no programme ("is
pilotgemeente voor de aanpak van armoede") names none either. A denied, wished or planned clause
states nothing ("Ede is geen pilotgemeente", "Ede wil graag pilotgemeente worden"; see
:mod:`graph.extract.polarity`). Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De City Deal Zon startte in 2022. Hoorn en Alkmaar waren pilotgemeente."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == PILOT_RULE]
[('Hoorn', 'City Deal Zon'), ('Alkmaar', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["PILOT_RULE", "find_pilot_places"]

PILOT_RULE = "relations.pilotgemeente"

#: the towns a programme tries things out in (they point to the programme of the passage)
_PILOT_WORDS = r"(?:pilot|proef)[- ]?(?:gemeenten|gemeentes|gemeente|steden|stad|regio's|regio)|proeftuinen|proeftuin"
#: the first to take part, or those taking part: only with a programme named after them
_LEAD_WORDS = r"koplopers|koploper|voorlopers|voorloper|koplopergemeenten|koplopergemeente|deelnemende\s+(?:gemeenten|steden)"
#: a copula with a pilot word as its predicate: "waren pilotgemeente", "fungeren als proeftuin", "is een van de
#: twaalf deelnemende gemeenten in"; group 1: the towns of an inverted clause ("In 2023 werden A en B proeftuin")
_COPULA = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|blijven|fungeert|fungeren|fungeerde|"
                     r"fungeerden|(?:is|zijn|werd|werden)\s+aangewezen)\s+"
                     r"((?:(?:(?-i:[A-Z][\w'-]*)|en|,|de|het|gemeente|gemeenten|ook|nu|al|inmiddels|daarbij)\s*){0,12}?)"
                     r"(?:als\s+)?(?:(?:één|een)\s+van\s+de\s+(?:[a-z]+\s+)?)?"
                     rf"(?P<word>{_PILOT_WORDS}|{_LEAD_WORDS})\b"
                     r"(?P<prep>\s+(?:in|van|voor|bij|binnen)\s+(?:de\s+|het\s+)?)?", re.IGNORECASE)
#: a pilot word heading a list of towns: "de pilotgemeenten Ede en Tilburg", "de proeftuinen in Ede, Tilburg en Almere"
_LIST_HEAD = re.compile(r"(?:\b(?:de|het|alle|drie|vier|vijf|zes)\s+|"
                        # "(Het programma heeft) proeftuinen in A, B en C", a bullet "- proeftuinen in A en B" (round 40a)
                        r"\b(?:heeft|hebben|had|hadden|met|kent|telt)\s+|^|(?<=[-*•]\s))(?:[a-z]+e\s+)?"
                        # "de pilotsteden zijn A, B en C": the copula between the head and its towns (round 59s)
                        r"(?:(?P<towns>(?:pilot|proef)[- ]?(?:gemeenten|steden))(?:\s+(?:zijn|waren))?|(?P<tries>proeftuinen|pilots)\s+in|"
                        r"(?P<lead>koplopers|deelnemende\s+(?:gemeenten|steden)))\s+", re.IGNORECASE | re.MULTILINE)
#: the words that may open the clause before its towns: "Ook de gemeenten", "De steden"
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:ook|daarnaast|zowel|en)\s+)?(?:(?:de|het)\s+)?"
                              r"(?:(?:gemeenten?|steden|stad|provincies?)\s+)?", re.IGNORECASE)
_LIST_GLUE = re.compile(r"\s*(?:,|en|,\s*en)\s*(?:de\s+|het\s+|ook\s+)?(?:gemeente\s+)?")
#: a word every pattern here needs (one cheap scan before the patterns)
_ANY_PILOT_WORD = re.compile(r"pilot|proef|koploper|voorloper|deelnemende", re.IGNORECASE)
_TOWNS = frozenset({"Municipality", "Province"})
_TAKERS = frozenset({"Municipality", "Province", "Organisation"})
_PROGRAMMES = frozenset({"Programme"})


def _listed(ctx: DocContext, actors: list[Mention]) -> bool:
    """Whether ``actors`` are one list: "A, B en C"."""
    return all(_LIST_GLUE.fullmatch(ctx.text, a.end, b.start) for a, b in zip(actors, actors[1:]))


def _subjects(ctx: DocContext, sentence: Sentence, match: re.Match) -> list[Mention]:
    """The actors a copula is about: the list that opens the clause before the verb ("De gemeenten A, B
    en C fungeren als …"), else the list right after it in an inverted clause ("In 2023 werden A en B …")."""
    text = ctx.text
    clause_start = max(text.rfind(";", sentence.start, match.start()) + 1, ctx.content_start(sentence))
    before = ctx.in_span(clause_start, match.start())
    if before:
        opens = all(m.type in _TAKERS for m in before) and _listed(ctx, before) \
            and _SUBJECT_OPENING.fullmatch(text, clause_start, before[0].start) is not None \
            and not text[before[-1].end:match.start()].strip()
        return before if opens else []
    inverted = ctx.in_span(match.start(1), match.end(1))
    if inverted and all(m.type in _TAKERS for m in inverted) and _listed(ctx, inverted) \
            and text[clause_start:match.start()].strip():
        return inverted
    return []


def _programme_at(mentions: list[Mention], at: int) -> Mention | None:
    """The programme named right at offset ``at`` (after "pilotgemeente in het"), else None."""
    return next((m for m in mentions if m.start == at and m.type in _PROGRAMMES), None)


def _passage_programme(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The programme the passage of ``sentence`` is about (named before, or in the title)."""
    return ctx.context_unit(sentence.start, types=_PROGRAMMES) or ctx.title_programme


def _the_one_programme(mentions: list[Mention]) -> Mention | None:
    """The one programme ``mentions`` name (by label), else None."""
    programmes = {m.label: m for m in mentions if m.type in _PROGRAMMES}
    return next(iter(programmes.values())) if len(programmes) == 1 else None


#: the fellow pilots after the programme: ", samen met " (round 58r)
_FELLOWS = re.compile(r"(?:\s+\d{4}\s*[-–]\s*\d{4})?\s*,?\s*samen\s+met\s+(?:de\s+gemeenten?\s+)?", re.IGNORECASE)


def _fellow_pilots(ctx: DocContext, sentence: Sentence, programme: Mention) -> list[Mention]:
    """The towns a pilot clause names as the others right after its programme, up to the clause's end: "Almelo is
    een van de vier pilotgemeenten van het programma X, samen met Ede, Dordrecht en Heerlen" makes the three pilots
    of X as well (they are counted among the same pilots, not Almelo's partners); [] without such a list, or with
    more after it ("…, samen met Ede, dat de aanpak bedacht").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Almelo is een van de vier pilotgemeenten van het programma Thuis Wonen, samen met Ede en Heerlen."
    >>> sorted((r.subject.text, r.predicate) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Almelo', 'participatesIn'), ('Ede', 'participatesIn'), ('Heerlen', 'participatesIn')]
    """
    fellows = _FELLOWS.match(ctx.text, programme.end, sentence.end)
    if fellows is None:
        return []
    towns = ctx.list_after(fellows.end(), sentence.end, types=_TOWNS)
    if not towns or towns[0].start != fellows.end() or not _listed(ctx, towns) \
            or not re.fullmatch(r"\s*[.;]?\s*", ctx.text[towns[-1].end:sentence.end]):
        return []
    return towns


def find_pilot_places(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for the towns ``sentence`` calls pilots of a programme (see the module docstring)."""
    if not any(m.type in _TAKERS for m in mentions) or not _ANY_PILOT_WORD.search(sentence.text):
        return  # most sentences name no pilot: no scan by the patterns below
    for match in ctx.asserted_cues(_COPULA, sentence):
        subjects = _subjects(ctx, sentence, match)
        if not subjects:
            continue
        if match.group("prep"):
            target = _programme_at(mentions, match.end())  # "pilotgemeente in het programma X"
        else:
            pilot = match.group("word").lower().startswith(("pilot", "proef"))
            target = _passage_programme(ctx, sentence) if pilot else None  # "Hoorn en Alkmaar waren pilotgemeente."
        for m in subjects if target is not None else ():
            ctx.add(m, "participatesIn", target, sentence, PILOT_RULE, 0.7)
        for m in _fellow_pilots(ctx, sentence, target) if target is not None and match.group("prep") else ():
            ctx.add(m, "participatesIn", target, sentence, PILOT_RULE, 0.7)
    for match in ctx.asserted_cues(_LIST_HEAD, sentence):
        towns = ctx.list_after(match.end(), sentence.end, types=_TOWNS)
        if not towns or towns[0].start != match.end():
            continue
        target = _the_one_programme(mentions)
        if target is None and not match.group("lead"):
            target = _passage_programme(ctx, sentence)  # "De pilotgemeenten A en B rapporteren in mei."
        for town in towns if target is not None else ():
            ctx.add(town, "participatesIn", target, sentence, PILOT_RULE, 0.7)
