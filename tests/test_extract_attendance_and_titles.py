"""Round 46k (walkthrough 21, findings 2, 6, 7 and 17): an inverted participation with a list, "Vanuit de
X", an attendance bracket "(voorzitter, stad)", a guest's ministry that is another actor's partner,
"<functie> G40 bij <ministerie>" and a letter's subject line. Fictional people."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(gazetteer, text, predicate=None):
    return sorted((r.subject.label, r.predicate, r.role or "", r.object.label)
                  for r in extract("d", text, gazetteer=gazetteer, date="2026-11-20").relations
                  if predicate is None or r.predicate == predicate)


def test_vanuit_the_network_a_list_of_towns_takes_part_and_the_network_does_not(gazetteer):
    text = ("Vanuit de G40 nemen de gemeenten Schiedam, Zaanstad, Heerlen en Lelystad deel aan het Nationaal "
            "Programma Leefbaarheid en Veiligheid.")
    assert _facts(gazetteer, text, "participatesIn") == [
        (town, "participatesIn", "", "Nationaal Programma Leefbaarheid en Veiligheid")
        for town in ("Heerlen", "Lelystad", "Schiedam", "Zaanstad")]


def test_vanuit_the_network_two_towns(gazetteer):
    text = "Vanuit de G40 nemen Emmen en Gouda deel aan de City Deal Kennis Maken."
    assert [f[0] for f in _facts(gazetteer, text, "participatesIn")] == ["Emmen", "Gouda"]


def test_an_attendance_bracket_gives_the_meetings_role_and_the_persons_town(gazetteer):
    text = ("# Verslag themagroep Wonen\n\nAanwezig: Femke Dalstra (trekker, Zaanstad), Ruud Veldkamp (Breda), "
            "Lieke Aarts (voorzitter, Dordrecht)\n")
    facts = _facts(gazetteer, text)
    assert ("Femke Dalstra", "hasRole", "trekker", "Themagroep Wonen") in facts
    assert ("Femke Dalstra", "affiliatedWith", "", "Zaanstad") in facts
    assert ("Lieke Aarts", "affiliatedWith", "", "Dordrecht") in facts
    assert not [f for f in facts if f[1] == "hasRole" and f[3] in ("Zaanstad", "Dordrecht")]


def test_a_wethouders_bracket_keeps_the_town(gazetteer):
    text = "# Verslag pijler Sociaal Domein\n\nAanwezig: Lieke Aarts (wethouder, Dordrecht), Ruud Veldkamp (Breda)\n"
    assert ("Lieke Aarts", "hasRole", "wethouder", "Dordrecht") in _facts(gazetteer, text)


def test_a_guests_ministry_that_another_town_works_with_is_no_collaboration_of_the_body(gazetteer):
    text = ("# Verslag overleg pijler Sociaal Domein\n\n## Aanwezig\n\nLieke Aarts (voorzitter, Dordrecht), "
            "Koen Wessels (ministerie van SZW)\n\n## 1. Schulden\n\nDe gemeente Tilburg werkt samen met het "
            "ministerie van Sociale Zaken en Werkgelegenheid aan een proef.\n")
    assert _facts(gazetteer, text, "collaboratesWith") == [("Tilburg", "collaboratesWith", "", "Sociale Zaken en Werkgelegenheid")]


@pytest.mark.parametrize("text", [
    "Bram Hessels, accountmanager G40 bij het ministerie van Economische Zaken en Klimaat, opende de dag.",
    "Met vriendelijke groet,\n\nBram Hessels\naccountmanager G40\nministerie van Economische Zaken en Klimaat\n",
])
def test_a_function_named_after_the_network_at_a_ministry_is_the_ministrys(gazetteer, text):
    roles = [(r.role, r.portfolio, r.object.label) for r in extract("d", text, gazetteer=gazetteer).relations
             if r.predicate == "hasRole"]
    assert roles == [("accountmanager", "G40", "Economische Zaken en Klimaat")]


def test_a_chair_of_the_network_on_a_signature_stays_the_networks(gazetteer):
    text = "Met vriendelijke groet,\n\nEva Smit\nvoorzitter G40\nGemeente Zwolle\n"
    assert ("Eva Smit", "hasRole", "voorzitter", "G40") in _facts(gazetteer, text)


def test_a_letters_subject_line_is_no_programme(gazetteer):
    text = ("Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 november 2026\nBetreft Voortgang City Deals Agenda "
            "Stad\n\nGeachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over de Agenda Stad.\n")
    names = sorted({m.text for m in extract("d", text, gazetteer=gazetteer).mentions if m.type == "Programme"})
    assert not [n for n in names if n.startswith(("Betreft", "Voortgang"))], names
