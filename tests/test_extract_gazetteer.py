"""Gazetteer matching in text (graph.extract.gazetteer): names, variants, case and word rules."""

from __future__ import annotations

import pytest

from graph.extract.gazetteer import domain_entity, find_gazetteer_mentions
from graph.extract.organisations import find_organisations
from graph.extract.tokens import tokenize
from graph.gazetteer import load_gazetteer


def found(text: str, date: str | None = "2022-06-01") -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.key) for m in find_gazetteer_mentions(text, load_gazetteer(), date=date)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Overleg in 's-Hertogenbosch en Den Bosch.", [("'s-Hertogenbosch", "Municipality", "GM0796"), ("Den Bosch", "Municipality", "GM0796")]),
        ("Gemeente 's-Gravenhage oftewel Den Haag.", [("'s-Gravenhage", "Municipality", "GM0518"), ("Den Haag", "Municipality", "GM0518")]),
        ("Met I&W, J&V en OC&W.", [("I&W", "Ministry", "mnre1130"), ("J&V", "Ministry", "mnre1058"), ("OC&W", "Ministry", "mnre1109")]),
        ("het ministerie van Economische Zaken en Klimaat", [("Economische Zaken en Klimaat", "Ministry", "mnre1045")]),
        ("het ministerie van economische zaken en klimaat", [("economische zaken en klimaat", "Ministry", "mnre1045")]),
        ("minister van Financiën, niet de financiën", [("Financiën", "Ministry", "mnre1090")]),
        ("De Vereniging van Nederlandse Gemeenten (VNG) en het IPO", [("Vereniging van Nederlandse Gemeenten", "Organisation", "VNG"), ("VNG", "Organisation", "VNG"), ("IPO", "Organisation", "IPO")]),
        ("Sittard-Geleen en Emmen", [("Sittard-Geleen", "Municipality", "GM1883"), ("Emmen", "Municipality", "GM0114")]),
        ("provincie Utrecht en de stad Utrecht", [("Utrecht", "Province", "PV26"), ("Utrecht", "Municipality", "GM0344")]),
    ],
)
def test_names_and_variants(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Best practices werden gedeeld.",
        "He goes to the Edelweiss hotel.",
        "Het is het beste voor Goes-achtige steden.",  # compound: not the municipality
        "Een Best-practice uit het Oost-Groningen gebied.",
        "Sint Nicolaas kwam langs.",
    ],
)
def test_ordinary_words_are_not_municipalities(text):
    assert [m for m in found(text) if m[1] == "Municipality"] == []


@pytest.mark.parametrize("text", ["Bijeenkomst in Goes.", "De gemeente Best doet mee.", "Zwolle, Best en Ede tekenden.", "Jan (Best) sprak."])
def test_ordinary_word_municipalities_with_a_cue(text):
    assert any(m[1] == "Municipality" and m[0] in ("Goes", "Best") for m in found(text)), found(text)


def test_ministry_abbreviations_follow_the_document_date():
    assert found("LNV", date="2005-01-01")[0][2] == "mnre1150"
    assert found("LNV", date="2020-01-01")[0][2] == "mnre1153"


def test_dissolved_municipalities_only_count_before_their_end():
    assert found("Overleg in Haaren.", date="2010-01-01") == [("Haaren", "Municipality", "GM0788")]
    assert found("Overleg in Haaren.", date="2023-01-01") == []


def test_all_caps_text():
    assert found("BREDA EN TILBURG WERKEN SAMEN MET EZK") == [
        ("BREDA", "Municipality", "GM0758"), ("TILBURG", "Municipality", "GM0855"), ("EZK", "Ministry", "mnre1045")]


def test_email_domains():
    gazetteer = load_gazetteer()
    assert domain_entity("sittard-geleen.nl", gazetteer) == ("Municipality", "GM1883")
    assert domain_entity("denhaag.nl", gazetteer) == ("Municipality", "GM0518")
    assert domain_entity("vng.nl", gazetteer) == ("Organisation", "VNG")
    assert domain_entity("example.com", gazetteer) is None


def test_full_name_with_abbreviation_makes_an_organisation():
    text = "Overleg met de Nederlandse Vereniging van Banken (NVB). Later sprak de NVB opnieuw."
    assert [(m.text, m.label) for m in find_organisations(text, tokenize(text), set())] == [
        ("Nederlandse Vereniging van Banken", "Nederlandse Vereniging van Banken"),
        ("NVB", "Nederlandse Vereniging van Banken"),
        ("NVB", "Nederlandse Vereniging van Banken"),
    ]
