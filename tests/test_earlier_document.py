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
