"""Builds that cannot lose the user's work silently.

A build says which documents of the previous graph it dropped, ``demo`` does not replace a graph of
the user's own documents, two builds of one graph do not run at once, a duplicate document id says
how to get past it, ``-o`` does not create folders, and Ctrl+C says what became of the graph.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph.cli import cli

TEXT = "Breda en Tilburg werken samen met het ministerie van EZK."


def write_corpus(folder: Path, names, text: str = TEXT) -> Path:
    """Files ``names`` with ``text``, each signed with its own name (the same bytes twice would be a copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(f"{text}\n{name}\n" if not text.lstrip().startswith("<") else text, encoding="utf-8")
    return folder


def snapshot(graph: Path) -> dict:
    """The files that make the graph, by content (the store's own files change on every open)."""
    return {name: (graph / name).read_bytes() for name in ("manifest.json", "graph.nq")}


def build(runner, graph: Path, *args, lang: str = "nl"):
    return runner.invoke(cli, ["--lang", lang, "--engine", "rdflib", "--graph", str(graph), "build", *map(str, args)])


def leftovers(graph: Path) -> list[str]:
    """Staging or replaced folders a build left beside the graph."""
    return sorted(p.name for p in graph.parent.iterdir() if p.name.endswith(".tmp") or ".old-" in p.name)


# ------------------------------------------------------------------ 1. documents a build drops


def test_a_build_of_fewer_files_says_which_documents_it_removed(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt", "b.txt", "c.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    result = build(runner, graph, docs / "a.txt")
    assert result.exit_code == 0, result.output
    assert ("2 documenten uit de vorige graaf verwijderd (niet meer in de bronnen): b, c; "
            "geef hun bestanden ook op om ze te houden") in result.stdout, result.output
    ids = [d["id"] for d in json.loads((graph / "manifest.json").read_text())["documents"]]
    assert ids == ["a"]  # the semantics stay: the graph reflects the sources given
    assert "): 1 document, " in result.stdout and "1 waarschuwing:" in result.stderr, result.output


def test_the_removed_line_speaks_english_and_is_singular_for_one(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt", "b.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    result = build(runner, graph, docs / "b.txt", lang="en")
    assert result.exit_code == 0, result.output
    assert ("1 document of the previous graph removed (no longer among the sources): a; give its file too to keep it"
            in result.stdout), result.output


def test_the_removed_names_are_capped_and_json_lists_them_all(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", [f"d{i}.txt" for i in range(8)])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    result = runner.invoke(cli, ["--engine", "rdflib", "--graph", str(graph), "build", str(docs / "d0.txt"),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["removed"] == [f"d{i}" for i in range(1, 8)]
    result = build(runner, graph, docs)  # all back: nothing removed, no line
    assert "verwijderd" not in result.stdout, result.output
    result = build(runner, graph, docs / "d7.txt")
    assert ": d0, d1, d2, d3, d4 en 2 andere;" in result.stdout, result.output


def test_a_rebuild_of_the_same_sources_and_a_first_build_say_nothing_removed(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    for _ in range(2):
        result = build(runner, graph, docs)
        assert result.exit_code == 0 and "verwijderd" not in result.stdout, result.output


# ------------------------------------------------------------------ 2. demo and the user's graph


def demo(runner, graph: Path, tmp_path: Path, lang: str = "nl"):
    return runner.invoke(cli, ["--lang", lang, "--engine", "rdflib", "--graph", str(graph), "demo",
                               "-o", str(tmp_path / "netwerk.html")])


def test_demo_refuses_to_replace_a_graph_of_own_documents(runner, tmp_path):
    graph = tmp_path / "mijn"
    assert build(runner, graph, write_corpus(tmp_path / "docs", ["eigen.txt"])).exit_code == 0
    before = snapshot(graph)
    result = demo(runner, graph, tmp_path)
    assert result.exit_code == 1, result.output
    assert (f"{graph} bevat al een graaf van andere documenten dan het meegeleverde corpus; demo overschrijft die "
            f"niet. Kies een andere map, bijv. 'g40kg --graph demo-graaf demo', of verwijder {graph} eerst"
            in result.stderr), result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(graph) == before
    assert not (tmp_path / "netwerk.html").exists()


def test_demo_refuses_in_english_for_the_default_graph_folder(runner, tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs", ["eigen.txt"])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("G40KG_GRAPH", raising=False)
    # the default graph folder: ./.g40kg
    assert runner.invoke(cli, ["--engine", "rdflib", "build", str(docs)]).exit_code == 0
    before = snapshot(Path(".g40kg"))
    result = runner.invoke(cli, ["--lang", "en", "--engine", "rdflib", "demo"])
    assert result.exit_code == 1, result.output
    assert ".g40kg already holds a graph of other documents than the bundled corpus" in result.stderr
    assert snapshot(Path(".g40kg")) == before


def test_demo_rebuilds_over_its_own_graph_and_over_a_build_of_the_bundled_corpus(runner, tmp_path):
    graph = tmp_path / "kg"
    assert runner.invoke(cli, ["--engine", "rdflib", "--graph", str(graph), "build"]).exit_code == 0
    for _ in range(2):
        result = demo(runner, graph, tmp_path)
        assert result.exit_code == 0, result.output
        assert json.loads((graph / "manifest.json").read_text())["corpus"] == "bundled"
    assert (tmp_path / "netwerk.html").is_file()


def test_a_graph_from_before_the_corpus_key_counts_as_bundled_by_its_paths(seed_graph, tmp_path):
    from graph.pipeline import holds_only_bundled_corpus

    graph = tmp_path / "kg"
    shutil.copytree(seed_graph, graph, symlinks=True)  # a build of the bundled corpus, as demo makes it
    manifest = json.loads((graph / "manifest.json").read_text())
    assert manifest["corpus"] == "bundled"
    del manifest["corpus"]
    (graph / "manifest.json").write_text(json.dumps(manifest))
    assert holds_only_bundled_corpus(graph)
    manifest["documents"][0]["path"] = str(tmp_path / "elders.txt")
    (graph / "manifest.json").write_text(json.dumps(manifest))
    assert not holds_only_bundled_corpus(graph)


def test_demo_into_a_folder_that_holds_something_else_is_refused(runner, tmp_path):
    graph = tmp_path / "spullen"
    write_corpus(graph, ["boodschappen.txt"])
    result = demo(runner, graph, tmp_path)
    assert result.exit_code != 0 and "geen g40kg-graaf" in result.stderr, result.output
    assert sorted(p.name for p in graph.iterdir()) == ["boodschappen.txt"]


# ------------------------------------------------------------------ 3. one build of a graph at a time


HOLDER = textwrap.dedent("""
    import sys
    from graph.lock import graph_lock
    with graph_lock(sys.argv[1]):
        print("locked", flush=True)
        sys.stdin.read()  # until the test closes stdin
""")


@pytest.fixture
def held_lock():
    """``held_lock(graph)``: another process holds the build lock of ``graph``; returns its pid."""
    processes = []

    def hold(graph: Path) -> int:
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(graph)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        processes.append(process)
        assert process.stdout.readline().strip() == "locked"
        return process.pid

    yield hold
    for process in processes:
        process.stdin.close()
        process.wait(timeout=10)


def test_a_second_build_of_the_same_graph_fails_at_once_and_leaves_the_graph(runner, tmp_path, held_lock):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    pid = held_lock(graph)
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]))
    assert result.exit_code == 75, result.output
    assert result.stderr.strip().splitlines() == [
        f"Fout: er loopt al een bouw van {graph} (proces {pid}); wacht tot die klaar is en probeer het dan opnieuw"]
    assert snapshot(graph) == before
    assert leftovers(graph) == []
    result = build(runner, graph, docs, lang="en")
    assert f"a build of {graph} is already running (process {pid})" in result.stderr, result.output


def test_a_refused_first_build_creates_no_graph_and_other_graphs_build(runner, tmp_path, held_lock):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    held_lock(graph)
    assert build(runner, graph, docs).exit_code == 75
    assert not graph.exists() and leftovers(graph) == []
    assert build(runner, tmp_path / "kg2", docs).exit_code == 0  # another graph has its own lock


def test_a_killed_holder_leaves_no_stale_lock(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(graph)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    process.kill()
    process.wait(timeout=10)
    result = build(runner, graph, docs)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".kg.lock").exists()  # the build took the stale file, and removed it when done


def test_a_lock_file_removed_by_its_holder_is_not_locked_by_the_next(tmp_path, monkeypatch):
    """The race of removing lock files: the next build opened the old file just before its holder
    removed it; the lock it then gets on that file must not count."""
    import os

    from graph.lock import BuildLocked, graph_lock, lock_file

    graph = tmp_path / "kg"
    real_open, opened = os.open, []

    def open_then_removed(path, *args, **kwargs):
        handle = real_open(path, *args, **kwargs)
        if not opened:  # the first holder finishes right after our open: its file goes
            os.unlink(path)
        opened.append(path)
        return handle

    lock_file(graph).touch()
    monkeypatch.setattr(os, "open", open_then_removed)
    with graph_lock(graph):
        monkeypatch.undo()
        assert len(opened) == 2 and lock_file(graph).is_file()  # the second open made the file that counts
        with pytest.raises(BuildLocked):
            with graph_lock(graph):
                pass
    assert not lock_file(graph).exists()


def test_the_lock_file_is_beside_the_graph_and_hidden():
    from graph.lock import lock_file

    assert lock_file(Path("/x/kg")) == Path("/x/.kg.lock")
    assert lock_file(Path("/x/.g40kg")) == Path("/x/.g40kg.lock")


# ------------------------------------------------------------------ 4. one document id for two files


def test_two_files_with_one_name_say_how_to_get_past_it(runner, tmp_path):
    docs = tmp_path / "ext"
    write_corpus(docs / "a", ["verslag.txt"])  # two different texts: two documents (alike ones are versions)
    write_corpus(docs / "b", ["verslag.html"], text="<p>Het bestuur besluit over de begroting van Emmen.</p>")
    graph = tmp_path / "kg"
    result = build(runner, graph, docs)
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert f"{docs / 'b' / 'verslag.html'}: document-id 'verslag' wordt ook gebruikt door {docs / 'a' / 'verslag.txt'}" \
        in line, line
    assert "hernoem een van beide bestanden" in line and len(line.splitlines()) == 1, line
    assert not graph.exists()
    result = build(runner, graph, docs, lang="en")
    assert "so rename one of the two files" in result.stderr, result.output


# ------------------------------------------------------------------ 5. -o into a folder that does not exist


def test_export_into_a_path_under_a_file_keeps_its_own_error(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    (tmp_path / "a-file").write_text("")
    target = tmp_path / "a-file" / "x.trig"
    result = runner.invoke(cli, ["--engine", "rdflib", "--graph", str(graph), "export", "--format", "trig",
                                 "-o", str(target)])
    # a path the user must change, as a missing folder: exit 2 (walkthrough 27, finding 20; it was 1)
    assert (result.exit_code, result.stderr) == (2, f"Fout: kan {target} niet schrijven: {tmp_path / 'a-file'} is "
                                                    "een bestand, geen map; kies een ander -o\n")


def test_a_graph_in_a_missing_folder_is_refused_and_creates_nothing(runner, tmp_path):
    """A typo in --graph must not create a folder tree (sixth walkthrough): the folder it goes in must exist."""
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "geen" / "map" / "kg"
    result = build(runner, graph, docs)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (f"Fout: kan geen graaf maken in {graph}: de map {graph.parent} bestaat niet; "
                                     "maak hem eerst aan of kies een andere --graph")
    assert not (tmp_path / "geen").exists()
    assert build(runner, tmp_path / "kg", docs).exit_code == 0

@pytest.mark.parametrize("command", [["export", "--format", "trig"], ["viz"]])
def test_output_into_a_missing_folder_is_refused_and_creates_nothing(runner, tmp_path, command):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    target = tmp_path / "geen" / "map" / "x.trig"
    result = runner.invoke(cli, ["--engine", "rdflib", "--graph", str(graph), *command, "-o", str(target)])
    assert result.exit_code == 2, result.output  # an input error, as a missing --graph folder
    assert result.stderr.strip() == (f"Fout: kan {target} niet schrijven: de map {target.parent} bestaat niet; "
                                     "maak hem eerst aan of kies een ander -o")
    assert not (tmp_path / "geen").exists()
    ok = tmp_path / "x.trig"
    result = runner.invoke(cli, ["--engine", "rdflib", "--graph", str(graph), *command, "-o", str(ok)])
    assert result.exit_code == 0 and ok.stat().st_size > 0, result.output


def test_demo_checks_its_page_folder_before_it_builds(runner, tmp_path):
    graph = tmp_path / "kg"
    target = tmp_path / "geen" / "netwerk.html"
    result = runner.invoke(cli, ["--lang", "en", "--engine", "rdflib", "--graph", str(graph), "demo", "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert f"cannot write {target}: the folder {target.parent} does not exist" in result.stderr
    assert not graph.exists() and not target.parent.exists()


# ------------------------------------------------------------------ 6. Ctrl+C


def interrupt(*args, **kwargs):
    raise KeyboardInterrupt


def test_ctrl_c_during_a_build_exits_130_and_keeps_the_previous_graph(runner, tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    monkeypatch.setattr("graph.pipeline.check_build", interrupt)  # in the staged graph, before the swap
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]))
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == f"Afgebroken; de vorige graaf in {graph} is ongewijzigd"
    assert snapshot(graph) == before
    assert leftovers(graph) == []


def test_ctrl_c_in_the_swap_itself_restores_the_previous_graph(runner, tmp_path, monkeypatch):
    import os

    import graph.store as store

    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)
    real = os.replace
    calls = []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:  # the old graph is moved away; the new one would come next
            raise KeyboardInterrupt
        return real(source, target)

    monkeypatch.setattr(store.os, "replace", replace)
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]), lang="en")
    monkeypatch.undo()
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == f"Interrupted; the previous graph in {graph} is unchanged"
    assert snapshot(graph) == before


