"""A municipality's organogram: each unit's head in the role its kind gives (directeur, afdelingshoofd,
teamleider; "(a.i.)" ad interim), each afdeling in the directie listed above it, an office before the dash
held in the municipality; and a directie the text places in a municipality makes the document's directies
that municipality's, not the one ministry it names (round 48d, heldout33's intranet announcement)."""

from __future__ import annotations

import pytest

NEWS = ("Nieuws van Gemeentenet\n\n"
        "Vandaag is de directie Ruimte van de gemeente Oss gesplitst in de directie Stad en de directie Land. "
        "Het team Regio houdt contact met BZK.\n\n"
        "{heading}\n\n"
        "- Gemeentesecretaris / algemeen directeur – Wilma Kuijpers\n"
        "- Directie Stad – Jeroen Blommestein\n"
        "- Afdeling Economie – Hatice Arslan (a.i.)\n"
        "- Afdeling Werk – Gijs Rombouts\n"
        "- Directie Land – Marloes Verhagen\n"
        "- Afdeling Groen\n")


def facts(text: str, prefix: str) -> list[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.text, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-10-01").relations
                  if r.rule.startswith(prefix))


@pytest.mark.parametrize("heading", ["Organogram per 1 oktober 2026", "De nieuwe organisatiestructuur"],
                         ids=["organogram", "organisatiestructuur"])
def test_an_organograms_heads_and_parts(heading):
    found = facts(NEWS.format(heading=heading), "organogram.")
    assert found == [("Afdeling Economie", "partOf", "Directie Stad", None),
                     ("Afdeling Groen", "partOf", "Directie Land", None),
                     ("Afdeling Werk", "partOf", "Directie Stad", None),
                     ("Gijs Rombouts", "hasRole", "Afdeling Werk", "afdelingshoofd"),
                     ("Hatice Arslan", "hasRole", "Afdeling Economie", "afdelingshoofd a.i."),
                     ("Jeroen Blommestein", "hasRole", "Directie Stad", "directeur"),
                     ("Marloes Verhagen", "hasRole", "Directie Land", "directeur"),
                     ("Wilma Kuijpers", "hasRole", "Oss", "gemeentesecretaris")], found


def test_a_list_under_another_heading_is_no_organogram():
    assert facts(NEWS.format(heading="Wie zijn er verder bij?"), "organogram.") == []


def test_the_directies_of_a_municipality_named_so_are_its_own_not_the_ministrys():
    found = facts(NEWS.format(heading="Organogram"), "relations.directie-van")
    assert {(s, o) for s, _, o, _ in found} == {("directie Ruimte", "Oss"), ("directie Stad", "Oss"),
                                                ("directie Land", "Oss"), ("Directie Stad", "Oss"),
                                                ("Directie Land", "Oss")}, found


def test_a_municipality_named_elsewhere_in_the_sentence_owns_no_directie():
    text = ("Team Wonen neemt afscheid van de gemeente Oss.\n\nGroet,\n\nAnne Wiersma\nBeleidsmedewerker\n"
            "Directie Wonen en Wijken\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\n")
    assert facts(text, "relations.directie-van-gemeente") == []
