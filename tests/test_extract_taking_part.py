"""Who takes part, organises and works together: consortia as programmes, the clause a cue is in, key-value
table rows as fields, places under a programme (round 42a)."""

from __future__ import annotations

from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith", "initiated", "organised")}


# --- "het consortium “X” (AB)": a partnership of members, named again as "het consortium" and "AB" ---------

def test_a_quoted_consortium_is_a_programme_its_partners_take_part_in():
    text = ("Het consortium “Zorg Dichtbij in de Stad” (ZDS) krijgt geld uit de Nationale Wetenschapsagenda (NWA). "
            "In het consortium werken drie hogescholen samen.\n\n"
            "De gemeenten Zwolle en Ede zijn maatschappelijk partner. Ook Platform31 is partner.")
    found = _taking_part(text)
    assert {("Zwolle", "participatesIn", "Zorg Dichtbij in de Stad", None),
            ("Ede", "participatesIn", "Zorg Dichtbij in de Stad", None),
            ("Platform31", "participatesIn", "Zorg Dichtbij in de Stad", None)} <= found, found
    assert not {f for f in found if f[2] in ("Nationale Wetenschapsagenda", "NWA")}, found


def test_the_abbreviation_of_a_consortium_names_it_again():
    text = "Het consortium “Zorg Dichtbij in de Stad” (ZDS) start in mei. Breda neemt deel aan ZDS."
    assert ("Breda", "participatesIn", "Zorg Dichtbij in de Stad", None) in _taking_part(text), _taking_part(text)


def test_a_consortium_of_members_in_apposition_names_its_members():
    text = "Breda werkt mee aan Slim Wonen Zuid, een consortium van Avans Hogeschool en de gemeente Tilburg."
    found = _taking_part(text)
    assert ("Tilburg", "participatesIn", "Slim Wonen Zuid", None) in found, found


def test_het_consortium_is_no_reference_when_two_consortia_are_named():
    text = ("Het consortium “Zorg Dichtbij” en het consortium “Wijk Centraal” krijgen geld. "
            "Ede is partner in het consortium.")
    found = _taking_part(text)
    assert not {f for f in found if f[0] == "Ede"}, found


# --- "organiseert" at the end of a clause of its own: that clause's subject organises ----------------------

def test_the_subject_of_a_relative_clause_organises_not_the_main_clauses():
    text = "Zwolle neemt in 2025 deel aan de Kennisdag Wonen die Platform31 samen met de VNG organiseert."
    found = {f for f in _taking_part(text) if f[1] == "organised"}
    assert found == {("Platform31", "organised", "Kennisdag Wonen", None),
                     ("VNG", "organised", "Kennisdag Wonen", None)}, found


def test_a_clause_after_a_semicolon_has_its_own_organiser():
    text = "De G40 deelt de uitkomsten met de leden; Platform31 organiseert jaarlijks een kennisdag."
    found = {f for f in _taking_part(text) if f[1] == "organised"}
    assert ("G40", "organised", "kennisdag", None) not in found, found


def test_a_relative_clause_without_an_organiser_names_none():
    text = "Ede neemt deel aan de Kennisdag Wonen die elk jaar wordt georganiseerd."
    assert not {f for f in _taking_part(text) if f[1] == "organised"}, _taking_part(text)


def test_the_actor_before_die_organises():
    text = "Het programma steunt Platform31, die elk jaar de Kennisdag Wonen organiseert."
    found = {f for f in _taking_part(text) if f[1] == "organised"}
    assert found == {("Platform31", "organised", "Kennisdag Wonen", None)}, found


# --- who works together: a relative clause, an unrecognised subject, a label, "we" ------------------------

def test_a_relative_clause_before_samen_met_works_for_its_antecedent_not_the_main_subject():
    text = "Zwolle is lid van de G40, het netwerk van steden dat samen met het Rijk werkt aan de stad."
    found = {f for f in _taking_part(text) if f[1] == "collaboratesWith"}
    assert not found, found


def test_an_unrecognised_subject_is_not_replaced_by_the_passages_body():
    text = "Themagroep Zorg\n\nDe themagroep vergadert elke maand. De GGD werkt in 2025 nauw samen met de gemeente Ede."
    found = {f for f in _taking_part(text) if f[1] == "collaboratesWith"}
    assert not found, found


