"""Recall round 3 of the rule-based extraction: roles passed on by succession, names in sentence
case after "<Word> en", and the other rules of this round (graph.extract + graph.resolve).

Each row is a small Dutch text and every fact a careful reader finds in it, as (subject label,
predicate, object label, role). Names are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, facts
from graph.extract import extract
from graph.gazetteer import load_gazetteer

DATE = "2023-06-01"  # the date of every text here


def dated(text: str, predicate: str, date: str = "2023-06-01") -> set[tuple]:
    """(subject text, object text, role, valid_from, valid_until) of the relations with ``predicate``."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.text, r.object.text, r.role, r.valid_from, r.valid_until)
            for r in extraction.relations if r.predicate == predicate}


# --- roles passed on by succession -------------------------------------------------------------

SUCCESSION_ROLES = [
    ("Tot maart 2023 was Marloes Pijnacker (Deventer) vicevoorzitter van de Taskforce Wijkaanpak. "
     "Zij werd opgevolgd door Jorrit Kleefstra, wethouder Wonen in Leiden.",
     {("Marloes Pijnacker", "affiliatedWith", "Deventer", None),
      ("Marloes Pijnacker", "hasRole", "Taskforce Wijkaanpak", "vicevoorzitter"),
      ("Jorrit Kleefstra", "hasRole", "Leiden", "wethouder"),
      ("Jorrit Kleefstra", "succeeded", "Marloes Pijnacker", None),
      ("Jorrit Kleefstra", "hasRole", "Taskforce Wijkaanpak", "vicevoorzitter")}),
    # the role of a municipality is not passed on: a wethouder of Deventer is succeeded as trekker only
    ("Fenna Oudkerk, wethouder in Deventer, stopt per 1 januari 2024 als trekker van de themagroep Wonen. "
     "Zij wordt opgevolgd door Mohamed Bakkali.",
     {("Fenna Oudkerk", "hasRole", "Deventer", "wethouder"),
      ("Fenna Oudkerk", "hasRole", "Themagroep Wonen", "trekker"),
      ("Mohamed Bakkali", "succeeded", "Fenna Oudkerk", None),
      ("Mohamed Bakkali", "hasRole", "Themagroep Wonen", "trekker")}),
    # a later clause: "haar taak is overgenomen door (wethouder) Y"
    ("De pijler Wonen werd voorgezeten door wethouder Tim Vos (Emmen). Vicevoorzitter was tot september "
     "wethouder Linda Kramer (Almere); haar taak is overgenomen door wethouder Erik Haverkamp (Dordrecht).",
     {("Tim Vos", "hasRole", "Pijler Wonen", "voorzitter"),
      ("Tim Vos", "hasRole", "Emmen", "wethouder"),
      ("Linda Kramer", "hasRole", "Pijler Wonen", "vicevoorzitter"),
      ("Linda Kramer", "hasRole", "Almere", "wethouder"),
      ("Erik Haverkamp", "hasRole", "Dordrecht", "wethouder"),
      ("Erik Haverkamp", "succeeded", "Linda Kramer", None),
      ("Erik Haverkamp", "hasRole", "Pijler Wonen", "vicevoorzitter")}),
    # "Haar rol …" after a sentence whose subject is "Zij": the person named before that
    ("Tot januari 2023 was Fenna Oudkerk (Leiden) trekker van de themagroep Slimme Stad. Zij is per "
     "1 februari 2023 gedeputeerde geworden van de provincie Zuid-Holland. Haar rol is overgenomen door "
     "Jorrit Kleefstra, wethouder in Leeuwarden.",
     {("Fenna Oudkerk", "affiliatedWith", "Leiden", None),
      ("Fenna Oudkerk", "hasRole", "Themagroep Slimme Stad", "trekker"),
      ("Fenna Oudkerk", "hasRole", "Zuid-Holland", "gedeputeerde"),
      ("Jorrit Kleefstra", "hasRole", "Leeuwarden", "wethouder"),
      ("Jorrit Kleefstra", "succeeded", "Fenna Oudkerk", None),
      ("Jorrit Kleefstra", "hasRole", "Themagroep Slimme Stad", "trekker")}),
]


@pytest.mark.parametrize("text, expected", SUCCESSION_ROLES)
def test_a_successor_takes_over_the_role_in_the_network(text, expected):
    assert_facts(text, expected, DATE)


