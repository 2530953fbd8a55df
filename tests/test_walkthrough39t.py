"""Walkthrough 14 (a researcher studying the network over time): ``--as-of``, ``--at`` and terms,
successions, undated facts and ministry names over time (round 39t). Fixture sentences use fictional
people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents


def run(runner, kg, *args, engine="oxigraph", code=0, notes=False):
    """What the command printed on stdout; with ``notes``, its notes on stderr too (the notes of --as-of, round 46g)."""
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == code, result.output
    return result.output if notes else result.stdout


def _built(tmp_path_factory, name, documents):
    """The graph of ``documents`` (id → (text, date)), built once per module."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp(name)
    build_graph([dated_documents(where, documents)], where / "kg")
    return where / "kg"


def _built_as_written(tmp_path_factory, name, texts):
    """The graph of documents with no sidecar (id → text): each dated, if at all, by its own text."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp(name)
    docs = where / "docs"
    docs.mkdir()
    for document, text in texts.items():
        (docs / f"{document}.txt").write_text(text, encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def roles(runner, kg, unit, *window, engine="oxigraph"):
    output = run(runner, kg, "ask", "unit-role-timeline", "-p", f"unit={unit}", "-p", "role=voorzitter",
                 "--format", "json", *window, engine=engine)
    return [(r["personLabel"], r["start"], r["end"]) for r in json.loads(output)["rows"]]


# ----------------------------------------------------------------------------- 11: --as-of knows no later document


@pytest.fixture(scope="module")
def successor(tmp_path_factory):
    """A successor named with a date of her own; her predecessor's role has an end and no start."""
    return _built(tmp_path_factory, "w39t-successor", {"nieuws": (
        "Lotte Verhoef is met ingang van 1 maart 2023 voorzitter van de Pijler Economie en Werk. "
        "Zij volgt Ruud Kamsma op.", "2023-03-02")})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_role_only_a_later_document_ends_is_not_known_before_that_document(runner, successor, engine):
    unit = "Pijler Economie en Werk"
    assert roles(runner, successor, unit, "--as-of", "2018-06-01", engine=engine) == []
    assert roles(runner, successor, unit, "--as-of", "2023-02-27", engine=engine) == []
    assert roles(runner, successor, unit, "--as-of", "2023-03-05", engine=engine) == [
        ("Lotte Verhoef", "2023-03-01", None)]
    out = run(runner, successor, "entity", "Ruud Kamsma", "--as-of", "2018", engine=engine)
    assert "(geen resultaten)" in out


# ----------------------------------------------------------------------------- 10: an end and no start is no open start


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_role_with_only_an_end_holds_on_its_last_day_not_for_all_earlier_time(runner, successor, engine):
    unit = "Pijler Economie en Werk"
    assert roles(runner, successor, unit, "--at", "2010", engine=engine) == []
    assert roles(runner, successor, unit, "--between", "2016", "2022", engine=engine) == []
    assert roles(runner, successor, unit, "--at", "2023-02-28", engine=engine) == [("Ruud Kamsma", None, "2023-02-28")]
    assert "(geen resultaten)" in run(runner, successor, "entity", "Ruud Kamsma", "--at", "2010", engine=engine)
    # the network commands read it the same way (graph/project.py)
    assert "Ruud Kamsma" not in run(runner, successor, "rank", "--type", "Person", "--at", "2018")


# ----------------------------------------------------------------------------- 12: a succession is an event on its date


@pytest.fixture(scope="module")
def succession(tmp_path_factory):
    return _built(tmp_path_factory, "w39t-succession", {"nieuws": (
        "Hans Mulder, wethouder Economie van Zwolle, is benoemd tot voorzitter van de Pijler Economie en Werk. "
        "Hij volgt Ineke de Vries op, die per 1 juli 2019 vertrekt als wethouder van Groningen.", "2019-06-24")})


def test_a_succession_is_an_event_on_its_date_not_a_lasting_link(runner, succession):
    facts = [json.loads(line) for line in run(runner, succession, "export").splitlines()]
    assert [(f["subject"], f["object"], f["valid_from"], f["valid_until"]) for f in facts
            if f["predicate"] == "succeeded"] == [("Hans Mulder", "Ineke de Vries", "2019-07-01", "2019-07-01")]
    assert "Ineke de Vries" not in run(runner, succession, "rank", "--type", "Person", "--at", "2030")
    assert "Ineke de Vries" in run(runner, succession, "rank", "--type", "Person", "--at", "2019-07-01")


