"""Special categories of personal data (AVG art. 9/10; walkthrough 15, finding 2): a build warning
per document naming the category and the sentence's position, never its text, and a fact stated in
such a sentence and in another keeps the other as its evidence."""

from __future__ import annotations

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.extract.special_data import categories_in
from graph.gazetteer import load_gazetteer

NEWS = ("Nieuws\n5 juni 2025\n\n"
        "Wethouder Anna Smit van Breda is met zwangerschapsverlof.\n\n"
        "Wethouder Anna Smit van Breda opende de beweegtuin.\n\n"
        "De opvang van vluchtelingen in Breda gaat door.\n")


@pytest.mark.parametrize("text, categories", [
    ("Hij lijdt aan COPD en is herstellende van borstkanker.", ["gezondheid"]),
    ("Zij is langdurig ziek; haar zoon heeft dyslexie.", ["gezondheid"]),
    ("Hij heeft een strafblad.", ["strafrechtelijk"]),
    ("Statushouder Sara, gevlucht uit haar land.", ["afkomst"]),
    ("Het ziekenhuis, de ziektekosten, mensen met een handicap; de motie werd aangehouden.", []),
])
def test_categories_of_a_sentence(text, categories):
    assert categories_in(text) == categories


def test_a_fact_keeps_the_sentence_without_special_data_and_the_document_gets_a_warning():
    extraction = extract("d", NEWS, gazetteer=load_gazetteer())
    quotes = [(r.subject.text, r.predicate, r.object.text, NEWS[r.evidence_start:r.evidence_end])
              for r in extraction.relations]
    assert quotes == [("Anna Smit", "hasRole", "Breda", "Wethouder Anna Smit van Breda opende de beweegtuin.")]
    assert extraction.warnings == [
        "mogelijk bijzondere persoonsgegevens (AVG art. 9/10) in zin 3 (gezondheid): lees die zinnen voor u "
        "publiceert (build --minimal-people, export --no-document-text)"]


def test_the_build_summary_names_the_category_and_position_not_the_text(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(docs)])
    assert result.exit_code == 0, result.output
    assert ("nieuws: possibly special categories of personal data (GDPR art. 9/10) in sentence 3 (health)"
            in result.output), result.output
    assert "zwangerschapsverlof" not in result.output
