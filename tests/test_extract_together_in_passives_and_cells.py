""""samen met" in a passive of setting up a programme names who set it up (not a partner of the agent of
the clause before), and in a table cell the cell's own organisation is the one that works with the partner."""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts


def test_a_programme_set_up_together_makes_no_partner_of_the_agent_before():
    found = facts("Het Impulsfonds Zon wordt uitgevoerd door de RVO en is samen met het ministerie van BZK opgezet.")
    assert ("BZK", "initiated", "Impulsfonds Zon", None) in found, found
    assert not {f for f in found if f[1] == "collaboratesWith" or (f[0] == "RVO" and f[1] == "initiated")}, found


def test_who_works_together_in_an_active_sentence_still_does():
    found = facts("De RVO werkt samen met het ministerie van BZK aan het Impulsfonds Zon.")
    assert ("RVO", "collaboratesWith", "BZK", None) in found, found


def test_the_organisation_of_the_cue_s_own_cell_works_with_the_partner():
    found = facts(markdown_text("# Acties\n\n| Nr | Actie | Wie |\n|---|---|---|\n"
                                "| 1 | Werkgroep Data opzetten | Eva Smit (VNG), samen met Zwolle |\n"))
    assert ("VNG", "collaboratesWith", "Zwolle", None) in found, found
    assert not {f for f in found if f[1] == "collaboratesWith" and "Werkgroep Data" in (f[0], f[2])}, found


def test_a_row_s_town_works_with_the_partner_its_cell_names_alone():
    found = facts(markdown_text("# Projecten\n\n| Stad | Project |\n|---|---|\n"
                                "| Heerlen | de Promenade, samen met de provincie Limburg |\n"))
    assert ("Heerlen", "collaboratesWith", "Limburg", None) in found, found
