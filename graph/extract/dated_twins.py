"""A fact a document tells twice takes the time it gives once (round 57t).

A document often names a post first without a time — a heading "Wethouder Eva Smit | Gemeente Ede", a
table row, "het overlijden van oud-wethouder Jan Kok", "Eva Smit benoemd tot burgemeester van Ede" — and
dates it further on: "Eva Smit is sinds 2 juni 2022 wethouder van Ede", "Van 2010 tot 2022 was hij wethouder
van Deventer", "… benoemd tot burgemeester van Ede met ingang van 9 december 2024". The export takes a fact's
time from its earliest evidence in the document (:func:`graph.fact_rows.iter_facts`), so the undated naming hid
the time the text gives. Here the undated relations of a fact take the one period the document's other
relations of that fact (same holder, predicate, other end and role) give: a start or an end of their own. A
relation with a start only takes the end the others give alone, and one with an end only their start ("Op 10
juni 2020 ondertekenden A en B de deal" … "B nam deel tot en met 2023").

Left alone: two periods for the fact (two terms), a present naming beside a period that ended before the
document's date ("Wethouder Eva Smit" over "Eva Smit was van 2010 tot 2014 wethouder": perhaps a second
term), and a naming told as over ("oud-wethouder") beside an open period not told as over.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wethouder Eva Smit (Ede) opende de dag. Eva Smit is sinds 2 juni 2022 wethouder van Ede."
>>> sorted({(r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-01-10").relations if r.predicate == "hasRole"})
[('Ede', '2022-06-02')]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation

__all__ = ["with_dated_twins"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: a sentence told in the past ("… voor zover daarbij X werd aangewezen als lid"): what held then
_PAST_TENSE = re.compile(r"\b(?:was|waren|werd|werden|had|hadden|zat|zaten)\b", re.IGNORECASE)


def _holder(mention) -> tuple[str, str | None]:
    """A name as one document writes it in several ways: its last word, and its first letter where it has two
    words or more ("mr. E.C. (Esther) Baarslag" and "Esther Baarslag" are one, "Baarslag" may be either;
    "Eva Smit" and "Jan Smit" are two)."""
    words = [w for w in _WORD.findall(mention.text) if not w.islower()] or _WORD.findall(mention.text) or [mention.text]
    return words[-1].lower(), words[0][:1].lower() if len(words) > 1 else None


def _key(relation: Relation) -> tuple:
    return (relation.subject.type, _holder(relation.subject)[0], relation.predicate, relation.object.type,
            relation.object.text.lower(), (relation.role or "").lower())


def _dated(relation: Relation) -> bool:
    return bool(relation.valid_from or relation.valid_until)


def _fits(undated: Relation, period: tuple, date: str | None, text: str) -> bool:
    """May the undated naming take ``period`` (from, until, …, past)?"""
    since, until, _, _, past = period
    told_then = undated.past or undated.told_past or undated.appointed \
        or _PAST_TENSE.search(text, undated.evidence_start, undated.evidence_end) is not None
    if until and not told_then and date and until[:len(date[:10])] < date[:10]:
        return False  # a present naming, a period that ended before the document: another term, perhaps
    if undated.past and not until and not past:
        return False  # "oud-wethouder" beside "is sinds 2022 wethouder": not one term
    return True


def _completed(r: Relation, twins: list[tuple]) -> Relation:
    """``r``, which has a start or an end only, with the other the fact's other relations give alone: "Op 10 juni
    2020 ondertekenden A en B de deal" … "B nam deel tot en met 2023" (one value, and the start not after the
    end)."""
    if r.valid_from:
        ends = {(until, precision, past) for since, until, _, precision, past in twins if until and not since}
        if len(ends) == 1 and (end := next(iter(ends)))[0] >= r.valid_from:
            return dataclasses.replace(r, valid_until=end[0], valid_until_precision=end[1], past=r.past or end[2])
    else:
        starts = {(since, precision) for since, until, precision, _, _ in twins if since and not until}
        if len(starts) == 1 and (start := next(iter(starts)))[0] <= r.valid_until:
            return dataclasses.replace(r, valid_from=start[0], valid_from_precision=start[1])
    return r


def with_dated_twins(relations: list[Relation], date: str | None, text: str = "") -> list[Relation]:
    """``relations`` with each undated relation given the one period the other relations of its fact give."""
    periods: dict[tuple, list] = {}
    for r in relations:
        if _dated(r):
            periods.setdefault(_key(r), []).append((_holder(r.subject)[1], (
                r.valid_from, r.valid_until, r.valid_from_precision, r.valid_until_precision, r.past)))
    if not periods:
        return relations
    out = []
    for r in relations:
        twins = periods.get(_key(r), []) if not _dated(r) else []
        initial = _holder(r.subject)[1]
        twins = [(i, p) for i, p in twins if initial is None or i is None or i == initial]
        found = {p for _, p in twins}
        one_holder = len({i for i, _ in twins} - {None}) <= 1
        if len(found) == 1 and one_holder and _fits(r, period := next(iter(found)), date, text):
            since, until, since_precision, until_precision, past = period
            r = dataclasses.replace(r, valid_from=since, valid_until=until, valid_from_precision=since_precision,
                                    valid_until_precision=until_precision, past=r.past or past)
        elif bool(r.valid_from) != bool(r.valid_until):
            r = _completed(r, [p for i, p in periods.get(_key(r), []) if initial is None or i is None or i == initial])
        out.append(r)
    return out
