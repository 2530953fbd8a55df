"""Round 33a: facts a page's layout states: tables and lists scoped by a title, heading or lead-in."""

from __future__ import annotations

from graph.markup import html_visible_text, markdown_text
from tests.extract_facts import facts


# --- a table's columns that describe the row's town: "| Gemeente | Provincie |", "| Stad | Bestuurder |" -----------

_PROGRAMME_PAGE = """<html><head><title>Programma Vitale Kernen | Rijksoverheid</title></head><body>
<h1>Programma Vitale Kernen</h1>
<p>Met het Programma Vitale Kernen ondersteunt het ministerie van BZK middelgrote steden bij de aanpak van hun
binnensteden.</p>
<h2>Deelnemende gemeenten</h2>
<table>
<thead><tr><th>Gemeente</th><th>Provincie</th><th>Sinds</th><th>Contactpersoon</th></tr></thead>
<tbody>
<tr><td>Helmond</td><td>Noord-Brabant</td><td>2022</td><td>Eva Smit</td></tr>
<tr><td>Gemeente Vlaardingen</td><td>Zuid-Holland</td><td>2023</td><td>Fatima Yilmaz</td></tr>
</tbody></table>
</body></html>"""


def test_the_towns_of_a_table_take_part_and_their_province_does_not():
    found = facts(html_visible_text(_PROGRAMME_PAGE))
    assert ("Helmond", "participatesIn", "Programma Vitale Kernen", None) in found, found
    assert ("Vlaardingen", "participatesIn", "Programma Vitale Kernen", None) in found, found
    assert ("Eva Smit", "affiliatedWith", "Helmond", None) in found, found
    for province in ("Noord-Brabant", "Zuid-Holland"):
        assert not any(province in (f[0], f[2]) for f in found), found


def test_a_province_column_of_its_own_rows_still_takes_part():
    text = ("Regio Deal Noord\n\nDeelnemers\n\n| Provincie | Gedeputeerde |\n|---|---|\n"
            "| Drenthe | Eva Smit |\n| Friesland | Jan de Kok |\n")
    found = facts(text)
    assert ("Drenthe", "participatesIn", "Regio Deal Noord", None) in found, found
    assert ("Eva Smit", "hasRole", "Drenthe", "gedeputeerde") in found, found


_MEMBER_TABLE = ("Taskforce Warmte\n\nDe taskforce is in 2023 door het G40-bestuur ingesteld.\n\nLeden\n\n"
                 "| Stad | Bestuurder |\n|---|---|\n| Oss | Petra Wolthuis (voorzitter) |\n| Emmen | Kees Brouwer |\n")


def test_a_towns_bestuurder_is_affiliated_with_it_not_given_an_office():
    found = facts(_MEMBER_TABLE)
    assert ("Kees Brouwer", "affiliatedWith", "Emmen", None) in found, found
    assert ("Emmen", "participatesIn", "Taskforce Warmte", None) in found, found
    assert not any(f[3] == "bestuurder" for f in found), found


def test_a_corporations_bestuurder_holds_that_office():
    text = ("Woondeal Rivierenland\n\nPartners\n\n| Organisatie | Bestuurder |\n|---|---|\n"
            "| Woonstichting Nieuw Veld | Eva Smit |\n")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "Woonstichting Nieuw Veld", "bestuurder") in found, found


# --- a heading, caption or column that says the rows take part -------------------------------------------------

def test_a_heading_that_places_the_towns_in_the_programme():
    text = markdown_text("# Programma Sterke Centra\n\nHet programma helpt gemeenten hun winkelgebieden te versterken.\n\n"
                         "## De steden in het programma\n\n| Stad | Contactpersoon |\n|---|---|\n"
                         "| Lelystad | Eva Smit |\n| Heerlen | Jan de Kok |\n\n## Resultaten\n\nEr zijn 40 panden herbestemd.\n")
    found = facts(text)
    assert ("Lelystad", "participatesIn", "Programma Sterke Centra", None) in found, found
    assert ("Heerlen", "participatesIn", "Programma Sterke Centra", None) in found, found
    assert ("Eva Smit", "affiliatedWith", "Lelystad", None) in found, found


