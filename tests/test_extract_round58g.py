"""Round 58g: rules for sentence shapes that recur across the development sets' genres (invented text, invented
programmes and people).

A person sitting in a body, told in a relative clause after the name and its town ("wethouder X in Deventer, die
namens de themagroep ook in de landelijke Stuurgroep Y zit"; "X (Venlo), die ook in het bestuur van de MRDH zit":
a bestuurslid of the MRDH) or with the verb before its subject ("Sinds 2023 zit wethouder X namens de gemeente in
het G40-bestuur en in de pijler Sociaal"). A programme's owner in a copula ("Het Woonfonds Oost is een fonds van
het ministerie van BZK"). A predecessor's role when the succession names the successor's role but not its body
("wethouder X van Zwolle … . Zij volgde wethouder Y op"). Each rule has a case that fires and a near miss it must
leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2026-03-02") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, *_ in dated(text, predicate)}


def _persons_in(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o in _pairs(text, "participatesIn") if s in ("Eva Smit", "Piet Bos", "Anna Kok")}


# --- sitting in a body: a relative clause after the name and its town --------------------------------------------

def test_a_relative_clause_after_the_name_and_its_town_seats_the_person_in_the_body():
    text = ("We zijn te gast bij wethouder Eva Smit in Zwolle, die sinds maart namens de themagroep ook in de "
            "landelijke Stuurgroep Circulaire Bouw zit.\n")
    assert _persons_in(text) == {("Eva Smit", "landelijke Stuurgroep Circulaire Bouw")}


def test_a_relative_clause_that_goes_on_after_the_verb_still_seats_the_person():
    text = ("Voor de G40 is dat wethouder Anna Kok, die namens Zwolle in het G40-bestuur zit en sinds 2022 "
            "voorzitter is van de G40-pijler Sociaal.\n")
    assert ("Anna Kok", "G40", "bestuurslid") in {(s, o, role) for s, o, role, *_ in dated(text, "hasRole")}


def test_sitting_in_an_organisations_board_makes_a_bestuurslid_of_it():
    text = "Op de foto staat wethouder Piet Bos (Venlo), die ook in het bestuur van de MRDH zit.\n"
    assert {(s, o, role) for s, o, role, *_ in dated(text, "hasRole")} >= {("Piet Bos", "MRDH", "bestuurslid")}


def test_a_relative_clause_whose_verb_is_not_sitting_seats_no_one():
    text = "Op de foto staat wethouder Piet Bos (Venlo), die in de stuurgroep Vitale Wijken een voorstel deed.\n"
    assert not _persons_in(text)


def test_a_relative_clause_seats_the_person_right_before_it_not_the_sentences_first():
    text = ("Wethouder Eva Smit sprak met Piet Bos in Venlo, die namens de gemeente in de stuurgroep Vitale Wijken "
            "zit.\n")
    assert _persons_in(text) == {("Piet Bos", "stuurgroep Vitale Wijken")}


def test_a_relative_clause_after_other_words_than_the_persons_town_seats_no_one():
    text = "Wij spraken wethouder Eva Smit over de leergang Wijkwerk, die ook in de stuurgroep Vitale Wijken zit.\n"
    assert not _persons_in(text)


def test_a_denied_seat_in_a_relative_clause_seats_no_one():
    text = "Op de foto staat wethouder Piet Bos (Venlo), die niet in het bestuur van de MRDH zit.\n"
    assert ("Piet Bos", "MRDH") not in {(s, o) for s, o, *_ in dated(text, "hasRole")}


# --- sitting in a body: the verb before its subject ---------------------------------------------------------------

def test_the_verb_before_the_person_seats_the_person_in_each_body_named():
    text = "Sinds 2023 zit wethouder Eva Smit namens de gemeente in de pijler Sociaal en in de themagroep Armoede.\n"
    assert _persons_in(text) == {("Eva Smit", "pijler Sociaal"), ("Eva Smit", "themagroep Armoede")}


def test_the_board_an_organisations_name_prefixes_makes_a_bestuurslid_of_the_organisation():
    text = "Sinds 2022 zit wethouder Eva Smit namens de gemeente in het G40-bestuur en in de pijler Fysiek.\n"
    assert ("Eva Smit", "G40", "bestuurslid") in {(s, o, role) for s, o, role, *_ in dated(text, "hasRole")}
    assert _persons_in(text) == {("Eva Smit", "pijler Fysiek")}


def test_taking_a_seat_with_the_verb_first_needs_zitting():
    seated = "Daarnaast neemt gedeputeerde Eva Smit zitting in de stuurgroep Vitale Wijken.\n"
    part = "Daarnaast neemt gedeputeerde Eva Smit in de stuurgroep Vitale Wijken het woord.\n"
    assert _persons_in(seated) == {("Eva Smit", "stuurgroep Vitale Wijken")}
    assert not _persons_in(part)


def test_the_verb_before_the_person_and_an_organisations_board_after_it_is_taking_part_in_the_organisation():
    text = "Sinds 2022 zit wethouder Eva Smit in het bestuur van de MRDH.\n"
    assert ("Eva Smit", "MRDH") in _pairs(text, "participatesIn")
    assert not {(s, o) for s, o, *_ in dated(text, "hasRole") if o == "MRDH"}

# --- a programme's owner in a copula -----------------------------------------------------------------------------

def test_a_programme_said_to_be_a_fund_of_a_ministry_is_led_by_it():
    assert _pairs("Het Woonfonds Oost is een fonds van het ministerie van BZK.\n", "ledBy") == {("Woonfonds Oost", "BZK")}


def test_a_programme_of_a_pijler_is_led_by_the_pijler_not_by_the_network_after_it():
    text = "Het programma Sterke Wijken is een programma van de pijler Sociaal van het Stedennetwerk G40.\n"
    assert ("programma Sterke Wijken", "pijler Sociaal") in _pairs(text, "ledBy")
    assert ("programma Sterke Wijken", "Stedennetwerk G40") not in _pairs(text, "ledBy")


def test_a_programme_of_a_duration_a_part_or_a_denied_owner_is_led_by_nothing():
    assert not _pairs("Het programma Sterke Wijken is een programma van drie jaar.\n", "ledBy")
    assert not _pairs("Het programma Sterke Wijken is een onderdeel van de pijler Sociaal.\n", "ledBy")
    assert not _pairs("Het programma Sterke Wijken is geen programma van de gemeente Tilburg.\n", "ledBy")


def test_a_programme_named_after_a_preposition_is_no_subject_of_the_copula():
    text = "Met het programma Sterke Wijken is een fonds van het ministerie van BZK gemoeid.\n"
    assert not _pairs(text, "ledBy")


# --- a predecessor's role named in the succession without its body ------------------------------------------------

def test_the_role_before_the_predecessors_name_is_the_one_the_successor_holds():
    text = "Wethouder Eva Smit van Zwolle is portefeuillehouder. Zij volgde per 1 januari 2026 wethouder Jan Kok op.\n"
    assert ("Jan Kok", "Zwolle", "wethouder", True, None, "2025-12-31") in dated(text, "hasRole")


def test_the_role_after_als_is_the_one_the_successor_holds():
    text = ("Voor Zwolle is het een van de eerste klussen van wethouder Piet Bos. Hij volgde in mei 2023 Anna de Wit "
            "op als wethouder Duurzaamheid.\n")
    assert {(s, o, role, past) for s, o, role, past, *_ in dated(text, "hasRole") if s == "Anna de Wit"} == {
        ("Anna de Wit", "Zwolle", "wethouder", True)}


def test_a_succession_in_another_role_than_the_successors_gives_the_predecessor_none():
    text = "Wethouder Eva Smit van Zwolle is portefeuillehouder. Zij volgde per 1 januari 2026 Jan Kok op als trekker.\n"
    assert not {s for s, *_ in dated(text, "hasRole") if s == "Jan Kok"}


def test_a_successor_in_that_role_in_two_bodies_leaves_the_predecessors_body_open():
    text = ("Piet Bos is wethouder van Zwolle en wethouder van Kampen. Hij volgde per 1 januari 2026 wethouder Jan Kok "
            "op.\n")
    assert not {s for s, *_ in dated(text, "hasRole") if s == "Jan Kok"}
