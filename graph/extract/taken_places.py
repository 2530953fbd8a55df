"""Taking someone's place in a body with a possessive: "Haar opvolger is wethouder X. Hij neemt per 1 maart 2026
haar plaats in de stuurgroep in" (walkthrough 38, finding 6).

Dutch says a successor "neemt iemands plaats in" (takes someone's place). With the one succeeded named ("A neemt
per 1 november de plaats van B in de pijler X in") :mod:`graph.extract.seats` reads it; with a possessive
("zijn/haar plaats") the one succeeded is the one the taker succeeded in a succession the document states
("Haar opvolger is X", "X volgt Y op"). As there, the one who takes the place is a member ("lid") of the body
from the day given, the one whose place it was a member until the day before. The one who takes it is the
person named at the start of the clause or the one person a "Hij"/"Zij" there stands for
(:meth:`DocContext.pronoun_subject`). Nothing without a body after "in (de)", without a succession that names
whose place it was, or when the place is denied ("neemt haar plaats niet in").

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Stuurgroep City Deal Groene Pleinen\\n\\nHaar opvolger als wethouder van Ede is Eva Kok, die Jan Smit "
...         "opvolgt. Eva Kok neemt per 1 maart 2026 zijn plaats in de stuurgroep City Deal Groene Pleinen in.\\n")
>>> sorted((r.subject.text, r.object.label, r.past, r.valid_from, r.valid_until) for r in extract(
...     "d", text, gazetteer=load_gazetteer(), date="2026-02-10").relations if r.rule == "roles.seat-possessive")
[('Eva Kok', 'Stuurgroep City Deal Groene Pleinen', False, '2026-03-01', None), ('Jan Smit', 'Stuurgroep City Deal Groene Pleinen', False, None, '2026-02-28')]
"""

from __future__ import annotations

import re

from .context import HOLDERS, DocContext
from .model import Mention, Sentence
from .periods import change_date, day_before

__all__ = ["find_taken_places"]

#: "neemt/nam (per 1 maart 2026) zijn/haar plaats"; "in (de|het) <body> in" follows
_TAKES = re.compile(r"\b(?:neemt|nam)\s+(?:(?:per|vanaf|op|met\s+ingang\s+van)\s+[^,;.:()]{1,30}?\s+)?"
                    r"(?:zijn|haar)\s+plaats\b", re.IGNORECASE)
_IN_BODY = re.compile(r"\s+in\s+")
_ARTICLE = re.compile(r"(?:(?:de|het)\s+)?")
_OF_THE = re.compile(r"\s+van\s+(?:de|het)\s+")
_CLOSING_IN = re.compile(r"\s+(?:in|innemen)\s*(?=[.;:,]|$)")
_BODIES = HOLDERS | {"Organisation"}


def find_taken_places(ctx: DocContext) -> None:
    """Add the participations a taken place starts and ends (see the module)."""
    if "plaats" not in ctx.text:
        return
    succeeded = {r.subject.label: r.object for r in ctx.relations if r.predicate == "succeeded"}
    for sentence in ctx.sentences:
        if "plaats" not in sentence.text:
            continue
        mentions = ctx.in_sentence(sentence)
        for match in ctx.asserted_cues(_TAKES, sentence):
            _taken_place(ctx, sentence, mentions, match, succeeded)


def _taken_place(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match, succeeded) -> None:
    text = ctx.text
    where = _IN_BODY.match(text, match.end(), sentence.end)
    body = next((m for m in mentions if where and m.type in _BODIES
                 and _ARTICLE.fullmatch(text, where.end(), m.start)), None)  # "in de stuurgroep": the article in it or not
    if body is None:
        return
    end = body.end
    owner = _OF_THE.match(text, end, sentence.end)  # "de stuurgroep van de City Deal X"
    owner = next((m for m in mentions if owner and m.start == owner.end() and m.type in _BODIES), None)
    if not _CLOSING_IN.match(text, owner.end if owner is not None else end, sentence.end):
        return
    start = ctx.content_start(sentence)
    before = [m for m in mentions if start <= m.start < match.start()]
    if before:
        taker = before[0] if len(before) == 1 else None
    else:
        _is_person, taker = ctx.pronoun_subject(sentence)
    previous = succeeded.get(taker.label) if taker is not None and taker.type == "Person" else None
    if previous is None or previous.type != "Person" or previous.label == taker.label:
        return
    day = change_date(text, match.start(), match.end(), year=ctx.date)
    until = day_before(day) if day else None  # undated: the one succeeded had left by the document's day
    ctx.add(taker, "hasRole", body, sentence, "roles.seat-possessive", 0.7, role="lid", since=day)
    ctx.add(previous, "hasRole", body, sentence, "roles.seat-possessive", 0.65, role="lid",
            past=until is None or bool(ctx.date and until < ctx.date[:10]), until=until)
