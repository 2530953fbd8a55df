"""``who-does-what`` under a window (``--as-of``, ``--at``, ``--from``/``--until``) from its evidence rows kept
beside the graph.

The question's text groups every role's evidence (person, role, body) and aggregates each group's
evidence rows (the earliest start, the latest end, the documents, the portfolio …). At 10^6 triples
that is 0.4–0.7 s of CPU under a window, the same join every time, while the window only decides
which evidence rows take part. So, as :mod:`graph.side_join` does for ``city-ministry``:

* **kept** (:mod:`graph.derived`, keyed by the graph's stamp and the text): the grouped subquery's
  rows without a window, one per evidence row, as the text writes them (cut from the expanded text:
  :func:`inner_query`): its ``?ev``, its group's terms and each aggregate's argument (``MAX(x)``:
  ``x``), with the arguments a second time as the text computes them when ``?as_of`` is bound (its
  own ``BOUND(?as_of)``, outside the time filter, read as true: the last known state shows no end
  for a period that is only its document's); and each evidence node's *filter inputs*
  (:func:`graph.evidence_window.filter_inputs`), many nodes sharing one;
* **asked**: the rows whose node the window keeps (:func:`graph.evidence_window.kept_by`, decided
  once per distinct input) and whose person and body are the ones asked; the groups' aggregates
  (``MAX``/``MIN`` in SPARQL's order of plain strings and booleans, ``COUNT(DISTINCT …)``) and the
  text's lines after its ``GROUP BY`` (:func:`_row`), ordered as its ``ORDER BY``.

A node whose time values give the filter more than one combination (two starts, two dates …), or
under ``--as-of`` one with an inferred end (whether it is known on that day changes its start and
end, not only whether it is kept), is not decided here: the subquery is asked for those nodes
alone (``VALUES ?ev``) with the window, and its rows join the kept ones before grouping. A time
value that is not a day, a node that is no IRI, a text after ``GROUP BY`` other than the one
:func:`_row` was written for, or an aggregate's value that is neither a plain string nor a boolean:
the text answers (None). ``--engine rdflib``, ``--endpoint``, a store in memory and a graph folder
this process cannot write (:func:`graph.derived.can_keep`; rows another process kept there are read) run
the text, which stays the definition. ``tests/test_window_kept_55v.py`` compares
the two on both kinds of graph and many windows.

>>> _order_key(["l", "b", None, None]) > _order_key(["l", "a", None, None])
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import Any, Mapping

from rdflib import URIRef

from . import evidence_window

__all__ = ["windowed_answer", "inner_query"]

log = logging.getLogger(__name__)

#: the question this module answers
QUESTION = "who-does-what"

_WINDOW = ("at", "from", "until", "as_of")
_ENTITIES = ("person", "body")
_GROUP_BY = "GROUP BY ?person ?personLabel ?role ?body ?bodyLabel"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

#: the digest of the text after the grouped subquery (its BINDs, projection and ORDER BY) that :func:`_row`
#: and :func:`_sort_key` compute: another text (a changed question) is answered by its SPARQL
_OUTER_DIGEST = "eca4f3bbe48f7be5"


def windowed_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``who-does-what`` with ``bindings`` under a window, from the kept rows; None when the
    text must answer (module docstring)."""
    found = _window_and_table(dataset, question, bindings, _kept_table, timeout, _ENTITIES)
    if found is None:
        return None
    bound, table = found
    try:
        return _answer(dataset, question, table, bound, timeout)
    except ValueError:  # a value the aggregates here do not order: the text answers
        return None


def _window_and_table(dataset, question, bindings: Mapping[str, Any], kept_table, timeout, others: tuple = ()):
    """The values ``bindings`` binds, when they are a window with perhaps some of ``others`` asked of a store whose
    results are kept (:func:`graph.derived.keeps_results`), and ``kept_table(dataset, question, timeout)``, the rows
    kept for windows; None: the text answers."""
    from .derived import keeps_results

    bound = {name: value for name, value in bindings.items() if value is not None}
    if not (keeps_results(dataset) and set(bound) & set(_WINDOW) and set(bound) <= {*others, *_WINDOW}):
        return None
    table = kept_table(dataset, question, timeout)
    return None if table is None else (bound, table)


