"""The store: disk layout, both engines give the same answers, atomic replacement, read-only readers."""

from __future__ import annotations

import json
import os
import time
import warnings

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF, SKOS
from rdflib.plugins.sparql import prepareQuery

from graph.errors import G40Error, GraphMissingError
from graph.store import (
    CACHE_DIR,
    GRAPH_FILE,
    MANIFEST_FILE,
    OXIGRAPH_DIR,
    bind_values,
    load_nquads,
    new_dataset,
    open_dataset,
    save_dataset,
)
from graph.vocab import G40, REFERENCE_GRAPH, document_graph, mint

warnings.filterwarnings("ignore", category=DeprecationWarning)

ENGINES = ["rdflib", "oxigraph"]


def small_dataset() -> Dataset:
    """Two document graphs and the reference graph; a label repeated across graphs, a blank node."""
    ds = Dataset()
    breda, ezk = mint("municipality", "gm0758"), mint("ministry", "mnre1045")
    reference = ds.graph(REFERENCE_GRAPH)
    reference.add((breda, RDF.type, G40.Municipality))
    reference.add((breda, SKOS.prefLabel, Literal("Breda")))
    period = BNode()
    reference.add((ezk, G40.namePeriod, period))
    reference.add((period, G40.abbreviation, Literal("EZK")))
    for doc, person in (("doc-a", "anna-de-vries"), ("doc-b", "piet-jansen")):
        graph = ds.graph(document_graph(doc))
        node = mint("person", person)
        graph.add((node, RDF.type, G40.Person))
        graph.add((node, SKOS.prefLabel, Literal(person.replace("-", " ").title())))
        graph.add((breda, SKOS.prefLabel, Literal("Breda")))  # the same triple in every graph
        graph.add((node, G40.affiliatedWith, breda))
        graph.add((breda, G40.collaboratesWith, ezk))
        graph.add((mint("document", doc), G40.mentions, node))
    return ds


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kg"
    save_dataset(small_dataset(), path, {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]})
    return path


def test_layout_has_nquads_manifest_and_oxigraph_store(saved):
    names = sorted(p.name for p in saved.iterdir())
    assert names == sorted([GRAPH_FILE, MANIFEST_FILE, OXIGRAPH_DIR]), names
    lines = (saved / GRAPH_FILE).read_bytes().splitlines()
    assert lines == sorted(lines), "graph.nq is sorted"
    assert json.loads((saved / MANIFEST_FILE).read_text())["documents"][0]["id"] == "doc-a"


@pytest.mark.parametrize("engine", ENGINES)
def test_round_trip_is_isomorphic_per_graph(saved, engine):
    """Each graph comes back as it was, except that a triple several graphs held is kept in the
    first of them (IRI order): stored graphs are a partition."""
    original = small_dataset()
    loaded = open_dataset(saved, engine=engine)
    kept = set()
    for name in sorted((REFERENCE_GRAPH, document_graph("doc-a"), document_graph("doc-b")), key=str):
        expected = Graph()
        for triple in original.graph(name):
            if triple not in kept:
                kept.add(triple)
                expected.add(triple)
        got = loaded.graph(name)
        assert isomorphic(expected, got), f"{engine}: graph {name} differs ({len(expected)} vs {len(got)} triples)"


@pytest.mark.parametrize("engine", ENGINES)
def test_default_graph_is_the_union_each_triple_once(saved, engine):
    ds = open_dataset(saved, engine=engine)
    breda = mint("municipality", "gm0758")
    assert list(ds.objects(breda, SKOS.prefLabel)) == [Literal("Breda")]
    assert len(ds) == 13, f"{engine}: {len(ds)} distinct triples"
    people = {row.p for row in ds.query("SELECT DISTINCT ?p WHERE { ?p a g40:Person }", initNs={"g40": str(G40)})}
    assert people == {mint("person", "anna-de-vries"), mint("person", "piet-jansen")}


