"""Round 28b: entities, layouts and references found on the development sets, tested on texts of our own."""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2023-05-01"


def of(text: str, predicate: str) -> set[tuple]:
    return {f for f in facts(text, DATE) if f[1] == predicate}


# --- an agreement's parties: "De ondergetekenden: 1. …; hierna te noemen: partijen" -------------

_AGREEMENT = ("Convenant Schone Lucht\n\nDe ondergetekenden:\n\n1. de gemeente Breda, vertegenwoordigd door "
              "de wethouder Milieu;\n2. de gemeente Tilburg;\n3. Platform31;\n\nhierna gezamenlijk te noemen: "
              "partijen,\n\nkomen het volgende overeen:\n\nArtikel 1 Samenwerking\n{}\n")


def test_partijen_setting_up_a_programme_makes_each_listed_party_its_initiator():
    text = _AGREEMENT.format("Partijen zetten samen het programma Frisse Straten op.")
    assert of(text, "initiated") == {(p, "initiated", "Frisse Straten", None)
                                     for p in ("Breda", "Tilburg", "Platform31")}


def test_partijen_taking_part_makes_each_listed_party_a_participant():
    text = _AGREEMENT.format("De partijen nemen deel aan het project Gezonde Scholen.")
    assert {f for f in of(text, "participatesIn") if f[2] == "Gezonde Scholen"} == {
        (p, "participatesIn", "Gezonde Scholen", None) for p in ("Breda", "Tilburg", "Platform31")}


def test_partijen_denied_or_without_a_list_of_parties_states_nothing():
    text = _AGREEMENT.format("Partijen richten geen programma Frisse Straten op.")
    assert of(text, "initiated") == set()
    text = "Nieuws\n\nPartijen richten samen het programma Frisse Straten op."
    assert of(text, "initiated") == set()


def test_a_list_of_parties_under_a_partijen_lead_in_counts_too():
    text = ("Partijen:\n\n- de gemeente Delft;\n- de provincie Zuid-Holland;\n\n"
            "Partijen starten in 2024 het programma Water Slim.")
    assert of(text, "initiated") == {("Delft", "initiated", "Water Slim", None),
                                     ("Zuid-Holland", "initiated", "Water Slim", None)}


# --- the articles of an agreement are one text for a reference ---------------------------------

def test_het_programma_in_a_later_article_points_back_to_the_programme_named_before():
    text = ("Nieuwsbrief\n\nArtikel 2 Aanpak\nDe gemeente Oss start het programma Slimme Dijken.\n\n"
            "Artikel 3 Regie\nHet programma wordt getrokken door de provincie Noord-Brabant.")
    assert of(text, "ledBy") == {("Slimme Dijken", "ledBy", "Noord-Brabant", None)}


def test_het_programma_under_another_ordinary_heading_is_left_alone():
    text = ("Nieuwsbrief\n\nAanpak\nDe gemeente Oss start het programma Slimme Dijken.\n\n"
            "Regie\nHet programma wordt getrokken door de provincie Noord-Brabant.")
    assert of(text, "ledBy") == set()


# --- a place of signing is no party ------------------------------------------------------------

def test_the_place_an_agreement_is_signed_in_takes_no_part():
    text = ("Het programma Slimme Dijken\n\nHet programma Slimme Dijken loopt tot 2026.\n"
            "Aldus getekend te Nijmegen op 3 maart 2023.")
    assert of(text, "participatesIn") == set()
    text = "Het programma Slimme Dijken\n\nHet programma Slimme Dijken loopt.\nDeventer tekende het programma."
    assert of(text, "participatesIn") == {("Deventer", "participatesIn", "Slimme Dijken", None)}


# --- names: a programme "… in de Wijk", a signature's initials, role words ----------------------

