"""``build --quiet`` and ``build --strict`` for cron (walkthrough 16, finding 16): only errors on the
screen, and exit status 3 when a saved build had warnings."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.errors import EXIT_WARNINGS
from tests.documents import dated_documents, warning_lines

TEXTS = {"benoeming": ("Anna de Vries, wethouder van de gemeente Zwolle, is voorzitter van de Pijler Sociaal.",
                       "2024-03-01")}


@pytest.fixture
def docs(tmp_path):
    return dated_documents(tmp_path, TEXTS)


def _binary(docs):
    (docs / "kapot.txt").write_bytes(b"\x00\x01\x02binair")
    return docs / "kapot.txt"


def test_quiet_says_nothing_also_with_warnings(docs, runner, tmp_path):
    for _ in range(2):  # clean, then with a skipped file
        result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--quiet"])
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), result.output
        _binary(docs)


def test_strict_gives_exit_3_and_quiet_strict_shows_only_the_warnings(docs, runner, tmp_path):
    skipped = _binary(docs)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--quiet", "--strict"])
    assert (result.exit_code, result.stdout) == (EXIT_WARNINGS, ""), result.output
    assert result.stderr == f"1 waarschuwing:\n  {skipped}: overgeslagen, binair bestand\n", result.stderr
    assert (tmp_path / "kg" / "graph.nq").is_file()  # the graph is saved all the same
    skipped.unlink()
    clean = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--quiet", "--strict"])
    assert (clean.exit_code, clean.stdout, clean.stderr) == (0, "", ""), clean.output


def test_strict_with_json_prints_the_report_and_exits_3(docs, runner, tmp_path):
    skipped = _binary(docs)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--strict", "--format", "json"])
    assert result.exit_code == EXIT_WARNINGS, result.output
    assert warning_lines(json.loads(result.stdout)) == [f"{skipped}: overgeslagen, binair bestand"], result.stdout


@pytest.mark.parametrize("option", ["--quiet", "--strict"])
def test_quiet_and_strict_are_not_for_watch(docs, runner, tmp_path, option):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--watch", option])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith("Fout: --quiet en --strict gelden voor één bouw, niet voor --watch\n"), result.stderr
