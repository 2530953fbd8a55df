"""``g40kg serve``: a read-only SPARQL 1.1 endpoint and a web explorer on the newest built graph.

* :func:`create_app` builds the Starlette application (:mod:`graph.serve.app`);
* :class:`LiveGraph` reopens the graph when a new build is swapped in (:mod:`graph.serve.live`);
* :mod:`graph.serve.sparql` holds the protocol logic (classification, limits, negotiation);
* :mod:`graph.serve.explore_home`, :mod:`graph.serve.explore_entity`, :mod:`graph.serve.explore_documents` the
  look-ups behind the pages (shared: :mod:`graph.serve.explore_common`), :mod:`graph.serve.pages` the pages;
* :func:`asgi_get` answers one request without a server (``g40kg serve --get /path``).

Examples
--------
>>> from rdflib import Dataset
>>> import json
>>> status, headers, body = asgi_get(create_app(Dataset(default_union=True)), "/sparql?query=ASK%7B%7D")
>>> status, headers["content-type"], json.loads(body)
(200, 'application/sparql-results+json; charset=utf-8', {'head': {}, 'boolean': True})
"""

from __future__ import annotations

import asyncio

from .app import ServeConfig, create_app, warm
from .live import LiveGraph

__all__ = ["ServeConfig", "LiveGraph", "create_app", "warm", "asgi_get", "is_loopback"]


def asgi_get(app, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """``(status, headers, body)`` of one GET request to the ASGI ``app``, without a server.

    Works from inside a running event loop too (a notebook, a test with a browser driver): the
    request then runs on a loop of its own in a helper thread.
    """
    from urllib.parse import urlsplit

    target = urlsplit(path if path.startswith("/") else "/" + path)
    raw_headers = [(b"host", b"localhost")] + [
        (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()
    ]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": target.path, "raw_path": target.path.encode("utf-8"), "query_string": target.query.encode("utf-8"),
        "root_path": "", "headers": raw_headers, "client": ("127.0.0.1", 0), "server": ("localhost", 80),
    }
    response: dict = {"body": b""}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            response["status"] = message["status"]
            response["headers"] = {k.decode("latin-1"): v.decode("latin-1") for k, v in message.get("headers", [])}
        elif message["type"] == "http.response.body":
            response["body"] += message.get("body", b"")

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: no loop in this thread
        asyncio.run(app(scope, receive, send))
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(asyncio.run, app(scope, receive, send)).result()
    return response["status"], response["headers"], response["body"]


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine: every address it stands for is a
    loopback address, however it is spelled (``LOCALHOST``, ``localhost.``, ``127.1``, ``[::1]``).

    >>> is_loopback("127.0.0.1"), is_loopback("LocalHost."), is_loopback("127.1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    import ipaddress
    import socket

    name = host.strip().strip("[]").rstrip(".").lower()
    if name in ("localhost", "ip6-localhost") or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:  # short forms the system accepts (127.1, 0x7f.1) and names in the hosts file
        infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)
