"""participatesIn from the noun of taking part: "de deelname van X aan Y", "onze deelname aan Y".

Dutch often names taking part by its noun instead of a verb, in reports and annual reviews:

- "De deelname van Ede en Tilburg aan de City Deal X is verlengd": the actors after "van" take part
  in the programme after "aan";
- "onze deelname aan deze City Deal is in 2023 afgerond": in a document of "wij" (a municipality's
  annual report, a letter of its college), that body took part (an ended participation is one too);
- "Ook Emmen en Leeuwarden hebben hun deelname aan de City Deal X bevestigd": "hun" is the clause's
  subject, when a verb confirms or continues it ("bevestigd", "toegezegd", "verlengd");
- "Helmond heeft zijn deelname aan X bevestigd", "De provincie bevestigt haar deelname aan X": "zijn" or
  "haar" is the one body that opens the clause, with such a verb; after a person ("Anna bevestigt haar
  deelname"), or with no body before it, it is left alone. "Edes deelname aan …" is rare.

What is only asked for, planned or possible is no participation: "het verzoek tot deelname van Ede aan
…", "een mogelijke deelname van Ede aan …", "de aanvraag voor deelname", and a denied clause ("De
deelname van Ede aan X gaat niet door"; see :mod:`graph.extract.polarity`). Called by
:func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "De deelname van Ede aan de City Deal Zon is verlengd.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == NOUN_RULE]
[('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .voice import we_at

__all__ = ["NOUN_RULE", "find_participation_nouns"]

NOUN_RULE = "relations.deelname-aan"

#: the noun of taking part and who takes part: "(de) deelname van Ede (en Tilburg) aan", "onze deelname aan"
_NOUN = re.compile(r"\b(?P<owner>onze|ons|de|hun|zijn|haar)?\s*(?<![\w-])deelname\s+(?:van\s+(?P<who>[^.;:]{1,80}?)\s+)?aan\s+"
                   r"(?:de\s+|het\s+)?(?:(?:eerste|tweede|derde|vierde|nieuwe|volgende)\s+"
                   r"(?:tranche|fase|ronde|editie|periode)\s+van\s+(?:de\s+|het\s+)?)?", re.IGNORECASE)
#: what makes it no fact: asked for, planned, possible, or a condition for it
_NOT_YET = re.compile(r"(?:verzoek|aanvraag|aanmelding|voorstel|besluit|mogelijke|eventuele|beoogde|toekomstige|"
                      r"voorwaarden?|kosten|bereidheid|interesse|belangstelling)\s+(?:(?:tot|voor|om|van|over|de|een)\s+){0,2}$",
                      re.IGNORECASE)
_THINGS = frozenset({"Programme", "OrganisationalUnit"})
#: a denial after the noun phrase: "De deelname van Ede aan X gaat niet door"
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,|en)\s*(?:de\s+|het\s+)?(?:gemeente\s+|gemeenten\s+)?")
_HEAD = re.compile(r"\s*(?:de\s+|het\s+)?(?:gemeente\s+|gemeenten\s+|ministerie\s+van\s+|provincie\s+)?", re.IGNORECASE)


#: a verb that confirms or continues the taking part, with "hun deelname": "(A en B) hebben hun deelname
#: aan X bevestigd", "bevestigen hun deelname aan X", "hebben hun deelname verlengd"
_CONFIRMED = re.compile(r"\b(?:bevestig(?:d|t|en|de|den)|toegezegd|(?:zeggen|zegt|zegden|zegde)\s+(?:\w+\s+)?toe|"
                        r"verleng(?:d|t|en|de|den)|voortgezet|(?:zetten|zet)\s+(?:\w+\s+)?voort|gemeld|"
                        r"(?:melden|meldt|meldden|meldde))\b", re.IGNORECASE)
#: the opening of a clause before its subject: "Ook", "Inmiddels (hebben)", "Daarnaast" (no preposition: "Met A en B …")
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:ook|inmiddels|daarnaast|verder|nu|intussen)\s+(?:hebben\s+|bevestigen\s+)?)?(?:de\s+|het\s+)?"
                              r"(?:gemeenten?\s+|ministeries?\s+van\s+|provincies?\s+|"
                              r"college\s+(?:van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w)\s+)?van\s+)?", re.IGNORECASE)


def _confirming_subjects(ctx: DocContext, sentence: Sentence, at: int, target: Mention) -> list[Mention]:
    """The subject that "hun deelname" at ``at`` belongs to, where a verb confirms it: "Ook Emmen en
    Leeuwarden hebben hun deelname aan de City Deal X bevestigd" (the actors that open the clause);
    none without such a verb ("A en B heroverwegen hun deelname aan X") or a subject of actors."""
    start = ctx.content_start(sentence)
    actors = ctx.in_span(start, at)
    if not actors or any(m.type not in ACTORS for m in actors) \
            or not _SUBJECT_OPENING.fullmatch(ctx.text, start, actors[0].start) \
            or not all(_LISTED.fullmatch(ctx.text, a.end, b.start) for a, b in zip(actors, actors[1:])) \
            or len(ctx.text[actors[-1].end:at].split()) > 2:
        return []
    confirmed = _CONFIRMED.search(ctx.text, actors[-1].end, at) \
        or _CONFIRMED.search(ctx.text, target.end, _clause_end(ctx.text, target.end, sentence.end))
    return actors if confirmed else []


#: the subject after its confirming verb, before "zijn"/"haar"/"hun": "(Met deze brief) bevestigt het college van
#: burgemeester en wethouders van Venlo zijn deelname aan X" (a fronted adverbial puts the verb first)
_INVERTED_SUBJECT = re.compile(r"\s*(?:het\s+college\s+(?:van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w)\s+)?van\s+|"
                               r"de\s+(?:gemeenteraad|raad)\s+van\s+|de\s+gemeente\s+|de\s+provincie\s+|"
                               r"het\s+ministerie\s+van\s+)?", re.IGNORECASE)
_CONFIRMING_VERB = re.compile(r"\b(?:bevestig(?:t|en|de|den)|meld(?:t|en|de|den)|verleng(?:t|en|de|den))\s+", re.IGNORECASE)


def _inverted_subjects(ctx: DocContext, sentence: Sentence, at: int) -> list[Mention]:
    """The subject right after a confirming verb, the verb after a fronted adverbial: "Met deze brief bevestigt het
    college van burgemeester en wethouders van Venlo zijn deelname aan X" (Venlo); none when anything else stands
    between the subject and "zijn" ("bevestigt Anna namens Ede haar deelname": a person's)."""
    verbs = list(_CONFIRMING_VERB.finditer(ctx.text, ctx.content_start(sentence), at))
    if not verbs:
        return []
    actors = ctx.in_span(verbs[-1].end(), at)
    if not actors or any(m.type not in ACTORS for m in actors) \
            or not _INVERTED_SUBJECT.fullmatch(ctx.text, verbs[-1].end(), actors[0].start) \
            or not all(_LISTED.fullmatch(ctx.text, a.end, b.start) for a, b in zip(actors, actors[1:])) \
            or ctx.text[actors[-1].end:at].strip():
        return []
    return actors


def _clause_end(text: str, start: int, end: int) -> int:
    """The end of the clause from ``start``: the next comma or semicolon, else ``end``."""
    return min([k for k in (text.find(",", start, end), text.find(";", start, end)) if k >= 0], default=end)


def find_participation_nouns(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for "de deelname van X aan Y" and "onze deelname aan Y" (see the module docstring)."""
    for match in ctx.asserted_cues(_NOUN, sentence):
        target = next((m for m in mentions if m.start == match.end() and m.type in _THINGS), None)
        noun = match.start() + match.group().lower().index("deelname")
        before = match.start("owner") if match.group("owner") else noun
        if target is None or _NOT_YET.search(ctx.text, max(sentence.start, before - 40), before) \
                or _DENIED.search(ctx.text, target.end, _clause_end(ctx.text, target.end, sentence.end)):
            continue  # "het verzoek tot deelname van …", "De deelname van Ede aan X gaat niet door"
        if match.group("who") is not None:
            actors = ctx.in_span(match.start("who"), match.end("who"))
            if not actors or any(m.type not in ACTORS for m in actors) \
                    or not _HEAD.fullmatch(ctx.text, match.start("who"), actors[0].start) \
                    or not all(_LISTED.fullmatch(ctx.text, a.end, b.start) for a, b in zip(actors, actors[1:])) \
                    or actors[-1].end != match.end("who"):
                continue
        elif (match.group("owner") or "").lower() in ("onze", "ons"):
            we = we_at(ctx, match.start())
            actors = [we] if we is not None and we.type in ACTORS else []
        elif (match.group("owner") or "").lower() == "hun":
            actors = _confirming_subjects(ctx, sentence, match.start(), target) \
                or _inverted_subjects(ctx, sentence, match.start())
        elif (match.group("owner") or "").lower() in ("zijn", "haar"):
            # "Helmond heeft zijn deelname aan X bevestigd": one body opens the clause (a person's
            # subject is no actor here, so "Anna bevestigt haar deelname" gives nothing)
            actors = _confirming_subjects(ctx, sentence, match.start(), target) \
                or _inverted_subjects(ctx, sentence, match.start())
            actors = actors if len(actors) == 1 else []
        else:
            continue
        for actor in actors:
            ctx.add(actor, "participatesIn", target, sentence, NOUN_RULE, 0.7)
