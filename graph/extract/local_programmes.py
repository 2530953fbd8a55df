"""Towns that take part in a programme as a report of its progress tells it.

A programme's report names the towns where it runs by what happens there, not by "doet mee":

- "In Heerlen is het project (in het centrum) inmiddels afgerond", "In Venlo wordt de aanpak
  uitgevoerd": the town takes part in the programme (named, or pointed back to as "het project");
- right after that, "Ook Lelystad, Roosendaal en Venlo boeken voortgang": the towns of the elliptic "Ook"
  list too;
- "Roosendaal en Hengelo ontvingen (in de tweede tranche) een bijdrage" after a sentence about one
  programme: money from that programme.

A denied clause states nothing ("In Venlo is het project nog niet gestart").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het Fonds Sterke Kernen helpt dorpen. In Ede is het fonds inmiddels uitgevoerd. "
...         "Ook Delft en Gouda boeken voortgang.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.predicate == "participatesIn")
['Delft', 'Ede', 'Gouda']
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_local_programmes"]

#: "In <town> is/wordt " before the programme
_IN_TOWN = re.compile(r"\s*In\s+$")
_COPULA = re.compile(r"\s+(?:is|wordt|werd|zijn|worden|werden)\s+")
_ARTICLE = re.compile(r"(?:(?:de|het)\s+)?")
#: the participle that says the programme runs there
_RUNS = re.compile(r"\b(?:afgerond|uitgevoerd|gestart|gerealiseerd|opgeleverd|voltooid|begonnen|van\s+start\s+gegaan)\b")
#: "Ook A, B en C <verb>": an elliptic list of towns
_ALSO = re.compile(r"\s*Ook\s+")
#: money received without its source: "ontvingen (in de tweede tranche) een (rijks)bijdrage/subsidie"
_RECEIVED = re.compile(r"\b(?:ontving|ontvingen|kreeg|kregen)\s+(?:[^,;:.]{0,40}?\s)?een\s+(?:rijks)?(?:bijdrage|subsidie)\b")


def _towns_at(ctx: DocContext, sentence: Sentence, start: int, end: int) -> list[Mention]:
    """The municipalities listed right from ``start`` ("Lelystad, Roosendaal en Venlo")."""
    listed = ctx.list_after(start, end, types={"Municipality"})
    return listed if listed and listed[0].start == start else []


def _runs_in_town(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """"In Heerlen is het project inmiddels afgerond": add the town's part; the programme, if any."""
    town = next((m for m in mentions if m.type == "Municipality"
                 and _IN_TOWN.fullmatch(ctx.text, ctx.content_start(sentence), m.start)), None)
    copula = _COPULA.match(ctx.text, town.end, sentence.end) if town is not None else None
    programme = next((m for m in mentions if copula and m.type == "Programme"
                      and _ARTICLE.fullmatch(ctx.text, copula.end(), m.start)), None)
    runs = _RUNS.search(ctx.text, programme.end, sentence.end) if programme is not None else None
    if runs is None or not ctx.asserted(sentence, sentence.start, runs.end()):
        return None
    ctx.add(town, "participatesIn", programme, sentence, "local.in-stad-afgerond", 0.65)
    return programme


def find_local_programmes(ctx: DocContext) -> None:
    """Add the towns' part in a programme that a progress report states (see the module's docstring)."""
    previous_programme, previous = None, None
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        same_paragraph = previous is not None and "\n\n" not in ctx.text[previous.end:sentence.start]
        also = _ALSO.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if also and previous_programme is not None and same_paragraph and ctx.asserted(sentence, sentence.start, sentence.end):
            for town in _towns_at(ctx, sentence, also.end(), sentence.end):
                ctx.add(town, "participatesIn", previous_programme, sentence, "local.ook-steden", 0.6)
        received = _RECEIVED.search(ctx.text, sentence.start, sentence.end)
        if received and same_paragraph and ctx.asserted(sentence, received.start(), received.end()) \
                and not re.search(r"\b(?:uit|via|van)\b", ctx.text[received.end():sentence.end].split(",")[0][:25]):
            named = {m.label: m for m in ctx.in_sentence(previous) if m.type == "Programme"}
            towns = _towns_at(ctx, sentence, ctx.content_start(sentence), received.start())
            if len(named) == 1 and towns:
                for town in towns:
                    ctx.add(town, "participatesIn", next(iter(named.values())), sentence, "local.bijdrage-ontvangen", 0.6)
        previous_programme = _runs_in_town(ctx, sentence, mentions) if mentions else None
        previous = sentence
