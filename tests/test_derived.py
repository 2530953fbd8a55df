"""Whole-graph results kept beside the graph (graph.derived): read back unchanged, never stale."""

from __future__ import annotations

import json
import re

import pytest

import graph.names as names
import graph.project as project
from fixture_graph import EZK, small_dataset, small_graph_dir
from graph.derived import DERIVED_DIR
from graph.pipeline import build_graph
from graph.project import to_networkx
from graph.store import open_dataset


def shape(G) -> tuple:
    """Everything a networkx graph holds, in its iteration orders (paths and layouts depend on them)."""
    return (list(G.nodes(data=True)), list(G.edges(data=True)), {n: list(G.adj[n]) for n in G},
            G.graph, G.is_directed())


def kept_files(path) -> list[str]:
    folder = path / DERIVED_DIR
    return sorted(p.name.rsplit("-", 2)[0] for p in folder.iterdir()) if folder.is_dir() else []


def refuse(*args, **kwargs):
    raise AssertionError("queried the graph instead of reading the kept result")


def no_queries(monkeypatch):
    import viz.views as views

    for module, name in ((project, "_query_records"), (names, "_query_index"), (views, "_query_document_table")):
        monkeypatch.setattr(module, name, refuse)


@pytest.fixture
def graph_dir(tmp_path):
    return small_graph_dir(tmp_path)


@pytest.mark.parametrize("multi", [False, True])
def test_the_projection_read_back_is_the_one_computed(graph_dir, monkeypatch, multi):
    computed = to_networkx(open_dataset(graph_dir), multi=multi)
    assert kept_files(graph_dir) == ["entity-index", "evidence-records"]
    assert shape(to_networkx(open_dataset(graph_dir, engine="rdflib"), multi=multi)) == shape(computed)
    no_queries(monkeypatch)
    read_back = to_networkx(open_dataset(graph_dir), multi=multi)
    assert computed.number_of_edges() > 0
    assert shape(read_back) == shape(computed)


@pytest.mark.parametrize("opened", [{"engine": "rdflib"}, {"engine": "oxigraph", "in_memory": True}])
def test_a_dataset_that_may_change_neither_keeps_nor_reads_kept_results(tmp_path, opened):
    from rdflib.namespace import RDF

    from graph.vocab import G40

    path = small_graph_dir(tmp_path)
    dataset = open_dataset(path, **opened)
    assert to_networkx(dataset).number_of_edges() > 0
    assert kept_files(path) == []
    to_networkx(open_dataset(path))  # the on-disk store keeps them
    dataset.remove((None, RDF.type, G40.Evidence))  # what a caller may do with its copy
    assert to_networkx(dataset).number_of_edges() < to_networkx(open_dataset(path)).number_of_edges()


@pytest.mark.parametrize("options", [
    {"at": "2021-05-01"}, {"between": ("2022-01-01", "2022-12-31")}, {"min_confidence": 0.8},
    {"predicates": ["collaboratesWith"]}, {"include_mentions": True},
])
def test_filters_apply_to_the_kept_records_as_to_a_fresh_query(graph_dir, monkeypatch, options):
    to_networkx(open_dataset(graph_dir), include_mentions=options.get("include_mentions", False))  # keeps them
    expected = shape(to_networkx(small_dataset("oxigraph"), **options))  # no graph directory: queried
    no_queries(monkeypatch)
    assert shape(to_networkx(open_dataset(graph_dir), **options)) == expected


def test_the_name_index_is_kept_and_names_resolve_from_it(graph_dir, monkeypatch):
    from graph.names import resolve_entity

    assert str(resolve_entity(open_dataset(graph_dir), "EZK")) == EZK
    no_queries(monkeypatch)
    assert str(resolve_entity(open_dataset(graph_dir), "EZK")) == EZK


@pytest.mark.parametrize("damage", ['{"abcd": 1}', '[["iri", "Ministry", "EZK"]]', '[["a", "b", "c", "d"]]'])
def test_a_damaged_name_index_is_built_again(graph_dir, damage):
    from graph.names import entity_index, resolve_entity

    expected = entity_index(open_dataset(graph_dir))
    [index] = (graph_dir / DERIVED_DIR).glob("entity-index-*.json")
    index.write_text(damage, encoding="utf-8")
    dataset = open_dataset(graph_dir)
    assert entity_index(dataset) == expected
    assert str(resolve_entity(dataset, "EZK")) == EZK


