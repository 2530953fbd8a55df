"""Long documents stay linear: a huge single line (no punctuation) is read, not hung on."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

pytestmark = pytest.mark.timeout(120)  # a hang guard, not a timing assertion


def test_huge_line_with_many_references_finishes_and_finds_entities():
    chunk = ("de taskforce en de themagroep overleggen met het ministerie van BZK en de gemeente Breda "
             "over de pijler en de stuurgroep ")
    text = chunk * 6000  # ~600 KB on one line
    extraction = extract("groot", text, gazetteer=load_gazetteer())
    keys = {m.key for m in extraction.mentions if m.key}
    assert {"GM0758", "mnre1034"} <= keys
    assert all(0 <= m.start < m.end <= len(text) for m in extraction.mentions)