def test_a_chat_line_speaker_is_not_who_works_together():
    text = "[12-03-2024 10:02] Eva Smit (Gemeente Tilburg): Punt 3: Breda en Tilburg hebben samen met Enexis een plan gemaakt."
    found = {f for f in _taking_part(text) if f[1] == "collaboratesWith"}
    assert ("Breda", "collaboratesWith", "Enexis", None) in found, found
    assert not {f for f in found if f[0] == "Eva Smit"}, found


def test_we_in_talks_after_a_deal_is_no_programme():
    text = ("Zwolle valt onder de Woondeal Regio Zwolle. Ede heeft nog geen Woondeal. "
            "We zijn daar met BZK over in gesprek, samen met de provincie Gelderland.")
    found = {f for f in _taking_part(text) if f[0] == "Gelderland"}
    assert not found, found


def test_partners_after_met_inside_samen_in_work_with_the_subject():
    text = "Breda werkt al jaren met Avans Hogeschool en Tilburg samen in de City Deal Zon."
    found = _taking_part(text)
    assert {("Breda", "collaboratesWith", "Avans", None),
            ("Breda", "collaboratesWith", "Tilburg", None),
            ("Breda", "participatesIn", "City Deal Zon", None)} <= found, found


# --- a key-value table is a card: "| **Pilotsteden** | A en B |" ------------------------------------------

def test_the_rows_of_a_key_value_table_are_fields_of_the_title_programme():
    text = ("# Factsheet | Programma Zorg Dichtbij\n\n## In het kort\n\n| | |\n|---|---|\n"
            "| **Looptijd** | 2023 – 2026 |\n| **Initiatiefnemers** | Stedennetwerk G40 en de VNG |\n"
            "| **Pilotsteden** | Breda, Ede en Zwolle |\n| **Financiering** | ministerie van OCW, € 2 miljoen |\n")
    found = _taking_part(text)
    assert found == {("G40", "initiated", "Programma Zorg Dichtbij", None),
                     ("VNG", "initiated", "Programma Zorg Dichtbij", None),
                     ("Breda", "participatesIn", "Programma Zorg Dichtbij", None),
                     ("Ede", "participatesIn", "Programma Zorg Dichtbij", None),
                     ("Zwolle", "participatesIn", "Programma Zorg Dichtbij", None),
                     ("OCW", "participatesIn", "Programma Zorg Dichtbij", None)}, found


def test_a_table_row_whose_key_names_no_field_states_nothing():
    text = "# Factsheet | Programma Zorg Dichtbij\n\n| | |\n|---|---|\n| **Locatie** | Breda en Ede |\n"
    assert not _taking_part(text), _taking_part(text)


def test_fields_under_a_heading_that_names_an_unrecognised_project_are_not_the_titles():
    text = ("Subsidieregeling Wijkkracht 2024\n\nDe regeling steunt projecten in wijken.\n\n"
            "Groene Schoolpleinen Noord\n\n| | |\n|---|---|\n| **Partners** | Breda en de VNG |\n\n"
            "Buurtbanen Almere\n\nPartners: Aedes en Platform31\n")
    found = _taking_part(text)
    assert not found, found


def test_fields_under_a_heading_of_common_words_are_the_titles():
    text = ("Subsidieregeling Wijkkracht 2024\n\nDe regeling steunt projecten in wijken.\n\n"
            "Wie doen er mee\n\nPartners: Aedes en Platform31\n")
    found = _taking_part(text)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Aedes", "Platform31"}, found


# --- "neemt deel aan X dat Y organiseert": Y takes no part, it runs X -------------------------------------

def test_the_actors_of_a_relative_clause_after_the_target_take_no_part():
    text = "Zwolle neemt in 2025 deel aan de City Deal Zon die Platform31 samen met de VNG uitvoert."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert ("Zwolle", "participatesIn", "City Deal Zon", None) in found, found
    assert not {f for f in found if f[0] in ("Platform31", "VNG")}, found


def test_the_complement_of_van_before_the_cue_takes_no_part():
    text = "Zwolle is kennispartner van Platform31 en neemt in 2025 deel aan de City Deal Zon."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert ("Zwolle", "participatesIn", "City Deal Zon", None) in found, found
    assert ("Platform31", "participatesIn", "City Deal Zon", None) not in found, found


