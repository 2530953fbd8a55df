"""participatesIn from lists that name a programme beside its towns.

A letter or a year overview often names several programmes in one sentence, each with its own towns:

- an apposition "met de gemeenten …" right after a programme: "Het kabinet sluit de Regio Deal Kempen,
  met de gemeenten Eersel en Bladel, en de Regio Deal Veluwe, met de gemeente Apeldoorn": each town takes
  part in the programme right before its list;
- a programme in brackets after a town or a group of towns: "Venlo (Regio Deal Noord-Limburg), Zwolle en
  Deventer (Woondeal Regio Zwolle) voerden hun deals uit": the towns since the bracket before take part in
  the programme of their own bracket, not in a family of deals the sentence names ("Aan de Woondeals namen
  deel: Zwolle en Deventer (Woondeal Regio Zwolle)": the deal in brackets, not "Woondeals").

(A programme that runs in towns, "De City Deal Zon liep door in Breda en Ede", is
:func:`graph.extract.inline_lists.find_runs_in`.)

A denied clause states nothing. Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("In de derde tranche sluit het Rijk de Regio Deal Kempen, met de gemeenten Eersel en Bladel, "
...         "en de Regio Deal Peelland, met de gemeente Helmond.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn")
[('Bladel', 'Regio Deal Kempen'), ('Eersel', 'Regio Deal Kempen'), ('Helmond', 'Regio Deal Peelland')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_programme_lists"]

#: right after a programme: ", met de gemeenten " (", opnieuw met de gemeente ")
_WITH_TOWNS = re.compile(r",\s+(?:(?:opnieuw|ook|eveneens|nu)\s+)?met\s+(?:(?:de\s+)?(?:gemeenten|gemeente|steden|stad)\s+)?")
#: right after the last town of such a list: the end of the apposition
_APPOSITION_END = re.compile(r"\s*(?:[,.;)]|$)")
#: what joins the towns of one bracketed group: "A, B en C (…)"
_GROUP_JOIN = re.compile(r"\s*(?:,|en|,\s*en)\s+")
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b")


def _towns_from(ctx: DocContext, at: int, end: int) -> list[Mention]:
    """The municipalities listed right from offset ``at`` (none when the list starts later)."""
    towns = ctx.list_after(at, end, types={"Municipality"})
    return towns if towns and towns[0].start == at else []


def _apposed_towns(ctx: DocContext, sentence: Sentence, programme: Mention) -> list[Mention]:
    """"de Regio Deal X, met de gemeenten A en B(, en …)": the towns of the apposition after ``programme``."""
    match = _WITH_TOWNS.match(ctx.text, programme.end, sentence.end)
    if match is None:
        return []
    towns = _towns_from(ctx, match.end(), sentence.end)
    if not towns or not _APPOSITION_END.match(ctx.text, towns[-1].end, sentence.end):
        return []
    if not ctx.text[match.start():match.end()].rstrip().endswith(("gemeenten", "gemeente", "steden", "stad")) \
            and len(towns) < 2:
        return []  # "de City Deal X, met Breda": one town without its kind word may be anything
    return towns


def _bracket_group(ctx: DocContext, sentence: Sentence, programme: Mention) -> list[Mention]:
    """"A, B en C (Regio Deal X)": the towns right before the bracket around ``programme``, back to
    the bracket before (or whatever else stops the list)."""
    text = ctx.text
    opening = text.rfind("(", max(sentence.start, programme.start - 6), programme.start)
    if opening < 0 or text[opening + 1:programme.start].strip().lower() not in ("", "de", "het") \
            or not text.startswith(")", programme.end):
        return []
    before = [m for m in ctx.in_span(sentence.start, opening) if m.end <= opening]
    group: list[Mention] = []
    at = opening
    for m in reversed(before):
        gap = text[m.end:at]
        if m.type != "Municipality" or not (gap.strip() == "" if not group else _GROUP_JOIN.fullmatch(gap)):
            break
        group.insert(0, m)
        at = m.start
    return group


def _drop_family(ctx: DocContext, sentence: Sentence, town: Mention, programme: Mention) -> None:
    """Take back "town participatesIn <family of deals>" of ``sentence`` when the town's bracket names
    the deal itself ("Aan de Woondeals namen deel: Zwolle (Woondeal Regio Zwolle)")."""
    ctx.relations[:] = [r for r in ctx.relations
                        if not (r.predicate == "participatesIn" and r.subject.start == town.start
                                and r.object.rule == "programmes.deal-family" and r.object.kind == programme.kind
                                and sentence.start <= r.evidence_start < sentence.end)]


def find_programme_lists(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for the towns a list names beside their programme (see the module docstring)."""
    programmes = [m for m in mentions if m.type == "Programme"]
    if not programmes or not any(m.type == "Municipality" for m in mentions):
        return
    text = ctx.text
    for programme in programmes:
        towns, rule = [], ""
        if text.startswith(",", programme.end):
            towns, rule = _apposed_towns(ctx, sentence, programme), "relations.programma-met-gemeenten"
        elif text.startswith(")", programme.end):
            towns, rule = _bracket_group(ctx, sentence, programme), "relations.stad-programma-haakjes"
            for town in towns:
                _drop_family(ctx, sentence, town, programme)
        if towns and not _DENIED.search(text, programme.end, towns[-1].start):
            for town in towns:
                ctx.add(town, "participatesIn", programme, sentence, rule, 0.75)
