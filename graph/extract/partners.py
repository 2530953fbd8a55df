"""participatesIn from naming the partners or participants of a programme: "Deelnemers aan de City
Deal X zijn Breda en Tilburg", "De deelnemende gemeenten zijn A, B en C", "Ondertekenaars van de
deal zijn A en B", "Onder de ondertekenaars: A, B en C", "Tot de deelnemers behoren A en B", "Ook Utrecht en Den Haag zijn
partner", "werd de G40 partner in de City Deal X", "EZ blijft partner in de City Deal X", "Verder zijn het UWV, de
MBO Raad en Divosa partner"; a partner of a body works with it: "A en B zijn de nieuwe gesprekspartners van de
pijler X" (``collaboratesWith``).

The actors listed (after the copula, before the verb, or between the verb and "partner") take part in
the programme "aan/van/in" names, else in the one the sentence or passage is about. Called by
:func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Deelnemers aan de City Deal Zon zijn Breda en Tilburg.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Breda', 'City Deal Zon'), ('Tilburg', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .relation_common import _IN_PP_START, _THINGS, _without_head
from .subjects import target_thing

__all__ = ["participants_are", "find_partners"]


def participants_are(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The participants a copula names: "Deelnemers aan de City Deal X zijn Breda en Tilburg"."""
    for match in ctx.asserted_cues(_PARTICIPANTS_ARE, sentence) \
            if "eelne" in sentence.text or "ertekenaars" in sentence.text else ():
        _participants_are(ctx, sentence, mentions, match)


def find_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The partners a sentence names: "Ook Utrecht en Den Haag zijn partner", "Verder zijn het UWV en
    Divosa partner"."""
    for match in ctx.asserted_cues(_PARTNER, sentence) if "artner" in sentence.text else ():
        _partners(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_PARTNERS_AFTER_VERB, sentence) if "artner" in sentence.text else ():
        _inverted_partners(ctx, sentence, mentions, match)


#: a copula that names who take part: "Deelnemers aan de City Deal zijn Breda en Ede", "De deelnemende
#: gemeenten zijn A, B en C" (the programme after "aan/van", else the one of the passage)
_PARTICIPANTS_ARE = re.compile(r"\b(?:deelnemers|deelnemende\s+(?:gemeenten|steden|partijen|organisaties|provincies)|"
                               # who signed: "Ondertekenaars van de deal zijn A en B", "Onder de ondertekenaars: A, B"
                               r"(?:mede-?)?ondertekenaars)"
                               r"(?:\s+(?:aan|van|in)\s+(?P<of>[^.;:,]{1,80}?))?"
                               # "Tot de deelnemers behoren A en B"
                               r"(?:\s+(?:zijn|waren|behoren|behoorden)\s+|\s*:\s*)", re.IGNORECASE)


#: what may open a sentence before its list's head and colon: "Onder de ondertekenaars:", "De deelnemers:"
_COLON_HEAD_OPENING = re.compile(r"\s*(?:(?:onder|tot)\s+)?(?:de\s+)?", re.IGNORECASE)


def _participants_are(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Deelnemers aan de City Deal X zijn Breda en Tilburg": each actor listed right after the copula (or a
    colon after a head that opens the sentence: "Onder de ondertekenaars: A, B en C"; not "Vragen over
    deelnemende gemeenten: mail A of B")."""
    if match.group().rstrip().endswith(":") \
            and not _COLON_HEAD_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), match.start()):
        return
    if match.group("of") is not None:
        things = [m for m in mentions if m.type in _THINGS and match.start("of") <= m.start < match.end("of")]
        target = things[0] if things else None
    else:
        target = ctx.context_unit(sentence.start, types={"Programme", "OrganisationalUnit"}) or ctx.title_programme
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if target is None or not actors or actors[0].start - match.end() > 12:
        return
    for actor in actors:
        if actor is not target:
            ctx.add(actor, "participatesIn", target, sentence, "relations.deelnemers-zijn", 0.75)


#: being a partner of a programme: "Ook Utrecht en Den Haag zijn partner", "werd de G40 partner in de
#: City Deal X en de City Deal Y" (the subject before the verb or between the verb and "partner")
_PARTNER = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden|blijft|blijven|bleef|bleven)\s+([^.,;:]{0,40}?)\b"
                      r"(?:kennis|samenwerkings|gespreks)?partners?\b"
                      r"(?:\s+(?:in|van|bij)\s+(?:de\s+|het\s+)?)?", re.IGNORECASE)


#: the bodies one is a partner of ("gesprekspartner van de pijler X"), besides a programme one takes part in
_PARTNERED = frozenset({"OrganisationalUnit", "Organisation", "Ministry"})
#: the subject's companions between the verb and "partner": "(is) samen met A en B (partner)"
_TOGETHER = re.compile(r"(?:ook\s+|nu\s+|al\s+)?samen\s+met\s", re.IGNORECASE)
#: between the last partner and the verb: nothing, or its abbreviation in brackets ("ministerie van … (VRO) is partner")
_PARTNER_GAP = re.compile(r"\)?[\s,]*(?:\([^()]{1,20}\)\s*)?")


def _partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """The partners a sentence names take part in the programme after "partner in/van", else in the
    one the sentence or passage is about."""
    between = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1) and m.type in ACTORS]
    # "Almelo is samen met Deventer en Enschede partner in …": the subject and those it is partner with
    together = _TOGETHER.match(match.group(1)) is not None
    if between and not together:
        actors = between  # "werd de G40 partner in …"
    else:
        start = ctx.content_start(sentence)
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        opening = _without_head(ctx.text[start:actors[0].start]) if actors else ""
        if not actors or len(opening.split()) > 2 or _IN_PP_START.search(opening) or \
                not _PARTNER_GAP.fullmatch(ctx.text, actors[-1].end, match.start()):
            return  # the partners open the clause: "Ook Utrecht en Den Haag zijn partner"
        actors += between if together else []
    if match.group().rstrip().endswith(("in", "van", "bij", "de", "het")):
        # from the preposition on: "partner in de deal" names the programme by a reference that holds its article
        preposition = re.search(r"\s(?:in|van|bij)\s", match.group(), re.IGNORECASE)
        targets = ctx.list_after(match.start() + preposition.end(), sentence.end, types={"Programme"} | _PARTNERED)
    else:
        target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"})
        targets = [target] if target is not None and target.type == "Programme" else []
    for actor in actors:
        for target in targets:  # a partner of a body works with it: "… zijn de nieuwe gesprekspartners van de pijler X"
            ctx.add(actor, "participatesIn" if target.type == "Programme" else "collaboratesWith", target, sentence,
                    "relations.partner", 0.7)


#: the verb before its subjects, the noun last: "Verder zijn het UWV, de MBO Raad en Divosa partner."
_PARTNERS_AFTER_VERB = re.compile(r"\b(?:zijn|waren)\s+(?=(?:de|het)\s+|[A-Z])([^.;:]{2,160}?)\s+"
                                  r"(?:ook\s+|eveneens\s+)?partners?(?=\s*[.;]|\s*$)")


def _inverted_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"(Verder) zijn het UWV, de VNG en Divosa partner": each takes part in the programme the
    sentence or passage is about (only when the whole phrase is a list of actors).

    Examples
    --------
    (see tests/test_extract_round8.py::test_partners_after_the_verb_take_part)
    """
    actors = ctx.list_after(match.start(1), match.end(1), types=ACTORS)
    if not actors or actors[0].start - match.start(1) > 4 or match.end(1) - actors[-1].end > 0:
        return
    target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
    if target is None or target.type != "Programme":
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", target, sentence, "relations.partner", 0.7)
