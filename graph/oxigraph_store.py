"""oxrdflib's Oxigraph store with rdflib's semantics: union reads, plain literals, prepared queries.

:class:`OxigraphStore` is the store under every ``oxigraph`` dataset :mod:`graph.store` opens;
:func:`term` turns pyoxigraph terms into rdflib's, and :func:`bind_values` puts a query's
``initBindings`` into its text as a ``VALUES`` block (Oxigraph runs SPARQL from text).

Examples
--------
>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(store=OxigraphStore(), default_union=True)
>>> _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
>>> [str(row.o) for row in ds.query("SELECT ?o WHERE { ?s ?p ?o }", initBindings={"s": URIRef("urn:s")})]
['o']
"""

from __future__ import annotations

import logging
import re

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _OxrdflibStore
from oxrdflib._converter import from_ox, from_ox_graph_name, to_ox, to_ox_quad_pattern
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["OxigraphStore", "term", "bind_values", "query_text"]

log = logging.getLogger(__name__)


class OxigraphStore(_OxrdflibStore):
    """oxrdflib's store with rdflib's union semantics, plain literals and prepared queries.

    * ``triples(pattern)`` on the default graph yields each triple once, like rdflib's memory
      store (Oxigraph stores quads: a label written in two document graphs is two quads).
    * ``xsd:string`` literals come back as plain ``Literal("x")``, equal to what rdflib gives.
    * Prepared queries (``rdflib.plugins.sparql.prepareQuery``) run in Oxigraph from their
      original text, and ``initBindings`` may bind any variable, projected or not (they become
      a ``VALUES`` block at the start of the WHERE pattern).

    Queries without ``GRAPH`` run on Oxigraph's union of the named graphs. That union is a bag
    (a triple held by three graphs matches three times), which equals rdflib's set union because
    a build's graphs are a partition. Stores written before the graphs were a partition held the
    union, each triple once, in their default graph instead (``materialized=True``, found by
    :func:`open_dataset`); they are read that way until the next build replaces them.
    """

    def __init__(self, *args, materialized: bool = False, partition: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.materialized = materialized
        self.partition = partition  # a built graph: each triple in one named graph (see :func:`open_dataset`)

    def triples(self, triple_pattern, context=None):
        try:
            quads = self._inner.quads_for_pattern(*to_ox_quad_pattern(triple_pattern, context))
        except (TypeError, ValueError):
            return iter(())
        if context is not None and not _is_union(context):
            return (((term(q.subject), term(q.predicate), term(q.object)), iter((context,))) for q in quads)
        if self.materialized:
            quads = self._inner.quads_for_pattern(*to_ox_quad_pattern(triple_pattern)[:3], ox.DefaultGraph())
        return _distinct(quads, self)

    def __len__(self, context=None) -> int:
        if context is None or _is_union(context):
            if self.materialized:
                return sum(1 for _ in self._inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            if self.partition:  # the statements are the triples: 0.12 s at 10^6, not 4 s of COUNT(DISTINCT …)
                return len(self._inner)
        return super().__len__(context)

    def add_graph(self, graph) -> None:
        node = to_ox(graph)
        if isinstance(node, ox.DefaultGraph) or self._inner.contains_named_graph(node):
            return
        try:
            self._inner.add_graph(node)
        except RuntimeError:  # a read-only store: reading an absent graph gives nothing
            log.debug("read-only store: graph %s not added", graph)

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803
        from rdflib.query import Result
        from rdflib.term import Variable

        text, init_ns = query_text(query, initNs)
        # the SPARQL Protocol's dataset (default-graph-uri, named-graph-uri): IRIs, overriding FROM
        default_graphs, named_graphs = kwargs.pop("default_graph", None), kwargs.pop("named_graphs", None)
        for kwarg in kwargs:
            raise NotImplementedError(f"The parameter {kwarg} is not supported by Oxigraph store")
        if default_graphs is not None or named_graphs is not None:
            dataset = {"default_graph": [ox.NamedNode(iri) for iri in default_graphs or ()],
                       "named_graphs": [ox.NamedNode(iri) for iri in named_graphs or ()]}
        else:
            dataset = {"default_graph": to_ox(queryGraph) if isinstance(queryGraph, Node) else None,
                       # a FROM clause names the default graph itself; Oxigraph's union flag would override it
                       "use_default_graph_as_union": queryGraph == "__UNION__" and not self.materialized
                       and not _has_from(text)}
        result = self._inner.query(
            bind_values(text, initBindings),
            prefixes={k: str(v) for k, v in dict(self._namespace_for_prefix, **init_ns).items()},
            **dataset,
        )
        if isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        elif isinstance(result, ox.QuerySolutions):
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in result.variables]
            out.bindings = _bindings(out.vars, result)
        else:
            from rdflib import Graph

            out = Result("CONSTRUCT")
            out.graph = Graph()
            out.graph += ((term(t.subject), term(t.predicate), term(t.object)) for t in result)
        return out


def term(value):
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals as plain literals).

    IRIs and plain literals, most of a result, are built without rdflib's checks and casts: an
    IRI Oxigraph has parsed is a valid one, and a plain literal's value is its text. The terms
    are the ones rdflib's constructors give.

    >>> import pyoxigraph as ox
    >>> a = term(ox.Literal("tekst")); b = Literal("tekst")
    >>> a == b and a.value == b.value and (a.language, a.datatype, a.ill_typed) == (None, None, None)
    True
    >>> term(ox.NamedNode("urn:x")) == URIRef("urn:x"), type(term(ox.NamedNode("urn:x"))) is URIRef
    (True, True)
    >>> term(ox.Literal("2021-06-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))).value
    datetime.date(2021, 6, 1)
    """
    if isinstance(value, ox.NamedNode):
        return _str_new(URIRef, value.value)
    if isinstance(value, ox.Literal):
        datatype = value.datatype.value
        if datatype == _XSD_STRING:
            return _plain_literal(value.value)
        if value.language:
            return Literal(value.value, lang=value.language)
        return Literal(value.value, datatype=URIRef(datatype))
    if isinstance(value, ox.BlankNode):
        return BNode(value.value)
    return from_ox(value)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_str_new = str.__new__


#: the slots a Literal has in the rdflib versions :func:`_plain_literal` was written for
_LITERAL_SLOTS = {"_language", "_datatype", "_value", "_ill_typed"}
_LITERAL_SLOTS_KNOWN = set(getattr(Literal, "__slots__", ())) == _LITERAL_SLOTS


def _plain_literal(text: str) -> Literal:
    """``Literal(text)``: the same slots, without the round of casts rdflib's constructor makes
    (with an rdflib whose Literal has other slots, simply ``Literal(text)``)."""
    if not _LITERAL_SLOTS_KNOWN:
        return Literal(text)
    literal = _str_new(Literal, text)
    literal._language = literal._datatype = literal._ill_typed = None
    literal._value = text
    return literal


def _bindings(variables, solutions) -> list[dict]:
    """The rows of a SELECT result as rdflib bindings (variable → term; unbound left out).

    A result repeats its values (the entity asked about, labels, dates, documents) from row to
    row: each distinct value is converted once (terms are immutable), in one loop without a
    function call per value.
    """
    converted = {}
    rows = []
    for solution in solutions:
        row = {}
        for variable, value in zip(variables, solution):
            if value is not None:
                try:
                    row[variable] = converted[value]
                except KeyError:
                    row[variable] = converted[value] = term(value)
        rows.append(row)
    return rows


def _is_union(context) -> bool:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return getattr(context, "identifier", None) == DATASET_DEFAULT_GRAPH_ID


def _distinct(quads, store):
    seen = set()
    for quad in quads:
        triple = (term(quad.subject), term(quad.predicate), term(quad.object))
        if triple not in seen:
            seen.add(triple)
            yield triple, iter((from_ox_graph_name(quad.graph_name, store),))


_FROM = re.compile(r"(?<![\w?$:])FROM\s+(?!NAMED\b)", re.I)


def _has_from(text: str) -> bool:
    """True when the query ``text`` has a ``FROM <graph>`` dataset clause (``FROM NAMED`` alone: False).

    >>> _has_from("SELECT * FROM g40g:facts WHERE { ?s ?p ?o }"), _has_from("SELECT ?from { ?s <urn:from> ?from }")
    (True, False)
    """
    from .sparql_checks import code_only  # not graph.query: a build's queries need none of its imports (yaml)

    return bool(_FROM.search(code_only(text)))


def query_text(query, init_ns):
    """A prepared rdflib Query back to its text (stores that run SPARQL themselves need text)."""
    original = getattr(query, "_original_args", None)
    if original is None:
        return query, dict(init_ns or {})
    text, prepared_ns, _base = original
    return text, {**dict(prepared_ns or {}), **dict(init_ns or {})}


def bind_values(query: str, bindings) -> str:
    """``query`` with ``bindings`` (variable → term) as a VALUES block opening its WHERE pattern.

    This is substitution semantics (the variable is bound before the pattern is matched), so it
    also works for variables that are not projected or that are grouped away.

    >>> from rdflib import URIRef
    >>> bind_values("SELECT ?o WHERE { ?s <urn:p> ?o }", {"s": URIRef("urn:s")})
    'SELECT ?o WHERE { VALUES (?s) { (<urn:s>) } ?s <urn:p> ?o }'
    """
    bindings = {str(k): v for k, v in (bindings or {}).items() if v is not None}
    if not bindings:
        return query
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(value.n3() for value in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    at = _where_brace(query)
    return query[: at + 1] + block + query[at + 1 :]


def _where_brace(query: str) -> int:
    """Offset of the ``{`` that opens the WHERE pattern (skipping IRIs, strings and comments)."""
    keyword = re.compile(r"\b(WHERE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
    i, n, first_brace, form = 0, len(query), None, None
    while i < n:
        c = query[i]
        if c == "#":
            i = query.find("\n", i)
            i = n if i < 0 else i
        elif c == "<" and form is None:
            i = query.index(">", i) + 1
            continue
        elif c in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else c
            i = query.index(quote, i + len(quote)) + len(quote)
            continue
        elif c == "{":
            if form != "CONSTRUCT" or first_brace is not None:
                return i
            first_brace = i
            i = _matching(query, i)
        else:
            match = keyword.match(query, i) if c.isalpha() and (i == 0 or not (query[i - 1].isalnum() or query[i - 1] in ":?$_-")) else None
            if match:
                word = match.group(1).upper()
                form = form or word
                if word == "WHERE":
                    return query.index("{", match.end())
                i = match.end()
                continue
        i += 1
    raise ValueError("no WHERE pattern in query")


def _matching(query: str, i: int) -> int:
    depth = 0
    for j in range(i, len(query)):
        depth += {"{": 1, "}": -1}.get(query[j], 0)
        if depth == 0:
            return j
    return len(query)
