"""Loopback servers that misbehave, for the endpoint and push tests: one that accepts connections and
never answers (as a server stuck on a query, or a plain-http server asked for a TLS handshake), one
whose every answer a test writes, and one made with it that answers every request with one HTTP status."""

from __future__ import annotations

import http.server
import socket
import threading
from contextlib import contextmanager


class Connections(list):
    """The connections a :func:`silent_server` accepted, in order."""

    def __init__(self):
        super().__init__()
        self._idle = 0  # accept calls that found no connection waiting in the whole of their wait
        self._changed = threading.Condition()

    def settled(self, seconds: float = 30.0) -> Connections:
        """Self, once every connection made before this call is in it: the accepting thread may not
        have run since the client connected (a loaded machine), while the kernel already holds the
        connection. Waits for an accept call that began after this one and found nothing waiting
        (a connection waiting then would have been accepted), at most ``seconds``."""
        with self._changed:
            wanted = self._idle + 2  # the next idle call may have begun before this one; the one after not
            self._changed.wait_for(lambda: self._idle >= wanted, seconds)
        return self

    def _found_none(self) -> None:
        with self._changed:
            self._idle += 1
            self._changed.notify_all()


@contextmanager
def silent_server():
    """A port on 127.0.0.1 that accepts every connection and never sends a byte; yields its base URL
    (``http://127.0.0.1:PORT``) and the :class:`Connections` made (one per request; ask
    ``connections.settled()`` for those made until now)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.1)
    connections = Connections()
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connections.append(server.accept()[0])
            except TimeoutError:
                connections._found_none()
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    finally:
        stop.set()
        thread.join()
        for connection in connections:
            connection.close()
        server.close()


@contextmanager
def scripted_server(answer):
    """An HTTP server on 127.0.0.1 whose every GET, POST and PUT is answered by ``answer(handler, base)``
    (a ``BaseHTTPRequestHandler`` with the request's body read, and the server's base URL); yields the
    base URL and the list of requests made, ``(method, path, Host header, Authorization header)``."""
    requests: list[tuple] = []
    base = ""

    class Handler(http.server.BaseHTTPRequestHandler):
        def handle_one(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            requests.append((self.command, self.path, self.headers.get("Host"), self.headers.get("Authorization")))
            try:
                answer(self, base)
            except OSError:  # the client hung up (an answer it stopped reading)
                pass

        do_GET = do_POST = do_PUT = handle_one

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def status_server(status: int):
    """An HTTP server on 127.0.0.1 that answers every GET, POST and PUT with ``status`` and an empty body
    (:func:`scripted_server`); yields its base URL."""

    def answer(handler, _base):
        handler.send_response(status)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with scripted_server(answer) as (base, _requests):
        yield base