def test_a_programme_name_ends_with_in_de_and_one_capitalised_word():
    assert mentions("Wij starten het programma Gezond Leven in de Wijk.", "Programme") == [
        "programma Gezond Leven in de Wijk"]
    assert mentions("Het project Schone Lucht in de Binnenstad Noord loopt.", "Programme") == ["project Schone Lucht"]


def test_initials_alone_on_a_signature_line_above_a_role_line_are_a_person():
    text = "Namens Divosa\nP.J. van Dam\nvoorzitter\n\nNamens de VNG\nK.L. de Wit\nlid directieraad"
    assert of(text, "hasRole") == {("P.J. van Dam", "hasRole", "Divosa", "voorzitter"),
                                   ("K.L. de Wit", "hasRole", "VNG", "lid directieraad")}


def test_lid_van_de_directieraad_and_programmaleider_are_roles():
    assert of("Karin Bos, lid van de directieraad van de VNG, opende de dag.", "hasRole") == {
        ("Karin Bos", "hasRole", "VNG", "lid directieraad")}
    assert of("Contact: Pieter Smit, programmaleider wonen bij de gemeente Zwolle.", "hasRole") == {
        ("Pieter Smit", "hasRole", "Zwolle", "programmaleider")}


# --- a person named again by the given name alone ----------------------------------------------

def test_a_given_name_alone_after_the_full_name_is_that_person():
    text = "Nieuws\n\nMarloes Verbeek is de nieuwe directeur. Marloes was eerder secretaris van de Pijler Fysiek."
    assert ("Marloes Verbeek", "hasRole", "Pijler Fysiek", "secretaris") in facts(text, DATE)


def test_a_given_name_two_people_share_or_a_common_word_is_nobody():
    text = ("Nieuws\n\nMarloes Verbeek en Marloes Jansen spraken. Marloes was eerder secretaris van de Pijler Fysiek.")
    assert not {f for f in facts(text, DATE) if f[2] == "Pijler Fysiek" and f[1] == "hasRole"}
    assert mentions("Bas Wouters sprak. Bas was er ook. Hij speelt bas.", "Person") == ["Bas Wouters"]


# --- "X werkt/blijft bij <body> als <rol>", "X, die … bij <body> werkt" ---------------------------

def test_a_role_after_the_body_with_bij_als_is_held_there():
    assert of("Ruud Smit blijft bij Platform31 als onderzoeker.", "hasRole") == {
        ("Ruud Smit", "hasRole", "Platform31", "onderzoeker")}
    assert of("Sinds mei werkt Eva Kok bij de gemeente Ede als beleidsadviseur.", "hasRole") == {
        ("Eva Kok", "hasRole", "Ede", "beleidsadviseur")}


def test_a_role_with_its_own_body_or_a_denied_one_is_not_held_at_the_body_before():
    assert of("Ruud Smit werkt bij de VNG als secretaris van de Pijler Sociaal.", "hasRole") == {
        ("Ruud Smit", "hasRole", "Pijler Sociaal", "secretaris")}
    assert of("Ruud Smit werkt niet bij de VNG als onderzoeker.", "hasRole") == set()


def test_a_relative_clause_with_the_verb_last_says_where_one_works():
    assert of("Het werk gaat naar Ivo Bos, die op detacheringsbasis bij Divosa werkt.", "affiliatedWith") == {
        ("Ivo Bos", "affiliatedWith", "Divosa", None)}
    assert of("Het werk gaat naar Ivo Bos, die niet bij Divosa werkt.", "affiliatedWith") == set()


# --- leaving a body: "directeur X heeft <body> verlaten" -----------------------------------------

def test_the_role_before_the_name_of_one_who_leaves_a_body_was_held_there():
    assert of("Na acht jaar heeft secretaris Eva Kok de VNG verlaten.", "hasRole") == {
        ("Eva Kok", "hasRole", "VNG", "secretaris")}
    assert of("Adviseur Jan Smit nam in mei afscheid van Divosa.", "hasRole") == {
        ("Jan Smit", "hasRole", "Divosa", "adviseur")}
    assert of("Eva Kok verliet in mei Aedes.", "affiliatedWith") == {("Eva Kok", "affiliatedWith", "Aedes", None)}


