"""A bewindspersoon's published agenda: each appointment that is an event is one the minister takes part in.

Rijksoverheid.nl publishes the external appointments of each minister and state secretary a week at a time, a
table of date, time, appointment and place under the title "Agenda minister X" (or "Agenda staatssecretaris X")::

    Agenda minister Van Dam

    | Datum | Tijd | Afspraak | Locatie |
    |---|---|---|---|
    | ma 10-02-2025 | 10.00–11.30 | Bestuurlijk overleg Wonen met de G40, Namens de G40 … | Den Haag |
    | di 11-02-2025 | 09.30–15.30 | Werkbezoek Almere, Op uitnodiging van … | Almere |
    | wo 12-02-2025 | 19.30–21.00 | Netwerkbijeenkomst Wijken, Geannuleerd. | Utrecht |

The appointment's title opens its cell, up to the first comma (the cell's own lines joined); a title whose first
word names a kind of event (an overleg, a werkbezoek, a debat, a bijeenkomst, a congres, a conferentie, a top) is
that event, its name without what follows "met", "van" or "door" ("Bestuurlijk overleg Wonen": the G40 stays a party
of its own), and
the agenda's owner takes part in it. A conversation or an introduction ("Gesprek met Aedes", "Kennismaking met
…") is no event; a row that says the appointment was cancelled or that someone else stands in for the owner
("Geannuleerd", "gaat niet door", "wordt vervangen door", "spreekt niet zelf") gives the event but not the owner's
part. A person the row says comes too takes part in its event ("Gedeputeerde X sluit aan", "Zij worden vergezeld door
X", "Op uitnodiging van wethouder X bezoekt de minister …", "zij wordt vervangen door X", "Dagvoorzitter is X"); a
person named otherwise ("Met X, directeur van Aedes") does not. A table without an "Afspraak" column, or a text whose title is no agenda, nothing (round 58u).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Agenda minister Van Dam\\n\\nMinister van Binnenlandse Zaken Eva van Dam.\\n\\n"
...         "| Datum | Tijd | Afspraak | Locatie |\\n|---|---|---|---|\\n"
...         "| di 11-02-2025 | 09.30–15.30 | Werkbezoek Almere, Op uitnodiging van de gemeente. | Almere |\\n"
...         "| wo 12-02-2025 | 19.30–21.00 | Netwerkbijeenkomst Wijken, Geannuleerd. | Utrecht |\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == AGENDA_RULE)
[('Eva van Dam', 'Werkbezoek Almere')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["AGENDA_RULE", "agenda_events", "find_agenda_rows"]

AGENDA_RULE = "participation.agenda-row"

#: the title of a bewindspersoon's agenda: "Agenda minister Van Dalfsen-Krook", "Agenda staatssecretaris X"
_TITLE = re.compile(r"\A[ \t\n]*Agenda[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?(?:minister(?:-president)?|staatssecretaris)[ \t]+"
                    r"(?P<name>[^\n,|]{2,60}?)[ \t]*(?:,|\||\n)")
#: the header of the table: a column "Afspraak" (or "Afspraken", "Activiteit")
_HEADER = re.compile(r"^[ \t]*\|(?P<cells>.*\|[ \t]*(?:Afspraak|Afspraken|Activiteit)[ \t]*\|.*)$", re.MULTILINE | re.IGNORECASE)
#: the first word of a title that names an event
_EVENT_HEAD = re.compile(r"(?:(?:Bestuurlijk|Ambtelijk)[ \t]+overleg|Overleg|Werkbezoek|Bezoek|\w*[Dd]ebat|Notaoverleg|"
                         r"Wetgevingsoverleg|\w*[Bb]ijeenkomst|\w*[Cc]ongres|\w*[Cc]onferentie|Symposium|\w+top|Top|"
                         r"Webinar|Rondetafelgesprek)\b")
#: a row whose appointment the owner does not keep
_NOT_KEPT = re.compile(r"\b(?:geannuleerd|afgelast|gaat\s+niet\s+door|vervalt|afgezegd|wordt\s+vervangen\s+door|"
                       r"spreekt\s+niet\s+zelf|niet\s+aanwezig)\b", re.IGNORECASE)


#: a sentence of a row that says who comes too: "X sluit aan", "Zij worden vergezeld door X", "Op uitnodiging van
#: wethouder X bezoekt de minister …", "zij wordt vervangen door X", "Dagvoorzitter is X"
_JOINS = re.compile(r"\bslui(?:t|ten)\s+aan\b|\bvergezeld\s+door\b|\bop\s+uitnodiging\s+van\b|\bvervangen\s+door\b|"
                    r"\b(?:dagvoorzitter|gespreksleider|moderator)\s+is\b", re.IGNORECASE)


def _rows(text: str):
    """(cell start, cell end, row start, row end) of the appointment cell of each row of an agenda's table."""
    if _TITLE.match(text) is None:
        return
    for header in _HEADER.finditer(text):
        names = [c.strip().lower() for c in header.group(0).strip().strip("|").split("|")]
        column = next(k for k, n in enumerate(names) if n in ("afspraak", "afspraken", "activiteit"))
        position = text.find("\n", header.end()) + 1
        while 0 < position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end]
            if not line.lstrip().startswith("|"):
                break
            bars = [position + k for k, c in enumerate(line) if c == "|"]
            if len(bars) == len(names) + 1 and not re.fullmatch(r"[\s|:-]+", line):
                yield bars[column] + 1, bars[column + 1], position, end
            position = end + 1


