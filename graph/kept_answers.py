"""A named question's whole-graph answer kept beside a built graph, and an entity's rows read from it.

``city-ministry`` lists every G40 city and ministry with the documents that link them: at 10^6
triples seconds of SPARQL (a join of every city document with every ministry document of a
programme), the same seconds in every command, although a built graph never changes. A question
whose header says ``kept: [city, ministry]`` is therefore answered from its whole-graph answer
(no parameter bound, no window) kept in ``<graph>/derived/`` by :mod:`graph.derived`, keyed by the
graph's stamp, so a rebuilt graph never reads a stale one, and by the question's SPARQL text, so
a changed question never reads another's answer:

* asked without parameters and without a window, the first ask computes that answer as before
  and keeps it; later asks read it;
* asked with the listed parameters bound (``-p city=Arnhem``), once the whole answer is kept,
  its rows whose column of the same name holds one of the parameter's values: the rows the SPARQL
  text gives with those values bound, since each listed parameter only selects groups of the
  answer (``tests/test_kept_answers.py`` compares both on both engines); before it is kept, the
  SPARQL with the values bound, which reads far less than the whole answer;
* any other parameter or a window (``--at``, ``--between``, ``--as-of``): the SPARQL text, which
  stays the question's definition, as it is for ``--engine rdflib`` and ``--endpoint``
  (:func:`graph.derived.keeps_results`: only a read-only store of a graph directory keeps results);
  ``city-ministry`` on Oxigraph has its three sides asked and joined in Python instead
  (:mod:`graph.side_join`, also when its whole answer is computed to be kept). Under a window the rows of the
  G40 cities that were no member then are left out (:mod:`graph.g40_membership`); when a city that is no
  member today was one then, the text answers (the kept rows are today's members').

The listings that say so: ``city-ministry`` (by city and ministry), ``who-does-what`` (by body; a person's
few roles are cheaper looked up than read from the whole answer), ``ministry-contacts`` (by ministry),
``themagroep-contacts`` (by themagroep), ``collaborations-matrix`` and ``g40-cities-programmes`` (without
parameters).

The first ask pays, not the build: a build (and a one-document rebuild, whose target is 2 s) would
otherwise spend those seconds on every graph for a question that may never be asked of it.

The answer is kept as JSON (:func:`encode`): the columns, each distinct term once, and each row as
indices into those terms, so that reading 5,856 rows makes some thousand terms, not 50,000.

>>> from rdflib import Literal, URIRef
>>> from graph.query import QueryResult
>>> rows = [{"city": URIRef("urn:a"), "n": Literal(2)}, {"city": None, "n": Literal(2)}, {"n": Literal(2)}]
>>> result = QueryResult("select", ["city", "n"], rows)
>>> encode(result)
{'columns': ['city', 'n'], 'terms': [['u', 'urn:a'], ['l', '2', 'http://www.w3.org/2001/XMLSchema#integer', None]], \
'rows': [[0, 1], [-1, 1], [-2, 1]]}
>>> decode(encode(result)).rows == result.rows
True
>>> [row["n"] for row in decode(encode(result), {"city": URIRef("urn:a")}).rows]
[rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))]
"""

from __future__ import annotations

from typing import Any, Mapping

from rdflib import BNode, Literal, URIRef

from . import side_join, window_counts, window_roles, window_values
from .g40_membership import FORMER, only_members, window_members
from .oxigraph_store import _plain_literal, _str_new  # the terms rdflib's constructors give, without their checks

__all__ = ["kept_answer", "encode", "decode"]

#: a column a row has no key for (written -2; a key whose value is None, an unbound one, is -1)
_ABSENT = object()

#: the source a kept answer depends on (a change keeps it anew)
_CODE = (__file__, side_join.__file__)

#: the prefix of a kept answer's file in ``derived/``
_NAME = "question-"


