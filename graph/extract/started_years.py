"""The year a programme was started, for who started it: "X is in 2021 gestart door Y".

A year with "in" is no period of its own ("in 2021" says when something happened, not from when it holds), so
the sentence's ``initiated`` facts get no time from :mod:`graph.extract.periods`; and "is gestart" reads as an
appointment without a date, which would start on the document's day. When the sentence of an undated
``initiated`` fact says the start happened in one year ("is in 2021 gestart door", "dat de G40 en het IPO in
2022 samen zijn gestart", "In 2019 lanceerde BZK de City Deal X") with a verb of starting, the fact holds from
that year. A sentence naming more than one year, or none with "in", or no verb of starting ("Het programma is
een initiatief van Y; in 2021 verscheen een rapport" says nothing of when Y started it) is left alone (round 55e).

Called by :func:`graph.extract.extract` on the relations found.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Nieuws\\n\\nDe City Deal Maan is in 2021 gestart door de gemeente Ede.\\n"
>>> [(r.subject.text, r.valid_from, r.valid_from_precision, r.appointed)
...  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-01-01").relations if r.predicate == "initiated"]
[('Ede', '2021-01-01', 'year', False)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation

__all__ = ["with_start_years"]

#: "in 2021", the year a thing happened
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
#: any year
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a verb of starting something
_STARTING = re.compile(r"\b(?:(?:op)?gestart|startte[n]?|opgericht|richtte[n]?\s+\w+\s+op|opgezet|zette[n]?\s+\w+\s+op|"
                       r"gelanceerd|lanceerde[n]?|geïnitieerd|initieerde[n]?|begonnen|in\s+het\s+leven\s+geroepen|"
                       r"riep(?:en)?\s+\w+\s+in\s+het\s+leven)\b", re.IGNORECASE)


def with_start_years(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations``, an undated ``initiated`` fact dated from the one year its sentence says the start happened."""
    out = []
    for r in relations:
        if r.predicate == "initiated" and r.valid_from is None and r.valid_until is None:
            quote = text[r.evidence_start:r.evidence_end]
            years = set(_YEAR.findall(quote))
            started = _IN_YEAR.search(quote)
            if started and len(years) == 1 and _STARTING.search(quote):
                r = dataclasses.replace(r, valid_from=f"{started.group(1)}-01-01", valid_from_precision="year",
                                        appointed=False)
        out.append(r)
    return out
