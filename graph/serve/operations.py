"""What an operator of ``g40kg serve`` sees: the access log, ``GET /health`` and the server's addresses.

The access log has one line a request: local time (ISO 8601 with offset, :data:`TIME_FORMAT`), client address, method,
path, status, bytes sent and duration. The path is ``scope["path"]``, which holds no query string, so
no SPARQL text, search words or token reach the log (AVG); nor does any document text, and a person's
key or a document's id in a path is left out (:func:`logged_path`): the log would otherwise say which
colleague looked up whom, and a file name may spell a name. Behind a
reverse proxy on this machine the client is the address the proxy passes on (uvicorn reads
``X-Forwarded-For`` from 127.0.0.1).

Examples
--------
>>> access_line("2026-01-02T03:04:05+0100", "10.0.0.7", "GET", "/sparql", 200, 1234, 0.0123)
'2026-01-02T03:04:05+0100 10.0.0.7 "GET /sparql" 200 1234 12 ms'
"""

from __future__ import annotations

import logging
import re
import socket
import sys
import time
from datetime import datetime
from logging.handlers import WatchedFileHandler

from starlette.responses import JSONResponse

from ..disk_layout import FORMAT_VERSION
from .live import snapshot_of

__all__ = ["TIME_FORMAT", "AccessLogMiddleware", "access_logger", "access_line", "health", "local_time", "logged_path",
           "server_addresses", "TIMESTAMPED_FORMAT"]

log = logging.getLogger(__name__)

#: the format of the server's own log lines (warnings of the query processes, a failed reload …)
TIMESTAMPED_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: the time on every line the server logs: local time with its offset (ISO 8601: 2026-01-02T03:04:05+0100)
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def local_time(seconds: float | None = None) -> str:
    """``seconds`` since the epoch (default: now) as local time in :data:`TIME_FORMAT`.

    >>> len(local_time(0)) == len("1970-01-01T01:00:00+0100")
    True
    """
    return datetime.fromtimestamp(time.time() if seconds is None else seconds).astimezone().strftime(TIME_FORMAT)


def access_line(when: str, client: str, method: str, path: str, status: int, sent: int, seconds: float) -> str:
    """One line of the access log (see the module's example)."""
    return f'{when} {client} "{method} {path}" {status} {sent} {round(seconds * 1000)} ms'


#: the paths whose last part names a person or a document: ``/entity/person/jan-de-vries``, ``/document/<id>``
_PERSONAL_PATH = re.compile(r"^(/(?:entity|id)/person/|/document/)[^/]+.*$")


def logged_path(path: str) -> str:
    """``path`` as the access log keeps it: a person's key and a document's id become "…"; the pages
    of municipalities, ministries, units and programmes (public bodies) keep theirs.

    >>> logged_path("/entity/person/jan-de-vries"), logged_path("/document/verslag-2024-03-01")
    ('/entity/person/…', '/document/…')
    >>> logged_path("/entity/municipality/gm0193"), logged_path("/sparql")
    ('/entity/municipality/gm0193', '/sparql')
    """
    return _PERSONAL_PATH.sub(r"\1…", path)


def access_logger(target: str) -> logging.Logger:
    """A logger that writes access lines to the file ``target`` (reopened when logrotate moves it
    away: :class:`~logging.handlers.WatchedFileHandler`), or to stdout for ``-``.

    Raises OSError when the file cannot be opened for appending.
    """
    handler = logging.StreamHandler(sys.stdout) if target == "-" else WatchedFileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("g40kg.access")
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # not also on stderr with the server's warnings
    return logger


class AccessLogMiddleware:
    """Log each HTTP request with :func:`access_line` once its answer is sent (the outermost
    middleware: refusals of the Host, cross-site and token checks are logged too)."""

    def __init__(self, app, logger: logging.Logger):
        self.app, self.logger = app, logger

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started, status, sent = time.perf_counter(), [500], [0]

        async def counting_send(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            elif message["type"] == "http.response.body":
                sent[0] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            client = (scope.get("client") or ("-",))[0]
            self.logger.info(access_line(local_time(), client, scope["method"], logged_path(scope["path"]),
                                         status[0], sent[0], time.perf_counter() - started))


async def health(request):
    """``GET /health``: ``{"status": "ok", "built", "triples", "g40kg_version", "format_version"}`` of
    the graph served now, from its manifest (no query: cheap enough for a monitor every few seconds)."""
    from .. import __version__

    snapshot = snapshot_of(request)
    manifest = snapshot.manifest or {}
    triples = (manifest.get("counts") or {}).get("triples")
    if not isinstance(triples, int):
        triples = len(snapshot.dataset)  # a dataset served without a manifest (in-process use)
    return JSONResponse({"status": "ok", "built": manifest.get("built"), "triples": triples,
                         "g40kg_version": __version__, "format_version": FORMAT_VERSION},
                        headers={"Cache-Control": "no-store"})


def server_addresses(host: str) -> list[str]:
    """The names a browser elsewhere can reach a server bound to ``host`` by: for a wildcard address
    (``0.0.0.0``, ``::``) this machine's host name, its fully qualified name and its addresses
    (loopback ones left out); otherwise ``host`` itself.

    >>> server_addresses("127.0.0.1")
    ['127.0.0.1']
    >>> "0.0.0.0" in server_addresses("0.0.0.0")
    False
    """
    if host not in ("0.0.0.0", "::", ""):
        return [host]
    names = [socket.gethostname(), socket.getfqdn()]
    addresses = []
    for name in names:
        try:
            infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
        except OSError:
            continue
        addresses += [info[4][0] for info in infos if (info[0] == socket.AF_INET or host == "::")]
    found = []
    for name in names + addresses:
        if name and name not in found and not _loopback(name):
            found.append(name)
    return found


def _loopback(name: str) -> bool:
    """True for localhost and loopback addresses (no use to another computer).

    >>> _loopback("127.0.1.1"), _loopback("::1"), _loopback("localhost"), _loopback("10.1.2.3")
    (True, True, True, False)
    """
    import ipaddress

    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
