"""participatesIn from sitting in a unit or programme: "Ede is actief in de pijler X", "De ministeries
van SZW en OCW zijn vertegenwoordigd in Y", "heeft zitting in X met Y", "De kerngroep is verbreed met
vertegenwoordigers van A en B", "Nieuw in de themagroep X is wethouder Y", "een kerngroep met
vertegenwoordigers van A, B en C", "de werkgroep X, waarin A en B samenwerken" (also of a programme: "de Green Deal
X, waarin Haarlem samenwerkt met Y"), and "Hieronder …" after
a sentence that names the unit. (Persons listed as a unit's members are :mod:`graph.extract.membership`'s.)

Called by :func:`graph.extract.taking_part.find_participation`, in two steps around the accession
readers (:mod:`graph.extract.accession`), in the order they always ran.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Ede is actief in de City Deal Zon.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .model import Mention, Sentence
from .relation_common import THINGS_OR_ORGANISATION
from .subjects import with_coordinated

__all__ = ["active_in", "members_added", "members_in_clause_after"]


#: a fronted "besides X" and the finite verb after it: "Naast BZK zijn (ook) …"
_BESIDES = re.compile(r"\s*(?:Naast|Behalve)\s+[^,;]{1,80}?\s(?:zijn|is|waren|was)\s+(?:ook\s+)?")
_ACTIVE_IN = re.compile(r"\b(?:actief|vertegenwoordigd|zitting|deelnemer)\s+(?:in|bij|aan)\s", re.IGNORECASE)
_SEAT_WITH = re.compile(r"\bzitting\s+in\b", re.IGNORECASE)
_BROADENED = re.compile(r"\b(?:verbreed|uitgebreid|aangevuld)\s+met\s+(?:vertegenwoordigers\s+van\s+)?", re.IGNORECASE)
#: a unit named with who sit in it: "een ambtelijke kerngroep met vertegenwoordigers van A, B en C"
_WITH_REPRESENTATIVES = re.compile(r"\s+met\s+(?:(?:ambtelijke|bestuurlijke)\s+)?vertegenwoordigers\s+(?:van|uit)\s+"
                                   r"(?:onder\s+(?:meer|andere)\s+)?(?:de\s+|het\s+)?")
#: between a unit and who sit in it, how it was made: "een ambtelijke werkgroep ingesteld onder voorzitterschap van
#: SZW, met vertegenwoordigers van A, B en C" (round 59r)
_INSTITUTED = re.compile(r"\s+(?:is\s+|werd\s+|wordt\s+)?(?:ingesteld|opgericht|gevormd|samengesteld)"
                         r"(?:\s+onder\s+(?:voorzitterschap|leiding)\s+van\s+[^,;.()]{2,60}?)?\s*,")
_AMONG = re.compile(r"\s*(?:Hieronder|Waaronder|Daaronder|Onder\s+wie|Onder\s+hen)\b")


def active_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention], types: set[str]) -> None:
    """"X is actief in / vertegenwoordigd in / heeft zitting in Y (met Z)": the subject (or, after a
    fronted "Naast A", the actors after the verb) takes part in Y."""
    text = ctx.text
    for match in ctx.asserted_cues(_ACTIVE_IN, sentence) if types & THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in THINGS_OR_ORGANISATION]
        if not after or after[0].start - match.end() > 40 or \
                re.search(r"[,;]|\b(?:door|met|en)\b", text[match.end():after[0].start]):
            continue
        if len(after) > 1 and after[0].type == "Organisation" and after[1].type == "OrganisationalUnit" \
                and after[1].start - after[0].end <= 1:
            after = after[1:]
        subject = ctx.subject(sentence, match.start(), persons=True) or ctx.pronoun_subject(sentence)[1]
        besides = _BESIDES.match(text, ctx.content_start(sentence), match.start())
        if besides is not None and subject is not None and subject.start < besides.end():
            # "Naast BZK zijn de ministeries van SZW en OCW vertegenwoordigd in Y": the ones after the verb
            for m in [m for m in mentions if besides.end() <= m.start and m.end <= match.start() and m.type in ACTORS]:
                ctx.add(m, "participatesIn", after[0], sentence, "relations.actief-in", 0.75)
            continue
        if subject is not None:
            # "De gemeenten Almelo en Deventer zijn actief in Y": each actor of a coordinated subject
            for actor in with_coordinated(ctx, sentence, subject, match.start()) if subject.type != "Person" else [subject]:
                ctx.add(actor, "participatesIn", after[0], sentence, "relations.actief-in", 0.75)
            if _SEAT_WITH.match(text, match.start()):
                with_match = re.match(r"\s+met\s+", text[after[0].end:sentence.end])
                if with_match:
                    for other in ctx.list_after(after[0].end + with_match.end(), sentence.end, types=ACTORS):
                        ctx.add(other, "participatesIn", after[0], sentence, "relations.zitting-met", 0.7)


def members_added(ctx: DocContext, sentence: Sentence, mentions: list[Mention], types: set[str]) -> None:
    """Members a unit gains or is named with: "verbreed met vertegenwoordigers van A en B", "Nieuw in de
    themagroep X is Y", "een kerngroep met vertegenwoordigers van A, B en C"."""
    for match in ctx.cues(_BROADENED, sentence) if types & HOLDERS else ():
        subject = ctx.subject(sentence, match.start(), types={"OrganisationalUnit", "Programme"})
        if subject is None:
            continue
        for other in ctx.list_after(match.end(), sentence.end, types=ACTORS):
            ctx.add(other, "participatesIn", subject, sentence, "relations.verbreed-met", 0.75)
    if "ieuw" in sentence.text:
        _new_in_unit(ctx, sentence, mentions)
    if "vertegenwoordigers" in sentence.text:
        _unit_with_representatives(ctx, sentence, mentions)


