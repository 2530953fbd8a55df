"""External triple stores: read through a SPARQL endpoint, write with the standard protocols.

* :func:`endpoint_dataset` — an rdflib Dataset whose queries run on a SPARQL 1.1 query endpoint
  (Oxigraph server, Fuseki, GraphDB, Virtuoso, …). Queries without ``GRAPH`` see the server's
  default graph, which must hold the union of the named graphs.
* :func:`push` — copy every named graph of a local graph to a server, replacing those graphs
  there, in batches with retries: with the SPARQL 1.1 Graph Store HTTP Protocol (``PUT``/``POST
  {store}?graph=IRI``) or with SPARQL 1.1 Update (``DROP SILENT GRAPH`` + ``INSERT DATA``).
  With ``default_graph="union"`` (the default) it also writes the union of the named graphs,
  each triple once, into the server's default graph: then any server answers queries without
  ``GRAPH`` exactly like the local store, with no server configuration. What others put in the
  default graph is kept: through SPARQL Update only the triples of this graph's own named graphs
  are taken out of it before the new union goes in; the Graph Store Protocol can only replace
  the default graph whole, so it does that only where it is empty or a push from this graph
  folder wrote it, and otherwise stops before sending anything (``replace_default_graph``
  overrides). For servers whose
  default graph already is the union of all graphs (Virtuoso, GraphDB; Oxigraph with
  ``--union-default-graph``; Fuseki with ``unionDefaultGraph``) use ``default_graph="none"``:
  they count a triple once per graph holding it, which is once, since a build's named graphs
  are a partition (see :mod:`graph.build`).

Triples with blank nodes stay together in one batch per graph: a blank node label only means
the same node within one request.

Examples
--------
>>> batches = list(_batches([b"<urn:a> <urn:p> <urn:b> .", b"_:x <urn:p> <urn:c> .", b"<urn:c> <urn:p> _:x ."], 1))
>>> [len(b) for b in batches]
[1, 2]
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from .errors import G40Error, InputError
from .messages import msg
from .vocab import bind_prefixes, document_graph

__all__ = ["endpoint_dataset", "push", "PushReport", "RemoteError", "DEFAULT_BATCH"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 10_000
_BNODE = re.compile(rb"(^|\s)_:")
_RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class RemoteError(G40Error):
    """A remote store refused a request or could not be reached."""

    code = "remote"


class SPARQLEndpointStore(SPARQLStore):
    """rdflib's SPARQLStore that also runs prepared queries (from their text)."""

    def query(self, query, initNs=None, initBindings=None, queryGraph=None, DEBUG=False):  # noqa: N803
        from .oxigraph_store import query_text, bind_values

        query, initNs = query_text(query, initNs or {})  # noqa: N806
        # bindings open the WHERE pattern (rdflib would append them after GROUP BY)
        return super().query(bind_values(query, initBindings), initNs, {}, queryGraph, DEBUG)

    def _query(self, *args, **kwargs):
        # rdflib returns an HTTP error as a tuple (status, text, None) instead of raising it
        try:
            result = super()._query(*args, **kwargs)
        except urllib.error.URLError as error:
            raise RemoteError(msg("endpoint_failed", url=self.query_endpoint, reason=error.reason)) from None
        if isinstance(result, tuple) and result[0] in (401, 403):
            raise RemoteError(_refused_message(self.query_endpoint, result[0]))
        if isinstance(result, tuple):
            raise RemoteError(msg("endpoint_failed", url=self.query_endpoint, reason=result[1]))
        return result


#: The environment variable holding a bearer token for ``--endpoint`` (a server started with
#: ``g40kg serve --token``); an environment variable keeps the token out of process lists.
TOKEN_VARIABLE = "G40KG_TOKEN"


def endpoint_dataset(endpoint: str, *, timeout: float = 60.0) -> Dataset:
    """A read-only Dataset backed by the SPARQL query endpoint at ``endpoint``.

    With ``G40KG_TOKEN`` set, every request carries ``Authorization: Bearer <token>``.
    """
    _check_url(endpoint, "--endpoint")
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    store = SPARQLEndpointStore(endpoint, returnFormat="json", method="POST_FORM", timeout=timeout, headers=headers)
    dataset = Dataset(store=store, default_union=True)
    bind_prefixes(dataset)
    return dataset


