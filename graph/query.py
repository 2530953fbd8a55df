"""Run SPARQL on the graph: raw queries and named questions, with parameters bound as RDF terms.

Every query gets all project prefixes declared in advance (:func:`graph.vocab.sparql_prologue`),
so ``g40:``, ``g40id:``, ``skos:`` … work without ``PREFIX`` lines. Queries are checked with the
Oxigraph parser first, which reports line and column; line numbers refer to the user's text.
SPARQL Update is refused unless ``allow_update=True``. Every query runs in a worker thread with a
deadline (:func:`call_with_timeout`): when it passes, :class:`~graph.errors.QueryTimeout` is
raised and the worker is interrupted at its next Python instruction (rdflib evaluates in Python;
Oxigraph returns to Python between solutions, and a process that exits takes the worker along).

Named questions are data: ``ontology/queries/<name>.rq`` with a header of comment lines that
form YAML (title and description in ``nl``/``en``, parameters with type, default and help).
Parameter values never enter the query text as text: each becomes an RDF term (``URIRef``,
typed ``Literal``) serialised by rdflib into an inline ``VALUES`` block at the question's
``# @parameters`` line; the marker ``# @time ?ev`` expands to the time filter of
:mod:`graph.timefilter` on evidence node ``?ev`` (left out when no ``at``/``from``/``until`` is
bound and the question does not show ``?ev_start``/``?ev_end``: it would keep every row). Both
markers are comments, so a question file also runs unchanged in any SPARQL editor (with all
parameters unbound). A question may use ``LATERAL { … }`` (SPARQL 1.2 draft, which Oxigraph
evaluates once per row that precedes it); rdflib gets an OPTIONAL group and other servers a plain
group, with the same rows (:func:`without_lateral`).

Results are :class:`QueryResult` objects: ``kind`` is ``select``, ``ask`` or ``graph``; select
rows are dicts of variable name → rdflib term (or None).

Examples
--------
>>> from graph.store import new_dataset
>>> ds = new_dataset("rdflib")
>>> run_sparql(ds, "ASK { ?s a g40:Person }").boolean
False
>>> sorted(load_questions())[:2]
['city-involvement', 'collaborations-matrix']
>>> to_term("2021-06-01", "date").n3()
'"2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date>'
"""

from __future__ import annotations

import contextvars
import ctypes
import difflib
import functools
import logging
import re
import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Mapping

import rdflib.plugins.sparql
import yaml
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from . import rdflib_sparql
from .errors import G40Error, InputError, QueryError, QueryTimeout, UnknownName
from .messages import CATALOGUE, get_language, msg
from .resources import ontology_path
from .vocab import PREFIXES, sparql_prologue

