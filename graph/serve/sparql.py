"""SPARQL 1.1 Protocol logic without the web framework: classify, run with limits, negotiate, serialise.

The endpoint is read-only: :func:`classify` recognises SPARQL Update and refuses it before
anything runs. :func:`execute` materialises at most ``max_rows`` rows (or triples) and checks a
deadline while it iterates, so a huge result fails with a clear message instead of filling memory.

Examples
--------
>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset(default_union=True)
>>> _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
>>> classify("SELECT * WHERE { ?s ?p ?o }")
'SELECT'
>>> outcome = execute(ds, "SELECT ?o WHERE { ?s ?p ?o }", max_rows=10)
>>> [str(row["o"]) for row in outcome.rows]
['o']
>>> fmt = negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+json")
>>> fmt.media_type
'application/sparql-results+json'
>>> serialize(outcome, negotiate("SELECT", "text/tab-separated-values")).decode()
'?o\\n"o"\\n'
"""

from __future__ import annotations

import io
import json
import logging
import re
import time
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from ..errors import G40Error, QueryError, QueryTimeout
from ..messages import CATALOGUE, msg
from ..query import in_query_order, query_form, query_kind
from ..rdflib_sparql import short_text_cache
from ..sparql_checks import code_only, service_prefix_hint, uses_service
from ..timeouts import DEFAULT_TIMEOUT
from ..vocab import PREFIXES, bind_prefixes

__all__ = [
    "ResultFormat",
    "QueryOutcome",
    "ProtocolError",
    "classify",
    "execute",
    "negotiate",
    "parse_accept",
    "serialize",
    "RESULT_FORMATS",
    "GRAPH_FORMATS",
    "dataset_graphs",
    "service_description",
    "serve_text",
]

log = logging.getLogger(__name__)