def inner_query(text: str) -> dict | None:
    """The grouped subquery of ``text`` (the question's expanded text) as parts: ``where`` (its group),
    ``groups`` (the ``GROUP BY`` variables), ``aggregates`` ([name, function, distinct, argument]), ``outer``
    (the text after it); None when ``text`` has no such subquery.

    >>> parts = inner_query("SELECT * WHERE { { SELECT ?person ?personLabel ?role ?body ?bodyLabel (MAX(?b) AS ?c) "
    ...                     "(COUNT(DISTINCT ?d) AS ?n) WHERE { ?ev ?p ?b } GROUP BY ?person ?personLabel ?role ?body "
    ...                     "?bodyLabel } } ORDER BY ?c")
    >>> parts["aggregates"], parts["where"], parts["outer"]
    ([['c', 'MAX', False, '?b'], ['n', 'COUNT', True, '?d']], '{ ?ev ?p ?b }', ' } } ORDER BY ?c')
    """
    end = text.find(_GROUP_BY)
    start = text.rfind("SELECT ?person ?personLabel ?role ?body ?bodyLabel (", 0, end)
    if end < 0 or start < 0:
        return None
    head = text[start:end]
    found = re.search(r"\)\s+WHERE \{", head)  # the selection's last aggregate closes before its WHERE
    if found is None:
        return None
    where = found.start() + 1
    clause = re.sub(r"#[^\n]*", "", head[:where])
    aggregates = []
    for match in re.finditer(r"\((MAX|MIN|COUNT)\((DISTINCT )?", clause):
        depth, position = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(clause[position], 0)
            position += 1
        name = re.match(r"\s*AS \?(\w+)\)", clause[position:])
        if name is None:
            return None
        aggregates.append([name.group(1), match.group(1), bool(match.group(2)), clause[match.end():position - 1]])
    return {"where": head[where:].strip()[len("WHERE "):].strip(), "groups": _GROUP_BY.split()[2:],
            "aggregates": aggregates, "outer": text[end + len(_GROUP_BY):]}


def _as_of_lines(where: str) -> tuple[str, set[str]] | None:
    """``where`` with each ``BIND`` that reads ``BOUND(?as_of)`` (or a variable such a line binds) written a
    second time, binding ``?<name>__asof`` with ``BOUND(?as_of)`` as true; and the names so bound. None when
    ``BOUND(?as_of)`` stands anywhere but in such a line."""
    lines, renamed = [], set()
    for line in where.split("\n"):
        lines.append(line)
        bind = re.fullmatch(r"(\s*BIND\()(.*) AS \?(\w+)\)\s*", line)
        reads = "BOUND(?as_of)" in line or any(re.search(rf"\?{name}\b", line) for name in renamed)
        if not reads:
            continue
        if bind is None:
            return None
        expression = bind.group(2).replace("BOUND(?as_of)", "true")
        for name in renamed:
            expression = re.sub(rf"\?{name}\b", f"?{name}__asof", expression)
        renamed.add(bind.group(3))
        lines.append(f"{bind.group(1)}{expression} AS ?{bind.group(3)}__asof)")
    return "\n".join(lines), renamed


def _rows_text(parts: dict, where: str, renamed: set[str], values: str = "") -> str:
    """The subquery's rows: ``?ev``, its groups' variables, each aggregate's argument (``?a_<name>``) and, when
    it reads a variable in ``renamed``, its ``?as_of`` twin (``?k_<name>``)."""
    selected = ["?ev", *parts["groups"]]
    for name, _, _, argument in parts["aggregates"]:
        selected.append(f"({argument} AS ?a_{name})")
        twin = argument
        for variable in renamed:
            twin = re.sub(rf"\?{variable}\b", f"?{variable}__asof", twin)
        selected.append(f"({twin} AS ?k_{name})")
    body = where if not values else "{ " + values + "\n" + where[1:]
    return f"SELECT {' '.join(selected)} WHERE {body}"


def _kept_table(dataset, question, timeout) -> dict | None:
    parts, text = _kept_query(question)
    if parts is None or _digest(parts["outer"]) != _OUTER_DIGEST or text is None:
        return None
    return _kept_window_table(dataset, question, {"text": text}, lambda budget: _table(dataset, parts, text, budget),
                              timeout, __file__, _checked)


#: the share of the timeout each query that makes a question's rows kept for windows may take (round 56c): past it
#: the first windowed ask is answered by the text, within the whole timeout, where it stopped with the timeout's error
TABLE_SHARE = 0.5


