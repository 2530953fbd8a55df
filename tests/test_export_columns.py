"""The facts and CSV exports carry each fact's time: date, valid_from, valid_until, past, confidence.

The graph is the hand-written fixture ``tests/fixtures/small.trig`` (``tests/fixture_graph.py``):
doc-a is an annual report over 2021 (a period, no date), doc-b a news item of 2022-10-06. The
FORMAT.md fields stay first and unchanged; the time fields follow them.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from fixture_graph import ENGINES, small_dataset, small_graph_dir
from graph.export import export
from graph.fact_rows import (DERIVATION_FIELDS, DOCUMENT_FIELDS, FACT_FIELDS, JOIN_FIELDS, PORTFOLIO_FIELDS, PRECISION_FIELDS,
                              TIME_FIELDS, iter_facts)
from graph.vocab import G40
from rdflib.namespace import RDF

UNIT = "https://w3id.org/g40kg/id/unit/"
PERSON = "https://w3id.org/g40kg/id/person/"
SOCIALE_STAD = UNIT + "pijler-sociale-stad"
TIME_OF = {  # (subject IRI, predicate, object IRI, document) → the time fields of its row
    # its own period, open at the end ("sinds maart 2021")
    (PERSON + "anna-de-vries", "hasRole", UNIT + "taskforce-energietransitie", "doc-a"):
        {"date": None, "valid_from": "2021-03-01", "valid_until": None, "past": False, "confidence": 0.9},
    # a period that ended before the document: past
    (PERSON + "bram-jansen", "hasRole", SOCIALE_STAD, "doc-a"):
        {"date": None, "valid_from": "2021-01-01", "valid_until": "2021-06-30", "past": True, "confidence": 0.8},
    # only the document's date: from that day, no end (nothing says it stopped then)
    (PERSON + "dirk-bakker", "contactFor", UNIT + "themagroep-armoede-en-schulden", "doc-b"):
        {"date": "2022-10-06", "valid_from": "2022-10-06", "valid_until": None, "past": False,
         "confidence": 0.9},
    (PERSON + "carla-smit", "hasRole", SOCIALE_STAD, "doc-b"):
        {"date": "2022-10-06", "valid_from": "2022-10-06", "valid_until": None, "past": False,
         "confidence": 0.85},
}


def _key(row: dict) -> tuple:
    return row["subject_iri"], row["predicate"], row["object_iri"], row["document"]


@pytest.fixture(scope="module", params=ENGINES)
def dataset(request):
    return small_dataset(request.param)


def test_the_facts_export_adds_the_time_after_the_contract_fields(dataset):
    rows = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    assert len(rows) == 22, rows
    assert all(list(row) == list(FACT_FIELDS + TIME_FIELDS + DERIVATION_FIELDS + PRECISION_FIELDS + JOIN_FIELDS + DOCUMENT_FIELDS + PORTFOLIO_FIELDS) for row in rows), rows[0]
    found = {_key(row): {name: row[name] for name in TIME_FIELDS} for row in rows if _key(row) in TIME_OF}
    assert found == TIME_OF


def test_the_contract_rows_are_unchanged(dataset):
    """Without the time, the export's rows are iter_facts' rows (what build, evaluate and the gold read)."""
    plain = list(iter_facts(dataset))
    timed = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    assert all(list(row) == list(FACT_FIELDS) for row in plain), plain[0]
    assert [{name: row[name] for name in FACT_FIELDS} for row in timed] == plain


def test_the_csv_export_has_the_same_columns_with_empty_cells_for_unknowns(dataset):
    rows = list(csv.DictReader(io.StringIO(export(dataset, "csv"))))
    assert len(rows) == 22 and list(rows[0]) == list(FACT_FIELDS + TIME_FIELDS + DERIVATION_FIELDS + PRECISION_FIELDS + JOIN_FIELDS + DOCUMENT_FIELDS + PORTFOLIO_FIELDS), rows[0]
    found = {_key(row): {name: row[name] for name in TIME_FIELDS} for row in rows if _key(row) in TIME_OF}
    expected = {key: {name: ("" if value is None else str(value).lower() if name == "past" else str(value))
                      for name, value in time.items()} for key, time in TIME_OF.items()}
    assert found == expected
    assert {row["past"] for row in rows} == {"true", "false"}


def test_the_exports_add_the_inferred_end_what_ended_it_and_the_rule(dataset):
    """Walkthrough 14, finding 20: the graph's g40:inferredUntil, g40:endedBy (the later holder's
    evidence, named by its document) and g40:rule, as added fields (the earlier ones unchanged)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from fixture_graph import small_dataset
    from graph.vocab import G40

    graph = small_dataset("rdflib")
    bram = {str(ev) for ev in graph.subjects(G40.rule, Literal("roles.eerst-later"))
            if str(graph.value(ev, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"))).endswith("bram-jansen")}
    ended = URIRef(bram.pop())
    later = next(ev for ev in graph.subjects(G40.quote, None)
                 if str(graph.value(ev, G40.startOffset)) == "0" and "doc-b" in str(graph.value(ev, URIRef(
                     "http://www.w3.org/ns/prov#wasDerivedFrom"))))
    target = graph.graph(URIRef("https://w3id.org/g40kg/graph/facts"))
    target.add((ended, G40.inferredUntil, Literal("2021-06-15", datatype=XSD.date)))
    target.add((ended, G40.endedBy, later))
    rows = [json.loads(line) for line in export(graph, "facts").splitlines()]
    derived = {(row["subject_iri"].rsplit("/", 1)[1], row["predicate"], row["document"]):
               {name: row[name] for name in DERIVATION_FIELDS} for row in rows if row["predicate"] == "hasRole"}
    assert derived[("bram-jansen", "hasRole", "doc-a")] == {
        "inferred_until": "2021-06-15", "ended_by": "doc-b", "rule": "roles.eerst-later"}, derived
    assert derived[("carla-smit", "hasRole", "doc-b")]["inferred_until"] is None
    table = list(csv.DictReader(io.StringIO(export(graph, "csv"))))
    row = next(r for r in table if r["subject_iri"].endswith("bram-jansen") and r["predicate"] == "hasRole")
    assert (row["inferred_until"], row["ended_by"], row["rule"]) == ("2021-06-15", "doc-b", "roles.eerst-later"), row

    # --as-of a day before doc-b: the end it gave was not known yet; the question of which ends were
    # known then is asked once for the facts and the facts added by hand (round 41t)
    import graph.timefilter as timefilter

    asked = []
    real = timefilter.ends_known_after

    def counted(dataset, as_of):
        asked.append(as_of)
        return real(dataset, as_of)

    timefilter.ends_known_after = counted
    try:
        table = list(csv.DictReader(io.StringIO(export(graph, "csv", as_of="2021-05-01"))))
    finally:
        timefilter.ends_known_after = real
    row = next(r for r in table if r["subject_iri"].endswith("bram-jansen") and r["predicate"] == "hasRole")
    assert (row["inferred_until"], row["ended_by"], asked) == ("", "", ["2021-05-01"]), (row, asked)


def test_the_cli_export_is_still_read_by_evaluate(runner, tmp_path):
    from graph.cli import cli

    graph = small_graph_dir(tmp_path)
    out = tmp_path / "facts.jsonl"
    exported = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "facts", "-o", str(out)])
    assert exported.exit_code == 0, exported.output + exported.stderr
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert set(TIME_FIELDS) <= set(first), first
    gold = tmp_path / "gold.yaml"
    gold.write_text("documents:\n  doc-b:\n    entities:\n      dirk: {type: Person, names: [Dirk Bakker]}\n"
                    "      armoede: {type: OrganisationalUnit, names: [themagroep Armoede en Schulden]}\n"
                    "    facts:\n      - [dirk, contactFor, armoede]\n", encoding="utf-8")
    scored = runner.invoke(cli, ["evaluate", str(gold), "--facts", str(out), "--format", "json"])
    assert scored.exit_code == 0, scored.output + scored.stderr
    document = json.loads(scored.stdout)["documents"][0]
    assert (document["document"], document["relations"]["recall"], document["missed_facts"]) == ("doc-b", 1.0, []), document
    assert len(document["wrong_facts"]) == 9, document["wrong_facts"]


def test_the_csv_export_holds_the_facts_added_by_hand_and_facts_does_not(tmp_path):
    from graph.curate import apply_curation, load_curation

    dataset = small_dataset("rdflib")
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "voorzitters.yaml").write_text(
        "facts:\n  - {subject: person/dirk-bakker, predicate: hasRole, object: unit/pijler-sociale-stad, "
        "role: voorzitter, valid_from: 2020-01-01, valid_until: 2020-12-31, past: true, note: jaarverslag 2020}\n",
        encoding="utf-8")
    apply_curation(dataset, load_curation(fixes))
    rows = list(csv.DictReader(io.StringIO(export(dataset, "csv"))))
    assert len(rows) == 23 and rows[-1] == {
        "document": "", "subject": "Dirk Bakker", "subject_type": "Person", "subject_iri": PERSON + "dirk-bakker",
        "predicate": "hasRole", "object": "pijler Sociale Stad", "object_type": "OrganisationalUnit",
        "object_iri": SOCIALE_STAD, "role": "voorzitter",
        "evidence": "gecureerd (voorzitters.yaml:2; toelichting: jaarverslag 2020)", "date": "",
        "valid_from": "2020-01-01", "valid_until": "2020-12-31", "past": "true", "confidence": "",
        "inferred_until": "", "ended_by": "", "rule": "", "valid_from_precision": "", "valid_until_precision": "",
        "subject_code": "", "object_code": "", "evidence_iri": "https://w3id.org/g40kg/id/curated/voorzitters-yaml/1",
        "document_title": "", "portfolio": ""}
    assert len(export(dataset, "facts").splitlines()) == 22


