"""One row per term: a question's rows of evidence folded into the terms they tell (walkthrough 24,
finding 15).

``unit-role-timeline`` reads one row per piece of evidence: a chair named in three documents over one
continuous term was three rows. A question whose header says ``rows: terms`` gets its rows folded here,
after its engine answered (Oxigraph, rdflib or an endpoint: the same rows), by the rule that
``who-does-what`` applies to one person, role and body, but per term instead of over all time:

- the rows of one person (``person``), role (``role``) and body (``unit``) whose periods overlap or
  touch (a start on or before the day after the end so far; an open end reaches on) are one term; a gap
  between two periods, as a stated end and a later start give, or an end :mod:`graph.tenure` inferred
  from another holder's start, makes two terms;
- a row with an end and no start (``stopt per 1 juni``) belongs to the term whose period holds its end,
  else to a term of its own with the other such rows of that end (its start is not known);
- the term's start is the earliest start a row gives; its end is the latest end when no row starts
  after it (else none: the role goes on), with ``endedBy`` of the row that gives that end;
- ``documents`` is the number of documents that state the term; quote, document and evidence are those
  of the row that gives the start (a document's before a correction's of the same day); ``curation``
  lists the corrections (``file:line``) among its rows; ``past`` true only when every row says the role
  is over (false where a row says it is not, unbound where none says either).

The time filters choose the rows first (``--at``, ``--between``, ``--as-of``), so a term is the part
of the documents' evidence that the window keeps. The SPARQL text of the question (``g40kg questions
unit-role-timeline``) gives the rows before the fold.

Examples
--------
>>> from rdflib import Literal

from .document_periods import first_day, last_day
>>> rows = [{"person": "p/anna", "role": Literal("voorzitter"), "unit": "u", "start": Literal(start),
...          "end": Literal(end) if end else None, "documentId": Literal(doc)}
...         for start, end, doc in [("2023-06-20", "2026-03-31", "a"), ("2023-01-01", "2026-03-31", "b"),
...                                 ("2025-01-01", "2025", "c"), ("2027-01-01", None, "d")]]
>>> [(str(r["start"]), r["end"] and str(r["end"]), int(r["documents"])) for r in folded_terms(rows)]
[('2023-01-01', '2026-03-31', 3), ('2027-01-01', None, 1)]
"""

from __future__ import annotations

from datetime import date, timedelta

from rdflib import Literal

from .document_periods import first_day, last_day

__all__ = ["folded_terms", "term_result", "period_last_day"]


def period_last_day(text: str) -> str:
    """The last day of an ISO day, month or year as the tables show an end ("2025": 2025-12-31).

    >>> period_last_day("2025"), period_last_day("2024-02"), period_last_day("2025-05-31")
    ('2025-12-31', '2024-02-29', '2025-05-31')
    """
    return last_day(text[:10])


def _first_day(text: str) -> str:
    return first_day(text[:10])


def _day_after(day: str) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except ValueError:
        return day


def _text(value) -> str | None:
    return None if value is None or str(value) == "" else str(value)


def folded_terms(rows: list[dict]) -> list[dict]:
    """``rows`` (column → RDF term, as a question's result has them) folded into one row per term (the
    module's rule), in the question's order: start, end, person's name, document, correction."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault((str(row.get("person")), str(row.get("role")), str(row.get("unit"))), []).append(row)
    terms = [_term_row(term) for group in groups.values() for term in _terms(group)]
    return sorted(terms, key=lambda r: tuple(_text(r.get(c)) or "" for c in
                                             ("start", "end", "personLabel", "documentId", "curation")))


def _terms(rows: list[dict]) -> list[list[dict]]:
    """The rows of one person, role and body by term: the periods that overlap or touch."""
    started = sorted((r for r in rows if _text(r.get("start"))),  # on one day a document's quote before a correction
                     key=lambda r: (_first_day(str(r["start"])), not _text(r.get("documentId")),
                                    _text(r.get("documentId")) or ""))
    islands: list[tuple[list[dict], str | None]] = []  # the rows, and the last day reached (None: open)
    for row in started:
        end = _text(row.get("end"))
        last = period_last_day(end) if end else None
        if islands and (islands[-1][1] is None or _first_day(str(row["start"])) <= _day_after(islands[-1][1])):
            members, reach = islands[-1]
            islands[-1] = (members + [row], None if reach is None or last is None else max(reach, last))
        else:
            islands.append(([row], last))
    ends_only: dict[str, list[dict]] = {}
    undated: list[dict] = []
    for row in rows:
        if _text(row.get("start")):
            continue
        end = _text(row.get("end"))
        if end is None:
            undated.append(row)
            continue
        last = period_last_day(end)
        home = next((members for members, reach in reversed(islands)
                     if _first_day(str(members[0]["start"])) <= last and (reach is None or last <= reach)), None)
        if home is not None:
            home.append(row)
        else:
            ends_only.setdefault(last, []).append(row)
    return [members for members, _reach in islands] + list(ends_only.values()) + ([undated] if undated else [])


def _term_row(rows: list[dict]) -> dict:
    """One term's row: the first row with a start (else the first) with the term's start, end and counts."""
    first = rows[0]
    starts = [_first_day(str(r["start"])) for r in rows if _text(r.get("start"))]
    ends = [(period_last_day(str(r["end"])), r) for r in rows if _text(r.get("end"))]
    last_end, ender = max(ends, key=lambda pair: pair[0]) if ends else (None, None)
    open_end = last_end is None or (starts and max(starts) > last_end)
    documents = {str(r["documentId"]) for r in rows if _text(r.get("documentId"))}
    curations = list(dict.fromkeys(str(r["curation"]) for r in rows if _text(r.get("curation"))))
    notes = [r["note"] for r in rows if _text(r.get("note"))]
    term = dict(first)
    term["end"] = None if open_end else ender.get("end")
    term["endedBy"] = None if open_end else ender.get("endedBy")
    said = [str(r["past"]) for r in rows if r.get("past") is not None]  # the membership's g40:past, where it has one
    term["past"] = Literal(True) if said.count("true") == len(rows) else Literal(False) if "false" in said else None
    term["documents"] = Literal(len(documents))
    term["curated"] = Literal(bool(curations)) if "curated" in first else first.get("curated")
    term["curation"] = Literal("; ".join(curations)) if curations else None
    term["note"] = first.get("note") if _text(first.get("note")) else (notes[0] if notes else None)
    return term


def term_result(result):
    """A :class:`graph.query.QueryResult` of a ``rows: terms`` question with its rows folded
    (:func:`folded_terms`) and the column ``documents`` added."""
    from .query import QueryResult

    columns = list(result.columns) + ([] if "documents" in result.columns else ["documents"])
    return QueryResult(result.kind, columns=columns, rows=folded_terms(result.rows))