def test_a_role_taken_over_starts_the_day_after_the_predecessor_left():
    text = ("Fenna Oudkerk stopt per 1 januari 2024 als trekker van de themagroep Wonen. "
            "Zij wordt opgevolgd door Mohamed Bakkali.")
    assert dated(text, "hasRole") == {
        ("Fenna Oudkerk", "themagroep Wonen", "trekker", None, "2023-12-31"),
        ("Mohamed Bakkali", "themagroep Wonen", "trekker", "2024-01-01", None)}


# --- names in sentence case after one capitalised word and "en" --------------------------------

UNIT_NAMES = [
    ("Pieter Wolters (Breda) is trekker van de themagroep Cultuur en erfgoed.",
     {("Pieter Wolters", "affiliatedWith", "Breda", None),
      ("Pieter Wolters", "hasRole", "Themagroep Cultuur en erfgoed", "trekker")}),
    ("De themagroep Jeugd en onderwijs valt onder de pijler Sociaal.",
     {("Themagroep Jeugd en onderwijs", "partOf", "Pijler Sociaal", None)}),
    ("Yvonne Baars is trekker van de Themagroep MKB en economische vernieuwing.",
     {("Yvonne Baars", "hasRole", "Themagroep MKB en economische vernieuwing", "trekker")}),
    # "en" before a role word or a kind word ends the name
    ("Karin Dijkhuis is voorzitter van de pijler Sociaal en voorzitter van de themagroep Jeugd.",
     {("Karin Dijkhuis", "hasRole", "Pijler Sociaal", "voorzitter"),
      ("Karin Dijkhuis", "hasRole", "Themagroep Jeugd", "voorzitter")}),
    ("Karin Dijkhuis is voorzitter van de pijler Sociaal en themagroepen Jeugd en Zorg.",
     {("Karin Dijkhuis", "hasRole", "Pijler Sociaal", "voorzitter")}),
]


@pytest.mark.parametrize("text, expected", UNIT_NAMES)
def test_a_unit_name_runs_on_in_sentence_case_after_en(text, expected):
    assert_facts(text, expected, DATE)


# --- membership: members listed, joining, on behalf of an actor ---------------------------------

MEMBERSHIP = [
    ("De G40 en het ministerie van Justitie en Veiligheid richtten de Taskforce Veilige Havens op. In de "
     "taskforce zitten verder burgemeester Ingrid Baars (Helmond), wethouder Kees Vos (Alkmaar) en Ronald Pijl.",
     {("Ingrid Baars", "hasRole", "Helmond", "burgemeester"),
      ("Ingrid Baars", "participatesIn", "Taskforce Veilige Havens", None),
      ("Kees Vos", "hasRole", "Alkmaar", "wethouder"),
      ("Kees Vos", "participatesIn", "Taskforce Veilige Havens", None),
      ("Ronald Pijl", "participatesIn", "Taskforce Veilige Havens", None)}),
    ("In de werkgroep Kust zitten Emmen en Assen.",
     {("Emmen", "participatesIn", "Werkgroep Kust", None), ("Assen", "participatesIn", "Werkgroep Kust", None)}),
    ("• Lotte Zwart-Kramer, wethouder in Ede, is toegetreden tot de werkgroep Schuldhulpverlening.",
     {("Lotte Zwart-Kramer", "hasRole", "Ede", "wethouder"),
      ("Lotte Zwart-Kramer", "participatesIn", "Werkgroep Schuldhulpverlening", None)}),
    # "het ministerie" refers to the ministry named before; the person takes part in the taskforce
    ("De Taskforce Veilige Havens werkt samen met het ministerie van Justitie en Veiligheid. Namens het "
     "ministerie neemt directeur-generaal mr. Sophie Wennink deel.",
     {("Taskforce Veilige Havens", "collaboratesWith", "JenV", None),
      ("Sophie Wennink", "hasRole", "JenV", "directeur-generaal"),
      ("Sophie Wennink", "participatesIn", "Taskforce Veilige Havens", None)}),
    # the organisation she represents takes part too ("… neemt <name> deel" after a sentence on the unit)
    ("De Taskforce Veilige Havens werkt samen met de VNG. Namens de VNG neemt Sophie Wennink deel.",
     {("Taskforce Veilige Havens", "collaboratesWith", "VNG", None),
      ("VNG", "participatesIn", "Taskforce Veilige Havens", None),
      ("Sophie Wennink", "affiliatedWith", "VNG", None),
      ("Sophie Wennink", "participatesIn", "Taskforce Veilige Havens", None)}),
    ("De Taskforce Veilige Havens werkt samen met de VNG. Namens de VNG neemt Sophie Wennink niet deel.",
     {("Taskforce Veilige Havens", "collaboratesWith", "VNG", None)}),
    # working together inside a programme: both take part in it, no partnership between them
    ("In de Regio Deal Noordkust werken Emmen en Assen samen.",
     {("Emmen", "participatesIn", "Regio Deal Noordkust", None),
      ("Assen", "participatesIn", "Regio Deal Noordkust", None)}),
    ("Binnen de City Deal Slimme Haven werken Emmen, Assen en de VNG samen aan schone energie.",
     {("Emmen", "participatesIn", "City Deal Slimme Haven", None),
      ("Assen", "participatesIn", "City Deal Slimme Haven", None),
      ("VNG", "participatesIn", "City Deal Slimme Haven", None)}),
    ("In de Regio Deal Noordkust werken Emmen en Assen niet samen.", set()),
]


