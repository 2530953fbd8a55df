"""A fact a document tells twice takes the time it gives once (round 57t).

A document often names a post first without a time — a heading "Wethouder Eva Smit | Gemeente Ede", a
table row, "het overlijden van oud-wethouder Jan Kok", "Eva Smit benoemd tot burgemeester van Ede" — and
dates it further on: "Eva Smit is sinds 2 juni 2022 wethouder van Ede", "Van 2010 tot 2022 was hij wethouder
van Deventer", "… benoemd tot burgemeester van Ede met ingang van 9 december 2024". The export takes a fact's
time from its earliest evidence in the document (:func:`graph.fact_rows.iter_facts`), so the undated naming hid
the time the text gives. Here the undated relations of a fact take the one period the document's other
relations of that fact (same holder, predicate, other end and role) give: a start or an end of their own.

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


def _holder(mention) -> tuple:
    """A name as one document writes it in several ways: its last word and its first letter ("mr. E.C. (Esther)
    Baarslag" and "Esther Baarslag" are one; "Eva Smit" and "Jan Smit" are two)."""
    words = [w for w in _WORD.findall(mention.text) if not w.islower()] or _WORD.findall(mention.text) or [mention.text]
    return mention.type, words[-1].lower(), words[0][:1].lower()


def _key(relation: Relation) -> tuple:
    return (_holder(relation.subject), relation.predicate, relation.object.type, relation.object.text.lower(),
            (relation.role or "").lower())


def _dated(relation: Relation) -> bool:
    return bool(relation.valid_from or relation.valid_until)


def _fits(undated: Relation, period: tuple, date: str | None) -> bool:
    """May the undated naming take ``period`` (from, until, …, past)?"""
    since, until, _, _, past = period
    told_then = undated.past or undated.told_past or undated.appointed
    if until and not told_then and date and until[:len(date[:10])] < date[:10]:
        return False  # a present naming, a period that ended before the document: another term, perhaps
    if undated.past and not until and not past:
        return False  # "oud-wethouder" beside "is sinds 2022 wethouder": not one term
    return True


def with_dated_twins(relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with each undated relation given the one period the other relations of its fact give."""
    periods: dict[tuple, set] = {}
    for r in relations:
        if _dated(r):
            periods.setdefault(_key(r), set()).add(
                (r.valid_from, r.valid_until, r.valid_from_precision, r.valid_until_precision, r.past))
    if not periods:
        return relations
    out = []
    for r in relations:
        found = periods.get(_key(r)) if not _dated(r) else None
        if found and len(found) == 1 and _fits(r, period := next(iter(found)), date):
            since, until, since_precision, until_precision, past = period
            r = dataclasses.replace(r, valid_from=since, valid_until=until, valid_from_precision=since_precision,
                                    valid_until_precision=until_precision, past=r.past or past)
        out.append(r)
    return out
