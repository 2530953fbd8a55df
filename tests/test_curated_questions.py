"""Facts added by hand (``data/curated/``) appear in the named questions, ``collaborators`` and ``entity``.

The fixture is the curation example of ``tests/test_curated_evidence.py`` (the SHACL example graph
with ``data/curated/examples/`` applied). Its curated facts:

- ``voorbeeld.yaml:15``: Voorbeeldstad initiated Proeftuin Voorbeeld, valid from 2023-01-01, note
  "Bron: raadsbesluit (voorbeeld)";
- ``voorbeeld.yaml:14``: Piet Proef is secretaris of Themagroep Voorbeeld (hasRole, no period);
- ``voorbeeld.ttl:7``: Proefbond collaborates with MVB (no period).

A curated row has ``curated`` true, ``curation`` (file:line) and ``note``, and no quote or
document; counts of documents never count it (``curations`` does). Both engines give the same rows.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_curate_apply import GM, PIET, UNIT
from test_curated_evidence import MVB, curated_dataset

from graph.query import run_question, term_value

ENGINES = ("rdflib", "oxigraph")
NOTE = "Bron: raadsbesluit (voorbeeld)"

# (question, parameters, columns compared, expected rows in order)
CASES = [
    ("entity-facts", {"entity": GM}, ("relation", "otherLabel", "start", "quote", "documentId", "curated", "curation", "note"),
     [("initiated", "Proeftuin Voorbeeld", "2023-01-01", None, None, True, "voorbeeld.yaml:15", NOTE)]),
    ("city-involvement", {"city": GM}, ("relation", "direction", "otherLabel", "curated", "curation"),
     [("initiated", "out", "Proeftuin Voorbeeld", True, "voorbeeld.yaml:15")]),
    ("collaborations-with-ministry", {"ministry": MVB},
     ("actorLabel", "quote", "documentId", "confidence", "curated", "curation"),
     [("Proefbond", None, None, None, True, "voorbeeld.ttl:7"),
      ("Themagroep Voorbeeld", "De themagroep werkt samen met MVB", "doc-x", 0.85, False, None)]),
    ("members", {"target": UNIT}, ("memberLabel", "relation", "role", "documentId", "curated", "curation"),
     [("Anna Voorbeeld", "hasRole", "trekker", "doc-x", False, None),
      ("Piet Proef", "hasRole", "secretaris", None, True, "voorbeeld.yaml:14")]),
    ("unit-role-timeline", {"unit": UNIT}, ("personLabel", "role", "quote", "curated", "curation"),
     [("Anna Voorbeeld", "trekker", "Anna Voorbeeld is trekker", False, None),
      ("Piet Proef", "secretaris", None, True, "voorbeeld.yaml:14")]),
    ("themagroep-contacts", {}, ("personLabel", "relation", "role", "documentId", "curation"),
     [("Anna Voorbeeld", "hasRole", "trekker", "doc-x", None),
      ("Piet Proef", "hasRole", "secretaris", None, "voorbeeld.yaml:14")]),
    ("who-is-who", {"person": PIET}, ("relation", "direction", "role", "otherLabel", "quote", "curated", "curation"),
     [("hasRole", "out", "secretaris", "Themagroep Voorbeeld", None, True, "voorbeeld.yaml:14")]),
    # counts: a curation is not a document
    ("collaborations-matrix", {}, ("actorLabel", "ministryLabel", "documents", "evidence", "curations"),
     [("Proefbond", "MVB", 0, 0, 1), ("Themagroep Voorbeeld", "MVB", 1, 1, 0)]),
    ("g40-cities-programmes", {}, ("cityLabel", "programmeLabel", "relation", "documents", "curations"),
     [("Voorbeeldstad", "Proeftuin Voorbeeld", "initiated", 0, 1)]),
]


@pytest.fixture(scope="module")
def datasets():
    return {engine: curated_dataset(engine) for engine in ENGINES}


def rows(dataset, name, params, columns=None):
    result = run_question(dataset, name, params)
    columns = columns or [c for c in result.columns if c != "document"]
    return [tuple(term_value(row.get(c)) for c in columns) for row in result.rows]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name, params, columns, expected", CASES, ids=[c[0] for c in CASES])
def test_questions_list_curated_facts(datasets, engine, name, params, columns, expected):
    found = rows(datasets[engine], name, params, columns)
    assert found == expected, f"{engine} {name} returned {found}"


@pytest.mark.parametrize("name, params", [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_both_engines_give_the_same_rows(datasets, name, params):
    found = {engine: rows(datasets[engine], name, params) for engine in ENGINES}
    assert found["rdflib"] == found["oxigraph"], found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("window, shown", [({"at": "2022-06-01"}, False), ({"at": "2023-06-01"}, True),
                                           ({"from": "2021-01-01", "until": "2022-12-31"}, False),
                                           ({"from": "2022-06-01", "until": "2023-01-01"}, True)])
def test_time_filter_respects_curated_validity(datasets, engine, window, shown):
    """valid from 2023-01-01: hidden before, shown after; without a period a curation always holds."""
    facts = rows(datasets[engine], "entity-facts", {"entity": GM, **window}, ("relation", "curation"))
    assert facts == ([("initiated", "voorbeeld.yaml:15")] if shown else []), facts
    programmes = rows(datasets[engine], "g40-cities-programmes", window, ("cityLabel", "curations"))
    assert programmes == ([("Voorbeeldstad", 1)] if shown else []), programmes
    always = rows(datasets[engine], "who-is-who", {"person": PIET, **window}, ("role", "curation"))
    assert always == [("secretaris", "voorbeeld.yaml:14")], always


@pytest.mark.parametrize("engine", ENGINES)
def test_min_confidence_keeps_curated_facts(datasets, engine):
    found = rows(datasets[engine], "collaborations-with-ministry", {"ministry": MVB, "min_confidence": "0.9"},
                 ("actorLabel", "curation"))
    assert found == [("Proefbond", "voorbeeld.ttl:7")], found  # the extracted fact (0.85) is dropped
    matrix = rows(datasets[engine], "collaborations-matrix", {"min_confidence": "0.9"},
                  ("actorLabel", "ministryLabel", "documents", "curations"))
    assert matrix == [("Proefbond", "MVB", 0, 1)], matrix


# --------------------------------------------------------------------------- the CLI, in Dutch


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.store import save_dataset

    path = tmp_path_factory.mktemp("curated") / "kg"
    save_dataset(curated_dataset(), path, {"documents": [{"id": "doc-x"}]})
    return path


@pytest.fixture
def g40(runner, kg):
    from graph.cli import cli

    def invoke(*args, lang="nl"):
        result = runner.invoke(cli, ["--graph", str(kg), "--lang", lang, *args])
        assert result.exit_code == 0, result.output
        return result.output

    return invoke


def test_collaborators_of_a_ministry_marks_the_curated_fact(g40):
    table = g40("collaborators", "MVB")
    assert "Samenwerkingen met MVB" in table, table
    assert "“De themagroep werkt samen met MVB” (doc-x, 2021)" in table, table
    proefbond = next(line for line in table.splitlines() if line.startswith("Proefbond"))
    assert proefbond.split() == ["Proefbond", "Organisatie", "gecureerd", "(voorbeeld.ttl:7)"], table
    english = g40("collaborators", "MVB", lang="en")
    assert "curated (voorbeeld.ttl:7)" in english, english
    actors = {row["label"]: row for row in json.loads(g40("collaborators", "MVB", "--format", "json"))["rows"]}
    assert (actors["Proefbond"]["documents"], actors["Proefbond"]["curations"]) == ([], ["voorbeeld.ttl:7"]), actors
    (evidence,) = actors["Proefbond"]["evidence"]
    assert (evidence["curated"], evidence["curation"], evidence["quote"], evidence["document"]) == (
        True, "voorbeeld.ttl:7", None, None), evidence
    assert "curated" not in actors["Themagroep Voorbeeld"]["evidence"][0], actors  # extracted: no curation keys


def test_collaborators_matrix_counts_no_document_for_a_curation(g40):
    found = list(csv.DictReader(io.StringIO(g40("collaborators", "--format", "csv"))))
    assert [(r["actor"], r["MVB"], r["total"], r["curated"]) for r in found] == [
        ("Themagroep Voorbeeld", "1", "1", ""), ("Proefbond", "0", "0", "MVB")], found
    table = g40("collaborators").splitlines()
    (proefbond,) = [line.split() for line in table if line.startswith("Proefbond")]
    assert proefbond[-3:] == ["gecureerd", "0", "MVB"], table  # the cell a correction fills reads so, not as 0


def test_entity_marks_the_curated_fact(g40):
    table = g40("entity", "Voorbeeldstad")
    assert f"gecureerd (voorbeeld.yaml:15; toelichting: {NOTE})" in table, table
    assert "2023-01-01" in table, table
    profile = json.loads(g40("entity", "Voorbeeldstad", "--format", "json"))["rows"][0]
    (fact,) = profile["relations"]["initiated"]
    assert {k: fact[k] for k in ("otherLabel", "curated", "curation", "note", "quote", "documentId")} == {
        "otherLabel": "Proeftuin Voorbeeld", "curated": True, "curation": "voorbeeld.yaml:15", "note": NOTE,
        "quote": None, "documentId": None}, fact
    assert "(geen resultaten)" in g40("entity", "Voorbeeldstad", "--at", "2022-06-01")


def test_ask_marks_curated_rows_and_counts_curations(g40):
    members = g40("ask", "members", "-p", "target=Themagroep Voorbeeld")
    piet = next(line for line in members.splitlines() if line.startswith("Piet Proef"))
    assert "gecureerd (voorbeeld.yaml:14)" in piet, members
    found = list(csv.DictReader(io.StringIO(g40("ask", "g40-cities-programmes", "--format", "csv"))))
    assert [(r["cityLabel"], r["programmeLabel"], r["documents"], r["curations"]) for r in found] == [
        ("Voorbeeldstad", "Proeftuin Voorbeeld", "0", "1")], found
    hidden = g40("ask", "g40-cities-programmes", "--at", "2022-06-01", "--format", "csv")
    assert hidden.splitlines()[1:] == [], hidden


@pytest.mark.parametrize("engine", ENGINES)
def test_ministry_gap_counts_a_curated_fact(engine):
    """ministry-gap asks for any fact between city and ministry: a curated one closes the gap, in its period."""
    from graph.curate import apply_curation, parse_yaml_text

    dataset = curated_dataset(engine)
    assert rows(dataset, "ministry-gap", {"ministry": MVB}, ("cityLabel",)) == [("Voorbeeldstad",)]
    extra = "facts:\n  - {subject: municipality/gm9999, predicate: collaboratesWith, object: ministry/mnre9999, " \
            "valid_from: 2024-01-01}\n"
    apply_curation(dataset, parse_yaml_text(extra, "extra.yaml", name="extra.yaml"))
    assert rows(dataset, "ministry-gap", {"ministry": MVB}, ("cityLabel",)) == []
    assert rows(dataset, "ministry-gap", {"ministry": MVB, "at": "2023-06-01"}, ("cityLabel",)) == [("Voorbeeldstad",)]
