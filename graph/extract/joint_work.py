"""Working together inside a body: "A en B trekken (al sinds 2022) samen op in de themagroep X",
"A werkt samen met B in de pijler Y", "die samen optrekken in het programma Z", "zet A de samenwerking met B
voort in de Wijkaanpak Z": each of them takes
part in that body (``participatesIn``), besides working with each other (see
:mod:`graph.extract.collaboration`).

The body must follow the cue right away ("in de X", "in het X"): "werken samen in de regio" or
"trekken samen op in hun lobby" name no body. A clause that denies or plans it states nothing
(see :mod:`graph.extract.polarity`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Ede trekken samen op in de Themagroep Wonen.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn")
[('Breda', 'Themagroep Wonen'), ('Ede', 'Themagroep Wonen')]
"""

from __future__ import annotations

import logging
import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .subjects import clause_subjects, coordinated
from .voice import we_at

__all__ = ["find_joint_work"]

log = logging.getLogger(__name__)

#: "trekken (al jaren) samen op in", "samen optrekken in", "werken (al) samen in", "werkt samen met X in"
_TOGETHER_IN = re.compile(r"\b(?:(?:trekken|trekt|trokken|trok)\s+(?:[^\s,;.]+\s+){0,3}?samen\s+op"
                          r"|samen\s+op(?:trekken|trekt|trokken|trok|getrokken)"
                          # the subjects after the verb too: "In Twente werken Enschede, Hengelo en Almelo samen in …"
                          r"|(?:werken|werkt|werkten|werkte)\s+(?P<between>(?:[^\s,;.]+,?\s+){0,8}?)samen(?:\s+met\s+[^,;.]{1,60}?)?"
                          r"|samen(?:werken|werkt|werkten|werkte|gewerkt)"
                          # "zet het ministerie de samenwerking met X voort in de aanpak Y" (round 48g)
                          r"|\bde\s+samenwerking\s+met\s+[^,;.]{1,60}?\s+(?:voort|door))\s+in\s+(?=(?:de|het)\s)", re.IGNORECASE)
#: the body between the verb and "samen": "werken in deze City Deal samen met X", "trekken in de pijler samen op"
_IN_THEN_TOGETHER = re.compile(r"\b(?:werken|werkt|werkten|werkte|trekken|trekt|trokken|trok)\s+(?:(?:al|ook|nu)\s+)?"
                               # "werkt voor de Woondeal X al nauw samen met BZK": for the deal, in it (48g)
                               r"(?:in|voor)\s+(?=(?:de|het|deze|dit)\s)", re.IGNORECASE)
_TOGETHER_AFTER = re.compile(r"\s+(?:(?:al|ook|nauw|nu)\s+){0,2}samen\b")
_BODIES = frozenset({"OrganisationalUnit", "Programme"})
#: the partners inside the cue, after "met": "werkt (al jaren) met Saxion en de UT samen in"
_WITH = re.compile(r"\bmet\s", re.IGNORECASE)
#: between the cue and the body: the article, and an owner written before a unit ("de G40 Themagroep X");
#: nothing when the body's mention holds its article ("deze City Deal", a reference)
_ARTICLE = re.compile(r"(?:(?:de|het)\s+(?:G40[\s-]+)?)?")


