"""Copy a local graph to an external triple store, sending only what changed since the last push.

Each named graph of the graph folder is replaced on the server when its content changed since the
last push from this folder to that server (a checksum per graph in ``cache/push/``, see
:mod:`graph.push_record`); the graphs of removed documents are deleted there. Two protocols:

* ``store_url`` — the SPARQL 1.1 Graph Store HTTP Protocol: ``PUT {store}?graph=IRI`` replaces a
  graph (``POST`` adds its further batches), ``POST {store}?default`` adds to the default graph;
* ``update_url`` — SPARQL 1.1 Update: ``DROP SILENT GRAPH`` + ``INSERT DATA``, and
  ``INSERT DATA``/``DELETE DATA`` for the default graph.

Both may be given: then the named graphs go by the Graph Store Protocol and the default graph's
deletions by SPARQL Update.

**A changed named graph is replaced in one step** (round 44l): up to ``batch_size`` triples in one
request (the ``PUT``, or ``DROP SILENT GRAPH`` + ``INSERT DATA`` in one SPARQL Update request, which
a server runs as one transaction), so a reader of ``GRAPH <g>`` sees the old graph or the new one.
A larger graph goes in batches into :data:`STAGING_GRAPH` and one ``MOVE`` puts it in place; with
the Graph Store Protocol alone (no ``MOVE`` there) its first batch replaces it and readers see it grow.

**The default graph.** With ``default_graph="union"`` (the default) the server's default graph
holds the union of the named graphs, each triple once, so queries without ``GRAPH`` answer as on
the local store with no server configuration. A push changes it by a diff against the union it
wrote last time (a hard link to that ``graph.nq`` in ``cache/push/``): first it *adds* the new
triples, then it replaces the changed named graphs, and only then does it *delete* the triples that
went. So a reader of the default graph never sees fewer triples than the old or the new graph has
(for a moment it sees both the old and the new triples of what changed). Deleting single triples
needs SPARQL Update: with the Graph Store Protocol alone, a push that must delete from the default
graph replaces it whole (``PUT`` + ``POST``), and for those seconds readers see part of it.
A whole replacement also happens where the union is not known (a first ``--update-url`` push to a
default graph that holds triples, a ``--replace-default-graph`` with ``--update-url`` alone).

**Blank nodes** (a build writes none; a graph saved by other means may hold them) are sent as
stable skolem IRIs (:mod:`graph.push_skolem`), so that pushing the same graph again leaves each
triple once on the server, whatever the protocol.

What others put in the default graph is kept: the diff touches only this graph's triples; with the
Graph Store Protocol a first push downloads the default graph to compute the diff, and stops before
sending anything where it holds triples no push from this folder wrote (``replace_default_graph``
overrides). For servers whose default graph already is the union of all graphs (Virtuoso,
GraphDB; Oxigraph with ``--union-default-graph``; Fuseki with ``unionDefaultGraph``) use
``default_graph="none"``.

**Completion.** A push writes the graph ``g40g:push`` first (``push:complete false``) and last
(``true``, with the end time), see :mod:`graph.push_marker`. A push that failed half way leaves
``false`` there, and the next push repairs the server: the graphs not acknowledged are sent again,
and the default-graph triples it may or may not have written are noted before they are sent.

Examples
--------
>>> report = PushReport("http://h/store", "graph-store", graphs=1, graphs_total=3, triples=13,
...                     default_graph_triples=13, sent=["urn:g"])
>>> {key: report.as_dict()[key] for key in ("graphs", "graphs_total", "triples", "default_graph_triples", "sent")}
{'graphs': 1, 'graphs_total': 3, 'triples': 13, 'default_graph_triples': 13, 'sent': ['urn:g']}
"""

from __future__ import annotations

import logging
import re
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from .errors import InputError
from .messages import msg
from .push_client import (Client, batched, data_update, graph_store_target, has_blank_node, move_update,
                          replace_update, without_own_triples)
