"""Round 40a: participation and collaboration, and the rules that were wrong on unseen text."""

from __future__ import annotations

import pytest

from graph.markup import markdown_text
from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}


# --- a table of members whose rows state that some are none ("niet gekozen", "teruggetrokken") ------

_DEAL = "# City Deal Warme Wijk\n\nDe City Deal Warme Wijk is in 2022 gesloten.\n\n## Deelnemende gemeenten\n\n"
_STATUS_TABLE = markdown_text(_DEAL + "| Gemeente | Status |\n|---|---|\n| Breda | ondertekend |\n"
                              "| Tilburg | teruggetrokken |\n| Venlo | in beraad |\n| Ede | |\n")


def test_a_row_whose_status_says_it_is_no_member_is_none():
    found = _taking_part(_STATUS_TABLE)
    assert ("Breda", "participatesIn", "City Deal Warme Wijk", None) in found, found
    assert ("Ede", "participatesIn", "City Deal Warme Wijk", None) in found, found
    assert not {f for f in found if f[0] in ("Tilburg", "Venlo")}, found


_ELECTION = markdown_text("# Bestuur Pijler Fysiek Domein\n\n## Uitslag van de stemming\n\n"
                          "| Kandidaat | Gemeente | Stemmen | Uitslag |\n|---|---|---|---|\n"
                          "| Anna Kok | Breda | 31 | gekozen |\n| Pieter Smit | Tilburg | 12 | niet gekozen |\n")


def test_in_a_table_of_candidates_only_the_elected_are_members_and_no_town_is():
    found = _taking_part(_ELECTION)
    # the elected are members of the board (hasRole "lid": tests/test_extract_table_membership.py, 44a)
    assert ("Anna Kok", "hasRole", "Pijler Fysiek Domein", "lid") in facts(_ELECTION)
    assert not {f for f in found if f[0] in ("Breda", "Tilburg", "Pieter Smit", "Anna Kok")}, found


def test_a_members_table_without_a_status_keeps_its_members():
    text = markdown_text(_DEAL + "| Gemeente | Wethouder |\n|---|---|\n| Breda | Anna Kok |\n| Tilburg | Pieter Smit |\n")
    found = _taking_part(text)
    assert {("Breda", "participatesIn", "City Deal Warme Wijk", None),
            ("Tilburg", "participatesIn", "City Deal Warme Wijk", None)} <= found, found


# --- "partner": what kind of partner is no partnership in the passage's programme -----------------

@pytest.mark.parametrize("text, expected", [
    ("De City Deal Zon is in 2022 gestart. Ook Ede is partner.", {("Ede", "participatesIn", "City Deal Zon", None)}),
    ("De City Deal Zon is in 2022 gestart. In de City Deal Maan is Ede partner.",
     {("Ede", "participatesIn", "City Deal Maan", None)}),
    ("De City Deal Zon is in 2022 gestart. Ede is al jaren een vaste partner van de VNG.",
     {("Ede", "collaboratesWith", "VNG", None)}),
])
def test_a_partner_takes_part_or_works_with(text, expected):
    found = _taking_part(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    "De City Deal Zon is in 2022 gestart. Ede is een betrouwbare partner voor gemeenten.",
    "De City Deal Zon is in 2022 gestart. Ede is een belangrijke partner.",
])
def test_a_description_of_a_partner_is_no_partnership(text):
    found = {f for f in _taking_part(text) if f[0] == "Ede"}
    assert found == set(), found


def test_a_programme_named_after_partner_in_another_part_is_not_what_it_is_partner_in():
    found = _taking_part("De City Deal Zon is in 2022 gestart. Ede is partner, met geld uit de City Deal Maan.")
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found
    assert ("Ede", "participatesIn", "City Deal Maan", None) not in found, found


# --- taking part under a condition or a proposal is no fact; a person's attendance is not the town's part --

