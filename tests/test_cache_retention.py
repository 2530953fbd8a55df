"""Retention in the build's caches (walkthrough 15, findings 11 and 12): a removed document's text
leaves ``cache/corpus.pickle`` at the next build, also when the change is below the share that
otherwise rewrites that file."""

from __future__ import annotations

import os
import time

from graph.cli import cli

DOCS = {f"nieuws-{n:02d}.txt": f"Nieuws {n}\n{n} juni 2025\n\nBreda werkt samen met Tilburg aan de City Deal {n}.\n"
        for n in range(1, 21)}
SECRET = "Een buurtbewoner heeft een strafblad vanwege een oude zaak."


def _old(folder):
    """Make every file two hours old, so the corpus cache trusts them (no racy re-read)."""
    past = time.time() - 7200
    for path in folder.iterdir():
        os.utime(path, (past, past))


def test_a_removed_documents_text_leaves_the_corpus_cache(runner, tmp_path):
    docs, graph = tmp_path / "docs", tmp_path / "kg"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    (docs / "klacht.txt").write_text(f"Klacht\n1 juni 2025\n\n{SECRET}\n", encoding="utf-8")
    _old(docs)
    for _ in range(2):
        result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs)])
        assert result.exit_code == 0, result.output
    cache = graph / "cache" / "corpus.pickle"
    assert b"strafblad" in cache.read_bytes()
    (docs / "klacht.txt").unlink()  # one document of 21: below the 10 % that rewrites the file otherwise
    result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs)])
    assert result.exit_code == 0, result.output
    assert b"strafblad" not in cache.read_bytes()
    assert not any(b"strafblad" in path.read_bytes() for path in (graph / "cache").glob("corpus*.pickle"))


def test_forget_and_the_next_build_say_to_clear_the_caches(runner, tmp_path):
    """Finding 12: after forget, the caches still hold the name; forget's closing message and the
    build that first carries out the removal say so, later builds do not repeat it. Since round 50t
    (walkthrough 24, finding 13) that build clears the caches itself: no shell command to run."""
    docs, graph, rules = tmp_path / "docs", tmp_path / "kg", tmp_path / "correcties"
    docs.mkdir()
    (docs / "nieuws.txt").write_text("Nieuws\n5 juni 2025\n\nWethouder Anna Smit van Breda opende de beweegtuin.\n",
                                     encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(docs)]).exit_code == 0
    forget = runner.invoke(cli, ["--graph", str(graph), "forget", "Anna Smit", "--to", str(rules / "avg.yaml")])
    assert forget.exit_code == 0, forget.output
    assert f"(die bouw wist ook de caches in {graph / 'cache'}, waar" in forget.stderr, forget.stderr
    assert "rm -r" not in forget.output, forget.output
    assert any(b"Smit" in path.read_bytes() for path in (graph / "cache").rglob("*") if path.is_file())
    hint = "verwijderde entiteiten nog; de bouw heeft ze gewist (de volgende bouw leest alles opnieuw)."
    first = runner.invoke(cli, ["--graph", str(graph), "build", str(docs), "--curated", str(rules)])
    assert first.exit_code == 0 and "Correcties: 1 entiteit verwijderd." in first.output, first.output
    assert hint in first.output and "rm -r" not in first.output, first.output
    assert not (graph / "cache").exists() and not list(graph.glob(".cache-*")), sorted(graph.iterdir())
    again = runner.invoke(cli, ["--graph", str(graph), "build", str(docs), "--curated", str(rules)])
    assert again.exit_code == 0 and hint not in again.output, again.output
