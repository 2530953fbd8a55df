"""A project named by the heading of its card, and the card's contact row (round 45b).

A subsidy overview heads each awarded project "### 2. Vitale Kern Oost (Zaanstad)" over a key-value
table: the heading names a project (its town in brackets applied for it), whose "Gemeente /
penvoerder" leads it, whose partners take part in it and whose "Contactpersoon" is its contact. A
heading with a town in brackets but no card under it names no project.
"""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts

_AWARDS = markdown_text(
    "# Stimuleringsregeling Sterke Kernen — toekenningen\n\n## Toegekende projecten\n\n"
    "### 1. Vitale Kern Oost (Zaanstad)\n\n| | |\n|---|---|\n"
    "| Gemeente / penvoerder | Zaanstad |\n| Partners | provincie Noord-Holland, INretail |\n"
    "| Toegekend bedrag | € 400.000 |\n| Contactpersoon | mevrouw L. Brink, gemeente Zaanstad |\n\n"
    "### 2. Slimme Werklocaties Drenthe (Assen)\n\n| | |\n|---|---|\n"
    "| Gemeente / penvoerder | Assen |\n| Partners | Emmen |\n")


def test_the_heading_of_a_card_names_a_project_with_its_fields():
    found = set(facts(_AWARDS))
    assert {("Vitale Kern Oost", "ledBy", "Zaanstad", None), ("INretail", "participatesIn", "Vitale Kern Oost", None),
            ("L. Brink", "contactFor", "Vitale Kern Oost", None),
            ("Slimme Werklocaties Drenthe", "ledBy", "Assen", None),
            ("Emmen", "participatesIn", "Slimme Werklocaties Drenthe", None)} <= found, found


def test_a_heading_with_a_town_but_no_card_names_no_project():
    text = markdown_text("# Verslag\n\n## Werkbezoek Binnenstad Oost (Zaanstad)\n\n"
                         "De wethouder liet de gasten de binnenstad zien.\n")
    found = set(facts(text))
    assert not [f for f in found if "Binnenstad Oost" in (f[0], f[2])], found
