"""Round 28c: entities, references and constructions found on the development sets, tested on sentences of our own."""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-11-01"


def of_predicate(text: str, predicate: str) -> set[tuple]:
    return {(f[0], f[2]) for f in facts(text, DATE) if f[1] == predicate}


# --- entities: a town's name used as a surname after a title; an address that spells a double name ---

def test_a_town_after_a_title_is_the_surname_of_a_person_the_text_names_in_full():
    text = ("Lid van de werkgroep is Pieter Weert, wethouder van Tiel. "
            "Wethouder Weert nam het voorzitterschap in mei over van Anna de Boer (Gouda).")
    assert "Weert" not in mentions(text, "Municipality", DATE)
    assert ("Pieter Weert", "Anna de Boer") in of_predicate(text, "succeeded")


def test_a_town_after_a_title_stays_a_town_when_no_person_bears_its_name():
    text = "Burgemeester Weert opende de bijeenkomst. De wethouder van Weert sprak daarna."
    assert mentions(text, "Municipality", DATE).count("Weert") == 2


def test_an_address_with_the_first_part_of_a_double_surname_is_the_persons():
    text = "Contact\nSofie Dekkers-Ploeg, projectleider – s.dekkers@tilburg.nl"
    assert ("Sofie Dekkers-Ploeg", "Tilburg") in of_predicate(text, "affiliatedWith")
    text = "Contact\nSofie Dekkers-Ploeg, projectleider – m.jansen@tilburg.nl"
    assert ("Sofie Dekkers-Ploeg", "Tilburg") not in of_predicate(text, "affiliatedWith")


# --- an organisation written before its unit, after an inverted verb ---------------------------

def test_an_inverted_organisation_before_its_unit_gives_way_to_the_unit():
    text = "Op 4 maart organiseerde de G40 Pijler Klimaat en Energie samen met Aedes de werkconferentie Warm Wonen."
    found = of_predicate(text, "organised")
    assert ("Pijler Klimaat en Energie", "Warm Wonen") in found
    assert ("G40", "Warm Wonen") not in found


# --- references: "zijn/haar gemeente" -----------------------------------------------------------

def test_his_or_her_municipality_is_the_one_named_just_before():
    text = "Daarna vertelde wethouder Sanne Kok van Deventer hoe haar gemeente samen met Divosa een loket opende."
    found = of_predicate(text, "collaboratesWith")
    assert ("Deventer", "Divosa") in found and ("Sanne Kok", "Divosa") not in found
    text = "Wethouder Sanne Kok van Deventer en wethouder Tom Lie van Ede lieten zien hoe zijn gemeente samen met Divosa werkt."
    assert not {f for f in of_predicate(text, "collaboratesWith") if f[0] in ("Deventer", "Ede")}


# --- layouts: contact blocks --------------------------------------------------------------------

def test_a_contact_line_under_a_subheading_of_contact_is_for_what_the_subheading_names():
    text = ("Het Fonds Sterke Kernen helpt dorpen.\n\nContact\n\nProgrammabureau Fonds Sterke Kernen\n"
            "Sofie Dekkers, programmamanager – s.dekkers@tilburg.nl")
    found = of_predicate(text, "contactFor")
    assert found and all(person == "Sofie Dekkers" for person, _ in found)
    text = ("Het Fonds Sterke Kernen helpt dorpen.\n\nPartners\n\nProgrammabureau Fonds Sterke Kernen\n"
            "Sofie Dekkers, programmamanager – s.dekkers@tilburg.nl")
    assert not of_predicate(text, "contactFor")


def test_a_labelled_line_of_a_contact_section_gives_the_page_its_contact():
    text = ("Werkgroep Slimme Logistiek\n\nDe werkgroep zoekt ruimte voor distributie.\n\nContact\n\n"
            "Aanmelden voor bijeenkomsten: Bram de Vos, b.devos@g40stedennetwerk.nl\n")
    assert ("Bram de Vos", "Werkgroep Slimme Logistiek") in of_predicate(text, "contactFor")
    text = ("Werkgroep Slimme Logistiek\n\nDe werkgroep zoekt ruimte voor distributie.\n\nLeden\n\n"
            "Aanmelden voor bijeenkomsten: Bram de Vos, b.devos@g40stedennetwerk.nl\n")
    assert ("Bram de Vos", "Werkgroep Slimme Logistiek") not in of_predicate(text, "contactFor")


