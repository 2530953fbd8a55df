"""Round 56t: the time of facts, a third pass (invented text, invented people and bodies).

- "X bleef <rol> tot (en met) <datum>" / "X blijft tot en met <datum> <rol>" in a sentence of its own ends the
  post named before (a biography's "bleef wethouder tot de verkiezingen van maart 2022"; ``kept_until.py``).
- A title holder who "ging in 2023 met pensioen", or "…, die per 1 juni 2025 is vertrokken", leaves the
  office: to the last day of that year or month, or the day before the day (``departures.py``); an undated
  document told in the past makes it past.
- "haar ambtstermijn daar eindigt op <dag>" ends the post of its sentence, "De waarneming van X eindigt op
  <dag>" X's acting post: that day is the last ("per": the day before; ``term_ends.py``).
- "X vertrekt per <dag> naar Y" ends the one post X holds elsewhere in the document (``leaving_for.py``).
- "Burgemeester X was in functie tot 2021; in oktober 2021 werd hij opgevolgd": the handover's day ends the post
  (``successor_starts.with_handover_ends``).
- "X trad op <dag> af als wethouder van Y en daarmee ook als …" ends each post named, on that day ("per": the day
  before; ``term_ends.py``); "X vervulde deze functie van D1 tot en met D2" dates X's post named before
  (``kept_until.py``).
- "In die jaren was zij ook secretaris van X" takes the one period of the sentence before (``those_years.py``).
- Joining told as done ("sloten in 2018 aan", "trad in 2019 toe", "werd in 2017 lid") starts the participation,
  and "startte in 2019 samen met BZK het programma X" the collaboration (``founding_dates.py``).
- A deed's dates in words ("met ingang van een oktober tweeduizend vijfentwintig", "sinds tweeduizend
  drieëntwintig", "de eerste januari tweeduizend vierentwintig") are read as their figures (``periods.py``).
- "Zij volgde X op, die van 2021 tot 1 februari 2024 programmamanager was" dates X's post with that term
  (``passed_on_roles.py``), and "… en sindsdien werkt bij Y" X's tie to Y from the day after (``periods.py``).
- The successor of a dated succession holds the post the one succeeded left from that day ("Zij volgde in
  januari 2025 X op, die tot eind 2024 wethouder Wonen was"; "volgt per 1 juli 2024 Y op als concerndirecteur";
  ``successor_starts.py``), not the title before the successor's name in the succession's own sentence.

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.documents import built_from, unit_role_timeline
from tests.extract_facts import dated_relations

TOWN = "Gemeente Zutphen\n\n"


@lru_cache(maxsize=None)
def dated(text: str, date: str | None = "2025-09-18", predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _of(found, person: str) -> set:
    return {r for r in found if r[0] == person}


# --- "X bleef <rol> tot <datum>": the end of the post named before ---

ELECTED = "In april 2018 werd Marit Veenstra wethouder van Zutphen. "


def test_a_post_kept_until_an_election_ends_then():
    text = ELECTED + "Veenstra bleef wethouder tot de verkiezingen van maart 2022."
    assert _of(dated(text, None), "Marit Veenstra") == {("Marit Veenstra", "Zutphen", "wethouder", True, "2018-04-01", "2022-03-31")}


def test_a_post_kept_until_a_month_ends_on_its_last_day():
    text = ("Per 1 september 2022 werd Marit Veenstra programmadirecteur van het Programma Sterke Kernen. "
            "Veenstra bleef programmadirecteur tot en met september 2024.")
    assert _of(dated(text, None), "Marit Veenstra") == \
        {("Marit Veenstra", "Programma Sterke Kernen", "programmadirecteur", True, "2022-09-01", "2024-09-30")}


def test_a_post_kept_on_to_a_later_day_is_not_past_yet():
    text = ("Joris Plat is programmamanager van de City Deal Schone Lucht. Joris Plat blijft tot en met 31 maart 2025 "
            "programmamanager van de City Deal Schone Lucht.")
    assert dated(text, "2024-12-12") == {("Joris Plat", "City Deal Schone Lucht", "programmamanager", False, None, "2025-03-31")}


@pytest.mark.parametrize("sentence", [
    "Veenstra blijft wethouder.",  # kept, no end
    "Veenstra bleef tot haar afscheid wethouder.",  # an end without a date
    "Veenstra bleef voorzitter tot 2022.",  # another role word
    "Tom Baas bleef wethouder tot 2022.",  # another person
])
def test_a_kept_post_without_a_dated_end_of_its_own_goes_on(sentence):
    assert _of(dated(ELECTED + sentence, None), "Marit Veenstra") == \
        {("Marit Veenstra", "Zutphen", "wethouder", False, "2018-04-01", None)}


# --- "ging in 2023 met pensioen", "…, die per 1 juni 2025 is vertrokken": leaving the office titled before the name ---

@pytest.mark.parametrize("sentence, date, expected", [
    ("Gemeentesecretaris Frits Olthof ging in 2023 met pensioen; Anouk Smit volgde hem op.", None, (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof ging in 2023 met pensioen; Anouk Smit volgde hem op.", "2024-05-01", (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof is in 2023 met pensioen gegaan.", None, (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof gaat per 1 april 2027 met pensioen.", "2026-11-01", (False, None, "2027-03-31")),
])
def test_a_retirement_ends_the_office(sentence, date, expected):
    assert dated(TOWN + sentence, date) == {("Frits Olthof", "Zutphen", "gemeentesecretaris", *expected)}


def test_a_leaving_in_a_month_ends_on_its_last_day():
    # the office was held in May; a day ("per 1 mei") still ends it the day before
    assert dated(TOWN + "Het college neemt kennis van het ontslag van wethouder Eva Kok in mei 2026.", "2026-08-01") == \
        {("Eva Kok", "Zutphen", "wethouder", True, None, "2026-05-31")}
    assert dated(TOWN + "Het college neemt kennis van het ontslag van wethouder Eva Kok per 1 mei 2026.", "2026-08-01") == \
        {("Eva Kok", "Zutphen", "wethouder", True, None, "2026-04-30")}


def test_a_holiday_is_no_retirement():
    text = TOWN + "Gemeentesecretaris Frits Olthof ging in 2023 met vakantie naar Italië."
    assert dated(text, None) == {("Frits Olthof", "Zutphen", "gemeentesecretaris", False, None, None)}


SUCCEEDED = TOWN + "Wethouder Tim Dekker wordt aangewezen als lid van de stuurgroep, als opvolger van wethouder Joyce Brink, die per 1 juni 2025 is {}."


def test_a_relative_clause_of_leaving_ends_the_office_the_day_before():
    found = dated(SUCCEEDED.format("vertrokken"), "2025-06-17")
    assert ("Joyce Brink", "Zutphen", "wethouder", True, None, "2025-05-31") in found, found
    # the successor was wethouder already: his title is no post taken up on that day
    assert ("Tim Dekker", "Zutphen", "wethouder", False, None, None) in found, found


def test_a_relative_clause_of_appointment_ends_nothing():
    found = dated(SUCCEEDED.format("benoemd"), "2025-06-17")
    assert ("Joyce Brink", "Zutphen", "wethouder", False, None, None) in found, found


# --- the successor holds the post from the succession's day ---

QUOTED = TOWN + 'Wethouder Sanne Mulder (Wonen) is tevreden: "Dit is een goede deal." Zij volgde {}Henk Bakker op, die tot eind 2024 wethouder Wonen was.'


def test_a_dated_succession_starts_the_post_the_predecessor_left():
    assert dated(QUOTED.format("in januari 2025 ")) == {
        ("Henk Bakker", "Zutphen", "wethouder", True, None, "2024-12-31"),
        ("Sanne Mulder", "Zutphen", "wethouder", False, "2025-01-01", None)}


def test_an_undated_succession_starts_nothing():
    assert ("Sanne Mulder", "Zutphen", "wethouder", False, None, None) in dated(QUOTED.format(""))


def test_the_successor_takes_the_day_in_the_same_sentence():
    text = "Programmamanager is Daan Kuiper (G40-bureau); hij volgde per 1 mei 2026 Roos Hermans op, die naar de MBO Raad vertrok."
    assert dated(text, "2026-10-01") == {("Daan Kuiper", "G40", "programmamanager", False, "2026-05-01", None),
                                         ("Roos Hermans", "G40", "programmamanager", True, None, "2026-04-30")}


AS_ROLE = ("Bas Hendriks is concerndirecteur van de gemeente Helmond en lid van de raad van toezicht van Platform31."
           "\n\nWisselingen\n\n- Bas Hendriks volgt per 1 juli 2024 Irene Kamp op als {}.")


def test_a_succession_as_a_role_starts_the_one_post_with_that_role_word():
    # (and the predecessor held that post up to the day before: roles.predecessor-named, round 58g)
    assert dated(AS_ROLE.format("concerndirecteur"), "2024-09-01") == {
        ("Bas Hendriks", "Helmond", "concerndirecteur", False, "2024-07-01", None),
        ("Irene Kamp", "Helmond", "concerndirecteur", True, None, "2024-06-30"),
        ("Bas Hendriks", "Platform31", "lid raad van toezicht", False, None, None)}


def test_a_succession_as_another_role_starts_no_post():
    assert dated(AS_ROLE.format("voorzitter"), "2024-09-01") == {
        ("Bas Hendriks", "Helmond", "concerndirecteur", False, None, None),
        ("Bas Hendriks", "Platform31", "lid raad van toezicht", False, None, None)}


# --- "haar ambtstermijn daar eindigt op D", "De waarneming van X eindigt op D": the term's own end ---

TERM = "Anne Vos is sinds 2019 burgemeester van Zutphen; {}."


@pytest.mark.parametrize("clause, until", [
    ("haar ambtstermijn daar eindigt op 8 december 2025", "2025-12-08"),  # "op" a day: in office that day
    ("haar ambtstermijn daar eindigt per 8 december 2025", "2025-12-07"),  # "per" a day: until the day before
])
def test_the_end_of_a_term_ends_the_post_of_its_sentence(clause, until):
    assert dated(TERM.format(clause), "2025-11-01") == {("Anne Vos", "Zutphen", "burgemeester", False, "2019-01-01", until)}


@pytest.mark.parametrize("clause", [
    "haar ambtstermijn wordt verlengd en eindigt op 8 december 2031",  # renewed
    "de termijn van de raad eindigt op 8 december 2025",  # another's term
])
def test_a_renewed_term_or_anothers_ends_nothing(clause):
    assert dated(TERM.format(clause), "2025-11-01") == {("Anne Vos", "Zutphen", "burgemeester", False, "2019-01-01", None)}


STANDING_IN = ("Sinds 1 februari 2025 is Jan de Wit {}burgemeester van Zutphen. De waarneming van de heer De Wit, "
               "oud-burgemeester van Epe, eindigt op 8 december 2025.")


def test_the_end_of_standing_in_ends_the_acting_post():
    assert _of(dated(STANDING_IN.format("waarnemend "), "2025-11-01"), "Jan de Wit") == \
        {("Jan de Wit", "Zutphen", "burgemeester", False, "2025-02-01", "2025-12-08")}


def test_the_end_of_standing_in_ends_no_post_not_called_acting():
    assert _of(dated(STANDING_IN.format(""), "2025-11-01"), "Jan de Wit") == \
        {("Jan de Wit", "Zutphen", "burgemeester", False, "2025-02-01", None)}


# --- "X vertrekt per D naar Y": the one post X holds elsewhere in the document ends the day before ---

ATTENDED = "Aanwezig: Carla Smit (plv. directeur Participatie, SZW), Jan Kok (G40).\n\nMededelingen: Smit vertrekt {}naar het ministerie van OCW."


def test_leaving_for_another_body_ends_the_one_post_held():
    assert dated(ATTENDED.format("per 1 december 2023 "), "2023-11-09") == \
        {("Carla Smit", "SZW", "plaatsvervangend directeur", False, None, "2023-11-30")}


def test_leaving_without_a_day_or_with_two_posts_ends_none():
    assert dated(ATTENDED.format(""), "2023-11-09") == {("Carla Smit", "SZW", "plaatsvervangend directeur", False, None, None)}
    text = ("Carla Smit is directeur van Platform31 en voorzitter van de Stichting Stadslab.\n\n"
            "Mededelingen: Smit vertrekt per 1 december 2023 naar het ministerie van OCW.")
    assert dated(text, "2023-11-09") == {("Carla Smit", "Platform31", "directeur", False, None, None),
                                         ("Carla Smit", "Stichting Stadslab", "voorzitter", False, None, None)}


# --- "was in functie tot 2021; in oktober 2021 werd hij opgevolgd": the handover's day overrides the year ---

IN_OFFICE = "Gemeente Epe\n\nBurgemeester Ad Kok was in functie tot 2021; in oktober {} werd {}."


@pytest.mark.parametrize("year, what, until", [
    ("2021", "hij opgevolgd door Eva Smit", "2021-09-30"),  # a handover within the year "tot" names
    ("2022", "hij opgevolgd door Eva Smit", "2020-12-31"),  # a handover in a later year: "tot 2021" stands
    ("2021", "de raad uitgebreid", "2020-12-31"),  # no handover
])
def test_a_handover_in_the_year_of_tot_ends_the_post_the_day_before(year, what, until):
    assert dated(IN_OFFICE.format(year, what), "2024-01-10") == {("Ad Kok", "Epe", "burgemeester", True, None, until)}


# --- "In die jaren was zij ook …": the period of the sentence before ---

WORKED = "Eva Kok werkte van 2002 tot en met 2009 als beleidsmedewerker bij de gemeente Ede.{}In die jaren was zij ook secretaris van Platform31."


def test_a_post_in_those_years_takes_the_period_before():
    assert ("Eva Kok", "Platform31", "secretaris", True, "2002-01-01", "2009-12-31") in dated(WORKED.format(" "), "2024-01-10")


@pytest.mark.parametrize("text", [
    WORKED.format("\n\n"),  # another paragraph
    WORKED.format(" ").replace("In die jaren", "Later"),  # no reference back
    WORKED.format(" ").replace("Ede.", "Ede en van 2010 tot en met 2014 als adviseur bij de gemeente Epe."),  # two periods: which?
])
def test_a_post_without_those_years_or_with_two_periods_before_stays_undated(text):
    assert ("Eva Kok", "Platform31", "secretaris", False, None, None) in dated(text, "2024-01-10"), dated(text, "2024-01-10")


# --- "X trad op D af als wethouder van Y en daarmee ook als …": each post after "als" ends on that day ---

STEPPED_DOWN = "Gerben Smit trad {} 14 maart 2025 {} als wethouder van Borne en daarmee ook als voorzitter van Platform31."


@pytest.mark.parametrize("edge, until", [("op", "2025-03-14"), ("per", "2025-03-13")])
def test_stepping_down_on_a_day_ends_each_post_named(edge, until):
    assert dated(STEPPED_DOWN.format(edge, "af"), None) == {("Gerben Smit", "Borne", "wethouder", True, None, until),
                                                           ("Gerben Smit", "Platform31", "voorzitter", True, None, until)}


def test_taking_office_on_a_day_ends_nothing():
    assert dated(STEPPED_DOWN.format("op", "aan"), None) == {("Gerben Smit", "Borne", "wethouder", False, None, None),
                                                            ("Gerben Smit", "Platform31", "voorzitter", False, None, None)}


# --- "X vervulde deze functie van D1 tot en met D2": the period of the post named before ---

MEMBER_OF = "Jeroen Smit is lid van de pijler Sociaal van de G40. {} vervulde deze functie {}."


def test_a_post_held_this_period_takes_it():
    assert dated(MEMBER_OF.format("Smit", "van 1 juni 2022 tot en met 31 mei 2024"), "2024-06-04") == \
        {("Jeroen Smit", "pijler Sociaal", "lid", True, "2022-06-01", "2024-05-31")}


@pytest.mark.parametrize("who, how", [
    ("Smit", "met veel inzet"),  # no period
    ("Anna Kok", "van 1 juni 2022 tot en met 31 mei 2024"),  # another person
])
def test_a_post_held_without_a_period_or_by_another_keeps_its_time(who, how):
    assert dated(MEMBER_OF.format(who, how), "2024-06-04") == {("Jeroen Smit", "pijler Sociaal", "lid", False, None, None)}


# --- "sloten in 2018 aan", "startte in 2019 samen met BZK het programma": a joining or a joint founding starts the fact ---

@pytest.mark.parametrize("text, town, body, since", [
    ("Assen en Hilversum sloten in 2018 aan bij de G40, Amstelveen in 2022.", "Assen", "G40", "2018-01-01"),
    ("Assen is in 2018 aangesloten bij de G40.", "Assen", "G40", "2018-01-01"),
    ("Assen trad in 2019 toe tot de City Deal Schone Lucht.", "Assen", "City Deal Schone Lucht", "2019-01-01"),
    ("Assen werd in 2017 lid van de G40.", "Assen", "G40", "2017-01-01"),
])
def test_joining_told_as_done_starts_the_participation(text, town, body, since):
    assert (town, body, None, False, since, None) in dated(text, "2024-01-10", "participatesIn"), dated(text, "2024-01-10", "participatesIn")


def test_a_planned_joining_starts_nothing():
    assert dated("Assen en Hilversum sluiten in 2027 aan bij de G40.", "2024-01-10", "participatesIn") == \
        {("Assen", "G40", None, False, None, None), ("Hilversum", "G40", None, False, None, None)}


def test_a_joint_founding_starts_the_collaboration_of_its_clause_only():
    assert dated("De G40 startte in 2019 samen met het ministerie van BZK het programma Sterke Kernen.", "2024-01-10",
                 "collaboratesWith") == {("G40", "BZK", None, False, "2019-01-01", None)}
    assert dated("De G40 werkt samen met het ministerie van BZK; het programma Sterke Kernen startte in 2019.", "2024-01-10",
                 "collaboratesWith") == {("G40", "BZK", None, False, None, None)}


# --- a deed's dates in words: "met ingang van een oktober tweeduizend vijfentwintig" ---

APPOINTED = "De heer Erik Smit wordt met ingang van {} tot directeur van Platform31 benoemd."


@pytest.mark.parametrize("when, since", [
    ("een oktober tweeduizend vijfentwintig", "2025-10-01"),
    ("de eerste januari tweeduizend vierentwintig", "2024-01-01"),
    ("eenendertig december tweeduizend vierentwintig", "2024-12-31"),
    ("1 oktober 2025", "2025-10-01"),  # in figures, as before
])
def test_a_date_in_words_dates_the_appointment(when, since):
    assert dated(APPOINTED.format(when), "2025-09-11") == {("Erik Smit", "Platform31", "directeur", False, since, None)}


def test_a_day_in_words_without_a_year_is_no_date():
    # "een oktober" alone may be "an October": no date
    assert dated(APPOINTED.format("een oktober"), "2025-09-11") == {("Erik Smit", "Platform31", "directeur", False, None, None)}


@pytest.mark.parametrize("text, predicate, expected", [
    ("Het programma Werkroute Oost is in tweeduizend eenentwintig gestart door de gemeenten Ede en Delft.", "initiated",
     {("Delft", "programma Werkroute Oost", None, False, "2021-01-01", None),
      ("Ede", "programma Werkroute Oost", None, False, "2021-01-01", None)}),
    ("Ede werkt sinds tweeduizend drieëntwintig samen met Platform31.", "collaboratesWith",
     {("Ede", "Platform31", None, False, "2023-01-01", None)}),
])
def test_a_year_in_words_dates_as_its_figures_do(text, predicate, expected):
    assert dated(text, "2025-09-11", predicate) == expected


def test_number_words():
    from graph.extract.periods import number_word

    assert [number_word(w) for w in ("een", "elf", "twintig", "tweeëntwintig", "eenendertig", "eerste", "tweede",
                                     "achtste", "twintigste", "eenendertigste", "keer")] == \
        [1, 11, 20, 22, 31, 1, 2, 8, 20, 31, None]


# --- "Zij volgde X op, die van 2021 tot 1 februari 2024 programmamanager was": the one succeeded's term ---

FOLLOWED = "Programmamanager van het programma Werkroute West is Ellen Vos. Zij volgde Frits Kamp op, die {} programmamanager was."


@pytest.mark.parametrize("when, expected", [
    ("van 2021 tot 1 februari 2024", (True, "2021-01-01", "2024-01-31")),
    ("in 2021", (True, None, None)),  # a time in which, no term
])
def test_the_relative_clause_of_the_one_succeeded_dates_their_post(when, expected):
    assert ("Frits Kamp", "programma Werkroute West", "programmamanager", *expected) in dated(FOLLOWED.format(when), "2024-09-16")


def test_a_start_in_the_relative_clause_of_the_one_succeeded_dates_their_post():
    text = ("Jelle Bos wordt per 1 januari 2026 directeur van Platform31. Hij volgt daar Tineke Kamp op, die sinds 2015 "
            "directeur was en met pensioen gaat.")
    assert ("Tineke Kamp", "Platform31", "directeur", True, "2015-01-01", "2025-12-31") in dated(text, "2025-11-23")


@pytest.mark.parametrize("then, since", [("sindsdien", "2024-02-01"), ("nu", None)])
def test_working_elsewhere_since_then_starts_the_day_after_the_term(then, since):
    text = FOLLOWED.format("van 2021 tot 1 februari 2024").replace(" was.", f" was en {then} werkt bij het ministerie van SZW.")
    assert dated(text, "2024-09-16", "affiliatedWith") == {("Frits Kamp", "SZW", None, False, since, None)}


# --- --as-of follows the dates ---

DOCUMENTS = {
    "biografie-veenstra": ("2025-02-01", "Marit Veenstra\n\n" + ELECTED
                           + "Veenstra bleef wethouder tot de verkiezingen van maart 2022.\n"),
    "college-zutphen": ("2024-05-01", TOWN + "Gemeentesecretaris Frits Olthof ging in 2023 met pensioen.\n"),
    "nieuws-zutphen": ("2025-09-18", QUOTED.format("in januari 2025 ") + "\n"),
    "besluit-zutphen": ("2025-11-01", "Waarneming Zutphen\n\n" + STANDING_IN.format("waarnemend ") + "\n"),
    "verslag-overleg": ("2023-11-09", "Verslag\n\n" + ATTENDED.format("per 1 december 2023 ") + "\n"),
    "jaarverslag-borne": ("2025-12-31", "Bestuur\n\n" + STEPPED_DOWN.format("op", "af") + "\n"),
    "besluit-pijler": ("2024-06-04", "Aanwijzing\n\n" + MEMBER_OF.format("Smit", "van 1 juni 2022 tot en met 31 mei 2024") + "\n"),
    "nieuws-assen": ("2024-01-10", "Assen doet mee\n\nAssen trad in 2019 toe tot de City Deal Schone Lucht.\n"),
    "akte-stadslab": ("2025-09-11", "Akte van oprichting\n\n" + APPOINTED.format("een oktober tweeduizend vijfentwintig") + "\n"),
    "begrippen-ghw": ("2024-09-16", "Begrippen\n\n" + FOLLOWED.format("van 2021 tot 1 februari 2024") + "\n"),
    "cv-kok": ("2024-01-10", "Eva Kok\n\n" + WORKED.format(" ") + "\n"),
    "geschiedenis-epe": ("2024-01-10", "Gemeente Epe\n\nBurgemeester Ad Kok was van 2015 tot 2021 in functie; in oktober "
                                       "2021 werd hij opgevolgd door Eva Smit.\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("r56t"), DOCUMENTS)


def test_as_of_follows_a_kept_post_a_retirement_and_a_successor(kg):
    assert ("Marit Veenstra", "2018-04-01", "2022-03") in unit_role_timeline(kg, "Zutphen", "wethouder", "--as-of", "2021-06-01")
    assert [r for r in unit_role_timeline(kg, "Zutphen", "wethouder", "--as-of", "2023-06-01") if r[0] == "Marit Veenstra"] == []
    assert unit_role_timeline(kg, "Zutphen", "gemeentesecretaris") == [("Frits Olthof", None, "2023")]
    assert unit_role_timeline(kg, "Zutphen", "gemeentesecretaris", "--as-of", "2024-06-01") == []  # retired, told in May 2024
    # the successor from the succession's day, where her post took the news item's date (September 2025)
    assert [r for r in unit_role_timeline(kg, "Zutphen", "wethouder", "--as-of", "2025-06-01") if r[0] in ("Sanne Mulder", "Henk Bakker")] \
        == [("Sanne Mulder", "2025-01-01", None)]


def test_as_of_follows_the_end_of_a_term_a_move_and_a_handover(kg):
    assert unit_role_timeline(kg, "Zutphen", "burgemeester", "--as-of", "2025-12-01") == [("Jan de Wit", "2025-02-01", "2025-12-08")]
    assert unit_role_timeline(kg, "SZW", "plaatsvervangend directeur", "--as-of", "2023-12-02") == []
    assert unit_role_timeline(kg, "Epe", "burgemeester", "--as-of", "2021-06-01") == [("Ad Kok", "2015-01-01", "2021-09-30")]
    assert unit_role_timeline(kg, "Platform31", "secretaris", "--as-of", "2005-06-01") == [("Eva Kok", "2002-01-01", "2009")]
    assert unit_role_timeline(kg, "Borne", "wethouder") == [("Gerben Smit", None, "2025-03-14")]
    assert unit_role_timeline(kg, "pijler Sociaal", "lid", "--as-of", "2023-06-01") == [("Jeroen Smit", "2022-06-01", "2024-05-31")]
    assert unit_role_timeline(kg, "pijler Sociaal", "lid", "--as-of", "2024-06-04") == []


def test_as_of_follows_a_joining_told_as_done(kg):
    import json

    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(kg), "ask", "members", "-p", "target=City Deal Schone Lucht",
                                      "--as-of", "2020-06-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["memberLabel"], r["relation"], r["start"]) for r in json.loads(result.output)["rows"]] == \
        [("Assen", "participatesIn", "2019-01-01")]


def test_as_of_follows_a_date_in_words(kg):
    assert unit_role_timeline(kg, "Platform31", "directeur", "--as-of", "2025-09-15") == []  # appointed from 1 October
    assert unit_role_timeline(kg, "Platform31", "directeur", "--as-of", "2025-10-15") == [("Erik Smit", "2025-10-01", None)]


def test_as_of_follows_the_term_of_the_one_succeeded(kg):
    assert unit_role_timeline(kg, "Werkroute West", "programmamanager", "--as-of", "2022-06-01") == \
        [("Frits Kamp", "2021-01-01", "2024-01-31")]
