"""HTTP handlers for the SPARQL 1.1 Protocol (``/sparql``) and Graph Store Protocol GET (``/rdf-graph-store``).

Queries run in a worker process (:mod:`graph.serve.processes`; a worker thread with
``--query-processes 0`` or ``--engine rdflib``) under a capacity limiter and a time limit: the
client gets a 503 with a clear message when the limit passes. Updates get 403, malformed queries 400 with the
parser's message, unknown formats 406, oversized results 413.
"""

from __future__ import annotations

import logging
import os
import time

import anyio
from rdflib import Graph, URIRef
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ..messages import CATALOGUE, language, msg
from ..query import engine_of
from ..vocab import bind_prefixes
from .i18n import language_of
from .live import snapshot_of
from .processes import START_WAIT, Job, QueryProcesses
from .sparql import (ProtocolError, QueryOutcome, ResultFormat, classify, dataset_graphs, execute, negotiate, parse_accept,
                     serialize, serve_text, service_description)

__all__ = ["sparql_endpoint", "graph_store", "openapi", "run_limited", "parse_sparql_request"]

log = logging.getLogger(__name__)

_FORM = "application/x-www-form-urlencoded"


def _error(error: ProtocolError) -> Response:
    headers = {"Allow": "GET, HEAD"} if error.status == 405 else None
    return PlainTextResponse(str(error) + "\n", status_code=error.status, headers=headers)


#: queries that ran out of time but still run in native code, after which new ones wait (503):
#: each keeps a core busy, and this machine has few
MAX_ABANDONED = max(1, os.cpu_count() or 1)


async def run_limited(request: Request, func, *args):
    """Run ``func(*args)`` in a worker thread; 503 :class:`ProtocolError` after the configured timeout."""
    config = request.app.state.config
    with anyio.move_on_after(config.timeout + 1.0) as scope:  # the worker stops itself at the timeout
        return await anyio.to_thread.run_sync(func, *args, abandon_on_cancel=True, limiter=request.app.state.limiter)
    if scope.cancelled_caught:
        with language(language_of(request)):
            raise ProtocolError(503, serve_text("timeout"))


_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")