def test_a_caption_that_places_the_towns_in_the_deal():
    page = ("<html><body><h1>Woondeal Midden-Holland</h1><p>In de Woondeal Midden-Holland maken Rijk en gemeenten "
            "afspraken over de bouw van 20.000 woningen.</p><table><caption>De steden in de woondeal</caption>"
            "<tr><th>Stad</th><th>Aantal woningen</th></tr><tr><td>Gouda</td><td>8.000</td></tr>"
            "<tr><td>Alphen aan den Rijn</td><td>12.000</td></tr></table></body></html>")
    found = facts(html_visible_text(page))
    assert ("Gouda", "participatesIn", "Woondeal Midden-Holland", None) in found, found
    assert ("Alphen aan den Rijn", "participatesIn", "Woondeal Midden-Holland", None) in found, found


def test_a_list_under_a_heading_that_places_the_towns_in_the_pilot():
    text = markdown_text("# Pilot Slimme Mobiliteit\n\nDe pilot test deelmobiliteit.\n\n## De steden in de pilot\n\n"
                         "- Amersfoort\n- Gemeente Ede\n\n## Gemeenten in Gelderland\n\n- Arnhem\n- Nijmegen\n")
    found = facts(text)
    assert ("Amersfoort", "participatesIn", "Pilot Slimme Mobiliteit", None) in found, found
    assert ("Ede", "participatesIn", "Pilot Slimme Mobiliteit", None) in found, found
    assert not any(f[0] in ("Arnhem", "Nijmegen") for f in found), found


def test_a_column_of_when_each_town_joined():
    text = ("Programma Gezonde Wijk\n\nHet programma verbetert de gezondheid in kwetsbare wijken.\n\n"
            "| Gemeente | Sinds |\n|---|---|\n| Venlo | 2021 |\n| Lelystad | 2023 |\n")
    found = facts(text)
    assert ("Venlo", "participatesIn", "Programma Gezonde Wijk", None) in found, found
    assert ("Lelystad", "participatesIn", "Programma Gezonde Wijk", None) in found, found


def test_a_role_column_of_the_part_each_town_plays():
    text = ("Regio Deal Noordoost-Twente\n\nDe Regio Deal Noordoost-Twente versterkt de brede welvaart in de regio.\n\n"
            "| Gemeente | Contactpersoon | Rol |\n|---|---|---|\n| Almelo | Eva Smit | penvoerder |\n"
            "| Hengelo | Jan de Kok | partner |\n")
    found = facts(text)
    assert ("Almelo", "participatesIn", "Regio Deal Noordoost-Twente", None) in found, found
    assert ("Regio Deal Noordoost-Twente", "ledBy", "Almelo", None) in found, found
    assert ("Hengelo", "participatesIn", "Regio Deal Noordoost-Twente", None) in found, found
    assert not any(f[1] == "ledBy" and f[2] == "Hengelo" for f in found), found


def test_a_table_of_towns_under_another_heading_states_no_participation():
    for heading in ("Woningbouw in cijfers", "Budget per gemeente", "Gemeenten die niet meer meedoen"):
        text = (f"City Deal Zon op Dak\n\nDe deal stimuleert zonnepanelen.\n\n{heading}\n\n"
                "| Gemeente | Woningen 2023 |\n|---|---|\n| Zwolle | 1.200 |\n| Amersfoort | 900 |\n")
        found = facts(text)
        assert not any(f[1] == "participatesIn" for f in found), (heading, found)


# --- an attendance or speakers' list announced by its lead-in or heading ------------------------------------------

