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
