"""Walkthrough 17's curation leftovers (round 43l): a real retype (finding 6), a merge that settles an
ambiguity (finding 8) and the history of the rules across builds (finding 19)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli

LIST = "# Verslag 15 januari 2026\n\nAanwezig: S. Bakker (G40-bureau, secretaris), K. de Wit (Tilburg)\n\nDe themagroep bespreekt de woningbouw.\n"
ENSCHEDE = "Enschede, 10 februari 2026 – Sanne Bakker, wethouder Economie van Enschede, wil aansluiten bij de City Deal.\n"
TILBURG = "Tilburg, 10 maart 2026 – Sjoerd Bakker, wethouder Wonen van Tilburg, is voorzitter van de Themagroep Wonen.\n"
RETYPE = "entities:\n  unit/g40-bureau: {type: Programme, label: G40-bureauprogramma, rename: true}\n"
MERGE = "merge:\n  - {from: person/s-bakker, into: person/sanne-bakker, by: Kennismanager, date: 2026-04-30}\n"
AMBIGUOUS = "n1-2026-01-15: 'S. Bakker' kan Sanne Bakker, Sjoerd Bakker zijn; niet samengevoegd"


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    """Three documents: an attendance list's "S. Bakker", who may be Sanne (Enschede) or Sjoerd (Tilburg)."""
    docs, corr = tmp_path / "docs", tmp_path / "corr"
    docs.mkdir(), corr.mkdir()
    for name, text in (("n1-2026-01-15.md", LIST), ("n2-2026-02-10.md", ENSCHEDE), ("n3-2026-03-10.md", TILBURG)):
        (docs / name).write_text(text, encoding="utf-8")
    return tmp_path


def build(folder, rules, code=0):
    (folder / "corr" / "c.yaml").write_text(rules, encoding="utf-8")
    result = g40kg("--graph", folder / "g", "build", folder / "docs", "--curated", folder / "corr")
    assert result.exit_code == code, result.output
    return result.output


def curation(folder, *args):
    return json.loads(g40kg("--graph", folder / "g", "curation", *args, "--format", "json").output)["rows"]


# --------------------------------------------------------------------------- finding 6: a real retype


def test_a_retype_moves_the_entity_to_the_key_of_its_new_kind(folder):
    output = build(folder, RETYPE)
    assert "Correcties: 1 entiteit hertypt." in output
    assert "genegeerd" not in output
    assert [(r["ruleKind"], r["rule"], r["facts"], r["entities"], r["stale"]) for r in curation(folder)] == [
        ("retype", "unit/g40-bureau → programme/g40-bureau (Programme)", 1, 1, None)]
    table = g40kg("--graph", folder / "g", "curation").output
    assert "hertypen" in table and "actief" in table
    graph = folder / "g"
    old = g40kg("--graph", graph, "entity", "unit/g40-bureau")
    assert old.exit_code == 0, old.output
    assert "unit/g40-bureau is nu een programma: programme/g40-bureau (c.yaml:2)" in old.output
    assert "G40-bureauprogramma (Programma) https://w3id.org/g40kg/id/programme/g40-bureau" in old.output
    assert "gecureerd: hertypt uit unit/g40-bureau (c.yaml:2; 1 feit)" in old.output
    english = g40kg("--graph", graph, "--lang", "en", "entity", "unit/g40-bureau").output
    assert "unit/g40-bureau is now a programme: programme/g40-bureau (c.yaml:2)" in english
    profile = json.loads(g40kg("--graph", graph, "entity", "programme/g40-bureau", "--format", "json").output)["rows"][0]
    assert (profile["type"], profile["label"], [f["otherLabel"] for f in profile["relations"]["partOf"]]) == (
        "Programme", "G40-bureauprogramma", ["G40"])
    quads = (graph / "graph.nq").read_text(encoding="utf-8")
    assert ("<https://w3id.org/g40kg/id/programme/g40-bureau> <http://www.w3.org/2002/07/owl#sameAs> "
            "<https://w3id.org/g40kg/id/unit/g40-bureau>") in quads  # the old IRI still leads to it
    assert "<https://w3id.org/g40kg/id/unit/g40-bureau> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" not in quads
    assert g40kg("--graph", graph, "validate").exit_code == 0


def test_a_retype_whose_key_is_gone_is_stale_and_not_a_declaration(folder):
    output = build(folder, "entities:\n  unit/g40-bureaus: {type: Programme, label: G40-bureauprogramma}\n")
    assert ("c.yaml:2: te hertypen entiteit unit/g40-bureaus (bedoelt u unit/g40-bureau, G40-bureau?) staat niet in de "
            "graaf; overgeslagen") in output
    rows = curation(folder, "--stale")
    assert [(r["ruleKind"], r["rule"], r["stale"], r["status"]) for r in rows] == [
        ("retype", "unit/g40-bureaus → programme/g40-bureaus (Programme)", "entity_missing",
         "een entiteit van de regel staat niet (meer) in de graaf")]
    assert "g40-bureaus" not in (folder / "g" / "graph.nq").read_text(encoding="utf-8")


