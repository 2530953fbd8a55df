"""One SPARQL query over HTTP to ``--endpoint``, with a deadline and one-line errors (walkthrough 27,
findings 8 and 9).

rdflib's connector sends its request without a timeout, so a server that never answers held a
command until the thread's deadline (30 s), whatever ``--timeout`` said. :func:`post_query` waits
at most ``timeout`` seconds per read; the TLS handshake of an ``https://`` address at most
:data:`HANDSHAKE_SECONDS`: a plain-http server (Oxigraph without TLS) reads the handshake as the start
of a request and waits for more, so the handshake never ends. The errors say what went wrong:

* no answer in time: :class:`~graph.errors.QueryTimeout` (exit 124), as a query stopped by ``--timeout``;
* a handshake that failed or got no answer: "… is geen https-server", with the http address to try;
* HTTP 404: where SPARQL endpoints usually are (``…/query``, ``…/sparql``);
* a redirect (HTTP 301–308) is not followed: urllib would send the bearer token to the address it
  names, on another host too, and turn the POST into a GET without the query, whose answer then passed
  as an empty result (walkthrough 32, finding 3); the caller names the address;
* an answer larger than :func:`max_answer_bytes` (``G40KG_MAX_RESPONSE_MB``, default 1024 MB) stops
  the read (:class:`AnswerTooBig`): a server that streamed without end filled memory until the
  deadline (2.7 GB in 5 s, walkthrough 32, finding 4).

Examples
--------
>>> print(not_found_hint("http://127.0.0.1:7878/query/"))
http://127.0.0.1:7878/query
>>> print(not_found_hint("http://127.0.0.1:7878"))
http://127.0.0.1:7878/query
>>> print(not_found_hint("http://h/sparql/x"), not_found_hint("http://h/nope"))
http://h/sparql http://h/query
"""

from __future__ import annotations

import http.client
import os
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request

from .errors import InputError, QueryTimeout
from .messages import CATALOGUE, msg

__all__ = ["HANDSHAKE_SECONDS", "post_query", "not_found_hint", "TLSFailed", "AnswerTooBig", "max_answer_bytes",
           "NO_REDIRECTS", "redirect_location"]

#: the longest wait for an https server's TLS handshake (a real one answers within milliseconds)
HANDSHAKE_SECONDS = 5.0

#: the environment variable that sets the largest answer read from ``--endpoint``, in MB (0: no limit)
MAX_ANSWER_VARIABLE = "G40KG_MAX_RESPONSE_MB"
#: its default: a CONSTRUCT of a whole graph of 10^6 triples is some 200 MB
MAX_ANSWER_MB = 1024

CATALOGUE.update(
    {
        "endpoint_not_https": {
            "nl": "het SPARQL-endpoint {url} is geen https-server: de TLS-handshake mislukte ({reason}); "
                  "probeer {plain}",
            "en": "the SPARQL endpoint {url} is not an https server: the TLS handshake failed ({reason}); "
                  "try {plain}"},
        "endpoint_handshake_silent": {"nl": "geen antwoord binnen {seconds:g} s", "en": "no answer within {seconds:g} s"},
        "endpoint_redirected": {
            "nl": "het SPARQL-endpoint {url} verwijst door naar {location} (HTTP {status}); g40kg volgt geen "
                  "doorverwijzing (het token en de query zouden naar een ander adres gaan): geef dat adres als "
                  "--endpoint als u het vertrouwt",
            "en": "the SPARQL endpoint {url} redirects to {location} (HTTP {status}); g40kg follows no redirect "
                  "(the token and the query would go to another address): give that address as --endpoint if "
                  "you trust it"},
        "endpoint_answer_too_big": {
            "nl": "het antwoord van het SPARQL-endpoint {url} is groter dan {limit} MB; vraag minder (LIMIT, een "
                  "smallere vraag) of zet {variable} hoger (0: geen grens)",
            "en": "the answer of the SPARQL endpoint {url} is larger than {limit} MB; ask for less (LIMIT, a "
                  "narrower question) or set {variable} higher (0: no limit)"},
        "endpoint_not_results": {
            "nl": "het antwoord van het SPARQL-endpoint {url} is geen SPARQL-resultaat ({type}: {reason}); controleer "
                  "--endpoint",
            "en": "the answer of the SPARQL endpoint {url} is no SPARQL result ({type}: {reason}); check --endpoint"},
        "endpoint_result_types": {"nl": "g40kg leest SPARQL-resultaten als JSON, XML, CSV of TSV",
                                  "en": "g40kg reads SPARQL results as JSON, XML, CSV or TSV"},
        "endpoint_bad_max_answer": {
            "nl": "{variable}={value!r} is geen aantal MB (bijv. 2048; 0: geen grens)",
            "en": "{variable}={value!r} is no number of MB (e.g. 2048; 0: no limit)"},
        "endpoint_not_found": {
            "nl": "het SPARQL-endpoint {url} bestaat niet (HTTP 404); het adres van een SPARQL-endpoint eindigt "
                  "meestal op /query (Oxigraph) of /sparql, bijvoorbeeld {hint} (controleer --endpoint)",
            "en": "the SPARQL endpoint {url} does not exist (HTTP 404); a SPARQL endpoint's address usually ends "
                  "in /query (Oxigraph) or /sparql, for example {hint} (check --endpoint)"},
    }
)