@pytest.mark.parametrize("text, expected", MEMBERSHIP)
def test_members_of_a_unit_or_programme(text, expected):
    assert_facts(text, expected, DATE)


# --- being a member, with the subjects in the previous sentence ---------------------------------

MEMBER_OF = [
    ("Emmen en Assen zijn lid van het stedennetwerk G40.",
     {("Emmen", "participatesIn", "G40", None), ("Assen", "participatesIn", "G40", None)}),
    ("Amstelveen is sinds 1 juli 2022 lid van de VNG.", {("Amstelveen", "participatesIn", "VNG", None)}),
    ("Emmen en Assen werken al jaren samen. Zij zijn lid van het stedennetwerk G40.",
     {("Emmen", "collaboratesWith", "Assen", None),
      ("Emmen", "participatesIn", "G40", None), ("Assen", "participatesIn", "G40", None)}),
    # a subject in a prepositional phrase is no antecedent of "Zij"
    ("Met Emmen en Assen werkt Kampen samen. Zij zijn lid van het stedennetwerk G40.",
     {("Kampen", "collaboratesWith", "Emmen", None), ("Kampen", "collaboratesWith", "Assen", None)}),
    ("Emmen is geen lid van de VNG.", set()),
]


@pytest.mark.parametrize("text, expected", MEMBER_OF)
def test_being_a_member_is_taking_part(text, expected):
    assert_facts(text, expected, DATE)


# --- a definite noun phrase that points back to a programme -------------------------------------

POINTING_BACK = [
    ("Breda en OCW hebben het Cultuurconvenant Kleine Steden gesloten.\n\nHet convenant is een initiatief "
     "van de themagroep Cultuur.",
     {("Breda", "participatesIn", "Cultuurconvenant Kleine Steden", None),
      ("OCW", "participatesIn", "Cultuurconvenant Kleine Steden", None),
      ("Themagroep Cultuur", "initiated", "Cultuurconvenant Kleine Steden", None)}),
    ("De Regio Deal Noordkust is gesloten. Aan de deal nemen Emmen en Assen deel.",
     {("Emmen", "participatesIn", "Regio Deal Noordkust", None),
      ("Assen", "participatesIn", "Regio Deal Noordkust", None)}),
    # being involved in a preparation, then a clause that declines, is no taking part
    ("De Regio Deal Noordkust is gesloten. Kampen was betrokken bij de voorbereiding, maar besloot in maart "
     "om niet aan de deal deel te nemen.", set()),
]


@pytest.mark.parametrize("text, expected", POINTING_BACK)
def test_the_convenant_points_back_to_the_programme_named_before(text, expected):
    assert_facts(text, expected, DATE)


# --- references and name ends -------------------------------------------------------------------