async def parse_sparql_request(request: Request) -> tuple[str | None, str | None, dict]:
    """``(query, update, params)`` from a GET or POST request, as the SPARQL 1.1 Protocol defines them.

    ``params`` holds one value per name, and the lists of ``default-graph-uri`` and
    ``named-graph-uri``. A ``query`` or ``update`` given twice (or in the URL and the body) is a
    400: the protocol allows exactly one.
    """
    pairs = list(request.query_params.multi_items())
    if request.method in ("GET", "HEAD"):
        return _one(pairs, "query"), _one(pairs, "update"), _params(pairs)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > request.app.state.config.max_body:
            raise ProtocolError(413, msg("serve_body_too_large"))
    if content_type == _FORM:
        from urllib.parse import parse_qsl

        try:
            pairs += parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise ProtocolError(400, msg("serve_form_not_utf8")) from None
        return _one(pairs, "query"), _one(pairs, "update"), _params(pairs)
    if content_type in ("application/sparql-query", "application/sparql-update"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(400, msg("serve_body_not_utf8")) from None
        pairs.append(("query" if content_type == "application/sparql-query" else "update", text))
        return _one(pairs, "query"), _one(pairs, "update"), _params(pairs)
    raise ProtocolError(415, msg("serve_content_type"))


def _one(pairs: list[tuple[str, str]], name: str) -> str | None:
    """The value of ``name`` (None without one); 400 when the request gives it more than once."""
    values = [value for key, value in pairs if key == name]
    if len(values) > 1:
        raise ProtocolError(400, serve_text("repeated_param", name=name, n=len(values)))
    return values[0] if values else None


def _params(pairs: list[tuple[str, str]]) -> dict:
    params = {key: value for key, value in pairs if key not in ("query", "update")}
    params.update({name: [value for key, value in pairs if key == name and value] for name in _DATASET_PARAMS})
    return params


async def sparql_endpoint(request: Request) -> Response:
    """GET/POST ``/sparql``: the SPARQL 1.1 Protocol (read-only); GET from a browser without a query shows the editor."""
    lang = language_of(request)
    if request.method == "OPTIONS":  # what a client may do here (a browser's CORS preflight is --cors's)
        return Response(status_code=204, headers={"Allow": "GET, HEAD, POST, OPTIONS"})
    try:
        with language(lang):
            query, update, params = await parse_sparql_request(request)
        if request.method == "GET" and update is None and _opens_editor(request, query, params):
            from .pages import sparql_page

            return await anyio.to_thread.run_sync(sparql_page, request, query)
        fmt_wanted = (request.headers.get("accept"), params.get("format") or params.get("output"))
        if request.method in ("GET", "HEAD") and query is None and update is None:
            return _service_description(request, fmt_wanted)
        snapshot = snapshot_of(request)
        with language(lang):
            if update is not None:
                raise ProtocolError(403, serve_text("update"))
            graphs = dataset_graphs(*(params[name] for name in _DATASET_PARAMS), engine_of(snapshot.dataset))
        if request.app.state.processes is not None and snapshot.location is not None:
            job = Job(str(snapshot.location), snapshot.in_memory, query or "", *fmt_wanted,
                      max_rows=request.app.state.config.max_rows, timeout=request.app.state.config.timeout, lang=lang,
                      graphs=graphs)
            del snapshot  # a 503's traceback would keep the old graph (and its pinned copy) until a full GC
            media_type, size, body = await _in_worker_process(request, job)
        else:
            outcome, fmt = await run_limited(request, _execute, snapshot.dataset, request.app.state.config,
                                             query or "", fmt_wanted, lang, graphs)
            body = await anyio.to_thread.run_sync(serialize, outcome, fmt)
            media_type, size = fmt.media_type, outcome.size
    except ProtocolError as error:
        return _error(error)
    headers = {"X-Result-Size": str(size), "Vary": "Accept"}
    return Response(b"" if request.method == "HEAD" else body, media_type=f"{media_type}; charset=utf-8",
                    headers=headers)


async def _in_worker_process(request: Request, job: Job) -> tuple[str, int, bytes]:
    """``(media_type, size, body)`` of ``job`` answered by one of the server's query processes,
    which is killed when it runs past the timeout (see :mod:`graph.serve.processes`).

    A request waits for a free process here, in the event loop (no thread is taken while it
    waits, and the wait ends after ``--timeout`` + 10 s), and gives up when its client has gone.
    """
    state = request.app.state
    with anyio.move_on_after(job.timeout + START_WAIT) as waiting:
        await state.query_slots.acquire()
    if waiting.cancelled_caught:
        with language(job.lang):
            raise ProtocolError(503, msg("serve_all_workers_busy"))
    try:
        if await request.is_disconnected():
            raise ProtocolError(499, "client gone")  # nobody reads this
        return await anyio.to_thread.run_sync(_run_job, state.processes, job, limiter=state.query_threads)
    finally:
        state.query_slots.release()


def _run_job(processes: QueryProcesses, job: Job) -> tuple[str, int, bytes]:
    with language(job.lang):  # a process frees up within the timeout, or is killed and replaced
        return processes.run(job, wait=START_WAIT)


def _service_description(request: Request, fmt_wanted: tuple) -> Response:
    """GET ``/sparql`` without a query from a client that is no browser: the SPARQL 1.1 Service
    Description, Turtle unless Accept (or ``?format=``) asks for another RDF format."""
    with language(language_of(request)):
        fmt = negotiate("CONSTRUCT", *fmt_wanted)
    endpoint = str(request.base_url).rstrip("/") + "/sparql"
    body = service_description(endpoint).serialize(format=fmt.name, encoding="utf-8")
    return Response(b"" if request.method == "HEAD" else body, media_type=f"{fmt.media_type}; charset=utf-8",
                    headers={"Vary": "Accept"})


def _execute(dataset, config, query: str, fmt_wanted: tuple, lang: str,
             graphs: tuple | None = None) -> tuple[QueryOutcome, ResultFormat]:
    """Classify, negotiate (406 before anything runs) and run ``query`` on ``dataset`` in this worker thread."""
    from ..errors import G40Error, QueryTimeout
    from ..timeouts import abandoned_queries, call_with_timeout

    with language(lang):
        if abandoned_queries() >= MAX_ABANDONED:  # planning a query takes a core too
            raise ProtocolError(503, serve_text("busy"))
        fmt = negotiate(classify(query, config.timeout), *fmt_wanted)

        def run():
            with language(lang):
                return execute(dataset, query, max_rows=config.max_rows,
                               deadline=time.monotonic() + config.timeout, graphs=graphs)

        try:
            return call_with_timeout(run, config.timeout), fmt
        except QueryTimeout:
            raise ProtocolError(503, serve_text("timeout")) from None
        except ProtocolError:
            raise
        except G40Error as error:
            if isinstance(error.__cause__, MemoryError):  # call_with_timeout hands it on as a QueryError
                raise ProtocolError(503, serve_text("out_of_memory")) from None
            raise ProtocolError(400, str(error)) from None


def _wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def _opens_editor(request: Request, query: str | None, params) -> bool:
    """Whether a GET of ``/sparql`` gets the editor page: from a browser without a query, or with
    one and ``format=html`` or an Accept header that puts HTML first (a link to a query a colleague
    shared); a SPARQL client asking for ``*/*`` or results gets results."""
    if query is None:
        return _wants_html(request)
    wanted = (params.get("format") or params.get("output") or "").strip().lower()
    if wanted:
        return wanted in ("html", "text/html")
    ranked = sorted(parse_accept(request.headers.get("accept", "")), key=lambda item: -item[1])
    return bool(ranked) and ranked[0][0] in ("text/html", "application/xhtml+xml")


async def graph_store(request: Request) -> Response:
    """``/rdf-graph-store``: GET ``?default`` (the union graph), ``?graph=IRI`` (one named graph),
    or neither (the whole dataset as TriG / N-Quads). Writes get 405: the store is read-only."""
    lang = language_of(request)
    params = request.query_params
    try:
        with language(lang):
            if request.method not in ("GET", "HEAD"):
                raise ProtocolError(405, serve_text("read_only_store"))
            if "default" in params and "graph" in params:
                raise ProtocolError(400, serve_text("graph_and_default"))
            kind = "DATASET" if "default" not in params and "graph" not in params else "CONSTRUCT"
            fmt = negotiate(kind, request.headers.get("accept"), params.get("format"))
        body = await run_limited(request, _graph_bytes, snapshot_of(request).dataset, params.get("graph"),
                                 "default" in params, fmt.name, lang, request.app.state.config.max_rows)
    except ProtocolError as error:
        return _error(error)
    return Response(b"" if request.method == "HEAD" else body, media_type=f"{fmt.media_type}; charset=utf-8",
                    headers={"Vary": "Accept"})


def _graph_bytes(dataset, graph_iri: str | None, default: bool, fmt: str, lang: str, max_rows: int) -> bytes:
    """The graph asked for, serialised; 413 when it holds more than ``max_rows`` triples (``--max-rows``
    caps this endpoint as it caps a CONSTRUCT: a dump of a big graph is ``g40kg export``'s job)."""
    def at_most(size: int) -> None:
        if size > max_rows:
            with language(lang):
                raise ProtocolError(413, serve_text("store_too_big", size=size, limit=max_rows))

    if not default and graph_iri is None:
        at_most(len(dataset))
        return dataset.serialize(format=fmt, encoding="utf-8")
    out = Graph()
    bind_prefixes(out)
    if default:
        at_most(len(dataset))  # the named graphs are a partition: as many triples as statements
        for triple in dataset.triples((None, None, None)):
            out.add(triple)
    else:
        names = {str(g.identifier) for g in dataset.graphs()}
        if graph_iri not in names:
            with language(lang):
                raise ProtocolError(404, serve_text("no_graph", graph=graph_iri))
        graph = dataset.graph(URIRef(graph_iri))
        at_most(len(graph))
        for triple in graph.triples((None, None, None)):
            out.add(triple)
    return out.serialize(format=fmt, encoding="utf-8")


CATALOGUE.update({
    "serve_body_too_large": {"nl": "verzoek te groot", "en": "request body too large"},
    "serve_form_not_utf8": {"nl": "het formulier is geen UTF-8", "en": "the form body is not UTF-8"},
    "serve_body_not_utf8": {"nl": "de query is geen UTF-8", "en": "the query body is not UTF-8"},
    "serve_content_type": {"nl": "gebruik application/x-www-form-urlencoded of application/sparql-query",
        "en": "use application/x-www-form-urlencoded or application/sparql-query"},
    "serve_read_only_store": {"nl": "de graph store is alleen-lezen: alleen GET is toegestaan",
        "en": "the graph store is read-only: only GET is allowed"},
    "serve_graph_and_default": {"nl": "geef ?default of ?graph=IRI, niet beide", "en": "pass ?default or ?graph=IRI, not both"},
    "serve_no_graph": {"nl": "geen benoemde graaf {graph}", "en": "no named graph {graph}"},
    "serve_busy": {"nl": "de server rekent nog aan eerdere query's die over hun tijd gingen; probeer het zo opnieuw",
        "en": "the server is still busy with earlier queries that ran out of time; try again shortly"},
    "serve_store_too_big": {"nl": "{size} triples is meer dan --max-rows ({limit}); gebruik 'g40kg export' voor "
            "de hele graaf of start de server met een hogere --max-rows",
        "en": "{size} triples is more than --max-rows ({limit}); use 'g40kg export' for the whole graph or start "
            "the server with a larger --max-rows"},
})


async def openapi(request: Request) -> Response:
    """The OpenAPI 3 description of the JSON API and the protocol endpoints."""
    return JSONResponse(OPENAPI)


def _page(summary: str, parameters=(), extra=None) -> dict:
    operation = {"summary": summary, "parameters": list(parameters),
            "responses": {"200": {"description": "OK", "content": {"application/json": {}}},
            "404": {"description": "Not found"}}}
    if extra:
        operation["responses"].update(extra)
    return {"get": operation}


_LANG = {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["nl", "en"]},
            "description": "Language of labels and messages (default nl, or from Accept-Language)."}