class TLSFailed(OSError):
    """The TLS handshake of an https address failed or got no answer."""


class AnswerTooBig(OSError):
    """The answer went past ``limit`` bytes (:func:`max_answer_bytes`)."""

    def __init__(self, limit: int):
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit


def max_answer_bytes() -> int | None:
    """The most bytes of an answer :func:`post_query` reads: ``G40KG_MAX_RESPONSE_MB`` MB (default
    :data:`MAX_ANSWER_MB`; 0 or less: no limit, None).

    >>> import os; os.environ.pop(MAX_ANSWER_VARIABLE, None) and None
    >>> max_answer_bytes()
    1073741824
    >>> os.environ[MAX_ANSWER_VARIABLE] = "0"; max_answer_bytes() is None
    True
    >>> del os.environ[MAX_ANSWER_VARIABLE]
    """
    text = os.environ.get(MAX_ANSWER_VARIABLE, "").strip()
    try:
        megabytes = float(text) if text else MAX_ANSWER_MB
    except ValueError:
        raise InputError(msg("endpoint_bad_max_answer", variable=MAX_ANSWER_VARIABLE, value=text)) from None
    return int(megabytes * 1024 * 1024) if megabytes > 0 else None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follows no redirect: the 3xx answer becomes an ``HTTPError`` whose ``Location`` header the
    caller names (see the module's docstring)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102, N803
        return None


#: the handler to build an opener with that follows no redirect (also :mod:`graph.push_client`'s)
NO_REDIRECTS = _NoRedirect()


def redirect_location(error: urllib.error.HTTPError) -> str | None:
    """The address a 3xx ``error`` names (None for another status or without ``Location``)."""
    if 300 <= error.code < 400 and error.headers is not None:
        return error.headers.get("Location")
    return None


class _HandshakeLimitedConnection(http.client.HTTPSConnection):
    """An HTTPS connection whose TLS handshake may take at most :data:`HANDSHAKE_SECONDS` (or the
    request's timeout, when shorter)."""

    def connect(self):
        http.client.HTTPConnection.connect(self)  # the TCP connection, within the request's timeout
        limit = min(self.timeout, HANDSHAKE_SECONDS) if isinstance(self.timeout, (int, float)) else HANDSHAKE_SECONDS
        self.sock.settimeout(limit)
        try:
            self.sock = self._context.wrap_socket(self.sock, server_hostname=self._tunnel_host or self.host)
        except ssl.SSLCertVerificationError:
            raise  # an https server whose certificate is not trusted: said as it is
        except (TimeoutError, socket.timeout):
            raise TLSFailed(msg("endpoint_handshake_silent", seconds=limit)) from None
        except (ssl.SSLError, ConnectionResetError) as error:
            raise TLSFailed(getattr(error, "reason", None) or str(error)) from None
        self.sock.settimeout(self.timeout)


class _HandshakeLimitedHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_HandshakeLimitedConnection, req, context=self._context)


_OPENER = urllib.request.build_opener(_HandshakeLimitedHandler(), NO_REDIRECTS)


def post_query(url: str, fields: dict, headers: dict, timeout: float | None):
    """POST the form ``fields`` (``query``, …) to ``url``; the response body and its content type.

    :class:`~graph.errors.QueryTimeout` when the server sends nothing for ``timeout`` seconds;
    ``urllib.error.HTTPError`` for an HTTP error status, a redirect too (the caller words it, see
    :func:`redirect_location`); :class:`TLSFailed` for a handshake that failed; :class:`AnswerTooBig`
    past :func:`max_answer_bytes`; ``urllib.error.URLError`` when the server cannot be reached.
    """
    limit = max_answer_bytes()
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), headers=headers)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return _read_at_most(response, limit), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError:
        raise
    except urllib.error.URLError as error:
        if isinstance(error.reason, TLSFailed):
            raise error.reason from None
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise QueryTimeout(msg("query_timeout", seconds=timeout)) from None
        raise
    except (TimeoutError, socket.timeout):  # the answer did not come (or stopped coming) in time
        raise QueryTimeout(msg("query_timeout", seconds=timeout)) from None


def _read_at_most(response, limit: int | None) -> bytes:
    """The body of ``response``, or :class:`AnswerTooBig` once it passes ``limit`` bytes (None: all)."""
    if limit is None:
        return response.read()
    chunks, size = [], 0
    while chunk := response.read(min(1 << 20, limit + 1 - size)):
        size += len(chunk)
        if size > limit:
            raise AnswerTooBig(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def not_https_message(url: str, reason) -> str:
    """The one line for an https address whose server does not speak TLS."""
    return msg("endpoint_not_https", url=url, reason=reason, plain="http://" + url.split("://", 1)[-1])


def not_found_hint(url: str) -> str:
    """Where the SPARQL endpoint of ``url`` (which answered 404) probably is: its path up to and with
    ``/query`` or ``/sparql``, else the server's ``/query`` (Oxigraph's)."""
    parts = urllib.parse.urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    for index, segment in enumerate(segments):
        if segment in ("query", "sparql"):
            segments = segments[:index + 1]
            break
    else:  # a path of its own (a trailing slash, a typo): Oxigraph's, at the server's root
        segments = ["query"]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + "/".join(segments), "", ""))


def not_found_message(url: str) -> str:
    """The one line for an endpoint address that answered 404."""
    return msg("endpoint_not_found", url=url, hint=not_found_hint(url))
