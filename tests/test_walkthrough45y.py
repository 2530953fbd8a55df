"""Walkthrough 20 (round 45y): the user-facing findings of a BZK accountmanager writing a note on the
G40 from the Rijk's side: Excel from every table, ministries by period, honest empty answers, period
forms and build warnings."""

from __future__ import annotations

import csv
import io

import pytest

from graph.cli import cli


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    from fixture_graph import small_graph_dir

    return small_graph_dir(tmp_path_factory.mktemp("small45y"))


def _run(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--graph", str(graph), *args])


# ----------------------------------------------------------------------------- finding 19 and 20: --excel


def _excel_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), data[:40]
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), text[:200]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_ask_excel_writes_the_tables_dutch_headings_with_the_iris_last(runner, small_graph):
    result = _run(runner, small_graph, "ask", "who-does-what", "--format", "csv", "--excel")
    assert result.exit_code == 0, result.output
    rows = _excel_rows(result.stdout_bytes)
    assert rows[0][:6] == ["persoon", "rol", "portefeuille", "orgaan", "sinds", "einde"], rows[0]
    assert rows[0][-2:] == ["persoon (IRI)", "orgaan (IRI)"], rows[0]
    assert all(len(row) == len(rows[0]) for row in rows) and len(rows) > 1, rows
    assert all(row[-1].startswith("https://w3id.org/g40kg/id/") for row in rows[1:]), rows


def test_ask_excel_in_english_has_english_headings(runner, small_graph):
    result = _run(runner, small_graph, "ask", "who-does-what", "--excel", lang="en")  # no --format: csv
    assert result.exit_code == 0, result.output
    assert _excel_rows(result.stdout_bytes)[0][:4] == ["person", "role", "portfolio", "body"]


def test_plain_csv_keeps_its_column_names_and_commas(runner, small_graph):
    result = _run(runner, small_graph, "ask", "who-does-what", "--format", "csv")
    assert result.stdout.startswith("person,personLabel,role,roleLabel,"), result.stdout[:80]
    assert "\r" not in result.stdout and not result.stdout.startswith("\ufeff")


def test_collaborators_and_query_take_excel(runner, small_graph):
    long = _run(runner, small_graph, "collaborators", "--long", "--format", "csv", "--excel")
    assert long.exit_code == 0, long.output
    header = _excel_rows(long.stdout_bytes)[0]
    assert header[:3] == ["actor", "soort actor", "ministerie"] and header[-1] == "ministerie (IRI)", header
    query = _run(runner, small_graph, "query", "SELECT ?n WHERE { BIND('é' AS ?n) }", "--format", "csv", "--excel")
    assert query.exit_code == 0, query.output
    assert _excel_rows(query.stdout_bytes) == [["n"], ["é"]]  # a query's own variables keep their names


def test_excel_escapes_formulas_as_the_export_does(runner, small_graph):
    query = _run(runner, small_graph, "query", "SELECT ?n WHERE { BIND('=1+1' AS ?n) }", "--excel")
    assert _excel_rows(query.stdout_bytes) == [["n"], ["'=1+1"]]


@pytest.mark.parametrize("lang, message", [
    ("nl", "Fout: --excel hoort bij --format csv, niet bij --format json"),
    ("en", "Error: --excel goes with --format csv, not with --format json"),
])
def test_excel_with_another_format_is_a_usage_error(runner, small_graph, lang, message):
    result = _run(runner, small_graph, "ask", "who-does-what", "--format", "json", "--excel", lang=lang)
    assert result.exit_code == 2 and result.stderr.strip().endswith(message), result.stderr


def test_an_unknown_option_gets_no_far_fetched_suggestion(runner, small_graph):
    result = _run(runner, small_graph, "viz", "--excel")
    assert result.exit_code == 2 and result.stderr.strip().endswith("Fout: Onbekende optie '--excel'."), result.stderr
    near = _run(runner, small_graph, "ask", "who-does-what", "--formt", "csv")
    assert near.stderr.strip().endswith("Bedoelt u '--format'?"), near.stderr
