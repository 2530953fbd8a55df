"""Round 38x: entities that were not recognised, so that no relation could be made: prizes, events
named with their organiser's abbreviation in front, a policy field read as a person's name."""

from __future__ import annotations

from tests.extract_facts import facts, mentions


# --- prizes: "de G40 Prijs voor de Inclusieve Stad" -------------------------------------------------

def test_prize_with_the_network_in_front_is_a_programme():
    text = "Deventer won de G40 Prijs voor de Inclusieve Stad 2023."
    assert mentions(text, "Programme") == ["Prijs voor de Inclusieve Stad"]
    assert "G40" in mentions(text, "Organisation")  # the network stays named: it hands out the prize
    assert mentions(text, "Organisation") == ["G40"]  # no organisation "G40 Prijs"


def test_prize_founders_and_chair():
    text = ("De G40 Prijs voor de Inclusieve Stad wordt dit jaar voor de tweede keer uitgereikt. "
            "De prijs is in 2021 in het leven geroepen door Divosa.")
    found = facts(text)
    assert ("Divosa", "initiated", "G40 Prijs voor de Inclusieve Stad", None) in found, found


def test_prize_without_abbreviation_needs_voor_de_and_a_name():
    text = "De gemeente Zwolle ontving de Prijs voor de Vitale Binnenstad uit handen van de minister."
    assert mentions(text, "Programme") == ["Prijs voor de Vitale Binnenstad"]


def test_price_in_lower_case_or_opening_a_sentence_is_no_prize():
    for text in ("De prijs van een woning in Zwolle steeg met tien procent.",
                 "Prijs voor de Beste Aanpak was er dit jaar niet.",
                 "Het VNG Prijs-overzicht is verschenen.",
                 "De VNG Prijs werd niet uitgereikt."):
        assert mentions(text, "Programme") == [], text


def test_de_prijs_is_no_reference_when_two_prizes_are_named():
    text = ("De G40 Prijs voor de Inclusieve Stad en de VNG Prijs voor de Beste Wijk worden uitgereikt. "
            "De prijs is bedoeld voor steden.")
    assert mentions(text, "Programme") == ["Prijs voor de Inclusieve Stad", "Prijs voor de Beste Wijk"]


# --- events with their organiser's abbreviation in front: "de G40 Stedentop 2022" ------------------------

def _event_labels(text: str) -> list[str]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    return [m.label for m in extract("t", text, gazetteer=load_gazetteer(), date="2022-11-11").mentions if m.type == "Event"]


def test_event_after_the_network_abbreviation_is_named_with_it():
    text = "Vandaag de G40 Stedentop 2022, samen georganiseerd met de gemeente Amersfoort. De Stedentop 2022 was vol."
    assert _event_labels(text) == ["G40 Stedentop 2022", "G40 Stedentop 2022"]
    found = facts(text)
    assert ("G40", "organised", "G40 Stedentop 2022", None) in found, found


def test_event_after_a_town_or_a_word_keeps_its_name():
    assert _event_labels("In Breda Stedentop 2022 was het vol.") == ["Stedentop 2022"]
    assert _event_labels("Op de G40 Netwerkdag werd gesproken. De netwerkdag was vol.") == ["Netwerkdag", "netwerkdag"]
    assert _event_labels("De G40 en de Stedentop 2022 trokken veel mensen.") == ["Stedentop 2022"]


def test_event_with_two_organisers_in_front_keeps_its_name():
    text = "De G40 Stedentop 2022 en later de VNG Stedentop 2022 trokken veel bezoekers."
    assert _event_labels(text) == ["Stedentop 2022", "Stedentop 2022"]


# --- a policy field after a role word is no person: "programmaleider Sociaal Domein, Platform31" --------

def test_policy_field_after_a_role_word_is_no_person():
    text = "In de jury zat Esra Demirtaş, programmaleider Sociaal Domein, Platform31."
    assert mentions(text, "Person") == ["Esra Demirtaş"]


def test_surname_after_a_role_word_is_still_a_person():
    text = "Het woord was aan wethouder Jansen, die de aanpak toelichtte."
    assert mentions(text, "Person") == ["Jansen"]


# --- a heading that names a body by its kind alone, over its members: "4. Begeleidingscommissie" ------