def test_a_ministry_named_by_ministerie_van_still_takes_part():
    text = "Gouda en Delft hebben met het ministerie van OCW de City Deal Zon ondertekend."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert ("OCW", "participatesIn", "City Deal Zon", None) in found, found


# --- "A en B vallen onder de Woondeal X": the places a programme covers take part in it --------------------

def test_places_that_fall_under_a_deal_take_part_in_it():
    text = "Zwolle en Kampen vallen onder de Woondeal Regio Zwolle. Ede valt nog niet onder de Woondeal Regio Zwolle."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert found == {("Zwolle", "participatesIn", "Woondeal Regio Zwolle", None),
                     ("Kampen", "participatesIn", "Woondeal Regio Zwolle", None)}, found


def test_a_unit_under_a_programme_is_no_place_that_takes_part():
    text = "De Themagroep Wonen valt onder de City Deal Zon."
    assert not {f for f in _taking_part(text) if f[1] == "participatesIn"}, _taking_part(text)


# --- the clause of a cue of taking part: "en dat", a second predicate, a deal closed in a relative clause (43a) ---

def test_a_second_complement_clause_has_its_own_subject():
    text = ("Overwegende dat de gemeente Zwolle namens de steden het G40-bureau huisvest, en dat de gemeente "
            "Kampen als zesde gemeente deelneemt aan de City Deal Slimme Daken;")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert ("Kampen", "participatesIn", "City Deal Slimme Daken", None) in found, found
    assert not {f for f in found if f[0] in ("Zwolle", "G40-bureau")}, found


def test_a_second_predicate_after_the_target_names_no_participant():
    text = "Wethouder Eva Smit neemt deel aan de Pijler Fysiek en is daarnaast lid van de Themagroep Energietransitie."
    found = _taking_part(text)
    assert ("Themagroep Energietransitie", "participatesIn", "Pijler Fysiek", None) not in found, found


def test_a_deal_closed_in_a_relative_clause_is_what_its_signatories_take_part_in():
    text = ("De City Deal Slimme Daken sluit aan op de Regio Deal Twente, die Almelo, Hengelo en de provincie "
            "Overijssel in 2019 hebben gesloten.")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert {("Almelo", "participatesIn", "Regio Deal Twente", None),
            ("Overijssel", "participatesIn", "Regio Deal Twente", None)} <= found, found
    assert not {f for f in found if f[2] == "City Deal Slimme Daken"}, found


# --- "(X heeft) A en B in het programma Y opgenomen", "A is opgenomen in Y": they take part (43a) -------------

def test_towns_taken_into_a_programme_take_part_in_it():
    text = ("Het ministerie van BZK heeft Breda en Ede in de City Deal Slimme Daken opgenomen. Tilburg en de "
            "provincie Utrecht zijn in 2023 opgenomen in de City Deal Eenvoudig Maatwerk.")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert {("Breda", "participatesIn", "City Deal Slimme Daken", None),
            ("Ede", "participatesIn", "City Deal Slimme Daken", None),
            ("Tilburg", "participatesIn", "City Deal Eenvoudig Maatwerk", None),
            ("provincie Utrecht", "participatesIn", "City Deal Eenvoudig Maatwerk", None)} <= found, found
    assert not {f for f in found if f[0] == "BZK"}, found


def test_a_possible_or_denied_taking_in_is_no_fact():
    text = ("Mogelijk wordt Zwolle later toegevoegd aan de City Deal Eenvoudig Maatwerk. Almere is niet "
            "opgenomen in de City Deal Eenvoudig Maatwerk. Wordt Delft opgenomen in de City Deal Eenvoudig Maatwerk?")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert found == set(), found


# --- "X is/, een initiatief van Y": the thing it is said of; a definite "het initiatief van Y" elsewhere is Y's own (43a)

def test_an_initiative_of_is_said_of_the_nearest_programme():
    text = "Ede doet mee aan de City Deal Slimme Daken en aan de City Deal Eenvoudig Maatwerk, een initiatief van de VNG."
    found = {f for f in _taking_part(text) if f[1] == "initiated"}
    assert found == {("VNG", "initiated", "City Deal Eenvoudig Maatwerk", None)}, found


def test_the_initiative_of_a_body_elsewhere_in_the_clause_is_its_own():
    text = "De City Deal Slimme Daken sluit aan bij het initiatief van de VNG om daken te vergroenen."
    found = {f for f in _taking_part(text) if f[1] == "initiated"}
    assert found == set(), found


