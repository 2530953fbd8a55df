"""What a query may not do, however it is spelled: call another host (SERVICE, LOAD), or be too
big for Oxigraph's parser (a crash of the whole process) or its planner (minutes in native code).

Every call-out case runs against a listener on a loopback port: a refusal must also mean nothing
connected.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from graph.errors import QueryTimeout
from graph.query import QueryError, query_kind, run_sparql
from graph.store import new_dataset
from tests.silent_server import Connections


@pytest.fixture
def listener():
    """A loopback port that keeps what each connection made to it sent first; ask ``calls.settled()`` for
    those made until now (the accepting thread may not have run since a client connected)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    calls = Connections()
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                calls._found_none()
                continue
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
    "SELECT * WHERE { # a carriage return ends a comment\rSERVICE <URL> { ?s ?p ?o }\n}",
    "SELECT * WHERE { FILTER(1<2)SERVICE:iri#>\n { ?s ?p ?o } }",  # a comparison, not an IRI
    "SELECT * WHERE { ?x ?y ?z # \\U000a SERVICE <URL> { ?s ?p ?o }\n}",  # rdflib: a line break
    "SELECT * WHERE { ?x ?y ?z # \\u0000000a SERVICE <URL> { ?s ?p ?o }\n}",
])
def test_every_spelling_of_service_is_refused_and_nothing_connects(listener, body):
    url, calls = listener
    text = ("PREFIX : <URL> PREFIX ex: <urn:ex:> " + body).replace("URL", url)
    with pytest.raises(QueryError, match="SERVICE is niet toegestaan"):
        query_kind(text)
    assert calls.settled() == []


@pytest.mark.parametrize("body", [
    "SELECT ?service $Service2 { ?s ex:service ?o }",
    "SELECT * { ?s ex:a.service ?o ; ex:my-SERVICE ?x }",
    "SELECT * { ?s ?p 'SERVICE <http://x/> {}' } # SERVICE",
    "SELECT * { ?s ex:a\\.service ?o ; ?p 'x'@service }",
    "ASK { } # \\U00110000 is no character",
])
def test_service_inside_a_name_string_or_comment_is_no_call(body):
    assert query_kind("PREFIX ex: <urn:ex:> " + body) == "query"


def test_a_prefix_called_service_is_refused_with_the_way_out(listener):
    # Oxigraph may read "service:x { }" as a call to :x, so the prefix stays refused; the message says what to rename
    url, calls = listener
    text = f"PREFIX service: <{url}> SELECT * {{ ?s service:p ?o . service:x {{ }} }}"
    with pytest.raises(QueryError) as refused:
        query_kind(text)
    assert str(refused.value) == ("SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints; een prefix "
                                  "'service:' leest als het woord SERVICE: geef het een andere naam (bijvoorbeeld svc:)")
    assert calls.settled() == []
    assert query_kind(f"PREFIX svc: <{url}> SELECT * {{ ?s svc:p ?o }}") == "query"


@pytest.mark.parametrize("update", [
    "LOAD <URL>",
    "LOAD SILENT <URL> INTO GRAPH <urn:g>",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; load <URL>",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; # x\rLOAD <URL>\n",
])
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_load_is_refused_even_when_updates_are_allowed(listener, update, engine):
    url, calls = listener
    dataset = new_dataset(engine)
    with pytest.raises(QueryError, match="^LOAD is niet toegestaan"):
        run_sparql(dataset, update.replace("URL", url), allow_update=True)
    assert calls.settled() == [] and len(dataset) == 0


def test_an_update_glued_to_its_brace_is_an_update():
    assert query_kind("INSERT{<urn:a> <urn:b> <urn:c>}WHERE{}") == "update"


def test_an_update_with_load_in_a_name_runs():
    dataset = new_dataset("oxigraph")
    run_sparql(dataset, "PREFIX ex: <urn:ex:> INSERT DATA { GRAPH ex:g { ex:a ex:load ex:download } }",
               allow_update=True)
    assert len(dataset) == 1