def test_not_leaving_is_no_role():
    assert of("Secretaris Eva Kok verliet de VNG niet.", "hasRole") == set()
    assert of("Eva Kok heeft de VNG nooit verlaten.", "affiliatedWith") == set()


def test_the_successor_of_one_who_left_takes_the_role():
    text = "Directeur Eva Kok heeft Platform31 verlaten. Haar opvolger is Jan Smit."
    assert ("Jan Smit", "hasRole", "Platform31", "directeur") in facts(text, DATE)


# --- "Met X is een gezamenlijke … gemaakt": the writer works with X ------------------------------

def test_a_fronted_met_with_a_passive_of_joint_work_makes_the_writer_a_partner():
    text = ("Jaaroverzicht\n\nMet Divosa en de VNG is een gezamenlijke brief gestuurd. "
            "Met Aedes is de samenwerking versterkt.\n\nHet Platform31-bureau\n")
    assert of(text, "collaboratesWith") == {("Platform31", "collaboratesWith", p, None)
                                            for p in ("Divosa", "VNG", "Aedes")}


def test_met_without_joint_work_without_a_writer_or_denied_states_nothing():
    text = "Jaaroverzicht\n\nMet Divosa is een brief gestuurd.\n\nHet Platform31-bureau\n"
    assert of(text, "collaboratesWith") == set()
    text = "Jaaroverzicht\n\nMet Divosa is een gezamenlijke brief gestuurd.\n"
    assert of(text, "collaboratesWith") == set()
    text = "Jaaroverzicht\n\nMet Divosa is geen gezamenlijke brief gestuurd.\n\nHet Platform31-bureau\n"
    assert of(text, "collaboratesWith") == set()


# --- minutes: abbreviations from the attendance list; speakers' labels --------------------------

_MINUTES = ("Verslag overleg werkgroep Water\n\nAanw.: Kees van Dam (KvD, Delft, vz), Fleur Mol (FM, Gouda)\n\n"
            "1. Opening\n- {}\n")


def test_an_abbreviation_from_the_attendance_list_is_that_person_later():
    text = _MINUTES.format("KvD opent. Welkom aan FM; zij volgt Hans Pol op.")
    assert ("Fleur Mol", "succeeded", "Hans Pol", None) in facts(text, DATE)


def test_a_speakers_label_is_no_subject_of_what_is_said():
    text = _MINUTES.format("FM: Gouda werkt samen met Aedes aan de pilot.")
    found = of(text, "collaboratesWith")
    assert ("Gouda", "collaboratesWith", "Aedes", None) in found
    assert not {f for f in found if f[0] == "Fleur Mol"}


def test_an_abbreviation_that_is_no_initials_of_the_name_is_no_one():
    text = ("Verslag\n\nAanw.: Kees van Dam (XY, Delft)\n\n- Welkom aan XY; zij volgt Hans Pol op.")
    assert not {f for f in facts(text, DATE) if f[1] == "succeeded"}


# --- going to a new employer -----------------------------------------------------------------

def test_going_to_a_named_employer_is_working_there():
    assert of("Welkom aan Eva Kok; zij volgt Jan Smit op, die naar de provincie Gelderland is gegaan.",
              "affiliatedWith") == {("Jan Smit", "affiliatedWith", "Gelderland", None)}
    assert of("Per mei gaat Jan Smit naar Divosa.", "affiliatedWith") == {("Jan Smit", "affiliatedWith", "Divosa", None)}


def test_going_to_a_town_or_not_going_is_no_employer():
    assert of("Jan Smit is naar Arnhem gegaan.", "affiliatedWith") == set()
    assert of("Jan Smit is niet naar de VNG gegaan.", "affiliatedWith") == set()


