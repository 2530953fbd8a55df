"""Round 26b: taking part, working together, initiating, on invented sentences.

1. An event that opens a sentence frames who acts in it ("Tijdens de netwerkdag in X sprak Y",
   "Aan het rondetafelgesprek namen A en B deel"); an event named in passing frames nothing; a
   genre line ("UITNODIGING") may come before the title's event, and a programme line "Welkom door X"
   is an act at it.
2. "<unit> met vertegenwoordigers van A en B": A and B take part in the unit.
3. "uitgevoerd door X in samenwerking met Y": X works with Y (not the sentence's subject).
4. "legde de basis voor <programma>": initiated.
5. "Directoraat-Generaal X (DGX)" is a unit, not an organisation.
6. "Het bezoek werd georganiseerd door X in samenwerking met Y": both organised the werkbezoek.
7. Joining with the subject after the verb ("Op 1 mei is X toegetreden tot de G40", "Daarnaast sluiten
   A en B aan bij de pilot Y"), a newcomer ("Nieuw in de themagroep X is Y"), "betrokken bij <unit>".
8. "<event>, waar A en B …"; "X schoof aan"; "sprak met een delegatie van X" at the title's event.
9. "X heeft met Y de <programma> opgesteld": X and Y initiated it.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


def _participation(found: set[tuple]) -> set[tuple]:
    return {f for f in found if f[1] == "participatesIn"}


# 1. events that frame a sentence --------------------------------------------------------------

def test_an_event_opening_the_sentence_frames_who_speaks():
    found = facts("Tijdens de netwerkdag in Zwolle sprak wethouder Eva Smit over wonen.", DATE)
    assert ("Eva Smit", "participatesIn", "netwerkdag", None) in found


def test_who_took_part_in_a_fronted_event_each_take_part():
    found = facts("Aan het rondetafelgesprek over armoede namen Eva Smit en Piet Bos deel.", DATE)
    assert {("Eva Smit", "participatesIn", "rondetafelgesprek", None),
            ("Piet Bos", "participatesIn", "rondetafelgesprek", None)} <= found


def test_an_event_named_in_passing_frames_nothing():
    found = facts("Eva Smit sprak over wonen, zoals eerder tijdens de netwerkdag in Zwolle.", DATE)
    assert _participation(found) == set()


def test_a_denied_act_at_a_fronted_event_states_nothing():
    found = facts("Tijdens de netwerkdag in Zwolle sprak wethouder Eva Smit niet.", DATE)
    assert _participation(found) == set()


def test_a_genre_line_before_the_title_event_and_a_programme_line():
    text = ("UITNODIGING\n\nKennisdag \"Groene wijken\"\n\nProgramma\n\n"
            "13.30 Welkom door Eva Smit, wethouder van Ede\n14.00 Koffie\n")
    found = facts(text, DATE)
    assert any(f[0] == "Eva Smit" and f[1] == "participatesIn" for f in found)


# 2. a unit with its representatives -----------------------------------------------------------

def test_a_unit_with_representatives_of_a_list():
    found = facts("De themagroep wordt bijgestaan door een ambtelijke kerngroep met vertegenwoordigers van "
                  "Venlo, Delft en Ede.", DATE)
    taking_part = {f[0] for f in found if f[1] == "participatesIn"}
    assert taking_part == {"Venlo", "Delft", "Ede"}


def test_representatives_without_a_unit_take_part_in_nothing():
    found = facts("Er kwamen vertegenwoordigers van Venlo en Delft naar de stad.", DATE)
    assert _participation(found) == set()


# 3. the agent of a passive works with the partner ---------------------------------------------

def test_carried_out_by_x_in_cooperation_with_y():
    found = facts("Het plan wordt uitgevoerd door Ede in samenwerking met Aedes.", DATE)
    assert ("Ede", "collaboratesWith", "Aedes", None) in found


def test_signed_by_x_together_with_y_is_no_partnership():
    found = facts("Het akkoord werd ondertekend door Ede samen met Breda.", DATE)
    assert not any(f[1] == "collaboratesWith" for f in found)


# 4. laying the foundation ---------------------------------------------------------------------

def test_laying_the_foundation_of_a_programme_initiates_it():
    found = facts("Breda legde in 2019 de basis voor het programma Slimme Wijken.", DATE)
    assert {(f[0], f[1]) for f in found if f[1] == "initiated"} == {("Breda", "initiated")}


def test_a_denied_foundation_initiates_nothing():
    found = facts("Breda legde in 2019 niet de basis voor het programma Slimme Wijken.", DATE)
    assert not any(f[1] == "initiated" for f in found)


# 5. a directorate-general is a unit -----------------------------------------------------------

def test_a_directorate_general_with_its_abbreviation_is_a_unit():
    text = "Het programma valt onder het Directoraat-Generaal Volkshuisvesting en Bouwen (DGVB) van BZK."
    assert mentions(text, "Organisation", DATE) == []
    assert mentions(text, "OrganisationalUnit", DATE) == ["Directoraat-Generaal Volkshuisvesting en Bouwen"]


def test_another_name_with_its_abbreviation_stays_an_organisation():
    text = "Het Landelijk Kennisnetwerk Wijken (LKW) werkt samen met Ede."
    assert "LKW" in mentions(text, "Organisation", DATE)


# 6. the organisers of a werkbezoek ------------------------------------------------------------

def test_the_visit_organised_by_x_in_cooperation_with_y():
    text = ("Minister Eva Smit bracht donderdag een werkbezoek aan Ede. Het bezoek werd georganiseerd door "
            "de gemeente Ede in samenwerking met Platform31.")
    found = facts(text, DATE)
    organisers = {f[0] for f in found if f[1] == "organised"}
    assert {"Ede", "Platform31"} <= organisers


# 7. joining, with the subject after the verb --------------------------------------------------

def test_acceding_to_a_network():
    found = facts("Op 1 mei 2023 is Epe toegetreden tot de G40.", DATE)
    assert ("Epe", "participatesIn", "G40", None) in found


def test_an_inverted_member_of_a_network():
    found = facts("Per 1 mei is Epe officieel lid van het Stedennetwerk G40.", DATE)
    assert ("Epe", "participatesIn", "G40", None) in found


def test_inverted_joiners_of_a_pilot():
    found = facts("Daarnaast sluiten Epe en Delft aan bij de pilot Snelle Wijken.", DATE)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Epe", "Delft"}


def test_a_plan_that_fits_another_joins_nothing():
    found = facts("De aanpak van Ede sluit aan bij het programma Slimme Wijken.", DATE)
    assert _participation(found) == set()


def test_a_newcomer_in_a_unit():
    found = facts("Nieuw in de themagroep Zorg en Welzijn is wethouder Eva Smit van Epe.", DATE)
    assert ("Eva Smit", "participatesIn", "Themagroep Zorg en Welzijn", None) in found


def test_a_new_thing_in_a_unit_is_no_newcomer():
    found = facts("Nieuw in de themagroep Zorg en Welzijn is de aanpak van Epe.", DATE)
    assert _participation(found) == set()


def test_involved_in_a_unit():
    found = facts("Epe was al enkele jaren betrokken bij de pijler Sociaal.", DATE)
    assert {(f[0], f[1]) for f in found if f[1] == "participatesIn"} == {("Epe", "participatesIn")}
    assert _participation(facts("Epe was betrokken bij de oprichting van de pijler Sociaal.", DATE)) == set()


# 8. more ways to say who was at an event ------------------------------------------------------

def test_the_actors_of_a_where_clause_after_an_event():
    found = facts("Het plan bouwt voort op de Woontop van 2023, waar Aedes en de VNG samen optrokken.", DATE)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Aedes", "VNG"}
    assert _participation(facts("Het plan bouwt voort op de Woontop, waar Aedes en de VNG niet bij waren.", DATE)) == set()


def test_joining_a_werkbezoek_and_a_delegation():
    text = ("Minister Eva Smit bracht donderdag een werkbezoek aan Epe. In de middag sprak de minister met een "
            "delegatie van de VNG. Wethouder Piet Bos schoof aan, evenals wethouder Joke Brink.")
    taking_part = {f[0] for f in facts(text, DATE) if f[1] == "participatesIn"}
    assert {"VNG", "Piet Bos", "Joke Brink"} <= taking_part


# 9. a programme written with partners ---------------------------------------------------------

def test_a_programme_drawn_up_with_partners_is_initiated_by_all():
    found = facts("De themagroep Wonen heeft met Aedes en de VNG de Uitvoeringsagenda Middenhuur opgesteld.", DATE)
    assert {f[0] for f in found if f[1] == "initiated"} == {"Themagroep Wonen", "Aedes", "VNG"}


def test_a_denied_drawing_up_initiates_nothing():
    found = facts("De themagroep Wonen heeft met Aedes niet de Uitvoeringsagenda Middenhuur opgesteld.", DATE)
    assert not any(f[1] == "initiated" for f in found)


def test_a_time_adverbial_before_the_verb_puts_the_subject_after_it():
    for opening in ("Per januari", "Vanaf maart", "Medio 2024", "Begin 2023", "Eind mei", "Rond de zomer"):
        found = facts(f"{opening} organiseerde de G40 een netwerkdag.", DATE)
        assert ("G40", "organised", "netwerkdag", None) in found, opening