def members_in_clause_after(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Members named after the unit or programme: "de werkgroep X, waarin A en B samenwerken", "de Green Deal
    X, waarin Haarlem samenwerkt met Y", and the persons of a
    sentence opening with "Hieronder/Waaronder …" after one that names the unit or programme."""
    text = ctx.text
    if ", waar" in sentence.text or " waarin " in sentence.text:
        for unit in (m for m in mentions if m.type in ("OrganisationalUnit", "Programme")
                     and (", waar" in ctx.text[m.end:m.end + 8] or _KIND_THEN_WHICH.match(ctx.text, m.end, sentence.end))
                     or m.type == "Organisation" and _PARTNERSHIP_THEN_WHICH.match(ctx.text, m.end, sentence.end)):
            _in_which(ctx, sentence, unit)
    if sentence.text[:3] in ("In ", "Bin"):
        _fronted_in(ctx, sentence, mentions)
    if _AMONG.match(text, sentence.start):
        previous = ctx.previous_sentence(sentence)
        owner = None
        if previous is not None:
            units = [m for m in ctx.in_sentence(previous) if m.type in ("OrganisationalUnit", "Programme")]
            owner = units[0] if units else None
        if owner is not None:
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", owner, sentence, "relations.hieronder", 0.7)


#: a newcomer in a unit, the unit fronted: "Nieuw in de themagroep X is wethouder Y van Z"
_NEW_IN = re.compile(r"\s*(?:Nieuw|Nieuwe\s+leden)\s+(?:in|bij|van)\s+(?:de|het)\s+")
_NEWCOMERS = ACTORS | {"Person"}
#: before the first newcomer: an article or a role word ("wethouder", "de gemeente"), no other noun with "van"
_NEWCOMER_GAP = re.compile(r"(?:(?:de|het)\s+)?(?:(?!van\b|voor\b|aan\b)[a-z][\w-]*\s+){0,2}")


def _new_in_unit(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Nieuw in de themagroep Armoede is wethouder Eva Smit (Ede)": the persons (or, without one, the
    actors) listed right after the copula take part in the unit."""
    opening = _NEW_IN.match(ctx.text, ctx.content_start(sentence), sentence.end)
    unit = next((m for m in mentions if opening and m.start == opening.end() and m.type == "OrganisationalUnit"), None)
    copula = re.match(r"\s+(?:is|zijn|waren|was)\s+", ctx.text[unit.end:sentence.end]) if unit else None
    if copula is None or not ctx.asserted(sentence, opening.start(), unit.end + copula.end()):
        return
    listed = ctx.list_after(unit.end + copula.end(), sentence.end, types=_NEWCOMERS)
    gap = ctx.text[unit.end + copula.end():listed[0].start] if listed else ""
    if not listed or not _NEWCOMER_GAP.fullmatch(gap):
        return  # "Nieuw in de themagroep is de aanpak van Ede": a thing, no newcomer
    persons = [m for m in listed if m.type == "Person"]
    for m in persons or listed:
        ctx.add(m, "participatesIn", unit, sentence, "relations.nieuw-in", 0.7)


def _unit_with_representatives(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Zij wordt bijgestaan door een kerngroep met vertegenwoordigers van Ede, Epe en Delft": each
    actor of the list right after the unit takes part in it (not a denied clause)."""
    for unit in (m for m in mentions if m.type == "OrganisationalUnit"):
        made = _INSTITUTED.match(ctx.text, unit.end, sentence.end)  # "een werkgroep ingesteld onder voorzitterschap van X,"
        match = _WITH_REPRESENTATIVES.match(ctx.text, made.end() if made else unit.end, sentence.end)
        if match is None or not ctx.asserted(sentence, unit.start, match.end()):
            continue
        actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if not actors or (actors[0].start - match.end() > 12
                          and not re.fullmatch(r"(?i)ministerie\s+van\s+", ctx.text[match.end():actors[0].start])):
            continue  # (its first may be "het ministerie van X", 59r)
        for actor in actors:
            ctx.add(actor, "participatesIn", unit, sentence, "relations.met-vertegenwoordigers", 0.7)


#: a relative clause of a unit that says who work in it: ", waarin (beleidsmedewerkers van) A, B en C"
#: (also after an apposition of its kind: "de Netwerkstad Twente, het samenwerkingsverband waarin A samenwerkte met B",
#: round 53e)
_IN_WHICH = re.compile(r",\s+(?:(?:het|de|een)\s+[a-z][\w-]{3,40}\s+)?(?:waarin|waarbinnen|waar)\s+(?:(?:ook|nu|al|sindsdien)\s+)?(?:(?:ambtelijke|bestuurlijke)\s+)?"
                       r"(?:(?:de\s+)?(?:beleidsmedewerkers|ambtenaren|vertegenwoordigers|wethouders|bestuurders|"
                       r"medewerkers|adviseurs|experts|deskundigen|gemeenten|steden)\s+(?:van|uit)\s+"
                       r"(?:onder\s+(?:meer|andere)\s+)?)?(?:de\s+|het\s+)?")
#: what those named in it do there: "samenwerken", "zitting hebben", "de kar trekken"
#: (singular or plural: "…, waarin Haarlem samenwerkt met X", "…, waarin A en B samenwerken")
_WORK_IN_IT = re.compile(r"\s*(?:(?:al|ook|nu|samen|gezamenlijk|sinds\s+\S+)\s+)*(?:samenwerken|samenwerkt|samen\s+werken|"
                         # the past too: "waarin Enschede samenwerkte met Hengelo", "waarin A en B deelnamen" (53e)
                         r"samenwerkten|samenwerkte|samen\s+werkten|samen\s+werkte|deelnamen|deelnam|meededen|meedeed|"
                         r"samen\s+werkt|zitting\s+(?:hebben|heeft)|zitten|zit|vertegenwoordigd\s+(?:zijn|is)|deelnemen|"
                         r"deelneemt|meedoen|meedoet|meewerken|meewerkt|participeren|participeert|actief\s+(?:zijn|is)|"
                         r"betrokken\s+(?:zijn|is)|(?:de\s+)?kar\s+(?:trekken|trekt)|aan\s+tafel\s+(?:zitten|zit)|"
                         # "waarin A en B de ondernemers vertegenwoordigen": they sit in it for others (round 56o)
                         r"(?:de|het)\s+[a-z]+\s+(?:vertegenwoordigen|vertegenwoordigt|vertegenwoordigden|vertegenwoordigde))\b",
                         re.IGNORECASE)


def _in_which(ctx: DocContext, sentence: Sentence, unit: Mention) -> None:
    """"…de werkgroep X, waarin beleidsmedewerkers van A, B en C de kar trekken", "…, waarin A en B
    samenwerken": each actor of the list takes part in the unit (not in a denied clause).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Er is een werkgroep Laaggeletterdheid, waarin ambtenaren van Ede en Epe samenwerken.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Ede', 'werkgroep Laaggeletterdheid'), ('Epe', 'werkgroep Laaggeletterdheid')]
    """
    match = _IN_WHICH.match(ctx.text, unit.end, sentence.end)
    if match is None:
        return
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if not actors or actors[0].start != match.end() or not _WORK_IN_IT.match(ctx.text, actors[-1].end, sentence.end) \
            or not ctx.asserted(sentence, match.start(), _WORK_IN_IT.match(ctx.text, actors[-1].end).end()):
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", unit, sentence, "relations.waarin", 0.7)
    work = _WORK_IN_IT.match(ctx.text, actors[-1].end)
    with_match = re.match(r"\s+met\s+", ctx.text[work.end():sentence.end])
    if with_match is not None and "samen" in work.group() and _PARTNERSHIP_THEN_WHICH.match(ctx.text, unit.end, sentence.end):
        # "de Netwerkstad X, het samenwerkingsverband waarin Enschede samenwerkte met Hengelo en Almelo": a
        # partnership's members are all who work together in it ("de Green Deal X, waarin Haarlem samenwerkt met
        # Rijkswaterstaat" makes Rijkswaterstaat Haarlem's partner only, round 35a)
        for other in ctx.list_after(work.end() + with_match.end(), sentence.end, types=ACTORS):
            ctx.add(other, "participatesIn", unit, sentence, "relations.waarin", 0.7)


#: an apposition of a unit's kind before "waarin": ", het samenwerkingsverband waarin"
_KIND_THEN_WHICH = re.compile(r",\s+(?:het|de|een)\s+[a-z][\w-]{3,40}\s+(?:waarin|waarbinnen)\s")
#: … of a partnership, which an organisation may be too: "de Netwerkstad Twente, het samenwerkingsverband waarin"
_PARTNERSHIP_THEN_WHICH = re.compile(r",\s+(?:het|de|een)\s+(?:[a-z]+)?(?:samenwerkingsverband|netwerk|consortium|"
                                     r"verband|alliantie|coalitie|platform)\s+(?:waarin|waarbinnen)\s")
#: a fronted "in" before a unit, programme or learning network, then who work in it:
#: "In het leernetwerk werken Zwolle, Leeuwarden en Helmond samen" (round 53e)
_FRONTED_IN = re.compile(r"(?:In|Binnen)\s+(?:de|het|dit|deze)\s+")
_FRONTED_VERB = re.compile(r"\s+(?:werken|werkten|nemen|namen|doen|deden)\s+(?:(?:nu|al|ook|sinds\s+\S+)\s+)?")
_FRONTED_END = re.compile(r"\s+(?:(?:al|ook|nu|sinds\s+\S+)\s+)*(?:samen|deel|mee)\b")


def _fronted_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"In het leernetwerk werken Zwolle, Leeuwarden en Helmond samen": each actor of the list after the verb
    takes part in the unit, programme or learning network the sentence opens with (not a denied clause; not
    "In Ede werken A en B samen", a place).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "In de werkgroep Laaggeletterdheid werken Ede en Epe samen.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Ede', 'werkgroep Laaggeletterdheid'), ('Epe', 'werkgroep Laaggeletterdheid')]
    """
    opening = _FRONTED_IN.match(ctx.text, ctx.content_start(sentence), sentence.end)
    thing = next((m for m in mentions if opening and m.start == opening.end()
                  and m.type in ("OrganisationalUnit", "Programme", "Event")), None)
    verb = _FRONTED_VERB.match(ctx.text, thing.end, sentence.end) if thing is not None else None
    actors = ctx.list_after(verb.end(), sentence.end, types=ACTORS) if verb is not None else []
    if not actors or actors[0].start != verb.end():
        return
    end = _FRONTED_END.match(ctx.text, actors[-1].end, sentence.end)
    if end is None or not ctx.asserted(sentence, opening.start(), end.end()):
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", thing, sentence, "relations.fronted-in", 0.7)
