"""Work done on commission: "X heeft in opdracht van Y onderzoek gedaan" (``collaboratesWith``).

An actor that does research or work "in opdracht van" another works with it; the worker opens the
sentence, or follows the verb after a fronted "In opdracht van Y". The commissioner may be named (also
after "het ministerie van", "de gemeente"), or be the letter writer's own ministry ("in opdracht van mijn ministerie" in a minister's
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

_COMMISSIONED = re.compile(r"\bin\s+opdracht\s+van\s+(?:(?P<own>mijn|ons)\s+(?:ministerie|departement)\b|(?:de\s+|het\s+)?"
                           r"(?:(?:ministerie\s+van|gemeente|provincie)\s+)?)", re.IGNORECASE)
#: the verb right after a fronted commissioner, then the worker: "In opdracht van de G40 onderzocht Platform31"
_VERB_THEN_WORKER = re.compile(r"\s*,?\s*[a-z]+\s+(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|stichting|bureau)\s+)?")


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
        if worker is None or worker.start != ctx.content_start(sentence):
            worker = _fronted_worker(ctx, sentence, cue, commissioner)
        if commissioner is not None and worker is not None and worker.type in ACTORS:
            ctx.add(worker, "collaboratesWith", commissioner, sentence, "relations.in-opdracht-van", 0.7)


def _fronted_worker(ctx: DocContext, sentence: Sentence, cue: re.Match, commissioner: Mention | None) -> Mention | None:
    """The worker after the verb when "In opdracht van Y" opens the sentence: "In opdracht van de G40
    onderzocht Platform31 de wijken" (Platform31)."""
    if commissioner is None or cue.start() != ctx.content_start(sentence):
        return None
    verb = _VERB_THEN_WORKER.match(ctx.text, commissioner.end, sentence.end)
    worker = next((m for m in ctx.in_span(commissioner.end, sentence.end) if verb and m.start == verb.end()), None)
    if worker is None or worker.type not in ACTORS or not ctx.asserted(sentence, cue.start(), sentence.end):
        return None  # "In opdracht van de G40 onderzocht Platform31 niet …"
    return worker