def test_a_retype_that_breaks_a_fact_is_an_error_naming_the_rule_and_the_fact(folder):
    build(folder, RETYPE)
    before = (folder / "g" / "graph.nq").read_bytes()
    output = build(folder, "entities:\n  person/k-de-wit: {type: Organisation, label: KdW}\n", code=2)
    assert output.strip() == (
        f"Fout: {folder / 'corr' / 'c.yaml'}:2: type: Organisation maakt een feit ongeldig: organisation/k-de-wit "
        "affiliatedWith municipality/gm0855 (het onderwerp van hasRole, memberOf, affiliatedWith, succeeded en "
        "contactFor is een g40:Person); pas het feit of de regel aan")
    assert (folder / "g" / "graph.nq").read_bytes() == before  # the previous graph stays


def test_a_retype_into_an_existing_key_merges_the_two_and_says_so(folder):
    """Round 44c: ``programme/g40-bureau`` exists already; the retype of ``unit/g40-bureau`` joins it."""
    output = build(folder, "entities:\n  programme/g40-bureau: {type: Programme, label: Bureauprogramma}\n"
                           "  unit/g40-bureau: {type: Programme, label: G40-bureauprogramma, rename: true}\n")
    assert (f"{folder / 'corr' / 'c.yaml'}:3: hertypen naar een bestaande sleutel: unit/g40-bureau samengevoegd met "
            "programme/g40-bureau (Bureauprogramma, 0 feit(en)); is het een andere entiteit, haal de regel dan weg"
            ) in output
    assert "Correcties: 1 entiteit toegevoegd, 1 entiteit hertypt." in output
    profile = json.loads(g40kg("--graph", folder / "g", "entity", "programme/g40-bureau", "--format", "json").output
                         )["rows"][0]
    assert (profile["type"], profile["label"], sorted(profile["names"]),
            [f["otherLabel"] for f in profile["relations"]["partOf"]]) == (
        "Programme", "G40-bureauprogramma", ["Bureauprogramma", "G40-bureau", "G40-bureauprogramma"], ["G40"])
    assert g40kg("--graph", folder / "g", "validate").exit_code == 0


def test_a_retype_into_a_key_distinct_keeps_apart_is_an_error_naming_both_rules(folder):
    before = build(folder, "") and (folder / "g" / "graph.nq").read_bytes()
    output = build(folder, "entities:\n  programme/g40-bureau: {type: Programme, label: Bureauprogramma}\n"
                           "  unit/g40-bureau: {type: Programme, label: G40-bureauprogramma}\n"
                           "distinct:\n  - [unit/g40-bureau, programme/g40-bureau]\n", code=2)
    rules = folder / "corr" / "c.yaml"
    assert output.strip() == (f"Fout: {rules}:3: hertypen naar een bestaande sleutel: programme/g40-bureau "
                              f"(Bureauprogramma) is volgens {rules}:5 een andere entiteit dan unit/g40-bureau; haal "
                              "een van beide regels weg")
    assert (folder / "g" / "graph.nq").read_bytes() == before


def test_diff_shows_a_retype_as_a_retype_not_a_merge(folder):
    """Round 44c: ``g40kg diff`` listed the retype as "= samengevoegd"; now it is its own line and JSON list."""
    import shutil

    build(folder, MERGE)
    shutil.copytree(folder / "g", folder / "before")
    build(folder, RETYPE + MERGE + "  - {from: person/k-de-wit, into: person/sjoerd-bakker}\n")
    lines = g40kg("--graph", folder / "g", "diff", folder / "before").output.splitlines()
    assert lines[0].endswith("; 1 samengevoegd; 1 hertypt")
    assert [line.split() for line in lines[3:]] == [
        ["=", "samengevoegd", "K.", "de", "Wit", "→", "1", "feit", "Sjoerd", "Bakker", "c.yaml:5"],
        ["~", "hertypt", "unit/g40-bureau", "→", "1", "feit", "programme/g40-bureau", "c.yaml:2"]]
    english = g40kg("--graph", folder / "g", "--lang", "en", "diff", folder / "before").output.splitlines()
    assert english[0].endswith("; 1 merged; 1 retyped") and english[-1].split()[:2] == ["~", "retyped"]
    data = json.loads(g40kg("--graph", folder / "g", "diff", folder / "before", "--format", "json").output)
    key = "https://w3id.org/g40kg/id/"
    assert [(m["from"], m["into"], m["facts"], m["source"]) for m in data["retyped"]] == [
        (key + "unit/g40-bureau", key + "programme/g40-bureau", 1, "c.yaml:2")]
    assert [m["from"] for m in data["merged"]] == [key + "person/k-de-wit"]
    assert [c["old"] for c in data["iri_changed"]] == [key + "person/k-de-wit", key + "unit/g40-bureau"]