def kept_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` with ``bindings`` (:func:`graph.questions.question_bindings`) read from
    or kept as its whole-graph answer (module docstring); None when the SPARQL text must answer."""
    from .derived import keeps_results, kept, remembered
    from .query import engine_of

    listed = question.kept
    if listed is None:
        return None
    joined = _joined(dataset, question)
    bound = {name: value for name, value in bindings.items() if value is not None}
    if not keeps_results(dataset) or any(name not in listed for name in bound):
        windowed = _WINDOWED.get(question.name)
        if windowed is None and not joined:
            return None
        if FORMER in bound:
            return None  # a former G40 member counts: its rows are the text's only
        members = window_members(dataset, question, bound, timeout)  # a window: the kept rows are today's members'
        if windowed is not None and engine_of(dataset) == "oxigraph":
            answer = windowed.windowed_answer(dataset, question, bindings, timeout)  # None: the text answers
        else:
            answer = joined(dataset, question, bindings, timeout) if joined else None
        return only_members(answer, members)
    key = {"text": _whole_text(question)}
    if not bound:
        compute = (lambda: joined(dataset, question, bindings, timeout)) if joined else (
            lambda: _computed(dataset, key["text"], timeout))
        return remembered(dataset, _NAME + question.name, key, compute, code=_CODE, encode=encode,
                          decode=decode)
    found = kept(dataset, _NAME + question.name, key, code=_CODE, decode=lambda data: decode(data, bound))
    return joined(dataset, question, bindings, timeout) if found is None and joined else found


#: the questions answered under a window from rows kept beside the graph, and the module that answers each
_WINDOWED = {window_roles.QUESTION: window_roles, **dict.fromkeys(window_counts.SHAPES, window_counts),
             **dict.fromkeys(window_values.QUESTIONS, window_values)}


def _joined(dataset, question):
    """:func:`graph.side_join.joined_answer` for ``city-ministry`` on Oxigraph (its sides joined in Python:
    seconds less at 10^6 triples, with or without a window), else None: the SPARQL text answers."""
    from .query import engine_of

    return side_join.joined_answer if question.name == side_join.QUESTION and engine_of(dataset) == "oxigraph" else None


def _whole_text(question) -> str:
    from .questions import question_text

    return question_text(question, {}, engine="oxigraph")


def _computed(dataset, text: str, timeout: float | None):
    from .query import run_sparql

    return run_sparql(dataset, text, timeout=timeout, check=False)


def encode(result) -> dict:
    """A SELECT answer as JSON values: its columns, its distinct terms and its rows as indices (-1: unbound, -2: no
    key for the column).

    A term object met again (an answer's rows share them: :func:`graph.oxigraph_store._bindings` converts each
    distinct value once) takes the index it had, found by the object's identity, so only each term object's first
    cell writes it out and looks it up by value (at 10^6 triples an entity's 1,148 facts × 21 columns are 24,108
    cells of some 7,000 term objects). The output is the same as looking every cell up by value.
    """
    index: dict[tuple, int] = {}
    by_object: dict[int, int] = {}  # id(term) → its index: the rows hold every term, so no id is reused meanwhile
    terms: list[list] = []
    rows = []
    columns = list(result.columns)
    for row in result.rows:
        cells = []
        for column in columns:
            term = row.get(column, _ABSENT)
            if term is None or term is _ABSENT:
                cells.append(-1 if term is None else -2)
                continue
            number = by_object.get(id(term))
            if number is None:
                written = _written(term)
                key = tuple(written)
                number = index.get(key)
                if number is None:
                    number = index[key] = len(terms)
                    terms.append(written)
                by_object[id(term)] = number
            cells.append(number)
        rows.append(cells)
    return {"columns": columns, "terms": terms, "rows": rows}


def _written(term) -> list:
    if isinstance(term, Literal):
        return ["l", str(term), None if term.datatype is None else str(term.datatype), term.language]
    if isinstance(term, BNode):
        return ["b", str(term)]
    if isinstance(term, URIRef):
        return ["u", str(term)]
    raise ValueError(f"not an RDF term: {term!r}")


def decode(data: dict, bound: Mapping[str, Any] | None = None):
    """The answer :func:`encode` wrote (ValueError when ``data`` is not such an answer); with ``bound``
    only the rows whose column of each name in it holds its value (a tuple: one of its values), in their
    order, found by their terms' indices before any term is made.

    >>> from rdflib import URIRef
    >>> data = {"columns": ["city"], "terms": [["u", "urn:a"], ["u", "urn:b"]], "rows": [[0], [1], [-1]]}
    >>> decode(data, {"city": (URIRef("urn:b"), URIRef("urn:c"))}).rows
    [{'city': rdflib.term.URIRef('urn:b')}]
    """
    from .query import QueryResult

    columns, written, rows = _checked(data)["columns"], data["terms"], data["rows"]
    if bound:
        wanted = []
        for name, value in bound.items():
            targets = [_written(one) for one in (value if isinstance(value, tuple) else (value,))]
            wanted.append((columns.index(name), {index for index, one in enumerate(written) if one in targets}))
        rows = [cells for cells in rows if all(cells[position] in numbers for position, numbers in wanted)]
    terms: dict[int, Any] = {-1: None}
    answer = []
    for cells in rows:
        row = {}
        for column, cell in zip(columns, cells):
            if cell != -2:
                row[column] = terms[cell] if cell in terms else terms.setdefault(cell, _term(written[cell]))
        answer.append(row)
    return QueryResult("select", columns=list(columns), rows=answer)


def _checked(data: dict) -> dict:
    """``data`` when it has the shape :func:`encode` writes, else ValueError."""
    columns, written, rows = data["columns"], data["terms"], data["rows"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns) or not isinstance(
            written, list) or not isinstance(rows, list):
        raise ValueError("not a kept answer")
    size, top = len(columns), len(written)
    for cells in rows:
        if len(cells) != size or (cells and (max(cells) >= top or min(cells) < -2)):
            raise ValueError("a row of another length or with a term that is not kept")
    return data


def _term(written: list):
    kind, value = written[0], written[1]
    if kind == "u":
        return _str_new(URIRef, value)
    if kind == "b":
        return BNode(value)
    if kind == "l" and written[2] is None and written[3] is None:
        return _plain_literal(value)
    if kind == "l":
        return Literal(value, lang=written[3], datatype=None if written[2] is None else URIRef(written[2]))
    raise ValueError(f"not a kept term: {written!r}")