def test_the_csv_export_shows_every_piece_of_evidence_and_facts_one_row_per_document(tmp_path):
    from graph.pipeline import build_graph
    from graph.store import open_dataset

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nieuws.txt").write_text("Breda werkt samen met het ministerie van EZK.\n\n"
                                     "Sinds 2023 werkt Breda ook samen met het ministerie van EZK aan de binnenstad.\n",
                                     encoding="utf-8")
    build_graph([docs], tmp_path / "kg", workers=1)
    dataset = open_dataset(tmp_path / "kg", engine="oxigraph")
    table = [row for row in csv.DictReader(io.StringIO(export(dataset, "csv"))) if row["predicate"] == "collaboratesWith"]
    lines = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    # the undated first sentence takes the time the document gives the same fact further on (round 57t's dated twins)
    assert [(row["evidence"][:12], row["valid_from"]) for row in table] == [
        ("Breda werkt ", "2023-01-01"), ("Sinds 2023 w", "2023-01-01")], table
    assert len([row for row in lines if row["predicate"] == "collaboratesWith"]) == 1


def test_the_facts_export_gives_register_codes_and_the_evidence_iri_to_join_on(dataset):
    """Walkthrough 18, finding 14: a municipality's CBS code, a ministry's TOOI code, null for others,
    and the evidence node's IRI as the row key (round 43c)."""
    rows = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    codes = {(r["object_type"], r["object_code"]) for r in rows} | {(r["subject_type"], r["subject_code"]) for r in rows}
    assert {code for kind, code in codes if kind == "Municipality"} and all(
        code and code.startswith("GM") for kind, code in codes if kind == "Municipality"), codes
    assert all(code is None for kind, code in codes if kind not in ("Municipality", "Ministry", "Province")), codes
    evidence = {str(e) for e in dataset.subjects(RDF.type, G40.Evidence)}
    assert all(r["evidence_iri"] in evidence for r in rows) and len({r["evidence_iri"] for r in rows}) == len(rows)


def test_every_row_names_its_documents_title_last_and_a_curated_fact_none(dataset):
    """Round 44l (walkthrough 18, finding 14's rest): ``document_title`` after every other column but the
    role's ``portfolio``, which round 45m added last."""
    rows = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    assert sorted({(row["document"], row["document_title"]) for row in rows}) == [
        ("doc-a", "Jaarverslag 2021 pijler Sociale Stad"), ("doc-b", "Nieuwsbericht netwerkdag 2022")]
    table = list(csv.reader(io.StringIO(export(dataset, "csv"))))
    assert table[0][-2:] == ["document_title", "portfolio"] and {row[-2] for row in table[1:]} == {
        "Jaarverslag 2021 pijler Sociale Stad", "Nieuwsbericht netwerkdag 2022"}


def test_a_curated_row_has_an_empty_document_title():
    from graph.csv_export import csv_export
    from graph.store import new_dataset

    assert csv_export(new_dataset()).splitlines()[0].endswith(",evidence_iri,document_title,portfolio")
