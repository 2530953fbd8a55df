"""The same columns everywhere (round 45l, round 44q's leftovers): a named question's register code columns
(``codes:`` in its header) in the Python API and the explorer's JSON, after the other columns, and a start
only a mention gives read "(genoemd …)" / "(mentioned …)" in the explorer's and the static site's tables."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Literal

from graph.cli import cli

DOCUMENTS = {"verslag-2026-01-15.md": "# Verslag 15 januari 2026\n\nJan Jansen is wethouder van Breda.\n"}


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("columns")
    (where / "docs").mkdir()
    for name, text in DOCUMENTS.items():
        (where / "docs" / name).write_text(text, encoding="utf-8")
    built = g40kg("--graph", where / "g", "build", where / "docs")
    assert built.exit_code == 0, built.output
    return where / "g"


def test_the_python_api_gives_the_register_codes_after_the_other_columns(kg):
    import g40kg as api

    dataset = api.open(kg)
    result = api.ask(dataset, "members", target="Breda", python_values=True)
    assert result.columns[-2:] == ["targetCode", "memberCode"], result.columns
    assert [(row["memberLabel"], row["targetCode"], row["memberCode"]) for row in result.rows] == [
        ("Jan Jansen", "GM0758", None)]
    terms = api.ask(dataset, "members", target="Breda")
    assert terms.rows[0]["targetCode"] == Literal("GM0758") and terms.rows[0]["memberCode"] is None


def test_the_csv_and_the_python_api_end_with_the_same_code_columns(kg):
    import g40kg as api

    csv = g40kg("--graph", kg, "ask", "members", "-p", "target=Breda", "--format", "csv").output
    assert csv.splitlines()[0].split(",")[-2:] == api.ask(api.open(kg), "members", target="Breda").columns[-2:]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_explorers_json_gives_the_register_codes_after_the_other_columns(kg, lang):
    page = g40kg("--graph", kg, "serve", "--get", f"/questions/members.json?target=Breda&lang={lang}")
    answer = json.loads(page.output)["answer"]
    assert answer["columns"][-2:] == ["targetCode", "memberCode"], answer["columns"]
    assert [cell["value"] for cell in answer["rows"][0][-2:]] == ["GM0758", None]


@pytest.mark.parametrize("lang, shown", [("nl", "(genoemd 2026-01-15)"), ("en", "(mentioned 2026-01-15)")])
def test_a_start_only_a_mention_gives_reads_as_in_the_cli(kg, lang, shown):
    page = g40kg("--graph", kg, "serve", "--get", f"/questions/who-does-what.json?lang={lang}")
    answer = json.loads(page.output)["answer"]
    since = answer["rows"][0][answer["columns"].index("since")]
    assert since == {"value": "2026-01-15", "text": shown}, since
    html = g40kg("--graph", kg, "serve", "--get", f"/questions/who-does-what?run=1&lang={lang}").output
    assert shown in html
    table = g40kg("--lang", lang, "--graph", kg, "ask", "who-does-what").output
    assert shown in table, table


def test_the_static_site_shows_the_mentioned_start(kg, tmp_path):
    site = tmp_path / "site"
    result = g40kg("--graph", kg, "export", "--format", "site", "-o", site)
    assert result.exit_code == 0, result.output
    pages = [p for p in site.rglob("*.html") if "who-does-what" in str(p)]
    assert pages and any("(genoemd 2026-01-15)" in p.read_text(encoding="utf-8") for p in pages), pages
