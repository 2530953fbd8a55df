"""An application's partner table: the partners of the applicant, and their contacts (round 49e).

"| Partner | Rol / contactpersoon |" in a document that names no programme for the table: each row's
organisation works with the document's own municipality (the one that signs), its person holds the
role an apposition or a label gives, else is affiliated with it. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

SIGNED = "\n\nNamens het college van burgemeester en wethouders van Zwolle,\nJan Bos, wethouder\n"


def partner_facts(table: str, ending: str = SIGNED) -> set[tuple]:
    found = extract("t", "Aanvraag subsidie\n\n3. PARTNERS\n\n" + table + ending, gazetteer=load_gazetteer(),
                    date="2026-04-01")
    return {(r.subject.text, r.predicate, r.object.text, r.role) for r in found.relations
            if r.rule in ("tables.own-partner", "tables.partner-role", "tables.partner-person")}


@pytest.mark.parametrize("table, expected", [
    ("| Partner | Rol in het project / contactpersoon |\n|---|---|\n| Gemeente Ede | kennispartner – Eva Smit, adviseur |\n",
     {("Ede", "collaboratesWith", "Zwolle", None), ("Eva Smit", "hasRole", "Ede", "adviseur")}),
    ("| Partner | Contactpersoon |\n|---|---|\n| Platform31 | coördinator: Kees Kok |\n",
     {("Platform31", "collaboratesWith", "Zwolle", None), ("Kees Kok", "hasRole", "Platform31", "coördinator")}),
    ("| Partner | Rol / contactpersoon |\n|---|---|\n| Gemeente Ede | data – Eva Smit |\n",
     {("Ede", "collaboratesWith", "Zwolle", None), ("Eva Smit", "affiliatedWith", "Ede", None)}),
    ("| Partner | Rol |\n|---|---|\n| Gemeente Ede | kennispartner – Eva Smit, adviseur |\n", set()),  # no contact column
    ("| Partner | Contactpersoon |\n|---|---|\n| Gemeenten Ede en Epe | Eva Smit |\n", set()),  # two organisations
], ids=["apposition", "label", "bare-person", "no-contact-column", "two-partners"])
def test_partner_rows(table, expected):
    assert partner_facts(table) == expected


def test_no_own_body_no_partners():
    table = "| Partner | Contactpersoon |\n|---|---|\n| Gemeente Ede | Eva Smit, adviseur |\n"
    assert partner_facts(table, ending="\n") == set()
