"""Towns a sentence calls the pilot towns of the programme the passage is about (round 59e).

A bid, a programme plan or a progress letter lists where a programme is tried first in a copular sentence, the
towns as its subject or after it::

    Het voorstel wil 400 werkzoekenden omscholen. Deventer, Ede en Venlo zijn de drie pilotsteden.
    De pilotgemeenten van de City Deal Zon zijn Ede en Tiel.

Each town takes part in the programme (rule ``relations.pilot-towns``): the one the sentence names after the kind
word ("… van de City Deal Zon"), else the programme one of the two sentences before opens on (the passage's
subject: "Het voorstel …", "Het …" pointing back, see :mod:`graph.extract.proposal_references`). The kind words are
"pilotsteden", "pilotgemeenten", "proeftuinen", "koplopergemeenten" and "deelnemende gemeenten/steden"; "waren" tells
of a pilot that has ended. Not read: a list that holds anything but towns ("Ede, de VNG en Tiel zijn …"), a sentence
naming the kind without a copula ("Voor de pilotsteden Ede en Tiel …", read elsewhere), a passage that opens on no
programme ("De raad vergaderde. Ede en Tiel zijn de pilotsteden." names none).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De City Deal Zon is in 2024 gestart. Zwolle, Ede en Venlo zijn de drie pilotgemeenten."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == PILOT_RULE)
[('Ede', 'City Deal Zon'), ('Venlo', 'City Deal Zon'), ('Zwolle', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_pilot_towns", "PILOT_RULE"]

PILOT_RULE = "relations.pilot-towns"

_KIND = r"(?:pilotsteden|pilotgemeenten|proeftuinen|proeftuingemeenten|koplopergemeenten|deelnemende\s+(?:gemeenten|steden))"
#: "A, B en C zijn de vijf pilotsteden": the towns, then the copula and the kind
_TOWNS_FIRST = re.compile(r"\s+(?P<verb>zijn|waren)\s+(?:de|onze)\s+(?:[a-z]+\s+)?" + _KIND + r"\b")
#: "De (vijf) pilotgemeenten (van X) zijn A, B en C"
_KIND_FIRST = re.compile(r"(?:De|Onze)\s+(?:[a-z]+\s+)?" + _KIND + r"(?P<of>\s+van\s+[^,;:.]{3,80}?)?\s+(?P<verb>zijn|waren)\s+")
#: between two towns of the list
_BETWEEN = re.compile(r"\s*,\s*(?:en\s+)?|\s+en\s+")
_TOWNS = ("Municipality",)
_ARTICLE = re.compile(r"(?:(?:De|Het|Dit|Deze|Ons|Onze)\s+)?")
_OF = re.compile(r"\s+van\s+(?:de|het)\s+")


def _towns(ctx: DocContext, start: int, end: int) -> list[Mention] | None:
    """The towns ``start:end`` lists and nothing else (commas and "en" between them), else None."""
    towns, at = [], start
    for mention in ctx.in_span(start, end):
        if mention.start != at or mention.type not in _TOWNS:
            return None
        towns.append(mention)
        gap = _BETWEEN.match(ctx.text, mention.end, end)
        at = gap.end() if gap else mention.end
    return towns if towns and at == end else None


def _passage_programme(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The programme one of the two sentences before ``sentence`` opens on, the nearest first."""
    before = sentence
    for _ in range(2):
        before = ctx.previous_sentence(before)
        if before is None or before.section_start != sentence.section_start:
            return None
        at = _ARTICLE.match(ctx.text, ctx.content_start(before)).end()  # "De City Deal X …", "Het voorstel …"
        opening = next((m for m in ctx.in_sentence(before) if m.start in (ctx.content_start(before), at)), None)
        if opening is not None and opening.type == "Programme":
            return opening
    return None


def find_pilot_towns(ctx: DocContext) -> None:
    """Add each pilot town's part in the programme (see the module)."""
    if not re.search(_KIND, ctx.text):
        return
    for sentence in ctx.sentences:
        start = ctx.content_start(sentence)
        kind_first = _KIND_FIRST.match(ctx.text, start, sentence.end)
        if kind_first is not None:
            end = sentence.end - 1 if ctx.text[sentence.end - 1] in ".;" else sentence.end
            towns = _towns(ctx, kind_first.end(), end)
            named = [m for m in ctx.in_span(*kind_first.span("of")) if m.type == "Programme"] if kind_first["of"] else []
        else:
            towns_first = _TOWNS_FIRST.search(ctx.text, start, sentence.end)
            if towns_first is None:
                continue
            towns, kind_first = _towns(ctx, start, towns_first.start()), towns_first
            of = _OF.match(ctx.text, towns_first.end(), sentence.end)  # "… zijn de pilotsteden van de City Deal X"
            named = [m for m in ctx.in_span(of.end(), sentence.end) if m.start == of.end() and m.type == "Programme"] if of else []
        if not towns or not ctx.asserted(sentence, kind_first.start(), kind_first.end()):
            continue
        programme = named[0] if named else _passage_programme(ctx, sentence)
        if programme is None:
            continue
        for town in towns:
            ctx.add(town, "participatesIn", programme, sentence, PILOT_RULE, 0.75, past=kind_first["verb"] == "waren")
