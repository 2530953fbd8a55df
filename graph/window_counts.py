"""``collaborations-matrix`` under a window (``--as-of``, ``--at``, ``--from``/``--until``) from its evidence rows
kept beside the graph: :mod:`graph.window_roles`'s way for a question that counts.

The question's text counts, per actor and ministry, the distinct documents, passages, curated statements and
undated evidence nodes of its grouped subquery's rows, then labels each pair. A window only decides which
evidence rows take part; the pairs' labels and order are the answer's without a window. So:

* **kept** (:mod:`graph.derived`, keyed by the graph's stamp and the text): the subquery's rows without a
  window (``?ev``, ``?actor``, ``?ministry``, ``?doc``, ``?passage``, ``?statement``), cut from the expanded
  text, each node's filter inputs (:func:`graph.evidence_window.filter_inputs`), and the answer without a
  window (its pairs, labels and order);
* **asked**: the rows whose node the window keeps (:func:`graph.evidence_window.kept_by`, once per distinct
  input), counted per pair as the text counts them; a node is undated when it has no time value at all (no
  ``validFrom``, ``validUntil``, ``inferredUntil``, ``inferredFrom`` or ``dcterms:date``: the time filter's
  start and end are then unbound). The pairs with a row left, in the order of the answer without a window.

A node :func:`graph.window_roles._decided_here` does not decide (several combinations of time values; under
``--as-of`` an inferred end), or one with a time value that is not a day (the curation example's
``validFrom "2021"``), is asked of the text alone (``VALUES ?ev``) with the window, its rows (and its
``?ev_undated``) taking the place of its kept ones. ``--min-confidence``, a node that is no IRI, or a text
whose subquery or lines after it are not the ones this was written for: the text answers (None). ``--engine rdflib``, ``--endpoint``, a store in memory and a read-only folder run the text.
``tests/test_window_kept_55m.py`` compares the two.
"""

from __future__ import annotations

import hashlib
from typing import Any, Mapping

from rdflib import URIRef

from . import evidence_window
from .window_roles import _decided_here, _signatures, _Terms

__all__ = ["windowed_answer"]

#: the question this module answers
QUESTION = "collaborations-matrix"

_WINDOW = ("at", "from", "until", "as_of")
_HEAD = "SELECT ?actor ?ministry (COUNT(DISTINCT ?doc) AS ?d) (COUNT(DISTINCT ?passage) AS ?e)"
_GROUP_BY = "GROUP BY ?actor ?ministry\n    HAVING(BOUND(?actor) && ?actor != ?ministry)"
_SELECTED = ("ev", "actor", "ministry", "doc", "passage", "statement")
_COUNTED = ("documents", "evidence", "curations", "undated")
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

#: the digest of the text after the subquery's ``GROUP BY`` (its labels, projection and order) and of the
#: subquery's selection: another text (a changed question) is answered by its SPARQL
_OUTER_DIGEST = "b5644cb6a8d32ef1"


def windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``collaborations-matrix`` with ``bindings`` under a window, from the kept rows; None when
    the text must answer (module docstring)."""
    from .derived import keeps_results

    bound = {name: value for name, value in bindings.items() if value is not None}
    if not (keeps_results(dataset) and set(bound) & set(_WINDOW) and set(bound) <= set(_WINDOW)):
        return None
    table = _kept_table(dataset, question, timeout)
    if table is None:
        return None
    return _answer(dataset, question, table, bound, timeout)


def _parts(text: str) -> tuple[str, str] | None:
    """The subquery's ``WHERE`` group and the text after its ``GROUP BY`` … ``HAVING``; None: not found."""
    start, end = text.find(_HEAD), text.find(_GROUP_BY)
    where = text.find("WHERE {", start)
    if start < 0 or end < 0 or where < 0 or where > end:
        return None
    return text[where + len("WHERE "):end].strip(), text[start:where] + text[end:]


def _rows_text(where: str, values: str = "") -> str:
    body = where if not values else "{ " + values + "\n" + where[1:]
    return f"SELECT {' '.join('?' + name for name in _SELECTED)} ?ev_undated WHERE {body}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _kept_table(dataset, question, timeout) -> dict | None:
    from . import kept_answers
    from .derived import remembered
    from .questions import question_text

    parts = _parts(question_text(question, {}, engine="oxigraph"))
    if parts is None or _digest(parts[1]) != _OUTER_DIGEST:
        return None
    text = _rows_text(parts[0])
    table = remembered(dataset, "window-rows-" + question.name, {"text": text, "question": question.text},
                       lambda: _table(dataset, question, text, timeout),
                       code=(__file__, evidence_window.__file__, kept_answers.__file__), decode=_checked)
    return table if table["signatures"] is not None else None


