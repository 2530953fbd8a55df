"""ledBy from responsibility: who is responsible for a programme, under whom it falls, who carries it out.

"X is verantwoordelijk voor <programma>" (also "Verantwoordelijk voor <programma> is X"; a bare "Namens het
Rijk is X verantwoordelijk" after a sentence about one programme); "<programma>
valt (sinds 2024) onder X", "Sinds de zomer valt de regeling onder X", "… valt onder de
verantwoordelijkheid van X"; "<programma> staat onder verantwoordelijkheid van X"; "X voert de regie
over <programma>"; "X voert <programma> uit", "X, die de regeling (namens het ministerie) uitvoert";
"De uitvoering (van <programma>) ligt bij X / is in handen van X / wordt gecoördineerd door X". The
leader is an organisation, ministry, municipality or province (not a person, not a unit: "de themagroep valt onder de pijler" is a part, see
:mod:`graph.extract.parts`); what is led is a programme. Denied, asked or only planned cues state
nothing (:meth:`DocContext.asserted`). Called per sentence by
:func:`graph.extract.relations.find_relations` through :func:`find_responsibility`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Het Woningbouwfonds helpt steden. SZW is verantwoordelijk voor het fonds.",
...              gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate == "ledBy"]
[('het fonds', 'ledBy', 'SZW')]
"""

from __future__ import annotations

import logging
import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_responsibility"]

log = logging.getLogger(__name__)

#: who may lead a programme in these phrasings
_LEADERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the article and kind word between a cue and the leader's name: "het ministerie van", "de gemeente"
_LEADER_HEAD = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: the article (and a task) between a cue and the programme: "(voor) de uitvoering van het"
_THING_HEAD = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:uitvoering|coördinatie|regie)\s+van\s+(?:(?:de|het)\s+)?)?",
                         re.IGNORECASE)

#: "is/zijn/blijft (samen/mede/eind)verantwoordelijk voor"
_RESPONSIBLE = re.compile(r"\b(?:is|zijn|was|waren|blijft|blijven|wordt|worden)\s+(?:(?:nu|ook|sindsdien|als\s+enige)\s+)?"
                          r"(?:eind)?verantwoordelijk\s+voor\b", re.IGNORECASE)
#: inverted: "Verantwoordelijk voor het programma is BZK"
_RESPONSIBLE_FIRST = re.compile(r"(?:Eind)?[Vv]erantwoordelijk\s+voor\b")
_IS = re.compile(r"\s+(?:is|was|zijn|waren)\s+")
#: "valt (sinds de zomer) onder (de verantwoordelijkheid van)", "staat onder verantwoordelijkheid van"
_FALLS_UNDER = re.compile(r"\b(?:(?P<falls>valt|viel|vallen|vielen)|staat|stond|staan|stonden)\s+"
                          r"(?P<middle>[^,;:]{0,60}?\s)?onder\s+(?:(?:de\s+)?(?:eind)?verantwoordelijkheid\s+van\s+)?", re.IGNORECASE)
#: "voert/voerde de regie over/op/van"
_DIRECTS = re.compile(r"\b(?:voert|voerde|voeren|voerden)\s+(?:(?:nu|ook|sinds\s+\S+)\s+)?de\s+regie\s+(?:over|op|van)\b",
                      re.IGNORECASE)
#: "voert/voerde … uit" (main clause) and "die … uitvoert" (relative clause)
_CARRIES_OUT = re.compile(r"\b(?:voert|voerde|voeren|voerden)\b", re.IGNORECASE)
_PARTICLE_UIT = re.compile(r"[^,;:]{0,50}?\s+uit\b(?!\s+(?:de|het|een)\b)", re.IGNORECASE)
#: "mee" right before the particle: "(X voert het programma) mee uit" carries it out with others, does not lead it
_ALONG_UIT = re.compile(r"\smee\s+uit$", re.IGNORECASE)
_RELATIVE_CARRIES_OUT = re.compile(r"\)?\s*,\s*(?:die|dat)\s+", re.IGNORECASE)
_UITVOERT = re.compile(r"[^,;:]{0,50}?\s+uit(?:voert|voerde|voeren|voerden)\b", re.IGNORECASE)
#: "De uitvoering (van het programma) ligt (sinds 2023) bij"
_EXECUTION_LIES = re.compile(r"\b[Uu]itvoering\s+(?:(?:ervan|daarvan|van\s+(?P<of>[^,;:]{2,80}?))\s+)?"
                             r"(?:(?:ligt|lag|berust|berustte)\s+(?:(?:nu|al|ook|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}bij|"
                             r"(?:ligt|lag|is|was)\s+(?:(?:nu|al|ook|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}in\s+handen\s+van|"
                             # "De uitvoering wordt gecoördineerd door X": who coordinates the carrying out leads it
                             r"(?:wordt|werd)\s+(?:(?:nu|al|ook|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}(?:gecoördineerd|getrokken|geleid|verzorgd)\s+door)\s+")


