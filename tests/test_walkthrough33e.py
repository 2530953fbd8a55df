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


# ----------------------------------------------------------------------------- U3: CSV for a Dutch Excel


def test_export_excel_writes_semicolons_and_a_byte_order_mark_to_the_file(runner, formula_graph, tmp_path):
    out = tmp_path / "feiten.csv"
    _export(runner, formula_graph, "--format", "csv", "--excel", "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdocument;subject;subject_type;subject_iri;predicate;"), data[:80]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    plain = list(csv.DictReader(io.StringIO(_export(runner, formula_graph, "--format", "csv").stdout)))
    assert rows == plain


def test_plain_csv_stays_comma_separated_without_a_byte_order_mark(runner, formula_graph):
    text = _export(runner, formula_graph, "--format", "csv").stdout
    assert text.startswith("document,subject,subject_type,") and "\r" not in text, text[:80]


@pytest.mark.parametrize("lang, message", [
    ("nl", "Error: --excel hoort bij --format csv, niet bij --format facts"),
    ("en", "Error: --excel goes with --format csv, not with --format facts"),
])
def test_excel_without_csv_is_a_usage_error(runner, formula_graph, lang, message):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(formula_graph), "export", "--excel"])
    assert result.exit_code == 2 and result.stderr.strip().endswith(message), result.stderr
    assert result.stdout == ""
