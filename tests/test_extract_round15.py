"""Round 15 of the rule-based extraction: participation, as every genre states it.

A title that names its subject before a colon ("Klimaatfonds: steden aan de slag") is the title
whose programme the page's tables and lists are about; a "Partner" column names organisations
whatever their names; a member item that is a coordinated list ("- de gemeenten A, B en C",
"- de ministeries van SZW en BZK") gives one member each; the person after a member city in an
item of a unit's member list ("- Ede: wethouder X") sits in the unit; and in a report or programme
of the event the title names, who attended ("Onder de deelnemers waren …", "was … aanwezig") and
who acted there ("opende", "leidde de sessie", "sloot de dag af") took part in it.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, facts, mentions

DATE = "2024-06-01"  # the date of every text here

FUND = "Groenfonds"


# a title "Name: headline" is the page's title: a table under "Deelnemende steden" is about its programme
def test_title_with_a_colon_frames_the_page():
    text = (f"{FUND}: zes steden vergroenen hun pleinen\n\nHet {FUND} helpt steden.\n\n"
            "Deelnemende steden\n\n| Stad | Plein | Bedrag |\n|---|---|---|\n| Zwolle | Grote Markt | € 2 mln |\n"
            "| Ede | Markt | € 1 mln |\n")
    assert {f for f in facts(text, DATE) if f[1] == "participatesIn"} == {
        ("Zwolle", "participatesIn", FUND, None), ("Ede", "participatesIn", FUND, None)}


def test_field_label_with_a_colon_is_no_title():
    # a memo's field line stays a field, and a table under a neutral heading states no members
    text = ("Onderwerp: Groenfonds en de pleinen\n\nBudget\n\n| Gemeente | Bedrag |\n|---|---|\n"
            "| Zwolle | € 2 mln |\n")
    assert {f for f in facts(text, DATE) if f[1] == "participatesIn"} == set()


# a "Partner" column names an organisation, whatever its name; a place ending the name is part of it
def test_partner_column_names_organisations():
    text = (f"{FUND}: steden aan de slag\n\nDeelnemers\n\n| Stad | Partner |\n|---|---|\n"
            "| Zwolle | Woonstichting Ons Huis Zwolle |\n| Ede | Veldwonen |\n| Epe | geen |\n")
    assert mentions(text, "Organisation", DATE) == ["Woonstichting Ons Huis Zwolle", "Veldwonen"]
    # each town's own partner works with that town (round 37a), it is not itself a member of the fund
    assert {f for f in facts(text, DATE) if "Woonstichting Ons Huis Zwolle" in f or "Veldwonen" in f} == {
        ("Zwolle", "collaboratesWith", "Woonstichting Ons Huis Zwolle", None), ("Ede", "collaboratesWith", "Veldwonen", None)}


def test_other_columns_name_no_organisation():
    text = "| Stad | Wijk |\n|---|---|\n| Zwolle | Stadshagen Noord |\n"
    assert mentions(text, "Organisation", DATE) == []


# "- de gemeenten A, B en C" under "Partners": one member each
def test_coordinated_member_item():
    text = ("City Deal Groene Daken\n\nPartners\n\n- de gemeenten Zwolle, Ede en Delft\n"
            "- de ministeries van BZK en OCW\n- Hogeschool Windesheim (kennispartner)\n")
    assert facts(text, DATE) == {(x, "participatesIn", "City Deal Groene Daken", None)
                                 for x in ("Zwolle", "Ede", "Delft", "BZK", "OCW", "Windesheim")}


def test_item_that_is_no_list_gives_only_its_opening_member():
    # a sentence of its own in the item is no coordinated list of members
    text = ("City Deal Groene Daken\n\nPartners\n\n- Zwolle werkt met Ede aan daken\n")
    assert {f for f in facts(text, DATE) if f[1] == "participatesIn"} == set()


# "- Ede: wethouder X" in a unit's member list: the city and its wethouder sit in the unit
def test_representative_after_member_city():
    text = ("Themagroep Groene Daken\n\nLeden\n\n- Zwolle: wethouder Femke Rozendaal\n"
            "- Ede: wethouder Gijs Brandsma (trekker)\n")
    assert facts(text, DATE) == {
        ("Zwolle", "participatesIn", "Themagroep Groene Daken", None),
        ("Ede", "participatesIn", "Themagroep Groene Daken", None),
        ("Femke Rozendaal", "hasRole", "Zwolle", "wethouder"),
        ("Gijs Brandsma", "hasRole", "Ede", "wethouder"),
        ("Femke Rozendaal", "participatesIn", "Themagroep Groene Daken", None),
        ("Gijs Brandsma", "hasRole", "Themagroep Groene Daken", "trekker")}


# in the report of the event its title names, who attended and who acted there took part
def test_event_report_participants():
    text = ("Terugblik: Kennisdag 'Groene wijken' in Zwolle\n\n"
            "Daarna opende Wietske Hovenier het programma. De sessie over daken werd begeleid door Ruben Klaassen. "
            "Onder de deelnemers waren delegaties uit Ede en Delft.\n")
    assert {f for f in facts(text, DATE) if f[1] == "participatesIn"} == {
        (x, "participatesIn", "Groene wijken", None) for x in ("Wietske Hovenier", "Ruben Klaassen", "Ede", "Delft")}


def test_no_participants_without_a_title_event_or_when_denied():
    # no event in the title: who spoke is not placed in an event named in passing
    text = ("Nieuws uit Zwolle\n\nOp de Kennisdag 'Groene wijken' was het druk. Daarna opende Wietske Hovenier "
            "de vergadering.\n")
    assert {f for f in facts(text, DATE) if f[1] == "participatesIn"} == set()
    denied = ("Terugblik: Kennisdag 'Groene wijken' in Zwolle\n\nWethouder Ruben Klaassen van Ede was niet aanwezig.\n")
    assert {f for f in facts(denied, DATE) if f[1] == "participatesIn"} == set()


def test_a_list_under_a_member_heading_after_an_introducing_paragraph_names_members():
    text = ("Programma Wijk in Balans\n\nDeelnemende gemeenten\n\nAan de eerste ronde doen drie gemeenten mee.\n\n"
            "- Almelo – Nieuwstraat-Kwartier\n- Den Helder – Nieuw-Den Helder\n- Emmen\n")
    members = {f[0] for f in facts(text) if f[1:3] == ("participatesIn", "Programma Wijk in Balans")}
    assert members == {"Almelo", "Den Helder", "Emmen"}
    denied = text.replace("Aan de eerste ronde doen drie gemeenten mee.", "Deze gemeenten doen niet meer mee.")
    assert not any(f[1] == "participatesIn" for f in facts(denied))
