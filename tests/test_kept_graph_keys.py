"""Each document's graph key and facts kept between builds (round 52r, :mod:`graph.graph_keys_kept`).

A rebuild takes an unchanged document's graph key and facts from the kept file unless a global resolution pass
rewrote its mentions' keys in this build (:attr:`graph.resolve.Resolution.rewritten`); either way ``graph.nq`` is
that of a fresh build. A file of other code, of another user or damaged is not read; a removed document's entry
goes; a removal rule leaves no entry. Invented names throughout.
"""

from __future__ import annotations

import pytest

from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.extract.model import Extraction, Mention
from graph.fragment_index import read_index
from graph.gazetteer import load_gazetteer
from graph.graph_keys_kept import GRAPH_KEYS_FILE, KeptGraphKeys, graph_keys_file, load_kept_keys
from graph.pipeline import build_graph
from graph.resolve import resolve
from graph.vocab import document_graph
from tests.kept_builds import built_corpus, rebuilt_as_fresh

DOCUMENTS = {
    "a": ("Wij werken aan de aansluiting van de City Deal Zon op het Programma Vitale Dorpen.", "2025-02-10"),
    "b": ("De gemeente Breda werkt samen met het ministerie van Financiën.", "2025-03-01"),
}
#: names the programme of "a" without its kind word: a global pass gives "a"'s mention another key
BARE = "De gemeente Zwolle neemt deel aan het programma Vitale Dorpen.\n"


@pytest.fixture
def built(tmp_path):
    return built_corpus(tmp_path, DOCUMENTS)


def _graph_key(graph, document_id: str) -> str:
    return read_index(graph)["graphs"][str(document_graph(document_id))]["key"]


def _facts_of(graph) -> set:
    """The facts the entries kept with ``graph`` number."""
    kept = load_kept_keys(graph)
    return {kept.facts[number] for entry in kept.documents.values() for number in entry[3]}


def _entries(graph) -> dict:
    """The entries kept with ``graph``, each with its facts themselves (not their numbers)."""
    kept = load_kept_keys(graph)
    return {document_id: entry[:3] + (sorted(kept.facts[number] for number in entry[3]),)
            for document_id, entry in kept.documents.items()}


def _counted_keys(monkeypatch) -> list:
    """The ids of the documents whose graph key a build hashes."""
    from graph import graph_keys_kept

    hashed = []
    real = graph_keys_kept.fragment_key
    monkeypatch.setattr(graph_keys_kept, "fragment_key",
                        lambda document, *args: hashed.append(document.id) or real(document, *args))
    return hashed


def test_the_kept_entries_read_back_equal_the_graphs_keys(built):
    _docs, graph = built
    kept = load_kept_keys(graph)
    assert sorted(kept.documents) == ["a", "b"] and len(set(kept.facts)) == len(kept.facts)  # each fact once
    for document_id, (_key, _metadata, graph_key, _facts) in kept.documents.items():
        assert graph_key == _graph_key(graph, document_id)
    assert [kept.facts[n][:2] for n in kept.documents["b"][3]] == [("municipality/gm0758", "collaboratesWith")]


def test_an_unchanged_rebuild_hashes_no_key_and_carries_the_file_over(built, tmp_path, monkeypatch):
    docs, graph = built
    before = (graph / CACHE_DIR / GRAPH_KEYS_FILE).stat().st_ino
    hashed = _counted_keys(monkeypatch)
    build_graph([docs], graph, workers=1)
    assert hashed == []
    assert (graph / CACHE_DIR / GRAPH_KEYS_FILE).stat().st_ino == before  # carried over, not written


