"""Successions stated with words between the verb and the names (round 43b).

A time or an adverb between the auxiliary and "opgevolgd door" ("werd na de zomer opgevolgd door"),
"zijn voorganger" before the one succeeded ("volgde op 1 juni zijn Zwolse voorganger X op"), an
apposition before the relative clause ("Y, wethouder in Ede, die in die rol X opvolgde"), a task
taken over in a relative clause ("Y, die deze taak in april heeft overgenomen van X"), "Zijn
opvolger, Y, …", and a pronoun after a semicolon ("…; zij wordt als lid opgevolgd door haar
collega Y"), and "Zij is sinds 2021 voorzitter; daarvoor werd de themagroep geleid door X". What is
not a succession stays none: a negation, a "volgt" without its particle.
"""

from __future__ import annotations

import pytest


def successions(text: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-05-01").relations
                  if r.predicate == "succeeded")


@pytest.mark.parametrize("text, expected", [
    ("Wouter Brink werd na de zomer opgevolgd door Lieke Damsma.", [("Lieke Damsma", "Wouter Brink")]),
    ("Wouter Brink wordt eind dit jaar opgevolgd door Lieke Damsma.", [("Lieke Damsma", "Wouter Brink")]),
    ("Wethouder Lieke Damsma volgde op 1 maart 2023 haar Bredase voorganger Wouter Brink op als trekker van de Themagroep Wonen.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("De stuurgroep wordt voorgezeten door Lieke Damsma, wethouder Wonen van Ede, die in die rol Wouter Brink (Breda) opvolgde.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("Secretaris van de pijler is Lieke Damsma, die deze taak op 1 april 2024 heeft overgenomen van Wouter Brink.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("Het bestuur dankt Wouter Brink, die de stichting jaren heeft voorgezeten. Zijn opvolger, Lieke Damsma, is wethouder in Ede.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("Afscheid van Wouter Brink, die de themagroep verlaat; hij wordt als vertegenwoordiger van Ede opgevolgd door "
     "zijn collega-wethouder Lieke Damsma.", [("Lieke Damsma", "Wouter Brink")]),
    ("Lieke Damsma is wethouder in Ede. Zij is sinds maart 2021 voorzitter; daarvoor werd de themagroep geleid door "
     "Wouter Brink uit Leiden.", [("Lieke Damsma", "Wouter Brink")]),
])
def test_succession_with_words_between(text, expected):
    assert successions(text) == expected, successions(text)


@pytest.mark.parametrize("text", [
    "Wouter Brink werd na de zomer niet opgevolgd door Lieke Damsma.",
    "Wouter Brink wordt volgend jaar misschien opgevolgd door Lieke Damsma.",
    "Tot mei was de directeur van het bureau onbekend; hij werd opgevolgd door Lieke Damsma.",
    "Wouter Brink volgde op 1 maart 2023 zijn collega Lieke Damsma naar Den Haag.",
    "Het bestuur dankt Wouter Brink. Zijn collega, Lieke Damsma, is wethouder in Ede.",
    "Lieke Damsma, wethouder Wonen van Ede, die in die rol het werk van Wouter Brink volgt.",
    "Lieke Damsma opende het overleg; daarvoor werd de themagroep geleid door Wouter Brink.",
])
def test_no_succession_without_its_words(text):
    assert successions(text) == [], successions(text)


def test_the_one_succeeded_led_only_what_the_relative_clause_names():
    # round 45b: "…, die het programma leidde" gave the predecessor the successor's post at the bureau too
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    from graph.markup import markdown_text

    text = markdown_text("# Programma Samen Sterk\n\n- **Programmamanager:** Rutger Hol (G40-secretariaat), sinds 1 maart 2024. "
            "Hij volgde Marieke Verhulst op, die het programma in de opstartfase leidde.\n")
    roles = sorted((r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-05-01").relations
                   if r.predicate == "hasRole" and r.subject.text == "Marieke Verhulst")
    assert roles == [("Programma Samen Sterk", "programmamanager")], roles


# round 45e: the one succeeded described or titled ("haar Zwolse collega", "prof. dr."), the pronoun of a
# sentence that itself opens with a time ("Sinds mei is zij trekker. Zij volgde daarin X op"), an office
# taken over after an apposition or relative clause of the successor, and a unit's name with a bracket
@pytest.mark.parametrize("text, expected", [
    ("Wethouder Lieke Damsma zit namens Ede in de pijler; sinds mei 2024 is zij vicevoorzitter van die pijler. "
     "Zij volgde in die functie haar Zwolse collega Wouter Brink op.", [("Lieke Damsma", "Wouter Brink")]),
    ("Lieke Damsma wordt per 1 maart wetenschappelijk directeur; zij volgt in die functie prof. dr. Wouter Brink op.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("Lieke Damsma is sinds 2022 wethouder van Ede. Sinds mei 2024 is zij trekker van de themagroep Wonen. "
     "Zij volgde daarin Wouter Brink (Breda) op.", [("Lieke Damsma", "Wouter Brink")]),
    ("Mevrouw Damsma, die lang burgemeester was en al als lid in de stuurgroep zat, neemt het voorzitterschap "
     "van de heer Brink over.", [("Damsma", "Brink")]),
    ("- Opdrachtgever: Lieke Damsma, secretaris van de pijler, die de rol in oktober 2024 overnam van Wouter Brink.",
     [("Lieke Damsma", "Wouter Brink")]),
    ("Lieke Damsma (Ede) neemt per 1 mei het trekkerschap van de themagroep Klimaat (pijler Fysiek) over van "
     "Wouter Brink.", [("Lieke Damsma", "Wouter Brink")]),
])
def test_succession_after_descriptions_and_asides(text, expected):
    assert successions(text) == expected, successions(text)


@pytest.mark.parametrize("text", [
    "Lieke Damsma is wethouder. Sinds mei 2024 is zij trekker. Zij volgde daarin het advies van Wouter Brink op.",
    "Lieke Damsma is wethouder.\n\nSinds mei 2024 is zij trekker. Zij volgde daarin Wouter Brink op.",
    "Lieke Damsma, secretaris van de pijler, nam de rol in oktober niet over van Wouter Brink.",
])
def test_no_succession_from_a_far_or_denied_handover(text):
    assert successions(text) == [], successions(text)