def _kept_window_table(dataset, question, key: dict, compute, timeout, module: str | tuple, decode) -> dict | None:
    """The table of ``question``'s rows kept for windows (``derived/window-rows-NAME-…``, keyed by ``key``;
    ``module``: the file (or files) of the modules that make it with ``compute(budget)``, ``budget`` each query's
    timeout).
    None, and the text answers: a graph folder this process cannot write where no other kept it
    (:func:`graph.derived.kept_or_remembered`: the table once more each ask would cost more than the text), a
    table that cannot answer (its ``signatures`` None), or a query of its making that took more than
    :data:`TABLE_SHARE` of the timeout."""
    from . import kept_answers
    from .derived import kept_or_remembered
    from .errors import QueryTimeout
    from .timeouts import query_deadline

    limit = query_deadline(timeout)
    budget = None if limit is None else limit * TABLE_SHARE
    try:
        table = kept_or_remembered(dataset, "window-rows-" + question.name, key, lambda: compute(budget),
                                   code=(*((module,) if isinstance(module, str) else module), evidence_window.__file__,
                                         kept_answers.__file__), decode=decode)
    except QueryTimeout:
        log.info("%s: its rows for windows not kept within %s s a query; the text answers", question.name, budget)
        return None
    return table if table is not None and table["signatures"] is not None else None


#: (question text, its parameters' names) → :func:`_kept_query`'s answer, read once per process
_QUERIES: dict[tuple, tuple] = {}


def _kept_query(question) -> tuple[dict | None, str | None]:
    """The parts (:func:`inner_query`) of ``question``'s text expanded without a window, and the query of the
    rows kept (None: the text answers)."""
    from .questions import question_text

    key = (question.text, tuple(parameter.name for parameter in question.parameters))
    found = _QUERIES.get(key)
    if found is None:
        parts = inner_query(question_text(question, {}, engine="oxigraph"))
        twins = _as_of_lines(parts["where"]) if parts is not None else None
        found = _QUERIES[key] = (parts, _rows_text(parts, *twins) if twins is not None else None)
    return found


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _table(dataset, parts: dict, text: str, timeout) -> dict:
    """The subquery's rows without a window, grouped, as indices into ``terms`` (-1: unbound). ``groups``, in the
    answer's order: [its five terms, its row's other nine cells (:func:`_row`) from all its rows, the same as
    the text gives them under ``--as-of`` (0 when they are the same), its rows]; a row is [its node's
    signature (an index into ``signatures``, the distinct filter inputs), its node (-1 when every window
    decides it here: one combination of time values and no inferred end)], and, in a group of several rows,
    its aggregates' arguments and (when they differ) their ``--as-of`` twins. ``signatures`` is None when a
    node is no IRI or a time value no day (the text answers)."""
    from .kept_answers import _written
    from .query import run_sparql

    found = run_sparql(dataset, text, timeout=timeout, check=False).rows
    nodes = {row["ev"] for row in found}
    inputs = evidence_window.filter_inputs(dataset, nodes, timeout) if all(
        isinstance(node, URIRef) for node in nodes) else None
    if inputs is None:
        return dict(_EMPTY, signatures=None)
    signatures, signature_of = _signatures(inputs)
    names = [name for name, *_ in parts["aggregates"]]
    grouped: dict[tuple, list] = {}
    for row in found:
        key = tuple(tuple(_written(row[name[1:]])) if row.get(name[1:]) is not None else None
                    for name in parts["groups"])
        arguments = [[None if row.get(f"{kind}_{name}") is None else _written(row[f"{kind}_{name}"]) for name in names]
                     for kind in ("a", "k")]
        grouped.setdefault(key, []).append((str(row["ev"]), *arguments))
    functions = [(function, distinct) for _, function, distinct, _ in parts["aggregates"]]
    made = []
    for key, members in grouped.items():
        if any(value is None for value in key):  # none in the text (its FILTER): not answered here
            return dict(_EMPTY, signatures=None)
        rows = [_row(list(key), [_aggregate(function, distinct, [member[which][position] for member in members])
                                 for position, (function, distinct) in enumerate(functions)]) for which in (1, 2)]
        made.append((_sort_key(rows[0]), key, rows, members))
    made.sort(key=lambda item: item[0])
    terms, index = [], {}

    def number(written) -> int:
        return -1 if written is None else _number(written, terms, index)

    keys, tails, twins, first, nodes, more = [], [], [], [], [], []
    for position, (_, key, (row, twin), members) in enumerate(made):
        keys += [number(list(value)) for value in key]
        tails += [number(row[cell]) for cell in _TAIL]
        if twin != row:
            twins.append([position, *(number(twin[cell]) for cell in _TAIL)])
        rows = []
        for node, arguments, twin_arguments in members:
            entry = [signature_of[node], number(["u", node]) if not _decided_here(inputs[node], True) else -1]
            if len(members) > 1:
                entry += [number(value) for value in arguments]
                if twin_arguments != arguments:
                    entry += [number(value) for value in twin_arguments]
            rows.append(entry)
        first.append(rows[0][0])
        nodes.append(rows[0][1])
        if len(rows) > 1:
            more.append([position, rows])
    return {"terms": [_kept_term(term) for term in terms], "keys": keys, "tails": tails, "twins": twins,
            "first": first, "nodes": nodes, "more": more, "signatures": signatures}