# ----------------------------------------------------------------------------- 13: --at keeps the term the timeline shows


@pytest.fixture(scope="module")
def reported_chair(tmp_path_factory):
    """A chair named in minutes of 2017; a year report on 2022 says another chair since April 2022."""
    return _built(tmp_path_factory, "w39t-reported", {
        "verslag": ("Verslag Pijler Fysiek\n\nVoorzitter: Wim Oosterhuis (Almere).", "2017-05-18"),
        "jaarverslag": ("Jaarverslag G40 2022\n\nSanne Klooster is sinds april 2022 voorzitter van de Pijler Fysiek.",
                        "2023-02-01")})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_at_keeps_a_reported_chair_for_the_term_the_timeline_shows(runner, reported_chair, engine):
    wim = ("Wim Oosterhuis", "2017-05-18", "2022-03-31")
    assert roles(runner, reported_chair, "Pijler Fysiek", engine=engine) == [wim, ("Sanne Klooster", "2022-04-01", None)]
    assert roles(runner, reported_chair, "Pijler Fysiek", "--at", "2018-06-01", engine=engine) == [wim]
    assert roles(runner, reported_chair, "Pijler Fysiek", "--between", "2019", "2020", engine=engine) == [wim]
    assert roles(runner, reported_chair, "Pijler Fysiek", "--at", "2022-06-01", engine=engine) == [
        ("Sanne Klooster", "2022-04-01", None)]
    assert "Wim Oosterhuis" in run(runner, reported_chair, "rank", "--type", "Person", "--at", "2018-06-01")


# ----------------------------------------------------------------------------- 14: the last known state and the kind of document


@pytest.fixture(scope="module")
def year_report(tmp_path_factory):
    """A year report dated by a month in its text, and a news item of two years before."""
    return _built_as_written(tmp_path_factory, "w39t-year-report", {
        "jaarverslag": "Jaarverslag G40 2023\nfebruari 2024\n\nDe G40 werkte in 2023 samen met BZK en SZW.\n",
        "nieuws": "Utrecht, 3 juni 2021 – Het ministerie van Onderwijs, Cultuur en Wetenschap werkt samen met de G40 "
                  "aan de City Deal Kennis Maken.\n"})


def test_a_year_report_dated_by_a_month_speaks_of_its_year(year_report):
    from graph.ingest import read_document

    document = read_document(year_report.parent / "docs" / "jaarverslag.txt")
    assert (document.date, document.period_start, document.period_end) == (None, "2023-01-01", "2023-12-31")


def test_as_of_keeps_what_a_year_report_says_of_its_year_as_a_news_item_is_kept(runner, year_report):
    header = run(runner, year_report, "collaborators", "--as-of", "2023-12-31").splitlines()[1].split()
    assert [name for name in ("BZK", "OCW", "SZW") if name in header] == ["BZK", "OCW", "SZW"]
    # "in 2023" is a period the text gives: ended after 2023 (round 46g, walkthrough 20, finding 9); the news
    # item's fact, which gives no end, is still the last known state
    header = run(runner, year_report, "collaborators", "--as-of", "2025-12-31").splitlines()[1].split()
    assert [name for name in ("BZK", "OCW", "SZW") if name in header] == ["OCW"]
    assert "sinds wanneer" in run(runner, year_report, "collaborators", "--help")


# ----------------------------------------------------------------------------- 17: undated facts in network outputs


@pytest.fixture(scope="module")
def undated_note(tmp_path_factory):
    """A note with no date at all beside a dated news item."""
    return _built_as_written(tmp_path_factory, "w39t-undated", {
        "notitie": "Notitie netwerkanalyse\n\nDe G40 werkt samen met het Interprovinciaal Overleg.\n",
        "nieuws": "Utrecht, 3 juni 2018 – De G40 werkt samen met het ministerie van Binnenlandse Zaken en "
                  "Koninkrijksrelaties.\n"})


def labels(runner, kg, command, *args):
    output = json.loads(run(runner, kg, command, "--format", "json", *args))
    rows = output["rows"] if isinstance(output, dict) else output
    return sorted(label for row in rows for label in (row["members"] if "members" in row else [row["label"]]))


