"""Which evidence nodes a time window keeps, decided in Python: the twin of :func:`graph.timefilter.time_filter`.

A kept listing (:mod:`graph.side_join`) keeps its rows beside the graph with their evidence nodes;
under ``--at``, ``--from``/``--until`` or ``--as-of`` it keeps the rows whose evidence the window
keeps. :func:`filter_inputs` reads, once, what the SPARQL filter reads of each evidence node (its
``validFrom``, ``validUntil``, ``inferredUntil`` with what ended it, ``inferredFrom``, ``dcterms:date``,
its documents' date and period, ``g40:past``, ``g40:validUntilPrecision``); :func:`kept_by` evaluates
the filter on them, expression by expression, with SPARQL's rules: every combination of the values of
a property that has several is a row of its own (the node is kept when one row is), a comparison with
an unbound value is an error, ``&&``/``||`` are three-valued (``false && error`` is false, ``true ||
error`` true), an ``IF`` or a ``BIND`` of an error leaves its value unbound, and inside the ``EXISTS``
on the document's period the evidence's own date (``?ev_dd``, in scope there) stands for the
document's. Only for dates: every value it reads must be an ``xsd:date`` day (``YYYY-MM-DD``, what a
build writes), compared as text; :func:`filter_inputs` returns None otherwise, and the caller runs the
SPARQL. ``tests/test_evidence_window.py`` compares both on both engines over every case of the filter
and many dates.

>>> inputs = {"vf": ["2023-01-01"], "vu": [], "if": [], "dd": ["2024-03-01"], "iu": [], "docs": [],
...           "past": False, "vup": False}
>>> kept_by(inputs, as_of="2022-12-31"), kept_by(inputs, as_of="2023-01-01"), kept_by(inputs, at="2030-01-01")
(False, True, True)
"""

from __future__ import annotations

import re
from itertools import product

__all__ = ["filter_inputs", "kept_by"]

#: an error of a SPARQL expression (unbound values compared, COALESCE of nothing)
_ERROR = object()

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

_VALUES = """SELECT ?ev ?p ?o WHERE {{ VALUES ?ev {{ {nodes} }}
  {{ ?ev g40:validFrom ?o BIND("vf" AS ?p) }} UNION {{ ?ev g40:validUntil ?o BIND("vu" AS ?p) }}
  UNION {{ ?ev g40:inferredFrom ?o BIND("if" AS ?p) }} UNION {{ ?ev dcterms:date ?o BIND("dd" AS ?p) }} }}"""
_ENDS = """SELECT ?ev ?iuall ?by ?byf ?byu ?byd ?byp WHERE {{ VALUES ?ev {{ {nodes} }}
  ?ev g40:inferredUntil ?iuall
  OPTIONAL {{ ?ev g40:endedBy ?by OPTIONAL {{ ?by g40:validFrom ?byf }} OPTIONAL {{ ?by g40:validUntil ?byu }}
    OPTIONAL {{ ?by prov:wasDerivedFrom ?bydoc OPTIONAL {{ ?bydoc dcterms:date ?byd }}
                OPTIONAL {{ ?bydoc g40:periodStart ?byp }} }} }} }}"""
_DOCUMENTS = """SELECT ?ev ?doc ?date ?start ?end WHERE {{ VALUES ?ev {{ {nodes} }}
  ?ev prov:wasDerivedFrom ?doc OPTIONAL {{ ?doc dcterms:date ?date }} OPTIONAL {{ ?doc g40:periodStart ?start }}
  OPTIONAL {{ ?doc g40:periodEnd ?end }} }}"""
_FLAGS = """SELECT ?ev ?flag WHERE {{ VALUES ?ev {{ {nodes} }}
  {{ ?ev g40:past true BIND("past" AS ?flag) }} UNION {{ ?ev g40:validUntilPrecision ?precision BIND("vup" AS ?flag) }} }}"""

def filter_inputs(dataset, nodes, timeout: float | None) -> dict[str, dict] | None:
    """Evidence IRI → what :func:`kept_by` reads of it, for the evidence ``nodes`` (IRIs); None when a
    value is not an ``xsd:date`` day (the SPARQL filter must answer)."""
    from rdflib import URIRef

    from .query import run_sparql
    from .questions import sparql_term

    nodes = sorted({str(node) for node in nodes})
    inputs = {node: {"vf": [], "vu": [], "if": [], "dd": [], "iu": [], "docs": [], "past": False, "vup": False}
              for node in nodes}
    if not nodes:
        return inputs
    written = " ".join(sparql_term(URIRef(node)) for node in nodes)

    def rows(template):
        return run_sparql(dataset, template.format(nodes=written), timeout=timeout, check=False).rows

    try:
        for row in rows(_VALUES):
            inputs[str(row["ev"])][str(row["p"])].append(_day(row["o"]))
        ends: dict[str, dict] = {}
        for row in rows(_ENDS):
            combination = [_day(row[name]) for name in ("byf", "byu", "byd", "byp")]
            ends.setdefault(str(row["ev"]), {}).setdefault(_day(row["iuall"]), []).append(combination)
        for node, by_end in ends.items():
            inputs[node]["iu"] = [[end, combinations] for end, combinations in by_end.items()]
        for row in rows(_DOCUMENTS):
            inputs[str(row["ev"])]["docs"].append([_day(row[name]) for name in ("date", "start", "end")])
    except ValueError:
        return None
    for row in rows(_FLAGS):
        inputs[str(row["ev"])][str(row["flag"])] = True
    return inputs


