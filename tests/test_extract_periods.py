"""Periods written in a sentence date its facts: "per 1 maart 2024", "tot januari 2023", "van 2019 tot en met 2022".

Rows are invented sentences in a document of 2023-10-02 and the dated facts a careful reader
takes from them: (subject, predicate, object, role, valid_from, valid_until, past).
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.extract.periods import find_periods
from graph.gazetteer import load_gazetteer

DATE = "2023-10-02"


def dated(text: str) -> set[tuple]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    return {(r.subject.label, r.predicate, r.object.label, r.role, r.valid_from, r.valid_until, r.past)
            for r in extraction.relations}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tot januari 2023 was Anna de Wit (Leiden) trekker van de themagroep Human Capital.",
         {("Anna de Wit", "hasRole", "Themagroep Human Capital", "trekker", None, "2022-12-31", True),
          ("Anna de Wit", "affiliatedWith", "Leiden", None, None, None, False)}),  # naming her, not the period's fact
        ("De themagroep Binnensteden had van 2019 tot en met 2022 Hans Bos (Venlo) als voorzitter.",
         {("Hans Bos", "hasRole", "Themagroep Binnensteden", "voorzitter", "2019-01-01", "2022-12-31", True),
          ("Hans Bos", "affiliatedWith", "Venlo", None, None, None, False)}),
        ("Per 1 maart 2024 is wethouder Karel Smit (Zwolle) benoemd tot voorzitter van de pijler Sociaal.",
         {("Karel Smit", "hasRole", "Pijler Sociaal", "voorzitter", "2024-03-01", None, False),
          ("Karel Smit", "hasRole", "Zwolle", "wethouder", None, None, False)}),  # "wethouder X" names him
        ("Sinds 2020 werkt Breda samen met het ministerie van EZK.",
         {("Breda", "collaboratesWith", "EZK", None, "2020-01-01", None, False)}),
        ("Amersfoort sluit zich per 1 december aan bij de City Deal Kennis Maken.",  # the document's year
         {("Amersfoort", "participatesIn", "City Deal Kennis Maken", None, "2023-12-01", None, False)}),
    ],
)
def test_a_period_in_the_clause_dates_the_fact(text, expected):
    assert dated(text) == expected


def test_a_start_of_leaving_is_the_end_of_the_role():
    found = dated("Sanne Bakker meldt dat zij per 1 januari 2024 stopt als trekker van de themagroep Wonen.")
    assert ("Sanne Bakker", "hasRole", "Themagroep Wonen", "trekker", None, "2023-12-31", True) in found


def test_a_period_in_another_clause_does_not_date_the_fact():
    found = dated("Wim de Boer, die sinds 2022 voorzitter was en in januari afscheid nam als wethouder van Deventer, "
                  "sprak de zaal toe.")
    assert {(f[2], f[4], f[5]) for f in found if f[1] == "hasRole" and f[3] == "wethouder"} == {("Deventer", None, None)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("per 01-02-2023", [("2023-02-01", None)]),  # day first
        ("met ingang van 1 juli 2023", [("2023-07-01", None)]),
        ("t/m maart 2024", [(None, "2024-03-31")]),
        ("tot 1 januari 2023", [(None, "2022-12-31")]),
        ("(2019-2022)", [("2019-01-01", "2022-12-31")]),
        ("benoemd tot voorzitter", []),
        ("sinds 31 februari 2023", []),  # no such day
        ("in 2022", []),  # a year alone says when something happened, not from or until when
        ("vanaf mei", []),  # no year and no document date
    ],
)
def test_period_expressions(text, expected):
    assert [(p.valid_from, p.valid_until) for p in find_periods(text)] == expected


def test_a_dated_role_holds_after_the_document_date(runner, tmp_path):
    """Before, every fact held on its document's date only; "per 1 maart 2023 … benoemd" holds on."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nieuws.txt").write_text("Per 1 maart 2023 is Jan Vos benoemd tot voorzitter van de pijler Fysiek.",
                                       encoding="utf-8")
    (folder / "nieuws.meta.json").write_text(json.dumps({"date": "2023-03-15"}), encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(folder)]).exit_code == 0

    def roles(at):
        result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "entity", "Jan Vos", "--at", at,
                                     "--format", "json"])
        assert result.exit_code == 0, result.output
        rows = json.loads(result.output)["rows"]
        return sorted((fact["otherLabel"], fact["role"], fact["start"]) for row in rows
                      for fact in row["relations"].get("hasRole", []))

    assert roles("2025-06-01") == [("Pijler Fysiek", "voorzitter", "2023-03-01")]
    assert roles("2023-02-28") == []
