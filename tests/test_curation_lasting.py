"""Corrections that last: a merge that follows a new name variant, a role no twin ends (walkthrough 17)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.tenure import Term, inferred_ends, name_twins

FIRST = ("# Verslag 15 januari 2026\n\nAanwezig: M. van der Berg (Zwolle)\n\nZwolle, 8 januari 2026 – Marieke van der "
         "Berg-Jansen, wethouder van Zwolle, is per 1 januari 2026 voorzitter van de Pijler Economie en Werk.\n")
LATER = ("Zwolle, 23 april 2026 – Wethouder Marieke van der Berg (Zwolle) is voorzitter van de Pijler Economie en "
         "Werk.\n")


def g40kg(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def chairs(graph, *window):
    result = g40kg("--graph", str(graph), "ask", "unit-role-timeline", "-p", "unit=Pijler Economie en Werk",
                   *window, "--format", "json")
    return sorted((row["start"], row.get("end"), row["personLabel"]) for row in json.loads(result.output)["rows"])


@pytest.fixture
def month(tmp_path):
    """January's document with a merge of its initials into the double name, built; April's not yet written."""
    docs, corr = tmp_path / "docs", tmp_path / "corr"
    docs.mkdir(), corr.mkdir()
    (docs / "a-2026-01-15.md").write_text(FIRST, encoding="utf-8")
    return tmp_path


def build(folder, rule):
    (folder / "corr" / "c.yaml").write_text(rule, encoding="utf-8")
    result = g40kg("--graph", str(folder / "g"), "build", str(folder / "docs"), "--curated", str(folder / "corr"))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_merge_follows_its_name_to_a_name_variant_of_its_target(month):
    rule = "merge:\n  - {from: person/m-van-der-berg, into: person/marieke-van-der-berg-jansen, reason: initialen}\n"
    assert "samenvoeging" not in build(month, rule)
    (month / "docs" / "b-2026-04-23.md").write_text(LATER, encoding="utf-8")
    output = build(month, rule)
    assert ("c.yaml:2: samenvoeging gevolgd: 'M. van der Berg' heet nu person/marieke-van-der-berg, een naamvariant "
            "van person/marieke-van-der-berg-jansen; samengevoegd") in output
    rows = json.loads(g40kg("--graph", str(month / "g"), "curation", "--format", "json").output)["rows"]
    assert [(r["rule"], r["stale"]) for r in rows] == [
        ("person/m-van-der-berg → person/marieke-van-der-berg-jansen (via person/marieke-van-der-berg)", None)]
    # one person, twice voorzitter: her own second report does not end her first term, and is part of it
    # (one row per term, round 50t)
    assert [(start, end) for start, end, _ in chairs(month / "g")] == [("2026-01-01", None)]
    assert [(start, end) for start, end, _ in chairs(month / "g", "--as-of", "2026-05-01")] == [("2026-01-01", None)]


def test_a_merge_whose_name_went_to_someone_else_says_so_and_is_stale(month):
    rule = "merge:\n  - {from: person/m-van-der-berg, into: person/marieke-van-der-berg-jansen}\n"
    build(month, rule)
    (month / "docs" / "b-2026-04-23.md").write_text(LATER.replace("Marieke", "Mirjam"), encoding="utf-8")
    output = build(month, rule)
    assert ("c.yaml:2: uw samenvoeging geldt niet meer: 'M. van der Berg' heet nu person/mirjam-van-der-berg "
            "(3 feiten); pas de regel aan") in output
    rows = json.loads(g40kg("--graph", str(month / "g"), "curation", "--stale", "--format", "json").output)["rows"]
    assert [(r["stale"], r["status"]) for r in rows] == [("moved", "de naam van de regel heet nu een andere entiteit")]
    # another person: she does succeed Marieke
    assert chairs(month / "g") == [("2026-01-01", "2026-04-22", "Marieke van der Berg-Jansen"),
                                   ("2026-04-23", None, "Mirjam van der Berg")]


NAMES = {"p/a": "Linda Mulder", "p/b": "L. Mulder-Koster", "p/c": "Lotte Mulder", "p/d": "Linda Mulder"}


@pytest.mark.parametrize("later, apart, ended", [
    ("p/b", (), False),  # her married double name with her initial: the same person again
    ("p/c", (), True),  # another first name: a successor
    ("p/d", (), True),  # one name, two IRIs: namesakes a build or a split keeps apart, so a successor
    ("p/b", ({"p/a", "p/b"},), True),  # distinct: (or a split) says they are two
])
def test_a_name_variant_of_the_holder_is_no_successor(later, apart, ended):
    twins = name_twins(NAMES, {frozenset(pair) for pair in apart})
    terms = [Term("e1", "p/a", "u", "secretaris", "2026-01-01", None, False),
             Term("e2", later, "u", "secretaris", "2026-04-13", None, False)]
    assert inferred_ends(terms, twins) == ([("e1", "2026-04-12", "e2")] if ended else [])


def test_a_document_suppression_follows_a_renamed_file_and_a_stale_one_names_the_fact_back(tmp_path):
    docs, corr = tmp_path / "docs", tmp_path / "corr"
    docs.mkdir(), corr.mkdir()
    (docs / "nieuws-2026-04-02.md").write_text("Venlo, 2 april 2026 – Gerda Smeets is wethouder van Venlo.\n",
                                              encoding="utf-8")
    (docs / "tf-2026-03-01.md").write_text("Ook Marieke Jansen (Zwolle) neemt deel aan de Taskforce MKB.\n",
                                           encoding="utf-8")
    rules = ("suppress:\n  - {subject: person/gerda-smeets, predicate: hasRole, object: municipality/gm0983, "
             "document: nieuws-2026-04-02}\n  - {subject: municipality/gm0193, predicate: participatesIn, "
             "object: unit/taskforce-mkb, quote: \"Ook Marieke Jansen (Zwolle)\"}\n")
    assert "2 onderdrukt" in build(tmp_path, rules)
    (docs / "nieuws-2026-04-02.md").rename(docs / "nieuws-venlo-2026-04-02.md")
    (docs / "tf-2026-03-01.md").write_text("Marieke Jansen uit Zwolle: Zwolle neemt deel aan de Taskforce MKB.\n",
                                           encoding="utf-8")
    output = build(tmp_path, rules)
    assert ("c.yaml:2: document nieuws-2026-04-02 heet nu nieuws-venlo-2026-04-02; de regel volgt het (pas de regel "
            "aan)") in output
    assert ("c.yaml:3: niets te onderdrukken voor municipality/gm0193 participatesIn unit/taskforce-mkb (zin met "
            "'Ook Marieke Jansen (Zwolle)' niet (meer) gevonden); het onderdrukte feit staat weer in de graaf (nieuwe "
            "zin: 'Marieke Jansen uit Zwolle: Zwolle neemt deel aan de Taskforce MKB.')") in output
    rows = json.loads(g40kg("--graph", str(tmp_path / "g"), "curation", "--format", "json").output)["rows"]
    assert [(r["facts"], r["status"]) for r in rows] == [
        (1, "actief; document-id nieuws-2026-04-02 is oud: het document heet nu nieuws-venlo-2026-04-02"),
        (0, "zin met 'Ook Marieke Jansen (Zwolle)' niet (meer) gevonden; het onderdrukte feit staat weer in de graaf "
            "(nieuwe zin: 'Marieke Jansen uit Zwolle: Zwolle neemt deel aan de Taskforce MKB.')")]
    csv = g40kg("--graph", str(tmp_path / "g"), "export", "--format", "csv").output
    assert not [line for line in csv.splitlines() if "Gerda Smeets" in line and ",hasRole," in line], csv


def test_a_split_is_listed_and_leaves_the_other_persons_initials_with_her(tmp_path):
    docs, corr = tmp_path / "docs", tmp_path / "corr"
    docs.mkdir(), corr.mkdir()
    (docs / "n1-2026-01-15.md").write_text("# Verslag 15 januari 2026\n\nAanwezig: S. Bakker (G40-bureau, secretaris)\n\n"
                                           "Sanne Bakker van het G40-bureau is secretaris van de Themagroep Wonen.\n")
    (docs / "n3-2026-02-12.md").write_text("# Verslag 12 februari 2026\n\nAanwezig: S. Bakker (G40-bureau, "
                                           "secretaris), K. de Wit (Tilburg)\n\nDe themagroep bespreekt de woningbouw.\n")
    (docs / "n2-2026-04-07.md").write_text("Enschede, 7 april 2026 – Sanne Bakker, wethouder Economie van Enschede, "
                                           "wil aansluiten bij de City Deal.\n")
    split = ("split:\n  - {entity: person/sanne-bakker, where: {municipality: Enschede}, as: "
             "person/sanne-bakker-enschede, reason: twee mensen}\n")
    output = build(tmp_path, split)
    assert "Correcties: 1 persoon afgesplitst." in output
    assert "kan Sanne Bakker" not in output  # no ambiguity left: the initials stay with the G40 bureau's Sanne
    # a type is no longer ignored (round 43l): a person made an organisation breaks her affiliation, an error
    (corr / "c.yaml").write_text(split + "entities:\n  person/sanne-bakker: {type: Organisation, label: Sanne Bakker}\n",
                                 encoding="utf-8")
    wrong = g40kg("--graph", str(tmp_path / "g"), "build", str(docs), "--curated", str(corr))
    assert (wrong.exit_code, wrong.output.strip()) == (2, (
        f"Fout: {corr / 'c.yaml'}:4: type: Organisation maakt een feit ongeldig: organisation/sanne-bakker "
        "affiliatedWith organisation/g40 (het onderwerp van hasRole, memberOf, affiliatedWith, succeeded en contactFor "
        "is een g40:Person); pas het feit of de regel aan"))
    (corr / "c.yaml").write_text(split, encoding="utf-8")
    graph = str(tmp_path / "g")
    found = json.loads(g40kg("--graph", graph, "search", "Bakker", "--format", "json").output)["rows"]
    assert sorted(row["iri"].rsplit("/", 1)[1] for row in found) == ["sanne-bakker", "sanne-bakker-enschede"]
    rows = json.loads(g40kg("--graph", graph, "curation", "--format", "json").output)["rows"]
    assert [(r["ruleKind"], r["rule"], r["reason"], r["facts"], r["stale"]) for r in rows][0] == (
        "split", "person/sanne-bakker → person/sanne-bakker-enschede (municipality/gm0153)", "twee mensen", 1, None)
    assert "Geen mogelijk dubbele" in g40kg("--graph", graph, "twins", "--curated", str(corr)).output
