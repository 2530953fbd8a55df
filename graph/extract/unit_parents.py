"""The parent a unit's name or kind gives: a unit right after an organisation ("VNG taskforce") or
before another ("themagroep X van de pijler Y", "directie Wonen van BZK"), and the network a kind of
unit belongs to (``unit_kinds.csv`` default_parent: a pijler is part of the G40), named in the
sentence, the line that introduces its list, its section, anywhere before, or the byline.

Called by :func:`graph.extract.parts.find_parts`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De themagroep Wonen van de pijler Fysiek kwam samen.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.rule) for r in ex.relations if r.predicate == "partOf"]
[('themagroep Wonen', 'pijler Fysiek', 'relations.unit-van-unit')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .directorates import block_ministry, only_ministry_before
from .lexicon import load_lexicon
from .model import Mention, Sentence
from .organogram import municipal_owner

__all__ = ["default_parents"]


#: "themagroep X van de pijler Y", "het Environment Forum van Eurocities" (an organisation with no article, round
#: 49a), "… valt onder de pijler Y", "… maakt deel uit van / is onderdeel van de Y", English "… of the G40"
_UNIT_OF = re.compile(r"\s+(?:van(?:\s+(?:de|het))?|(?:(?:valt|vallen|viel|vielen)\s+)?binnen\s+(?:de|het)|"
                      r"(?:valt|vallen|viel|vielen)\s+onder\s+(?:de|het)|"
                      r"(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+)?deel\s+uit\s+van\s+(?:de|het)|"
                      r"(?:is|zijn|was|waren)\s+(?:\w+\s+)?(?:een\s+)?onderdeel\s+van\s+(?:de|het)|of\s+the)\s+")


def _owned_unit(mentions: list[Mention], k: int) -> Mention:
    """``mentions[k]``, or the unit its organisation name prefixes: in "themagroep Wonen van de
    G40-pijler Fysiek" the parent is the pijler, not the G40.

    >>> g40 = Mention(0, 3, "G40", "Organisation", "", 1.0)
    >>> pijler = Mention(4, 17, "pijler Fysiek", "OrganisationalUnit", "", 1.0)
    >>> _owned_unit([g40, pijler], 0).text
    'pijler Fysiek'
    """
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if m.type == "Organisation" and nxt is not None and nxt.type == "OrganisationalUnit" and nxt.start - m.end <= 1:
        return nxt
    return m


def _names_an_event(m: Mention, mentions: list[Mention]) -> bool:
    """Whether ``m`` only opens the name of an event ("de G40-binnenstadsdag"): a day of the network,
    no word on what a unit in the sentence belongs to ("directeur G40-bureau" still is).

    >>> g40 = Mention(3, 6, "G40", "Organisation", "", 1.0)
    >>> day = Mention(7, 21, "binnenstadsdag", "Event", "", 1.0)
    >>> _names_an_event(g40, [g40, day]), _names_an_event(g40, [g40])
    (True, False)
    """
    return any(e.type == "Event" and e.start == m.end + 1 for e in mentions)


def default_parents(ctx: DocContext) -> None:
    """Units whose kind belongs to one network (a pijler is part of the G40), and "VNG taskforce".

    The network need not be named in the unit's sentence when the unit is named in a bullet item:
    the line introducing the list is enough ("Het dagelijks bestuur van de G40 bestaat uit:").
    """
    kinds = load_lexicon().unit_kinds
    parents = {u.kind: u.default_parent for u in kinds.values() if u.default_parent}
    placed: set[str] = set()
    stated: set[str] = set()  # units whose parent a sentence states: their default parent needs no weaker evidence
    defaults: list[tuple[Mention, Mention, Sentence]] = []
    first: dict[str, tuple[Mention, Sentence]] = {}
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        for k, m in enumerate(mentions):
            if m.type != "OrganisationalUnit":
                continue
            if m.kind in parents and m.rule != "references.pijler":
                first.setdefault(m.label, (m, sentence))
            if k > 0 and mentions[k - 1].type == "Organisation" and m.start - mentions[k - 1].end <= 1:
                ctx.add(m, "partOf", mentions[k - 1], sentence, "relations.org-prefix", 0.8)
                placed.add(m.label)
                stated.add(m.label)
                continue
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            owner_at = k + 1
            if nxt is not None and k + 2 < len(mentions) and ctx.text[m.end:nxt.start] == " (" \
                    and ctx.text[nxt.end:nxt.end + 1] == ")" and _UNIT_OF.fullmatch(ctx.text, nxt.end + 1, mentions[k + 2].start):
                owner_at, nxt = k + 2, mentions[k + 2]  # "Het Algemeen Bestuur (AB) van het Stedennetwerk G40": past the abbreviation
            if nxt is not None and nxt.type in ("OrganisationalUnit", "Organisation") and \
                    (owner_at > k + 1 or _UNIT_OF.fullmatch(ctx.text, m.end, nxt.start)):
                ctx.add(m, "partOf", _owned_unit(mentions, owner_at), sentence, "relations.unit-van-unit", 0.7)
                placed.add(m.label)
                stated.add(m.label)
                continue
            if m.kind == "directie":
                ministry = _directorate_ministry(ctx, mentions, k)
                if ministry is None and (town := municipal_owner(ctx)) is not None:
                    # "de directie Stad van de gemeente Ede is gesplitst in de directie A en de directie B"
                    ctx.add(m, "partOf", town, sentence, "relations.directie-van-gemeente", 0.7)
                    continue
                if ministry is None and (ministry := only_ministry_before(ctx, mentions, k)) is not None:
                    # a signature's "Directie X" over "Ministerie van BZK" is BZK's, not the VWS the body named
                    ministry = block_ministry(ctx, m) or ministry
                if ministry is not None:
                    ctx.add(m, "partOf", ministry, sentence, "relations.directie-van", 0.75)
                continue
            parent = parents.get(m.kind or "")
            if parent:
                owners = [o for o in mentions if o.type == "Organisation" and o.key == parent
                          and not _names_an_event(o, mentions)]
                if owners and m.rule != "references.pijler":
                    defaults.append((m, owners[0], sentence))
                    placed.add(m.label)
    for unit, owner, sentence in defaults:
        if unit.label not in stated:  # "Brief aan G40 over Pijler Sociaal" (a title) and "Pijler Sociaal van het G40-stedennetwerk"
            ctx.add(unit, "partOf", owner, sentence, "relations.default-parent", 0.6)
    for label, (unit, sentence) in first.items():
        if label in placed:
            continue
        owner = _list_owner(ctx, unit, sentence, parents[unit.kind]) \
            or _section_owner(ctx, unit, parents[unit.kind]) or _named_before(ctx, unit, parents[unit.kind]) \
            or _byline_owner(ctx, unit, parents[unit.kind])
        if owner is None and unit.rule == "units.meeting-of":
            # "Besluitenlijst pijlervergadering X" of a document that names the network further on
            owner = next((o for o in ctx.mentions if o.type == "Organisation" and o.key == parents[unit.kind]), None)
        if owner is not None:
            ctx.add(unit, "partOf", owner, sentence, "relations.default-parent", 0.5, stated_at=unit.start)


def _list_owner(ctx: DocContext, unit: Mention, sentence: Sentence, key: str) -> Mention | None:
    """The network ``key`` when the sentence that introduces the bullet list of ``unit`` (or the one
    before it in its paragraph) names it: "Het dagelijks bestuur van de G40 (…). Het bestaat uit: -
    X, voorzitter Pijler Fysiek", "Namens de G40 - X, voorzitter Pijler Sociaal"."""
    if sentence.bullet_list is None:
        return None
    k = bisect.bisect_left(ctx.scope.starts, sentence.start) - 1
    while k >= 0 and ctx.sentences[k].bullet_list == sentence.bullet_list:
        k -= 1
    for j in range(k, max(k - 2, -1), -1):  # the introducing sentence, and the one before it in its paragraph
        intro = ctx.sentences[j]
        if intro.bullet_list is not None or (j < k and "\n\n" in ctx.text[intro.end:ctx.sentences[j + 1].start]):
            return None
        found = next((o for o in ctx.in_sentence(intro) if o.type == "Organisation" and o.key == key), None)
        if found is not None:
            return found
    return None


