"""Terms of one holder in consecutive rows of a table are one term (round 58t).

A table of holders per period ("| Periode | Bestuurlijk trekker | Rijkstrekker |") names the same person
again when the office stayed with them: "| 2020–2022 | … | Johan Bleeker (EZK) |", "| 2022–2024 | … | Johan
Bleeker (EZK) |", "| 2024–heden | … | Yara Mahabier |". The rows read each as a term of its own, so the first
row's end (2022) was the end of the office, though the next row goes on with it. Here the rows of one holder,
office and body whose periods adjoin — the later one starts in the year (or on the day after) the earlier one
ends — take the whole run: Bleeker 2020 to 2024. Only ended terms are joined: a row open to the present
("2024–heden") after "2022–2024" keeps its own start, as round 57m left it (the one holder's open term is not
closed by the earlier row's end). Rows that leave a gap ("2016–2018", "2020–2022"), rows of another holder,
and terms told in sentences stay as they are.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| Periode | Rijkstrekker |\\n|---|---|\\n| 2020–2022 | Johan Bleeker (EZK) |\\n"
...         "| 2022–2024 | Johan Bleeker (EZK) |\\n| 2024–heden | Yara Mahabier (EZK) |\\n")
>>> sorted({(r.subject.text, r.valid_from, r.valid_until, r.past) for r in extract("d",
...  "City Deal Zon\\n\\n" + text, gazetteer=load_gazetteer(), date="2026-10-02").relations if r.predicate == "hasRole"})
[('Johan Bleeker', '2020-01-01', '2024-12-31', True), ('Yara Mahabier', '2024-01-01', None, False)]
"""

from __future__ import annotations

import dataclasses
import datetime

from .model import Relation

__all__ = ["with_adjoining_terms"]


def _row(text: str, r: Relation) -> bool:
    """Whether ``r``'s evidence is one row of a table."""
    return text.startswith("|", r.evidence_start) and "\n" not in text[r.evidence_start:r.evidence_end]


def _adjoins(earlier: Relation, later: Relation) -> bool:
    """Whether ``later`` starts in the year ``earlier`` ends (both whole years) or on the day after its end."""
    if not (earlier.valid_until and later.valid_from) or earlier.evidence_start == later.evidence_start:
        return False
    if earlier.valid_until_precision == "year" and later.valid_from_precision == "year":
        return earlier.valid_until[:4] == later.valid_from[:4]
    day_after = datetime.date.fromisoformat(earlier.valid_until) + datetime.timedelta(days=1)
    return day_after.isoformat() == later.valid_from


def with_adjoining_terms(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the terms of one holder in adjoining table rows joined into one."""
    rows: dict[tuple, list[int]] = {}
    for k, r in enumerate(relations):
        if r.predicate == "hasRole" and r.valid_from and r.valid_until and _row(text, r):
            rows.setdefault((r.subject.text, r.object.text.lower(), (r.role or "").lower()), []).append(k)
    out = list(relations)
    for ks in rows.values():
        if len(ks) < 2:
            continue
        ks = sorted(ks, key=lambda k: relations[k].valid_from)
        runs = [[ks[0]]]
        for k in ks[1:]:
            if _adjoins(relations[runs[-1][-1]], relations[k]):
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in (run for run in runs if len(run) > 1):
            first, last = relations[run[0]], relations[run[-1]]
            for k in run:
                out[k] = dataclasses.replace(relations[k], valid_from=first.valid_from,
                                             valid_from_precision=first.valid_from_precision,
                                             valid_until=last.valid_until, valid_until_precision=last.valid_until_precision,
                                             past=last.past)
    return out
