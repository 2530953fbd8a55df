"""The contact column of a table whose rows are units: each row's contact person is the unit's contact, not
one of its members (round 44b)."""

from __future__ import annotations

from tests.extract_facts import facts

TABLE = ("# Contactpersonen pijler Wonen\n\n"
         "| Themagroep | Bestuurlijk trekker | Ambtelijk contactpersoon |\n|---|---|---|\n"
         "| Betaalbaar Wonen | Sanne Kuip (Deventer) | Noor Hendrix – n.hendrix@deventer.nl |\n"
         "| Wijkaanpak | Bart Mos (Zwolle) | Maarten Luik |\n")


def test_the_contact_person_of_a_unit_row_is_its_contact_and_no_member():
    found = {f for f in facts(TABLE) if f[0] in ("Noor Hendrix", "Maarten Luik") and f[1] != "affiliatedWith"}
    assert found == {("Noor Hendrix", "contactFor", "Themagroep Betaalbaar Wonen", None),
                     ("Maarten Luik", "contactFor", "Themagroep Wijkaanpak", None)}, found


def test_the_contact_person_of_a_member_row_stays_a_member_of_the_table_unit():
    text = ("# Themagroep Wijkaanpak\n\nDe leden van de themagroep:\n\n| Gemeente | Contactpersoon |\n|---|---|\n"
            "| Ede | Karin Mos |\n| Breda | Pim Ooms |\n")
    found = {f for f in facts(text) if f[0] in ("Karin Mos", "Pim Ooms")}
    assert not {f for f in found if f[1] == "contactFor"}, found
