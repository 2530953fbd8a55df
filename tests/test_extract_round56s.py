"""Round 56s: the time of facts heldout41 found without it (invented text, invented programmes and people).

Joining told as done with its date starts the participation ("Oosterzand en Velde sloten zich in 2016 bij het
akkoord aan", each of the two); "in datzelfde jaar" after a dated sentence is that date's year ("Dat programma was
in datzelfde jaar gestart op initiatief van A en B"); and "sinds de start", "sinds de ondertekening" is the date of
the start or signing told just before; "Zijn opvolger, Y, zette per 1 januari 2024 het werk voort" dates the
succession. And two of heldout41's names: a bureau named with its legal form ("Bureau Kompasroos B.V.") and
later without it, and a local party after "lid van de gemeenteraad voor" and "fractievoorzitter van". Each rule
has a case that fires and a near miss it must leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, facts, mentions


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2025-06-02") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


# --- joining told as done with its date: the participation starts then ---------------------------------------

def test_towns_that_joined_in_a_year_take_part_from_that_year_each():
    text = "Het Werkakkoord Rivierland bestaat sinds 2014. Ede en Tiel sloten zich in 2016 bij het Werkakkoord Rivierland aan.\n"
    assert {(s, since) for s, o, _, _, since, _ in dated(text, "participatesIn") if o == "Werkakkoord Rivierland"} == {
        ("Ede", "2016-01-01"), ("Tiel", "2016-01-01")}


def test_joining_in_a_month_with_the_verb_first_and_in_the_perfect():
    inverted = "In maart 2021 sloot Culemborg zich aan bij de City Deal Groene Kernen.\n"
    perfect = "Culemborg heeft zich in 2021 aangesloten bij de City Deal Groene Kernen.\n"
    assert {(s, o, since) for s, o, _, _, since, _ in dated(inverted, "participatesIn")} == {
        ("Culemborg", "City Deal Groene Kernen", "2021-03-01")}
    assert {(s, o, since) for s, o, _, _, since, _ in dated(perfect, "participatesIn")} == {
        ("Culemborg", "City Deal Groene Kernen", "2021-01-01")}


def test_joining_without_a_date_or_still_to_come_has_no_start():
    plain = "Ede en Tiel sluiten zich aan bij het Werkakkoord Rivierland.\n"
    planned = "Culemborg zal zich in 2026 aansluiten bij de City Deal Groene Kernen.\n"
    assert {(s, since) for s, _, _, _, since, _ in dated(plain, "participatesIn")} == {("Ede", None), ("Tiel", None)}
    assert all(since is None for *_, since, _ in dated(planned, "participatesIn"))


# --- "in datzelfde jaar": the year written just before --------------------------------------------------------

def test_a_start_in_the_same_year_as_the_sentence_before_dates_its_initiators():
    text = ("Per 1 mei 2017 kwam zij naar Tiel als programmamanager van de Rivierlandse Werkroute. Dat programma was "
            "in datzelfde jaar gestart op initiatief van de gemeenten Tiel en Culemborg.\n")
    assert {(s, since) for s, _, _, _, since, _ in dated(text, "initiated", "2023-10-09")} == {
        ("Tiel", "2017-01-01"), ("Culemborg", "2017-01-01")}


def test_the_same_year_with_no_year_before_dates_nothing():
    text = ("Zij kwam naar Tiel als programmamanager van de Rivierlandse Werkroute. Dat programma was in datzelfde "
            "jaar gestart op initiatief van de gemeenten Tiel en Culemborg.\n")
    found = dated(text, "initiated", "2023-10-09")
    assert {s for s, *_ in found} == {"Tiel", "Culemborg"}
    assert {since for *_, since, _ in found} == {None}


# --- "sinds de start", "sinds de ondertekening": the act told just before ---------------------------------------

def test_a_partner_since_the_start_takes_the_start_told_before():
    text = ("Het Actieprogramma Wijkzorg Oost is in oktober 2024 gestart door het ministerie van VWS. "
            "Platform31 is sinds de start partner.\n")
    assert ("Platform31", "Actieprogramma Wijkzorg Oost", None, False, "2024-10-01", None) in dated(
        text, "participatesIn")


def test_a_chair_since_the_signing_takes_the_signing_not_a_later_date_between():
    text = ("De Woondeal Regio Maasland is in april 2023 ondertekend door de provincie Limburg en de gemeenten Venlo "
            "en Venray. Sinds juli 2024 volgt het ministerie van VRO de uitvoering. De woondeal wordt aangestuurd "
            "door een regietafel, die sinds de ondertekening wordt voorgezeten door wethouder Bram Geurts van Venlo.\n")
    roles = {(s, role, since) for s, _, role, _, since, _ in dated(text, "hasRole", "2025-09-30")}
    assert ("Bram Geurts", "voorzitter", "2023-04-01") in roles
    assert ("Bram Geurts", "wethouder", None) in roles


def test_since_the_start_without_a_dated_start_before_dates_nothing():
    text = "Het Actieprogramma Wijkzorg Oost werkt aan zorg in de buurt. Platform31 is sinds de start partner.\n"
    assert ("Platform31", "Actieprogramma Wijkzorg Oost", None, False, None, None) in dated(text, "participatesIn")


# --- a bureau named with its legal form, later by its name alone -------------------------------------------------

LETTERHEAD = "BUREAU KOMPASROOS B.V.\nLange Gracht 12 · 3511 AB Utrecht\n\n"
SIGNED = "\n\nMet vriendelijke groet,\n\nBureau Kompasroos B.V.\n"


def test_a_bureau_with_its_legal_form_is_named_without_it_later():
    text = LETTERHEAD + "Projectleider is mevrouw drs. Anna de Wit, senior adviseur bij Kompasroos." + SIGNED
    # (the entity's label is its letterhead's spelling, as before this rule)
    assert facts(text, "2025-06-17") == {("Anna de Wit", "hasRole", "BUREAU KOMPASROOS B.V.", "senior adviseur")}


def test_the_bare_name_without_the_legal_form_name_is_no_organisation():
    text = "Projectleider is mevrouw drs. Anna de Wit, senior adviseur bij Kompasroos.\n"
    assert mentions(text, "Organisation") == []


# --- a local party named after its town, as the party one sits in the council for -------------------------------

def test_the_party_of_a_council_seat_is_an_organisation_and_holds_its_fraction_chair():
    text = ("Jan Kroes was van 2006 tot 2014 lid van de gemeenteraad voor Tiel Samen Verder. "
            "Ayla Demir, oud-fractievoorzitter van Tiel Samen Verder, schreef een bijdrage.\n")
    assert mentions(text, "Organisation", "2025-03-14") == ["Tiel Samen Verder", "Tiel Samen Verder"]
    assert ("Ayla Demir", "hasRole", "Tiel Samen Verder", "fractievoorzitter") in facts(text, "2025-03-14")


def test_a_fraction_chair_of_the_town_alone_is_no_party():
    text = "Ayla Demir, fractievoorzitter van Tiel, schreef een bijdrage.\n"
    assert mentions(text, "Organisation", "2025-03-14") == []


# --- "Zijn opvolger, Y, zette per <date> het werk voort": the handover's day ------------------------------------

PREDECESSOR = "Als voorzitter van de raad van toezicht was Henk Wessels kritisch en betrokken. "


def test_a_successor_in_apposition_takes_over_on_the_day_the_clause_after_it_gives():
    text = PREDECESSOR + "Zijn opvolger, Karel Vos, zette per 1 januari 2024 het werk voort.\n"
    assert dated(text, "succeeded", "2025-03-14") == {("Karel Vos", "Henk Wessels", None, False, "2024-01-01", None)}


def test_a_successor_in_apposition_without_a_date_after_it_has_no_day():
    text = PREDECESSOR + "Zijn opvolger, Karel Vos, was eerder wethouder in Raalte.\n"
    assert dated(text, "succeeded", "2025-03-14") == {("Karel Vos", "Henk Wessels", None, False, None, None)}
