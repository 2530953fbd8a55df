"""participatesIn from starting a programme: towns that start or begin (a phase of) a programme take part in it.

"Enschede, Heerlen en Schiedam starten met de tweede fase van de City Deal X", "Vanaf januari beginnen Breda en
Ede aan de City Deal X", "Assen gaat van start met het programma X" (walkthrough 28, finding 3). The towns (or
provinces) are the list right before the verb, or right after it when the sentence opens with a time; what is
started is the programme right after "met"/"aan", with at most a phase between ("de tweede fase van",
"een nieuwe ronde van"). A person's town ("wethouder X van Ede start met …"), something else started ("starten
met een onderzoek naar de City Deal X") or a denial ("starten niet met") gives nothing. Called by
:func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Ede starten met de tweede fase van de City Deal Zon.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import MONTH_NAMES

__all__ = ["find_programme_starts"]

#: the verb of starting: "starten", "begon", "gaan (in 2027) van start"
_START = re.compile(r"\b(?:start|starten|startte|startten|begint|beginnen|begon|begonnen|"
                    r"(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,3}?van\s+start)\b", re.IGNORECASE)
#: from the verb (and what the towns or a time between give) to the programme: "met de tweede fase van de"
_TO_PROGRAMME = re.compile(r"(?:\s+(?:in|per|vanaf|op|nu|ook|al|binnenkort|officieel|dit|deze|volgende?|komende?|jaar|"
                           r"voorjaar|najaar|zomer|winter|maand|week|\d{1,4}|" + "|".join(sorted(MONTH_NAMES)) + r")){0,4}"
                           r"\s+(?:met|aan)\s+(?:de\s+|het\s+|een\s+)?(?:(?:[\w-]+\s+)?(?:fase|ronde|tranche|editie|"
                           r"periode|looptijd|uitvoeringsfase|uitvoering)\s+van\s+(?:de\s+|het\s+)?)?$", re.IGNORECASE)
#: between two towns of a list: ", ", " en ", ", en "
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+(?:gemeenten?|provincies?)\s+)?")
#: before the list: nothing, "Ook", "De gemeenten", "de G40-steden"
_LIST_OPENING = re.compile(r"\s*(?:(?:ook|nu|de|gemeenten|gemeente|steden|provincies|provincie|[\w-]+-steden)\s+)*$",
                           re.IGNORECASE)
#: a time that opens the sentence before an inverted verb: "Vanaf januari starten", "In 2027 begint"
_TIME_OPENING = re.compile(r"\s*(?:vanaf|per|in|op|sinds|deze|dit|volgend[e]?|komend[e]?|binnenkort|nu|inmiddels|"
                           r"vandaag|ook)\b[^,;:]{0,40}$", re.IGNORECASE)
_TOWNS = ("Municipality", "Province")


def find_programme_starts(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "the towns start (a phase of) programme X": each town participatesIn X."""
    text = ctx.text
    for match in ctx.asserted_cues(_START, sentence):
        programme = next((m for m in mentions if m.start >= match.end() and m.type not in _TOWNS), None)
        towns = [] if programme is None or programme.type != "Programme" else _towns_before(ctx, sentence, mentions, match)
        gap_start = match.end()
        if programme is not None and programme.type == "Programme" and not towns:
            towns, gap_start = _towns_after(ctx, sentence, mentions, match, programme)
        if not towns or not _TO_PROGRAMME.fullmatch(text, gap_start, programme.start):
            continue
        for town in towns:
            ctx.add(town, "participatesIn", programme, sentence, "relations.start-programma", 0.75)


def _towns_before(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> list[Mention]:
    """The list of towns that ends right before the verb and opens the clause: "Enschede, Heerlen en Schiedam
    starten" (not "wethouder X van Ede start": a person's town)."""
    text = ctx.text
    before = [m for m in mentions if ctx.content_start(sentence) <= m.start and m.end <= match.start()]
    towns: list[Mention] = []
    end = match.start()
    for m in reversed(before):
        gap = text[m.end:end]
        if (not towns and gap.strip()) or (towns and not _LIST_GAP.fullmatch(gap)) or m.type not in _TOWNS:
            break
        towns.insert(0, m)
        end = m.start
    if not towns:
        return []
    return towns if _LIST_OPENING.fullmatch(text, ctx.content_start(sentence), towns[0].start) else []


def _towns_after(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match,
                 programme: Mention) -> tuple[list[Mention], int]:
    """An inverted clause, a time before the verb and the towns after it: "Vanaf januari starten Breda en Ede met"
    (the towns and where they end)."""
    text = ctx.text
    if not _TIME_OPENING.fullmatch(text, ctx.content_start(sentence), match.start()):
        return [], match.end()
    towns: list[Mention] = []
    end = match.end()
    for m in (m for m in mentions if match.end() <= m.start and m.end <= programme.start):
        gap = text[end:m.start]
        if m.type not in _TOWNS or not (_LIST_GAP.fullmatch(gap) if towns else _LIST_OPENING.fullmatch(gap)):
            break
        towns.append(m)
        end = m.end
    return towns, end
