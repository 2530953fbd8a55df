"""Round 60s: heldout44's, heldout43's and heldout42's rest (invented text, invented bodies and people).

A succession told with a courtesy title before the one succeeded ("volgt op 1 maart 2025 de heer X op als
voorzitter"); a start without its year far after a January letter's date, told as done ("Met ingang van 1
november is X de nieuwe vicevoorzitter"), is of the year before; "In oktober namen we afscheid van onze vicevoorzitter X" ends X's office in that month, and "X verliet het bureau in november voor een nieuwe baan bij Y" in November of the
year before and makes X work at Y; "Dagvoorzitter is X (wethouder Heerlen)" after the event's name: X takes part in the event and
is no dagvoorzitter of Heerlen; "X heeft de themagroep zes jaar getrokken" makes X its trekker, past; "Zij blijft daarnaast, samen met Y (Ede), trekker van Z": she is trekker too. Each rule has a case that fires and a near miss it must leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2025-01-08") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _pairs(text: str, predicate: str, date: str = "2025-01-08") -> set[tuple[str, str]]:
    return {(s, o) for s, o, *_ in dated(text, predicate, date)}


# --- "volgt op 1 maart 2025 de heer X op": a courtesy title before the one succeeded ---------------------------------

def test_a_courtesy_title_before_the_one_succeeded_keeps_the_succession_and_its_day():
    for title in ("de heer ", "mevrouw "):
        text = f"De heer Jan Bos volgt op 1 maart 2025 {title}Piet Kok op als voorzitter van de auditcommissie.\n"
        assert ("Jan Bos", "Piet Kok", None, False, "2025-03-01", None) in dated(text, "succeeded"), text
        roles = {(s, f, u) for s, o, role, past, f, u in dated(text, "hasRole") if role == "voorzitter"}
        assert roles == {("Jan Bos", "2025-03-01", None), ("Piet Kok", None, "2025-02-28")}, (text, roles)


def test_a_courtesy_title_after_another_verb_is_no_succession():
    for text in ("De heer Jan Bos volgt op 1 maart 2025 de heer Piet Kok naar de vergadering.\n",
                 "De heer Jan Bos spreekt op 1 maart 2025 de heer Piet Kok aan als voorzitter.\n"):
        assert not dated(text, "succeeded"), text


# --- "Met ingang van 1 november is X de nieuwe vicevoorzitter" in a letter of January -----------------------------------

_REVIEW = "Komen en gaan\n\n{} Eva Smit, wethouder Wonen in Breda, de nieuwe vicevoorzitter van de pijler Fysiek.\n"


def _vice(opening: str) -> set:
    return {(f, u) for s, o, role, past, f, u in dated(_REVIEW.format(opening), "hasRole") if role == "vicevoorzitter"}


def test_a_start_without_its_year_nine_months_after_a_review_is_of_the_year_before():
    for opening in ("Met ingang van 1 november is", "Per 1 december is"):
        expected = "2024-11-01" if "november" in opening else "2024-12-01"
        assert _vice(opening) == {(expected, None)}, opening


def test_an_announced_start_a_near_one_or_one_with_its_year_keeps_its_year():
    assert _vice("Met ingang van 1 november wordt") == {("2025-11-01", None)}  # announced
    assert _vice("Met ingang van 1 maart is") == {("2025-03-01", None)}  # within nine months
    assert _vice("Met ingang van 1 november 2025 is") == {("2025-11-01", None)}  # its year written


# --- "In oktober namen we afscheid van onze vicevoorzitter X" ------------------------------------------------------------

_LETTER = "Nieuwjaarsbrief\n\nAan de leden van de G40-pijler Fysiek\n\n{}\n"


def _vice_of(sentence: str) -> set:
    return {(past, f, u) for s, o, role, past, f, u in dated(_LETTER.format(sentence), "hasRole")
            if role == "vicevoorzitter" and s == "Eva Smit"}


def test_a_farewell_told_as_done_ends_the_office_named_before_the_name_in_its_month():
    assert _vice_of("In oktober namen we afscheid van onze vicevoorzitter Eva Smit (Breda).") == {(True, None, "2024-10-31")}
    assert _vice_of("In mei 2024 hebben wij afscheid genomen van onze vicevoorzitter Eva Smit.") == {(True, None, "2024-05-31")}


def test_a_farewell_planned_or_of_something_else_leaves_the_office_open():
    for sentence in ("We nemen in oktober afscheid van onze vicevoorzitter Eva Smit.",
                     "In oktober namen we afscheid van de VNG; onze vicevoorzitter Eva Smit sprak.",
                     "In oktober spraken we met onze vicevoorzitter Eva Smit (Breda)."):
        assert _vice_of(sentence) == {(False, None, None)}, sentence


# --- "X verliet het bureau in november voor een nieuwe baan bij het IPO" -------------------------------------------------

def test_leaving_in_a_month_for_a_new_job_ends_the_post_then_and_names_the_new_employer():
    text = "Secretaris Eva Kok verliet de VNG in november voor een nieuwe baan bij het IPO.\n"
    assert dated(text, "hasRole") == {("Eva Kok", "VNG", "secretaris", True, None, "2024-11-30")}
    assert dated(text, "affiliatedWith") == {("Eva Kok", "IPO", None, False, "2024-11-01", None)}  # from then


def test_leaving_for_a_job_is_not_leaving_its_employer_and_a_job_in_another_sentence_is_none():
    text = "Secretaris Eva Kok verliet de VNG, en Jan Bos vertrok voor een nieuwe baan bij het IPO.\n"
    assert ("Jan Bos", "IPO", None, False, None, None) in dated(text, "affiliatedWith")
    assert not {r for r in dated(text, "affiliatedWith") | dated(text, "hasRole") if r[1] == "IPO" and r[3]}
    text = "Secretaris Eva Kok verliet de VNG per 1 mei 2024 voor een nieuwe baan bij het IPO.\n"  # the job from then on
    assert dated(text, "affiliatedWith") == {("Eva Kok", "IPO", None, False, "2024-05-01", None)}
    text = "Secretaris Eva Kok verliet de VNG in november. Zij solliciteerde voor een nieuwe baan bij het IPO.\n"
    assert not {r for r in dated(text, "affiliatedWith") if r[1] == "IPO"}
    text = "Secretaris Eva Kok verlaat de VNG in november.\n"  # announced: no month of the year before
    assert {(o, u) for s, o, role, past, f, u in dated(text, "hasRole")} == {("VNG", None)}


# --- "Dagvoorzitter is X" after the event's name --------------------------------------------------------------------

_PRESS = ("Persbericht\n\nDe lanceringsbijeenkomst Groene Wijken wordt georganiseerd door de G40 en vindt plaats in "
          "Heerlen. {}\n")


def test_a_host_named_by_a_copula_takes_part_in_the_event_named_before_and_holds_no_role_at_the_bracket():
    text = _PRESS.format("Dagvoorzitter is Lisa Wouters (wethouder Heerlen).")
    assert ("Lisa Wouters", "lanceringsbijeenkomst Groene Wijken") in _pairs(text, "participatesIn")
    assert {(o, role) for s, o, role, *_ in dated(text, "hasRole") if s == "Lisa Wouters"} == {("Heerlen", "wethouder")}


def test_a_chair_by_a_copula_or_a_host_word_as_a_subject_is_no_host():
    text = _PRESS.format("Voorzitter is Lisa Wouters.")
    assert ("Lisa Wouters", "lanceringsbijeenkomst Groene Wijken") not in _pairs(text, "participatesIn")
    text = _PRESS.format("Een dagvoorzitter is nog niet bekend; Lisa Wouters spreekt.")
    assert ("Lisa Wouters", "lanceringsbijeenkomst Groene Wijken") not in _pairs(text, "participatesIn")


# --- "X (Emmen) heeft de themagroep zes jaar getrokken" ---------------------------------------------------------------

_GROUP = "Nieuwsbrief\n\nOok bij de themagroep Wonen was er een wisseling. {}\n"


def test_having_led_a_unit_in_the_perfect_makes_its_trekker_past():
    text = _GROUP.format("Eva Smit (Ede) heeft de themagroep zes jaar getrokken, van 2018 tot en met 2024.")
    assert ("Eva Smit", "de themagroep", "trekker", True, "2018-01-01", "2024-12-31") in dated(text, "hasRole")


def test_another_object_of_getrokken_or_a_denial_is_no_trekker():
    for sentence in ("Eva Smit heeft de stekker uit de themagroep getrokken.",
                     "Eva Smit heeft de aandacht van de themagroep getrokken.",
                     "Eva Smit heeft de themagroep nooit getrokken."):
        assert not {r for r in dated(_GROUP.format(sentence), "hasRole") if r[2] == "trekker"}, sentence


# --- "Zij blijft daarnaast, samen met Y (Ede), trekker van de themagroep Z" ---------------------------------------------

def _trekkers(text: str) -> set:
    return {s for s, o, role, *_ in dated(text, "hasRole") if role == "trekker" and o == "themagroep Wonen"}


def test_the_subject_of_a_shared_role_in_an_aside_between_commas_holds_it_too_also_as_a_pronoun():
    assert _trekkers("Eva Smit is, samen met Jan Bos (Ede), trekker van de themagroep Wonen.\n") == {"Eva Smit", "Jan Bos"}
    text = "Eva Smit is wethouder in Breda. Zij blijft daarnaast, samen met Jan Bos (Ede), trekker van de themagroep Wonen.\n"
    assert _trekkers(text) == {"Eva Smit", "Jan Bos"}


def test_an_apposition_a_pronoun_of_two_or_another_verb_shares_no_role():
    for text in ("Eva Smit is wethouder in Breda. Zij sprak met Jan Bos, trekker van de themagroep Wonen.\n",
                 "Eva Smit is wethouder in Breda. Zij is samen met Jan Bos, trekker van de themagroep Wonen, naar Den Haag gegaan.\n",
                 "Eva Smit en Piet Kok zijn wethouders. Zij blijft daarnaast, samen met Jan Bos (Ede), trekker van de themagroep Wonen.\n"):
        assert _trekkers(text) == {"Jan Bos"}, text
    text = "Wethouder Jan Kok (Venlo) is sinds 2019 trekker van de themagroep Wonen, samen met Eva Smit, wethouder in Ede.\n"
    assert {(s, o) for s, o, role, *_ in dated(text, "hasRole") if role == "wethouder"} == {("Jan Kok", "Venlo"), ("Eva Smit", "Ede")}
