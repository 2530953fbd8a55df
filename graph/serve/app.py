"""The Starlette application: SPARQL endpoint, Graph Store Protocol, explorer pages and JSON API.

:func:`create_app` takes a loaded dataset (kept in memory, read-only) or a
:class:`~graph.serve.live.LiveGraph` (reopened when a new build is swapped in) and a
:class:`ServeConfig`. Page handlers live in :mod:`graph.serve.pages`, protocol handlers in
:mod:`graph.serve.protocol`; this module wires routes, access control, CORS, security headers
and which graph each request sees.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import freshness, linked, operations, pages, path_page, protocol
from .live import SCOPE_KEY, LiveGraph, Snapshot
from .processes import QueryProcesses

__all__ = ["ServeConfig", "create_app", "warm", "prepare", "STATIC_DIR", "TEMPLATE_DIR"]

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"


@dataclass
class ServeConfig:
    """Server settings (from ``g40kg serve`` flags)."""

    token: str | None = None
    cors: list[str] = field(default_factory=list)
    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    workers: int = 8
    #: processes that run /sparql queries, killed when they run past the timeout (0: threads of the server)
    query_processes: int = 0
    query_memory: int | None = None  # MB of data per query process (None: no limit)
    lang: str = "nl"  # for requests without ?lang= or Accept-Language
    manifest: dict = field(default_factory=dict)  # of a dataset passed in memory (a LiveGraph has its own)
    #: the names a request may address the server by (the Host header), besides localhost and the
    #: loopback addresses; None: any (a server bound to all interfaces, or in-process use)
    hosts: tuple[str, ...] | None = None
    #: the path a reverse proxy serves the explorer under ("/g40": https://intranet/g40/ …), which
    #: its links begin with; the proxy may pass requests on with or without it
    root_path: str = ""
    #: publish a document's whole text (False: only its evidence sentences; serve/export --no-document-text)
    document_text: bool = True
    #: where each request is logged (serve --access-log; see graph.serve.operations); None: nowhere
    access_log: logging.Logger | None = None
    #: the origins whose pages may show the explorer in a frame (serve --frame-ancestors); none: no page may
    frame_ancestors: tuple[str, ...] = ()


#: what a server on this machine is always called
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


class HostCheckMiddleware:
    """Answer only requests that name this server in their Host header (400 otherwise).

    A server bound to 127.0.0.1 is still reachable from a web page of another site whose name the
    attacker points at 127.0.0.1 after the page has loaded (DNS rebinding): the browser then sends
    that site's name as the Host. Checking the name closes this.
    """

    def __init__(self, app, hosts):
        self.app = app
        self.hosts = {host.lower().strip("[]") for host in (*LOCAL_NAMES, *hosts)}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and host_name(dict(scope["headers"]).get(b"host", b"")) not in self.hosts:
            response = PlainTextResponse("onbekende Host-header: deze server antwoordt alleen op zijn eigen namen "
                                         "(g40kg serve --allowed-host NAAM voegt er een toe) / unknown Host header: "
                                         "this server answers to its own names only (g40kg serve --allowed-host NAME "
                                         "adds one)", status_code=400)
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)


class RootPathMiddleware:
    """Serve under a sub-path of a reverse proxy: the explorer's links begin with ``root`` (read from
    ``scope["root_path"]``), and a request path that begins with it is routed without it
    (Starlette does so for ``root_path``), so a proxy may pass the prefix on or strip it."""

    def __init__(self, app, root):
        self.app, self.root = app, root

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            scope = dict(scope, root_path=self.root)
        return await self.app(scope, receive, send)


class CrossSiteMiddleware:
    """Refuse (403) what a page of another site makes the browser ask by itself.

    Any web page can make the browser send a GET or a form POST to this server — a query that
    keeps it busy for minutes, or a question with a 10 KB parameter — without reading the answer.
    Browsers say where a request comes from (``Sec-Fetch-Site``; older ones only ``Origin``):
    requests of this site, typed addresses, links the user follows and scripts (no such headers)
    pass; other sites only when ``--cors`` names them. A frame's first page (``Sec-Fetch-Dest:
    iframe``) passes when the page that frames it is of an origin ``--frame-ancestors`` names
    (its ``Referer``; the browser sends no ``Origin`` for a frame).
    """

    def __init__(self, app, allowed_origins, frame_origins=()):
        self.app, self.allowed = app, {origin.rstrip("/") for origin in allowed_origins}
        self.framers = {origin.rstrip("/").lower() for origin in frame_origins}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and self._from_elsewhere(scope):
            response = PlainTextResponse("verzoek van een andere site geweigerd (open g40kg zelf, of sta de site toe "
                                         "met --cors of, voor een iframe, --frame-ancestors) / cross-site request "
                                         "refused (open g40kg itself, or allow the site with --cors or, for an "
                                         "iframe, --frame-ancestors)", status_code=403)
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)

    def _from_elsewhere(self, scope) -> bool:
        headers = dict(scope["headers"])
        origin = headers.get(b"origin", b"").decode("latin-1")
        if origin and origin.rstrip("/") in self.allowed:
            return False
        site = headers.get(b"sec-fetch-site")
        if site is not None:
            followed = (headers.get(b"sec-fetch-mode") == b"navigate" and headers.get(b"sec-fetch-user") == b"?1"
                        and scope["method"] == "GET")
            elsewhere = site in (b"cross-site", b"same-site") and not followed
            return elsewhere and not self._framed_by_allowed(scope, headers)
        host = headers.get(b"host", b"").decode("latin-1").lower()
        return bool(origin) and urlsplit(origin.lower()).netloc != host  # "null" too: a file or a sandbox

    def _framed_by_allowed(self, scope, headers) -> bool:
        """A frame's navigation (GET, ``Sec-Fetch-Dest: iframe``) from a page of a ``--frame-ancestors`` origin."""
        if not self.framers or scope["method"] not in ("GET", "HEAD"):
            return False
        if headers.get(b"sec-fetch-mode") != b"navigate" or headers.get(b"sec-fetch-dest") not in (b"iframe", b"frame"):
            return False
        return referrer_origin(headers.get(b"referer", b"")) in self.framers