_MINUTES = ("Verslag werkgroep Schuldhulpverlening\n\nDatum: 3 maart 2024\n\nAanwezig:\n- Eva Smit (gemeente Ede)\n"
            "- Jan de Kok (Nibud)\n\nAfwezig:\n- Kees Brouwer (Sittard-Geleen)\n\n1. Opening\nDe voorzitter opent de vergadering.\n")


def test_the_list_after_an_attendance_lead_in_attends_the_units_meeting():
    found = facts(_MINUTES)
    assert ("Eva Smit", "participatesIn", "Werkgroep Schuldhulpverlening", None) in found, found
    assert ("Jan de Kok", "participatesIn", "Werkgroep Schuldhulpverlening", None) in found, found
    assert ("Jan de Kok", "affiliatedWith", "Nibud", None) in found, found


def test_the_list_after_an_absence_lead_in_does_not_attend():
    found = facts(_MINUTES)
    assert not any(f[0] == "Kees Brouwer" and f[1] == "participatesIn" for f in found), found


def test_an_attendance_lead_in_without_a_meeting_frames_nothing():
    text = "Nieuwsbrief maart\n\nWe kijken terug op een druk jaar.\n\nAanwezig:\n- Eva Smit (gemeente Ede)\n"
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_the_speakers_of_an_event_take_part_in_it():
    text = ("Netwerkdag Binnensteden 2024\n\nOp 12 maart 2024 vond in Zwolle de Netwerkdag Binnensteden plaats.\n\n"
            "Sprekers\n\n- Eva Smit, wethouder Zwolle\n- Jan de Kok (Platform31)\n")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Netwerkdag Binnensteden", None) in found, found
    assert ("Jan de Kok", "participatesIn", "Netwerkdag Binnensteden", None) in found, found
    assert not any(f[0] in ("Zwolle", "Platform31") and f[1] == "participatesIn" for f in found), found


