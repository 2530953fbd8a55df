"""A table of an agreement's parties with a contact person each (round 49d, from heldout34's annex to a
convenant): the contact is a contact for the agreement the table is of and holds the function the cell gives at it. All people
are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

TABLE = """# Bijlage 1 – Bijdragen

**Behorend bij het Convenant Wijkaanpak Armoede**

| {party} | Bijdrage (€) | Vorm | Contactpersoon |
|---|---:|---|---|
| Ministerie van SZW | 400.000 | in geld | Eva Smit, programmadirecteur Armoede |
| Gemeente Breda | 100.000 | in geld | drs. Jan Kok, directie Wonen |
| Stedennetwerk G40 (pijler Sociaal) | 50.000 | in geld | Mila Sari, secretaris pijler Sociaal |
| Gemeente Ede | 50.000 | in natura | – |
"""


def contacts(text: str) -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-06-01").relations
    return {(r.subject.text, r.predicate, r.object.text, r.role) for r in found if r.rule == "tables.party-contact"}


@pytest.mark.parametrize("party", ["Partij", "Partijen", "Deelnemer"])
def test_each_party_has_its_contact(party):
    assert contacts(TABLE.format(party=party)) == {
        ("Eva Smit", "contactFor", "Convenant Wijkaanpak Armoede", None), ("Eva Smit", "hasRole", "SZW", "programmadirecteur"),
        ("Jan Kok", "contactFor", "Convenant Wijkaanpak Armoede", None), ("Jan Kok", "affiliatedWith", "Breda", None),
        ("Mila Sari", "contactFor", "Convenant Wijkaanpak Armoede", None),
    }


def test_another_first_column_is_no_party_table():
    assert contacts(TABLE.format(party="Onderwerp")) == set()


LETTERS = """# Lijst ingekomen stukken

| Nr. | Datum | Afzender | Onderwerp |
|---|---|---|---|
| 1 | 12-02-2024 | VNG, A. Visser, directeur Beleid | Ledenbrief |
| 2 | 26-02-2024 | College van B&W Zutphen, burgemeester drs. H. Zandstra | Inkoop jeugdhulp vanaf 2025 |
| 3 | 01-03-2024 | Ministerie van SZW, namens de minister: K. Lont, programmamanager | Proeftuin |
| 4 | 05-03-2024 | Stedennetwerk G40, wethouder T. Berk (Zwolle) | Uitnodiging |
"""


def test_a_letters_sender_signs_with_their_function():
    """The signatory's function at the sender; a function of another kind of body ("wethouder" for the
    G40) is not the sender's, and the row's other dates ("vanaf 2025") do not date it."""
    found = extract("t", LETTERS, gazetteer=load_gazetteer(), date="2024-03-20").relations
    assert {(r.subject.text, r.object.text, r.role, r.valid_from) for r in found if r.predicate == "hasRole"} == {
        ("A. Visser", "VNG", "directeur", None), ("H. Zandstra", "Zutphen", "burgemeester", None),
        ("K. Lont", "SZW", "programmamanager", None), ("T. Berk", "Zwolle", "wethouder", None)}
