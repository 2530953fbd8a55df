"""A ministry is named only from its founding on, and "minister X voor Y" names a portfolio, not a ministry
(round 45k, walkthrough 20, finding 14)."""

from __future__ import annotations

from tests.extract_facts import facts, mentions


def test_a_ministry_name_before_the_ministry_existed_is_no_ministry():
    text = "Het ministerie van Volkshuisvesting en Ruimtelijke Ordening werkt samen met Deventer."
    assert mentions(text, "Ministry", date="2022-10-01") == []
    assert mentions(text, "Ministry", date="2025-01-15") == ["Volkshuisvesting en Ruimtelijke Ordening"]


def test_a_ministry_that_has_ended_is_still_named_in_later_texts():
    # a text of 2015 about the ministry of VROM (ended 2010): history, the ministry itself
    assert mentions("Het voormalige ministerie van VROM startte het programma.", "Ministry", date="2015-03-01") == ["VROM"]


def test_a_minister_for_a_portfolio_with_the_name_between_is_no_ministry():
    text = "Minister Ilse van Dam-Kok voor Volkshuisvesting en Ruimtelijke Ordening opende de wijk in Deventer."
    assert mentions(text, "Ministry", date="2025-01-15") == []
    assert not any(f[2] == "VRO" for f in facts(text, "2025-01-15"))


def test_a_ministry_is_named_from_its_founding_year_on():
    # a year report on 2024 dated by its first day names the ministry founded that July
    text = "Het ministerie van Volkshuisvesting en Ruimtelijke Ordening werkt samen met Deventer."
    assert mentions(text, "Ministry", date="2024-01-01") == ["Volkshuisvesting en Ruimtelijke Ordening"]
    assert mentions(text, "Ministry", date="2023-12-31") == []