def test_network_outputs_mark_undated_facts_and_dated_only_leaves_them_out(runner, undated_note):
    assert labels(runner, undated_note, "rank", "--at", "2018") == ["BZK", "G40", "IPO (zonder datum)"]
    assert labels(runner, undated_note, "rank", "--at", "2018", "--dated-only") == ["BZK", "G40"]
    assert labels(runner, undated_note, "communities", "--as-of", "2024") == ["BZK", "G40", "IPO (zonder datum)"]
    assert labels(runner, undated_note, "rank") == ["BZK", "G40", "IPO"]  # no window: nothing to mark
    assert "IPO (undated)" in run(runner, undated_note, "--lang", "en", "rank", "--at", "2018")


def test_viz_marks_undated_nodes_and_dated_only_leaves_them_out(runner, undated_note, tmp_path):
    run(runner, undated_note, "viz", "--at", "2018", "-o", str(tmp_path / "a.html"))
    assert "IPO (zonder datum)" in (tmp_path / "a.html").read_text(encoding="utf-8")
    run(runner, undated_note, "viz", "--at", "2018", "--dated-only", "-o", str(tmp_path / "b.html"))
    assert "IPO" not in (tmp_path / "b.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- 7: an announced departure, a farewell


@pytest.mark.parametrize("sentence, past", [
    ("Kees Smit kondigt aan dat hij in 2023 stopt als voorzitter van de Pijler Fysiek.", False),
    ("Kees Smit stopt in 2023 als voorzitter van de Pijler Fysiek.", False),
    ("Kees Smit zal stoppen als voorzitter van de Pijler Fysiek.", False),
    ("Kees Smit stopt als voorzitter van de Pijler Fysiek.", True),
    ("Kees Smit neemt afscheid als voorzitter van de Pijler Fysiek.", True),
    # round 40t: a month or a day of the document's year (2022-11-17) is compared at that precision
    ("Kees Smit stopt per 1 december als voorzitter van de Pijler Fysiek.", False),
    ("Kees Smit stopt in december 2022 als voorzitter van de Pijler Fysiek.", False),
    ("Kees Smit stopte in november 2022 als voorzitter van de Pijler Fysiek.", True),
    ("Kees Smit stopte op 1 november 2022 als voorzitter van de Pijler Fysiek.", True),
])
def test_an_announced_departure_is_no_ended_role_on_the_documents_day(sentence, past):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = [(r.subject.text, r.object.text, r.past) for r in extract("d", sentence, gazetteer=load_gazetteer(),
                                                                          date="2022-11-17").relations
             if r.predicate == "hasRole"]
    assert found == [("Kees Smit", "Pijler Fysiek", past)]


def test_a_farewell_gives_the_documents_day_as_the_end_not_the_start(runner, tmp_path_factory):
    kg = _built(tmp_path_factory, "w39t-farewell", {
        "nieuws": ("Kees Smit neemt afscheid als voorzitter van de Pijler Fysiek.", "2022-04-11")})
    facts = [json.loads(line) for line in run(runner, kg, "export").splitlines()]
    assert [(f["subject"], f["valid_from"], f["valid_until"], f["past"]) for f in facts
            if f["predicate"] == "hasRole"] == [("Kees Smit", None, "2022-04-11", True)]


# ----------------------------------------------------------------------------- 15: a ministry asked outside its existence


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory):
    return _built(tmp_path_factory, "w39t-kgg", {"nieuws": (
        "De G40 werkt samen met het ministerie van Klimaat en Groene Groei aan de energietransitie.", "2025-03-04")})


def test_a_ministry_asked_outside_its_existence_says_when_it_existed(runner, short_lived):
    out = run(runner, short_lived, "collaborators", "KGG", "--at", "2019")
    assert out.splitlines()[:2] == ["Geen samenwerkingen met KGG gevonden.",
                                   "KGG bestond van 2024-07-02 tot 2026-02-22; opgegaan in EZK per 2026-02-23."]
    assert "existed from 2024-07-02 until 2026-02-22" in run(runner, short_lived, "--lang", "en", "collaborators", "KGG",
                                                             "--at", "2019")
    assert "bestond" not in run(runner, short_lived, "collaborators", "KGG", "--at", "2025")
    # the last known state after it ceased: the rows, and the note beside them
    assert "KGG bestond van 2024-07-02 tot 2026-02-22; opgegaan in EZK per 2026-02-23." in run(
        runner, short_lived, "collaborators", "KGG", "--as-of", "2026-06-01", notes=True)
