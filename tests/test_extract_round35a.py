"""Round 35a: participation where both sides are named, read from layout (tables, lists, sessions)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _participants(text: str, programme: str) -> set[str]:
    return {f[0] for f in facts(text) if f[1] == "participatesIn" and f[2] == programme}


# --- a table of who receives the programme's money ---------------------------------------------

_PAID = ("Twaalf steden krijgen geld\n\n"
         "Het geld komt uit de nieuwe Impulsregeling Groene Wijken van het ministerie.\n\n"
         "Verdeling\n\n"
         "{lead}\n\n"
         "| Gemeente | Wijk | Bijdrage |\n|---|---|---|\n"
         "| Almelo | Kerkelanden | € 2,6 miljoen |\n| Venlo | Venlo-Oost | € 2,8 miljoen |\n")


@pytest.mark.parametrize("lead", [
    "De volgende twaalf steden ontvangen een bijdrage voor de periode 2025–2027:",
    "Deze gemeenten krijgen een rijksbijdrage:",
    "In de eerste tranche gaan de bijdragen naar:",
])
def test_table_of_towns_that_receive_the_programme_money(lead):
    found = _participants(_PAID.format(lead=lead), "Impulsregeling Groene Wijken")
    assert found == {"Almelo", "Venlo"}, found


@pytest.mark.parametrize("lead", [
    "De volgende steden ontvangen geen bijdrage:",  # denied
    "De bijdragen per gemeente:",  # says who gets how much of what, not that they take part
])
def test_table_after_another_lead_in_states_no_participation(lead):
    assert _participants(_PAID.format(lead=lead), "Impulsregeling Groene Wijken") == set()


def test_recipients_of_an_unnamed_programme_when_the_text_names_two():
    text = _PAID.format(lead="De volgende steden ontvangen een bijdrage:").replace(
        "van het ministerie.", "en het Nationaal Isolatieprogramma.")
    assert not any(f[1] == "participatesIn" for f in facts(text))


def test_list_of_towns_that_receive_the_programme_money():
    text = ("Nieuws\n\nDe Regio Deal Twente helpt de regio vooruit.\n\nDe volgende gemeenten krijgen een bijdrage:\n\n"
            "- Gemeente Almelo\n- Gemeente Hengelo\n")
    assert _participants(text, "Regio Deal Twente") == {"Almelo", "Hengelo"}
