"""The members a body's heading lists line by line (round 52a).

A colophon names the committee that guided the work by its kind alone, on a line of its own, with its
members under it, one per line with where they come from: each takes part in that committee. Lines under
the heading that are no list of persons (a paragraph about the body) make no one a member.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.markup import markdown_text

_COLOPHON = markdown_text(
    "Verkenning Vitale Bedrijventerreinen\n\nColofon\n\nOpdrachtgever\nStedennetwerk G40\n\n"
    "## 3. Klankbordgroep\n\n- dr. Fenna Bakker, provincie Drenthe\n- Sanne Haddad, gemeente Emmen (voorzitter)\n"
    "- ir. Wim de Ruiter, ministerie van EZK\n\n"
    "De klankbordgroep kwam in 2024 drie keer bijeen.\n")


def _members(text: str) -> list[tuple]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-12-01")
    return sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extraction.relations
                  if r.object.type == "OrganisationalUnit" and r.subject.type == "Person")


def test_each_person_under_a_body_heading_takes_part_in_the_body():
    assert _members(_COLOPHON) == [("Fenna Bakker", "participatesIn", "Klankbordgroep", None),
                                   ("Sanne Haddad", "hasRole", "Klankbordgroep", "voorzitter"),
                                   ("Wim de Ruiter", "participatesIn", "Klankbordgroep", None)]


def test_a_paragraph_under_a_body_heading_lists_no_members():
    text = ("Jaarverslag 2024\n\nStuurgroep\n\nDe stuurgroep vergaderde vier keer. Fenna Bakker en Sanne Haddad "
            "lichtten de begroting toe.\nWim de Ruiter, ministerie van EZK, was te gast.\n")
    assert not [m for m in _members(text) if m[1] == "participatesIn"], _members(text)
