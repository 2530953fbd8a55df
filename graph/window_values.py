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

Since round 57c a text whose lines around its subquery are the ones :mod:`graph.window_contacts` was written for is
not asked at all: the kept rows also hold what those lines look up per group, and the rows a window keeps are
grouped, aggregated and ordered in Python (4,231 rows: ≈ 1 s of SPARQL → tens of ms); the ``VALUES`` ask above
stays for another text and for a value that module does not compare. What depends only on the question's text
(:func:`_prepared`: the expanded text, its subquery, gates and form; :class:`_Windowed`: the text with a window,
only its ``VALUES`` block written per ask) is found once per text in a process. Since round 57g the kept table is
read and checked once per dataset and held while the dataset lives (:func:`_held`: 4,231 rows, 1.8 MB of JSON: 18 ms
an ask, the third of one), so ``serve`` and a program asking one dataset again read it once; a one-off ``ask`` still
reads it. A graph never changes under its dataset (a build writes a new folder), so what was read stays right.

The text answers (None) for another parameter (``-p ministry=``, ``-p themagroep=``), a node that is no IRI or a
blank node in a row (no ``VALUES`` names it), and a text whose subquery is not found or reads the window outside
its time filter and its ``FILTER`` groups. ``--engine rdflib``, ``--endpoint`` and a store in memory run the text; so
does a graph folder this process cannot write (:func:`graph.derived.can_keep`) until another kept the rows there.
``tests/test_window_kept_56c.py`` and ``tests/test_window_kept_57c.py`` compare the two.

>>> subquery("SELECT ?a WHERE { { SELECT DISTINCT ?a (STR(?b) AS ?c) ?ev WHERE { ?ev ?p ?b } } }")[2:]
(['a', 'c', 'ev'], 65)
"""

from __future__ import annotations

import dataclasses
import logging
import re
from operator import itemgetter
from typing import Any, Mapping, NamedTuple

from rdflib import BNode

from . import window_contacts
from .heap import collector_paused
from .per_dataset import per_dataset
from .sparql_naming import _blanked
from .window_roles import (_WINDOW, _decisions, _ev_values, _kept_window_table, _node_inputs, _number, _signatures,
                           _window_and_table)

__all__ = ["QUESTIONS", "windowed_answer", "subquery"]

log = logging.getLogger(__name__)

#: the questions this module answers
QUESTIONS = ("ministry-contacts", "themagroep-contacts")

_READS_WINDOW = re.compile(r"\?(?:%s)\b" % "|".join(_WINDOW))

#: a table of no rows
_EMPTY = {"names": [], "terms": [], "rows": [], "signatures": [], "lookups": None, "ranks": None}


def windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` (a name in :data:`QUESTIONS`) with ``bindings`` under a window, from the kept rows;
    None when the text must answer (module docstring).

    The cyclic garbage collector is paused meanwhile (:func:`graph.heap.collector_paused`): the kept rows are some 100,000
    lists and dicts that live until the answer is made and hold no cycle, freed by their counts when it is; a
    collection while they live walks them all (4,231 rows: ≈ 20 ms of CPU, half of an ask)."""
    with collector_paused():
        return _windowed_answer(dataset, question, bindings, timeout)


def _windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    from .query import run_sparql

    prepared = _prepared(question) if question.name in QUESTIONS else None
    kept = None if prepared is None else _window_and_table(dataset, question, bindings, _kept_table, timeout)
    if kept is None:
        return None
    bound, table = kept
    windowed = _Windowed(question, bound)
    rows, asked = _kept_and_asked(dataset, table, windowed, bound, bool(prepared.gates[1] & set(bound)), timeout)
    if rows is None:
        return None
    if table["lookups"] is not None:
        if asked:  # their new terms numbered in a copy: the held table stays as read
            table = dict(table, terms=list(table["terms"]), made=None)
        try:
            return window_contacts.answer(prepared.form, table, rows + _numbered(table, asked), bound)
        except ValueError:  # a value grouped or ordered here that Python does not compare as SPARQL: the text's lines
            pass
    found = windowed.found()
    if found is None or found[2] != table["names"]:
        return None
    text = windowed.text
    return run_sparql(dataset, text[:found[0]] + _values(table, rows, asked) + text[found[1]:], timeout=timeout,
                      check=False)


