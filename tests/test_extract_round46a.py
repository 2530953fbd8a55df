"""Round 46a (heldout31's genres): a deal named "… van de Toekomst", a place closing a programme's name,
political parties after a name, and a reference mark after a sentence's full stop. Fictional fixtures."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.sentences import split_sentences
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(text, gazetteer, predicate=None):
    ex = extract("d", text, gazetteer=gazetteer)
    return sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations
                  if predicate is None or r.predicate == predicate)


def _programmes(text, gazetteer):
    return [m.text for m in extract("d", text, gazetteer=gazetteer).mentions if m.type == "Programme"]


def test_a_deal_named_van_de_something_keeps_it(gazetteer):
    text = "Het college besluit toe te treden tot de City Deal Scholen van de Toekomst. Ede en Epe nemen al deel."
    assert _programmes(text, gazetteer) == ["City Deal Scholen van de Toekomst"]
    assert _facts(text, gazetteer, "participatesIn") == [
        ("Ede", "participatesIn", "City Deal Scholen van de Toekomst"),
        ("Epe", "participatesIn", "City Deal Scholen van de Toekomst")]


def test_a_deal_of_the_rijk_is_no_part_of_its_name(gazetteer):
    text = "Ede sloot de City Deal Zon van het Rijk."
    assert _programmes(text, gazetteer) == ["City Deal Zon"]


def test_a_place_closing_a_title_case_programme_name_belongs_to_it(gazetteer):
    text = "Met Zwolle werkt Deventer samen in de Stedelijke Agenda Overijssel."
    assert _programmes(text, gazetteer) == ["Stedelijke Agenda Overijssel"]
    assert ("Deventer", "participatesIn", "Stedelijke Agenda Overijssel") in _facts(text, gazetteer)


def test_a_place_in_a_list_after_a_programme_stays_a_place(gazetteer):
    text = "De Stedelijke Agenda Overijssel en Zwolle werken samen."
    assert _programmes(text, gazetteer) == ["Stedelijke Agenda"]


@pytest.mark.parametrize("text", [
    "| Wethouders | Eva Smit (GroenLinks) - Wonen en Ruimtelijke ordening, Jan de Vries (D66) - Economie en Binnenstad |",
    "Raadslid Eva Smit (GroenLinks-PvdA) stelde vragen.",
])
def test_a_political_party_is_no_entity_of_the_graph(gazetteer, text):
    # a party would join all its people in `g40kg path` and the network pages (the lead's decision at the merge)
    ex = extract("d", text, gazetteer=gazetteer)
    assert [m.text for m in ex.mentions if m.type == "Organisation"] == []
    assert _facts(text, gazetteer, "affiliatedWith") == []


def test_a_reference_mark_after_a_full_stop_ends_the_sentence():
    text = "Ede is penvoerder.[3] Met Zwolle werkt Epe samen."
    assert [s.text for s in split_sentences(text)] == ["Ede is penvoerder.[3]", "Met Zwolle werkt Epe samen."]


def test_a_deal_named_only_in_its_bodys_name_is_the_later_reference(gazetteer):
    text = ("2. Vertegenwoordiging stuurgroep Regio Deal Groene Vallei Apeldoorn\n\n"
            "Toelichting: De Regio Deal is gesloten met de provincie Gelderland; ook Ede en Epe nemen deel.")
    ex = extract("d", text, gazetteer=gazetteer)
    assert [(m.text, m.name) for m in ex.mentions if m.type == "Programme"] == [
        ("De Regio Deal", "Regio Deal Groene Vallei Apeldoorn")]
    assert [(s, o) for s, p, o in _facts(text, gazetteer, "participatesIn")] == [
        ("Ede", "De Regio Deal"), ("Epe", "De Regio Deal"), ("Gelderland", "De Regio Deal")]


def test_a_joint_initiative_names_its_initiators_not_its_participants(gazetteer):
    text = "De City Deal Zon is een initiatief van de VNG en het ministerie van BZK."
    assert _facts(text, gazetteer) == [("BZK", "initiated", "City Deal Zon"), ("VNG", "initiated", "City Deal Zon")]


def test_a_person_after_an_organisation_role_compound_belongs_to_the_organisation(gazetteer):
    assert _facts("In Ede sprak G40-wethouder Jan de Vries.", gazetteer) == [("Jan de Vries", "affiliatedWith", "G40")]
    # a party's compound leaves the office where it is
    assert _facts("In Ede zei VVD-wethouder Jan de Vries dat het kan.", gazetteer) == [("Jan de Vries", "hasRole", "Ede")]
    # an organisation's own post stays a role there
    assert _facts("VNG-directeur Jan de Vries zei dat het kan.", gazetteer) == [("Jan de Vries", "hasRole", "VNG")]


def test_towns_listed_under_a_track_in_a_bijlage_of_participants_take_part_in_it(gazetteer):
    text = ("Bijlage 1 - Deelnemende steden per track\n\nTrack A - Fysieke vernieuwing\n  - Arnhem\n  - Emmen\n\n"
            "Track B - Veiligheid\n  - Almelo\n  - Hengelo (sinds 1 april 2025)\n\nIn gesprek: Lelystad\n")
    ex = extract("d", text, gazetteer=gazetteer)
    assert sorted({(m.text, m.name) for m in ex.mentions if m.type == "Programme"}) == [
        ("Track A", "Track A"), ("Track B", "Track B")]
    assert _facts(text, gazetteer) == [("Almelo", "participatesIn", "Track B"), ("Arnhem", "participatesIn", "Track A"),
                                       ("Emmen", "participatesIn", "Track A"), ("Hengelo", "participatesIn", "Track B")]


def test_a_list_under_a_programme_without_a_title_about_taking_part_says_nothing(gazetteer):
    text = "Resultaten\n\nCity Deal Zon\n  - Arnhem\n  - Emmen\n"
    assert _facts(text, gazetteer) == []


def test_a_track_code_is_no_track():
    from graph.extract.tokens import tokenize
    from graph.extract.tracks import find_tracks
    text = "De route volgt track B2 en het spoor A."
    assert find_tracks(text, tokenize(text), set()) == []


def test_a_werkgroep_heading_over_a_table_of_members_names_the_werkgroep(gazetteer):
    text = ("Colofon\n\nWerkgroep\n\n| naam | functie | organisatie |\n|---|---|---|\n"
            "| Eva Smit (voorzitter werkgroep) | adviseur | gemeente Ede |\n| Jan Bos | beleidsadviseur | VNG |\n")
    facts = _facts(text, gazetteer)
    assert ("Eva Smit", "hasRole", "Werkgroep") in facts
    assert ("Jan Bos", "participatesIn", "Werkgroep") in facts


def test_office_fields_of_an_infobox_give_roles_at_the_town_of_the_title(gazetteer):
    text = ("College van burgemeester en wethouders van Deventer\n\n| College van B&W van Deventer |\n|---|---|\n"
            "| Burgemeester | Eva Smit (VVD), sinds oktober 2021 |\n| Wethouders | Jan Bos (D66) - Economie en Binnenstad, "
            "Piet Wit (CDA) - Zorg |\n| Gemeentesecretaris | Wendy Mulder (sinds 1 februari 2023) |\n| Zetel | Stadhuis |\n")
    roles = sorted((s, o) for s, p, o in _facts(text, gazetteer, "hasRole"))
    assert roles == [("Eva Smit", "Deventer"), ("Jan Bos", "Deventer"), ("Piet Wit", "Deventer"), ("Wendy Mulder", "Deventer")]


def test_office_fields_under_a_title_naming_two_towns_give_nothing(gazetteer):
    text = "Samenwerking Deventer en Zwolle\n\nBurgemeester: Eva Smit\nVoorzitter: Jan Bos\n"
    assert _facts(text, gazetteer, "hasRole") == []


def test_a_party_kamerlid_is_a_member_of_the_kamer(gazetteer):
    assert _facts("In de Tweede Kamer sprak CDA-Kamerlid Jan de Vries.", gazetteer) == [
        ("Jan de Vries", "hasRole", "Tweede Kamer")]
