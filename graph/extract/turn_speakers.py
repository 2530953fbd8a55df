"""The speakers of a recorded event's transcript take part in it: "Eva Smit: Welkom bij dit webinar. …".

A webinar's subtitles (read as turns, :mod:`graph.subtitle_text`), a symposium's transcript or a podcast's
written-out episode gives the words of each speaker after their name and a colon, a turn per paragraph. When its
first turn welcomes the audience to the event the recording is of ("welkom bij dit webinar", "… bij deze
bijeenkomst") and the document names one event, every person who speaks a turn took part in that event. A person
only named in a turn (a guest who could not come, a colleague who sends greetings, one who asked in the chat)
speaks no turn and is left alone, and so is a transcript whose first turn names no event of its own ("Welkom bij
de podcast" in a document that names two events).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ('Eva Smit: Goedemiddag en welkom bij dit webinar. Het webinar "Samen sterk" organiseren we met de VNG. '
...         'Wethouder Kees Bos kon er niet bij.\\n\\nTom de Wit: Dank je, Eva.\\n')
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == TURN_RULE)
[('Eva Smit', 'webinar "Samen sterk"'), ('Tom de Wit', 'webinar "Samen sterk"')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["TURN_RULE", "find_turn_speakers"]

TURN_RULE = "participation.turn-speaker"

#: a turn: a paragraph that opens with its speaker's name and a colon ("Eva Smit: …")
_TURN = re.compile(r"(?:\A|\n\n)(?P<name>[A-ZÀ-Ý][^\n:]{2,60}?):[ \t]+\S")
#: the first turn's welcome to the event the recording is of: "welkom bij dit webinar", "deze bijeenkomst"
_THIS_EVENT = re.compile(r"\b(?:dit|deze)\s+(?:online\s+)?(?:webinar|seminar|congres|symposium|bijeenkomst|sessie|"
                         r"conferentie|werkconferentie|livestream|masterclass|kennissessie|netwerkbijeenkomst|"
                         r"themabijeenkomst|inspiratiesessie|podcast|aflevering)\b", re.IGNORECASE)
#: fewest speakers a transcript has
_SPEAKERS = 2


def find_turn_speakers(ctx: DocContext) -> None:
    """Add participatesIn of every turn's speaker in the event the transcript records (see the module docstring)."""
    if ":" not in ctx.text or not ctx.search(_THIS_EVENT):  # (its words first)
        return
    persons = {(m.start, m.end): m for m in ctx.mentions if m.type == "Person"}
    turns = []
    for match in _TURN.finditer(ctx.text):
        speaker = persons.get((match.start("name"), match.end("name")))
        if speaker is not None:  # not "Vraag: …", "Ondertiteling: …"
            turns.append((match, speaker))
    if len({speaker.label for _, speaker in turns}) < _SPEAKERS \
            or turns[0][0].start("name") != len(ctx.text) - len(ctx.text.lstrip()):
        return  # a transcript opens with its first turn
    first_end = ctx.text.find("\n\n", turns[0][0].end())
    first_end = len(ctx.text) if first_end < 0 else first_end
    events = {m.label: m for m in ctx.mentions if m.type == "Event"}
    if len(events) != 1 or not _THIS_EVENT.search(ctx.text, turns[0][0].end(), first_end):
        return
    event, done = next(iter(events.values())), set()
    for match, speaker in turns:
        sentence = ctx.sentence_at(match.end() - 1)
        if sentence is not None and speaker.label not in done:  # the first turn of each: no time a later one tells
            done.add(speaker.label)
            ctx.add(speaker, "participatesIn", event, sentence, TURN_RULE, 0.7, stated_at=speaker.start)