__all__ = [
    "QueryResult",
    "Parameter",
    "Question",
    "DEFAULT_TIMEOUT",
    "PARAMETER_TYPES",
    "query_kind",
    "run_sparql",
    "call_with_timeout",
    "load_questions",
    "get_question",
    "question_text",
    "without_lateral",
    "run_question",
    "to_term",
    "to_confidence",
    "CONFIDENCE_PARAMETERS",
    "term_value",
    "engine_of",
    "joins_ranges",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
#: characters a parameter value may have (a name is matched against every name in the graph)
MAX_PARAMETER_LENGTH = 500

CATALOGUE.update(
    {
        "query_syntax": {"nl": "SPARQL-fout op regel {line}, kolom {column}: {reason}",
                         "en": "SPARQL syntax error at line {line}, column {column}: {reason}"},
        "query_unknown_prefix": {"nl": "onbekend prefix '{prefix}'; declareer het met PREFIX {prefix} <…> (bekend zonder "
                                       "declaratie: g40:, skos:, … — zie 'g40kg query --help')",
                                 "en": "unknown prefix '{prefix}'; declare it with PREFIX {prefix} <…> (known without a "
                                       "declaration: g40:, skos:, … — see 'g40kg query --help')"},
        "query_bad_form": {"nl": "een query begint met SELECT, CONSTRUCT, ASK of DESCRIBE (na eventuele PREFIX-regels), "
                                 "niet met {word}",
                           "en": "a query begins with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX lines), "
                                 "not with {word}"},
        "query_short_pattern": {"nl": "het tripelpatroon {pattern!r} is onvolledig: een patroon heeft een onderwerp, "
                                      "een predicaat en een object (?s ?p ?o)",
                                "en": "the triple pattern {pattern!r} is incomplete: a pattern has a subject, a "
                                      "predicate and an object (?s ?p ?o)"},
        "query_slash_in_name": {"nl": "een '/' in een prefixnaam moet met een backslash: schrijf {escaped} in plaats van "
                                      "{name} (of de volledige IRI tussen < >)",
                                "en": "a '/' in a prefixed name needs a backslash: write {escaped} instead of {name} (or "
                                      "the full IRI between < >)"},
        "query_ends_early": {"nl": "de query houdt op voordat alle haakjes gesloten zijn",
                             "en": "the query ends before all its brackets are closed"},
        "query_update_refused": {"nl": "SPARQL Update (wijzigen) is uitgeschakeld: de graaf komt uit de documenten, en "
                                       "een correctie hoort in een correctiebestand (g40kg build --curated MAP); "
                                       "--allow-update wijzigt alleen een kopie in het geheugen",
                                 "en": "SPARQL Update is refused: the graph comes from the documents, and a correction "
                                       "goes in a corrections file (g40kg build --curated FOLDER); --allow-update only "
                                       "changes a copy in memory"},
        "query_service_refused": {"nl": "SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints",
                                  "en": "SERVICE is not allowed: g40kg does not query other endpoints"},
        "query_service_prefix": {"nl": "; een prefix 'service:' leest als het woord SERVICE: geef het een andere naam "
                                        "(bijvoorbeeld svc:)",
                                  "en": "; a prefix 'service:' reads as the keyword SERVICE: give it another name "
                                        "(svc:, for instance)"},
        "query_parameter_too_long": {"nl": "parameter '{name}' is te lang (meer dan {limit} tekens)",
                                     "en": "parameter '{name}' is too long (more than {limit} characters)"},
        "query_load_refused": {"nl": "LOAD is niet toegestaan: g40kg haalt geen gegevens op bij andere adressen; "
                                     "voeg documenten toe met g40kg build",
                               "en": "LOAD is not allowed: g40kg does not fetch data from other addresses; add "
                                     "documents with g40kg build"},
        "query_too_long": {"nl": "de query is te lang ({count} woorden en tekens buiten teksten en IRI's; hooguit "
                                 "{limit}); splits hem in kleinere queries",
                           "en": "the query is too long ({count} words and symbols outside strings and IRIs; at most "
                                 "{limit}); split it into smaller queries"},
        "query_too_many_patterns": {"nl": "de query heeft te veel triplepatronen en groepen ({count}; hooguit "
                                          "{limit}): het plannen ervan duurt te lang; splits hem in kleinere queries",
                                    "en": "the query has too many triple patterns and groups ({count}; at most "
                                          "{limit}): planning it takes too long; split it into smaller queries"},
        "query_too_deep": {"nl": "de query is te diep genest (meer dan {limit} haakjes in elkaar); schrijf hem "
                                 "vlakker",
                           "en": "the query is nested too deeply (more than {limit} brackets inside each other); "
                                 "write it flatter"},
        "query_lateral_rdflib": {"nl": "LATERAL (SPARQL 1.2) kent de rdflib-engine niet; gebruik --engine oxigraph "
                                       "of schrijf de groep zonder LATERAL",
                                 "en": "the rdflib engine has no LATERAL (SPARQL 1.2); use --engine oxigraph or "
                                       "write the group without LATERAL"},
        "query_timeout": {"nl": "de query is na {seconds:g} s afgebroken (--timeout); maak hem specifieker of "
                                "geef een ruimere --timeout",
                          "en": "the query was stopped after {seconds:g} s (--timeout); make it more specific or "
                                "pass a larger --timeout"},
        "query_failed": {"nl": "de query kon niet worden uitgevoerd: {reason}", "en": "the query failed: {reason}"},
        # {kind} is a whole phrase per type (query_kind_<type>): the Dutch adjective agrees with the noun
        "query_bad_value": {"nl": "parameter {name}: {value!r} is geen {kind}",
                            "en": "parameter {name}: {value!r} is not {kind}"},
        "query_kind_date": {"nl": "geldige datum (JJJJ-MM-DD)", "en": "a valid date (YYYY-MM-DD)"},
        "query_kind_integer": {"nl": "geldig geheel getal", "en": "a valid integer"},
        "query_kind_decimal": {"nl": "geldig decimaal getal", "en": "a valid decimal number"},
        "query_kind_iri": {"nl": "geldige IRI", "en": "a valid IRI"},
        "query_bad_confidence": {"nl": "parameter {name}: {value!r} ligt niet tussen 0 en 1",
                                 "en": "parameter {name}: {value!r} is not between 0 and 1"},
        "query_missing": {"nl": "parameter {name} is verplicht (--param {name}=…)",
                          "en": "parameter {name} is required (--param {name}=…)"},
        "query_unknown_param": {"nl": "vraag {question} kent geen parameter {name}; wel: {known}",
                                "en": "question {question} has no parameter {name}; it has: {known}"},
        "query_bad_header": {"nl": "{path}: ongeldige kop van de vraag ({reason})",
                             "en": "{path}: malformed question header ({reason})"},
        "unknown_name_question": {"nl": "onbekende vraag {name!r}{hint}", "en": "unknown question {name!r}{hint}"},
        "questions_there_are": {"nl": "; de vragen zijn: {names} (g40kg questions beschrijft ze)",
                                "en": "; the questions are: {names} (g40kg questions describes them)"},
    }
)

#: Parameter types a question may declare; entity types take a name, abbreviation or IRI.
#: ``body``: what people hold roles in, a unit, an organisation (the G40 itself), a programme, a
#: municipality (wethouders, the burgemeester), a province or a ministry.
PARAMETER_TYPES = ("string", "date", "integer", "decimal", "iri", "entity", "person", "municipality", "ministry",
                   "organisation", "unit", "body", "programme", "theme")
ENTITY_PARAMETER_TYPES = {"entity": None, "person": "Person", "municipality": "Municipality", "ministry": "Ministry",
                          "organisation": "Organisation", "unit": "OrganisationalUnit",
                          "body": ("OrganisationalUnit", "Organisation", "Programme", "Municipality", "Province", "Ministry"),
                          "programme": "Programme",
                          "theme": "Theme"}
#: Parameters that are a confidence, from 0 to 1 (``--min-confidence`` on the command line).
CONFIDENCE_PARAMETERS = ("min_confidence",)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_UPDATE_KEYWORDS = {"INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PROLOGUE = sparql_prologue()
_PROLOGUE_LINES = _PROLOGUE.count("\n")

# rdflib would download the graphs a query names in FROM <http://…>; here they are graphs of the
# dataset, on every engine and in the server alike (g40kg never calls another host)
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
# and a GROUP BY over nothing, and runaway regular expressions, are corrected (graph.rdflib_sparql)
rdflib_sparql.install()
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_PROLOGUE_DECL = re.compile(r"\s*(?:#[^\n]*\n\s*)*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*(?:#[^\n]*\n\s*)*)*",
                            re.I)


@dataclass
class QueryResult:
    """What a query returned: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


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
        raise _syntax_error(form, _PROLOGUE_LINES, text)
    return form


@functools.lru_cache(maxsize=256)
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


#: brackets inside each other that a query may have: the parser recurses per level, and a few
#: thousand overflow its stack (a crash, not an error), so deeper text is refused before parsing
MAX_NESTING = 200
#: words and symbols a query's code may have (strings and IRIs not counted): the parser and the
#: planner also recurse along a flat chain, and crash from about 9,400 (``!!!…``, ``1+1+…``,
#: ``FILTER(…) FILTER(…)…``, measured with pyoxigraph 0.5 on an 8 MB stack)
MAX_TOKENS = 4000
#: triple patterns, path steps and groups a query may have outside brackets: Oxigraph orders the
#: joins of a group in time that grows with the fourth power of its patterns (100 patterns about
#: 1 s, 200 about 18 s, in native code that a timeout cannot stop)
MAX_PATTERNS = 120
#: a word (a name, a number, a prefixed name: one run, so the scan is linear) or one symbol; a
#: hyphen is a symbol even inside a name, or "1-1-1-…" (a chain like "1+1+…") would be one word
_TOKEN = re.compile(r"[?$]?[\w.:%]+|[^\s\w]")


def check_size(text: str) -> None:
    """:class:`QueryError` when SPARQL ``text`` is nested deeper than :data:`MAX_NESTING`, has more
    than :data:`MAX_TOKENS` words and symbols outside strings, IRIs and comments, or more than
    :data:`MAX_PATTERNS` patterns.

    >>> check_size("SELECT * { " + "?s ?p ?o . " * 150 + "}")
    Traceback (most recent call last):
    graph.errors.QueryError: de query heeft te veel triplepatronen en groepen (151; hooguit 120): het plannen ervan duurt te lang; splits hem in kleinere queries
    """
    code, terms = code_only(text), terms_only(text)
    if nesting(code) > MAX_NESTING:
        raise QueryError(msg("query_too_deep", limit=MAX_NESTING))
    tokens = len(_TOKEN.findall(code))
    if tokens > MAX_TOKENS:
        raise QueryError(msg("query_too_long", count=tokens, limit=MAX_TOKENS))
    found = patterns(terms)
    if found > MAX_PATTERNS:
        raise QueryError(msg("query_too_many_patterns", count=found, limit=MAX_PATTERNS))


def patterns(code: str) -> int:
    """About how many triple patterns, path steps and groups ``code`` has: the separators
    ``. ; , /`` and the braces outside round brackets (where they would be arguments or
    arithmetic), and inside them the items of an RDF collection and the steps of a bracketed path
    (``?s <p> ( <a> <b> )``, ``?s (<a>/<b>) ?o``: Oxigraph plans each as a pattern) — outside
    ``VALUES`` blocks, whose rows are no patterns. Strings and IRIs in ``code`` should stand as one
    word each (:func:`terms_only`), or a collection of IRIs counts nothing.

    >>> patterns("SELECT * { ?s <p> ?o ; <q> ?x , ?y . ?x <a>/<b> ?z FILTER(?z IN (1, 2)) VALUES ?v { 1.5 } }")
    5
    >>> patterns("SELECT * { ?s ?p ( 0 0 0 ) . ?s (0/0|0) ?o VALUES (?a ?b) { (1 2) (3 4) } }")
    6
    """
    count = depth = braces = 0
    values_at = None  # the brace depth of the VALUES block being read
    previous = ""
    for token in _PATTERN_TOKEN.finditer(code):
        word = token.group()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif word == "{":
            braces += 1
            count += depth == 0 and values_at is None
        elif word == "}":
            braces -= 1
            if values_at is not None and braces <= values_at:
                values_at = None
        elif word.upper() == "VALUES":
            values_at = braces
        elif values_at is not None:
            pass
        elif depth == 0:
            count += word in ";,/" or word.endswith(".")  # "?o ." and "?o." end a pattern, "1.5" does not
        elif _is_term(previous) and (_is_term(word) or word in "/|"):
            count += 1  # a collection's next item, a path's next step
        previous = word
    return count


#: the words and symbols of :data:`_TOKEN`, with "||" and "&&" as one (no path step)
_PATTERN_TOKEN = re.compile(r"\|\||&&|" + _TOKEN.pattern)


def _is_term(word: str) -> bool:
    """A variable, a number (or a string or IRI as :func:`terms_only` writes it) or a prefixed name."""
    return bool(word) and (word[0] in "?$" or word[0].isdigit() or ":" in word)


def terms_only(text: str) -> str:
    """``text`` without comments, each string and IRI written as ``0`` (one word, as in a collection).

    >>> terms_only('?s <p> ( "a" <b> ) # c')
    '?s  0  (  0   0  )  '
    """
    return _NOT_CODE.sub(lambda m: " 0 " if m.group()[:1] in "\"'<" else _blank(m), text)


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


def _syntax_error(error: SyntaxError, offset_lines: int, text: str | None = None) -> QueryError:
    found = _ERROR_AT.match(str(error))
    if not found:
        return QueryError(msg("query_syntax", line="?", column="?", reason=str(error)))
    line, column, reason = int(found.group(1)) - offset_lines, int(found.group(2)), found.group(3)
    reason = " ".join(reason.split())
    explained = explain_syntax_error(reason, text, line, column) if text is not None else None
    if explained:
        reason = explained
    elif len(reason) > 160:
        reason = reason[:157] + "…"
    return QueryError(msg("query_syntax", line=line, column=column, reason=reason))


_PREFIX_USE = re.compile(r"(?<![\w?$:@\-.])([A-Za-z][\w\-]*(?:\.[\w\-]+)*)?:(?=[\w%\\]|\s|$)")
_PREFIX_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.\-]*)?:", re.I)


def undeclared_prefixes(text: str) -> list[str]:
    """Prefixes ``text`` uses that neither it nor the project (:func:`graph.vocab.sparql_prologue`) declares.

    >>> undeclared_prefixes('PREFIX ex: <http://e/> SELECT * { ?s ex:p foo:o ; skos:note "a:b" }')
    ['foo']
    """
    from .vocab import PREFIXES

    code = code_only(text)
    declared = set(PREFIXES) | {name or "" for name in _PREFIX_DECLARED.findall(code)}
    used = [name or "" for name in _PREFIX_USE.findall(_PREFIX_DECLARED.sub(" ", code))]
    return list(dict.fromkeys(name for name in used if name not in declared))


#: the forms a query begins with (after its PREFIX and BASE lines)
_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_PREFIXED_NAME_BEFORE = re.compile(r"([A-Za-z][\w.\-]*)?:[^\s{}()<>\"']*\Z")


def explain_syntax_error(reason: str, text: str, line: int, column: int) -> str | None:
    """What the parser's ``reason`` means for the usual mistakes, in the interface language, else None:
    a prefix nobody declared, a first word that is no query form, a query that ends too early.

    >>> explain_syntax_error("expected one of Prefix not found, ['%']", "SELECT * { ?s foo:bar ?o }", 1, 22)
    "onbekend prefix 'foo:'; declareer het met PREFIX foo: <…> (bekend zonder declaratie: g40:, skos:, … — zie 'g40kg query --help')"
    >>> explain_syntax_error("expected CONSTRUCT", "SELEC ?s {}", 1, 6)
    'een query begint met SELECT, CONSTRUCT, ASK of DESCRIBE (na eventuele PREFIX-regels), niet met SELEC'
    >>> explain_syntax_error("expected one of LATERAL", "SELECT * { g40id:person/x ?p ?o }", 1, 24)
    "een '/' in een prefixnaam moet met een backslash: schrijf g40id:person\\\\/x in plaats van g40id:person/x (of de volledige IRI tussen < >)"
    >>> explain_syntax_error("expected one of LATERAL, SERVICE, [_]", "SELECT ?a WHERE { ?a ?b }", 1, 26)
    "het tripelpatroon '?a ?b' is onvolledig: een patroon heeft een onderwerp, een predicaat en een object (?s ?p ?o)"
    """
    lines = text.split("\n")
    before = lines[line - 1][:max(column - 1, 0)] if 0 < line <= len(lines) else ""
    if "Prefix not found" in reason:
        found = _PREFIXED_NAME_BEFORE.search(before)
        if found:
            return msg("query_unknown_prefix", prefix=(found.group(1) or "") + ":")
    unknown = undeclared_prefixes(text)
    if unknown:  # the parser does not always say so ("expected OPTIONAL" after "b:c")
        return msg("query_unknown_prefix", prefix=unknown[0] + ":")
    first = _FIRST_WORD.match(text, _PROLOGUE_DECL.match(text).end())
    word = first.group() if first else ""
    if word and word.upper() not in _QUERY_FORMS and word.upper() not in _UPDATE_KEYWORDS:
        return msg("query_bad_form", word=word)
    code = code_only(text)
    still_open = sum(code.count(c) for c in "({[") - sum(code.count(c) for c in ")}]")
    offset = len("\n".join(lines[:line - 1])) + (line > 1) + column - 1  # of the error, in text
    if still_open > 0 and not text[offset + 1:].strip():
        return msg("query_ends_early")
    name = _PREFIXED_NAME_BEFORE.search(before)
    if name and text[offset:offset + 1] == "/":  # an entity key after g40id: ("person/x") needs escaping
        written = name.group() + re.match(r"[^\s{}()<>\"';,]*", text[offset:]).group()
        return msg("query_slash_in_name", name=written, escaped=written.replace("/", "\\/"))
    pattern = re.split(r"[{.;]", code[:offset])[-1].strip().removesuffix("}").split()
    if reason.startswith("expected") and 0 < len(pattern) < 3 and all(t[:1] in "?$<" or ":" in t for t in pattern):
        return msg("query_short_pattern", pattern=" ".join(pattern))
    return None


def engine_of(dataset) -> str:
    """``oxigraph``, ``rdflib`` or ``endpoint``: which engine answers queries on ``dataset``."""
    name = type(dataset.store).__name__
    if name == "OxigraphStore":
        return "oxigraph"
    if "SPARQL" in name:
        return "endpoint"
    return "rdflib"


_SERVICE = re.compile(r"SERVICE", re.I)
_LOAD = re.compile(r"LOAD", re.I)
#: what may stand right before a keyword's letters when they are part of a name, not the keyword:
#: a variable (``?service``), the local part of a prefixed name (``ex:service``, ``ex:a.service``)
#: or a language tag (``"x"@service``).
#: Anything else counts as the keyword: Oxigraph also reads ``1SERVICE``, ``trueSERVICE``,
#: ``?o.SERVICE`` and ``SERVICE:x`` (``:x`` the endpoint) as a call.
_NAME_SO_FAR = re.compile(r"(?:[?$]\w*|:(?:[\w:%][\w.\-:%]*)?|@[\w-]*)\Z")


def has_keyword(code: str, keyword: re.Pattern) -> bool:
    """Whether ``code`` (text without strings, IRIs and comments) has ``keyword`` outside names.

    >>> has_keyword("SELECT ?service { ?s ex:service ?o }", _SERVICE)
    False
    >>> has_keyword("SELECT * { ?s ?p 1SERVICE <x> {} }", _SERVICE)
    True
    """
    return any(not _NAME_SO_FAR.search(code[max(0, found.start() - 200):found.start()])
               for found in keyword.finditer(code))


#: strings, IRIs, escapes and comments, each read so that whatever a parser might read as code stays
#: code: a line ends a comment or a short string at "\n" or "\r" (as Oxigraph reads it), and "<…>"
#: holding a bracket is no IRI ("FILTER(1<2)SERVICE:x#>" is a comparison, then a call)
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\s()]*>|\\.|#[^\r\n]*')


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


def code_only(text: str) -> str:
    """``text`` without string literals, IRIs and comments (so keywords inside them do not count).

    >>> code_only('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * { ?s ?p   }  '
    """
    return _NOT_CODE.sub(_blank, text)


def _blank(skipped: re.Match) -> str:
    # an escape is part of a prefixed name ("ex:a\\.service"): a name character, not a gap
    text = skipped.group()
    return "_" if len(text) == 2 and text[0] == "\\" else " "


def nesting(code: str) -> int:
    """How deep the brackets of ``code`` (text without strings, IRIs and comments) go.

    >>> nesting("SELECT * { ?s ?p ?o FILTER((1 + (2))) }")
    4
    """
    depth = deepest = 0
    for char in code:
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")}]":
            depth -= 1
    return deepest


_SERVICE_PREFIX = re.compile(r"PREFIX\s+SERVICE:", re.I)


def service_prefix_hint(text: str) -> str:
    """What to add to the refusal of ``SERVICE`` when the query declares a prefix ``service:`` (whose
    uses Oxigraph may read as a call: ``service:x { }``), so the user knows what to rename.

    >>> service_prefix_hint("PREFIX service: <urn:s#> SELECT * { ?s service:p ?o }").startswith("; ")
    True
    >>> service_prefix_hint("SELECT * { SERVICE <http://x/> { } }")
    ''
    """
    return msg("query_service_prefix") if _SERVICE_PREFIX.search(code_only(text)) else ""


def uses_service(text: str) -> bool:
    """True when the query federates with ``SERVICE`` (g40kg never calls other endpoints), as
    written or after its ``\\u`` escapes are read (rdflib reads them before it parses: a
    ``\\u0022`` inside a string then ends it, and what followed is code).

    >>> uses_service('SELECT * { FILTER(?o = "a\\u0022) SERVICE <http://x/> { } FILTER(\\u0022") }')
    True
    """
    return any(has_keyword(code_only(t), _SERVICE) for t in _readings(text))


#: an escape as rdflib reads it: "\\u" or "\\U" with 8 hex digits or else 4 (rdflib 7 takes either length
#: after either letter)
_CODEPOINT = re.compile(r"\\[uU]([0-9A-Fa-f]{4}(?:[0-9A-Fa-f]{4})?)")


def _readings(text: str) -> list[str]:
    """``text`` as written and, if it has ``\\u``/``\\U`` escapes, as rdflib's parser reads it
    (SPARQL 1.1 §19.2: escapes are replaced before parsing)."""
    if "\\u" not in text and "\\U" not in text:
        return [text]
    expanded = _CODEPOINT.sub(_codepoint, text)
    return [text, expanded]


def _codepoint(escape: re.Match) -> str:
    """The character an escape stands for; one past U+10FFFF stays as written (rdflib refuses it)."""
    value = int(escape.group(1), 16)
    return chr(value) if value <= 0x10FFFF else escape.group()


def run_sparql(dataset, text: str, *, timeout: float | None = DEFAULT_TIMEOUT, allow_update: bool = False,
               check: bool = True) -> QueryResult:
    """Run SPARQL ``text`` (project prefixes predeclared) on ``dataset`` within ``timeout`` seconds.

    ``SERVICE`` is refused and ``FROM <http://…>`` names a graph of the dataset (rdflib would
    download it otherwise): a query never makes g40kg call another host.
    """
    kind = query_kind(text, timeout=timeout) if check else "query"  # refuses SERVICE, oversized and malformed text
    if check and engine_of(dataset) == "rdflib" and _LATERAL.search(code_only(text)):
        raise QueryError(msg("query_lateral_rdflib"))
    full = _PROLOGUE + text
    if kind == "update":
        if not allow_update:
            raise QueryError(msg("query_update_refused"))
        if engine_of(dataset) == "oxigraph":  # Oxigraph's own update (rdflib's fails on a union dataset)
            call_with_timeout(lambda: dataset.store._inner.update(full), timeout, text=text)
        else:
            call_with_timeout(lambda: _rdflib_update(dataset, full), timeout, text=text)
        return QueryResult("ask", boolean=True)
    result = call_with_timeout(lambda: _materialise(dataset.query(full)), timeout)
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


class _Cancelled(BaseException):
    """Raised inside a worker thread whose caller stopped waiting."""


def call_with_timeout(func: Callable[[], Any], timeout: float | None, *, text: str | None = None) -> Any:
    """``func()`` in a daemon worker thread; :class:`QueryTimeout` when it needs more than ``timeout`` s.

    On timeout the worker is interrupted with an asynchronous exception, which takes effect at its
    next Python bytecode (native code, such as one Oxigraph aggregation step, finishes first; the
    thread is a daemon, so a command that exits does not wait for it). A syntax error is explained
    with the query ``text`` (without the project prologue) when given. The exception is only sent
    while ``func`` still runs, and sent again should it land in a finalizer instead of in ``func``.

    >>> call_with_timeout(lambda: 6 * 7, timeout=5)
    42
    >>> import time
    >>> call_with_timeout(lambda: time.sleep(2), timeout=0.05)
    Traceback (most recent call last):
    graph.errors.QueryTimeout: ...
    """
    outcome: dict[str, Any] = {}
    guard = threading.Lock()  # a cancellation is sent, and the end of func noted, under it

    def work():
        try:
            try:
                outcome["value"] = func()
            except _Cancelled:
                pass
            except BaseException as error:  # handed to the caller
                outcome["error"] = error
            with guard:
                outcome["finished"] = True
        except _Cancelled:  # sent just before func's end was noted
            pass

    # the worker sees the caller's context (the language of messages raised inside it)
    worker = threading.Thread(target=contextvars.copy_context().run, args=(work,), name="g40kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        _ABANDONED.append(worker)
        _install_cancel_filter()
        threading.Thread(target=_cancel, args=(worker, guard, outcome), name="g40kg-cancel", daemon=True).start()
        raise QueryTimeout(msg("query_timeout", seconds=timeout))
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, G40Error):
            raise error
        if isinstance(error, SyntaxError):
            raise _syntax_error(error, _PROLOGUE_LINES, text) from None
        raise QueryError(msg("query_failed", reason=_one_line(error))) from error
    return outcome.get("value")


def _cancel(worker: threading.Thread, guard: threading.Lock, outcome: dict, every: float = 0.25) -> None:
    """Interrupt ``worker`` until its query has ended (``outcome["finished"]``).

    An asynchronous exception lands at the thread's next bytecode, which may be a weakref callback
    or ``__del__`` run by the garbage collector in the middle of the query: Python reports it there
    as unraisable and the query goes on. So it is sent again every ``every`` s; under ``guard``, so
    that none is sent once the worker has noted the end of its query.
    """
    while worker.is_alive():
        with guard:
            if outcome.get("finished"):
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Cancelled))
        worker.join(every)


def _install_cancel_filter() -> None:
    """Keep a cancellation that landed in a finalizer out of the user's terminal (see :func:`_cancel`)."""
    previous = sys.unraisablehook
    if getattr(previous, "g40kg_cancel_filter", False):
        return

    def hook(unraisable):
        if not isinstance(unraisable.exc_value, _Cancelled):
            previous(unraisable)

    hook.g40kg_cancel_filter = True
    sys.unraisablehook = hook


#: workers that ran out of time but may still be inside native code (see abandoned_queries)
_ABANDONED: list[threading.Thread] = []


def abandoned_queries() -> int:
    """How many queries ran out of time and are still running: Oxigraph does not stop inside one
    native step (a COUNT over a cross product), so such a worker keeps a core busy until it
    returns. A server counts them before it starts more work (:mod:`graph.serve.protocol`)."""
    _ABANDONED[:] = [worker for worker in _ABANDONED if worker.is_alive()]
    return len(_ABANDONED)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "…"


# --------------------------------------------------------------------------- named questions


@dataclass(frozen=True)
class Parameter:
    """A declared parameter of a named question."""

    name: str
    type: str = "string"
    default: str | None = None
    required: bool = False
    description: Mapping[str, str] = field(default_factory=dict)

    def help(self, lang: str | None = None) -> str:
        return _in_language(self.description, lang)


@dataclass(frozen=True)
class Question:
    """A named question: ``ontology/queries/<name>.rq`` with its header."""

    name: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    parameters: tuple[Parameter, ...]
    text: str
    path: Path | None = None
    columns: tuple[str, ...] = ()

    def title_in(self, lang: str | None = None) -> str:
        return _in_language(self.title, lang)

    def description_in(self, lang: str | None = None) -> str:
        return _in_language(self.description, lang)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "-"
        raise InputError(msg("query_unknown_param", question=self.name, name=name, known=known))


def _in_language(texts: Mapping[str, str] | str, lang: str | None) -> str:
    if isinstance(texts, str):
        return texts
    lang = lang or get_language()
    return str(texts.get(lang) or texts.get("nl") or next(iter(texts.values()), ""))


def _read_question(path: Path) -> Question:
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[2:] if line.startswith("# ") else line[1:])
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
        if not isinstance(meta, dict) or "title" not in meta:
            raise ValueError("title missing")
        parameters = tuple(
            Parameter(
                name=name,
                type=str(spec.get("type", "string")),
                default=None if spec.get("default") is None else str(spec["default"]),
                required=bool(spec.get("required", False)),
                description=spec.get("description") or {},
            )
            for name, spec in (meta.get("parameters") or {}).items()
        )
    except (yaml.YAMLError, ValueError, AttributeError, TypeError) as error:
        raise G40Error(msg("query_bad_header", path=path, reason=_one_line(error))) from None
    for parameter in parameters:
        if parameter.type not in PARAMETER_TYPES:
            raise G40Error(msg("query_bad_header", path=path, reason=f"type {parameter.type!r}"))
    return Question(
        name=path.stem,
        title=meta["title"],
        description=meta.get("description") or {},
        parameters=parameters,
        text=text,
        path=path,
        columns=tuple(meta.get("columns") or ()),
    )


_CACHE: dict[Path, dict[str, Question]] = {}


def load_questions(directory: Path | None = None) -> dict[str, Question]:
    """Every named question in ``directory`` (default: the bundled ``ontology/queries``), by name."""
    directory = Path(directory) if directory else ontology_path("queries")
    if directory not in _CACHE:
        _CACHE[directory] = {p.stem: _read_question(p) for p in sorted(directory.glob("*.rq"))}
    return _CACHE[directory]


def get_question(name: str, directory: Path | None = None) -> Question:
    """The question called ``name``; :class:`UnknownName` with close matches otherwise."""
    questions = load_questions(directory)
    if name in questions:
        return questions[name]
    suggestions = difflib.get_close_matches(name, list(questions), n=3, cutoff=0.5)
    suggestions += [q for q in questions if name.lower() in q and q not in suggestions][:3]
    raise UnknownName("question", name, suggestions, otherwise=msg("questions_there_are", names=", ".join(questions)))


def to_term(value: Any, type_: str, *, name: str = "value"):
    """``value`` (text from the command line, or already a term) as the RDF term for ``type_``."""
    if isinstance(value, (URIRef, Literal)):
        return value
    text = str(value).strip()
    try:
        if type_ == "date":
            return Literal(_iso_date(text), datatype=XSD.date)
        if type_ == "integer":
            return Literal(int(text), datatype=XSD.integer)
        if type_ == "decimal":
            return Literal(str(float(text)), datatype=XSD.decimal)
    except ValueError:
        raise _bad_value(name, text, type_) from None
    if type_ in ("iri",) or type_ in ENTITY_PARAMETER_TYPES:
        return _iri(text, name, type_)
    return Literal(text)


def _iso_date(text: str) -> str:
    """``text`` as an ISO date: ``2021-06-01``, or ``2021-06`` and ``2021`` for their first day;
    ValueError for anything else, also a date with more after it."""
    for padded in (text, text + "-01", text + "-01-01"):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", padded):
            return date.fromisoformat(padded).isoformat()
    raise ValueError(text)


def sparql_term(term) -> str:
    r"""``term`` written in SPARQL: an IRI in ``<…>``, a literal in one pair of double quotes with
    every quote, backslash and line break escaped (rdflib's ``n3()`` writes a multi-line literal
    in triple quotes and cannot end one in a quote).

    >>> print(sparql_term(Literal('two\nlines ending in \\"')))
    "two\nlines ending in \\\""
    >>> print(sparql_term(Literal("2024-01-01", datatype=XSD.date)))
    "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>
    """
    if isinstance(term, URIRef):
        return f"<{term}>"
    text = _escape_codepoints("".join(_ECHAR.get(char, char) for char in str(term)))
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


_ESCAPED_U = re.compile(r"(?<!\\)((?:\\\\)*\\\\)([uU][0-9A-Fa-f]*)")


def _escape_codepoints(text: str) -> str:
    r"""``text`` (a literal's escaped body) with each "u" after an escaped backslash, and the hex
    digits after it, written as ``\uXXXX`` escapes: rdflib replaces ``\u`` + 4 or 8 hex digits
    everywhere before it parses, also right after an escaped backslash.

    >>> print(_escape_codepoints(r"a\\u0041 \\\\U1 u0041"))
    a\\\u0075\u0030\u0030\u0034\u0031 \\\\\u0055\u0031 u0041
    """
    return _ESCAPED_U.sub(lambda m: m.group(1) + "".join(f"\\u{ord(c):04x}" for c in m.group(2)), text)


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def to_confidence(value: Any, *, name: str = "min_confidence") -> float:
    """``value`` as a confidence from 0 to 1; :class:`InputError` naming parameter ``name`` otherwise.

    >>> to_confidence("0.8")
    0.8
    """
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        raise _bad_value(name, text, "decimal") from None
    if not 0 <= number <= 1:  # NaN is refused too
        raise InputError(msg("query_bad_confidence", name=name, value=text))
    return number


_IRI_OK = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.I)