def referrer_origin(header: bytes) -> str:
    """The origin (``scheme://host[:port]``, lower case) of a ``Referer`` header; "" without one.

    >>> referrer_origin(b"https://Intranet.example.nl/dashboard?tab=2"), referrer_origin(b"")
    ('https://intranet.example.nl', '')
    """
    parts = urlsplit(header.decode("latin-1").strip().lower())
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""


def frame_ancestors_policy(origins) -> bytes:
    """The CSP ``frame-ancestors`` source list: the origins that may frame the pages, else ``'none'``.

    >>> frame_ancestors_policy(()), frame_ancestors_policy(["https://intranet.example.nl"])
    (b"frame-ancestors 'none'", b'frame-ancestors https://intranet.example.nl')
    """
    return b"frame-ancestors " + (" ".join(origins).encode("latin-1") if origins else b"'none'")


_HOST = re.compile(r"(?:\[([0-9a-f:.]+)\]|([^:\[\]]*))(?::\d{1,5})?")


def host_name(header: bytes) -> str:
    """The name in a Host header, without its port, in lower case.

    >>> host_name(b"127.0.0.1:8000"), host_name(b"[::1]:8000"), host_name(b"Evil.example")
    ('127.0.0.1', '::1', 'evil.example')
    >>> host_name(b"[::1]evil.example"), host_name(b"localhost:evil.example")
    ('', '')
    """
    text = header.decode("latin-1").strip().lower()
    found = _HOST.fullmatch(text)
    if not found:
        return ""  # "[::1]evil.example", "localhost:evil.example": no name of this server
    return found.group(1) or found.group(2)


def token_cookie(value: str, *, https: bool, framed: bool) -> str:
    """The ``Set-Cookie`` value that keeps a ``?token=`` login.

    ``SameSite=Strict`` (and ``Secure`` over HTTPS), except for a login in a frame (``framed``: the
    server has ``--frame-ancestors`` and the browser says ``Sec-Fetch-Dest: iframe``) over HTTPS: a
    browser sends no Strict cookie inside a frame of another site, so there it is ``SameSite=None;
    Secure; Partitioned`` — kept for that embedding only (CHIPS), and :class:`CrossSiteMiddleware`
    still refuses what other sites make the browser send. Over plain http a browser keeps no
    ``SameSite=None`` cookie, so there it stays Strict.

    >>> token_cookie("t", https=False, framed=True)
    'g40kg_token=t; Path=/; HttpOnly; SameSite=Strict'
    >>> token_cookie("t", https=True, framed=False)
    'g40kg_token=t; Path=/; HttpOnly; Secure; SameSite=Strict'
    >>> token_cookie("t", https=True, framed=True)
    'g40kg_token=t; Path=/; HttpOnly; Secure; SameSite=None; Partitioned'
    """
    if https and framed:
        return f"{TokenMiddleware.COOKIE}={value}; Path=/; HttpOnly; Secure; SameSite=None; Partitioned"
    return f"{TokenMiddleware.COOKIE}={value}; Path=/; HttpOnly; {'Secure; ' if https else ''}SameSite=Strict"


