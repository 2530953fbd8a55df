"""Events: the kinds a report names (werkbezoek, rondetafelgesprek, algemene ledenvergadering,
netwerkbijeenkomst), summits and conferences named by their compound ("de Stedentop"), a
werkbezoek's visitor and host, and the ends every relation keeps to (so no document fails a
build on the shapes), on invented sentences.
"""

from __future__ import annotations

import re

import pytest

from extract_facts import facts, mentions
from graph.extract.model import RELATION_ENDS
from graph.pipeline import build_graph
from graph.resources import ontology_path

DATE = "2024-06-01"


# the kinds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Minister Keijzer bracht een werkbezoek aan Dordrecht.", ["werkbezoek"]),
    ("Op 12 juni vond het rondetafelgesprek over bestaanszekerheid plaats.", ["rondetafelgesprek"]),
    ("De Algemene Ledenvergadering koos een nieuw bestuur.", ["Algemene Ledenvergadering"]),
    ("Tijdens de ALV in Ede werd de begroting vastgesteld.", ["ALV"]),
    ("De G40 organiseerde de netwerkbijeenkomst 'De binnenstad van 2035' in Deventer.",
     ["netwerkbijeenkomst 'De binnenstad van 2035'"]),
    ("Zij gaf de workshop 'Samenwerken met corporaties'.", ["workshop 'Samenwerken met corporaties'"]),
    ("De Stedentop in Zwolle trok veel bezoekers.", ["Stedentop"]),
    ("Op de Woontop 2024 werd het akkoord getekend.", ["Woontop 2024"]),
    ("Naar de Stedenconferentie kwamen driehonderd mensen.", ["Stedenconferentie"]),
])
def test_an_event_kind_is_found(text, expected):
    assert mentions(text, "Event", DATE) == expected


@pytest.mark.parametrize("text", [
    "Er geldt een Bouwstop in Utrecht.",  # a stop, no summit
    "Hij kocht een Laptop voor het werk.",
    "Op het klimaatcongres werd veel gesproken.",  # a common noun: which congress is not said
    "Stedenconferentie trekt veel bezoekers.",  # the first word of a sentence is capitalised anyway
    "De ALVA-regeling geldt voor iedereen.",
])
def test_no_event_where_none_is_named(text):
    assert mentions(text, "Event", DATE) == []


def test_the_abbreviation_and_the_full_name_are_one_meeting():
    found = facts("De Algemene Ledenvergadering vond plaats in Ede. Tijdens de ALV sprak burgemeester Ans Smit "
                  "van Ede.", DATE)
    events = {f[2] for f in found if f[1] == "participatesIn"} | {f[0] for f in found if f[0].lower().startswith("alg")}
    assert {e.lower() for e in events} <= {"algemene ledenvergadering"}


# a werkbezoek ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, visitor, host", [
    ("Minister Anna Keijzer van BZK bracht een werkbezoek aan Dordrecht.", "Anna Keijzer", "Dordrecht"),
    ("Op 3 maart bracht staatssecretaris Anna Smit een werkbezoek aan de gemeente Zwolle.", "Anna Smit", "Zwolle"),
    ("Op uitnodiging van wethouder Piet Jansen bracht minister Eva Keijzer een werkbezoek aan Breda.",
     "Eva Keijzer", "Breda"),
    ("Het werkbezoek van minister Eva Keijzer aan Ede stond in het teken van wonen.", "Eva Keijzer", "Ede"),
    ("Op 3 maart legde de minister van BZK een werkbezoek af bij de VNG.", "BZK", "VNG"),
])
def test_a_werkbezoek_has_its_visitor_and_its_host(text, visitor, host):
    found = facts(text, DATE)
    assert (visitor, "participatesIn", "werkbezoek", None) in found
    assert (host, "organised", "werkbezoek", None) in found
    assert not any(f[0] == host and f[1] == "participatesIn" for f in found)