_COMMITTEE_TABLE = """Offerteaanvraag onderzoek werklocaties

4. Begeleidingscommissie

| Naam | Organisatie | Rol |
|---|---|---|
| Frank Smits | gemeente Oss | voorzitter |
| Karin de Jong | gemeente Tilburg | lid |
| Tjalling Hofstra | G40-bureau | secretaris |

De VNG is gevraagd ook een lid voor de begeleidingscommissie te leveren."""


def test_heading_names_the_body_its_table_lists():
    found = facts(_COMMITTEE_TABLE)
    for person, role in (("Frank Smits", "voorzitter"), ("Karin de Jong", "lid"), ("Tjalling Hofstra", "secretaris")):
        assert (person, "hasRole", "begeleidingscommissie", role) in found, found
    # the organisation column says where a committee's member comes from: no member of its own
    assert not any(f[1] == "participatesIn" and f[2] == "begeleidingscommissie" for f in found), found
    assert ("Frank Smits", "affiliatedWith", "Oss", None) in found, found


def test_body_named_again_after_its_heading():
    # (round 56r: the cell "| G40-bureau |" is the bureau, a unit of its own, where the member works)
    assert mentions(_COMMITTEE_TABLE, "OrganisationalUnit") == ["Begeleidingscommissie", "bureau", "begeleidingscommissie"]


def test_jury_heading_over_its_members():
    text = """Juryrapport 2023

De jury

| Naam | Rol |
|---|---|
| Koen Dijkstra | lid |
| Wendy Kok | lid |

De jury kiest unaniem voor Breda."""
    found = facts(text)
    assert ("Koen Dijkstra", "hasRole", "jury", "lid") in found, found
    assert mentions(text, "OrganisationalUnit") == ["jury", "jury"]


def test_heading_without_members_names_no_body():
    text = """Jaarplan

Stuurgroep

De stuurgroep besluit over de verdeling van het budget. Wethouder Anna Kok is trekker."""
    assert mentions(text, "OrganisationalUnit") == []


def test_committee_alone_or_a_section_word_names_no_body():
    for heading in ("Commissie", "Samenstelling", "Commissievergadering"):
        text = f"""Verslag

{heading}

| Naam | Rol |
|---|---|
| Koen Dijkstra | lid |
| Wendy Kok | lid |"""
        assert mentions(text, "OrganisationalUnit") == [], heading


# --- a town's name after a capitalised "Van" and a title is a surname: "De heer Van Rijswijk" ----------

def test_capitalised_van_after_a_title_is_a_surname():
    text = "De heer Van Rijswijk (VVD) vraagt of mevrouw Van Dongen de brief kent."
    assert mentions(text, "Municipality") == []
    assert mentions(text, "Person") == ["Van Rijswijk", "Van Dongen"]


def test_capitalised_van_in_a_list_is_a_surname_the_document_titles_elsewhere():
    text = ("Aanwezig zijn de leden Bouzidi, Van Rijswijk en Zeilstra. "
            "Er is een interruptie van de heer Van Rijswijk.")
    assert mentions(text, "Municipality") == []


def test_lower_case_van_before_a_town_is_the_town():
    text = "De burgemeester van Rijswijk opende de vergadering, samen met de heer Jansen."
    assert mentions(text, "Municipality") == ["Rijswijk"]
    text = "Fietsroutes van Gouda, Van Rijswijk naar Delft en verder."
    assert "Rijswijk" in mentions(text, "Municipality")


# --- a compound on "-hogeschool" or "-universiteit" before a place is one institution ------------------

def test_school_compound_before_a_place_is_one_organisation():
    text = "Assen werkt samen met de Hanzehogeschool Groningen aan een monitor."
    assert mentions(text, "Organisation") == ["Hanzehogeschool Groningen"]
    assert mentions(text, "Municipality") == ["Assen"]


def test_place_after_a_lower_case_school_word_stays_the_place():
    text = "Studenten van de hogeschool in Groningen doen mee."
    assert mentions(text, "Municipality") == ["Groningen"]


def test_kind_subject_after_a_fronted_place_and_an_auxiliary():
    text = "In Assen heeft de gemeente samen met de Hanzehogeschool Groningen een participatiemonitor ontwikkeld."
    assert facts(text) == {("Assen", "collaboratesWith", "Hanzehogeschool Groningen", None)}


