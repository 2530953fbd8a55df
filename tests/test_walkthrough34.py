"""Walkthrough 9: an analyst preparing a board briefing — corrections that must not silently drop
out, and the answers' faithfulness over time."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.cli import cli

# ----------------------------------------------------------------------------- C11: remembered corrections

CHAIR = "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.\n"
SUPPRESSED = ("suppress:\n  - {subject: person/anna-jansen, predicate: hasRole, object: unit/pijler-sociaal, "
              "role: voorzitter, document: a}\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder as the README has it: documents, own corrections, and the graph in it."""
    monkeypatch.delenv("G40KG_CURATED", raising=False)
    (tmp_path / "docs").mkdir()
    (tmp_path / "correcties").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(CHAIR, encoding="utf-8")
    (tmp_path / "correcties" / "c.yaml").write_text(SUPPRESSED, encoding="utf-8")
    return tmp_path


def _build(runner, project, *options):
    return runner.invoke(cli, ["--graph", str(project / "kg"), "build", str(project / "docs"), "--format", "json",
                               *options])


def _chairs(runner, project) -> list[str]:
    result = runner.invoke(cli, ["--graph", str(project / "kg"), "export"])
    return [json.loads(line)["subject"] for line in result.stdout.splitlines()
            if json.loads(line).get("role") == "voorzitter"]


def test_a_rebuild_without_curated_applies_the_corrections_of_the_previous_build(runner, project):
    assert _build(runner, project, "--curated", str(project / "correcties")).exit_code == 0
    assert _chairs(runner, project) == []
    again = _build(runner, project)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["corrections"] == str((project / "correcties").resolve())
    assert json.loads(again.stdout)["curation"]["suppressed"] == 1
    assert _chairs(runner, project) == []


def test_the_text_summary_says_which_corrections_it_applied_again(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    again = runner.invoke(cli, ["--graph", str(project / "kg"), "build", str(project / "docs")])
    assert again.exit_code == 0, again.output
    assert again.stderr.splitlines()[0] == (
        f"Correcties uit {(project / 'correcties').resolve()}, zoals bij de vorige bouw van deze graaf "
        "(--curated MAP kiest een andere map, --curated - de meegeleverde correcties).")


def test_curated_dash_goes_back_to_the_bundled_corrections_and_is_remembered(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    back = _build(runner, project, "--curated", "-")
    assert back.exit_code == 0, back.output
    assert json.loads(back.stdout)["corrections"] is None
    assert _chairs(runner, project) == ["Anna Jansen"]
    assert json.loads(_build(runner, project).stdout)["corrections"] is None


def test_a_remembered_folder_that_is_gone_is_a_one_line_error_and_the_graph_stays(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    shutil.rmtree(project / "correcties")
    before = (project / "kg" / "manifest.json").read_bytes()
    result = runner.invoke(cli, ["--graph", str(project / "kg"), "--lang", "en", "build", str(project / "docs")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: this graph's previous build used the corrections in "
                             f"{(project / 'correcties').resolve()}, but that folder is gone; give --curated FOLDER, "
                             "or --curated - for the bundled corrections\n")
    assert (project / "kg" / "manifest.json").read_bytes() == before


def test_a_copied_project_folder_finds_its_corrections_where_it_now_is(runner, project, tmp_path_factory):
    _build(runner, project, "--curated", str(project / "correcties"))
    copy = tmp_path_factory.mktemp("kopie") / "project"
    shutil.copytree(project, copy)
    shutil.rmtree(project)
    again = _build(runner, copy)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["corrections"] == str((copy / "correcties").resolve())