# --- a unit's organisation in a bracket ---------------------------------------------------------

def test_an_organisation_alone_in_the_bracket_after_a_unit_owns_it():
    assert of("Verslag taskforce Bouw (VNG)\n\nJan Smit opent.", "partOf") == {
        ("Taskforce Bouw", "partOf", "VNG", None)}


def test_a_place_or_more_in_the_bracket_after_a_unit_owns_nothing():
    assert of("Verslag taskforce Bouw (Zwolle)\n\nJan Smit opent.", "partOf") == set()
    assert of("Verslag taskforce Bouw (VNG en IPO)\n\nJan Smit opent.", "partOf") == set()


def test_the_bracket_after_a_persons_unit_is_where_the_person_works():
    text = "Aanwezig: Jan Smit, secretaris taskforce Bouw (VNG)"
    assert not {f for f in facts(text, DATE) if f[1] == "partOf"}


# --- "-tafels" as a programme's name ------------------------------------------------------------

def test_a_capitalised_tafel_compound_with_a_name_is_a_programme():
    assert mentions("Breda nam deel aan de Versnellingstafels Energie.", "Programme") == ["Versnellingstafels Energie"]
    assert ("Breda", "participatesIn", "Versnellingstafels Energie", None) in facts(
        "Breda nam deel aan de Versnellingstafels Energie.", DATE)


def test_a_round_table_or_a_table_without_a_name_is_no_programme():
    assert mentions("De Rondetafel Zorg was druk.", "Programme") == []
    assert mentions("Er komt een nieuwe versnellingstafel.", "Programme") == []
    assert mentions("De Versnellingstafel start in mei.", "Programme") == []


# --- a subject pronoun after a sentence whose only person is a partner --------------------------

def test_zij_after_a_samen_met_partner_is_the_subject_before():
    text = ("Nieuws\n\nEva Kok was wethouder in Delft. Daarna trok zij de themagroep Water, samen met wethouder "
            "Jan Smit. Namens de G40 zat zij ook in de stuurgroep Deltaplan.")
    taking = {(f[0], f[2]) for f in facts(text, DATE) if f[1] == "participatesIn"}
    assert ("Eva Kok", "Stuurgroep Deltaplan") in taking and ("Jan Smit", "Stuurgroep Deltaplan") not in taking


def test_zij_was_een_van_de_initiatiefnemers_points_back():
    text = "Nieuws\n\nEva Kok was wethouder. Ook was zij een van de initiatiefnemers van de City Deal Slimme Wijk."
    assert ("Eva Kok", "initiated", "City Deal Slimme Wijk", None) in facts(text, DATE)
    text = "Nieuws\n\nEva Kok was wethouder. Ook was zij niet een van de initiatiefnemers van de City Deal Slimme Wijk."
    assert not of(text, "initiated")


# --- "<unit> binnen de <unit>" --------------------------------------------------------------------

def test_a_unit_within_another_is_part_of_it():
    assert ("Taskforce Bouw", "partOf", "Pijler Fysiek", None) in facts(
        "De taskforce Bouw binnen de Pijler Fysiek kwam bijeen.", DATE)
    assert not {f for f in facts("De taskforce Bouw valt niet binnen de Pijler Fysiek.", DATE) if f[1] == "partOf"
                and f[2] == "Pijler Fysiek"}


# --- a pronoun's second copula: "Hij is … en was daarvoor <rol> bij X" ---------------------------

def test_a_second_copula_of_the_pronoun_gives_its_role():
    text = "Nieuws\n\nJan Smit neemt het over. Hij is wethouder in Ede en was daarvoor adviseur bij Aedes."
    assert ("Jan Smit", "hasRole", "Aedes", "adviseur") in facts(text, DATE)
    text = "Nieuws\n\nJan Smit neemt het over. Hij was daarvoor adviseur bij Aedes."
    assert ("Jan Smit", "hasRole", "Aedes", "adviseur") in facts(text, DATE)


