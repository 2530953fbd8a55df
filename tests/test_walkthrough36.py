"""Walkthrough 11: a ministry's linked-data engineer — a bare surname in one document must not
become another document's person with that surname, and a PDF page header is no sentence."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve

LEEUWARDEN_SECRETARY = "Thomas Jansen (gemeente Leeuwarden) is secretaris van de Themagroep Wonen."
BZK_CIVIL_SERVANT = "Thomas Jansen werkt bij het ministerie van BZK."
MINISTER_OF_BZK = "Tijdens de Stedentop spraken burgemeesters van de G40 met minister Jansen van BZK."
MINISTER_ALONE = "Later zei minister Jansen iets over de woningbouw."


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _person_keys(gazetteer, *texts) -> list[tuple[str, str]]:
    """(document id, person key) of every person mention, the documents named a, b, … in order."""
    extractions = [extract(chr(ord("a") + i), text, gazetteer=gazetteer) for i, text in enumerate(texts)]
    keys = resolve(extractions, gazetteer).mention_keys
    return sorted({(document, key) for (document, _s, _e), key in keys.items() if key.startswith("person/")})


def test_a_surname_tied_to_an_organisation_stays_apart_from_a_person_of_another(gazetteer):
    assert _person_keys(gazetteer, LEEUWARDEN_SECRETARY, MINISTER_OF_BZK) == [
        ("a", "person/thomas-jansen"), ("b", "person/jansen")]


def test_a_surname_tied_to_the_same_organisation_joins(gazetteer):
    assert _person_keys(gazetteer, BZK_CIVIL_SERVANT, MINISTER_OF_BZK) == [
        ("a", "person/thomas-jansen"), ("b", "person/thomas-jansen")]


def test_a_surname_tied_to_nothing_stays_apart_from_another_document_s_person(gazetteer):
    """Since round 38d (walkthrough 12, F5: "Geachte heer Den Brok" joined a person of another document)
    a bare surname joins across documents only what its own document ties it to."""
    assert _person_keys(gazetteer, LEEUWARDEN_SECRETARY, MINISTER_ALONE) == [
        ("a", "person/thomas-jansen"), ("b", "person/jansen")]


def test_within_one_document_a_surname_joins_its_full_name_whatever_the_organisation(gazetteer):
    text = f"{LEEUWARDEN_SECRETARY} Minister Jansen van BZK sprak later met de themagroep."
    assert _person_keys(gazetteer, text) == [("a", "person/thomas-jansen")]


# ----------------------------------------------------------------------------- W4: a browser's print header


def test_a_web_page_printed_to_one_pdf_page_loses_the_browser_header_and_footer():
    from graph.pdftext import document_text

    page = ("Jaarverslag G40 2024 – Pijler Sociaal\n"
            "De pijler werkte samen met het ministerie van SZW.\n"
            "12/5/26, 1:26 AM Jaarverslag G40 2024 - Pijler Sociaal\n"
            "\ufb01le:///tmp/walk/jaarverslag.html 1/1")
    assert document_text([page]) == ("Jaarverslag G40 2024 – Pijler Sociaal\n"
                                     "De pijler werkte samen met het ministerie van SZW.")


def test_minutes_that_open_with_a_date_and_time_keep_that_line():
    from graph.pdftext import document_text

    page = "14-05-2025 10:00 Opening door de voorzitter\nDe themagroep bespreekt de woondeal."
    assert document_text([page]) == page


# ----------------------------------------------------------------------------- the entity page's table


@pytest.mark.parametrize("lang, member, note, chair", [("nl", "ja", "toelichting", "voorzitter"),
                                                      ("en", "yes", "note", "chair")])
def test_the_entity_page_says_yes_and_no_and_roles_in_its_language(seed_graph, runner, lang, member, note, chair):
    from graph.cli import cli

    breda = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", lang, "serve", "--get",
                                "/entity/municipality/gm0758"])
    assert breda.exit_code == 0, breda.output
    assert '<th title="g40:g40Member">' in breda.output and f"</th><td>{member}</td>" in breda.output
    assert f'<th title="skos:note">{note}</th>' in breda.output and "<td>true</td>" not in breda.output
    pillar = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", lang, "serve", "--get",
                                 "/entity/unit/pijler-economie-en-werk"])
    assert f'class="role">({chair})' in pillar.output, pillar.output[:300]
