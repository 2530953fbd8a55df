"""A question about one entity answered from its whole-graph answer kept beside the graph, in groups by entity.

``unit-role-timeline`` and ``members`` ask about one unit or programme, yet at 10^6 triples their text costs
90–130 ms of CPU a time: some 500 evidence nodes at about 15 index lookups each, every ask again, although a
built graph never changes. A question whose header says ``kept_per: unit`` (a required parameter) is therefore
answered, on a read-only Oxigraph store of a graph directory (:func:`graph.derived.keeps_results`), asked with
that parameter alone (one value, no window, no other parameter), from its whole-graph answer: the text with the
parameter unbound, whose rows are split by the parameter's column and kept beside the graph
(:func:`graph.derived.remembered_group`, keyed by the graph's stamp and the question's text), each group
readable on its own. An ask reads the group of its value: the rows of the whole answer whose column holds it,
in the whole answer's order (folded into terms when the header says ``rows: terms``: a term is one person's
rows in one body, and every fold's key holds the parameter's column). These are the rows and the order of the
text with that value bound: the parameter only selects rows (it is bound in the text's ``VALUES`` and matched by
the patterns that match it unbound), and the text's ``ORDER BY`` names every column it selects, so that its
order does not depend on the order an engine reads the rows in (two pieces of evidence of one document tied
before round 53q, and the engines, like Oxigraph's whole answer and its answer for one value, listed them in
other orders, a term then showing another quote). ``tests/test_grouped_answers.py`` compares both, for every
value of three graphs, on both engines; ``benchmarks/grouped_answers.py`` a sample at 10^6 triples. A value
with no group has no rows.

The first such ask after a build computes and keeps the whole answer (at 10^6 triples ``unit-role-timeline``
about 1–2 s of CPU, ``members`` 3–10 s), not the build: a one-document rebuild's target is 2 s. Any other ask
(a window, another parameter, several values), ``--engine rdflib``, ``--endpoint`` and a store in memory run
the text, which stays the definition; so does an ask whose whole answer takes longer than half its timeout
(the text then has its timeout), and every later ask with that timeout, as a note in ``derived/`` says (on a
busy machine, at load 28 on 2 cores, members' whole answer took 228 s of wall at 10^6 triples).

>>> from rdflib import URIRef
>>> from graph.query import QueryResult
>>> whole = QueryResult("select", ["unit", "n"], [{"unit": URIRef("urn:a"), "n": URIRef("urn:1")},
...                                               {"unit": URIRef("urn:b"), "n": URIRef("urn:2")},
...                                               {"unit": URIRef("urn:a"), "n": URIRef("urn:3")}])
>>> head, groups = split(whole, "unit")
>>> [row["n"] for row in joined(head, groups[group_key(URIRef("urn:a"))]).rows]
[rdflib.term.URIRef('urn:1'), rdflib.term.URIRef('urn:3')]
>>> joined(head, None).rows, joined(head, None).columns
([], ['unit', 'n'])
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from . import kept_answers
from .errors import QueryTimeout

__all__ = ["grouped_answer", "split", "joined", "group_key"]

#: the prefix of a kept answer's file in ``derived/``
_NAME = "groups-"

#: the prefix of the note that a question's whole answer took longer than a budget (a later ask with that budget
#: runs the text at once; one with a longer timeout tries again)
_GIVEN_UP = "groups-given-up-"

#: the source the kept groups depend on (a change keeps them anew)
_CODE = (__file__, kept_answers.__file__, str(Path(__file__).with_name("term_rows.py")))


def grouped_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` with ``bindings`` (:func:`graph.questions.question_bindings`) read from the
    group of its ``kept_per`` parameter's value (module docstring); None when the SPARQL text must answer."""
    from .derived import keeps_results, kept, remembered, remembered_group
    from .query import engine_of

    column = question.kept_per
    if column is None or engine_of(dataset) != "oxigraph" or not keeps_results(dataset):
        return None
    bound = {name: value for name, value in bindings.items() if value is not None}
    value = bound.get(column)
    if set(bound) != {column} or isinstance(value, tuple):
        return None
    text = kept_answers._whole_text(question)
    key, budget = {"text": text, "column": column}, _budget(timeout)
    given_up = {**key, "budget": budget}  # a whole answer that took longer than this budget is not tried again

    def whole():
        if budget is not None and kept(dataset, _GIVEN_UP + question.name, given_up, code=_CODE) is not None:
            raise QueryTimeout(f"the whole answer took longer than {budget} s before")
        return split(_whole(dataset, question, text, budget), column)

    try:
        return remembered_group(dataset, _NAME + question.name, key, group_key(value), whole, code=_CODE,
                                decode=joined)
    except QueryTimeout:  # the whole answer takes longer than the ask may: its text answers, as before
        remembered(dataset, _GIVEN_UP + question.name, given_up, lambda: True, code=_CODE)
        return None


def _whole(dataset, question, text: str, timeout: float | None):
    """The whole-graph answer of ``question`` (its ``text`` with no parameter bound), its rows folded into
    terms when its header says ``rows: terms``: a term is one person's rows in one body (:data:`graph.term_rows.FOLDS`
    names the parameter's column in every fold's key), so folding the whole answer and taking a value's rows gives
    the rows that folding the value's rows gives, in the same order."""
    result = kept_answers._computed(dataset, text, timeout)
    if question.rows == "terms":
        from .term_rows import term_result

        result = term_result(result, question.name)
    return result


def _budget(timeout: float | None) -> float | None:
    """The time the whole answer may take of an ask's ``timeout``: half, so that the text still has time to answer
    when it takes longer (on a busy machine: at load 13, members' whole answer took 33 s of wall at 10^6 triples).

    >>> _budget(30), _budget(None)
    (15.0, None)
    """
    return None if timeout is None else timeout / 2


def group_key(term) -> str:
    """The key of the group of ``term`` (an RDF term), as :func:`split` names it.

    >>> from rdflib import URIRef
    >>> group_key(URIRef("urn:a"))
    '["u","urn:a"]'
    """
    return json.dumps(kept_answers._written(term), separators=(",", ":"))


def split(result, column: str) -> tuple[dict, dict]:
    """The head (the columns) and the groups (:func:`group_key` → the rows :func:`graph.kept_answers.encode`
    writes) of ``result``'s rows by their value in ``column``, each in the result's order; a row with no value
    there is in no group."""
    from .query import QueryResult

    rows: dict[str, list] = {}
    for row in result.rows:
        value = row.get(column)
        if value is not None:
            rows.setdefault(group_key(value), []).append(row)
    groups = {key: kept_answers.encode(QueryResult("select", list(result.columns), found)) for key, found in rows.items()}
    return {"columns": list(result.columns)}, groups


def joined(head: dict, group):
    """The answer of one group (None: no rows) with the head's columns; ValueError when either is not what
    :func:`split` makes."""
    from .query import QueryResult

    columns = head["columns"]
    if not isinstance(columns, list) or not all(isinstance(column, str) for column in columns):
        raise ValueError("not a head of kept groups")
    if group is None:
        return QueryResult("select", columns=list(columns), rows=[])
    if group.get("columns") != columns:
        raise ValueError("a group with other columns")
    return kept_answers.decode(group)
