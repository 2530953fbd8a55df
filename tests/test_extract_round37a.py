"""Round 37a: taking part and working together between entities already recognised."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- signing a Green Deal: the signers take part, they do not each work with the others ----------------

def test_green_deal_signers_take_part_without_pairwise_partnership():
    found = facts("Breda, Tilburg en Delft hebben de Green Deal Schone Lucht ondertekend.")
    for town in ("Breda", "Tilburg", "Delft"):
        assert (town, "participatesIn", "Green Deal Schone Lucht", None) in found, found
    assert not any(f[1] == "collaboratesWith" for f in found), found


@pytest.mark.parametrize("text", [
    "Breda, Tilburg en Delft hebben een samenwerkingsovereenkomst ondertekend.",
    "Breda en Tilburg hebben het convenant Schone Lucht getekend.",
])
def test_an_agreement_between_the_signers_is_still_a_partnership(text):
    assert ("Breda", "collaboratesWith", "Tilburg", None) in facts(text)


# --- a table's partner column beside the row's own town: the town's partner, no member ----------------

def test_partner_column_names_the_row_towns_partner():
    text = ("Regio Deal Oost\n\nDeelnemende steden\n\n| Pilotgemeente | Wijk | Partner |\n|---|---|---|\n"
            "| Almelo | Centrum | Saxion |\n| Hengelo | Noord | provincie Overijssel |\n")
    found = facts(text)
    assert ("Almelo", "collaboratesWith", "Saxion", None) in found, found
    assert ("Hengelo", "collaboratesWith", "Overijssel", None) in found, found
    assert ("Almelo", "participatesIn", "Regio Deal Oost", None) in found, found
    assert ("Saxion", "participatesIn", "Regio Deal Oost", None) not in found, found
    assert ("Overijssel", "participatesIn", "Regio Deal Oost", None) not in found, found


def test_partner_column_of_a_row_with_its_own_project_is_not_the_towns():
    text = ("Programma Vitale Wijken\n\nProjecten\n\n| Stad | Project | Partners |\n|---|---|---|\n"
            "| Almelo | Project Centrum Vooruit | Saxion |\n")
    assert ("Almelo", "collaboratesWith", "Saxion", None) not in facts(text)


def test_partner_table_without_a_town_column_keeps_its_members():
    text = ("City Deal Slimme Wijk\n\nPartners\n\n| Partner | Bijdrage |\n|---|---|\n"
            "| Gemeente Breda | kennis |\n| VNG | geld |\n")
    found = facts(text)
    assert ("VNG", "participatesIn", "City Deal Slimme Wijk", None) in found, found
    assert not any(f[1] == "collaboratesWith" for f in found), found


# --- a lead-in that counts who took part, in the past participle, names the programme they joined ------

def test_lead_in_with_past_participle_names_the_programme():
    text = ("Regeling Werklocaties\n\nWelke gemeenten hebben ervaring?\n\n"
            "In 2024 hebben twee G40-steden als pilotgemeente meegedaan aan de voorloper van de regeling, "
            "de Pilot Werklocaties.\n\n| Pilotgemeente | Werklocatie |\n|---|---|\n| Zaanstad | Hembrug |\n"
            "| Almelo | Twente-Noord |\n")
    found = facts(text)
    assert ("Zaanstad", "participatesIn", "Pilot Werklocaties", None) in found, found
    assert ("Almelo", "participatesIn", "Pilot Werklocaties", None) in found, found


def test_lead_in_that_denies_names_no_members():
    text = ("Regeling Werklocaties\n\nWelke gemeenten?\n\n"
            "In 2024 hebben twee G40-steden niet meegedaan aan de Pilot Werklocaties.\n\n"
            "| Pilotgemeente | Werklocatie |\n|---|---|\n| Zaanstad | Hembrug |\n| Almelo | Twente-Noord |\n")
    assert not any(f[2] == "Pilot Werklocaties" for f in facts(text))


# --- a heading that names the items as the towns trying the programme out -------------------------------

def test_pilot_towns_heading_makes_the_items_take_part():
    text = ("Programma Wijken Sterk\n\nPilotsteden\n\nVijf steden voeren in het programma een aanpak uit:\n\n"
            "- Schiedam (Nieuwland)\n- Arnhem (Malburgen)\n")
    found = facts(text)
    assert ("Schiedam", "participatesIn", "Programma Wijken Sterk", None) in found, found
    assert ("Arnhem", "participatesIn", "Programma Wijken Sterk", None) in found, found


def test_a_list_under_another_heading_states_no_membership():
    text = ("Programma Wijken Sterk\n\nBezochte steden\n\nWe bezochten:\n\n- Schiedam\n- Arnhem\n")
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- a town or province inside a body's name is no partner ------------------------------------------------

@pytest.mark.parametrize("text, partner", [
    ("Heerlen werkt samen met het RIEC Limburg.", "Limburg"),
    ("Platform31 werkt samen met Bureau Ruimte & Werk (Utrecht).", "Utrecht"),
    ("Heerlen werkt samen met Breda (Noord-Brabant).", "Noord-Brabant"),
])
def test_place_inside_an_unrecognised_name_is_no_partner(text, partner):
    assert not any(f[1] == "collaboratesWith" and f[2] == partner for f in facts(text)), facts(text)


@pytest.mark.parametrize("text, partner", [
    ("Heerlen werkt samen met de provincie Limburg.", "Limburg"),
    ("Heerlen werkt samen met Maastricht, Venlo en Roermond.", "Roermond"),
    ("Heerlen werkt samen met Breda en Zwolle.", "Zwolle"),
])
def test_a_place_named_as_partner_still_is_one(text, partner):
    assert ("Heerlen", "collaboratesWith", partner, None) in facts(text)


# --- a stakeholder table: a column of each row's part in the page's programme -------------------------------

STAKEHOLDERS = ("Programma Wijken Sterk\n\nStakeholders\n\n| Stakeholder | Rol in het programma | Contactpersoon |\n"
                "|---|---|---|\n| Ministerie van SZW | opdrachtgever en financier | Eva Smit, beleidsadviseur |\n"
                "| VNG | lid kernteam | Jan de Boer |\n| Divosa | uitgenodigd, nog geen toezegging | Piet Kok |\n")


def test_stakeholder_rows_take_part_in_the_programme():
    found = facts(STAKEHOLDERS)
    assert ("SZW", "participatesIn", "Programma Wijken Sterk", None) in found, found
    assert ("VNG", "participatesIn", "Programma Wijken Sterk", None) in found, found
    assert ("Jan de Boer", "affiliatedWith", "VNG", None) in found, found


def test_stakeholder_row_whose_part_is_not_given_states_nothing():
    found = facts(STAKEHOLDERS)
    assert not any("Divosa" in f or "Piet Kok" in f for f in found), found
    assert ("Eva Smit", "affiliatedWith", "SZW", None) not in found, found  # her function is left to the role rules


def test_a_plain_role_column_makes_no_stakeholder_table():
    text = ("Programma Wijken Sterk\n\nOverzicht\n\n| Organisatie | Rol |\n|---|---|\n| VNG | adviseur |\n")
    assert ("VNG", "participatesIn", "Programma Wijken Sterk", None) not in facts(text)


# --- "A, samen met B, werken aan X": the verb after the "samen met" phrase ----------------------------------

def test_partners_and_subjects_work_at_the_programme_after_the_verb():
    found = facts("Enkele G40-steden, waaronder Zwolle en Ede, samen met TNO werken aan de City Deal Zon.")
    for actor in ("Zwolle", "Ede", "TNO"):
        assert (actor, "participatesIn", "City Deal Zon", None) in found, found


def test_a_denied_verb_after_samen_met_gives_no_participation():
    found = facts("Zwolle, samen met TNO, werken niet aan de City Deal Zon.")
    assert not any(f[1] == "participatesIn" for f in found), found


# --- a list of bodies the owner sits in: it takes part in each, none is its part ------------------------------

@pytest.mark.parametrize("lead", [
    "De G40 is in 2024 vertegenwoordigd geweest in de volgende werkgroepen:",
    "De G40 neemt deel aan de volgende werkgroepen:",
    "De G40 heeft zitting in de volgende werkgroepen:",
])
def test_bodies_the_owner_sits_in(lead):
    found = facts(f"Jaarverslag 2024\n\n{lead}\n\n- Wonen: burgemeester Jan Kok.\n- Mobiliteit: wethouder Eva Smit.\n")
    assert ("G40", "participatesIn", "Werkgroep Wonen", None) in found, found
    assert ("G40", "participatesIn", "Werkgroep Mobiliteit", None) in found, found
    assert not any(f[1] == "partOf" for f in found), found


def test_the_owners_own_bodies_are_its_parts():
    found = facts("Jaarverslag 2024\n\nDe G40 kent de volgende werkgroepen:\n\n- Wonen: burgemeester Jan Kok.\n"
                  "- Mobiliteit: wethouder Eva Smit.\n")
    assert ("Werkgroep Wonen", "partOf", "G40", None) in found, found
    assert not any(f[1] == "participatesIn" for f in found), found


# --- "Body: X, samen met A en B": a line that says who sits in the body it opens with ---------------------------

def test_label_line_makes_the_partners_take_part_in_the_body():
    found = facts("Overleggen\n\n- Stuurgroep Wonen: wethouder Eva Smit, samen met BZK en Divosa.\n")
    assert ("BZK", "participatesIn", "Stuurgroep Wonen", None) in found, found
    assert ("Divosa", "participatesIn", "Stuurgroep Wonen", None) in found, found
    assert not any(f[1] == "collaboratesWith" for f in found), found


def test_a_sentence_naming_a_body_before_samen_met_is_no_label():
    found = facts("De Stuurgroep Wonen werkt samen met BZK.")
    assert ("BZK", "participatesIn", "Stuurgroep Wonen", None) not in found, found


# --- a programme as the subject of a passive with "samen met": the partners take part in it --------------------

def test_passive_programme_carried_out_together():
    found = facts("Het programma Wijken Sterk valt onder de Pijler Sociaal en wordt uitgevoerd samen met "
                  "de Themagroep Veiligheid.")
    assert ("Themagroep Veiligheid", "participatesIn", "Wijken Sterk", None) in found, found
    assert not any(f[1] == "collaboratesWith" for f in found), found


def test_an_active_subject_still_works_together():
    found = facts("Breda voert het programma Wijken Sterk uit samen met TNO.")
    assert ("Breda", "collaboratesWith", "TNO", None) in found, found


# --- a paragraph that turns to a thing not recognised: no fallback to the programme named before ---------------

def test_taking_part_in_an_unrecognised_thing_is_not_the_earlier_programme():
    text = ("Ede doet mee aan de City Deal Zon.\n\nDaarnaast werkt de themagroep met Platform31 in het kennistraject "
            "Stad als thuis. Platform31 voert het traject uit; Gouda en Alkmaar doen mee als praktijksteden.")
    found = facts(text)
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found
    assert not any(f[0] in ("Gouda", "Alkmaar") for f in found), found


def test_taking_part_falls_back_to_the_programme_of_the_paragraph():
    found = facts("De City Deal Zon start in mei. Gouda en Alkmaar doen mee.")
    assert ("Gouda", "participatesIn", "City Deal Zon", None) in found, found


def test_a_recognised_pilot_named_before_is_still_the_fallback():
    text = ("Helmond trekt de pilot Datawerkplaats Slimme Wijken.\n\nGijs van Dam vertelt dat Amersfoort en Gouda "
            "inmiddels meedoen.")
    found = facts(text)
    assert ("Amersfoort", "participatesIn", "Datawerkplaats Slimme Wijken", None) in found \
        or ("Amersfoort", "participatesIn", "pilot Datawerkplaats Slimme Wijken", None) in found, found


# --- "De gemeente X …. Zij werkt samen met Y": the municipality, not the project -------------------------------

def test_she_after_de_gemeente_is_the_municipality():
    text = ("Werkplaats Techniek\n\nDe gemeente Enschede is penvoerder en trekt het project. "
            "Zij werkt daarin samen met de gemeenten Hengelo en Almelo.")
    found = facts(text)
    assert ("Enschede", "collaboratesWith", "Hengelo", None) in found, found
    assert ("Enschede", "collaboratesWith", "Almelo", None) in found, found


@pytest.mark.parametrize("text", [
    # a person named before: she is the person
    "De gemeente Enschede benoemt Anna Kok. Zij werkt samen met Hengelo.",
    # plural: the towns together
    "De gemeente Enschede en Almelo trekken het project. Zij werken samen met Hengelo.",
])
def test_she_is_not_the_municipality(text):
    assert ("Enschede", "collaboratesWith", "Hengelo", None) not in facts(text), facts(text)


# --- "X kent binnen de Pijler Y een Themagroep Z": the themagroep is part of the pijler ------------------------

@pytest.mark.parametrize("text", [
    "Het Stedennetwerk G40 kent binnen de Pijler Sociaal een Themagroep Armoede en Schulden.",
    "- het Stedennetwerk G40 binnen de Pijler Sociaal een Themagroep Armoede en Schulden kent, waarin wethouders "
    "kennis delen;",
])
def test_themagroep_within_a_pillar(text):
    found = facts(text)
    assert ("Themagroep Armoede en Schulden", "partOf", "Pijler Sociaal", None) in found, found
    assert ("Themagroep Armoede en Schulden", "partOf", "G40", None) not in found, found


def test_a_themagroep_further_on_is_not_within_the_pillar():
    found = facts("Binnen een week sprak de Pijler Sociaal met BZK over de Themagroep Armoede.")
    assert ("Themagroep Armoede", "partOf", "Pijler Sociaal", None) not in found, found


# --- "valt onder de G40 Pijler X": under the pijler, not led by the organisation prefixing its name ---------------

def test_programme_falls_under_a_prefixed_pillar():
    found = facts("Het programma Wijken Sterk valt onder de G40 Pijler Sociaal.")
    assert ("Wijken Sterk", "partOf", "Pijler Sociaal", None) in found, found
    assert not any(f[1] == "ledBy" for f in found), found


def test_programme_falls_under_a_ministry():
    found = facts("Het programma Wijken Sterk valt onder het ministerie van BZK.")
    assert ("Wijken Sterk", "ledBy", "BZK", None) in found, found


# --- a town cell with the person's office in brackets: the office held there, not only a tie ----------------------

def test_town_cell_with_office_in_brackets():
    text = ("Dagelijks bestuur\n\n| Naam | Functie | Gemeente | Sinds |\n|---|---|---|---|\n"
            "| Ahmet Kaya | penningmeester | Schiedam (wethouder Financiën) | 2022 |\n"
            "| Eva Smit | lid | Breda |  2023 |\n")
    found = facts(text)
    assert any(f[:3] == ("Ahmet Kaya", "hasRole", "Schiedam") and f[3].startswith("wethouder") for f in found), found
    assert ("Ahmet Kaya", "affiliatedWith", "Schiedam", None) not in found, found
    assert ("Eva Smit", "affiliatedWith", "Breda", None) in found, found


def test_a_province_in_brackets_is_no_office():
    text = ("Leden\n\n| Naam | Gemeente |\n|---|---|\n| Eva Smit | Breda (Noord-Brabant) |\n")
    assert not any(f[1] == "hasRole" for f in facts(text)), facts(text)


def test_working_together_in_an_unrecognised_thing_is_not_in_the_earlier_programme():
    found = facts("Ede doet mee aan de City Deal Zon.\n\nDaarnaast werkt de themagroep samen met Platform31 in het "
                  "kennistraject Stad als thuis.")
    assert ("Platform31", "participatesIn", "City Deal Zon", None) not in found, found
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found
