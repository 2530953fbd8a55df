"""Loopback servers that misbehave, for the endpoint and push tests: one that accepts connections and
never answers (as a server stuck on a query, or a plain-http server asked for a TLS handshake), one
whose every answer a test writes, and one made with it that answers every request with one HTTP status."""

from __future__ import annotations

import http.server
import socket
import threading
from contextlib import contextmanager


@contextmanager
def silent_server():
    """A port on 127.0.0.1 that accepts every connection and never sends a byte; yields its base URL
    (``http://127.0.0.1:PORT``) and the list of connections made (one per request)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.1)
    connections: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connections.append(server.accept()[0])
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
