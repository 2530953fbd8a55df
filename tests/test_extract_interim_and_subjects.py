"""A role held ad interim ("voorzitter a.i."), a titled name inside a prepositional phrase ("op initiatief
van Kamerlid X") and a pronoun subject after the verb ("Samen met X sprak zij met Y")."""

from __future__ import annotations

import pytest

from graph.extract.role_words import role_of
from tests.extract_facts import facts


@pytest.mark.parametrize("surface", ["voorzitter a.i.", "voorzitter a. i.", "Voorzitter ai", "voorzitters a.i."])
def test_ad_interim_names_the_role_itself(surface):
    assert role_of(surface).label == "voorzitter"


def test_role_ad_interim_in_an_apposition():
    text = "Karin Bos, voorzitter a.i. van de Pijler Sociaal, opende de bijeenkomst."
    assert ("Karin Bos", "hasRole", "Pijler Sociaal", "voorzitter") in facts(text)


def test_role_ad_interim_before_the_copula():
    text = "Directeur a.i. van het G40-bureau is Tom Smit."
    assert ("Tom Smit", "hasRole", "G40-bureau", "directeur") in facts(text)


def test_an_abbreviation_after_a_name_is_no_role():
    assert role_of("Ai") is None


def test_a_titled_name_after_op_initiatief_van_is_no_subject():
    text = "Op initiatief van Kamerlid Piet Jansen sprak de commissie met de G40."
    assert not any(fact[0] == "Piet Jansen" for fact in facts(text)), facts(text)


def test_a_titled_name_after_namens_is_no_subject():
    text = "Namens wethouder Piet Jansen sprak de G40 met BZK."
    found = facts(text)
    assert ("G40", "collaboratesWith", "BZK", None) in found
    assert not any(fact[0] == "Piet Jansen" and fact[1] == "collaboratesWith" for fact in found), found


def test_the_subject_after_the_verb_is_still_read():
    text = "In Zwolle werkt wethouder Piet Jansen samen met BZK."
    assert ("Piet Jansen", "collaboratesWith", "BZK", None) in facts(text)


def test_pronoun_after_the_verb_is_the_subject_not_the_companion():
    text = ("Marie Vosselman is trekker van de Pijler Sociaal. Samen met burgemeester Arjan Koopmans sprak zij "
            "vorige maand met minister Hanneke Verbrugge van Financiën.")
    found = facts(text)
    assert ("Marie Vosselman", "collaboratesWith", "Financiën", None) in found, found
    assert not any(fact[0] in ("Pijler Sociaal", "Arjan Koopmans") and fact[1] == "collaboratesWith"
                   for fact in found), found


def test_pronoun_after_the_verb_without_a_person_before_keeps_the_passage_actor():
    text = "De Pijler Sociaal is actief. Vorig jaar sprak zij met BZK."
    assert ("Pijler Sociaal", "collaboratesWith", "BZK", None) in facts(text)


def test_plural_pronoun_after_the_verb_is_no_person():
    text = "Marie Vosselman is trekker. Samen met Arjan Koopmans spraken zij met BZK."
    assert not any(fact[0] == "Marie Vosselman" and fact[1] == "collaboratesWith" for fact in facts(text))


def test_pronoun_after_the_verb_in_a_new_paragraph_of_an_interview_is_the_interviewee():
    text = ("In gesprek met wethouder Lieke Vosselman van Deventer\n\n"
            "Lieke Vosselman is sinds 2022 wethouder in Deventer.\n\n"
            "Samen met burgemeester Arjan Koopmans van Leeuwarden sprak zij vorige maand met minister "
            "Hanneke Verbrugge van Financiën.\n")
    found = facts(text)
    assert ("Lieke Vosselman", "collaboratesWith", "Financiën", None) in found, found
    assert not any(fact[0] == "Arjan Koopmans" and fact[1] == "collaboratesWith" for fact in found), found


# --- a programme is the work, not a partner -------------------------------------------------------

def test_a_programme_carried_out_with_a_ministry_has_it_as_participant():
    text = "Het Programma Aardgasvrije Wijken wordt samen met het ministerie van BZK uitgevoerd."
    found = facts(text)
    assert ("BZK", "participatesIn", "Programma Aardgasvrije Wijken", None) in found, found
    assert not any(fact[1] == "collaboratesWith" for fact in found), found


def test_two_actors_still_collaborate():
    text = "Breda werkt samen met het ministerie van EZK aan de binnenstad."
    assert ("Breda", "collaboratesWith", "EZK", None) in facts(text)


# --- a negation that closes the main clause, a hedge inside a split verb ---------------------------

@pytest.mark.parametrize("text", [
    "Almere tekende de Green Deal Zero Emissie Stadslogistiek niet.",
    "Almere ondertekende de Green Deal Zero Emissie Stadslogistiek nog niet.",
    "Almere doet aan de City Deal Energiearmoede niet mee.",
    "Almere tekende de Green Deal Zero Emissie Stadslogistiek niet, Lelystad wel.",
    "Zwolle sluit zich mogelijk later aan bij de City Deal Energiearmoede.",
])
def test_denied_or_hedged_participation_is_no_fact(text):
    assert not any(fact[0] == "Almere" or fact[0] == "Zwolle" for fact in facts(text)), facts(text)


@pytest.mark.parametrize("text", [
    "Breda werkt al jaren samen met EZK en dat verandert niet.",
    "Breda werkt samen met EZK omdat het anders niet lukt.",
])
def test_a_negation_in_a_later_clause_leaves_the_fact(text):
    assert ("Breda", "collaboratesWith", "EZK", None) in facts(text)


# --- two units named one after the other: "Themagroep Wonen en Themagroep Werk" -------------------

def test_two_units_joined_by_en_are_two_units():
    found = facts("De Pijler Sociaal en Pijler Fysiek werken samen aan de wijkaanpak.")
    assert ("Pijler Sociaal", "collaboratesWith", "Pijler Fysiek", None) in found, found


def test_a_unit_whose_name_holds_en_stays_one():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = extract("d", "De Themagroep Armoede en Schulden vergaderde.", gazetteer=load_gazetteer())
    assert [m.text for m in found.mentions if m.type == "OrganisationalUnit"] == ["Themagroep Armoede en Schulden"]


def test_a_succession_dated_with_op_takes_that_day():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    text = "Anna Bos werd op 1 mei 2024 als voorzitter van de Themagroep Wonen opgevolgd door Kees Jansen."
    found = {(r.subject.text, r.predicate, r.valid_from, r.valid_until, r.past)
             for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-06-01").relations}
    assert found == {("Anna Bos", "hasRole", None, "2024-04-30", True),
                     ("Kees Jansen", "hasRole", "2024-05-01", None, False),
                     ("Kees Jansen", "succeeded", "2024-05-01", None, False)}
