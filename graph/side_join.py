"""``city-ministry`` answered from its three sides' rows, joined and counted in Python.

The question's SPARQL text joins, through a programme, every city document with every ministry
document of that programme before counting the distinct documents of each (city, ministry,
programme, relation): at 10^6 triples 1.9 million rows and 9–12 s of CPU, with or without a
window, while its three sides (the direct ``collaboratesWith`` facts, the cities' programme facts,
the ministries' programme facts) are 2,000–4,400 rows each. So on Oxigraph the sides are asked as
the text writes them (:func:`side_texts`: its own ``SELECT DISTINCT`` subqueries, with its
``VALUES`` and time filter for the parameters and window asked) and the rest is done here, as the
text defines it:

* a direct fact's group is (city, ministry, no programme, relation); a programme's groups pair each
  (city, programme) of the cities' side with each (ministry, programme, label, relation) of the
  ministries' side, and count the documents either side names (``COUNT(DISTINCT ?doc)``): the
  union of the two sides' documents, not their product;
* the latest document is the greatest ``date|identifier`` (``MAX(IF(BOUND(?docId), CONCAT(…)))``),
  shown as what follows its first ``|``;
* each group gets a row per label of its city and of its ministry (``LATERAL``), ordered by city,
  ministry and programme label and relation, an unbound value first (SPARQL's order).

Kept beside the graph (:mod:`graph.derived`, keyed by the graph's stamp and the sides' text), the
sides' rows without a window, each with its evidence node, and what the time filter reads of each node
(:func:`graph.evidence_window.filter_inputs`) answer every window and parameter without SPARQL: a row
is kept when :func:`graph.evidence_window.kept_by` keeps its evidence (``time_filter``'s rows: a side's
row is in its window's answer when one of its evidence nodes is kept) and its city or ministry is the
one asked. The first such ask computes and keeps them (the sides' rows and four queries of lookups over
their evidence: about 3 s of CPU at 10^6 triples, once per graph).

``tests/test_side_join.py`` compares the rows with the text's on both engines, for every parameter
and window, with and without the kept rows. ``--engine rdflib`` and ``--endpoint`` run the text,
which stays the definition.

>>> terms = [["u", "urn:d1"], ["l", "d1", None, None], ["l", "2024-01-01", None, None]]
>>> groups = {}
>>> counted(groups, ("c", "m"), [(0, 1, 2), (0, 1, 2), (-1, -1, -1)], terms)
>>> groups  # the documents as bits: document 0
{('c', 'm'): [1, '2024-01-01|d1']}
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from rdflib import URIRef
from rdflib.namespace import XSD

from . import evidence_window

__all__ = ["joined_answer", "side_texts", "counted"]

#: the question this module answers
QUESTION = "city-ministry"

_G40 = "https://w3id.org/g40kg/def#"
_INTEGER = str(XSD.integer)


def side_texts(text: str) -> list[str]:
    """The ``SELECT DISTINCT`` subqueries of ``text`` (a question's text with its values and time filter),
    each as a query of its own, in the order they stand.

    >>> side_texts("SELECT * WHERE { { SELECT DISTINCT ?a WHERE { ?a ?b { ?c ?d ?e } } } ?a ?f ?g }")
    ['SELECT DISTINCT ?a WHERE { ?a ?b { ?c ?d ?e } }']
    """
    found = []
    start = text.find("SELECT DISTINCT")
    while start >= 0:
        depth, position = 0, text.index("{", start)
        while True:
            depth += {"{": 1, "}": -1}.get(text[position], 0)
            if depth == 0:
                break
            position += 1
        found.append(text[start:position + 1])
        start = text.find("SELECT DISTINCT", position)
    return found


def counted(groups: dict, key: tuple, documents, terms: list) -> None:
    """Add ``documents`` ((document, identifier, date) indices into ``terms``, -1 when unbound) to the group
    ``key`` of ``groups`` (key → [distinct documents as the bits of their indices, greatest ``date|identifier``]):
    the question's ``COUNT(DISTINCT ?doc)`` and ``MAX(IF(BOUND(?docId), CONCAT(COALESCE(STR(?date), ""), "|",
    ?docId), ""))``."""
    group = groups.get(key)
    if group is None:
        group = groups[key] = [0, ""]
    for document, identifier, day in documents:
        if document >= 0:
            group[0] |= 1 << document
        if identifier >= 0:
            latest = ("" if day < 0 else terms[day][1]) + "|" + terms[identifier][1]
            if latest > group[1]:
                group[1] = latest


#: the columns of each side's rows, as the question's subqueries name them (and the evidence node)
_SIDES = (("city", "ministry", "p", "doc", "docId", "date", "ev"),
          ("city", "programme", "cityDoc", "cityDocId", "cityDate", "ev"),
          ("ministry", "programme", "programmeLabel", "p", "ministryDoc", "ministryDocId", "ministryDate", "ev"))

#: the columns of the question's answer, as its text selects them
_COLUMNS = ("city", "cityLabel", "ministry", "ministryLabel", "programme", "programmeLabel", "relation", "documents",
            "documentId")

#: the parameters a kept table answers: the entities and the window
_WINDOW = ("at", "from", "until", "as_of")


def joined_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``city-ministry`` (``question``) with ``bindings`` (:func:`graph.questions.question_bindings`),
    its sides read from the kept table or asked on ``dataset``, and joined here (module docstring)."""
    from .derived import keeps_results

    bound = {name: value for name, value in bindings.items() if value is not None}
    if keeps_results(dataset) and set(bound) & set(_WINDOW) and set(bound) <= {"city", "ministry", *_WINDOW}:
        table = _kept_table(dataset, question, timeout)
        if table is not None:
            return _answer(question, table, _window(table, bound), _selected(table, bound))
    table = _table(dataset, side_texts(question_text_of(question, bindings)), timeout)
    return _answer(question, table, None, {})