def _iri(text: str, name: str, type_: str) -> URIRef:
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        text = str(PREFIXES[prefix]) + local
    if not _IRI_OK.match(text):
        raise _bad_value(name, text, "iri")  # entity types too: what is wrong is the IRI
    return URIRef(text)


def _bad_value(name: str, text: str, type_: str) -> InputError:
    """``text`` given for parameter ``name`` is not a ``type_`` (date, integer, decimal or iri), in the user's language."""
    return InputError(msg("query_bad_value", name=name, value=text, kind=msg(f"query_kind_{type_}")))


_LATERAL = re.compile(r"\bLATERAL(?=\s*\{)", re.I)


def without_lateral(text: str, *, optional: bool = False) -> str:
    """``text`` with every ``LATERAL { … }`` as a plain group ``{ … }``, or with ``optional`` as
    ``OPTIONAL { … }`` (strings, IRIs and comments untouched).

    Oxigraph evaluates a lateral group once per row before it: after a grouped subquery, a few
    hundred lookups instead of a scan of every label in the graph. rdflib and SPARQL 1.1 servers
    have no ``LATERAL``. Joining the plain group gives the same rows when every variable the
    group shares with the rows before it is bound in each of them, as in the named questions;
    the optional group does too when the question also keeps only rows where the group bound
    its variables (``FILTER(BOUND(…))``, as the named questions do). rdflib evaluates an
    OPTIONAL once per row and a join after a subquery by matching the group on its own
    (collaborations-matrix at 10^5 triples: 1.9 against 5.3 s), so it gets ``optional=True``.

    >>> without_lateral('SELECT * { { SELECT ?s { ?s ?p ?o } } LATERAL { ?s <urn:l> "LATERAL {" } }')
    'SELECT * { { SELECT ?s { ?s ?p ?o } }  { ?s <urn:l> "LATERAL {" } }'
    >>> without_lateral('{ { SELECT ?s { ?s ?p ?o } } LATERAL { ?s <urn:l> ?l } }', optional=True)
    '{ { SELECT ?s { ?s ?p ?o } } OPTIONAL { ?s <urn:l> ?l } }'
    """
    keyword = "OPTIONAL" if optional else ""
    out, start = [], 0
    for skipped in _NOT_CODE.finditer(text):
        out += [_LATERAL.sub(keyword, text[start:skipped.start()]), skipped.group()]
        start = skipped.end()
    out.append(_LATERAL.sub(keyword, text[start:]))
    return "".join(out)