def _refused_message(url: str, status: int) -> str:
    """What to do when ``url`` refuses a query with ``status`` 401 or 403: set the token, or
    check the one that is set."""
    if os.environ.get(TOKEN_VARIABLE, "").strip():
        return msg("endpoint_token_refused", url=url, status=status, variable=TOKEN_VARIABLE)
    return msg("endpoint_needs_token", url=url, status=status, variable=TOKEN_VARIABLE)


def _check_url(url: str, option: str) -> None:
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(msg("bad_url", option=option, url=url))


#: how the named graph of a document begins (:func:`graph.vocab.document_graph`)
_DOCUMENT_GRAPHS = str(document_graph("x"))[:-1]


@dataclass
class PushReport:
    """What a push did."""

    target: str
    protocol: str
    graphs: int = 0
    triples: int = 0
    batches: int = 0
    retries: int = 0
    removed: int = 0
    seconds: float = 0.0
    failed: list[str] = field(default_factory=list)
    removed_graphs: list[str] = field(default_factory=list)  # the named graphs deleted on the server

    @property
    def removed_documents(self) -> list[str]:
        """Of :attr:`removed_graphs`, the documents' (their ids as the graph names write them).

        >>> from graph.vocab import TENURE_GRAPH
        >>> PushReport("u", "p", removed_graphs=[str(document_graph("a")), str(TENURE_GRAPH)]).removed_documents
        ['a']
        """
        return [graph[len(_DOCUMENT_GRAPHS):] for graph in self.removed_graphs if graph.startswith(_DOCUMENT_GRAPHS)]

    @property
    def removed_other(self) -> list[str]:
        """Of :attr:`removed_graphs`, those of no document, by their last name: a graph of derived
        facts (``tenure``) that the removed documents left empty.

        >>> from graph.vocab import TENURE_GRAPH
        >>> PushReport("u", "p", removed_graphs=[str(document_graph("a")), str(TENURE_GRAPH)]).removed_other
        ['tenure']
        """
        return [graph.rsplit("/", 1)[-1] for graph in self.removed_graphs if not graph.startswith(_DOCUMENT_GRAPHS)]

    def as_dict(self) -> dict:
        keys = ("target", "protocol", "graphs", "triples", "batches", "retries", "removed", "removed_documents",
                "failed")
        return {k: getattr(self, k) for k in keys} | {
            "seconds": round(self.seconds, 3)
        }


def _graphs(nquads: Path, union: bool) -> dict[str, list[bytes]]:
    """N-Triples lines per named graph IRI (None for the default graph) from an N-Quads file.

    With ``union`` the default graph also gets every triple of the named graphs, once."""
    by_graph: dict[str | None, list[bytes]] = defaultdict(list)
    with open(nquads, "rb") as handle:
        for quad in ox.parse(handle, format=ox.RdfFormat.N_QUADS):
            graph = quad.graph_name
            key = graph.value if isinstance(graph, ox.NamedNode) else None
            line = f"{quad.subject} {quad.predicate} {quad.object} .".encode("utf-8")
            by_graph[key].append(line)
            if union and key is not None:
                by_graph[None].append(line)
    if None in by_graph:
        by_graph[None] = sorted(set(by_graph[None]))
    return dict(sorted(by_graph.items(), key=lambda kv: (kv[0] is not None, kv[0] or "")))


def _batches(lines: list[bytes], size: int) -> Iterable[list[bytes]]:
    """Batches of at most ``size`` lines; all lines with blank nodes form one batch of their own."""
    plain = [line for line in lines if not _BNODE.search(line)]
    blank = [line for line in lines if _BNODE.search(line)]
    for start in range(0, len(plain), size):
        yield plain[start : start + size]
    if blank:
        yield blank


