"""Round 55f: the older development sets' leftovers (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone:

- a start between a role word that opens the clause, its copula and the name ("Bestuurlijk trekker is
  sinds 1 oktober 2024 X") dates the role, where it took the document's date, and so does a bracketed
  start closing the sentence after the name's apposition ("Voorzitter is X, CIO van Breda (sinds januari
  2024).");
- a period open to the present with a month before the year and a plain hyphen ("maart 2024-heden")
  starts in that month, not in January;
- a body the text names by its kind alone is a unit of the document when a person chairs it ("De
  beoordelingscommissie stond onder voorzitterschap van prof. dr. X"), an organisation takes part in
  it ("Het PBL neemt deel aan de klankbordgroep", "EZ is vertegenwoordigd in de klankbordgroep") or a
  sentence opens with what it consists of ("De klankbordgroep bestaat uit SZW en Divosa"); a bare role
  that opens the next sentence ("Voorzitter is wethouder X") is that body's;
- a contact point with the body one is the contact at between the copula and the point ("Hij is bij de G40
  het aanspreekpunt voor de Aanpak X"), and a bare "Contactpersoon is X." after a sentence that names what
  it is about (the programme, unit or event that sentence names last), and the fronted "Contactpersoon
  voor de deelnemende steden is X" (the contact for the passage's programme); "Meer informatie: X,
  contactpersoon Woondeal Y" (the apposition names what X is the contact for).
"""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_roles as roles_in  # (holder, body, role, past, from, until)
from tests.extract_facts import facts, mentions


# --- "Trekker is sinds 1 oktober 2024 X": the start between the role word and the name ---

THEME = "Nieuwsbrief\n\n12 december 2024\n\nKarel Wit is trekker van de themagroep Wonen. "


def test_a_start_between_the_copula_and_the_name_dates_the_role():
    found = roles_in(THEME + "Bestuurlijk trekker is sinds 1 oktober 2024 Eva Dijkhuis, wethouder van Tiel.",
                     "2024-12-12")
    assert ("Eva Dijkhuis", "themagroep Wonen", "bestuurlijk trekker", False, "2024-10-01", None) in found, found


@pytest.mark.parametrize("sentence", [
    "Bestuurlijk trekker is Eva Dijkhuis, wethouder van Tiel.",  # no start: none
    "Bestuurlijk trekker is in Tiel Eva Dijkhuis.",  # a place between, no time
])
def test_no_start_between_the_copula_and_the_name_dates_nothing(sentence):
    found = roles_in(THEME + sentence, "2024-12-12")
    assert not any(r[0] == "Eva Dijkhuis" and r[1] == "themagroep Wonen" and r[4] for r in found), found


def test_a_start_and_an_end_between_the_copula_and_the_name_are_no_start():
    from graph.extract.restated_roles import copula_since
    text = "Trekker was van 2019 tot 2023 Eva Dijkhuis."
    assert copula_since(text, 7, text.index("Eva")) is None
    text = "Trekker is per 1 mei 2025 Eva Dijkhuis."
    assert copula_since(text, 7, text.index("Eva")) == ("2025-05-01", None)


GROUP = "Nieuwsbrief\n\n18 september 2025\n\nDe themagroep Wijkdata komt vier keer per jaar bijeen. "


def test_a_bracketed_start_closing_the_sentence_after_the_apposition_dates_the_role():
    found = roles_in(GROUP + "Voorzitter is drs. Eva Dijkhuis, CIO van de gemeente Tiel (sinds januari 2024).",
                     "2025-09-18")
    assert ("Eva Dijkhuis", "themagroep Wijkdata", "voorzitter", False, "2024-01-01", None) in found, found


def test_a_bracketed_start_with_the_sentence_going_on_dates_no_chair():
    found = roles_in(GROUP + "Voorzitter is drs. Eva Dijkhuis, CIO van de gemeente Tiel (sinds januari 2024), "
                     "en zij woont in Tiel.", "2025-09-18")
    assert ("Eva Dijkhuis", "themagroep Wijkdata", "voorzitter", False, None, None) in found, found


# --- "maart 2024-heden": a month, a year and a plain hyphen ---

@pytest.mark.parametrize("text, expected", [
    ("| maart 2024-heden | Eva Smit |", [("2024-03-01", None)]),
    ("| 1 maart 2024-heden | Eva Smit |", [("2024-03-01", None)]),
    ("Eva Smit, wethouder (mrt. 2024-nu)", [("2024-03-01", None)]),
    # near misses: the year alone, an impossible day, a date written with hyphens
    ("| 2024-heden | Eva Smit |", [("2024-01-01", None)]),
    ("| 31 februari 2024-heden | Eva Smit |", []),
    ("Op 1 maart 2024-01-31 kwam Eva Smit.", []),
])
def test_a_month_and_year_hyphen_heden_starts_in_that_month(text, expected):
    from graph.extract.periods import find_periods
    assert [(p.valid_from, p.valid_until) for p in find_periods(text, year="2026-01-10")] == expected


# --- a body named by its kind alone: chaired, joined, or what it consists of ---

def test_a_committee_chaired_by_a_titled_person_is_a_unit_with_its_chair():
    text = ("Impulsregeling Binnensteden\n\nDe beoordelingscommissie stond onder voorzitterschap van prof. dr. "
            "Lotte Vermaat (Platform31).")
    assert mentions(text, "OrganisationalUnit") == ["beoordelingscommissie"]
    assert ("Lotte Vermaat", "hasRole", "beoordelingscommissie", "voorzitter") in facts(text)


def test_a_committee_word_that_is_no_body_names_nothing():
    text = "Impulsregeling Binnensteden\n\nDe beoordeling stond onder voorzitterschap van Lotte Vermaat."
    assert mentions(text, "OrganisationalUnit") == []