@pytest.mark.parametrize("damage", ['[{"quote": ', '{"quote": null}', '[{"quote": null}]', '[1, 2]'])
def test_a_damaged_kept_result_is_computed_and_written_again(graph_dir, damage):
    expected = shape(to_networkx(open_dataset(graph_dir)))
    [records] = (graph_dir / DERIVED_DIR).glob("evidence-records-*.json")
    records.write_text(damage, encoding="utf-8")
    assert shape(to_networkx(open_dataset(graph_dir))) == expected
    assert len(json.loads(records.read_text(encoding="utf-8"))) > 0


def test_a_graph_that_cannot_be_written_to_is_read_without_keeping_anything(graph_dir, monkeypatch):
    import tempfile

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert to_networkx(open_dataset(graph_dir)).number_of_edges() > 0
    assert kept_files(graph_dir) == []


def test_a_result_kept_while_a_build_swaps_the_graph_never_recreates_the_graph_folder(graph_dir):
    """A build renames the old graph folder away and the new one in: a command keeping a result
    in between must not create the folder again (the second rename would then fail, leaving the
    graph under its temporary name)."""
    import graph.derived as derived

    away = graph_dir.with_name("kg.old")
    dataset = open_dataset(graph_dir)
    graph_dir.rename(away)  # between the build's two renames
    derived._keep(graph_dir / DERIVED_DIR / "evidence-records-k-v.json", "evidence-records-k-", [])
    assert not graph_dir.exists()
    away.rename(graph_dir)
    assert to_networkx(dataset).number_of_edges() > 0


def test_another_version_replaces_the_kept_one_instead_of_adding_one(graph_dir, monkeypatch):
    import graph.derived as derived

    to_networkx(open_dataset(graph_dir))
    before = sorted(p.name for p in (graph_dir / DERIVED_DIR).iterdir())
    monkeypatch.setattr(derived, "__version__", "another")
    to_networkx(open_dataset(graph_dir))
    after = sorted(p.name for p in (graph_dir / DERIVED_DIR).iterdir())
    assert kept_files(graph_dir) == ["entity-index", "evidence-records"] and not set(before) & set(after)


def test_a_rebuild_starts_without_the_results_of_the_graph_it_replaces(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Titel: A\n\nDe gemeente Zwolle werkt samen met het ministerie van EZK.\n",
                                  encoding="utf-8")
    path = tmp_path / "kg"
    build_graph([corpus], path)
    before = to_networkx(open_dataset(path))
    (corpus / "b.txt").write_text("Titel: B\n\nDe gemeente Breda werkt samen met het ministerie van BZK.\n",
                                  encoding="utf-8")
    build_graph([corpus], path)
    assert kept_files(path) == []
    after = to_networkx(open_dataset(path))
    assert {after.nodes[n]["label"] for n in after} - {before.nodes[n]["label"] for n in before} >= {"Breda"}


def test_a_dataset_of_a_replaced_graph_keeps_nothing_in_the_new_one(tmp_path):
    from graph.store import save_dataset

    path = small_graph_dir(tmp_path)
    old = open_dataset(path, pinned=True)  # as serve reads it: a private copy that outlives a build
    save_dataset(small_dataset("rdflib"), path, {"documents": [{"id": "doc-a"}], "built": "later"})
    assert to_networkx(old).number_of_edges() > 0
    assert kept_files(path) == []
    to_networkx(open_dataset(path))
    assert kept_files(path) == ["entity-index", "evidence-records"]


def test_a_network_page_from_kept_results_is_the_page_computed(graph_dir, tmp_path, monkeypatch):
    from viz.views import write_network_page

    first, second = tmp_path / "first.html", tmp_path / "second.html"
    write_network_page(open_dataset(graph_dir), first, focus="EZK")
    assert kept_files(graph_dir) == ["documents", "entity-index", "evidence-records"]
    no_queries(monkeypatch)
    write_network_page(open_dataset(graph_dir), second, focus="EZK")
    assert "doc-a" in first.read_text(encoding="utf-8")
    def without_the_minute_it_was_made(page):
        return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "", page.read_text(encoding="utf-8"))

    assert without_the_minute_it_was_made(second) == without_the_minute_it_was_made(first)


@pytest.mark.parametrize("damage", ['{"doc-a": "Titel"}', '["doc-a"]', '{"doc-a": {"title": "T"}}'])
def test_a_damaged_document_table_is_read_again(graph_dir, damage):
    from viz.views import _document_table

    expected = _document_table(open_dataset(graph_dir))
    [table] = (graph_dir / DERIVED_DIR).glob("documents-*.json")
    table.write_text(damage, encoding="utf-8")
    assert _document_table(open_dataset(graph_dir)) == expected
    assert "doc-a" in expected