# --- a department named after "afdeling": "de afdeling Bestuurszaken" ---------------------------------

def test_named_department_is_a_unit():
    text = "Voor de G40-pijlers is Fatima Zahra Bouali, strategisch adviseur bij de afdeling Bestuurszaken, het aanspreekpunt."
    assert mentions(text, "OrganisationalUnit") == ["afdeling Bestuurszaken"]
    # the job title as a whole since round 43b ("strategisch adviseur" in the lexicon)
    assert ("Fatima Zahra Bouali", "hasRole", "Afdeling Bestuurszaken", "strategisch adviseur") in facts(text)


def test_department_without_a_name_is_no_unit():
    for text in ("De afdeling heeft het voorstel voorbereid.", "Zij werkt bij de afdeling in Ede."):
        assert mentions(text, "OrganisationalUnit") == [], text


# --- English heads of organisation names: "het World Food Center", "de Dutch Green Building Council" ----

def test_english_center_and_council_close_an_organisation_name():
    text = "Jan-Willem Hoogendoorn is per 1 juli 2022 directeur van het World Food Center."
    assert mentions(text, "Organisation") == ["World Food Center"]
    assert ("Jan-Willem Hoogendoorn", "hasRole", "World Food Center", "directeur") in facts(text)
    assert mentions("Zij werkt bij de Dutch Green Building Council.", "Organisation") == ["Dutch Green Building Council"]


def test_center_alone_is_no_organisation():
    assert mentions("Het Center is open. De Council besloot.", "Organisation") == []


# --- a name after "door" or "bij" with a role in apposition, its given name unknown to the list --------

def test_agent_with_a_role_in_apposition_is_a_person():
    text = "Na de verkiezingen werd hij opgevolgd door Gonca Yüksel-Brouwer, wethouder in Assen."
    assert mentions(text, "Person") == ["Gonca Yüksel-Brouwer"]
    assert ("Gonca Yüksel-Brouwer", "hasRole", "Assen", "wethouder") in facts(text)
    text = "Vragen kunnen bij Liam de Koning, adviseur bij het G40-bureau."
    assert mentions(text, "Person") == ["Liam de Koning"]


def test_organisation_after_door_with_a_role_word_later_is_no_person():
    for text in ("Het werk wordt gedaan door Stichting Present, partner van de gemeente.",
                 "Het plan is gemaakt door Rijkswaterstaat Oost, samen met de provincie.",
                 "Meer informatie bij Platform Wonen Zwolle, voorzitter is Jan."):
        assert mentions(text, "Person") == [], text


# --- X handles of bodies the gazetteer knows: "@PBLnl", "@gemeenteamersfoort", "@MinBZK" ------------------

def test_handles_of_known_bodies_are_mentions():
    text = "Op de markt staan @PBLnl en @Aedesnl. Dank aan @gemeenteamersfoort en @MinBZK!"
    assert mentions(text, "Organisation") == ["@PBLnl", "@Aedesnl"]
    assert mentions(text, "Municipality") == ["@gemeenteamersfoort"]
    assert mentions(text, "Ministry") == ["@MinBZK"]


def test_unknown_handle_and_mail_address_name_nothing():
    text = "Sterk verhaal van @SannePereira; mail haar via s.pereira@schiedam.nl of volg @wethouderjan."
    assert mentions(text, "Municipality") == ["schiedam.nl"]  # the mail's domain (its own rule), no handle
    assert mentions(text, "Organisation") == []


# --- a body introduced with an adjective, then referred back to: "een onafhankelijke adviescommissie" ------

def test_body_introduced_with_an_adjective_then_referred_to():
    text = ("De aanvragen werden beoordeeld door een onafhankelijke adviescommissie onder leiding van "
            "Harm Jan Tiemersma. In de commissie zaten verder Eline Roodbeen van het IPO en Kenan Çelik.")
    found = facts(text)
    assert ("Harm Jan Tiemersma", "hasRole", "adviescommissie", "voorzitter") in found, found
    assert ("Eline Roodbeen", "participatesIn", "adviescommissie", None) in found, found


