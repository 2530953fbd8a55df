"""People who take part on behalf of an organisation ("Namens de G40 nemen A en B deel aan X") each take
part in X, as the development sets' gold has it (heldout25: the towns named take part and the G40's own
participation is optional; heldout28: the person named, or else the G40); walkthrough 21, leftover 3.
Invented people."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def taking_part(text: str) -> set[tuple[str, str]]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2026-11-20")
    return {(r.subject.label, r.object.label) for r in extraction.relations if r.predicate == "participatesIn"}


@pytest.mark.parametrize("text", [
    "Namens de G40 nemen Anna Smit en Piet Kok deel aan de City Deal Kennis Maken.",
    "Namens de G40 nemen wethouder Anna Smit (Breda) en wethouder Piet Kok (Zwolle) deel aan de City Deal Kennis Maken.",
], ids=["names", "roles-and-towns"])
def test_each_person_listed_takes_part(text):
    assert taking_part(text) == {("Anna Smit", "City Deal Kennis Maken"), ("Piet Kok", "City Deal Kennis Maken")}


def test_a_list_with_other_words_between_the_names_is_no_list_of_participants():
    found = taking_part("Anna Smit met Breda en Piet Kok nemen deel aan de City Deal Kennis Maken.")
    assert not {person for person, _ in found} & {"Anna Smit", "Piet Kok"}, found
