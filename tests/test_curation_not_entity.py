"""``suppress: - {not_entity: …}``: what the extraction wrongly took for a person or other entity goes
from the graph with its facts and mentions, as a removal does, but as what it is: no privacy erasure, no
name masked in the quotes that remain, no cache cleared, and ``g40kg curation`` lists it as "geen
entiteit" with its reason (walkthrough 24, finding 13: a PDF table's header read as a chair). Invented
names only."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

TEXT = ("Verslag\n\n3 maart 2025\n\nAnna Jansen, voorzitter van de Pijler Economie, gaf het woord aan Kees Tabel.\n\n"
        "Kees Tabel, voorzitter van de Themagroep Water, sloot af.\n")


@pytest.fixture
def built(runner, tmp_path):
    """One document built; a corrections folder beside it, empty."""
    docs, rules = tmp_path / "docs", tmp_path / "correcties"
    docs.mkdir(), rules.mkdir()
    (docs / "verslag.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert result.exit_code == 0, result.output
    return tmp_path


def build(runner, where, rule):
    (where / "correcties" / "c.yaml").write_text(rule, encoding="utf-8")
    return runner.invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs"), "--curated",
                               str(where / "correcties")])


def test_a_name_that_is_no_entity_goes_without_masking_or_advice(runner, built):
    assert runner.invoke(cli, ["--graph", str(built / "kg"), "entity", "Kees Tabel"]).exit_code == 0
    result = build(runner, built, "suppress:\n  - {not_entity: Kees Tabel, reason: \"kop van een tabel\"}\n")
    assert result.exit_code == 0, result.output
    assert "Correcties: 1 naam weggehaald die geen entiteit is." in result.output, result.output
    assert "rm -r" not in result.output and "caches" not in result.output, result.output
    gone = runner.invoke(cli, ["--graph", str(built / "kg"), "entity", "Kees Tabel"])
    assert gone.exit_code != 0 and "onbekende naam 'Kees Tabel'" in gone.output, gone.output
    graph = (built / "kg" / "graph.nq").read_text(encoding="utf-8")
    assert "[naam verwijderd]\"" not in graph and "gaf het woord aan Kees Tabel." in graph  # Anna's quote as it was
    assert "Themagroep Water" in graph and (built / "kg" / "cache").is_dir()  # no erasure: the caches stay
    rows = json.loads(runner.invoke(cli, ["--graph", str(built / "kg"), "curation", "--format", "json"]).stdout)["rows"]
    assert [(r["ruleKind"], r["rule"], r["reason"], r["entities"], r["stale"]) for r in rows] == [
        ("not_entity", "Kees Tabel (= person/kees-tabel)", "kop van een tabel", 1, None)]
    table = runner.invoke(cli, ["--graph", str(built / "kg"), "curation"]).output
    assert "geen entiteit" in table and "AVG" not in table, table


@pytest.mark.parametrize("given, shown", [("person/niemand-hier", "person/niemand-hier"),
                                           ("Periode Ambtelijk", "'Periode Ambtelijk'")], ids=["key", "name"])
def test_a_rule_for_what_the_graph_lacks_changes_nothing_and_says_so(runner, built, given, shown):
    """A later extraction no longer makes the wrong entity: the rule is stale, not an error that stops the
    build (a fact's or removal's name of no entity is one)."""
    result = build(runner, built, f"suppress:\n  - {{not_entity: {given}}}\n")
    assert result.exit_code == 0, result.output
    assert f"c.yaml:2: {shown} staat niet (meer) in de graaf; niets weggehaald" in result.output, result.output
    rows = json.loads(runner.invoke(cli, ["--graph", str(built / "kg"), "curation", "--format", "json"]).stdout)["rows"]
    assert [(r["ruleKind"], r["entities"], r["stale"]) for r in rows] == [("not_entity", 0, "entity_missing")]


@pytest.mark.parametrize("rule, message", [
    ("suppress:\n  - {not_entity: Kees Tabel, role: voorzitter}\n",
     "c.yaml:2: 'geen entiteit' kent alleen not_entity, reason, by en date, niet role"),
    ("suppress:\n  - {not_entity: \"\"}\n", "c.yaml:2: ontbrekend of leeg veld 'not_entity'"),
], ids=["another-field", "empty"])
def test_a_malformed_rule_stops_the_build_with_one_line(runner, built, rule, message):
    result = build(runner, built, rule)
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output


def kinds_counted(output: str) -> dict[str, int]:
    """The build summary's "Gevonden per soort" lines as {kind: count}."""
    lines = output.split("Gevonden per soort:\n", 1)[1].split("Feiten per soort:", 1)[0]
    return {" ".join(line.split()[:-1]): int(line.split()[-1]) for line in lines.splitlines() if line.strip()}


def test_the_summary_counts_the_kinds_after_the_name_is_taken_out(runner, built):
    """Walkthrough 24: the counts per kind were taken before a 'not_entity' rule removed the entity."""
    before = runner.invoke(cli, ["--graph", str(built / "kg"), "build", str(built / "docs")])
    result = build(runner, built, "suppress:\n  - {not_entity: Kees Tabel}\n")
    assert result.exit_code == 0, result.output
    assert kinds_counted(result.output)["Persoon"] == kinds_counted(before.output)["Persoon"] - 1, result.output
