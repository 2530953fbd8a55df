"""A project page titled by the project's name and its site: "STADSLAB | Interreg Vlaanderen-Nederland" (round 52a).

An EU project's page has the project's name (often in capitals, with digits) as its title, the programme's
site after a bar, and opens with what the project does, the next sentence calling it "het project": the name
is a project wherever the page writes it, so its partner table and its coordinator are the project's.
"""

from __future__ import annotations

from graph.markup import html_visible_text
from tests.extract_facts import facts

# as the ingest reads a page: its <title> as the first line (graph.ingest)
_PAGE = "WIJK2GO | Interreg Vlaanderen-Nederland\n\n" + html_visible_text(
    "<html><body>"
    "<h1>WIJK2GO – deelmobiliteit in de wijk</h1>"
    "<p>WIJK2GO brengt deelauto's naar naoorlogse wijken. Het project loopt van 2023 tot 2027.</p>"
    "<p>Projectcoördinator is Sanne Verhoeven, adviseur bij de gemeente Breda.</p>"
    "<h2>Partners</h2><table><tr><th>Partner</th><th>Land</th></tr>"
    "<tr><td>Gemeente Breda</td><td>NL</td></tr><tr><td>Gemeente Tilburg</td><td>NL</td></tr></table>"
    "</body></html>")


def test_the_title_names_the_project_of_the_page():
    found = facts(_PAGE, "2023-05-01")
    assert {("Breda", "participatesIn", "WIJK2GO", None), ("Tilburg", "participatesIn", "WIJK2GO", None),
            ("Sanne Verhoeven", "hasRole", "WIJK2GO", "projectcoördinator")} <= found, found


def test_a_title_without_a_project_sentence_names_nothing():
    text = _PAGE.replace("Het project loopt", "De aanpak loopt")
    assert not [f for f in facts(text, "2023-05-01") if "WIJK2GO" in (f[0], f[2])]
