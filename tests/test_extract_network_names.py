"""Round 46h: learning networks named in lower case after their kind word, the name ending by the grammar of
a Dutch noun phrase (fictional documents)."""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, mentions


@pytest.mark.parametrize("text, expected", [
    ("Breda en Zwolle nemen deel aan het leernetwerk hittebestendige wijken van de G40.",
     ["leernetwerk hittebestendige wijken"]),
    ("De gemeente Ede sluit aan bij de community of practice circulaire bouw, die in 2025 startte.",
     ["community of practice circulaire bouw"]),
    ("Het kennisnetwerk armoede en schulden komt vier keer per jaar bijeen.", ["kennisnetwerk armoede en schulden"]),
    ("Het kennisnetwerk sociaal domein adviseert de pijler.", ["kennisnetwerk sociaal domein"]),
    # the verb after the head is no part of the name
    ("Het kennisnetwerk armoede groeit snel.", ["kennisnetwerk armoede"]),
    ("Het lerend netwerk aardgasvrije wijken startte in 2024.", ["lerend netwerk aardgasvrije wijken"]),
    # a capitalised name goes on over "op de"
    ("Het ministerie van VRO heeft het Leernetwerk Regie op de Volkshuisvesting opgezet.",
     ["Leernetwerk Regie op de Volkshuisvesting"]),
])
def test_network_names_end_where_dutch_ends_them(text, expected):
    assert mentions(text, "Programme", date="2026-03-03") == expected


@pytest.mark.parametrize("text, expected", [
    ("De ervaringen in het leernetwerk laten zien dat het werkt.", ["leernetwerk"]),
    ("Platform31 begeleidt dit leernetwerk in opdracht van het ministerie.", ["leernetwerk"]),
    ("Het netwerk groeit snel. Ook in het netwerk van de VNG is er aandacht voor.", []),
])
def test_no_name_where_a_verb_or_preposition_follows_the_kind(text, expected):
    assert mentions(text, "Event", date="2026-03-03") == expected


def test_the_named_network_is_what_cities_take_part_in():
    assert_facts("Breda, Zwolle en Deventer nemen deel aan het leernetwerk hittebestendige wijken.", {
        ("Breda", "participatesIn", "leernetwerk hittebestendige wijken", None),
        ("Zwolle", "participatesIn", "leernetwerk hittebestendige wijken", None),
        ("Deventer", "participatesIn", "leernetwerk hittebestendige wijken", None),
    }, date="2026-03-03")
