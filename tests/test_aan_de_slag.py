"""Walkthrough 19, finding 1: a short Dutch guide for beleidsmedewerkers, linked from the README's first
lines and from ``g40kg --help``, whose every command exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "aan-de-slag.md"


def test_the_readme_and_the_help_point_to_the_guide(runner):
    assert "docs/aan-de-slag.md" in "\n".join(ROOT.joinpath("README.md").read_text(encoding="utf-8").splitlines()[:6])
    for lang in ("nl", "en"):
        result = runner.invoke(cli, ["--lang", lang, "--help"])
        assert result.exit_code == 0 and "docs/aan-de-slag.md" in result.output, result.output


def test_every_command_of_the_guide_exists_with_its_options(runner):
    lines = [line.strip() for line in GUIDE.read_text(encoding="utf-8").splitlines() if line.startswith("    g40kg ")]
    assert len(lines) >= 10
    for line in lines:
        words = line.split()
        name = words[1]
        assert name in cli.commands, line
        helped = runner.invoke(cli, [name, "--help"])
        assert helped.exit_code == 0, line
        for option in re.findall(r"(?<!\S)(--[a-z-]+|-[po])\b", line):
            assert option in helped.output, (line, option)
    assert {line.split()[1] for line in lines} >= {"build", "ask", "collaborators", "diff", "path", "serve", "viz",
                                                    "export"}


def test_the_guides_sparql_counts_run(runner, tmp_path):
    """Round 45y (walkthrough 20, finding 21): the counts of "Tellen met SPARQL" run and count."""
    from tests.documents import dated_documents

    docs = dated_documents(tmp_path, {"nieuws": (
        "De gemeente Tilburg neemt deel aan de Regio Deal Midden-Brabant. De gemeente Tilburg werkt samen met "
        "het ministerie van BZK.", "2025-03-12")})
    graph = str(tmp_path / "kg")
    assert runner.invoke(cli, ["--graph", graph, "build", str(docs)]).exit_code == 0
    queries = [line.strip()[len("g40kg query "):].strip('"') for line in GUIDE.read_text(encoding="utf-8").splitlines()
               if line.startswith("    g40kg query ")]
    assert len(queries) == 2
    for query in queries:
        result = runner.invoke(cli, ["--graph", graph, "query", query, "--format", "json"])
        assert result.exit_code == 0, (query, result.output)
        assert json.loads(result.stdout)["rows"], (query, result.output)


def test_the_guide_explains_every_column_of_the_facts_export():
    """Walkthrough 21, finding 15: the facts export keeps its English column names under --excel; the guide says
    why and what each means."""
    from graph.csv_export import csv_export
    from graph.store import new_dataset

    guide = GUIDE.read_text(encoding="utf-8")
    columns = csv_export(new_dataset()).splitlines()[0].split(",")
    assert [column for column in columns if f"`{column}`" not in guide] == []
    assert "format=excel" in guide and "als Excel" in guide
