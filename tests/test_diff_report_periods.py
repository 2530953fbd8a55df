"""A year report's past tense is no end in the weekly diff (round 46k, walkthrough 21, finding 9)."""

from __future__ import annotations

from graph.factdiff import ended_facts

_KNOWN = {"subject_iri": "u:pijler-werk", "predicate": "partOf", "object_iri": "o:g40", "role": None,
          "document": "nieuws", "date": "2026-11-02", "valid_from": "2026-11-02", "valid_until": None, "past": False}


def _report(**time):
    return dict(_KNOWN, document="jaarverslag-2025", date="2026-03-18", **time)


def test_the_reports_period_ends_nothing():
    new = [_KNOWN, _report(valid_from="2025-01-01", valid_until="2026-03-18")]
    assert ended_facts([_KNOWN], new) == []


def test_the_period_reported_on_ends_nothing():
    new = [_KNOWN, _report(valid_from="2025-01-01", valid_until="2025-12-31")]
    assert ended_facts([_KNOWN], new) == []


def test_an_end_the_text_states_still_ends_the_fact():
    new = [_KNOWN, _report(valid_from=None, valid_until="2025-06-30", past=True)]
    assert [(r["document"], r["until"]) for r in ended_facts([_KNOWN], new)] == [("jaarverslag-2025", "2025-06-30")]
    year = [_KNOWN, _report(valid_from="2025-01-01", valid_until="2025-12-31", valid_from_precision="year",
                            valid_until_precision="year")]
    assert [r["until"] for r in ended_facts([_KNOWN], year)] == ["2025-12-31"]