@pytest.mark.parametrize("engine", ENGINES)
def test_prepared_query_with_unprojected_grouped_binding(saved, engine):
    query = prepareQuery(
        "SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p g40:affiliatedWith ?m . ?p a ?type } GROUP BY ?m",
        initNs={"g40": str(G40)},
    )
    rows = list(open_dataset(saved, engine=engine).query(query, initBindings={"type": G40.Person}))
    assert [(r.m, r.n.toPython()) for r in rows] == [(mint("municipality", "gm0758"), 2)], rows
    none = list(open_dataset(saved, engine=engine).query(query, initBindings={"type": G40.Ministry}))
    assert none == [] or [r.n.toPython() for r in none] == [0], none


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_construct_and_literals_equal_across_engines(saved, engine):
    ds = open_dataset(saved, engine=engine)
    assert ds.query("ASK { ?s ?p 'Breda' }").askAnswer is True
    result = ds.query("CONSTRUCT { ?a <urn:with> ?b } WHERE { ?a <%s> ?b }" % G40.collaboratesWith)
    assert len(result.graph) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_from_makes_that_graph_the_default_graph(saved, engine):
    """``FROM <g>`` reads only graph g (Oxigraph's union default graph used to override it)."""
    ds = open_dataset(saved, engine=engine)
    people = "SELECT ?p {from} WHERE {{ ?p a g40:Person }} ORDER BY ?p"
    in_a = [str(r.p) for r in ds.query(people.format(**{"from": f"FROM <{document_graph('doc-a')}>"}),
                                       initNs={"g40": str(G40)})]
    assert in_a == [str(mint("person", "anna-de-vries"))], (engine, in_a)
    both = ds.query(people.format(**{"from": f"FROM <{document_graph('doc-a')}> FROM <{document_graph('doc-b')}>"}),
                    initNs={"g40": str(G40)})
    assert len(both) == 2, (engine, list(both))
    everywhere = ds.query(people.format(**{"from": ""}), initNs={"g40": str(G40)})
    assert len(everywhere) == 2, (engine, list(everywhere))


def test_engines_give_identical_rows(saved):
    query = ("SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?s",)
    rows = {e: [tuple(r) for r in open_dataset(saved, engine=e).query(query[0], initNs={"skos": str(SKOS)})]
            for e in ENGINES}
    assert rows["rdflib"] == rows["oxigraph"], rows


def test_many_read_only_readers_at_once(saved):
    readers = [open_dataset(saved, engine="oxigraph") for _ in range(3)]
    assert [len(r) for r in readers] == [13, 13, 13]
    with pytest.raises(Exception):
        readers[0].add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))


def test_missing_graph_and_unknown_engine(tmp_path):
    with pytest.raises(GraphMissingError):
        open_dataset(tmp_path / "nothing", engine="oxigraph")
    save_dataset(small_dataset(), tmp_path / "kg", {"documents": []})
    with pytest.raises(G40Error, match="fuseki"):
        open_dataset(tmp_path / "kg", engine="fuseki")


def _damaged_copy(saved, tmp_path, damage: str):
    import shutil

    path = tmp_path / "kg"
    shutil.copytree(saved, path)
    if damage in ("store", "store and graph.nq"):
        (path / OXIGRAPH_DIR / "CURRENT").write_text("garbage\n")
    if damage in ("graph.nq", "store and graph.nq"):
        (path / GRAPH_FILE).write_bytes((saved / GRAPH_FILE).read_bytes()[:300])
    if damage == "manifest":
        (path / MANIFEST_FILE).write_text("[1, 2]\n")
    return path


def test_a_damaged_store_falls_back_to_graph_nq(saved, tmp_path, caplog):
    path = _damaged_copy(saved, tmp_path, "store")
    assert len(open_dataset(path, engine="oxigraph")) == 13
    assert "Oxigraph store unreadable (Corruption: CURRENT file corrupted); loading graph.nq instead" in caplog.text


