"""The names in apposition to a plural role word (round 43b): "namens de trekkers, A (Zwolle) en B
(Tilburg), nodig ik u uit" gives each the role, in the unit the passage is about; a list that does not
close its apposition ("de trekkers, A en B en de leden") gives none.
"""

from __future__ import annotations

import pytest


def roles(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-03-01").relations
                  if r.predicate == "hasRole")


PAGE = "Themagroep Wonen\n\n{}"


def test_each_name_of_a_plural_role_apposition_holds_the_role():
    text = PAGE.format("Hierbij nodig ik u namens de trekkers, Eva Smit (Ede) en Jan Kok (Breda), uit voor het overleg.")
    assert roles(text) == [("Eva Smit", "Themagroep Wonen", "trekker"), ("Jan Kok", "Themagroep Wonen", "trekker")]


@pytest.mark.parametrize("sentence", [
    "Hierbij nodig ik u namens de trekkers, Eva Smit (Ede) en Jan Kok (Breda) en de leden uit.",
    "Hierbij nodig ik u namens de trekkers, die Eva Smit en Jan Kok hebben gevraagd, uit.",
])
def test_no_role_without_a_closed_apposition(sentence):
    assert roles(PAGE.format(sentence)) == []
