"""A deal word followed by an infinitive with "te" ("uit de City Deal te stappen") is the deal
already named, not a deal called "te stappen"; a deal whose name follows stays named."""

from __future__ import annotations


def programmes(text: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted({(m.text, m.label) for m in extract("d", text, gazetteer=load_gazetteer()).mentions
                   if m.type == "Programme"})


def test_an_infinitive_after_the_deal_is_no_name():
    text = ("Ede is penvoerder van de City Deal Stille Pleinen. Mevrouw Jansen vraagt het college uit de City Deal "
            "te stappen. Zij wil ook weten of de City Deal te duur is.")
    found = programmes(text)
    assert {label for _, label in found} == {"City Deal Stille Pleinen"}, found


def test_a_named_deal_after_the_deal_word_stays_named():
    found = programmes("Zij vraagt of Ede uit de City Deal Stille Pleinen stapt.")
    assert found == [("City Deal Stille Pleinen", "City Deal Stille Pleinen")], found