class TokenMiddleware:
    """Require ``Authorization: Bearer <token>``, ``?token=<token>`` or the cookie set by the latter
    (:func:`token_cookie`; ``frames``: the server lets pages of other origins frame it)."""

    COOKIE = "g40kg_token"

    def __init__(self, app, token: str, frames: bool = False):
        self.app, self.token, self.frames = app, token.encode("utf-8"), frames

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] == "OPTIONS":
            return await self.app(scope, receive, send)
        from starlette.requests import Request

        request = Request(scope)
        header = request.headers.get("authorization", "")
        offered = [
            header[7:].strip() if header.lower().startswith("bearer ") else "",
            request.query_params.get("token", ""),
            request.cookies.get(self.COOKIE, ""),
        ]
        if not any(o and hmac.compare_digest(o.encode("utf-8"), self.token) for o in offered):
            response = PlainTextResponse(
                "toegang geweigerd: geef het token mee (Authorization: Bearer …) / access denied: token required\n",
                status_code=401, headers={"WWW-Authenticate": 'Bearer realm="g40kg"'})
            return await response(scope, receive, send)
        if offered[1] and not offered[2]:
            # remember a ?token= login so links inside the explorer keep working
            async def send_with_cookie(message):
                if message["type"] == "http.response.start":
                    framed = self.frames and request.headers.get("sec-fetch-dest") in ("iframe", "frame")
                    cookie = token_cookie(offered[1], https=scope.get("scheme") == "https", framed=framed)
                    message["headers"] = list(message.get("headers", [])) + [(b"set-cookie", cookie.encode("latin-1"))]
                await send(message)

            return await self.app(scope, receive, send_with_cookie)
        return await self.app(scope, receive, send)


