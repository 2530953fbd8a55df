"""Round 45j: programme participants from lists, brackets and bijlage tables (walkthrough 20, findings 25,
26 and 28), on invented sentences: what each rule finds and its near-miss.

1. "de Regio Deal X, met de gemeenten A en B, en de Regio Deal Y, met de gemeente C": each its own towns.
2. "A (Regio Deal X), B en C (Regio Deal Y)": the towns before each bracket; not the family of deals.
3. "De City Deal X liep door in A, B en C".
4. "Aan de City Deal doen de gemeenten A, …, G mee": a list longer than eight words.
5. A bijlage table "| Gemeente | Regio Deal | Bedrag |": each row.
6. Clauses after ";" take part in their own programme; "Woondeal regio X" and "Zuid- en Oost-X" are names.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2023-03-01"


def _participations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in facts(text, DATE) if p == "participatesIn"}


# 1. an apposition of towns after each programme ------------------------------------------------------

def test_two_programmes_each_with_their_own_towns():
    text = ("In de vierde tranche sluit het kabinet onder meer de Regio Deal Kempen, met de gemeenten Eersel, "
            "Bladel en Bergeijk, en de Regio Deal Peelland, met de gemeenten Helmond en Deurne.")
    assert _participations(text) == {("Eersel", "Regio Deal Kempen"), ("Bladel", "Regio Deal Kempen"),
                                     ("Bergeijk", "Regio Deal Kempen"), ("Helmond", "Regio Deal Peelland"),
                                     ("Deurne", "Regio Deal Peelland")}


def test_one_town_without_its_kind_word_is_no_apposition_of_participants():
    text = "Wij bespraken de Regio Deal Kempen, met Eindhoven als gastheer, en de Regio Deal Peelland."
    assert ("Eindhoven", "Regio Deal Kempen") not in _participations(text)


# 2. a programme in brackets after a town or a group of towns -------------------------------------------

def test_a_bracketed_programme_after_each_group_of_towns():
    text = ("Venlo (Regio Deal Noord-Limburg), Zwolle, Kampen en Deventer (Regio Deal Regio Zwolle) en "
            "Lelystad (Regio Deal Flevoland) voerden hun deals uit met BZK.")
    found = _participations(text)
    assert {("Venlo", "Regio Deal Noord-Limburg"), ("Zwolle", "Regio Deal Regio Zwolle"),
            ("Kampen", "Regio Deal Regio Zwolle"), ("Deventer", "Regio Deal Regio Zwolle"),
            ("Lelystad", "Regio Deal Flevoland")} <= found
    assert ("Venlo", "Regio Deal Regio Zwolle") not in found and ("Zwolle", "Regio Deal Noord-Limburg") not in found


def test_the_bracket_names_the_deal_not_the_family_of_deals():
    text = "Aan de Woondeals namen in 2024 deel: Zwolle en Kampen (Woondeal Regio Zwolle) en Almere (Woondeal Flevoland)."
    found = _participations(text)
    assert ("Zwolle", "Woondeal Regio Zwolle") in found and ("Almere", "Woondeal Flevoland") in found
    assert not any(o == "Woondeals" for _, o in found)


# 3. a programme that runs on in towns ---------------------------------------------------------------

def test_a_programme_that_ran_on_in_towns():
    text = "De City Deal Zon op Dak liep door in Breda, Delft en Zwolle."
    assert _participations(text) == {("Breda", "City Deal Zon op Dak"), ("Delft", "City Deal Zon op Dak"),
                                     ("Zwolle", "City Deal Zon op Dak")}


def test_a_programme_that_ran_in_a_year_names_no_towns():
    assert _participations("De City Deal Zon op Dak liep in 2023 af.") == set()


# 4. a long list of towns between "doen" and "mee" ----------------------------------------------------

def test_a_long_list_of_towns_between_doen_and_mee():
    text = ("Het ministerie verlengt de City Deal Zon op Dak tot 2027. Aan de City Deal doen de gemeenten "
            "Breda, Delft, Zwolle, Ede, Venlo, Deventer en Bergen op Zoom mee, met hun hogescholen.")
    found = _participations(text)
    assert {(town, "City Deal Zon op Dak") for town in ("Breda", "Delft", "Zwolle", "Ede", "Venlo", "Deventer",
                                                       "Bergen op Zoom")} <= found


# 5. a bijlage table with a town column and a programme column -----------------------------------------

def test_each_row_of_a_town_and_programme_table_is_a_participation():
    text = ("Bijlage 1 behorende bij artikel 1\n\n| Code | Gemeente | Regio Deal | Bedrag (euro) |\n|---|---|---|---|\n"
            "| 0193 | Zwolle | Regio Deal Regio Zwolle | 2.000.000 |\n| 0983 | Venlo | Regio Deal Noord-Limburg | 1.500.000 |\n")
    found = _participations(text)
    assert {("Zwolle", "Regio Deal Regio Zwolle"), ("Venlo", "Regio Deal Noord-Limburg")} <= found
    assert ("Zwolle", "Regio Deal Noord-Limburg") not in found


def test_a_table_without_a_programme_column_states_no_participation():
    text = "Budget\n\n| Gemeente | Bedrag |\n|---|---|\n| Zwolle | 2.000 |\n| Venlo | 1.500 |\n"
    assert _participations(text) == set()


# 6. clauses and names ----------------------------------------------------------------------------

def test_a_clause_after_a_semicolon_takes_part_in_its_own_programme():
    text = "Aan de Woondeal regio Zwolle doet de gemeente Kampen mee; aan de Woondeal Flevoland doen Almere en Lelystad mee."
    assert _participations(text) == {("Kampen", "Woondeal regio Zwolle"), ("Almere", "Woondeal Flevoland"),
                                     ("Lelystad", "Woondeal Flevoland")}


def test_a_place_inside_a_programme_name_is_no_participant():
    text = "Aan de Woondeal regio Zwolle doet de gemeente Kampen mee."
    assert mentions(text, "Programme", DATE) == ["Woondeal regio Zwolle"]
    assert ("Zwolle", "Woondeal regio Zwolle") not in _participations(text)


def test_a_region_with_a_suspended_hyphen_is_one_name():
    text = "Nieuw is de Regio Deal Noord- en Midden-Limburg, met de gemeenten Venlo en Roermond."
    assert mentions(text, "Programme", DATE) == ["Regio Deal Noord- en Midden-Limburg"]
    assert ("Venlo", "Regio Deal Noord- en Midden-Limburg") in _participations(text)


# 7. names cut short or run on (finding 28) ----------------------------------------------------------

def test_a_city_deal_named_in_sentence_case_with_in_de():
    text = "De pijler Wonen sloot samen met het ministerie van BZK de City Deal Zorg in de buurt."
    assert mentions(text, "Programme", DATE) == ["City Deal Zorg in de buurt"]


def test_a_city_deal_placed_in_the_region_keeps_its_short_name():
    text = "Breda doet mee aan de City Deal Zon in de regio."
    assert mentions(text, "Programme", DATE) == ["City Deal Zon"]


def test_a_city_deal_named_with_an_infinitive_as_a_list_label():
    text = "Hierbij de contacten:\n\n- Wonen en City Deal Samen bouwen: Eva Smit (BZK).\n"
    assert mentions(text, "Programme", DATE) == ["City Deal Samen bouwen"]


def test_a_unit_name_never_ends_on_the_plural_verb_of_its_clause():
    text = "BZK en de pijler Wonen werken samen aan de City Deal Zon op Dak."
    assert mentions(text, "OrganisationalUnit", DATE) == ["pijler Wonen"]


# 8. the contact for a programme (finding 10) -------------------------------------------------------

def _contacts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in facts(text, DATE) if p == "contactFor"}


def test_a_contact_at_the_ministry_for_a_programme():
    text = "Contactpersoon bij het ministerie voor de City Deal Zon op Dak is Eva Smit, programmamanager bij BZK."
    assert _contacts(text) == {("Eva Smit", "City Deal Zon op Dak")}


def test_on_behalf_of_a_ministry_the_contact_for_the_towns_in_a_programme():
    text = ("Namens BZK is mevrouw Eva Smit, beleidsmedewerker bij de directie Regio, het aanspreekpunt voor de "
            "G40-steden in de City Deal Zon op Dak.")
    assert _contacts(text) == {("Eva Smit", "City Deal Zon op Dak")}


def test_a_list_of_contacts_per_dossier():
    text = ("Beste Piet,\n\nHierbij de lijst van contactpersonen per dossier zoals wij die bijhouden:\n\n"
            "- City Deal Zon op Dak: Eva Smit (EZK).\n- Schuldhulp: Jan de Vries (SZW).\n")
    assert _contacts(text) == {("Eva Smit", "City Deal Zon op Dak")}