# --- references: "hem/haar" after a companion; a municipal office without its town ---------------

def test_him_is_the_person_the_passage_is_about_not_a_companion():
    text = ("Van 2015 tot 2019 was Karel Smits voorzitter van de Pijler Sociaal. "
            "Samen met de toenmalige gedeputeerde van Gelderland, Ilse Wolters, schreef hij in 2017 een plan. "
            "In 2019 nam de Delftse wethouder Omar Bakri het voorzitterschap van hem over.")
    found = of_predicate(text, "succeeded")
    assert ("Omar Bakri", "Karel Smits") in found and ("Omar Bakri", "Ilse Wolters") not in found


def test_a_municipal_office_without_a_town_is_held_where_the_person_holds_office():
    text = ("Wethouder Karel Smits van Tiel neemt afscheid. Smits begon in 2002 als gemeenteraadslid. "
            "Van 2014 tot 2018 was hij bovendien locoburgemeester. "
            "Zijn taken gaan naar Noor Amrani, die hem als wethouder opvolgt.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert {("Karel Smits", "Tiel", "raadslid"), ("Karel Smits", "Tiel", "locoburgemeester"),
            ("Noor Amrani", "Tiel", "wethouder")} <= roles


def test_a_municipal_office_stays_without_a_town_when_the_person_has_none_or_two():
    text = "Karel Smits begon in 2002 als gemeenteraadslid."
    assert not of_predicate(text, "hasRole")
    text = ("Karel Smits was wethouder van Tiel en daarna wethouder van Ede. "
            "Smits begon in 2002 als gemeenteraadslid.")
    assert not {f for f in facts(text, DATE) if f[3] == "raadslid"}


# --- first person: a career after a colon, a passive "door mij" ----------------------------------

def test_a_career_the_interviewee_lists_after_a_colon():
    text = ('Interview met Fleur Jansen, voorzitter van de Pijler Fysiek\n\n'
            '"Ik heb eerst in de zorg gewerkt. Toen ben ik de politiek in gegaan: eerst zes jaar raadslid in Almelo, '
            'en daarna wethouder. Dat bevalt goed."')
    assert ("Fleur Jansen", "Almelo") in of_predicate(text, "hasRole")


def test_a_unit_led_by_me_is_led_by_the_interviewee():
    text = ('Interview met Fleur Jansen, voorzitter van de Pijler Fysiek\n\n'
            '"De pijler heeft twee themagroepen: Wonen en Zorg, en Mobiliteit. '
            'Wonen en Zorg wordt voorlopig door mijzelf getrokken."')
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Fleur Jansen", "Themagroep Wonen en Zorg", "trekker") in roles
    text = text.replace("door mijzelf getrokken", "niet door mijzelf getrokken")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Fleur Jansen", "Themagroep Wonen en Zorg", "trekker") not in roles


def test_we_as_the_pillar_is_the_pillar():
    text = ("Interview met Fleur Jansen, voorzitter van de Pijler Fysiek\n\n"
            '"Daarom hebben we als pijler, samen met de VNG, een brief gestuurd."')
    assert ("Pijler Fysiek", "VNG") in of_predicate(text, "collaboratesWith")


# --- roles of a pronoun after an aside; a taken-over office passes only that role; "Binnen de pijler" ---

