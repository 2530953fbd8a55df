"""Round 51f: walkthrough 25's contact list, partner table and contact sentence as rules (invented people)."""

from __future__ import annotations

from tests.extract_facts import dated_relations, facts, mentions

CONTACT_LIST = ("Contactpersonen Rijk per G40-tafel\n\n"
                "| G40-tafel | ministerie | contactpersoon | functie |\n"
                "|---|---|---|---|\n"
                "| Pijler Fysiek | BZK | Karel Aarts | accountmanager G40 |\n"
                "| City Deal Slimme Wijk | EZ | Iris Hofman | contactpersoon (sinds 1 januari 2025) |\n"
                "| Themagroep Mobiliteit | IenW | Piet Groen | beleidsmedewerker Mobiliteit |\n")

PARTNER_TABLE = ("Factsheet Regio Deal Westhoek\n\n"
                 "De Regio Deal Westhoek is een samenwerking tussen het Rijk en de regio.\n"
                 "Partners\n"
                 "| partner | vertegenwoordigd door | rol |\n"
                 "|---|---|---|\n"
                 "| gemeente Venlo | Karel Aarts, wethouder | bestuurlijk trekker |\n"
                 "| ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur | Iris Hofman | coördinerend departement |\n"
                 "| ministerie van Sociale Zaken en Werkgelegenheid | Piet Groen | partner |\n")


def test_a_contact_column_names_the_contact_of_each_g40_table_row():
    found = facts(CONTACT_LIST, "2025-03-03")
    assert {("Karel Aarts", "contactFor", "Pijler Fysiek", None),
            ("Iris Hofman", "contactFor", "City Deal Slimme Wijk", None),
            ("Piet Groen", "contactFor", "Themagroep Mobiliteit", None)} <= found, found


def test_the_ministry_beside_a_contact_is_the_contacts_employer_not_a_member():
    found = facts(CONTACT_LIST, "2025-03-03")
    assert not {f for f in found if f[1] == "participatesIn"}, found
    assert ("Pijler Fysiek", "collaboratesWith", "BZK", None) in found, found


def test_a_contact_keeps_the_office_and_employer_of_the_row():
    found = facts(CONTACT_LIST, "2025-03-03")
    assert {("Karel Aarts", "hasRole", "BZK", "accountmanager"),
            ("Piet Groen", "hasRole", "IenW", "beleidsmedewerker"),
            ("Iris Hofman", "affiliatedWith", "EZK", None)} <= found, found


def test_a_start_in_brackets_in_the_task_cell_dates_the_contact_not_the_employment():
    contacts = dated_relations(CONTACT_LIST, "2025-03-03", "contactFor")
    assert ("Iris Hofman", "City Deal Slimme Wijk", None, False, "2025-01-01", None) in contacts, contacts
    assert ("Karel Aarts", "Pijler Fysiek", None, False, None, None) in contacts, contacts
    employers = dated_relations(CONTACT_LIST, "2025-03-03", "affiliatedWith")
    assert employers == {("Iris Hofman", "EZ", None, False, None, None)}, employers


def test_a_ministry_whose_name_holds_commas_is_one_partner_of_the_table():
    found = facts(PARTNER_TABLE, "2025-04-15")
    assert ("LVVN", "participatesIn", "Regio Deal Westhoek", None) in found, found
    assert ("SZW", "participatesIn", "Regio Deal Westhoek", None) in found, found


def test_a_representative_is_of_the_partner_the_row_names():
    found = facts(PARTNER_TABLE, "2025-04-15")
    assert {("Iris Hofman", "affiliatedWith", "LVVN", None), ("Piet Groen", "affiliatedWith", "SZW", None),
            ("Karel Aarts", "hasRole", "Venlo", "wethouder"),
            ("Karel Aarts", "hasRole", "Regio Deal Westhoek", "bestuurlijk trekker")} <= found, found


def test_a_contact_at_a_ministry_for_a_programme_is_the_programmes_contact():
    text = "Eva Smit blijft bij het ministerie van Economische Zaken contactpersoon voor de City Deal Slimme Wijk."
    assert facts(text, "2024-07-03") == {("Eva Smit", "contactFor", "City Deal Slimme Wijk", None),
                                         ("Eva Smit", "affiliatedWith", "EZK", None)}


def test_a_contact_at_a_body_for_a_topic_stays_the_bodys_contact():
    assert facts("Jan Kok is bij de VNG onze vaste contactpersoon voor mobiliteit.") == \
        {("Jan Kok", "contactFor", "VNG", None)}


def test_a_numbered_headings_first_word_is_part_of_the_programmes_name():
    text = ("Verslag themagroep Onderwijs\n\n2. Human Capital Agenda\n"
            "Deventer en Helmond nemen deel aan de Human Capital Agenda.\n")
    assert mentions(text, "Programme") == ["Human Capital Agenda", "Human Capital Agenda"]



def test_the_towns_of_the_region_include_the_town_the_deal_is_named_for():
    text = ("Jaarverslag 2023 gemeente Deventer\n\nDe Woondeal Regio Deventer is in maart 2023 ondertekend door "
            "de gemeenten in de regio, de provincie Overijssel en het ministerie van BZK.")
    found = {f for f in facts(text, "2024-03-01") if f[1] == "participatesIn"}
    assert found == {("Deventer", "participatesIn", "Woondeal Regio Deventer", None),
                     ("Overijssel", "participatesIn", "Woondeal Regio Deventer", None),
                     ("BZK", "participatesIn", "Woondeal Regio Deventer", None)}, found


def test_the_towns_of_a_region_no_name_places_stand_for_no_one():
    text = "De Woondeal Zuid is ondertekend door de gemeenten in de regio en de provincie Overijssel."
    assert {f[0] for f in facts(text) if f[1] == "participatesIn"} == {"Overijssel"}


def test_the_members_a_stenogram_lists_as_present_are_members_of_the_kamer():
    text = ("TWEEDE KAMER DER STATEN-GENERAAL\nVaste commissie voor Wonen\n\n"
            "Aanwezig zijn drie leden der Kamer, te weten: Brouwer, De Kok-Vermeer en Van Alphen,\n\n"
            "en mevrouw Smit, minister van Volkshuisvesting en Ruimtelijke Ordening.\n")
    members = {f[0] for f in facts(text, "2024-10-10") if f[1:] == ("hasRole", "Tweede Kamer", "lid")}
    assert members == {"Brouwer", "De Kok-Vermeer", "Van Alphen"}, members


def test_a_start_in_brackets_in_a_role_cell_dates_that_role_only():
    text = ("Samenstelling Themagroep Wonen\n\n| Naam | Gemeente | Rol |\n|---|---|---|\n"
            "| Eva Smit | Breda | voorzitter (per 1 maart 2024) |\n| Jan Kok | Ede | lid |\n")
    assert dated_relations(text, "2024-06-01") == {("Eva Smit", "Themagroep Wonen", "voorzitter", False, "2024-03-01", None),
                                                   ("Jan Kok", "Themagroep Wonen", "lid", False, None, None)}
