"""``diff`` says which correction took a fact out (walkthrough 26, finding 11): a removed fact that a
``suppress:`` rule of the new build removed reads "- eraf, onderdrukt (file:line)", not the same as a fact
whose document changed."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.cli import cli

NEWS = ("Nieuws\n4 december 2025\n\nKarel Vos, voorzitter van de themagroep Wonen, is adviseur bij het ministerie van "
        "BZK. Wethouder Ilse Mol van Breda werkt samen met Tilburg.\n")
RULE = 'suppress:\n  - {subject: Karel Vos, predicate: hasRole, object: BZK, role: adviseur, reason: "klopt niet"}\n'


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """(old graph, new graph): the same document, the new graph built with the suppression."""
    from click.testing import CliRunner

    runner, root = CliRunner(), tmp_path_factory.mktemp("diff")
    (root / "docs").mkdir(), (root / "correcties").mkdir()
    (root / "docs" / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(root / "kg"), "build", str(root / "docs")]).exit_code == 0
    shutil.copytree(root / "kg", root / "gisteren")
    (root / "correcties" / "regels.yaml").write_text(RULE, encoding="utf-8")
    built = runner.invoke(cli, ["--graph", str(root / "kg"), "build", str(root / "docs"), "--curated",
                                str(root / "correcties")])
    assert built.exit_code == 0 and "1 onderdrukt" in built.output, built.output
    return root / "gisteren", root / "kg"


def test_a_suppressed_fact_names_its_rule(builds, runner):
    old, new = builds
    result = runner.invoke(cli, ["--graph", str(new), "diff", str(old)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "eraf" in line and "Karel Vos" in line]
    assert len(lines) == 1 and "- eraf, onderdrukt (" in lines[0] and "regels.yaml:2)" in lines[0], result.output


def test_json_gives_the_rule_of_each_suppressed_fact(builds, runner):
    old, new = builds
    result = runner.invoke(cli, ["--graph", str(new), "diff", str(old), "--format", "json"])
    assert result.exit_code == 0, result.output
    removed = json.loads(result.stdout)["removed"]
    assert [(row["subject"], row["predicate"], row["role"], row["suppressed"].rsplit("/", 1)[-1]) for row in removed] == [
        ("Karel Vos", "hasRole", "adviseur", "regels.yaml:2")]


def test_the_other_way_round_nothing_is_suppressed(builds, runner):
    old, new = builds  # from the corrected graph back to the plain one: the fact comes back, no rule to name
    result = runner.invoke(cli, ["--graph", str(old), "diff", str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)
    assert changes["removed"] == [] and [row["role"] for row in changes["added"]] == ["adviseur"]
