"""Periods written in a sentence date its facts: "per 1 maart 2024", "tot januari 2023", "van 2019 tot en met 2022".

Rows are invented sentences in a document of 2023-10-02 and the dated facts a careful reader
takes from them: (subject, predicate, object, role, valid_from, valid_until, past).
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.extract import role_subjects
from graph.extract.periods import find_periods, leaving
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
        ("Tot de gemeenteraadsverkiezingen van 2022 was Piet Kramer wethouder van Ede.",  # held in March
         {("Piet Kramer", "hasRole", "Ede", "wethouder", None, "2022-03-14", True)}),
        ("Sinds de Provinciale Statenverkiezingen in 2023 werkt Gelderland samen met Arnhem.",
         {("Gelderland", "collaboratesWith", "Arnhem", None, "2023-03-15", None, False)}),
        ("Tot de zomer van 2024 was Lisa Mulder voorzitter van de pijler Sociaal.",  # June starts the summer
         {("Lisa Mulder", "hasRole", "Pijler Sociaal", "voorzitter", None, "2024-05-31", True)}),
        ("Amersfoort sluit zich per 1 december aan bij de City Deal Kennis Maken.",  # the document's year
         {("Amersfoort", "participatesIn", "City Deal Kennis Maken", None, "2023-12-01", None, False)}),
    ],
)
def test_a_period_in_the_clause_dates_the_fact(text, expected):
    assert dated(text) == expected


def test_a_start_of_leaving_is_the_end_of_the_role():
    found = dated("Sanne Bakker meldt dat zij per 1 januari 2024 stopt als trekker van de themagroep Wonen.")
    # on the document's day (2023) she still is: not past (round 39t), and the role ends the day before
    assert ("Sanne Bakker", "hasRole", "Themagroep Wonen", "trekker", None, "2023-12-31", False) in found


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # an apposition names the role the main clause leaves
        ("Anna de Vries, voorzitter van de pijler Sociaal, stopt per 1 maart 2023.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-02-28", True)}),
        ("Anna de Vries, voorzitter van de pijler Sociaal, neemt per 1 maart 2023 afscheid.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-02-28", True)}),
        # … unless the main clause leaves another role
        ("Anna de Vries, wethouder van Breda, stopt per 1 maart 2023 als voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Breda", "wethouder", None, None, False),
          ("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-02-28", True)}),
        # … or does not leave at all: the period dates the main clause's fact only
        ("Anna de Vries, voorzitter van de pijler Sociaal, werkt sinds 2020 samen met Zwolle.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, None, False),
          ("Anna de Vries", "collaboratesWith", "Zwolle", None, "2020-01-01", None, False)}),
        # a separable verb with the date in between: "treedt … af" ends, "treedt … aan" starts
        ("Anna de Vries treedt per 1 maart 2023 af als voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-02-28", True)}),
        ("Anna de Vries treedt per 1 maart 2023 aan als voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", "2023-03-01", None, False)}),
        # "niet langer": a role that no longer holds, ended the day before a start given with it
        ("Anna de Vries is niet langer voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, None, True)}),
        ("Karel Smit is per 1 maart 2023 niet langer trekker van de themagroep Jeugd.",
         {("Karel Smit", "hasRole", "Themagroep Jeugd", "trekker", None, "2023-02-28", True)}),
        # "vanaf … tot en met …" is one range, its end included as with "t/m"
        ("Vanaf 1 januari 2022 tot en met 31 december 2023 is Anna de Vries voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", "2022-01-01", "2023-12-31", False)}),
        ("Per 1 maart 2022 tot 1 juni 2023 was Karel Smit trekker van de themagroep Jeugd.",
         {("Karel Smit", "hasRole", "Themagroep Jeugd", "trekker", "2022-03-01", "2023-05-31", True)}),
        ("Anna de Vries is tot eind 2023 voorzitter van de pijler Sociaal.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-12-31", False)}),
        # "sinds die datum": the last date written before it
        ("Anna de Vries was tot 1 juni 2023 voorzitter van de pijler Sociaal; sinds die datum is Karel Smit "
         "voorzitter.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-05-31", True),
          ("Karel Smit", "hasRole", "Pijler Sociaal", "voorzitter", "2023-06-01", None, False)}),
        # leaving in one clause does not end what the next clause starts
        ("Anna de Vries stopt per 1 juni 2023 als voorzitter van de pijler Sociaal; vanaf die datum is Karel Smit "
         "voorzitter.",
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-05-31", True),
          ("Karel Smit", "hasRole", "Pijler Sociaal", "voorzitter", "2023-06-01", None, False)}),
        ("Anna de Vries stopt per 1 juni 2023 als voorzitter van de pijler Sociaal. Vanaf die datum is Karel Smit "
         "voorzitter.",  # the date in the sentence before
         {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-05-31", True),
          ("Karel Smit", "hasRole", "Pijler Sociaal", "voorzitter", "2023-06-01", None, False)}),
    ],
)
def test_leaving_ranges_and_dates_referred_back_to(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tot eind 2023", [(None, "2023-12-31")]),  # up to and including that end
        ("tot het einde van 2023", [(None, "2023-12-31")]),
        ("t/m eind maart 2024", [(None, "2024-03-31")]),
        ("tot begin 2024", [(None, "2023-12-31")]),
        ("vanaf begin maart 2024", [("2024-03-01", None)]),
        ("vanaf medio 2024", [("2024-07-01", None)]),  # the second half starts
        ("tot medio 2024", [(None, "2024-06-30")]),
        ("per medio maart 2024", [("2024-03-15", None)]),
        ("van begin 2022 tot eind 2023", [("2022-01-01", "2023-12-31")]),
        ("tot 1 juni 2024; sinds die datum", [(None, "2024-05-31"), ("2024-06-01", None)]),
        ("vanaf die datum", []),  # no date to refer back to
        ("Per 1 maart 2022 tot 1 juni 2023", [("2022-03-01", "2023-05-31")]),
    ],
)
def test_rough_and_referred_dates(text, expected):
    assert [(p.valid_from, p.valid_until) for p in find_periods(text)] == expected


@pytest.mark.parametrize(
    "form",
    ["stopt per 1 maart 2023", "stopte per 1 maart 2023", "vertrekt per 1 maart 2023", "vertrok per 1 maart 2023",
     "neemt per 1 maart 2023 afscheid", "nam per 1 maart 2023 afscheid", "treedt per 1 maart 2023 af",
     "trad per 1 maart 2023 af", "is per 1 maart 2023 afgetreden", "legt per 1 maart 2023 haar functie neer",
     "heeft per 1 maart 2023 haar functie neergelegd", "is per 1 maart 2023 gestopt",
     "is per 1 maart 2023 niet langer actief", "is per 1 maart 2023 niet meer actief"],
)
def test_periods_and_roles_know_the_same_ways_of_leaving(form):
    """One list of leaving forms: periods end the role on the day before the date, roles mark it past."""
    assert leaving(form), form
    assert role_subjects.leaving is leaving
    found = dated(f"Anna de Vries {form} als voorzitter van de pijler Sociaal.")
    assert found == {("Anna de Vries", "hasRole", "Pijler Sociaal", "voorzitter", None, "2023-02-28", True)}, found


def test_per_ends_the_name_of_a_unit():
    extraction = extract("t", "De pijler Fysiek per 1 januari 2024 heeft een nieuwe voorzitter.",
                         gazetteer=load_gazetteer(), date=DATE)
    assert [(m.type, m.label) for m in extraction.mentions] == [("OrganisationalUnit", "Pijler Fysiek")]



@pytest.mark.parametrize(
    "text, expected",
    [
        ("De pijler Stadsleven is in 2019 gestart. Vicevoorzitter was tot september wethouder Ria Bosveld (Hoorn).",
         {("Ria Bosveld", "hasRole", "Pijler Stadsleven", "vicevoorzitter", None, "2023-08-31", True),
          ("Ria Bosveld", "hasRole", "Hoorn", "wethouder", None, None, False)}),
        ("De taskforce Groen Wonen is in 2021 opgericht. Tot maart 2023 was Ria Bosveld (Hoorn) vicevoorzitter.",
         {("Ria Bosveld", "hasRole", "Taskforce Groen Wonen", "vicevoorzitter", None, "2023-02-28", True),
          ("Ria Bosveld", "affiliatedWith", "Hoorn", None, None, None, False)}),
    ],
)
def test_a_role_away_from_its_name_takes_the_period_between(text, expected):
    assert dated(text) == expected, dated(text)


def test_a_season_dates_a_succession_and_the_roles_passed_on():
    found = dated("De themagroep Armoede wordt getrokken door wethouder Anna Vos (Zwolle) en wethouder Tom Kok "
                  "(Delft). Zij volgen sinds het voorjaar van 2023 Ruud Bril op.")
    assert {f for f in found if f[1] in ("succeeded", "hasRole") and f[2] in ("Ruud Bril", "Themagroep Armoede")} == {
        ("Anna Vos", "succeeded", "Ruud Bril", None, "2023-03-01", None, False),
        ("Tom Kok", "succeeded", "Ruud Bril", None, "2023-03-01", None, False),
        ("Anna Vos", "hasRole", "Themagroep Armoede", "trekker", "2023-03-01", None, False),
        ("Tom Kok", "hasRole", "Themagroep Armoede", "trekker", "2023-03-01", None, False),
        ("Ruud Bril", "hasRole", "Themagroep Armoede", "trekker", None, "2023-02-28", True)}, found


@pytest.mark.parametrize("opening", ["Daarmee", "Tegelijk", "Op dezelfde dag"])
def test_a_sentence_that_takes_up_a_dated_leaving_ends_on_the_same_day(opening):
    """"X vertrekt per 15 november als wethouder. Daarmee stopt zij ook als voorzitter van Y": both offices
    end on the day before the 15th, the last day in office as every "per <datum>" departure (walkthrough 21,
    finding 8); announced in a document of 10 November, neither has ended yet."""
    text = ("Lieke Brandsma vertrekt per 15 november 2026 als wethouder van de gemeente Almere. "
            f"{opening} stopt zij ook als voorzitter van de pijler Sociaal.")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2026-11-10")
    found = {(r.object.label, r.role, r.valid_from, r.valid_until, r.past) for r in extraction.relations
             if r.predicate == "hasRole"}
    assert found == {("Almere", "wethouder", None, "2026-11-14", False),
                     ("Pijler Sociaal", "voorzitter", None, "2026-11-14", False)}, found


def test_a_leaving_without_a_date_before_it_keeps_the_documents_day():
    text = "Lieke Brandsma is wethouder van de gemeente Almere. Daarmee stopt zij als voorzitter van de pijler Sociaal."
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2026-11-10")
    chair = [(r.valid_from, r.valid_until, r.past) for r in extraction.relations if r.role == "voorzitter"]
    assert chair == [(None, None, True)], chair