def _table(dataset, question, text: str, timeout) -> dict:
    """``terms`` (written, :func:`graph.kept_answers._written`), ``rows`` ([its node's signature, its node's
    term, actor, ministry, doc, passage, statement, undated (0/1)]: -1 unbound), ``signatures`` (the distinct
    filter inputs, None for a node with a time value that is no day: asked of the text; the whole None when a node
is no IRI: the text answers), ``answer`` (the
    answer without a window: per pair its five terms, ``columns``)."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import question_text

    found = run_sparql(dataset, text, timeout=timeout, check=False).rows
    nodes = {row["ev"] for row in found}
    inputs = evidence_window.filter_inputs(dataset, nodes, timeout) if all(
        isinstance(node, URIRef) for node in nodes) else None
    if inputs is None and all(isinstance(node, URIRef) for node in nodes):  # a time value no day: those nodes asked
        inputs = {str(node): (evidence_window.filter_inputs(dataset, {node}, timeout) or {}).get(str(node))
                  for node in nodes}
    whole = run_sparql(dataset, question_text(question, {}, engine="oxigraph"), timeout=timeout, check=False)
    if inputs is None:
        return {"terms": [], "rows": [], "signatures": None, "answer": [], "columns": []}
    terms: list = []
    index: dict = {}

    def number(term) -> int:
        if term is None:
            return -1
        written = tuple(_written(term))
        if written not in index:
            index[written] = len(terms)
            terms.append(list(written))
        return index[written]

    signatures, signature_of = _signatures(inputs)
    rows = [[signature_of[str(row["ev"])], *(number(row.get(name)) for name in _SELECTED),
             int(inputs[str(row["ev"])] is not None and _undated(inputs[str(row["ev"])]))] for row in found]
    columns = list(whole.columns)
    labelled = [name for name in columns if name not in _COUNTED]
    answer = [[number(row.get(name)) for name in labelled] for row in whole.rows]
    return {"terms": terms, "rows": rows, "signatures": signatures, "answer": answer, "columns": columns}


def _undated(inputs: dict) -> bool:
    """No time value at all: the time filter's start and end unbound (``?ev_undated`` bound)."""
    return not any(inputs[name] for name in ("vf", "vu", "iu", "if", "dd"))


def _checked(data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError."""
    try:
        if set(data) != {"terms", "rows", "signatures", "answer", "columns"}:
            raise ValueError("not a table of collaborations-matrix's evidence rows")
        top, signatures = len(data["terms"]), len(data["signatures"] or ())
        if any(inputs is not None and not isinstance(inputs, dict) for inputs in data["signatures"] or ()):
            raise ValueError("a signature of another shape")
        width = len([name for name in data["columns"] if name not in _COUNTED])
        if any(len(row) != 8 or not 0 <= row[0] < signatures or row[7] not in (0, 1)
               or not all(-1 <= cell < top for cell in row[1:7]) for row in data["rows"]):
            raise ValueError("a row of another shape")
        if any(len(row) != width or not all(-1 <= cell < top for cell in row) for row in data["answer"]):
            raise ValueError("a pair of another shape")
        for term in data["terms"]:
            if term[0] not in ("u", "b", "l") or len(term) != (2 if term[0] != "l" else 4):
                raise ValueError("a term of another shape")
    except (TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a table of collaborations-matrix's evidence rows: {error}") from None
    return data


def _answer(dataset, question, table: dict, bound: Mapping[str, Any], timeout):
    """The pairs of the kept answer with their counts of the rows the window ``bound`` keeps, in its order."""
    from .kept_answers import _term
    from .query import QueryResult

    days = {name: (str(bound[name]) if bound.get(name) is not None else None) for name in _WINDOW}
    as_of = days["as_of"] is not None
    terms = [tuple(term) for term in table["terms"]]
    decisions = [evidence_window.kept_by(inputs, at=days["at"], since=days["from"], until=days["until"],
                                         as_of=days["as_of"]) if inputs is not None and _decided_here(inputs, as_of)
                 else None
                 for inputs in table["signatures"]]  # per signature: kept or not; None: its rows asked of the text
    kept = []  # (actor, ministry, doc, passage, statement, undated node) as written terms
    asked = set()
    for signature, node, actor, ministry, doc, passage, statement, undated in table["rows"]:
        decision = decisions[signature]
        if decision is None:
            asked.add(terms[node][1])
        elif decision:
            cells = [terms[cell] if cell >= 0 else None for cell in (actor, ministry, doc, passage, statement)]
            kept.append((*cells, terms[node] if undated else None))
    if asked:
        kept += _asked_rows(dataset, question, bound, sorted(asked), timeout)
    counted: dict[tuple, list[set]] = {}
    for actor, ministry, *values in kept:
        if actor is None or ministry is None or actor == ministry:
            continue  # the text's HAVING (an unbound ministry: no row of the text has one)
        sets = counted.setdefault((actor, ministry), [set(), set(), set(), set()])
        for found, value in zip(sets, values):
            if value is not None:
                found.add(value)
    columns = table["columns"]
    labelled = [name for name in columns if name not in _COUNTED]
    actor_at, ministry_at = labelled.index("actor"), labelled.index("ministry")
    objects, numbers = _Terms(table["terms"]), {}  # each term made once
    rows = []
    for pair in table["answer"]:
        key = (terms[pair[actor_at]], terms[pair[ministry_at]]) if min(pair[actor_at], pair[ministry_at]) >= 0 else None
        sets = counted.get(key)
        if sets is None:
            continue
        row = {name: objects[cell] for name, cell in zip(labelled, pair)}
        for name, found in zip(_COUNTED, sets):
            count = len(found)
            row[name] = numbers.get(count) or numbers.setdefault(count, _term(["l", str(count), _INTEGER, None]))
        rows.append({name: row[name] for name in columns})
    return QueryResult("select", columns=list(columns), rows=rows)


def _asked_rows(dataset, question, bound, nodes: list[str], timeout) -> list[tuple]:
    """The subquery's rows of the evidence ``nodes`` under the window ``bound``, asked of the text (``VALUES ?ev``)."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import question_text, sparql_term

    where, _ = _parts(question_text(question, dict(bound), engine="oxigraph"))
    values = "VALUES ?ev { " + " ".join(sparql_term(URIRef(node)) for node in nodes) + " }"
    found = run_sparql(dataset, _rows_text(where, values), timeout=timeout, check=False).rows
    return [tuple(None if row.get(name) is None else tuple(_written(row[name]))
                  for name in (*_SELECTED[1:], "ev_undated")) for row in found]
