"""Support for an event: "…, met (financiële) steun van het ministerie van BZK".

A sentence about an event (a conference, a werkconferentie) that adds "met (de) (financiële) steun
van X", "mede mogelijk gemaakt door X" or "met een bijdrage van X" names who backs it: X takes part
in it (``participatesIn``, as one who pays towards it does; see :mod:`graph.extract.funding`); so does a
learning network's (a programme of meetings, round 55l). A programme's backer is no party to the programme ("de City Deal, die de G40 met steun van BZK
startte"). The event supported is the first the sentence names before the phrase, or the one named
before that its opening points back to ("De conferentie werd …": the last event named with
"conferentie"). A denied support states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het congres Slimme Stad werd georganiseerd door de VNG, met steun van het ministerie van EZK."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.met-steun-van"]
[('EZK', 'congres Slimme Stad')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .network_names import is_network_label

__all__ = ["find_support"]

_SUPPORT = re.compile(r"\b(?:met\s+(?:de\s+)?(?:financiële\s+|subsidie\s+en\s+)?steun\s+van|mede\s+mogelijk\s+gemaakt\s+door|"
                      r"met\s+een\s+(?:financiële\s+)?bijdrage\s+van)\s+", re.IGNORECASE)
#: only an event: a programme's backer is no party to it (tests/test_extract_round19.py)
_SUPPORTED = frozenset({"Event"})


def _supported(mention: Mention) -> bool:
    """Whether ``mention`` is an event, or a learning network (a programme since round 55l, but one of meetings a
    backer pays towards, as it does an event's: "De leerkring X is gestart door de pijler, met steun van SZW")."""
    return mention.type in _SUPPORTED or (mention.type == "Programme" and is_network_label(mention.label))


def find_support(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<event>, met steun van X": X takes part in the event."""
    if "steun" not in sentence.text and "mogelijk" not in sentence.text and "bijdrage" not in sentence.text:
        return
    for cue in ctx.asserted_cues(_SUPPORT, sentence):
        things = [m for m in mentions if _supported(m) and m.end <= cue.start()] \
            or _named_before(ctx, sentence)
        if not things:
            continue
        for backer in ctx.list_after(cue.end(), sentence.end, types=ACTORS):
            ctx.add(backer, "participatesIn", things[0], sentence, "relations.met-steun-van", 0.7)


#: an opening that points back: "De conferentie …", "Het programma …"
_BACK = re.compile(r"\s*(?:De|Het|Deze|Dit)\s+([a-zà-ÿ-]{4,})\b")


def _named_before(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The last event named before ``sentence`` with the word its opening points back with."""
    opening = _BACK.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is None:
        return []
    word = opening.group(1).lower()
    before = [m for m in ctx.mentions if _supported(m) and m.end <= sentence.start and word in m.text.lower()]
    return before[-1:]
