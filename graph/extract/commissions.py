"""Work done on commission: "X heeft in opdracht van Y onderzoek gedaan" (``collaboratesWith``).

An actor that does research or work "in opdracht van" another works with it. The commissioner may be
named, or be the letter writer's own ministry ("in opdracht van mijn ministerie" in a minister's
letter: the ministry the signature names, see :func:`graph.extract.voice.writer_actor`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Platform31 deed in opdracht van de VNG onderzoek naar leegstand.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('Platform31', 'collaboratesWith', 'VNG')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .voice import writer_actor

__all__ = ["find_commissions"]

_COMMISSIONED = re.compile(r"\bin\s+opdracht\s+van\s+(?:(?P<own>mijn|ons)\s+(?:ministerie|departement)\b|(?:de\s+|het\s+)?)",
                           re.IGNORECASE)


def _commissioner(ctx: DocContext, sentence: Sentence, cue: re.Match) -> Mention | None:
    if cue.group("own"):
        return writer_actor(ctx)  # "in opdracht van mijn ministerie": the ministry that signs the letter
    return next((m for m in ctx.in_span(cue.end(), sentence.end) if m.start == cue.end() and m.type in ACTORS), None)


def find_commissions(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "X collaboratesWith Y" for "X … in opdracht van Y" (not in a denied clause)."""
    if "opdracht van" not in sentence.text:
        return
    for cue in ctx.asserted_cues(_COMMISSIONED, sentence):
        commissioner = _commissioner(ctx, sentence, cue)
        worker = ctx.subject(sentence, cue.start())
        if commissioner is not None and worker is not None and worker.type in ACTORS \
                and worker.start == ctx.content_start(sentence):
            ctx.add(worker, "collaboratesWith", commissioner, sentence, "relations.in-opdracht-van", 0.7)
