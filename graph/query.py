"""Run SPARQL on the graph: raw queries and named questions, with parameters bound as RDF terms.

Every query gets all project prefixes declared in advance (:func:`graph.vocab.sparql_prologue`),
so ``g40:``, ``g40id:``, ``skos:`` … work without ``PREFIX`` lines. Queries are checked first
(:mod:`graph.sparql_checks`: size, ``SERVICE``, ``LOAD``) and parsed with Oxigraph, which reports
line and column; line numbers refer to the user's text. SPARQL Update is refused unless
``allow_update=True``. Every query runs in a worker thread with a deadline
(:func:`graph.timeouts.call_with_timeout`). Named questions (:mod:`graph.questions`) are run by
:func:`run_question`.

Results are :class:`QueryResult` objects: ``kind`` is ``select``, ``ask`` or ``graph``; select
rows are dicts of variable name → rdflib term (or None).

This module stays the entry point: the names that moved to :mod:`graph.sparql_checks`,
:mod:`graph.timeouts` and :mod:`graph.questions` can still be imported from here.

Examples
--------
>>> from graph.store import new_dataset
>>> ds = new_dataset("rdflib")
>>> run_sparql(ds, "ASK { ?s a g40:Person }").boolean
False
>>> sorted(load_questions())[:2]
['city-involvement', 'city-ministry']
>>> to_term("2021-06-01", "date").n3()
'"2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date>'
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

import pyoxigraph as ox
import rdflib.plugins.sparql
from rdflib import BNode, Graph, Literal

from . import rdflib_bindings, rdflib_sparql, rdflib_turtle
from . import timeouts as _timeouts
from .asked_answers import asked_answer
from .errors import QueryError
from .grouped_answers import grouped_answer
from .kept_answers import kept_answer
from .messages import CATALOGUE, msg
from .rdflib_questions import bound_query
from .vocab import PREFIXES

# These live in graph.sparql_checks, graph.timeouts and graph.questions; imported here, and listed
# in __all__, so that callers' `from graph.query import …` keeps working.
from .questions import (CONFIDENCE_PARAMETERS, ENTITY_PARAMETER_TYPES, MAX_PARAMETER_LENGTH, PARAMETER_TYPES,
                        Parameter, Question, get_question, load_questions, question_bindings, question_text,
                        sparql_term, to_confidence, to_term, without_lateral)
from .sparql_checks import (_FIRST_WORD, LATERAL_GROUP, _LOAD, _PROLOGUE, _PROLOGUE_DECL, PROLOGUE_LINES, _SERVICE,
                            _UPDATE_KEYWORDS, MAX_NESTING, MAX_PATTERNS, MAX_TOKENS, _readings, syntax_error,
                            check_size, code_only, explain_syntax_error, has_keyword, nesting, patterns,
                            service_prefix_hint, terms_only, undeclared_prefixes, uses_service)
from .timeouts import DEFAULT_TIMEOUT, abandoned_queries, call_with_timeout, within_command_deadline

__all__ = [
    "QueryResult",
    "query_kind",
    "query_form",
    "result_kind",
    "run_sparql",
    "run_question",
    "query_rows",
    "in_query_order",
    "term_value",
    "python_value",
    "python_rows",
    "engine_of",
    "joins_ranges",
    # graph.questions
    "Parameter",
    "Question",
    "PARAMETER_TYPES",
    "ENTITY_PARAMETER_TYPES",
    "CONFIDENCE_PARAMETERS",
    "MAX_PARAMETER_LENGTH",
    "load_questions",
    "get_question",
    "question_bindings",
    "question_text",
    "without_lateral",
    "to_term",
    "sparql_term",
    "to_confidence",
    # graph.sparql_checks
    "MAX_NESTING",
    "MAX_TOKENS",
    "MAX_PATTERNS",
    "check_size",
    "patterns",
    "terms_only",
    "code_only",
    "nesting",
    "has_keyword",
    "undeclared_prefixes",
    "explain_syntax_error",
    "service_prefix_hint",
    "uses_service",
    # graph.timeouts
    "DEFAULT_TIMEOUT",
    "call_with_timeout",
    "abandoned_queries",
]

#: the exception that interrupts a timed-out worker, where callers caught it before graph.timeouts
_Cancelled = _timeouts._Cancelled

log = logging.getLogger(__name__)

CATALOGUE.update(
    {
        "query_update_refused": {"nl": "SPARQL Update (wijzigen) is uitgeschakeld: de graaf komt uit de documenten, en "
                                       "een correctie hoort in een correctiebestand (g40kg build --curated MAP); "
                                       "--allow-update wijzigt alleen een kopie in het geheugen",
                                 "en": "SPARQL Update is refused: the graph comes from the documents, and a correction "
                                       "goes in a corrections file (g40kg build --curated FOLDER); --allow-update only "
                                       "changes a copy in memory"},
        "query_service_refused": {"nl": "SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints",
                                  "en": "SERVICE is not allowed: g40kg does not query other endpoints"},
        "query_load_refused": {"nl": "LOAD is niet toegestaan: g40kg haalt geen gegevens op bij andere adressen; "
                                     "voeg documenten toe met g40kg build",
                               "en": "LOAD is not allowed: g40kg does not fetch data from other addresses; add "
                                     "documents with g40kg build"},
        "query_lateral_rdflib": {"nl": "LATERAL (SPARQL 1.2) kent de rdflib-engine niet; gebruik --engine oxigraph "
                                       "of schrijf de groep zonder LATERAL",
                                 "en": "the rdflib engine has no LATERAL (SPARQL 1.2); use --engine oxigraph or "
                                       "write the group without LATERAL"},
    }
)

# rdflib would download the graphs a query names in FROM <http://…>; here they are graphs of the
# dataset, on every engine and in the server alike (g40kg never calls another host)
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
# and a GROUP BY over nothing, and runaway regular expressions, are corrected (graph.rdflib_sparql)
rdflib_sparql.install()
rdflib_bindings.install()  # a solution's variable read without rdflib's type checks (city-ministry at 10^5: 12-22 % less CPU)
rdflib_turtle.install()  # Turtle and TriG keep a decimal's lexical form ("1", not 1.0)


@dataclass
class QueryResult:
    """What a query returned: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    #: the lines a table of the command shows under the answer ("VRO is opgegaan in BZK per 2026-02-23.",
    #: "Utrecht wordt in 0 documenten genoemd …"), for a caller that has no table (g40kg.ask)
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- checking and running