@pytest.mark.parametrize("engine, damage", [("oxigraph", "store and graph.nq"), ("rdflib", "graph.nq")])
def test_a_damaged_graph_is_a_one_line_error(saved, tmp_path, runner, engine, damage):
    from graph.cli import cli

    path = _damaged_copy(saved, tmp_path, damage)
    result = runner.invoke(cli, ["--graph", str(path), "--engine", engine, "query", "ASK { ?s ?p ?o }"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Fout: {path}: beschadigde graaf ("), result.output
    assert result.output.endswith("); bouw hem opnieuw met 'g40kg build'\n"), result.output
    assert "Traceback" not in result.output and len(result.output.splitlines()) == 1, result.output


def test_a_manifest_that_is_not_an_object_is_a_one_line_error(saved, tmp_path, runner):
    from graph.cli import cli

    path = _damaged_copy(saved, tmp_path, "manifest")
    result = runner.invoke(cli, ["--graph", str(path), "viz", "-o", str(tmp_path / "x.html")])
    assert (result.exit_code, result.output) == (
        1, f"Fout: {path / MANIFEST_FILE}: onleesbaar manifest (not a JSON object)\n"), result.output


def test_failed_save_leaves_previous_graph_and_no_debris(tmp_path, monkeypatch):
    path = tmp_path / "kg"
    save_dataset(small_dataset(), path, {"documents": [], "n": 1})
    before = (path / GRAPH_FILE).read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("graph.store.load_oxigraph", broken)
    with pytest.raises(OSError, match="disk full"):
        save_dataset(new_dataset("rdflib"), path, {"documents": [], "n": 2})
    assert (path / GRAPH_FILE).read_bytes() == before
    assert json.loads((path / MANIFEST_FILE).read_text())["n"] == 1
    assert sorted(os.listdir(tmp_path)) == ["kg"], os.listdir(tmp_path)


def test_replace_keeps_cache_and_swaps_store(tmp_path):
    path = tmp_path / "kg"
    save_dataset(small_dataset(), path, {"documents": []})
    (path / CACHE_DIR / "extract").mkdir(parents=True)
    (path / CACHE_DIR / "extract" / "x.json").write_text("{}")
    reader = open_dataset(path, engine="oxigraph")
    smaller = new_dataset("oxigraph")
    smaller.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("new")))
    save_dataset(smaller, path, {"documents": []})
    assert (path / CACHE_DIR / "extract" / "x.json").read_text() == "{}"
    assert len(open_dataset(path, engine="oxigraph")) == 1
    assert len(open_dataset(path, engine="rdflib")) == 1
    assert len(reader) == 13, "an open reader keeps the graph it opened"


def _gone(path, seconds=30.0) -> bool:
    """Whether ``path`` disappears within ``seconds`` (a background removal is not instant)."""
    deadline = time.monotonic() + seconds
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not path.exists()


def test_a_big_replaced_graph_is_removed_in_the_background(tmp_path, monkeypatch):
    import graph.store as store

    monkeypatch.setattr(store, "DETACHED_REMOVAL_BYTES", 1)  # every graph counts as big
    path = tmp_path / "kg"
    for n in range(3):  # swaps in quick succession: each replaced folder has a name of its own
        save_dataset(small_dataset(), path, {"documents": [], "n": n})
    assert json.loads((path / MANIFEST_FILE).read_text())["n"] == 2
    leftovers = [p for p in tmp_path.iterdir() if p.name != "kg"]
    assert all(p.name.startswith(f".kg.old-{os.getpid()}.") for p in leftovers), leftovers
    assert all(_gone(p) for p in leftovers)
    assert sorted(os.listdir(tmp_path)) == ["kg"]


def test_the_next_build_sweeps_what_a_killed_removal_left(tmp_path):
    path = tmp_path / "kg"
    save_dataset(small_dataset(), path, {"documents": []})
    dead = 2**22 + 1  # above Linux's largest pid: no such process
    for name in (f".kg.old-{dead}.abcd", f".kg.{dead}.x.tmp", f".kg.old-{os.getpid()}.ef01"):
        (tmp_path / name / "oxigraph").mkdir(parents=True)
    save_dataset(small_dataset(), path, {"documents": []})
    # the live process's folder stays: its removal may still be running
    assert sorted(os.listdir(tmp_path)) == [f".kg.old-{os.getpid()}.ef01", "kg"]


def test_refuses_to_overwrite_a_folder_that_is_not_a_graph(tmp_path):
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "thesis.docx").write_text("precious")
    with pytest.raises(G40Error):
        save_dataset(small_dataset(), tmp_path / "kg", {"documents": []})
    assert (tmp_path / "kg" / "thesis.docx").read_text() == "precious"


