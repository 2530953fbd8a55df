"""Round 34a: actors named together who do not work together, and coordination that distributes."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts, mentions


def _collaborations(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "collaboratesWith"}


# --- named together, no partnership ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # each on their own
    "Leiden en Delft tekenden elk een convenant.",
    "Zwolle en Deventer hebben ieder een eigen gezamenlijke aanpak met hun corporaties opgezet.",
    # a sum, a description
    "Breda en Tilburg zijn samen goed voor een derde van de nieuwbouw in de regio.",
    "Dordrecht ligt samen met Zwijndrecht aan de Merwede.",
    "Breda heeft, samen met Tilburg, de meeste inwoners van West-Brabant.",
    "Helmond, samen met Eindhoven de motor van de Brainportregio, investeert fors in talent.",
    # a shared thing of others, all of a group
    "Zwolle en Deventer krijgen geld uit het gezamenlijke fonds van de provincie Overijssel.",
    "Zwolle en Deventer vragen namens de gezamenlijke G40-steden om meer geld.",
    "Zwolle en Deventer hebben de gezamenlijke corporaties gevraagd om mee te doen.",
    "Zwolle en Deventer steunen de gezamenlijke lobby van de G40.",
])
def test_towns_named_together_without_working_together(text):
    assert _collaborations(text) == set()


def test_a_compared_town_is_no_partner():
    assert_facts("Net als Breda en Tilburg werkt Helmond samen met het ministerie van BZK aan de binnenstad.",
                 {("Helmond", "collaboratesWith", "BZK", None)})


def test_the_subject_of_another_clause_is_no_partner():
    assert _collaborations("Zwolle en Deventer krijgen geld van het Rijk, en de VNG en BZK werken samen aan de regeling.") \
        == {("VNG", "collaboratesWith", "BZK", None)}
    assert _collaborations("Zwolle en Deventer bouwen veel woningen; de VNG en BZK hebben een gezamenlijke aanpak.") \
        == {("VNG", "collaboratesWith", "BZK", None)}


@pytest.mark.parametrize("text, expected", [
    ("Leeuwarden werkt samen met Groningen aan een nieuwe aanpak.", {("Leeuwarden", "collaboratesWith", "Groningen", None)}),
    ("Leiden en Delft tekenden een convenant.", {("Leiden", "collaboratesWith", "Delft", None)}),
    ("Zwolle en Deventer hebben een gezamenlijke aanvraag ingediend.", {("Zwolle", "collaboratesWith", "Deventer", None)}),
    ("Zwolle en Deventer presenteren het gezamenlijke plan van beide steden.", {("Zwolle", "collaboratesWith", "Deventer", None)}),
    ("Breda heeft samen met Tilburg een plan opgesteld.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Breda is samen met Tilburg aan de slag gegaan met de binnenstad.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Helmond, samen met Eindhoven, investeert fors in talent.", {("Helmond", "collaboratesWith", "Eindhoven", None)}),
    ("Leiden en Delft werken elk jaar samen aan de binnenstad.", {("Leiden", "collaboratesWith", "Delft", None)}),
])
def test_towns_that_do_work_together(text, expected):
    assert _collaborations(text) == expected


# --- a list goes on only where its items are joined ---------------------------------------------

def test_the_object_of_the_verb_is_no_item_of_the_list_after_met():
    # "het ministerie van BZK" is what they visited, not a third partner: no "," or "en" joins it
    assert _collaborations("Op 3 juni bezochten Zwolle en Deventer samen met de VNG het ministerie van BZK.") == {
        ("Zwolle", "collaboratesWith", "VNG", None), ("Deventer", "collaboratesWith", "VNG", None)}


def test_partners_along_with_the_subject_of_a_joint_thing():
    assert _collaborations("Leiden samen met Delft en Gouda heeft een gezamenlijk loket opgezet.") == {
        ("Leiden", "collaboratesWith", "Delft", None), ("Leiden", "collaboratesWith", "Gouda", None),
        ("Delft", "collaboratesWith", "Gouda", None)}


# --- two persons side by side; a comparison after the list --------------------------------------------

@pytest.mark.parametrize("text", [
    "Wethouder Anna Kok van Breda opende samen met minister Hugo de Jonge van BZK het centrum.",
    "Wethouder Anna Kok (Breda) presenteerde samen met wethouder Piet de Vries (Tilburg) de resultaten.",
])
def test_a_person_together_with_another_persons_body_is_no_partnership(text):
    assert _collaborations(text) == set()


def test_a_person_works_with_a_body_named_as_such():
    assert _collaborations("Anna Kok werkt samen met het ministerie van BZK.") == {("Anna Kok", "collaboratesWith", "BZK", None)}


def test_a_comparison_ends_the_list_of_partners():
    assert _collaborations("Breda werkt samen met de VNG, net als Tilburg.") == {("Breda", "collaboratesWith", "VNG", None)}


# --- "in <town> … we" after a lead-in ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "En natuurlijk: in Hoorn blijven we gewoon doorwerken aan ons eigen warmteplan, samen met Liander.",
    "Ook in Hoorn werken we samen met Liander.",
])
def test_we_placed_in_a_town_after_a_lead_in(sentence):
    text = "Pijler Duurzaamheid\n\nDe pijler werkt aan de warmtetransitie. " + sentence
    assert _collaborations(text) == {("Hoorn", "collaboratesWith", "Liander", None)}


# --- roles.before-name: the place of another person ---------------------------------------------------

def test_the_place_after_another_person_is_not_the_second_persons():
    # "van Hoorn" is no place the gazetteer dares to read (Hoorn is also a word): Alkmaar is Jan Smit's only
    assert_facts("Burgemeester Jan Smit van Alkmaar en burgemeester Els Bakker van Hoorn openden de route.",
                 {("Jan Smit", "hasRole", "Alkmaar", "burgemeester")})
    assert_facts("Burgemeester Jan Smit van Alkmaar en wethouder Els Bakker openden de route.",
                 {("Jan Smit", "hasRole", "Alkmaar", "burgemeester")})


def test_each_person_keeps_the_place_after_their_name():
    assert_facts("Burgemeester Jan Smit van Alkmaar en burgemeester Els Bakker van Zaanstad openden de route.",
                 {("Jan Smit", "hasRole", "Alkmaar", "burgemeester"), ("Els Bakker", "hasRole", "Zaanstad", "burgemeester")})


@pytest.mark.parametrize("text", [
    "Wethouder Anna Kok bezocht samen met de burgemeester van Tilburg de wijk.",  # the burgemeester's place
    "Het congres in Breda werd geopend door wethouder Anna Kok.",  # the venue of a gathering
    "Op uitnodiging van Zwolle sprak wethouder Anna Kok over armoede.",  # the host
])
def test_a_place_of_someone_or_something_else_is_no_role_holders(text):
    assert facts(text) == set()


def test_the_place_after_the_persons_own_van_stays():
    assert_facts("Wethouder Anna Kok van Tilburg opende het congres.", {("Anna Kok", "hasRole", "Tilburg", "wethouder")})


# --- tables.organisation-column: one actor in the cell, a person of no other body ------------------------

TRAIL_TABLE = """## Themagroepen