class SecurityHeadersMiddleware:
    """nosniff, no framing (but by the ``frame_ancestors`` origins), and a strict Content-Security-Policy
    on HTML (relaxed for the network view)."""

    def __init__(self, app, frame_ancestors=()):
        self.app, self.framing = app, frame_ancestors_policy(frame_ancestors)
        # browsers without CSP's frame-ancestors (Internet Explorer 11, still on some municipal desktops)
        # read the older header; with --frame-ancestors it is left out (ALLOW-FROM is read by none)
        self.legacy_framing = [] if frame_ancestors else [(b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        network = scope.get("path", "").startswith("/network")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                         *self.legacy_framing]
                if b"content-security-policy" not in names:
                    scripts = b"'self' 'unsafe-inline'" if network else b"'self'"
                    extra.append((b"content-security-policy",
                                  b"default-src 'self'; script-src " + scripts + b"; style-src 'self' 'unsafe-inline'; "
                                  b"img-src 'self' data:; " + self.framing + b"; base-uri 'none'"))
                message["headers"] = headers + extra
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class SnapshotMiddleware:
    """Give each request the newest graph (:class:`~graph.serve.live.Snapshot`) for its whole life."""

    def __init__(self, app, graph: LiveGraph):
        self.app, self.graph = app, graph

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            graph = self.graph
            # the check is a stat at most once a second; a reopen runs in a worker thread, and
            # requests arriving meanwhile keep the previous graph
            # (/built.json, the open pages' freshness check, always looks: walkthrough 24, finding 17)
            now = scope.get("path", "").endswith("/built.json")
            scope[SCOPE_KEY] = (await anyio.to_thread.run_sync(graph.refresh, now) if now or graph.due()
                                else graph.current)
        return await self.app(scope, receive, send)


def create_app(dataset, config: ServeConfig | None = None) -> Starlette:
    """The ASGI app serving ``dataset`` read-only with ``config``.

    ``dataset`` is a loaded dataset, served as it is (with ``config.manifest``), or a
    :class:`~graph.serve.live.LiveGraph`, whose newest build each new request gets.
    """
    config = config or ServeConfig()
    graph = dataset if isinstance(dataset, LiveGraph) else LiveGraph(Snapshot(dataset, config.manifest))
    routes = [
        Route("/", pages.home, name="home"),
        Route("/index.json", pages.home),
        Route("/changes", pages.changes_page, name="changes"),
        Route("/changes.json", pages.changes_page),
        Route("/search", pages.search_page, name="search"),
        Route("/search.json", pages.search_page),
        Route("/documents", pages.documents_page, name="documents"),
        Route("/documents.json", pages.documents_page),
        Route("/document/{document_id}", pages.document_page, name="document"),
        Route("/entity/{kind}/{key:path}", linked.entity, name="entity"),
        Route("/id/{kind}/{key:path}", linked.resolve),
        Route("/def", linked.ontology),
        Route("/def.{suffix}", linked.ontology),
        Route("/questions", pages.questions_page, name="questions"),
        Route("/questions.json", pages.questions_page),
        Route("/questions/{name}", pages.question_page, name="question"),
        Route("/questions/{name}/all", pages.question_every_period),
        Route("/path", path_page.path_page, name="path"),
        Route("/path.json", path_page.path_page),
        Route("/network", pages.network_page, name="network"),
        Route("/network.json", pages.network_page),
        Route("/sparql", protocol.sparql_endpoint, methods=["GET", "POST", "HEAD", "OPTIONS"],
              name="sparql"),
        Route("/rdf-graph-store", protocol.graph_store, methods=["GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"]),
        Route("/openapi.json", protocol.openapi),
        Route("/api", pages.api_page, name="api"),
        Route("/health", operations.health, methods=["GET", "HEAD"], name="health"),
        Route("/built.json", freshness.build_stamp, methods=["GET", "HEAD"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    middleware = [Middleware(operations.AccessLogMiddleware, logger=config.access_log)] if config.access_log else []
    middleware.append(Middleware(SecurityHeadersMiddleware, frame_ancestors=config.frame_ancestors))
    if config.root_path:
        middleware.append(Middleware(RootPathMiddleware, root=config.root_path))
    if config.hosts is not None:
        middleware.append(Middleware(HostCheckMiddleware, hosts=config.hosts))
    middleware.append(Middleware(CrossSiteMiddleware, allowed_origins=config.cors,
                                 frame_origins=config.frame_ancestors))
    if config.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=config.cors, allow_methods=["GET", "POST", "HEAD"],
                                     allow_headers=["Authorization", "Content-Type", "Accept"], max_age=600))
    if config.token:
        middleware.append(Middleware(TokenMiddleware, token=config.token, frames=bool(config.frame_ancestors)))
    middleware.append(Middleware(SnapshotMiddleware, graph=graph))  # innermost: after the token check
    processes = (QueryProcesses(config.query_processes, config.query_memory, lang=config.lang)
                 if config.query_processes else None)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        if processes is not None:
            processes.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={404: pages.not_found, 405: pages.method_not_allowed})
    app.state.graph = graph
    app.state.config = config
    app.state.limiter = anyio.CapacityLimiter(config.workers)
    app.state.processes = processes
    if processes is not None:  # queries wait for a process in the event loop, then take a thread of their own
        app.state.query_slots = anyio.Semaphore(processes.size)
        app.state.query_threads = anyio.CapacityLimiter(processes.size)
    return app


def warm(app) -> None:
    """Compute what every visitor needs once, before the first request: the name index, the
    home-page counts and hubs, the document list and the set of mentioned entities; and start the
    query processes, each with the graph open."""
    snapshot = app.state.graph.current
    if app.state.processes is not None and snapshot.location is not None:
        app.state.processes.start(str(snapshot.location), snapshot.in_memory)
    prepare(snapshot)


def prepare(snapshot: Snapshot) -> None:
    """Fill ``snapshot.cache`` as :func:`warm` does (``LiveGraph(prepare=prepare)`` does it for each new build)."""
    from ..names import entity_index
    from . import explore_documents, explore_home

    dataset, cache = snapshot.dataset, snapshot.cache
    entity_index(dataset)
    cache["documents"] = {"documents": explore_documents.documents(dataset)}
    cache["mentioned"] = explore_home.mentioned(dataset)
    cache["home"] = pages.home_data(dataset, cache["documents"]["documents"], snapshot.manifest)