class _Prepared(NamedTuple):
    """What an ask reads of a question's text, found once per text (:func:`_prepared`)."""

    text: str  # expanded without a window
    found: tuple  # its subquery (:func:`subquery`)
    gates: tuple  # :func:`_gates`
    rows_text: str  # the subquery's text
    ungated_text: str | None  # the subquery with its gates false (None: it has none)
    form: str | None  # :func:`graph.window_contacts.form_of`


#: (question text, its parameters' names) → :func:`_prepared`'s answer, found once per process
_PREPARED: dict[tuple, _Prepared | None] = {}


def _prepared(question) -> _Prepared | None:
    """``question``'s text expanded without a window, its subquery, gates and form, kept per text; None: the text
    answers (no such subquery, or one that reads the window elsewhere)."""
    from .questions import question_text

    key = (question.text, tuple(parameter.name for parameter in question.parameters))
    if key in _PREPARED:
        return _PREPARED[key]
    gates, text = _gates(question), question_text(question, {}, engine="oxigraph")
    found = subquery(text)
    prepared = None
    if gates is not None and found is not None:
        ungated_text = None
        if gates[0] != question.text:
            ungated = question_text(_with_text(question, gates[0]), {}, engine="oxigraph")
            cut = subquery(ungated)
            ungated_text = "" if cut is None else ungated[cut[0]:cut[1]]
        if ungated_text != "":
            prepared = _Prepared(text, found, gates, text[found[0]:found[1]], ungated_text,
                                 window_contacts.form_of(text, found))
    _PREPARED[key] = prepared
    return prepared


#: the line that stands for a window's ``VALUES`` block in :class:`_Windowed`'s kept text
_PLACE = "#@window-values@"

#: (question text, its parameters' names, the window's names) → the text with a window so named around its
#: subquery, its ``VALUES`` blocks left to write: [before, the subquery to its ``{``, the rest of it, after]
_WINDOWED_PARTS: dict[tuple, list | None] = {}


class _Windowed:
    """``question``'s text with the window ``bound`` and its subquery (:meth:`found`), made when first asked for from
    the text kept per question text and window names: only the ``VALUES`` block is written per ask."""

    def __init__(self, question, bound: Mapping[str, Any]):
        self.question, self.bound, self.text, self._found = question, bound, "", False

    def found(self) -> tuple | None:
        from .questions import question_text, values_block

        if self._found is not False:
            return self._found
        question = self.question
        names = tuple(parameter.name for parameter in question.parameters)
        key = (question.text, names, frozenset(self.bound))
        if key not in _WINDOWED_PARTS:
            template = question_text(question, self.bound, engine="oxigraph", values=_PLACE)
            cut = subquery(template)
            _WINDOWED_PARTS[key] = None if cut is None else [
                template[:cut[0]], template[cut[0]:cut[3] + 1], template[cut[3] + 1:cut[1]], template[cut[1]:], cut[2]]
        parts = _WINDOWED_PARTS[key]
        if parts is None:
            self._found = None
            return None
        block = values_block(list(names), self.bound)
        before, head, body, after = (part.replace(_PLACE, block) for part in parts[:4])
        self.text = before + head + body + after
        self._found = (len(before), len(before) + len(head) + len(body), parts[4], len(before) + len(head) - 1)
        return self._found


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


#: dataset → {(question name, its kept table's key) → the table, held (:func:`_held`)}, while the dataset lives
_HELD: dict[int, tuple] = {}


