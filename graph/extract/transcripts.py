"""Transcripts with speaker codes: whom a speaker's "we" stands for.

A podcast or interview transcript introduces its speakers once, with a code each, and then opens
every turn with the code:

    Sprekers:
    NB = Noor Benali, host, communicatieadviseur bij het G40-bureau
    BV = Bart-Jan Verhoef, programmadirecteur bij het Ministerie van Infrastructuur en Waterstaat

    BV: Wij zijn vorig jaar samen met de G40 gestart met de City Deal X.

In a turn, "wij"/"we" is the body its speaker works at, as the legend line gives it: the one ministry,
organisation or unit the speaker holds a role at (here IenW, which started the deal with the G40). A
speaker who holds office in a municipality (a wethouder) speaks for several bodies at once (the town,
the themagroep they lead), so their "we" is left to the other rules, as is a speaker with no role or
more than one body.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Sprekers:\\nBV = Bart-Jan Verhoef, programmadirecteur bij het Ministerie van Infrastructuur en Waterstaat\\n\\n"
...         "BV: Wij zijn vorig jaar samen met de G40 gestart met de City Deal Zon.\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "collaboratesWith")
[('Infrastructuur en Waterstaat', 'G40')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .quotes import speaker_bodies

__all__ = ["turn_body", "turn_speaker"]

#: a legend line: "BV = Bart-Jan Verhoef, …"
_LEGEND = re.compile(r"^[ \t]*(?P<code>[A-Z]{2,3})[ \t]*=[ \t]*(?P<line>\S[^\n]*)$", re.MULTILINE)
#: the bodies a speaker's "we" may stand for (not a municipality or province, whose office holders speak for more)
_WE_BODIES = frozenset({"Ministry", "Organisation", "OrganisationalUnit"})


def _legend_speakers(ctx: DocContext) -> dict[str, Mention]:
    """The person each speaker code of the legend names (worked out once)."""
    if "legend_speakers" not in ctx.__dict__:
        speakers = {}
        for line in _LEGEND.finditer(ctx.text) if " = " in ctx.text else ():
            persons = [m for m in ctx.in_span(line.start("line"), line.end("line")) if m.type == "Person"]
            if persons and persons[0].start == line.start("line"):
                speakers[line.group("code")] = persons[0]
        ctx.__dict__["legend_speakers"] = speakers
    return ctx.__dict__["legend_speakers"]


def turn_speaker(ctx: DocContext, at: int) -> Mention | None:
    """The person who speaks at offset ``at``: the one the legend gives the code opening its turn; else None."""
    speakers = _legend_speakers(ctx)
    if not speakers:
        return None
    line_start = ctx.text.rfind("\n", 0, at) + 1
    code = re.match(r"[ \t]*([A-Z]{2,3}):\s", ctx.text[line_start:line_start + 8])
    return speakers.get(code.group(1)) if code else None


def turn_body(ctx: DocContext, at: int) -> Mention | None:
    """The body the "we" at offset ``at`` stands for, in a turn whose speaker code the legend gives; else None."""
    speaker = turn_speaker(ctx, at)
    if speaker is None:
        return None
    found = speaker_bodies(ctx, speaker)
    return found[0] if len(found) == 1 and found[0].type in _WE_BODIES else None
