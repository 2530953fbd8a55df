"""Round 41b: roles, people and successions (succeeded, hasRole, affiliatedWith)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts, mentions


def _successions(text: str) -> set[tuple]:
    return {f[:3] for f in facts(text) if f[1] == "succeeded"}


# --- "nam Y zijn plaats in" with the verb first, after a clause that opens the sentence ------------------

@pytest.mark.parametrize("text, expected", [
    ("Toen Sanne Visser in juni gedeputeerde werd, nam Ruben Meijer, wethouder in Zwolle, haar plaats in.",
     {("Ruben Meijer", "succeeded", "Sanne Visser")}),
    ("Sanne Visser vertrok in juni naar de provincie. In september nam Ruben Meijer haar plaats in.",
     {("Ruben Meijer", "succeeded", "Sanne Visser")}),
    # the place of something else, or no place taken: no succession
    ("Toen Sanne Visser vertrok, nam Ruben Meijer zijn plaats in de stuurgroep niet in.", set()),
    ("Toen Sanne Visser vertrok, nam Ruben Meijer het woord.", set()),
])
def test_took_the_place_with_the_verb_first(text, expected):
    assert _successions(text) == expected


# --- a name unknown to the list of given names, after a preposition, with a role in apposition ---------

@pytest.mark.parametrize("text, name", [
    ("Onder Okke Hamstra, wethouder in Heerenveen, groeide het netwerk snel.", "Okke Hamstra"),
    ("Met Okke Hamstra, directeur van de stichting, sprak de werkgroep over de plannen.", "Okke Hamstra"),
])
def test_preposition_then_name_with_a_role_in_apposition(text, name):
    assert name in mentions(text, "Person")


def test_preposition_then_name_without_a_role_is_no_person():
    # no role after the comma: the capitalised pair stays no person
    assert mentions("Onder Groene Daken, een nieuw plan, valt ook de tuin.", "Person") == []


# --- "uit <plaats>": an affiliation only when an office is spoken of ----------------------------------

def _affiliations(text: str) -> set[tuple]:
    return {f[:3] for f in facts(text) if f[1] == "affiliatedWith"}


@pytest.mark.parametrize("text, expected", [
    # a resident quoted in a news item comes from the town, but is no member of its organisation
    ("Het plan krijgt steun. Ruben Meijer uit Deventer vindt het een goede zaak. Hij woont al lang in de wijk.",
     set()),
    # a handover, a role word: the person comes for the town
    ("In mei nam zij het stokje over van Ruben Meijer uit Deventer.", {("Ruben Meijer", "affiliatedWith", "Deventer")}),
    ("Samen met vicevoorzitter Ruben Meijer uit Deventer bereidt zij het overleg voor.",
     {("Ruben Meijer", "affiliatedWith", "Deventer")}),
])
def test_uit_place_needs_an_office(text, expected):
    assert _affiliations(text) == expected


# --- a quotation that says what a body is, not its name -------------------------------------------------

def test_quotation_with_an_indefinite_article_is_no_name():
    text = "De directeur, Ruben Meijer, noemde de werkgroep 'een voorbeeld voor het land'."
    assert mentions(text, "OrganisationalUnit") == []
    assert mentions("De werkgroep 'Samen Sterk' begon in mei.", "OrganisationalUnit") == ["werkgroep 'Samen Sterk'"]


# --- a speech's speaker: a title without "van", "Mijn naam is X", a portfolio, a second role, a handover --

def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] in ("hasRole", "succeeded")}


@pytest.mark.parametrize("text, expected", [
    ("Toespraak burgemeester Ruben Meijer bij de opening van de Stedendag\n\n"
     "Ik ben sinds 2021 voorzitter van de Pijler Sociaal.",
     {("Ruben Meijer", "hasRole", "Pijler Sociaal", "voorzitter")}),
    ("Goedemorgen allemaal.\n\nMijn naam is Ruben Meijer. Ik ben wethouder Werk, Zorg en Sport in Zwolle en sinds "
     "juni 2022 voorzitter van de G40 Pijler Sociaal. Ik nam die rol over van Jan de Wit, die vier jaar voorzitter was.",
     {("Ruben Meijer", "hasRole", "Zwolle", "wethouder"), ("Ruben Meijer", "hasRole", "Pijler Sociaal", "voorzitter"),
      ("Ruben Meijer", "succeeded", "Jan de Wit", None), ("Jan de Wit", "hasRole", "Pijler Sociaal", "voorzitter")}),
    # the "ik" of a quotation is who is quoted: "Mijn naam is …" inside quotes introduces no speaker
    ('Goedemorgen.\n\n"Mijn naam is Ruben Meijer en ik ben wethouder in Zwolle," zei hij tegen de zaal.', set()),
])
def test_speaker_of_a_speech(text, expected):
    assert _roles(text) == expected


# --- "het bestuur van <Naam>" without an article is another body's board, not the network's ----------

def test_board_of_a_name_without_article_is_not_the_networks():
    text = ("Nieuws van de G40\n\nWethouder Ruben Meijer zit namens Zwolle in het bestuur van Stadsfonds Noord. "
            "Jan de Wit zit namens Ede in het bestuur van de G40.")
    found = facts(text)
    assert ("Zwolle", "participatesIn", "G40-bestuur", None) not in found
    assert ("Ede", "participatesIn", "G40-bestuur", None) in found or \
        ("Jan de Wit", "participatesIn", "G40-bestuur", None) in found, found
