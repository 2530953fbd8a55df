"""Round 27b: constructions of Dutch met in annual reports, news items, newsletters and minutes,
tested on invented sentences (other names, other places, other wordings).

1. A given name with middle initials ("Anna M. de Wit", "Kees P.J. Vermeulen") is one person; a
   capitalised verb form that is also a surname after a given name ("Ingrid Sloot") is the surname.
2. Minutes of a unit's meeting ("Verslag werkgroep X"): the persons under the heading "Aanwezig"
   take part in the unit, those under "Afwezig (met kennisgeving)" do not; an item "Naam, ministerie
   van X" or "Naam, UWV, adviseur …" says where the person works and as what.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. names ------------------------------------------------------------------------------------

def test_a_name_with_a_middle_initial_is_one_person():
    text = "Wethouder Anna M. de Wit (Breda) is de nieuwe voorzitter van de themagroep Wonen."
    assert mentions(text, "Person", DATE) == ["Anna M. de Wit"]
    found = facts(text, DATE)
    assert ("Anna M. de Wit", "hasRole", "Themagroep Wonen", "voorzitter") in found


def test_a_name_with_several_middle_initials_and_a_title():
    text = "Burgemeester Kees P.J. Vermeulen van Zwolle opende de bijeenkomst."
    assert mentions(text, "Person", DATE) == ["Kees P.J. Vermeulen"]
    assert ("Kees P.J. Vermeulen", "hasRole", "Zwolle", "burgemeester") in facts(text, DATE)


def test_initials_alone_stay_initials():
    assert mentions("Het stuk is van J.P. de Boer (VNG).", "Person", DATE) == ["J.P. de Boer"]


def test_a_verb_form_after_a_given_name_is_a_surname():
    assert mentions("Ingrid Sloot (Deventer) was aanwezig.", "Person", DATE) == ["Ingrid Sloot"]
    assert mentions("Daarna sloot Ingrid de vergadering.", "Person", DATE) == []


# 2. minutes of a unit's meeting -------------------------------------------------------------

MINUTES = """Verslag werkgroep Laaggeletterdheid

Aanwezig

- Joris Kamphuis (Zaanstad), voorzitter
- Femke Wolters (Leiden)
- Hanna Brouwer, UWV, adviseur werkgeversdienstverlening
- Daan Overmars, ministerie van OCW (tot 11.00 uur)

Afwezig met kennisgeving

- Bram Houtman (Delft)

Afwezig

- Sien Vlaskamp, Divosa

1. Opening

