"""Round 37x: entities that were not recognised (or under a wrong name), so that no relation could be made."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve
from tests.extract_facts import facts


def _labels(text: str, kind: str | None = None) -> set[str]:
    """The labels of the entities ``text`` mentions (of type ``kind``), as the graph writes them."""
    gazetteer = load_gazetteer()
    extraction = extract("t", text, gazetteer=gazetteer, date="2024-06-01")
    resolution = resolve([extraction], gazetteer)
    return {entity.label for entity in resolution.entities.values() if kind is None or entity.type == kind}


# --- a listed body that names itself: "- Programmaraad Regio Deals: …" after "de volgende overleggen:" ---------

SEATS = ("De G40 is in 2024 vertegenwoordigd geweest in de volgende overleggen:\n\n"
         "- Programmaraad Regio Deals: vicevoorzitter Oosterhuis.\n"
         "- Kwartaaloverleg Stedelijke Netwerken: de G40 overlegt met de G4.\n"
         "- Landelijke Stuurgroep Aanpak Geldzorgen: pijlervoorzitter Nijboer.\n"
         "- VNG-bestuur: voorzitter Wolters-Bos.\n")


def test_listed_body_keeps_its_own_name():
    labels = _labels(SEATS, "OrganisationalUnit")
    for name in ("Programmaraad Regio Deals", "Kwartaaloverleg Stedelijke Netwerken",
                 "Landelijke Stuurgroep Aanpak Geldzorgen", "VNG-bestuur"):
        assert name in labels, labels
    assert not any(label.startswith("Overleg ") for label in labels), labels


def test_owner_takes_part_in_the_bodies_it_has_a_seat_in():
    found = facts(SEATS)
    assert ("G40", "participatesIn", "Programmaraad Regio Deals", None) in found, found
    assert ("G40", "participatesIn", "VNG-bestuur", None) in found, found
    assert not any(f[1] == "partOf" for f in found), found


def test_listed_plain_names_still_get_the_announced_kind():
    text = "De pijler Sociaal kent de volgende themagroepen:\n\n- Armoede en Schulden\n- Jeugd\n"
    labels = _labels(text, "OrganisationalUnit")
    assert {"Themagroep Armoede en Schulden", "Themagroep Jeugd"} <= labels, labels
    found = facts(text)
    assert ("Themagroep Jeugd", "partOf", "Pijler Sociaal", None) in found, found


# --- a column of persons: "| Naam |", "| Bestuurder |", "| Contactpersoon |" ------------------------------

MEMBERS = ("De volgende steden doen mee in de Themagroep Mobiliteit:\n\n"
           "| Stad | Bestuurder | Sinds |\n|---|---|---|\n"
           "| Almere | Anjali Ramautar | 2022 |\n"
           "| Apeldoorn | Tijmen Hazeleger | 2021 |\n")


def test_person_in_a_column_of_persons_whatever_the_given_name():
    assert "Tijmen Hazeleger" in _labels(MEMBERS, "Person")
    found = facts(MEMBERS)
    assert ("Tijmen Hazeleger", "affiliatedWith", "Apeldoorn", None) in found, found


def test_person_cell_ends_before_its_apposition_and_repeats_later():
    text = ("| Stakeholder | Contactpersoon |\n|---|---|\n"
            "| VNG | Hatice Demir, adviseur |\n"
            "| BZK | Olav Brinkman-Tjon, senior beleidsmedewerker |\n\n"
            "Olav Brinkman-Tjon sprak daarna met de VNG.")
    mentions = extract("t", text, gazetteer=load_gazetteer()).mentions
    assert [m.text for m in mentions if m.text.startswith("Olav")] == ["Olav Brinkman-Tjon", "Olav Brinkman-Tjon"]


def test_column_without_a_recognised_person_names_no_one():
    text = ("| Naam | Type |\n|---|---|\n"
            "| Woonstichting Vivare | corporatie |\n| Rentree Wonen | corporatie |\n")
    assert not _labels(text, "Person")


def test_person_column_cell_that_is_no_name():
    text = ("| Stakeholder | Contactpersoon |\n|---|---|\n"
            "| VNG | Hatice Demir |\n| Politie | via de pilotsteden |\n| Divosa | Gemeente Breda |\n")
    assert _labels(text, "Person") == {"Hatice Demir"}


# --- the bodies of the criminal-justice and safety chain, and an abbreviation with its region ---------------

def test_regional_centre_named_after_its_province():
    found = facts("Heerlen werkt in de wijkaanpak samen met het RIEC Limburg.")
    assert ("Heerlen", "collaboratesWith", "RIEC Limburg", None) in found, found
    assert not any("Limburg" == f[2] for f in found), found


def test_safety_chain_bodies_are_organisations():
    labels = _labels("Met de Politieacademie en het Openbaar Ministerie zijn gesprekken gevoerd.", "Organisation")
    assert {"Politieacademie", "Openbaar Ministerie"} <= labels, labels


def test_word_om_in_a_title_in_capitals_is_no_body():
    assert not _labels("SAMEN OM TAFEL\n\nBreda en Ede werken samen.", "Organisation")


def test_abbreviation_before_a_province_and_another_name_stays_apart():
    labels = _labels("Het IPO Limburg Breda overleg.")
    assert "IPO" in labels, labels


# --- a unit's name ends before the sentence goes on: "Bij de Pijler Fysiek trad wethouder X terug" -----------

def test_unit_name_ends_before_a_strong_past_verb():
    text = "Bij de Pijler Fysiek trad wethouder Dennis Ogbonna (Ede) in maart terug als pijlervoorzitter."
    assert "Pijler Fysiek" in _labels(text, "OrganisationalUnit")
    assert not any("trad" in label for label in _labels(text)), _labels(text)


def test_unit_name_ends_before_a_role_word_and_its_person():
    text = "Bij de Pijler Fysiek schoof wethouder Jan Smit uit Ede aan."
    labels = _labels(text, "OrganisationalUnit")
    assert labels == {"Pijler Fysiek"}, labels


def test_sentence_case_unit_name_keeps_its_lower_case_words():
    text = "Jan Smit is trekker van de Themagroep MKB en economische vernieuwing."
    assert "Themagroep MKB en economische vernieuwing" in _labels(text, "OrganisationalUnit")


# --- a body's name and its abbreviation: "Dagelijks Bestuur (DB)", "Ambtelijke Adviescommissie (AAC)" ----------

BODIES = ("De Ambtelijke Adviescommissie (AAC) adviseert het Dagelijks Bestuur (DB). "
          "Voorzitter van de AAC is Floor Gerritsen, gemeentesecretaris van Zoetermeer.")


def test_body_named_with_its_abbreviation_is_a_unit():
    labels = _labels(BODIES, "OrganisationalUnit")
    assert {"Ambtelijke Adviescommissie", "Dagelijks Bestuur"} <= labels, labels
    assert not _labels(BODIES, "Organisation"), _labels(BODIES, "Organisation")
    found = facts(BODIES)
    assert ("Floor Gerritsen", "hasRole", "Ambtelijke Adviescommissie", "voorzitter") in found, found


def test_organisation_named_with_its_abbreviation_stays_an_organisation():
    text = "De Stichting Woonwijzer Nederland (SWN) werkt samen met Breda. Het SWN helpt huurders."
    assert "Stichting Woonwijzer Nederland" in _labels(text, "Organisation")


def test_abbreviation_of_other_letters_is_no_name_of_the_body():
    text = "Het Algemeen Bestuur (AAC) vergaderde in Breda."
    assert "Algemeen Bestuur" not in _labels(text)


def test_board_table_gives_the_town_of_each_person_not_a_member():
    text = ("2.2 Dagelijks Bestuur\n\nHet Dagelijks Bestuur (DB) bereidt de vergaderingen voor. "
            "Op 31 december was het DB als volgt samengesteld:\n\n"
            "| Naam | Functie in het DB | Gemeente | Sinds |\n|---|---|---|---|\n"
            "| Martijn Oosterhuis | vicevoorzitter | Apeldoorn | 2023 |\n")
    found = facts(text, date="2024-12-31")
    assert ("Martijn Oosterhuis", "hasRole", "Dagelijks Bestuur", "vicevoorzitter") in found, found
    assert ("Apeldoorn", "participatesIn", "Dagelijks Bestuur", None) not in found, found


# --- the field of a project card that names the project: "Projectnaam: Werkplaats Vakmanschap Noord (WVN)" -----

def test_name_in_a_project_name_field_is_a_project():
    text = ("PROJECTFICHE\n\nProjectnaam:      Werkplaats Vakmanschap Noord (WVN)\nLooptijd:  2024 – 2026\n\n"
            "Joost Ekkelkamp, projectleider WVN")
    assert "Werkplaats Vakmanschap Noord" in _labels(text, "Programme")
    assert not _labels(text, "Organisation"), _labels(text, "Organisation")


def test_name_in_another_field_stays_an_organisation():
    text = "Uitvoering:  Werkplaats Vakmanschap Noord (WVN)\n\nDe WVN werkt samen met Breda."
    assert "Werkplaats Vakmanschap Noord" in _labels(text, "Organisation")


# --- the units named beside the one a sentence counts: "een van de vier themagroepen …, naast A, B en C" -------

def test_units_named_beside_the_counted_one_belong_to_the_owner():
    text = ("De Themagroep Mobiliteit is een van de vier themagroepen van de G40 Pijler Fysiek, "
            "naast Wonen, Ruimte en Klimaatadaptatie.")
    found = facts(text)
    for name in ("Themagroep Wonen", "Themagroep Ruimte", "Themagroep Klimaatadaptatie"):
        assert (name, "partOf", "Pijler Fysiek", None) in found, found


def test_units_named_beside_without_an_owner_belong_to_nothing():
    text = "De Themagroep Mobiliteit is een van de drie themagroepen, naast Wonen en Ruimte."
    assert {"Themagroep Wonen", "Themagroep Ruimte"} <= _labels(text, "OrganisationalUnit")
    assert not any(f[1] == "partOf" and f[2] == "Themagroep Mobiliteit" for f in facts(text))


def test_names_beside_another_count_are_no_units():
    text = "De Themagroep Mobiliteit is een van de vier themagroepen van de pijler, naast Wonen en Ruimte."
    assert "Themagroep Wonen" not in _labels(text)


def test_towns_beside_a_count_of_towns_are_no_units():
    text = "Breda is een van de vier steden van de City Deal, naast Tilburg, Delft en Ede."
    assert not _labels(text, "OrganisationalUnit")


# --- "als" before a bare noun is the preposition of a role, not a conjunction that ends a name -----------------

def test_name_after_als_with_a_bare_noun_keeps_its_listed_words():
    text = ("Enschede heeft het project aangemeld als voorbeeldproject bij de G40 Themagroep Sterke keten van "
            "leren, werken en ondernemen. De themagroep deelt de resultaten.")
    assert "Themagroep Sterke keten van leren, werken en ondernemen" in _labels(text, "OrganisationalUnit")


def test_verb_of_a_clause_after_als_still_ends_a_name():
    text = "Breda stopt als de gemeente de themagroep Wonen verlaten, en Ede volgt."
    assert not any("verlaten" in label for label in _labels(text)), _labels(text)


# --- the regional development companies (ROMs) --------------------------------------------------------------

def test_regional_development_companies_are_organisations():
    text = "Gemeenten dienen een aanvraag in met een regionale ontwikkelingsmaatschappij, zoals Oost NL of de BOM."
    assert {"Oost NL", "BOM"} <= _labels(text, "Organisation"), _labels(text)


def test_development_company_by_its_full_name_is_one_organisation():
    text = "De N.V. Oost-Nederlandse Ontwikkelingsmaatschappij (Oost NL) tekent de overeenkomst met Enschede."
    assert _labels(text, "Organisation") == {"Oost NL"}, _labels(text)


# --- initials and a surname that open a line, with the body they come from: "J.W. Muskens, IPO" ---------------

def test_initials_and_surname_with_their_organisation_on_a_line():
    text = "Begeleidingscommissie\nKoen Wuyts, wethouder Breda (voorzitter)\nJ.W. Muskens, IPO\nR. Stam, gemeente Delft\n"
    labels = _labels(text, "Person")
    assert {"J.W. Muskens", "R. Stam"} <= labels, labels
    found = facts(text)
    assert ("J.W. Muskens", "affiliatedWith", "IPO", None) in found, found


def test_initials_in_running_text_before_an_organisation_are_no_person():
    text = "Zie bijlage B. Kosten, IPO en VNG betalen elk de helft."
    assert not _labels(text, "Person")


# --- a body of an organisation written out in full: "het bureau van het Stedennetwerk G40" -------------------

def test_body_of_an_organisation_by_its_full_name_is_the_short_named_body():
    text = ("Het bureau van het Stedennetwerk G40 ondersteunt de pijlers. "
            "Marloes Verhagen is directeur van het G40-bureau.")
    labels = _labels(text, "OrganisationalUnit")
    assert labels == {"G40-bureau"}, labels


# --- a verb before a subject pronoun is no name word: "de Hervormingsagenda Jeugd en voeren zij …" ---------------

def test_name_ends_before_an_inverted_clause():
    text = "Zij zetten zich in voor de Hervormingsagenda Jeugd en voeren zij namens de G40 het overleg."
    assert "Hervormingsagenda Jeugd" in _labels(text, "Programme"), _labels(text)


def test_sentence_case_name_goes_on_without_a_pronoun():
    text = "Ede trekt de themagroep Cultuur en erfgoed."
    assert "Themagroep Cultuur en erfgoed" in _labels(text, "OrganisationalUnit"), _labels(text)


# --- an abbreviation's regional body: "UWV Werkbedrijf Twente" -----------------------------------------------

def test_regional_body_of_an_abbreviation_is_one_organisation():
    labels = _labels("UWV Werkbedrijf Twente brengt kandidaten in bij Enschede.", "Organisation")
    assert labels == {"UWV Werkbedrijf Twente"}, labels


def test_abbreviation_before_a_body_and_a_person_stays_apart():
    for text in ("Het UWV Werkbedrijf Jan Smit sprak.", "Namens het UWV Werkbedrijf sprak Jan."):
        assert not any(label.endswith("Jan") for label in _labels(text, "Organisation")), _labels(text)
