"""No merge proposed for namesakes a document tells apart (walkthrough 26, round 52f): "X, wethouder van A,
niet te verwarren met haar naamgenote X van B" keeps the two persons rule 6 split and the build summary asks
nothing about them (graph.namesakes_told_apart); without that sentence it still asks. Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents, warning_lines

OPENING = ("Nieuws\n\nWethouder Jorien Wassenaar van Zwolle opende op 1 mei 2026 de school.", "2026-05-01")
TOLD_APART = ("Nieuws\n\nJorien Wassenaar, wethouder van Deventer, niet te verwarren met haar naamgenote Jorien "
              "Wassenaar van Zwolle, opende op 20 mei 2026 de fietsenstalling.", "2026-05-20")
NOT_TOLD = ("Nieuws\n\nJorien Wassenaar, wethouder van Deventer, opende op 20 mei 2026 de fietsenstalling.", "2026-05-20")


@pytest.mark.parametrize("second, asked", [(TOLD_APART, False), (NOT_TOLD, True)], ids=["told-apart", "not-told"])
def test_the_summary_asks_to_merge_only_namesakes_no_document_tells_apart(runner, tmp_path, second, asked):
    docs = dated_documents(tmp_path, {"a": OPENING, "b": second})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    warnings = warning_lines(json.loads(result.stdout))
    assert any("Jorien Wassenaar" in w and "merge:" in w for w in warnings) is asked, warnings
    people = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "Wassenaar", "--format", "json"])
    assert people.stdout.count("person/jorien-wassenaar") >= 2, people.stdout
