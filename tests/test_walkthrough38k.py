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

TWINS = [
    ("typo", "person/kees-brouwerr", "person/kees-brouwer"),
    ("acronym", "unit/themagroep-hc", "unit/themagroep-human-capital"),
    ("acronym", "organisation/vereniging-nederlandse-gemeenten", "organisation/vng"),
    ("ministry", "organisation/binnenlandse-zaken", "ministry/mnre1034"),
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
    assert [r["reason"] for r in json.loads(again.stdout)["rows"]] == ["acronym", "acronym", "ministry"], again.output


def test_twins_leaves_out_pairs_a_rule_merges_or_keeps_apart(runner, built, tmp_path):
    (tmp_path / "a.yaml").write_text(
        "distinct:\n  - {entities: [person/anouk-smit, person/anouk-visscher-smit], reason: twee mensen}\n"
        "  - [organisation/binnenlandse-zaken, ministry/mnre1034]\n"
        "merge:\n  - {from: unit/themagroep-hc, into: unit/themagroep-human-capital}\n", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(built), "twins", "--curated", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["from"] for r in json.loads(result.stdout)["rows"]] == [
        "person/kees-brouwerr", "organisation/vereniging-nederlandse-gemeenten"]


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
])
def test_twin_reasons(a, b, reason):
    from graph.twins import Candidate, find_twins

    kind = "Person" if reason in ("typo", "initials", "double_surname", "surname_only") else "Organisation"
    found = find_twins([Candidate("urn:a", kind, a, (a,), 1), Candidate("urn:b", kind, b, (b,), 2)])
    assert [(t.reason, t.old.iri, t.into.iri) for t in found] == [(reason, "urn:a", "urn:b")]


@pytest.mark.parametrize("a, b", [("Jan Pieterse", "Jan Pietersma"), ("P. Pieterse", "Karel Pieterse"),
                                  ("Kees Brouwer", "Kees Brouwer")])
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
     "reden", " (bedoelt u note?)"),
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
