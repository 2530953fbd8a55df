"""A Handelsregister (KvK) extract's officer blocks (round 49d, from heldout34's register extract).

The register lists each officer as a block of fields in two columns: the holder's "Naam" (a person
surname first, or a municipality that acts through its representative), the "Functie" or "Titel"
(the word in brackets is the office), "Datum in functie" and, under "Historie", "Datum uit functie".
The labels name no one. All people and the legal persons are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

EXTRACT = """Uittreksel Handelsregister Kamer van Koophandel

Rechtspersoon
Rechtsvorm            Stichting
Naam                  Stichting Wijkdata Oost
Statutaire zetel      Ede

Bestuurders
Naam                  Gemeente Ede
Functie               Bestuurder (voorzitter)
Datum in functie      01-03-2023 (datum registratie: 09-03-2023)
Bevoegdheid           Gezamenlijk bevoegd (met andere bestuurder(s))
Vertegenwoordigd door drs. Van der Linde, Pieter Karel

Naam                  Gemeente Zwolle
Functie               Bestuurder
Datum in functie      15-06-2021
Vertegenwoordigd door Okafor, Ada

Gevolmachtigden
Naam                  Bakker, Els Maria
Geboortedatum         (niet opgenomen)
Datum in functie      01-09-2022
Titel                 Directeur

Historie functionarissen (uit functie)
Naam                  Gemeente Delft
Functie               Bestuurder (penningmeester)
Datum in functie      15-06-2021
Datum uit functie     28-02-2023
Vertegenwoordigd door Meester, Joost

Naam                  Hartog, Sven
Titel                 Gevolmachtigde (kwartiermaker)
Datum in functie      15-06-2021
Datum uit functie     31-08-2022
"""


def facts(text: str, date: str = "2025-10-14") -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.label, r.predicate, r.object.label, r.role, r.past, r.valid_from, r.valid_until)
            for r in found.relations}


def test_officer_blocks_give_offices_participations_and_affiliations():
    found = facts(EXTRACT)
    wijkdata = "Stichting Wijkdata Oost"
    assert found == {
        ("Ede", "participatesIn", wijkdata, None, False, "2023-03-01", None),
        ("Pieter Karel van der Linde", "hasRole", wijkdata, "voorzitter", False, None, None),
        ("Pieter Karel van der Linde", "affiliatedWith", "Ede", None, False, None, None),
        ("Zwolle", "participatesIn", wijkdata, None, False, "2021-06-15", None),
        ("Ada Okafor", "hasRole", wijkdata, "bestuurder", False, None, None),
        ("Ada Okafor", "affiliatedWith", "Zwolle", None, False, None, None),
        ("Els Maria Bakker", "hasRole", wijkdata, "directeur", False, "2022-09-01", None),
        ("Delft", "participatesIn", wijkdata, None, True, "2021-06-15", "2023-02-28"),
        ("Joost Meester", "hasRole", wijkdata, "penningmeester", True, None, None),
        ("Joost Meester", "affiliatedWith", "Delft", None, False, None, None),
        ("Sven Hartog", "hasRole", wijkdata, "kwartiermaker", True, "2021-06-15", "2022-08-31"),
    }


def test_labels_name_no_one():
    mentions = extract("t", EXTRACT, gazetteer=load_gazetteer(), date="2025-10-14").mentions
    persons = sorted(m.label for m in mentions if m.type == "Person")
    assert persons == ["Ada Okafor", "Els Maria Bakker", "Joost Meester", "Pieter Karel van der Linde", "Sven Hartog"]


@pytest.mark.parametrize("text", [
    # fields without a date in office: a contact card, no register extract
    "Naam: Els Bakker\nFunctie: directeur\nOrganisatie: Stichting Wijkdata Oost\n",
    # an extract without officer blocks
    "Rechtspersoon\nRechtsvorm            Stichting\nNaam                  Stichting Wijkdata Oost\n",
], ids=["contact-card", "no-officers"])
def test_no_officers_without_officer_blocks(text):
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-10-14").relations
    assert not [r for r in found if r.rule == "register.officer"]