def test_a_changed_document_alone_is_hashed_and_the_graph_is_a_fresh_builds(built, tmp_path, monkeypatch):
    docs, graph = built
    hashed = _counted_keys(monkeypatch)
    (docs / "b.txt").write_text(DOCUMENTS["b"][0] + " Breda werkt samen met de VNG.\n", encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert hashed == ["b"]
    build_graph([docs], tmp_path / "fresh", workers=1)
    assert (graph / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert _entries(graph) == _entries(tmp_path / "fresh")  # the kept table: a fresh build's


def test_a_document_a_global_pass_rewrites_is_hashed_though_its_text_did_not_change(built, tmp_path, monkeypatch):
    docs, graph = built
    first = _graph_key(graph, "a")
    hashed = _counted_keys(monkeypatch)
    (docs / "c.txt").write_text(BARE, encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert hashed == ["a", "c"]  # "b" taken from the file
    build_graph([docs], tmp_path / "fresh", workers=1)
    assert (graph / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert _graph_key(graph, "a") != first  # its programme is "Vitale Dorpen" now
    assert "a" not in load_kept_keys(graph).documents  # rewritten: not kept
    (docs / "c.txt").unlink()
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh-again")
    assert _graph_key(graph, "a") == first and "a" in load_kept_keys(graph).documents


def test_a_removed_documents_entry_goes(built, tmp_path):
    docs, graph = built
    (docs / "b.txt").unlink()
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert sorted(load_kept_keys(graph).documents) == ["a"]


def test_an_entry_of_other_metadata_or_extraction_is_not_reused(built, tmp_path):
    docs, graph = built
    kept = load_kept_keys(graph)
    a, b = kept.documents["a"], kept.documents["b"]
    wrong = {"a": (a[0], a[1], "0" * 32, a[3]),  # a wrong key under the same inputs would show
             "b": ("another extraction", b[1], "1" * 32, b[3])}
    (graph / CACHE_DIR / GRAPH_KEYS_FILE).write_bytes(graph_keys_file(KeptGraphKeys(kept.facts, wrong)))
    build_graph([docs], graph, workers=1)
    assert _graph_key(graph, "a") == "0" * 32  # what the file said: it is trusted for the same inputs
    assert _graph_key(graph, "b") == b[2]  # another extraction key: made anew
    (docs / "a.txt").write_text(DOCUMENTS["a"][0] + "\n\n", encoding="utf-8")  # another text, checksum, metadata
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")


def test_a_file_of_other_code_unsealed_or_damaged_is_not_read(built, monkeypatch):
    _docs, graph = built
    file = graph / CACHE_DIR / GRAPH_KEYS_FILE
    content = file.read_bytes()
    monkeypatch.setattr("graph.graph_keys_kept.keys_stamp", lambda: "other code")
    assert load_kept_keys(graph) is None
    monkeypatch.undo()
    assert load_kept_keys(graph) is not None
    file.write_bytes(content[8:])  # no seal
    assert load_kept_keys(graph) is None
    file.write_bytes(content[:-5])  # damaged
    assert load_kept_keys(graph) is None


def test_a_removal_rule_leaves_no_entry(built, tmp_path):
    docs, graph = built
    (docs / "a.txt").write_text("Wethouder Fenna Ruitenberg van Zwolle werkt samen met het ministerie van IenW.\n",
                                encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert ("person/fenna-ruitenberg", "memberOf", "municipality/gm0193") in _facts_of(graph)
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/fenna-ruitenberg, reason: verzoek art. 17}\n",
                                    encoding="utf-8")
    build_graph([docs], graph, workers=1, curated=rules)
    file = graph / CACHE_DIR / GRAPH_KEYS_FILE
    assert (not file.exists() or file.read_bytes() == b"") and load_kept_keys(graph) is None
    assert b"fenna" not in b"".join(path.read_bytes() for path in (graph / CACHE_DIR).glob("*.marshal")).lower()


def _mention(start: int, text: str, type_: str = "Programme") -> Mention:
    return Mention(start, start + len(text), text, type_, "t", 1.0)


def test_resolution_names_the_documents_its_global_passes_rewrote():
    gazetteer = load_gazetteer()
    own = [Extraction("d1", mentions=[_mention(0, "Programma Vitale Dorpen")]),
           Extraction("d2", mentions=[_mention(0, "Breda", "Municipality")])]
    assert resolve(own, gazetteer).rewritten == frozenset()
    joined = own + [Extraction("d3", mentions=[_mention(0, "Vitale Dorpen")])]
    resolution = resolve(joined, gazetteer)
    assert resolution.rewritten == {"d1"} and resolution.mention_keys["d1", 0, 23] == "programme/vitale-dorpen"


def test_the_documents_not_rewritten_keep_their_own_pass_keys():
    gazetteer = load_gazetteer()
    extractions = [Extraction("d1", mentions=[_mention(0, "Programma Vitale Dorpen"), _mention(30, "Breda", "Municipality")]),
                   Extraction("d2", mentions=[_mention(0, "Vitale Dorpen")]),
                   Extraction("d3", mentions=[_mention(0, "Zwolle", "Municipality")])]
    together = resolve(extractions, gazetteer)
    for extraction in extractions:
        if extraction.document_id not in together.rewritten:
            alone = resolve([extraction], gazetteer)
            assert {where: key for where, key in together.mention_keys.items() if where[0] == extraction.document_id} \
                == alone.mention_keys
    assert together.rewritten == {"d1"}


def test_a_document_whose_entity_a_global_pass_dropped_is_rewritten(monkeypatch):
    """A global pass that drops an entity a document's own pass named (without giving its mentions another key)
    makes that document rewritten: its graph key shows the entity gone."""
    from graph import resolve as resolving

    def dropping(drafts, keys, rewritten=None):
        drafts.pop("municipality/breda", None)

    monkeypatch.setattr(resolving, "_join_kind_prefixed", dropping)
    extractions = [Extraction("d1", mentions=[_mention(0, "Breda", "Municipality")]),
                   Extraction("d2", mentions=[_mention(0, "Zwolle", "Municipality")])]
    resolution = resolve(extractions, load_gazetteer())
    assert "municipality/breda" not in resolution.entities and resolution.rewritten == {"d1"}
