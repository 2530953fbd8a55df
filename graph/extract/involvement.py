"""participatesIn from being involved or contributing: "meegedacht/meegewerkt aan X", "levert een
bijdrage aan X", "draagt bij aan X", "heeft inbreng geleverd op X", "A en B brengen hun ervaringen in bij de themagroep X", "VNG Realisatie
ondersteunt de pilot", "Ede was betrokken bij de pijler X", "Fontys levert studenten en een lector" (a resource for
the programme or unit the sentence or passage is about),
and "betrokken" last: "Ook de ministeries van VWS en SZW zijn bij de deal betrokken"; with nothing after it,
"Ook X is betrokken" adds X to the partners of the sentence before ("De G40 werkt samen met A aan …").

The subject of the cue takes part in the programme (or the unit right after the cue, with only a
preposition and an article between); "X was betrokken bij de voorbereiding, maar …" (a clause break
before the programme) and "X wordt bij de deal betrokken" (a plan, no state) state nothing. Called
by :func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Ede levert een bijdrage aan de City Deal Zon.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .model import Mention, Sentence
from .pointing_back import one_named_before
from .relation_common import CLAUSE_BREAK
from .subjects import coordinated

__all__ = ["find_involvement"]


#: between "betrokken bij" and the unit: only the preposition and an article
_ARTICLE_GAP = re.compile(r"\s+(?:bij|aan|in)\s+(?:de\s+|het\s+)?")
_CONTRIBUTE = re.compile(r"\b(?:meegedacht|meegewerkt|bijgedragen|betrokken|"
                         # "draagt (financieel) bij aan de City Deal X" (not "draagt 6 miljoen bij uit …")
                         r"(?:draagt|dragen|droeg|droegen)\s+(?:[^\s,;.]+\s+){0,2}?bij\s+aan|"
                         # "levert (samen met SZW) een bijdrage aan de Aanpak X", "leverde de pijler een bijdrage aan"
                         r"(?:levert|leveren|leverde|leverden|geleverd)\s+(?:[^\s,;.]+\s+){0,5}?(?:een\s+)?"
                         r"(?:\w+\s+)?bijdrage\s+aan|"
                         # "heeft (via de themagroep) inbreng geleverd op de agenda X", "levert inbreng voor"
                         r"inbreng\s+(?:geleverd|leveren|levert|leverde|leverden|gegeven|geven|geeft|gaf|gaven)\s+"
                         r"(?:op|aan|voor|bij)|(?:levert|leveren|leverde|leverden|geeft|gaf)\s+(?:[^\s,;.]+\s+){0,4}?"
                         r"inbreng\s+(?:op|aan|voor|bij)|"
                         # bringing in what one knows: "Groningen en Assen brengen de ervaringen (met de deal) in bij
                         # de themagroep Wonen"
                         r"(?:brengt|brengen|bracht|brachten)\s+(?:[^,;.:]+?\s+)?in(?=\s+bij\s))(?=\s)", re.IGNORECASE)


#: supporting a programme with one's work: "VNG Realisatie ondersteunt de pilot", "Platform31 ondersteunde het programma"
_SUPPORTS = re.compile(r"\b(?:ondersteunt|ondersteunen|ondersteunde|ondersteunden)\s+(?:(?:ook|al|sinds\s+\d{4})\s+)*",
                       re.IGNORECASE)


#: a programme named by its kind after the verb: "(ondersteunt) de pilot", "het programma", "deze deal"
_KIND_OBJECT = re.compile(r"(?:de|het|deze|dit)\s+(?P<kind>pilot|programma|deal|fonds|agenda|proeftuin|project|regeling|aanpak)\b",
                          re.IGNORECASE)


def _supports(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"VNG Realisatie ondersteunt de pilot, kan nog twee steden bij": the organisation (or ministry, or
    town) that supports a programme named right after the verb takes part in it; a person who supports one
    is left to the roles, a unit supported ("ondersteunt de themagroep") is no programme. "ondersteunen de
    steden" after a sentence whose towns take part in one programme: that programme (walkthrough 28, F3).

    Examples
    --------
    (see tests/test_extract_round34b.py::test_who_supports_a_programme_takes_part_in_it)
    """
    for cue in ctx.asserted_cues(_SUPPORTS, sentence):
        programme = next((m for m in mentions if m.start >= cue.end()), None)
        if programme is None or programme.type != "Programme" \
                or not re.fullmatch(r"(?:(?:de|het)\s+)?", ctx.text[cue.end():programme.start]):
            kind = _KIND_OBJECT.match(ctx.text, cue.end(), sentence.end)
            towns = _TOWNS_OBJECT.match(ctx.text, cue.end(), sentence.end)
            named = one_named_before(ctx, sentence, types=("Programme",)) if kind is not None or towns else None
            if named is not None and towns and _towns_in(ctx, sentence, named):
                programme = named  # "A en B starten met de City Deal X. BZK ondersteunt de steden": in X (walkthrough 28)
            elif named is None or kind is None or kind.group("kind").lower() not in f"{named.text} {named.label}".lower():
                continue  # "ondersteunt de pilot" after a sentence on one pilot: that pilot
            else:
                programme = named
        subject = ctx.subject(sentence, cue.start())
        if subject is None or subject.type == "OrganisationalUnit" \
                or any(m.type == "Person" for m in ctx.in_span(ctx.content_start(sentence), cue.start())):
            continue
        for actor in [subject, *coordinated(ctx, subject, cue.start())]:
            ctx.add(actor, "participatesIn", programme, sentence, "relations.ondersteunt", 0.65)


