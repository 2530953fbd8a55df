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