def question_text(question: Question, bindings: Mapping[str, Any], *, engine: str = "oxigraph") -> str:
    """The question's SPARQL with its ``VALUES`` block (terms written by :func:`sparql_term`) and time filter,
    for ``engine`` (``oxigraph``, ``rdflib`` or ``endpoint``: its ``LATERAL`` groups as
    :func:`without_lateral` makes them for the last two)."""
    from .timefilter import inferred_end_source, time_filter

    names = [p.name for p in question.parameters]
    terms = [bindings.get(n) for n in names]
    values = ""
    if names:
        cells = " ".join("UNDEF" if t is None else sparql_term(t) for t in terms)
        values = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({cells}) }}"
    text = re.sub(r"^[ \t]*# @parameters[ \t]*$", lambda _: values, question.text, flags=re.M)
    window = any(bindings.get(n) is not None for n in _TIME_PARAMETERS)

    def time(match) -> str:
        # Without a time window the filter keeps every row; its three OPTIONAL lookups per
        # evidence node are only needed when the question shows the start and end it computes
        # (at most one of each per node, see ontology/shapes.ttl, so no row is repeated).
        evidence = match.group(1)
        if re.search(rf"\?{evidence}_endedBy\b", question.text):
            return time_filter(evidence) + "\n  " + inferred_end_source(evidence)
        if window or re.search(rf"\?{evidence}_(?:start|end)\b", question.text):
            return time_filter(evidence)
        return ""

    text = re.sub(r"^[ \t]*# @time[ \t]+\?(\w+)[ \t]*$", time, text, flags=re.M)
    return text if engine == "oxigraph" else without_lateral(text, optional=engine == "rdflib")


