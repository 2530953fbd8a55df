"""Walkthrough 8 (round 33e): the CSV export in a spreadsheet, named-question values, build summaries
and a very large document.

The graph of the export tests is built from one invented document whose sentences begin with a
formula, as a document a user builds could ("=HYPERLINK(…) De gemeente Tilburg …").
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from graph.cli import cli

FORMULA_DOCUMENT = (
    '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg werkt samen met het ministerie van OCW.\n\n'
    "  @SUM(A1) De gemeente Zwolle werkt samen met het ministerie van BZK aan de City Deal Kennis Maken.\n"
)
HYPERLINK = '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg werkt samen met het ministerie van OCW.'


@pytest.fixture(scope="module")
def formula_graph(tmp_path_factory):
    """A graph of the one document whose sentences begin with a formula."""
    from graph.pipeline import build_graph

    folder = tmp_path_factory.mktemp("formula")
    (folder / "docs").mkdir()
    (folder / "docs" / "formule.txt").write_text(FORMULA_DOCUMENT, encoding="utf-8")
    build_graph([folder / "docs"], folder / "kg")
    return folder / "kg"


def _export(runner, graph, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "export", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result


# ----------------------------------------------------------------------------- S5: formulas in CSV


def test_the_csv_export_keeps_a_sentence_that_begins_with_a_formula_as_text(runner, formula_graph):
    rows = list(csv.DictReader(io.StringIO(_export(runner, formula_graph, "--format", "csv").stdout)))
    evidence = {row["evidence"] for row in rows if row["predicate"] != "mentions"}
    assert evidence == {"'" + HYPERLINK,
                        "'@SUM(A1) De gemeente Zwolle werkt samen met het ministerie van BZK aan de City Deal "
                        "Kennis Maken."}, rows


def test_the_facts_export_for_scripts_keeps_the_sentence_as_the_document_has_it(runner, formula_graph):
    rows = [json.loads(line) for line in _export(runner, formula_graph, "--format", "facts").stdout.splitlines()]
    assert HYPERLINK in {row["evidence"] for row in rows}, rows
