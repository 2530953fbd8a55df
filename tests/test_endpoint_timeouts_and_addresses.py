"""``--endpoint`` against a server that does not answer, does not speak TLS or has no endpoint at the
path given (walkthrough 27, findings 8 and 9): the command's ``--timeout`` reaches the endpoint client,
and each failure is one line that says what went wrong."""

from __future__ import annotations

import pytest
from silent_server import silent_server, status_server

from graph.cli import cli

#: every read command with a --timeout, and the arguments it needs
READ_COMMANDS = {
    "collaborators": ["collaborators", "BZK"],
    "entity": ["entity", "Anna de Vries"],
    "search": ["search", "Breda"],
    "path": ["path", "Anna de Vries", "EZK"],
    "rank": ["rank"],
    "viz": ["viz", "-o", "netwerk.html"],
    "ask": ["ask", "who-does-what"],
    "query": ["query", "ASK { ?s ?p ?o }"],
}


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_the_commands_timeout_stops_a_server_that_never_answers(runner, tmp_path, monkeypatch, command):
    """The server never answers: the command stops with the --timeout it was given (not the default
    30 s), exit 124, one line."""
    monkeypatch.chdir(tmp_path)
    with silent_server() as (base, connections):
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", *READ_COMMANDS[command],
                                     "--timeout", "0.5"])
        assert connections.settled(), "the command never asked the server"
    assert result.exit_code == 124, result.output
    assert result.stderr == ("Error: the query was stopped after 0.5 s (--timeout); make it more specific or pass "
                             "a larger --timeout\n")


def test_an_https_address_of_a_server_without_tls_says_so(runner):
    """A plain-http server asked for a TLS handshake waits for the rest of a request: the handshake gets
    no answer, and the error says the address is no https server, not that the query was too big."""
    with silent_server() as (base, _connections):
        address = base.replace("http://", "https://") + "/query"
        result = runner.invoke(cli, ["--endpoint", address, "collaborators", "BZK", "--timeout", "0.5"])
        english = runner.invoke(cli, ["--lang", "en", "--endpoint", address, "collaborators", "BZK", "--timeout", "0.5"])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"Fout: het SPARQL-endpoint {address} is geen https-server: de TLS-handshake mislukte "
                             f"(geen antwoord binnen 0.5 s); probeer {base}/query\n")
    assert english.stderr == (f"Error: the SPARQL endpoint {address} is not an https server: the TLS handshake "
                              f"failed (no answer within 0.5 s); try {base}/query\n")


@pytest.mark.parametrize("path", ["/query/", "", "/nope"])
def test_an_address_without_an_endpoint_hints_at_the_usual_paths(runner, path):
    with status_server(404) as base:
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", base + path, "collaborators", "BZK"])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"Error: the SPARQL endpoint {base}{path} does not exist (HTTP 404); a SPARQL endpoint's "
                             "address usually ends in /query (Oxigraph) or /sparql, for example "
                             f"{base}/query (check --endpoint)\n")


def test_a_server_error_stays_one_line(runner):
    with status_server(500) as base:
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", "collaborators", "BZK"])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"Error: the SPARQL endpoint {base}/query did not answer the query: HTTP Error 500: "
                             "Internal Server Error (check --endpoint)\n")
