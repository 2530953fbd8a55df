"""Round 41d: roles, people, successions and entities not recognised (second half)."""

from __future__ import annotations

import pytest

from graph.extract.sentences import split_sentences
from tests.extract_facts import facts


# --- a news title whose headline after the colon is a quotation ----------------------------------------

@pytest.mark.parametrize("title, heading", [
    ('Vijf jaar Themagroep Zorg Dichtbij: "We bouwen verder"', True),
    ("Vijf jaar Themagroep Zorg Dichtbij: “Samen komen we verder”", True),
    ('Zij zei: "We bouwen verder."', False),  # a sentence that quotes, no title
])
def test_a_title_with_a_quoted_headline_is_a_heading(title, heading):
    sentences = split_sentences(title + "\n\nDe themagroep kwam bijeen.")
    assert sentences[0].is_heading is heading


def test_the_unit_of_such_a_title_is_what_the_themagroep_is_later():
    text = ('Vijf jaar Themagroep Zorg Dichtbij: "We bouwen verder"\n\nDe Themagroep Zorg Dichtbij vierde haar '
            "verjaardag.\n\n## Contact\n\nNeem contact op met Wim Kalse, secretaris van de themagroep.")
    assert ("Wim Kalse", "hasRole", "Themagroep Zorg Dichtbij", "secretaris") in facts(text)