def test_ctrl_c_before_a_first_graph_says_none_was_written(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("graph.pipeline.check_build", interrupt)
    graph = tmp_path / "kg"
    result = build(runner, graph, write_corpus(tmp_path / "docs", ["a.txt"]))
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == f"Afgebroken; er is geen graaf geschreven in {graph}"
    assert not graph.exists() and leftovers(graph) == []


def test_ctrl_c_after_the_swap_says_the_new_graph_is_saved(runner, tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    monkeypatch.setattr("graph.store._remove_replaced", interrupt)  # the new graph is in place
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]))
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == f"Afgebroken nadat de nieuwe graaf al in {graph} was opgeslagen"
    assert [d["id"] for d in json.loads((graph / "manifest.json").read_text())["documents"]] == ["b"]


@pytest.mark.parametrize("lang, line", [("nl", "Afgebroken"), ("en", "Interrupted")])
def test_ctrl_c_in_any_command_exits_130_in_one_line(runner, tmp_path, monkeypatch, lang, line):
    graph = tmp_path / "kg"
    assert build(runner, graph, write_corpus(tmp_path / "docs", ["a.txt"])).exit_code == 0
    monkeypatch.setattr("graph.query.run_sparql", interrupt)
    result = runner.invoke(cli, ["--lang", lang, "--engine", "rdflib", "--graph", str(graph), "query",
                                 "SELECT * WHERE { ?s ?p ?o }"])
    assert (result.exit_code, result.stderr) == (130, line + "\n"), result.output

