"""Entity resolution (graph.resolve): keys, labels, one IRI across documents, no guessing."""

from __future__ import annotations

from graph.extract import extract
from graph.extract.model import Extraction, Mention
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve


def resolved(*texts: str, date: str = "2021-06-01"):
    gazetteer = load_gazetteer()
    extractions = [extract(f"d{n}", text, gazetteer=gazetteer, date=date) for n, text in enumerate(texts)]
    return resolve(extractions, gazetteer)


def keys_by_label(resolution) -> dict[str, str]:
    return {resolution.entities[k].label: k for k in set(resolution.mention_keys.values())}


def test_gazetteer_keys_and_labels():
    found = keys_by_label(resolved("Overleg in 's-Gravenhage met het ministerie van Economische Zaken en Klimaat, "
                                   "de Vereniging van Nederlandse Gemeenten en de provincie Limburg."))
    assert found == {"Den Haag": "municipality/gm0518", "EZK": "ministry/mnre1045", "VNG": "organisation/vng",
                     "Limburg": "province/pv31"}


def test_ministry_label_is_the_current_name_period():
    resolution = resolved("Overleg met EZ.", date="2025-01-01")
    assert keys_by_label(resolution) == {"EZK": "ministry/mnre1045"}
    entity = resolution.entities["ministry/mnre1045"]
    assert entity.alt_labels == ("EZ",)  # the surface form; the reference graph holds the other names


def test_a_reference_by_a_common_noun_is_no_name_of_the_entity():
    resolution = resolved("Breda werkt samen met het ministerie van EZK. Het ministerie steunt de aanpak van de stad.",
                          date="2021-06-01")
    assert resolution.mention_keys[("d0", 46, 60)] == "ministry/mnre1045"  # "Het ministerie" still resolves to EZK …
    assert resolution.entities["ministry/mnre1045"].alt_labels == ()  # … but is none of its names


def test_one_entity_across_documents_and_spellings():
    resolution = resolved("De G40 startte de Citydeal Schone Lucht met het Ministerie van EZK.",
                          "De City Deal Schone Lucht kreeg steun van Economische Zaken en Klimaat.",
                          "Pijler Zorg en Welzijn en de pijler Zorg en Welzijn.")
    found = keys_by_label(resolution)
    assert found["City Deal Schone Lucht"] == "programme/city-deal-schone-lucht"
    assert found["EZK"] == "ministry/mnre1045"
    assert found["Pijler Zorg en Welzijn"] == "unit/pijler-zorg-en-welzijn"
    assert len([k for k in found.values() if k.startswith("programme/")]) == 1
    assert resolution.entities["unit/pijler-zorg-en-welzijn"].subtype == "pijler"
    assert resolution.entities["programme/city-deal-schone-lucht"].subtype == "citydeal"


def test_citydeal_and_campaign_of_the_same_name_stay_apart():
    found = keys_by_label(resolved("De bewustwordingscampagne 'Slim en Schoon' en de City Deal 'Slim en Schoon' zijn twee dingen."))
    assert found["Slim en Schoon"] == "programme/slim-en-schoon"
    assert found["City Deal Slim en Schoon"] == "programme/city-deal-slim-en-schoon"


def test_surname_joins_the_one_full_name():
    found = keys_by_label(resolved("Wouter Kramer sprak. Later zei minister Kramer meer."))
    assert found == {"Wouter Kramer": "person/wouter-kramer"}


def test_a_title_and_surname_alone_do_not_join_a_person_of_another_document():
    """Walkthrough 38d: "Minister Kramer" in one document says too little to be the Wouter Kramer
    another names (it was joined before, a guess from a surname alone); the same document's full
    name, or a body both are tied to, does join."""
    found = keys_by_label(resolved("Wouter Kramer sprak in Delft.", "Minister Kramer kwam langs."))
    assert (found["Wouter Kramer"], found["Kramer"]) == ("person/wouter-kramer", "person/kramer")


def test_ambiguous_surname_is_reported_not_guessed():
    resolution = resolved("Wouter Kramer en Anna Kramer spraken. Toen kwam minister Kramer.")
    found = keys_by_label(resolution)
    assert found["Kramer"] == "person/kramer"
    assert resolution.ambiguous and "Kramer" in resolution.ambiguous[0]


def test_fullest_label_wins_and_the_rest_are_alternatives():
    gazetteer = load_gazetteer()
    mentions = [Mention(0, 13, "human capital", "Theme", "t", 1.0), Mention(20, 33, "Human Capital", "Theme", "t", 1.0)]
    resolution = resolve([Extraction("d", mentions=mentions)], gazetteer)
    entity = resolution.entities["theme/human-capital"]
    assert entity.label == "Human Capital" and entity.alt_labels == ("human capital",)


def test_an_unnamed_event_is_one_occurrence_per_document():
    resolution = resolved("Wethouder Piet Jansen van Breda sprak op de netwerkdag.",
                          "Aan de netwerkdag nam Gouda deel. Op de netwerkdag was het druk.",
                          "Zij sprak op het congres 'Stad van Morgen'.", "Het congres 'Stad van Morgen' begint.")
    events = sorted((key, e.label, e.alt_labels) for key, e in resolution.entities.items() if e.type == "Event")
    assert events == [("event/netwerkdag-d0", "netwerkdag", ("netwerkdag (d0)",)),
                      ("event/netwerkdag-d1", "netwerkdag", ("netwerkdag (d1)",)),
                      ("event/stad-van-morgen", "Stad van Morgen", ())]  # a named event is one across documents
    twice = [key for (doc, *_), key in resolution.mention_keys.items() if doc == "d1" and key.startswith("event/")]
    assert twice == ["event/netwerkdag-d1", "event/netwerkdag-d1"]