def test_common_noun_with_an_adjective_stays_common():
    text = "Een onafhankelijke adviescommissie kan gemeenten helpen bij hun keuzes."
    assert mentions(text, "OrganisationalUnit") == []


# --- words after "de City Deal" that name no deal: a verb's particle, a quotation in lower case ----------

def test_separable_verb_particle_after_a_deal_is_no_name():
    text = "In 2020 zetten de G40 en het ministerie van LNV de City Deal op. De deal liep vier jaar."
    assert not any(m.startswith("City Deal op") for m in mentions(text, "Programme"))


def test_lower_case_quotation_after_a_deal_is_no_name():
    text = 'Een onderzoeker schreef dat de City Deal "vooral een netwerk en nauwelijks een instrument" was.'
    assert mentions(text, "Programme") == []


def test_deal_named_in_lower_case_words_stays_named():
    assert mentions("Breda doet mee aan de City Deal Zon op Dak.", "Programme") == ["City Deal Zon op Dak"]
    assert mentions('Breda tekent de City Deal "Kennis Maken".', "Programme") == ['City Deal "Kennis Maken"']


# --- initials open a surname that a capitalised particle begins: "ing. R. El Amrani" ----------------------

def test_initials_then_capital_particle_and_surname():
    assert mentions("t.a.v. de heer ing. R. El Amrani, wethouder Wonen en Wijken", "Person") == ["R. El Amrani"]
    assert mentions("Namens de minister, J. De Vries, directeur Woningmarkt", "Person") == ["J. De Vries"]


def test_initials_then_lower_case_particle_unchanged():
    assert mentions("de burgemeester, R.M. van Dalen", "Person") == ["R.M. van Dalen"]


# --- the letters of a postcode are no abbreviation: "5700 AZ Helmond" -----------------------------------

def test_postcode_letters_name_no_ministry():
    assert mentions("Gemeente Helmond\nPostbus 950\n5700 AZ Helmond", "Ministry") == []
    assert mentions("Postbus 20011, 2500 EA 's-Gravenhage", "Ministry") == []


def test_abbreviation_after_a_year_is_still_named():
    assert mentions("In 2023 EZ en BZK werkten samen.", "Ministry") == ["EZ", "BZK"]


# --- a policy field in a list beside an organisation is no organisation: "lector Armoede en Participatie, …" ----

def test_policy_field_beside_an_organisation_is_no_list_member():
    text = "In de jury zat Mirjam Achterberg, lector Armoede en Participatie, Hogeschool Windesheim."
    assert mentions(text, "Organisation") == ["Hogeschool Windesheim"]


def test_unknown_partner_beside_known_ones_is_still_a_list_member():
    assert mentions("Partners zijn Divosa, Stimulansz en de VNG.", "Organisation") == ["Divosa", "Stimulansz", "VNG"]


def test_ministry_kind_word_in_a_list_of_ministries_is_no_organisation():
    text = ("Het onderzoek wordt medegefinancierd door het Ministerie van Economische Zaken en Klimaat en het "
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties.")
    assert mentions(text, "Organisation") == []
    assert mentions(text, "Ministry") == ["Economische Zaken en Klimaat", "Binnenlandse Zaken en Koninkrijksrelaties"]


# --- a lower-case compound on "-programma" before a name: "het pilotprogramma Wonen boven Winkels" --------

def test_programme_compound_before_a_name_names_it():
    text = "Ik vraag of zij het pilotprogramma Wonen boven Winkels, dat haar voorganger startte, voortzet."
    assert mentions(text, "Programme") == ["pilotprogramma Wonen boven Winkels"]
    text = ("De minister startte het pilotprogramma Wonen boven Winkels. Het programma Wonen boven Winkels "
            "loopt tot 2026.")
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    labels = {m.label for m in extract("t", text, gazetteer=load_gazetteer()).mentions if m.type == "Programme"}
    assert labels == {"Wonen boven Winkels"}, labels


def test_timetable_or_a_compound_alone_names_no_programme():
    assert mentions("Het middagprogramma Stad in balans begint om twee uur.", "Programme") == []
    # a lower-case compound on -programma alone is a kind of work, no programme (round 52g, graph.extract.generic_compounds)
    assert mentions("Het actieprogramma werd vastgesteld.", "Programme") == []
