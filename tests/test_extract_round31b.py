"""Round 31b: events and series of their own (a podcast, the workshops of a conference), and who took part in them."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts, mentions


# --- a podcast series and the guests of one episode ------------------------------------------------

_EPISODE = ("Samenvatting podcast 'Wijk in Beeld' - aflevering 3\n\n"
            "In de derde aflevering van de G40-podcast 'Wijk in Beeld' gaat presentator Sanne Visser in gesprek "
            "met twee gasten.\n\n"
            "Aan tafel zitten Eva Smit, wethouder wonen van Breda; en Jan Kok, directeur van woningcorporatie Thuis.\n")


def test_a_named_podcast_is_a_programme():
    assert mentions("De G40-podcast 'Wijk in Beeld' is te beluisteren via de website.", "Programme") \
        == ["podcast 'Wijk in Beeld'"]


def test_a_podcast_without_a_name_is_none():
    assert mentions("De podcast is te beluisteren via de website.", "Programme") == []


def test_the_presenter_of_a_podcast_holds_that_role_in_it():
    found = facts(_EPISODE)
    assert ("Sanne Visser", "hasRole", "Wijk in Beeld", "presentator") in found, found


def test_the_guests_at_the_table_take_part_in_the_podcast():
    found = facts(_EPISODE)
    assert ("Eva Smit", "participatesIn", "Wijk in Beeld", None) in found, found
    assert ("Jan Kok", "participatesIn", "Wijk in Beeld", None) in found, found
    # the guests' town and employer are where they come from, not guests themselves
    assert not any(f[0] in ("Breda", "Thuis") and f[2] == "Wijk in Beeld" for f in found), found


def test_de_podcast_refers_back_to_the_series():
    text = _EPISODE + "\nDe podcast wordt gemaakt door het G40-bureau. Aan tafel zat ook Piet de Boer.\n"
    found = facts(text)
    assert ("Piet de Boer", "participatesIn", "Wijk in Beeld", None) in found, found


def test_a_podcast_named_in_passing_frames_nothing():
    text = ("Nieuwsbrief juni\n\nEva Smit was te gast in de G40-podcast 'Wijk in Beeld'. "
            "Aan tafel zitten in Breda ook Jan Kok en Piet de Boer.\n")
    assert not any(f[1] == "participatesIn" and f[2] == "Wijk in Beeld" and f[0] != "Eva Smit" for f in facts(text))


def test_a_denied_guest_takes_no_part():
    text = ("Podcast 'Wijk in Beeld', aflevering 4\n\n"
            "Aan tafel zit deze keer niet Jan Kok, maar presentator Sanne Visser alleen.\n")
    assert not any(f[0] == "Jan Kok" for f in facts(text))


@pytest.mark.parametrize("text", [
    # a moderator of an event takes part in it (an event holds no roles)
    "Verslag: Kennisdag 'Groene wijken'\n\nDe vragen werden gesteld door moderator Eva Smit.\n",
])
def test_the_host_of_an_event_takes_part_in_it(text):
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Groene wijken", None) in found, found
    assert not any(f[1] == "hasRole" for f in found), found


# --- the sessions of a conference, each led by the persons its item names -----------------------

_PROGRAMME = ("Verslag werkconferentie 'Sterke wijken'\n\n"
              "In de middag konden deelnemers kiezen uit drie workshops:\n\n"
              "1. Samen bouwen – onder leiding van Eva Smit, directeur bij woningcorporatie Thuis.\n"
              "2. Geld voor de wijk – begeleid door Jan Kok (Breda) en onderzoeker Piet de Boer van het CBS.\n"
              "3. Jong in de stad – door Anna de Wit, wijkmanager van de gemeente Delft, die liet zien hoe het werkt.\n")


def test_each_announced_session_is_an_event():
    assert [m for m in mentions(_PROGRAMME, "Event") if m != "werkconferentie 'Sterke wijken'"] \
        == ["Samen bouwen", "Geld voor de wijk", "Jong in de stad"]


@pytest.mark.parametrize("person, session", [
    ("Eva Smit", "Samen bouwen"),
    ("Jan Kok", "Geld voor de wijk"),
    ("Piet de Boer", "Geld voor de wijk"),
    ("Anna de Wit", "Jong in de stad"),
])
def test_the_leaders_of_a_session_take_part_in_it(person, session):
    found = facts(_PROGRAMME)
    assert (person, "participatesIn", session, None) in found, found


def test_the_bodies_of_a_session_leader_take_no_part_in_it():
    found = facts(_PROGRAMME)
    sessions = {"Samen bouwen", "Geld voor de wijk", "Jong in de stad"}
    assert not any(f[2] in sessions and f[0] in ("Breda", "CBS", "Delft", "Thuis") for f in found), found


@pytest.mark.parametrize("text", [
    # no lead-in that announces sessions: a list of results, not of sessions
    "De resultaten van dit jaar:\n\n- Samen bouwen – door Eva Smit gestart in Breda.\n",
    # the lead-in announces sessions, but the item names no leader after its dash
    "Er waren twee workshops:\n\n- Samen bouwen – over wonen, met Eva Smit\n- Geld – een verkenning\n",
])
def test_no_session_without_its_announcement_or_its_shape(text):
    assert [m for m in mentions(text, "Event")] == []


# --- a learning circle or network is an event; who runs it and who is involved in it -------------

@pytest.mark.parametrize("text, event", [
    ("De leerkring komt vier keer per jaar bijeen.", "leerkring"),
    ("Het leernetwerk is er voor de deelnemende gemeenten.", "leernetwerk"),
    ("De leergemeenschap van de deal komt zes keer per jaar bijeen.", "leergemeenschap"),
])
def test_a_learning_circle_is_an_event(text, event):
    assert mentions(text, "Event") == [event]


def test_who_runs_the_learning_network_organised_it():
    found = facts("Platform31 is kennispartner en verzorgt het leernetwerk voor de deelnemende gemeenten.")
    assert ("Platform31", "organised", "leernetwerk", None) in found, found


@pytest.mark.parametrize("text", [
    # what is run is no event
    "Platform31 verzorgt het secretariaat van de leerkring.",
    # denied
    "Platform31 verzorgt het leernetwerk niet meer.",
])
def test_running_something_else_organises_no_event(text):
    assert not any(f[1] == "organised" for f in facts(text)), facts(text)


def test_an_actor_involved_in_an_event_takes_part_in_it():
    found = facts("De leerkring komt vier keer per jaar bijeen. Aedes is als adviseur bij de leerkring betrokken.")
    assert ("Aedes", "participatesIn", "leerkring", None) in found, found


def test_an_actor_to_be_involved_in_an_event_takes_no_part_yet():
    found = facts("De leerkring komt vier keer per jaar bijeen. Aedes wordt later bij de leerkring betrokken.")
    assert not any(f[0] == "Aedes" for f in found), found


# --- "daarin": the programme or unit the sentence before names ------------------------------------

def test_the_actors_that_work_daarin_take_part_in_the_programme_before():
    text = ("Via de G40 is Zwolle aangesloten bij de City Deal Zon. "
            "Samen met onder andere Breda en Delft werkt Zwolle daarin aan betere inkoop.")
    found = facts(text)
    for town in ("Zwolle", "Breda", "Delft"):
        assert (town, "participatesIn", "City Deal Zon", None) in found, found


def test_a_list_of_subjects_agrees_daarin():
    text = ("In Ede is de Green Deal Groene Daken ondertekend. De provincie Gelderland, de gemeenten Ede en "
            "Wageningen en het ministerie van BZK spreken daarin af dat alle daken groen worden.")
    found = facts(text)
    for actor in ("Gelderland", "Ede", "Wageningen", "BZK"):
        assert (actor, "participatesIn", "Green Deal Groene Daken", None) in found, found


@pytest.mark.parametrize("text", [
    # denied
    "Ede doet mee aan de City Deal Zon. Breda ziet daarin geen rol voor zichzelf.",
    # two things named before: which one is meant is not said
    "Ede doet mee aan de City Deal Zon en de City Deal Wind. Breda werkt daarin aan de wijken.",
    # nothing named before
    "Ede werkt aan een plan. Breda werkt daarin aan de wijken.",
])
def test_daarin_without_one_asserted_antecedent_states_nothing(text):
    assert not any(f[0] == "Breda" and f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- "De steden", "Deze gemeenten" without a count: the towns of the sentence before --------------

def test_de_steden_stands_for_the_towns_named_just_before():
    text = ("Eva Smit vertelt hoe Breda samen met Tilburg en Delft een energieloket heeft opgezet. "
            "\"We delen kennis,\" zegt ze. De steden werken daarin samen met de Energiecoöperatie Zuid.")
    found = facts(text)
    for town in ("Breda", "Tilburg", "Delft"):
        assert (town, "collaboratesWith", "Energiecoöperatie Zuid", None) in found, found


def test_deze_gemeenten_take_part_in_what_the_sentence_says():
    text = "Ede en Zeist kregen geld voor de wijken. Deze gemeenten nemen deel aan de City Deal Zon."
    found = facts(text)
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found
    assert ("Zeist", "participatesIn", "City Deal Zon", None) in found, found


@pytest.mark.parametrize("text", [
    # one town named before: "de steden" are others, not said which
    "Ede kreeg geld voor de wijken. De steden nemen deel aan de City Deal Zon.",
    # the towns are named in another paragraph
    "Ede en Zeist kregen geld voor de wijken.\n\nDe steden nemen deel aan de City Deal Zon.",
    # not opening the sentence: a generic "de steden"
    "Ede en Zeist kregen geld. Het Rijk vraagt de steden deel te nemen aan de City Deal Zon.",
])
def test_an_unnumbered_group_without_its_towns_stands_for_nothing(text):
    found = facts(text)
    assert not any(f[2] == "City Deal Zon" and f[0] in ("Ede", "Zeist") for f in found), found


# --- the parties of an agreement and who represents them ------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("De ondergetekenden:\n1. Stichting Platform31, vertegenwoordigd door programmaleider Eva Smit;\n",
     ("Eva Smit", "hasRole", "Platform31", "programmaleider")),
    ("De ondergetekenden:\n1. De N.V. Oost-Nederlandse Ontwikkelingsmaatschappij (Oost NL), hierbij vertegenwoordigd "
     "door directeur Jan Kok;\n", ("Jan Kok", "hasRole", "Oost NL", "directeur")),
])
def test_the_representative_of_a_party_holds_the_role_named_before_the_name(text, fact):
    found = facts(text)
    assert fact in found, found


def test_a_representative_in_a_body_holds_no_role_at_the_party():
    # represented in a body: the role is the person's own, not one at the organisation named before
    found = facts("Platform31 werkt mee, in de stuurgroep vertegenwoordigd door directeur Eva Smit van de VNG.")
    assert ("Eva Smit", "hasRole", "Platform31", "directeur") not in found, found


# --- "Ook X en Y schuiven aan": joining the table of the unit named just before --------------------

def test_who_joins_the_table_takes_part_in_the_unit_named_before():
    text = ("Het project wordt geleid door een stuurgroep Stationsgebied. Ook ProRail en de VNG, die een kantoor "
            "bij het station wil bouwen, schuiven aan.")
    found = facts(text)
    assert ("ProRail", "participatesIn", "Stuurgroep Stationsgebied", None) in found, found
    assert ("VNG", "participatesIn", "Stuurgroep Stationsgebied", None) in found, found


@pytest.mark.parametrize("text", [
    # denied
    "Het project wordt geleid door een stuurgroep Stationsgebied. ProRail schuift niet aan.",
    # two units named before: which table is not said
    "Er zijn een stuurgroep Stationsgebied en een werkgroep Sporen. Ook ProRail schuift aan.",
    # the particle does not close the clause: joining something else
    "Het project wordt geleid door een stuurgroep Stationsgebied. ProRail schuift aan bij de bespreking van de tunnel.",
])
def test_joining_no_one_table_states_nothing(text):
    found = facts(text)
    assert not any(f[0] == "ProRail" and f[1] == "participatesIn" for f in found), found


# --- a sentence that refers back to the event the one before names ---------------------------------

def test_who_opened_the_day_took_part_in_the_event_named_before():
    text = ("Nieuws\n\nSamen met Aedes organiseerde de themagroep op 12 oktober een werkconferentie over middenhuur in Breda. "
            "Wethouder Eva Smit, die namens de gaststad de dag opende, riep het Rijk op tot actie.")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "werkconferentie", None) in found, found


@pytest.mark.parametrize("text", [
    # no reference to the event: the speaker may have spoken anywhere
    "Nieuws\n\nAedes organiseerde een werkconferentie in Breda. Wethouder Eva Smit sprak later met de minister.",
    # two events named before: which one is not said
    "Nieuws\n\nAedes organiseerde een werkconferentie in Breda en een kennisdag in Ede. Eva Smit opende de dag.",
    # denied
    "Nieuws\n\nAedes organiseerde een werkconferentie in Breda. Eva Smit opende de dag niet.",
])
def test_no_event_named_before_or_no_reference_to_it(text):
    found = facts(text)
    assert not any(f[0] == "Eva Smit" and f[1] == "participatesIn" for f in found), found


# --- an organisation's name of several words, given away once by its kind word, used again ---------

def test_a_name_found_by_its_kind_word_is_found_again():
    text = ("In de wijk renoveert de gemeente Breda samen met woningcorporatie Stadswonen Zuid de flats. "
            "Directeur-bestuurder Eva Smit van Stadswonen Zuid vertelde hoe bewoners meedoen.")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "Stadswonen Zuid", "directeur-bestuurder") in found, found


def test_a_name_of_several_words_without_its_kind_word_is_not_guessed():
    text = "Directeur-bestuurder Eva Smit van Stadswonen Zuid vertelde hoe bewoners meedoen."
    assert "Stadswonen Zuid" not in mentions(text, "Organisation")


# --- "het programma X van <organisatie>": the organisation's own programme -------------------------

def test_a_programme_of_an_organisation_is_led_by_it():
    found = facts("Zij wordt kwartiermaker van het programma Ruimte voor Werk van het Stedennetwerk G40.")
    assert ("Ruimte voor Werk", "ledBy", "G40", None) in found, found


@pytest.mark.parametrize("text", [
    # a town's programme is no organisation's: what a municipality does in it is read elsewhere
    "Zij werkt aan het programma Ruimte voor Werk van de gemeente Breda.",
    # a deal named with its kind word is signed by many, not led by the one after "van"
    "Zij werkt aan de City Deal Ruimte voor Werk van de VNG.",
])
def test_no_lead_from_van_after_other_programmes_or_other_actors(text):
    assert not any(f[1] == "ledBy" for f in facts(text)), facts(text)


# --- "Het lab is onderdeel van de City Deal X" -------------------------------------------------------

def test_a_programme_that_is_part_of_another():
    text = ("Breda en Tilburg zijn gestart met het lab Sterke Wijk. "
            "Het lab is onderdeel van de City Deal Kennis Delen, waarin hogescholen samenwerken.")
    found = facts(text)
    assert ("lab Sterke Wijk", "partOf", "City Deal Kennis Delen", None) in found, found


@pytest.mark.parametrize("text", [
    # the part is no programme or unit named at the sentence's start
    "Breda is onderdeel van de City Deal Kennis Delen.",
    # denied
    "Het lab Sterke Wijk is geen onderdeel van de City Deal Kennis Delen.",
])
def test_no_part_of_a_programme_without_a_part(text):
    assert not any(f[1] == "partOf" for f in facts(text)), facts(text)


# --- the parties that sign one agreement work together ---------------------------------------------

def test_the_cosignatories_of_an_agreement_collaborate():
    found = facts("Het IPO, de VNG en het G40 Stedennetwerk ondertekenden vandaag het Regionaal Uitvoeringsakkoord Wonen.")
    for a, b in (("IPO", "VNG"), ("IPO", "G40"), ("VNG", "G40")):
        assert (a, "collaboratesWith", b, None) in found or (b, "collaboratesWith", a, None) in found, found


@pytest.mark.parametrize("text", [
    # one signatory: no one to work with
    "Het IPO ondertekende vandaag het Regionaal Uitvoeringsakkoord Wonen.",
    # denied
    "Het IPO en de VNG ondertekenden het Regionaal Uitvoeringsakkoord Wonen niet.",
])
def test_no_collaboration_from_a_single_or_denied_signature(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- "<programma> start met …: A, B en C" ------------------------------------------------------------

def test_the_towns_a_programme_starts_with_take_part_in_it():
    text = ("Breda en de VNG tekenden het Regionaal Akkoord Wonen. "
            "Het akkoord start met drie proefregio's, elk rond een G40-stad: Ede, Zeist en Delft.")
    found = facts(text)
    for town in ("Ede", "Zeist", "Delft"):
        assert (town, "participatesIn", "Regionaal Akkoord Wonen", None) in found, found


@pytest.mark.parametrize("text", [
    # one town: no list
    "De City Deal Zon start met één pilotstad: Ede.",
    # the programme does not open the sentence: the towns are someone else's
    "In de City Deal Zon kijkt BZK naar twee steden: Ede en Zeist.",
    # denied
    "De City Deal Zon start niet met de steden: Ede en Zeist.",
])
def test_no_towns_without_a_programme_that_starts_with_a_list(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a signatories' list item for several towns at once ---------------------------------------------

def test_the_towns_of_one_signatory_item_each_take_part():
    text = ("Woondeal Regio Noord\n\nDe woondeal is ondertekend door:\n\n"
            "- namens de gemeente Assen: wethouder Eva Smit\n"
            "- namens de gemeenten Tynaarlo en Noordenveld: de wethouders Jan Kok (Tynaarlo) en Piet de Boer "
            "(Noordenveld)\n")
    found = facts(text)
    for town in ("Assen", "Tynaarlo", "Noordenveld"):
        assert (town, "participatesIn", "Woondeal Regio Noord", None) in found, found


def test_a_list_item_of_towns_with_more_than_a_colon_after_them_is_no_member_list():
    text = ("Woondeal Regio Noord\n\nDe woondeal is ondertekend door:\n\n"
            "- namens de gemeenten Tynaarlo en Noordenveld, samen met de provincie: wethouder Jan Kok\n")
    found = facts(text)
    assert ("Noordenveld", "participatesIn", "Woondeal Regio Noord", None) not in found, found


def test_a_signatory_item_for_a_kind_of_party_gives_the_organisation_named_after_the_colon():
    text = ("Woondeal Regio Noord\n\nDe woondeal is ondertekend door:\n\n"
            "- namens de gemeente Assen: wethouder Eva Smit\n"
            "- namens de woningcorporaties: directeur-bestuurder Jan Kok van Woonstichting Noorderzon\n")
    found = facts(text)
    assert ("Woonstichting Noorderzon", "participatesIn", "Woondeal Regio Noord", None) in found, found


def test_a_signatory_item_for_a_kind_with_two_organisations_gives_neither():
    text = ("Woondeal Regio Noord\n\nDe woondeal is ondertekend door:\n\n"
            "- namens de gemeente Assen: wethouder Eva Smit\n"
            "- namens de woningcorporaties: Jan Kok van Woonstichting Noorderzon en Piet de Boer van Woonstichting Zuid\n")
    found = facts(text)
    assert not any(f[0].startswith("Woonstichting") and f[1] == "participatesIn" for f in found), found


# --- "geleid door <rol> <vakgebied> X" ------------------------------------------------------------------

def test_a_leader_named_with_a_role_and_its_field_leads():
    text = "Breda start het lab Sterke Wijk. Het lab wordt geleid door lector Wijkgericht Werken Eva Smit."
    found = facts(text)
    assert any(f[0] == "Eva Smit" and f[1] == "hasRole" and f[2] == "lab Sterke Wijk" for f in found), found


def test_a_leader_after_a_lower_case_phrase_is_not_read():
    text = "Breda start het lab Sterke Wijk. Het lab wordt geleid door een team van Eva Smit."
    found = facts(text)
    assert not any(f[0] == "Eva Smit" and f[2] == "lab Sterke Wijk" for f in found), found


# --- a role, its field and an academic title before the name -------------------------------------------

def test_a_role_with_its_field_and_a_title_before_the_name():
    found = facts("Lector Inclusieve Arbeidsmarkt dr. Eva Smit van Zuyd Hogeschool presenteerde de resultaten.")
    assert ("Eva Smit", "hasRole", "Zuyd Hogeschool", "lector") in found, found


def test_a_title_without_a_role_gives_no_role():
    found = facts("Inclusieve Arbeidsmarkt dr. Eva Smit van Zuyd Hogeschool presenteerde de resultaten.")
    assert not any(f[0] == "Eva Smit" and f[1] == "hasRole" for f in found), found


def test_a_relative_clause_may_say_within_which_network_the_role_is_held():
    found = facts("Wethouder Eva Smit van Ede, die binnen de G40 vicevoorzitter is van de Pijler Sociaal, pleitte voor maatwerk.")
    assert ("Eva Smit", "hasRole", "Pijler Sociaal", "vicevoorzitter") in found, found


def test_a_relative_clause_about_someone_else_within_the_network_gives_no_role():
    found = facts("Wethouder Eva Smit van Ede, die binnen de G40 met de vicevoorzitter sprak, pleitte voor maatwerk.")
    assert not any(f[0] == "Eva Smit" and f[3] == "vicevoorzitter" for f in found), found


# --- "X treedt op als penvoerder" ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Partijen richten de City Deal Zon op. De gemeente Ede treedt op als penvoerder.",
    "De gemeente Ede treedt op als penvoerder van de City Deal Zon.",
])
def test_the_party_that_acts_as_penvoerder_leads_the_programme(text):
    found = facts(text)
    assert ("City Deal Zon", "ledBy", "Ede", None) in found, found


@pytest.mark.parametrize("text", [
    # a person acts as penvoerder for a body: no body leads
    "Partijen richten de City Deal Zon op. Eva Smit treedt op als penvoerder.",
    # denied
    "Partijen richten de City Deal Zon op. De gemeente Ede treedt niet op als penvoerder.",
])
def test_no_lead_from_a_person_or_a_denial(text):
    assert not any(f[1] == "ledBy" for f in facts(text)), facts(text)


# --- "Zij" after a sentence that opens with a list of towns ---------------------------------------------

def test_zij_after_a_list_of_towns_as_subject_stands_for_them():
    text = "Breda en Ede kregen geld uit het Woningbouwfonds. Zij nemen ook deel aan de City Deal Zon."
    found = facts(text)
    assert ("Breda", "participatesIn", "City Deal Zon", None) in found, found
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found


@pytest.mark.parametrize("text", [
    # the towns are no subject: "Zij" are the persons
    "Wethouder Eva Smit (Breda) en Jan Kok (Ede) tekenden. Zij nemen ook deel aan de City Deal Zon.",
    # a singular verb: "Zij" is one person
    "Breda en Ede kregen geld. Zij neemt ook deel aan de City Deal Zon.",
    # another paragraph
    "Breda en Ede kregen geld.\n\nZij nemen ook deel aan de City Deal Zon.",
])
def test_zij_without_a_list_of_towns_just_before_stands_for_no_town(text):
    found = facts(text)
    assert not any(f[0] in ("Breda", "Ede") and f[2] == "City Deal Zon" for f in found), found


# --- an episode that opens the sentence, and a plural verb of acting at an event ---------------------

def test_who_talks_in_an_episode_takes_part_in_the_podcast():
    text = ("Nieuws\n\nIn de nieuwste aflevering van de G40-podcast 'Stad in Gesprek' praat presentator Eva Smit "
            "met wethouder Jan Kok van Breda.")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "Stad in Gesprek", "presentator") in found, found
    assert ("Jan Kok", "participatesIn", "Stad in Gesprek", None) in found, found
    assert not any(f[0] == "Breda" and f[2] == "Stad in Gesprek" for f in found), found


def test_an_episode_of_something_else_frames_nothing():
    text = "Nieuws\n\nIn de nieuwste aflevering van het programma Wijk in Beeld praat Eva Smit met Jan Kok."
    assert not any(f[1] == "participatesIn" and f[0] in ("Eva Smit", "Jan Kok") for f in facts(text))


def test_a_plural_verb_of_acting_gives_each_person_of_its_clause():
    text = ("Nieuws\n\nTijdens het webinar 'Wonen in de wijk' van 12 maart lichtten wethouder Eva Smit (Breda) "
            "en Jan Kok van Platform31 de plannen toe.")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Wonen in de wijk", None) in found, found
    assert ("Jan Kok", "participatesIn", "Wonen in de wijk", None) in found, found


def test_a_singular_verb_of_acting_gives_only_the_nearest_person():
    text = ("Nieuws\n\nTijdens het webinar 'Wonen in de wijk' lichtte wethouder Eva Smit de plannen toe, "
            "die Jan Kok had opgesteld.")
    found = facts(text)
    assert ("Eva Smit", "participatesIn", "Wonen in de wijk", None) in found, found
    assert ("Jan Kok", "participatesIn", "Wonen in de wijk", None) not in found, found