@pytest.mark.parametrize("text", [
    "De City Deal Zon is in 2022 gestart. Als Breda deelneemt aan de City Deal Zon, komt er extra geld.",
    "De City Deal Zon is in 2022 gestart. Zodra Breda meedoet aan de City Deal Zon, start de pilot.",
    "De City Deal Zon is in 2022 gestart. Breda doet mee, mits de gemeenteraad instemt.",
    "De City Deal Zon is in 2022 gestart. Wij stellen voor dat Breda deelneemt aan de City Deal Zon.",
])
def test_taking_part_under_a_condition_or_proposal_is_no_fact(text):
    found = {f for f in _taking_part(text) if f[0] == "Breda"}
    assert found == set(), found


def test_as_a_role_taking_part_stays_a_fact():
    found = _taking_part("De City Deal Zon is in 2022 gestart. Als trekker neemt Breda deel aan de City Deal Zon.")
    assert ("Breda", "participatesIn", "City Deal Zon", None) in found, found


def test_a_person_attending_a_meeting_for_a_town_is_not_the_towns_part():
    found = _taking_part("Verslag. Burgemeester Anna Kok neemt namens Ede deel aan de algemene ledenvergadering van de G40.")
    assert not any(f[0] == "Ede" for f in found), found
    found = _taking_part("De City Deal Zon is gestart. Burgemeester Anna Kok neemt namens Ede deel aan de City Deal Zon.")
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found


# --- taking part stated by "eraan deelnemen", "deel uitmaken van", "partij bij", "deelname toegezegd:" ---

def test_eraan_points_back_to_what_the_sentence_before_named():
    text = ("Het ministerie van BZK heeft in 2023 de City Deal Wijkaanpak opgezet. Platform31 begeleidt deze deal. "
            "Namens de G40 nemen Zwolle en Ede eraan deel; Gouda wil graag aansluiten.")
    found = _taking_part(text)
    assert {("Zwolle", "participatesIn", "City Deal Wijkaanpak", None),
            ("Ede", "participatesIn", "City Deal Wijkaanpak", None)} <= found, found
    assert not any(f[0] == "Gouda" for f in found), found


def test_the_subjects_after_the_verb_and_their_companions_are_part_of_a_deal():
    text = "Zo maken Zwolle, Deventer en Kampen samen met de provincie Overijssel deel uit van de Woondeal Regio Zwolle."
    found = _taking_part(text)
    for town in ("Zwolle", "Deventer", "Kampen", "Overijssel"):
        assert (town, "participatesIn", "Woondeal Regio Zwolle", None) in found, (town, found)


def test_a_party_to_a_deal_takes_part_in_it():
    found = _taking_part("Veel steden sloten een woondeal. Zo zijn Breda en Tilburg partij bij de Woondeal West-Brabant.")
    assert {("Breda", "participatesIn", "Woondeal West-Brabant", None),
            ("Tilburg", "participatesIn", "Woondeal West-Brabant", None)} <= found, found
    assert _taking_part("Anna Kok is wethouder namens de Partij van de Arbeid.") == set()


def test_the_towns_listed_after_their_deelname_toegezegd_take_part():
    text = markdown_text("# Oproep\n\nDe pijler start de City Deal Wijkaanpak.\n\n## Wie doen er al mee?\n\n"
                         "In een eerste ronde hebben drie steden hun deelname toegezegd:\n\n- Zwolle\n- Breda\n- Ede\n\n"
                         "Gouda en Delft hebben belangstelling getoond, maar hebben hun deelname nog niet bevestigd.\n")
    found = _taking_part(text)
    for town in ("Zwolle", "Breda", "Ede"):
        assert (town, "participatesIn", "City Deal Wijkaanpak", None) in found, (town, found)
    assert not any(f[0] in ("Gouda", "Delft") for f in found), found


# --- who started a programme, in a relative clause, and their companions after "samen met" ---------

