"""Joining a programme, agreement or unit: by a decision, an accession, a signature, "sloot zich aan" (round 43i)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _joined(text):
    return {(f[0], f[2]) for f in facts(text) if f[1] == "participatesIn"}


def test_the_college_of_a_town_decides_to_accede():
    text = ("Collegebesluit\n\nHet college van burgemeester en wethouders van Almelo besluit:\n"
            "1. toe te treden tot de City Deal Schone Lucht en de deal mede te ondertekenen;\n"
            "2. de raad met een brief te informeren.\n")
    assert ("Almelo", "City Deal Schone Lucht") in _joined(text), _joined(text)


def test_the_staten_addressed_before_a_bare_besluiten_take_part():
    text = ("Besluit van Gedeputeerde Staten van Drenthe\n\nGedeputeerde Staten van Drenthe,\n\n"
            "overwegende dat de steden een programma hebben opgesteld;\n\nBESLUITEN:\n\n"
            "1. Deel te nemen aan het programma Sterke Steden Drenthe en daartoe een bijdrage beschikbaar te stellen.\n\n"
            "2. Dit besluit ter kennisname te zenden aan Provinciale Staten.\n")
    assert ("Drenthe", "Sterke Steden Drenthe") in _joined(text), _joined(text)


@pytest.mark.parametrize("text", [
    # a proposal to the council, no decision
    "Het college van burgemeester en wethouders van Almelo wordt voorgesteld te besluiten:\n"
    "1. toe te treden tot de City Deal Schone Lucht.\n",
    # a point that does not open with joining
    "Het college van burgemeester en wethouders van Almelo besluit:\n"
    "1. te onderzoeken of de gemeente kan toetreden tot de City Deal Schone Lucht;\n"
    "2. niet deel te nemen aan de City Deal Schone Lucht.\n",
])
def test_a_proposal_or_another_point_is_no_decided_joining(text):
    assert ("Almelo", "City Deal Schone Lucht") not in _joined(text), _joined(text)


def test_a_date_between_treden_and_toe_still_accedes():
    text = ("De gemeenten Almelo en Oss treden met ingang van 1 mei 2024 toe tot de City Deal Schone Lucht "
            "en worden daarmee partij bij de deal.")
    assert {("Almelo", "City Deal Schone Lucht"), ("Oss", "City Deal Schone Lucht")} <= _joined(text), _joined(text)


def test_a_refusal_to_accede_is_no_fact():
    text = "De gemeente Oss treedt voorlopig niet toe tot de City Deal Schone Lucht."
    assert ("Oss", "City Deal Schone Lucht") not in _joined(text), _joined(text)


def test_the_signer_after_the_colon_of_the_party_line():
    text = ("Woondeal Groene Daken\n\nWij bouwen samen.\n\nOndertekening\n\n"
            "Namens de gemeente Ede: R.P. Lardinoy, wethouder\n"
            "Namens de gemeente Epe: nog niet ondertekend\n")
    found = _joined(text)
    assert ("Ede", "Woondeal Groene Daken") in found, found
    assert ("Epe", "Woondeal Groene Daken") not in found, found


def test_a_signer_with_an_honorific_still_signs():
    text = ("Woondeal Groene Daken\n\nWij bouwen samen.\n\nAldus ondertekend,\n\n"
            "Voor de gemeente Ede,\nmw. drs. R.P. Lardinoy-Bakker, wethouder Wonen\n")
    assert ("Ede", "Woondeal Groene Daken") in _joined(text), _joined(text)


def test_joining_with_nothing_after_aan_joins_the_unit_the_passage_is_about():
    text = ("De Themagroep Wonen bestaat tien jaar. Ede en Epe zijn vanaf het begin lid; Oss sloot zich in 2023 aan, "
            "kort nadat de gemeente lid werd van de G40.")
    assert ("Oss", "Themagroep Wonen") in _joined(text), _joined(text)


@pytest.mark.parametrize("text", ["De Themagroep Wonen bestaat tien jaar. Oss wil zich graag aansluiten.",
                                  "De Themagroep Wonen bestaat tien jaar. Oss sloot zich niet aan."])
def test_a_wish_or_a_denial_to_join_the_unit_is_no_fact(text):
    assert ("Oss", "Themagroep Wonen") not in _joined(text), _joined(text)


# --- a memo's beslispunten that the college's stamp adopts (45a) -------------------------------------------

ADOPTED_MEMO = ("GEMEENTE ZWOLLE - AMBTELIJKE NOTA AAN HET COLLEGE\n\n"
                "Onderwerp: Deelname City Deal Slimme Daken\n\n"
                "BESLISPUNTEN\n1. Deel te nemen aan de City Deal Slimme Daken.\n"
                "2. De raad te informeren met een raadsinformatiebrief.\n\n"
                "AANLEIDING\nDe deal start in juni.\n\n")


def test_beslispunten_adopted_by_the_colleges_stamp_are_decided():
    text = ADOPTED_MEMO + "BESLUIT COLLEGE D.D. 3 JUNI 2025\nBesloten conform advies.\n"
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert ("Zwolle", "participatesIn", "City Deal Slimme Daken", None) in found, found


def test_beslispunten_without_a_stamp_are_a_proposal():
    found = {f for f in facts(ADOPTED_MEMO) if f[1] == "participatesIn"}
    assert ("Zwolle", "participatesIn", "City Deal Slimme Daken", None) not in found, found
