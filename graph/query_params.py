"""Parameters of a query of one's own: ``g40kg query -f vraag.rq -p ministry=<…/mnre1045>`` binds ``?ministry``.

A value becomes one RDF term (:func:`parse_term`) and the query gets one ``VALUES`` clause after it
(:func:`with_values_clause`; SPARQL 1.1 allows one at the end of a query, which joins its rows with the answer;
not :func:`graph.oxigraph_store.bind_values`, which puts rdflib's ``initBindings``, one term per variable, inside the
WHERE pattern):
the value is written with :func:`graph.questions.sparql_term`, every quote and backslash escaped, never
pasted into the query as text (walkthrough 29, finding 3).

Examples
--------
>>> print(with_values_clause("SELECT ?x WHERE { ?x a ?kind }", [("kind", "<https://w3id.org/g40kg/def#Ministry>")]))
SELECT ?x WHERE { ?x a ?kind }
VALUES ?kind { <https://w3id.org/g40kg/def#Ministry> }
"""

from __future__ import annotations

import logging
import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .errors import InputError
from .messages import CATALOGUE, msg

__all__ = ["param_pairs", "parse_term", "split_param", "with_values_clause"]

log = logging.getLogger(__name__)

CATALOGUE.update(
    {
        "query_param_form": {"nl": "parameter {given!r}: schrijf NAAM=WAARDE (-p ministry=<https://…/mnre1045>)",
                             "en": "parameter {given!r}: write NAME=VALUE (-p ministry=<https://…/mnre1045>)"},
        "query_param_name": {"nl": "parameter {name!r}: een naam van letters, cijfers en _ (de variabele ?{name} "
                                   "van de query, zonder ?)",
                             "en": "parameter {name!r}: a name of letters, digits and _ (the query's variable, "
                                   "without ?)"},
        "query_param_unused": {"nl": "de query heeft geen variabele ?{name}; een parameter bindt een variabele van de "
                                     "query (-p {name}=… voor ?{name})",
                               "en": "the query has no variable ?{name}; a parameter binds a variable of the query "
                                     "(-p {name}=… for ?{name})"},
        "query_param_iri": {"nl": "parameter {name}: {value!r} is geen IRI (<https://…> zonder spaties, <, >, \" of {{}})",
                            "en": "parameter {name}: {value!r} is no IRI (<https://…> without spaces, <, >, \" or {{}})"},
        "query_param_values": {"nl": "de query eindigt al in een VALUES-blok, en SPARQL staat er één toe: zet de waarde "
                                     "van ?{name} daarin, of verplaats dat blok binnen de accolades van WHERE",
                               "en": "the query already ends in a VALUES clause, and SPARQL allows one: put ?{name}'s "
                                     "value in it, or move that clause inside the braces of WHERE"},
        "query_param_python": {"nl": "parameter {name}: {value!r} ({kind}) is geen waarde voor SPARQL; geef tekst, een "
                                     "getal, een datum, True/False of een rdflib-term",
                               "en": "parameter {name}: {value!r} ({kind}) is no value for SPARQL; give text, a number, "
                                     "a date, True/False or an rdflib term"},
        "query_params_mapping": {"nl": "params: geef een dict van naam naar waarde ({{\"city\": …}}), geen {kind}",
                                 "en": "params: give a dict of name to value ({{\"city\": …}}), not a {kind}"},
        "query_param_update": {"nl": "parameters (-p) binden variabelen van een SELECT, ASK, CONSTRUCT of DESCRIBE, "
                                     "niet van een SPARQL Update",
                               "en": "parameters (-p) bind variables of a SELECT, ASK, CONSTRUCT or DESCRIBE, not of a "
                                     "SPARQL Update"},
    }
)

#: an IRI as SPARQL writes it in ``<…>``: no spaces, angle brackets, quotes, braces, pipes, carets or backticks
_IRI = re.compile(r"<([^\s<>\"{}|^`\\]+:[^\s<>\"{}|^`\\]*)>")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: a VALUES clause that ends the query already (SPARQL allows one there): -p cannot add a second
_TRAILING_VALUES = re.compile(r"\bVALUES\s*(?:[?$]\w+|\([^(){}]*\))\s*\{[^{}]*\}\s*$", re.IGNORECASE)


