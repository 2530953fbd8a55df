"""Walkthrough 38, curation at scale: likely duplicates (twins), unknown fields, conflicting rules,
who changed what and why, diff and curation, repeated warnings. Fictional names only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.cli import cli

NEWS = """Nieuws | 19 januari 2023

G40 nieuwsbericht

Kees Brouwer is voorzitter van de Themagroep Human Capital.
Kees Brouwerr is voorzitter van de themagroep HC.
Anouk Visscher-Smit is secretaris van de Themagroep Human Capital.
Anouk Smit is secretaris van de themagroep HC.
De gemeente Breda werkt samen met Vereniging Nederlandse Gemeenten in de City Deal Impact Ondernemen.
De gemeente Tilburg werkt samen met de VNG in de City Deal Impact Ondernemen.
Wethouder Kees Brouwer (Breda) werkt samen met Binnenlandse Zaken.
"""

# "Vereniging Nederlandse Gemeenten" and "Binnenlandse Zaken" are the VNG and BZK (round 38r): no twins
TWINS = [
    ("typo", "person/kees-brouwerr", "person/kees-brouwer"),
    ("acronym", "unit/themagroep-hc", "unit/themagroep-human-capital"),
    ("double_surname", "person/anouk-smit", "person/anouk-visscher-smit"),
]


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    (folder / "nieuws-a.txt").write_text(NEWS, encoding="utf-8")
    return folder


def _build(runner, graph: Path, docs: Path, curated: Path | None = None, *extra):
    args = ["--graph", str(graph), "build", str(docs), *extra]
    if curated is not None:
        args += ["--curated", str(curated)]
    return runner.invoke(cli, args)


@pytest.fixture(scope="module")
def built(news, tmp_path_factory) -> Path:
    from click.testing import CliRunner

    graph = tmp_path_factory.mktemp("kg") / "kg"
    result = _build(CliRunner(), graph, news)
    assert result.exit_code == 0, result.output
    return graph


# ------------------------------------------------------------------------------------------ R3 twins


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_twins_lists_the_duplicates_most_likely_first_with_the_rule(runner, built, engine):
    result = runner.invoke(cli, ["--graph", str(built), "--engine", engine, "twins", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["reason"], r["from"], r["into"]) for r in rows] == TWINS, result.output
    first = rows[0]
    assert (first["facts"], first["otherFacts"], first["why"]) == (1, 3, "één letter verschil")
    assert first["merge"] == "- {from: person/kees-brouwerr, into: person/kees-brouwer}"


def test_twins_rules_paste_as_a_merge_section_that_builds(runner, built, news, tmp_path):
    result = runner.invoke(cli, ["--graph", str(built), "--lang", "en", "twins", "--rules", "--type", "Person"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "merge:",
        "  - {from: person/kees-brouwerr, into: person/kees-brouwer}  # one letter apart",
        "  - {from: person/anouk-smit, into: person/anouk-visscher-smit}  # double surname: Anouk Visscher-Smit holds Anouk Smit",
    ]
    corrections = tmp_path / "correcties"
    corrections.mkdir()
    (corrections / "merge.yaml").write_text(result.stdout, encoding="utf-8")
    graph = tmp_path / "kg"
    assert _build(runner, graph, news, corrections).exit_code == 0
    again = runner.invoke(cli, ["--graph", str(graph), "twins", "--format", "json"])
    assert [r["reason"] for r in json.loads(again.stdout)["rows"]] == ["acronym"], again.output


def test_twins_leaves_out_pairs_a_rule_merges_or_keeps_apart(runner, built, tmp_path):
    (tmp_path / "a.yaml").write_text(
        "distinct:\n  - {entities: [person/anouk-smit, person/anouk-visscher-smit], reason: twee mensen}\n"
        "  - [organisation/binnenlandse-zaken, ministry/mnre1034]\n"
        "merge:\n  - {from: unit/themagroep-hc, into: unit/themagroep-human-capital}\n", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(built), "twins", "--curated", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["from"] for r in json.loads(result.stdout)["rows"]] == ["person/kees-brouwerr"]


def test_twins_in_words_without_a_graph_of_pairs(runner, tmp_path, news):
    graph = tmp_path / "kg"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Nieuws | 1 maart 2024\n\nDe gemeente Breda werkt samen met de VNG.\n", encoding="utf-8")
    assert _build(runner, graph, docs).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "twins"])
    assert (result.exit_code, result.stdout) == (0, "Geen mogelijk dubbele entiteiten gevonden.\n"), result.output


@pytest.mark.parametrize("a, b, reason", [
    ("Jan Pieterse", "Jan Pietersen", "typo"),
    ("P. Pieterse", "Petra Pieterse", "initials"),
    ("Roos Bakker", "Roos de Wit-Bakker", "double_surname"),
    ("Wit-Bakker", "Roos de Wit-Bakker", "surname_only"),
    ("Taskforce Energie", "Taskforce Energie en Klimaat", "contained"),
    ("Vereniging Stedelijke Regio's", "VSR", "acronym"),
    ("Kees Brouwer", "Kees Brouwer", "same_name"),
])
def test_twin_reasons(a, b, reason):
    from graph.twins import Candidate, find_twins

    kind = "Person" if reason in ("typo", "same_name", "initials", "double_surname", "surname_only") else "Organisation"
    found = find_twins([Candidate("urn:a", kind, a, (a,), 1), Candidate("urn:b", kind, b, (b,), 2)])
    assert [(t.reason, t.old.iri, t.into.iri) for t in found] == [(reason, "urn:a", "urn:b")]


@pytest.mark.parametrize("a, b", [("Jan Pieterse", "Jan Pietersma"), ("P. Pieterse", "Karel Pieterse")])
def test_no_twins_of_names_that_are_apart(a, b):
    from graph.twins import Candidate, find_twins

    assert find_twins([Candidate("urn:a", "Person", a, (a,)), Candidate("urn:b", "Person", b, (b,))]) == []


def test_twins_are_blocked_not_compared_all_with_all(monkeypatch):
    """10,000 people with distinct names: the pairs compared stay few (blocks by surname), not 50 million."""
    import graph.twins as twins

    compared = []
    real = twins._compare
    monkeypatch.setattr(twins, "_compare", lambda x, y: compared.append(1) or real(x, y))
    import random

    pick = random.Random(38)
    names = sorted({"".join(pick.choice("abdeghiklmnoprstuvw") for _ in range(pick.randint(5, 9))).title()
                    for _ in range(10_000)})
    people = [twins.Candidate(f"urn:p{i}", "Person", f"Anna {name}", (f"Anna {name}",)) for i, name in enumerate(names)]
    people.append(twins.Candidate("urn:twin", "Person", f"Anna {names[7]}s", (f"Anna {names[7]}s",)))
    assert ("typo", {"urn:twin", "urn:p7"}) in [(t.reason, {t.old.iri, t.into.iri}) for t in twins.find_twins(people)]
    assert len(compared) < 100_000


# ------------------------------------------------------------------------------------------ C2 fields


@pytest.mark.parametrize("rule, field, hint", [
    ("facts:\n  - {subject: person/kees-brouwer, predicate: hasRole, object: unit/themagroep-hc, role: lid,\n"
     "     valid_form: 2024-09-01}\n", "valid_form", " (bedoelt u valid_from?)"),
    ("facts:\n  - {subject: person/kees-brouwer, predicate: partOf, object: unit/themagroep-hc, reden: x}\n",
     "reden", " (bedoelt u reason?)"),  # reason: on a fact is the note (walkthrough 17, finding 19)
    ("merge:\n  - {from: person/kees-brouwerr, into: person/kees-brouwer, reden: tikfout}\n", "reden",
     " (bedoelt u reason?)"),
    ("suppress:\n  - {subject: person/kees-brouwer, predicate: hasRole, object: unit/themagroep-hc, citaat: x}\n",
     "citaat", " (bedoelt u quote?)"),
    ("entities:\n  person/x-y: {type: Person, label: X Y, alias: [X]}\n", "alias", " (bedoelt u aliases?)"),
])
def test_an_unknown_field_is_an_error_naming_file_line_and_field(runner, built, news, tmp_path, rule, field, hint):
    (tmp_path / "30-test.yaml").write_text(rule, encoding="utf-8")
    before = (built / "graph.nq").read_bytes()
    result = _build(runner, built, news, tmp_path)
    assert result.exit_code == 2, result.output
    line = 3 if "valid_form" in rule else 2
    assert f"30-test.yaml:{line}: onbekend veld '{field}'{hint}; kies uit" in result.output
    assert "Traceback" not in result.output
    assert (built / "graph.nq").read_bytes() == before


# ------------------------------------------------------------------------------------------ C1 conflicts


@pytest.mark.parametrize("files, message", [
    ({"a.yaml": "merge: [{from: unit/themagroep-hc, into: unit/themagroep-human-capital},\n"
                "        {from: unit/themagroep-human-capital, into: unit/themagroep-hc}]\n"},
     "a.yaml:1: samenvoegen in een kring: unit/themagroep-hc → unit/themagroep-human-capital → unit/themagroep-hc "
     "(ook {d}/a.yaml:2); kies één richting"),
    ({"10.yaml": "merge:\n  - {from: person/anouk-smit, into: person/anouk-visscher-smit}\n",
      "40.yaml": "merge:\n  - [person/anouk-smit, person/kees-brouwer]\n"},
     "40.yaml:2: person/anouk-smit wordt ook samengevoegd in person/anouk-visscher-smit ({d}/10.yaml:2); "
     "een entiteit gaat in één andere op: kies één"),
    ({"a.yaml": "merge:\n  - {from: person/kees-brouwerr, into: person/kees-brouwer}\n"
                "suppress:\n  - {entity: person/kees-brouwer, reason: AVG}\n"},
     "a.yaml:2: samenvoegen in person/kees-brouwer, dat {d}/a.yaml:4 verwijdert (suppress entity); kies één"),
    ({"a.yaml": "merge:\n  - {from: person/kees-brouwerr, into: person/kees-brouwer}\n",
      "b.yaml": "suppress:\n  - {entity: person/kees-brouwerr}\n"},
     "a.yaml:2: person/kees-brouwerr wordt samengevoegd, maar {d}/b.yaml:2 verwijdert het (suppress entity); kies één"),
    ({"a.yaml": "distinct:\n  - [person/anouk-smit, person/anouk-visscher-smit]\n",
      "b.yaml": "merge:\n  - {from: person/anouk-smit, into: person/anouk-visscher-smit}\n"},
     "b.yaml:2: person/anouk-smit samenvoegen in person/anouk-visscher-smit, maar {d}/a.yaml:2 noemt ze "
     "verschillend (distinct); kies één"),
])
def test_conflicting_rules_stop_the_build_naming_both(runner, built, news, tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    before = (built / "graph.nq").read_bytes()
    result = _build(runner, built, news, tmp_path)
    assert result.exit_code == 2, result.output
    assert result.output == f"Fout: {tmp_path}/" + message.format(d=tmp_path) + "\n"
    assert (built / "graph.nq").read_bytes() == before


def test_a_chain_of_merges_is_no_conflict(runner, news, tmp_path):
    (tmp_path / "a.yaml").write_text("merge:\n  - [unit/themagroep-hc, unit/themagroep-human-capital]\n"
                                     "  - [person/kees-brouwerr, person/kees-brouwer]\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("merge:\n  - [unit/themagroep-human-capital, unit/themagroep-hc-2]\n",
                                     encoding="utf-8")
    result = _build(runner, tmp_path / "kg", news, tmp_path)
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------------------------------ C3 who and why

C3_RULES = """merge:
  - {from: person/kees-brouwerr, into: person/kees-brouwer, reason: "tikfout"}
