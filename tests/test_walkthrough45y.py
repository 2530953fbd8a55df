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


# ----------------------------------------------------------------------------- findings 15, 17, 18: ministries by period

EZ_SENTENCE = "De gemeente Tilburg werkt samen met het ministerie van Economische Zaken aan de City Deal Kennis Maken."


@pytest.fixture(scope="module")
def ministry_graph(tmp_path_factory):
    """A graph of one document of 2025 in which the ministry is called by its name of then."""
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("ez45y")
    build_graph([dated_documents(where, {"bericht-2025": (EZ_SENTENCE, "2025-03-12")})], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("args", [
    ["collaborators", "ministerie van Economische Zaken"],
    ["collaborators", "ministerie van Economische Zaken", "--at", "2025"],
    ["ask", "collaborations-with-ministry", "-p", "ministry=ministerie van Economische Zaken", "--format", "csv"],
])
def test_the_official_name_of_2024_2026_finds_the_ministry_with_facts(runner, ministry_graph, args):
    """The EZ that ended in 2010 (mnre1040) has no fact: mnre1045, called EZ from 2024-07-02, answers."""
    result = _run(runner, ministry_graph, *args)
    assert result.exit_code == 0 and "Tilburg" in result.stdout, result.output
    assert "kan meerdere dingen zijn" not in result.output


def test_entity_shows_a_ministrys_names_through_time(runner, ministry_graph):
    result = _run(runner, ministry_graph, "entity", "EZK")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("EZK (Ministerie) "), lines[:3]
    assert ("namen door de tijd: ELenI (2010-10-14 – 2012-12-31) · EZ (2013-01-01 – 2017-12-31) · "
            "EZK (2018-01-01 – 2024-07-01) · EZ (2024-07-02 – 2026-02-22) · EZK (sinds 2026-02-23)") in lines, lines[:4]
    english = _run(runner, ministry_graph, "entity", "KGG", lang="en")
    assert "names over time: KGG (2024-07-02 – 2026-02-22); merged into EZK on 2026-02-23" in english.stdout.splitlines()


def test_the_entity_page_shows_the_names_through_time(runner, ministry_graph):
    page = _run(runner, ministry_graph, "serve", "--get", "/entity/ministry/mnre1171").stdout
    assert ('<p class="name-history">Namen door de tijd: VRO (2024-07-02 – 2026-02-22); opgegaan in BZK per '
            '2026-02-23</p>') in page, page[:2000]
    assert "<h1>VRO <span" in page


@pytest.mark.parametrize("lang, when, note", [
    ("nl", "--at", "VRO bestond van 2024-07-02 tot 2026-02-22; opgegaan in BZK per 2026-02-23."),
    ("nl", "--as-of", "VRO bestond van 2024-07-02 tot 2026-02-22; opgegaan in BZK per 2026-02-23."),
    ("en", "--at", "VRO existed from 2024-07-02 until 2026-02-22; merged into BZK on 2026-02-23."),
])
def test_a_ministry_asked_after_its_end_says_where_it_went(runner, ministry_graph, lang, when, note):
    result = _run(runner, ministry_graph, "collaborators", "VRO", when, "2026-12-06", lang=lang)
    assert result.exit_code == 0 and note in result.output.splitlines(), result.output


def test_a_ministry_asked_before_its_start_says_since_when(runner, ministry_graph):
    result = _run(runner, ministry_graph, "collaborators", "EZK", "--at", "2009")
    assert result.output.splitlines()[-1] == "EZK bestaat sinds 2010-10-14.", result.output


# ----------------------------------------------------------------------------- finding 12: an empty answer for a known name


@pytest.mark.parametrize("lang, args, note", [
    ("nl", ["-p", "city=Tilburg", "--at", "2019"],
     "Tilburg wordt in 1 document genoemd, maar er is geen betrokkenheid herkend in deze periode."),
    ("en", ["-p", "city=Tilburg", "--at", "2019"],
     "Tilburg is mentioned in 1 document, but no involvement was recognised in this period."),
])
def test_an_empty_answer_says_the_name_is_known(runner, ministry_graph, lang, args, note):
    result = _run(runner, ministry_graph, "ask", "city-involvement", *args, lang=lang)
    assert result.exit_code == 0 and note in result.stdout.splitlines(), result.output


def test_an_empty_answer_for_a_name_no_document_uses(runner, ministry_graph):
    result = _run(runner, ministry_graph, "ask", "collaborations-with-ministry", "-p", "ministry=AZ")
    assert result.stdout.splitlines()[-2:] == ["(geen resultaten)", "AZ wordt in geen document genoemd."], result.output
    csv_answer = _run(runner, ministry_graph, "ask", "collaborations-with-ministry", "-p", "ministry=AZ", "--format", "csv")
    assert csv_answer.output.count("\n") == 1, csv_answer.output  # the data formats stay as they were


# ----------------------------------------------------------------------------- finding 13: period forms


@pytest.mark.parametrize("lang, value, message", [
    ("nl", "2023-2024", "Fout: '2023-2024' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024); een periode? "
                        "gebruik --between 2023 2024"),
    ("nl", "Q1 2024", "Fout: 'Q1 2024' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024); een kwartaal? "
                      "gebruik --between 2024-01 2024-03"),
    ("en", "2024-Q3", "Error: '2024-Q3' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 31-01-2024); a quarter? "
                      "use --between 2024-07 2024-09"),
])
def test_a_period_given_as_a_date_gets_the_between_that_asks_it(runner, small_graph, lang, value, message):
    result = _run(runner, small_graph, "collaborators", "--at", value, lang=lang)
    assert (result.exit_code, result.stderr.strip().splitlines()[-1]) == (2, message), result.output


def test_the_date_options_help_names_the_dutch_forms(runner):
    result = runner.invoke(cli, ["ask", "--help"], terminal_width=200)
    assert "31-01-2024 of 1 februari 2024" in " ".join(result.output.split()), result.output


# ----------------------------------------------------------------------------- finding 3: an agenda after today


def test_an_agenda_after_today_is_named_with_what_it_means(runner, tmp_path):
    """Round 44y left agendas out of "gedateerd na vandaag" (a meeting ahead is no typo); the build now
    names them apart, with their date (a typo "2099" shows) and what their facts mean: not today's."""
    from tests.documents import dated_documents

    docs = dated_documents(tmp_path, {
        "agenda-voorjaarsoverleg": ("Agenda bestuurlijk overleg\n\n1. Woondeals door de gemeente Tilburg", "2099-04-15"),
        "nieuws": ("De gemeente Tilburg werkt samen met het ministerie van BZK.", "2099-05-01")})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert ("1 agenda of uitnodiging voor na vandaag: agenda-voorjaarsoverleg (2099-04-15); de feiten erin gelden "
            "vanaf die dag (niet in --as-of vandaag)") in lines, result.output
    assert ("1 document gedateerd na vandaag: nieuws (2099-05-01); klopt die datum? Geef anders de datum in "
            "<naam>.meta.json") in lines, result.output


# ----------------------------------------------------------------------------- finding 24: a path with spaces, unquoted


@pytest.mark.parametrize("lang, hint", [
    ("nl", "Staan er spaties in de naam? Zet hem tussen aanhalingstekens: "),
    ("en", "Are there spaces in the name? Put it in quotes: "),
])
def test_an_unquoted_path_with_spaces_gets_the_quoted_one(runner, tmp_path, lang, hint):
    (tmp_path / "notitie DG café.txt").write_text("De gemeente Tilburg werkt samen met BZK.\n", encoding="utf-8")
    words = str(tmp_path / "notitie DG café.txt").split(" ")
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", *words])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].endswith(f'{hint}"{tmp_path / "notitie DG café.txt"}"'), result.stderr
