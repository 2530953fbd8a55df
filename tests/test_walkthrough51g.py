"""Round 51g: the twenty-sixth walkthrough's wrong facts (invented people, other wordings)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import ask_rows, built_from


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(text: str, gazetteer, date: str = "2027-01-20") -> set[tuple]:
    return {(r.subject.text, r.predicate, r.role, r.object.text, r.valid_from, r.valid_until, r.past)
            for r in extract("d", text, gazetteer=gazetteer, date=date).relations}


def test_a_role_word_after_met_is_the_other_partys_office(gazetteer):
    """"X sprak met minister van SZW": X holds no ministerial office (finding 5)."""
    text = "Joost Vermaat, voorzitter van de Pijler Cultuur, overlegde op 2 februari 2027 met minister van SZW over musea."
    facts = _facts(text, gazetteer)
    assert not [f for f in facts if f[1] == "hasRole" and f[2] == "minister"]
    assert ("Joost Vermaat", "hasRole", "voorzitter", "Pijler Cultuur", None, None, False) in facts


def test_a_post_not_kept_on_ends_with_the_move_and_passes_to_the_successor(gazetteer):
    """"Zij blijft niet aan als trekker …; haar opvolger als trekker is wethouder Y" (finding 2)."""
    text = ("Petra Wolfs, wethouder van Gouda, wordt met ingang van 1 april 2027 burgemeester van Delft. Zij blijft niet "
            "aan als bestuurlijk trekker van de City Deal Slimme Stations; haar opvolger als trekker is wethouder Ruud Bakx.")
    facts = _facts(text, gazetteer)
    assert ("Petra Wolfs", "hasRole", "bestuurlijk trekker", "City Deal Slimme Stations", None, "2027-03-31", True) in facts
    assert ("Ruud Bakx", "hasRole", "bestuurlijk trekker", "City Deal Slimme Stations", "2027-04-01", None, False) in facts
    assert ("Ruud Bakx", "succeeded", None, "Petra Wolfs", "2027-04-01", None, False) in facts


@pytest.mark.parametrize("sentence", ["Hij treedt na de verkiezingen niet opnieuw aan als voorzitter van de Pijler Cultuur.",
                                      "Hij blijft niet aan als voorzitter van de Pijler Cultuur."],
                         ids=["not-again", "not-on"])
def test_a_negated_role_is_no_current_role(gazetteer, sentence):
    facts = _facts("Joost Vermaat is wethouder van Gouda. " + sentence, gazetteer)
    chair = [f for f in facts if f[2] == "voorzitter"]
    assert chair and all(f[6] for f in chair)  # a role of the past, never a current one


def test_a_town_that_no_longer_takes_part_left_the_day_before(gazetteer):
    """"De gemeente X neemt per D niet langer deel aan de City Deal Y" (finding 3)."""
    facts = _facts("De gemeente Gouda neemt per 1 maart 2027 niet langer deel aan de City Deal Slimme Stations.", gazetteer)
    assert ("Gouda", "participatesIn", None, "City Deal Slimme Stations", None, "2027-02-28", True) in facts


def test_a_new_burgemeester_is_no_wethouder_any_more(tmp_path):
    """Becoming burgemeester of another town ends the wethouder's term the day before (finding 2)."""
    kg = built_from(tmp_path, {
        "n1": ("2026-10-05", "Wethouder Petra Wolfs van Gouda opende de werkplaats."),
        "n2": ("2027-01-20", "Petra Wolfs, wethouder van Gouda, wordt per 1 april 2027 burgemeester van Delft."),
    })
    rows = ask_rows(CliRunner(), kg, "oxigraph", "who-does-what", "--as-of", "2027-05-01")
    assert sorted((r["role"], r["bodyLabel"]) for r in rows if r["personLabel"] == "Petra Wolfs") == [("burgemeester", "Delft")]
    rows = ask_rows(CliRunner(), kg, "oxigraph", "who-does-what", "--as-of", "2027-03-31")
    assert sorted((r["role"], r["bodyLabel"]) for r in rows if r["personLabel"] == "Petra Wolfs") == [("wethouder", "Gouda")]
