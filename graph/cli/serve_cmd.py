"""``g40kg serve``: the SPARQL endpoint and web explorer (see :mod:`graph.serve`)."""

from __future__ import annotations

import logging
import os
import time

import click

from ..messages import CATALOGUE, msg
from .base import cli, echo_err, pass_settings, translate_errors

__all__ = ["serve"]

log = logging.getLogger(__name__)

CATALOGUE.update({
    "serve_not_an_origin": {"nl": "{value} is geen origin (bijv. https://example.org)",
                            "en": "{value} is not an origin (e.g. https://example.org)"}})
CATALOGUE.update(
    {
        "serve_reachable": {"nl": "waarschuwing: de server luistert op {host} en is dus vanaf andere computers bereikbaar",
                            "en": "warning: the server listens on {host} and can be reached from other computers"},
        "serve_consider_token": {"nl": "; overweeg --token", "en": "; consider --token"},
        "serve_host_check_off": {"nl": "; de Host-controle staat uit (--allowed-host '*'): zonder --token kan een "
                                       "webpagina van een andere site de graaf laten lezen (DNS-rebinding)",
                                 "en": "; the Host check is off (--allowed-host '*'): without --token a web page of "
                                       "another site can make a browser read the graph (DNS rebinding)"},
        "serve_also_at": {"nl": "ook bereikbaar als: {urls}", "en": "also reachable as: {urls}"},
        "serve_bad_access_log": {"nl": "kan het toegangslog {path} niet openen ({reason})",
                                 "en": "cannot open the access log {path} ({reason})"},
        "serve_bad_root_path": {"nl": "{value!r} is geen pad (het begint met /, zoals /g40)",
                                "en": "{value!r} is not a path (it begins with /, as /g40 does)"},
        "serve_bad_frame_ancestor": {"nl": "{value!r} is geen origin (schema://host[:poort], bijv. "
                                           "https://intranet.gemeente.nl; geen * en geen 'self' of 'unsafe-…')",
                                     "en": "{value!r} is not an origin (scheme://host[:port], e.g. "
                                           "https://intranet.gemeente.nl; no * and no 'self' or 'unsafe-…')"},
        "serve_started": {"nl": "g40kg serve: {url}  (SPARQL: {url}sparql)  Ctrl+C stopt",
                          "en": "g40kg serve: {url}  (SPARQL: {url}sparql)  Ctrl+C stops"},
        "serve_redirect": {"nl": "{status} {reason}: doorverwezen naar {location}",
                           "en": "{status} {reason}: redirected to {location}"},
    }
)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren (alleen deze computer).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Poort.")
@click.option("--token", envvar="G40KG_TOKEN", default=None, metavar="T",
              help="Vereis dit token (Authorization: Bearer T of ?token=T); omgeving: G40KG_TOKEN.")
@click.option("--cors", multiple=True, metavar="ORIGIN", callback=lambda ctx, param, value: _origins(value, param),
              help="Sta verzoeken vanuit deze web-origin toe (herhaalbaar; * voor iedereen).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Maximale duur van een query in seconden.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Maximaal aantal rijen (of triples) in een antwoord.")
@click.option("--in-memory", is_flag=True,
              help="Laad de graaf bij de start in het geheugen: de meeste vragen 2-5x sneller, maar laden kost "
                   "tijd en geheugen (10^6 triples: 2-6 s, ~0,6 GB).")
@click.option("--query-processes", type=click.IntRange(min=0), default=None, metavar="N",
              help="Voer SPARQL-query's uit in N aparte processen, die worden gestopt zodra een query over zijn "
                   "tijd gaat (standaard: het aantal processorkernen; 0: in de server zelf).")
