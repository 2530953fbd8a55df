"""Round 49f: the wrong and missed facts of walkthrough 24 (a programmasecretaris of a G40 pijler) — a
chair's succession in three wordings, a PDF table's header row, "Sindsdien", moves between towns and
themagroepen, a contact's takeover, "blijft/bleef". Invented people and sentences."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations

# --- a pijler chair's succession, in three wordings ---------------------------------------------------------

CHAIR_SUCCESSIONS = [
    "Per 1 juli 2025 volgt wethouder Rob Aalders (Tilburg) wethouder Mieke Zand (Zwolle) op als bestuurlijk "
    "voorzitter van de pijler Fysiek Domein van de G40.",
    "Per 1 juli 2025 nam wethouder Rob Aalders (Tilburg) het bestuurlijk voorzitterschap van de pijler Fysiek Domein "
    "over van wethouder Mieke Zand (Zwolle).",
    "Bestuurlijk voorzitter van de pijler Fysiek Domein was tot 1 juli 2025 Mieke Zand (Zwolle) en vanaf 1 juli 2025 "
    "Rob Aalders (Tilburg).",
]


@pytest.mark.parametrize("sentence", CHAIR_SUCCESSIONS, ids=["volgt-titled-op-als", "nam-voorzitterschap-over-van",
                                                             "tot-en-vanaf"])
def test_a_pijler_chair_succession_dates_both_terms_and_the_succession(sentence):
    text = f"Jaarverslag\n\n12 januari 2026\n\n{sentence}\n"
    chairs = {(s, o, v_from, v_until) for s, o, role, _, v_from, v_until in dated_relations(text, "2026-01-12")
              if role == "voorzitter"}
    assert chairs == {("Rob Aalders", "pijler Fysiek Domein", "2025-07-01", None),
                      ("Mieke Zand", "pijler Fysiek Domein", None, "2025-06-30")}
    successions = {(s, o, v_from) for s, o, _, _, v_from, _ in dated_relations(text, "2026-01-12", "succeeded")}
    assert successions == {("Rob Aalders", "Mieke Zand", "2025-07-01")}


def test_a_bestuurlijk_voorzitter_is_a_voorzitter():
    text = "Nieuws\n\n12 juni 2025\n\nRob Aalders is bestuurlijk voorzitter van de pijler Fysiek Domein.\n"
    assert {(s, o, role) for s, o, role, *_ in dated_relations(text, "2025-06-12")} == \
        {("Rob Aalders", "pijler Fysiek Domein", "voorzitter")}