# --- a signing still to come, an agreement of one's own, a long list of signatories (45a) ---------------------

def test_a_signing_in_the_present_with_a_time_ahead_is_a_plan():
    text = ("City Deal Slimme Daken\n\nOp 3 maart tekenden Zwolle en Kampen. Deventer tekent pas in 2027. "
            "Almelo en Oss ondertekenen naar verwachting in het voorjaar. De deal wordt later ook door Ede ondertekend.")
    found = {f for f in facts(text, date="2026-04-01") if f[1] == "participatesIn"}
    assert found == {("Zwolle", "participatesIn", "City Deal Slimme Daken", None),
                     ("Kampen", "participatesIn", "City Deal Slimme Daken", None)}, found


def test_an_agreement_of_their_own_after_the_verb_is_not_the_passages_deal():
    text = "City Deal Slimme Daken\n\nZwolle en Kampen tekenden dezelfde dag met Windesheim een intentieverklaring."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert not {f for f in found if f[2] == "City Deal Slimme Daken"}, found


def test_a_long_list_of_signatories_before_hun_handtekening_takes_part():
    text = ("In Zwolle zetten de gemeenten Zwolle, Kampen en Deventer, de provincie Overijssel, het ministerie van "
            "BZK en woningcorporatie Openbaar Belang dinsdag hun handtekening onder de Woondeal Regio Zwolle.")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert {("Kampen", "participatesIn", "Woondeal Regio Zwolle", None),
            ("Overijssel", "participatesIn", "Woondeal Regio Zwolle", None),
            ("BZK", "participatesIn", "Woondeal Regio Zwolle", None)} <= found, found


# --- fields on the lines under an agenda item: the item's programme, not the page's body (45a) ----------------

def test_the_fields_under_an_agenda_item_are_the_items_programmes():
    text = ("Commissie Ruimte en Wonen\n\n• Opening\n\n• Toetreding City Deal Slimme Daken\n\n"
            "Portefeuillehouder: wethouder Eva Smit\n\nPartners: het ministerie van BZK en de gemeenten Zwolle en Kampen.\n\n"
            "• Rondvraag\n")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert found == {("BZK", "participatesIn", "City Deal Slimme Daken", None),
                     ("Zwolle", "participatesIn", "City Deal Slimme Daken", None),
                     ("Kampen", "participatesIn", "City Deal Slimme Daken", None)}, found


def test_a_field_after_a_list_of_programmes_is_the_pages():
    text = ("City Deal Slimme Daken\n\nDe deal sluit aan bij:\n\n• City Deal Zon\n\n• City Deal Wind\n\n"
            "Partners: Zwolle en Kampen\n")
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert not {f for f in found if f[2] == "City Deal Wind"}, found


def test_the_leader_in_an_apposition_after_the_target_takes_no_part():
    text = "Zwolle doet mee aan de City Deal Slimme Daken, een programma onder leiding van BZK; Kampen stopte."
    found = {f for f in _taking_part(text) if f[1] == "participatesIn"}
    assert found == {("Zwolle", "participatesIn", "City Deal Slimme Daken", None)}, found


# --- the initiators of a deal: a unit its network prefixes, a unit of a unit, "deze City Deal" (45a) ------------

def test_an_initiative_of_a_prefixed_pijler_and_a_ministry_names_both():
    text = ("City Deal Slimme Daken\n\nSinds 2024 doet Zwolle mee aan deze City Deal, een initiatief van de "
            "G40-pijler Fysiek en het ministerie van BZK.")
    found = {f for f in _taking_part(text) if f[1] == "initiated"}
    assert found == {("Pijler Fysiek", "initiated", "City Deal Slimme Daken", None),
                     ("BZK", "initiated", "City Deal Slimme Daken", None)}, found


def test_initiators_after_a_themagroep_of_a_pijler_go_on():
    text = ("De City Deal Slimme Daken is geïnitieerd door de Themagroep Energie van de G40-pijler Fysiek en het "
            "ministerie van Infrastructuur en Waterstaat.")
    found = {f for f in _taking_part(text) if f[1] == "initiated"}
    assert ("IenW", "initiated", "City Deal Slimme Daken", None) in found, found
    assert ("G40", "initiated", "City Deal Slimme Daken", None) not in found, found