def _star(count: int) -> str:
    return "SELECT * WHERE { " + " ".join(f"?s <urn:p{i}> ?o{i} ." for i in range(count)) + " }"


FLAT = {  # each crashed pyoxigraph's parser (exit 139) at about this size
    "sum": "ASK { FILTER(" + "1+" * 8000 + "1) }",
    "not": "ASK { FILTER(" + "!" * 10000 + "true) }",
    "difference": "ASK { FILTER(" + "1-" * 8000 + "1) }",  # no spaces: still one word per number
    "union": "SELECT * WHERE { " + "{} UNION " * 7000 + "{} }",
}


@pytest.mark.parametrize("name", FLAT)
def test_a_long_flat_query_is_refused_before_it_crashes_the_parser(seed_graph, name):
    """In a separate process: if the check failed, the parser would take the test run down with it."""
    result = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(seed_graph),
                             "--lang", "en", "query"], input=FLAT[name], text=True, capture_output=True,
                            timeout=120)
    assert result.returncode == 2, (result.returncode, result.stderr[-300:])
    assert result.stderr.startswith("Error: the query is too long (") and result.stderr.count("\n") == 1
    assert "; at most 4000); split it into smaller queries" in result.stderr


def test_too_many_triple_patterns_are_refused_before_planning():
    with pytest.raises(QueryError) as refused:
        query_kind(_star(150))
    assert str(refused.value) == ("de query heeft te veel triplepatronen en groepen (151; hooguit 120): het plannen ervan "
                                  "duurt te lang; splits hem in kleinere queries")


@pytest.mark.parametrize("text", [
    _star(100),
    "SELECT * WHERE { VALUES ?x { " + " ".join(f"<urn:x{i}>" for i in range(3000)) + " } ?x ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(map(str, range(1500))) + ")) }",
    "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(f"?o = {i}" for i in range(600)) + ") }",
    "SELECT * WHERE { VALUES ?x { " + " ".join(f"{i}.5" for i in range(500)) + " } ?s ?p ?x }",  # no pattern dots
])
def test_big_but_plannable_queries_are_fine(text):
    assert query_kind("PREFIX ex: <urn:ex:> " + text) == "query"


def test_counting_is_linear_in_the_text():
    """A regular expression that backtracked took minutes over 200 KB of "a.a.a.…" (the server reads 1 MB)."""
    with pytest.raises(QueryError, match=r"^de query is te lang \(200008 "):
        query_kind("SELECT * WHERE { ?s ?p ?o" + " . ?o" * 100_000 + " }")
    with pytest.raises(QueryError, match=r"^de query heeft te veel triplepatronen en groepen \(200;"):
        query_kind("SELECT * WHERE { ?s ?p (" + (" ex:" + "a." * 500 + "b") * 200 + " ) }")  # 200 KB of names


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s <urn:p> (" + " <urn:a>" * 200 + " ) }",  # an RDF collection: two patterns an item
    "SELECT * WHERE { ?s (" + "/".join(["<urn:a>"] * 200) + ") ?o }",  # a bracketed path
])
def test_collections_and_bracketed_paths_count_as_patterns(text):
    """Oxigraph plans 200 collection items in ~4 s and 400 in ~35 s: IRIs are no words, but items."""
    with pytest.raises(QueryError, match="te veel triplepatronen"):
        query_kind(text)


def test_values_rows_are_no_patterns():
    rows = " ".join(f"({i} {i})" for i in range(500))
    assert query_kind(f"SELECT * WHERE {{ VALUES (?a ?b) {{ {rows} }} ?s ?p ?a }}") == "query"


def test_planning_is_stopped_by_the_timeout(monkeypatch):
    """Oxigraph orders the joins of a group in time that grows with the fourth power of its patterns."""
    import graph.sparql_checks

    monkeypatch.setattr(graph.sparql_checks, "MAX_PATTERNS", 1000)
    with pytest.raises(QueryTimeout):
        query_kind(_star(125), timeout=0.05)  # about 2.5 s of planning, left to finish on its own