NAMES_AND_REFERENCES = [
    # "de pijler" is the topic, not a pijler named beside it ("naast …")
    ("De Pijler Wonen is een van de drie pijlers van de G40, naast de Pijler Fysiek en de Pijler Economie. "
     "In 2023 stond de pijler onder voorzitterschap van Jeroen Kamphuis, wethouder Zorg in Tilburg.",
     {("Pijler Wonen", "partOf", "G40", None), ("Pijler Fysiek", "partOf", "G40", None),
      ("Pijler Economie", "partOf", "G40", None),
      ("Jeroen Kamphuis", "hasRole", "Pijler Wonen", "voorzitter"),
      ("Jeroen Kamphuis", "hasRole", "Tilburg", "wethouder")}),
    # an article after a name starts the next phrase ("de themagroep X de Agenda Y opgesteld")
    ("Samen met het ministerie van Infrastructuur en Waterstaat heeft de themagroep Vervoer de Agenda "
     "Snelle Steden opgesteld.",
     {("Themagroep Vervoer", "collaboratesWith", "IenW", None)}),
]


@pytest.mark.parametrize("text, expected", NAMES_AND_REFERENCES)
def test_references_and_where_names_end(text, expected):
    assert_facts(text, expected, DATE)


# --- taking part: the unit just named, a programme referred to by its compound, money -----------

TAKING_PART = [
    ("De Taskforce Vaste Lasten wordt getrokken door Annelies Kroes, wethouder in Leeuwarden. Naast "
     "Leeuwarden nemen Enschede, Schiedam en Lelystad deel.",
     {("Annelies Kroes", "hasRole", "Taskforce Vaste Lasten", "trekker"),
      ("Annelies Kroes", "hasRole", "Leeuwarden", "wethouder"),
      ("Leeuwarden", "participatesIn", "Taskforce Vaste Lasten", None),
      ("Enschede", "participatesIn", "Taskforce Vaste Lasten", None),
      ("Schiedam", "participatesIn", "Taskforce Vaste Lasten", None),
      ("Lelystad", "participatesIn", "Taskforce Vaste Lasten", None)}),
    # "het actieprogramma" is the Actieprogramma named before; "negen G40-steden" is no actor
    ("De G40 startte het Actieprogramma Huurwoningen. Aan het actieprogramma nemen inmiddels negen "
     "G40-steden deel, waaronder Amersfoort en Leiden.",
     {("G40", "initiated", "Actieprogramma Huurwoningen", None),  # "De G40 startte het Actieprogramma"
      ("Amersfoort", "participatesIn", "Actieprogramma Huurwoningen", None),
      ("Leiden", "participatesIn", "Actieprogramma Huurwoningen", None)}),
    ("Dordrecht en Zaanstad hebben een bijdrage ontvangen uit de vijfde tranche van de Woningbouwimpuls; "
     "de aanvraag van Helmond is afgewezen.",
     {("Dordrecht", "participatesIn", "Woningbouwimpuls", None),
      ("Zaanstad", "participatesIn", "Woningbouwimpuls", None)}),
    ("Emmen ontving geen geld uit de tweede ronde van het Volkshuisvestingsfonds.", set()),
]


@pytest.mark.parametrize("text, expected", TAKING_PART)
def test_taking_part_without_the_programme_named_in_the_sentence(text, expected):
    assert_facts(text, expected, DATE)


# --- more ways of saying who succeeded whom -----------------------------------------------------

MORE_SUCCESSION = [
    # an appointment "als opvolger van de heer X": X held the role before
    ("Het bestuur benoemt mevrouw S. Kroes per 1 april 2024 tot penningmeester van de G40, als opvolger "
     "van de heer Wit, die deze functie sinds 2020 vervulde.",
     {("S. Kroes", "hasRole", "G40", "penningmeester"), ("S. Kroes", "succeeded", "Wit", None),
      ("Wit", "hasRole", "G40", "penningmeester")}),
    # "en volgt in die functie X op": the pronoun's role was X's
    ("De voorzitter heet Daan Kroeze welkom. Hij is sinds 1 mei 2023 programmadirecteur Ondermijning bij "
     "het ministerie van Justitie en Veiligheid en volgt in die functie Karin Wolters op.",
     {("Daan Kroeze", "hasRole", "JenV", "programmadirecteur"), ("Daan Kroeze", "succeeded", "Karin Wolters", None),
      ("Karin Wolters", "hasRole", "JenV", "programmadirecteur")}),
    # "Na haar vertrek … heeft Y het trekkerschap overgenomen"; a given name before a municipality
    # name makes it a surname ("Bart Heemskerk")
    ("De themagroep Jeugd werd tot de zomer getrokken door Sanne Kroes (Dordrecht). Na haar vertrek als "
     "wethouder heeft Bart Heemskerk (Gouda) het trekkerschap overgenomen.",
     {("Sanne Kroes", "affiliatedWith", "Dordrecht", None), ("Sanne Kroes", "hasRole", "Themagroep Jeugd", "trekker"),
      ("Bart Heemskerk", "affiliatedWith", "Gouda", None),
      ("Bart Heemskerk", "hasRole", "Themagroep Jeugd", "trekker"),
      ("Bart Heemskerk", "succeeded", "Sanne Kroes", None)}),
    ("Ellen Kroes is per 1 november vertrokken naar Divosa. Haar werkzaamheden zijn overgenomen door "
     "Ruud Wolters, beleidsadviseur bij de gemeente Enschede.",
     {("Ruud Wolters", "hasRole", "Enschede", "beleidsadviseur"), ("Ruud Wolters", "succeeded", "Ellen Kroes", None)}),
]


