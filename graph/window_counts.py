"""``collaborations-matrix`` and ``g40-cities-programmes`` under a window (``--as-of``, ``--at``,
``--from``/``--until``) from their evidence rows kept beside the graph: :mod:`graph.window_roles`'s way for a
question that counts (:data:`SHAPES`: each question's subquery and what it counts).

Each text counts, per group of its grouped subquery (actor and ministry; city, programme and predicate), the
distinct documents, passages, curated statements and undated evidence nodes of the subquery's rows, then labels
each group (``g40-cities-programmes``: a row per city, programme and relation, the predicate's name, with the
smallest count of the predicates so named). A window only decides which evidence rows take part; the rows'
labels and order are the answer's without a window. So:

* **kept** (:mod:`graph.derived`, keyed by the graph's stamp and the text): the subquery's rows without a
  window (``?ev``, its groups' variables and the counted ones), cut from the expanded text, each node's filter
  inputs (:func:`graph.evidence_window.filter_inputs`), and the answer without a window (its rows' labels and
  order);
* **asked**: the rows whose node the window keeps (:func:`graph.evidence_window.kept_by`, once per distinct
  input), counted per group as the text counts them; a node is undated when it has no time value at all (no
  ``validFrom``, ``validUntil``, ``inferredUntil``, ``inferredFrom`` or ``dcterms:date``: the time filter's
  start and end are then unbound). The rows with a group left, in the order of the answer without a window.

A node :func:`graph.window_roles._decided_here` does not decide (several combinations of time values; under
``--as-of`` an inferred end), or one with a time value that is not a day (the curation example's
``validFrom "2021"``), is asked of the text alone (``VALUES ?ev``) with the window, its rows (and its
``?ev_undated``) taking the place of its kept ones. Another parameter (``--min-confidence``, ``-p kind=…``), a
node that is no IRI, or a text whose subquery or lines around it are not the ones this was written for: the text
answers (None). ``--engine rdflib``, ``--endpoint`` and a store in memory run the text; so does a graph folder
this process cannot write (:func:`graph.derived.can_keep`) until another kept the rows there: the table computed
anew at each ask would cost more than the text.
``tests/test_window_kept_55m.py`` and ``tests/test_window_kept_55g.py`` compare the two.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, NamedTuple

from .vocab import G40_NS
from .window_roles import (_decisions, _digest, _ev_values, _kept_window_table, _node_inputs, _signatures, _Terms,
                           _window_and_table)

__all__ = ["windowed_answer"]

_COUNTED = ("documents", "evidence", "curations", "undated")
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_G40 = str(G40_NS)


class _Shape(NamedTuple):
    """A counting question's subquery: its selection's start (``head``), its ``GROUP BY`` … ``HAVING``, the
    variables of its rows (``?ev``, the groups', the counted ones but ``?ev_undated``), how many of them are
    groups, which group the ``HAVING`` keeps, and the answer's columns that name a row with the key of a group's
    row (the written terms of those columns)."""
    head: str
    group_by: str
    selected: tuple
    groups: int
    having: Callable[[tuple], bool]
    columns: tuple
    key: Callable[[tuple], tuple]


def _relation(predicate) -> list:
    """``STRAFTER(STR(?p), STR(g40:))`` of a written IRI, a plain literal."""
    text = predicate[1]
    return ["l", text[len(_G40):] if text.startswith(_G40) else "", None, None]


#: the questions this module answers
SHAPES = {
    "collaborations-matrix": _Shape(
        "SELECT ?actor ?ministry (COUNT(DISTINCT ?doc) AS ?d) (COUNT(DISTINCT ?passage) AS ?e)",
        "GROUP BY ?actor ?ministry\n    HAVING(BOUND(?actor) && ?actor != ?ministry)",
        ("ev", "actor", "ministry", "doc", "passage", "statement"), 2,
        lambda key: None not in key and key[0] != key[1],  # an unbound ministry: no row of the text has one
        ("actor", "ministry"), lambda key: key),
    "g40-cities-programmes": _Shape(
        "SELECT ?city ?programme ?p (COUNT(DISTINCT ?doc) AS ?d) (COUNT(DISTINCT ?statement) AS ?c)",
        "GROUP BY ?city ?programme ?p\n    HAVING(BOUND(?city))",
        ("ev", "city", "programme", "p", "doc", "statement"), 3,
        lambda key: None not in key,  # an unbound programme or predicate: no branch of the text leaves one
        ("city", "programme", "relation"), lambda key: (key[0], key[1], tuple(_relation(key[2])))),
}

#: the digest per question of its text from the first ``SELECT`` to the subquery's ``WHERE`` and after its
#: ``GROUP BY`` (the outer aggregates, the labels, projection and order, the subquery's selection): another
#: text (a changed question) is answered by its SPARQL
_OUTER_DIGESTS = {"collaborations-matrix": "42ecf13aeecaf2f7", "g40-cities-programmes": "f0f45f69e855ad95"}


def windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` (a name in :data:`SHAPES`) with ``bindings`` under a window, from the kept
    rows; None when the text must answer (module docstring)."""
    found = _window_and_table(dataset, question, bindings, _kept_table, timeout) if question.name in SHAPES else None
    return None if found is None else _answer(dataset, question, found[1], found[0], timeout)


def _parts(shape: _Shape, text: str) -> tuple[str, str] | None:
    """The subquery's ``WHERE`` group and the text from the first ``SELECT`` to it and after its ``GROUP BY`` …
    ``HAVING``; None: not found."""
    start, end = text.find(shape.head), text.find(shape.group_by)
    where, first = text.find("WHERE {", start), text.find("\nSELECT ")
    if start < 0 or end < 0 or where < 0 or where > end or not 0 <= first < start:
        return None
    return text[where + len("WHERE "):end].strip(), text[first:where] + text[end:]


def _rows_text(shape: _Shape, where: str, values: str = "") -> str:
    body = where if not values else "{ " + values + "\n" + where[1:]
    return f"SELECT {' '.join('?' + name for name in shape.selected)} ?ev_undated WHERE {body}"


def _kept_table(dataset, question, timeout) -> dict | None:
    from .questions import question_text

    shape = SHAPES[question.name]
    parts = _parts(shape, question_text(question, {}, engine="oxigraph"))
    if parts is None or _digest(parts[1]) != _OUTER_DIGESTS[question.name]:
        return None
    text = _rows_text(shape, parts[0])
    return _kept_window_table(dataset, question, {"text": text, "question": question.text},
                              lambda budget: _table(dataset, question, shape, text, budget), timeout, __file__,
                              lambda data: _checked(shape, data))


def _table(dataset, question, shape: _Shape, text: str, timeout) -> dict:
    """``terms`` (written, :func:`graph.kept_answers._written`), ``rows`` ([its node's signature, then a term
    per selected variable (the node's, the groups', the counted ones), undated (0/1)]: -1 unbound),
    ``signatures`` (the distinct filter inputs, None for a node with a time value that is no day: asked of the
    text; the whole None when a node is no IRI: the text answers), ``answer`` (the answer without a window: per
    row its terms but the counts, ``columns``)."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import question_text

    found = run_sparql(dataset, text, timeout=timeout, check=False).rows
    inputs = _node_inputs(dataset, {row["ev"] for row in found}, timeout)
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
    rows = [[signature_of[str(row["ev"])], *(number(row.get(name)) for name in shape.selected),
             int(inputs[str(row["ev"])] is not None and _undated(inputs[str(row["ev"])]))] for row in found]
    columns = list(whole.columns)
    labelled = [name for name in columns if name not in _COUNTED]
    answer = [[number(row.get(name)) for name in labelled] for row in whole.rows]
    return {"terms": terms, "rows": rows, "signatures": signatures, "answer": answer, "columns": columns}


def _undated(inputs: dict) -> bool:
    """No time value at all: the time filter's start and end unbound (``?ev_undated`` bound)."""
    return not any(inputs[name] for name in ("vf", "vu", "iu", "if", "dd"))


def _checked(shape: _Shape, data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError."""
    width = len(shape.selected) + 2
    try:
        if set(data) != {"terms", "rows", "signatures", "answer", "columns"}:
            raise ValueError("not a table of a question's evidence rows")
        top, signatures = len(data["terms"]), len(data["signatures"] or ())
        if any(inputs is not None and not isinstance(inputs, dict) for inputs in data["signatures"] or ()):
            raise ValueError("a signature of another shape")
        labelled = len([name for name in data["columns"] if name not in _COUNTED])
        if any(len(row) != width or not 0 <= row[0] < signatures or row[-1] not in (0, 1)
               or not all(-1 <= cell < top for cell in row[1:-1]) for row in data["rows"]):
            raise ValueError("a row of another shape")
        if any(len(row) != labelled or not all(-1 <= cell < top for cell in row) for row in data["answer"]):
            raise ValueError("an answer's row of another shape")
        for term in data["terms"]:
            if term[0] not in ("u", "b", "l") or len(term) != (2 if term[0] != "l" else 4):
                raise ValueError("a term of another shape")
    except (TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a table of a question's evidence rows: {error}") from None
    return data


def _answer(dataset, question, table: dict, bound: Mapping[str, Any], timeout):
    """The rows of the kept answer with their counts of the rows the window ``bound`` keeps, in its order."""
    from .kept_answers import _term
    from .query import QueryResult

    shape = SHAPES[question.name]
    terms = [tuple(term) for term in table["terms"]]
    decisions = _decisions(table["signatures"], bound)  # per signature: kept or not; None: its rows asked of the text
    kept = []  # per row: the groups' and counted terms (the node's when undated) as written terms
    asked = set()
    for row in table["rows"]:
        decision = decisions[row[0]]
        if decision is None:
            asked.add(terms[row[1]][1])
        elif decision:
            kept.append((*(terms[cell] if cell >= 0 else None for cell in row[2:-1]), terms[row[1]] if row[-1] else None))
    if asked:
        kept += _asked_rows(dataset, question, bound, sorted(asked), timeout)
    counted: dict[tuple, list[set]] = {}
    for values in kept:
        group = tuple(values[:shape.groups])
        if not shape.having(group):
            continue  # the text's HAVING
        sets = counted.setdefault(group, [set() for _ in values[shape.groups:]])
        for found, value in zip(sets, values[shape.groups:]):
            if value is not None:
                found.add(value)
    counts: dict[tuple, list[int]] = {}  # the answer's key → its counts (the smallest of its groups', as MIN)
    for group, sets in counted.items():
        key, numbers = shape.key(group), [len(found) for found in sets]
        counts[key] = [min(pair) for pair in zip(counts[key], numbers)] if key in counts else numbers
    columns = table["columns"]
    labelled = [name for name in columns if name not in _COUNTED]
    named = [name for name in columns if name in _COUNTED]
    at = [labelled.index(name) for name in shape.columns]
    objects, numbers = _Terms(table["terms"]), {}  # each term made once
    rows = []
    for cells in table["answer"]:
        found = counts.get(tuple(terms[cells[position]] for position in at)) if min(cells[position] for position in at) >= 0 else None
        if found is None:
            continue
        row = {name: objects[cell] for name, cell in zip(labelled, cells)}
        for name, count in zip(named, found):
            row[name] = numbers.get(count) or numbers.setdefault(count, _term(["l", str(count), _INTEGER, None]))
        rows.append({name: row[name] for name in columns})
    return QueryResult("select", columns=list(columns), rows=rows)


def _asked_rows(dataset, question, bound, nodes: list[str], timeout) -> list[tuple]:
    """The subquery's rows of the evidence ``nodes`` under the window ``bound``, asked of the text (``VALUES ?ev``)."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import question_text

    shape = SHAPES[question.name]
    where, _ = _parts(shape, question_text(question, dict(bound), engine="oxigraph"))
    values = _ev_values(nodes)
    found = run_sparql(dataset, _rows_text(shape, where, values), timeout=timeout, check=False).rows
    return [tuple(None if row.get(name) is None else tuple(_written(row[name]))
                  for name in (*shape.selected[1:], "ev_undated")) for row in found]
