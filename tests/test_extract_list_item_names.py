"""Where a listed name with "en" in it ends: the names the document uses elsewhere decide (round 44e).

"drie themagroepen: Armoede, Jeugd en Zorg en Wonen" can end in "Jeugd en Zorg", "Wonen" or in "Jeugd",
"Zorg en Wonen"; the markup that bounded the items ("**Jeugd**") is gone from the text, but "de
themagroep Jeugd" further on names the item. With no such name the split that makes the names most
alike in length wins, as before.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def parts(text: str) -> list[str]:
    return sorted(r.subject.label for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.rule == "relations.list-item-part")


@pytest.mark.parametrize("text, expected", [
    ("De pijler Sociaal werkt met drie themagroepen: Armoede, Jeugd en Zorg en Wonen. "
     "Eva Smit is trekker van de themagroep Jeugd.",
     ["Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg en Wonen"]),
    # the other split, when the document names that one
    ("De pijler Sociaal werkt met drie themagroepen: Armoede, Jeugd en Zorg en Wonen. "
     "Eva Smit is trekker van de themagroep Wonen.",
     ["Themagroep Armoede", "Themagroep Jeugd en Zorg", "Themagroep Wonen"]),
    # "de themagroep Jeugd en de pijler": the name still ends at "Jeugd"
    ("De pijler Sociaal werkt met drie themagroepen: Armoede, Jeugd en Zorg en Wonen. "
     "Eva Smit sprak met de themagroep Jeugd en de pijler.",
     ["Themagroep Armoede", "Themagroep Jeugd", "Themagroep Zorg en Wonen"]),
])
def test_the_names_used_elsewhere_split_a_list(text, expected):
    assert parts(text) == expected