def _kept_table(dataset, question, timeout) -> dict | None:
    """The kept table of ``question``'s rows (:func:`_table`), read and checked once per dataset and then held in
    this process (:func:`_held`); None: the text answers."""
    prepared = _prepared(question)
    if prepared is None:
        return None
    held = per_dataset(_HELD, dataset, dict)
    name = (question.name, prepared.rows_text, prepared.ungated_text, prepared.form)
    table = held.get(name)
    if table is None:
        key = {"text": prepared.rows_text, "ungated": prepared.ungated_text, "form": prepared.form}
        table = _kept_window_table(dataset, question, key, lambda budget: _table(dataset, prepared, budget), timeout,
                                   (__file__, window_contacts.__file__), _checked)
        if table is not None:  # else nothing kept (a graph folder this process cannot write): looked for again
            table = held[name] = _held(table)
    return table


def _held(table: dict) -> dict:
    """``table`` as an ask reads it, held for the dataset's life and never changed: its rows tuples (the collector
    leaves tuples of numbers alone), each row's cells cut once (``cells``), and what answers make of its terms
    (``made``: :func:`graph.window_contacts.made`, its rdflib terms and values each made once per dataset)."""
    rows = [tuple(row) for row in table["rows"]]
    return dict(table, rows=rows, cells=[row[2:] for row in rows], made=window_contacts.made(table["terms"]))


def _with_text(question, text: str):
    """``question`` with another text."""
    return dataclasses.replace(question, text=text)


def _table(dataset, prepared: _Prepared, timeout) -> dict:
    """``names`` (the subquery's), ``terms`` (written, :func:`graph.kept_answers._written`), ``rows`` ([its node's
    signature, gated (0/1), a term per name: -1 unbound]), ``signatures`` (the distinct filter inputs, None for a
    node with a time value that is no day; the whole None when a node is no IRI or a term a blank node: the text
    answers) and ``lookups`` (:func:`graph.window_contacts.lookups`; None: the text's lines around the rows are
    asked)."""
    from .kept_answers import _written
    from .query import run_sparql

    names, text, ungated_text = prepared.found[2], prepared.rows_text, prepared.ungated_text
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
    lookups = None
    if prepared.form is not None:
        try:
            lookups = window_contacts.lookups(dataset, prepared.form, prepared.text, prepared.found, names,
                                              [row[2:] for row in rows], terms, index, timeout)
        except ValueError as error:  # its lines not where the form has them: asked around the rows
            log.debug("%s: its lookups not kept (%s)", prepared.form, error)
    return {"names": names, "terms": terms, "rows": rows, "signatures": signatures, "lookups": lookups,
            "ranks": None if lookups is None else window_contacts.ranks(terms)}