class ProtocolError(G40Error):
    """A request the endpoint answers with an HTTP error ``status`` and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ResultFormat:
    name: str  # rdflib serializer name (or "tsv", our own)
    media_type: str
    aliases: tuple[str, ...] = ()  # values of ?format= / ?output=


#: Formats for SELECT and ASK, best default first.
RESULT_FORMATS = (
    ResultFormat("json", "application/sparql-results+json", ("json", "application/json", "srj")),
    ResultFormat("xml", "application/sparql-results+xml", ("xml", "srx")),
    ResultFormat("csv", "text/csv", ("csv",)),
    ResultFormat("tsv", "text/tab-separated-values", ("tsv",)),
    # only by ?format=excel (Accept: text/csv keeps the standard CSV above): ";", CRLF, a BOM and formulas
    # neutralised, as --excel writes it, for Dutch Excel (walkthrough 21, finding 15)
    ResultFormat("excel", "text/csv", ("excel",)),
)
#: Formats for CONSTRUCT and DESCRIBE (and the Graph Store Protocol), best default first.
GRAPH_FORMATS = (
    ResultFormat("turtle", "text/turtle", ("turtle", "ttl")),
    ResultFormat("nt", "application/n-triples", ("nt", "ntriples", "n-triples", "text/plain")),
    ResultFormat("json-ld", "application/ld+json", ("json-ld", "jsonld", "json")),
    ResultFormat("xml", "application/rdf+xml", ("xml", "rdf", "rdfxml")),
)
#: Formats for a whole dataset (Graph Store Protocol without a graph parameter).
DATASET_FORMATS = (
    ResultFormat("trig", "application/trig", ("trig",)),
    ResultFormat("nquads", "application/n-quads", ("nq", "nquads", "n-quads")),
)

_EXTRA_ACCEPT = {  # media types clients send that mean one of ours
    "application/json": "application/sparql-results+json",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "text/n3": "text/turtle",
}
# clients such as rdflib's SPARQLStore ask for SPARQL results even for CONSTRUCT: give the RDF twin
_GRAPH_FOR_RESULTS = {
    "application/sparql-results+json": "application/ld+json",
    "application/json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}


@dataclass
class QueryOutcome:
    """What a query produced, materialised within the limits."""

    kind: str  # SELECT, ASK, CONSTRUCT, DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # variable name → rdflib term (unbound: absent)
    boolean: bool | None = None
    graph: Graph | None = None
    seconds: float = 0.0

    @property
    def size(self) -> int:
        if self.kind in ("CONSTRUCT", "DESCRIBE"):
            return len(self.graph) if self.graph is not None else 0
        return len(self.rows) if self.kind == "SELECT" else 1


@short_text_cache(maxsize=512)  # a megabyte's query is not kept (a query process's memory)
def classify(text: str, timeout: float | None = DEFAULT_TIMEOUT) -> str:
    """The query form of ``text`` (SELECT, ASK, CONSTRUCT, DESCRIBE).

    Raises :class:`ProtocolError` 403 for SPARQL Update and for ``SERVICE`` (the server never
    calls other endpoints), 400 with the parser's line and column for malformed or oversized text,
    and 503 when planning it takes more than ``timeout`` seconds.
    """
    if not text or not text.strip():
        raise ProtocolError(400, serve_text("empty"))
    if uses_service(text):
        raise ProtocolError(403, serve_text("service") + service_prefix_hint(text))
    try:
        if query_kind(text, timeout=timeout) == "update":
            raise ProtocolError(403, serve_text("update"))
        form = query_form(text, timeout=timeout)  # planned once: query_kind's is cached
    except QueryTimeout:
        raise ProtocolError(503, serve_text("timeout")) from None
    except QueryError as error:
        raise ProtocolError(400, serve_text("malformed", reason=str(error))) from None
    if form == "graph":
        return "DESCRIBE" if _DESCRIBE.search(code_only(text)) else "CONSTRUCT"
    return form.upper()


_DESCRIBE = re.compile(r"\bDESCRIBE\b", re.I)


def execute(dataset, text: str, *, max_rows: int = 10_000, deadline: float | None = None,
            graphs: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> QueryOutcome:
    """Run the read-only query ``text`` on ``dataset`` and materialise at most ``max_rows``.

    ``deadline`` is a :func:`time.monotonic` value; passing it while rows are read raises
    :class:`ProtocolError` 503. The project prefixes (``g40:``, ``g40id:``, …) are predeclared.
    ``graphs``: the protocol's ``(default-graph-uri, named-graph-uri)`` IRIs, the query's dataset
    instead of the graph's own (Oxigraph only: see :func:`dataset_graphs`).
    """
    kind = classify(text)
    started = time.monotonic()
    extra = {} if graphs is None else {"default_graph": list(graphs[0]), "named_graphs": list(graphs[1])}
    try:
        result = dataset.query(text, initNs=PREFIXES, **extra)
        outcome = _materialise(result, kind, max_rows, deadline)
        if outcome.kind == "SELECT":
            outcome.variables = in_query_order(outcome.variables, text)  # SELECT *: as the CLI, not a-z
    except (ProtocolError, MemoryError):  # MemoryError: the caller's to report (503), not a malformed query
        raise
    except Exception as error:  # parse errors of the engine, unknown prefixes, bad functions
        raise ProtocolError(400, serve_text("malformed", reason=_one_line(error))) from None
    outcome.seconds = time.monotonic() - started
    return outcome


def _materialise(result: Result, kind: str, max_rows: int, deadline: float | None) -> QueryOutcome:
    if kind == "ASK" or result.type == "ASK":
        return QueryOutcome("ASK", boolean=bool(result.askAnswer))
    if kind in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph if result.graph is not None else Graph()
        _check_deadline(deadline)
        if len(graph) > max_rows:
            raise ProtocolError(413, serve_text("too_many_triples", n=max_rows))
        bind_prefixes(graph)
        return QueryOutcome(kind, graph=graph)
    variables = [str(v) for v in (result.vars or [])]
    rows: list[dict] = []
    names = [(name, Variable(name)) for name in variables]
    # result.bindings, not iterating result: rdflib skips a solution that binds no selected variable
    # ("OPTIONAL" that found nothing, "VALUES ?x { UNDEF }"), which SPARQL counts as a row
    for i, binding in enumerate(result.bindings):
        if i >= max_rows:
            raise ProtocolError(413, serve_text("too_many_rows", n=max_rows))
        if i % 256 == 0:
            _check_deadline(deadline)
        rows.append({name: binding[var] for name, var in names if binding.get(var) is not None})
    _check_deadline(deadline)
    return QueryOutcome("SELECT", variables=variables, rows=rows)


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise ProtocolError(503, serve_text("timeout"))


def negotiate(kind: str, accept: str | None = None, format_param: str | None = None) -> ResultFormat:
    """The response format for a result of ``kind`` given ``?format=`` and the Accept header.

    An explicit ``format_param`` (a name or media type; a comma-separated list, as SPARQLWrapper
    sends, gives the first one we have) wins; otherwise the Accept header with q-values; ``*/*``
    or nothing gives the default (SPARQL JSON, or Turtle for graphs). Raises
    :class:`ProtocolError` 400 for a format name that is none of ours for this kind of result (a
    typo must not silently give another format; a list of media types only defers to Accept)
    and 406 when the Accept header accepts none of them.

    >>> negotiate("SELECT", "text/csv", "tsv").name
    'tsv'
    >>> negotiate("CONSTRUCT", "text/turtle", "application/ld+json,application/x-json+ld").name
    'json-ld'
    >>> negotiate("CONSTRUCT", "text/turtle", "application/x-unknown").name
    'turtle'
    """
    formats = {"SELECT": RESULT_FORMATS, "ASK": RESULT_FORMATS, "DATASET": DATASET_FORMATS}.get(kind, GRAPH_FORMATS)
    wanted = [item.strip().lower() for item in (format_param or "").split(",") if item.strip()]
    for item in wanted:
        for fmt in formats:
            if item in fmt.aliases or item == fmt.media_type:
                return fmt
    names = [item for item in wanted if "/" not in item]
    if names:
        offered = ", ".join(fmt.aliases[0] for fmt in formats)
        raise ProtocolError(400, serve_text("unknown_format", value=names[0], offered=offered))
    if not accept or not accept.strip():
        return formats[0]
    candidates = []
    for order, (media, q) in enumerate(parse_accept(accept)):
        if formats is GRAPH_FORMATS:
            media = _GRAPH_FOR_RESULTS.get(media, media)
        media = _EXTRA_ACCEPT.get(media, media)
        for rank, fmt in enumerate(formats):
            if q > 0 and (media in (fmt.media_type, "*/*") or (media.endswith("/*") and fmt.media_type.startswith(media[:-1]))):
                candidates.append((q, -order, -rank, fmt))
                break
    best = max(candidates, key=lambda c: c[:3], default=None)
    if best is None:
        offered = ", ".join(f.media_type for f in formats)
        raise ProtocolError(406, serve_text("not_acceptable", offered=offered))
    return best[3]


def parse_accept(accept: str):
    """``(value, q)`` pairs of an Accept or Accept-Language header, in order, values lower-cased."""
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        yield media, q


def serialize(outcome: QueryOutcome, fmt: ResultFormat) -> bytes:
    """The bytes of ``outcome`` in ``fmt`` (UTF-8)."""
    if outcome.graph is not None:
        return outcome.graph.serialize(format=fmt.name, encoding="utf-8")
    if fmt.name == "tsv":
        return _tsv(outcome).encode("utf-8")
    if fmt.name == "excel":
        return _excel(outcome).encode("utf-8")
    if fmt.name == "csv" and outcome.kind == "ASK":  # not defined by the standard; as Jena writes it
        return ("_askResult\r\n" + ("true" if outcome.boolean else "false") + "\r\n").encode("utf-8")
    result = Result(outcome.kind)
    if outcome.kind == "ASK":
        result.askAnswer = bool(outcome.boolean)
    else:
        result.vars = [Variable(v) for v in outcome.variables]
        result.bindings = [{Variable(k): v for k, v in row.items()} for row in outcome.rows]
    out = io.BytesIO()
    result.serialize(out, encoding="utf-8", format=fmt.name)
    data = out.getvalue()
    if fmt.name == "json":  # rdflib writes compact JSON; keep it, but make sure it is valid
        json.loads(data)
    return data


def _excel(outcome: QueryOutcome) -> str:
    """The result as the CSV ``--excel`` writes (:func:`graph.spreadsheet.excel_csv`): the variables' names as
    headings, each term as the standard SPARQL CSV writes it (an IRI or a literal's text)."""
    from ..spreadsheet import excel_csv

    if outcome.kind == "ASK":
        return excel_csv(["_askResult"], [["true" if outcome.boolean else "false"]])
    return excel_csv(list(outcome.variables),
                     [["" if row.get(v) is None else str(row.get(v)) for v in outcome.variables] for row in outcome.rows])


def _tsv(outcome: QueryOutcome) -> str:
    """SPARQL 1.1 TSV: a header of ``?var`` names, then terms in Turtle/N-Triples syntax."""
    if outcome.kind == "ASK":
        return "?_askResult\n" + ("true" if outcome.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in outcome.variables)]
    for row in outcome.rows:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in outcome.variables))
    return "\n".join(lines) + "\n"


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (URIRef, BNode, Literal)):
        return term.n3()
    return str(term)


def dataset_graphs(default: list[str], named: list[str], engine: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The protocol's dataset of a request with ``default-graph-uri`` values ``default`` and
    ``named-graph-uri`` values ``named`` (None when it names neither: the graph's own dataset).

    As the SPARQL 1.1 Protocol defines them: the default graph is the merge of the ``default``
    graphs, the named graphs are exactly ``named`` (one given without the other: none of that
    kind), and they override the query's FROM and FROM NAMED. Raises :class:`ProtocolError` 400
    for a value that is no IRI, and on the rdflib engine, whose SPARQL cannot take them.

    >>> dataset_graphs([], [], "oxigraph") is None, dataset_graphs(["urn:a"], [], "oxigraph")
    (True, (('urn:a',), ()))
    """
    if not default and not named:
        return None
    if engine != "oxigraph":
        raise ProtocolError(400, serve_text("dataset_params_engine"))
    for iri in default + named:
        if not _IRI.fullmatch(iri):
            raise ProtocolError(400, serve_text("dataset_param_iri", value=iri))
    return tuple(default), tuple(named)


#: an absolute IRI (RFC 3987 in outline: a scheme, then no spaces, quotes or angle brackets)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")

#: the W3C's IRIs of our response formats (https://www.w3.org/ns/formats/)
_FORMAT_IRIS = {
    "application/sparql-results+json": "SPARQL_Results_JSON", "application/sparql-results+xml": "SPARQL_Results_XML",
    "text/csv": "SPARQL_Results_CSV", "text/tab-separated-values": "SPARQL_Results_TSV", "text/turtle": "Turtle",
    "application/n-triples": "N-Triples", "application/ld+json": "JSON-LD", "application/rdf+xml": "RDF_XML",
}


def service_description(endpoint: str) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint`` (an absolute URL).

    >>> from rdflib.namespace import Namespace
    >>> sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    >>> graph = service_description("http://localhost:8000/sparql")
    >>> [str(o) for o in graph.objects(None, sd.supportedLanguage)]
    ['http://www.w3.org/ns/sparql-service-description#SPARQL11Query']
    """
    from rdflib.namespace import RDF, Namespace

    sd, formats = Namespace("http://www.w3.org/ns/sparql-service-description#"), Namespace("http://www.w3.org/ns/formats/")
    graph = Graph()
    graph.bind("sd", sd)
    graph.bind("formats", formats)
    service, dataset, default = BNode(), BNode(), BNode()
    graph.add((service, RDF.type, sd.Service))
    graph.add((service, sd.endpoint, URIRef(endpoint)))
    graph.add((service, sd.supportedLanguage, sd.SPARQL11Query))  # read-only: no SPARQL11Update
    for fmt in RESULT_FORMATS + GRAPH_FORMATS:
        graph.add((service, sd.resultFormat, formats[_FORMAT_IRIS[fmt.media_type]]))
    graph.add((service, sd.feature, sd.UnionDefaultGraph))  # the default graph is the union of the named graphs
    graph.add((service, sd.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    graph.add((service, sd.defaultDataset, dataset))
    graph.add((dataset, RDF.type, sd.Dataset))
    graph.add((dataset, sd.defaultGraph, default))
    graph.add((default, RDF.type, sd.Graph))
    return graph


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:500]


CATALOGUE.update({
    "serve_empty": {"nl": "geen query: geef 'query' mee (GET-parameter, formulierveld of application/sparql-query)",
        "en": "no query: pass 'query' (GET parameter, form field or application/sparql-query body)"},
    "serve_malformed": {"nl": "ongeldige SPARQL-query: {reason}", "en": "malformed SPARQL query: {reason}"},
    "serve_service": {"nl": "SERVICE is niet toegestaan: deze server bevraagt geen andere endpoints",
        "en": "SERVICE is not allowed: this server does not query other endpoints"},
    "serve_update": {"nl": "SPARQL Update is niet toegestaan: dit endpoint is alleen-lezen",
        "en": "SPARQL Update is not allowed: this endpoint is read-only"},
    "serve_too_many_rows": {"nl": "het resultaat heeft meer dan {n} rijen; beperk de query met LIMIT",
        "en": "the result has more than {n} rows; narrow the query with LIMIT"},
    "serve_too_many_triples": {"nl": "het resultaat heeft meer dan {n} triples; beperk de query",
        "en": "the result has more than {n} triples; narrow the query"},
    "serve_out_of_memory": {"nl": "de query had meer geheugen nodig dan er is; vereenvoudig de query",
        "en": "the query needed more memory than there is; simplify it"},
    "serve_timeout": {"nl": "de query duurde langer dan de tijdslimiet van de server; vereenvoudig de query of gebruik LIMIT",
        "en": "the query ran longer than the server's time limit; simplify it or use LIMIT"},
    "serve_not_acceptable": {"nl": "geen ondersteund antwoordformaat in Accept; mogelijk: {offered}",
        "en": "no supported response format in Accept; available: {offered}"},
    "serve_dataset_params_engine": {"nl": "default-graph-uri en named-graph-uri worden alleen met de engine oxigraph "
            "ondersteund, niet met --engine rdflib; gebruik GRAPH in de query",
        "en": "default-graph-uri and named-graph-uri are supported with the oxigraph engine only, not with "
            "--engine rdflib; use GRAPH in the query"},
    "serve_dataset_param_iri": {"nl": "default-graph-uri of named-graph-uri {value!r} is geen IRI",
        "en": "default-graph-uri or named-graph-uri {value!r} is not an IRI"},
    "serve_repeated_param": {"nl": "'{name}' staat {n} keer in het verzoek; geef één {name}",
        "en": "'{name}' appears {n} times in the request; give one {name}"},
    "serve_unknown_format": {"nl": "onbekend antwoordformaat {value!r} voor dit resultaat; mogelijk: {offered}",
        "en": "unknown response format {value!r} for this result; available: {offered}"},
})


def serve_text(key: str, **values) -> str:
    """The server's message ``serve_<key>`` in the language of the request (:func:`graph.messages.msg`)."""
    return msg("serve_" + key, **values)