def test_a_relative_passive_names_who_started_it_and_who_with():
    text = ("Onder programma wordt verstaan: het Programma Sterke Wijk, dat in oktober 2022 door het ministerie van "
            "SZW en het ministerie van BZK samen met de G40 en de VNG is gestart.")
    found = facts(text)
    assert {("SZW", "initiated", "Programma Sterke Wijk", None), ("BZK", "initiated", "Programma Sterke Wijk", None),
            ("G40", "participatesIn", "Programma Sterke Wijk", None),
            ("VNG", "participatesIn", "Programma Sterke Wijk", None)} <= found, found


def test_a_companion_after_an_abbreviation_in_brackets_takes_part():
    found = facts("Het Programma Sterke Wijk is in 2023 gestart door het ministerie van Economische Zaken en Klimaat "
                  "(EZK), samen met het ministerie van BZK.")
    assert ("BZK", "participatesIn", "Programma Sterke Wijk", None) in found, found


def test_a_relative_clause_that_supports_starts_nothing():
    found = facts("Het Programma Sterke Wijk, dat door de G40 wordt gesteund, is in 2022 gestart.")
    assert not any(f[1] == "initiated" for f in found), found


# --- "| Stad | Bestuurder | Portefeuille |": who holds a town's portfolio is its wethouder ----------------

def test_a_portfolio_column_makes_the_towns_bestuurder_its_wethouder():
    text = markdown_text("# Kick-off Themagroep Warmte\n\n## Wie zitten er aan tafel?\n\n"
                         "| Stad | Bestuurder | Portefeuille |\n|---|---|---|\n| Emmen | Piet Smit | Duurzaamheid |\n")
    found = facts(text)
    assert ("Piet Smit", "hasRole", "Emmen", "wethouder") in found, found
    assert ("Piet Smit", "affiliatedWith", "Emmen", None) not in found, found


def test_without_a_portfolio_column_the_bestuurder_stays_affiliated():
    text = markdown_text("# Kick-off Themagroep Warmte\n\n## Wie zitten er aan tafel?\n\n"
                         "| Stad | Bestuurder |\n|---|---|\n| Emmen | Piet Smit |\n")
    found = facts(text)
    assert ("Piet Smit", "affiliatedWith", "Emmen", None) in found, found
    assert not any(f[1] == "hasRole" and f[2] == "Emmen" for f in found), found


# --- a joint programme's partners, pilot towns named among a count, "proeftuinen in A en B" ------------

def test_the_partners_of_a_joint_programme_take_part_in_it():
    found = _taking_part("Het Programma Groene Wijken (PGW) is een interbestuurlijk programma van BZK, EZK, de VNG en het IPO.")
    for partner in ("BZK", "EZK", "VNG", "IPO"):
        assert (partner, "participatesIn", "Programma Groene Wijken", None) in found, (partner, found)
    assert _taking_part("Het Programma Groene Wijken is een programma van het ministerie van BZK.") == set()


def test_pilot_towns_named_among_a_count_take_part():
    text = ("Het Programma Groene Wijken is gestart. Negen G40-steden zijn pilotstad, waaronder Breda en Heerlen. "
            "Zwolle heeft zich ook als pilotstad aangemeld, maar is niet geselecteerd.")
    found = _taking_part(text)
    assert {("Breda", "participatesIn", "Programma Groene Wijken", None),
            ("Heerlen", "participatesIn", "Programma Groene Wijken", None)} <= found, found
    assert not any(f[0] == "Zwolle" for f in found), found
    assert _taking_part("Het Programma Groene Wijken is gestart. Negen steden zijn groot, waaronder Breda en Heerlen.") == set()


def test_the_towns_of_a_programmes_proeftuinen_take_part():
    found = _taking_part("Het Programma Groene Wijken is gestart.\n\n- proeftuinen in Arnhem (Presikhaaf), Venlo en Zoetermeer\n")
    for town in ("Arnhem", "Venlo", "Zoetermeer"):
        assert (town, "participatesIn", "Programma Groene Wijken", None) in found, (town, found)
