"""Walkthrough 23's leftovers (round 49a): participation in a family of deals, a forum of a network, colleagues
who talk with a ministry, a contact point's start, and a bare surname that two wethouders share. Invented text."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def facts(text, gazetteer, date="2025-05-22"):
    return sorted((r.subject.label, r.predicate, r.object.label, r.role, r.valid_from)
                  for r in extract("d", text, gazetteer=gazetteer, date=date).relations)


def test_working_for_a_family_of_deals_is_no_participation_in_it(gazetteer):
    found = facts("BZK werkt voor de Woondeals samen met de gemeenten Breda en Ede.", gazetteer)
    assert [f for f in found if f[1] == "participatesIn"] == []
    assert ("BZK", "collaboratesWith", "Breda", None, None) in found


def test_working_for_a_named_deal_still_is(gazetteer):
    found = facts("Breda werkt voor de Woondeal Regio Breda nauw samen met BZK.", gazetteer)
    assert ("Breda", "participatesIn", "Woondeal Regio Breda", None, None) in found


def test_a_forum_of_a_network_is_a_unit_of_it_and_its_member_sits_in_the_forum(gazetteer):
    found = facts("Wethouder Eva Kok van Breda is sinds 2022 lid van het Environment Forum van Eurocities.", gazetteer)
    assert ("Eva Kok", "hasRole", "Environment Forum", "lid", "2022-01-01") in found
    assert ("Environment Forum", "partOf", "Eurocities", None, None) in found
    assert not [f for f in found if f[0] == "Eva Kok" and f[2] == "Eurocities"]


def test_a_forum_without_its_owner_is_no_unit(gazetteer):
    found = facts("Wethouder Eva Kok van Breda sprak op het World Economic Forum in Davos.", gazetteer)
    assert not [f for f in found if "Forum" in f[2]]


def test_colleagues_who_talk_with_a_ministry_make_no_collaboration_of_the_unit_named_before(gazetteer):
    text = ("Eva Kok • Wethouder Wonen gemeente Breda\n\nVandaag de bijeenkomst van de G40-themagroep Wonen, die ik "
            "sinds januari 2023 mag voorzitten. Met collega's @Jan Smit (Ede) en @Piet de Boer (Epe) spraken we met "
            "het ministerie van Volkshuisvesting en Ruimtelijke Ordening over de bouwopgave.")
    assert [f for f in facts(text, gazetteer, "2024-11-05") if f[1] == "collaboratesWith"] == []


def test_a_contact_point_since_a_day_is_dated_from_it_and_is_the_programme_of_the_towns(gazetteer):
    text = ("Anna Vos, directeur Woningbouw bij het ministerie van VRO, is sinds 1 april 2025 het aanspreekpunt "
            "voor de G40-steden in de Woondeals.")
    assert ("Anna Vos", "contactFor", "Woondeals", None, "2025-04-01") in facts(text, gazetteer)


def test_a_contact_point_per_a_day(gazetteer):
    found = facts("Anna Vos is per 1 maart het aanspreekpunt voor de Pijler Fysiek.", gazetteer)
    assert ("Anna Vos", "contactFor", "Pijler Fysiek", None, "2025-03-01") in found


MULDERS = {
    "a": ("Wethouder Pieter Mulder van Amersfoort opende de bibliotheek.", "2024-03-05"),
    "b": ("Wethouder Jan Mulder van Ede opende het zwembad.", "2024-04-05"),
    "c": ("Verslag van de Pijler Fysiek\n\nWethouder Mulder is voorzitter van de themagroep Wonen.", "2024-05-05"),
    "d": ("Gemeente Ede\n\nWethouder Mulder is lid van de themagroep Mobiliteit.", "2024-06-05"),
}


@pytest.fixture(scope="module")
def mulders(gazetteer):
    from graph.resolve import resolve

    extractions = {doc: extract(doc, text, gazetteer=gazetteer, date=date) for doc, (text, date) in MULDERS.items()}
    return extractions, resolve(list(extractions.values()), gazetteer)


def _key(mulders, doc):
    extractions, resolution = mulders
    mention = next(m for m in extractions[doc].mentions if m.text == "Mulder")
    return resolution.mention_keys.get((doc, mention.start, mention.end))


def test_a_bare_surname_two_wethouders_share_is_no_person_of_its_own(mulders):
    _extractions, resolution = mulders
    assert _key(mulders, "c") is None
    assert "person/mulder" not in resolution.entities
    assert [str(a) for a in resolution.ambiguous] == ["c: 'Mulder' kan Jan Mulder, Pieter Mulder zijn; niet samengevoegd"]


def test_a_bare_surname_its_document_places_is_that_wethouder(mulders):
    assert _key(mulders, "d") == "person/jan-mulder"


def test_a_pronoun_after_a_semicolon_takes_part_for_the_one_person_before_it(gazetteer):
    text = ("Verder is Eva Kok sinds 1 oktober 2026 wethouder Financiën van Breda; zij neemt deel aan de "
            "G40-pijler Duurzaamheid.")
    assert ("Eva Kok", "participatesIn", "Pijler Duurzaamheid", None, "2026-10-01") in facts(text, gazetteer, "2026-11-03")


def test_a_pronoun_after_a_semicolon_with_two_persons_before_it_is_no_one(gazetteer):
    text = "Wethouder Jan Smit en wethouder Eva Kok spraken; zij neemt deel aan de Pijler Fysiek."
    assert [f for f in facts(text, gazetteer) if f[1] == "participatesIn"] == []


def test_a_pronoun_after_a_semicolon_takes_part_only_in_what_its_clause_names(gazetteer):
    # what is signed after the semicolon is a report, not the programme named before it (heldout33's mandaatbesluit)
    text = ("Bestuurlijk is wethouder Eva Kok portefeuillehouder voor de Regio Deal Noorderkwartier; zij ondertekent "
            "de voortgangsrapportage aan BZK.")
    assert [f for f in facts(text, gazetteer) if f[1] == "participatesIn"] == []


def test_the_town_named_by_its_kind_takes_part(gazetteer):
    text = "Breda is lid van de G40. In 2021 nam de stad deel aan de Pijler Economie en Werk."
    assert ("Breda", "participatesIn", "Pijler Economie en Werk", None, None) in facts(text, gazetteer)


def test_the_town_named_by_its_kind_after_two_towns_is_no_one(gazetteer):
    text = "Breda en Ede werken samen. De stad neemt deel aan de Pijler Fysiek."
    assert [f for f in facts(text, gazetteer) if f[1] == "participatesIn"] == []


def test_a_common_given_name_makes_a_person_of_a_name_before_a_role(gazetteer):
    text = "Tot 1 juli 2021 was Huub Verbeek directeur van Greenport Venlo; hij werd opgevolgd door Fons Jacobs."
    found = facts(text, gazetteer, "2021-12-14")
    assert ("Huub Verbeek", "hasRole", "Greenport Venlo", "directeur", None) in found
    assert ("Fons Jacobs", "succeeded", "Huub Verbeek", None, None) in found