def test_the_explorers_whole_graph_lists_are_read_back_unchanged(graph_dir, monkeypatch):
    from graph.serve import explore_common, explore_documents, explore_home

    wanted = {"counts": explore_home, "documents": explore_documents, "mentioned": explore_home}
    computed = {name: getattr(module, name)(open_dataset(graph_dir, pinned=True)) for name, module in wanted.items()}
    for module, name in ((explore_home, "_counted"), (explore_documents, "_listed_documents"),
                         (explore_common, "select_rows"), (explore_home, "select_rows"),
                         (explore_documents, "select_rows")):
        monkeypatch.setattr(module, name, refuse)
    dataset = open_dataset(graph_dir, pinned=True)
    assert {name: getattr(module, name)(dataset) for name, module in wanted.items()} == computed
    assert computed["counts"]["documents"] == 2 and EZK in computed["mentioned"]
    assert [d["id"] for d in computed["documents"]] == ["doc-b", "doc-a"]  # the newest first


def test_serve_answers_the_same_home_page_from_kept_results(graph_dir, runner):
    from graph.cli import cli

    pages = [runner.invoke(cli, ["--graph", str(graph_dir), "serve", "--get", "/index.json"]) for _ in range(2)]
    assert [p.exit_code for p in pages] == [0, 0], pages[0].output
    assert json.loads(pages[0].output) == json.loads(pages[1].output)
    assert json.loads(pages[0].output)["counts"]["documents"] == 2
    assert {"counts", "document-list"} <= set(kept_files(graph_dir))


def test_a_graph_swapped_in_while_it_is_read_gets_nothing_of_the_one_read(tmp_path, monkeypatch):
    """A build that swaps its graph in while a command opens the previous one: the command's
    results are the previous graph's, and must not be kept as the new one's (they were, stamped
    with the new graph's stamp, until the next build)."""
    import graph.store as store
    from graph.store import new_dataset, save_dataset

    path = small_graph_dir(tmp_path)
    open_oxigraph = store.open_oxigraph

    def open_then_swap(*args, **kwargs):
        opened = open_oxigraph(*args, **kwargs)
        save_dataset(new_dataset("rdflib"), path, {"documents": [], "built": "meanwhile"})
        return opened

    monkeypatch.setattr(store, "open_oxigraph", open_then_swap)
    old = open_dataset(path)  # RocksDB holds the replaced store's files open
    monkeypatch.undo()
    assert to_networkx(old).number_of_edges() > 0
    assert kept_files(path) == []
    assert to_networkx(open_dataset(path)).number_of_edges() == 0  # the new, empty one


@pytest.mark.parametrize("name, damage", [("counts", "{}"), ("counts", '{"documents": 2}'),
                                          ("document-list", "[{}]"), ("document-list", '[{"id": "doc-a"}]')])
def test_a_kept_explorer_list_of_the_wrong_shape_is_computed_again(graph_dir, name, damage):
    """Valid JSON of the wrong shape in a kept counts or document list reached the home page
    (a KeyError / jinja2 UndefinedError traceback) instead of being computed again."""
    from graph.serve import explore_documents, explore_home

    function = {"counts": explore_home.counts, "document-list": explore_documents.documents}[name]
    expected = function(open_dataset(graph_dir, pinned=True))
    [kept] = (graph_dir / DERIVED_DIR).glob(f"{name}-*.json")
    kept.write_text(damage, encoding="utf-8")
    assert function(open_dataset(graph_dir, pinned=True)) == expected
    assert json.loads(kept.read_text(encoding="utf-8")) == expected


def test_a_kept_result_removed_by_another_command_right_after_it_was_written_is_no_error(graph_dir, monkeypatch):
    """Two commands keeping the same result in other versions (``--engine rdflib`` and the default
    at the same time) each remove the other's file after writing their own: when that happened
    between writing and logging the size, the command failed (FileNotFoundError)."""
    import graph.derived as derived

    glob = derived.Path.glob

    def another_version_kept_meanwhile(self, pattern):
        for written in list(glob(self, pattern)):
            written.unlink()  # as the other command's clean-up does
        return glob(self, pattern)

    monkeypatch.setattr(derived.Path, "glob", another_version_kept_meanwhile)
    assert to_networkx(open_dataset(graph_dir)).number_of_edges() > 0
