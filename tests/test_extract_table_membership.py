"""Who a table makes a member of a unit: the elected of a table of candidates are its members ("lid"),
the contact person of a row's body is its contact, not one of its members."""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts

_ELECTION = markdown_text("# Verkiezing bestuur Pijler Wonen\n\n## Uitslag\n\n"
                          "| Kandidaat | Gemeente | Functie | Uitslag |\n|---|---|---|---|\n"
                          "| Mirjam Bos | Ede | wethouder Wonen | gekozen |\n"
                          "| Karel Jansen | Venlo | wethouder Bouwen | herkozen |\n"
                          "| Olga Smit | Breda | wethouder Zorg | niet gekozen |\n")


def test_an_elected_candidate_is_a_member_of_the_unit_not_a_participant():
    found = {f for f in facts(_ELECTION) if f[2] == "Pijler Wonen"}
    assert {("Mirjam Bos", "hasRole", "Pijler Wonen", "lid"), ("Karel Jansen", "hasRole", "Pijler Wonen", "lid")} <= found, found
    assert not {f for f in found if f[1] == "participatesIn" or f[0] == "Olga Smit"}, found


_CONTACTS = markdown_text("# Pijler Wonen\n\n## Themagroepen\n\n"
                          "| Themagroep | Bestuurlijk trekker | Ambtelijk contactpersoon |\n|---|---|---|\n"
                          "| Themagroep Starters | Mirjam Bos (Ede) | Lotte de Vries – l.devries@ede.nl |\n")


def test_the_contact_person_of_a_rows_unit_is_its_contact_not_its_member():
    found = {f for f in facts(_CONTACTS) if f[0] == "Lotte de Vries"}
    assert ("Lotte de Vries", "contactFor", "Themagroep Starters", None) in found, found
    assert not {f for f in found if f[1] == "participatesIn"}, found


_STEERING = markdown_text("# Programma Stad aan het Werk\n\n## Stuurgroep\n\n"
                          "| Lid | Functie | Namens |\n|---|---|---|\n"
                          "| Sanne Kuipers | voorzitter | wethouder Ede |\n"
                          "| Ruben de Haan | lid | directeur Divosa |\n"
                          "| K. Veldhuis | lid | UWV |\n")


def test_a_member_columns_person_holds_the_role_of_the_rows_function_cell():
    # round 45b: "| Lid | Functie |" made the chair a member ("lid", the column's title)
    found = {f for f in facts(_STEERING) if f[2] == "stuurgroep"}
    assert ("Sanne Kuipers", "hasRole", "stuurgroep", "voorzitter") in found, found
    assert ("Ruben de Haan", "hasRole", "stuurgroep", "lid") in found, found
    assert ("Sanne Kuipers", "hasRole", "stuurgroep", "lid") not in found, found


def test_a_member_rows_other_cells_name_the_office_and_the_organisation():
    found = set(facts(_STEERING))
    assert {("Sanne Kuipers", "hasRole", "Ede", "wethouder"), ("Ruben de Haan", "hasRole", "Divosa", "directeur"),
            ("K. Veldhuis", "affiliatedWith", "UWV", None)} <= found, found


_RACI = markdown_text("# Programma Stad aan het Werk\n\n## Werkstromen (RACI)\n\n"
                      "| Werkstroom | R (verantwoordelijk) | A (eindverantwoordelijk) | C (geconsulteerd) |\n|---|---|---|---|\n"
                      "| W1 Leerroutes | Anouk Visser (Ede) | P. Verhoef | UWV |\n")


def test_a_raci_tables_responsible_and_accountable_hold_the_rows_part():
    found = set(facts(_RACI))
    assert {("Anouk Visser", "hasRole", "W1 Leerroutes", "verantwoordelijk"),
            ("P. Verhoef", "hasRole", "W1 Leerroutes", "eindverantwoordelijk")} <= found, found
