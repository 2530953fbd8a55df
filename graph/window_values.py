"""``ministry-contacts`` and ``themagroep-contacts`` under a window (``--as-of``, ``--at``, ``--from``/``--until``)
from the rows of their time-filtered subquery kept beside the graph, the rest of their text asked of SPARQL over
those rows.

Each text's innermost subquery (``SELECT DISTINCT … ?ev WHERE { … # @time ?ev … }``) holds the time filter: a row
per evidence node and what the text reads of it (person, ministry or themagroep, dossier or role, start, end,
document, curation). Everything around it (the grouping per person, the labels, the role at the ministry, on whose
behalf, the order) reads those rows, and the window's day itself where it reads one (on whose behalf: the latest
document up to that day). At 10^6 triples the subquery costs 0.1–0.2 s of CPU under any window, the same join
each time, while the window only decides which of its rows take part. So, as :mod:`graph.window_roles` does for
``who-does-what``, with the text's own lines where that module computes them:

* **kept** (:func:`graph.derived.kept_or_remembered`, keyed by the graph's stamp and the text): the subquery's rows
  without a window, cut from the expanded text (:func:`subquery`), each node's filter inputs
  (:func:`graph.evidence_window.filter_inputs`, many nodes sharing one), and which rows pass a ``FILTER`` of the
  subquery that reads the window besides the time filter (``ministry-contacts``: the tie with the ministry holds on
  the day asked), found by asking the subquery once more with each such ``FILTER`` false: the rows it drops are
  *gated*;
* **asked**: the rows whose node the window keeps (:func:`graph.evidence_window.kept_by`, once per distinct input).
  A node :func:`graph.window_roles._decided_here` does not decide (several combinations of time values; under
  ``--as-of`` an inferred end, which changes its start and end), a node with a time value that is no day, and,
  under a window that binds a name such a ``FILTER`` reads (``--as-of``, ``--at``), a gated row's node are asked
  of the subquery alone (``VALUES ?ev``) with the window, their rows taking the place of their kept ones. Then
  the question's own text with the window, its subquery replaced by those rows as a ``VALUES`` block: the
  grouping, lookups, labels and order are the text's, so a text edited around the subquery is asked as written,
  and one edited inside it keeps its own rows (the key is the subquery's text).

The text answers (None) for another parameter (``-p ministry=``, ``-p themagroep=``), a node that is no IRI or a
blank node in a row (no ``VALUES`` names it), and a text whose subquery is not found or reads the window outside
its time filter and its ``FILTER`` groups. ``--engine rdflib``, ``--endpoint`` and a store in memory run the text; so
does a graph folder this process cannot write (:func:`graph.derived.can_keep`) until another kept the rows there.
``tests/test_window_kept_56c.py`` compares the two.

>>> subquery("SELECT ?a WHERE { { SELECT DISTINCT ?a (STR(?b) AS ?c) ?ev WHERE { ?ev ?p ?b } } }")[2:]
(['a', 'c', 'ev'], 65)
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Mapping

from rdflib import BNode

from .sparql_naming import _blanked
from .window_roles import (_WINDOW, _decisions, _ev_values, _kept_window_table, _node_inputs, _number, _signatures,
                           _window_and_table)

__all__ = ["QUESTIONS", "windowed_answer", "subquery"]

#: the questions this module answers
QUESTIONS = ("ministry-contacts", "themagroep-contacts")

_READS_WINDOW = re.compile(r"\?(?:%s)\b" % "|".join(_WINDOW))

#: a table of no rows
_EMPTY = {"names": [], "terms": [], "rows": [], "signatures": []}


def windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` (a name in :data:`QUESTIONS`) with ``bindings`` under a window, from the kept rows;
    None when the text must answer (module docstring)."""
    from .query import run_sparql
    from .questions import question_text

    kept = _window_and_table(dataset, question, bindings, _kept_table, timeout) if question.name in QUESTIONS else None
    if kept is None:
        return None
    bound, table = kept
    text = question_text(question, bound, engine="oxigraph")
    found = subquery(text)
    if found is None or found[2] != table["names"]:
        return None
    values = _window_values(dataset, table, text, found, bound, bool(_gates(question)[1] & set(bound)), timeout)
    return run_sparql(dataset, text[:found[0]] + values + text[found[1]:], timeout=timeout, check=False)