def test_oxigraph_in_memory_dataset_saves_like_rdflib(tmp_path):
    ox_ds = new_dataset("oxigraph")
    for s, p, o, g in small_dataset().quads((None, None, None, None)):
        ox_ds.graph(g).add((s, p, o))
    save_dataset(ox_ds, tmp_path / "a", {"documents": []})
    save_dataset(small_dataset(), tmp_path / "b", {"documents": []})
    a = open_dataset(tmp_path / "a", engine="rdflib")
    b = open_dataset(tmp_path / "b", engine="rdflib")
    assert to_isomorphic(a.graph(REFERENCE_GRAPH)) == to_isomorphic(b.graph(REFERENCE_GRAPH))
    assert len(a) == len(b) == 13


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { VALUES (?s) { (<urn:x>) } ?s ?p ?o }"),
        ("ASK { ?s ?p ?o }", "ASK { VALUES (?s) { (<urn:x>) } ?s ?p ?o }"),
        ("PREFIX e: <urn:{}> CONSTRUCT { ?s e:where ?o } WHERE { ?s ?p ?o }",
         "PREFIX e: <urn:{}> CONSTRUCT { ?s e:where ?o } WHERE { VALUES (?s) { (<urn:x>) } ?s ?p ?o }"),
        ("# a { comment\nSELECT * { ?s ?p '{' }", "# a { comment\nSELECT * { VALUES (?s) { (<urn:x>) } ?s ?p '{' }"),
    ],
)
def test_bind_values_opens_the_where_pattern(query, expected):
    assert bind_values(query, {"s": URIRef("urn:x")}) == expected


def many_graphs(changed: bool) -> Dataset:
    ds = Dataset()
    shared = (URIRef("urn:breda"), SKOS.prefLabel, Literal("Breda"))
    for n in range(30):
        graph = ds.graph(document_graph(f"doc-{n}"))
        graph.add(shared)
        graph.add((URIRef(f"urn:doc-{n}"), G40.mentions, URIRef("urn:breda")))
        graph.add((URIRef(f"urn:doc-{n}"), SKOS.prefLabel, Literal(f"document {n}", lang="nl")))
    if changed:
        first = ds.graph(document_graph("doc-0"))
        first.remove(shared)  # still in the other graphs: stays in the union
        first.remove((URIRef("urn:doc-0"), SKOS.prefLabel, Literal("document 0", lang="nl")))  # gone everywhere
        first.add((URIRef("urn:doc-0"), G40.mentions, URIRef("urn:ezk")))
    return ds


def all_quads(path):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path / OXIGRAPH_DIR))
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None))


def test_small_change_updates_the_store_like_a_fresh_load(tmp_path, monkeypatch):
    save_dataset(many_graphs(False), tmp_path / "kg", {"documents": []})
    reader = open_dataset(tmp_path / "kg", engine="oxigraph")
    save_dataset(many_graphs(True), tmp_path / "fresh", {"documents": []})

    def no_bulk_load(*args, **kwargs):
        raise AssertionError("a small change must not bulk-load the whole graph")

    monkeypatch.setattr("graph.store.load_oxigraph", no_bulk_load)
    save_dataset(many_graphs(True), tmp_path / "kg", {"documents": []})
    assert all_quads(tmp_path / "kg") == all_quads(tmp_path / "fresh")
    updated = open_dataset(tmp_path / "kg", engine="oxigraph")
    assert (URIRef("urn:breda"), SKOS.prefLabel, Literal("Breda")) in updated
    assert (URIRef("urn:doc-0"), SKOS.prefLabel, Literal("document 0", lang="nl")) not in updated
    assert len(updated) == len(open_dataset(tmp_path / "fresh", engine="rdflib")) == 61
    assert (URIRef("urn:doc-0"), SKOS.prefLabel, Literal("document 0", lang="nl")) in reader, \
        "a reader of the old graph still sees the old store"