def question_text_of(question, bindings) -> str:
    from .questions import question_text

    return question_text(question, bindings, engine="oxigraph")


def _with_evidence(text: str) -> str:
    return text.replace("SELECT DISTINCT", "SELECT DISTINCT ?ev", 1)


def _table(dataset, texts: list[str], timeout, windows: bool = False) -> dict:
    """The sides' rows and their entities' labels as one table of terms: ``terms`` (as
    :func:`graph.kept_answers.encode` writes them), each side's rows as indices in :data:`_SIDES`' order
    (-1: unbound), ``labels`` as [entity, label] indices. With ``windows``, each row's last cell is its
    evidence's *signature*, an index into ``signatures``, the distinct :func:`graph.evidence_window.filter_inputs`
    of the evidence (many nodes share them: one decision each); ``signatures`` is None when a time value is
    not a day. Without, the last cell is -1 and ``signatures`` None."""
    from .kept_answers import _written
    from .query import run_sparql
    from .questions import sparql_term

    index: dict[tuple, int] = {}
    terms: list[list] = []

    def number(term) -> int:
        if term is None:
            return -1
        written = _written(term)
        found = index.get(tuple(written))
        if found is None:
            found = index[tuple(written)] = len(terms)
            terms.append(written)
        return found

    answers = [run_sparql(dataset, _with_evidence(text), timeout=timeout, check=False).rows for text in texts]
    inputs = evidence_window.filter_inputs(dataset, {row["ev"] for rows in answers for row in rows},
                                           timeout) if windows else None
    signatures, signature_of, seen = ([] if inputs is not None else None), {}, {}
    for node, found in sorted((inputs or {}).items()):
        written = json.dumps(found, sort_keys=True)
        if written not in seen:
            seen[written] = len(signatures)
            signatures.append(found)
        signature_of[node] = seen[written]
    sides, entities = [], set()
    for columns, rows in zip(_SIDES, answers):
        sides.append([[number(row[column]) for column in columns[:-1]] + [signature_of.get(str(row["ev"]), -1)]
                      for row in rows])
        entities |= {row[columns[0]] for row in rows} | ({row["ministry"] for row in rows} if columns[1] == "ministry" else set())
    labels = []
    named = " ".join(sparql_term(entity) for entity in sorted(entities, key=str) if isinstance(entity, URIRef))
    if named:
        text = f"SELECT ?e ?label WHERE {{ VALUES ?e {{ {named} }} ?e skos:prefLabel ?label }}"
        labels = [[number(row["e"]), number(row["label"])]
                  for row in run_sparql(dataset, text, timeout=timeout, check=False).rows]
    return {"terms": terms, "sides": sides, "labels": labels, "signatures": signatures}


def _kept_table(dataset, question, timeout) -> dict | None:
    """The table of the sides without a window, with their evidence's signatures, kept beside the graph;
    None when a time value is not a day (:func:`graph.evidence_window.filter_inputs`)."""
    from . import kept_answers
    from .derived import remembered

    texts = side_texts(question_text_of(question, {}))
    table = remembered(dataset, "sides-" + question.name, {"texts": texts},
                       lambda: _table(dataset, texts, timeout, windows=True),
                       code=(__file__, evidence_window.__file__, kept_answers.__file__), decode=_checked)
    return table if table["signatures"] is not None else None


def _checked(data) -> dict:
    """A kept table as :func:`_table` makes it, else ValueError."""
    if not isinstance(data, dict) or set(data) != {"terms", "sides", "labels", "signatures"} or len(data["sides"]) != 3:
        raise ValueError("not a table of city-ministry's sides")
    top, signatures = len(data["terms"]), len(data["signatures"] or ())
    for columns, rows in zip(_SIDES, data["sides"]):
        if not rows:
            continue
        cells = list(zip(*rows)) if {len(row) for row in rows} == {len(columns)} else None
        if cells is None or max(map(max, cells[:-1])) >= top or min(map(min, cells)) < -1 or max(cells[-1]) >= signatures:
            raise ValueError("a row of another length or with a term that is not kept")
    return data


