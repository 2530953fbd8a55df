"""A Tweede Kamer rondetafelgesprek's page: the title line names the whole event ("Rondetafelgesprek
Wonen in kleine kernen", lower-case words and all), each guest of a numbered block ("Blok 1 – …")
takes part in it, and a guest marked "– afgemeld" at the end of the line does not (round 48d,
heldout33's invitation list)."""

from __future__ import annotations

import pytest

PAGE = ("Rondetafelgesprek Wonen in kleine kernen | Tweede Kamer der Staten-Generaal\n\n"
        "Rondetafelgesprek Wonen in kleine kernen\n\n"
        "Donderdag 6 november 2025, 10.00 - 12.00 uur\n\n"
        "{block}\n\n"
        "- Gerrit Wolthuis, wethouder gemeente Oss – position paper\n\n"
        "- Fatma Yildirim, directeur Beleid Aedes\n\n"
        "- Rutger Hofstede, gedeputeerde provincie Utrecht, namens het IPO – afgemeld\n")


def taking_part(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = extract("d", text, gazetteer=load_gazetteer(), date="2025-11-06")
    return sorted((r.subject.text, r.object.text, r.rule) for r in found.relations
                  if r.predicate == "participatesIn" and r.object.type == "Event")


@pytest.mark.parametrize("block", ["Blok 1 – Bouwen in de bestaande stad (10.00 - 10.55 uur)", "Ronde 2: Uitvoering"],
                         ids=["blok", "ronde"])
def test_the_guests_of_a_block_take_part_in_the_event_the_title_names(block):
    found = taking_part(PAGE.format(block=block))
    assert found == [("Fatma Yildirim", "Rondetafelgesprek Wonen in kleine kernen", "participation.attended"),
                     ("Gerrit Wolthuis", "Rondetafelgesprek Wonen in kleine kernen", "participation.attended")], found


def test_a_list_under_a_heading_that_is_no_block_makes_no_guests():
    assert taking_part(PAGE.format(block="Reacties uit het land")) == []


def test_the_name_of_an_event_in_running_text_ends_at_its_capitals():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    text = "Op 6 november houdt de commissie het Rondetafelgesprek Wonen in kleine kernen.\n"
    events = [m.label for m in extract("d", text, gazetteer=load_gazetteer()).mentions if m.type == "Event"]
    assert events == ["Rondetafelgesprek Wonen"], events
