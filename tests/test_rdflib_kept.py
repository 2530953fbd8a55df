"""The rdflib engine reads a graph once per process (graph.rdflib_kept): opening the same unchanged graph
again gives a dataset over the kept parse, with the same quads and answers as a new parse; a rebuilt,
copied or rewritten graph is read again; a caller's change stays in its own dataset; a damaged
``graph.nq`` is still the one-line error."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from collector import full_collection
from fixture_graph import small_graph_dir
from rdflib import Literal, URIRef

import graph.store
from graph import rdflib_kept
from graph.cli import cli
from graph.errors import G40Error
from graph.rdflib_kept import is_shared
from graph.store import GRAPH_FILE, load_nquads, new_dataset, open_dataset

S, P, G = URIRef("urn:test:s"), URIRef("urn:test:p"), URIRef("urn:test:g")


@pytest.fixture(autouse=True)
def _nothing_kept():
    """Each test starts with no graph kept (other tests of the worker may have opened some)."""
    rdflib_kept.drop_kept()
    yield
    rdflib_kept.drop_kept()


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """tests/fixtures/small.trig as a graph directory; read-only."""
    return small_graph_dir(tmp_path_factory.mktemp("kept"))


def _calls(monkeypatch, module, name: str, noted) -> list:
    """The calls of ``module.name`` from now on, each noted as ``noted(*arguments)``."""
    calls, original = [], getattr(module, name)

    def counting(*arguments):
        calls.append(noted(*arguments))
        return original(*arguments)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def reads(monkeypatch):
    """The graph folders whose graph.nq was parsed, in order."""
    return _calls(monkeypatch, graph.store, "load_nquads", lambda dataset, path: path.parent)


def quads(dataset) -> list[tuple[str, str, str, str]]:
    return sorted((s.n3(), p.n3(), o.n3(), str(getattr(c, "identifier", c))) for s, p, o, c in dataset.quads())


def named_graphs(dataset) -> list[tuple[str, int]]:
    return sorted((str(g.identifier), len(g)) for g in dataset.graphs() if len(g))


def parsed(path):
    """``path``'s graph.nq parsed as before graph.rdflib_kept."""
    dataset = new_dataset("rdflib")
    load_nquads(dataset, path / GRAPH_FILE)
    return dataset


def test_this_rdflib_s_memory_store_is_the_one_shared():
    """An rdflib that stores its indexes otherwise would turn the reuse off (every open parses): said here."""
    assert rdflib_kept.SHARING


def test_a_second_open_reads_the_kept_parse_and_has_what_a_new_parse_has(small, reads):
    first, second = open_dataset(small, engine="rdflib"), open_dataset(small, engine="rdflib")
    assert reads == [small]
    assert is_shared(first) and is_shared(second) and first.store is not second.store
    fresh = parsed(small)
    assert quads(second) == quads(fresh) and len(quads(fresh)) > 100
    assert named_graphs(second) == named_graphs(fresh)
    assert len(second) == len(fresh)
    assert dict(second.namespaces()) == dict(fresh.namespaces())
    s, p, o, c = next(iter(fresh.quads()))
    in_graphs = [str(g.identifier) for g in second.graphs((s, p, o))]
    assert str(c) in in_graphs and in_graphs == [str(g.identifier) for g in fresh.graphs((s, p, o))]


QUESTIONS = [
    ("who-is-who", ["-p", "person=Bram Jansen"]),
    ("members", ["-p", "target=pijler Sociale Stad"]),
    ("entity-facts", ["-p", "entity=EZK"]),
    ("collaborations-with-ministry", ["-p", "ministry=EZK"]),
    ("unit-role-timeline", ["-p", "unit=pijler Sociale Stad"]),
    ("who-does-what", []),
]


