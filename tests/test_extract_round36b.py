"""Round 36b: relations other than roles — tasks taken over, contacts and supporters of a unit, the
units a pijler's section lists, names that go on after a kind word."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- "Zij neemt de taken over van X": a task taken over names the one succeeded -------------------

@pytest.mark.parametrize("text, successor, predecessor", [
    ("Esra Yıldız is secretaris. Zij neemt de taken over van Floor Mertens, die is vertrokken.",
     "Esra Yıldız", "Floor Mertens"),
    ("De gemeente wordt vertegenwoordigd door Bram Heijnen. Hij neemt deze rol over van Yasmina Ouali.",
     "Bram Heijnen", "Yasmina Ouali"),
    ("Anna Kok neemt de werkzaamheden over van Bram Wit.", "Anna Kok", "Bram Wit"),
    ("Anna Kok nam in mei het stokje over van Bram Wit.", "Anna Kok", "Bram Wit"),
])
def test_task_taken_over(text, successor, predecessor):
    found = facts(text)
    assert (successor, "succeeded", predecessor, None) in found, found


@pytest.mark.parametrize("text", [
    "Anna Kok neemt niet de taken over van Bram Wit.",
    "Anna Kok neemt de agenda over van Bram Wit.",  # an agenda is no task one holds
])
def test_no_task_taken_over(text):
    assert not any(f[1] == "succeeded" for f in facts(text))