def _title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an event's title at the opening of an appointment cell, None when it names no event."""
    while start < end and text[start] in " \t":
        start += 1
    stop = re.search(r",[ \t]|\.[ \t]|\.?[ \t]*$", text[start:end])
    title_end = start + (stop.start() if stop else end - start)
    title = text[start:title_end]
    joined = re.search(r"[ \t]+(?:met|van|door)[ \t]", title)
    if joined is not None:
        title_end = start + joined.start()
    if _EVENT_HEAD.match(text, start, title_end) is None or title_end - start < 5:
        return None
    return start, title_end


def agenda_events(text: str) -> list[Mention]:
    """The events the appointments of a bewindspersoon's agenda name (see the module).

    >>> [m.text for m in agenda_events("Agenda minister Kok\\n\\n| Datum | Afspraak |\\n|---|---|\\n"
    ...                                "| ma 3-3-2025 | Bestuurlijk overleg Wonen met de G40, Namens … |\\n"
    ...                                "| di 4-3-2025 | Gesprek met Aedes |\\n")]
    ['Bestuurlijk overleg Wonen']
    """
    found = []
    for start, end, _row_start, _row_end in _rows(text) if "Agenda" in text else ():
        title = _title(text, start, end)
        if title is not None:
            found.append(Mention(title[0], title[1], text[title[0]:title[1]], "Event", "events.agenda-row", 0.8))
    return found


def find_agenda_rows(ctx: DocContext) -> None:
    """The agenda's owner takes part in each event of its rows that the row does not call off."""
    title = _TITLE.match(ctx.text) if ctx.text.lstrip().startswith("Agenda") else None
    if title is None:
        return
    surname = title.group("name").strip().casefold()
    named = [m for m in ctx.mentions if m.type == "Person"
             and (m.label.casefold() == surname or m.label.casefold().endswith(" " + surname))]
    if not named:
        return
    owner = max(named, key=lambda m: len(m.label))  # "Eva van Dam" of the line under the title "Agenda minister Van Dam"
    for start, end, row_start, row_end in _rows(ctx.text):
        event = next((m for m in ctx.in_span(start, end) if m.type == "Event"
                      and not ctx.text[start:m.start].strip()), None)
        sentence = ctx.sentence_at(event.start) if event is not None else None
        if event is None or sentence is None:
            continue
        if not _NOT_KEPT.search(ctx.text, row_start, row_end):
            ctx.add(owner, "participatesIn", event, sentence, AGENDA_RULE, 0.7)
        for person in (m for m in ctx.in_span(event.end, end) if m.type == "Person" and m.label != owner.label):
            told = ctx.sentence_at(person.start)
            if told is not None and _JOINS.search(ctx.text, told.start, told.end):
                ctx.add(person, "participatesIn", event, told, AGENDA_RULE, 0.7)
