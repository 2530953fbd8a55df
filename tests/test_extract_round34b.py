"""Round 34b: participation stated in prose (signing by its noun, being of the party, pilot towns),
and programme names the extractor did not recognise."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts, mentions

_DEAL = "De City Deal Zorg voor Elkaar is in mei gesloten. "


# --- signing by its noun: "zetten hun handtekening (onder de deal)" ------------------------------

def test_setting_a_signature_under_the_deal_is_signing_it():
    assert_facts(_DEAL + "Ook het UWV en Divosa zetten hun handtekening onder de deal.",
                 {("UWV", "participatesIn", "City Deal Zorg voor Elkaar", None),
                  ("Divosa", "participatesIn", "City Deal Zorg voor Elkaar", None)})


def test_a_signature_set_on_behalf_of_a_ministry():
    found = facts(_DEAL + "Namens het ministerie van BZK zette directeur-generaal Jan Kok zijn handtekening.")
    assert ("BZK", "participatesIn", "City Deal Zorg voor Elkaar", None) in found, found


@pytest.mark.parametrize("text", [
    _DEAL + "Een handtekening heeft de corporatie Woonstad nog niet gezet.",
    _DEAL + "Woonstad zet voorlopig geen handtekening onder de deal.",
])
def test_a_signature_not_set_is_no_signing(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- being of the party: "Ook Emmen en Assen zijn van de partij" ---------------------------------

def test_being_of_the_party_is_taking_part_in_the_programme_named_before():
    assert_facts(_DEAL + "Ook Emmen en Assen zijn van de partij.",
                 {("Emmen", "participatesIn", "City Deal Zorg voor Elkaar", None),
                  ("Assen", "participatesIn", "City Deal Zorg voor Elkaar", None)})


@pytest.mark.parametrize("text", [
    _DEAL + "Emmen is dit keer niet van de partij.",
    _DEAL + "Het ministerie van IenW is geen partij bij deze deal.",
    _DEAL + "Emmen stemde op een andere partij.",
])
def test_no_party_no_taking_part(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- programme names: impulses head-first, plural compounds ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Breda doet mee aan de Impuls Vitale Binnensteden.", "Impuls Vitale Binnensteden"),
    ("Breda doet mee aan de Brede Impuls Combinatiefuncties.", "Brede Impuls Combinatiefuncties"),
    ("Breda ontvangt geld via Impuls Wonen en Werken.", "Impuls Wonen en Werken"),
    ("Breda werkt samen met EZK aan de Regionale Energiestrategieën.", "Regionale Energiestrategieën"),
    ("Breda doet mee aan de Gemeentelijke Stimuleringsregelingen.", "Gemeentelijke Stimuleringsregelingen"),
])
def test_programme_names(text, name):
    assert mentions(text, "Programme") == [name]


@pytest.mark.parametrize("text", [
    "Breda geeft de binnenstad een nieuwe impuls.",
    "Fondsen en regelingen zijn er genoeg, zegt Breda.",
    "Subsidieregelingen zijn er genoeg, zegt Breda.",
    "Breda gaat naar de Brede School.",
    "Breda geeft de Nieuwe Impuls door.",
])
def test_no_programme_names(text):
    assert mentions(text, "Programme") == []


def test_taking_part_in_a_named_impulse():
    assert_facts("Breda en Ede doen mee aan de Impuls Vitale Binnensteden.",
                 {("Breda", "participatesIn", "Impuls Vitale Binnensteden", None),
                  ("Ede", "participatesIn", "Impuls Vitale Binnensteden", None)})


# --- taking part in a network or platform that is an organisation ---------------------------------

@pytest.mark.parametrize("text, network", [
    ("Breda en Ede doen mee aan het Landelijk Netwerk Wijkzorg.", "Landelijk Netwerk Wijkzorg"),
    ("Sinds 2021 nemen Breda en Ede deel aan het Platform Gezonde Stad.", "Platform Gezonde Stad"),
])
def test_taking_part_in_a_network_organisation(text, network):
    assert_facts(text, {("Breda", "participatesIn", network, None), ("Ede", "participatesIn", network, None)})


def test_an_organisation_that_only_modifies_what_follows_is_not_taken_part_in():
    assert not any(f[2] == "VNG" for f in facts("Breda en Ede doen mee aan de VNG-enquête over armoede."))


# --- pilot towns, proeftuinen, koplopers ----------------------------------------------------------

_PROGRAMME = "Het programma Warm Thuis loopt tot 2025. "


@pytest.mark.parametrize("text, programme, towns", [
    ("De City Deal Kansrijke Wijk startte in 2022. Hoorn en Alkmaar waren pilotgemeente.",
     "City Deal Kansrijke Wijk", ("Hoorn", "Alkmaar")),
    ("Helmond is pilotgemeente in het programma Buurtbemiddeling Plus.", "Buurtbemiddeling Plus", ("Helmond",)),
    ("Deventer is proeftuin voor de Agenda Stad.", "Agenda Stad", ("Deventer",)),
    ("Apeldoorn is een van de koplopers in de Green Deal Duurzame Zorg.", "Green Deal Duurzame Zorg", ("Apeldoorn",)),
    (_PROGRAMME + "De gemeenten Enschede, Arnhem en Zaanstad fungeren als proeftuin.",
     "Warm Thuis", ("Enschede", "Arnhem", "Zaanstad")),
    (_PROGRAMME + "In 2023 werden Ede en Tilburg proeftuin.", "Warm Thuis", ("Ede", "Tilburg")),
    (_PROGRAMME + "Stand van zaken na de proeftuinen in Ede, Tilburg en Almere.",
     "Warm Thuis", ("Ede", "Tilburg", "Almere")),
    (_PROGRAMME + "De pilotgemeenten Ede en Tilburg rapporteren in mei.", "Warm Thuis", ("Ede", "Tilburg")),
    ("Gouda is een van de twaalf deelnemende gemeenten in het programma Wijkaanpak Plus.",
     "Wijkaanpak Plus", ("Gouda",)),
])
def test_pilot_towns_take_part_in_the_programme(text, programme, towns):
    assert_facts(text, {(town, "participatesIn", programme, None) for town in towns})


@pytest.mark.parametrize("text", [
    _PROGRAMME + "Ede wil graag pilotgemeente worden.",
    _PROGRAMME + "Ede is geen pilotgemeente.",
    _PROGRAMME + "Ede is nog geen proeftuin, maar Tilburg wel.",
    _PROGRAMME + "Ede is koploper op het gebied van zonne-energie.",
    _PROGRAMME + "Ede is pilotgemeente voor de aanpak van armoede.",
    _PROGRAMME + "De koplopers Ede en Tilburg zijn al klaar.",
    "Ede is koploper in de energietransitie.",
])
def test_no_pilot_town_without_a_programme_or_when_denied(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- money from a programme, spent: "Met geld uit de Regio Deal X investeert Enschede …" ---------

@pytest.mark.parametrize("text, programme, towns", [
    ("Met geld uit de Regio Deal Twente investeert Enschede in de binnenstad.", "Regio Deal Twente", ("Enschede",)),
    ("Met een bijdrage uit het Volkshuisvestingsfonds renoveren Hengelo en Almelo twee flats.",
     "Volkshuisvestingsfonds", ("Hengelo", "Almelo")),
    ("Hengelo renoveert dankzij een bijdrage uit het Volkshuisvestingsfonds twee flats.",
     "Volkshuisvestingsfonds", ("Hengelo",)),
])
def test_who_spends_money_from_a_programme_takes_part_in_it(text, programme, towns):
    assert_facts(text, {(town, "participatesIn", programme, None) for town in towns})


@pytest.mark.parametrize("text", [
    "Met geld van het ministerie van BZK investeert Enschede in de binnenstad.",
    "Met geld uit de Regio Deal Twente investeert Enschede niet in de binnenstad.",
    "Met geld uit de Regio Deal Twente zou Enschede kunnen investeren.",
    "Het Rijk investeert, met geld uit de Regio Deal Twente, in Enschede.",
])
def test_no_money_spent_from_a_programme(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a one-word name a kind word gave away, repeated bare -----------------------------------------

def test_a_name_a_kind_word_gave_away_is_repeated_bare():
    text = ("Aan tafel zit Marjolein Kok, directeur van woningcorporatie Portaal. "
            "Portaal is partner in de City Deal Energiearmoede.")
    assert mentions(text, "Organisation") == ["Portaal", "Portaal"]
    assert ("Portaal", "participatesIn", "City Deal Energiearmoede", None) in facts(text)


def test_a_name_that_is_also_an_ordinary_word_is_no_repeat_where_a_sentence_starts():
    text = ("Jan Kok is directeur van woningcorporatie Thuis. Thuis werken mag bij thuis werkgevers. "
            "Jan Kok spreekt namens Thuis.")
    assert mentions(text, "Organisation") == ["Thuis", "Thuis"]


# --- joining with nothing named after "aan": the programme of the document -------------------------

_NEWS = "City Deal Werk in de Wijk van start\n\nDe deal loopt in vier steden. "


@pytest.mark.parametrize("text, joiners", [
    (_NEWS + "In Almelo sluit ook het ROC van Twente aan, dat korte opleidingen verzorgt.", ("ROC van Twente",)),
    (_NEWS + "Ook Breda en Ede sloten zich aan.", ("Breda", "Ede")),
    (_NEWS + "Sinds mei is ook Zwolle aangesloten.", ("Zwolle",)),
    ("De City Deal Werk in de Wijk loopt in vier steden. Ook Breda en Ede sloten zich aan.", ("Breda", "Ede")),
])
def test_joining_the_programme_of_the_passage(text, joiners):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {(j, "participatesIn", "City Deal Werk in de Wijk", None) for j in joiners}, found


@pytest.mark.parametrize("text", [
    _NEWS + "Enschede en Deventer onderzoeken of zij in 2024 kunnen aansluiten.",
    _NEWS + "Breda sluit niet aan.",
    _NEWS + "Het plan van Breda sluit daar goed op aan.",
    _NEWS + "Namens BZK sluit Jan Kok aan.",
    "Nieuws uit de steden. De City Deal Zon en de City Deal Wind lopen door. Ook Breda sloot zich aan.",
])
def test_no_joining_of_the_passage_programme(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- who signed, as a copula or a list: "Ondertekenaars zijn A en B", "Onder de ondertekenaars: A, B" -

_SIGNED = "De City Deal Zon is gesloten. "


@pytest.mark.parametrize("text, parties", [
    (_SIGNED + "Onder de ondertekenaars: Zwolle, Deventer en Apeldoorn.", ("Zwolle", "Deventer", "Apeldoorn")),
    (_SIGNED + "Ondertekenaars zijn Zwolle en Deventer.", ("Zwolle", "Deventer")),
    (_SIGNED + "Mede-ondertekenaars zijn het UWV en Divosa.", ("UWV", "Divosa")),
    (_SIGNED + "Tot de deelnemers behoren Zwolle en Deventer.", ("Zwolle", "Deventer")),
    ("Zwolle en Deventer zijn de ondertekenaars van de City Deal Zon.", ("Zwolle", "Deventer")),
    ("Zwolle is een van de ondertekenaars van de City Deal Zon.", ("Zwolle",)),
])
def test_the_signatories_take_part(text, parties):
    assert_facts(text, {(p, "participatesIn", "City Deal Zon", None) for p in parties})


@pytest.mark.parametrize("text", [
    _SIGNED + "De ondertekenaars zijn nog niet bekend.",
    _SIGNED + "Zwolle is geen ondertekenaar van de deal.",
    "Zwolle en Deventer zijn geen ondertekenaars van de City Deal Zon.",
])
def test_no_signatories(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- who finances a programme takes part in it -----------------------------------------------------

@pytest.mark.parametrize("text, programme, financers", [
    ("Het Living Lab Werklocaties start in mei. Het lab wordt mede gefinancierd door het ministerie van OCW en "
     "het UWV.", "Living Lab Werklocaties", ("OCW", "UWV")),
    ("Het Programma Vitale Wijken is in 2024 gestart en wordt sinds juli 2024 door het ministerie van VRO "
     "gefinancierd.", "Programma Vitale Wijken", ("VRO",)),
    ("Het ministerie van BZK financiert de Regio Deal Parkstad.", "Regio Deal Parkstad", ("BZK",)),
    ("BZK en SZW financieren samen de Regio Deal Parkstad.", "Regio Deal Parkstad", ("BZK", "SZW")),
])
def test_the_financers_of_a_programme_take_part_in_it(text, programme, financers):
    found = {f for f in facts(text, "2025-03-01") if f[1] == "participatesIn"}  # VRO's years (round 45k)
    assert found == {(f, "participatesIn", programme, None) for f in financers}, found


@pytest.mark.parametrize("text", [
    "Dit onderzoek wordt mede gefinancierd door het ministerie van VWS.",
    "Het Programma Vitale Wijken wordt niet door het ministerie van VRO gefinancierd.",
    "BZK financiert de Regio Deal Parkstad niet langer.",
    "Het ministerie van BZK financiert met de Regio Deal Parkstad twee projecten in Heerlen.",
])
def test_no_financers(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a kicker line over the title: "Nieuws | 14 juni 2023" -------------------------------------------

@pytest.mark.parametrize("kicker", ["Nieuws | 14 juni 2023", "Nieuws, 7 november 2024", "PERSBERICHT",
                                    "PERSBERICHT – Provincie Gelderland"])
def test_the_title_under_a_kicker_line_names_the_programme_of_the_document(kicker):
    text = kicker + "\n\nCity Deal Zon van start\n\nDe deal loopt in vier steden. In Almelo sluit ook het UWV aan.\n"
    assert ("UWV", "participatesIn", "City Deal Zon", None) in facts(text)


def test_a_title_in_capitals_is_no_kicker_line():
    text = "BESLUITENLIJST PIJLERVERGADERING ECONOMIE EN WERK\n\nDe City Deal Zon loopt. Ook het UWV sloot zich aan.\n"
    assert ("UWV", "participatesIn", "City Deal Zon", None) in facts(text)  # the sentence before names it


# --- a fronted source named by its kind: "Uit dit fonds (van het ministerie van BZK) ontving X …" -------

def test_a_fronted_fund_named_by_its_kind_is_the_fund_of_the_line():
    text = ("Programma's\n\n- Volkshuisvestingsfonds: Uit dit fonds van het ministerie van BZK ontving Dordrecht "
            "€ 7,2 miljoen voor de aanpak van Dordrecht-West.\n")
    assert ("Dordrecht", "participatesIn", "Volkshuisvestingsfonds", None) in facts(text)


@pytest.mark.parametrize("text", [
    # the kind word is not the programme's: a deal is no fund
    "Programma's\n\n- Volkshuisvestingsfonds: Uit deze deal ontving Dordrecht € 7,2 miljoen.\n",
    "Programma's\n\n- Volkshuisvestingsfonds: Uit dit fonds ontving Dordrecht geen geld.\n",
])
def test_no_fund_named_by_its_kind(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- the noun of taking part: "de deelname van X aan Y", "onze deelname aan Y" -----------------------

@pytest.mark.parametrize("text, takers", [
    ("De deelname van Ede en Tilburg aan de City Deal Zon is verlengd.", ("Ede", "Tilburg")),
    ("De pijler stemt in met deelname van de G40 aan de Actieagenda Bedrijventerreinen.", ("G40",)),
    ("Wij als gemeente Ede werken graag samen. Onze deelname aan de City Deal Zon is in 2023 afgerond.", ("Ede",)),
])
def test_the_noun_of_taking_part(text, takers):
    programme = "Actieagenda Bedrijventerreinen" if "Actieagenda" in text else "City Deal Zon"
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {(t, "participatesIn", programme, None) for t in takers}, found


@pytest.mark.parametrize("text", [
    "Het verzoek tot deelname van Ede aan de City Deal Zon is afgewezen.",
    "Een mogelijke deelname van de gemeente Ede aan de City Deal Zon wordt onderzocht.",
    "De deelname van Ede aan de City Deal Zon gaat niet door.",
    "De deelname aan de City Deal Zon is groot.",
])
def test_no_taking_part_by_its_noun(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a body that leaves a programme or unit took part in it ----------------------------------------

@pytest.mark.parametrize("text, body, left", [
    ("Verslag G40 Taskforce Arbeidsmigratie\n\nSeptember – Amstelveen verlaat de taskforce na de herijking.\n",
     "Amstelveen", "Taskforce Arbeidsmigratie"),
    ("Ede stapte in 2023 uit de City Deal Zon.", "Ede", "City Deal Zon"),
    ("Ede trekt zich per 1 mei terug uit de City Deal Zon.", "Ede", "City Deal Zon"),
])
def test_a_body_that_leaves_took_part(text, body, left):
    assert (body, "participatesIn", left, None) in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Ede verlaat de City Deal Zon niet.",
    "Ede overweegt de City Deal Zon te verlaten.",
    "De wethouder van Ede verlaat de City Deal Zon om elf uur.",
])
def test_no_body_leaving(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a programme's name with its abbreviation in brackets, and the abbreviation used later ---------------

@pytest.mark.parametrize("text, name, abbreviation", [
    ("Breda ontvangt geld uit het Fonds Leefbaarheid en Wijkaanpak (FLW). Ook Ede doet mee aan het FLW.",
     "Fonds Leefbaarheid en Wijkaanpak", "FLW"),
    ("Breda doet mee aan de Woondeal Regio Zwolle (WRZ). Ook Ede doet mee aan de WRZ.", "Woondeal Regio Zwolle", "WRZ"),
    ("Breda doet mee aan de Nationale Aanpak Energiearmoede (NAE). Ook Ede doet mee aan de NAE.",
     "Nationale Aanpak Energiearmoede", "NAE"),
])
def test_a_programme_with_its_abbreviation(text, name, abbreviation):
    assert mentions(text, "Programme") == [name, abbreviation, abbreviation]
    assert mentions(text, "Organisation") == []
    found = facts(text)
    assert ("Breda", "participatesIn", name, None) in found and ("Ede", "participatesIn", name, None) in found, found


@pytest.mark.parametrize("text, organisation", [
    ("Ede werkt samen met de Stichting Stimuleringsfonds Volkshuisvesting (SVn).",
     "Stichting Stimuleringsfonds Volkshuisvesting"),
    ("Ede werkt samen met het Instituut voor Publieke Waarden (IPW).", "Instituut voor Publieke Waarden"),
])
def test_an_organisation_with_its_abbreviation_stays_one(text, organisation):
    assert mentions(text, "Organisation")[:1] == [organisation] and mentions(text, "Programme") == []


# --- bringing one's experience in at a body: "A en B brengen de ervaringen in bij de themagroep X" --------

def test_bringing_in_at_a_body_is_taking_part():
    text = "Groningen en Assen brengen de ervaringen met de woondeal in bij de themagroep Wonen van de G40."
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Groningen", "participatesIn", "Themagroep Wonen", None),
                     ("Assen", "participatesIn", "Themagroep Wonen", None)}, found


@pytest.mark.parametrize("text", [
    "Breda brengt de kwestie niet in bij de themagroep Wonen.",
    "Breda brengt in mei een bezoek aan de themagroep Wonen.",
    "Breda wil de ervaringen inbrengen bij de themagroep Wonen.",
])
def test_no_bringing_in(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_an_event_title_under_a_kicker_line_frames_who_took_part():
    text = ("Nieuws | 3 mei 2024\n\nVerslag: Kennisdag 'Groene wijken' in Ede\n\nDe dag werd geopend door Eva Smit. "
            "Onder de deelnemers waren delegaties uit Delft en Breda.\n")
    found = {f[0] for f in facts(text) if f[1] == "participatesIn"}
    assert found == {"Eva Smit", "Delft", "Breda"}, found


# --- who supports a programme with its work takes part in it -----------------------------------------

@pytest.mark.parametrize("text, supporters, programme", [
    ("Sittard-Geleen doet mee aan de pilot Sensorenregister. VNG Realisatie ondersteunt de pilot, kan nog twee "
     "steden bij.", ("VNG Realisatie",), "Sensorenregister"),
    ("Platform31 en Divosa ondersteunen het Programma Vitale Wijken.", ("Platform31", "Divosa"), "Programma Vitale Wijken"),
])
def test_who_supports_a_programme_takes_part_in_it(text, supporters, programme):
    found = {f for f in facts(text) if f[1] == "participatesIn" and f[0] in supporters}
    assert found == {(s, "participatesIn", programme, None) for s in supporters}, found


@pytest.mark.parametrize("text", [
    "Platform31 ondersteunt de themagroep Wonen.",
    "Platform31 ondersteunt de City Deal Zon niet langer.",
    "Wethouder Eva Smit ondersteunt de City Deal Zon.",
    "Breda doet mee aan de City Deal Zon. Platform31 ondersteunt de pilot.",
])
def test_no_support_of_a_programme(text):
    assert not any(f[1] == "participatesIn" and f[0] in ("Platform31", "Eva Smit") for f in facts(text)), facts(text)