def test_a_pronoun_with_an_aside_before_the_role_is_the_person_named_before():
    text = ("Van 2014 tot 2018 was Kees Bos voorzitter van de pijler Werk. "
            "Binnen de pijler was hij daarvoor, van 2010 tot 2014, trekker van de themagroep Havens. "
            "Hij was bovendien trekker van de themagroep Logistiek.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert {("Kees Bos", "Themagroep Havens", "trekker"), ("Kees Bos", "Themagroep Logistiek", "trekker")} <= roles
    assert ("Themagroep Havens", "Pijler Werk") in of_predicate(text, "partOf")


def test_within_the_pillar_needs_a_unit_kind_that_sits_inside_one():
    text = "Binnen de Pijler Werk was zij lid van de commissie Arbeid van de VNG."
    assert ("Commissie Arbeid", "Pijler Werk") not in of_predicate(text, "partOf")


def test_taking_over_the_chair_from_him_passes_on_the_chair_only():
    text = ("Van 2014 tot 2018 was Kees Bos voorzitter van de pijler Werk. Hij was ook trekker van de themagroep Havens. "
            "In 2018 nam de Bredase wethouder Lotte Vink het voorzitterschap van hem over.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Lotte Vink", "Pijler Werk", "voorzitter") in roles
    assert ("Lotte Vink", "Themagroep Havens", "trekker") not in roles


def test_a_stacked_municipal_role_takes_the_town_in_the_bracket():
    text = ('Piet was trekker van de themagroep Wonen. '
            '"Hij kende iedereen," zei G40-voorzitter burgemeester Anna Kok (Venlo) bij zijn afscheid.')
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert {("Anna Kok", "Venlo", "burgemeester"), ("Anna Kok", "G40", "voorzitter")} <= roles


# --- events: who acts at a webinar; a named series; a title between role word and name ----------

def test_who_sketches_shows_or_moderates_at_the_event_takes_part():
    text = ("Terugblik webinar 'Wonen boven winkels'\n\n"
            "Sanne Bol, directeur bij Aedes, schetste de stand van zaken. "
            "Daarna liet wethouder Omar Bakri van Delft zien hoe de stad leegstand aanpakt. "
            "Moderator Iris de Groot bundelde de vragen. "
            "Wethouder Tom Lie van Ede liet weten dat hij niet aanwezig kon zijn.")
    found = {person for person, event in of_predicate(text, "participatesIn") if event == "Wonen boven winkels"}
    assert found == {"Sanne Bol", "Omar Bakri", "Iris de Groot"}


def test_a_named_series_is_an_event_that_its_organisers_organise():
    text = "Het webinar hoorde bij de reeks 'Slim verduurzamen', die de VNG samen met Aedes organiseert."
    assert {("VNG", "Slim verduurzamen"), ("Aedes", "Slim verduurzamen")} <= of_predicate(text, "organised")
    assert "een reeks maatregelen" not in " ".join(mentions("De stad nam een reeks maatregelen.", "Event", DATE))


def test_an_academic_title_between_role_word_and_name():
    text = "Tot slot sprak onderzoeker dr. Eva Smit van Platform31 over de cijfers."
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Eva Smit", "Platform31", "onderzoeker") in roles


# --- a programme's page: its body's chair, its bureau's home, a bare "verantwoordelijk", lead-in labels ---

def test_the_body_of_a_programme_is_what_its_chair_chairs():
    text = ("De Regio Deal Twente Werkt loopt tot 2027. "
            "De stuurgroep van de Regio Deal staat onder voorzitterschap van gedeputeerde Eva Kok van Overijssel.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Eva Kok", "Regio Deal Twente Werkt", "voorzitter") not in roles
    assert any(person == "Eva Kok" and thing.lower().startswith("stuurgroep") and role == "voorzitter"
               for person, thing, role in roles)


def test_a_bureau_housed_at_a_municipality_is_part_of_it():
    assert ("programmabureau", "Deventer") in of_predicate(
        "Het programmabureau is sinds 2023 ondergebracht bij de gemeente Deventer.", "partOf")
    assert not of_predicate("Het programmabureau wordt volgend jaar ondergebracht bij de gemeente Deventer.", "partOf")


def test_a_bare_responsible_after_a_sentence_about_one_programme():
    text = "De Regio Deal Twente Werkt loopt tot 2027. Namens het Rijk is het ministerie van SZW verantwoordelijk."
    assert ("Regio Deal Twente Werkt", "SZW") in of_predicate(text, "ledBy")
    text = "De Regio Deal Twente Werkt loopt tot 2027. Namens het Rijk is het ministerie van SZW niet verantwoordelijk."
    assert ("Regio Deal Twente Werkt", "SZW") not in of_predicate(text, "ledBy")


def test_a_lead_in_label_names_no_subject_and_coordinated_subjects_work_together():
    text = "Campus Almelo: Saxion en ROC van Twente bouwen samen met de provincie Overijssel een leerwerkplaats."
    found = of_predicate(text, "collaboratesWith")
    assert not {pair for pair in found if "Almelo" in pair}
    assert {("Saxion", "Overijssel"), ("ROC van Twente", "Overijssel")} <= found
    assert ("Saxion", "ROC van Twente") in found or ("ROC van Twente", "Saxion") in found
    text = "Afgesproken is dat Almelo en Hengelo samen met SZW deelnemen aan de proef."
    assert ("Almelo", "Hengelo") not in of_predicate(text, "collaboratesWith")


def test_a_predecessor_held_the_one_role_the_successor_has_of_two_bodies():
    text = ("Het programmabureau wordt geleid door programmamanager Eva Kok van het Fonds Sterke Kernen. "
            "Zij volgde in mei Jan Bos op.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole" and f[0] == "Jan Bos"}
    assert roles and all(role == "programmamanager" for _, _, role in roles)


# --- initiated: a unit set up by an organisation's board; "legde hij de basis" after a companion ---

def test_an_organisation_that_sets_up_a_unit_initiated_it_and_owns_it():
    text = "Daarom heeft het bestuur van de VNG in mei de Taskforce Slimme Logistiek ingesteld."
    assert of_predicate(text, "initiated") == {("VNG", "Taskforce Slimme Logistiek")}
    assert of_predicate(text, "partOf") == {("Taskforce Slimme Logistiek", "VNG")}
    text = "De Taskforce Slimme Logistiek is in mei door de Pijler Economie en Werk ingesteld."
    assert ("Pijler Economie en Werk", "Taskforce Slimme Logistiek") in of_predicate(text, "initiated")
    assert not of_predicate("De VNG heeft de Taskforce Slimme Logistiek niet ingesteld.", "initiated")


def test_he_who_laid_the_basis_is_the_passages_person_not_his_companion():
    text = ("Kees Bos was wethouder van Gouda. "
            "Samen met de gedeputeerde van Utrecht, Ilse Wolters, legde hij in 2019 de basis voor het Programma Groene Dorpen.")
    found = of_predicate(text, "initiated")
    assert ("Kees Bos", "Programma Groene Dorpen") in found and ("Ilse Wolters", "Programma Groene Dorpen") not in found


# --- a relative clause after a town; "bedacht door … zelf"; "als onderdeel van"; commissions; progress reports ---

def test_a_relative_clause_after_the_town_of_a_person_gives_the_person_a_role():
    text = ("De themagroep Jeugd wordt getrokken door wethouder Eva Kok uit Almere, "
            "die daarnaast ook lid is van de VNG-commissie Zorg, Jeugd en Onderwijs.")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Eva Kok", "Commissie Zorg, Jeugd en Onderwijs", "lid") in roles
    assert ("Eva Kok", "Themagroep Jeugd", "lid") not in roles


def test_thought_up_by_an_actor_itself_together_with_another():
    text = "De City Deal Slimme Wijken is overigens ooit bedacht door de G40 zelf, samen met het ministerie van BZK."
    assert of_predicate(text, "initiated") == {("G40", "City Deal Slimme Wijken")}
    assert ("BZK", "City Deal Slimme Wijken") in of_predicate(text, "participatesIn")
    assert not of_predicate("De City Deal Slimme Wijken is niet bedacht door de G40.", "initiated")


def test_a_programme_set_up_as_part_of_another_is_part_of_it():
    text = "Het Fonds Groene Daken is in 2021 door het ministerie van EZK opgezet als onderdeel van de Klimaatagenda."
    assert of_predicate(text, "partOf") == {("Fonds Groene Daken", "Klimaatagenda")}
    assert not of_predicate("Het Fonds Groene Daken is niet opgezet als onderdeel van de Klimaatagenda.", "partOf")


def test_work_on_commission_of_the_letter_writers_ministry():
    text = ("Geachte voorzitter,\n\nAedes heeft in opdracht van mijn ministerie onderzoek gedaan naar leegstand.\n\n"
            "De minister van Sociale Zaken en Werkgelegenheid,\n\nE. Smit")
    assert ("Aedes", "SZW") in of_predicate(text, "collaboratesWith")
    assert ("Aedes", "VNG") in of_predicate("Aedes deed in opdracht van de VNG onderzoek.", "collaboratesWith")
    assert not of_predicate("Aedes deed niet in opdracht van de VNG onderzoek.", "collaboratesWith")


def test_towns_where_a_programme_runs_take_part_in_it():
    text = ("Het Fonds Sterke Kernen helpt dorpen. In Ede is het fonds inmiddels uitgevoerd. "
            "Ook Delft en Gouda boeken voortgang.")
    assert {("Ede", "Fonds Sterke Kernen"), ("Delft", "Fonds Sterke Kernen"), ("Gouda", "Fonds Sterke Kernen")} \
        <= of_predicate(text, "participatesIn")
    text = "Het Fonds Sterke Kernen helpt dorpen. In Ede is het fonds nog niet uitgevoerd. Ook Delft en Gouda wachten."
    assert not of_predicate(text, "participatesIn")


def test_towns_that_received_a_contribution_after_a_sentence_about_one_programme():
    text = ("Ook het Fonds Sterke Kernen kreeg een vervolg. "
            "Tiel en Zutphen ontvingen in de tweede tranche een bijdrage voor hun centrum.")
    assert {("Tiel", "Fonds Sterke Kernen"), ("Zutphen", "Fonds Sterke Kernen")} <= of_predicate(text, "participatesIn")
    text = "Ook het Fonds Sterke Kernen kreeg een vervolg. Tiel ontving een bijdrage uit het Rijksfonds."
    assert ("Tiel", "Fonds Sterke Kernen") not in of_predicate(text, "participatesIn")


# --- roles: a subordinate clause with its verb last; an opening role word with "namens" or an address ---

def test_a_role_in_a_subordinate_clause_is_the_persons_named_before():
    text = "Jan Bos stopte na vier maanden omdat hij gedeputeerde werd in de provincie Utrecht."
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert any(person == "Jan Bos" and body.endswith("Utrecht") and role == "gedeputeerde" for person, body, role in roles)
    text = "Jan Bos stopte omdat hij geen gedeputeerde werd in de provincie Utrecht."
    assert not {f for f in facts(text, DATE) if f[1] == "hasRole"}


def test_an_opening_role_on_behalf_of_a_body():
    text = "Bestuurlijk trekker namens de VNG was wethouder Eva Kok van Ede."
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert {("Eva Kok", "VNG", "trekker"), ("Eva Kok", "Ede", "wethouder")} <= roles


def test_an_opening_role_without_a_body_is_held_where_the_address_points():
    text = "Coördinator public affairs is Sanne Bol (sanne.bol@g40stedennetwerk.nl)."
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Sanne Bol", "G40", "coördinator") in roles
    text = "Coördinator public affairs bij de VNG is Sanne Bol (sanne.bol@g40stedennetwerk.nl)."
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Sanne Bol", "G40", "coördinator") not in roles


# --- a seat on an organisation's board; a fronted programme; working through a unit -------------

def test_a_seat_on_the_board_of_an_organisation_is_taking_part_in_it():
    text = "Daarnaast zat Kees Bos namens Gouda in het algemeen bestuur van de Metropoolregio Rotterdam Den Haag."
    assert ("Kees Bos", "MRDH") in of_predicate(text, "participatesIn") \
        or ("Kees Bos", "Metropoolregio Rotterdam Den Haag") in of_predicate(text, "participatesIn")
    assert not of_predicate("Kees Bos zat niet in het bestuur van de VNG.", "participatesIn")


def test_the_subject_of_a_sentence_fronted_by_a_programme_takes_part_in_it():
    text = "In het programma Sterke Wijken heeft de VNG een handreiking gemaakt."
    assert of_predicate(text, "participatesIn") == {("VNG", "Sterke Wijken")}
    assert not of_predicate("In Breda heeft de VNG een congres gehouden.", "participatesIn")
    assert not of_predicate("In het programma Sterke Wijken heeft de VNG niets gedaan.", "participatesIn")


def test_a_unit_an_organisation_works_through_is_part_of_it():
    text = "De VNG heeft via de themagroep Slimme Steden een aantal bijeenkomsten georganiseerd."
    assert ("Themagroep Slimme Steden", "VNG") in of_predicate(text, "partOf")
    assert not of_predicate("De VNG heeft via Platform31 een onderzoek laten doen.", "partOf")


# --- references: "beide ministeries"; the commissioner of the page's unit ------------------------

def test_both_ministries_are_the_last_two_named():
    text = "OCW en SZW gaven een reactie. Met beide ministeries heeft de VNG een vast overleg."
    assert {("VNG", "OCW"), ("VNG", "SZW")} <= of_predicate(text, "collaboratesWith")
    text = "OCW gaf een reactie. Met beide ministeries heeft de VNG een vast overleg."
    assert not of_predicate(text, "collaboratesWith")
    text = "OCW en SZW gaven een reactie. Met beide ministeries heeft de VNG geen overleg."
    assert not of_predicate(text, "collaboratesWith")


def test_the_commissioner_of_the_pages_unit_leads_it():
    text = "Taskforce Slimme Logistiek\n\nDe taskforce zoekt ruimte. Opdrachtgever is de Pijler Economie en Werk."
    assert ("Taskforce Slimme Logistiek", "Pijler Economie en Werk") in of_predicate(text, "ledBy")
    text = "Taskforce Slimme Logistiek\n\nDe taskforce zoekt ruimte. Opdrachtgever is niet de Pijler Economie en Werk."
    assert not of_predicate(text, "ledBy")


# --- layout: a section heading closed by a ministry's acronym ----------------------------------

def test_a_heading_closed_by_a_ministry_acronym_gives_its_officials_the_ministry():
    text = ("Jaarverslag 2023\n\nWerk en inkomen (SZW)\n\n"
            "Met directeur-generaal Participatie Anne de Wit is afgesproken dat de regeling blijft.\n")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Anne de Wit", "SZW", "directeur-generaal") in roles
    text = ("Jaarverslag 2023\n\nWerk en inkomen (SZW)\n\n"
            "Met directeur-generaal Anne de Wit van het ministerie van OCW is afgesproken dat de regeling blijft.\n")
    roles = {(f[0], f[2], f[3]) for f in facts(text, DATE) if f[1] == "hasRole"}
    assert ("Anne de Wit", "SZW", "directeur-generaal") not in roles


def test_a_name_with_an_acronym_in_brackets_on_its_own_line_is_no_heading():
    from graph.extract.sentences import split_sentences
    sentences = split_sentences("Deelnemers\n\nJan Smit (VNG)\n\nEva Bos sprak.\n")
    assert not any(s.is_heading and s.text == "Jan Smit (VNG)" for s in sentences)


# --- the parties a programme is negotiated between; observers of the page's unit ------------------

def test_the_named_parties_a_programme_is_negotiated_between_take_part():
    text = "Het Sportakkoord Oost wordt nu uitonderhandeld tussen het Rijk, de VNG en de sportbonden."
    assert of_predicate(text, "participatesIn") == {("VNG", "Sportakkoord Oost")}
    text = "Het Sportakkoord Oost wordt niet uitonderhandeld tussen het Rijk en de VNG."
    assert not of_predicate(text, "participatesIn")


def test_an_observer_at_the_meetings_takes_part_in_the_pages_unit():
    text = "Taskforce Slimme Logistiek\n\nDe taskforce zoekt ruimte. De VNG is als waarnemer bij de vergaderingen aanwezig."
    assert ("VNG", "Taskforce Slimme Logistiek") in of_predicate(text, "participatesIn")
    text = "Taskforce Slimme Logistiek\n\nDe taskforce zoekt ruimte. De VNG is niet als waarnemer bij de vergaderingen aanwezig."
    assert ("VNG", "Taskforce Slimme Logistiek") not in of_predicate(text, "participatesIn")