@click.option("--query-memory", type=click.IntRange(min=0), default=None, metavar="MB",
              callback=lambda ctx, param, value: _memory(value, param),
              help="Geheugen per queryproces in MB; een query die meer vraagt krijgt een foutmelding (standaard: "
                   "4096, of de helft van het werkgeheugen verdeeld over de processen als dat minder is; 0: geen grens).")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAAM",
              help="Beantwoord ook verzoeken aan deze naam (de Host-header die een reverse proxy doorgeeft, "
                   "bijv. intranet.g40.local; herhaalbaar). De server antwoordt verder alleen op localhost en, met "
                   "--host 0.0.0.0, op de naam en adressen van deze computer; '*' zet die controle uit.")
@click.option("--root-path", default="", metavar="/PAD", callback=lambda ctx, param, value: _root_path(value, param),
              help="Het pad waaronder een reverse proxy de verkenner aanbiedt (bijv. /g40): de links beginnen ermee.")
@click.option("--frame-ancestors", multiple=True, metavar="ORIGIN", envvar="G40KG_FRAME_ANCESTORS",
              callback=lambda ctx, param, value: _frame_origins(value, param),
              help="Laat pagina's van deze origin de verkenner in een iframe tonen (herhaalbaar; bijv. "
                   "https://intranet.gemeente.nl; omgeving: G40KG_FRAME_ANCESTORS, gescheiden door spaties). "
                   "Standaard mag geen enkele pagina dat.")
@click.option("--no-document-text", is_flag=True, envvar="G40KG_NO_DOCUMENT_TEXT",
              help="Publiceer van elk document alleen de zinnen waarop de feiten berusten, niet de hele tekst "
                   "(ook niet in de .json-versie); bijv. voor een verkenner buiten de organisatie.")
@click.option("--access-log", metavar="BESTAND",
              help="Schrijf per verzoek een regel (tijd, client, methode, pad zonder querystring, status, bytes, duur) "
                   "naar BESTAND (- : stdout); nooit de querytekst of documentinhoud.")
@click.option("--get", "get_path", metavar="/PAD",
              help="Geef het antwoord op één verzoek (bijv. /search.json?q=EZK) en stop; start geen server.")
