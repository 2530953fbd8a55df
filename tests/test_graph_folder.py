"""The graph folder's life on a server (walkthrough 16): a mount point, a symbolic link, a write
that fails, a non-UTF-8 locale, an interrupted build, another writer, a restore.

Every failure is one line, a non-zero exit status, and the previous graph as it was.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys

import pytest

from graph.cli import cli
from tests.test_build_safety import build, interrupt, leftovers, snapshot, write_corpus
from tests.test_build_safety import held_lock  # noqa: F401  (a fixture)
from tests.documents import without_meta


# ------------------------------------------------------------------ a mount point (finding 2)


def test_a_graph_folder_that_is_a_mount_point_is_refused_before_any_work(runner, tmp_path, monkeypatch):
    import graph.disk_layout as disk_layout

    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    graph.mkdir()  # an empty volume, as Docker makes it
    real = os.path.ismount
    monkeypatch.setattr(disk_layout.os.path, "ismount", lambda p: str(p) == str(graph) or real(p))
    for lang, text in (("nl", f"Fout: {graph} is een koppelpunt (mount point): een bouw vervangt de hele map en dat "
                              f"kan daar niet; geef een map erin, bijvoorbeeld {graph / 'graaf'}"),
                       ("en", f"Error: {graph} is a mount point: a build replaces the whole folder, which cannot be "
                              f"done there; name a folder inside it, for example {graph / 'graaf'}")):
        result = build(runner, graph, docs, lang=lang)
        assert (result.exit_code, result.stderr) == (1, text + "\n"), result.output
    assert list(graph.iterdir()) == [] and leftovers(graph) == []
    assert not (tmp_path / ".kg.lock").exists()
    assert build(runner, graph / "graaf", docs).exit_code == 0  # the folder inside it, as the message says


def test_a_mount_point_that_ismount_does_not_see_fails_in_one_line_and_keeps_the_graph(runner, tmp_path, monkeypatch):
    """A bind mount of a folder of the same disk: renaming it away fails with EBUSY."""
    import graph.store as store

    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    real = os.replace

    def busy(source, target):
        if str(source) == str(graph):
            raise OSError(errno.EBUSY, "Device or resource busy", str(source))
        return real(source, target)

    monkeypatch.setattr(store.os, "replace", busy)
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [f"Fout: {graph} is een koppelpunt (mount point): een bouw vervangt de hele "
                                          f"map en dat kan daar niet; geef een map erin, bijvoorbeeld {graph / 'graaf'}"]
    assert snapshot(graph) == before and leftovers(graph) == []


# ------------------------------------------------------------------ a symbolic link (finding 3)


def test_a_graph_folder_named_through_a_link_is_rebuilt_where_the_link_points(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    target = tmp_path / "data" / "kg"
    target.parent.mkdir()
    assert build(runner, target, docs).exit_code == 0
    link = tmp_path / "kg"
    link.symlink_to(target)
    write_corpus(docs, ["b.txt"])
    result = build(runner, link, docs)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target.resolve()  # still the link, to the same folder
    ids = [d["id"] for d in json.loads((target / "manifest.json").read_text(encoding="utf-8"))["documents"]]
    assert ids == ["a", "b"]
    assert leftovers(link) == [] and leftovers(target) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "docs", "kg"]


def test_two_names_of_one_graph_share_one_lock(runner, tmp_path, held_lock):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    target = tmp_path / "data" / "kg"
    target.parent.mkdir()
    assert build(runner, target, docs).exit_code == 0
    before = snapshot(target)
    link = tmp_path / "kg"
    link.symlink_to(target)
    pid = held_lock(target)
    result = build(runner, link, write_corpus(tmp_path / "other", ["b.txt"]))
    assert result.exit_code == 75, result.output
    assert f"er loopt al een bouw van {target} (proces {pid})" in result.stderr  # the real folder
    assert snapshot(target) == before and link.is_symlink()


# ------------------------------------------------------------------ a write that fails (finding 5)


@pytest.mark.parametrize("code", [errno.EFBIG, errno.EDQUOT, errno.ENOSPC])
def test_every_write_error_of_a_build_is_one_line_and_keeps_the_previous_graph(runner, tmp_path, monkeypatch, code):
    import graph.assemble as assemble

    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    real = assemble.StagedGraph._write_graph_file

    def too_large(self, *args, **kwargs):
        real(self, *args, **kwargs)
        raise OSError(code, os.strerror(code))  # the file size limit (ulimit -f), the quota, the disk

    monkeypatch.setattr(assemble.StagedGraph, "_write_graph_file", too_large)
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]))
    assert (result.exit_code, result.stderr) == (
        1, f"Fout: kan {graph} niet schrijven ({os.strerror(code)}); de vorige graaf is ongewijzigd\n"), result.output
    assert snapshot(graph) == before and leftovers(graph) == []
    result = build(runner, tmp_path / "new", docs, lang="en")  # no previous graph: nothing to say about it
    assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {tmp_path / 'new'} ({os.strerror(code)})\n")
    assert not (tmp_path / "new").exists()


# ------------------------------------------------------------------ a non-UTF-8 locale (finding 7)


def test_a_non_ascii_graph_folder_works_where_the_file_system_encoding_is_ascii(seed_graph, tmp_path):
    graph = tmp_path / "graaf Zoë"
    shutil.copytree(seed_graph, graph)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "PYTHONUTF8")}
    env.update(LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    process = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--graph", os.fsencode(graph),
                              "query", "ASK { ?s ?p ?o }"], env=env, capture_output=True, timeout=120)
    assert (process.returncode, process.stderr) == (0, b""), process.stderr.decode(errors="replace")
    assert process.stdout.split() == [b"true"]


# ------------------------------------------------------------------ an interrupted build (finding 11)


def _extraction(graph) -> dict:
    manifest = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))
    return {key: manifest["extraction"][key] for key in ("extracted", "reused")}


def test_an_interrupted_build_keeps_its_extractions_for_the_next(runner, tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    write_corpus(docs, ["b.txt", "c.txt"])
    monkeypatch.setattr("graph.pipeline.check_build", interrupt)  # after extraction, before the swap
    result = build(runner, graph, docs)
    assert (result.exit_code, result.stderr) == (130, f"Afgebroken; de vorige graaf in {graph} is ongewijzigd\n")
    assert snapshot(graph) == before and leftovers(graph) == []
    assert len(list((graph / "cache" / "extract").glob("*.pickle"))) == 3  # a's, and b's and c's beside it
    monkeypatch.undo()
    assert build(runner, graph, docs).exit_code == 0
    assert _extraction(graph) == {"extracted": 0, "reused": 3}
    assert build(runner, tmp_path / "fresh", docs).exit_code == 0
    assert (graph / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()


def test_an_interrupt_during_extraction_keeps_the_documents_extracted_so_far(runner, tmp_path, monkeypatch):
    import graph.incremental as incremental

    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    write_corpus(docs, ["b.txt", "c.txt"])
    real, calls = incremental._extract_for_cache, []

    def second_interrupted(gazetteer, job):
        calls.append(job[0])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(gazetteer, job)

    monkeypatch.setattr(incremental, "_extract_for_cache", second_interrupted)
    assert build(runner, graph, docs).exit_code == 130
    monkeypatch.undo()
    assert build(runner, graph, docs).exit_code == 0
    assert _extraction(graph) == {"extracted": 1, "reused": 2}


def test_an_interrupted_first_build_leaves_nothing(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("graph.pipeline.check_build", interrupt)
    graph = tmp_path / "kg"
    assert build(runner, graph, write_corpus(tmp_path / "docs", ["a.txt", "b.txt"])).exit_code == 130
    assert not graph.exists() and leftovers(graph) == [] and not (tmp_path / ".kg.lock").exists()


# ------------------------------------------------------------------ another writer of the graph (finding 10)


def _watch_after(other_build):
    """A stand-in for :func:`graph.watch.watch`: ``other_build()`` rebuilds the graph meanwhile, then
    the watch's next build; then Ctrl+C."""

    def watch(look, build, **options):
        other_build()
        options["on_built"](build())
        raise KeyboardInterrupt

    return watch


