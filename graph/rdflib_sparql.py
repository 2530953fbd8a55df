"""rdflib's SPARQL engine where it departs from the standard, corrected (imported by :mod:`graph.query`).

**Groups of nothing.** rdflib answers a ``GROUP BY`` over no solutions with one group that binds nothing; SPARQL 1.1
(§18.5, *Group*) has no groups then, and Oxigraph answers with no rows. Only an aggregate
*without* ``GROUP BY`` makes its one group of nothing (``COUNT(*)`` is 0). A row that binds
nothing is otherwise a real answer (``OPTIONAL`` that found nothing), so the phantom cannot be
told apart afterwards: the aggregation itself is replaced, by :func:`install`.

**Runaway regular expressions.** rdflib runs ``REGEX`` and ``REPLACE`` with Python's ``re``, which
backtracks: ``REGEX(?x, "^(a+)+$")`` on 30 characters takes minutes and holds the interpreter, so no
timeout can stop it (Oxigraph's engine runs in linear time). A pattern that repeats a group
which itself repeats or alternates is refused on this engine.

**Parsing again.** rdflib parses a query's text every time it runs it, with pyparsing: a named
question of 13,000 characters takes 0.5-0.7 s to parse and 0.05 s to answer on a small graph. The
translated query (what :func:`rdflib.plugins.sparql.prepareQuery` gives, made to be run again) is
kept per process for the last texts run (:class:`CachedSPARQLProcessor`), and each run gets a copy of
it (:func:`graph.rdflib_algebra.private_copy`: rdflib writes to an expression's node while it runs it).
A named question is parsed once for all its values (:mod:`graph.rdflib_questions`).

>>> from rdflib import Graph
>>> install()
>>> len(Graph().query("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?x"))
0
>>> [int(row.n) for row in Graph().query("SELECT (COUNT(*) AS ?n) WHERE { ?x ?p ?o }")]
[0]
"""

from __future__ import annotations

import functools
import re

import rdflib.plugins.sparql.evaluate as evaluate
from rdflib import plugin
from rdflib.plugins.sparql import operators, parser
from rdflib.plugins.sparql.aggregates import Aggregator
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.evalutils import _eval
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import FrozenBindings
from rdflib.query import Processor

from .messages import CATALOGUE, msg
from .rdflib_algebra import private_copy

CATALOGUE.update({
    "rdflib_runaway_pattern": {
        "nl": "het REGEX-patroon {pattern!r} herhaalt een herhaling: dat kan de rdflib-engine urenlang bezighouden; "
              "gebruik --engine oxigraph",
        "en": "the REGEX pattern {pattern!r} repeats a repetition, which can keep the rdflib engine busy for hours; "
              "use --engine oxigraph"},
})


def aggregate_join(ctx, aggregation):
    """The solutions of ``aggregation`` (rdflib's ``AggregateJoin`` over a ``Group``): one per group
    of the rows it groups, keyed by its ``GROUP BY`` expressions; one in all without them."""
    keys = aggregation.p.expr
    groups: dict = {}
    for row in evaluate.evalPart(ctx, aggregation.p):
        key = True if keys is None else tuple(_eval(expression, row, False) for expression in keys)
        if key not in groups:
            groups[key] = Aggregator(aggregations=aggregation.A)
        groups[key].update(row)
    if keys is None and not groups:
        groups[True] = Aggregator(aggregations=aggregation.A)
    for aggregator in groups.values():
        yield FrozenBindings(ctx, aggregator.get_bindings())



#: a group holding a repetition or an alternative, itself repeated: "(a+)+", "(a|aa)*", "(x{2,})+"
_NESTED_REPETITION = re.compile(r"\((?:[^()\\]|\\.)*(?:[+*|]|\{\d)(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d)")


class RunawayPattern(ValueError):
    """A regular expression that can take exponential time on Python's ``re``."""


def guarded(function):
    """``function`` (rdflib's REGEX or REPLACE) refusing a pattern with nested repetition.

    >>> guarded(lambda expr, ctx: "ran")(type("E", (), {"pattern": "^(a+)+$"}), None)
    Traceback (most recent call last):
    graph.rdflib_sparql.RunawayPattern: het REGEX-patroon '^(a+)+$' herhaalt een herhaling: dat kan de rdflib-engine urenlang bezighouden; gebruik --engine oxigraph
    """
    def checked(expr, ctx):
        pattern = str(expr.pattern)
        if _NESTED_REPETITION.search(pattern):
            raise RunawayPattern(msg("rdflib_runaway_pattern", pattern=pattern[:60]))
        return function(expr, ctx)

    return checked


#: texts longer than this are parsed each time (a query listing thousands of nodes is seldom run twice)
CACHED_TEXT_LIMIT = 64_000


def short_text_cache(maxsize: int):
    """``functools.lru_cache(maxsize)`` for a function of a query text (its first argument) that keeps
    texts up to :data:`CACHED_TEXT_LIMIT` characters only: a longer one is worked out each time. A cache
    keyed by whole texts holds each text it keeps, and a server keeps its caches for as long as it runs:
    256 kept texts of a megabyte (a long comment or string is no token :func:`graph.sparql_checks.check_size`
    counts) would hold 256 MB of a query process's memory for good.

    >>> @short_text_cache(8)
    ... def length(text):
    ...     return len(text)
    >>> length("a" * 10), length("a" * (CACHED_TEXT_LIMIT + 1)), length.cache_info().currsize
    (10, 64001, 1)
    """
    def wrap(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def call(text, *args):
            return (cached if len(text) <= CACHED_TEXT_LIMIT else function)(text, *args)

        call.cache_info, call.cache_clear = cached.cache_info, cached.cache_clear
        return call

    return wrap


@functools.lru_cache(maxsize=256)  # texts up to CACHED_TEXT_LIMIT only: CachedSPARQLProcessor.query
def _translated(text: str, base, namespaces: tuple):
    return translateQuery(parser.parseQuery(text), base, dict(namespaces))


class CachedSPARQLProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor keeping the translated query of each text it ran (at most 256, per
    process), and running a private copy of it (:func:`graph.rdflib_algebra.private_copy`), so that
    threads running one text at a time do not share the nodes rdflib writes to while it evaluates.
    The key holds the namespaces and base the text is read with; a text that fails to parse is not kept.

    >>> from rdflib import Graph, URIRef
    >>> install()
    >>> graph = Graph().add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> text = "SELECT ?o WHERE { <urn:a> ?p ?o }"
    >>> [str(row.o) for row in graph.query(text)] == [str(row.o) for row in graph.query(text)] == ["urn:b"]
    True
    >>> _translated.cache_info().hits > 0
    True
    """

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's names)
        if isinstance(strOrQuery, str) and len(strOrQuery) <= CACHED_TEXT_LIMIT:
            strOrQuery, _ = private_copy(_translated(strOrQuery, base, tuple(sorted((initNs or {}).items()))))
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


def install() -> None:
    """Make rdflib's SPARQL engine aggregate with :func:`aggregate_join`, refuse runaway
    regular expressions and keep the queries it translated (idempotent)."""
    evaluate.evalAggregateJoin = aggregate_join
    parser.RegexExpression.setEvalFn(guarded(operators.Builtin_REGEX))
    parser.StrReplaceExpression.setEvalFn(guarded(operators.Builtin_REPLACE))
    plugin.register("sparql", Processor, __name__, "CachedSPARQLProcessor")