# --- a succession that names the role -------------------------------------------------------------

def test_a_succession_as_a_named_role_passes_the_role_on_there():
    assert ("Jan Smit", "hasRole", "Ede", "wethouder") in facts(
        "In Ede wordt Eva Kok als wethouder opgevolgd door Jan Smit.", DATE)


def test_a_succession_without_a_shared_role_passes_no_town_role():
    found = facts("Jan Smit (Ede) volgt Eva Kok (Delft) op als voorzitter.", DATE)
    assert not {f for f in found if f[1] == "hasRole" and f[2] in ("Ede", "Delft")}


# --- a table announced as those who take part --------------------------------------------------

_PAGE = "# Programma Schone Wijken\n\nSamenwerking van steden.\n\n{}\n\n| Stad | Wijk |\n|---|---|\n| Ede | Veldhuizen |\n| Oss | Ussen |\n"


def test_a_table_after_a_line_that_announces_who_joined_lists_participants():
    taking = {(f[0], f[2]) for f in facts(_PAGE.format("Twee steden hebben zich aangemeld:"), DATE)
              if f[1] == "participatesIn"}
    assert taking == {("Ede", "Programma Schone Wijken"), ("Oss", "Programma Schone Wijken")}
    taking = {(f[0], f[2]) for f in facts(_PAGE.format("Wie doet mee?"), DATE) if f[1] == "participatesIn"}
    assert taking == {("Ede", "Programma Schone Wijken"), ("Oss", "Programma Schone Wijken")}


def test_a_table_after_a_denied_or_other_line_lists_no_participants():
    for lead in ("Twee steden hebben zich niet aangemeld:", "De wijken van de steden:"):
        assert not {f for f in facts(_PAGE.format(lead), DATE) if f[1] == "participatesIn"}


# --- "X is penvoerder van de agenda": the reference holds its article ---------------------------

def test_penvoerder_van_a_reference_leads_the_programme_named_before():
    text = "Nieuws\n\nDe Agenda Groene Daken start. De gemeente Delft is penvoerder van de agenda."
    assert ("Agenda Groene Daken", "ledBy", "Delft", None) in facts(text, DATE)
    text = "Nieuws\n\nDe Agenda Groene Daken start. De gemeente Delft is geen penvoerder van de agenda."
    assert not of(text, "ledBy")


# --- a field and a kind of employer between the role and the organisation ----------------------

def test_a_role_with_a_field_and_the_kind_of_employer_is_held_there():
    assert of("Eva Kok, directeur Wonen bij woningcorporatie Portaal, sprak.", "hasRole") == {
        ("Eva Kok", "hasRole", "Portaal", "directeur")}
    assert of("Eva Kok, lector Slimme Steden aan de Hogeschool Utrecht, sprak.", "hasRole") == {
        ("Eva Kok", "hasRole", "Hogeschool Utrecht", "lector")}


def test_aan_after_a_role_names_no_municipality_or_unit_as_holder():
    assert not {f for f in of("Nieuws\n\nEva Kok werd voorzitter aan het eind van de dag in Ede.", "hasRole")
                if f[2] == "Ede"}


# --- an owner inside a list of agents; support for an event --------------------------------------

def test_a_units_owner_does_not_end_the_list_of_organisers():
    text = "Nieuws\n\nHet congres Slimme Stad werd georganiseerd door de pijler Werk van de G40 en Platform31."
    assert {f[0] for f in of(text, "organised")} == {"Pijler Werk", "Platform31"}