def test_a_watch_stops_when_another_build_replaced_the_graph_with_other_documents(runner, tmp_path, monkeypatch):
    import graph.watch as watching
    from graph.pipeline import build_graph

    docs = write_corpus(tmp_path / "w", ["a.txt"])
    extra = write_corpus(tmp_path / "extra", ["b.txt"])
    graph = tmp_path / "kg"
    monkeypatch.setattr(watching, "watch", _watch_after(lambda: build_graph([docs, extra], graph)))
    result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs), "--watch"])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[-1] == (
        f"Fout: de graaf in {graph} is intussen door een andere bouw vervangen, met andere documenten (b); de watch "
        "stopt om die niet ongedaan te maken. Eén schrijver per graaf: bouw alle bronnen in één watch, of elke bron "
        "in een eigen --graph"), result.stderr
    assert [d["id"] for d in json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["documents"]] == [
        "a", "b"]  # the other build's graph stays


def test_a_watch_goes_on_after_another_build_of_the_same_documents(runner, tmp_path, monkeypatch):
    import graph.watch as watching
    from graph.pipeline import build_graph

    docs = write_corpus(tmp_path / "w", ["a.txt"])
    graph = tmp_path / "kg"
    monkeypatch.setattr(watching, "watch", _watch_after(lambda: build_graph([docs], graph)))
    result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs), "--watch"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"Gestopt; de graaf staat in {graph}.", result.stderr