De voorzitter opent de vergadering.
"""


def test_who_is_present_takes_part_in_the_unit_whose_minutes_these_are():
    found = facts(MINUTES, DATE)
    unit = "Werkgroep Laaggeletterdheid"
    for person in ("Femke Wolters", "Daan Overmars"):
        assert (person, "participatesIn", unit, None) in found
    assert ("Joris Kamphuis", "hasRole", unit, "voorzitter") in found


def test_who_is_absent_takes_no_part():
    found = facts(MINUTES, DATE)
    assert not [f for f in found if f[0] in ("Bram Houtman", "Sien Vlaskamp") and f[2] == "Werkgroep Laaggeletterdheid"]
    assert ("Bram Houtman", "affiliatedWith", "Delft", None) in found


def test_an_attendance_item_names_the_employer_and_the_function():
    found = facts(MINUTES, DATE)
    assert ("Hanna Brouwer", "hasRole", "UWV", "adviseur") in found
    assert ("Daan Overmars", "affiliatedWith", "OCW", None) in found


def test_an_attendance_heading_without_minutes_of_a_unit_frames_nothing():
    text = "Nieuws over de werkgroep Laaggeletterdheid\n\nAanwezig\n\n- Femke Wolters (Leiden)\n"
    found = facts(text, DATE)
    assert not [f for f in found if f[1] == "participatesIn"]


# 3. successions: the verb before the subject, relative clauses, undecided successions ----------

def test_a_fronted_phrase_puts_the_verb_before_the_successor():
    found = facts("In mei nam Eva Smit (Ede) het stokje over van Jan Kok.", DATE)
    assert ("Eva Smit", "succeeded", "Jan Kok", None) in found


def test_an_office_taken_over_after_a_fronted_date():
    text = ("Per 1 januari nam wethouder Eva Smit (Ede) het voorzitterschap van de themagroep Wonen over van "
            "Jan Kok (Breda).")
    found = facts(text, DATE)
    assert ("Eva Smit", "succeeded", "Jan Kok", None) in found
    assert ("Eva Smit", "hasRole", "Themagroep Wonen", "voorzitter") in found


def test_the_passive_with_the_verb_before_the_one_succeeded():
    text = "Als voorzitter van de themagroep Energie wordt Karel Dijkstra opgevolgd door Mira Post (Delft)."
    found = facts(text, DATE)
    assert ("Mira Post", "succeeded", "Karel Dijkstra", None) in found
    assert ("Mira Post", "hasRole", "Themagroep Energie", "voorzitter") in found


def test_a_possible_succession_is_none():
    found = facts("Volgend jaar wordt Karel Dijkstra misschien opgevolgd door Mira Post (Delft).", DATE)
    assert not [f for f in found if f[1] == "succeeded"]


def test_a_relative_clause_takes_the_place_of_someone():
    found = facts("De voorzitter heet Sanne Vos welkom, die namens Lelystad de plaats inneemt van Tim Bakker.", DATE)
    assert ("Sanne Vos", "succeeded", "Tim Bakker", None) in found
    found = facts("Welkom aan Sanne Vos (Lelystad), die per 1 maart Tim Bakker vervangt.", DATE)
    assert ("Sanne Vos", "succeeded", "Tim Bakker", None) in found


def test_a_relative_clause_that_denies_or_only_knows_someone_is_no_succession():
    assert not [f for f in facts("Welkom aan Sanne Vos, die niet de plaats inneemt van Tim Bakker.", DATE)
                if f[1] == "succeeded"]
    assert not [f for f in facts("Sanne Vos, die Tim Bakker kent, sprak.", DATE) if f[1] == "succeeded"]


def test_who_will_succeed_is_not_decided_yet():
    text = ("Wethouder Karel Dijkstra (Gouda) is vicevoorzitter van de themagroep Energie. Wie Dijkstra opvolgt "
            "als vicevoorzitter, wordt in juni besloten.")
    found = facts(text, DATE)
    assert sorted(f for f in found if f[1] == "hasRole") == [
        ("Karel Dijkstra", "hasRole", "Gouda", "wethouder"),
        ("Karel Dijkstra", "hasRole", "Themagroep Energie", "vicevoorzitter")]
    assert not [f for f in facts("Welke wethouder de nieuwe trekker van de themagroep Energie wordt, is nog niet "
                                 "bekend.", DATE) if f[1] == "hasRole"]


# 4. units listed as paragraphs that open with their name and a dash ------------------------------

REPORT = """Jaarverslag Pijler Wonen

De pijler Wonen telt twee werkgroepen.

Huur en Betaalbaarheid – Per 1 maart nam wethouder Lotte Verbeek (Zwolle) het voorzitterschap over van Karin Bosman (Ede). Bosman blijft als lid betrokken.