def push(
    graph_path: Path,
    *,
    store_url: str | None = None,
    update_url: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    default_graph: str = "union",
    retries: int = 3,
    timeout: float = 60.0,
    auth: tuple[str, str] | None = None,
    progress: Callable[[str, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    keep_removed: bool = False,
    replace_default_graph: bool = False,
) -> PushReport:
    """Copy the graph at ``graph_path`` to a remote store; each named graph there is replaced.

    Named graphs an earlier push from this graph folder sent to the same target, and that the graph
    no longer holds (the graphs of removed documents), are deleted there too, unless
    ``keep_removed``; what was sent is recorded in the graph's ``cache/push/``, so graphs other
    folders or people put on the server are never touched.

    Exactly one of ``store_url`` (Graph Store Protocol) and ``update_url`` (SPARQL Update).
    ``default_graph`` is ``"union"`` or ``"none"``; ``replace_default_graph`` lets the union replace a
    default graph that holds triples of others (see the module docstring).
    ``retries`` is the number of extra attempts for a batch after a network error or a
    408/429/5xx answer, with exponential back-off. A batch that still fails stops the push
    with :class:`RemoteError` (graphs sent before it are complete on the server).
    """
    from .store import GRAPH_FILE, read_manifest

    if bool(store_url) == bool(update_url):
        raise InputError(msg("push_one_target"))  # a usage error: exit 2
    url = store_url or update_url
    _check_url(url, "--store-url" if store_url else "--update-url")
    read_manifest(graph_path)
    started = time.perf_counter()
    report = PushReport(url, "graph-store" if store_url else "sparql-update")
    client = _Client(auth, timeout, retries, sleep, report)
    union = default_graph == "union"
    graphs = _graphs(Path(graph_path) / GRAPH_FILE, union)
    record = _push_record(graph_path)
    earlier = {graph for graph in record.get(url, ()) if isinstance(graph, str)}
    owned = _owned_default_graphs(graph_path)
    if union and store_url and not replace_default_graph and url not in owned \
            and client.holds_triples(_graph_store_target(store_url, None)):
        raise InputError(msg("push_default_graph_taken", url=url))  # before anything is sent
    if union and update_url and not replace_default_graph:  # take out only this graph's own union
        own = sorted(earlier | {graph for graph in graphs if graph})
        client.send("POST", update_url, _without_own_triples(own), "application/sparql-update", None)
    for graph, lines in graphs.items():
        for number, batch in enumerate(_batches(lines, max(1, batch_size))):
            if store_url:
                client.send("PUT" if number == 0 else "POST", _graph_store_target(store_url, graph),
                            b"\n".join(batch) + b"\n", "application/n-triples", graph)
            else:
                body = _update_text(graph, batch, drop=number == 0 and (graph is not None or replace_default_graph))
                client.send("POST", update_url, body, "application/sparql-update", graph)
            report.batches += 1
            report.triples += len(batch)
            if progress:
                progress(graph or "default", len(batch))
        report.graphs += 1  # whole: a failure in its batches counts it as not sent
    sent = {graph for graph in graphs if graph}
    if keep_removed:
        sent |= earlier
    for graph in sorted(earlier - sent):
        if store_url:
            client.send("DELETE", _graph_store_target(store_url, graph), b"", "application/n-triples", graph,
                        missing_ok=True)
        else:
            client.send("POST", update_url, f"DROP SILENT GRAPH <{graph}>".encode(), "application/sparql-update", graph)
        report.removed += 1
        report.removed_graphs.append(graph)
    _record_pushed_graphs(graph_path, record, url, sent)
    if union and store_url and url not in owned:
        _record_owned_default_graph(graph_path, owned | {url})
    report.seconds = time.perf_counter() - started
    return report


def _graph_store_target(store_url: str, graph: str | None) -> str:
    """The Graph Store Protocol address of ``graph`` (None: the default graph).

    >>> _graph_store_target("http://h/store", None), _graph_store_target("http://h/s?x=1", "urn:g")
    ('http://h/store?default', 'http://h/s?x=1&graph=urn%3Ag')
    """
    return f"{store_url}{'&' if '?' in store_url else '?'}" + (
        urllib.parse.urlencode({"graph": graph}) if graph else "default")


def _without_own_triples(graphs: list[str]) -> bytes:
    """SPARQL Update that takes out of the default graph the triples of ``graphs`` (as the server holds
    them now): the union an earlier push wrote there, and nothing that others put there.

    >>> print(_without_own_triples(["urn:a", "urn:b"]).decode())
    DELETE { ?s ?p ?o } WHERE { VALUES ?g { <urn:a> <urn:b> } GRAPH ?g { ?s ?p ?o } }
    """
    values = " ".join(f"<{graph}>" for graph in graphs)
    return f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}".encode()


def _owned_default_graphs_path(graph_path: Path) -> Path:
    return _push_record_path(graph_path).with_name("default-graphs.json")


def _owned_default_graphs(graph_path: Path) -> set[str]:
    """The Graph Store addresses whose default graph a push from ``graph_path`` wrote (set() when unknown)."""
    try:
        urls = json.loads(_owned_default_graphs_path(graph_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {url for url in urls if isinstance(url, str)} if isinstance(urls, list) else set()


def _record_owned_default_graph(graph_path: Path, urls: set[str]) -> None:
    from .store import atomic_write

    try:
        atomic_write(_owned_default_graphs_path(graph_path), json.dumps(sorted(urls), indent=1) + "\n")
    except OSError as error:  # the push itself succeeded; the next one checks the default graph again
        log.warning(msg("push_record_failed", url=sorted(urls)[-1], reason=error.strerror or error))


def _push_record_path(graph_path: Path) -> Path:
    from .store import CACHE_DIR

    return Path(graph_path) / CACHE_DIR / "push" / "targets.json"


def _push_record(graph_path: Path) -> dict[str, list[str]]:
    """Target URL → the named graphs the last push from ``graph_path`` sent there ({} when unknown)."""
    try:
        record = json.loads(_push_record_path(graph_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {url: graphs for url, graphs in record.items() if isinstance(graphs, list)} if isinstance(record, dict) else {}


def _record_pushed_graphs(graph_path: Path, record: dict, url: str, graphs: set[str]) -> None:
    """Note in ``record`` (as read before the push) which named graphs ``url`` now holds from this
    graph folder, and keep it (over rebuilds: the graph's cache is carried over)."""
    from .store import atomic_write

    record = {**record, url: sorted(graphs)}
    try:
        atomic_write(_push_record_path(graph_path),
                     json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    except OSError as error:  # a graph folder the user may read but not write: the push itself succeeded
        log.warning(msg("push_record_failed", url=url, reason=error.strerror or error))


def _update_text(graph: str | None, batch: list[bytes], *, drop: bool) -> bytes:
    data = b"\n".join(batch)
    if graph:
        head = f"DROP SILENT GRAPH <{graph}> ;\n" if drop else ""
        return head.encode() + f"INSERT DATA {{ GRAPH <{graph}> {{\n".encode() + data + b"\n} }"
    head = b"DROP SILENT DEFAULT ;\n" if drop else b""
    return head + b"INSERT DATA {\n" + data + b"\n}"


class _Client:
    def __init__(self, auth, timeout, retries, sleep, report: PushReport):
        self.timeout, self.retries, self.sleep, self.report = timeout, retries, sleep, report
        self.headers = {}
        if auth:
            import base64

            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"

    def send(self, method: str, url: str, body: bytes | None, media_type: str, graph: str | None, *,
             missing_ok: bool = False, read: int = -1) -> bytes:
        """The first ``read`` bytes of the answer (all: -1), after retries; b"" for a missing
        resource where ``missing_ok``. ``media_type`` is the body's type, or without a body the type
        asked for."""
        attempt = 0
        headers = {"Content-Type": media_type} if body is not None else {"Accept": media_type}
        while True:
            request = urllib.request.Request(url, data=body, method=method, headers={**headers, **self.headers})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read(read)
            except urllib.error.HTTPError as error:
                if missing_ok and error.code == 404:
                    return b""
                detail = error.read()[:300].decode("utf-8", "replace").strip()
                if error.code not in _RETRY_STATUS or attempt >= self.retries:
                    self._fail(graph, f"HTTP {error.code} {error.reason}: {detail}", url)
            except (urllib.error.URLError, OSError) as error:
                if attempt >= self.retries:
                    self._fail(graph, str(getattr(error, "reason", error)), url)
            attempt += 1
            self.report.retries += 1
            log.info("retrying %s %s (attempt %d)", method, url, attempt + 1)
            self.sleep(min(0.5 * 2 ** (attempt - 1), 8.0))

    def holds_triples(self, url: str) -> bool:
        """Whether the graph at the Graph Store address ``url`` holds a triple (a missing graph holds
        none). Reads only the start of the answer."""
        start = self.send("GET", url, None, "application/n-triples", None, missing_ok=True, read=65536)
        return any(line.strip() and not line.lstrip().startswith(b"#") for line in start.splitlines())

    def _fail(self, graph, reason, url):
        self.report.failed.append(graph or "default")
        raise RemoteError(msg("push_failed", url=url, graph=graph or "default", reason=reason,
                              done=self.report.graphs, triples=self.report.triples))
