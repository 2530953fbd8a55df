"""Who sits at one item of a day's programme, and the participants of one party (round 52a).

A programme names a session on a line of its own ("14:00  Werksessie …") with a lead-in of who sits at it
("Aan tafel:", "Sprekers:") over a list of persons: they take part in that session, not only in the day.
A list under "Deelnemers ministerie van X" (or "namens de gemeente Y") names who of that party takes part
in the day the title names.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer

_PROGRAMME = (
    "Programma werkbezoek staatssecretaris aan Deventer\n\nDonderdag 3 april 2025\n\n"
    "Deelnemers namens de gemeente Deventer\n- wethouder Lotte Verkerk\n- Bas Hulshof, strateeg\n\n"
    "10:00  Welkom in het stadhuis\n\n"
    "11:30  Werksessie \"Werken aan de binnenstad\"\n       Aan tafel:\n"
    "       - Ilse Groenewoud, directeur Stadsherstel\n       - Ruud Pasman, ondernemer\n\n"
    "13:00  Lunch\n")


def _participants(text: str) -> list[tuple]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-04-01")
    return sorted((r.subject.text, r.object.text, r.rule) for r in extraction.relations
                  if r.predicate == "participatesIn" and r.rule.startswith("participation."))


def test_the_guests_at_a_programme_item_take_part_in_its_session():
    found = _participants(_PROGRAMME)
    assert ("Ilse Groenewoud", 'Werksessie "Werken aan de binnenstad"', "participation.attended") in found, found
    assert ("Ruud Pasman", 'Werksessie "Werken aan de binnenstad"', "participation.attended") in found, found


def test_the_participants_of_one_party_take_part_in_the_day():
    found = _participants(_PROGRAMME)
    day = [f for f in found if f[2] == "participation.delegation"]
    assert [f[0] for f in day] == ["Bas Hulshof", "Lotte Verkerk"], found
    assert len({f[1] for f in day}) == 1 and "werkbezoek" in day[0][1].lower(), found


def test_a_list_after_a_blank_line_is_no_guest_list_of_the_item_above():
    text = _PROGRAMME.replace("       Aan tafel:\n", "\n       Aan tafel:\n")
    found = _participants(text)
    assert not [f for f in found if f[0] == "Ilse Groenewoud" and f[1].startswith("Werksessie")], found
