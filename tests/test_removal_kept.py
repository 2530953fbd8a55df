"""A build does not undo a removal on request by accident (walkthrough 26, finding 10): after the graph
folder moved, the remembered corrections folder was gone, the error proposed ``--curated -`` and that
build brought the removed person back with exit 0."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.cli import cli

NEWS = "Nieuws\n5 juni 2025\n\nWethouder Anna Smit van Breda opende met wethouder Kees Bos van Tilburg de beweegtuin.\n"


@pytest.fixture(scope="module")
def removed(tmp_path_factory):
    """A project folder whose graph removed Anna Smit on request with its own corrections folder."""
    from click.testing import CliRunner

    runner, root = CliRunner(), tmp_path_factory.mktemp("project")
    (root / "docs").mkdir()
    (root / "docs" / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(root / "kg"), "build", str(root / "docs")]).exit_code == 0
    forget = runner.invoke(cli, ["--graph", str(root / "kg"), "forget", "Anna Smit", "--to",
                                 str(root / "correcties" / "avg.yaml")])
    assert forget.exit_code == 0, forget.output
    built = runner.invoke(cli, ["--graph", str(root / "kg"), "build", str(root / "docs"), "--curated",
                                str(root / "correcties")])
    assert built.exit_code == 0 and "1 entiteit verwijderd" in built.output, built.output
    return root


def _moved(removed, tmp_path):
    """The graph folder copied alone to another place (its corrections folder stays behind)."""
    shutil.copytree(removed / "kg", tmp_path / "elders" / "kg")
    return tmp_path / "elders" / "kg"


def _build(runner, graph, docs, *options):
    return runner.invoke(cli, ["--graph", str(graph), "build", str(docs), *map(str, options)])


def _found(runner, graph) -> bool:
    """Whether searching the graph finds Anna Smit."""
    result = runner.invoke(cli, ["--graph", str(graph), "search", "Anna Smit", "--format", "json"])
    assert result.exit_code == 0, result.output
    return "Anna Smit" in {row["label"] for row in json.loads(result.stdout)["rows"]}


def test_a_gone_corrections_folder_with_a_removal_does_not_offer_the_bundled_ones(removed, runner, tmp_path):
    graph = _moved(removed, tmp_path)
    result = _build(runner, graph, removed / "docs")
    assert result.exit_code == 1, result.output
    assert result.output.strip() == (
        f"Fout: de vorige bouw van deze graaf gebruikte de correcties in {tmp_path / 'elders' / 'correcties'}, met "
        "een verwijdering op verzoek (AVG), maar die map is er niet meer; geef --curated MAP met die correcties: "
        "zonder komen verwijderde personen terug"), result.output
    assert "--curated -" not in result.output


@pytest.mark.parametrize("folder", ["-", "leeg"], ids=["bundled", "own-without-rules"])
def test_corrections_without_the_removal_are_refused_and_the_graph_stays(removed, runner, tmp_path, folder):
    graph = _moved(removed, tmp_path)
    if folder != "-":
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "namen.yaml").write_text("merge:\n  - {from: Kees Bos, into: K. Bos}\n", encoding="utf-8")
        folder = tmp_path / folder
    before = (graph / "manifest.json").read_bytes()
    result = _build(runner, graph, removed / "docs", "--curated", folder)
    assert result.exit_code == 1, result.output
    assert "verwijderde iemand op verzoek (AVG)" in result.output and "die persoon zou terugkomen" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output
    assert (graph / "manifest.json").read_bytes() == before
    assert not _found(runner, graph)


def test_the_folder_with_the_rules_builds_and_keeps_the_person_out(removed, runner, tmp_path):
    graph = _moved(removed, tmp_path)
    result = _build(runner, graph, removed / "docs", "--curated", removed / "correcties")
    assert result.exit_code == 0, result.output
    assert not _found(runner, graph)


def test_taking_the_rule_out_of_the_folder_used_undoes_the_removal_on_purpose(removed, runner, tmp_path):
    project = tmp_path / "kopie"
    shutil.copytree(removed, project)
    (project / "correcties" / "avg.yaml").write_text("suppress: []\n", encoding="utf-8")
    result = _build(runner, project / "kg", project / "docs")  # the remembered folder, edited
    assert result.exit_code == 0, result.output
    assert _found(runner, project / "kg")
