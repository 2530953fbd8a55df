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


# ----------------------------------------------------------------------------- U9: a value a question does not know


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    from fixture_graph import small_graph_dir

    return small_graph_dir(tmp_path_factory.mktemp("small"))


def _ask(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--graph", str(graph), "ask", "g40-cities-programmes", *args,
                               "--format", "json"])


@pytest.mark.parametrize("written", ["City Deal", "CityDeal", "city-deal", "CITYDEAL"])
def test_a_programme_kind_written_as_people_write_it_is_the_kind(runner, small_graph, written):
    exact = _ask(runner, small_graph, "-p", "kind=citydeal")
    variant = _ask(runner, small_graph, "-p", f"kind={written}")
    assert variant.exit_code == 0, variant.output + variant.stderr
    assert [row["cityLabel"] for row in json.loads(variant.stdout)["rows"]] == ["Breda", "Zwolle"], variant.stdout
    assert variant.stdout == exact.stdout


@pytest.mark.parametrize("lang, message", [
    ("nl", "Error: parameter kind: 'City Dael' is geen van de waarden; kies uit agenda, campaign, citydeal, fund, "
           "greendeal, project, regiodeal, register, regulation, woondeal\n"),
    ("en", "Error: parameter kind: 'City Dael' is none of its values; choose from agenda, campaign, citydeal, fund, "
           "greendeal, project, regiodeal, register, regulation, woondeal\n"),
])
def test_an_unknown_programme_kind_names_the_kinds_there_are(runner, small_graph, lang, message):
    result = _ask(runner, small_graph, "-p", "kind=City Dael", lang=lang)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_a_kind_the_graph_has_no_programme_of_is_an_empty_answer(runner, small_graph):
    result = _ask(runner, small_graph, "-p", "kind=Fund")
    assert result.exit_code == 0 and json.loads(result.stdout)["rows"] == [], result.output + result.stderr


def test_the_question_lists_every_kind_the_extraction_gives():
    from graph.extract.lexicon import load_lexicon
    from graph.extract.programmes import _DEAL_KINDS
    from graph.questions import get_question

    kinds = {kind.kind for kind in load_lexicon().programme_kinds.values()} | set(_DEAL_KINDS.values())
    assert set(get_question("g40-cities-programmes").parameter("kind").values) == kinds
