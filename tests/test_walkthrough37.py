"""Walkthrough 12: a city's privacy and accessibility coordinator — the wrong facts and the false
report found with their own documents."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.docdate import infer_date
from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _mentions(gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.name or m.text) for m in extract("a", text, gazetteer=gazetteer).mentions]


# ----------------------------------------------------------------------------- F1: a short chapter's date

SHORT_CHAPTER = ("Hoofdstuk 3. Pijler Fysiek\n"
                 "Jaarverslag 2024\n"
                 "De Pijler Fysiek stond in 2024 onder voorzitterschap van wethouder Gert Bakker (Apeldoorn).\n"
                 "De gemeenten Apeldoorn en Zwolle namen deel aan de City Deal Klimaatadaptatie.\n"
                 "Ellen Visser (Helmond) werd in september 2024 benoemd tot vicevoorzitter van de pijler.")


def test_an_event_deep_in_a_short_chapters_sentence_does_not_date_the_chapter():
    assert infer_date(SHORT_CHAPTER, "jaarverslag-2024-hoofdstuk3") == "2024"


def test_a_date_that_opens_a_lead_sentence_still_dates_a_news_item():
    lead = "Nieuws\nOp 5 juni 2024 tekenden de G40 en het ministerie van EZK een akkoord.\n"
    assert infer_date(lead, "nieuws") == "2024-06-05"


# ----------------------------------------------------------------------------- F3: a verb is no City Deal's name


def test_a_verb_before_a_time_at_the_end_of_a_subordinate_clause_is_no_city_deals_name(gazetteer):
    text = "Henk Bos licht toe dat het ministerie de City Deal financiert tot en met 2026."
    assert [m for m in _mentions(gazetteer, text) if m[0] == "Programme"] == []


def test_a_city_deals_name_before_a_time_and_its_verb_stays(gazetteer):
    text = "Zij zegt dat de City Deal Digitale Stad tot 2026 loopt."
    assert ("Programme", "City Deal Digitale Stad") in _mentions(gazetteer, text)


# ----------------------------------------------------------------------------- F4: a page label names no themagroep


def test_a_dated_page_label_is_no_themagroeps_name(gazetteer):
    text = "Nieuws | 3 maart 2024\nWethouder Eva de Vries is voorzitter van de Themagroep en opent de bijeenkomst."
    assert [m for m in _mentions(gazetteer, text) if m[0] == "OrganisationalUnit"] == []


# ----------------------------------------------------------------------------- U1: remembered corrections are no change


def test_the_remembered_corrections_folder_is_no_change_of_the_corrections(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("G40KG_CURATED", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "correcties").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.\n",
                                             encoding="utf-8")
    (tmp_path / "correcties" / "c.yaml").write_text(
        "suppress:\n  - {subject: person/anna-jansen, predicate: hasRole, object: unit/pijler-sociaal, "
        "role: voorzitter, document: a}\n", encoding="utf-8")
    first = runner.invoke(cli, ["--graph", "kg", "build", "docs", "--curated", "correcties", "--format", "json"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["--graph", "kg", "build", "docs", "--format", "json"])
    assert again.exit_code == 0, again.output
    report = json.loads(again.stdout)
    assert (report["corrections"], report["corrections_changed"]) == (str((tmp_path / "correcties").resolve()), False)
