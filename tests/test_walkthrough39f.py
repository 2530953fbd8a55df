"""Walkthrough 39 (a researcher studying the G40 network over 2016-2026): wrong and missing facts
(round 39f). Fixture sentences use fictional people."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _dated(gazetteer, text: str, date: str, predicate: str | None = None) -> set[tuple]:
    """(subject, predicate, object, role, valid_from, valid_until, past) of ``text`` written on ``date``."""
    return {(r.subject.label, r.predicate, r.object.label, r.role, r.valid_from, r.valid_until, r.past)
            for r in extract("d", text, gazetteer=gazetteer, date=date).relations
            if predicate is None or r.predicate == predicate}


# ----------------------------------------------------------------------------- 1: a time in brackets in a list


def test_a_time_in_brackets_is_its_items_own_and_the_list_goes_on(gazetteer):
    text = ("Jaarverslag G40 2024\nmaart 2025\n\n"
            "In 2024 werkte de G40 samen met EZK (tot juli), EZ, KGG, BZK, VRO, SZW en VWS.\n")
    whole_year = ("2024-01-01", "2024-12-31", False)
    assert _dated(gazetteer, text, "2025-03-15") == {
        ("G40", "collaboratesWith", "EZK", None, "2024-01-01", "2024-06-30", True),
        *{("G40", "collaboratesWith", m, None, *whole_year) for m in ("EZ", "KGG", "BZK", "VRO", "SZW", "VWS")}}


def test_a_month_without_a_year_is_of_the_year_the_sentence_is_about(gazetteer):
    text = "Jaarverslag 2023\nmaart 2024\n\nIn 2023 werkte de G40 samen met BZK (vanaf mei) en SZW.\n"
    assert _dated(gazetteer, text, "2024-03-15") == {
        ("G40", "collaboratesWith", "BZK", None, "2023-05-01", "2023-12-31", True),
        ("G40", "collaboratesWith", "SZW", None, "2023-01-01", "2023-12-31", False)}
