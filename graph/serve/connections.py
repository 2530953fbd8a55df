"""Connections that send no request in time are closed (walkthrough 32, finding 7).

uvicorn starts its keep-alive timer only after a first response, and has no deadline for a request's
head: a connection that sends nothing, or a header line every few seconds (slowloris), stayed open
for as long as its client liked, each holding a file descriptor of the server; with ``--host
0.0.0.0`` anyone on the network could open them until the server's limit (its ``ulimit -n``) and
leave nothing for the query processes and the graph's files. :func:`with_deadlines` makes a subclass
of uvicorn's HTTP protocol class in which

* a request's head (request line and headers) must be complete within :data:`HEAD_SECONDS` of the
  connection's start, or of the end of the previous response on a kept-alive connection;
* its body (a SPARQL query POSTed, at most 1 MB) within :data:`BODY_SECONDS` of its head;
* at most :data:`MAX_CONNECTIONS` connections are open at once; one beyond is closed at once.

A request that arrived in time runs as before, however long it takes (the query's
``--timeout`` bounds that). Both of uvicorn's protocol classes (h11, httptools) set ``cycle`` when a
request's head is complete, the cycle's ``more_body`` until its body is, and keep the set of open
``connections``; nothing else of theirs is used.

Examples
--------
>>> from uvicorn.protocols.http.h11_impl import H11Protocol
>>> protocol = with_deadlines(H11Protocol)
>>> protocol.__name__, protocol.head_seconds, protocol.body_seconds, issubclass(protocol, H11Protocol)
('H11ProtocolWithDeadlines', 15.0, 60.0, True)
"""

from __future__ import annotations

import logging

__all__ = ["HEAD_SECONDS", "BODY_SECONDS", "MAX_CONNECTIONS", "with_deadlines", "http_protocol"]

log = logging.getLogger(__name__)

#: seconds a connection has to send a complete request head (Apache's RequestReadTimeout: 20-40)
HEAD_SECONDS = 15.0
#: seconds a request has to send its body once its head is in (the body is at most 1 MB: ServeConfig.max_body)
BODY_SECONDS = 60.0
#: open connections at most (a browser opens about six; a reverse proxy as many as its users' requests)
MAX_CONNECTIONS = 1000


def with_deadlines(base: type, head_seconds: float = HEAD_SECONDS, max_connections: int = MAX_CONNECTIONS,
                   body_seconds: float = BODY_SECONDS) -> type:
    """A subclass of uvicorn's HTTP protocol class ``base`` with a deadline for each request's head
    and a limit on open connections (see the module's docstring)."""

    class Protocol(base):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._head_timer, self._waiting_since = None, self.cycle
            self._body_timer = self._body_cycle = None
            if len(self.connections) > max_connections:
                log.warning("more than %d connections open: one closed", max_connections)
                transport.close()
                return
            self._await_head()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            cycle = self.cycle
            if cycle is not self._waiting_since and self._head_timer is not None:  # a new request's head is in
                self._stop_waiting()
                if getattr(cycle, "more_body", False):  # and its body is still to come
                    self._body_cycle = cycle
                    self._body_timer = self.loop.call_later(body_seconds, self._body_too_slow)
            if self._body_timer is not None and not getattr(self._body_cycle, "more_body", False):
                self._body_timer.cancel()
                self._body_timer = self._body_cycle = None

        def on_response_complete(self) -> None:
            answered = self.cycle
            super().on_response_complete()  # may start a pipelined request at once (a new cycle)
            if not self.transport.is_closing() and self.cycle is answered:
                self._await_head()  # the next request on a kept-alive connection

        def connection_lost(self, exc) -> None:
            self._stop_waiting()
            if getattr(self, "_body_timer", None) is not None:
                self._body_timer.cancel()
                self._body_timer = self._body_cycle = None
            super().connection_lost(exc)

        def _await_head(self) -> None:
            self._stop_waiting()
            self._waiting_since = self.cycle
            self._head_timer = self.loop.call_later(head_seconds, self._head_too_slow)

        def _stop_waiting(self) -> None:
            if getattr(self, "_head_timer", None) is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_too_slow(self) -> None:
            self._head_timer = None
            if self.cycle is self._waiting_since and not self.transport.is_closing():
                log.debug("%s: no complete request within %g s: closed", self.client, head_seconds)
                self.transport.close()

        def _body_too_slow(self) -> None:
            cycle, self._body_timer, self._body_cycle = self._body_cycle, None, None
            if cycle is self.cycle and getattr(cycle, "more_body", False) and not self.transport.is_closing():
                log.debug("%s: request body not complete within %g s: closed", self.client, body_seconds)
                self.transport.close()

    Protocol.__name__ = Protocol.__qualname__ = f"{base.__name__}WithDeadlines"
    Protocol.head_seconds, Protocol.body_seconds = float(head_seconds), float(body_seconds)
    Protocol.max_connections = max_connections
    return Protocol


def http_protocol(**options) -> type:
    """uvicorn's HTTP protocol class for this installation (httptools when installed, else h11) with
    the deadlines of :func:`with_deadlines` (``options``: its keywords)."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    return with_deadlines(AutoHTTPProtocol, **options)