def _signatures(inputs: dict) -> tuple[list, dict]:
    """The distinct filter inputs of ``inputs`` (node → inputs), and node → its inputs' index in them."""
    signatures, seen, signature_of = [], {}, {}
    for node, values in sorted(inputs.items(), key=lambda item: item[0]):
        written = json.dumps(values, sort_keys=True)
        if written not in seen:
            seen[written] = len(signatures)
            signatures.append(values)
        signature_of[node] = seen[written]
    return signatures, signature_of


def _kept_term(written: list):
    """A term as the table keeps it: a plain literal as its text, else as :func:`graph.kept_answers._written`."""
    return written[1] if written[0] == "l" and written[2] is None and written[3] is None else written


def _read_term(kept) -> list:
    return ["l", kept, None, None] if isinstance(kept, str) else kept


#: a table of no rows
_EMPTY = {"terms": [], "keys": [], "tails": [], "twins": [], "first": [], "nodes": [], "more": [], "signatures": []}

#: the positions in :func:`_row`'s row that are not the group's own terms
_TAIL = (3, 6, 7, 8, 9, 10, 11, 12, 13)


def _number(written, terms: list, index: dict) -> int:
    found = index.get(tuple(written))
    if found is None:
        found = index[tuple(written)] = len(terms)
        terms.append(written)
    return found