#: the towns as the object of the support: "(ondersteunt) de steden", "de deelnemende gemeenten"
_TOWNS_OBJECT = re.compile(r"(?:de|deze)\s+(?:deelnemende\s+|betrokken\s+)?(?:steden|gemeenten|gemeentes)\s*[.;]", re.IGNORECASE)


def _towns_in(ctx: DocContext, sentence: Sentence, programme: Mention) -> bool:
    """Whether the sentence before ``sentence`` names towns that take part in ``programme`` (a fact of it)."""
    previous = ctx.previous_sentence(sentence)
    return previous is not None and any(
        r.predicate == "participatesIn" and r.object.label == programme.label and r.subject.type in ("Municipality", "Province")
        and r.evidence_start == previous.start for r in ctx.relations)


#: the passive: "(Het programma) wordt ondersteund door"
_SUPPORTED_BY = re.compile(r"\b(?:wordt|worden|werd|werden)\s+(?:(?:ook|mede|inhoudelijk)\s+)?ondersteund\s+door\s+"
                           r"(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _supported_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het programma X wordt ondersteund door het ministerie van EZ en Platform31": the programme opening the
    sentence (named, or "Het programma" pointing back) is supported by the actors listed right after "door",
    who take part in it as the active "EZ ondersteunt het programma" says; persons are left to the roles.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het programma Stille Wijken wordt ondersteund door het ministerie van EZ en Platform31."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('EZ', 'programma Stille Wijken'), ('Platform31', 'programma Stille Wijken')]
    """
    for cue in ctx.asserted_cues(_SUPPORTED_BY, sentence):
        opening = [m for m in mentions if m.end <= cue.start()]
        programme = opening[0] if opening and opening[0].type == "Programme" \
            and re.fullmatch(r"\s*(?:(?:het|de|dit|deze)\s+)?", ctx.text[ctx.content_start(sentence):opening[0].start],
                             re.IGNORECASE) and len(opening) == 1 else None
        if programme is None:
            continue
        for actor in _agents(ctx, mentions, cue.end()):
            ctx.add(actor, "participatesIn", programme, sentence, "relations.ondersteund-door", 0.65)


#: what joins two agents: a comma or "en", after a bracket on the first ("EZ (tot juli 2024: EZK) en Platform31")
_AGENT_JOIN = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:en\s+)?|en\s+)(?:(?:de|het)\s+)?"
                         r"(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")


def _agents(ctx: DocContext, mentions: list[Mention], at: int) -> list[Mention]:
    """The actors listed from offset ``at`` on, the names in a bracket after one of them left out."""
    found: list[Mention] = []
    for m in (x for x in mentions if x.start >= at):
        if not found:
            if m.start != at or m.type not in ACTORS:
                return []
            found.append(m)
        elif re.fullmatch(r"\s*\([^()]*", ctx.text[found[-1].end:m.start]):
            continue  # "EZ (tot juli 2024: EZK)": the former name
        elif m.type in ACTORS and _AGENT_JOIN.fullmatch(ctx.text, found[-1].end, m.start):
            found.append(m)
        else:
            break
    return found


def find_involvement(ctx: DocContext, sentence: Sentence, mentions: list[Mention], types: set[str]) -> None:
    """The participatesIn facts of contributing to or being involved in a programme or unit that
    ``sentence`` states (``types``: the types of its ``mentions``)."""
    text = ctx.text
    for match in ctx.asserted_cues(_CONTRIBUTE, sentence) if types & HOLDERS else ():
        # a programme, or a unit right after the cue: "Ede was al jaren betrokken bij de pijler X"
        after = [m for m in mentions if m.start >= match.end() and (m.type == "Programme" or m.type == "OrganisationalUnit"
                                                                    and _ARTICLE_GAP.fullmatch(text, match.end(), m.start))]
        if after and CLAUSE_BREAK.search(text, match.end(), after[0].start):
            continue  # "X was betrokken bij de voorbereiding, maar besloot niet aan de deal deel te nemen"
        subject = ctx.subject(sentence, match.start())
        if subject is None and after:
            # the subject after the verb: "Samen met SZW levert de themagroep een bijdrage aan …"
            inverted = [m for m in ctx.in_span(match.start(), match.end()) if m.type in ACTORS]
            subject = inverted[0] if len(inverted) == 1 else None
        if after and subject is not None and (not match.group().endswith(("aan", " op", "voor", "bij"))
                                              or after[0].start - match.end() <= 12):
            listed = coordinated(ctx, subject, match.start()) if subject.end <= match.start() else []
            for actor in [subject, *listed]:  # "Groningen en Assen brengen … in bij de themagroep X": each of them
                ctx.add(actor, "participatesIn", after[0], sentence, "relations.meegedacht", 0.65)
    for match in ctx.asserted_cues(_INVOLVED_LAST, sentence) if types & _INVOLVED_IN else ():
        _involved_verb_last(ctx, sentence, mentions, match)
    if "ondersteund door" in sentence.text and "Programme" in types:
        _supported_by(ctx, sentence, mentions)
    if "ondersteun" in sentence.text and types & ACTORS:
        _supports(ctx, sentence, mentions)
    if "lever" in sentence.text and types & ACTORS:
        _supplies(ctx, sentence, mentions)
    if ("betrokken" in sentence.text or " bij" in sentence.text) and types & ACTORS:
        _involved_bare(ctx, sentence, mentions)
    if "betrokken" in sentence.text and types & ACTORS:
        _also_involved(ctx, sentence)


#: supplying a resource to the work: "levert data", "leveren studenten en een lector", "leverde
#: onderzoekscapaciteit" (round 39a; not a person for a post, see supplied_staff; not "levert een bijdrage aan X")
_SUPPLIES = re.compile(r"\b(?:levert|leveren|leverde|leverden)\s+(?:(?:ook|al|daarnaast|verder)\s+)*"
                       r"(?:de\s+|het\s+)?(?:\w+\s+)?(?:data|gegevens|kennis|expertise|(?:onderzoeks)?capaciteit|"
                       r"studenten|stagiairs|kandidaten|menskracht|cofinanciering)\b", re.IGNORECASE)
#: the standing bodies of the network, that a supplier serves in one piece of their work
_STANDING_UNITS = frozenset({"pijler", "themagroep", "bestuur", "bureau"})
#: the resource goes to another actor: "levert data aan de gemeente Breda"
_TO_ANOTHER = re.compile(r"\s+(?:[^\s,;.]+\s+){0,4}?aan\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?$",
                         re.IGNORECASE)


def _supplies(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het CBS en de KvK leveren data": the bodies that supply a resource take part in the programme the
    sentence names, else in the programme or unit of the passage (not when it goes to another actor:
    "levert data aan de gemeente Breda").

    Examples
    --------
    (see tests/test_extract_round39a.py::test_supplying_a_resource_is_taking_part)
    """
    for cue in ctx.asserted_cues(_SUPPLIES, sentence):
        clause_end = CLAUSE_BREAK.search(ctx.text, cue.end(), sentence.end)
        clause_end = sentence.end if clause_end is None else clause_end.start()
        if any(m.type in ACTORS and _TO_ANOTHER.match(ctx.text, cue.end(), m.start) for m in ctx.in_span(cue.end(), clause_end)):
            continue
        named = [m for m in mentions if m.type == "Programme" and cue.end() <= m.start < clause_end]
        target = named[0] if named else ctx.context_unit(sentence.start, types={"Programme", "OrganisationalUnit"}) \
            or ctx.title_programme
        if target is not None and target.type == "OrganisationalUnit" and target.kind in _STANDING_UNITS:
            continue  # "Het IPO levert data" in a pijler's text: for a piece of its work, not to the pijler itself
        clause_start = ctx.text.rfind(";", sentence.start, cue.start()) + 1 or ctx.content_start(sentence)
        subject = ctx.subject(sentence, cue.start())
        if subject is not None and subject.start < clause_start:  # "…; de Universiteit X levert capaciteit"
            subject = next((m for m in ctx.in_span(clause_start, cue.start()) if m.type in ACTORS), None)
        if target is None or subject is None or subject.type not in ACTORS or subject is target:
            continue
        for actor in [subject, *coordinated(ctx, subject, cue.start())]:
            if actor.type in ACTORS:
                ctx.add(actor, "participatesIn", target, sentence, "relations.levert", 0.65)


#: "Ook X is (nauw) betrokken." with nothing after: involved in what the sentence before says its subject does with others
_ALSO_INVOLVED = re.compile(r"\s*Ook\s+(.{1,120}?)\s+(?:is|zijn|was|waren)\s+(?:\w+\s+)?betrokken\s*\.?\s*")


def _also_involved(ctx: DocContext, sentence: Sentence) -> None:
    """"De G40 werkt samen met SZW en EZK aan een herstelplan. Ook BZK is betrokken.": BZK is one more partner
    of the one subject the sentence before gives partners (an "ook" that adds to them).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De G40 werkt samen met SZW aan een plan. Ook het ministerie van BZK is betrokken."
    >>> sorted(r.object.text for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    ['BZK', 'SZW']
    """
    match = _ALSO_INVOLVED.fullmatch(ctx.text, ctx.content_start(sentence), sentence.end)
    previous = ctx.previous_sentence(sentence)
    if match is None or previous is None or not ctx.asserted(sentence, match.start(), match.end()):
        return
    partners = ctx.list_after(match.start(1), match.end(1), types=ACTORS)
    subjects = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "collaboratesWith"
                and r.evidence_start == previous.start and r.subject.start < r.object.start and not r.past}
    if len(subjects) != 1 or not partners or match.end(1) - partners[-1].end > 0:
        return
    for partner in partners:
        ctx.add(next(iter(subjects.values())), "collaboratesWith", partner, sentence, "relations.ook-betrokken", 0.6)