@pytest.mark.parametrize("text, expected", MORE_SUCCESSION)
def test_more_ways_of_succession(text, expected):
    assert_facts(text, expected, DATE)


def test_an_appointment_gives_the_role():
    assert facts("Het bestuur benoemt Anna Kroes per 1 mei 2024 tot voorzitter van de pijler Sociaal.", DATE) == {
        ("Anna Kroes", "hasRole", "Pijler Sociaal", "voorzitter")}


# --- secretaries and other role words -----------------------------------------------------------

SECRETARIES = [
    ("De Pijler Wonen is opgericht. De pijler wordt ondersteund door pijlersecretaris Lotte Kroes.",
     {("Lotte Kroes", "hasRole", "Pijler Wonen", "pijlersecretaris")}),
    ("De Pijler Wonen is opgericht. Het pijlersecretariaat lag ook dit jaar bij Thijs Kroes van de gemeente "
     "Deventer.",
     {("Thijs Kroes", "affiliatedWith", "Deventer", None), ("Thijs Kroes", "hasRole", "Pijler Wonen", "secretaris")}),
    ("De themagroep Wonen is opgericht. Het secretariaat van de themagroep blijft in handen van Koen Kroes, "
     "beleidsadviseur bij de VNG.",
     {("Koen Kroes", "hasRole", "Themagroep Wonen", "secretaris"), ("Koen Kroes", "hasRole", "VNG", "beleidsadviseur")}),
    # "de pijler" is the topic, not the partner of an idea ("samen met de pijler Fysiek")
    ("De pijler Wonen kent drie themagroepen. Het idee om samen met de pijler Fysiek een taskforce op te richten, "
     "is van tafel.\n\nHet secretariaat van de pijler blijft in handen van drs. Sanne Kroes van de VNG.",
     {("Sanne Kroes", "affiliatedWith", "VNG", None), ("Sanne Kroes", "hasRole", "Pijler Wonen", "secretaris")}),
    ("Woordvoerder Jan Kroes van de G40 zegt dat het goed gaat.", {("Jan Kroes", "hasRole", "G40", "woordvoerder")}),
]


@pytest.mark.parametrize("text, expected", SECRETARIES)
def test_secretaries_and_role_words(text, expected):
    assert_facts(text, expected, DATE)


def test_a_proposal_states_no_collaboration():
    text = ("Het eerder geopperde idee om samen met de pijler Fysiek een taskforce op te richten, is in januari "
            "van tafel geveegd.")
    assert facts(text, DATE) == set()


def test_a_plan_drawn_up_by_agents_together_with_others():
    text = ("De taskforce werkt aan het Landelijk Actieplan Wonen 2022–2030. Dat actieplan is opgesteld door de "
            "ministeries van OCW en BZK, samen met onder meer de VNG, Kences en de MBO Raad.")
    assert facts(text, DATE) == {
        ("OCW", "initiated", "Landelijk Actieplan Wonen", None), ("BZK", "initiated", "Landelijk Actieplan Wonen", None),
        ("VNG", "participatesIn", "Landelijk Actieplan Wonen", None),
        ("Kences", "participatesIn", "Landelijk Actieplan Wonen", None),
        ("MBO Raad", "participatesIn", "Landelijk Actieplan Wonen", None)}


# --- partners of a programme; City Deal names with "op de" ----------------------------------------