# ------------------------------------------------------------------ the store's growth (finding 17)


def _store(graph) -> dict:
    return json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["store"]


def test_a_patched_store_that_grew_past_twice_its_loaded_size_is_loaded_anew(runner, tmp_path):
    from graph.store_growth import folder_bytes

    docs = write_corpus(tmp_path / "docs", [f"{n}.txt" for n in "abcdefgh"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    loaded = folder_bytes(graph / "oxigraph")
    write_corpus(docs, ["a.txt"], text="Zwolle werkt samen met het ministerie van BZK.")
    assert build(runner, graph, docs).exit_code == 0
    assert (_store(graph)["mode"], _store(graph)["loaded_bytes"]) == ("patch", loaded)  # remembered, not yet due
    manifest = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))
    manifest["store"]["loaded_bytes"] = folder_bytes(graph / "oxigraph") // 2 - 1  # as after months of patches
    (graph / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    write_corpus(docs, ["b.txt"], text="Deventer werkt samen met het ministerie van EZK.")
    assert build(runner, graph, docs).exit_code == 0
    assert _store(graph)["fresh"] is True and "loaded_bytes" not in _store(graph)
    write_corpus(docs, ["c.txt"], text="Breda werkt samen met het ministerie van OCW.")
    assert build(runner, graph, docs).exit_code == 0
    assert _store(graph)["loaded_bytes"] > 0 and "fresh" not in _store(graph)  # the new store's size, measured
    assert build(runner, tmp_path / "fresh", docs).exit_code == 0
    assert (graph / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()
    result = runner.invoke(cli, ["--graph", str(graph), "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    fresh = runner.invoke(cli, ["--graph", str(tmp_path / "fresh"), "query",
                                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert result.output == fresh.output, result.output


def test_build_compact_loads_a_store_no_bigger_than_a_fresh_builds(runner, tmp_path):
    """``build --compact`` after patched rebuilds: the store is loaded anew from graph.nq, as when it has
    grown (the manifest says ``fresh``), holds what a fresh build's holds, and the next rebuild patches it again."""
    from graph.store_growth import folder_bytes

    docs = write_corpus(tmp_path / "docs", [f"{n}.txt" for n in "abcdef"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    for n, city in enumerate(("Zwolle", "Deventer", "Breda")):
        write_corpus(docs, ["a.txt"], text=f"{city} werkt samen met het ministerie van BZK. Versie {n}.")
        assert build(runner, graph, docs).exit_code == 0
    assert _store(graph)["mode"] == "patch"
    manifest = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))
    manifest["store"]["loaded_bytes"] = 10**12  # so that only --compact loads it anew (a small store doubles soon)
    (graph / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = build(runner, graph, docs, "--compact")
    assert result.exit_code == 0, result.output
    assert (_store(graph)["mode"], _store(graph)["fresh"]) == ("patch", True)
    assert build(runner, tmp_path / "fresh", docs).exit_code == 0
    assert (graph / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answers = [without_meta(runner.invoke(cli, ["--graph", str(g), "query", count, "--format", "json"]).output)
               for g in (graph, tmp_path / "fresh")]
    assert answers[0] == answers[1] and answers[0]["columns"] == ["n"], answers
    assert folder_bytes(graph / "oxigraph") <= folder_bytes(tmp_path / "fresh" / "oxigraph")
    write_corpus(docs, ["b.txt"], text="Deventer werkt samen met het ministerie van EZK.")
    assert build(runner, graph, docs).exit_code == 0
    assert "fresh" not in _store(graph) and _store(graph)["loaded_bytes"] > 0  # patched, from the compacted size


def test_build_compact_of_a_first_build_loads_once(runner, tmp_path):
    """Without a previous store there is nothing to compact: a plain load, not a second one."""
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    result = build(runner, tmp_path / "kg", docs, "--compact")
    assert result.exit_code == 0, result.output
    assert (_store(tmp_path / "kg")["mode"], "fresh" in _store(tmp_path / "kg")) == ("load", False), _store(tmp_path / "kg")


# ------------------------------------------------------------------ backup and restore (finding 18)


def test_a_restored_manifest_alone_brings_back_the_remembered_options(runner, tmp_path):
    """The backup docs/graph-folder.md asks for: the corpus and manifest.json. A build into a folder
    holding only the restored manifest takes its options (the privacy choice --minimal-people, the
    licence) and gives the same graph.nq."""
    docs = write_corpus(tmp_path / "docs", ["a.txt", "b.txt"])
    graph = tmp_path / "kg"
    licence = "https://creativecommons.org/licenses/by/4.0/"
    assert build(runner, graph, docs, "--minimal-people", "--license", licence).exit_code == 0
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(graph / "manifest.json", restored / "manifest.json")
    result = build(runner, restored, docs)
    assert result.exit_code == 0, result.output
    manifest = json.loads((restored / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["minimal_people"], manifest["license"]) == (True, licence)
    assert (restored / "graph.nq").read_bytes() == (graph / "graph.nq").read_bytes()


def test_a_folder_with_graph_nq_but_no_manifest_says_the_way_forward(runner, tmp_path):
    """A restore of graph.nq alone (finding 18): reading and building say, in one line, what is missing and
    what to do; with the saved manifest.json beside it, the folder is a graph again."""
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    restored = tmp_path / "restore" / "g"
    restored.mkdir(parents=True)
    shutil.copy(graph / "graph.nq", restored / "graph.nq")
    texts = {"nl": f"Fout: {restored} bevat graph.nq maar geen manifest.json, en is zo geen g40kg-graaf: zet de "
                   "bewaarde manifest.json erbij, of bouw de graaf opnieuw uit de documenten in een lege map "
                   "(docs/graph-folder.md, 'Back up and restore')\n",
             "en": f"Error: {restored} holds graph.nq but no manifest.json, so it is not a g40kg graph: put the saved "
                   "manifest.json beside it, or build the graph again from the documents into an empty folder "
                   "(docs/graph-folder.md, 'Back up and restore')\n"}
    for lang, text in texts.items():
        query = runner.invoke(cli, ["--lang", lang, "--graph", str(restored), "query", "ASK {}"])
        assert (query.exit_code, query.stderr) == (1, text), query.output
        built = build(runner, restored, docs, lang=lang)
        assert (built.exit_code, built.stderr) == (1, text), built.output
    assert sorted(p.name for p in restored.iterdir()) == ["graph.nq"]
    shutil.copy(graph / "manifest.json", restored / "manifest.json")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answers = [runner.invoke(cli, ["--graph", str(g), "query", count, "--format", "json"]) for g in (restored, graph)]
    assert answers[0].exit_code == 0 and answers[0].output == answers[1].output, answers[0].output
    assert build(runner, restored, docs).exit_code == 0
    assert (restored / "graph.nq").read_bytes() == (graph / "graph.nq").read_bytes()


def test_a_folder_of_other_files_is_still_no_graph(runner, tmp_path):
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "notities.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "map"), "query", "ASK {}"])
    assert (result.exit_code, result.stderr) == (
        1, f"Fout: {tmp_path / 'map'} bestaat en is geen g40kg-graaf; kies een andere --graph\n"), result.output
