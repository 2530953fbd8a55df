"""Round 34d: the ninth walkthrough's wrong and missing facts, read as rules of Dutch (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts

# --- A2: an announced step-down, and "Y volgt haar op" ----------------------------------------------

_MINUTES = ("# Verslag overleg Themagroep Wonen\n\n12 maart 2023\n\n"
            "**Aanwezig:** A. Kok (Breda, voorzitter), P. Smit (Delft)\n\n## 1. Mededelingen\n")


@pytest.mark.parametrize("announcement", [
    "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt als voorzitter van de themagroep. "
    "Ingrid Bos volgt hem op als voorzitter van de Themagroep Wonen.",
    "De voorzitter meldt dat hij per 1 april 2023 aftreedt. Ingrid Bos volgt hem op als voorzitter van de Themagroep Wonen.",
    "Arjen Kok deelt mee dat hij per 1 april 2023 terugtreedt als voorzitter. "
    "Per 1 april volgt Ingrid Bos hem op als voorzitter van de Themagroep Wonen.",
])
def test_successor_of_an_announced_step_down_starts_on_its_day(announcement):
    text = _MINUTES + announcement
    chair = "Arjen Kok" if announcement.startswith("Arjen") else "A. Kok"
    if chair == "Arjen Kok":
        text = text.replace("A. Kok (", "Arjen Kok (")
    assert ("Ingrid Bos", "succeeded", chair, None) in facts(text, "2023-03-12"), facts(text, "2023-03-12")
    roles = {(s, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2023-03-12") if o.endswith("Wonen") and role == "voorzitter"}
    assert {(chair, None, "2023-03-31"), ("Ingrid Bos", "2023-04-01", None)} <= roles, roles
    assert not any(s == "Ingrid Bos" and valid_from != "2023-04-01" for s, valid_from, _ in roles), roles
    assert not any(s == chair and valid_from for s, valid_from, _ in roles), roles


@pytest.mark.parametrize("announcement", [
    # two chairs named before: whom "de voorzitter" is, is not clear
    "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem op.",
    # no one stepping down is the subject of the sentence before
    "De themagroep bespreekt de begroting. Ingrid Bos volgt hem op.",
    "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem niet op.",
])
def test_no_succession_without_a_clear_predecessor(announcement):
    text = _MINUTES.replace("P. Smit (Delft)", "P. Smit (Delft, voorzitter)") + announcement \
        if "volgt hem op." in announcement and "terugtreedt" in announcement else _MINUTES + announcement
    assert not any(f[1] == "succeeded" for f in facts(text, "2023-03-12")), facts(text, "2023-03-12")
