"""One test of "an earlier document" (graph.document_periods.earlier): the build's withdrawal
(graph.withdrawals.earlier_documents) and the namesake split before it (graph.withdrawn_placings) answer
alike. Invented documents and people (round 53f)."""

from __future__ import annotations

import pytest

from graph.document_periods import earlier
from graph.ingest import Document
from graph.withdrawals import earlier_documents
from graph.withdrawn_placings import without_withdrawn

DAYS = {"a": "2026-01-27", "b": "2026-02-03", "c": "2026-02-03", "d": "2026-03-01"}
DOCUMENTS = [Document(key, f"{key}.txt", "", "", date=day) for key, day in DAYS.items()]


@pytest.mark.parametrize("rectifying, named, expected", [
    ("d", None, ["a", "b", "c"]),
    ("b", None, ["a"]),                    # of the same day: not earlier
    ("a", None, []),
    ("d", "2026-02-03", ["b", "c"]),
    ("b", "2026-02-03", []),               # the named day is the rectification's own
    ("d", "2026-01-28", []),
])
def test_the_withdrawal_and_the_split_find_the_same_earlier_documents(rectifying, named, expected):
    by_id = {d.id: d for d in DOCUMENTS}
    assert earlier_documents(DOCUMENTS, by_id[rectifying], date=named, title=None) == expected
    periods = {key: (day, day) for key, day in DAYS.items()}
    rows = [(key, 0, 5, "municipality/gm0001", (False, None, None, "wethouder", True)) for key in sorted(DAYS)]
    withdrawn = [("person/x", "municipality/gm0001", "wethouder", DAYS[rectifying], named)]
    kept = without_withdrawn({"person/x": rows}, withdrawn, periods)["person/x"]
    assert sorted(DAYS.keys() - {row[0] for row in kept}) == expected


@pytest.mark.parametrize("days, before, day, expected", [
    (("2026-01-01", "2026-01-31"), "2026-02-01", None, True),
    (("2026-01-01", "2026-01-31"), "2026-01-31", None, False),   # a month ending on or after the rectification
    (("2026-01-01", "2026-01-31"), "2026-01-30", "2026-01-27", True),  # of the named day, which is before
    (("2026-01-01", "2026-01-31"), "2026-01-20", "2026-01-27", False),  # a named day after the rectification
    ((None, "2026-01-31"), "2026-02-01", "2026-01-27", True),
    ((None, None), "2026-02-01", None, False),
    (None, "2026-02-01", None, False),
    (("2026-01-01", "2026-01-31"), None, None, False),
])
def test_earlier(days, before, day, expected):
    assert earlier(days, before, day) is expected


# Round 54q: the two counted a document's days apart, the withdrawal by its date's text ("2026-02" sorted before
# "2026-02-10"), the split by the period it speaks of (a report on 2025 that appeared on 20 January 2026 began
# on 1 January 2025); both now read the days it may have appeared on (graph.document_periods.appeared).
BOUNDARY = {
    "month": Document("month", "month.txt", "", "", date="2026-02"),  # some day of February
    "day-before": Document("day-before", "day-before.txt", "", "", date="2026-02-09"),
    "same-day": Document("same-day", "same-day.txt", "", "", date="2026-02-10"),
    "january": Document("january", "january.txt", "", "", date="2026-01"),
    "report-2025": Document("report-2025", "report-2025.txt", "", "", date="2026-01-20", period_start="2025-01-01",
                            period_end="2025-12-31"),
    "june-2025": Document("june-2025", "june-2025.txt", "", "", date="2025-06-15"),
    "rectification": Document("rectification", "rectification.txt", "", "", date="2026-02-10"),
}


def _both(rectifying: str, named: str | None) -> tuple[list[str], list[str]]:
    from graph.document_periods import DocumentPeriods

    documents = list(BOUNDARY.values())
    withdrawn_from = earlier_documents(documents, BOUNDARY[rectifying], date=named, title=None)
    periods = DocumentPeriods(documents)
    rows = [(key, 0, 5, "municipality/gm0001", (False, None, None, "wethouder", True)) for key in sorted(BOUNDARY)]
    withdrawn = [("person/x", "municipality/gm0001", "wethouder", periods.appeared(rectifying)[0], named)]
    kept = without_withdrawn({"person/x": rows}, withdrawn, periods)["person/x"]
    return withdrawn_from, sorted(BOUNDARY.keys() - {row[0] for row in kept})


@pytest.mark.parametrize("rectifying, named, expected", [
    # a document of February 2026 may have appeared on or after 10 February: not earlier; the day before is,
    # the same day is not
    ("rectification", None, ["day-before", "january", "june-2025", "report-2025"]),
    # "het bericht van 27 januari": a document of January 2026 may be it, a report that appeared on 20 January not
    ("rectification", "2026-01-27", ["january"]),
    # a rectifying report on 2025 that appeared on 20 January 2026 is later than a document of June 2025
    ("report-2025", None, ["june-2025"]),
    ("report-2025", "2025-06-15", ["june-2025"]),
])
def test_the_withdrawal_and_the_split_count_a_documents_days_alike(rectifying, named, expected):
    withdrawn_from, split_from = _both(rectifying, named)
    assert withdrawn_from == expected
    assert split_from == expected
