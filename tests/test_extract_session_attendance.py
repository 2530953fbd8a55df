"""A named session ("co-creatiesessie 'X'", "inspiratiesessie 'X'") is an event; a breakout group's line
"Aanwezig namens A, B en C; namens de VNG: X" makes the bodies after "namens" take part in it; the
"Organisatie:" field of a network's unit ("G40-themagroep X") names the unit as organiser, not the network."""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts

_REPORT = markdown_text(
    "# Verslag inspiratiesessie \"Wijk aan Zet\"\n\n"
    "Organisatie: G40-themagroep Wonen (pijler Fysiek), in samenwerking met het ministerie van BZK\n\n"
    "## Groep 1\nAanwezig namens Ede, Venlo en Breda; namens de VNG: Eva Smit.\n\n"
    "## Groep 2\nAanwezig: Jan Kok (Tilburg).\n")


def test_the_bodies_present_by_namens_take_part_in_the_session():
    found = {f for f in facts(_REPORT) if f[1] == "participatesIn"}
    assert {(body, "participatesIn", "Wijk aan Zet", None) for body in ("Ede", "Venlo", "Breda", "VNG")} <= found, found


def test_a_persons_place_in_an_attendance_line_is_not_its_towns_presence():
    found = {f for f in facts(_REPORT) if f[1] == "participatesIn"}
    assert ("Tilburg", "participatesIn", "Wijk aan Zet", None) not in found, found


def test_the_unit_of_a_network_organised_the_session_not_the_network():
    found = {f for f in facts(_REPORT) if f[1] == "organised"}
    assert found == {("Themagroep Wonen", "organised", "Wijk aan Zet", None)}, found


def test_a_session_needs_a_name_to_be_an_event():
    found = facts("Verslag\n\nIn de sessie spraken Ede en Breda over wonen.")
    assert not {f for f in found if f[1] == "participatesIn"}, found