def test_a_visit_that_did_not_happen_states_nothing():
    for text in ("Minister Eva Keijzer bracht geen werkbezoek aan Dordrecht.",
                 "Het werkbezoek van minister Eva Keijzer aan Ede ging niet door."):
        assert not any(f[2] == "werkbezoek" for f in facts(text, DATE)), text


def test_the_host_of_a_visit_without_a_visitor():
    found = facts("Tijdens een werkbezoek aan Zwolle sprak Jan de Boer met bewoners.", DATE)
    assert ("Zwolle", "organised", "werkbezoek", None) in found


# the ends of a relation -----------------------------------------------------------------------------

def test_a_chair_under_a_meetings_title_holds_no_role_in_the_meeting():
    found = facts("# Verslag kennisdag Wonen\n\n**Voorzitter:** Jan Smit (wethouder Breda)\n\n"
                  "De kennisdag werd geopend door Jan Smit.\n", DATE)
    assert not any(f[1] == "hasRole" and f[2].lower().startswith("kennisdag") for f in found)
    assert ("Jan Smit", "hasRole", "Breda", "wethouder") in found


def test_a_meeting_report_with_a_chair_builds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kennisdag.md").write_text("# Verslag kennisdag Wonen\n\n**Voorzitter:** Jan Smit (wethouder Breda)\n\n"
                                         "De kennisdag werd geopend door Jan Smit.\n", encoding="utf-8")
    report = build_graph([corpus], tmp_path / "kg", workers=1)  # the shapes used to reject its membership
    assert [d.id for d in report.documents] == ["kennisdag"]
    assert (tmp_path / "kg" / "graph.nq").exists()


def _shape_classes(shapes: str, predicate: str) -> set[str]:
    """The classes the shapes allow as the value of ``predicate`` (its ``?value a ?class`` list)."""
    query = re.search(r"\$this g40:" + predicate + r" \?value .*?FILTER \(\?class IN \(([^)]*)\)\)", shapes, re.S)
    return {c.strip().removeprefix("g40:") for c in query.group(1).split(",")}


@pytest.mark.parametrize("predicate", ["affiliatedWith", "contactFor", "collaboratesWith", "participatesIn",
                                       "initiated", "partOf", "ledBy"])
def test_the_relation_ends_are_those_of_the_shapes(predicate):
    shapes = ontology_path("shapes.ttl").read_text(encoding="utf-8")
    assert RELATION_ENDS[predicate][1] == _shape_classes(shapes, predicate)


def test_the_role_bodies_are_those_of_the_shapes():
    shapes = ontology_path("shapes.ttl").read_text(encoding="utf-8")
    assert RELATION_ENDS["hasRole"][1] == _shape_classes(shapes, "memberOf")


# a meeting and who attended it ------------------------------------------------------------------------

MINUTES = ("Verslag bestuurlijk overleg G40 – VRO, 12 maart 2025\n\n"
           "Aanwezig: minister Hanna Keijzer (VRO), wethouder Piet Jansen (Breda), Jan Smit (G40-bureau, verslag)\n\n"
           "Afwezig met kennisgeving: burgemeester Kees Mol (Ede)\n\nDe voorzitter opent de vergadering.\n")


def test_the_attendance_line_of_a_meetings_report():
    taking_part = {f for f in facts(MINUTES, DATE) if f[1] == "participatesIn"}
    assert taking_part == {(p, "participatesIn", "bestuurlijk overleg", None)
                           for p in ("Hanna Keijzer", "Piet Jansen", "Jan Smit")}  # the places say where from


def test_a_meeting_held_in_a_news_items_opening_frames_who_took_part():
    text = ("Nieuws | 14 maart 2025\n\nG40 en minister maken afspraken\n\n"
            "Een delegatie van de G40 heeft op 11 maart een bestuurlijk overleg gevoerd met minister Hanna Keijzer "
            "van VRO. Namens de G40 schoven drie bestuurders aan: wethouder Piet Jansen van Breda, die het gesprek "
            "leidde, wethouder Eva Smit (Ede) en burgemeester Kees Mol van Oss. Vanuit het ministerie was ook "
            "directeur-generaal Wonen en Bouwen Ali Kaya aanwezig.\n")
    taking_part = {f[0] for f in facts(text, DATE) if f[1] == "participatesIn" and f[2] == "bestuurlijk overleg"}
    assert {"Piet Jansen", "Eva Smit", "Kees Mol", "Ali Kaya"} <= taking_part
    assert not {"Breda", "Ede", "Oss"} & taking_part


