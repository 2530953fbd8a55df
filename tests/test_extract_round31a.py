"""Round 31a: entities and references (the network's board as a unit where someone sits in it, …)."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts, mentions


# --- the network's board: "lid van het bestuur", "treedt toe tot het bestuur" ---------------------

def test_joining_the_board_makes_it_a_unit_of_the_network():
    text = ("Nieuws van het Stedennetwerk G40\n\n"
            "Eva Smit (Ede) treedt toe tot het bestuur als lid.")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "G40-bestuur", "lid") in found, found
    assert ("G40-bestuur", "partOf", "G40", None) in found, found


def test_the_general_board_named_with_its_network():
    text = "Burgemeester Anna Kok van Breda is toegetreden tot het algemeen bestuur van de G40."
    found = facts(text)
    assert ("G40-bestuur", "partOf", "G40", None) in found, found
    assert any(f[0] == "Anna Kok" and f[2] == "G40-bestuur" for f in found), found


def test_a_listed_board_holds_the_roles_of_its_members():
    text = ("Over de G40\n\nHet bestuur bestaat uit:\n\n"
            "- Eva Smit, burgemeester van Ede – voorzitter\n"
            "- Jan Kok, wethouder van Breda – penningmeester\n")
    assert_facts(text, {
        ("Eva Smit", "hasRole", "G40-bestuur", "voorzitter"),
        ("Eva Smit", "hasRole", "Ede", "burgemeester"),
        ("Jan Kok", "hasRole", "G40-bestuur", "penningmeester"),
        ("Jan Kok", "hasRole", "Breda", "wethouder"),
        ("G40-bestuur", "partOf", "G40", None),
    })


@pytest.mark.parametrize("text", [
    # the board acting: the network is what the sentence is about, no unit of its own
    "Stedennetwerk G40\n\nHet bestuur dankt Eva Smit (Ede) voor haar inzet.",
    "Daarom heeft het bestuur van de G40 in mei de Taskforce Werklocaties ingesteld.",
    "Stedennetwerk G40\n\nHet bestuur heeft de benoemingen in zijn vergadering bekrachtigd.",
])
def test_the_board_acting_is_no_unit(text):
    assert not any("bestuur" in f[0] or "bestuur" in f[2] for f in facts(text)), facts(text)


def test_another_organisations_board_is_left_to_that_organisation():
    text = "Stedennetwerk G40\n\nWethouder Eva Smit van Ede is lid van het bestuur van de VNG."
    found = facts(text)
    assert not any("G40-bestuur" in (f[0], f[2]) for f in found), found


def test_no_board_without_a_network_in_the_document():
    text = "Eva Smit (Ede) treedt toe tot het bestuur als lid."
    assert not any("bestuur" in f[2] for f in facts(text)), facts(text)


# --- "het netwerk": the city network named before; "Vicevoorzitter blijft X" ---------------------

def test_the_network_refers_to_the_city_network_named_before():
    text = ("Het Stedennetwerk G40 heeft een nieuwe voorzitter. "
            "Jan Bos was vier jaar voorzitter van het netwerk.")
    assert ("Jan Bos", "hasRole", "G40", "voorzitter") in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    # a network with a "van" complement is another one: "het netwerk van de corporaties"
    "De G40 werkt met Aedes. Aedes brengt het netwerk van de corporaties in; Jan Bos is voorzitter van het netwerk van de corporaties.",
    # no city network named: "het netwerk" is nobody's
    "Jan Bos was vier jaar voorzitter van het netwerk.",
])
def test_the_network_refers_to_nothing_else(text):
    assert not any(f[2] == "G40" and f[0] == "Jan Bos" for f in facts(text)), facts(text)


def test_a_role_word_that_stays_before_its_holder():
    text = ("Stedennetwerk G40\n\nJan Bos was vier jaar voorzitter van het netwerk. "
            "Vicevoorzitter blijft wethouder Eva Smit van Leiden.")
    assert_facts(text, {
        ("Jan Bos", "hasRole", "G40", "voorzitter"),
        ("Eva Smit", "hasRole", "G40", "vicevoorzitter"),
        ("Eva Smit", "hasRole", "Leiden", "wethouder"),
    })


# --- "(G40-bureau)": the organisation's bureau named in an aside after a person --------------------

@pytest.mark.parametrize("text, person", [
    ("Verslag themagroep Wonen\n\nSecretaris: Tamara Bakker (G40-bureau)\n", "Tamara Bakker"),
    ("Aanwezig: Jan de Vries (JdV, Zoetermeer), Liesbeth Groen (LG, G40-bureau, notulen)\n", "Liesbeth Groen"),
])
def test_a_bureau_in_the_aside_after_a_person_is_the_unit(text, person):
    found = facts(text)
    assert ("G40-bureau", "partOf", "G40", None) in found, found
    assert (person, "affiliatedWith", "G40", None) in found, found


@pytest.mark.parametrize("text", [
    "Verslag: Bart Kok (directeur G40-bureau)\n",  # a job title, as before
    "Sanne Kuipers, beleidsadviseur G40-bureau, opent.",
])
def test_a_bureau_in_a_job_title_stays_part_of_the_title(text):
    assert not any("G40-bureau" in (f[0], f[2]) for f in facts(text)), facts(text)


# --- a role held only in a board, with no body named: the network's board --------------------------

def test_a_treasurer_without_a_body_is_of_the_networks_board():
    text = ("Verslag ledenvergadering Stedennetwerk G40\n\n"
            "Eva Smit (Ede) treedt toe tot het bestuur als lid. "
            "Penningmeester Lotte Kok, wethouder in Alkmaar, licht de jaarrekening toe.")
    found = facts(text)
    assert ("Lotte Kok", "hasRole", "G40-bestuur", "penningmeester") in found, found
    assert ("Lotte Kok", "hasRole", "Alkmaar", "wethouder") in found, found


@pytest.mark.parametrize("text", [
    # no board of the network in the document: nobody's treasurer
    "Verslag ledenvergadering Stedennetwerk G40\n\nPenningmeester Lotte Kok licht de jaarrekening toe.",
    # a body named: that body's
    "Stedennetwerk G40\n\nEva Smit (Ede) treedt toe tot het bestuur als lid. Lotte Kok, penningmeester van de VNG, licht de jaarrekening toe.",
])
def test_a_treasurer_of_no_board_or_of_a_named_body(text):
    found = facts(text)
    assert not any(f[0] == "Lotte Kok" and f[2] == "G40-bestuur" for f in found), found


# --- "de voorzitter van X, wethouder Y": the apposition names the holder with a title --------------

def test_a_role_of_a_body_then_the_holder_with_a_title():
    text = "Je werkt samen met de voorzitter van de Pijler Fysiek, wethouder Thijs de Wolff van Amersfoort."
    assert_facts(text, {
        ("Thijs de Wolff", "hasRole", "Pijler Fysiek", "voorzitter"),
        ("Thijs de Wolff", "hasRole", "Amersfoort", "wethouder"),
    })


def test_a_role_of_a_body_then_another_holder_in_a_list():
    text = "Je werkt samen met de voorzitter van de Pijler Fysiek, de wethouder van Ede en Eva Smit."
    assert not any(f[3] == "voorzitter" for f in facts(text)), facts(text)


# --- "een selectiecommissie … de commissie": a body introduced, then referred back to -------------

def test_a_compound_body_introduced_then_referred_back_to_is_a_unit():
    text = ("De voordracht kwam van een selectiecommissie onder leiding van burgemeester Bas Kok van Helmond. "
            "Ook wethouder Eva Smit (Haarlem) en directeur Jan Bos maakten deel uit van de commissie.")
    found = facts(text)
    assert ("Bas Kok", "hasRole", "selectiecommissie", "voorzitter") in found, found
    assert ("Eva Smit", "participatesIn", "selectiecommissie", None) in found, found
    assert ("Jan Bos", "participatesIn", "selectiecommissie", None) in found, found


@pytest.mark.parametrize("text", [
    # never referred back to: a common noun
    "De voordracht kwam van een selectiecommissie onder leiding van burgemeester Bas Kok van Helmond.",
    # "de commissie voor …" names another committee
    "Er komt een adviescommissie. Bas Kok van Helmond zit in de commissie voor Zorg.",
    # the definite compound refers back itself: no new unit
    "De selectiecommissie sprak. Bas Kok van Helmond zat in de commissie.",
])
def test_a_compound_body_without_reference_stays_a_common_noun(text):
    assert not any("commissie" in f[2] for f in facts(text)), facts(text)


def test_persons_taking_part_in_an_organisation_are_no_members_of_a_unit():
    text = "Eva Smit en Jan Bos maakten deel uit van de VNG."
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- "Haar voorganger X": the person named before succeeded X ---------------------------------------

@pytest.mark.parametrize("text", [
    "Carla Pijl is benoemd tot gemeentesecretaris van Schiedam. Haar voorganger Henk Brouwer gaat met pensioen.",
    "Carla Pijl is benoemd tot gemeentesecretaris van Schiedam. Haar voorganger was Henk Brouwer.",
])
def test_her_predecessor_was_succeeded_by_the_person_named_before(text):
    found = facts(text)
    assert ("Carla Pijl", "succeeded", "Henk Brouwer", None) in found, found


@pytest.mark.parametrize("text", [
    # the predecessor of someone else, or not named right after
    "Carla Pijl is benoemd tot gemeentesecretaris van Schiedam. De voorganger van Henk Brouwer gaat met pensioen.",
    "Carla Pijl is benoemd tot gemeentesecretaris van Schiedam. Haar voorganger in Delft, Henk Brouwer, gaat met pensioen.",
])
def test_no_succession_from_another_predecessor(text):
    assert not any(f[1] == "succeeded" for f in facts(text)), facts(text)


# --- "de regeling X", "het fonds X", "het traject X": a lower-case kind word before a Title Case name --

@pytest.mark.parametrize("text, expected", [
    ("Breda doet mee aan de regeling Groene Daken Nu van BZK.",
     {("Breda", "participatesIn", "Groene Daken Nu", None), ("Groene Daken Nu", "ledBy", "BZK", None)}),
    ("Breda ontvangt geld uit het fonds Stedelijke Vernieuwing.",
     {("Breda", "participatesIn", "Fonds Stedelijke Vernieuwing", None)}),
    ("Vereenvoudiging van de Participatiewet (traject Participatiewet in balans van SZW).",
     {("Participatiewet in balans", "ledBy", "SZW", None)}),
])
def test_a_programme_named_after_a_lower_case_kind_word(text, expected):
    found = facts(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    "De regeling is bedoeld voor steden. Het fonds Zorg helpt steden.",  # one word, then a verb
    "Wij vragen het fonds Zorg te helpen.",
    "Breda start een traject van drie jaar met Ede.",
])
def test_no_programme_from_a_kind_word_without_a_title_case_name(text):
    assert mentions(text, "Programme") == [], mentions(text, "Programme")


# --- a compound given name repeated alone: "Arie Jan Blokland … Arie Jan" ----------------------------

def _person_labels(text: str) -> set[str]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    return {m.label for m in extract("t", text, gazetteer=load_gazetteer()).mentions if m.type == "Person"}


def test_a_compound_given_name_repeated_alone_is_the_person():
    text = ("Afscheid van Arie Jan Blokland\n\n"
            "Wethouder Arie Jan Blokland van Zoetermeer neemt afscheid. "
            "\"Arie Jan kende iedereen\", zei burgemeester Eva Smit van Delft.")
    assert "Arie Jan" in mentions(text, "Person"), mentions(text, "Person")
    assert _person_labels(text) == {"Arie Jan Blokland", "Eva Smit"}, _person_labels(text)


def test_a_compound_given_name_of_two_longer_names_stays_as_written():
    # two longer names open with it: which one is meant is not said
    text = "Arie Jan Smit en Arie Jan Kok nemen afscheid. \"Arie Jan kende iedereen\", zei Eva Smit."
    assert "Arie Jan" in _person_labels(text), _person_labels(text)


# --- a contact who speaks for an organisation: "Contact voor de pers: X, woordvoerder G40" ----------

@pytest.mark.parametrize("text, person", [
    ("Contact voor de pers: Bram Kok, woordvoerder G40, b.kok@g40stedennetwerk.nl", "Bram Kok"),
    ("Meer informatie: Joyce Smit, communicatieadviseur G40, j.smit@g40stedennetwerk.nl", "Joyce Smit"),
    ("Voor perscontacten kunt u terecht bij Daan Vos (d.vos@g40stedennetwerk.nl).", "Daan Vos"),
])
def test_a_contact_speaks_for_the_organisation_of_their_role_or_address(text, person):
    found = facts(text)
    assert (person, "contactFor", "G40", None) in found, found


def test_a_contact_for_the_unit_of_the_page_is_not_the_organisations():
    text = "Themagroep Wonen\n\nDe themagroep werkt aan betaalbare woningen.\n\nMeer informatie: Joyce Smit, communicatieadviseur G40"
    found = facts(text)
    assert ("Joyce Smit", "contactFor", "Themagroep Wonen", None) in found, found
    assert ("Joyce Smit", "contactFor", "G40", None) not in found, found


def test_a_contact_with_a_role_in_a_town_speaks_for_no_organisation():
    text = "Meer informatie: Joyce Smit, wethouder in Ede."
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- "Bij haar kunt u terecht", "… kunt u aan hem richten": the contact named just before --------------

@pytest.mark.parametrize("text, expected", [
    ("Themagroep Wonen\n\nDe groep wordt ondersteund door Eva Smit. Bij haar kunt u terecht voor verslagen.",
     ("Eva Smit", "contactFor", "Themagroep Wonen", None)),
    ("Wie zijn wij\n\nDe bijeenkomsten worden voorbereid door secretaris Eva Smit van de themagroep Wonen. "
     "Bij haar kunt u terecht voor agenda's.", ("Eva Smit", "contactFor", "Themagroep Wonen", None)),
    ("De Pijler Water wordt ondersteund door secretaris Jan Bos. Hij werkt bij de gemeente Ede. "
     "Vragen over de pijler kunt u aan hem richten.", ("Jan Bos", "contactFor", "Pijler Water", None)),
])
def test_a_pronoun_contact_is_the_person_named_just_before(text, expected):
    assert expected in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    # two persons before: whom "haar" stands for is not said
    "Themagroep Wonen\n\nDe groep wordt ondersteund door Eva Smit en Anna de Boer. Bij haar kunt u terecht voor verslagen.",
    # a new paragraph: no antecedent at hand
    "Themagroep Wonen\n\nDe groep wordt ondersteund door Eva Smit.\n\nBij haar kunt u terecht voor verslagen.",
])
def test_no_pronoun_contact_without_one_person_just_before(text):
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- "het programmamanagement": the office of a programmamanager, taken over from someone ------------

def test_taking_over_the_management_of_a_programme():
    text = ("Programmamanager van de City Deal Zon is Dirk Eikelboom. "
            "Hij nam in juni 2022 het programmamanagement over van Samira Benali.")
    found = facts(text)
    assert ("Dirk Eikelboom", "succeeded", "Samira Benali", None) in found, found
    assert ("Samira Benali", "hasRole", "City Deal Zon", "programmamanager") in found, found


def test_management_that_is_no_office_passes_no_role():
    text = ("Programmamanager van de City Deal Zon is Dirk Eikelboom. "
            "Hij nam in juni het management van de gemeente over van Samira Benali.")
    assert not any(f[0] == "Samira Benali" and f[1] == "hasRole" for f in facts(text)), facts(text)


# --- "zij volgde haar Asser collega X op": a possessive and a place adjective describe the one succeeded --

@pytest.mark.parametrize("text", [
    "Sinds juni is Eva Smit (Assen) lid; zij volgde haar Asser collega Geert Bos op.",
    "Sinds juni is Eva Smit (Gouda) lid; zij volgt de Goudse wethouder Geert Bos op.",
])
def test_a_described_predecessor_in_a_pronoun_clause(text):
    assert ("Eva Smit", "succeeded", "Geert Bos", None) in facts(text), facts(text)


def test_a_named_organisation_between_is_no_description():
    text = "Sinds juni is Eva Smit (Assen) lid; zij volgde haar collega bij de VNG Geert Bos op."
    assert not any(f[1] == "succeeded" for f in facts(text)), facts(text)


# --- "… dat hij de rol van vicevoorzitter van de themagroep overneemt van X" ----------------------------

def test_taking_over_the_role_named_by_its_role_word():
    text = ("Verslag themagroep Circulaire Economie\n\n"
            "Sander Bos (Lelystad) meldt dat hij per 1 oktober de rol van vicevoorzitter van de themagroep overneemt van Joyce Kok.")
    assert_facts(text, {
        ("Sander Bos", "affiliatedWith", "Lelystad", None),
        ("Sander Bos", "succeeded", "Joyce Kok", None),
        ("Sander Bos", "hasRole", "Themagroep Circulaire Economie", "vicevoorzitter"),
        ("Joyce Kok", "hasRole", "Themagroep Circulaire Economie", "vicevoorzitter"),
    })


def test_a_role_taken_over_that_names_no_role_word_passes_no_role():
    text = ("Verslag themagroep Circulaire Economie\n\n"
            "Sander Bos (Lelystad) meldt dat hij de rol van de gemeente overneemt van Joyce Kok.")
    assert not any(f[1] == "hasRole" and f[0] == "Joyce Kok" for f in facts(text)), facts(text)


# --- a surname repeated at the start of a paragraph under a heading ---------------------------------

def test_a_surname_opening_a_paragraph_under_a_heading_is_the_person():
    text = ("Wethouder Ruben Smit van Dordrecht leidde het gesprek.\n\nWisseling bij de themagroep Wonen\n"
            "Smit was tot eind 2024 trekker van de themagroep Wonen.")
    assert ("Ruben Smit", "hasRole", "Themagroep Wonen", "trekker") in facts(text), facts(text)


def test_a_surname_after_a_name_word_on_its_line_is_part_of_another_name():
    text = "Wethouder Ruben Smit van Dordrecht leidde het gesprek. Ook Anna Smit was trekker van de themagroep Wonen."
    assert ("Ruben Smit", "hasRole", "Themagroep Wonen", "trekker") not in facts(text), facts(text)


# --- a title ends at a period: "… net wethouder. Hoe ben je …" ---------------------------------------

@pytest.mark.parametrize("text, persons", [
    ("Je bent nog maar net wethouder. Hoe ben je hier terechtgekomen?", []),
    ("Zij werd in 2022 burgemeester. Daarna volgde de rest.", []),
    ("Aanwezig: dhr. Jansen en mevr. Pieters.", ["Jansen", "Pieters"]),  # an abbreviated title keeps its dot
    ("Ik sprak met wethouder Jansen.", ["Jansen"]),
])
def test_a_role_word_closing_a_sentence_is_no_title_of_the_next_word(text, persons):
    assert mentions(text, "Person") == persons, mentions(text, "Person")


# --- "G40 Jaarplan 2026": the organisation's document, no organisation of its own ---------------------

@pytest.mark.parametrize("text, organisations", [
    ("# G40 Jaarplan 2026\n\nDe pijler werkt aan bestaanszekerheid.", ["G40"]),
    ("Zie het VNG Werkplan 2024 en de IPO Nieuwsbrief.", ["VNG", "IPO"]),
    ("Het register wordt door VNG Realisatie beheerd.", ["VNG Realisatie"]),  # a subsidiary stays one
])
def test_an_organisations_document_is_no_subsidiary(text, organisations):
    assert mentions(text, "Organisation") == organisations, mentions(text, "Organisation")


# --- "zit X, <apposition>, in de stuurgroep": the subject after the verb, an apposition, then the body --

def test_sitting_in_a_body_after_an_apposition():
    text = ("De stuurgroep van de City Deal Zon staat onder leiding van burgemeester Eva Smit van Lelystad. "
            "Namens de ministeries zit Jan de Wit, directeur Samenleving bij SZW, in de stuurgroep.")
    found = facts(text)
    assert ("Jan de Wit", "participatesIn", "Stuurgroep City Deal Zon", None) in found, found
    assert ("Jan de Wit", "hasRole", "SZW", "directeur") in found, found


def test_sitting_somewhere_that_is_no_body():
    text = "Namens de ministeries zit Jan de Wit, directeur bij SZW, in een lastige positie."
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a municipality's own document: "# Jaarverslag 2023 gemeente Dordrecht" ---------------------------

def test_a_mayor_without_a_place_in_the_municipalitys_own_report():
    text = ("# Jaarverslag 2023 gemeente Dordrecht\n\n## Dordrecht in het G40-netwerk\n\n"
            "Daarnaast nam burgemeester Rob Tol deel aan de bestuurlijke netwerkdagen in Zwolle.")
    assert ("Rob Tol", "hasRole", "Dordrecht", "burgemeester") in facts(text), facts(text)


def test_a_mayor_without_a_place_in_a_report_about_a_municipality():
    text = ("# Verslag werkbezoek aan de gemeente Dordrecht\n\n"
            "Daarnaast nam burgemeester Rob Tol deel aan de bestuurlijke netwerkdagen in Zwolle.")
    assert not any(f[0] == "Rob Tol" and f[2] == "Dordrecht" for f in facts(text)), facts(text)


# --- "X (voorzitter Pijler Sociaal, Nijmegen)": a place closing a bracket that opens with a role ------

def test_a_place_closing_a_role_bracket_is_where_the_person_comes_from():
    text = "Namens de G40: Mustafa Aydin (voorzitter Pijler Sociaal, Nijmegen) en Sevda Kaya (wethouder Zaanstad)."
    assert_facts(text, {
        ("Mustafa Aydin", "hasRole", "Pijler Sociaal", "voorzitter"),
        ("Mustafa Aydin", "affiliatedWith", "Nijmegen", None),
        ("Pijler Sociaal", "partOf", "G40", None),
        ("Sevda Kaya", "hasRole", "Zaanstad", "wethouder"),
    })


def test_a_place_inside_a_role_bracket_is_the_roles():
    text = "Aanwezig: Bart Smit (wethouder Werk en Inkomen, Arnhem)."
    assert_facts(text, {("Bart Smit", "hasRole", "Arnhem", "wethouder")})


# --- "haar beleidsmedewerker Y": the role is held where the one "haar" stands for holds hers ---------

def test_a_possessive_role_is_held_at_the_possessors_employer():
    text = ("Namens het kabinet: staatssecretaris Jolanda Verbeek van het ministerie van SZW, "
            "vergezeld door haar beleidsmedewerker Kees Tromp.")
    assert ("Kees Tromp", "hasRole", "SZW", "beleidsmedewerker") in facts(text), facts(text)


def test_a_possessive_role_of_a_town_official_goes_nowhere_else():
    text = "Wethouder Eva Smit van Ede kwam met haar beleidsmedewerker Kees Tromp."
    assert not any(f[0] == "Kees Tromp" for f in facts(text)), facts(text)