def test_a_real_sigint_ends_a_build_with_130(tmp_path):
    """The whole way: a signal to a real process (slowed down where the graph is staged)."""
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    script = textwrap.dedent("""
        import sys, time
        import graph.pipeline as pipeline
        def slow(*args, **kwargs):
            print("staged", flush=True)
            time.sleep(60)
        pipeline.check_build = slow
        from graph.cli import cli
        cli.main(sys.argv[1:], prog_name="g40kg")
    """)
    process = subprocess.Popen([sys.executable, "-c", script, "--engine", "rdflib", "--graph", str(graph), "build",
                                str(docs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "staged"
    process.send_signal(subprocess.signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert err.strip() == f"Afgebroken; er is geen graaf geschreven in {graph}"
    assert not graph.exists() and leftovers(graph) == []


def test_with_bundled_builds_the_bundled_corpus_beside_ones_own(runner, tmp_path):
    from graph.pipeline import bundled_corpus

    docs = write_corpus(tmp_path / "docs", ["eigen.txt"])
    bundled = sorted(p.stem for p in bundled_corpus().iterdir() if p.suffix in (".txt", ".md", ".html", ".pdf"))
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--with-bundled", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1 + len(bundled) == 3
    manifest = json.loads((tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in manifest["documents"]) == sorted(["eigen", *bundled])