| Themagroep | Trekker | {column} |
|---|---|---|
| Themagroep Cultuur | {person} | {cell} |
"""


@pytest.mark.parametrize("column, person, cell, affiliated", [
    ("Stad", "Karin Mulder", "Leiden", {("Karin Mulder", "affiliatedWith", "Leiden", None)}),
    ("Gemeenten", "Karin Mulder", "Breda, Tilburg en Zwolle", set()),  # the group's towns, not hers
    ("Stad", "Karin Mulder", "Ede / Apeldoorn", set()),
    ("Stad", "Karin Mulder (VNG)", "Leiden", set()),  # of the VNG, for Leiden's group
])
def test_the_town_column_is_the_persons_only_when_it_names_one_town(column, person, cell, affiliated):
    found = facts(TRAIL_TABLE.format(column=column, person=person, cell=cell))
    assert {f for f in found if f[1] == "affiliatedWith" and f[2] != "VNG"} == affiliated, found


# --- a unit's name that ends in a place ------------------------------------------------------------------

def test_a_unit_name_keeps_the_place_it_ends_in():
    assert_facts("Anna Kok is voorzitter van de Stuurgroep Binnenstad Breda.",
                 {("Anna Kok", "hasRole", "Stuurgroep Binnenstad Breda", "voorzitter")})
    assert mentions("De Taskforce Woningbouw Utrecht komt maandelijks bijeen.", "OrganisationalUnit") == \
        ["Taskforce Woningbouw Utrecht"]


@pytest.mark.parametrize("text, unit", [
    ("Anna Kok is voorzitter van de Themagroep Wonen in Breda.", "Themagroep Wonen"),
    ("Anna Kok (Themagroep Wonen, Breda) opende.", "Themagroep Wonen"),
    ("Anna Kok is trekker van de Werkgroep Stationsgebied Zwolle en Tilburg.", "Werkgroep Stationsgebied"),
])
def test_a_place_after_the_name_that_is_not_part_of_it(text, unit):
    assert mentions(text, "OrganisationalUnit") == [unit]


# --- a role in two bodies named together ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trekker van de Themagroep Wonen en de Themagroep Werk is Anna Kok.",
    "Anna Kok is trekker van de Themagroep Wonen en de Themagroep Werk.",
    "Anna Kok is trekker van de Themagroep Wonen en van de Themagroep Werk.",
    "Anna Kok, trekker van de Themagroep Wonen en de Themagroep Werk, opende de bijeenkomst.",
])
def test_a_role_holds_in_each_body_named_together(text):
    assert_facts(text, {("Anna Kok", "hasRole", "Themagroep Wonen", "trekker"),
                        ("Anna Kok", "hasRole", "Themagroep Werk", "trekker")})


def test_each_person_keeps_the_body_after_their_own_name():
    # (round 39f: the gapped list gives Piet de Vries the role left out, in the body after his name)
    assert_facts("Anna Kok is voorzitter van de Themagroep Wonen en Piet de Vries van de Themagroep Werk.",
                 {("Anna Kok", "hasRole", "Themagroep Wonen", "voorzitter"),
                  ("Piet de Vries", "hasRole", "Themagroep Werk", "voorzitter")})


def test_a_body_that_opens_a_clause_of_its_own_gets_no_role():
    found = facts("Anna Kok is voorzitter van de Themagroep Wonen en de Themagroep Werk werkt mee.")
    assert ("Anna Kok", "hasRole", "Themagroep Werk", "voorzitter") not in found, found


# --- "samen met" that counts a town among others ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Samen met Deventer en Enschede is Zwolle een van de pilotgemeenten.",
    "Samen met Deventer heeft Zwolle de meeste inwoners van Overijssel.",
    "Zwolle is samen met Deventer en Enschede geselecteerd voor de pilot.",
    "Zwolle werd samen met Deventer genomineerd voor de prijs.",
    "Zwolle ontvangt samen met Deventer 5 miljoen euro uit de regeling.",
    "Zwolle staat samen met Deventer in de top tien van de ranglijst.",
    "Zwolle en Deventer krijgen samen met Enschede extra geld van het Rijk.",
])
def test_towns_counted_together_do_not_work_together(text):
    assert _collaborations(text) == set()


@pytest.mark.parametrize("text", [
    "Samen met Deventer werkt Zwolle aan de Spoorzone.",
    "Samen met Deventer heeft Zwolle een aanvraag ingediend.",
    "Zwolle heeft samen met Deventer een aanvraag ingediend.",
])
def test_towns_that_do_something_together(text):
    assert _collaborations(text) == {("Zwolle", "collaboratesWith", "Deventer", None)}


def test_a_plural_noun_is_no_participle_of_doing():
    assert _collaborations("Zwolle is samen met Deventer een van de gemeenten met de meeste nieuwbouw.") == set()
    assert _collaborations("Zwolle heeft samen met Deventer 200 woningen gebouwd.") == {
        ("Zwolle", "collaboratesWith", "Deventer", None)}


def test_a_route_is_no_partnership():
    assert _collaborations("Zwolle heeft een snelle verbinding met Deventer en Amersfoort.") == set()
    assert _collaborations("Zwolle legt verbinding met Deventer over de aanpak van armoede.") == {
        ("Zwolle", "collaboratesWith", "Deventer", None)}


# --- "zowel A als B" --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Zowel Breda als Tilburg werken samen met de provincie Noord-Brabant.",
     {("Breda", "collaboratesWith", "Noord-Brabant", None), ("Tilburg", "collaboratesWith", "Noord-Brabant", None)}),
    ("Breda werkt samen met zowel de VNG als het IPO.",
     {("Breda", "collaboratesWith", "VNG", None), ("Breda", "collaboratesWith", "IPO", None)}),
    ("Breda als gastheer werkt samen met de VNG.", {("Breda", "collaboratesWith", "VNG", None)}),
])
def test_both_and_joins_two_actors(text, expected):
    assert _collaborations(text) == expected


# --- ", en" opens a clause of its own ----------------------------------------------------------------------

def test_a_comma_and_opens_another_clause_with_its_own_subject():
    assert _collaborations("Breda werkt samen met de VNG, en Tilburg doet dat met het IPO.") == {
        ("Breda", "collaboratesWith", "VNG", None)}


def test_a_list_without_a_comma_before_en_goes_on():
    assert _collaborations("Breda werkt samen met de VNG, het IPO en Aedes.") == {
        ("Breda", "collaboratesWith", "VNG", None), ("Breda", "collaboratesWith", "IPO", None),
        ("Breda", "collaboratesWith", "Aedes", None)}


# --- subordinate clauses ----------------------------------------------------------------------------------

def test_a_subordinate_clause_after_the_partners_ends_their_list():
    assert _collaborations("Zwolle werkt samen met Aedes, omdat Deventer en Enschede goede ervaringen hebben met de aanpak.") \
        == {("Zwolle", "collaboratesWith", "Aedes", None)}


def test_the_actors_of_a_fronted_subordinate_clause_are_no_subject():
    found = _collaborations("Omdat Deventer en Enschede al ervaring hebben, werkt Zwolle samen met Aedes.")
    assert found == {("Zwolle", "collaboratesWith", "Aedes", None)}, found


def test_the_town_column_of_an_event_row_is_where_it_is_held():
    text = ("## Netwerkdagen 2024\n\n| Datum | Bijeenkomst | Gemeente | Contactpersoon |\n|---|---|---|---|\n"
            "| 12 maart | Netwerkdag Wonen | Zwolle | Anna Kok |\n")
    assert not any(f[1] == "affiliatedWith" for f in facts(text))