def _section_owner(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` named before ``unit`` in its section: "Ook in 2023 was de G40 een vaste
    gesprekspartner. (…) De Pijler Fysiek heeft ingezet op …" (a named pijler of the G40's passage)."""
    k = bisect.bisect_left(ctx.starts, unit.start) - 1
    while k >= 0:
        m = ctx.mentions[k]
        if not ctx.scope.same_section(m, unit.start):
            return None
        if m.type == "Organisation" and m.key == key:
            return m
        k -= 1
    return None


def _named_before(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` named anywhere before ``unit`` in the document: a page "Stedennetwerk G40 ›
    Themagroepen" whose sections are headed "Pijler Economie en Werk", "Pijler Sociaal Domein" (a
    unit of a kind that belongs to one network, in a document that names that network first)."""
    k = bisect.bisect_left(ctx.starts, unit.start)
    return next((m for m in ctx.mentions[:k] if m.type == "Organisation" and m.key == key), None)


def _byline_owner(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` the byline under the title names when the title names ``unit``:
    "Jaarverslag 2023 – Pijler Wonen" over "Stedennetwerk G40, april 2024" (the network's own report
    on its pijler).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Jaarverslag – Pijler Wonen\\nStedennetwerk G40, mei 2024\\n\\nDe pijler groeide.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf"]
    [('Pijler Wonen', 'Stedennetwerk G40')]
    """
    if len(ctx.sentences) < 2 or not ctx.sentences[0].start <= unit.start < ctx.sentences[0].end:
        return None
    byline = ctx.sentences[1]
    if "\n\n" in ctx.text[ctx.sentences[0].end:byline.start] or "\n" in byline.text.strip():
        return None
    return next((m for m in ctx.in_sentence(byline) if m.type == "Organisation" and m.key == key
                 and m.start - byline.start <= 20), None)


def _directorate_ministry(ctx: DocContext, mentions: list[Mention], k: int) -> Mention | None:
    """The ministry of the directorate ``mentions[k]``: "directie Wonen van (het ministerie van) BZK"
    (a bracket "(ministerie van BZK, directie Wonen)" after a person gives only where that person works)."""
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is not None and nxt.type == "Ministry" and re.fullmatch(
            r"\s+van\s+(?:het\s+)?(?:ministerie\s+van\s+)?", ctx.text[m.end:nxt.start], re.IGNORECASE):
        return nxt
    return None
