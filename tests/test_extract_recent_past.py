"""A post held "tot voor kort" is over: work and roles said with it are past (walkthrough 17, round 44k)."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations


@pytest.mark.parametrize("text, past", [
    ("Ruben Kuiper werkte tot voor kort bij de gemeente Almelo.", True),
    ("Ruben Kuiper werkte tot kort geleden bij de gemeente Almelo.", True),
    ("Ruben Kuiper werkt sinds kort bij de gemeente Almelo.", False),
])
def test_work_until_recently_is_past(text, past):
    found = dated_relations(text, "2026-04-02", "affiliatedWith")
    assert [(s, o, p) for s, o, _, p, *_ in found] == [("Ruben Kuiper", "Almelo", past)]


@pytest.mark.parametrize("text", [
    "Tot voor kort was Ruben Kuiper wethouder van Almelo.",
    "Ruben Kuiper was tot voor kort wethouder van Almelo.",
    "Ruben Kuiper, tot voor kort wethouder van Almelo, leidt nu een adviesbureau.",
])
def test_a_role_until_recently_is_past(text):
    found = dated_relations(text, "2026-04-02")
    assert [(s, o, role, past) for s, o, role, past, *_ in found] == [("Ruben Kuiper", "Almelo", "wethouder", True)]