_SPARQL_RESPONSES = {
    "200": {"description": "Query results", "content": {
            "application/sparql-results+json": {}, "application/sparql-results+xml": {}, "text/csv": {},
            "text/tab-separated-values": {}, "text/turtle": {}, "application/n-triples": {}, "application/ld+json": {},
            "application/rdf+xml": {}}},
    "400": {"description": "Malformed query (message in the body)"},
    "401": {"description": "Token required (server started with --token)"},
    "403": {"description": "SPARQL Update refused: the endpoint is read-only"},
    "406": {"description": "None of the accepted formats is available"},
    "413": {"description": "Result larger than the server's row cap (--max-rows)"},
    "503": {"description": "Query ran longer than the server's time limit (--timeout)"},
}

OPENAPI = {
    "openapi": "3.0.3",
    "info": {"title": "g40kg", "version": "1",
            "description": "Read-only SPARQL endpoint and JSON API of the G40 knowledge graph. Every HTML page has "
            "a .json twin. Access: if the server was started with --token, send "
            "'Authorization: Bearer <token>' or '?token=<token>'."},
    "paths": {
            "/sparql": {
            "get": {"summary": "SPARQL 1.1 query (GET); without a query: the service description (Turtle, "
                "JSON-LD)", "parameters": [
                {"name": "query", "in": "query", "schema": {"type": "string"}},
                {"name": "format", "in": "query", "schema": {"type": "string"},
            "description": "json, xml, csv, tsv, excel (CSV for Dutch Excel: ';', a BOM, formulas neutralised), "
                           "turtle, nt, json-ld (overrides Accept)"},
                {"name": "default-graph-uri", "in": "query", "schema": {"type": "string", "format": "uri"},
            "description": "repeatable; not with --engine rdflib"},
                {"name": "named-graph-uri", "in": "query", "schema": {"type": "string", "format": "uri"},
            "description": "repeatable; not with --engine rdflib"}],
            "responses": _SPARQL_RESPONSES},
            "post": {"summary": "SPARQL 1.1 query (POST)", "requestBody": {"content": {
            "application/x-www-form-urlencoded": {"schema": {"type": "object",
            "properties": {"query": {"type": "string"}}}},
            "application/sparql-query": {"schema": {"type": "string"}}}},
            "responses": _SPARQL_RESPONSES},
        },
            "/rdf-graph-store": {"get": {
            "summary": "Graph Store Protocol GET: ?default (union graph), ?graph=IRI, or the whole dataset",
            "parameters": [{"name": "default", "in": "query", "allowEmptyValue": True, "schema": {"type": "string"}},
                           {"name": "graph", "in": "query", "schema": {"type": "string", "format": "uri"}}],
            "responses": {"200": {"description": "RDF", "content": {"text/turtle": {}, "application/n-triples": {},
            "application/ld+json": {}, "application/trig": {},
            "application/n-quads": {}}},
            "404": {"description": "No such named graph"},
            "405": {"description": "Writes are refused"}}}},
            "/index.json": _page("Counts and the most connected ministries and cities", [_LANG]),
            "/search.json": _page("Entities and documents whose name or alias contains q", [
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}, _LANG]),
            "/entity/{kind}/{key}.json": _page("One entity: labels, facts grouped by relation with evidence, documents, "
            "neighbourhood", [
            {"name": "kind", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}, _LANG]),
            "/entity/{kind}/{key}.ttl": {"get": {
            "summary": "One entity as RDF: its triples, its facts' evidence, labels of what it names (also .jsonld, "
            ".nt, .rdf; or /entity/{kind}/{key} with an RDF Accept header)",
            "parameters": [{"name": "kind", "in": "path", "required": True, "schema": {"type": "string"}},
                           {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "RDF", "content": {"text/turtle": {}, "application/ld+json": {},
            "application/n-triples": {}, "application/rdf+xml": {}}}, "404": {"description": "No such entity"}}}},
            "/id/{kind}/{key}": {"get": {
            "summary": "The path of the entity IRI https://w3id.org/g40kg/id/{kind}/{key}: 303 to its page or RDF",
            "parameters": [{"name": "kind", "in": "path", "required": True, "schema": {"type": "string"}},
                           {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"303": {"description": "See Other: the page, or its RDF twin by Accept"},
            "404": {"description": "No such entity"}}}},
            "/def": {"get": {"summary": "The ontology (https://w3id.org/g40kg/def#): Turtle, or JSON-LD by Accept",
            "responses": {"200": {"description": "RDF", "content": {"text/turtle": {}, "application/ld+json": {}}}}}},
            "/documents.json": _page("All documents", [_LANG]),
            "/built.json": _page("The build stamp of the graph served now ({stamp, built, built_shown}): an open page "
                                 "compares it with its own to say that the graph was rebuilt", [_LANG]),
            "/changes.json": _page("What the last build changed: documents, facts added and removed, roles ended, "
                                   "curation rules (the manifest's changes)", [_LANG]),
            "/document/{id}.json": _page("One document: metadata, mentions with offsets, facts, text", [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, _LANG]),
            "/questions.json": _page("The named questions and their parameters", [_LANG]),
            "/questions/{name}.json": _page("Answer one named question; its parameters are query parameters", [
            {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}, _LANG],
            {"400": {"description": "Missing or invalid parameter"}}),
            "/path.json": _page("The shortest connection between two entities, each step with its evidence (g40kg "
                                "path); an ambiguous or unknown name gives its choices", [
            {"name": "from", "in": "query", "required": True, "schema": {"type": "string"}, "description": "name or kind/key"},
            {"name": "to", "in": "query", "required": True, "schema": {"type": "string"}, "description": "name or kind/key"},
            {"name": "max_steps", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "at", "in": "query", "schema": {"type": "string"}, "description": "year, month or day"},
            {"name": "as_of", "in": "query", "schema": {"type": "string"},
             "description": "last known state on this year, month or day"}, _LANG],
            {"400": {"description": "Unknown or ambiguous name, or a bad option"},
             "503": {"description": "The search ran past the server's --timeout"}}),
            "/network.json": _page("Node-link data of the network view (viz); the same options as /network", [
            {"name": "focus", "in": "query", "schema": {"type": "string"}, "description": "name or IRI"},
            {"name": "ministry", "in": "query", "schema": {"type": "string"}},
            {"name": "depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 3}},
            {"name": "types", "in": "query", "schema": {"type": "string"}, "description": "comma-separated classes"},
            {"name": "at", "in": "query", "schema": {"type": "string", "format": "date"}},
            {"name": "as_of", "in": "query", "schema": {"type": "string", "format": "date"},
             "description": "last known state on this date"},
            {"name": "projection", "in": "query", "schema": {"type": "string", "enum": ["city-ministry"]}}, _LANG],
            {"400": {"description": "Unknown name or a view too large"}}),
    },
}