from .push_marker import PUSH_GRAPH, marker_lines, read_marker
from .push_record import (TargetRecord, file_stamp, folder_id, graph_checksum, keep_union, pin_graph_file,
                          push_folder, read_records, read_uncertain, union_path, write_records, write_uncertain)
from .push_skolem import skolemised
from .remote import RemoteError, check_url
from .vocab import document_graph

__all__ = ["push", "push_unlocked", "PushReport", "DEFAULT_BATCH", "STAGING_GRAPH"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 10_000
_UPDATE = "application/sparql-update"
_NTRIPLES = "application/n-triples"

#: where a push fills a named graph too big for one request before one ``MOVE`` puts it in place
#: (:func:`_send_graph`); left on the server only by a push that failed half way, dropped at the start
#: of the next push with ``update_url`` (:func:`_clear_staging`)
STAGING_GRAPH = str(PUSH_GRAPH) + "/staging"

#: how the named graph of a document begins (:func:`graph.vocab.document_graph`)
_DOCUMENT_GRAPHS = str(document_graph("x"))[:-1]


@dataclass
class PushReport:
    """What a push did. ``graphs`` named graphs were sent (of ``graphs_total``); ``triples`` is the
    graph's number of triples, ``default_graph_triples`` that of its union in the server's default
    graph (0 with ``default_graph="none"``)."""

    target: str
    protocol: str
    graphs: int = 0
    graphs_total: int = 0
    triples: int = 0
    default_graph_triples: int = 0
    sent_triples: int = 0
    default_graph_added: int = 0
    default_graph_deleted: int = 0
    default_graph_replaced: bool = False
    full: bool = False
    batches: int = 0
    retries: int = 0
    removed: int = 0
    seconds: float = 0.0
    complete: bool = False
    recognised_from: str | None = None  # the other address an earlier push from this folder used for this server
    # a staging graph a push that failed half way left on the server, dropped at the start: True, False,
    # or None where the push cannot read the server (--update-url alone) and dropped it unseen
    staging_cleared: bool | None = None
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    removed_graphs: list[str] = field(default_factory=list)  # the named graphs deleted on the server
    # not in as_dict: what an interrupted push tells (graph.cli.store_cmd): whether the server was told a push
    # began (g40g:push complete false) and how many named graphs this push had to send
    begun: bool = False
    graphs_to_send: int = 0

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
        keys = ("target", "protocol", "full", "complete", "graphs", "graphs_total", "triples", "default_graph_triples",
                "sent_triples", "default_graph_added", "default_graph_deleted", "default_graph_replaced", "batches",
                "retries", "removed", "removed_documents", "recognised_from", "staging_cleared", "sent", "failed")
        return {k: getattr(self, k) for k in keys} | {"seconds": round(self.seconds, 3)}

    def error_details(self) -> dict:
        """What a failed push adds to its JSON error: the graphs sent whole, the one that failed, how many."""
        return {"sent": list(self.sent), "failed": list(self.failed), "graphs_total": self.graphs_total,
                "graphs": self.graphs, "removed": self.removed, "complete": False}


#: a line of a build's graph.nq: subject, predicate, object (at least three terms), graph IRI
_QUAD_LINE = re.compile(rb'^(\S+ \S+ .+) <([^<>"\s]*)> \.$', re.M)


def read_graphs(nquads: Path) -> dict[str | None, list[bytes]]:
    """N-Triples lines per named graph IRI (None for the default graph) from an N-Quads file.

    A build's ``graph.nq`` is read line by line (the graph is the last term of each line); a file
    with a line that is not plainly ``S P O <G> .`` is parsed in full.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "g.nq"
    >>> _ = path.write_text('<urn:s> <urn:p> "a <b> c" <urn:g> .\\n<urn:s> <urn:p> <urn:o> .\\n')
    >>> read_graphs(path)
    {None: [b'<urn:s> <urn:p> <urn:o> .'], 'urn:g': [b'<urn:s> <urn:p> "a <b> c" .']}
    """
    with open(nquads, "rb") as handle:
        data = handle.read()
    quads = _QUAD_LINE.findall(data)
    if len(quads) != data.count(b"\n") - data.count(b"\n\n") - data.startswith(b"\n"):
        return _parsed_graphs(data)  # a default-graph triple, or a line this reader cannot be sure of
    by_graph: dict[bytes, list[bytes]] = defaultdict(list)
    for triple, graph in quads:
        by_graph[graph].append(triple + b" .")
    return {graph.decode("utf-8"): lines for graph, lines in sorted(by_graph.items())}


def _parsed_graphs(data: bytes) -> dict[str | None, list[bytes]]:
    by_graph: dict[str | None, list[bytes]] = defaultdict(list)
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        graph = quad.graph_name
        key = graph.value if isinstance(graph, ox.NamedNode) else None
        by_graph[key].append(f"{quad.subject} {quad.predicate} {quad.object} .".encode("utf-8"))
    return dict(sorted(by_graph.items(), key=lambda kv: (kv[0] is not None, kv[0] or "")))


def _union(graphs: dict[str | None, list[bytes]]) -> set[bytes]:
    return {line for lines in graphs.values() for line in lines}


def push(graph_path: Path, *, store_url: str | None = None, update_url: str | None = None, wait: float = 0,
         on_wait: Callable[[int | None], None] | None = None, **options) -> PushReport:
    """Copy what changed in the graph at ``graph_path`` since the last push to a server (:func:`push_unlocked`),
    holding the graph's push lock (:func:`graph.lock.graph_lock`): a second push of the same graph folder
    raises :class:`graph.lock.PushLocked` (exit status 75), at once or when the first still runs after
    ``wait`` seconds (``on_wait(pid)`` is told when the waiting begins). A build does not wait for it.
    """
    from .lock import graph_lock
    from .store import read_manifest

    _check_targets(store_url, update_url)
    read_manifest(graph_path)  # no graph: says so before a lock file is made beside it
    with graph_lock(graph_path, wait=wait, on_wait=on_wait, purpose="push"):
        return push_unlocked(graph_path, store_url=store_url, update_url=update_url, **options)


def _check_targets(store_url: str | None, update_url: str | None) -> None:
    if not store_url and not update_url:
        raise InputError(msg("push_one_target"))  # a usage error: exit 2
    for url, option in ((store_url, "--store-url"), (update_url, "--update-url")):
        if url:
            check_url(url, option)


def push_unlocked(
    graph_path: Path,
    *,
    store_url: str | None = None,
    update_url: str | None = None,
    query_url: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    default_graph: str = "union",
    retries: int = 3,
    timeout: float = 60.0,
    auth: tuple[str, str] | None = None,
    progress: Callable[[str, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    keep_removed: bool = False,
    replace_default_graph: bool = False,
    full: bool = False,
    on_retry: Callable[[str, str, int, int, float], None] | None = None,
) -> PushReport:
    """Copy what changed in the graph at ``graph_path`` since the last push to a remote store (all with ``full``),
    without the push lock (:func:`push` takes it).

    ``store_url`` (Graph Store Protocol) or ``update_url`` (SPARQL Update), or both (see the module
    docstring). ``query_url``, the same server's SPARQL query address, lets a push with ``update_url``
    alone read the completion graph there, and so recognise the server under another address; it
    must show the completion graph push writes first, or push stops (:class:`InputError`). ``default_graph`` is ``"union"`` or ``"none"``; ``replace_default_graph`` lets the
    union replace a default graph that holds triples of others. Named graphs an earlier push from
    this graph folder sent to the same server, and that the graph no longer holds, are deleted
    there, unless ``keep_removed``. ``retries`` is the number of extra attempts for a request after
    a network error or a 408/429/5xx answer, with exponential back-off. A request that still fails
    stops the push with :class:`graph.remote.RemoteError`, whose ``details`` say what was sent.
    ``on_retry(url, reason, attempt, attempts, seconds)`` is told before each retry.
    """
    from . import __version__
    from .store import GRAPH_FILE, read_manifest

    _check_targets(store_url, update_url)
    if query_url:
        check_url(query_url, "--query-url")
    url = store_url or update_url
    manifest = read_manifest(graph_path)
    started, started_at = time.perf_counter(), _now()
    report = PushReport(url, "graph-store" if store_url else "sparql-update", full=full)

    def fail(graph, reason, where):
        report.failed.append(graph or "default")
        sent = report.graphs or report.sent_triples  # "0 graphs … were already sent" read oddly (walkthrough 27, 10)
        error = RemoteError(msg("push_failed" if sent else "push_failed_nothing_sent", url=where,
                                graph=graph or "default", reason=reason, done=report.graphs, triples=report.sent_triples))
        error.details = report.error_details()  # for the JSON error: what was sent by then (finding 7)
        raise error

    client = Client(auth, timeout, retries, sleep, fail, on_retry)
    union = default_graph == "union"
    nquads = Path(graph_path) / GRAPH_FILE
    records = read_records(graph_path)
    folder = folder_id(graph_path)
    marker = _server_marker(client, store_url, query_url)
    if query_url and not store_url:  # is it the server --update-url writes? It must show what push writes there
        _send_marker(client, None, update_url, marker_lines(**{**_marker_start(folder, url, manifest, __version__),
                                                                "started": started_at}))
        shown = _server_marker(client, None, query_url) or {}
        if (shown.get("folder"), shown.get("target"), shown.get("complete")) != (folder, url, False):
            raise InputError(msg("push_query_url_elsewhere", query=query_url, update=update_url))
    if url not in records and marker and marker["folder"] == folder and marker.get("target") in records:
        report.recognised_from = marker["target"]  # the same server under another address (finding 8)
        records[url] = records.pop(marker["target"])
    record = records.setdefault(url, TargetRecord())
    own_server = bool(record.union) or url in _legacy_owned(graph_path) or bool(marker and marker["folder"] == folder)
    if union and store_url and not replace_default_graph and not own_server \
            and client.holds_triples(graph_store_target(store_url, None)):
        others = sorted(other for other in records if other != url)
        if others:  # nothing in the command is wrong: it is the server's state that does not match
            raise RemoteError(msg("push_default_graph_elsewhere", url=url, other=others[0]))
        # with --update-url too the union still goes through --store-url: leaving that out keeps them (finding 11)
        raise InputError(msg("push_default_graph_taken_both" if update_url else "push_default_graph_taken", url=url))
    stamp = file_stamp(nquads)
    unchanged = not full and record.stamp == stamp and record.uncertain is None and (record.union or not union)
    pinned = None if unchanged else _pin(graph_path, url, nquads)  # what a build swaps in later is not read
    if pinned is None or file_stamp(pinned)[0] != stamp[0]:
        stamp = None  # swapped meanwhile, copied, or not pinned: the next push reads the file again
    graphs = {} if unchanged else skolemised(read_graphs(pinned or nquads))  # blank nodes as stable IRIs
    named = {graph: lines for graph, lines in graphs.items() if graph}
    checks = {graph: graph_checksum(lines) for graph, lines in named.items()}
    if unchanged:
        checks = dict(record.graphs)
        report.triples, report.default_graph_triples = record.triples, record.default_graph_triples if union else 0
    else:
        report.triples = sum(len(lines) for lines in named.values())
    report.graphs_total = len(checks)
    changed = [graph for graph in checks if full or record.graphs.get(graph) != checks[graph]]
    gone = [] if keep_removed else sorted(set(record.graphs) - set(checks))
    marker_values = {**_marker_start(folder, url, manifest, __version__), "graphs": len(checks),
                     "triples": report.triples, "started": started_at}
    report.graphs_to_send = len(changed)
    try:
        _send_marker(client, store_url, update_url, marker_lines(**marker_values))  # "started": complete false
        report.begun = True
        if update_url:
            report.staging_cleared = _clear_staging(client, store_url, update_url, query_url)
        plan = None
        if union and not unchanged:
            plan = _union_plan(graph_path, client, record, graphs, store_url=store_url, update_url=update_url,
                               full=full, replace_default_graph=replace_default_graph,
                               own=sorted(set(record.graphs) | set(named)))
            report.default_graph_triples = len(plan["new"])
            if plan["uncertain"] is not None or plan["forget"]:  # noted before the first of them is sent
                record.union = None if plan["forget"] else record.union
                try:
                    write_uncertain(graph_path, url, record, plan["uncertain"] or set())
                    write_records(graph_path, records)
                except OSError as error:  # a folder we may not write: no record either, so the next push compares anew
                    log.warning(msg("push_record_failed", url=url, reason=error.strerror or error))
            _write_union_start(client, plan, store_url, update_url, batch_size, report, progress)
        for graph in changed:
            record.graphs[graph] = None  # until the server acknowledged the whole graph
            _send_graph(client, store_url, update_url, graph, named[graph], batch_size, report, progress)
            record.graphs[graph] = checks[graph]
            report.graphs += 1
            report.sent.append(graph)
        for graph in gone:
            if store_url:
                client.send("DELETE", graph_store_target(store_url, graph), b"", _NTRIPLES, graph, missing_ok=True)
            else:
                client.send("POST", update_url, f"DROP SILENT GRAPH <{graph}>".encode(), _UPDATE, graph)
            del record.graphs[graph]
            report.removed += 1
            report.removed_graphs.append(graph)
        if plan is not None:
            _write_union_end(client, plan, update_url, batch_size, report, progress)
        _send_marker(client, store_url, update_url, marker_lines(**marker_values, ended=_now()))
        report.complete = True
    except KeyboardInterrupt as interrupt:  # Ctrl+C, SIGTERM: the command says how far the push got
        interrupt.push_report = report
        raise
    finally:
        report.retries = client.retried
        if report.complete:
            if union and pinned is not None:
                keep_union(graph_path, url, record, pinned)
                pinned = None
            elif union and not unchanged:  # not pinned: what the default graph now holds is not on disk
                record.union = record.union_stamp = None
            kept = set(record.graphs) - set(checks)  # --keep-removed: the next push must look again
            record.uncertain, record.stamp = None, None if kept else stamp
            record.triples, record.default_graph_triples = report.triples, report.default_graph_triples
        elif not unchanged and record.stamp != stamp:
            record.stamp = None
        if pinned is not None:
            pinned.unlink(missing_ok=True)
        _save(graph_path, records, url)
    report.seconds = time.perf_counter() - started
    return report


def _pin(graph_path: Path, url: str, nquads: Path) -> Path | None:
    """The pinned ``graph.nq`` (:func:`graph.push_record.pin_graph_file`), or None in a graph folder we may not write."""
    try:
        return pin_graph_file(graph_path, url, nquads)
    except OSError as error:
        log.warning(msg("push_record_failed", url=url, reason=error.strerror or error))
        return None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _save(graph_path: Path, records: dict, url: str) -> None:
    try:
        write_records(graph_path, records)
    except OSError as error:  # a graph folder the user may read but not write: the push itself succeeded
        log.warning(msg("push_record_failed", url=url, reason=error.strerror or error))


def _legacy_owned(graph_path: Path) -> set[str]:
    """The Graph Store addresses whose default graph a push of an older g40kg wrote (``default-graphs.json``)."""
    import json

    try:
        urls = json.loads((push_folder(graph_path) / "default-graphs.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {url for url in urls if isinstance(url, str)} if isinstance(urls, list) else set()


def _marker_start(folder: str, url: str, manifest: dict, version: str) -> dict:
    """The completion graph's values known before the graph is read (no graphs or triples counted yet)."""
    from .disk_layout import NEWEST_DOCUMENT

    return {"folder": folder, "target": url, "built": str(manifest.get("built") or ""), "graphs": 0, "triples": 0,
            "version": version, "newest": str(manifest.get(NEWEST_DOCUMENT) or "")}


def _server_marker(client, store_url: str | None, query_url: str | None) -> dict | None:
    """The completion graph on the server (:func:`graph.push_marker.read_marker`): through the Graph Store
    Protocol, else through the SPARQL query address ``query_url``, else None (not known)."""
    if store_url:
        target = graph_store_target(store_url, str(PUSH_GRAPH))
    elif query_url:
        target = _query_target(query_url, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{PUSH_GRAPH}> {{ ?s ?p ?o }} }}")
    else:
        return None
    return read_marker(client.send("GET", target, None, _NTRIPLES, str(PUSH_GRAPH), missing_ok=True))


def _clear_staging(client, store_url: str | None, update_url: str, query_url: str | None) -> bool | None:
    """Drop :data:`STAGING_GRAPH` on the server (a push that failed half way left it there): whether it
    held triples, read through the Graph Store Protocol or ``query_url``; None when neither is given."""
    if store_url:
        held = client.holds_triples(graph_store_target(store_url, STAGING_GRAPH))
    elif query_url:
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"
        answer = client.send("GET", _query_target(query_url, query), None, _NTRIPLES, STAGING_GRAPH, missing_ok=True)
        held = any(line.strip() and not line.lstrip().startswith(b"#") for line in answer.splitlines())
    else:
        held = None
    if held is not False:
        client.send("POST", update_url, f"DROP SILENT GRAPH <{STAGING_GRAPH}>".encode(), _UPDATE, STAGING_GRAPH)
    return held


def _query_target(query_url: str, query: str) -> str:
    """The GET address that asks ``query`` at the SPARQL query address ``query_url``.

    >>> _query_target("http://h/q?x=1", "ASK {}")
    'http://h/q?x=1&query=ASK+%7B%7D'
    """
    return f"{query_url}{'&' if '?' in query_url else '?'}" + urllib.parse.urlencode({"query": query})


def _send_marker(client, store_url, update_url, lines: list[bytes]) -> None:
    if store_url:
        client.send("PUT", graph_store_target(store_url, str(PUSH_GRAPH)), b"\n".join(lines) + b"\n", _NTRIPLES,
                    str(PUSH_GRAPH))
    else:
        client.send("POST", update_url, replace_update(str(PUSH_GRAPH), lines, drop=True), _UPDATE, str(PUSH_GRAPH))


def _send_graph(client, store_url, update_url, graph, lines, batch_size, report, progress) -> None:
    """Replace ``graph`` on the server by ``lines`` in one step, so that a reader of ``GRAPH <graph>``
    sees the old graph or the new one, never a part.

    Up to ``batch_size`` triples (blank nodes included) go in one request: a Graph Store ``PUT``, or
    ``DROP SILENT GRAPH`` + ``INSERT DATA`` in one SPARQL Update request, which the server runs as one
    transaction. A larger graph goes in batches: with ``update_url`` into :data:`STAGING_GRAPH`, which
    one ``MOVE`` then puts in place; with the Graph Store Protocol alone the first batch replaces the
    graph and the others add to it, so for those seconds a reader sees it grow.
    """
    if not lines:
        if store_url:  # an empty graph: PUT nothing, so that the old content goes
            client.send("PUT", graph_store_target(store_url, graph), b"\n", _NTRIPLES, graph)
        else:
            client.send("POST", update_url, f"DROP SILENT GRAPH <{graph}>".encode(), _UPDATE, graph)
        return
    whole = len(lines) <= batch_size
    batches = [lines] if whole else list(batched(lines, max(1, batch_size)))
    target = graph if whole or not update_url else STAGING_GRAPH
    for number, batch in enumerate(batches):
        if store_url:
            client.send("PUT" if number == 0 else "POST", graph_store_target(store_url, target),
                        b"\n".join(batch) + b"\n", _NTRIPLES, graph)
        else:
            client.send("POST", update_url, replace_update(target, batch, drop=number == 0), _UPDATE, graph)
        report.batches += 1
        report.sent_triples += len(batch)
        if progress:
            progress(graph, len(batch))
    if target != graph:
        client.send("POST", update_url, move_update(target, graph), _UPDATE, graph)


def _server_default_graph(client, store_url: str) -> set[bytes]:
    """The triples of the server's default graph (Graph Store Protocol), as :func:`read_graphs` writes them."""
    data = client.send("GET", graph_store_target(store_url, None), None, _NTRIPLES, None, missing_ok=True)
    return {f"{t.subject} {t.predicate} {t.object} .".encode("utf-8")
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}


def _union_plan(graph_path, client, record, graphs, *, store_url, update_url, full, replace_default_graph,
                own) -> dict:
    """How the default graph goes from what the server holds to the new union: ``add`` before and
    ``delete`` after the named graphs (a diff), or ``replace`` it whole; ``uncertain`` is what to
    note before sending (None: nothing), ``forget`` that the union on the server is unknown until
    the push completes."""
    new = _union(graphs)
    plan = {"new": new, "replace": False, "add": set(), "delete": set(), "uncertain": None, "forget": False,
            "own": own, "drop": replace_default_graph and not store_url}
    old_file = union_path(graph_path, record)
    if old_file is not None and not plan["drop"]:
        uncertain = read_uncertain(graph_path, record)
        old = _union(skolemised(read_graphs(old_file)))
        surely = old - uncertain
        plan["add"], plan["delete"] = (set(new) if full else new - surely), (old | uncertain) - new
        plan["uncertain"] = (uncertain | (new - surely) | plan["delete"]) or None
    elif store_url:  # the server's default graph is this folder's, empty, or to be replaced: diff against it
        old = _server_default_graph(client, store_url)
        plan["add"], plan["delete"] = new - old, old - new
    else:  # SPARQL Update alone, and no record of what the default graph holds
        plan["replace"] = True
    if any(has_blank_node(line) for line in plan["add"] | plan["delete"]) or (plan["delete"] and not update_url):
        plan["replace"] = True
    if plan["replace"]:
        plan.update(add=set(), delete=set(), uncertain=None, forget=True)
    return plan


def _write_union_start(client, plan, store_url, update_url, batch_size, report, progress) -> None:
    """Add the new triples to the default graph (or replace it whole, where it cannot be diffed)."""
    if plan["replace"]:
        report.default_graph_replaced = True
        if plan["own"] and not store_url and not plan["drop"]:  # take out only this graph's own union
            client.send("POST", update_url, without_own_triples(plan["own"]), _UPDATE, None)
        lines = sorted(plan["new"])
        for number, batch in enumerate(batched(lines, max(1, batch_size))):
            if store_url:
                client.send("PUT" if number == 0 else "POST", graph_store_target(store_url, None),
                            b"\n".join(batch) + b"\n", _NTRIPLES, None)
            else:
                client.send("POST", update_url, replace_update(None, batch, drop=number == 0 and plan["drop"]),
                            _UPDATE, None)
            _count(report, progress, len(batch))
        report.default_graph_added = len(lines)
        return
    for batch in batched(sorted(plan["add"]), max(1, batch_size)):
        if store_url:
            client.send("POST", graph_store_target(store_url, None), b"\n".join(batch) + b"\n", _NTRIPLES, None)
        else:
            client.send("POST", update_url, data_update("INSERT", None, batch), _UPDATE, None)
        _count(report, progress, len(batch))
    report.default_graph_added = len(plan["add"])


def _write_union_end(client, plan, update_url, batch_size, report, progress) -> None:
    """Delete from the default graph the triples that went (after the new ones are in)."""
    if plan["replace"]:
        return
    for batch in batched(sorted(plan["delete"]), max(1, batch_size)):
        client.send("POST", update_url, data_update("DELETE", None, batch), _UPDATE, None)
        _count(report, progress, len(batch))
    report.default_graph_deleted = len(plan["delete"])


def _count(report: PushReport, progress, n: int) -> None:
    report.batches += 1
    if progress:
        progress("default", n)