def subquery(text: str) -> tuple[int, int, list[str], int] | None:
    """The one ``SELECT DISTINCT`` subquery of ``text`` that selects ``?ev``: its start and end (after its ``WHERE``
    group's closing brace), the names it selects, and where its ``WHERE`` group opens (the ``{``); None when there
    is no such subquery or more than one."""
    blank = _blanked(text)
    found = []
    for select in re.finditer(r"\bSELECT DISTINCT\s", blank):
        where = re.compile(r"\bWHERE\s*\{").search(blank, select.end())
        names = _selected(blank[select.end():where.start()]) if where else None
        if names is None or "ev" not in names:
            continue
        depth = 0
        for position in range(where.end() - 1, len(blank)):
            depth += {"{": 1, "}": -1}.get(blank[position], 0)
            if depth == 0:
                found.append((select.start(), position + 1, names, where.end() - 1))
                break
    return found[0] if len(found) == 1 else None


def _selected(projection: str) -> list[str] | None:
    """The names a ``SELECT`` selects (``?x``, ``(expression AS ?x)``); None for anything else (``*``)."""
    names, depth, start = [], 0, 0
    for position, char in enumerate(projection):
        if char == "(":
            start, depth = (position if depth == 0 else start), depth + 1
        elif char == ")" and depth == 1:
            depth = 0
            named = re.search(r"\sAS\s+\?(\w+)\s*$", projection[start + 1:position])
            if named is None:
                return None
            names.append(named.group(1))
        elif char == ")":
            depth -= 1
        elif depth == 0 and char == "?":
            names.append(re.match(r"\?(\w*)", projection[position:]).group(1))
        elif depth == 0 and char == "*":
            return None
    return names if names and all(names) and depth == 0 else None


#: question text → :func:`_gates`' answer, found once per process
_GATES: dict[str, tuple | None] = {}


def _gates(question) -> tuple[str, frozenset] | None:
    """``question``'s text with each ``FILTER`` of its subquery that reads the window false (the rows that pass no
    such filter: :func:`_kept_table`'s ungated rows; the text itself when it has none), and the window's names
    those filters read; None when the subquery reads the window elsewhere (a ``BIND``, an ``IF``) or has no one
    time filter on ``?ev``."""
    raw = question.text
    if raw not in _GATES:
        _GATES[raw] = _found_gates(raw)
    return _GATES[raw]


def _found_gates(raw: str) -> tuple[str, frozenset] | None:
    found = subquery(raw)
    if found is None:
        return None
    start, end, _, _ = found
    if re.findall(r"^[ \t]*# @time[ \t]+\?(\w+)", raw[start:end], flags=re.M) != ["ev"]:
        return None  # no time filter, or one on another node too
    blank, gates, reads = _blanked(raw), [], set()
    for match in re.finditer(r"\bFILTER\s*\(", blank[:end]):
        if match.start() < (gates[-1][1] if gates else start):
            continue  # before the subquery, or inside a FILTER found before
        depth, position = 1, match.end()
        while depth and position < end:
            depth += {"(": 1, ")": -1}.get(blank[position], 0)
            position += 1
        read = {name[1:] for name in _READS_WINDOW.findall(blank, match.end(), position)}
        if read:
            gates.append((match.start(), position))
            reads |= read
    left = "".join(blank[first:last] for first, last in zip([start, *(gate[1] for gate in gates)],
                                                             [*(gate[0] for gate in gates), end]))
    if _READS_WINDOW.search(left):
        return None
    for first, last in reversed(gates):
        raw = raw[:first] + "FILTER(false)" + raw[last:]
    return raw, frozenset(reads)


def _kept_table(dataset, question, timeout) -> dict | None:
    from .questions import question_text

    gates = _gates(question)
    text = question_text(question, {}, engine="oxigraph")
    found = subquery(text)
    if gates is None or found is None:
        return None
    rows_text, gated = text[found[0]:found[1]], gates[0]
    if gated == question.text:
        ungated_text = None
    else:
        ungated = question_text(_with_text(question, gated), {}, engine="oxigraph")
        cut = subquery(ungated)
        if cut is None:
            return None
        ungated_text = ungated[cut[0]:cut[1]]
    return _kept_window_table(dataset, question, {"text": rows_text, "ungated": ungated_text},
                              lambda budget: _table(dataset, found[2], rows_text, ungated_text, budget), timeout,
                              __file__, _checked)


def _with_text(question, text: str):
    """``question`` with another text."""
    return dataclasses.replace(question, text=text)