def find_joint_work(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "X participatesIn <body>" for each actor that works together in the body named right after the cue.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Breda en Ede werken samen in de regio.", gazetteer=load_gazetteer())
    >>> [r for r in ex.relations if r.predicate == "participatesIn"]
    []
    """
    for match in ctx.asserted_cues(_TOGETHER_IN, sentence):
        body = _body_after(ctx, mentions, match.end())
        if body is None:
            continue
        inverted = _inverted_actors(ctx, mentions, match)
        partners = [m for m in mentions if match.start() < m.start and m.end <= match.end() and m.type in ACTORS
                    and m not in inverted]
        actors = inverted or _working_actors(ctx, sentence, match.start())
        if not actors:
            _we_together_in(ctx, sentence, mentions, match, body)
            continue
        for actor in [*actors, *partners, *_fronted_partners(ctx, sentence, mentions, match, actors)]:
            ctx.add(actor, "participatesIn", body, sentence, "relations.samen-in", 0.7)
        with_partners = _WITH.search(ctx.text, match.start(), partners[0].start) if partners else None
        for partner in partners if with_partners is not None else ():
            for actor in actors:  # "Enschede werkt met Saxion en de UT samen in de aanpak X": Enschede works with both
                if partner not in actors:
                    ctx.add(actor, "collaboratesWith", partner, sentence, "relations.samen-met-in", 0.7)
    if "samen" in sentence.text:
        _body_before_together(ctx, sentence, mentions)
    if "rin " in sentence.text:
        _together_therein(ctx, sentence, mentions)


def _fronted_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match,
                      actors: list[Mention]) -> list[Mention]:
    """The partners a fronted "Met" names before the verb of working together in a body: "Met de provincie X en de
    steden A en B werkt Deventer samen in de Stedelijke Agenda Y" (X, A and B work in Y too); none when the
    sentence opens otherwise or anything but actors stands in the fronted phrase."""
    opening = ctx.content_start(sentence)
    if not _WITH_OPENING.match(ctx.text, opening):
        return []
    fronted = [m for m in mentions if opening <= m.start and m.end <= match.start() and m not in actors]
    if not fronted or any(m.type not in ACTORS for m in fronted):
        return []
    return fronted


#: working together in what was just named: "(de Regio Deal X …). Venlo werkt hierin samen met A, B en C"
_TOGETHER_THEREIN = re.compile(r"\b(?:werken|werkt|werkten|werkte)\s+(?:hierin|daarin)\s+(?:(?:al|ook|nauw)\s+)?samen\s+met\s",
                               re.IGNORECASE)


def _together_therein(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Venlo werkt hierin samen met de gemeenten A en B en met de provincie C": "hierin" is the programme the
    sentence before named last (or this one, before the verb); the subject and each partner take part in it.
    Nothing when the sentence before names no programme, or a unit after it (which "hierin" may mean)."""
    for match in ctx.asserted_cues(_TOGETHER_THEREIN, sentence):
        previous = ctx.previous_sentence(sentence)
        start = previous.start if previous is not None else sentence.start
        named = [m for m in ctx.in_span(start, match.start()) if m.type in _BODIES]
        if not named or named[-1].type != "Programme":
            continue
        actors = _working_actors(ctx, sentence, match.start())
        clause_end = min([k for k in (ctx.text.find(";", match.end(), sentence.end),) if k >= 0], default=sentence.end)
        partners = [m for m in mentions if match.end() <= m.start and m.end <= clause_end]
        if not actors or not partners or any(m.type not in ACTORS for m in partners):
            continue
        for actor in [*actors, *partners]:
            ctx.add(actor, "participatesIn", named[-1], sentence, "relations.samen-hierin", 0.7)


#: "wij" as the subject between the verb and "samen": "(Met X) werken wij (al jaren) samen in …"
_WE_BETWEEN = re.compile(r"\s*(?:wij|we)\b", re.IGNORECASE)
#: a sentence that opens with its partners: "Met de provincie X (en Y) werken wij samen in …"
_WITH_OPENING = re.compile(r"\s*Met\s")


def _we_together_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match, body: Mention) -> None:
    """"Met de provincie X werken wij samen in het programma Y": the document's "wij" and the partners the
    fronted "Met" names take part in Y, and "wij" work with each partner (41c).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Coalitieakkoord Ede 2022-2026\\n\\nMet de provincie Gelderland werken wij samen in de City Deal Zon."
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Ede', 'collaboratesWith', 'Gelderland'), ('Ede', 'participatesIn', 'City Deal Zon'), \
('Gelderland', 'participatesIn', 'City Deal Zon')]
    """
    between = match.group("between")
    if not between or not _WE_BETWEEN.match(between):
        return
    we = we_at(ctx, sentence.start)
    if we is None:
        return
    ctx.add(we, "participatesIn", body, sentence, "relations.wij-samen-in", 0.7)
    opening = ctx.content_start(sentence)
    if not _WITH_OPENING.match(ctx.text, opening):
        return
    for partner in [m for m in mentions if opening <= m.start and m.end <= match.start() and m.type in ACTORS]:
        if partner.label != we.label:
            ctx.add(partner, "participatesIn", body, sentence, "relations.wij-samen-in", 0.7)
            ctx.add(we, "collaboratesWith", partner, sentence, "relations.wij-samen-in", 0.7)