def _checked(data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError."""
    try:
        top, signatures, size = len(data["terms"]), len(data["signatures"] or ()), len(data["first"])
        if set(data) != set(_EMPTY) or any(term[0] not in ("u", "b", "l") or len(term) != (2 if term[0] != "l" else 4)
                                           for term in [term for term in data["terms"] if type(term) is not str]):
            raise ValueError("not a table of who-does-what's evidence rows")
        if (len(data["keys"]), len(data["tails"]), len(data["nodes"])) != (5 * size, len(_TAIL) * size, size):
            raise ValueError("a group of another shape")
        cells, groups, nodes = [*data["keys"], *data["tails"], *data["nodes"]], [], list(data["first"])
        for twin in data["twins"]:
            if len(twin) != 1 + len(_TAIL):
                raise ValueError("a group of another shape")
            groups.append(twin[0])
            cells += twin[1:]
        for group, rows in data["more"]:
            groups.append(group)
            for row in rows:
                if len(row) not in (10, 18):
                    raise ValueError("a row of another length")
                nodes.append(row[0])
                cells += row[1:]
        if cells and (min(cells) < -1 or max(cells) >= top) or nodes and (min(nodes) < 0 or max(nodes) >= signatures) \
                or groups and (min(groups) < 0 or max(groups) >= size):
            raise ValueError("a group with a term that is not kept")
    except (TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a table of who-does-what's evidence rows: {error}") from None
    return data


def _decided_here(inputs: dict, as_of: bool) -> bool:
    """Does :func:`graph.evidence_window.kept_by` decide the node's rows one for all (one combination of its
    time values), with the rows kept without a window (no inferred end to be known or not on ``as_of``)?"""
    single = all(len(inputs[name]) <= 1 for name in ("vf", "vu", "if", "dd", "iu"))
    return single and not (as_of and inputs["iu"])


def _decisions(signatures: list, bound: Mapping[str, Any]) -> list:
    """Per signature (a node's filter inputs, None: a time value that is no day), does the window ``bound`` keep its
    rows (:func:`graph.evidence_window.kept_by`)? None where its rows are asked of the text (:func:`_decided_here`)."""
    days = {name: (str(bound[name]) if bound.get(name) is not None else None) for name in _WINDOW}
    as_of = days["as_of"] is not None
    return [evidence_window.kept_by(inputs, at=days["at"], since=days["from"], until=days["until"], as_of=days["as_of"])
            if inputs is not None and _decided_here(inputs, as_of) else None for inputs in signatures]


def _ev_values(nodes) -> str:
    """The ``VALUES ?ev`` block that asks the text about the evidence ``nodes`` (IRIs) alone.

    >>> _ev_values(["https://w3id.org/g40kg/id/evidence/e1"])
    'VALUES ?ev { <https://w3id.org/g40kg/id/evidence/e1> }'
    """
    from .questions import sparql_term

    return "VALUES ?ev { " + " ".join(sparql_term(URIRef(node)) for node in nodes) + " }"


def _node_inputs(dataset, nodes: set, timeout) -> dict | None:
    """Evidence IRI → its filter inputs (:func:`graph.evidence_window.filter_inputs`) for the ``nodes``, a node's None
    when a time value of its is no day (its rows asked of the text); None when a node is no IRI (the text answers)."""
    if not all(isinstance(node, URIRef) for node in nodes):
        return None
    inputs = evidence_window.filter_inputs(dataset, nodes, timeout)
    if inputs is None:  # a time value no day: those nodes asked
        inputs = {str(node): (evidence_window.filter_inputs(dataset, {node}, timeout) or {}).get(str(node))
                  for node in nodes}
    return inputs


class _Terms(dict):
    """Term index → the rdflib term of a table's ``terms``, made when first asked (-1: unbound)."""

    def __init__(self, terms: list):
        from .kept_answers import _term
        from .oxigraph_store import _plain_literal

        super().__init__({-1: None})
        self.terms, self.made, self.plain = terms, _term, _plain_literal

    def __missing__(self, position: int):
        kept = self.terms[position]
        made = self[position] = self.plain(kept) if isinstance(kept, str) else self.made(kept)
        return made


#: the answer's columns, as the text selects them
_COLUMNS = ("person", "personLabel", "role", "portfolio", "body", "bodyLabel", "since", "end", "curated", "curation",
            "documentId", "documents", "sinceStated", "sinceDocument")


def _answer(dataset, question, table: dict, bound: Mapping[str, Any], timeout):
    """The rows of the groups ``table`` holds whose rows the window ``bound`` keeps, in their order."""
    from .kept_answers import _term, _written
    from .query import QueryResult

    as_of = bound.get("as_of") is not None
    kept_terms = table["terms"]
    keys, tails, first, size = table["keys"], table["tails"], table["first"], len(table["first"])
    twins = {twin[0]: twin[1:] for twin in table["twins"]} if as_of else {}
    more = dict(map(tuple, table["more"]))
    decisions = _decisions(table["signatures"], bound)
    groups = range(size)
    for offset, name in ((0, "person"), (3, "body")):
        if bound.get(name) is not None:
            values = bound[name] if isinstance(bound[name], tuple) else (bound[name],)
            targets = [_kept_term(_written(value)) for value in values]
            numbers = {number for number, kept in enumerate(kept_terms) if kept in targets}
            groups = [group for group in groups if keys[5 * group + offset] in numbers]
    asked = None in decisions and sorted({kept_terms[row[1]][1] for group in groups for row in more.get(group, [[first[group], table["nodes"][group]]])
                    if decisions[row[0]] is None})
    answers = _asked_rows(dataset, question, bound, asked, timeout) if asked else {}
    functions = [(function, distinct) for _, function, distinct, _ in _kept_query(question)[0]["aggregates"]]
    width = len(functions)
    objects = _Terms(kept_terms)
    rows = []
    for group in groups:
        key = keys[5 * group:5 * group + 5]
        extra = answers.pop(tuple(tuple(_read_term(kept_terms[cell])) for cell in key), []) if asked else []
        members = more.get(group)
        states = [decisions[row[0]] for row in members] if members else [decisions[first[group]]]
        if all(states) and None not in states and not extra:
            cells = twins.get(group) or tails[len(_TAIL) * group:len(_TAIL) * (group + 1)]
            rows.append(dict(zip(_COLUMNS, map(objects.__getitem__, (*key[:3], cells[0], *key[3:], *cells[1:])))))
            continue
        arguments = list(extra)
        for row, state in zip(members or (), states):
            if state:
                values = row[2 + width:] if as_of and len(row) > 2 + width else row[2:2 + width]
                arguments.append([None if cell < 0 else _read_term(kept_terms[cell]) for cell in values])
        if not arguments:
            continue
        made = _row([_read_term(kept_terms[cell]) for cell in key], [_aggregate(function, distinct, [member[position] for member in arguments])
                                                    for position, (function, distinct) in enumerate(functions)])
        rows.append({column: None if value is None else _term(value) for column, value in zip(_COLUMNS, made)})
    if answers:
        raise ValueError("a row of a group the kept rows do not hold")
    return QueryResult("select", columns=list(_COLUMNS), rows=rows)


def _asked_rows(dataset, question, bound, nodes: list[str], timeout) -> dict[tuple, list]:
    """The subquery's rows of the evidence ``nodes`` under the window ``bound``, asked of the text (``VALUES
    ?ev``): group (written terms) → each row's aggregates' arguments."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import question_text

    parts = inner_query(question_text(question, dict(bound), engine="oxigraph"))
    values = _ev_values(nodes)
    names = [name for name, *_ in parts["aggregates"]]
    answers: dict[tuple, list] = {}
    for found in run_sparql(dataset, _rows_text(parts, parts["where"], set(), values), timeout=timeout,
                            check=False).rows:
        key = tuple(tuple(_written(found[name[1:]])) for name in parts["groups"])
        answers.setdefault(key, []).append([None if found.get(f"a_{name}") is None else _written(found[f"a_{name}"])
                                            for name in names])
    return answers


def _order_key(written) -> tuple:
    """SPARQL's order of the values the aggregates here compare: booleans, plain strings; ValueError else."""
    if written[0] == "l" and written[3] is None and written[2] in (None, _STRING):
        return (1, written[1])
    if written[0] == "l" and written[2] == _BOOLEAN:
        return (0, written[1] in ("true", "1"))
    raise ValueError(f"not ordered here: {written!r}")


def _aggregate(function: str, distinct: bool, values: list):
    """``MAX``, ``MIN`` (unbound when a value is: as Oxigraph) or ``COUNT`` (of the bound values, distinct or
    not) of ``values`` (written terms)."""
    if function == "COUNT":
        bound = [tuple(value) for value in values if value is not None]
        return ["l", str(len(set(bound)) if distinct else len(bound)), _INTEGER, None]
    if any(value is None for value in values):
        return None
    return (max if function == "MAX" else min)(values, key=_order_key)


def _text(written) -> str:
    _order_key(written)
    return written[1]


def _plain(text: str) -> list:
    return ["l", text, None, None]


def _row(groups: list, aggregated: list) -> list:
    """One row of the answer, as the text's lines after its ``GROUP BY`` make it from a group's terms
    (person, personLabel, role, body, bodyLabel) and its aggregates (lastStart, lastEnd, curated,
    curationKey, firstDocumentKey, documents, portfolioKey, sinceKey), in the projection's order."""
    person, person_label, role, body, body_label = groups
    last_start, last_end, curated, curation_key, first_document_key, documents, portfolio_key, since_key = aggregated
    curation = None if curation_key is None or _text(curation_key) == "\uFFFF" else curation_key
    first_document = None if first_document_key is None or _text(first_document_key) == "\uFFFF" else first_document_key
    rest = _text(since_key)[2:]
    first = rest.split(" ", 1)[0] if " " in rest else ""
    since_document = "" if first == "~" else rest[len(first) + 1:]
    portfolio = _after(_after(_text(portfolio_key), "\t"), "\t")
    start, end = _text(last_start), _text(last_end)
    return [person, person_label, role, _plain(portfolio), body, body_label, _plain("" if first == "~" else first),
            _plain(end if end != "" and end >= start else ""), curated, curation,
            _plain(since_document) if since_document != "" else first_document, documents,
            ["l", "true" if _text(since_key).startswith("0") else "false", _BOOLEAN, None], _plain(since_document)]


def _after(text: str, separator: str) -> str:
    return text.split(separator, 1)[1] if separator in text else ""


def _sort_key(row: list) -> tuple:
    """The text's ``ORDER BY LCASE(?personLabel) ?person ?role LCASE(?bodyLabel) ?body ?personLabel ?bodyLabel``."""
    person, person_label, role, _, body, body_label = row[:6]
    return (person_label[1].lower(), person[1], role[1], body_label[1].lower(), body[1], person_label[1:],
            body_label[1:])