@pytest.mark.parametrize("text", [
    "De G40 wil een bestuurlijk overleg aanvragen bij de minister.",  # a plan, no meeting held
    "Besluitenlijst pijlervergadering Economie en Werk\n\nAanwezig: Eva Smit (Ede)\n",  # the pijler's own meeting
])
def test_no_meeting_where_none_was_held(text):
    assert mentions(text, "Event", DATE) == []


def test_the_lines_under_an_attendance_heading_take_part_in_the_reported_meeting():
    text = ("Verslag rondetafelgesprek over bestaanszekerheid\n\nAanwezig\n"
            "Namens de G40: Eva Smit (voorzitter Pijler Sociaal, Ede) en Ali Kaya (wethouder, Breda).\n"
            "Namens het kabinet: staatssecretaris Hanna Keijzer.\n\n1. Opening\nEva Smit opende het gesprek.\n")
    taking_part = {f[0] for f in facts(text, DATE) if f[1] == "participatesIn" and f[2] == "rondetafelgesprek"}
    assert taking_part == {"Eva Smit", "Ali Kaya", "Hanna Keijzer"}


def test_who_sits_in_a_panel_of_the_programme_takes_part():
    text = ("Uitnodiging Kennisdag 'Levendige binnensteden'\n\nProgramma\n\n"
            "15.30 Paneldiscussie met wethouder Eva Smit (Ede), Ali Kaya en Lotte Brand, directeur van Platform31\n"
            "16.30 Afsluitend panel met de steden Breda en Zwolle\n")
    taking_part = {f[0] for f in facts(text, DATE) if f[1] == "participatesIn" and f[2] == "Levendige binnensteden"}
    assert {"Eva Smit", "Ali Kaya", "Lotte Brand", "Breda", "Zwolle"} <= taking_part
    denied = "Verslag kennisdag 'Groen'\n\nEen paneldiscussie met Eva Smit ging niet door.\n"
    assert not any(f[1] == "participatesIn" for f in facts(denied, DATE))


# a bare host after the event is named and then referred to by its kind ------------------------------

def test_a_bare_host_hosts_the_event_named_and_then_referred_to_by_its_kind():
    text = ("Op 3 oktober komen bestuurders bijeen in Ede voor de Kennisdag Stadsranden 2025. De kennisdag wordt "
            "georganiseerd door Platform31. De gemeente Ede is gastheer.")
    found = {(s, o) for s, p, o, _ in facts(text, DATE) if p == "organised"}
    assert ("Ede", "Kennisdag Stadsranden") in found, found


def test_a_bare_host_after_two_different_events_hosts_neither():
    text = ("In mei was er de Kennisdag Stadsranden 2025, in juni de Netwerkdag Wonen 2025. "
            "De gemeente Ede is gastheer.")
    found = {(s, o) for s, p, o, _ in facts(text, DATE) if p == "organised"}
    assert not any(s == "Ede" for s, _ in found), found


def test_the_conference_organised_is_the_one_named_before_though_its_name_was_cut_short():
    text = ('Verslag werkconferentie "Wonen in de stad"\n\nOp 3 oktober kwamen wethouders bijeen in Ede voor de '
            'werkconferentie **Wonen in de stad**. De conferentie werd georganiseerd door Platform31 en Aedes.')
    found = {(s, o) for s, p, o, _ in facts(text, DATE) if p == "organised"}
    assert {s for s, _ in found} == {"Platform31", "Aedes"} and len({o for _, o in found}) == 1, found
