"""The people a document names: a who-is-who for a meeting's invitation or minutes (walkthrough 19, finding 8).

``g40kg ask who-does-what --document ID`` asks the question for every person the document mentions
(``g40:mentions``: named anywhere in it, in a sentence or a list of people), as if each were given
with ``-p person=…``. The document is named by its id; an id the graph does not have is a one-line
error with the ids that resemble it (:func:`graph.export.check_document`). The id is bound as an RDF
term, never pasted into the query.

Examples
--------
>>> from graph.store import new_dataset
>>> document_people(new_dataset(), "verslag")
Traceback (most recent call last):
graph.errors.InputError: document 'verslag' staat niet in de graaf
"""

from __future__ import annotations

import logging

from rdflib import Literal, URIRef

__all__ = ["document_people"]

log = logging.getLogger(__name__)

_PEOPLE_QUERY = """SELECT DISTINCT ?person WHERE {
  VALUES ?id { %s }
  ?document dcterms:identifier ?id ; g40:mentions ?person .
  ?person a g40:Person .
} ORDER BY ?person"""


def document_people(dataset, document: str) -> tuple[URIRef, ...]:
    """The IRIs of the people that the document with id ``document`` names, in IRI order;
    :class:`graph.errors.InputError` ("bedoelt u …?") when the graph has no such document."""
    from .export import check_document
    from .query import run_sparql
    from .questions import sparql_term

    check_document(dataset, document)
    query = _PEOPLE_QUERY % sparql_term(Literal(document))
    people = tuple(URIRef(str(row["person"])) for row in run_sparql(dataset, query, check=False).rows)
    log.debug("document %s names %d people", document, len(people))
    return people