def parse_term(name: str, value) -> URIRef | Literal:
    """The RDF term ``value`` stands for: ``<…>`` an IRI, a prefixed name of a project prefix (``g40:Ministry``) its
    IRI, ``2024-01-31`` an ``xsd:date``, ``12`` an integer, ``0.8`` a decimal, anything else a plain string.

    >>> parse_term("m", "<https://w3id.org/g40kg/id/ministry/mnre1045>")
    rdflib.term.URIRef('https://w3id.org/g40kg/id/ministry/mnre1045')
    >>> parse_term("kind", "g40:Ministry"), parse_term("day", "2024-01-31").datatype == XSD.date, parse_term("n", "3").value
    (rdflib.term.URIRef('https://w3id.org/g40kg/def#Ministry'), True, 3)
    >>> parse_term("label", 'EZK" } ; DROP ALL #')
    rdflib.term.Literal('EZK" } ; DROP ALL #')

    From Python (:func:`g40kg.sparql`'s ``params``) a value may also be an rdflib term (as it is), a
    :class:`datetime.date` (``xsd:date``), a bool, an int or a float (walkthrough 30, finding 1).

    >>> import datetime
    >>> [parse_term("x", v).n3() for v in (datetime.date(2025, 12, 31), True, 3, URIRef("urn:x:1"))]
    ['"2025-12-31"^^<http://www.w3.org/2001/XMLSchema#date>', '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '<urn:x:1>']
    """
    from .vocab import PREFIXES

    if isinstance(value, (URIRef, Literal)):
        return value
    if not isinstance(value, str):
        return _python_term(name, value)

    if value.startswith("<"):
        match = _IRI.fullmatch(value)
        if match is None:
            raise InputError(msg("query_param_iri", name=name, value=value))
        return URIRef(match.group(1))
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
        return URIRef(str(PREFIXES[prefix]) + local)
    if _INTEGER.fullmatch(value):
        return Literal(int(value), datatype=XSD.integer)
    if _DECIMAL.fullmatch(value):
        return Literal(value, datatype=XSD.decimal)
    if _DATE.fullmatch(value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def _python_term(name: str, value) -> Literal:
    """The literal of a Python value of :func:`parse_term`: a date (not a datetime, whose day would be a time), a
    bool, an int or a float; :class:`InputError` for anything else (a list where one value goes, None …)."""
    from datetime import date, datetime

    if isinstance(value, date) and not isinstance(value, datetime):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, (bool, int, float)):
        return Literal(value)
    raise InputError(msg("query_param_python", name=name, value=value, kind=type(value).__name__))


def param_pairs(params) -> list[tuple[str, object]]:
    """``(name, value)`` pairs of a mapping of ``params`` (:func:`g40kg.sparql`), each value of a list, tuple or
    set on its own (a row per value, as ``-p`` given twice; a set in the order of its texts); a leading ``?`` or
    ``$`` of a name is dropped.

    >>> param_pairs({"?city": "Zwolle", "year": [2024, 2025]})
    [('city', 'Zwolle'), ('year', 2024), ('year', 2025)]
    """
    pairs = []
    for name, value in (params or {}).items():
        values = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        for one in values if isinstance(values, (list, tuple)) else [values]:
            pairs.append((str(name).lstrip("?$"), one))
    return pairs


def with_values_clause(text: str, params: list[tuple[str, object]]) -> str:
    """``text`` with a ``VALUES`` clause after it that binds each ``(name, value)`` of ``params`` (a name given
    more than once takes each value: a row per value, and a row per combination of several names).

    >>> print(with_values_clause("SELECT * { ?a ?p ?b }", [("a", "<urn:x:1>"), ("a", "<urn:x:2>"), ("b", "Zwolle")]))
    SELECT * { ?a ?p ?b }
    VALUES (?a ?b) { (<urn:x:1> "Zwolle") (<urn:x:2> "Zwolle") }
    >>> with_values_clause("SELECT * { ?a ?p ?b }", [("c", "1")])
    Traceback (most recent call last):
    ...
    graph.errors.InputError: de query heeft geen variabele ?c; een parameter bindt een variabele van de query (-p c=… voor ?c)
    """
    from .questions import sparql_term, value_rows
    from .sparql_checks import code_only

    if not params:
        return text
    code = code_only(text)
    if _TRAILING_VALUES.search(code):
        raise InputError(msg("query_param_values", name=params[0][0]))
    values: dict[str, list[str]] = {}
    for name, value in params:
        if not _NAME.fullmatch(name):
            raise InputError(msg("query_param_name", name=name))
        if not re.search(rf"[?$]{name}\b", code):
            raise InputError(msg("query_param_unused", name=name))
        term = sparql_term(parse_term(name, value))
        if term not in values.setdefault(name, []):
            values[name].append(term)
    names = list(values)
    rows = value_rows(names, {name: tuple(terms) for name, terms in values.items()})
    if len(names) == 1:
        clause = f"VALUES ?{names[0]} {{ {' '.join(row[0] for row in rows)} }}"
    else:
        clause = f"VALUES ({' '.join('?' + name for name in names)}) {{ " \
                 + " ".join("(" + " ".join(row) + ")" for row in rows) + " }"
    log.debug("bound: %s", clause)
    return text.rstrip() + "\n" + clause


def split_param(given: str) -> tuple[str, str]:
    """``NAME=VALUE`` as ``(name, value)``; the value may hold ``=``.

    >>> split_param("label=a=b")
    ('label', 'a=b')
    """
    name, equals, value = given.partition("=")
    if not equals or not name.strip():
        raise InputError(msg("query_param_form", given=given))
    return name.strip().lstrip("?$"), value