@pytest.mark.parametrize("slots_known", [True, False])
def test_plain_literals_from_oxigraph_equal_rdflibs_whatever_its_literal_slots(monkeypatch, slots_known):
    import pyoxigraph as ox
    from rdflib import Literal

    import graph.oxigraph_store as store  # _plain_literal reads the flag there (moved from graph.store)

    monkeypatch.setattr(store, "_LITERAL_SLOTS_KNOWN", slots_known)  # False: an rdflib with other slots
    converted, expected = store.term(ox.Literal("Breda")), Literal("Breda")
    assert (converted, converted.value, converted.language, converted.datatype) == \
        (expected, expected.value, expected.language, expected.datatype)
    assert type(converted) is Literal


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_nquads_export_holds_the_literals_graph_nq_holds(seed_graph, engine):
    """Oxigraph stores canonical literals (an xsd:decimal 1.0 as "1"): the build writes them so."""
    from graph.export import export

    exported = export(open_dataset(seed_graph, engine=engine), "nquads")
    lines = {line for line in (exported if isinstance(exported, str) else exported.decode()).splitlines() if line}
    built = set((seed_graph / GRAPH_FILE).read_text(encoding="utf-8").splitlines())
    assert any('"1"^^<http://www.w3.org/2001/XMLSchema#decimal>' in line for line in built)
    assert lines ^ built == set()


NQUADS_KINDS = """<urn:a> <urn:p> "plain" <urn:g1> .
<urn:a> <urn:p> "tekst"@nl <urn:g1> .
<urn:a> <urn:p> "2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date> <urn:g1> .
<urn:a> <urn:p> "0.85"^^<http://www.w3.org/2001/XMLSchema#decimal> <urn:g2> .
<urn:a> <urn:p> "regel\\n\\"citaat\\" \\u00e9" <urn:g2> .
<urn:a> <urn:q> _:b1 <urn:g2> .
_:b1 <urn:p> "in een lege knoop" <urn:g2> .
<urn:a> <urn:p> "standaard" .
"""


def test_load_nquads_gives_what_rdflibs_parser_gives(tmp_path):
    """Oxigraph parses graph.nq for the rdflib engine: the same terms, graphs and blank-node links."""
    path = tmp_path / "g.nq"
    path.write_text(NQUADS_KINDS, encoding="utf-8")
    ours, theirs = Dataset(default_union=True), Dataset(default_union=True)
    load_nquads(ours, path)
    theirs.parse(path, format="nquads")
    assert len(ours) == len(theirs) == 8
    for name in ("urn:g1", "urn:g2"):
        assert isomorphic(ours.graph(URIRef(name)), theirs.graph(URIRef(name))), name
    assert set(ours.graph(URIRef("urn:g1"))) == set(theirs.graph(URIRef("urn:g1")))  # no blank nodes: equal terms
    assert (URIRef("urn:a"), URIRef("urn:p"), Literal('regel\n"citaat" \u00e9')) in ours


def test_load_nquads_reports_the_line_of_a_syntax_error(tmp_path):
    path = tmp_path / "g.nq"
    path.write_text('<urn:a> <urn:p> "x" .\n<urn:a> <urn:p> "open .\n', encoding="utf-8")
    with pytest.raises(SyntaxError, match="line 2"):
        load_nquads(Dataset(), path)
