"""The term a row of appointments gives beside a name: "| Herbenoeming van X tot penningmeester | Tweede termijn, tot
en met juni 2030 |" and "| Benoeming van Y tot lid van het bestuur | Opvolger van Z (Lelystad), bestuurslid van 2022
tot en met mei 2026 |" (round 58t).

A meeting's table of (re)appointments names the post in its first cell and the term in a cell after it. Two
readings:

- the appointed one's post ("tot penningmeester", read by the appointment rules without a time) ends where a
  later cell of its row is a term alone: "tot en met juni 2030", "Tweede termijn, tot en met juni 2030";
- the predecessor's post, read from "Opvolger van Z" as the post the row fills, takes the term the cell gives
  right after Z's name, where its role word is that post ("bestuurslid" of a post "lid" of "het bestuur", or the
  role word itself): from the start to the end, past where it ended before the document's date.

A cell that also says something else ("Voordracht van het bestuur", "tot nader order"), another role word, or
a post that has a time already keeps its time.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Algemene ledenvergadering G40\\n\\n### Benoemingen en herbenoemingen in het bestuur\\n\\n| Voorstel | Toelichting | Uitkomst |\\n|---|---|---|\\n"
...         "| Herbenoeming van mw. Eva Smit, wethouder van Ede, tot penningmeester | Tweede termijn, tot en met juni 2030 "
...         "| Aangenomen |\\n| Benoeming van mw. Lisa Arts, wethouder van Epe, tot lid van het bestuur namens de pijler Fysiek | Opvolger van "
...         "dhr. Jan Kok (Tiel), bestuurslid van 2022 tot en met mei 2026 | Aangenomen |\\n")
>>> sorted((r.subject.text, r.role, r.valid_from, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2026-06-12").relations if r.predicate == "hasRole" and r.object.text == "bestuur")
[('Eva Smit', 'penningmeester', None, '2030-06-30'), ('Jan Kok', 'lid', '2022-01-01', '2026-05-31'), ('Lisa Arts', 'lid', None, None)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["with_row_terms"]

#: a cell that is a term alone: "tot en met juni 2030", "Tweede termijn, tot en met juni 2030"
_TERM_CELL = re.compile(r"[ \t]*(?:(?:eerste|tweede|derde|nieuwe)[ \t]+termijn,?[ \t]+)?(?P<when>tot(?:[ \t]+en[ \t]+met)?[ \t]+"
                        r"(?:\d{1,2}[ \t]+)?(?:[a-z]+[ \t]+)?\d{4})[ \t]*\|", re.IGNORECASE)
#: after the predecessor's name: " (Lelystad), bestuurslid van 2022 tot en met mei 2026"
_PREDECESSOR_TERM = re.compile(r"(?:[ \t]*\([^()|\n]{1,40}\))?[ \t]*,[ \t]+(?P<role>[\w-]+)[ \t]+(?P<when>van[ \t]+[^|,;\n]{4,40}?)"
                               r"[ \t]*(?=\||$|[,;.])", re.MULTILINE)


def _row(text: str, r: Relation) -> tuple[int, int] | None:
    """(start, end) of the one table row that holds ``r``'s evidence."""
    start = text.rfind("\n", 0, r.evidence_start) + 1
    end = text.find("\n", r.evidence_start)
    end = len(text) if end < 0 else end
    return (start, end) if text.startswith("|", start) and r.evidence_end <= end else None


def _term(r: Relation, periods: list, date: str | None) -> Relation:
    term = periods[0]
    ended = bool(term.valid_until and date and term.valid_until < date[:10])
    return dataclasses.replace(r, valid_from=term.valid_from or r.valid_from,
                               valid_from_precision=term.from_precision if term.valid_from else r.valid_from_precision,
                               valid_until=term.valid_until, valid_until_precision=term.until_precision,
                               past=r.past or ended)


def with_row_terms(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the terms a table row of appointments gives beside a name."""
    if "|" not in text or "tot" not in text:
        return relations
    out = []
    for r in relations:
        row = _row(text, r) if r.predicate == "hasRole" and not (r.valid_from or r.valid_until) else None
        if row is not None and r.rule == "roles.benoemd-tot":
            bar = text.find("|", r.subject.end, row[1])  # the end of the appointment's cell
            cell = _TERM_CELL.match(text, bar + 1) if bar >= 0 else None
            periods = find_periods(text, cell.start("when"), cell.end("when"), year=date) if cell else []
            if len(periods) == 1 and periods[0].valid_until and not periods[0].valid_from:
                r = _term(r, periods, date)
        elif row is not None and r.rule == "succession.row-successor" and r.past:
            after = _PREDECESSOR_TERM.match(text, r.subject.end, row[1])
            word = after.group("role").lower() if after else ""
            post = (r.role or "").lower()
            if after and word in (post, f"{r.object.text.lower()}{post}", f"{r.object.text.lower()}s{post}"):
                periods = find_periods(text, after.start("when"), after.end("when"), year=date)
                if len(periods) == 1 and periods[0].valid_from and periods[0].valid_until:
                    r = _term(r, periods, date)
        out.append(r)
    return out
