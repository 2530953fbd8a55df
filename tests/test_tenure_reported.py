"""Chairs only their documents date: a later report of another holder ends the earlier one's term.

A news item of 2023-03-01 names Anna Jansen voorzitter of the Pijler Economie, one of 2025-01-15 Piet
de Boer; neither says since when. As far as the documents go Piet is chair from 2025-01-15 at the
latest, and Anna's term had ended by then (graph.tenure: an inferred end on the day before), which
``--as-of`` reads; ``--at`` still reads each report on its own day. Beside them, in the same two
documents, what must not close a term: a former chair named later (past), the same chair again, a
covoorzitter, and a report dated after the document that announces the next chair's start but
before that start.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.tenure import Term, inferred_ends

EARLY = ("Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst.\n\n"
         "Joost de Wit, voorzitter van de Pijler Sociaal, sprak over jeugdzorg.\n\n"
         "Mark Visser, voorzitter van de Themagroep Wonen, gaf een toelichting.\n\n"
         "Sanne Bos, voorzitter van de Themagroep Water, sloot af.\n\n"
         "Eva Dekker, voorzitter van de Themagroep Energie, was er ook.\n")
LATE = ("Piet de Boer, voorzitter van de Pijler Economie, zei dat het goed ging.\n\n"
        "Lotte Brouwer, oud-voorzitter van de Pijler Sociaal, was er ook.\n\n"
        "Mark Visser, voorzitter van de Themagroep Wonen, blikte terug.\n\n"
        "Kees Smit, covoorzitter van de Themagroep Water, opende.\n")
#: dated before EARLY, about a start after it
ANNOUNCED = "Per 1 juni 2024 is Bram Bakker voorzitter van de Themagroep Energie.\n"


def term(evidence, holder, start, end=None, *, office="voorzitter", past=False, reported=False):
    return Term(evidence, holder, "u/pijler", office, start, end, past, reported)


def report(evidence, holder, day, **kwargs):
    return term(evidence, holder, day, day, reported=True, **kwargs)


@pytest.mark.parametrize("terms, expected", [
    # a later report of another holder: the day before it
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15")], [("e1", "2025-01-14", "e2")]),
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2023-03-02")], [("e1", "2023-03-01", "e2")]),
    # a later start of another holder, the first one
    ([report("e1", "anna", "2023-03-01"), term("e3", "kees", "2025-03-01"), term("e2", "piet", "2024-06-01")],
     [("e1", "2024-05-31", "e2"), ("e2", "2025-02-28", "e3")]),
    # a period's start (a year report on 2024 naming the next chair)
    ([report("e1", "anna", "2023-03-01"), term("e2", "piet", "2024-01-01", "2024-12-31")], [("e1", "2023-12-31", "e2")]),
    ([report("e1", "anna", "2023-03-01"), report("e2", "anna", "2025-01-15")], []),  # the same holder again
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15", past=True)], []),  # a former chair
    ([report("e1", "anna", "2023-03-01", past=True), report("e2", "piet", "2025-01-15")], []),  # already over
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15", office="covoorzitter")], []),
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2023-03-01")], []),  # the same day: co-chairs?
    ([report("e1", "anna", "2023-03-01"), term("e2", "piet", None)], []),  # a document with no date at all
    # a report closes nothing that starts after it, and cuts no period short (it is no takeover)
    ([report("e1", "anna", "2024-03-01"), term("e2", "piet", "2024-06-01")], [("e1", "2024-05-31", "e2")]),
    ([term("e1", "anna", "2024-01-01", "2024-12-31"), report("e2", "piet", "2024-05-02")], []),
    # an open term is closed by a later report, as before
    ([term("e1", "anna", "2022-06-01"), report("e2", "piet", "2024-11-05")], [("e1", "2024-11-04", "e2")]),
])
def test_a_report_ends_before_another_holder_s_later_report_or_start(terms, expected):
    assert inferred_ends(terms) == expected


def write(docs, documents):
    docs.mkdir(exist_ok=True)
    for name, (day, text) in documents.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    return docs


DOCUMENTS = {"early": ("2023-03-01", EARLY), "late": ("2025-01-15", LATE), "announced": ("2023-02-01", ANNOUNCED)}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """The three documents built once; read-only."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("reported")
    build_graph([write(where / "docs", DOCUMENTS)], where / "kg")
    return where / "kg"