def _checked(data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError (each column's least and greatest cell checked, the
    terms' kinds and lengths as pairs: read on every windowed ask, thousands of rows)."""
    try:
        if set(data) != set(_EMPTY):
            raise ValueError("not a table of a question's evidence rows")
        top, signatures, width = len(data["terms"]), len(data["signatures"] or ()), len(data["names"]) + 2
        if any(inputs is not None and not isinstance(inputs, dict) for inputs in data["signatures"] or ()):
            raise ValueError("a signature of another shape")
        rows = data["rows"]
        if not all(isinstance(name, str) for name in data["names"]) or set(map(len, rows)) - {width} or not _within(
                rows, [(0, signatures - 1), (0, 1), *[(-1, top - 1)] * (width - 2)]):
            raise ValueError("a row of another shape")
        if set(zip(map(itemgetter(0), data["terms"]), map(len, data["terms"]))) - {("u", 2), ("l", 4)}:
            raise ValueError("a term of another shape")
        lookups, ranks = data["lookups"], data["ranks"]
        if lookups and (set(map(len, lookups)) - {len(lookups[0])} or len(lookups[0]) not in (3, 8)
                        or not _within(lookups, [(-1, top - 1)] * len(lookups[0]))):
            raise ValueError("a lookup of another shape")
        if (lookups is None) != (ranks is None) or ranks is not None and (
                len(ranks) != top + 1 or ranks[-1] != -1 or not _within([ranks], [(-2, top - 1)], columns=False)):
            raise ValueError("ranks of another shape")
    except (TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a table of a question's evidence rows: {error}") from None
    return data


def _within(rows: list[list], bounds: list[tuple[int, int]], columns: bool = True) -> bool:
    """Is each cell of ``rows`` (of one length) an int within its column's ``bounds`` (least, greatest)? ``columns``
    False: each row is a column."""
    if not rows or not rows[0]:
        return True
    columns = list(zip(*rows)) if columns else rows
    return all(least <= min(column) and max(column) <= greatest and set(map(type, column)) == {int}
               for column, (least, greatest) in zip(columns, bounds))


def _asked_rows(dataset, text: str, found: tuple, nodes: list[str], timeout) -> list[dict]:
    """The rows of the subquery of the windowed ``text`` (at ``found``: :func:`subquery`) of the evidence ``nodes``
    alone (``VALUES ?ev``)."""
    from .query import run_sparql

    start, end, _, brace = found
    values = _ev_values(nodes)
    return run_sparql(dataset, text[start:brace + 1] + " " + values + "\n" + text[brace + 1:end], timeout=timeout,
                      check=False).rows


def _kept_and_asked(dataset, table: dict, windowed: _Windowed, bound: Mapping[str, Any], gated: bool,
                    timeout) -> tuple[list | None, list]:
    """The kept rows (their term numbers, a cell per name) the window ``bound`` keeps, and the subquery's rows
    (terms) of the nodes not decided here, asked of the ``windowed`` text; ``gated``: the window binds a name a
    ``FILTER`` of the subquery reads (:func:`_gates`), whose rows are asked (else that filter is what it was
    without a window: all names it reads unbound, as the kept rows read them). None for the rows: the windowed
    text has no subquery with the kept rows' names (the text answers)."""
    names, terms = table["names"], table["terms"]
    ev = 2 + names.index("ev")
    decisions = _decisions(table["signatures"], bound)  # per signature: kept or not; None: its rows asked
    asked = sorted({terms[row[ev]][1] for row in table["rows"] if (row[1] and gated) or decisions[row[0]] is None})
    left = set(asked)
    rows = [cells for row, cells in zip(table["rows"], table["cells"])
            if decisions[row[0]] and terms[row[ev]][1] not in left]
    if not asked:
        return rows, []
    found = windowed.found()
    if found is None or found[2] != names:
        return None, []
    return rows, _asked_rows(dataset, windowed.text, found, asked, timeout)


def _numbered(table: dict, asked: list[dict]) -> list[list]:
    """The ``asked`` rows as the kept ones: a term number per name of ``table``, new terms numbered in its ``terms``."""
    from .kept_answers import _written

    if not asked:
        return []
    terms = table["terms"]
    index = {tuple(term): number for number, term in enumerate(terms)}
    return [tuple(-1 if row.get(name) is None else _number(_written(row[name]), terms, index)
                  for name in table["names"]) for row in asked]


def _values(table: dict, rows: list[list], asked: list[dict]) -> str:
    """The subquery as the kept ``rows`` and the ``asked`` ones: ``SELECT * WHERE { VALUES (…) { … } }``."""
    from .kept_answers import _term
    from .questions import sparql_term

    names, terms = table["names"], table["terms"]
    written: dict[int, str] = {-1: "UNDEF"}

    def cell(number: int) -> str:
        made = written.get(number)
        if made is None:
            made = written[number] = sparql_term(_term(terms[number]))
        return made

    lines = ["(" + " ".join(map(cell, row)) + ")" for row in rows]
    lines += ["(" + " ".join("UNDEF" if row.get(name) is None else sparql_term(row[name]) for name in names) + ")"
              for row in asked]
    return ("SELECT * WHERE { VALUES (" + " ".join("?" + name for name in names) + ") {\n  " + "\n  ".join(lines)
            + "\n} }")
