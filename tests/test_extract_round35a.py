"""Round 35a: participation where both sides are named, read from layout (tables, lists, sessions)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _participants(text: str, programme: str) -> set[str]:
    return {f[0] for f in facts(text) if f[1] == "participatesIn" and f[2] == programme}


# --- a table of who receives the programme's money ---------------------------------------------

_PAID = ("Twaalf steden krijgen geld\n\n"
         "Het geld komt uit de nieuwe Impulsregeling Groene Wijken van het ministerie.\n\n"
         "Verdeling\n\n"
         "{lead}\n\n"
         "| Gemeente | Wijk | Bijdrage |\n|---|---|---|\n"
         "| Almelo | Kerkelanden | € 2,6 miljoen |\n| Venlo | Venlo-Oost | € 2,8 miljoen |\n")


@pytest.mark.parametrize("lead", [
    "De volgende twaalf steden ontvangen een bijdrage voor de periode 2025–2027:",
    "Deze gemeenten krijgen een rijksbijdrage:",
    "In de eerste tranche gaan de bijdragen naar:",
])
def test_table_of_towns_that_receive_the_programme_money(lead):
    found = _participants(_PAID.format(lead=lead), "Impulsregeling Groene Wijken")
    assert found == {"Almelo", "Venlo"}, found


@pytest.mark.parametrize("lead", [
    "De volgende steden ontvangen geen bijdrage:",  # denied
    "De bijdragen per gemeente:",  # says who gets how much of what, not that they take part
])
def test_table_after_another_lead_in_states_no_participation(lead):
    assert _participants(_PAID.format(lead=lead), "Impulsregeling Groene Wijken") == set()


def test_recipients_of_an_unnamed_programme_when_the_text_names_two():
    text = _PAID.format(lead="De volgende steden ontvangen een bijdrage:").replace(
        "van het ministerie.", "en het Nationaal Isolatieprogramma.")
    assert not any(f[1] == "participatesIn" for f in facts(text))


def test_list_of_towns_that_receive_the_programme_money():
    text = ("Nieuws\n\nDe Regio Deal Twente helpt de regio vooruit.\n\nDe volgende gemeenten krijgen een bijdrage:\n\n"
            "- Gemeente Almelo\n- Gemeente Hengelo\n")
    assert _participants(text, "Regio Deal Twente") == {"Almelo", "Hengelo"}


# --- the leaders of a conference's workshops take part in the conference ---------------------------

_WORKSHOPS = ("Verslag werkconferentie Sterke Wijken\n\n"
              "Op 3 oktober kwamen 150 deelnemers bijeen in Zwolle.\n\n"
              "In de middag konden de deelnemers kiezen uit {lead}\n\n"
              "- Wonen in de wijk – onder leiding van Eva Smit (gemeente Ede) en Jan de Kok (gemeente Breda).\n"
              "- Jongeren en werk – verzorgd door Anna de Vries, beleidsadviseur bij de gemeente Delft.\n")


def test_workshop_leaders_take_part_in_the_session_and_the_conference():
    found = facts(_WORKSHOPS.format(lead="drie workshops:"))
    for person, session in (("Eva Smit", "Wonen in de wijk"), ("Jan de Kok", "Wonen in de wijk"),
                            ("Anna de Vries", "Jongeren en werk")):
        assert (person, "participatesIn", session, None) in found, found
        assert (person, "participatesIn", "Sterke Wijken", None) in found, found


def test_workshop_places_do_not_take_part():
    found = facts(_WORKSHOPS.format(lead="drie workshops:"))
    assert not any(f[0] in ("Ede", "Breda", "Delft") and f[1] == "participatesIn" for f in found), found


def test_items_without_a_sessions_lead_in_are_no_sessions():
    found = facts(_WORKSHOPS.format(lead="drie thema's."))
    assert not any(f[0] in ("Eva Smit", "Anna de Vries") and f[1] == "participatesIn" for f in found), found


# --- a newsletter sent as a mail: its title is the first heading after the header block ------------

_NEWSLETTER = ("Van: Secretariaat Taskforce Wonen en Zorg <taskforce@g40stedennetwerk.nl>\n"
               "Aan: leden Taskforce Wonen en Zorg\n"
               "Onderwerp: Nieuwsbrief – maart 2025\n\n"
               "{title}\n\n"
               "Beste leden,\n\nIn deze nieuwsbrief leest u wie er bij zijn gekomen.\n\n"
               "{heading}\n\n"
               "- Sanne de Groot, wethouder Wonen, Ede\n"
               "- Pieter Jansen, beleidsadviseur, gemeente Venlo\n")


def test_new_members_of_the_unit_a_mailed_newsletter_is_about():
    found = _participants(_NEWSLETTER.format(title="Nieuwsbrief G40 Taskforce Wonen en Zorg", heading="Nieuwe leden"),
                          "Taskforce Wonen en Zorg")
    assert found == {"Sanne de Groot", "Pieter Jansen"}, found


def test_members_who_left_are_no_members():
    found = _participants(_NEWSLETTER.format(title="Nieuwsbrief G40 Taskforce Wonen en Zorg", heading="Vertrokken"),
                          "Taskforce Wonen en Zorg")
    assert found == set(), found


def test_a_mail_without_a_title_heading_has_no_subject_for_its_lists():
    found = _participants(_NEWSLETTER.format(title="Hierbij de nieuwsbrief van deze maand.", heading="Nieuwe leden"),
                          "Taskforce Wonen en Zorg")
    assert found == set(), found


def test_new_members_under_a_title_that_names_the_unit():
    text = "Werkgroep Dakloosheid – jaarverslag 2024\n\nNieuwe leden\n\n- Gemeente Breda\n- Gemeente Ede\n"
    assert _participants(text, "Werkgroep Dakloosheid") == {"Breda", "Ede"}


# --- a card's field in the singular: "Kennispartner: X" ------------------------------------------

@pytest.mark.parametrize("label", ["Kennispartner", "Partner", "Uitvoeringspartner"])
def test_singular_partner_field_of_a_programme_page(label):
    text = (f"City Deal Slimme Wijk\n\nOrganisatie\n\n• Penvoerder: gemeente Breda\n\n"
            f"• {label}: Platform31 ondersteunt de steden met kennis.\n")
    assert "Platform31" in _participants(text, "City Deal Slimme Wijk")


def test_a_former_partner_field_states_nothing():
    text = "City Deal Slimme Wijk\n\nOrganisatie\n\n• Voormalig kennispartner: Platform31\n"
    assert "Platform31" not in _participants(text, "City Deal Slimme Wijk")


# --- becoming a member: the perfect and the present of "lid worden" ----------------------------------

@pytest.mark.parametrize("text", [
    "Per 1 juli 2022 is Amstelveen lid geworden van het Stedennetwerk G40.",
    "Amstelveen wordt per 1 januari lid van de G40.",
])
def test_becoming_a_member(text):
    assert ("Amstelveen", "participatesIn", "G40", None) in facts(text)


@pytest.mark.parametrize("text", [
    "Amstelveen wordt geen lid van de G40.",
    "Amstelveen is nog niet lid geworden van de G40.",
])
def test_not_becoming_a_member(text):
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- a relative clause of a programme that says who work in it -------------------------------------

@pytest.mark.parametrize("text", [
    "Eva Smit vertelt over de Green Deal Circulair Bouwen, waarin Haarlem samenwerkt met Rijkswaterstaat.",
    "Eva Smit vertelt over de Green Deal Circulair Bouwen, waarin Haarlem en Zaanstad samenwerken.",
    "Er is een werkgroep Circulair Bouwen, waarin Haarlem sinds 2022 deelneemt.",
])
def test_who_works_in_the_programme_a_relative_clause_names(text):
    found = {f[0] for f in facts(text) if f[1] == "participatesIn"}
    assert "Haarlem" in found and "Rijkswaterstaat" not in found, found


def test_a_denied_relative_clause_names_no_participant():
    text = "Eva Smit vertelt over de Green Deal Circulair Bouwen, waarin Haarlem niet meer samenwerkt met Zaanstad."
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- becoming a member in a subordinate clause, the verb last -------------------------------------

@pytest.mark.parametrize("text", [
    "Toen Alphen aan den Rijn in november 2014 lid werd van de G40, schoof de wethouder direct aan.",
    "De burgemeester vertelt dat Alphen aan den Rijn sinds 2014 lid is van de G40.",
])
def test_member_in_a_subordinate_clause(text):
    assert ("Alphen aan den Rijn", "participatesIn", "G40", None) in facts(text)


@pytest.mark.parametrize("text", [
    "Toen Alphen aan den Rijn geen lid werd van de G40, trok de wethouder zich terug.",
    # the relative clause is about the person: the town and the unit join nothing
    "De themagroep Jeugd wordt getrokken door wethouder Eva Smit uit Almere, die ook lid is van de G40.",
    # a body of the VNG, not the VNG
    "Almere is lid van de VNG-commissie Zorg, Jeugd en Onderwijs.",
])
def test_no_member_of_what_the_clause_does_not_join(text):
    found = facts(text)
    assert not any(f[1] == "participatesIn" and f[2] in ("G40", "VNG") and f[0] != "Eva Smit" for f in found), found


# --- a list item that ends in a semicolon or a full stop -------------------------------------------

def test_list_items_ending_in_a_semicolon():
    text = ("Regio Deal Twente\n\nAan regionale zijde zijn de partners:\n"
            "- de gemeenten Almelo en Hengelo;\n- Saxion Hogeschool;\n- Waterschap Vechtstromen.\n")
    found = _participants(text, "Regio Deal Twente")
    assert {"Almelo", "Hengelo", "Saxion", "Waterschap Vechtstromen"} <= found, found


def test_list_item_that_goes_on_after_the_name_states_nothing():
    text = "Regio Deal Twente\n\nAan regionale zijde zijn de partners:\n- Saxion Hogeschool wil later aansluiten.\n"
    assert not {"Saxion", "Saxion Hogeschool"} & _participants(text, "Regio Deal Twente")


# --- a name after the cue that nothing recognised is not the passage's programme --------------------

def test_taking_part_in_an_unrecognised_name_is_not_the_passage_programme():
    text = "De City Deal Zon loopt sinds 2021. Ede doet in Leiden mee aan de Fixbrigades."
    assert not any(f[2] == "City Deal Zon" for f in facts(text) if f[1] == "participatesIn")


@pytest.mark.parametrize("text", [
    "De City Deal Zon loopt sinds 2021. Ede doet mee aan de City Deal Zon.",
    "De City Deal Zon loopt sinds 2021. Ook Ede doet mee.",
    "De City Deal Zon loopt sinds 2021. Ede doet mee aan het programma.",
])
def test_taking_part_in_the_passage_programme(text):
    assert ("Ede", "participatesIn", "City Deal Zon", None) in facts(text)


@pytest.mark.parametrize("text", [
    _PAID.replace("Verdeling\n\n{lead}\n\n", "Welke steden ontvangen een bijdrage?\n\n"),
    _PAID.replace("{lead}", "Twee gemeenten ontvangen een bijdrage."),
])
def test_heading_or_count_of_who_receives_the_programme_money(text):
    assert _participants(text, "Impulsregeling Groene Wijken") == {"Almelo", "Venlo"}


def test_a_table_of_amounts_under_another_heading_states_no_participation():
    text = _PAID.replace("Verdeling\n\n{lead}\n\n", "Budget per gemeente\n\n")
    assert _participants(text, "Impulsregeling Groene Wijken") == set()


# --- a clause that leaves the verb of taking part out: ", namens X gedeputeerde Y" ------------------

def test_gapped_clause_on_behalf_of_another_body():
    text = ("Namens de provincie Gelderland neemt gedeputeerde Eva Smit deel aan de stuurgroep Regio Deal Zon, "
            "namens de provincie Overijssel gedeputeerde Jan de Kok.")
    found = facts(text)
    assert ("Jan de Kok", "participatesIn", "Stuurgroep Regio Deal Zon", None) in found, found
    assert not any(f[0] == "Overijssel" and f[1] == "participatesIn" for f in found), found


def test_a_clause_with_a_verb_of_its_own_is_no_gap():
    text = ("Namens de provincie Gelderland neemt gedeputeerde Eva Smit deel aan de stuurgroep Regio Deal Zon, "
            "namens de provincie Overijssel spreekt gedeputeerde Jan de Kok.")
    assert not any(f[0] == "Jan de Kok" and f[1] == "participatesIn" for f in facts(text))


# --- the last item of a numbered list is an item, not a numbered heading -----------------------------

@pytest.mark.parametrize("end", ["", "\nDe drie steden werken samen.\n"])
def test_last_item_of_a_numbered_member_list(end):
    text = "City Deal Slimme Wijk\n\nDeelnemers\n\n1. Gemeente Almelo\n2. Gemeente Deventer\n3. Gemeente Ede\n" + end
    assert _participants(text, "City Deal Slimme Wijk") == {"Almelo", "Deventer", "Ede"}


def test_a_numbered_heading_with_its_text_right_under_it_stays_a_heading():
    from graph.extract.sentences import split_sentences
    text = "Agenda\n\n1. Opening\n2. Mededelingen\n3. Regionale Werkcentra\nStand van zaken na de proeftuinen.\n"
    headings = [s.text for s in split_sentences(text) if s.is_heading]
    assert headings == ["Agenda", "Regionale Werkcentra"], headings


# --- chosen to take part: "geselecteerd voor" ---------------------------------------------------------

def test_selected_for_a_programme():
    found = facts("Almelo, Deventer en Enschede zijn in de eerste ronde geselecteerd voor de City Deal Slimme Wijk.")
    assert {f[0] for f in found if f[1] == "participatesIn" and f[2] == "City Deal Slimme Wijk"} == \
        {"Almelo", "Deventer", "Enschede"}, found


def test_not_selected_for_a_programme():
    found = facts("Almelo is niet geselecteerd voor de City Deal Slimme Wijk.")
    assert not any(f[1] == "participatesIn" for f in found), found


# --- more ways a page announces its list or table of participants --------------------------------

_DEAL = "City Deal Slimme Wijk\n\nOver de deal\n\n{lead}\n\n{body}"
_ITEMS = "- Gemeente Almelo\n- Gemeente Deventer\n"
_ROWS = "| Gemeente | Wijk |\n|---|---|\n| Almelo | Kerkelanden |\n| Deventer | Rivierenwijk |\n"


@pytest.mark.parametrize("lead,body", [
    ("Ondertekenaars", _ITEMS),
    ("Aan de deal werken mee:", _ITEMS),
    ("De deal is een samenwerking van:", _ITEMS),
    ("Betrokken partijen zijn:", _ITEMS),
    ("In onderstaande tabel staan de deelnemende gemeenten.", _ROWS),
    ("De tabel hieronder toont de partners van de deal.", _ROWS),
])
def test_announced_participants(lead, body):
    assert _participants(_DEAL.format(lead=lead, body=body), "City Deal Slimme Wijk") == {"Almelo", "Deventer"}


@pytest.mark.parametrize("lead,body", [
    ("In onderstaande tabel staan de gemeenten die niet meedoen.", _ROWS),
    ("In onderstaande tabel staan de woningen per gemeente.", _ROWS),
    ("Aan de deal werken niet mee:", _ITEMS),
])
def test_other_lines_before_a_list_or_table_announce_no_participants(lead, body):
    assert _participants(_DEAL.format(lead=lead, body=body), "City Deal Slimme Wijk") == set()


# --- the subject of a sentence distributed over its coordinated members ----------------------------

@pytest.mark.parametrize("text", [
    "De gemeenten Almelo en Deventer zijn actief in de City Deal Slimme Wijk.",
    "Almelo is samen met Deventer partner in de City Deal Slimme Wijk.",
])
def test_each_member_of_a_coordinated_subject_takes_part(text):
    assert _participants(text, "City Deal Slimme Wijk") == {"Almelo", "Deventer"}


def test_a_person_and_the_town_after_her_are_no_coordinated_subject():
    found = _participants("Wethouder Eva Smit uit Almelo is actief in de City Deal Slimme Wijk.", "City Deal Slimme Wijk")
    assert found == {"Eva Smit"}, found


# --- joining the passage's programme in the perfect, without an object --------------------------

def test_joined_in_the_perfect_without_an_object():
    text = "De City Deal Slimme Wijk startte in 2021. Ook Deventer heeft zich in 2022 aangesloten."
    assert _participants(text, "City Deal Slimme Wijk") == {"Deventer"}


@pytest.mark.parametrize("second", ["Deventer heeft zich nog niet aangesloten.", "Deventer heeft de wijk aangesloten."])
def test_not_joined_in_the_perfect(second):
    assert _participants("De City Deal Slimme Wijk startte in 2021. " + second, "City Deal Slimme Wijk") == set()


# --- the examples a count of participants names: ", waaronder A en B" -------------------------------

@pytest.mark.parametrize("text", [
    "Aan de City Deal Slimme Wijk nemen twaalf gemeenten deel, waaronder Almelo en Deventer.",
    "De City Deal Slimme Wijk telt twaalf deelnemers, waaronder Almelo en Deventer.",
    "De City Deal Slimme Wijk heeft twaalf deelnemende gemeenten, onder wie Almelo en Deventer.",
    "De City Deal Slimme Wijk startte in 2021. Inmiddels zijn twaalf gemeenten aangesloten, waaronder Almelo en Deventer.",
])
def test_examples_of_the_participants(text):
    assert _participants(text, "City Deal Slimme Wijk") == {"Almelo", "Deventer"}


@pytest.mark.parametrize("text", [
    "De City Deal Slimme Wijk startte in 2021. De provincie Overijssel telt 25 gemeenten, waaronder Almelo en Deventer.",
    "De City Deal Slimme Wijk startte in 2021. Er zijn nog geen gemeenten aangesloten, waaronder Almelo.",
    "De minister bezocht voor de City Deal Slimme Wijk twaalf gemeenten, waaronder Almelo en Deventer.",
])
def test_examples_of_another_group(text):
    assert _participants(text, "City Deal Slimme Wijk") == set()


# --- a plural copula after a list of persons gives the role to each -------------------------------

@pytest.mark.parametrize("text,holders", [
    ("Anouk Bruins en Jorien Lubbers zijn lid van de themagroep Jeugd.", {"Anouk Bruins", "Jorien Lubbers"}),
    ("Anouk Bruins en Jorien Lubbers zijn, net als Eva Bosch, lid van de themagroep Jeugd.",
     {"Anouk Bruins", "Jorien Lubbers", "Eva Bosch"}),
])
def test_plural_copula_gives_each_person_the_role(text, holders):
    found = {f[0] for f in facts(text) if f[1] == "hasRole" and f[2] == "Themagroep Jeugd" and f[3] == "lid"}
    assert found == holders, facts(text)


@pytest.mark.parametrize("text", [
    "Anouk Bruins en Jorien Lubbers zijn geen lid van de themagroep Jeugd.",
    "Anouk Bruins sprak met Jorien Lubbers en Eva Bosch; zij waren het eens over de themagroep Jeugd.",
])
def test_no_role_without_a_plural_copula_of_the_role(text):
    assert not any(f[1] == "hasRole" and f[0] == "Anouk Bruins" for f in facts(text))


def test_towns_and_the_aside_after_the_verb_are_members():
    found = {f[0] for f in facts("Almelo en Deventer zijn, net als Ede, lid van de G40.") if f[1] == "participatesIn"}
    assert found == {"Almelo", "Deventer", "Ede"}, found


def test_towns_and_the_aside_that_are_no_members():
    assert not any(f[1] == "participatesIn" for f in facts("Almelo en Deventer zijn, net als Ede, geen lid van de G40."))


# --- represented in a body: the body before the person, not one of an apposition after them ----------

def test_represented_in_the_programme_by_a_person_with_an_apposition():
    text = ("In de begeleidingscommissie van de City Deal Zon wordt de G40 vertegenwoordigd door Jesse Hazelhoff, "
            "programmamanager bij het G40-bureau.")
    found = facts(text)
    assert ("Jesse Hazelhoff", "participatesIn", "City Deal Zon", None) in found, found


# --- a programme page's staff fields: "Programmadirecteur: X" ----------------------------------------

def test_programme_director_field():
    text = "City Deal Zon\n\nOrganisatie\n\n• Programmadirecteur: Marcel Timmermans, ministerie van BZK\n"
    assert ("Marcel Timmermans", "hasRole", "City Deal Zon", "programmadirecteur") in facts(text)


def test_a_former_programme_director_field_states_no_role():
    text = "City Deal Zon\n\nOrganisatie\n\n• Voormalig programmadirecteur: Marcel Timmermans\n"
    assert not any(f[1] == "hasRole" for f in facts(text))


# --- a bracket after a member of a coordinated subject ---------------------------------------------

def test_a_bracket_after_a_member_does_not_end_the_subject():
    text = "Almelo (3 miljoen euro) en Deventer (2 miljoen euro) ontvangen een bijdrage uit de Impulsregeling Groene Wijken."
    assert _participants(text, "Impulsregeling Groene Wijken") == {"Almelo", "Deventer"}


def test_a_bracket_before_a_prepositional_phrase_adds_no_member():
    text = "Almelo (3 miljoen euro) ontvangt samen met Deventer een bijdrage uit de Impulsregeling Groene Wijken."
    assert "Almelo" in _participants(text, "Impulsregeling Groene Wijken")


def test_members_of_an_unnamed_body_are_no_participants_of_the_programme_named_before():
    text = ("Nieuws\n\nDe Regio Deal Twente helpt de regio.\n\nDe stuurgroep bestaat uit:\n\n"
            "- Eva Smit (Almelo)\n- Jan de Kok (Hengelo)\n")
    assert _participants(text, "Regio Deal Twente") == set()


def test_deputy_programme_director_field():
    text = "City Deal Zon\n\nOrganisatie\n\n• Plaatsvervangend programmadirecteur: Sharon de Vries\n"
    assert ("Sharon de Vries", "hasRole", "City Deal Zon", "plaatsvervangend programmadirecteur") in facts(text)


@pytest.mark.parametrize("label", ["Contactpersoon G40", "Aanspreekpunt namens de VNG", "Contactpersoon"])
def test_contact_field_with_whose_contact_it_is(label):
    text = f"City Deal Zon\n\nOrganisatie\n\n• {label}: Lieke Brouwers, programmamanager bij het G40-bureau\n"
    assert ("Lieke Brouwers", "contactFor", "City Deal Zon", None) in facts(text)


def test_a_contact_field_of_a_former_contact_states_nothing():
    text = "City Deal Zon\n\nOrganisatie\n\n• Voormalig contactpersoon G40: Lieke Brouwers\n"
    assert not any(f[1] == "contactFor" for f in facts(text))
