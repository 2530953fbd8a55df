"""A raadscommissie's verslag: the wethouder's answers ("X is sinds 2023 penvoerder van de City Deal.
Partners zijn A en B.") state who leads and who takes part; a member's question ("vraagt tot slot of
X ook meedoet aan …") states nothing."""

from __future__ import annotations

import pytest


def facts(text: str) -> list[tuple[str, str, str, str | None]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.text, r.valid_from)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-02-06").relations)


ANSWER = "Agendapunt 4. De City Deal Stille Pleinen\n\n- Ede is {when}penvoerder van de City Deal. {partners}\n"


def test_a_dated_penvoerder_leads_from_that_day():
    found = facts(ANSWER.format(when="sinds 1 januari 2023 ", partners=""))
    assert ("de City Deal", "ledBy", "Ede", "2023-01-01") in found, found


def test_the_partners_after_a_penvoerder_take_part_in_the_deal_led():
    found = facts(ANSWER.format(when="", partners="Partners zijn Hoorn, Zaanstad en het ministerie van Economische Zaken."))
    taking_part = [(s, o) for s, p, o, _ in found if p == "participatesIn"]
    assert taking_part == [("Economische Zaken", "de City Deal"), ("Hoorn", "de City Deal"),
                           ("Zaanstad", "de City Deal")], found


def test_bare_partners_after_a_sentence_that_leads_nothing_are_nobodys():
    text = "Agendapunt 4. De City Deal Stille Pleinen\n\n- Ede is blij met de City Deal. Partners zijn Hoorn en Zaanstad.\n"
    assert [f for f in facts(text) if f[1] == "participatesIn"] == [], facts(text)


@pytest.mark.parametrize("question", [
    "De heer Jansen vraagt tot slot of Ede ook meedoet aan het programma Stille Pleinen.",
    "Mevrouw Bos vraagt ook of Ede meedoet aan het programma Stille Pleinen.",
    "Mevrouw Bos wil nog weten of Ede meedoet aan het programma Stille Pleinen.",
], ids=["tot-slot", "ook", "nog-weten"])
def test_a_members_question_states_no_participation(question):
    assert [f for f in facts(question) if f[1] == "participatesIn"] == [], facts(question)


def test_an_answer_after_the_question_still_states_it():
    text = "De heer Jansen vraagt tot slot wat Ede doet. Ede doet mee aan het programma Stille Pleinen."
    assert [(s, o) for s, p, o, _ in facts(text) if p == "participatesIn"] == [("Ede", "programma Stille Pleinen")]
