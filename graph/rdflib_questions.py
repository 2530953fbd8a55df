"""A named question on rdflib's engine: parsed once, its parameter values put into the parsed query.

rdflib parses a query's text with pyparsing, 0.1-0.35 s of CPU for a named question of 6,000-13,000
characters: 2-10 times what answering it takes on a small graph. A question's values are RDF
terms in the ``VALUES`` block of its text (:func:`graph.questions.values_block`), so each new value
was a new text, parsed again. Here the text is written with one placeholder row in each block
instead (:func:`placeholder_block`: the IRI ``urn:g40kg:parameter:NAME`` per parameter), parsed and
translated once per process (the cache of :mod:`graph.rdflib_sparql`, keyed by the text, the
graph's prefixes and the base), and each run gets a copy in which those rows are the values' rows
(:func:`graph.rdflib_algebra.private_copy`): the same rows, in the same order, as rdflib reads from
the text with the values written in (``UNDEF`` for a parameter without one). A block of no rows
(a parameter of several values given none) answers with no rows, as on Oxigraph (rdflib read such
a text as an empty list where it expects a part, and failed). A question whose placeholders are not
all found in the parsed query is run from its text (:func:`bound_query` gives None). Other engines
get the text, as before.

>>> from graph.questions import get_question
>>> print(placeholder_block(["person", "at"]))
VALUES (?person ?at) { (<urn:g40kg:parameter:person> <urn:g40kg:parameter:at>) }
>>> from graph.store import new_dataset
>>> from rdflib import URIRef
>>> from graph.rdflib_algebra import _values
>>> query = bound_query(new_dataset(), get_question("who-is-who"), {"person": URIRef("urn:x:bram")})
>>> [[row.get(Variable("person")) for row in res] for res in _values(query.algebra)]
[[rdflib.term.URIRef('urn:x:bram')], [rdflib.term.URIRef('urn:x:bram')]]
"""

from __future__ import annotations

from typing import Any, Mapping

from rdflib import URIRef, Variable
from rdflib.plugins.sparql.sparql import Query

from .questions import Question, question_text, value_rows
from .rdflib_algebra import private_copy
from .rdflib_sparql import CACHED_TEXT_LIMIT, _translated
from .sparql_checks import _PROLOGUE

__all__ = ["PLACEHOLDER", "placeholder_block", "bound_query"]

#: the IRI of a parameter's placeholder in the text that is parsed: no question's text holds one
PLACEHOLDER = "urn:g40kg:parameter:"


def placeholder_block(names: list[str]) -> str:
    """The ``VALUES`` block of the parameters ``names`` with one row, each a placeholder IRI."""
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(f'<{PLACEHOLDER}{n}>' for n in names)}) }}"


def bound_query(dataset, question: Question, bindings: Mapping[str, Any]) -> Query | None:
    """The translated query of ``question`` with ``bindings`` (name → term, or a tuple of terms for a
    parameter with several values) for rdflib's engine on ``dataset``, a copy of the one kept per
    question text; None for a question that is better run from its text (see the module)."""
    names = [parameter.name for parameter in question.parameters]
    if not names:
        return None
    rows = value_rows(names, bindings)
    placeholder = placeholder_block(names)
    full = _PROLOGUE + question_text(question, bindings, engine="rdflib", values=placeholder)
    if len(full) > CACHED_TEXT_LIMIT:
        return None
    kept = _translated(full, None, tuple(sorted(dict(dataset.namespaces()).items())))
    variables = [Variable(name) for name in names]
    query, replaced = private_copy(
        kept, [{variable: URIRef(PLACEHOLDER + name) for variable, name in zip(variables, names)}],
        [dict(zip(variables, ("UNDEF" if term is None else term for term in row))) for row in rows])
    return query if replaced and replaced == full.count(placeholder) else None