suppress:
  - {subject: person/kees-brouwer, predicate: collaboratesWith, object: ministry/mnre1034, reason: "fout"}
  - {subject: person/anouk-smit, predicate: hasRole, object: unit/themagroep-hc, quote: "staat hier niet"}
  - {subject: person/anouk-smit, predicate: hasRole, object: unit/themagroep-hc, document: nieuws-weg}
entities:
  unit/themagroep-human-capital: {type: OrganisationalUnit, label: Themagroep Arbeidsmarkt, rename: true}
"""


@pytest.fixture(scope="module")
def curated_graph(news, tmp_path_factory) -> tuple[Path, Path]:
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("correcties")
    (folder / "a.yaml").write_text(C3_RULES, encoding="utf-8")
    graph = tmp_path_factory.mktemp("kg") / "kg"
    result = _build(CliRunner(), graph, news, folder)
    assert result.exit_code == 0, result.output
    return graph, folder


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_entity_says_what_was_merged_into_it_and_why(runner, curated_graph, engine):
    graph, _ = curated_graph
    result = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "entity", "Kees Brouwer"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[3:5] == [
        "gecureerd: samengevoegd uit person/kees-brouwerr (a.yaml:2; reden: tikfout; 1 feit)",
        "gecureerd: onderdrukt: person/kees-brouwer collaboratesWith ministry/mnre1034 "
        "(a.yaml:4; reden: fout; 1 feit)"], result.output
    data = json.loads(runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "entity", "Kees Brouwer",
                                          "--format", "json"]).stdout)
    assert data["rows"][0]["curation"][0] == {"kind": "merge", "from": "person/kees-brouwerr", "rule": None,
                                              "source": "a.yaml:2", "reason": "tikfout", "facts": 1, "by": None,
                                              "date": None}


def test_the_graph_records_each_merge_and_suppression_with_file_line_and_reason(curated_graph):
    from rdflib.namespace import DCTERMS, RDF, RDFS

    from graph.store import open_dataset
    from graph.vocab import CURATED_GRAPH, G40, G40ID

    graph, _ = curated_graph
    curated = open_dataset(graph, engine="rdflib").graph(CURATED_GRAPH)
    merge = G40ID["curated/a-yaml/merge-1"]
    assert {(p, str(o)) for p, o in curated.predicate_objects(merge)} == {
        (RDF.type, str(G40.CurationRule)), (DCTERMS.source, "a.yaml:2"), (RDFS.comment, "tikfout"),
        (G40.mergedFrom, str(G40ID["person/kees-brouwerr"])), (G40.mergedInto, str(G40ID["person/kees-brouwer"])),
        (G40.factCount, "1")}
    assert str(curated.value(G40ID["curated/a-yaml/suppress-1"], RDFS.comment)) == "fout"
    assert curated.value(G40ID["curated/a-yaml/suppress-2"], RDF.type) is None  # it changed nothing


def test_curation_lists_every_rule_with_its_effect_or_why_it_had_none(runner, curated_graph):
    graph, folder = curated_graph
    result = runner.invoke(cli, ["--graph", str(graph), "curation", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [(r["ruleKind"], r["ruleSource"].rsplit("/", 1)[-1], r["facts"], r["entities"], r["stale"], r["status"])
            for r in json.loads(result.stdout)["rows"]]
    assert rows == [
        ("merge", "a.yaml:2", 1, 1, None, "actief"),
        ("suppress", "a.yaml:4", 1, 0, None, "actief"),
        ("suppress", "a.yaml:5", 0, 0, "quote", "zin met 'staat hier niet' niet (meer) gevonden; het onderdrukte feit "
         "staat weer in de graaf (nieuwe zin: 'Anouk Smit is secretaris van de themagroep HC.')"),
        ("suppress", "a.yaml:6", 0, 0, "document", "document nieuws-weg staat niet (meer) in de graaf; het onderdrukte "
         "feit staat weer in de graaf (nieuwe zin: 'Anouk Smit is secretaris van de themagroep HC.')"),
        ("rename", "a.yaml:8", 0, 1, None, "actief"),
    ]
    stale = runner.invoke(cli, ["--graph", str(graph), "--lang", "en", "curation", "--stale"])
    assert stale.stdout.splitlines()[0] == f"Curation rules of the last build ({folder}): 3 active, 2 without effect"
    assert len(stale.stdout.splitlines()) == 5  # title, heading, rule, two rules


def test_rename_makes_the_label_the_preferred_name(runner, curated_graph):
    graph, _ = curated_graph
    result = runner.invoke(cli, ["--graph", str(graph), "search", "Themagroep Arbeidsmarkt", "--format", "json"])
    hit = json.loads(result.stdout)["rows"][0]
    assert (hit["label"], hit["iri"].rsplit("/", 1)[-1]) == ("Themagroep Arbeidsmarkt", "themagroep-human-capital")
    old = json.loads(runner.invoke(cli, ["--graph", str(graph), "search", "Themagroep Human Capital",
                                         "--format", "json"]).stdout)["rows"][0]
    assert (old["label"], old["matched"]) == ("Themagroep Arbeidsmarkt", "Themagroep Human Capital")


# ------------------------------------------------------------------------------------------ C4 diff


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_diff_shows_a_merge_as_one_change_and_the_curated_facts(runner, built, news, tmp_path, engine):
    (tmp_path / "a.yaml").write_text(
        "merge:\n  - {from: person/kees-brouwerr, into: person/kees-brouwer, reason: tikfout}\n"
        "facts:\n  - [person/anouk-smit, hasRole, municipality/gm0758, wethouder]\n", encoding="utf-8")
    graph = tmp_path / "kg"
    assert _build(runner, graph, news, tmp_path).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "diff", str(built), str(graph)])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[0] == f"1 feit erbij, 0 feiten eraf ({built} → {graph}); 1 samengevoegd"
    assert lines[3:] == ["= samengevoegd Kees Brouwerr → 1 feit Kees Brouwer a.yaml:2",
                         "+ erbij, gecureerd Anouk Smit heeft een rol bij wethouder Breda a.yaml:4"], result.output
    data = json.loads(runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "diff", str(built), str(graph),
                                          "--format", "json"]).stdout)
    assert [(m["fromLabel"], m["intoLabel"], m["facts"], m["reason"]) for m in data["merged"]] == [
        ("Kees Brouwerr", "Kees Brouwer", 1, "tikfout")]
    assert [(r["subject"], r["curated"], r["curation"]) for r in data["added"]] == [("Anouk Smit", True, "a.yaml:4")]
    back = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "diff", str(graph), str(built)])
    # undone, the merged-away person's fact comes back under its own name; the curated fact goes
    assert [" ".join(line.split()) for line in back.stdout.splitlines()][:1] + [
        " ".join(line.split()) for line in back.stdout.splitlines()][3:] == [
        f"1 feit erbij, 2 feiten eraf ({graph} → {built})",
        "+ erbij Kees Brouwerr heeft een rol bij voorzitter Themagroep HC nieuws-a",
        "- eraf, gecureerd Anouk Smit heeft een rol bij wethouder Breda a.yaml:4",
        "- eraf Kees Brouwer heeft een rol bij voorzitter Themagroep HC nieuws-a"], back.output


def test_diff_against_a_facts_file_reads_its_facts_through_the_merge(runner, built, news, tmp_path):
    before = tmp_path / "voor.jsonl"
    before.write_text(runner.invoke(cli, ["--graph", str(built), "export"]).stdout, encoding="utf-8")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.yaml").write_text("merge:\n  - [person/kees-brouwerr, person/kees-brouwer]\n", encoding="utf-8")
    graph = tmp_path / "kg"
    assert _build(runner, graph, news, tmp_path / "c").exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "diff", str(before)])
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[0] == f"0 feiten erbij, 0 feiten eraf ({before} → {graph}); 1 samengevoegd", result.output
    assert lines[3:] == ["= samengevoegd Kees Brouwerr → 1 feit Kees Brouwer a.yaml:2"]


# ------------------------------------------------------------------------------------------ C5 warnings once


def test_a_stale_rule_is_warned_about_once_until_the_rules_change(runner, news, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    rule = "suppress:\n  - {subject: person/kees-brouwer, predicate: hasRole, object: unit/themagroep-hc, document: weg}\n"
    (folder / "a.yaml").write_text(rule, encoding="utf-8")
    graph = tmp_path / "kg"
    stale = (f"{folder}/a.yaml:2: niets te onderdrukken voor person/kees-brouwer hasRole unit/themagroep-hc "
             "(document weg staat niet (meer) in de graaf)")
    first = _build(runner, graph, news, folder)
    assert first.exit_code == 0 and f"  {stale}" in first.stderr.splitlines(), first.output
    second = _build(runner, graph, news, folder)
    assert stale not in second.stderr, second.output
    assert ("  … en 1 over correcties (al gemeld bij de vorige bouw, of meer dan er hier passen); "
            "'g40kg curation --stale' toont ze") in second.stderr.splitlines()
    assert json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["warnings"] == [stale]
    (folder / "a.yaml").write_text(rule + "merge:\n  - [person/kees-brouwerr, person/kees-brouwer]\n", encoding="utf-8")
    third = _build(runner, graph, news, folder)
    # the merge brings the fact the rule was to suppress: the warning names it (walkthrough 17, finding 17)
    assert (f"  {stale}; het onderdrukte feit staat weer in de graaf (nieuwe zin: 'Kees Brouwerr is voorzitter van de "
            "themagroep HC.')") in third.stderr.splitlines(), third.output


def test_many_curation_warnings_are_counted_not_listed(runner, news, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.yaml").write_text("suppress:\n" + "".join(
        f"  - {{subject: person/kees-brouwer, predicate: hasRole, object: unit/themagroep-hc, document: weg-{n}}}\n"
        for n in range(30)), encoding="utf-8")
    result = _build(runner, tmp_path / "kg", news, folder)
    lines = result.stderr.splitlines()
    assert "30 waarschuwingen:" in lines
    assert sum(1 for line in lines if "niets te onderdrukken" in line) == 20
    assert lines[-1].startswith("  … en 10 over correcties")


# ------------------------------------------------------------------------------------------ builds stay the same


def test_curation_records_are_the_same_in_a_rebuild_and_an_incremental_build(runner, tmp_path):
    docs, rules = tmp_path / "docs", tmp_path / "c"
    docs.mkdir()
    rules.mkdir()
    (rules / "a.yaml").write_text(C3_RULES, encoding="utf-8")
    (docs / "nieuws-a.txt").write_text(NEWS, encoding="utf-8")
    (docs / "nieuws-b.txt").write_text("Nieuws | 2 februari 2023\n\nKees Brouwerr werkt samen met de VNG.\n",
                                       encoding="utf-8")
    full, again, step = tmp_path / "full", tmp_path / "again", tmp_path / "step"
    assert _build(runner, full, docs, rules).exit_code == 0
    assert _build(runner, again, docs, rules).exit_code == 0
    hidden = tmp_path / "later"
    hidden.mkdir()
    (docs / "nieuws-b.txt").rename(hidden / "nieuws-b.txt")
    assert _build(runner, step, docs, rules).exit_code == 0
    (hidden / "nieuws-b.txt").rename(docs / "nieuws-b.txt")
    result = _build(runner, step, docs, rules)
    assert result.exit_code == 0, result.output
    graph = (full / "graph.nq").read_bytes()
    assert b"curated/a-yaml/merge-1" in graph and b"CurationRule" in graph
    assert (again / "graph.nq").read_bytes() == graph
    assert (step / "graph.nq").read_bytes() == graph


def test_the_entity_page_says_what_was_merged_into_it(runner, curated_graph):
    graph, _ = curated_graph
    result = runner.invoke(cli, ["--graph", str(graph), "serve", "--get", "/entity/person/kees-brouwer"])
    assert result.exit_code == 0, result.output
    assert ('<p class="curation">gecureerd: samengevoegd uit person/kees-brouwerr (a.yaml:2; reden: tikfout; 1 feit)</p>'
            in result.stdout)


def test_curation_of_a_graph_built_before_it_kept_track_says_build_again(runner, built, tmp_path):
    import shutil

    graph = tmp_path / "kg"
    shutil.copytree(built, graph)
    manifest = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("curation")
    (graph / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(graph), "curation"])
    assert (result.exit_code, result.stdout) == (
        0, "Deze graaf is gebouwd voordat g40kg de correctieregels bijhield; bouw opnieuw.\n"), result.output
