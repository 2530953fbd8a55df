"""An overview page with a table per pijler (the G40 site's "Themagroepen" page): the rows name
themagroepen by their bare name under a "Themagroep" column, with a trekker and a contact; the
pijler of each table is part of the network the page names first; a given name in brackets after
initials may be hyphenated ("A.M. (Anne-Marie) Jorritsma")."""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2025-02-01"

PAGE = """Stedennetwerk G40 › Over ons › Themagroepen

Themagroepen

Pijler Sociaal Domein

| Themagroep | Bestuurlijk trekker | Ambtelijk contact |
|---|---|---|
| Armoede en Schulden | Wethouder Eva Smit (Schiedam) | Joris Mulder, gemeente Tilburg |
| Sterke keten van leren, werken en ondernemen | Wethouder A.M. (Anne-Marie) Kooij (Gouda) | Lieke Span, gemeente Gouda |
"""


def test_a_themagroep_column_names_each_row_by_its_kind():
    found = facts(PAGE, DATE)
    assert ("Eva Smit", "hasRole", "Themagroep Armoede en Schulden", "bestuurlijk trekker") in found
    assert ("Joris Mulder", "contactFor", "Themagroep Armoede en Schulden", None) in found
    assert ("Anne-Marie Kooij", "hasRole", "Themagroep Sterke keten van leren, werken en ondernemen",
            "bestuurlijk trekker") in found


def test_a_pijler_heading_belongs_to_the_network_the_page_names_first():
    assert ("Pijler Sociaal Domein", "partOf", "G40", None) in facts(PAGE, DATE)
    assert not any(f[1] == "partOf" and f[0] == "Pijler Sociaal Domein"
                   for f in facts(PAGE.replace("Stedennetwerk G40 › ", ""), DATE))  # no network named: none


def test_a_hyphenated_given_name_in_brackets_after_initials():
    assert mentions("Wethouder A.M. (Anne-Marie) Jorritsma-Kooij (Gouda) opende.", "Person", DATE) == \
        ["A.M. (Anne-Marie) Jorritsma-Kooij"]
    found = facts("Wethouder A.M. (Anne-Marie) Jorritsma-Kooij (Gouda) opende.", DATE)
    assert ("Anne-Marie Jorritsma-Kooij", "hasRole", "Gouda", "wethouder") in found
    assert mentions("Overleg met J.H. (VNG) over de brief.", "Person", DATE) == []
