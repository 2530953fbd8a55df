"""``date`` is a document's date in every export; a fact's time is its interval (round 39g,
walkthrough 14 finding 22). The graph is ``tests/fixtures/small.trig``: doc-a is an annual report
over 2021 (a period, no date), doc-b a news item of 2022-10-06."""

from __future__ import annotations

import json
import re

import pytest

from fixture_graph import small_dataset
from graph.export import export


@pytest.fixture(scope="module")
def dataset():
    return small_dataset("rdflib")


def _network_evidence(text: str) -> list[dict]:
    items = []
    for value in re.findall(r"<data key=\"d\d+\">(\[\{.*?\}\])</data>", text):
        items += [item for item in json.loads(value.replace("&quot;", '"').replace("&amp;", "&"))
                  if "quote" in item]
    return items


def test_graphml_evidence_date_is_the_facts_export_date(dataset):
    facts = [json.loads(line) for line in export(dataset, "facts").splitlines()]
    evidence = _network_evidence(export(dataset, "graphml"))
    by_document = {(row["document"], row["date"]) for row in facts if row["predicate"] != "mentions"}
    assert {(item["document"], item["date"]) for item in evidence if item["document"]} == by_document
    assert by_document == {("doc-a", None), ("doc-b", "2022-10-06")}
    # the fact's own time stays in start/end: the report's facts hold in 2021 (or from March 2021)
    assert sorted({item["start"][:4] for item in evidence if item["document"] == "doc-a" and item["start"]}) == ["2021"]
