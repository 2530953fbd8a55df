"""Round 55l: a learning network (leernetwerk, leerkring, lerend netwerk, kennisnetwerk, community of practice) is a
programme, not an event (invented text, invented people).

It is a standing arrangement with members and leaders over months or years; the gold sets write it as a
``Programme``, which takes roles ("Trekker van de leerkring is X"). Whoever organises or runs it leads it
(``ledBy``: ``organised`` points to an event). A meeting of the network stays an event.
"""

from __future__ import annotations

import pytest

from extract_facts import facts, mentions


@pytest.mark.parametrize("text, network", [
    ("Breda en Zwolle nemen deel aan het Leernetwerk Gezonde Wijken.", "Leernetwerk Gezonde Wijken"),
    ("Breda en Zwolle nemen deel aan de leerkring armoede en schulden.", "leerkring armoede en schulden"),
    ("De G40-leerkring Gezonde Wijken komt zes keer per jaar bijeen.", "leerkring Gezonde Wijken"),
])
def test_a_learning_network_is_a_programme(text, network):
    assert mentions(text, "Programme", date="2026-03-03") == [network]
    assert mentions(text, "Event", date="2026-03-03") == []


def test_a_bare_kind_word_of_no_named_network_stays_an_event():
    """"De leerkring komt vier keer per jaar bijeen" with no name anywhere: the meetings of a programme's
    participants, as the one gold set that writes it reads it (the network named before is that network)."""
    text = "De leerkring komt vier keer per jaar bijeen. Platform31 organiseert de leerkring."
    assert mentions(text, "Event", date="2026-03-03") == ["leerkring", "leerkring"]
    assert ("Platform31", "organised", "leerkring", None) in facts(text, date="2026-03-03")
    named = "De leerkring Gezonde Wijken start in mei. " + text
    assert mentions(named, "Event", date="2026-03-03") == []
    assert ("leerkring Gezonde Wijken", "ledBy", "Platform31", None) in facts(named, date="2026-03-03")


def test_a_meeting_of_the_learning_network_stays_an_event():
    text = "De netwerkbijeenkomst van het leernetwerk Gezonde Wijken op 3 maart 2026 werd georganiseerd door Breda."
    assert mentions(text, "Event", date="2026-03-03") == ["netwerkbijeenkomst"]
    assert mentions(text, "Programme", date="2026-03-03") == ["leernetwerk Gezonde Wijken"]
    found = facts(text, date="2026-03-03")
    assert ("Breda", "organised", "netwerkbijeenkomst", None) in found, found
    assert not any(f[1] == "ledBy" for f in found), found


def test_an_event_named_after_the_network_stays_an_event():
    text = "De G40 organiseerde op 3 maart de Kennisdag Leernetwerk Gezonde Wijken in Ede."
    assert mentions(text, "Event", date="2026-03-03") == ["Kennisdag Leernetwerk Gezonde Wijken"]
    assert ("G40", "organised", "Kennisdag Leernetwerk Gezonde Wijken", None) in facts(text, date="2026-03-03")


@pytest.mark.parametrize("text, person, network, role", [
    ("Trekker van de leerkring Gezonde Wijken is wethouder Kees Blommaert van Emmen.",
     "Kees Blommaert", "leerkring Gezonde Wijken", "trekker"),
    ("Voorzitter van het kennisnetwerk armoede en schulden is Pieter Brakel.",
     "Pieter Brakel", "kennisnetwerk armoede en schulden", "voorzitter"),
])
def test_the_leader_of_a_learning_network_holds_a_role_in_it(text, person, network, role):
    found = facts(text, date="2026-03-03")
    assert (person, "hasRole", network, role) in found, found


def test_the_secretary_of_a_meeting_holds_no_role_in_the_network():
    text = "Secretaris van de netwerkbijeenkomst van het leernetwerk Gezonde Wijken is Pieter Brakel."
    found = facts(text, date="2026-03-03")
    assert not any(f[0] == "Pieter Brakel" and f[2] == "leernetwerk Gezonde Wijken" for f in found), found


@pytest.mark.parametrize("text", [
    "Platform31 organiseert het leernetwerk Gezonde Wijken.",
    "Platform31 verzorgt het leernetwerk Gezonde Wijken voor de deelnemende gemeenten.",
    "Het Leernetwerk Gezonde Wijken wordt door Platform31 georganiseerd.",
])
def test_who_organises_a_learning_network_leads_it(text):
    found = facts(text, date="2026-03-03")
    network = mentions(text, "Programme", date="2026-03-03")[0]
    assert (network, "ledBy", "Platform31", None) in found, found
    assert not any(f[1] == "organised" for f in found), found


def test_who_does_not_run_it_any_more_leads_nothing():
    found = facts("Platform31 verzorgt het leernetwerk Gezonde Wijken niet meer.", date="2026-03-03")
    assert not any(f[1] in ("ledBy", "organised") for f in found), found


