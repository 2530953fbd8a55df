"""An organogram's nesting survives ingest and gives each unit its parent (round 49e).

A page's nested ``<ul>`` keeps its depth in its bullets ("•", "◦", "▪", as a browser draws them); a unit
nested under the gemeentesecretaris's item belongs to the municipality, one nested under a unit to that
unit; "Concernstaf" and "Team X" items are units whatever their names hold. All people are invented.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.markup import html_visible_text

PAGE = ("<h1>Nieuw organogram</h1><p>De directie Stad van de gemeente Ede is gesplitst.</p>"
        "<h2>Organogram</h2><ul><li>Gemeentesecretaris – Eva Smit<ul>"
        "<li>Concernstaf – Kees Bos<ul><li>Team G40 en Regio – Jan Kok</li><li>Team Bestuursondersteuning</li></ul></li>"
        "<li>Directie Wonen – Ria Vos<ul><li>Afdeling Wijken – Tom de Wit (a.i.)</li></ul></li></ul></li></ul>")


def test_nested_items_keep_their_depth_in_their_bullets():
    lines = [line for line in html_visible_text(PAGE).split("\n") if line and line[0] in "•◦▪"]
    assert [line[:1] for line in lines] == ["•", "◦", "▪", "▪", "◦", "▪"]


def test_units_belong_to_the_item_they_are_nested_in():
    text = html_visible_text(PAGE)
    found = extract("t", text, gazetteer=load_gazetteer(), date="2026-10-01")
    facts = {(r.subject.text, r.predicate, r.object.text, r.role) for r in found.relations if r.rule.startswith("organogram.")}
    assert facts >= {
        ("Concernstaf", "partOf", "Ede", None),
        ("Team G40 en Regio", "partOf", "Concernstaf", None),
        ("Team Bestuursondersteuning", "partOf", "Concernstaf", None),
        ("Afdeling Wijken", "partOf", "Directie Wonen", None),
        ("Kees Bos", "hasRole", "Concernstaf", "hoofd"),
        ("Jan Kok", "hasRole", "Team G40 en Regio", "teamleider"),
        ("Tom de Wit", "hasRole", "Afdeling Wijken", "afdelingshoofd a.i."),
    }
    assert not any(s == "Team G40 en Regio" and o == "Directie Wonen" for s, _, o, _ in facts)