@pass_settings
@translate_errors
def serve(settings, host, port, token, cors, timeout, max_rows, in_memory, query_processes, query_memory, allowed_hosts,
          root_path, frame_ancestors, no_document_text, access_log, get_path):
    """Start een alleen-lezen SPARQL-endpoint en webverkenner op de graaf.

    \b
    Voorbeelden:
        g40kg serve                                   # http://127.0.0.1:8000/
        g40kg serve --port 8080 --token geheim        # met toegangstoken
        g40kg serve --get '/search.json?q=Breda'      # één antwoord, zonder server
        g40kg serve --in-memory                       # grote graaf: snellere vragen
        g40kg serve --query-processes 4 --timeout 30  # meer query's tegelijk, elk max. 30 s
        g40kg serve --allowed-host intranet.g40.local --root-path /g40  # achter een reverse proxy
        g40kg serve --frame-ancestors https://intranet.gemeente.nl  # in een iframe van het intranet
        g40kg serve --no-document-text                # alleen de bewijszinnen van de documenten
        g40kg serve --access-log toegang.log          # een regel per verzoek
    Endpoints: /sparql (SPARQL 1.1 Protocol), /rdf-graph-store, /openapi.json, /health (voor monitoring).
    """
    from ..serve import LiveGraph, ServeConfig, asgi_get, create_app, is_loopback, warm
    from ..serve.app import prepare

    # a remote endpoint is served as it is; a local graph is reopened when a new build is swapped in
    graph = settings.load() if settings.endpoint else LiveGraph.open(settings.graph_path, settings.engine,
                                                                     in_memory=in_memory, prepare=prepare)
    from ..serve.operations import server_addresses

    # a real server answers only to its own names (DNS rebinding): with --host 0.0.0.0 this machine's
    # names and addresses; --allowed-host adds names ('*': any); --get is in-process
    addresses = server_addresses(host)
    check_off = "*" in allowed_hosts or get_path is not None
    hosts = None if check_off else (*addresses, *allowed_hosts)
    if query_processes is None:  # one request of --get needs no process of its own; pipes as fds: POSIX only
        query_processes = 0 if get_path is not None or os.name != "posix" else max(1, os.cpu_count() or 1)
    if query_memory is None:
        query_memory = default_query_memory(query_processes)
    config = ServeConfig(token=token, cors=list(cors), timeout=timeout, max_rows=max_rows, lang=settings.lang,
                         hosts=hosts, query_processes=query_processes, query_memory=query_memory or None,
                         root_path=root_path, document_text=not no_document_text,
                         frame_ancestors=tuple(frame_ancestors),
                         access_log=_access_logger(access_log) if access_log and get_path is None else None)
    app = create_app(graph, config)
    if get_path is not None:
        headers = {"Accept-Language": settings.lang}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        status, answer_headers, body = asgi_get(app, get_path, headers)
        if 300 <= status < 400 and "location" in answer_headers:  # a redirect has no body to show: where it leads
            from http import HTTPStatus

            click.echo(msg("serve_redirect", status=status, reason=HTTPStatus(status).phrase,
                           location=answer_headers["location"]))
            return
        click.echo(body.decode("utf-8", errors="replace"), nl=not body.endswith(b"\n"))
        if status >= 400:
            raise SystemExit(1)
        return
    import uvicorn

    _check_free(host, port)  # before saying it serves: uvicorn would report a busy port after that
    if not is_loopback(host):
        _log_line(msg("serve_reachable", host=host) + ("" if token else msg("serve_consider_token"))
                  + (msg("serve_host_check_off") if "*" in allowed_hosts else ""))
    _timestamped_logs()
    started = time.perf_counter()
    warm(app)  # name index, counts and hubs: the first visitor should not wait for them
    log.info("caches warmed in %.1f s", time.perf_counter() - started)
    urls = [f"http://{_url_host(address)}:{port}/" for address in addresses or [host]]
    _log_line(msg("serve_started", url=urls[0]))
    if len(urls) > 1:
        _log_line(msg("serve_also_at", urls=", ".join(urls[1:])))
    # lifespan off: the app's shutdown (stopping the query processes) runs here, after the server, so a
    # second Ctrl+C, which makes uvicorn cancel the lifespan task, prints no traceback; uvicorn's own
    # access log is off (it would log query strings: SPARQL text, search words); --access-log replaces it
    from ..serve.connections import http_protocol

    try:  # a connection must send its request within 15 s; at most 1,000 open (graph.serve.connections)
        uvicorn.run(app, host=host, port=port, log_level="warning" if settings.verbose == 0 else "info",
                    lifespan="off", access_log=False, log_config=_uvicorn_log_config(), http=http_protocol(),
                    server_header=False)  # no "server: uvicorn" (walkthrough 32, finding 14)
    finally:
        if app.state.processes is not None:
            app.state.processes.close()


def _access_logger(target: str):
    """The access logger of ``--access-log`` (see :func:`graph.serve.operations.access_logger`); a
    one-line error when the file cannot be opened, before the server starts."""
    from ..errors import InputError
    from ..serve.operations import access_logger

    try:
        return access_logger(target)
    except OSError as error:
        raise InputError(msg("serve_bad_access_log", path=target, reason=error.strerror or error)) from None


def _log_line(text: str) -> None:
    """``text`` on stderr after the local time, as every line the server logs begins
    (:data:`graph.serve.operations.TIME_FORMAT`): ``2026-01-02T03:04:05+0100 g40kg serve: http://…``."""
    from ..serve.operations import local_time

    echo_err(f"{local_time()} {text}")


def _timestamped_logs() -> None:
    """Put the time before the server's own log lines (the root handler of ``logging.basicConfig``)."""
    from ..serve.operations import TIME_FORMAT, TIMESTAMPED_FORMAT

    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler:  # basicConfig's (not a test runner's capture)
            handler.setFormatter(logging.Formatter(TIMESTAMPED_FORMAT, datefmt=TIME_FORMAT))