def test_an_organisation_taking_part_in_a_sounding_board_names_it():
    text = ("Het programma Wijkwelvaart in Kleine Steden is een samenwerking van Saxion en Avans. "
            "Het PBL levert de monitor en neemt deel aan de klankbordgroep.")
    assert ("PBL", "participatesIn", "klankbordgroep", None) in facts(text)


@pytest.mark.parametrize("text", [
    # a group with a name of its own after the kind word: no bare "werkgroep"
    "De City Deal Zon loopt sinds 2024. Eva Kok (Ede) neemt deel aan de werkgroep monitoring en evaluatie.",
    # the body's owner follows: it is that one's, not a body of its own
    "Het PBL neemt deel aan de klankbordgroep. De klankbordgroep van het programma komt twee keer bijeen.",
    # no organisation or person takes part
    "Iedereen neemt deel aan de klankbordgroep.",
])
def test_no_unnamed_body_without_its_cue(text):
    assert not [m for m in mentions(text, "OrganisationalUnit") if m.lower() in ("klankbordgroep", "werkgroep")]


BOARD = ("Programma Veilige Wijken\n\nDe klankbordgroep bestaat uit SZW, Divosa en twee ervaringsdeskundigen, "
         "en komt twee keer per jaar bijeen. Voorzitter is wethouder Bas Wolters (Zaanstad).")


def test_a_body_that_consists_of_organisations_is_a_unit_and_the_next_bare_chair_is_its():
    assert "klankbordgroep" in mentions(BOARD, "OrganisationalUnit")
    found = facts(BOARD)
    assert ("Bas Wolters", "hasRole", "klankbordgroep", "voorzitter") in found, found
    assert not any(f[0] == "Bas Wolters" and f[3] == "voorzitter" and f[2] != "klankbordgroep" for f in found), found


def test_a_body_introduced_as_a_body_of_the_programme_is_left_to_that_rule():
    text = ("City Deal Werklocaties\n\nDe City Deal Werklocaties wordt bestuurd door een stuurgroep met een bestuurder per partner. "
            "Vanuit EZ neemt directeur Marco Tjoa deel aan de stuurgroep.")
    found = facts(text)
    assert ("Stuurgroep City Deal Werklocaties", "partOf", "City Deal Werklocaties", None) in found, found
    assert not any("stuurgroep" in (f[0], f[2]) for f in found), found


# --- contact points ---

def test_a_contact_point_with_the_body_between_copula_and_point():
    text = "Bram Kok werkt bij het G40-bureau. Hij is bij de G40 het aanspreekpunt voor de Aanpak Winkelgebieden."
    assert ("Bram Kok", "contactFor", "Aanpak Winkelgebieden", None) in facts(text)


def test_a_contact_point_with_a_place_between_is_no_contact_point():
    text = "Bram Kok werkt bij het G40-bureau. Hij is in Den Haag het aanspreekpunt voor de Aanpak Winkelgebieden."
    assert not [f for f in facts(text) if f[1] == "contactFor"]


def test_a_bare_contact_person_is_the_contact_for_what_the_sentence_before_names():
    text = "Ede en Epe werken samen in de City Deal Zonnedaken. Contactpersoon is Eva Smit (gemeente Ede)."
    assert ("Eva Smit", "contactFor", "City Deal Zonnedaken", None) in facts(text)


@pytest.mark.parametrize("text", [
    # another paragraph before it, no sentence before it, a denial
    "Ede en Epe werken samen in de City Deal Zonnedaken.\n\nContactpersoon is Eva Smit (gemeente Ede).",
    "Contactpersoon is Eva Smit (gemeente Ede).",
    "Ede en Epe werken samen in de City Deal Zonnedaken. Contactpersoon is niet Eva Smit.",
    # the sentence before names no programme, unit or event
    "Ede en Epe werken samen. Contactpersoon is Eva Smit (gemeente Ede).",
])
def test_a_bare_contact_person_without_a_thing_just_before_is_the_contact_for_nothing(text):
    assert not [f for f in facts(text) if f[1] == "contactFor"]


def test_the_fronted_contact_for_the_participants_is_the_programmes():
    text = ("Ede neemt deel aan de City Deal Zonnedaken. "
            "Contactpersoon voor de deelnemende steden is Femke Kok van het G40-bureau.")
    assert ("Femke Kok", "contactFor", "City Deal Zonnedaken", None) in facts(text)


@pytest.mark.parametrize("text", [
    "Contactpersoon voor de deelnemende steden is Femke Kok van het G40-bureau.",  # no programme before it
    "Ede neemt deel aan de City Deal Zonnedaken. Contactpersoon voor de deelnemende steden is niet Femke Kok.",
])
def test_the_fronted_contact_for_the_participants_without_a_programme_or_denied_is_none(text):
    assert not [f for f in facts(text) if f[1] == "contactFor"]


def test_a_contact_line_whose_apposition_says_contactpersoon_names_its_programme():
    text = ("De Woondeal Oost-Brabant is getekend. Meer informatie: Ruben Kok, contactpersoon Woondeal "
            "Oost-Brabant, via woondeal@example.nl.")
    assert ("Ruben Kok", "contactFor", "Woondeal Oost-Brabant", None) in facts(text)


def test_a_contact_line_whose_apposition_is_no_role_names_nothing():
    text = ("De Woondeal Oost-Brabant is getekend. Meer informatie: Ruben Kok, bewoner Woondeal "
            "Oost-Brabant, via woondeal@example.nl.")
    assert not [f for f in facts(text) if f[1] == "contactFor"]
