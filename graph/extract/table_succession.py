"""Successive holders of one office in a table: who succeeded whom.

A board's composition, a register or a list of a city's burgemeesters gives each holder a row with
the period they held the office ("| A | voorzitter | 2019 – 1 mei 2022 |", "| B | voorzitter | sinds 1
juni 2022 |"). Of an office one person holds at a time (burgemeester, voorzitter, secretaris,
directeur …; not "lid" or "wethouder", which many hold together), the holder whose term starts
after another's ended succeeded them: the holders of the same office of the same body, in the
rows of one table, ordered by their start; a term that starts before the other's start, or more than
two years after its end (a vacancy, or a row missing between), says nothing.

Called once per document by :func:`graph.extract.relations.find_relations`, after the table roles.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("# Burgemeesters van Ede\\n\\n| Burgemeester | Periode |\\n|---|---|\\n| Anna Kroes | 2002 – 2014 |\\n"
...         "| Bram Wit | 2014 – 1 juni 2022 |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.rule) for r in ex.relations if r.predicate == "succeeded"]
[('Bram Wit', 'Anna Kroes', 'tables.opvolging')]
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .context import DocContext
from .model import Relation

__all__ = ["find_table_successions", "ONE_HOLDER"]

#: offices one person holds at a time (of one body)
ONE_HOLDER = frozenset({"burgemeester", "waarnemend burgemeester", "voorzitter", "vicevoorzitter", "secretaris",
                        "penningmeester", "directeur", "algemeen directeur", "gemeentesecretaris", "griffier",
                        "programmadirecteur", "directeur-generaal", "secretaris-generaal", "dijkgraaf",
                        "commissaris van de Koning", "bestuursvoorzitter", "directeur-bestuurder"})
#: how long an office may stand empty between two holders that follow each other
_VACANCY = timedelta(days=731)


def find_table_successions(ctx: DocContext) -> None:
    """Add "succeeded" between the successive holders of one office in the rows of one table."""
    offices: dict[tuple, list[Relation]] = {}
    for r in ctx.relations:
        if r.predicate == "hasRole" and r.rule.startswith("tables.") and r.valid_from \
                and _office(r.role) in ONE_HOLDER and r.subject.type == "Person":
            row = ctx.sentence_at(r.evidence_start)
            if row is not None and row.text.startswith("|"):
                offices.setdefault((_table_start(ctx, row.start), r.object.label, _office(r.role)), []).append(r)
    for holders in offices.values():
        terms = {r.subject.label: r for r in sorted(holders, key=lambda r: r.valid_from)}
        ordered = sorted(terms.values(), key=lambda r: r.valid_from)
        for old, new in zip(ordered, ordered[1:]):
            if _follows(old, new):
                row = ctx.sentence_at(new.evidence_start)
                count = len(ctx.relations)
                ctx.add(new.subject, "succeeded", old.subject, row, "tables.opvolging", 0.7)
                if len(ctx.relations) > count:  # the succession is the day the successor took office, not their term
                    ctx.relations[-1] = replace(ctx.relations[-1], valid_from=new.valid_from, valid_until=None, past=False,
                                                valid_from_precision=new.valid_from_precision, valid_until_precision=None)


def _office(role: str | None) -> str:
    """The office a role names, without "waarnemend" (an interim holds the office too).

    >>> _office("waarnemend burgemeester"), _office("Voorzitter")
    ('burgemeester', 'voorzitter')
    """
    return (role or "").lower().removeprefix("waarnemend ")


def _follows(old: Relation, new: Relation) -> bool:
    """Whether ``new``'s term starts after ``old``'s started, and no later than two years after it ended
    (a term given in whole years, "2014–2018" and "2018–2022", may share its last year).

    >>> from graph.extract.model import Mention
    >>> m = Mention(0, 1, "A", "Person", "", 1.0)
    >>> def term(a, b): return Relation(m, "hasRole", m, 0, 1, "tables.x", 0.7, "voorzitter", valid_from=a, valid_until=b)
    >>> _follows(term("2014-01-01", "2018-12-31"), term("2018-01-01", None))
    True
    >>> _follows(term("2014-01-01", None), term("2018-01-01", None)), _follows(term("2001-01-01", "2004-12-31"), term("2010-01-01", None))
    (False, False)
    """
    if not old.valid_until or len(old.valid_until) != 10 or len(new.valid_from) != 10 or new.valid_from <= old.valid_from:
        return False
    if new.valid_until and new.valid_until <= old.valid_until:
        return False
    end = date.fromisoformat(old.valid_until)
    start = date.fromisoformat(new.valid_from)
    return end - timedelta(days=366) < start <= end + _VACANCY


def _table_start(ctx: DocContext, at: int) -> int:
    """Where the table of the row at ``at`` starts: after the last blank line or non-table line before it."""
    start = at
    while True:
        previous = ctx.text.rfind("\n", 0, max(0, start - 1))
        line = ctx.text[previous + 1:start - 1] if start > 0 else ""
        if not line.startswith("|"):
            return start
        start = previous + 1
