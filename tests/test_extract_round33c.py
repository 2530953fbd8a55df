"""Round 33c: names unseen text introduces (programmes and organisations the gazetteer does not know)."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import assert_facts, facts, mentions


def _introduced(text: str) -> list[str]:
    """The names the rules of this round introduce in ``text``."""
    found = extract("t", text, gazetteer=load_gazetteer(), date="2022-06-01").mentions
    return [m.text for m in found if m.rule.startswith("names.")]


# --- a kind noun in apposition: "X, het programma van BZK", "X, een initiatief van Platform31" ------

@pytest.mark.parametrize("text, expected", [
    ("Deventer doet mee aan Samen Sterker in de Wijk, het programma van BZK voor kwetsbare wijken.",
     {("Deventer", "participatesIn", "Samen Sterker in de Wijk", None),
      ("Samen Sterker in de Wijk", "ledBy", "BZK", None)}),
    ("Met Kansrijk Opgroeien, een programma van OCW, werkt Zwolle aan de kansen van kinderen.",
     {("Kansrijk Opgroeien", "ledBy", "OCW", None)}),
    ("Helmond neemt deel aan Fit in de Stad, een landelijk programma van VWS.",
     {("Helmond", "participatesIn", "Fit in de Stad", None), ("Fit in de Stad", "ledBy", "VWS", None)}),
    ("Tilburg werkt met Buurtgoud, een project van de VNG en Movisie, aan sterke buurten.",
     {("Buurtgoud", "ledBy", "VNG", None), ("Buurtgoud", "ledBy", "Movisie", None)}),
    ("Wijkkracht, een initiatief van Platform31, helpt buurten. Zwolle doet mee aan Wijkkracht.",
     {("Platform31", "initiated", "Wijkkracht", None), ("Zwolle", "participatesIn", "Wijkkracht", None)}),
    ("Wijkkracht is een initiatief van Platform31. Ede doet mee aan Wijkkracht.",
     {("Platform31", "initiated", "Wijkkracht", None), ("Ede", "participatesIn", "Wijkkracht", None)}),
])
def test_kind_noun_in_apposition_introduces_a_programme(text, expected):
    assert_facts(text, expected)


def test_owner_in_the_apposition_takes_no_part():
    found = facts("Amersfoort doet mee aan Jong in de Wijk, een programma van Movisie.")
    assert ("Movisie", "participatesIn", "Jong in de Wijk", None) not in found, found
    assert ("Amersfoort", "participatesIn", "Jong in de Wijk", None) in found, found


def test_repeats_of_an_introduced_name_are_the_same_entity():
    text = "Jong in de Wijk, een programma van Movisie, start in mei. Amersfoort doet mee aan Jong in de Wijk."
    assert mentions(text, "Programme") == ["Jong in de Wijk", "Jong in de Wijk"]
    assert ("Amersfoort", "participatesIn", "Jong in de Wijk", None) in facts(text)


@pytest.mark.parametrize("text, name", [
    ("Ook LIOF, de regionale ontwikkelingsmaatschappij van Limburg, tekende de deal.", "LIOF"),
    ("Enschede is partner in Twente Werkt, het regionale werkbedrijf.", "Twente Werkt"),
])
def test_kind_noun_in_apposition_introduces_an_organisation(text, name):
    assert mentions(text, "Organisation") == [name]


@pytest.mark.parametrize("text", [
    "Groningen, de grootste stad van het noorden, doet mee.",
    "Jan de Vries, de wethouder van Breda, opende het congres.",
    "Samen Sterker in de Wijk is het motto van de avond.",
    "Over Werk en Inkomen, een thema van de G40, spraken de wethouders.",
    "Daarna, een programma later, sprak Breda.",
    "Kortom, een initiatief van Platform31 dat werkt.",
    "Eigenlijk is een programma van BZK nodig.",
    "Het programma van de dag was vol.",
])
def test_no_name_without_a_kind_noun_after_it(text):
    assert _introduced(text) == []


# --- a compound programme name ending in "van de <Word>"; curly single quotes around a name ----------

def test_compound_name_runs_through_van_de():
    text = "Zes steden krijgen geld uit de Stimuleringsregeling Werklocaties van de Toekomst."
    assert mentions(text, "Programme") == ["Stimuleringsregeling Werklocaties van de Toekomst"]


def test_compound_name_stops_before_an_owner_of_two_words():
    text = "De Stimuleringsregeling Werklocaties van de Provincie Utrecht helpt."
    assert mentions(text, "Programme") == ["Stimuleringsregeling Werklocaties"]


@pytest.mark.parametrize("text, name", [
    ("In Zaanstad loopt het project ‘Buurtbanen’ van de gemeente.", "Buurtbanen"),
    ("Deventer doet mee aan de pilot ‘Wijk aan Zet’.", "Wijk aan Zet"),
])
def test_name_in_curly_single_quotes(text, name):
    found = mentions(text, "Programme")
    assert len(found) == 1 and name in found[0], found


# --- a plural kind noun before a list of names: "de woningcorporaties Woonbedrijf en Trudo" -----------

@pytest.mark.parametrize("text, names", [
    ("Ook de woningcorporaties Woonbedrijf en Trudo en de Metropoolregio tekenden.", ["Woonbedrijf", "Trudo"]),
    ("De netbeheerders Enexis, Stedin en Liander leveren data.", ["Enexis", "Stedin", "Liander"]),
    ("Met de hogescholen Fontys en Zuyd werkt de stad samen.", ["Fontys", "Zuyd"]),
])
def test_plural_kind_noun_lists_organisations(text, names):
    assert [m for m in mentions(text, "Organisation") if m in names] == names


def test_names_of_a_kind_list_repeat():
    text = "De woningcorporaties Woonbedrijf en Trudo tekenden. Samen met Woonbedrijf bouwt Helmond woningen."
    assert mentions(text, "Organisation") == ["Woonbedrijf", "Trudo", "Woonbedrijf"]


@pytest.mark.parametrize("text", [
    "De corporaties Portaal doen mee.",
    "De woningcorporaties in Venlo en Ede doen mee.",
    "De woningcorporaties Noord, Zuid",
])
def test_no_kind_list_without_a_list(text):
    assert [m for m in mentions(text, "Organisation") if m not in ("Venlo", "Ede")] == []


# --- a Title Case name closed by "!": "het programma Heerlen Werkt!" ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("In de ochtend stond het programma Heerlen Werkt! centraal.", "Heerlen Werkt!"),
    ("Emmen doet mee aan Drenthe Werkt!", "Drenthe Werkt!"),
])
def test_exclaimed_name_is_a_programme(text, name):
    assert mentions(text, "Programme") == [name]


def test_exclaimed_name_takes_part():
    assert_facts("Emmen doet mee aan Drenthe Werkt!", {("Emmen", "participatesIn", "Drenthe Werkt!", None)})


@pytest.mark.parametrize("text", [
    "Breda Werkt! Dat is mooi.",  # a headline: no word in lower case before it
    "Het was een mooie dag in Breda!",
    "Dat zei Anna Kok!",
])
def test_no_exclaimed_name(text):
    assert mentions(text, "Programme") == []


# --- a regional body named after its region: "GGD Zuid Limburg", "Metropoolregio Eindhoven" ----------

@pytest.mark.parametrize("text, name", [
    ("De stad gaat samen met de GGD Zuid Limburg preventieteams opzetten.", "GGD Zuid Limburg"),
    ("Ook de Metropoolregio Eindhoven tekende.", "Metropoolregio Eindhoven"),
    ("Economic Board Utrecht en de gemeente Amersfoort werken samen.", "Economic Board Utrecht"),
    ("Werkbedrijf Rivierenland begeleidt werkzoekenden uit Tiel.", "Werkbedrijf Rivierenland"),
])
def test_regional_body_holds_its_region(text, name):
    assert mentions(text, "Organisation") == [name]
    assert not any(place in name for place in mentions(text, "Municipality") + mentions(text, "Province"))


def test_metropolitan_region_after_in_is_the_area():
    text = "Wonen in de Metropoolregio Eindhoven is duur."
    assert mentions(text, "Organisation") == [] and mentions(text, "Municipality") == ["Eindhoven"]


# --- head words of programme names: Pact, Coalitie, Offensief, -pact; "Alliantie X in de Wijk" ---------

@pytest.mark.parametrize("text, name", [
    ("Zwolle tekende het Pact voor de Leefomgeving.", "Pact voor de Leefomgeving"),
    ("Tilburg trad toe tot de Coalitie Kansrijke Jeugd.", "Coalitie Kansrijke Jeugd"),
    ("Venlo werkt mee aan de Coalitie tegen Eenzaamheid.", "Coalitie tegen Eenzaamheid"),
    ("Daarom startte het Offensief Ondernemen in Venlo.", "Offensief Ondernemen"),
    ("Hengelo onderschrijft het Sportpact Twente.", "Sportpact Twente"),
    ("Breda is lid van de Alliantie Werk in de Wijk.", "Alliantie Werk in de Wijk"),
])
def test_programme_head_words(text, name):
    assert mentions(text, "Programme") == [name]


def test_member_of_a_named_coalition():
    assert_facts("Tilburg trad toe tot de Coalitie Kansrijke Jeugd.",
                 {("Tilburg", "participatesIn", "Coalitie Kansrijke Jeugd", None)})


@pytest.mark.parametrize("text", [
    "Zwolle tekende het Pact voor de zomer.",
    "De coalitie in Breda steunt het plan.",
    "De impact op de wijk is groot.",
    "Het compact wonen neemt toe.",
])
def test_no_programme_head_word(text):
    assert mentions(text, "Programme") == []


# --- a name glued to a head word by a hyphen: "de Brainport-aanpak" --------------------------------

def test_hyphen_compound_names_a_programme():
    assert_facts("Helmond en Eindhoven nemen daarnaast deel aan de Brainport-aanpak voor bestaanszekerheid.",
                 {("Helmond", "participatesIn", "Brainport-aanpak", None),
                  ("Eindhoven", "participatesIn", "Brainport-aanpak", None)})


@pytest.mark.parametrize("text", [
    "De wijk- en buurtaanpak werkt.",
    "Wij kiezen een Brainport - aanpak.",
    "De G40-aanpak werkt.",
])
def test_no_hyphen_compound_programme(text):
    assert mentions(text, "Programme") == []


# --- a quoted name after a cue of taking part: "doen mee aan “Heel de Buurt”" -------------------------

@pytest.mark.parametrize("text, expected", [
    ("Leeuwarden en Emmen doen mee aan “Heel de Buurt”.",
     {("Leeuwarden", "participatesIn", "Heel de Buurt", None), ("Emmen", "participatesIn", "Heel de Buurt", None)}),
    ("Breda sloot zich aan bij 'Samen Sterk'.", {("Breda", "participatesIn", "Samen Sterk", None)}),
])
def test_quoted_name_after_taking_part(text, expected):
    assert_facts(text, expected)


@pytest.mark.parametrize("text", [
    "Emmen doet mee aan “heel veel dingen”.",
    'Emmen zegt: "Heel de Buurt doet mee."',
    "Emmen doet mee aan “Breda”.",
])
def test_no_quoted_programme_without_the_cue_or_a_name(text):
    assert mentions(text, "Programme") == []


# --- appositions in brackets and dashes; places inside an introduced name; where the apposition ends ----

@pytest.mark.parametrize("text, expected", [
    ("Kansrijk Opgroeien (een programma van OCW) start in Zwolle.", {("Kansrijk Opgroeien", "ledBy", "OCW", None)}),
    ("Met Samen Thuis – een initiatief van de VNG – werken Ede en Epe aan zorg.",
     {("VNG", "initiated", "Samen Thuis", None)}),
    ("Met Samen Thuis, een initiatief van de VNG, werken Ede en Epe aan zorg.",
     {("VNG", "initiated", "Samen Thuis", None)}),
    ("Marieke Jansen, projectleider van Samen Wonen, een project van de gemeente Ede, vertelt.",
     {("Marieke Jansen", "hasRole", "Samen Wonen", "projectleider"), ("Samen Wonen", "ledBy", "Ede", None)}),
    ("Arnhem Werkt, het programma van de gemeente Arnhem, helpt mensen aan werk.",
     {("Arnhem Werkt", "ledBy", "Arnhem", None)}),
])
def test_apposition_forms(text, expected):
    assert_facts(text, expected)


def test_place_inside_an_introduced_name():
    text = "In Gelderland Centraal, een samenwerkingsverband van gemeenten, werken Arnhem en Ede samen."
    assert mentions(text, "Organisation") == ["Gelderland Centraal"]


@pytest.mark.parametrize("text", [
    "Enschede, Hengelo en Almelo, een samenwerkingsverband van drie steden, werken samen.",
    "Het project van Anna Kok Academie, een stichting in Ede, loopt.",
])
def test_no_introduced_name_over_known_names(text):
    assert _introduced(text) == []


# --- a legal form in initials closes an organisation's name; an agreement named in apposition ---------

@pytest.mark.parametrize("text, name", [
    ("Breda werkt samen met Bouwbedrijf Jansen B.V. uit Oss.", "Bouwbedrijf Jansen B.V."),
    ("De Coöperatie Energie Samen U.A. werkt samen met Zwolle.", "Coöperatie Energie Samen U.A."),
])
def test_legal_form_closes_a_name(text, name):
    assert mentions(text, "Organisation") == [name]


def test_initial_of_a_person_is_no_legal_form():
    assert mentions("Dat zei Jan B. Smit uit Ede.", "Organisation") == []


def test_agreement_in_apposition_names_its_parties():
    assert_facts("Pact Zuid, een akkoord van de provincie Limburg en de gemeenten, is getekend.",
                 {("Limburg", "participatesIn", "Pact Zuid", None)})


# --- a programme named after its kind word goes by its bare name later on -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Arnhem doet mee aan het programma Samen Doen. Ook Ede doet mee aan Samen Doen.",
     ["programma Samen Doen", "Samen Doen"]),
    ("Het project Buurtbanen loopt in Zaanstad. Breda doet mee aan Buurtbanen.", ["project Buurtbanen", "Buurtbanen"]),
    ("Ede doet mee aan het programma Wonen. Wonen is belangrijk.", []),
])
def test_bare_repeats_of_a_named_programme(text, expected):
    assert [m for m in mentions(text, "Programme")] == expected


def test_bare_repeat_inside_a_longer_name_is_none():
    text = "Arnhem doet mee aan het programma Samen Doen. De City Deal Samen Doen Beter loopt."
    assert "Samen Doen" not in mentions(text, "Programme")


@pytest.mark.parametrize("text, name", [
    ("Het lab wordt mede betaald door het Nationaal Regieorgaan Praktijkgericht Onderzoek SIA.",
     "Nationaal Regieorgaan Praktijkgericht Onderzoek SIA"),
    ("Breda werkt samen met Kenniscentrum Sport en Bewegen.", "Kenniscentrum Sport en Bewegen"),
    ("Het Samenwerkingsverband Noord-Nederland tekende.", "Samenwerkingsverband Noord-Nederland"),
])
def test_organisation_head_words(text, name):
    assert mentions(text, "Organisation") == [name]


def test_introduced_name_stops_at_another_name():
    text = "Zwolle doet mee aan de Woondeal Regio Zwolle en aan Samen Sterk, een programma van de provincie Overijssel."
    assert mentions(text, "Programme") == ["Woondeal Regio Zwolle", "Samen Sterk"]
    assert ("Zwolle", "participatesIn", "Samen Sterk", None) in facts(text)


# --- the name after a legal form goes without it later on: "Stichting Buurtkracht … Buurtkracht" -------

def test_name_after_a_legal_form_repeats_without_it():
    text = "Venlo werkt met Stichting Buurtkracht. Ook Ede werkt samen met Buurtkracht."
    assert mentions(text, "Organisation") == ["Stichting Buurtkracht", "Buurtkracht"]
    assert_facts(text, {("Ede", "collaboratesWith", "Stichting Buurtkracht", None)})


@pytest.mark.parametrize("text", [
    "Stichting Present helpt. Present zijn is belangrijk.",
    "Stichting Buurtkracht helpt. Ede werkt met Buurtkracht Noord.",
])
def test_bare_name_of_a_legal_form_stands_free(text):
    assert len(mentions(text, "Organisation")) == 1


@pytest.mark.parametrize("text", [
    "Wij praten over Samen Sterk, het programma-onderdeel van BZK.",
    "Het gaat om Buurtwerk Noord, de reorganisatie van de afdeling.",
    "Hij noemde Stad van Morgen, de maatschappij van de toekomst.",
])
def test_no_kind_noun_in_compounds_and_look_alikes(text):
    assert _introduced(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Wijkkracht is het initiatief van Platform31. Ede doet mee aan Wijkkracht.",
     {("Platform31", "initiated", "Wijkkracht", None), ("Ede", "participatesIn", "Wijkkracht", None)}),
    ("Belangrijk is het programma van BZK.", set()),
])
def test_copula_with_a_definite_kind_noun(text, expected):
    assert_facts(text, expected)


def test_quoted_name_a_joint_effort_goes_by():
    assert mentions("Onder de noemer 'Samen Sterk' werken Breda en Ede samen.", "Programme") == ["Samen Sterk"]


@pytest.mark.parametrize("text, expected", [
    ("Platform31 ontwikkelde in 2023 de Wijkmonitor Middelgrote Steden.", ["Wijkmonitor Middelgrote Steden"]),
    ("De monitor sluit niet aan op de Dordtse wijkmonitor.", []),
])
def test_capitalised_monitor_compound_is_a_programme(text, expected):
    assert mentions(text, "Programme") == expected


@pytest.mark.parametrize("text, expected", [
    ("De City Deal Zon is gesloten binnen Agenda Stad.", ["City Deal Zon", "Agenda Stad"]),
    ("Het geld komt via Fonds Sterke Kernen.", ["Fonds Sterke Kernen"]),
    ("Onder Agenda staat niets.", []),
])
def test_head_word_after_a_preposition_without_article(text, expected):
    assert mentions(text, "Programme") == expected


# --- quoted names listed after a plural programme kind; taking part in two programmes -----------------

def test_quoted_names_after_a_plural_kind():
    assert_facts("Ede en Epe doen mee aan de pilots “Buurtbanen” en “Heel de Buurt”.",
                 {("Ede", "participatesIn", "Buurtbanen", None), ("Ede", "participatesIn", "Heel de Buurt", None),
                  ("Epe", "participatesIn", "Buurtbanen", None), ("Epe", "participatesIn", "Heel de Buurt", None)})


@pytest.mark.parametrize("text", [
    "De projecten 'goed' en 'slecht' lopen.",
    "De projecten “Samen Sterk” lopen.",
])
def test_no_quoted_list_without_two_names(text):
    assert _introduced(text) == []


def test_taking_part_in_two_programmes():
    assert_facts("Ede doet mee aan de City Deal Zon en de City Deal Wind.",
                 {("Ede", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "City Deal Wind", None)})


@pytest.mark.parametrize("text, expected", [
    ("Kansrijk Noord, een samenwerking van Emmen en Assen, helpt gezinnen.",
     {("Emmen", "participatesIn", "Kansrijk Noord", None), ("Assen", "participatesIn", "Kansrijk Noord", None)}),
    ("Pact Zuid, een akkoord van de provincie Limburg en Heerlen, is getekend.",
     {("Limburg", "participatesIn", "Pact Zuid", None), ("Heerlen", "participatesIn", "Pact Zuid", None)}),
])
def test_parties_of_a_partnership_in_apposition(text, expected):
    assert_facts(text, expected)


def test_joint_body_is_an_organisation_not_a_partnership():
    assert mentions("Samen Doen, een samenwerkingsverband van gemeenten, start.", "Organisation") == ["Samen Doen"]


@pytest.mark.parametrize("text, expected", [
    ("Breda werkt samen met de stichting 'Samen Sterk'.", {("Breda", "collaboratesWith", "Samen Sterk", None)}),
    ("Ede doet mee aan het initiatief “Buurtkracht”.", {("Ede", "participatesIn", "Buurtkracht", None)}),
])
def test_quoted_name_after_a_kind_noun(text, expected):
    assert_facts(text, expected)
