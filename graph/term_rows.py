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

``who-is-who`` and ``members`` fold the same way, where a row is a term of someone in a body
(:data:`FOLDS`): a person's rows of one relation, direction, role and other entity (``who-is-who``: a
role, a participation, an affiliation, a contact, a lead; a succession or a collaboration stays one row
each), a member's rows of one relation and role in the target (``members``), each portfolio apart (a
wethouder's "Wonen" and "Wonen en Ruimte" are two rows). Their terms keep the question's order, each
where its first row was.

The time filters choose the rows first (``--at``, ``--between``, ``--as-of``), so a term is the part
of the documents' evidence that the window keeps. The SPARQL text of the question (``g40kg questions
unit-role-timeline``) gives the rows before the fold.

Examples
--------
>>> from rdflib import Literal
>>> rows = [{"person": "p/anna", "role": Literal("voorzitter"), "unit": "u", "start": Literal(start),
...          "end": Literal(end) if end else None, "documentId": Literal(doc)}
...         for start, end, doc in [("2023-06-20", "2026-03-31", "a"), ("2023-01-01", "2026-03-31", "b"),
...                                 ("2025-01-01", "2025", "c"), ("2027-01-01", None, "d")]]
>>> [(str(r["start"]), r["end"] and str(r["end"]), int(r["documents"])) for r in folded_terms(rows)]
[('2023-01-01', '2026-03-31', 3), ('2027-01-01', None, 1)]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import Literal

from .document_periods import first_day, last_day

__all__ = ["FOLDS", "Fold", "folded_terms", "term_result", "period_last_day"]


@dataclass(frozen=True)
class Fold:
    """How a question's rows fold into terms: the columns whose equal values make one holder's rows in
    one body (``key``), the ``order`` of the terms (none: the question's own, each term where its first
    row was) and the ``relations`` whose rows are terms (none: every row; another row stays as it is)."""

    key: tuple[str, ...]
    order: tuple[str, ...] | None = None
    relations: frozenset | None = None


#: the relations of a person's term in a body (a role, a participation, an affiliation, a contact, a lead)
TERM_RELATIONS = frozenset({"hasRole", "participatesIn", "affiliatedWith", "contactFor", "partOf", "ledBy"})

#: the questions whose header says ``rows: terms``, by name, and how their rows fold
FOLDS = {
    "unit-role-timeline": Fold(("person", "role", "unit"), ("start", "end", "personLabel", "documentId", "curation")),
    "who-is-who": Fold(("person", "relation", "direction", "role", "portfolio", "other"), relations=TERM_RELATIONS),
    "members": Fold(("target", "member", "relation", "role", "portfolio"), relations=TERM_RELATIONS),
}


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


def folded_terms(rows: list[dict], fold: Fold = FOLDS["unit-role-timeline"]) -> list[dict]:
    """``rows`` (column → RDF term, as a question's result has them) folded into one row per term (the
    module's rule) by ``fold``: in its ``order`` (``unit-role-timeline``'s: start, end, person's name,
    document, correction), else in the rows' own order, a term where its first row was.

    >>> from rdflib import Literal
    >>> rows = [{"member": "m", "relation": Literal(rel), "role": None, "start": Literal(start), "end": None,
    ...          "documentId": Literal(doc)} for rel, start, doc in [("participatesIn", "2024-01-01", "a"),
    ...          ("succeeded", "2024-02-01", "b"), ("participatesIn", "2024-03-01", "c")]]
    >>> [(str(r["relation"]), str(r["documentId"]), int(r["documents"])) for r in folded_terms(rows, FOLDS["members"])]
    [('participatesIn', 'a', 2), ('succeeded', 'b', 1)]
    """
    groups: dict[tuple, list[dict]] = {}
    for position, row in enumerate(rows):
        term_like = fold.relations is None or _text(row.get("relation")) in fold.relations
        key = tuple(str(row.get(column)) for column in fold.key) if term_like else ("row", position)  # else its own
        groups.setdefault(key, []).append(row)
    place = {id(row): position for position, row in enumerate(rows)}
    terms = [(min(place[id(row)] for row in term), _term_row(term)) for group in groups.values() for term in _terms(group)]
    if fold.order is None:
        return [row for _position, row in sorted(terms, key=lambda pair: pair[0])]
    return sorted((row for _position, row in terms),
                  key=lambda r: tuple(_text(r.get(c)) or "" for c in fold.order))


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
    open_end = last_end is None or (starts and max(starts) > last_end) or _told_on(rows, ender)
    documents = {str(r["documentId"]) for r in rows if _text(r.get("documentId"))}
    curations = list(dict.fromkeys(str(r["curation"]) for r in rows if _text(r.get("curation"))))
    notes = [r["note"] for r in rows if _text(r.get("note"))]
    term = dict(first)
    term["end"] = None if open_end else ender.get("end")
    if "endedBy" in first:  # a question without the column (members) gets none
        term["endedBy"] = None if open_end else ender.get("endedBy")
    if "past" in first:
        said = [str(r["past"]) for r in rows if r.get("past") is not None]  # the membership's g40:past, where it has one
        term["past"] = Literal(True) if said.count("true") == len(rows) else Literal(False) if "false" in said else None
    term["documents"] = Literal(len(documents))
    term["curated"] = Literal(bool(curations)) if "curated" in first else first.get("curated")
    term["curation"] = Literal("; ".join(curations)) if curations else None
    term["note"] = first.get("note") if _text(first.get("note")) else (notes[0] if notes else None)
    return term


def _told_on(rows: list[dict], ender: dict) -> bool:
    """Does a row of the document that gives the term's end (``ender``) start later than it and give no end:
    the same text tells a second term that goes on ("| 2022–2024 | X |", "| 2024–heden | X |"; walkthrough 35,
    finding 1), so the first one's end is no end of the role.

    >>> from rdflib import Literal
    >>> ended = {"start": Literal("2022-01-01"), "end": Literal("2024-12-31"), "documentId": Literal("d")}
    >>> on = {"start": Literal("2024-01-01"), "end": None, "documentId": Literal("d")}
    >>> _told_on([ended, on], ended), _told_on([ended, dict(on, documentId=Literal("e"))], ended)
    (True, False)
    """
    document, began = _text(ender.get("documentId")), _text(ender.get("start"))
    return document is not None and began is not None and any(
        _text(r.get("documentId")) == document and not _text(r.get("end")) and _text(r.get("start"))
        and _first_day(str(r["start"])) > _first_day(began) and str(r.get("past")) != "true" for r in rows)


def term_result(result, name: str = "unit-role-timeline"):
    """A :class:`graph.query.QueryResult` of the ``rows: terms`` question ``name`` with its rows folded
    (:func:`folded_terms`, by its :data:`FOLDS`) and the column ``documents`` added."""
    from .query import QueryResult

    columns = list(result.columns) + ([] if "documents" in result.columns else ["documents"])
    return QueryResult(result.kind, columns=columns, rows=folded_terms(result.rows, FOLDS[name]))