def _day(term) -> str | None:
    """An ``xsd:date`` day's text (None: unbound); ValueError for any other value."""
    if term is None:
        return None
    if str(getattr(term, "datatype", "")) != _XSD_DATE or not _DAY.fullmatch(str(term)):
        raise ValueError(f"not a day: {term!r}")
    return str(term)


def kept_by(inputs: dict, at: str | None = None, since: str | None = None, until: str | None = None,
            as_of: str | None = None) -> bool:
    """Does the window (``at``; ``since`` (``from``) and ``until``; ``as_of``: ISO days, None for unbound)
    keep the evidence node whose :func:`filter_inputs` are ``inputs``? As :func:`graph.timefilter.time_filter`
    does with those parameters bound (its ``as_of`` line only when ``as_of`` is given)."""
    if as_of is None:
        ends = [(end, None) for end, _ in inputs["iu"]] or [(None, None)]
    else:
        ends = [(end, by) for end, combinations in inputs["iu"] for by in combinations] or [(None, None)]
    for valid_from, valid_until, (inferred, by), announced, dated in product(
            inputs["vf"] or [None], inputs["vu"] or [None], ends, inputs["if"] or [None], inputs["dd"] or [None]):
        if _row_kept(inputs, valid_from, valid_until, inferred, by, announced, dated, at, since, until, as_of):
            return True
    return False


def _row_kept(inputs, vf, vu, iuall, by, announced, dd, at, since, until, as_of) -> bool:
    """One row of the filter's joins: its FILTERs all true."""
    iu = iuall
    if as_of is not None and by is not None:  # _KNOWN_END_BIND: the end not known on as_of
        byf, byu, byd, byp = by
        unknown = _and(_and(_compare(_coalesce(byd, byp, as_of), ">", as_of),
                            _compare(_coalesce(byf, byd, byp), ">", as_of)),
                       _compare(_coalesce(byu, as_of), ">=", as_of))
        iu = iuall if unknown is False else None
    elif as_of is not None:
        unknown = _compare(as_of, ">", as_of)  # every by-value unbound: COALESCE gives as_of
        iu = iuall if unknown is False else None
    d = _coalesce(announced, dd)
    d = None if d is _ERROR else d
    stated = vf is not None or vu is not None
    if stated:
        start = vf
        earlier = _and(iu is not None, _or(vu is None, _compare(iu, "<", vu)))
        end = iu if earlier is True else vu if earlier is False else None
    else:
        ended_before = _and(iu is not None, _compare(iu, "<", d))
        start = d if ended_before is False else None
        end = iu if iu is not None else d
    held = start if start is not None else end
    if at is not None and _and(_or(held is None, _compare(held, "<=", at)), _or(end is None, _compare(at, "<=", end))) is not True:
        return False
    if since is not None and _or(end is None, _compare(since, "<=", end)) is not True:
        return False
    if until is not None and _or(held is None, _compare(held, "<=", until)) is not True:
        return False
    if as_of is None:
        return True
    if vf is not None:
        started = _compare(vf, "<=", as_of)
    elif d is not None:
        started = _compare(d, "<=", as_of)
    else:  # NOT EXISTS a document dated (or whose period starts) after as_of
        started = not any((day is not None and day > as_of) or (first is not None and first > as_of)
                          for day, first, _ in inputs["docs"])
    period_only = _document_period_only(inputs, vf, vu, dd)
    own_end = _and(_and(stated, end is not None), _not(_and(_and(vu is not None, _equal(end, vu)), period_only)))
    if own_end is True:
        ended = _compare(as_of, "<=", end)
    elif own_end is False:
        ended = _and(_or(iu is None, _compare(as_of, "<=", iu)), not inputs["past"])
    else:
        ended = _ERROR
    return _and(started, ended) is True


def _document_period_only(inputs, vf, vu, dd) -> bool:
    """The ``EXISTS`` of ``time_filter``'s ``as_of`` line: the fact's period is only its document's (no
    precision the text gave). ``?ev_dd`` is in scope there: the evidence's own date, when it has one, is
    the date the document must have."""
    if vf is None or vu is None or inputs["vup"]:
        return False  # STR of an unbound value: an error, the FILTER false
    for day, first, last in inputs["docs"]:
        day = dd if dd is not None else day
        starts = vf == ((first or "~") + "-01-01")[:10] or vf == ((day or "~") + "-01-01")[:10]
        ends = vu.startswith(last or "~") or vu.startswith(day or "~")
        if starts and ends:
            return True
    return False


def _coalesce(*values):
    for value in values:
        if value is not None and value is not _ERROR:
            return value
    return _ERROR


def _compare(left, operator: str, right):
    """A comparison of two days (ISO text) or an error when one is unbound."""
    if left is None or right is None or left is _ERROR or right is _ERROR:
        return _ERROR
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[operator]


def _equal(left, right):
    return _ERROR if left is None or right is None else left == right


def _and(left, right):
    if left is False or right is False:
        return False
    return _ERROR if left is _ERROR or right is _ERROR else True


def _or(left, right):
    if left is True or right is True:
        return True
    return _ERROR if left is _ERROR or right is _ERROR else False


def _not(value):
    return value if value is _ERROR else not value