Bouwen en Grond – Voorzitter is Gijs Kramer (Delft). Onder deze werkgroep valt het kernteam Grondbeleid, waarin ambtenaren van Breda en Emmen samenwerken.
"""


def test_units_a_count_announces_as_dash_lead_ins_are_part_of_the_announcer():
    found = facts(REPORT, DATE)
    assert ("Werkgroep Huur en Betaalbaarheid", "partOf", "Pijler Wonen", None) in found
    assert ("Werkgroep Bouwen en Grond", "partOf", "Pijler Wonen", None) in found


def test_a_role_in_a_lead_in_paragraph_is_held_in_its_unit():
    found = facts(REPORT, DATE)
    assert ("Gijs Kramer", "hasRole", "Werkgroep Bouwen en Grond", "voorzitter") in found
    assert ("Lotte Verbeek", "hasRole", "Werkgroep Huur en Betaalbaarheid", "voorzitter") in found
    assert ("Lotte Verbeek", "succeeded", "Karin Bosman", None) in found
    assert ("Karin Bosman", "hasRole", "Werkgroep Huur en Betaalbaarheid", "lid") in found
    assert not [f for f in found if f[0] in ("Gijs Kramer", "Karin Bosman", "Lotte Verbeek") and f[2] == "Pijler Wonen"]


def test_a_relative_clause_of_a_unit_names_who_work_in_it():
    found = facts(REPORT, DATE)
    assert ("Breda", "participatesIn", "Kernteam Grondbeleid", None) in found
    assert ("Emmen", "participatesIn", "Kernteam Grondbeleid", None) in found


def test_dash_lead_ins_without_a_matching_count_are_no_units():
    text = REPORT.replace("telt twee werkgroepen", "telt drie werkgroepen")
    assert "Bouwen en Grond" not in mentions(text, "OrganisationalUnit", DATE)
    text = "Nieuws\n\nDe pijler telt twee werkgroepen.\n\nZwolle – Eva Smit opende de dag.\n"
    assert mentions(text, "OrganisationalUnit", DATE) == []


def test_a_relative_clause_that_denies_or_names_another_act_states_no_part():
    assert not [f for f in facts("Er is een werkgroep Laaggeletterdheid, waarin ambtenaren van Ede niet meer "
                                 "zitting hebben.", DATE) if f[1] == "participatesIn"]
    assert not [f for f in facts("Er is een werkgroep Laaggeletterdheid, waarin Ede en Epe een rapport schreven.",
                                 DATE) if f[1] == "participatesIn"]


# 5. organising in the passive, consulting, organisations named by a kind compound ---------------

def test_the_day_an_event_report_names_was_organised_by_the_agents_of_the_passive():
    text = ("Terugblik netwerkdag Zwolle\nOp 2 juni kwamen 80 ambtenaren bijeen voor de netwerkdag 'Groene stad'. "
            "De dag werd georganiseerd door de G40 samen met Aedes.")
    found = facts(text, DATE)
    assert ("G40", "organised", "Groene stad", None) in found
    assert ("Aedes", "organised", "Groene stad", None) in found
    assert not [f for f in found if f[1] == "collaboratesWith"]  # co-organisers, no partners
    denied = text.replace("werd georganiseerd", "werd niet georganiseerd")
    assert not [f for f in facts(denied, DATE) if f[1] == "organised"]


def test_drafted_in_consultation_with_someone_is_working_with_them():
    found = facts("Het advies is opgesteld door de themagroep Wonen in afstemming met de VNG.", DATE)
    assert ("Themagroep Wonen", "collaboratesWith", "VNG", None) in found
    found = facts("Breda werkt in nauwe afstemming met de provincie Noord-Brabant aan de woondeal.", DATE)
    assert ("Breda", "collaboratesWith", "Noord-Brabant", None) in found
    assert not facts("Het advies is niet in afstemming met de VNG opgesteld.", DATE)


def test_an_organisation_named_after_a_regional_adjective_and_a_kind_compound():
    text = "Venlo werkt samen met de Brabantse werkgeversvereniging BZW en UWV."
    assert mentions(text, "Organisation", DATE) == ["Brabantse werkgeversvereniging BZW", "UWV"]
    found = facts(text, DATE)
    assert ("Venlo", "collaboratesWith", "BZW", None) in found
    assert mentions("Zij werkte bij huurdersvereniging De Sleutel in Breda.", "Organisation", DATE) == ["De Sleutel"]


# 6. contacts, e-mail spellings, a career's employer ------------------------------------------------

def test_questions_about_a_unit_go_to_the_person_after_a_role_word():
    text = "Voor vragen over de themagroep Energie kunt u terecht bij secretaris Jan de Wit."
    assert ("Jan de Wit", "contactFor", "Themagroep Energie", None) in facts(text, DATE)
    text = "Voor vragen over de themagroep Energie kunt u terecht bij het stadhuis, waar Jan de Wit werkt."
    assert not [f for f in facts(text, DATE) if f[1] == "contactFor"]


def test_an_address_of_the_first_initial_and_the_surname_is_the_persons():
    text = "Projectleider is Anne-Fleur Kroon. Vragen over het project kunnen naar haar via a.kroon@vng.nl."
    assert ("Anne-Fleur Kroon", "affiliatedWith", "VNG", None) in facts(text, DATE)


def test_an_earlier_employer_with_the_pronoun_after_the_verb():
    text = ("Wethouder Eva Smit van Breda stopt. Daarvoor werkte zij ruim tien jaar bij woningcorporatie Woonbron, "
            "eerst als projectleider.")
    assert ("Eva Smit", "affiliatedWith", "Woonbron", None) in facts(text, DATE)
    text = "Wethouder Eva Smit en Jan Kok stoppen. Daarvoor werkte zij bij woningcorporatie Woonbron."
    assert not [f for f in facts(text, DATE) if f[2] == "Woonbron"]
    text = "Wethouder Eva Smit stopt. Daarvoor werkte zij niet bij woningcorporatie Woonbron."
    assert not [f for f in facts(text, DATE) if f[2] == "Woonbron"]


# 7. a place's own named approach, its partners, a proeftuin of one word, hospitals --------------

def test_a_quoted_approach_is_a_programme_its_place_takes_part_in_and_its_partners_too():
    text = ("Eva Smit presenteert de resultaten van de Bredase aanpak \"Samen naar Werk\", die samen met ROC West "
            "en het Amphia Ziekenhuis wordt uitgevoerd.")
    found = facts(text, DATE)
    assert ("Breda", "participatesIn", "Samen naar Werk", None) in found
    assert ("ROC West", "participatesIn", "Samen naar Werk", None) in found
    assert ("Amphia Ziekenhuis", "participatesIn", "Samen naar Werk", None) in found
    assert not [f for f in found if f[1] == "collaboratesWith"]  # not the presenter's partners


def test_a_relative_clause_that_denies_the_partners_states_nothing():
    text = "Eva Smit toont het programma 'Wijk aan Zet', die niet samen met Aedes wordt uitgevoerd."
    assert not [f for f in facts(text, DATE) if "Aedes" in (f[0], f[2])]


def test_an_unquoted_approach_is_no_name():
    assert mentions("De Bredase aanpak van armoede loopt.", "Programme", DATE) == []


def test_a_one_word_name_after_de_proeftuin_or_de_pilot():
    found = facts("Zwolle en Delft doen al mee aan de proeftuin Buurtteams; Almere wil aansluiten.", DATE)
    assert ("Zwolle", "participatesIn", "Buurtteams", None) in found
    assert ("Delft", "participatesIn", "Buurtteams", None) in found
    assert not [f for f in found if f[0] == "Almere"]
    assert not facts("Breda doet mee aan de campagne Wonen.", DATE)


# 8. a role held for a while, sitting in a body ----------------------------------------------------

def test_a_role_after_how_long_it_was_held():
    text = "De Pijler Wonen kwam vier keer bijeen. Erwin Mol (Helmond) was het hele jaar vicevoorzitter."
    assert ("Erwin Mol", "hasRole", "Pijler Wonen", "vicevoorzitter") in facts(text, DATE)
    text = "De Pijler Wonen kwam vier keer bijeen. Erwin Mol (Helmond) is al drie jaar voorzitter."
    assert ("Erwin Mol", "hasRole", "Pijler Wonen", "voorzitter") in facts(text, DATE)
    text = "De Pijler Wonen kwam vier keer bijeen. Erwin Mol (Helmond) was het hele jaar niet aanwezig."
    assert not [f for f in facts(text, DATE) if f[1] == "hasRole"]


def test_who_sat_in_a_body_takes_part_in_it():
    text = ("Binnen de G40 was Eva Smit voorzitter van de Pijler Wonen. Zij gaf vorm aan de Woondeals, en zat "
            "namens de G40 in de werkgroep Dakloosheid.")
    assert ("Eva Smit", "participatesIn", "Werkgroep Dakloosheid", None) in facts(text, DATE)
    assert not [f for f in facts("Eva Smit zat niet in de werkgroep Dakloosheid.", DATE) if f[1] == "participatesIn"]
    assert not [f for f in facts("Eva Smit zit in de zaal bij de werkgroep Dakloosheid.", DATE)
                if f[1] == "participatesIn"]


# 9. the network the byline under the title names owns the title's pijler ----------------------------

def test_the_byline_network_owns_the_pijler_of_the_title():
    text = "Jaarverslag 2024 – Pijler Wonen\nStedennetwerk G40, mei 2025\n\nDe pijler groeide."
    assert ("Pijler Wonen", "partOf", "G40", None) in facts(text, DATE)


def test_no_byline_no_owner():
    assert not facts("Jaarverslag – Pijler Wonen\nNieuwsbericht, mei 2024\n\nDe pijler groeide.", DATE)


# 10. giving input on a programme -------------------------------------------------------------------

def test_who_gave_input_on_a_programme_takes_part_in_it():
    text = "Via de themagroep Zorg heeft de G40 inbreng geleverd op de Hervormingsagenda Zorg, die VWS uitwerkt."
    assert ("G40", "participatesIn", "Hervormingsagenda Zorg", None) in facts(text, DATE)
    assert ("Breda", "participatesIn", "Programma Woningbouw", None) in \
        facts("Breda levert inbreng voor het Programma Woningbouw.", DATE)


def test_no_input_or_input_on_something_else_is_no_part():
    assert not facts("De G40 heeft geen inbreng geleverd op de Hervormingsagenda Zorg.", DATE)
    assert not facts("Breda levert inbreng op de vraag hoe het Programma Woningbouw werkt.", DATE)


# 11. a task named by its role taken over, the passive with the role between ------------------------

def test_her_role_as_chair_of_a_unit_taken_over_by_someone():
    text = ("Na acht jaar neemt de Bredase wethouder Ellen Vos afscheid. Zij is benoemd tot burgemeester van "
            "Gilze en Rijen. Haar rol als voorzitter van de themagroep Energie binnen de Pijler Klimaat wordt "
            "overgenomen door Tom Bakker, wethouder in Delft.")
    found = facts(text, DATE)
    assert ("Tom Bakker", "succeeded", "Ellen Vos", None) in found
    assert ("Tom Bakker", "hasRole", "Themagroep Energie", "voorzitter") in found


def test_succeeded_as_wethouder_with_the_role_between_verb_and_participle():
    found = facts("In Breda wordt wethouder Ellen Vos als wethouder opgevolgd door Piet de Graaf.", DATE)
    assert ("Piet de Graaf", "succeeded", "Ellen Vos", None) in found
    found = facts("Ellen Vos is voorzitter. Haar rol als voorzitter wordt niet overgenomen door Piet de Graaf.", DATE)
    assert not [f for f in found if f[1] == "succeeded"]


def test_his_portfolio_taken_over_and_a_clause_that_replaces_someone():
    text = "Wethouder Kees Blom van Delft stopt. Zijn portefeuille Economie is overgenomen door Naima Azarkan."
    assert ("Naima Azarkan", "succeeded", "Kees Blom", None) in facts(text, DATE)
    text = "Welkom aan Eva Kok, nieuw namens Epe; zij vervangt Jan de Wit, die naar de provincie is gegaan."
    assert ("Eva Kok", "succeeded", "Jan de Wit", None) in facts(text, DATE)
    text = "Welkom aan Eva Kok, nieuw namens Epe; zij vervangt Jan de Wit niet."
    assert not [f for f in facts(text, DATE) if f[1] == "succeeded"]



def test_lead_ins_with_another_dash():
    text = ("De pijler Wonen telt twee werkgroepen.\n\nHuur en Betaalbaarheid - Voorzitter is Gijs Kramer (Delft).\n\n"
            "Bouwen en Grond — Voorzitter is Lotte Verbeek (Zwolle).\n")
    found = facts(text, DATE)
    assert ("Werkgroep Huur en Betaalbaarheid", "partOf", "Pijler Wonen", None) in found
    assert ("Lotte Verbeek", "hasRole", "Werkgroep Bouwen en Grond", "voorzitter") in found
    assert ("Gijs Kramer", "hasRole", "Werkgroep Huur en Betaalbaarheid", "voorzitter") in found


def test_the_attendance_line_of_a_units_minutes_with_an_abbreviation():
    text = ("Notulen ambtelijk overleg werkgroep Laaggeletterdheid (G40)\nd.d. 3 mei 2024, Teams\n\n"
            "Aanw.: Femke Wolters (FW, Leiden, vz), Daan Overmars (DO, Breda)\nAfw.: Delft\n\n1. Opening\n")
    found = facts(text, DATE)
    assert ("Daan Overmars", "participatesIn", "Werkgroep Laaggeletterdheid", None) in found
    text = "Nieuws over de werkgroep Laaggeletterdheid\n\nAanw.: Femke Wolters (Leiden)\n"
    assert not [f for f in facts(text, DATE) if f[1] == "participatesIn"]
