"""Persons, roles and relation patterns, sentence by sentence (graph.extract + graph.resolve).

Each row is a small Dutch text and facts a careful reader finds in it, as
(subject label, predicate, object label, role). Names are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import facts
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve


def labels(text: str, type_: str) -> set[str]:
    gazetteer = load_gazetteer()
    resolution = resolve([extract("t", text, gazetteer=gazetteer)], gazetteer)
    return {e.label for k, e in resolution.entities.items() if e.type == type_ and k in resolution.mention_keys.values()}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dit is een gesprek met Karin Hendriks (wethouder Delft) over wonen.",
         {("Karin Hendriks", "hasRole", "Delft", "wethouder")}),
        ("Het congres werd geopend door Paul Smeets, burgemeester van Breda, en anderen.",
         {("Paul Smeets", "hasRole", "Breda", "burgemeester")}),
        ("De taskforce Wonen is opgericht met als trekker Daan Bos (Tilburg).",
         {("Daan Bos", "hasRole", "Taskforce Wonen", "trekker"), ("Daan Bos", "affiliatedWith", "Tilburg", None)}),
        ("Meer informatie: Sanne de Groot sanne.degroot@zwolle.nl",
         {("Sanne de Groot", "affiliatedWith", "Zwolle", None)}),
        ("Vragen? Mail naar lieke.van.dam@vng.nl.",
         {("Lieke van Dam", "affiliatedWith", "VNG", None)}),
    ],
)
def test_roles_and_affiliations(text, expected):
    assert expected <= facts(text), facts(text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Staatssecretaris Knops opende het overleg.", "Knops"),
        ("Daarna sprak minister Van Nieuwenhuizen de zaal toe.", "Van Nieuwenhuizen"),
        ("Aanwezig: dhr. J. Visser (VNG).", "J. Visser"),
        ("Ook Mariska ten Brink en Joost van der Meer waren er.", "Joost van der Meer"),
        ("Een woord van Ahmed el Amrani (Schiedam).", "Ahmed el Amrani"),
        # two given names before a particle; the particle 't (tokenised as ' and t)
        ("Zij volgt Henk Jan de Wit op.", "Henk Jan de Wit"),
        ("Wethouder Tim van 't Veld (Amersfoort) sprak.", "Tim van 't Veld"),
        ("Mirjam van 't Hof-de Ruiter is trekker.", "Mirjam van 't Hof-de Ruiter"),
    ],
)
def test_person_names(text, person):
    assert person in labels(text, "Person")


def test_two_people_with_one_given_name_and_the_particle_t_stay_two():
    found = labels("Wethouder Tim van 't Veld (Amersfoort) en wethouder Tim van 't Hek (Breda) spraken.", "Person")
    assert found == {"Tim van 't Veld", "Tim van 't Hek"}


def test_capitalised_phrases_are_not_persons():
    text = "De Themagroep Smart Cities en de Future City Foundation werkten aan Building Back Better."
    assert labels(text, "Person") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De G40 werkt samen met het ministerie van BZK en de VNG aan de woningbouw.",
         {("G40", "collaboratesWith", "BZK", None), ("G40", "collaboratesWith", "VNG", None)}),
        ("De taskforce Werk heeft in 2021 met IPO en de ministeries van EZK en SZW gewerkt aan drie thema's.",
         {("Taskforce Werk", "collaboratesWith", "IPO", None), ("Taskforce Werk", "collaboratesWith", "EZK", None),
          ("Taskforce Werk", "collaboratesWith", "SZW", None)}),
        ("In de City Deal Slimme Stad participeren Breda, Delft en Zwolle.",
         {("Breda", "participatesIn", "City Deal Slimme Stad", None), ("Zwolle", "participatesIn", "City Deal Slimme Stad", None)}),
        ("De G40 is initiatiefnemer van de Citydeal Schone Lucht.",
         {("G40", "initiated", "City Deal Schone Lucht", None)}),
        ("De VNG organiseerde met Platform31 het congres 'Stad van Morgen'.",
         {("VNG", "organised", "Stad van Morgen", None), ("Platform31", "organised", "Stad van Morgen", None)}),
        ("Het sensorenregister, o.l.v. BZK, is klaar.", {("sensorenregister", "ledBy", "BZK", None)}),
        ("Het programma Schoon Bouwen van het ministerie van IenW loopt door.",
         {("Schoon Bouwen", "ledBy", "IenW", None)}),
        ("Het overleg is verbreed met vertegenwoordigers van M50 en P10, zegt het ambtelijk pijleroverleg.", set()),
        ("Het ambtelijk pijleroverleg is verbreed met vertegenwoordigers van M50 en P10.",
         {("M50", "participatesIn", "ambtelijk pijleroverleg", None), ("P10", "participatesIn", "ambtelijk pijleroverleg", None)}),
    ],
)
def test_relation_patterns(text, expected):
    assert expected <= facts(text), facts(text)


def test_succession_patterns():
    assert ("Jeroen Bakker", "succeeded", "Maria Smit", None) in facts(
        "Helmond is voorzitter van de City Deal Wonen, eerst was dat Maria Smit, later Jeroen Bakker.")
    assert ("Jan Kok", "succeeded", "Piet Zandstra", None) in facts("Jan Kok volgt Piet Zandstra op.")
    assert ("Piet Zandstra", "succeeded", "Jan Kok", None) in facts("Jan Kok wordt opgevolgd door Piet Zandstra.")


_BULLETS = ("Via de themagroepen werd gewerkt aan twee onderwerpen:\n"
            "• Stadslicht, getrokken door Eva Dolstra (Hoorn) en Tim Gerrits (Sneek)\n"
            "• Stadsgroen: trekker is Ria Bosveld (Hoorn)\n")
_BULLET_FACTS = {("Themagroep Stadslicht", "partOf", "Pijler Stadsleven", None),
                 ("Themagroep Stadsgroen", "partOf", "Pijler Stadsleven", None),
                 ("Eva Dolstra", "hasRole", "Themagroep Stadslicht", "trekker"),
                 ("Tim Gerrits", "hasRole", "Themagroep Stadslicht", "trekker")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De pijler Sociaal gaat werken met twee themagroepen:\n\n"
         " • Armoede en schulden, met als trekker Els Vos (Almelo)\n"
         " • Zorg. Kees Post (Venlo) is trekker van deze themagroep\n\n"
         "Anna Mol (Ede) was al eerder gekozen als voorzitter.",
         {("Themagroep Armoede en schulden", "partOf", "Pijler Sociaal", None),
          ("Themagroep Zorg", "partOf", "Pijler Sociaal", None),
          ("Els Vos", "hasRole", "Themagroep Armoede en schulden", "trekker"),
          ("Kees Post", "hasRole", "Themagroep Zorg", "trekker"),
          ("Anna Mol", "hasRole", "Pijler Sociaal", "voorzitter")}),
        # an intro without an owner: the pijler of the heading, or the one pijler named before;
        # "• X, getrokken door …" ends the unit's name at the participle
        ("Jaarverslag 2023 – Pijler Stadsleven\n\n" + _BULLETS, _BULLET_FACTS),
        ("De pijler Stadsleven had een druk jaar.\n\n" + _BULLETS, _BULLET_FACTS),
    ],
)
def test_list_intro_makes_units_part_of_the_owner_with_their_trekkers(text, expected):
    found = facts(text)
    assert expected <= found, found


def test_references_and_contact_in_sections():
    text = ("Wonen\n\nDe themagroep voerde gesprekken met BZK.\n\n"
            "Themagroep Werk\n\nIn maart ging de themagroep in gesprek met Tom Ris (UWV).\n"
            "Meer informatie: Lotte Kaan lotte.kaan@almere.nl")
    found = facts(text)
    assert {("Themagroep Wonen", "collaboratesWith", "BZK", None),
            ("Themagroep Werk", "collaboratesWith", "UWV", None),
            ("Tom Ris", "affiliatedWith", "UWV", None),
            ("Lotte Kaan", "contactFor", "Themagroep Werk", None),
            ("Lotte Kaan", "affiliatedWith", "Almere", None)} <= found, found


def test_past_roles():
    gazetteer = load_gazetteer()
    extraction = extract("t", "Den Bosch levert met oud-wethouder Gerrit Schouten een kwartiermaker.", gazetteer=gazetteer)
    roles = [(r.subject.text, r.role, r.past) for r in extraction.relations if r.predicate == "hasRole"]
    assert roles == [("Gerrit Schouten", "wethouder", True)]


def test_relations_carry_rule_confidence_and_literal_evidence():
    text = "Inleiding\n\nDe G40 werkt samen met het ministerie van BZK. Dat gaat goed."
    extraction = extract("t", text, gazetteer=load_gazetteer())
    assert extraction.relations
    for r in extraction.relations:
        assert r.rule.startswith(("relations.", "roles.", "persons.")) and 0 < r.confidence <= 1
        assert text[r.evidence_start:r.evidence_end] == "De G40 werkt samen met het ministerie van BZK."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De pijler Fysiek werkt samen met het ministerie van BZK.", {("Pijler Fysiek", "collaboratesWith", "BZK")}),
        ("De themagroep Wonen werkt samen met Aedes.", {("Themagroep Wonen", "collaboratesWith", "Aedes")}),
        ("De themagroep Gezonde arbeidsmarkt organiseert een congres.", set()),
    ],
)
def test_a_unit_name_in_sentence_case_stops_before_its_verb(text, expected):
    assert {f[:3] for f in facts(text) if f[1] != "affiliatedWith"} == expected
    assert not any(" werkt" in label or " organiseert" in label for label in labels(text, "OrganisationalUnit"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fatima Yilmaz is voorzitster van de themagroep Jeugd.",
         {("Fatima Yilmaz", "hasRole", "Themagroep Jeugd", "voorzitter")}),  # the female form, one role
        ("Karin de Boer, directeur-generaal bij het ministerie van BZK, sprak.",
         {("Karin de Boer", "hasRole", "BZK", "directeur-generaal")}),
        ("Voorzitter van de themagroep Jeugd is Fatima Yilmaz.",
         {("Fatima Yilmaz", "hasRole", "Themagroep Jeugd", "voorzitter")}),  # the role first, a named unit
        ("Programmamanager van de City Deal Kennis Maken is dr. Eva de Graaf.",
         {("Eva de Graaf", "hasRole", "City Deal Kennis Maken", "programmamanager")}),
        ("Aan de City Deal Kennis Maken nemen Groningen, Utrecht en Zwolle deel.",  # inverted
         {("Groningen", "participatesIn", "City Deal Kennis Maken", None),
          ("Utrecht", "participatesIn", "City Deal Kennis Maken", None),
          ("Zwolle", "participatesIn", "City Deal Kennis Maken", None)}),
        ("Zij nemen het grootste deel van het werk over in de City Deal Kennis Maken.", set()),
        ("Enschede en Hengelo nemen al deel aan de Regio Deal Twente.",  # an adverb before the particle
         {("Enschede", "participatesIn", "Regio Deal Twente", None),
          ("Hengelo", "participatesIn", "Regio Deal Twente", None)}),
    ],
)
def test_more_ways_of_saying_roles_and_participation(text, expected):
    assert {f for f in facts(text) if f[1] != "affiliatedWith"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural subject of a joint undertaking: each pair collaborates
        ("Breda en het ministerie van EZK werken samen aan de binnenstad.", {("Breda", "collaboratesWith", "EZK")}),
        ("Het ministerie van IenW en de G40 hebben een intentieverklaring getekend.",
         {("IenW", "collaboratesWith", "G40")}),
        ("Met Breda en Tilburg werken we samen.", set()),  # a prepositional phrase, not the subject
        # a fronted "met"-phrase and a later "werkt … samen"
        ("Met de VNG en het IPO werkt de G40 samen aan de woondeals.",
         {("G40", "collaboratesWith", "VNG"), ("G40", "collaboratesWith", "IPO")}),
        ("Met de VNG werkt de G40 niet samen.", set()),
        # coordinated subjects of "samen met"
        ("Breda en Tilburg werken samen met het ministerie van EZK.",
         {("Breda", "collaboratesWith", "EZK"), ("Tilburg", "collaboratesWith", "EZK")}),
        # "op initiatief van"
        ("Op initiatief van de G40 is de City Deal Kennis Maken gestart.",
         {("G40", "initiated", "City Deal Kennis Maken")}),
        # succession after a pronoun or a possessive that points back
        ("Anna Bos is trekker. Zij wordt opgevolgd door Mohamed Bouzid.",
         {("Mohamed Bouzid", "succeeded", "Anna Bos")}),
        ("Anna Bos is trekker. Haar taak is overgenomen door Erik Dekker.",
         {("Erik Dekker", "succeeded", "Anna Bos")}),
        ("Fleur Jansen vervangt Hans Wolters.", {("Fleur Jansen", "succeeded", "Hans Wolters")}),
    ],
)
def test_joint_subjects_initiative_and_succession(text, expected):
    found = {f[:3] for f in facts(text) if f[1] in ("collaboratesWith", "initiated", "succeeded")}
    assert found == expected


def test_a_plural_role_gives_each_person_the_place_in_their_own_bracket():
    text = "Namens de G40 tekenden de wethouders Karel Smeets (Venlo), Ilse Bos (Leiden) en Ahmed Aziz (Almere)."
    assert {f for f in facts(text) if f[1] == "hasRole"} == {
        ("Karel Smeets", "hasRole", "Venlo", "wethouder"), ("Ilse Bos", "hasRole", "Leiden", "wethouder"),
        ("Ahmed Aziz", "hasRole", "Almere", "wethouder")}
    led = "De themagroep Warmte wordt getrokken door Bart Huisman (Zwolle) en Noor de Boer (Hengelo)."
    assert {f for f in facts(led) if f[1] == "hasRole"} == {
        ("Bart Huisman", "hasRole", "Themagroep Warmte", "trekker"),
        ("Noor de Boer", "hasRole", "Themagroep Warmte", "trekker")}


def test_a_passive_chair_belongs_to_the_subject_not_to_a_unit_after_a_preposition():
    text = ("De Taskforce Veilige Binnensteden valt onder de pijler Veiligheid en wordt voorgezeten door "
            "burgemeester Jan-Willem ten Hove.")
    assert {f for f in facts(text) if f[1] == "hasRole"} == {
        ("Jan-Willem ten Hove", "hasRole", "Taskforce Veilige Binnensteden", "voorzitter")}


def test_a_dateline_city_is_not_whose_wethouder_someone_was():
    text = ("Den Haag, 3 juli 2023 – Het bestuur heeft oud-wethouder Marjolein van Loon benoemd tot voorzitter "
            "van de pijler Sociaal.")
    assert {f for f in facts(text) if f[1] == "hasRole"} == {
        ("Marjolein van Loon", "hasRole", "Pijler Sociaal", "voorzitter")}


def _core(text: str, predicates: tuple[str, ...]) -> set[tuple]:
    """The (subject, predicate, object) facts of ``text`` with one of ``predicates``."""
    return {f[:3] for f in facts(text) if f[1] in predicates}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted "met"-phrase; the subject comes after the finite verb (Dutch V2)
        ("Met de VNG en het IPO werkt de G40 samen aan de woondeals.",
         {("G40", "collaboratesWith", "VNG"), ("G40", "collaboratesWith", "IPO")}),
        ("Met BZK werkt Zwolle samen.", {("Zwolle", "collaboratesWith", "BZK")}),
        ("Met BZK en EZK werken Breda en Zwolle samen.",
         {("Breda", "collaboratesWith", "BZK"), ("Breda", "collaboratesWith", "EZK"),
          ("Zwolle", "collaboratesWith", "BZK"), ("Zwolle", "collaboratesWith", "EZK")}),
        ("Met het IPO werkt de pijler Fysiek samen aan de energietransitie.",
         {("Pijler Fysiek", "collaboratesWith", "IPO")}),
        ("Met de VNG werkt Leeuwarden samen, met het IPO niet.", {("Leeuwarden", "collaboratesWith", "VNG")}),
        # "met steun van" names no partner, and the inverted list of subjects ends at "samen met"
        ("Met steun van OCW werken Breda en Zwolle samen met het Fonds voor Cultuurparticipatie.",
         {("Breda", "collaboratesWith", "Fonds voor Cultuurparticipatie"),
          ("Zwolle", "collaboratesWith", "Fonds voor Cultuurparticipatie")}),
        # a fronted "aan"-phrase: the participants come after the verb
        ("Aan de City Deal Kennis Maken nemen Breda, Zwolle en Enschede deel.",
         {("Breda", "participatesIn", "City Deal Kennis Maken"), ("Zwolle", "participatesIn", "City Deal Kennis Maken"),
          ("Enschede", "participatesIn", "City Deal Kennis Maken")}),
        ("Aan de City Deal Kennis Maken neemt Breda deel.", {("Breda", "participatesIn", "City Deal Kennis Maken")}),
        ("Aan het programma Samen Sterk doen Breda en Zwolle mee.",
         {("Breda", "participatesIn", "Samen Sterk"), ("Zwolle", "participatesIn", "Samen Sterk")}),
        ("Aan het programma Samen Sterk doen Breda en Zwolle niet mee.", set()),
    ],
)
def test_fronted_objects_and_inversion(text, expected):
    assert _core(text, ("collaboratesWith", "participatesIn")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # money from a programme: the receivers take part in it (the contract has no funding predicate)
        ("Leeuwarden en Zwolle ontvingen geld uit het Volkshuisvestingsfonds.",
         {("Leeuwarden", "participatesIn", "Volkshuisvestingsfonds"),
          ("Zwolle", "participatesIn", "Volkshuisvestingsfonds")}),
        ("Breda krijgt een bijdrage uit het Nationaal Groeifonds.", {("Breda", "participatesIn", "Nationaal Groeifonds")}),
        ("Enschede heeft middelen uit de Regio Deal Twente ontvangen.",
         {("Enschede", "participatesIn", "Regio Deal Twente")}),
        ("In 2023 ontving Zwolle geld uit het Volkshuisvestingsfonds.",
         {("Zwolle", "participatesIn", "Volkshuisvestingsfonds")}),
        # money from a ministry is no participation, and no collaboration either
        ("Enschede ontving middelen van het ministerie van BZK.", set()),
        ("Breda ontving geen geld uit het Volkshuisvestingsfonds.", set()),
        ("Het Rijk stelt geld beschikbaar uit het Volkshuisvestingsfonds.", set()),
    ],
)
def test_receiving_money_from_a_programme_is_taking_part_in_it(text, expected):
    assert _core(text, ("collaboratesWith", "participatesIn")) == expected


@pytest.mark.parametrize(
    "text, programmes",
    [
        ("Breda en Zwolle ondertekenden het Gezond en Actief Leven Akkoord.", {"Gezond en Actief Leven Akkoord"}),
        ("Zwolle werkt aan de Stevige Wijken en Sterke Steden Agenda.", {"Stevige Wijken en Sterke Steden Agenda"}),
        ("De Agenda werd vastgesteld.", set()),
        ("Venlo neemt deel aan de Regio Deal Noord-Limburg.", {"Regio Deal Noord-Limburg"}),
        ("De Regio Deal Zeeland loopt tot 2025.", {"Regio Deal Zeeland"}),
        ("De Regio Deal Zuidoost-Drenthe loopt tot 2025.", {"Regio Deal Zuidoost-Drenthe"}),
        ("In de Regio Deal Twente werken Enschede en Hengelo samen.", {"Regio Deal Twente"}),  # a region is Title Case
    ],
)
def test_programme_names_with_en_or_a_region(text, programmes):
    assert labels(text, "Programme") == programmes


def test_a_regio_deal_named_after_a_region_keeps_its_participants():
    text = "Venlo en Roermond nemen deel aan de Regio Deal Noord-Limburg."
    assert _core(text, ("participatesIn",)) == {("Venlo", "participatesIn", "Regio Deal Noord-Limburg"),
                                                ("Roermond", "participatesIn", "Regio Deal Noord-Limburg")}
    assert labels(text, "Province") == set()  # "Noord-Limburg" is a region, not the province
    assert _core("Breda ondertekende het Gezond en Actief Leven Akkoord.", ("participatesIn",)) == {
        ("Breda", "participatesIn", "Gezond en Actief Leven Akkoord")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De pijler Sociaal kent drie themagroepen.\n\n • Armoede\n • Jeugd\n • Zorg\n",
         {"Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg"}),
        ("Pijler Sociaal\n\nDe pijler kent drie themagroepen.\n\n • Armoede\n • Jeugd\n • Zorg\n",
         {"Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg"}),
        ("De pijler Sociaal kent drie themagroepen: Armoede, Jeugd en Zorg.",
         {"Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg"}),
        ("De pijler Sociaal kent twee themagroepen: Wonen en Zorg, Armoede en Jeugd.",
         {"Themagroep Wonen en Zorg", "Themagroep Armoede en Jeugd"}),
        ("De pijler Sociaal kent drie themagroepen. Dit zijn Armoede, Jeugd en Zorg.",
         {"Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg"}),
        # no count and no list: nothing
        ("De themagroepen van de pijler Sociaal vergaderden.\n\n • Breda sprak over wonen\n", set()),
        ("De pijler Sociaal kent drie themagroepen: zij vergaderen vaak.", set()),
    ],
)
def test_a_counted_list_of_themagroepen_belongs_to_the_pijler(text, expected):
    found = _core(text, ("partOf",))
    assert found == {(unit, "partOf", "Pijler Sociaal") for unit in expected}, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject is a noun phrase that names no entity: no actor to collaborate
        ("Pijler Fysiek\n\nDe woondeals zijn tot stand gekomen in samenwerking met BZK.", set()),
        ("De City Deal Kennis Maken loopt. De woondeals zijn tot stand gekomen in samenwerking met BZK.", set()),
        ("Pijler Fysiek\n\nHet plan is samen met BZK opgesteld.", set()),
        ("Pijler Fysiek\n\nDe leden werken samen met BZK.", set()),
        # a time before the verb is no subject
        ("Pijler Fysiek\n\nDe afgelopen maanden is er veel overleg met BZK geweest.",
         {("Pijler Fysiek", "collaboratesWith", "BZK")}),
        # no subject, a pronoun or a reference: the actor of the section
        ("Pijler Fysiek\n\nDe pijler werkt samen met BZK.", {("Pijler Fysiek", "collaboratesWith", "BZK")}),
        ("Pijler Fysiek\n\nEr is contact met BZK.", {("Pijler Fysiek", "collaboratesWith", "BZK")}),
        ("Pijler Fysiek\n\nWe werken samen met BZK.", {("Pijler Fysiek", "collaboratesWith", "BZK")}),
    ],
)
def test_a_subject_that_is_no_entity_collaborates_with_no_one(text, expected):
    assert _core(text, ("collaboratesWith",)) == expected


def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "hasRole"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a portfolio after the role word ("wethouder Zorg en Welzijn") is no surname; the place follows it
        ("Per 1 april is Iris Bakker, wethouder Zorg en Welzijn in Zwolle, de nieuwe voorzitter van de pijler Sociaal.",
         {("Iris Bakker", "hasRole", "Zwolle", "wethouder"), ("Iris Bakker", "hasRole", "Pijler Sociaal", "voorzitter")}),
        ("Trekker van de themagroep Cultuur is Noor Visser, wethouder Cultuur van Dordrecht.",
         {("Noor Visser", "hasRole", "Dordrecht", "wethouder"),
          ("Noor Visser", "hasRole", "Themagroep Cultuur", "trekker")}),
        ("Daan Smit, wethouder economie in Leeuwarden, opende de bijeenkomst.",
         {("Daan Smit", "hasRole", "Leeuwarden", "wethouder")}),
        ("Namens het ministerie sprak Pieter de Boer, directeur Warmte en Ondergrond bij EZK.",
         {("Pieter de Boer", "hasRole", "EZK", "directeur")}),
        ("Karin Mulder, gedeputeerde Mobiliteit van de provincie Gelderland, was ook aanwezig.",
         {("Karin Mulder", "hasRole", "Gelderland", "gedeputeerde")}),
        # a surname after the role word stays a person
        ("Het overleg werd geopend door wethouder Jansen van Breda.", {("Jansen", "hasRole", "Breda", "wethouder")}),
        # "hij/zij" after the verb, with a date or an adverb before the role: the person named before
        ("Anna de Vries neemt afscheid als trekker van de themagroep Wonen. "
         "Per 1 januari 2023 wordt zij hoofd Mobiliteit bij de provincie Gelderland.",
         {("Anna de Vries", "hasRole", "Themagroep Wonen", "trekker"),
          ("Anna de Vries", "hasRole", "Gelderland", "hoofd")}),
        ("Per 1 september wordt Lotte Kok programmadirecteur van de City Deal Kennis Maken. "
         "Zij is op dit moment nog directeur Ruimte bij de provincie Overijssel.",
         {("Lotte Kok", "hasRole", "City Deal Kennis Maken", "programmadirecteur"),
          ("Lotte Kok", "hasRole", "Overijssel", "directeur")}),
        ("Kevin Bos (Venlo) is plaatsvervangend trekker van de themagroep Mobiliteit.",
         {("Kevin Bos", "hasRole", "Themagroep Mobiliteit", "plaatsvervangend trekker")}),
        # a question states no role
        ("Anna de Vries neemt afscheid als trekker van de themagroep Wonen. Wordt zij voorzitter van de pijler Fysiek?",
         {("Anna de Vries", "hasRole", "Themagroep Wonen", "trekker")}),
    ],
)
def test_a_portfolio_is_no_person_and_a_pronoun_after_its_verb_takes_a_role(text, expected):
    assert _roles(text) == expected
    assert labels(text, "Person") == {person for person, *_ in expected}


def test_a_surname_with_a_capital_particle_repeats_the_full_name():
    text = ("Per 1 april is Marieke van der Wal voorzitter van de pijler Sociaal. "
            "Van der Wal was eerder vicevoorzitter van de pijler.")
    assert labels(text, "Person") == {"Marieke van der Wal"}
    assert ("Marieke van der Wal", "hasRole", "Pijler Sociaal", "vicevoorzitter") in facts(text)


@pytest.mark.parametrize(
    "text, predicate, expected",
    [
        # succession: "Haar opvolger is Y"; the finite verb before both names: "volgt A B op"
        ("Na vijf jaar neemt Joke Bos afscheid als trekker van de themagroep Wonen. Haar opvolger is Rik de Wit.",
         "succeeded", {("Rik de Wit", "succeeded", "Joke Bos")}),
        ("Per 1 november volgt Bart Kok (gemeente Amersfoort) Ingrid de Boer op als secretaris van de themagroep Jeugd.",
         "succeeded", {("Bart Kok", "succeeded", "Ingrid de Boer")}),
        # a surname with its particle written again at the start of a sentence is the same person
        ("Marieke van Loon is benoemd tot directeur van de G40. Van Loon, die eerder wethouder was in Dordrecht, "
         "begint op 1 september. Zij volgt Richard Hoogland op.",
         "succeeded", {("Marieke van Loon", "succeeded", "Richard Hoogland")}),
        # partOf: a relative clause or an apposition says which unit a unit belongs to
        ("Het plan komt van de themagroep Cultuur, die onderdeel is van de pijler Sociaal.",
         "partOf", {("Themagroep Cultuur", "partOf", "Pijler Sociaal")}),
        ("De Taskforce Warmte, een van de taskforces binnen de pijler Fysiek, vergaderde in mei.",
         "partOf", {("Taskforce Warmte", "partOf", "Pijler Fysiek")}),
        # the main clause's subject, also with another verb between
        ("De Taskforce Wonen is in 2022 opgericht en maakt sindsdien deel uit van de pijler Fysiek.",
         "partOf", {("Taskforce Wonen", "partOf", "Pijler Fysiek")}),
        ("De werkgroep Schulden valt sinds mei onder de themagroep Armoede.",
         "partOf", {("Werkgroep Schulden", "partOf", "Themagroep Armoede")}),
        ("Besluit: de werkgroep Schulden wordt per 1 januari ondergebracht bij de pijler Sociaal.",
         "partOf", {("Werkgroep Schulden", "partOf", "Pijler Sociaal")}),
        ("De werkgroep Schulden valt niet onder de themagroep Armoede.", "partOf", set()),  # denied
        # agreements made with a partner are collaboration
        ("De Taskforce Warmte heeft vorige week met het ministerie van EZK afspraken gemaakt.",
         "collaboratesWith", {("Taskforce Warmte", "collaboratesWith", "EZK")}),
    ],
)
def test_succession_parts_and_agreements(text, predicate, expected):
    assert _core(text, (predicate,)) == expected


def test_a_municipality_after_the_name_of_a_unit_role_is_an_affiliation():
    text = "De Taskforce Warmte werd in 2022 opgericht. Ambtelijk trekker is Meryem Kaya van de gemeente Haarlemmermeer."
    found = {f for f in facts(text) if f[1] in ("hasRole", "affiliatedWith")}
    assert found == {("Meryem Kaya", "hasRole", "Taskforce Warmte", "ambtelijk trekker"),
                     ("Meryem Kaya", "affiliatedWith", "Haarlemmermeer", None)}


def test_a_unit_whose_name_may_run_on_gets_no_parent_from_its_clause():
    # "Armoede en schulden": the name may end at "en" or not; no fact rather than one about the wrong unit
    found = _core("De Themagroep Armoede en schulden valt onder de Pijler Sociaal.", ("partOf",))
    assert ("Themagroep Armoede", "partOf", "Pijler Sociaal") not in found, found


@pytest.mark.parametrize("text, unit", [
    ("In 2022 werd de pijler Fysiek voorgezeten door Anna de Vries (Breda).", "Pijler Fysiek"),  # separable participle
    ("De pijler Sociaal telde vier themagroepen.", "Pijler Sociaal"),  # a weak past tense in -de
    ("De taskforce Energie, ingesteld door de G40, werkt samen met EZK.", "Taskforce Energie"),
])
def test_a_unit_name_stops_before_a_participle_or_past_tense(text, unit):
    assert labels(text, "OrganisationalUnit") == {unit}


@pytest.mark.parametrize(
    "text, expected",
    [
        # passive: "werd door X en Y in het leven geroepen / opgericht"; an anaphoric subject points back
        ("De City Deal Slimme Stad loopt tot 2025. Dat programma werd vorig jaar door BZK en de VNG in het "
         "leven geroepen om gemeenten te helpen.",
         {("BZK", "initiated", "City Deal Slimme Stad"), ("VNG", "initiated", "City Deal Slimme Stad")}),
        ("De City Deal Slimme Stad werd in 2021 door het ministerie van OCW opgericht.",
         {("OCW", "initiated", "City Deal Slimme Stad")}),
        ("De City Deal Slimme Stad werd niet door OCW opgericht.", set()),  # denied
        # "het initiatief voor X lag bij Y"
        ("Het initiatief voor de City Deal Slimme Stad lag bij de gemeente Breda, die de eerste gesprekken voerde.",
         {("Breda", "initiated", "City Deal Slimme Stad")}),
        # a relative clause: "X, die Y lanceerde"
        ("De themagroep werkte aan de City Deal Slimme Stad, die de G40 in 2021 lanceerde.",
         {("G40", "initiated", "City Deal Slimme Stad")}),
        ("De themagroep werkte aan de City Deal Slimme Stad, die de G40 in 2021 besprak.", set()),
        # "op initiatief van X ingesteld": a unit that is set up
        ("De Taskforce Wonen is in 2022 op initiatief van de pijler Fysiek ingesteld.",
         {("Pijler Fysiek", "initiated", "Taskforce Wonen")}),
        ("De Taskforce Wonen overlegde op initiatief van de pijler Fysiek met BZK.", set()),
    ],
)
def test_passive_relative_and_fronted_initiative(text, expected):
    found = {f[:3] for f in facts(text) if f[1] == "initiated"}
    assert found == expected


@pytest.mark.parametrize("text, programme", [
    # a compound in -convenant or -actieplan with a Title Case name after it
    ("De G40 en OCW sloten het Cultuurconvenant Middelgrote Steden.", "Cultuurconvenant Middelgrote Steden"),
    # a Title Case name before the head word "Actieplan"
    ("De taskforce werkt aan het Landelijk Actieplan Dakloosheid 2023–2030.", "Landelijk Actieplan Dakloosheid"),
])
def test_a_covenant_or_action_plan_with_a_name_is_a_programme(text, programme):
    assert labels(text, "Programme") == {programme}


def test_a_bare_covenant_or_action_plan_is_no_programme():
    assert labels("Breda tekende het convenant en stelde een actieplan op.", "Programme") == set()


def test_participants_stay_in_the_clause_of_their_verb():
    text = ("Breda werkt aan het Landelijk Actieplan Dakloosheid. In 2023 tekenden Tilburg en Enschede zulke "
            "afspraken; in Deventer en Leiden lopen de gesprekken nog.")
    found = {f[:3] for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Tilburg", "participatesIn", "Landelijk Actieplan Dakloosheid"),
                     ("Enschede", "participatesIn", "Landelijk Actieplan Dakloosheid")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a copula before the subject: "Tot maart was X (Y) vicevoorzitter"
        ("De taskforce Groen Wonen is in 2021 opgericht. Tot maart was Ria Bosveld (Hoorn) vicevoorzitter.",
         {("Ria Bosveld", "hasRole", "Taskforce Groen Wonen", "vicevoorzitter")}),
        # several subjects after the copula: "zijn A (X) en B (Y) samen trekker"
        ("Bij de themagroep Stadslicht zijn Eva Dolstra (Hoorn) en Tim Gerrits (Sneek) samen trekker.",
         {("Eva Dolstra", "hasRole", "Themagroep Stadslicht", "trekker"),
          ("Tim Gerrits", "hasRole", "Themagroep Stadslicht", "trekker")}),
        # "Namens <organisatie> <werkwoord> X, <rol> …": the role is held at that organisation
        ("Namens de VNG tekende drs. Hans Okkerman, directeur Stad en Ruimte.",
         {("Hans Okkerman", "hasRole", "VNG", "directeur")}),
    ],
)
def test_roles_away_from_the_name(text, expected):
    assert expected <= facts(text), facts(text)

