"""What a query may not do, however it is spelled: call another host (SERVICE, LOAD).

Every case runs against a listener on a loopback port: a refusal must also mean nothing connected.
"""

from __future__ import annotations

import socket
import threading

import pytest

from graph.query import QueryError, query_kind, run_sparql
from graph.store import new_dataset


@pytest.fixture
def listener():
    """A loopback port that counts the connections made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    calls: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            calls.append(connection.recv(64))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", calls
    stop.set()
    thread.join()
    server.close()


@pytest.mark.parametrize("body", [
    "SELECT * { ?s ?p 1SERVICE <URL> {} }",  # Oxigraph reads a keyword right after a number
    "SELECT * { ?s ?p trueSERVICE <URL> {} }",
    "SELECT * { ?s ?p ?o.SERVICE <URL> {} }",  # a variable name has no dot
    "SELECT * { ?s ?p ex:.SERVICE <URL> {} }",  # a local name does not start with one
    "SELECT * { ?s ?p ?o . SERVICE:x {} }",  # SERVICE, then the endpoint :x
    "SELECT * { ?s ?p ?o . service silent <URL> {} }",
])
def test_every_spelling_of_service_is_refused_and_nothing_connects(listener, body):
    url, calls = listener
    text = f"PREFIX : <URL> PREFIX ex: <urn:ex:> " + body.replace("URL", url)
    with pytest.raises(QueryError, match="SERVICE is niet toegestaan"):
        query_kind(text)
    assert calls == []


@pytest.mark.parametrize("body", [
    "SELECT ?service $Service2 { ?s ex:service ?o }",
    "SELECT * { ?s ex:a.service ?o ; ex:my-SERVICE ?x }",
    "SELECT * { ?s ?p 'SERVICE <http://x/> {}' } # SERVICE",
])
def test_service_inside_a_name_string_or_comment_is_no_call(body):
    assert query_kind("PREFIX ex: <urn:ex:> " + body) == "query"


@pytest.mark.parametrize("update", [
    "LOAD <URL>",
    "LOAD SILENT <URL> INTO GRAPH <urn:g>",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; load <URL>",
])
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_load_is_refused_even_when_updates_are_allowed(listener, update, engine):
    url, calls = listener
    dataset = new_dataset(engine)
    with pytest.raises(QueryError, match="^LOAD is niet toegestaan"):
        run_sparql(dataset, update.replace("URL", url), allow_update=True)
    assert calls == [] and len(dataset) == 0


def test_an_update_with_load_in_a_name_runs():
    dataset = new_dataset("oxigraph")
    run_sparql(dataset, "PREFIX ex: <urn:ex:> INSERT DATA { GRAPH ex:g { ex:a ex:load ex:download } }",
               allow_update=True)
    assert len(dataset) == 1