_TIME_PARAMETERS = ("at", "from", "until")


def run_question(dataset, question: Question | str, params: Mapping[str, Any] | None = None, *,
                 timeout: float | None = DEFAULT_TIMEOUT, resolve: bool = True) -> QueryResult:
    """Run a named question with ``params`` (name → text or RDF term); defaults fill the rest.

    Names given for entity-typed parameters (``ministry``, ``person`` …) are resolved to IRIs with
    :func:`graph.names.resolve_entity` (abbreviation or name, any case; "did you mean" otherwise).
    """
    from .names import resolve_entity

    if isinstance(question, str):
        question = get_question(question)
    params = dict(params or {})
    for given in params:
        question.parameter(given)
    bindings = {}
    for parameter in question.parameters:
        value = params.get(parameter.name)
        if value is None or value == "":
            value = parameter.default
        if value is None:
            if parameter.required:
                raise InputError(msg("query_missing", name=parameter.name))
            continue
        if isinstance(value, str) and len(value) > MAX_PARAMETER_LENGTH:  # names take a moment per character
            raise InputError(msg("query_parameter_too_long", name=parameter.name, limit=MAX_PARAMETER_LENGTH))
        if parameter.name in CONFIDENCE_PARAMETERS and not isinstance(value, Literal):
            value = to_confidence(value, name=parameter.name)
        entity_type = ENTITY_PARAMETER_TYPES.get(parameter.type, "-")
        if resolve and entity_type != "-" and not isinstance(value, URIRef):
            bindings[parameter.name] = resolve_entity(dataset, str(value), entity_type, kind=parameter.type)
        else:
            bindings[parameter.name] = to_term(value, parameter.type, name=parameter.name)
    text = question_text(question, bindings, engine=engine_of(dataset))
    return run_sparql(dataset, text, timeout=timeout, check=False)


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
