"""A table row whose status says its project stopped or was finished: the roles and participations the row
gives are over (round 58t).

A programme's dashboard lists its projects with their trekker and a status column ("| project | trekker |
gemeenten | status |" with "groen", "rood", "gestopt", "afgerond"). A project that stopped or was
finished has no trekker any more and no towns taking part in it: "| Statushouders aan het werk | Karim Haddou
(Roosendaal) | Roosendaal, Breda | gestopt |" makes Haddou's trekkerschap past, where the table rules read it
as held. Only a column named for the state ("Status", "Stand", "Stand van zaken") counts, and only a cell
that opens with the word; a project "on hold" ("gepauzeerd"), "rood" or a remark that mentions stopping in
passing ("| Toelichting | Gestopt met de pilot in Ede, elders door |") changes nothing. A person's tie to
their own organisation (``affiliatedWith``) stays.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| project | trekker | status |\\n|---|---|---|\\n| Taalhuis Plus | Eva Smit (Tiel) | gestopt |\\n"
...         "| Werkroute Oost | Jan Kok (Ede) | groen |\\n")
>>> sorted((r.subject.text, r.past) for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-10-01").relations
...        if r.predicate == "hasRole")
[('Eva Smit', True), ('Jan Kok', False)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation, Sentence
from .table_layout import cells_of, header_name, header_rows

__all__ = ["with_stopped_rows"]

#: the column of each row's state
_STATUS_COLUMN = re.compile(r"status|stand(?: van zaken)?")
#: a state that ends the row's project: stopped, ended, finished
_STOPPED = re.compile(r"(?:gestopt|stopgezet|beëindigd|afgebroken|afgerond|voltooid)\b", re.IGNORECASE)
#: the marks a cell's word may stand in ("**gestopt**", "_afgerond_")
_MARKS = "*_ \t"


def _stopped_rows(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """``(start, end)`` of each table row whose status cell says its project stopped or was finished."""
    found = []
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[s:e]) for s, e in cells_of(text, header)]
        columns = [k for k, name in enumerate(names) if _STATUS_COLUMN.fullmatch(name)]
        if len(columns) != 1:
            continue
        for row in rows:
            cells = cells_of(text, row)
            if len(cells) == len(names) and _STOPPED.match(text[slice(*cells[columns[0]])].strip(_MARKS)):
                found.append((row.start, row.end))
    return found


def with_stopped_rows(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` with the roles and participations of a stopped or finished project's row made past."""
    rows = _stopped_rows(text, sentences) if "|" in text and _STOPPED.search(text) else []
    if not rows:
        return relations
    out = []
    for r in relations:
        if r.predicate in ("hasRole", "participatesIn") and not r.past and any(
                start <= r.subject.start and r.subject.end <= end and start <= r.evidence_start and r.evidence_end <= end
                for start, end in rows):
            r = dataclasses.replace(r, past=True)
        out.append(r)
    return out
