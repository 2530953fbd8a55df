"""External triple stores: read through a SPARQL endpoint, write with the standard protocols.

* :func:`endpoint_dataset` — an rdflib Dataset whose queries run on a SPARQL 1.1 query endpoint
  (Oxigraph server, Fuseki, GraphDB, Virtuoso, …). Queries without ``GRAPH`` see the server's
  default graph, which must hold the union of the named graphs.
* :class:`RemoteError` and :func:`check_url`, which :mod:`graph.push` uses to copy a local graph
  to a server with the standard write protocols.
"""

from __future__ import annotations

import logging
import os
import urllib.error
import urllib.parse

from rdflib import Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from .errors import G40Error, InputError
from .messages import msg
from .vocab import bind_prefixes

__all__ = ["endpoint_dataset", "RemoteError", "check_url"]

log = logging.getLogger(__name__)



class RemoteError(G40Error):
    """A remote store refused a request or could not be reached. ``details``: what a push had done
    by then (its JSON error carries them)."""

    details: dict = {}

    code = "remote"


class SPARQLEndpointStore(SPARQLStore):
    """rdflib's SPARQLStore that also runs prepared queries (from their text)."""

    def query(self, query, initNs=None, initBindings=None, queryGraph=None, DEBUG=False):  # noqa: N803
        from .oxigraph_store import query_text, bind_values

        query, initNs = query_text(query, initNs or {})  # noqa: N806
        # bindings open the WHERE pattern (rdflib would append them after GROUP BY)
        return super().query(bind_values(query, initBindings), initNs, {}, queryGraph, DEBUG)

    def _query(self, query, default_graph=None, named_graph=None):
        # rdflib's connector sends without a timeout and returns an HTTP error as a tuple; here the
        # request waits at most the command's --timeout and every failure is one line (graph.endpoint_http)
        from io import BytesIO

        from rdflib import BNode
        from rdflib.query import Result

        from .endpoint_http import (MAX_ANSWER_VARIABLE, AnswerTooBig, TLSFailed, not_found_message,
                                    not_https_message, post_query, redirect_location)

        self._queries += 1
        fields = {"query": query}
        if default_graph is not None and not isinstance(default_graph, BNode):
            fields["default-graph-uri"] = default_graph
        headers = {**self.kwargs.get("headers", {}), "Accept": self.response_mime_types()}
        try:
            body, content_type = post_query(self.query_endpoint, fields, headers, self.kwargs.get("timeout"))
        except urllib.error.HTTPError as error:
            location = redirect_location(error)
            if location is not None:
                raise RemoteError(msg("endpoint_redirected", url=self.query_endpoint, status=error.code,
                                      location=location)) from None
            if error.code in (401, 403):
                raise RemoteError(_refused_message(self.query_endpoint, error.code)) from None
            if error.code == 404:
                raise RemoteError(not_found_message(self.query_endpoint)) from None
            raise RemoteError(msg("endpoint_failed", url=self.query_endpoint, reason=error)) from None
        except TLSFailed as error:
            raise RemoteError(not_https_message(self.query_endpoint, error)) from None
        except AnswerTooBig as error:
            raise RemoteError(msg("endpoint_answer_too_big", url=self.query_endpoint, variable=MAX_ANSWER_VARIABLE,
                                  limit=f"{error.limit / 1024 / 1024:g}")) from None
        except urllib.error.URLError as error:
            raise RemoteError(msg("endpoint_failed", url=self.query_endpoint, reason=error.reason)) from None
        except OSError as error:  # the connection dropped half way
            raise RemoteError(msg("endpoint_failed", url=self.query_endpoint, reason=error)) from None
        try:
            return Result.parse(BytesIO(body), content_type=content_type.split(";")[0])
        except Exception as error:  # noqa: BLE001 - rdflib's parsers on the server's bytes: any failure is the answer's
            # (an XML parser's SyntaxError read as the user's SPARQL error, "No plugin registered for (text/html, …)":
            # walkthrough 32, finding 12)
            from rdflib.plugin import PluginException

            reason = (msg("endpoint_result_types") if isinstance(error, PluginException)
                      else " ".join(str(error).split())[:200] or type(error).__name__)
            raise RemoteError(msg("endpoint_not_results", url=self.query_endpoint, reason=reason,
                                  type=content_type.split(";")[0] or "?")) from None


#: The environment variable holding a bearer token for ``--endpoint`` (a server started with
#: ``g40kg serve --token``); an environment variable keeps the token out of process lists.
TOKEN_VARIABLE = "G40KG_TOKEN"


def endpoint_dataset(endpoint: str, *, timeout: float | None = None) -> Dataset:
    """A read-only Dataset backed by the SPARQL query endpoint at ``endpoint``; each request waits at most
    ``timeout`` seconds for the server (default :data:`graph.timeouts.DEFAULT_TIMEOUT`: a command's
    ``--timeout``, which :meth:`graph.cli.base.Settings.load` passes).

    With ``G40KG_TOKEN`` set, every request carries ``Authorization: Bearer <token>``.
    """
    from .timeouts import DEFAULT_TIMEOUT

    check_url(endpoint, "--endpoint")
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
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


def check_url(url: str, option: str) -> None:
    """Refuse ``url`` unless it is an http(s) address (a usage error naming ``option``)."""
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(msg("bad_url", option=option, url=url))