#: a final "betrokken" after the body: "A en B zijn (ook) bij de deal betrokken" (not "… betrokken bij")
_INVOLVED_LAST = re.compile(r"\bbij\s+(?:de\s+|het\s+)?[^,;:.()]{1,80}?\s+betrokken\b(?!\s+(?:bij|aan|in)\b)",
                            re.IGNORECASE)

#: the finite verb of a state: "is/zijn/was/waren (nauw) bij X betrokken", "raakte … betrokken", "blijft … betrokken"
_IS = re.compile(r"\b(?:is|zijn|was|waren|raakte|raakten|blijft|blijven|bleef|bleven)\b", re.IGNORECASE)


#: what one is involved in with "bij … betrokken": a programme or unit, or an event ("Aedes is als adviseur
#: bij de leerkring betrokken")
_INVOLVED_IN = HOLDERS | {"Event"}


def _involved_verb_last(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Ook de ministeries van VWS en SZW zijn bij de deal betrokken": the subject and the actors
    listed with it take part in the programme (or unit, or event) that "bij" names right before "betrokken".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Ede en Epe zijn bij de City Deal Zon betrokken.", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.predicate == "participatesIn")
    ['Ede', 'Epe']
    """
    inside = [m for m in mentions if match.start() < m.start and m.end <= match.end()]
    if len(inside) != 1 or inside[0].type not in _INVOLVED_IN or \
            not re.fullmatch(r"bij\s+(?:(?:de|het)\s+)?", ctx.text[match.start():inside[0].start], re.IGNORECASE):
        return  # "bij de voorbereiding van de deal betrokken": the deal is not what X is involved in
    subject = ctx.subject(sentence, match.start())
    if subject is None or not _IS.search(ctx.text, subject.end, match.start()):
        return  # "X wordt bij de deal betrokken", "X zal … betrokken worden": a plan
    for actor in [subject, *coordinated(ctx, subject, match.start())]:
        ctx.add(actor, "participatesIn", inside[0], sentence, "relations.bij-betrokken", 0.65)


#: being involved or contributing, said without what in: "Vanuit het Rijk zijn BZK en EZK betrokken", "Het
#: ministerie van BZK draagt financieel bij" (the clause ends there; round 39a)
_BARE_INVOLVED = re.compile(r"\b(?:(?:is|zijn|was|waren)\b[^.;,:]{0,80}?\bbetrokken|"
                            r"(?:draagt|dragen|droeg|droegen)\b[^.;,:]{0,80}?\bbij)\s*(?=[.;]|$)", re.IGNORECASE)


def _involved_bare(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Vanuit het Rijk zijn BZK en EZK betrokken": the actors the clause names (one list) take part in
    the programme of the passage (or of the title); none when the clause names a programme, unit, event or
    person of its own ("Wethouder X is nauw betrokken": the roles say what), or denies it.

    Examples
    --------
    (see tests/test_extract_round39a.py::test_involved_in_the_programme_of_the_passage)
    """
    for cue in ctx.asserted_cues(_BARE_INVOLVED, sentence):
        clause_start = ctx.text.rfind(";", sentence.start, cue.start()) + 1 or ctx.content_start(sentence)
        inside = [m for m in mentions if clause_start <= m.start < cue.end()]
        if any(m.type in ("Programme", "OrganisationalUnit", "Event", "Person") for m in inside) \
                or _DENIED_WORD.search(ctx.text, clause_start, cue.end()):
            continue
        actors = [m for m in inside if m.type in ACTORS]
        if not actors or len(ctx.list_after(actors[0].start, cue.end(), types=ACTORS)) != len(actors):
            continue  # the actors are one list: "BZK en EZK"
        target = ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
        if target is None or target.type != "Programme":
            continue
        for actor in actors:
            ctx.add(actor, "participatesIn", target, sentence, "relations.betrokken", 0.6)


_DENIED_WORD = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