def test_a_learning_network_with_a_lead_validates_as_a_programme(tmp_path):
    """The built graph of a text with a learning network, its lead, its leader and a meeting of it conforms to
    the shapes (``memberOf`` and ``ledBy`` point to a programme; ``organised`` to the meeting, an event)."""
    from rdflib import Dataset
    from rdflib.namespace import RDF

    from graph.pipeline import build_graph
    from graph.vocab import G40

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "leerkring.txt").write_text(
        "Breda en Zwolle nemen deel aan de leerkring Gezonde Wijken. Platform31 organiseert de leerkring Gezonde "
        "Wijken. Trekker van de leerkring Gezonde Wijken is wethouder Kees Blommaert van Emmen. De "
        "netwerkbijeenkomst van de leerkring Gezonde Wijken op 3 maart 2026 werd georganiseerd door Breda.\n",
        encoding="utf-8")
    report = build_graph([folder], tmp_path / "kg", workers=1, full_validation=True)
    assert report.validated, report
    data = Dataset()
    data.parse(tmp_path / "kg" / "graph.nq", format="nquads")
    programmes = {s for s, _, _, _ in data.quads((None, RDF.type, G40.Programme, None))}
    events = {s for s, _, _, _ in data.quads((None, RDF.type, G40.Event, None))}
    led = {(s, o) for s, _, o, _ in data.quads((None, G40.ledBy, None, None))}
    members = {o for _, _, o, _ in data.quads((None, G40.memberOf, None, None))}
    organised = {o for _, _, o, _ in data.quads((None, G40.organised, None, None))}
    assert len(led) == 1 and next(iter(led))[0] in programmes, led
    assert members & programmes, (members, programmes)
    assert organised and organised <= events, organised


# --- a role at the learning network is no office passed on with another ------------------------------------

LEAD = "Trekker van het leernetwerk Gezonde Wijken is wethouder Anouk Veltman. "


def test_an_office_taken_over_besides_the_network_s_lead_leaves_that_lead_hers():
    """"Zij neemt ook het trekkerschap van de themagroep Jeugd over van Y": Y held the themagroep's office, not
    the network's, which the sentence before gives her."""
    text = LEAD + "Per 1 april 2020 neemt zij ook het trekkerschap van de themagroep Jeugd over van Bram Kuipers."
    found = facts(text, date="2026-03-03")
    assert ("Bram Kuipers", "hasRole", "Themagroep Jeugd", "trekker") in found, found
    assert ("Anouk Veltman", "hasRole", "leernetwerk Gezonde Wijken", "trekker") in found, found
    assert not any(f[0] == "Bram Kuipers" and f[2] == "leernetwerk Gezonde Wijken" for f in found), found


def test_the_office_she_holds_taken_over_is_passed_on():
    """Near miss: "Zij neemt het trekkerschap over van Y", no other office named: the network's, Y held it before."""
    found = facts(LEAD + "Per 1 april 2020 neemt zij het trekkerschap over van Bram Kuipers.", date="2026-03-03")
    assert ("Bram Kuipers", "hasRole", "leernetwerk Gezonde Wijken", "trekker") in found, found


# --- a learning network's backer takes part in it, as an event's does --------------------------------------

def test_the_backer_of_a_learning_network_takes_part_in_it():
    found = facts("De leerkring Gezonde Wijken is in 2023 gestart door de G40, met steun van het ministerie van SZW.",
                  date="2026-03-03")
    assert ("SZW", "participatesIn", "leerkring Gezonde Wijken", None) in found, found


def test_the_backer_of_another_programme_takes_no_part_in_it():
    """Near miss: a City Deal's backer is no party to it (round 19)."""
    found = facts("De City Deal Gezonde Wijken is in 2023 gestart door de G40, met steun van het ministerie van SZW.",
                  date="2026-03-03")
    assert not any(f[0] == "SZW" for f in found), found


# --- the bare kind word after a network the events name is that network ------------------------------------

def test_the_bare_kind_word_after_a_network_in_bold_is_that_network():
    text = ("Het handboek gaat over het **Leernetwerk Gezonde Wijken**, dat de pijler in 2021 opzette. Tot eind 2022 "
            "was Sanne Koopmans programmaleider van het leernetwerk.")
    found = facts(text, date="2026-03-03")
    assert ("Sanne Koopmans", "hasRole", "Leernetwerk Gezonde Wijken", "programmaleider") in found, found
    assert mentions(text, "Event", date="2026-03-03") == []


def test_the_bare_kind_word_after_two_networks_is_neither():
    """Near miss: two learning networks named before: which one "het leernetwerk" is, is not said."""
    text = ("Het handboek gaat over het **Leernetwerk Gezonde Wijken** en het **Leernetwerk Sterke Buurten**. Tot eind "
            "2022 was Sanne Koopmans programmaleider van het leernetwerk.")
    found = facts(text, date="2026-03-03")
    assert not any(f[0] == "Sanne Koopmans" and f[1] == "hasRole" for f in found), found
