"""Incremental builds: only changed documents are extracted again; removed documents disappear;
parallel extraction gives the same graph as one process."""

from __future__ import annotations

import json

import pytest

import graph.incremental as incremental
import graph.workers as workers
from graph.pipeline import build_graph
from graph.store import CACHE_DIR, GRAPH_FILE, MANIFEST_FILE, open_dataset
from graph.vocab import document_graph

TEXTS = {
    "nieuws-a": "De gemeente Breda werkt samen met het ministerie van Economische Zaken en Klimaat aan de binnenstad.",
    "nieuws-b": "Tilburg en Eindhoven werken samen met de VNG aan de regionale arbeidsmarkt.",
    "nieuws-c": "Het ministerie van BZK werkt samen met de gemeente Zwolle aan de woningbouw.",
}


def write_corpus(folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def manifest(path):
    return json.loads((path / MANIFEST_FILE).read_text(encoding="utf-8"))


def written_by(manifest: dict) -> dict:
    """How the build wrote the store (the manifest keeps more about it, such as its loaded size)."""
    return {key: manifest["store"][key] for key in ("mode", "graphs_written")}


def cache_files(path):
    """The per-document entries of the extraction cache (not its index of outlines)."""
    return sorted(p.name for p in (path / CACHE_DIR / incremental.CACHE_SUBDIR).iterdir() if p.name != incremental.INDEX_ENTRY)


def graphs(path):
    ds = open_dataset(path, engine="oxigraph")
    return {str(g.identifier) for g in ds.graphs()}


def test_rebuild_reuses_unchanged_and_reextracts_changed(tmp_path):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    assert manifest(kg)["extraction"] | {"fingerprint": 0} == {"extracted": 3, "reused": 0, "fingerprint": 0}
    assert len(cache_files(kg)) == 3
    first = (kg / GRAPH_FILE).read_bytes()

    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (0, 3)
    assert (kg / GRAPH_FILE).read_bytes() == first, "an unchanged corpus gives the same graph"

    (corpus / "nieuws-b.txt").write_text("Tilburg werkt samen met het ministerie van Financiën.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (1, 2)
    ds = open_dataset(kg, engine="oxigraph")
    labels = {str(o) for o in ds.query(
        "SELECT ?l WHERE { GRAPH ?g { ?s ?p ?o } ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }",
        initBindings={"g": document_graph("nieuws-b")})}
    assert "VNG" not in labels and any("Fin" in label for label in labels), labels
    assert len(cache_files(kg)) == 3, "the old entry of the changed document is dropped"


def test_removed_document_disappears_with_its_cache_entry(tmp_path):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    assert str(document_graph("nieuws-c")) in graphs(kg)
    (corpus / "nieuws-c.txt").unlink()
    build_graph([corpus], kg, workers=1)
    assert str(document_graph("nieuws-c")) not in graphs(kg)
    assert str(document_graph("nieuws-a")) in graphs(kg)
    assert [d["id"] for d in manifest(kg)["documents"]] == ["nieuws-a", "nieuws-b"]
    assert len(cache_files(kg)) == 2
    zwolle = open_dataset(kg, engine="rdflib").query(
        "ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'woningbouw')) }").askAnswer
    assert zwolle is False


def test_changed_extractor_fingerprint_reextracts_everything(tmp_path, monkeypatch):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    monkeypatch.setattr(incremental, "extractor_fingerprint", lambda: "another-version")
    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (3, 0)


def test_damaged_cache_entry_is_extracted_again(tmp_path):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    first = (kg / GRAPH_FILE).read_bytes()
    folder = kg / CACHE_DIR / incremental.CACHE_SUBDIR
    (folder / incremental.INDEX_ENTRY).write_bytes(b"not a pickle")
    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (0, 3), \
        "without the index, the entries are read one by one"

    (folder / cache_files(kg)[0]).write_bytes(b"not a pickle")
    (folder / incremental.INDEX_ENTRY).write_bytes(b"not a pickle")
    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (1, 2)
    assert (kg / GRAPH_FILE).read_bytes() == first


def test_a_document_whose_graph_is_rewritten_reads_its_whole_extraction(tmp_path):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    for name in cache_files(kg):  # damaged entries: only read when a graph is written
        (kg / CACHE_DIR / incremental.CACHE_SUBDIR / name).write_bytes(b"not a pickle")
    (corpus / "nieuws-a.meta.json").write_text(json.dumps({"title": "Binnenstad Breda"}), encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    build_graph([corpus], tmp_path / "fresh", workers=1)

    assert written_by(manifest(kg)) == {"mode": "patch", "graphs_written": 1}
    assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    damaged = [n for n in cache_files(kg) if (kg / CACHE_DIR / incremental.CACHE_SUBDIR / n).read_bytes() == b"not a pickle"]
    assert len(damaged) == 2, "the entry of the rewritten document is cached again"


@pytest.mark.timeout(120)
def test_outlines_of_a_few_changes_go_beside_the_index_until_they_are_many(tmp_path, monkeypatch):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    folder = kg / CACHE_DIR / incremental.CACHE_SUBDIR
    build_graph([corpus], kg, workers=1)
    index = (folder / incremental.INDEX_ENTRY).read_bytes()
    monkeypatch.setattr(incremental, "RECENT_SHARE", 0.7)  # one changed document: 1 new + 1 unused outline
    (corpus / "nieuws-a.txt").write_text(TEXTS["nieuws-a"] + " Ook Den Bosch doet mee.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    assert (folder / incremental.INDEX_ENTRY).read_bytes() == index, "the index is not written again"
    recent = incremental._load_index(folder / incremental.RECENT_ENTRY)
    assert [record[0] for record in recent.values()] == ["nieuws-a"]
    build_graph([corpus], kg, workers=1)
    assert manifest(kg)["extraction"] == {**manifest(kg)["extraction"], "extracted": 0, "reused": 3}
    (corpus / "nieuws-b.txt").write_text(TEXTS["nieuws-b"] + " Ook Venlo doet mee.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)  # two new outlines and two unused ones: past the share
    assert not (folder / incremental.RECENT_ENTRY).exists()
    outlines = incremental._load_index(folder / incremental.INDEX_ENTRY)
    assert sorted(record[0] for record in outlines.values()) == ["nieuws-a", "nieuws-b", "nieuws-c"]
    fresh = tmp_path / "fresh"
    build_graph([corpus], fresh, workers=1)
    assert (kg / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()


def test_parallel_extraction_gives_the_same_graph(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "PARALLEL_MIN", 2)
    monkeypatch.setattr(workers, "_CHUNK", 1)
    texts = {f"{name}-{i}": f"{text}\n\nVerslag {i}.\n" for i in range(3) for name, text in TEXTS.items()}  # no copies
    corpus = write_corpus(tmp_path / "docs", texts)
    build_graph([corpus], tmp_path / "one", workers=1)
    build_graph([corpus], tmp_path / "two", workers=2)
    assert manifest(tmp_path / "two")["extraction"]["extracted"] == 9
    assert (tmp_path / "one" / GRAPH_FILE).read_bytes() == (tmp_path / "two" / GRAPH_FILE).read_bytes()


def store_quads(path):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path / "oxigraph"))
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None))


def store_quads_of(path, graph):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path / "oxigraph"))
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def test_patched_store_equals_a_fresh_build(tmp_path):
    corpus = write_corpus(tmp_path / "docs", TEXTS)
    build_graph([corpus], tmp_path / "kg", workers=1)
    (corpus / "nieuws-b.txt").write_text("Deventer werkt samen met het ministerie van OCW.", encoding="utf-8")
    (corpus / "nieuws-c.txt").unlink()
    build_graph([corpus], tmp_path / "kg", workers=1)
    build_graph([corpus], tmp_path / "fresh", workers=1)

    assert manifest(tmp_path / "kg")["store"]["mode"] == "patch"
    assert manifest(tmp_path / "fresh")["store"]["mode"] == "load"
    assert (tmp_path / "kg" / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert store_quads(tmp_path / "kg") == store_quads(tmp_path / "fresh")
    assert manifest(tmp_path / "kg")["counts"]["triples"] == manifest(tmp_path / "fresh")["counts"]["triples"]
    assert str(document_graph("nieuws-c")) not in graphs(tmp_path / "kg")


def test_unchanged_rebuild_writes_no_document_graph(tmp_path):
    corpus = write_corpus(tmp_path / "docs", TEXTS)
    build_graph([corpus], tmp_path / "kg", workers=1)
    before = (tmp_path / "kg" / GRAPH_FILE).read_bytes()
    build_graph([corpus], tmp_path / "kg", workers=1)

    assert written_by(manifest(tmp_path / "kg")) == {"mode": "patch", "graphs_written": 0}
    assert (tmp_path / "kg" / GRAPH_FILE).read_bytes() == before


def test_a_changed_title_alone_rewrites_that_document_graph(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import DCTERMS

    from graph.vocab import mint

    corpus = write_corpus(tmp_path / "docs", TEXTS)
    build_graph([corpus], tmp_path / "kg", workers=1)
    (corpus / "nieuws-a.meta.json").write_text(json.dumps({"title": "Binnenstad Breda"}), encoding="utf-8")
    build_graph([corpus], tmp_path / "kg", workers=1)

    assert written_by(manifest(tmp_path / "kg")) == {"mode": "patch", "graphs_written": 1}
    assert manifest(tmp_path / "kg")["extraction"]["extracted"] == 0
    titles = set(open_dataset(tmp_path / "kg", engine="oxigraph").objects(mint("document", "nieuws-a"), DCTERMS.title))
    assert titles == {Literal("Binnenstad Breda")}


def test_a_new_document_naming_a_known_entity_rewrites_its_graph_and_the_facts_not_every_document(tmp_path):
    from graph.vocab import DATASET_GRAPH, FACTS_GRAPH

    corpus = write_corpus(tmp_path / "docs", TEXTS)
    build_graph([corpus], tmp_path / "kg", workers=1)
    before = {g: set(store_quads_of(tmp_path / "kg", g)) for g in graphs(tmp_path / "kg")}
    (corpus / "nieuws-d.txt").write_text("De Vereniging van Nederlandse Gemeenten werkt samen met Tilburg.", encoding="utf-8")
    build_graph([corpus], tmp_path / "kg", workers=1)
    build_graph([corpus], tmp_path / "fresh", workers=1)

    # the full name is the gazetteer's (g40g:reference), so the entities graph stays as it was
    assert written_by(manifest(tmp_path / "kg")) == {"mode": "patch", "graphs_written": 2}  # nieuws-d and the facts
    after = {g: set(store_quads_of(tmp_path / "kg", g)) for g in graphs(tmp_path / "kg")}
    # and the dataset description, whose counts (void:triples, void:entities) every build derives anew
    assert {g for g in after if after[g] != before.get(g)} == {str(document_graph("nieuws-d")), str(FACTS_GRAPH),
                                                               str(DATASET_GRAPH)}
    gained = {line.split(" ", 1)[1] for line in after[str(FACTS_GRAPH)] - before[str(FACTS_GRAPH)]}
    assert gained == {f"<https://w3id.org/g40kg/def#collaboratesWith> <https://w3id.org/g40kg/id/municipality/gm0855> <{FACTS_GRAPH}>"}
    assert (tmp_path / "kg" / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert store_quads(tmp_path / "kg") == store_quads(tmp_path / "fresh")
    assert manifest(tmp_path / "kg")["counts"]["triples"] == manifest(tmp_path / "fresh")["counts"]["triples"]


@pytest.mark.parametrize("damage", ["truncated", "rewritten by another program"])
def test_a_graph_file_its_index_does_not_describe_is_written_whole_again(tmp_path, damage):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    data = (kg / GRAPH_FILE).read_bytes()
    if damage == "truncated":
        (kg / GRAPH_FILE).write_bytes(data[:10_000])  # inside the second document graph
    else:  # the same size, other lines: the byte ranges of the index would cut statements in two
        lines = data.splitlines(keepends=True)
        (kg / GRAPH_FILE).write_bytes(b"".join(lines[1:] + lines[:1]))
    (corpus / "nieuws-a.meta.json").write_text(json.dumps({"title": "Binnenstad Breda"}), encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    assert manifest(kg)["store"]["mode"] == "load"
    fresh = tmp_path / "fresh"
    build_graph([corpus], fresh, workers=1)
    assert (kg / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()


def test_a_rebuild_reads_only_the_corpus_files_that_changed(tmp_path, monkeypatch):
    import os

    import graph.corpus_cache as corpus_cache

    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    for file in corpus.iterdir():
        os.utime(file, (1_600_000_000, 1_600_000_000))  # old enough to trust their stat
    build_graph([corpus], kg, workers=1)
    read = []
    real = corpus_cache.read_file
    monkeypatch.setattr(corpus_cache, "read_file",
                        lambda path, sidecar, row=None: read.append(path.name) or real(path, sidecar, row))
    (corpus / "nieuws-b.txt").write_text("Tilburg werkt samen met het ministerie van Financiën.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)

    assert read == ["nieuws-b.txt"]
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (1, 2)
    assert (kg / CACHE_DIR / corpus_cache.CORPUS_CACHE_FILE).is_file()


def test_a_curated_graph_is_patched_and_equals_a_fresh_build(tmp_path):
    """Corrections (a merge, a suppression) no longer force a full load on every build: the graphs
    they changed are written afresh, the rest is patched, and the result is a fresh build's."""
    texts = {**TEXTS, "unit-a": "De Taskforce Wonen werkt samen met het ministerie van BZK.",
             "unit-b": "De Themagroep Wonen sprak met de VNG over de woningbouw."}
    corpus = write_corpus(tmp_path / "docs", texts)
    fixes, none = tmp_path / "correcties", tmp_path / "geen"
    fixes.mkdir()
    none.mkdir()
    (fixes / "c.yaml").write_text("merge:\n  - {from: unit/taskforce-wonen, into: unit/themagroep-wonen}\n"
                                  "suppress:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1045]\n",
                                  encoding="utf-8")
    kg = tmp_path / "kg"

    def same_as_fresh(name, curated):
        build_graph([corpus], tmp_path / name, workers=1, curated=curated)
        assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / name / GRAPH_FILE).read_bytes()
        assert store_quads(kg) == store_quads(tmp_path / name)
        assert manifest(kg)["counts"] == manifest(tmp_path / name)["counts"]

    build_graph([corpus], kg, workers=1, curated=fixes)
    before = (kg / GRAPH_FILE).read_bytes()
    report = build_graph([corpus], kg, workers=1, curated=fixes)
    assert manifest(kg)["store"]["mode"] == "patch" and report.validated[0] < len(texts)
    assert (kg / GRAPH_FILE).read_bytes() == before
    (corpus / "nieuws-b.txt").write_text("Deventer werkt samen met de Taskforce Wonen.", encoding="utf-8")
    build_graph([corpus], kg, workers=1, curated=fixes)
    assert manifest(kg)["store"]["mode"] == "patch"
    same_as_fresh("fresh-curated", fixes)
    build_graph([corpus], kg, workers=1, curated=none)  # the corrections withdrawn
    assert manifest(kg)["store"]["mode"] == "patch"
    same_as_fresh("fresh-plain", none)


# --- a graph folder made elsewhere: its caches are never read (graph.cache_seal) -------------------

class _Payload:
    """Pickles to a call of ``os.system``: what a planted cache file would do if it were read."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import os

        return os.system, (f"touch {self.marker}",)


def _another_user(monkeypatch, tmp_path):
    """From here on, the build runs as someone with another cache key."""
    import graph.cache_seal as cache_seal

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-user"))
    cache_seal._key.cache_clear()


@pytest.fixture(autouse=True)
def _own_key_again():
    yield
    import graph.cache_seal as cache_seal

    cache_seal._key.cache_clear()


def test_a_planted_cache_file_runs_no_code(tmp_path):
    import pickle

    from graph.cache_seal import seal

    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    first = (kg / GRAPH_FILE).read_bytes()
    folder = kg / CACHE_DIR / incremental.CACHE_SUBDIR
    marker = tmp_path / "PWNED"
    for k, name in enumerate(cache_files(kg)):  # one unsealed, the others even sealed with this user's key
        payload = pickle.dumps(_Payload(marker))
        (folder / name).write_bytes(payload if k == 0 else seal(payload))
    (folder / incremental.INDEX_ENTRY).unlink()  # so that the entries are read one by one
    build_graph([corpus], kg, workers=1)

    assert not marker.exists()
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (3, 0)
    assert (kg / GRAPH_FILE).read_bytes() == first


def test_a_folder_built_by_someone_else_is_extracted_again_and_gives_the_same_graph(tmp_path, monkeypatch):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    first = (kg / GRAPH_FILE).read_bytes()
    _another_user(monkeypatch, tmp_path)
    build_graph([corpus], kg, workers=1)
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (3, 0)
    assert (kg / GRAPH_FILE).read_bytes() == first
    build_graph([corpus], kg, workers=1)  # now the caches are theirs
    assert (manifest(kg)["extraction"]["extracted"], manifest(kg)["extraction"]["reused"]) == (0, 3)


def test_an_extraction_cache_holds_only_extractions():
    import pickle

    with pytest.raises(pickle.UnpicklingError, match="not part of an extraction"):
        incremental._unpickled(pickle.dumps(_Payload("x")))
    with pytest.raises(pickle.UnpicklingError, match="no extraction"):
        incremental._unpickled(pickle.dumps({"a": 1}))


def test_the_graph_folder_is_opened_up_as_the_umask_says(tmp_path):
    import os

    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    from graph.disk_layout import current_umask

    old = os.umask(0o022)
    current_umask.cache_clear()
    try:
        build_graph([corpus], kg, workers=1)
    finally:
        os.umask(old)
        current_umask.cache_clear()
    assert kg.stat().st_mode & 0o777 == 0o755  # not 0o700: a shared drive or a server's user can read it


def test_a_large_new_document_is_announced_before_its_extraction(tmp_path, monkeypatch):
    import graph.pipeline as pipeline

    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    monkeypatch.setattr(pipeline, "LARGE_DOCUMENT", 90)  # nieuws-a is 100 characters long
    said = []
    build_graph([corpus], kg, workers=1, stage=said.append)
    assert said[0] == "nieuws-a: groot document (0,0 miljoen tekens); alleen al de extractie ervan duurt tot " \
                      "ongeveer 5 s", said
    said.clear()
    build_graph([corpus], kg, workers=1, stage=said.append)
    assert not any("groot document" in line for line in said), "unchanged: extracted before, not announced again"


def assert_index_places_every_graph(kg):
    """The merged fragment index gives each named graph of graph.nq its byte range there, and no other."""
    from graph.fragment_index import read_index

    index, data = read_index(kg), (kg / GRAPH_FILE).read_bytes()
    assert sum(entry["length"] for entry in index["graphs"].values()) == len(data)
    for graph, entry in index["graphs"].items():
        lines = data[entry["offset"]:entry["offset"] + entry["length"]].splitlines()
        assert lines and all(line.endswith(f"<{graph}> .".encode()) for line in lines), graph
    return index


def test_a_rebuild_writes_only_the_delta_of_the_fragment_index(tmp_path):
    """The fragment index (12 MB at 10,000 documents) stays as it was; a small file says what changed."""
    from graph.fragment_index import INDEX_FILE, RECENT_INDEX_FILE

    texts = {f"nieuws-{i:02}": f"De gemeente Breda werkt samen met de VNG aan project {i}." for i in range(30)}
    corpus, kg = write_corpus(tmp_path / "docs", texts), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    base = (kg / CACHE_DIR / INDEX_FILE).read_bytes()
    assert_index_places_every_graph(kg)

    (corpus / "nieuws-07.txt").write_text("Tilburg werkt samen met het ministerie van Financiën.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    assert manifest(kg)["store"]["mode"] == "patch"
    assert (kg / CACHE_DIR / INDEX_FILE).read_bytes() == base
    index = assert_index_places_every_graph(kg)
    changed = {graph for graph, entry in index["graphs"].items()
               if index["base"]["graphs"].get(graph, {}).get("key") != entry["key"]}
    assert str(document_graph("nieuws-07")) in changed
    assert len(changed) < 5, changed  # the document's, the facts and the entities graph
    assert (kg / CACHE_DIR / RECENT_INDEX_FILE).stat().st_size < len(base) / 5

    write_corpus(corpus, {name: text + " Ook Zwolle doet mee." for name, text in texts.items()})
    build_graph([corpus], kg, workers=1)  # most graphs changed: a new index, an empty delta
    assert (kg / CACHE_DIR / INDEX_FILE).read_bytes() != base
    assert_index_places_every_graph(kg)


def test_a_graph_indexed_by_an_older_g40kg_is_patched_not_loaded_again(tmp_path):
    """The index as one file (before the delta) is still read: the first rebuild patches the store."""
    import marshal

    from graph.fragment_index import _SINGLE_FILE_FORMAT, INDEX_FILE, RECENT_INDEX_FILE, read_index
    from graph.cache_seal import seal

    texts = {f"nieuws-{i:02}": f"De gemeente Breda werkt samen met de VNG aan project {i}." for i in range(12)}
    corpus, kg = write_corpus(tmp_path / "docs", texts), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    index = read_index(kg)
    old = {"format": _SINGLE_FILE_FORMAT, "file": index["file"], "curation": index["curation"],
           "triples": index["triples"], "graphs": index["graphs"]}
    (kg / CACHE_DIR / INDEX_FILE).write_bytes(seal(marshal.dumps(old)))
    (kg / CACHE_DIR / RECENT_INDEX_FILE).unlink()
    assert read_index(kg)["graphs"] == index["graphs"]

    (corpus / "nieuws-03.txt").write_text("Tilburg werkt samen met het ministerie van Financiën.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)
    assert manifest(kg)["store"]["mode"] == "patch"
    build_graph([corpus], tmp_path / "fresh", workers=1)
    assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert_index_places_every_graph(kg)
