"""A rectification withdraws an earlier document's fact (graph.extract.withdrawn_claims, graph.withdrawals).

Invented corpora of two and three dated documents; the people are invented.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.extract.withdrawn_claims import Claim
from graph.gazetteer import load_gazetteer
from graph.pipeline import build_graph
from graph.shortcuts import entity_profile
from graph.store import open_dataset

STATED = "Nieuws uit het netwerk.\n\nFemke Dijkhuis (gemeente Breda) is voorzitter van het G40-stedennetwerk.\n"
RECTIFIED = ("Rectificatie.\n\nIn het bericht van 27 januari stond abusievelijk dat Femke Dijkhuis voorzitter is van "
             "het G40-stedennetwerk. Zij is secretaris.\n")


def _write(corpus, name, date, text):
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"date": date} if date else {}
    (corpus / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _roles(graph):
    """(role, document) of each hasRole fact of the invented person, and the curation rules of her page."""
    profile = entity_profile(open_dataset(graph), "Femke Dijkhuis")
    return sorted((row["role"], row["documentId"]) for row in profile["relations"].get("hasRole", [])), profile["curation"]


def _build(tmp_path, docs):
    corpus = tmp_path / "corpus"
    for doc in docs:
        _write(corpus, *doc)
    (tmp_path / "cur").mkdir(exist_ok=True)
    report = build_graph([corpus], tmp_path / "kg", curated=tmp_path / "cur", validate=False)
    return report, corpus


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("text, expected", [
    ("In het bericht van 27 januari stond abusievelijk dat wethouder Femke Dijkhuis (Breda) voorzitter is van het "
     "G40-stedennetwerk.", ("Femke Dijkhuis", "hasRole", "G40-stedennetwerk", "voorzitter", "2026-01-27", None)),
    ("In een eerder bericht stond dat Karel Bosveld (gemeente Breda) trekker is van het programma Ruimtelijke Economie. "
     "Dat is onjuist: hij is projectleider.",
     ("Karel Bosveld", "hasRole", "programma Ruimtelijke Economie", "trekker", None, None)),
    ("In de nieuwsbrief van 3 december is ten onrechte vermeld dat Karel Bosveld lid is van het G40-stedennetwerk.",
     ("Karel Bosveld", "hasRole", "G40-stedennetwerk", "lid", "2025-12-03", None)),
    ("De vermelding dat Karel Bosveld trekker is van het programma Ruimtelijke Economie, is onjuist.",
     ("Karel Bosveld", "hasRole", "programma Ruimtelijke Economie", "trekker", None, None)),
    ("In ‘Nieuwsbrief maart’ stond abusievelijk dat Karel Bosveld secretaris is van het G40-stedennetwerk.",
     ("Karel Bosveld", "hasRole", "G40-stedennetwerk", "secretaris", None, "Nieuwsbrief maart")),
], ids=["dated", "earlier-denied", "no-year", "claim-denied", "title"])
def test_a_rectification_names_its_claim_and_the_earlier_document(gazetteer, text, expected):
    extraction = extract("d", text, gazetteer=gazetteer, date="2026-02-10")
    claims = [Claim._make(row) for row in extraction.withdrawn]
    found = [(text[c.subject_start:c.subject_end], c.predicate, text[c.object_start:c.object_end], c.role, c.date,
              c.title) for c in claims]
    assert found == [expected], found
    assert not [r for r in extraction.relations if r.evidence_start < claims[0].sentence_end], extraction.relations


@pytest.mark.parametrize("text", [
    "Femke Dijkhuis is voorzitter van het G40-stedennetwerk. Dat is onjuist.",  # no earlier document reported
    "In het bericht van 27 januari stond dat Femke Dijkhuis voorzitter is van het G40-stedennetwerk.",  # no retraction
], ids=["denied-not-reported", "reported-not-denied"])
def test_no_claim_is_withdrawn_without_a_retracted_report(gazetteer, text):
    assert extract("d", text, gazetteer=gazetteer, date="2026-02-10").withdrawn == ()


def test_the_earlier_documents_fact_is_withdrawn_and_the_page_says_by_what(tmp_path, runner):
    corpus = tmp_path / "corpus"
    _write(corpus, "bericht-jan", "2026-01-27", STATED)
    _write(corpus, "rectificatie", "2026-02-03", RECTIFIED)
    (tmp_path / "cur").mkdir()
    graph = tmp_path / "kg"
    built = runner.invoke(cli, ["--graph", str(graph), "build", str(corpus), "--curated", str(tmp_path / "cur"),
                                "--no-validate"])
    assert built.exit_code == 0, built.output
    assert "1 feit ingetrokken door een rectificatie" in built.output, built.output
    roles, rules = _roles(graph)
    assert roles == [], roles
    assert [(r["kind"], r["rule"], r["source"], r["facts"]) for r in rules] == [
        ("withdraw", "person/femke-dijkhuis hasRole organisation/g40 (voorzitter)", "rectificatie", 1)], rules
    assert rules[0]["reason"].startswith("In het bericht van 27 januari stond abusievelijk dat"), rules
    page = runner.invoke(cli, ["--graph", str(graph), "entity", "Femke Dijkhuis"])
    assert "ingetrokken door een rectificatie: person/femke-dijkhuis hasRole organisation/g40 (voorzitter) " \
           "(rectificatie; reden: In het bericht van 27 januari" in page.output, page.output


def test_a_later_restatement_stays_and_removing_the_rectification_brings_the_fact_back(tmp_path):
    report, corpus = _build(tmp_path, [("bericht-jan", "2026-01-27", STATED), ("rectificatie", "2026-02-03", RECTIFIED),
                                       ("bericht-mrt", "2026-03-10", STATED)])
    assert report.curation.get("withdrawn") == 1, report.curation
    assert _roles(tmp_path / "kg")[0] == [("voorzitter", "bericht-mrt")]
    assert not [w for w in report.warnings if "geen feiten" in w], report.warnings  # it withdrew one
    for suffix in (".txt", ".meta.json"):
        (corpus / f"rectificatie{suffix}").unlink()
    again = build_graph([corpus], tmp_path / "kg", curated=tmp_path / "cur", validate=False)
    assert "withdrawn" not in again.curation, again.curation
    roles, rules = _roles(tmp_path / "kg")
    assert (roles, rules) == ([("voorzitter", "bericht-jan"), ("voorzitter", "bericht-mrt")], []), (roles, rules)


def test_adding_a_rectification_later_withdraws_on_the_rebuild(tmp_path):
    _build(tmp_path, [("bericht-jan", "2026-01-27", STATED)])
    assert _roles(tmp_path / "kg")[0] == [("voorzitter", "bericht-jan")]
    report, _ = _build(tmp_path, [("rectificatie", "2026-02-03", RECTIFIED)])
    assert (report.curation.get("withdrawn"), _roles(tmp_path / "kg")[0]) == (1, []), report.curation


def test_a_date_no_document_has_withdraws_nothing_and_says_so(tmp_path):
    report, _ = _build(tmp_path, [("bericht-jan", "2026-01-27", STATED),
                                  ("rectificatie", "2026-02-03", RECTIFIED.replace("27 januari", "28 januari"))])
    assert "withdrawn" not in report.curation, report.curation
    assert _roles(tmp_path / "kg")[0] == [("voorzitter", "bericht-jan")]
    said = [w for w in report.warnings if "rectificatie" in w and "28" in w]
    assert said == ["rectificatie: de rectificatie noemt het bericht van 2026-01-28, maar geen eerder document heeft "
                    "die datum; niets ingetrokken"], report.warnings
    from graph.warning_codes import warning_record

    assert warning_record(said[0])["code"] == "rectification", said


def test_an_earlier_message_withdraws_from_every_earlier_document_only(tmp_path):
    earlier = ("Rectificatie.\n\nIn een eerder bericht stond dat Femke Dijkhuis voorzitter is van het G40-stedennetwerk. "
               "Dat is onjuist.\n")
    report, _ = _build(tmp_path, [("bericht-jan", "2026-01-27", STATED), ("bericht-feb", "2026-02-01", STATED),
                                  ("rectificatie", "2026-02-03", earlier), ("bericht-mrt", "2026-03-10", STATED)])
    assert report.curation.get("withdrawn") == 2, report.curation
    assert _roles(tmp_path / "kg")[0] == [("voorzitter", "bericht-mrt")]


def test_an_undated_rectification_withdraws_nothing_and_says_why(tmp_path):
    report, _ = _build(tmp_path, [("bericht-jan", "2026-01-27", STATED), ("rectificatie", None, RECTIFIED)])
    assert _roles(tmp_path / "kg")[0] == [("voorzitter", "bericht-jan")]
    assert any(w.startswith("rectificatie: de rectificatie trekt niets in: het document heeft geen datum")
               for w in report.warnings), report.warnings