def query_kind(text: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> str:
    """``query`` or ``update`` for SPARQL ``text``; :class:`QueryError` with line and column if
    malformed, too big for the parser or the planner (:func:`check_size`), federated (``SERVICE``:
    the kind is found by planning the text on an empty store, which must not call another host
    either) or an update that fetches (``LOAD``). The planning stops after ``timeout`` seconds."""
    texts = _readings(text)
    for reading in texts:
        check_size(reading)
    readings = [code_only(t) for t in texts]
    if any(has_keyword(code, _SERVICE) for code in readings):
        raise QueryError(msg("query_service_refused") + service_prefix_hint(text))
    body = _PROLOGUE_DECL.match(text)
    first = _FIRST_WORD.match(text, body.end()) if body else None  # "INSERT{…}" has no space after it
    if first and first.group().upper() in _UPDATE_KEYWORDS:
        if any(has_keyword(code, _LOAD) for code in readings):
            raise QueryError(msg("query_load_refused"))
        return "update"
    query_form(text, timeout=timeout)
    return "query"


def query_form(text: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> str:
    """``select``, ``ask`` or ``graph``: what the query ``text`` answers with, learnt by parsing and
    planning it on an empty store (:class:`QueryError` with line and column if malformed). Call
    :func:`query_kind` first: this runs whatever the text says."""
    form = call_with_timeout(lambda: _planned_form(_PROLOGUE + text), timeout)
    if isinstance(form, SyntaxError):
        raise syntax_error(form, PROLOGUE_LINES, text)
    return form


@rdflib_sparql.short_text_cache(maxsize=256)
def _planned_form(full: str) -> str | SyntaxError:
    # cached: the command line checks a query before it runs it, the server before it picks a format;
    # the result is read and dropped in this thread (pyoxigraph's results stay in theirs)
    import pyoxigraph

    try:
        result = pyoxigraph.Store().query(full)
    except SyntaxError as error:
        return error.with_traceback(None)
    if isinstance(result, pyoxigraph.QueryBoolean):
        return "ask"
    return "select" if isinstance(result, pyoxigraph.QuerySolutions) else "graph"


def result_kind(text: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> str:
    """What SPARQL ``text`` answers with, read before it runs: ``select``, ``ask``, ``graph``
    (CONSTRUCT, DESCRIBE) or ``update``. :class:`QueryError` if malformed, as :func:`query_kind`.

    >>> result_kind("PREFIX ask: <urn:select:> CONSTRUCT { ?s ?p ?select } WHERE { { SELECT * { ?s ?p ?select } } }")
    'graph'
    >>> result_kind("ASK { ?s ?p ?o }"), result_kind("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    ('ask', 'update')
    """
    if query_kind(text, timeout=timeout) == "update":
        return "update"
    return query_form(text, timeout=timeout)


def engine_of(dataset) -> str:
    """``oxigraph``, ``rdflib`` or ``endpoint``: which engine answers queries on ``dataset``."""
    name = type(dataset.store).__name__
    if name == "OxigraphStore":
        return "oxigraph"
    if "SPARQL" in name:
        return "endpoint"
    return "rdflib"


def joins_ranges(dataset) -> bool:
    """True when a read of the whole graph should join whole index ranges (local Oxigraph).

    Oxigraph evaluates each ``{ SELECT … }`` on its own and hash-joins the results; a row of an
    index range costs well under 1 µs, a lookup from a bound node about 10 µs on disk. So the
    values of every evidence node are read 2-3x sooner at 10^6 triples as ranges joined in
    subqueries than as lookups per node (:mod:`graph.project`, :mod:`graph.export`, the
    explorer's counts). rdflib joins subqueries pairwise, every row of one with every row of the
    other, and an endpoint's engine is unknown: they get the lookup queries.
    """
    return engine_of(dataset) == "oxigraph"


#: seconds a query on an endpoint may run past its deadline before the thread gives up on it: the
#: endpoint client waits the same ``--timeout`` per read and says why it stopped (graph.endpoint_http)
ENDPOINT_GRACE = 1.0


def run_sparql(dataset, text: str, *, timeout: float | None = DEFAULT_TIMEOUT, allow_update: bool = False,
               check: bool = True) -> QueryResult:
    """Run SPARQL ``text`` (project prefixes predeclared) on ``dataset`` within ``timeout`` seconds.

    ``SERVICE`` is refused and ``FROM <http://…>`` names a graph of the dataset (rdflib would
    download it otherwise): a query never makes g40kg call another host.
    """
    kind = query_kind(text, timeout=timeout) if check else "query"  # refuses SERVICE, oversized and malformed text
    if check and engine_of(dataset) == "rdflib" and LATERAL_GROUP.search(code_only(text)):
        raise QueryError(msg("query_lateral_rdflib"))
    full = _PROLOGUE + text
    if kind == "update":
        if not allow_update:
            raise QueryError(msg("query_update_refused"))
        if engine_of(dataset) == "oxigraph":  # Oxigraph's own update (rdflib's fails on a union dataset)
            call_with_timeout(lambda: dataset.store._inner.update(full), timeout, text=text)
        else:  # parsed by Oxigraph first, on an empty store: its syntax errors are the ones explained
            call_with_timeout(lambda: ox.Store().update(full), timeout, text=text)
            call_with_timeout(lambda: _rdflib_update(dataset, full), timeout, text=text)
        return QueryResult("ask", boolean=True)
    return _answer(dataset, lambda: full, text, timeout)


def query_rows(dataset, text: str, *, each=None, **keywords) -> list:
    """The rows of ``dataset.query(text, **keywords)`` (rdflib's call: ``initNs``, ``initBindings``), read
    within the running command's ``--timeout`` (:func:`graph.timeouts.command_deadline`), for a helper that
    reads rows as rdflib gives them: a query past it stops the command with the one-line timeout message and
    exit status 124, as the command's own queries do (the curation rules and the retype that ``entity`` shows,
    its documents under ``--mentions``, ran without it; round 55c: the facts ``export``, ``diff`` and ``validate``
    read). Outside a command with a ``--timeout`` (a build, the explorer's pages) the rows are read as before,
    without a limit (:func:`graph.timeouts.within_command_deadline`). ``each``: a function of a row, whose
    results (None left out) come instead of the rows, made as the rows are read, so that the rows of a large
    answer are not all held at once (the evidence of the facts export: 36 MB more at 3·10^5 triples).

    >>> from graph.store import new_dataset
    >>> query_rows(new_dataset(), "SELECT ?x WHERE { VALUES ?x { 1 2 3 } }", each=lambda row: int(row.x) * 10)
    [10, 20, 30]
    >>> query_rows(new_dataset(), "SELECT ?x WHERE { VALUES ?x { 1 2 3 } }", each=lambda row: int(row.x) % 2 or None)
    [1, 1]
    """
    if each is None:
        return within_command_deadline(lambda: list(dataset.query(text, **keywords)), grace=_grace(dataset))
    return within_command_deadline(lambda: [made for made in map(each, dataset.query(text, **keywords))
                                            if made is not None], grace=_grace(dataset))


def _grace(dataset) -> float:
    """How long past its deadline a query of ``dataset`` may run: an endpoint's client stops it first."""
    return ENDPOINT_GRACE if engine_of(dataset) == "endpoint" else 0.0


def _answer(dataset, query, text: str, timeout: float | None) -> QueryResult:
    """The answer of ``dataset`` to ``query()`` (a text with the prologue, or a translated rdflib
    query: made within the ``timeout`` too), its columns in the order of the query ``text``."""
    result = call_with_timeout(lambda: _materialise(dataset.query(query())), timeout, grace=_grace(dataset))
    if result.kind == "select":
        result.columns = in_query_order(result.columns, text)
    return result


def _rdflib_update(dataset, full: str) -> None:
    """rdflib's update of ``dataset`` on its default graph as stored, as Oxigraph's: rdflib's
    union of all graphs cannot take a triple (``INSERT DATA { <a> <b> <c> }`` failed), and
    ``WHERE`` sees the same graphs on both engines. Only the command line updates, on a copy."""
    before = rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION
    rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = False
    try:
        dataset.update(full)
    finally:
        rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = before


_FIRST_SELECT = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?(\*)?", re.I)
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_]\w*)")


def in_query_order(columns: list[str], text: str) -> list[str]:
    """The columns of a ``SELECT *`` in the order the query first names them (Oxigraph lists
    them alphabetically); an explicit projection keeps its own order.

    >>> in_query_order(["a", "b", "z"], "SELECT * WHERE { ?z ?b ?a }")
    ['z', 'b', 'a']
    >>> in_query_order(["a", "z"], "SELECT ?a ?z WHERE { { SELECT * WHERE { ?z ?p ?a } } }")
    ['a', 'z']
    """
    code = code_only(text)
    select = _FIRST_SELECT.search(code)
    if not select or not select.group(1):
        return columns
    first: dict[str, int] = {}
    for variable in _VARIABLE.finditer(code, select.end()):
        first.setdefault(variable.group(1), variable.start())
    return sorted(columns, key=lambda column: first.get(column, len(code)))


def _materialise(result) -> QueryResult:
    """``result`` read into a :class:`QueryResult`: every solution is a row, also one that binds no
    selected variable (``OPTIONAL`` that found nothing, ``VALUES ?x { UNDEF }``)."""
    if result.type == "ASK":
        return QueryResult("ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result.graph:
            graph.add(triple)
        return QueryResult("graph", graph=graph)
    columns = [str(v) for v in result.vars]
    names = list(zip(columns, result.vars))
    rows = [{name: binding.get(var) for name, var in names} for binding in result.bindings]
    return QueryResult("select", columns=columns, rows=rows)


def run_question(dataset, question: Question | str, params: Mapping[str, Any] | None = None, *,
                 timeout: float | None = DEFAULT_TIMEOUT, resolve: bool = True) -> QueryResult:
    """Run a named question with ``params`` (name → text or RDF term); defaults fill the rest.

    Names given for entity-typed parameters (``ministry``, ``person`` …) are resolved to IRIs with
    :func:`graph.names.resolve_entity` (abbreviation or name, any case; "did you mean" otherwise):
    :func:`graph.questions.question_bindings`. rdflib's engine parses each question once and puts
    the values into the parsed query (:mod:`graph.rdflib_questions`); other engines get the text.
    A question whose header says ``rows: terms`` gets one row per term (:mod:`graph.term_rows`); one
    that says ``kept: […]`` is read from its whole-graph answer kept beside the graph where it can be
    (:mod:`graph.kept_answers`), one that says ``kept_per: NAME`` from the group of that answer its value
    selects (:mod:`graph.grouped_answers`), one that says ``kept_each: NAME`` from the answer its text gave for
    that value when first asked (:mod:`graph.asked_answers`).
    """
    if isinstance(question, str):
        question = get_question(question)
    bindings = question_bindings(dataset, question, params, resolve=resolve)
    engine = engine_of(dataset)
    result = kept_answer(dataset, question, bindings, timeout)  # a whole-graph answer kept beside the graph
    if result is None:  # a one-entity question's group of its whole-graph answer, its terms folded already
        grouped = grouped_answer(dataset, question, bindings, timeout)
        if grouped is not None:
            return grouped
        result = asked_answer(dataset, question, bindings, timeout)  # its answer for this entity, kept when first asked
    if result is None and engine != "rdflib":
        result = run_sparql(dataset, question_text(question, bindings, engine=engine), timeout=timeout, check=False)
    elif result is None:
        text = question_text(question, bindings, engine=engine)
        result = _answer(dataset, lambda: bound_query(dataset, question, bindings) or _PROLOGUE + text, text, timeout)
    if question.rows == "terms":  # one row per term, whatever engine answered (graph.term_rows)
        from .term_rows import term_result

        result = term_result(result, question.name)
    return result


def term_value(term) -> Any:
    """A plain Python value for an rdflib term: IRIs as strings, literals as their Python value."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (str, int, float, bool)):
            return value
        return str(term)
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


#: a plain literal that is an ISO date: the named questions give their dates as text (``STR(?start)``)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def python_value(term) -> Any:
    """The Python value of an rdflib term for a notebook or a data frame (walkthrough 18, finding 19).

    Unbound and empty text are ``None``; a date (``xsd:date``, or text that is an ISO date, as the
    named questions give dates) is a :class:`datetime.date`; numbers are ``int`` or ``float``,
    booleans ``bool``; IRIs and other text are ``str``. Unlike :func:`term_value` (the JSON output's
    values) nothing stays a date string or an empty string.

    >>> from rdflib import Literal, URIRef
    >>> from rdflib.namespace import XSD
    >>> [python_value(t) for t in (None, Literal(""), Literal("2025-10-01"), Literal("2025-10-01", datatype=XSD.date))]
    [None, None, datetime.date(2025, 10, 1), datetime.date(2025, 10, 1)]
    >>> [python_value(t) for t in (Literal(3), Literal("0.5", datatype=XSD.decimal), Literal(True), Literal("2025"))]
    [3, 0.5, True, '2025']
    >>> python_value(URIRef("https://w3id.org/g40kg/id/ministry/mnre1045"))
    'https://w3id.org/g40kg/id/ministry/mnre1045'
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        text = str(term)
        if term.datatype is None or term.datatype == _XSD_STRING:
            if not text:
                return None
            if _ISO_DATE.fullmatch(text):
                try:
                    return date.fromisoformat(text)
                except ValueError:
                    return text  # "2025-13-45" is text, not a date
            return text
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (date, int, float, bool, str)):
            return value
        return text
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def python_rows(result: QueryResult) -> QueryResult:
    """``result`` with every row's values made :func:`python_value`; ``columns``, ``kind`` and
    ``boolean`` stay, a graph result is returned as it is.

    >>> python_rows(QueryResult("select", ["end"], [{"end": Literal("")}])).rows
    [{'end': None}]
    """
    if result.kind != "select":
        return result
    rows = [{name: python_value(value) for name, value in row.items()} for row in result.rows]
    return QueryResult("select", columns=list(result.columns), rows=rows, notes=list(result.notes))