def _leader_at(ctx: DocContext, mentions: list[Mention], offset: int, *, directorates: bool = False) -> Mention | None:
    """The leader named right at ``offset`` (after its article and kind word), if any; with
    ``directorates``, a ministry's directorate too ("valt onder de directie X": a ministry runs its
    programmes through its directorates, no pijler or themagroep leads one this way)."""
    for m in mentions:
        if m.start >= offset:
            if (m.type in _LEADERS or directorates and m.type == "OrganisationalUnit" and m.kind == "directie") \
                    and _LEADER_HEAD.fullmatch(ctx.text, offset, m.start):
                return m
            return None
    return None


def _programme_at(ctx: DocContext, mentions: list[Mention], offset: int) -> Mention | None:
    """The programme named right at ``offset`` ("(voor) de uitvoering van het programma")."""
    for m in mentions:
        if m.start >= offset:
            if m.type == "Programme" and _THING_HEAD.fullmatch(ctx.text, offset, m.start):
                return m
            return None
    return None


def _responsible(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"BZK is verantwoordelijk voor het programma", "Verantwoordelijk voor het fonds is RVO"."""
    for cue in ctx.asserted_cues(_RESPONSIBLE, sentence):
        programme = _programme_at(ctx, mentions, cue.end())
        leader = ctx.subject(sentence, cue.start(), types=_LEADERS)
        if programme is not None and leader is not None and _clause_of(ctx, leader.end, cue.start()):
            ctx.add(programme, "ledBy", leader, sentence, "relations.verantwoordelijk-voor", 0.75)
    opening = _RESPONSIBLE_FIRST.match(ctx.text, ctx.content_start(sentence))
    if opening is not None:
        programme = _programme_at(ctx, mentions, opening.end())
        copula = _IS.match(ctx.text, programme.end) if programme is not None else None
        leader = _leader_at(ctx, mentions, copula.end()) if copula is not None else None
        if leader is not None and ctx.asserted(sentence, opening.start(), leader.end):
            ctx.add(programme, "ledBy", leader, sentence, "relations.verantwoordelijk-voor", 0.75)


#: "(Namens het Rijk is) X verantwoordelijk;" with nothing after: responsible for what the text is about
_RESPONSIBLE_BARE = re.compile(r"\s+(?:(?:eind|mede)?verantwoordelijk)(?=\s*[;.:]|\s*$)")


def _responsible_bare(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De deal loopt tot 2026. Namens het Rijk is het ministerie van BZK verantwoordelijk": the actor right
    before a bare "verantwoordelijk" leads the one programme the sentence before names."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return
    named = {m.label: m for m in ctx.in_sentence(previous) if m.type == "Programme"}
    if len(named) != 1:
        return
    programme = next(iter(named.values()))
    for leader in mentions:
        cue = _RESPONSIBLE_BARE.match(ctx.text, leader.end, sentence.end)
        if cue is not None and leader.type in _LEADERS and ctx.asserted(sentence, leader.start, cue.end()) \
                and re.search(r"\b(?:is|zijn|was|waren|blijft)\b", ctx.text[sentence.start:leader.start]):
            ctx.add(programme, "ledBy", leader, sentence, "relations.verantwoordelijk", 0.65, stated_at=leader.start)


def _clause_of(ctx: DocContext, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stays in one clause (no comma, semicolon or relative pronoun)."""
    return re.search(r"[,;:]|\b(?:die|dat|waar|en)\b", ctx.text[start:end]) is None


def _falls_under(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het programma valt onder BZK", "Sinds de zomer valt de regeling onder VRO", "Het fonds staat
    onder verantwoordelijkheid van het ministerie van SZW"."""
    for cue in ctx.asserted_cues(_FALLS_UNDER, sentence):
        leader = _leader_at(ctx, mentions, cue.end(), directorates=True)  # "valt onder de directie X van EZ"
        if leader is None:
            continue
        if not cue.group("falls") and "verantwoordelijkheid" not in cue.group().lower():
            continue  # "staat onder" alone: "staat onder druk"
        middle = [m for m in mentions if cue.start("middle") >= 0 and cue.start("middle") <= m.start
                  and m.end <= cue.end("middle")] if cue.group("middle") else []
        if middle:  # inverted: "Sinds de zomer valt de regeling onder VRO"
            programme = middle[0] if len(middle) == 1 and middle[0].type == "Programme" and \
                _THING_HEAD.fullmatch(ctx.text, cue.start("middle"), middle[0].start) else None
        else:
            programme = ctx.subject(sentence, cue.start(), types={"Programme"})
            if programme is not None and not _clause_of(ctx, programme.end, cue.start()):
                programme = None
        unit = _prefixed_unit(ctx, mentions, leader)
        if programme is not None and unit is not None:
            # "Het programma valt onder de G40 Pijler Sociaal": under the pijler (a part of it), not led by the G40
            ctx.add(programme, "partOf", unit, sentence, "parts.valt-onder-unit", 0.7)
        elif programme is not None:
            ctx.add(programme, "ledBy", leader, sentence, "relations.valt-onder", 0.7)


def _prefixed_unit(ctx: DocContext, mentions: list[Mention], owner: Mention) -> Mention | None:
    """The pijler, themagroep or other unit an organisation's name prefixes ("de G40 Pijler Sociaal"), else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Het programma Wijken Sterk valt onder de G40 Pijler Sociaal.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.subject.text != "Pijler Sociaal"]
    [('programma Wijken Sterk', 'partOf', 'Pijler Sociaal')]
    """
    after = next((m for m in mentions if m.start > owner.start and m is not owner), None)
    if owner.type != "Organisation" or after is None or after.type != "OrganisationalUnit" \
            or ctx.text[owner.end:after.start].strip():
        return None
    return after


#: the partners after "voert … uit": "(X voert de Regio Deal Y uit) met A, B en de provincie Z"
_WITH = re.compile(r"\s+(?:samen\s+)?met\s+(?:de\s+|het\s+)?(?:(?:gemeenten?|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _carried_out_with(ctx: DocContext, sentence: Sentence, programme: Mention, leader: Mention, at: int) -> None:
    """"Heerlen voert de Regio Deal uit met Kerkrade, Landgraaf en de provincie Limburg": the subject and the
    actors listed right after "uit met" take part in the programme they carry out together.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Ede voert de Regio Deal Zon uit met Wageningen en de provincie Gelderland.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.voert-uit-met"]
    [('Ede', 'Regio Deal Zon'), ('Wageningen', 'Regio Deal Zon'), ('Gelderland', 'Regio Deal Zon')]
    """
    joined = _WITH.match(ctx.text, at, sentence.end)
    partners = ctx.list_after(joined.end(), sentence.end, types=ACTORS) if joined is not None else []
    if not partners or partners[0].start != joined.end():
        return
    for actor in [leader, *partners]:
        ctx.add(actor, "participatesIn", programme, sentence, "relations.voert-uit-met", 0.7)


#: a relative clause after a programme whose subject is who carries it out: "(het programma X), dat (het ministerie
#: van SZW) uitvoert"
_OBJECT_RELATIVE = re.compile(r"\s*,\s*(?:dat|die)\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                              re.IGNORECASE)
_UITVOERT_NEXT = re.compile(r"\s+(?:\([^()]{1,40}\)\s+)?uit(?:voert|voerde|voeren|voerden)\b", re.IGNORECASE)


def _carried_out_by(ctx: DocContext, mentions: list[Mention], programme: Mention) -> tuple[Mention, int] | None:
    """The actor of "(het programma X), dat het ministerie van SZW uitvoert (samen met …)" and where its verb ends.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het gaat om het programma Stille Wijken, dat het ministerie van SZW uitvoert."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "relations.dat-uitvoert"]
    [('programma Stille Wijken', 'SZW')]
    """
    relative = _OBJECT_RELATIVE.match(ctx.text, programme.end)
    actor = next((m for m in mentions if relative and m.start == relative.end() and m.type in _LEADERS), None)
    verb = _UITVOERT_NEXT.match(ctx.text, actor.end) if actor is not None else None
    return (actor, verb.end()) if verb is not None else None


def _directs(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"BZK voert de regie over het programma": the programme is led by the subject."""
    for cue in ctx.asserted_cues(_DIRECTS, sentence):
        programme = _programme_at(ctx, mentions, cue.end())
        leader = ctx.subject(sentence, cue.start(), types=_LEADERS)
        if programme is not None and leader is not None and _clause_of(ctx, leader.end, cue.start()):
            ctx.add(programme, "ledBy", leader, sentence, "relations.voert-de-regie", 0.7)


def _carries_out(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"RVO voert de regeling uit", "…, die de regeling namens het ministerie uitvoert", "De uitvoering
    ligt bij RVO": the executing organisation leads the programme (as "uitgevoerd door" does); "X voert het
    programma mee uit" takes part in it (one of those carrying it out).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Platform31 voert het Kennisprogramma Wijken sinds 2024 mee uit."
    >>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Platform31', 'participatesIn', 'Kennisprogramma Wijken')]
    """
    for cue in ctx.asserted_cues(_CARRIES_OUT, sentence):
        programme = _programme_at(ctx, mentions, cue.end())
        leader = ctx.subject(sentence, cue.start(), types=_LEADERS)
        particle = _PARTICLE_UIT.match(ctx.text, programme.end, sentence.end) if programme is not None else None
        if programme is None or leader is None or not _clause_of(ctx, leader.end, cue.start()) or particle is None:
            continue
        if _ALONG_UIT.search(particle.group()):
            # "Platform31 voert het kennisprogramma sinds 2024 mee uit": one of those carrying it out (round 57s)
            ctx.add(leader, "participatesIn", programme, sentence, "relations.voert-mee-uit", 0.7)
            continue
        ctx.add(programme, "ledBy", leader, sentence, "relations.voert-uit", 0.7)
        _carried_out_with(ctx, sentence, programme, leader, particle.end())
    for k, leader in enumerate(mentions):
        relative = _RELATIVE_CARRIES_OUT.match(ctx.text, leader.end, sentence.end) if leader.type in _LEADERS else None
        programme = _programme_at(ctx, mentions, relative.end()) if relative is not None else None
        last = _UITVOERT.match(ctx.text, programme.end, sentence.end) if programme is not None else None
        if last is not None and ctx.asserted(sentence, relative.end(), last.end()):
            ctx.add(programme, "ledBy", leader, sentence, "relations.die-uitvoert", 0.7)
    for programme in (m for m in mentions if m.type == "Programme"):
        carried = _carried_out_by(ctx, mentions, programme)
        if carried is not None and ctx.asserted(sentence, programme.end, carried[1]):
            ctx.add(programme, "ledBy", carried[0], sentence, "relations.dat-uitvoert", 0.7)
    for cue in ctx.asserted_cues(_EXECUTION_LIES, sentence):
        leader = _leader_at(ctx, mentions, cue.end())
        if leader is None:
            continue
        if cue.group("of"):
            programme = _programme_at(ctx, mentions, cue.start("of"))
        else:
            programme = ctx.context_unit(cue.start(), types={"Programme"})
        if programme is not None:
            ctx.add(programme, "ledBy", leader, sentence, "relations.uitvoering-ligt-bij", 0.7)


def find_responsibility(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the ledBy facts of responsibility, "valt onder", "voert de regie" and carrying out in one sentence."""
    if "verantwoordelijk" in sentence.text:
        _responsible_bare(ctx, sentence, mentions)
    if not any(m.type == "Programme" for m in mentions) and "uitvoering" not in sentence.text.lower():
        return
    _responsible(ctx, sentence, mentions)
    _falls_under(ctx, sentence, mentions)
    _directs(ctx, sentence, mentions)
    _carries_out(ctx, sentence, mentions)