def _body_before_together(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De gemeenten A, B en C werken in deze City Deal samen met OCW": each of them, and the partners
    after "samen met", takes part in the body named between the verb and "samen".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Breda en Ede werken in de City Deal Zon samen met OCW.", gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn")
    [('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon'), ('OCW', 'City Deal Zon')]
    """
    for match in ctx.asserted_cues(_IN_THEN_TOGETHER, sentence):
        body = _body_after(ctx, mentions, match.end())
        together = _TOGETHER_AFTER.match(ctx.text, body.end) if body is not None else None
        if together is None or not ctx.asserted(sentence, match.start(), together.end()):
            continue
        actors = _working_actors(ctx, sentence, match.start())
        if not actors:
            continue
        partners = [m for m in ctx.list_after(together.end(), sentence.end) if m.type in ACTORS] \
            if ctx.text.startswith(" met ", together.end()) else []
        for actor in [*actors, *partners]:
            ctx.add(actor, "participatesIn", body, sentence, "relations.samen-in", 0.7)
        with_partners = _WITH.search(ctx.text, match.start(), partners[0].start) if partners else None
        for partner in partners if with_partners is not None else ():
            for actor in actors:  # "Enschede werkt met Saxion en de UT samen in de aanpak X": Enschede works with both
                if partner not in actors:
                    ctx.add(actor, "collaboratesWith", partner, sentence, "relations.samen-met-in", 0.7)


def _working_actors(ctx: DocContext, sentence: Sentence, at: int) -> list[Mention]:
    """The actors that work together, the subjects of the verb at ``at`` ("… vertelde hoe A en B samen
    optrekken in …": A and B); none when one of them is no actor."""
    actors = clause_subjects(ctx, sentence, at)
    if not actors:
        subject = ctx.subject(sentence, at)
        actors = [subject, *coordinated(ctx, subject, at)] if subject is not None else []
    return [] if any(actor.type not in ACTORS for actor in actors) else actors


#: what joins inverted subjects: "Enschede, Hengelo en Almelo", "de gemeente Ede en de provincie"
_INVERTED_AND = re.compile(r"\s*(?:,\s*(?:en\s+)?|en\s+)(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")
_INVERTED_OPENING = re.compile(r"(?:(?:ook|nu|al|de|het|gemeente|gemeenten|provincie|ministerie\s+van)\s+)*", re.IGNORECASE)


def _inverted_actors(ctx: DocContext, mentions: list[Mention], match: re.Match) -> list[Mention]:
    """The actors between the verb and "samen" when the subject follows its verb ("In Twente werken
    Enschede, Hengelo en Almelo samen in …"): a list of actors and nothing else; else none.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "In Twente werken Enschede en Hengelo samen in de Regio Deal Twente.", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.predicate == "participatesIn")
    ['Enschede', 'Hengelo']
    """
    if not match.group("between"):
        return []
    start, end = match.start("between"), match.end("between")
    listed = [m for m in mentions if start <= m.start and m.end <= end]
    if not listed or any(m.type not in ACTORS for m in listed) \
            or not _INVERTED_OPENING.fullmatch(ctx.text, start, listed[0].start) \
            or ctx.text[listed[-1].end:end].strip() not in ("", "ook", "al", "nauw"):
        return []
    if any(not _INVERTED_AND.fullmatch(ctx.text, a.end, b.start) for a, b in zip(listed, listed[1:])):
        return []
    return listed


def _body_after(ctx: DocContext, mentions: list[Mention], at: int) -> Mention | None:
    """The unit or programme right after "in de/het" ("de G40 Themagroep X": the themagroep); none where
    that is a family of deals with no name of its own ("BZK werkt voor de Woondeals samen met de gemeenten
    A en B": each town has its own Woondeal, none takes part in "the Woondeals"; walkthrough 23 finding 9).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "BZK werkt voor de Woondeals samen met de gemeenten Breda en Ede.", gazetteer=load_gazetteer())
    >>> [r for r in ex.relations if r.predicate == "participatesIn"]
    []
    """
    after = [m for m in mentions if m.start >= at][:2]
    body = next((m for m in after if m.type in _BODIES and _ARTICLE.fullmatch(ctx.text, at, m.start)), None)
    return None if body is not None and body.rule == _DEAL_FAMILY else body


#: the rule of a family of deals named as one ("de Regio Deals", "de Woondeals": :mod:`graph.extract.deals`)
_DEAL_FAMILY = "programmes.deal-family"