PARTNERS = [
    ("De City Deal Kennis Delen wordt verlengd. Aan de deal doen Zwolle en Breda mee. Ook Utrecht, Rotterdam en "
     "Den Haag zijn partner.",
     {("Zwolle", "participatesIn", "City Deal Kennis Delen", None), ("Breda", "participatesIn", "City Deal Kennis Delen", None),
      ("Utrecht", "participatesIn", "City Deal Kennis Delen", None),
      ("Rotterdam", "participatesIn", "City Deal Kennis Delen", None),
      ("Den Haag", "participatesIn", "City Deal Kennis Delen", None)}),
    ("Onder zijn leiding werd de G40 partner in de City Deal Zicht op Armoede en de City Deal Groen op de "
     "Stedelijke Agenda.",
     {("G40", "participatesIn", "City Deal Zicht op Armoede", None),
      ("G40", "participatesIn", "City Deal Groen op de Stedelijke Agenda", None)}),
    ("Breda is geen partner in de City Deal Slimme Haven.", set()),
    # "in de Regio X" after a deal's name is a place, not part of the name
    ("Zwolle doet mee aan de City Deal Slimme Haven in de Regio Zwolle.",
     {("Zwolle", "participatesIn", "City Deal Slimme Haven", None)}),
]


@pytest.mark.parametrize("text, expected", PARTNERS)
def test_partners_take_part(text, expected):
    assert_facts(text, expected, DATE)


COUNTED_THEN_NAMED = [
    ("De Pijler Wonen kent drie themagroepen. De themagroep Armoede en Schulden wordt getrokken door wethouder "
     "Ruud Kroes uit Leeuwarden. Voorzitster van de themagroep Jeugd is Fatima Wolters, wethouder in Tilburg. "
     "De themagroep Zorg en Welzijn zoekt een nieuwe voorzitter.",
     {("Ruud Kroes", "hasRole", "Themagroep Armoede en Schulden", "trekker"),
      ("Ruud Kroes", "hasRole", "Leeuwarden", "wethouder"),
      ("Fatima Wolters", "hasRole", "Themagroep Jeugd", "voorzitter"),
      ("Fatima Wolters", "hasRole", "Tilburg", "wethouder"),
      ("Themagroep Armoede en Schulden", "partOf", "Pijler Wonen", None),
      ("Themagroep Jeugd", "partOf", "Pijler Wonen", None),
      ("Themagroep Zorg en Welzijn", "partOf", "Pijler Wonen", None)}),
    # fewer named than counted: which belong is unsure
    ("De Pijler Wonen kent drie themagroepen. De themagroep Jeugd zoekt een voorzitter.", set()),
]


@pytest.mark.parametrize("text, expected", COUNTED_THEN_NAMED)
def test_units_counted_then_named_belong_to_the_owner(text, expected):
    assert_facts(text, expected, DATE)


def test_money_from_the_fund_referred_to():
    text = ("Het ministerie van BZK startte in 2021 het Transformatiefonds Binnensteden. Helmond en Venlo ontvingen "
            "in 2022 een bijdrage uit het fonds; de aanvraag van Gouda werd afgewezen.")
    assert facts(text, DATE) == {("BZK", "initiated", "Transformatiefonds Binnensteden", None),  # "BZK startte … het fonds"
                           ("Helmond", "participatesIn", "Transformatiefonds Binnensteden", None),
                           ("Venlo", "participatesIn", "Transformatiefonds Binnensteden", None)}


JOINING = [
    ("De G40 startte het Programma Warme Buurten. In 2022 sloten Apeldoorn, Hilversum en Assen zich bij het "
     "programma aan.",
     {("G40", "initiated", "Programma Warme Buurten", None),  # "De G40 startte het Programma Warme Buurten"
      ("Apeldoorn", "participatesIn", "Programma Warme Buurten", None),
      ("Hilversum", "participatesIn", "Programma Warme Buurten", None),
      ("Assen", "participatesIn", "Programma Warme Buurten", None)}),
    ("Breda sloot zich bij de City Deal Slimme Haven aan.", {("Breda", "participatesIn", "City Deal Slimme Haven", None)}),
    ("Breda sloot zich niet bij de City Deal Slimme Haven aan.", set()),
]


@pytest.mark.parametrize("text, expected", JOINING)
def test_joining_with_the_particle_at_the_end(text, expected):
    assert_facts(text, expected, DATE)
