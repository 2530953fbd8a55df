"""Leaving what the text names by its kind: "Julia Nooteboom heeft het traineeprogramma per 1 maart 2025 verlaten"
ends her part in the "Traineeprogramma Publieke Stad" a table gave her (round 58t).

The leaving names the programme by its kind word alone ("het traineeprogramma", "de werkgroep", "het netwerk"),
which no mention resolves, so its date reached none of the person's facts. Where the person takes part in exactly
one thing whose name holds that kind word, that participation ended the day before the date "per" gives (or the
last day of the time "in" gives), and is past where that day is before the document's date. A leaving without
a date, one still to come ("gaat … per 1 maart 2026 verlaten" after the document), or a person in two such things
changes nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Julia Kok neemt deel aan het Traineeprogramma Publieke Stad. "
...         "Julia Kok heeft het traineeprogramma per 1 maart 2025 verlaten.")
>>> [(r.subject.text, r.past, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-06-17").relations if r.predicate == "participatesIn"]
[('Julia Kok', True, '2025-02-28')]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import change_date, day_before

__all__ = ["with_left_by_kind"]

#: "<naam> heeft het traineeprogramma per 1 maart 2025 verlaten", "… heeft de werkgroep in 2024 verlaten"
_LEFT_KIND = re.compile(r"[ \t]+(?:heeft|had)[ \t]+(?:het|de)[ \t]+(?P<kind>[a-zà-ÿ][\w-]{3,30})[ \t]+(?P<when>(?:per|in|op)[ \t]+"
                        r"[^,;:.()\n]{3,25}?)[ \t]+verlaten\b")


def with_left_by_kind(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the one participation a person left, named by its kind word, ended."""
    if "verlaten" not in text:
        return relations
    names = {r.subject.text for r in relations if r.predicate == "participatesIn" and r.subject.type == "Person"}
    ends: dict[tuple[str, str], str] = {}
    for name in names:
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            left = _LEFT_KIND.match(text, at.end())
            day = change_date(text, left.start("when"), left.end("when"), year=date) if left else None
            if day is not None and not (date and day > date[:10]):
                ends[(name, left.group("kind").lower())] = day_before(day)
    if not ends:
        return relations
    out = list(relations)
    for (name, kind), until in ends.items():
        ks = [k for k, r in enumerate(out) if r.predicate == "participatesIn" and r.subject.text == name
              and kind in r.object.text.lower()]
        if len({out[k].object.text.lower() for k in ks}) != 1:
            continue
        for k in ks:
            r = out[k]
            if not r.valid_until and (r.valid_from or "") <= until:
                out[k] = dataclasses.replace(r, past=r.past or bool(date and until < date[:10]), valid_until=until)
    return out