def _table(dataset, names: list[str], text: str, ungated_text: str | None, timeout) -> dict:
    """``names`` (the subquery's), ``terms`` (written, :func:`graph.kept_answers._written`), ``rows`` ([its node's
    signature, gated (0/1), a term per name: -1 unbound]) and ``signatures`` (the distinct filter inputs, None for a
    node with a time value that is no day; the whole None when a node is no IRI or a term a blank node: the text
    answers)."""
    from .kept_answers import _written
    from .query import run_sparql

    found = run_sparql(dataset, text, timeout=timeout, check=False).rows
    inputs = _node_inputs(dataset, {row["ev"] for row in found}, timeout)
    if inputs is None or any(isinstance(term, BNode) for row in found for term in row.values()):
        return dict(_EMPTY, names=names, signatures=None)
    ungated = None if ungated_text is None else {
        tuple(None if row.get(name) is None else tuple(_written(row[name])) for name in names)
        for row in run_sparql(dataset, ungated_text, timeout=timeout, check=False).rows}
    signatures, signature_of = _signatures(inputs)
    terms: list = []
    index: dict = {}
    rows = []
    for row in found:
        written = [None if row.get(name) is None else _written(row[name]) for name in names]
        gated = ungated is not None and tuple(None if term is None else tuple(term) for term in written) not in ungated
        rows.append([signature_of[str(row["ev"])], int(gated),
                     *(-1 if term is None else _number(term, terms, index) for term in written)])
    return {"names": names, "terms": terms, "rows": rows, "signatures": signatures}


def _checked(data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError."""
    try:
        if set(data) != set(_EMPTY):
            raise ValueError("not a table of a question's evidence rows")
        top, signatures, width = len(data["terms"]), len(data["signatures"] or ()), len(data["names"]) + 2
        if any(inputs is not None and not isinstance(inputs, dict) for inputs in data["signatures"] or ()):
            raise ValueError("a signature of another shape")
        if not all(isinstance(name, str) for name in data["names"]) or any(
                len(row) != width or not 0 <= row[0] < signatures or row[1] not in (0, 1)
                or not all(-1 <= cell < top for cell in row[2:]) for row in data["rows"]):
            raise ValueError("a row of another shape")
        for term in data["terms"]:
            if term[0] not in ("u", "l") or len(term) != (2 if term[0] != "l" else 4):
                raise ValueError("a term of another shape")
    except (TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a table of a question's evidence rows: {error}") from None
    return data


def _asked_rows(dataset, text: str, found: tuple, nodes: list[str], timeout) -> list[dict]:
    """The rows of the subquery of the windowed ``text`` (at ``found``: :func:`subquery`) of the evidence ``nodes``
    alone (``VALUES ?ev``)."""
    from .query import run_sparql

    start, end, _, brace = found
    values = _ev_values(nodes)
    return run_sparql(dataset, text[start:brace + 1] + " " + values + "\n" + text[brace + 1:end], timeout=timeout,
                      check=False).rows


def _window_values(dataset, table: dict, text: str, found: tuple, bound: Mapping[str, Any], gated: bool,
                   timeout) -> str:
    """The subquery of the windowed ``text`` (at ``found``: :func:`subquery`) as the rows the window ``bound`` keeps:
    ``SELECT * WHERE { VALUES (…) { … } }``; ``gated``: the window binds a name a ``FILTER`` of the subquery reads
    (:func:`_gates`), whose rows are asked (else that filter is what it was without a window: all names it reads
    unbound, as the kept rows read them)."""
    from .kept_answers import _term
    from .questions import sparql_term

    names, terms = table["names"], table["terms"]
    ev = 2 + names.index("ev")
    decisions = _decisions(table["signatures"], bound)  # per signature: kept or not; None: its rows asked
    asked = sorted({terms[row[ev]][1] for row in table["rows"] if (row[1] and gated) or decisions[row[0]] is None})
    left = set(asked)
    written: dict[int, str] = {-1: "UNDEF"}

    def cell(number: int) -> str:
        made = written.get(number)
        if made is None:
            made = written[number] = sparql_term(_term(terms[number]))
        return made

    lines = ["(" + " ".join(map(cell, row[2:])) + ")" for row in table["rows"]
             if decisions[row[0]] and terms[row[ev]][1] not in left]
    if asked:
        lines += ["(" + " ".join("UNDEF" if row.get(name) is None else sparql_term(row[name]) for name in names) + ")"
                  for row in _asked_rows(dataset, text, found, asked, timeout)]
    return ("SELECT * WHERE { VALUES (" + " ".join("?" + name for name in names) + ") {\n  " + "\n  ".join(lines)
            + "\n} }")
