"""A correction's dates go to the term they fit, not to every term of the role: a person who chaired a
pijler twice keeps the first term's dates when a correction dates the second, and a correction without
dates leaves the documents' dates alone (walkthrough 21, leftover 5). Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

DOCUMENTS = {
    "jaar-2019": ("Karel Jansen is voorzitter van de pijler Economie.", "2019-06-01"),
    "nieuws-2021": ("Tot 1 januari 2021 was Karel Jansen voorzitter van de pijler Economie.", "2021-02-01"),
    "mail-2026": ("Karel Jansen is voorzitter van de pijler Economie.", "2026-11-12"),
}
DATED = ("facts:\n  - {subject: Karel Jansen, predicate: hasRole, object: Pijler Economie, role: voorzitter, "
         "valid_from: 2026-11-16}\n")
UNDATED = "facts:\n  - {subject: Karel Jansen, predicate: hasRole, object: Pijler Economie, role: voorzitter, past: true}\n"


def _build(tmp_path, corrections: str | None):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    docs = dated_documents(tmp_path, DOCUMENTS)
    curated = tmp_path / "corr"  # an empty folder: no correction
    curated.mkdir()
    if corrections is not None:
        (curated / "c.yaml").write_text(corrections, encoding="utf-8")
    build_graph([docs], tmp_path / "kg", curated=curated)
    return tmp_path / "kg"


def _facts(runner, graph) -> list[tuple]:
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "facts"])
    assert result.exit_code == 0, result.output
    return sorted((f["document"], f["valid_from"], f["valid_until"], f["past"], f["inferred_until"])
                  for f in map(json.loads, result.stdout.splitlines()) if f["predicate"] == "hasRole")


@pytest.fixture(scope="module")
def uncorrected(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("plain"), None)


def test_a_dated_correction_redates_only_the_term_it_fits(runner, uncorrected, tmp_path):
    before = {row[0]: row for row in _facts(runner, uncorrected)}
    after = {row[0]: row for row in _facts(runner, _build(tmp_path, DATED))}
    assert after["mail-2026"][:4] == ("mail-2026", "2026-11-16", None, False), after
    assert (after["jaar-2019"], after["nieuws-2021"]) == (before["jaar-2019"], before["nieuws-2021"]), after


def test_a_correction_without_dates_leaves_the_documents_dates(runner, uncorrected, tmp_path):
    assert _facts(runner, _build(tmp_path, UNDATED)) == _facts(runner, uncorrected)
    rows = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "who-does-what", "-p", "person=Karel Jansen",
                               "--format", "json"])
    plain = runner.invoke(cli, ["--graph", str(uncorrected), "ask", "who-does-what", "-p", "person=Karel Jansen",
                                "--format", "json"])
    ends = sorted((r["since"], r["end"]) for r in json.loads(rows.stdout)["rows"])  # the term keeps its dates
    assert ends == sorted((r["since"], r["end"]) for r in json.loads(plain.stdout)["rows"]), rows.stdout
