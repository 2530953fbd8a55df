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

``tests/test_side_join.py`` compares the rows with the text's on both engines, for every parameter
and window. ``--engine rdflib`` and ``--endpoint`` run the text, which stays the definition.

>>> from rdflib import Literal, URIRef
>>> groups = {}
>>> counted(groups, ("c", "m", None, None, "p"), [(URIRef("urn:d1"), Literal("d1"), Literal("2024-01-01")),
...                                              (URIRef("urn:d1"), Literal("d1"), Literal("2024-01-01")),
...                                              (None, None, None)])
>>> groups
{('c', 'm', None, None, 'p'): [{rdflib.term.URIRef('urn:d1')}, '2024-01-01|d1']}
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["joined_answer", "side_texts", "counted"]

#: the question this module answers
QUESTION = "city-ministry"

_G40 = "https://w3id.org/g40kg/def#"


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


def counted(groups: dict, key: tuple, documents) -> None:
    """Add ``documents`` ((document, identifier, date) terms, each None when unbound) to the group ``key``
    of ``groups`` (key → [distinct documents, greatest ``date|identifier``]): the question's
    ``COUNT(DISTINCT ?doc)`` and ``MAX(IF(BOUND(?docId), CONCAT(COALESCE(STR(?date), ""), "|", ?docId), ""))``."""
    group = groups.get(key)
    if group is None:
        group = groups[key] = [set(), ""]
    for document, identifier, day in documents:
        if document is not None:
            group[0].add(document)
        if identifier is not None:
            latest = ("" if day is None else str(day)) + "|" + str(identifier)
            if latest > group[1]:
                group[1] = latest


def joined_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``city-ministry`` (``question``) with ``bindings`` (:func:`graph.questions.question_bindings`),
    its sides asked on ``dataset`` and joined here (module docstring)."""
    from .query import QueryResult, run_sparql
    from .questions import question_text

    direct, cities, ministries = (run_sparql(dataset, text, timeout=timeout, check=False).rows
                                  for text in side_texts(question_text(question, bindings, engine="oxigraph")))
    groups: dict[tuple, list] = {}
    for row in direct:
        counted(groups, (row["city"], row["ministry"], None, None, row["p"]),
                [(row["doc"], row["docId"], row["date"])])
    city_sides: dict[Any, dict[tuple, list]] = {}
    for row in cities:
        counted(city_sides.setdefault(row["programme"], {}), (row["city"],),
                [(row["cityDoc"], row["cityDocId"], row["cityDate"])])
    ministry_sides: dict[Any, dict[tuple, list]] = {}
    for row in ministries:
        counted(ministry_sides.setdefault(row["programme"], {}), (row["ministry"], row["programmeLabel"], row["p"]),
                [(row["ministryDoc"], row["ministryDocId"], row["ministryDate"])])
    for programme, by_city in city_sides.items():
        for (ministry, label, relation), (ministry_documents, ministry_latest) in ministry_sides.get(programme, {}).items():
            for (city,), (city_documents, city_latest) in by_city.items():
                groups[(city, ministry, programme, label, relation)] = [city_documents | ministry_documents,
                                                                        max(city_latest, ministry_latest)]
    labels = _labels(dataset, {key[0] for key in groups} | {key[1] for key in groups}, timeout)
    rows = []
    for (city, ministry, programme, label, relation), (documents, latest) in groups.items():
        shown = {"programme": programme, "programmeLabel": label,
                 "relation": Literal(str(relation)[len(_G40):]) if str(relation).startswith(_G40) else Literal(""),
                 "documents": Literal(str(len(documents)), datatype=XSD.integer),
                 "documentId": Literal(latest.split("|", 1)[1]) if latest else None}
        for city_label in labels.get(city, ()):
            for ministry_label in labels.get(ministry, ()):
                rows.append({"city": city, "cityLabel": city_label, "ministry": ministry,
                             "ministryLabel": ministry_label, **shown})
    rows.sort(key=lambda row: tuple(_order(row[name]) for name in ("cityLabel", "ministryLabel", "programmeLabel",
                                                                   "relation")))
    columns = re.search(r"^SELECT ((?:\?\w+ ?)+)$", question.text, flags=re.M).group(1).replace("?", "").split()
    return QueryResult("select", columns=columns, rows=[{column: row.get(column) for column in columns} for row in rows])


def _order(term) -> tuple:
    """A sort key of a label or relation as SPARQL's ``ORDER BY`` orders them: unbound first, then by text."""
    return (0, "") if term is None else (1, str(term))


def _labels(dataset, entities, timeout) -> dict:
    """Entity → its ``skos:prefLabel`` terms."""
    from .query import run_sparql
    from .questions import sparql_term

    found: dict = {}
    if not entities:
        return found
    values = " ".join(sparql_term(entity) for entity in sorted(entities, key=str) if isinstance(entity, URIRef))
    text = f"SELECT ?e ?label WHERE {{ VALUES ?e {{ {values} }} ?e skos:prefLabel ?label }}"
    for row in run_sparql(dataset, text, timeout=timeout, check=False).rows:
        found.setdefault(row["e"], []).append(row["label"])
    return found