def _uvicorn_log_config() -> dict:
    """uvicorn's logging configuration with the time before each line, as :func:`_timestamped_logs`."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    from ..serve.operations import TIME_FORMAT

    config = copy.deepcopy(LOGGING_CONFIG)
    for formatter in config["formatters"].values():
        formatter["fmt"] = "%(asctime)s " + formatter["fmt"]
        formatter["datefmt"] = TIME_FORMAT
    return config


def _url_host(address: str) -> str:
    """``address`` as the host part of a URL (an IPv6 address in brackets).

    >>> _url_host("10.0.0.5"), _url_host("fe80::1"), _url_host("server.g40.local")
    ('10.0.0.5', '[fe80::1]', 'server.g40.local')
    """
    return f"[{address}]" if ":" in address else address


def _root_path(value: str, param) -> str:
    """``--root-path``: a path that begins with "/" ("/g40", "/intranet/g40/" → "/intranet/g40"); "" or "/": none.

    >>> _root_path("/g40/", None), _root_path("/", None)
    ('/g40', '')
    """
    value = (value or "").strip().rstrip("/")
    if value and (not value.startswith("/") or any(c in value for c in "?#\"\'<> ")):
        raise click.BadParameter(msg("serve_bad_root_path", value=value), param=param)
    return value


def _check_free(host: str, port: int) -> None:
    """A one-line error when ``host:port`` cannot be listened on (in use, or no such address)."""
    import socket

    from ..errors import InputError
    from ..messages import msg

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(infos[0][4])
    except OSError as error:
        raise InputError(msg("serve_cannot_listen", host=host, port=port,
                             reason=getattr(error, "strerror", None) or error)) from None


#: below this, opening the store already fails
MIN_QUERY_MEMORY = 256


def default_query_memory(processes: int) -> int:
    """MB per query process: 4096, or half the machine's memory shared by the processes when that
    is less (never below :data:`MIN_QUERY_MEMORY`)."""
    try:
        total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (AttributeError, ValueError, OSError):  # not on this system
        return 4096
    return max(MIN_QUERY_MEMORY, min(4096, total_mb // (2 * max(1, processes))))


def _memory(value, param):
    """``value`` if it is 0 (no limit) or at least :data:`MIN_QUERY_MEMORY` MB."""
    if value is not None and 0 < value < MIN_QUERY_MEMORY:
        raise click.BadParameter(f"{value} MB is te weinig om de graaf te openen; geef minstens {MIN_QUERY_MEMORY} "
                                 f"(of 0: geen grens) / too little to open the graph; give at least "
                                 f"{MIN_QUERY_MEMORY} (or 0: no limit)", param=param)
    return value


def _frame_origins(values, param) -> tuple[str, ...]:
    """``--frame-ancestors``: each value an origin ``scheme://host[:port]`` (http or https), in lower case;
    no wildcard, path or CSP keyword (``'self'``, ``'unsafe-…'``), which would let other pages frame it too.

    >>> _frame_origins(["https://Intranet.example.nl/", "http://localhost:3000"], None)
    ('https://intranet.example.nl', 'http://localhost:3000')
    """
    import re

    origins = []
    for value in values:
        origin = value.strip().rstrip("/").lower()
        if not re.fullmatch(r"https?://(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?", origin):
            raise click.BadParameter(msg("serve_bad_frame_ancestor", value=value), param=param)
        origins.append(origin)
    return tuple(dict.fromkeys(origins))


def _origins(values, param):
    """``values`` if each is a web origin (``https://example.org``, ``http://localhost:3000``) or ``*``."""
    import re

    for value in values:
        if value != "*" and not re.fullmatch(r"https?://[^/\s?#]+", value):
            raise click.BadParameter(msg("serve_not_an_origin", value=repr(value)), param=param)
    return values
