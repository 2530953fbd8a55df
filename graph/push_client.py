"""The HTTP side of a push: requests with retries, batches, and the texts of SPARQL Update.

Triples with blank nodes stay together in one batch per graph: a blank node label only means
the same node within one request.

Examples
--------
>>> batches = list(batched([b"<urn:a> <urn:p> <urn:b> .", b"_:x <urn:p> <urn:c> .", b"<urn:c> <urn:p> _:x ."], 1))
>>> [len(b) for b in batches]
[1, 2]
>>> print(data_update("DELETE", None, [b"<urn:a> <urn:p> <urn:b> ."]).decode())
DELETE DATA {
<urn:a> <urn:p> <urn:b> .
}
"""

from __future__ import annotations

import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterable

from .endpoint_http import NO_REDIRECTS, redirect_location
from .messages import CATALOGUE, msg

CATALOGUE.update({
    "push_redirected": {"nl": "de server verwijst door naar {location} (HTTP {status}); push volgt geen doorverwijzing "
                              "(de gebruikersnaam en het wachtwoord zouden naar een ander adres gaan): geef dat adres "
                              "als u het vertrouwt",
                        "en": "the server redirects to {location} (HTTP {status}); push follows no redirect (the user "
                              "name and password would go to another address): give that address if you trust it"},
})

__all__ = ["Client", "batched", "has_blank_node", "data_update", "replace_update", "graph_store_target",
           "without_own_triples", "move_update"]

log = logging.getLogger(__name__)

_BNODE = re.compile(rb"(^|\s)_:")
_RETRY_STATUS = {408, 429, 500, 502, 503, 504}


def has_blank_node(line: bytes) -> bool:
    """Whether an N-Triples line holds a blank node.

    >>> has_blank_node(b"_:b <urn:p> <urn:o> ."), has_blank_node(b'<urn:s> <urn:p> "_:b" .')
    (True, False)
    """
    return bool(_BNODE.search(line))


def batched(lines: Iterable[bytes], size: int) -> Iterable[list[bytes]]:
    """Batches of at most ``size`` lines; all lines with blank nodes form one batch of their own."""
    lines = list(lines)
    plain = [line for line in lines if not has_blank_node(line)]
    blank = [line for line in lines if has_blank_node(line)]
    for start in range(0, len(plain), size):
        yield plain[start: start + size]
    if blank:
        yield blank


def graph_store_target(store_url: str, graph: str | None) -> str:
    """The Graph Store Protocol address of ``graph`` (None: the default graph).

    >>> graph_store_target("http://h/store", None), graph_store_target("http://h/s?x=1", "urn:g")
    ('http://h/store?default', 'http://h/s?x=1&graph=urn%3Ag')
    """
    return f"{store_url}{'&' if '?' in store_url else '?'}" + (
        urllib.parse.urlencode({"graph": graph}) if graph else "default")


def without_own_triples(graphs: list[str]) -> bytes:
    """SPARQL Update that takes out of the default graph the triples of ``graphs`` (as the server holds
    them now): the union an earlier push wrote there, and nothing that others put there.

    >>> print(without_own_triples(["urn:a", "urn:b"]).decode())
    DELETE { ?s ?p ?o } WHERE { VALUES ?g { <urn:a> <urn:b> } GRAPH ?g { ?s ?p ?o } }
    """
    values = " ".join(f"<{graph}>" for graph in graphs)
    return f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}".encode()


def replace_update(graph: str | None, batch: list[bytes], *, drop: bool) -> bytes:
    """``INSERT DATA`` of ``batch`` into ``graph`` (None: the default graph), after dropping it when ``drop``.

    >>> print(replace_update("urn:g", [b"<urn:a> <urn:p> <urn:b> ."], drop=True).decode())
    DROP SILENT GRAPH <urn:g> ;
    INSERT DATA { GRAPH <urn:g> {
    <urn:a> <urn:p> <urn:b> .
    } }
    """
    if graph:
        head = f"DROP SILENT GRAPH <{graph}> ;\n".encode() if drop else b""
        return head + data_update("INSERT", graph, batch)
    return (b"DROP SILENT DEFAULT ;\n" if drop else b"") + data_update("INSERT", None, batch)


def move_update(source: str, target: str) -> bytes:
    """SPARQL Update that replaces the graph ``target`` by the graph ``source`` in one step (and drops ``source``).

    >>> print(move_update("urn:staging", "urn:g").decode())
    MOVE GRAPH <urn:staging> TO GRAPH <urn:g>
    """
    return f"MOVE GRAPH <{source}> TO GRAPH <{target}>".encode()


def data_update(operation: str, graph: str | None, batch: list[bytes]) -> bytes:
    """``INSERT DATA`` or ``DELETE DATA`` (``operation``) of the N-Triples lines ``batch``."""
    data = b"\n".join(batch)
    if graph:
        return f"{operation} DATA {{ GRAPH <{graph}> {{\n".encode() + data + b"\n} }"
    return f"{operation} DATA {{\n".encode() + data + b"\n}"


#: the opener of every push request: it follows no redirect (:data:`graph.endpoint_http.NO_REDIRECTS`), since urllib
#: would send the ``--user`` credentials to the address a redirect names, on another host too, and turn a POST of
#: SPARQL Update into a GET without it, whose 200 then passed for a graph sent (walkthrough 32, finding 3)
_OPENER = urllib.request.build_opener(NO_REDIRECTS)


class Client:
    """Sends a push's requests, with ``retries`` extra attempts after a network error or a
    408/429/5xx answer (exponential back-off; ``on_retry(url, reason, attempt, attempts, seconds)`` is told
    before each); ``fail(graph, reason, url)`` raises the error that stops the push."""

    def __init__(self, auth, timeout, retries, sleep, fail, on_retry=None):
        self.timeout, self.retries, self.sleep, self.fail = timeout, retries, sleep, fail
        self.on_retry = on_retry  # told (url, reason, attempt, attempts, seconds) before each retry
        self.retried = 0
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
                with _OPENER.open(request, timeout=self.timeout) as response:
                    # read(-1) would hand back a chunked answer's framing ("\r\n0\r\n") too
                    return response.read() if read < 0 else response.read(read)
            except urllib.error.HTTPError as error:
                if missing_ok and error.code == 404:
                    return b""
                detail = error.read()[:300].decode("utf-8", "replace").strip()
                reason = f"HTTP {error.code} {error.reason}: {detail}"
                location = redirect_location(error)
                if location is not None:  # not followed: see _OPENER
                    reason = msg("push_redirected", status=error.code, location=location)
                if error.code not in _RETRY_STATUS or attempt >= self.retries:
                    self.fail(graph, reason, url)
            except (urllib.error.URLError, OSError) as error:
                reason = str(getattr(error, "reason", error))
                if attempt >= self.retries:
                    self.fail(graph, reason, url)
            attempt += 1
            self.retried += 1
            pause = min(0.5 * 2 ** (attempt - 1), 8.0)
            log.info("retrying %s %s (attempt %d)", method, url, attempt + 1)
            if self.on_retry:  # a push that waits on a server says so (walkthrough 27, finding 10)
                self.on_retry(url, reason, attempt + 1, self.retries + 1, pause)
            self.sleep(pause)

    def holds_triples(self, url: str) -> bool:
        """Whether the graph at the Graph Store address ``url`` holds a triple (a missing graph holds
        none). Reads only the start of the answer."""
        start = self.send("GET", url, None, "application/n-triples", None, missing_ok=True, read=65536)
        return any(line.strip() and not line.lstrip().startswith(b"#") for line in start.splitlines())
