"""A party another replaced: "Sinds juli 2024 is het ministerie van VRO namens het Rijk mede-ondertekenaar in plaats
van BZK" ends BZK's part in what the document has it take part in (round 58t).

"in plaats van X" with a start in its sentence ("sinds", "per", "vanaf" a date) tells that X's place went to
another then. The sentence need not name the programme again; where X takes part in exactly one thing in the
document, that participation is past, ending the day before the start (when it has no end of its own). A
sentence without a start ("in plaats van BZK tekent VRO"), a plan ("wordt per 1 januari 2027 … in plaats van"),
or a party that takes part in two things changes nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De City Deal Groene Wijken is op 14 november 2022 ondertekend door het ministerie van BZK en de gemeente "
...         "Tiel. Sinds juli 2024 is het ministerie van VRO namens het Rijk mede-ondertekenaar in plaats van BZK.")
>>> sorted((r.subject.text, r.past, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-06-17").relations if r.predicate == "participatesIn")
[('BZK', True, '2024-06-30'), ('Tiel', False, None)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import day_before, find_periods

__all__ = ["with_replaced_parties"]

#: "in plaats van (het ministerie van / de gemeente) BZK"
_INSTEAD_OF = re.compile(r"\bin[ \t]+plaats[ \t]+van[ \t]+(?:het[ \t]+ministerie[ \t]+van[ \t]+|de[ \t]+gemeente[ \t]+|"
                         r"de[ \t]+provincie[ \t]+)?(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    stop = _SENTENCE_END.search(text, at)
    return (starts[-1] if starts else max(0, at - 300)), (stop.start() if stop else len(text))


def with_replaced_parties(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the one participation of a party "in plaats van" which another came ended."""
    if "in plaats van" not in text:
        return relations
    ends: dict[str, str] = {}
    for match in _INSTEAD_OF.finditer(text):
        begin, end = _sentence(text, match.start())
        periods = [p for p in find_periods(text, begin, end, year=date) if p.valid_from and not p.valid_until]
        if len(periods) == 1 and not (date and periods[0].valid_from > date[:10]):
            ends[match.group("name")] = day_before(periods[0].valid_from)
    if not ends:
        return relations
    things: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "participatesIn" and r.subject.text in ends:
            things.setdefault(r.subject.text, set()).add(r.object.text.lower())
    out = []
    for r in relations:
        if r.predicate == "participatesIn" and len(things.get(r.subject.text, ())) == 1 and not r.past \
                and not r.valid_until and (r.valid_from or "") <= ends[r.subject.text]:
            r = dataclasses.replace(r, past=True, valid_until=ends[r.subject.text], valid_until_precision=None)
        out.append(r)
    return out
