"""Walkthrough 21 (round 46y): an informatiemanager's three weekly builds — a newer version of a file
in a later week's folder, corrections that take effect, curated rows that say what curated them, a line
under the wrong section of a correction file and the weekly mail's text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph.cli import cli

OLD = "# Verslag pijler\n\nDatum: 3 november 2026\n\nAan de City Deal Eenvoudig Maatwerk nemen Emmen en Ede deel. De pijler komt in 2027 weer bijeen.\n"
NEW = "# Verslag pijler\n\nDatum: 3 november 2026\n\nAan de City Deal Eenvoudig Maatwerk nemen Emmen en Epe deel. De pijler komt in 2027 weer bijeen.\n"


def _run(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--engine", "rdflib", "--graph", str(graph), *map(str, args)])


def _write(path: Path, text: str, mtime: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def _weeks(tmp_path, new_text=NEW):
    """week1/verslag.md (old, an older file) and week3/verslag.md (``new_text``, a newer file)."""
    old = _write(tmp_path / "week1" / "verslag.md", OLD, 1.7e9)
    new = _write(tmp_path / "week3" / "verslag.md", new_text, 1.7e9 + 3600)
    return old, new


# ----------------------------------------------------------------------------- finding 3: a newer version


@pytest.mark.parametrize("lang, line", [
    ("nl", "{old} overgeslagen: {new} heeft dezelfde naam en is een nieuwere versie (een nieuwer bestand)"),
    ("en", "{old} left out: {new} has the same name and is a newer version (a newer file)"),
])
def test_a_newer_version_in_a_later_weeks_folder_is_the_one_built(runner, tmp_path, lang, line):
    old, new = _weeks(tmp_path)
    graph = tmp_path / "kg"
    result = _run(runner, graph, "build", tmp_path / "week1", tmp_path / "week3", "--format", "json", lang=lang)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [w["message"] for w in report["warnings"]] == [line.format(old=old, new=new)], report["warnings"]
    assert [(w["code"], w["document"]) for w in report["warnings"]] == [("older_version", "verslag")]
    cities = _run(runner, graph, "ask", "city-involvement", "-p", "city=Epe", "--format", "json")
    assert "Eenvoudig Maatwerk" in cities.stdout, cities.output
    gone = _run(runner, graph, "ask", "city-involvement", "-p", "city=Ede", "--format", "json")
    assert "Eenvoudig Maatwerk" not in gone.stdout, gone.output


def test_the_newer_version_wins_over_the_previous_builds_file_with_keep_going(runner, tmp_path):
    old, new = _weeks(tmp_path)
    graph = tmp_path / "kg"
    assert _run(runner, graph, "build", tmp_path / "week1").exit_code == 0
    result = _run(runner, graph, "build", tmp_path / "week1", tmp_path / "week3", "--keep-going")
    assert result.exit_code == 0, result.output
    assert (f"{old} overgeslagen: {new} heeft dezelfde naam en is een nieuwere versie (een nieuwer bestand)"
            in result.stderr), result.stderr
    assert "alfabetische" not in result.stderr, result.stderr


def test_a_later_document_date_goes_before_the_files_time(tmp_path):
    from graph.ingest import read_corpus

    _write(tmp_path / "week1" / "stand.md", OLD.replace("3 november", "1 oktober"), 1.7e9 + 3600)
    _write(tmp_path / "week3" / "stand.md", OLD.replace("3 november", "8 oktober"), 1.7e9)
    documents, warnings = read_corpus([tmp_path / "week1", tmp_path / "week3"])
    assert [(d.path, d.date) for d in documents] == [(str(tmp_path / "week3" / "stand.md"), "2026-10-08")]
    assert warnings[0].endswith("is een nieuwere versie (latere documentdatum 2026-10-08)"), warnings


def test_two_different_documents_of_one_name_still_stop_the_build(runner, tmp_path):
    old, other = _weeks(tmp_path, new_text="Het bestuur besluit over de begroting van het bureau voor 2027.\n")
    result = _run(runner, tmp_path / "kg", "build", tmp_path / "week1", tmp_path / "week3")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"Fout: {other}: document-id 'verslag' wordt ook gebruikt door {old}; het id is de bestandsnaam zonder "
        "extensie, dus hernoem een van beide bestanden (of bouw ze in aparte grafen met --graph)"), result.stderr