@pytest.mark.parametrize("question, options", QUESTIONS, ids=[q for q, _ in QUESTIONS])
def test_a_named_question_answers_the_same_with_and_without_the_kept_parse(small, runner, monkeypatch, reads,
                                                                        question, options):
    def ask():
        result = runner.invoke(cli, ["--graph", str(small), "--engine", "rdflib", "ask", question, *options,
                                     "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    first, again = ask(), ask()  # the second reads the kept parse
    assert reads == [small]
    monkeypatch.setattr(rdflib_kept, "SHARING", False)  # as before: every open parses
    unshared = ask()
    assert reads == [small, small]
    assert first == again == unshared
    assert first["rows"], first


REPORT = "Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst.\n"
LATER = "Piet de Boer, voorzitter van de Pijler Economie, zei dat het goed ging.\n"


def test_a_rebuild_between_two_commands_gives_the_new_graph_s_answers(tmp_path, runner, reads):
    from graph.pipeline import build_graph

    docs, kg = tmp_path / "docs", tmp_path / "kg"
    docs.mkdir()
    (docs / "verslag-2023.txt").write_text(REPORT, encoding="utf-8")
    (docs / "verslag-2023.meta.json").write_text(json.dumps({"date": "2023-03-01"}), encoding="utf-8")

    def chairs():
        result = runner.invoke(cli, ["--graph", str(kg), "--engine", "rdflib", "ask", "unit-role-timeline",
                                     "-p", "unit=Pijler Economie", "--format", "json"])
        assert result.exit_code == 0, result.output
        return sorted(row["personLabel"] for row in json.loads(result.stdout)["rows"])

    build_graph([docs], kg)
    assert chairs() == chairs() == ["Anna Jansen"]
    assert reads == [kg]
    (docs / "verslag-2025.txt").write_text(LATER, encoding="utf-8")
    (docs / "verslag-2025.meta.json").write_text(json.dumps({"date": "2025-01-15"}), encoding="utf-8")
    build_graph([docs], kg)
    assert chairs() == ["Anna Jansen", "Piet de Boer"]
    assert reads == [kg, kg]


def _rewritten(path, replace: bool):
    """graph.nq with one literal changed to another of the same length, its modification time kept:
    ``replace``, a new file renamed over it; else written again in place (the same inode)."""
    nquads = path / GRAPH_FILE
    before = nquads.stat()
    data = nquads.read_bytes()
    assert b'"Bram Jansen"' in data
    changed = data.replace(b'"Bram Jansen"', b'"Bram Jonsen"')
    if replace:
        new = path / "graph.nq.new"
        new.write_bytes(changed)
        os.replace(new, nquads)
    else:
        with open(nquads, "r+b") as handle:
            handle.write(changed)
    os.utime(nquads, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = nquads.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    return changed


@pytest.mark.parametrize("replace", [True, False], ids=["replaced", "rewritten-in-place"])
def test_a_graph_nq_changed_within_the_same_timestamp_is_read_again(small, tmp_path, reads, replace):
    path = tmp_path / "kg"
    shutil.copytree(small, path)
    assert "Bram Jansen" in {str(o) for o in open_dataset(path, engine="rdflib").objects()}
    _rewritten(path, replace)
    names = {str(o) for o in open_dataset(path, engine="rdflib").objects()}
    assert "Bram Jonsen" in names and "Bram Jansen" not in names
    assert reads == [path, path]


def test_a_copied_folder_is_read_on_its_own(small, tmp_path, reads):
    copy = tmp_path / "copy"
    shutil.copytree(small, copy)
    assert quads(open_dataset(small, engine="rdflib")) == quads(open_dataset(copy, engine="rdflib"))
    assert reads == [small, copy]


def test_a_change_to_one_dataset_reaches_no_other(small, reads):
    fresh = quads(parsed(small))
    changed = open_dataset(small, engine="rdflib")
    changed.add((S, P, Literal("added"), G))
    victim = str(next(g.identifier for g in changed.graphs() if len(g) and g.identifier != G))
    changed.remove((None, None, None, changed.graph(URIRef(victim))))
    assert not is_shared(changed) and victim not in dict(named_graphs(changed))
    other = open_dataset(small, engine="rdflib")
    assert is_shared(other) and quads(other) == fresh and victim in dict(named_graphs(other))
    assert reads == [small]
    through_graph = open_dataset(small, engine="rdflib")  # a change through one of its named graphs
    next(g for g in through_graph.graphs() if len(g)).add((S, P, Literal("via a graph")))
    updated = open_dataset(small, engine="rdflib")
    updated.update("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> 'updated' } }")
    assert (S, P, Literal("updated")) in updated and (S, P, Literal("via a graph")) in through_graph
    assert (S, P, Literal("added")) in changed
    assert quads(open_dataset(small, engine="rdflib")) == fresh
    assert reads == [small]


def test_an_update_by_one_command_is_not_seen_by_the_next(small, runner):
    def g40(*args):
        result = runner.invoke(cli, ["--graph", str(small), "--engine", "rdflib", "query", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert g40("ASK { <urn:test:s> ?p ?o }") == "false\n"
    assert g40("--allow-update", "INSERT DATA { <urn:test:s> <urn:test:p> 1 }") == "true\n"
    assert g40("ASK { <urn:test:s> ?p ?o }") == "false\n"


def test_a_damaged_graph_nq_is_the_one_line_error_after_a_good_read(small, tmp_path, runner, reads):
    path = tmp_path / "kg"
    shutil.copytree(small, path)

    def count():
        return runner.invoke(cli, ["--graph", str(path), "--engine", "rdflib", "query",
                                   "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"])

    good = count()
    assert good.exit_code == 0 and count().stdout == good.stdout, good.output
    data = (path / GRAPH_FILE).read_bytes()
    (path / GRAPH_FILE).write_bytes(data[:300])
    result = count()
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Fout: {path}: beschadigde graaf ("), result.output
    assert result.output.endswith("); bouw hem opnieuw met 'g40kg build'\n"), result.output
    assert len(result.output.splitlines()) == 1, result.output
    (path / GRAPH_FILE).write_bytes(data)  # mended: read again, the good answer
    assert count().stdout == good.stdout
    assert reads == [path, path, path]


def test_a_damaged_graph_nq_of_the_same_size_and_time_is_an_error_too(small, tmp_path):
    path = tmp_path / "kg"
    shutil.copytree(small, path)
    open_dataset(path, engine="rdflib")
    nquads = path / GRAPH_FILE
    before = nquads.stat()
    with open(nquads, "r+b") as handle:
        handle.write(b"<" * 40)
    os.utime(nquads, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(G40Error, match="beschadigde graaf"):
        open_dataset(path, engine="rdflib")


def test_only_the_last_graphs_are_kept_unless_a_dataset_reads_one(small, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(rdflib_kept, "KEPT", 1)
    copy = tmp_path / "copy"
    shutil.copytree(small, copy)

    def opened(path):
        full_collection()  # a dataset no one holds is gone (rdflib's graphs and stores refer to each other)
        return open_dataset(path, engine="rdflib")

    opened(small)
    opened(copy)  # small is no longer kept ...
    opened(small)
    assert reads == [small, copy, small]
    held = opened(small)  # ... unless a dataset still reads it
    opened(copy)
    opened(small)
    assert reads == [small, copy, small, copy]
    assert is_shared(held)
    del held
    opened(copy)
    opened(small)
    assert reads == [small, copy, small, copy, copy, small]


@pytest.fixture
def index_queries(monkeypatch):
    """The datasets whose name index was computed (graph.names._query_index)."""
    import graph.names

    return _calls(monkeypatch, graph.names, "_query_index", lambda dataset: dataset)


def test_the_name_index_of_a_kept_graph_is_computed_once_and_read_equal(small, runner, index_queries):
    from graph.names import entity_index

    first = entity_index(open_dataset(small, engine="rdflib"))
    again = entity_index(open_dataset(small, engine="rdflib"))
    assert len(index_queries) == 1
    assert again == first and again is not first and len(first) > 5
    result = runner.invoke(cli, ["--graph", str(small), "--engine", "rdflib", "entity", "Bram Jansen", "--format", "json"])
    assert result.exit_code == 0 and "Bram Jansen" in result.stdout, result.output
    assert len(index_queries) == 1


def test_a_changed_dataset_computes_its_own_results_and_keeps_none(small, index_queries):
    from rdflib.namespace import RDF, SKOS

    from graph.names import entity_index
    from graph.vocab import G40, G40ID

    changed = open_dataset(small, engine="rdflib")
    person = G40ID["person/test-kept-persoon"]
    changed.add((person, RDF.type, G40.Person, G))
    changed.add((person, SKOS.prefLabel, Literal("Test Kept Persoon"), G))
    assert str(person) in entity_index(changed)
    other = open_dataset(small, engine="rdflib")
    assert str(person) not in entity_index(other)
    assert str(person) not in entity_index(open_dataset(small, engine="rdflib"))
    assert len(index_queries) == 2  # the changed dataset's, and the kept graph's once


def test_a_result_read_from_memory_is_a_fresh_object(small):
    from graph.derived import remembered

    computed = remembered(open_dataset(small, engine="rdflib"), "test-list", {"n": 1}, lambda: [[1, 2]])
    computed[0].append(3)
    read = remembered(open_dataset(small, engine="rdflib"), "test-list", {"n": 1}, lambda: pytest.fail("computed"))
    assert read == [[1, 2]]
    read[0].append(4)
    assert remembered(open_dataset(small, engine="rdflib"), "test-list", {"n": 1}, lambda: [[9]]) == [[1, 2]]
    assert remembered(open_dataset(small, engine="rdflib"), "test-list", {"n": 2}, lambda: [[9]]) == [[9]]