# --------------------------------------------------------------------------- finding 8: ambiguity settled


def test_a_merge_of_the_ambiguous_initials_silences_their_warning(folder):
    assert AMBIGUOUS in build(folder, "")
    output = build(folder, MERGE)
    assert AMBIGUOUS not in output
    assert "Correcties: 1 samengevoegd, 1 dubbelzinnigheid door correcties opgelost." in output
    english = g40kg("--graph", folder / "g", "--lang", "en", "build", folder / "docs", "--curated", folder / "corr")
    assert "Corrections: 1 merged, 1 ambiguity settled by corrections." in english.output


def test_a_split_that_places_the_initials_leaves_no_ambiguity(folder):
    output = build(folder, "split:\n  - {entity: person/s-bakker, where: {document: n1-2026-01-15}, as: "
                           "person/sanne-bakker-bureau}\n")
    assert "kan Sanne Bakker" not in output and "Correcties: 1 persoon afgesplitst." in output
    found = json.loads(g40kg("--graph", folder / "g", "search", "Bakker", "--format", "json").output)["rows"]
    assert sorted(row["iri"].rsplit("/", 1)[1] for row in found) == ["sanne-bakker", "sanne-bakker-bureau",
                                                                     "sjoerd-bakker"]


# --------------------------------------------------------------------------- finding 19: the rules' history


def test_the_history_logs_each_change_of_a_rule_newest_first(folder):
    build(folder, "")
    assert not (folder / "g" / "curation-log.jsonl").exists()  # no rules, no log
    build(folder, RETYPE + MERGE)
    build(folder, RETYPE + MERGE)  # nothing changed: no line
    (folder / "docs" / "n1-2026-01-15.md").unlink()  # S. Bakker and the bureau are gone: both rules change nothing
    build(folder, RETYPE + MERGE)
    (folder / "docs" / "n1-2026-01-15.md").write_text(LIST, encoding="utf-8")
    build(folder, MERGE)  # the retype is gone from the file, the merge is back
    rows = curation(folder, "--history")
    retype, merge = "unit/g40-bureau → programme/g40-bureau (Programme)", "person/s-bakker → person/sanne-bakker"
    assert [(r["event"], r["ruleKind"], r["rule"], r["stale"]) for r in rows] == [
        ("removed", "retype", retype, None), ("back", "merge", merge, None),
        ("stale", "retype", retype, "entity_missing"), ("stale", "merge", merge, "entity_missing"),
        ("applied", "retype", retype, None), ("applied", "merge", merge, None)]
    assert (rows[1]["ruleSource"], rows[1]["by"], rows[1]["date"]) == (f"{folder / 'corr' / 'c.yaml'}:2", "Kennismanager",
                                                                      "2026-04-30")
    assert rows[0]["by"] is None and "reason" not in rows[0]
    table = g40kg("--graph", folder / "g", "curation", "--history").output
    assert table.splitlines()[0] == "Geschiedenis van de correctieregels (6 wijzigingen, nieuwste eerst)"
    assert "weer actief" in table and "zonder effect" in table
    english = g40kg("--graph", folder / "g", "--lang", "en", "curation", "--history").output
    assert "active again" in english and english.splitlines()[0].startswith("History of the curation rules (6 changes")
    later = g40kg("--graph", folder / "g", "curation", "--history", "--since", "2999-01-01")
    assert (later.exit_code, later.output.strip()) == (0, "Nog geen geschiedenis van correctieregels (die begint bij "
                                                          "de eerste bouw met --curated MAP).")


def test_history_options_are_checked(folder):
    build(folder, MERGE)
    wrong = g40kg("--graph", folder / "g", "curation", "--history", "--since", "30-04-2026")
    assert wrong.exit_code == 2 and "'30-04-2026' is geen datum (JJJJ-MM-DD)" in wrong.output
    alone = g40kg("--graph", folder / "g", "curation", "--since", "2026-04-30")
    assert alone.exit_code == 2 and "--since hoort bij --history" in alone.output


def test_a_removal_leaves_no_removed_name_in_the_history(folder):
    build(folder, "merge:\n  - {from: person/k-de-wit, into: person/sjoerd-bakker}\n")
    build(folder, "suppress:\n  - {entity: person/sjoerd-bakker, reason: AVG-verzoek}\n")
    log = (folder / "g" / "curation-log.jsonl").read_text(encoding="utf-8")
    assert "bakker" not in log.casefold() and "de-wit" in log, log
    events = [json.loads(line)["event"] for line in log.splitlines()]
    assert events == ["applied", "applied", "removed"]
