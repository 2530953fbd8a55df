"""Round 55x: the time of facts, second pass (invented text, invented people and bodies).

- A title before a name is the post a clause "in functie" speaks of: "Burgemeester X van Y was in functie
  tot 2021" ends X's mayoralty on 2020-12-31 (a title is otherwise no fact the sentence dates).
- "X was sinds 2022 trekker van Z; dat trekkerschap is overgenomen door Y": Y succeeded X and holds the post,
  X's post is over; the handover is dated by its own clause alone, never by X's start.
- "Per 1 maart 2025 werd zij (daar) opgevolgd als vicevoorzitter door Y": she held that post until the day
  before, Y holds it from then, and her other posts in the body go on.

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.extract_facts import dated_relations

DATE = "2025-06-15"


@lru_cache(maxsize=None)
def dated(text: str, predicate: str = "hasRole", date: str = DATE) -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


# --- a titled holder "in functie": the clause's time is the title's ---

@pytest.mark.parametrize("text, expected", [
    ("Burgemeester Ad Kok van Zwolle was in functie tot 2021.", (True, None, "2020-12-31")),
    ("Burgemeester Ad Kok van Zwolle was van 2014 tot 2021 in functie.", (True, "2014-01-01", "2020-12-31")),
    ("Burgemeester Ad Kok van Zwolle is sinds 2021 in functie.", (False, "2021-01-01", None)),
])
def test_a_title_in_office_takes_the_time_of_its_clause(text, expected):
    assert dated(text) == {("Ad Kok", "Zwolle", "burgemeester", *expected)}


@pytest.mark.parametrize("text", [
    "Burgemeester Ad Kok van Zwolle opende in 2019 het nieuwe stadhuis.",  # another act, not the post
    "Burgemeester Ad Kok van Zwolle was in 2019 op bezoek in Ede.",  # "in" a place, not "in functie"
])
def test_a_title_with_another_predicate_stays_undated(text):
    assert dated(text) == {("Ad Kok", "Zwolle", "burgemeester", False, None, None)}


# --- "dat trekkerschap is overgenomen door Y": a handover of the post just named ---

HANDOVER = "Peter Wielinga was sinds 2022 trekker van de themagroep Armoede; dat trekkerschap WHEN overgenomen door Ilse Bosma."


def test_a_post_taken_over_is_over_for_its_holder_and_held_by_the_successor():
    text = HANDOVER.replace("WHEN", "is")
    assert dated(text) == {("Peter Wielinga", "themagroep Armoede", "trekker", True, "2022-01-01", None),
                           ("Ilse Bosma", "themagroep Armoede", "trekker", False, None, None)}
    # the succession takes no time from the holder's start
    assert dated(text, "succeeded") == {("Ilse Bosma", "Peter Wielinga", None, False, None, None)}


def test_a_dated_handover_ends_the_post_the_day_before():
    text = HANDOVER.replace("WHEN", "is per 1 maart 2025")
    assert dated(text) == {("Peter Wielinga", "themagroep Armoede", "trekker", True, "2022-01-01", "2025-02-28"),
                           ("Ilse Bosma", "themagroep Armoede", "trekker", False, "2025-03-01", None)}


def test_a_possessive_handover_is_not_dated_by_the_holders_start_either():
    text = HANDOVER.replace("dat trekkerschap WHEN", "haar taak is")
    assert ("Peter Wielinga", "themagroep Armoede", "trekker", True, "2022-01-01", None) in dated(text), dated(text)
    assert dated(text, "succeeded") == {("Ilse Bosma", "Peter Wielinga", None, False, None, None)}


def test_a_post_not_taken_over_goes_on():
    text = "Peter Wielinga is sinds 2022 trekker van de themagroep Armoede; dat trekkerschap heeft Ilse Bosma niet overgenomen."
    assert dated(text) == {("Peter Wielinga", "themagroep Armoede", "trekker", False, "2022-01-01", None)}
    assert dated(text, "succeeded") == frozenset()


# --- "werd zij opgevolgd als vicevoorzitter door Y": the office after the passive verb ---

MEMBER = "Sanne Kuiper is namens Heerlen lid van de pijler Sociaal. "


def test_a_passive_succession_as_an_office_ends_that_office_only():
    text = MEMBER + "Per 1 maart 2025 werd zij daar opgevolgd als vicevoorzitter door wethouder Bram Hoven (Breda)."
    found = {r for r in dated(text) if r[1] == "pijler Sociaal"}
    assert found == {("Sanne Kuiper", "pijler Sociaal", "lid", False, None, None),
                     ("Sanne Kuiper", "pijler Sociaal", "vicevoorzitter", True, None, "2025-02-28"),
                     ("Bram Hoven", "pijler Sociaal", "vicevoorzitter", False, "2025-03-01", None)}, found
    assert dated(text, "succeeded") == {("Bram Hoven", "Sanne Kuiper", None, False, "2025-03-01", None)}


def test_an_appointment_by_someone_is_no_succession():
    text = MEMBER + "Per 1 maart 2025 werd zij daar benoemd als vicevoorzitter door het bestuur."
    assert ("Sanne Kuiper", "pijler Sociaal", "vicevoorzitter", False, "2025-03-01", None) in dated(text), dated(text)
    assert dated(text, "succeeded") == frozenset()


# --- --as-of follows the dates ---

DOCUMENTS = {
    "geschiedenis-zwolle": ("2024-09-03", "Geschiedenis van het college van Zwolle\n\n"
                                "Burgemeester Ad Kok van Zwolle was van 2014 tot 2021 in functie.\n"),
    "rooster-pijler-sociaal": ("2025-06-15", "Rooster van aftreden\n\n" + HANDOVER.replace("WHEN", "is per 1 maart 2025") + "\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from tests.documents import built_from

    return built_from(tmp_path_factory.mktemp("r55x"), DOCUMENTS)


def _roles(kg, unit, role, *window):
    from tests.documents import unit_role_timeline

    return unit_role_timeline(kg, unit, role, *window)


def test_as_of_follows_a_term_in_office_and_a_handover(kg):
    # "tot 2021": the end of 2020, shown to the year
    assert _roles(kg, "Zwolle", "burgemeester", "--as-of", "2020-06-01") == [("Ad Kok", "2014-01-01", "2020")]
    assert _roles(kg, "Zwolle", "burgemeester", "--as-of", "2022-06-01") == []
    assert _roles(kg, "themagroep Armoede", "trekker", "--as-of", "2025-02-01") == \
        [("Peter Wielinga", "2022-01-01", "2025-02-28")]
    assert _roles(kg, "themagroep Armoede", "trekker", "--as-of", "2025-04-01") == [("Ilse Bosma", "2025-03-01", None)]
