"""Starts and ends at the precision the text gives them (round 41t, walkthrough 14 finding 16).

"Van 2016 tot 2019" ends on 2018-12-31 for the time filters; the graph says the end came from a
year (``g40:validUntilPrecision "year"``), the exports give ``valid_until_precision``, and every
table shows the end as the text gave it: "2018". A day ("tot 1 juni 2020") has no precision.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract.periods import find_periods

TEXT = ("Van 2016 tot 2019 was Kees Smit voorzitter van de pijler Economie. "
        "Sinds maart 2019 is Anna Bos voorzitter van de pijler Fysiek. "
        "Tot april 2021 was Joost Wit trekker van de pijler Wonen. "
        "Tot 1 juni 2020 was Piet Jansen trekker van de pijler Sociaal.\n")


@pytest.mark.parametrize("text, expected", [
    ("Van 2016 tot 2019 was X voorzitter.", [("2016-01-01", "2018-12-31", "year", "year")]),
    ("Van 2019 tot en met 2022 was X trekker.", [("2019-01-01", "2022-12-31", "year", "year")]),
    ("X was voorzitter (2019-2022).", [("2019-01-01", "2022-12-31", "year", "year")]),
    ("Sinds maart 2019 is X voorzitter.", [("2019-03-01", None, "month", None)]),
    ("Tot april 2021 was X trekker.", [(None, "2021-03-31", None, "month")]),
    ("Tot 1 juni 2020 was X trekker.", [(None, "2020-05-31", None, None)]),
    ("X blijft tot eind 2023 trekker.", [(None, "2023-12-31", None, None)]),  # a rough point is a day
    ("Sinds het voorjaar van 2023 is X lid.", [("2023-03-01", None, None, None)]),  # a season: no unit
    ("In 2023 stond de pijler onder voorzitterschap van X.", [("2023-01-01", "2023-12-31", "year", "year")]),
    ("Tot 2018 werkte X met EZ, daarna met EZK.", [(None, "2017-12-31", None, "year"), ("2018-01-01", None, "year", None)]),
])
def test_a_period_keeps_the_precision_of_its_dates(text, expected):
    assert [(p.valid_from, p.valid_until, p.from_precision, p.until_precision) for p in find_periods(text)] == expected


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("precision")
    (where / "docs").mkdir()
    (where / "docs" / "nieuws-2024-05-01.txt").write_text(TEXT, encoding="utf-8")
    build_graph([where / "docs"], where / "kg")
    return where / "kg"


def run(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == 0, result.output
    return result.stdout  # the data; --at's hint goes to stderr (round 44q)


def test_the_graph_says_which_ends_came_from_a_year_or_a_month(kg):
    lines = (kg / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert sum('Precision> "year"' in line for line in lines) == 4  # Kees's start and end, evidence and membership
    assert sum('Precision> "month"' in line for line in lines) == 4  # Anna's start, Joost's end


def test_the_facts_export_gives_the_precision_after_the_older_fields(runner, kg):
    rows = [json.loads(line) for line in run(runner, kg, "export", "--format", "facts").splitlines()]
    roles = {r["subject"]: (r["valid_from"], r["valid_until"], r["valid_from_precision"], r["valid_until_precision"])
             for r in rows if r["predicate"] == "hasRole"}
    assert roles == {"Kees Smit": ("2016-01-01", "2018-12-31", "year", "year"),
                     "Anna Bos": ("2019-03-01", None, "month", None),
                     "Joost Wit": (None, "2021-03-31", None, "month"),
                     "Piet Jansen": (None, "2020-05-31", None, None)}
    # then the join keys (43c), the title (44l), the portfolio (45m)
    assert list(rows[0])[-7:-5] == ["valid_from_precision", "valid_until_precision"]
    header = run(runner, kg, "export", "--format", "csv").splitlines()[0]
    assert header.endswith(",rule,valid_from_precision,valid_until_precision,subject_code,object_code,evidence_iri,document_title,portfolio")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_tables_show_the_end_as_the_text_gave_it(runner, kg, engine):
    def end(person, *window):
        output = run(runner, kg, "ask", "who-is-who", "-p", f"person={person}", "--format", "json", *window, engine=engine)
        return [(r["start"], r["end"]) for r in json.loads(output)["rows"] if r["relation"] == "hasRole"]

    assert end("Kees Smit") == [("2016-01-01", "2018")]
    assert end("Joost Wit") == [(None, "2021-03")]
    assert end("Piet Jansen") == [(None, "2020-05-31")]
    # --as-of and --at read the day: Kees was chair on the last day of 2018, not in 2019
    assert end("Kees Smit", "--as-of", "2018-12-31") == [("2016-01-01", "2018")]
    assert end("Kees Smit", "--as-of", "2019-01-01") == []
    assert end("Kees Smit", "--at", "2019-01-01") == []
    assert "2018" in run(runner, kg, "entity", "Kees Smit", engine=engine).split("voorzitter", 1)[1].split()[:3]


def test_an_incremental_build_writes_the_same_graph(tmp_path):
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-2024-05-01.txt").write_text(TEXT, encoding="utf-8")
    (docs / "b-2024-06-01.txt").write_text("Wethouder Eva Dekker van Zwolle is lid van de pijler Wonen.\n", encoding="utf-8")
    build_graph([docs], tmp_path / "kg")
    (docs / "b-2024-06-01.txt").write_text("Van 2020 tot en met 2022 was Eva Dekker lid van de pijler Wonen.\n",
                                           encoding="utf-8")
    build_graph([docs], tmp_path / "kg")
    build_graph([docs], tmp_path / "fresh")
    assert (tmp_path / "kg" / "graph.nq").read_bytes() == (tmp_path / "fresh" / "graph.nq").read_bytes()
    assert (tmp_path / "kg" / "graph.nq").read_text(encoding="utf-8").count('Precision> "year"') == 8


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_explorer_s_entity_page_shows_the_end_as_the_text_gave_it(runner, kg, engine):
    page = run(runner, kg, "serve", "--get", "/entity/person/kees-smit", engine=engine)
    assert "· 2016-01-01 – 2018\n" in page, page
    data = json.loads(run(runner, kg, "serve", "--get", "/entity/person/joost-wit.json", engine=engine))
    evidence = [ev for facts in data["facts"].values() for fact in facts for ev in fact["evidence"]]
    assert [(ev["valid_until"], ev["valid_until_shown"]) for ev in evidence] == [("2021-03-31", "2021-03")], evidence