def test_met_steun_van_makes_the_backer_take_part():
    text = "Nieuws\n\nHet congres Slimme Stad werd georganiseerd door de VNG, met steun van het ministerie van EZK."
    assert ("EZK", "participatesIn", "Slimme Stad", None) in facts(text, DATE)
    text = "Nieuws\n\nDe City Deal Slimme Stad werd gestart door de VNG, met steun van het ministerie van EZK."
    assert ("EZK", "participatesIn", "City Deal Slimme Stad", None) not in facts(text, DATE)  # a programme: no party


# --- two roles joined by "en"; "lid van de gemeenteraad" --------------------------------------------

def test_a_second_role_joined_by_en_has_its_own_holder():
    text = "Nieuws\n\nEva Kok is adviseur bij Aedes en lid van de gemeenteraad van Zwolle."
    assert of(text, "hasRole") == {("Eva Kok", "hasRole", "Aedes", "adviseur"),
                                   ("Eva Kok", "hasRole", "Zwolle", "raadslid")}


def test_a_role_joined_to_another_person_is_not_the_first_persons():
    text = "Nieuws\n\nEva Kok is adviseur bij Aedes en wethouder Jan Smit van Zwolle sprak."
    assert ("Eva Kok", "hasRole", "Zwolle", "wethouder") not in facts(text, DATE)


# --- a lower-case national compound is a programme ------------------------------------------------

def test_het_landelijk_register_is_a_programme_of_the_ministry_after_it():
    text = "Nieuws\n\nEde doet mee aan het landelijk warmteregister van BZK."
    assert {("Ede", "participatesIn", "warmteregister", None), ("warmteregister", "ledBy", "BZK", None)} <= facts(text, DATE)
    assert mentions("Er komt een landelijk warmteregister.", "Programme") == []


def test_the_initials_of_a_hyphenated_town_after_its_name_are_that_town():
    text = "Verslag\n\nAanw.: Eva Kok (Alphen-Chaam)\n\n- A-C doet mee aan de City Deal Slimme Wijk."
    assert ("Alphen-Chaam", "participatesIn", "City Deal Slimme Wijk", None) in facts(text, DATE)
    text = "Verslag\n\n- A-C doet mee aan de City Deal Slimme Wijk."
    assert not of(text, "participatesIn")


# --- a successor's seat "namens" a body was the seat of the one replaced ---------------------------

def test_a_successor_namens_a_body_takes_the_seat_of_the_one_replaced():
    text = "Verslag\n\n- Welkom aan Fleur Mol, nieuw namens Gouda; zij vervangt Hans Pol."
    assert {("Fleur Mol", "affiliatedWith", "Gouda", None), ("Hans Pol", "affiliatedWith", "Gouda", None)} <= facts(
        text, DATE)


def test_a_seat_named_after_the_one_replaced_is_not_theirs():
    text = "Verslag\n\n- Fleur Mol vervangt Hans Pol, die namens Gouda naar de VNG ging."
    assert ("Fleur Mol", "affiliatedWith", "Gouda", None) not in facts(text, DATE)


def test_taking_the_audience_along_is_acting_at_the_event():
    text = ('Verslag congres "Stad"\n\nDaarna nam Eva Kok, lector Wonen aan de Hogeschool Utrecht, het publiek '
            "mee in haar onderzoek.")
    assert ("Eva Kok", "participatesIn", "Stad", None) in facts(text, DATE)
    text = 'Verslag congres "Stad"\n\nDaarna nam Eva Kok het publiek niet mee.'
    assert not {f for f in facts(text, DATE) if f[0] == "Eva Kok" and f[1] == "participatesIn"}


def test_leaving_for_a_body_written_as_an_employer_is_working_there():
    assert of("Afscheid nam Eva Kok, die naar de gemeente Arnhem is vertrokken.", "affiliatedWith") == {
        ("Eva Kok", "affiliatedWith", "Arnhem", None)}
    assert of("Eva Kok, die naar Arnhem is vertrokken, groet u.", "affiliatedWith") == set()
    assert of("Eva Kok is per 1 mei vertrokken naar Aedes.", "affiliatedWith") == set()