def _window(table: dict, bound: Mapping[str, Any]):
    """Signature index → kept by the window ``bound`` asks (a function), or None without a window."""
    days = {name: (str(bound[name]) if bound.get(name) is not None else None) for name in _WINDOW}
    if not any(days.values()):
        return None
    decided = [evidence_window.kept_by(inputs, at=days["at"], since=days["from"], until=days["until"],
                                       as_of=days["as_of"]) for inputs in table["signatures"]]
    return decided.__getitem__


def _selected(table: dict, bound: Mapping[str, Any]) -> dict[str, set]:
    """Parameter (``city``, ``ministry``) → the term indices of its values."""
    from .kept_answers import _written

    selected = {}
    for name in ("city", "ministry"):
        if bound.get(name) is not None:
            values = bound[name] if isinstance(bound[name], tuple) else (bound[name],)
            wanted = [_written(value) for value in values]
            selected[name] = {position for position, term in enumerate(table["terms"]) if term in wanted}
    return selected


def _answer(question, table: dict, kept, selected: dict[str, set]):
    """The question's rows from ``table``: its side rows whose evidence ``kept`` keeps (None: all) and whose
    city and ministry are ``selected``, grouped, counted, labelled and ordered as the text does."""
    from .kept_answers import _term
    from .query import QueryResult

    terms = table["terms"]
    cities, ministries = selected.get("city"), selected.get("ministry")

    def wanted(row, entities: set | None) -> bool:
        return (kept is None or kept(row[-1])) and (entities is None or row[0] in entities)

    direct, city_rows, ministry_rows = table["sides"]
    groups: dict[tuple, list] = {}
    for row in direct:
        if wanted(row, cities) and (ministries is None or row[1] in ministries):
            counted(groups, (row[0], row[1], -1, -1, row[2]), [row[3:6]], terms)
    city_sides: dict[int, dict[int, list]] = {}
    for row in city_rows:  # a side is asked with the other side's parameter too, which it does not read
        if wanted(row, cities):
            counted(city_sides.setdefault(row[1], {}), row[0], [row[2:5]], terms)
    ministry_sides: dict[int, dict[tuple, list]] = {}
    for row in ministry_rows:
        if wanted(row, ministries):
            counted(ministry_sides.setdefault(row[1], {}), (row[0], row[2], row[3]), [row[4:7]], terms)
    for programme, by_city in city_sides.items():
        for (ministry, label, relation), (ministry_documents, ministry_latest) in ministry_sides.get(programme, {}).items():
            for city, (city_documents, city_latest) in by_city.items():
                groups[(city, ministry, programme, label, relation)] = [city_documents | ministry_documents,
                                                                        max(city_latest, ministry_latest)]
    labels: dict[int, list] = {}
    for entity, label in table["labels"]:
        labels.setdefault(entity, []).append(label)
    texts = {-1: (0, "")}  # a label's sort key as SPARQL's ORDER BY orders it: unbound first, then by its text
    made: dict[Any, Any] = {-1: None, (None, None): None}
    relations: dict[int, tuple] = {}

    def text(position: int) -> tuple:
        if position not in texts:
            texts[position] = (1, terms[position][1])
        return texts[position]

    def term(position: int):
        if position not in made:
            made[position] = _term(terms[position])
        return made[position]

    def plain(value: str | None, datatype: str | None = None):
        if (value, datatype) not in made:
            made[(value, datatype)] = _term(["l", value, datatype, None])
        return made[(value, datatype)]

    keyed = []  # (sort key, the row's terms in the order of _COLUMNS)
    for (city, ministry, programme, label, relation), (documents, latest) in groups.items():
        if relation not in relations:
            iri = terms[relation][1]
            shown = iri[len(_G40):] if iri.startswith(_G40) else ""
            relations[relation] = (1, shown), plain(shown)
        relation_key, relation_term = relations[relation]
        tail = (term(programme), term(label), relation_term, plain(str(documents.bit_count()), _INTEGER),
                plain(latest.split("|", 1)[1] if latest else None))
        for city_label in labels.get(city, ()):
            for ministry_label in labels.get(ministry, ()):
                keyed.append(((text(city_label), text(ministry_label), text(label), relation_key),
                              (term(city), term(city_label), term(ministry), term(ministry_label), *tail)))
    keyed.sort(key=lambda pair: pair[0])
    columns = re.search(r"^SELECT ((?:\?\w+ ?)+)$", question.text, flags=re.M).group(1).replace("?", "").split()
    rows = [dict(zip(_COLUMNS, values)) for _, values in keyed]
    if columns != list(_COLUMNS):
        rows = [{column: row.get(column) for column in columns} for row in rows]
    return QueryResult("select", columns=columns, rows=rows)