def test_the_speakers_at_a_units_meeting_do_not_join_the_unit():
    text = ("Verslag werkgroep Schuldhulpverlening\n\nDe werkgroep sprak over vroegsignalering.\n\n"
            "Sprekers\n\n- Jan de Kok (Nibud)\n")
    assert not any(f[0] == "Jan de Kok" and f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a programme's own body named after it: "Stuurgroep City Deal X" ---------------------------------------------

def test_a_steering_group_named_after_its_city_deal_is_part_of_it():
    text = "Verslag stuurgroep City Deal Slimme Wijk\n\nDatum: 3 maart 2024\n\nDe stuurgroep kwam bijeen in Ede."
    found = facts(text)
    assert ("Stuurgroep City Deal Slimme Wijk", "partOf", "City Deal Slimme Wijk", None) in found, found


def test_a_steering_group_named_after_a_place_is_part_of_nothing():
    text = "Verslag stuurgroep Binnenstad Breda\n\nDatum: 3 maart 2024\n\nDe stuurgroep kwam bijeen."
    assert not any(f[1] == "partOf" for f in facts(text)), facts(text)


# --- the towns a programme's steering body seats take part in the programme -----------------------------------------

_STEERING_MINUTES = ("Verslag stuurgroep City Deal Slimme Wijk\n\nDatum: 3 maart 2024\n\nAanwezig\n\n"
                     "- Eva Smit (wethouder Ede, voorzitter)\n- Jan de Kok (wethouder Delft)\n"
                     "- Fatima Yilmaz (ministerie van EZK)\n- Piet Bos (Platform31)\n\n"
                     "Afwezig met bericht: Kees Brouwer (wethouder Gouda)\n\n1. Opening\n\nDe voorzitter opent.\n")


def test_the_towns_whose_aldermen_sit_in_a_deals_steering_group_take_part_in_the_deal():
    found = facts(_STEERING_MINUTES)
    for town in ("Ede", "Delft", "Gouda"):
        assert (town, "participatesIn", "City Deal Slimme Wijk", None) in found, (town, found)


def test_a_ministrys_official_at_the_table_makes_the_ministry_no_partner():
    found = facts(_STEERING_MINUTES)
    assert not any(f[0] in ("EZK", "Platform31") and f[2] == "City Deal Slimme Wijk" for f in found), found


def test_the_towns_at_a_taskforces_table_are_left_to_the_membership_rules():
    text = _STEERING_MINUTES.replace("stuurgroep City Deal Slimme Wijk", "Taskforce Slimme Wijk")
    found = facts(text)
    assert not any(f[0] in ("Ede", "Delft", "Gouda") and f[1] == "participatesIn" for f in found), found


# --- a page's table whose column titles are bold cells, not <th> --------------------------------------------------

def test_a_bold_first_row_is_the_header_of_a_page_table():
    page = ("<html><body><h1>Programma Ruimte voor Wonen</h1><p>Met het programma ondersteunt het Rijk gemeenten.</p>"
            "<h2>Deelnemende gemeenten</h2><table>"
            "<tr><td><strong>Gemeente</strong></td><td><strong>Contactpersoon</strong></td></tr>"
            "<tr><td>Almere</td><td>Eva Smit</td></tr><tr><td>Zaanstad</td><td>Jan de Kok</td></tr></table></body></html>")
    found = facts(html_visible_text(page))
    assert ("Almere", "participatesIn", "Programma Ruimte voor Wonen", None) in found, found
    assert ("Zaanstad", "participatesIn", "Programma Ruimte voor Wonen", None) in found, found
    assert ("Jan de Kok", "affiliatedWith", "Zaanstad", None) in found, found


def test_a_first_row_bold_in_part_is_a_row_of_data():
    page = ("<table><tr><td><b>Almere</b> (sinds 2021)</td><td>Eva Smit</td></tr>"
            "<tr><td>Zaanstad</td><td>Jan de Kok</td></tr></table>")
    assert "|" not in html_visible_text(page)


def test_a_single_bold_cell_over_a_table_is_no_header():
    page = "<table><tr><td><b>Overzicht</b></td></tr><tr><td>Almere</td><td>Eva Smit</td></tr></table>"
    assert "|" not in html_visible_text(page)


# --- persons in the participants' list of a programme: they and the town or body they stand for take part ----------

_DEAL_PAGE = ("City Deal Kennis Maken\n\nDe City Deal Kennis Maken verbindt hogescholen en gemeenten.\n\n{heading}\n\n"
              "- Eva Smit (wethouder Ede)\n- Jan de Kok, wethouder Delft\n- Fatima Yilmaz (Hogeschool Utrecht)\n")


def test_the_persons_of_a_programmes_participants_list_and_what_they_stand_for_take_part():
    found = facts(_DEAL_PAGE.format(heading="Deelnemers"))
    for actor in ("Eva Smit", "Ede", "Jan de Kok", "Delft", "Fatima Yilmaz", "Hogeschool Utrecht"):
        assert (actor, "participatesIn", "City Deal Kennis Maken", None) in found, (actor, found)
    assert ("Eva Smit", "hasRole", "Ede", "wethouder") in found, found


def test_the_persons_of_a_programmes_other_list_take_no_part():
    found = facts(_DEAL_PAGE.format(heading="Reacties"))
    assert not any(f[1] == "participatesIn" for f in found), found


# --- the programme named only in the lead-in right above the table ----------------------------------------------

def test_a_table_after_a_lead_in_that_names_the_programme():
    text = ("Jaarverslag 2023\n\nWonen\n\nIn 2023 is veel bereikt. De G40 sprak vaak met het ministerie.\n\n"
            "Aan de Woondeal Middelgrote Steden doen de volgende gemeenten mee:\n\n"
            "| Gemeente | Contactpersoon |\n|---|---|\n| Almere | Eva Smit |\n| Zaanstad | Jan de Kok |\n")
    found = facts(text)
    assert ("Almere", "participatesIn", "Woondeal Middelgrote Steden", None) in found, found
    assert ("Zaanstad", "participatesIn", "Woondeal Middelgrote Steden", None) in found, found
    assert not any(f[2] == "G40" for f in found), found


def test_a_table_after_a_lead_in_that_denies_taking_part():
    text = ("Jaarverslag 2023\n\nAan de Woondeal Middelgrote Steden doen de volgende gemeenten niet meer mee:\n\n"
            "| Gemeente | Contactpersoon |\n|---|---|\n| Almere | Eva Smit |\n")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a sentence right before that counts who joined or was chosen --------------------------------------------------

def test_a_table_after_a_sentence_that_counts_the_chosen_towns():
    text = ("Impulsaanpak Winkelgebieden\n\nMet de Impulsaanpak Winkelgebieden helpt het Rijk gemeenten.\n\n"
            "Zes gemeenten zijn in de eerste ronde geselecteerd.\n\n"
            "| Gemeente | Winkelgebied | Contactpersoon |\n|---|---|---|\n| Heerlen | Promenade | Eva Smit |\n"
            "| Emmen | Centrum | Jan de Kok |\n")
    found = facts(text)
    assert ("Heerlen", "participatesIn", "Impulsaanpak Winkelgebieden", None) in found, found
    assert ("Emmen", "participatesIn", "Impulsaanpak Winkelgebieden", None) in found, found


def test_a_list_after_a_sentence_that_counts_who_took_part_and_not_after_a_denial():
    text = ("Proeftuin Circulair Bouwen\n\nDe proeftuin zoekt nieuwe manieren van bouwen.\n\n"
            "In 2023 namen vier steden deel.\n- Amersfoort\n- Gemeente Ede\n\n"
            "Vier steden hebben zich niet aangemeld.\n- Arnhem\n- Nijmegen\n")
    found = facts(text)
    assert ("Amersfoort", "participatesIn", "Proeftuin Circulair Bouwen", None) in found, found
    assert ("Ede", "participatesIn", "Proeftuin Circulair Bouwen", None) in found, found
    assert not any(f[0] in ("Arnhem", "Nijmegen") for f in found), found


def test_a_sentence_about_all_towns_announces_no_table():
    text = ("City Deal Zon op Dak\n\nAlle gemeenten bouwen woningen.\n\n"
            "| Gemeente | Woningen 2023 |\n|---|---|\n| Zwolle | 1.200 |\n")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a programme's name that ends in "van de <Word>" after a compound head --------------------------------------

def test_a_compound_programme_name_takes_in_its_last_van_de_word():
    from tests.extract_facts import mentions
    assert mentions("De Stimuleringsregeling Werklocaties van de Toekomst helpt steden.", "Programme") == [
        "Stimuleringsregeling Werklocaties van de Toekomst"]
    assert mentions("Het Actieprogramma Wonen van de VNG helpt steden.", "Programme") == ["Actieprogramma Wonen"]


# --- the recipients of a programme's money, listed after the lead-in ---------------------------------------------

_TRANCHE = ("Eerste steden krijgen geld uit Fonds Groene Daken\n\nHet Fonds Groene Daken helpt steden daken te vergroenen.\n\n"
            "In de eerste tranche gaan de bijdragen naar:\n- Dordrecht (binnenstad)\n"
            "- Leiden (Bio Science Park)\n\nNiet alle aanvragen werden gehonoreerd.\n")


def test_the_towns_listed_after_where_the_money_goes_take_part():
    found = facts(_TRANCHE)
    assert ("Dordrecht", "participatesIn", "Fonds Groene Daken", None) in found, found
    assert ("Leiden", "participatesIn", "Fonds Groene Daken", None) in found, found


def test_a_list_after_what_the_money_is_spent_on_names_no_members():
    text = _TRANCHE.replace("gaan de bijdragen naar:", "kwamen er vragen uit:")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a themagroep named in the section a pijler's name heads ------------------------------------------------------

_NOTE = ("NOTITIE\n\nAan: bestuur G40\nBetreft: wijzigingen\n\n1. Aanleiding\nEr is veel veranderd.\n\n"
         "2. Pijler Sociaal\nDe themagroep Jeugd wordt tijdelijk getrokken door Eva Smit (Ede).\n\n"
         "3. Pijler Fysiek\nDe themagroep Wonen werkt samen met de themagroep Armoede.\n\n"
         "4. Overzicht vacatures\n- trekker themagroep Zorg\n")


def test_a_themagroep_in_a_pijlers_section_is_part_of_it():
    found = facts(_NOTE)
    assert ("Themagroep Jeugd", "partOf", "Pijler Sociaal", None) in found, found
    assert ("Themagroep Wonen", "partOf", "Pijler Fysiek", None) in found, found


def test_a_partner_themagroep_or_a_listed_one_is_not_part_of_the_sections_pijler():
    found = facts(_NOTE)
    assert not any(f[0] in ("Themagroep Armoede", "Themagroep Zorg") and f[1] == "partOf" for f in found), found


# --- the speakers' line of an event's programme; a day on which cities meet is an event -------------------------------

def test_the_speakers_line_of_a_session_takes_part_in_the_event():
    text = ("Programma Stedendag 2025\n\nDe Stedendag wordt georganiseerd door de G40.\n\n"
            "• Wonen voor middeninkomens – moderator: Eva Smit (Platform31). Sprekers: Jan de Kok, wethouder Wonen "
            "van Helmond; Fatima Yilmaz, directeur van woningcorporatie Thuis.\n")
    found = facts(text)
    assert ("Jan de Kok", "participatesIn", "Stedendag", None) in found, found
    assert ("Fatima Yilmaz", "participatesIn", "Stedendag", None) in found, found
    assert ("G40", "organised", "Stedendag", None) in found, found
    assert not any(f[0] == "Helmond" and f[1] == "participatesIn" for f in found), found


def test_a_speakers_line_without_an_event_frames_nothing():
    text = "Jaarverslag 2023\n\nWe hielden veel bijeenkomsten.\n\nSprekers: Jan de Kok, wethouder van Helmond.\n"
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- "Vragen over dit verslag: X": the contact for what the document's title names -----------------------------------

def test_the_contact_for_the_minutes_is_the_contact_for_the_body_they_report():
    text = ("Verslag stuurgroep City Deal Zon\n\nDatum: 3 maart 2024\n\nDe stuurgroep kwam bijeen.\n\n"
            "Vragen over dit verslag: Eva Smit, e.smit@g40stedennetwerk.nl")
    found = facts(text)
    assert ("Eva Smit", "contactFor", "Stuurgroep City Deal Zon", None) in found, found


def test_the_contact_for_a_document_about_two_things_is_for_neither():
    text = ("Verslag Themagroep Wonen / Taskforce Ruimte\n\nDe groepen kwamen bijeen.\n\n"
            "Vragen over dit verslag: Eva Smit")
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- a name whose given name is not in the list, before a bracket with a known body and its kind word -----------------

def test_a_name_before_a_bracket_with_a_ministry_or_municipality_is_a_person():
    text = "Aanwezig\n\n- Rinske Poelstra (ministerie van BZK, directie Woningmarkt)\n- Wiebren Kramer (gemeente Ede)\n"
    found = facts(text)
    assert ("Rinske Poelstra", "affiliatedWith", "BZK", None) in found, found
    assert ("Wiebren Kramer", "affiliatedWith", "Ede", None) in found, found


def test_a_programmes_name_before_a_bracket_with_a_municipality_is_no_person():
    from tests.extract_facts import mentions
    assert mentions("De Zwolse Aanpak (gemeente Zwolle) werkt goed.", "Person") == []


# --- a lead-in without a name, after a sentence of its paragraph that names the programme -----------------------------

def test_a_list_after_a_nameless_lead_in_belongs_to_the_programme_its_paragraph_names():
    page = ("<html><head><title>Deelnemers | Regio Deal Noord-Limburg</title></head><body><h1>Deelnemers</h1>"
            "<p>De Regio Deal Noord-Limburg is een samenwerking van Rijk en regio. De volgende partijen doen mee.</p>"
            "<ul><li>Gemeente Venlo</li><li>Provincie Limburg</li></ul></body></html>")
    found = facts(html_visible_text(page))
    assert ("Venlo", "participatesIn", "Regio Deal Noord-Limburg", None) in found, found
    assert ("Limburg", "participatesIn", "Regio Deal Noord-Limburg", None) in found, found


def test_a_nameless_lead_in_after_a_paragraph_naming_two_programmes_belongs_to_neither():
    text = ("Deelnemers\n\nDe Regio Deal Twente en de City Deal Zon helpen de regio. De volgende partijen doen mee.\n"
            "- Gemeente Almelo\n")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a penvoerder column; a member with an office in their town -------------------------------------------------------

def test_a_penvoerder_column_leads_the_rows_programme():
    text = ("Overzicht City Deals 2024\n\n| City Deal | Deelnemende gemeenten | Penvoerder |\n|---|---|---|\n"
            "| City Deal Zon op Dak | Zwolle, Deventer en Emmen | Zwolle |\n| City Deal Slimme Wijk | Breda, Tilburg | Breda |\n")
    found = facts(text)
    assert ("City Deal Zon op Dak", "ledBy", "Zwolle", None) in found, found
    assert ("City Deal Slimme Wijk", "ledBy", "Breda", None) in found, found
    assert ("Deventer", "participatesIn", "City Deal Zon op Dak", None) in found, found
    assert not any(f[1] == "ledBy" and f[2] in ("Deventer", "Tilburg") for f in found), found


def test_a_member_with_an_office_in_their_town_is_a_member_of_the_unit_too():
    page = ("<html><body><h1>Taskforce Woningbouw</h1><p>De taskforce is in 2023 ingesteld.</p><h2>Leden</h2>"
            "<table><thead><tr><th>Naam</th><th>Functie</th><th>Gemeente</th></tr></thead>"
            "<tr><td>Eva Smit</td><td>wethouder Wonen</td><td>Almere</td></tr></table></body></html>")
    found = facts(html_visible_text(page))
    assert ("Eva Smit", "hasRole", "Almere", "wethouder") in found, found
    assert ("Eva Smit", "participatesIn", "Taskforce Woningbouw", None) in found, found
    assert ("Almere", "participatesIn", "Taskforce Woningbouw", None) in found, found


# --- an HTML definition list: the card's fields -------------------------------------------------------------------

def test_a_definition_list_reads_as_the_fields_of_a_card():
    page = ("<html><body><h1>City Deal Slimme Wijk</h1><p>De City Deal Slimme Wijk is in 2022 gesloten.</p>"
            "<dl><dt>Penvoerder</dt><dd>Gemeente Breda</dd><dt>Deelnemers</dt><dd>Tilburg, Zwolle en de VNG</dd>"
            "<dt>Looptijd</dt><dd>2022-2025</dd></dl></body></html>")
    found = facts(html_visible_text(page))
    assert ("City Deal Slimme Wijk", "ledBy", "Breda", None) in found, found
    for member in ("Tilburg", "Zwolle", "VNG"):
        assert (member, "participatesIn", "City Deal Slimme Wijk", None) in found, (member, found)


def test_a_term_without_its_value_labels_nothing_after_it():
    assert html_visible_text("<dl><dt>Partners</dt></dl><p>Breda werkt aan wijken.</p>") == "Partners:\n\nBreda werkt aan wijken."


# --- a paragraph under a member heading that only lists actors ----------------------------------------------------

def test_a_paragraph_that_only_lists_actors_under_a_member_heading():
    text = markdown_text("# City Deal Slimme Wijk\n\nDe City Deal Slimme Wijk is in 2022 gesloten.\n\n## Deelnemers\n\n"
                         "Tilburg, Zwolle, Breda en de VNG.\n\n## Planning\n\nEvaluatie in 2025.\n")
    found = facts(text)
    for member in ("Tilburg", "Zwolle", "Breda", "VNG"):
        assert (member, "participatesIn", "City Deal Slimme Wijk", None) in found, (member, found)


def test_a_paragraph_of_prose_under_a_member_heading_lists_no_one():
    text = ("City Deal Slimme Wijk\n\nDe deal is gesloten.\n\nDeelnemers\n\n"
            "Tilburg wil graag meedoen, maar Zwolle en Breda twijfelen nog.\n")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_the_speakers_list_after_a_lead_in_under_the_heading():
    text = ("Netwerkdag Binnensteden 2024\n\nOp 12 maart 2024 vond in Zwolle de Netwerkdag Binnensteden plaats.\n\n"
            "Sprekers\n\nDe volgende sprekers hebben toegezegd:\n- Eva Smit, wethouder Zwolle\n\n"
            "Sprekers\n\nDeze sprekers konden niet komen:\n- Jan de Kok (Platform31)\n")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Netwerkdag Binnensteden", None) in found, found
    assert not any(f[0] == "Jan de Kok" and f[1] == "participatesIn" for f in found), found


def test_the_towns_in_the_member_list_of_a_deals_steering_group_take_part_in_the_deal():
    text = markdown_text("# City Deal Circulaire Stad\n\nDe City Deal Circulaire Stad is in 2022 gesloten.\n\n"
                         "## Leden van de stuurgroep City Deal Circulaire Stad\n\n- Eva Smit (wethouder Ede), voorzitter\n"
                         "- Jan de Kok (wethouder Delft)\n- Piet Bos (ministerie van IenW)\n")
    found = facts(text)
    assert ("Ede", "participatesIn", "City Deal Circulaire Stad", None) in found, found
    assert ("Delft", "participatesIn", "City Deal Circulaire Stad", None) in found, found
    assert not any(f[0] == "IenW" and f[1] == "participatesIn" for f in found), found


def test_the_list_under_a_heading_of_the_events_participants():
    text = ("Werkconferentie Wonen 2024\n\nOp 4 april kwamen in Apeldoorn tachtig mensen bijeen.\n\n"
            "Deelnemers aan de werkconferentie\n\n- Eva Smit (wethouder Apeldoorn)\n- Jan de Kok (Aedes)\n")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Werkconferentie Wonen", None) in found, found
    assert ("Jan de Kok", "participatesIn", "Werkconferentie Wonen", None) in found, found
    assert not any(f[0] in ("Apeldoorn", "Aedes") and f[1] == "participatesIn" for f in found), found


def test_an_attendance_table_makes_members_of_the_persons_not_of_their_bodies():
    text = markdown_text("# Verslag Themagroep Wonen\n\n## Aanwezig\n\n| Naam | Organisatie | Functie |\n|---|---|---|\n"
                         "| Eva Smit | Gemeente Ede | wethouder |\n| Jan de Kok | Aedes | beleidsadviseur |\n")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Themagroep Wonen", None) in found, found
    assert ("Jan de Kok", "participatesIn", "Themagroep Wonen", None) in found, found
    assert ("Jan de Kok", "hasRole", "Aedes", "beleidsadviseur") in found, found
    assert not any(f[0] in ("Ede", "Aedes") and f[1] == "participatesIn" for f in found), found


def test_the_towns_in_the_member_list_of_the_steering_group_the_deals_page_names_by_its_kind():
    text = markdown_text("# City Deal Circulaire Stad\n\nDe City Deal Circulaire Stad is in 2022 gesloten.\n\n"
                         "## Leden van de stuurgroep\n\n- Eva Smit (wethouder Ede), voorzitter\n"
                         "- Jan de Kok (ministerie van IenW)\n")
    found = facts(text)
    assert ("Ede", "participatesIn", "City Deal Circulaire Stad", None) in found, found
    assert not any(f[0] == "IenW" and f[1] == "participatesIn" for f in found), found