def run(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == 0, result.output
    return result.output


def chairs(runner, kg, unit, *window, engine="oxigraph", role="voorzitter"):
    """(person, start, end, endedBy) of the ``role`` rows of ``unit``'s timeline."""
    output = run(runner, kg, "ask", "unit-role-timeline", "-p", f"unit={unit}", *(("-p", f"role={role}") if role else ()),
                 "--format", "json", *window, engine=engine)
    return [(r["personLabel"], r["role"], r["start"], r["end"], r["endedBy"]) for r in json.loads(output)["rows"]]


ANNA = ("Anna Jansen", "voorzitter", "2023-03-01", "2023-03-01", None)
PIET = ("Piet de Boer", "voorzitter", "2025-01-15", "2025-01-15", None)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_later_report_names_the_chair_as_of_a_day_after_it(runner, kg, engine):
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01", engine=engine) == [PIET]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-01-15", engine=engine) == [PIET]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-01-14", engine=engine) == [ANNA]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2024-06-01", engine=engine) == [ANNA]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2023-02-28", engine=engine) == []
    # --at reads each report on its day, as before; the table's end is the text's (the report's day)
    assert chairs(runner, kg, "Pijler Economie", "--at", "2023-03-01", engine=engine) == [ANNA]
    assert chairs(runner, kg, "Pijler Economie", "--at", "2024-06-01", engine=engine) == []
    assert chairs(runner, kg, "Pijler Economie", engine=engine) == [ANNA, PIET]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_entity_as_of_a_day_names_the_chair_of_then(runner, kg, engine):
    def held(name, as_of):
        output = run(runner, kg, "entity", name, "--as-of", as_of, "--format", "json", engine=engine)
        [row] = json.loads(output)["rows"]
        return [(r["otherLabel"], r["role"]) for r in row["relations"].get("hasRole", [])]

    assert held("Pijler Economie", "2025-06-01") == [("Piet de Boer", "voorzitter")]
    assert held("Pijler Economie", "2024-06-01") == [("Anna Jansen", "voorzitter")]
    assert held("Anna Jansen", "2025-06-01") == []
    assert held("Anna Jansen", "2024-06-01") == [("Pijler Economie", "voorzitter")]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_what_does_not_close_a_reported_term(runner, kg, engine):
    # a former chair named later: Joost stays, Lotte was chair before (past: in no state)
    assert chairs(runner, kg, "Pijler Sociaal", "--as-of", "2025-06-01", engine=engine) == [
        ("Joost de Wit", "voorzitter", "2023-03-01", "2023-03-01", None)]
    # the same chair reported twice: both reports stand
    assert chairs(runner, kg, "Themagroep Wonen", "--as-of", "2025-06-01", engine=engine) == [
        ("Mark Visser", "voorzitter", "2023-03-01", "2023-03-01", None),
        ("Mark Visser", "voorzitter", "2025-01-15", "2025-01-15", None)]
    # a covoorzitter shares the chair
    assert chairs(runner, kg, "Themagroep Water", "--as-of", "2025-06-01", role=None, engine=engine) == [
        ("Sanne Bos", "voorzitter", "2023-03-01", "2023-03-01", None),
        ("Kees Smit", "covoorzitter", "2025-01-15", "2025-01-15", None)]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_start_announced_before_a_report_ends_it_from_that_start(runner, kg, engine):
    """Bram's start (1 June 2024, in a document of February 2023) follows Eva's report of March 2023:
    the report ends the day before that start, and closes nothing of Bram's."""
    eva = ("Eva Dekker", "voorzitter", "2023-03-01", "2023-03-01", None)
    bram = ("Bram Bakker", "voorzitter", "2024-06-01", None, None)
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2024-05-31", engine=engine) == [eva]
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2024-06-01", engine=engine) == [bram]
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2026", engine=engine) == [bram]


def test_the_explorer_s_record_of_a_report_says_where_its_end_comes_from(runner, kg):
    page = run(runner, kg, "serve", "--get", "/entity/person/anna-jansen.json")
    [evidence] = json.loads(page)["facts"]["hasRole:out"][0]["evidence"]
    assert (evidence["date"], evidence["inferred_until"], evidence["ended_by_path"]) == (
        "2023-03-01", "2025-01-14", "/document/late")


def test_the_later_document_added_closes_the_term_and_removed_reopens_it(runner, tmp_path):
    """An incremental rebuild gives the graph a full build gives, after each change."""
    from graph.store import GRAPH_FILE

    docs, kg = tmp_path / "docs", tmp_path / "kg"
    write(docs, {"early": DOCUMENTS["early"]})

    def build_and_compare(name):
        built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs)])
        assert built.exit_code == 0, built.output
        fresh = tmp_path / name
        assert runner.invoke(cli, ["--graph", str(fresh), "build", str(docs)]).exit_code == 0
        assert (kg / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()

    build_and_compare("fresh-1")
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [ANNA]
    write(docs, {"late": DOCUMENTS["late"]})
    build_and_compare("fresh-2")
    assert json.loads((kg / "manifest.json").read_text(encoding="utf-8"))["store"]["mode"] == "patch"
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [PIET]
    for path in (docs / "late.txt", docs / "late.meta.json"):
        path.unlink()
    build_and_compare("fresh-3")
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [ANNA]


def test_one_chair_under_two_names_merged_by_a_correction_is_not_ended_by_itself(runner, tmp_path):
    docs, kg, fixes = tmp_path / "docs", tmp_path / "kg", tmp_path / "correcties"
    write(docs, {"a": ("2023-03-01", "Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst.\n"),
                 "b": ("2025-01-15", "Anne Jansen, voorzitter van de Pijler Economie, sloot de bijeenkomst.\n")})
    fixes.mkdir()

    def build(text):
        (fixes / "c.yaml").write_text(text, encoding="utf-8")
        built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--curated", str(fixes)])
        assert built.exit_code == 0, built.output
        return [row[0] for row in chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01")]

    assert build("") == ["Anne Jansen"]
    assert build("merge:\n  - {from: person/anne-jansen, into: person/anna-jansen}\n") == ["Anna Jansen", "Anna Jansen"]
