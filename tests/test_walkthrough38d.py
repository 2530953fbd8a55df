"""Walkthrough 38d: a city's privacy and accessibility coordinator on documents of their own — a new
chair is not shown as already gone, guests are no members, people who are only listed can be left
out, a salutation does not join a person of another document, and small network pages have
readable labels."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

ENGINES = ["oxigraph", "rdflib"]


def _write(folder, name, text, date=None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    if date:
        (folder / (name.rsplit(".", 1)[0] + ".meta.json")).write_text(json.dumps({"date": date}), encoding="utf-8")


def _build(runner, graph, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "build", *map(str, args)])
    assert result.exit_code == 0, result.output + result.stderr
    return result


def _json(runner, graph, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, *args, "--format", "json"])
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.output)


# ----------------------------------------------------------------------------- F2: a new chair shown as ended

APPOINTMENT = ("Wethouder Noor Jansen (Arnhem) is benoemd tot voorzitter van de Pijler Sociaal. "
               "Bram Kuipers (Zwolle) is sinds januari 2024 voorzitter van de Pijler Economie en Werk. "
               "Lotte de Wit is voorzitter van de Pijler Wonen.\n")


@pytest.fixture(scope="module")
def appointment_graph(tmp_path_factory):
    from click.testing import CliRunner

    root = tmp_path_factory.mktemp("f2")
    _write(root / "docs", "benoeming.txt", APPOINTMENT, "2025-05-12")
    _build(CliRunner(), root / "kg", root / "docs")
    return root / "kg"


@pytest.mark.parametrize("engine", ENGINES)
def test_an_appointment_starts_a_term_on_its_document_s_day_with_no_end(runner, appointment_graph, engine):
    rows = _json(runner, appointment_graph, "ask", "unit-role-timeline", "-p", "unit=Pijler Sociaal",
                 engine=engine)["rows"]
    assert [(r["personLabel"], r["role"], r["start"], r["end"], r["endedBy"]) for r in rows] == [
        ("Noor Jansen", "voorzitter", "2025-05-12", None, None)]
    rows = _json(runner, appointment_graph, "ask", "unit-role-timeline", "-p", "unit=Pijler Economie en Werk",
                 engine=engine)["rows"]
    assert [(r["personLabel"], r["start"], r["end"]) for r in rows] == [("Bram Kuipers", "2024-01-01", None)]


@pytest.mark.parametrize("engine", ENGINES)
def test_an_appointment_holds_after_its_day_and_not_before(runner, appointment_graph, engine):
    def chairs(*window):
        rows = _json(runner, appointment_graph, "ask", "unit-role-timeline", "-p", "unit=Pijler Sociaal", *window,
                     engine=engine)["rows"]
        return [r["personLabel"] for r in rows]

    assert chairs("--at", "2025-08-01") == ["Noor Jansen"]
    assert chairs("--at", "2025-05-11") == []
    assert chairs("--as-of", "2026-01-01") == ["Noor Jansen"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_fact_only_its_document_dates_shows_no_end_but_holds_on_that_day(runner, appointment_graph, engine):
    """No appointment: "X is voorzitter" in a news item holds on its day for --at, with no end shown."""
    def chairs(*window):
        rows = _json(runner, appointment_graph, "ask", "unit-role-timeline", "-p", "unit=Pijler Wonen", *window,
                     engine=engine)["rows"]
        return [(r["personLabel"], r["start"], r["end"]) for r in rows]

    assert chairs() == [("Lotte de Wit", "2025-05-12", None)]
    assert chairs("--at", "2025-05-12") == [("Lotte de Wit", "2025-05-12", None)]
    assert chairs("--at", "2025-08-01") == []  # --at keeps its meaning: the text says nothing of that day
    assert chairs("--as-of", "2025-08-01") == [("Lotte de Wit", "2025-05-12", None)]


@pytest.mark.parametrize("engine", ENGINES)
def test_entity_shows_no_end_the_text_does_not_give(runner, appointment_graph, engine):
    [row] = _json(runner, appointment_graph, "entity", "Noor Jansen", engine=engine)["rows"]
    assert sorted((r["otherLabel"], r["role"], r["start"], r["end"]) for r in row["relations"]["hasRole"]) == [
        ("Arnhem", "wethouder", "2025-05-12", None), ("Pijler Sociaal", "voorzitter", "2025-05-12", None)]


def test_the_facts_export_gives_an_appointment_no_end(runner, appointment_graph):
    result = runner.invoke(cli, ["--graph", str(appointment_graph), "export", "--format", "facts"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert sorted((r["subject"], r["role"], r["date"], r["valid_from"], r["valid_until"]) for r in rows
                  if r["predicate"] == "hasRole") == [
        ("Bram Kuipers", "voorzitter", "2025-05-12", "2024-01-01", None),
        ("Lotte de Wit", "voorzitter", "2025-05-12", "2025-05-12", None),
        ("Noor Jansen", "voorzitter", "2025-05-12", "2025-05-12", None),
        ("Noor Jansen", "wethouder", "2025-05-12", "2025-05-12", None)]


def test_the_explorer_shows_an_appointment_as_open(runner, appointment_graph):
    result = runner.invoke(cli, ["--graph", str(appointment_graph), "serve", "--get", "/entity/person/noor-jansen"])
    assert result.exit_code == 0, result.output
    assert "· 2025-05-12 – …" in result.output  # the chair: from that day, open
    assert "· datum 2025-05-12" in result.output  # the wethouder, read off how she is named: that day's
    assert "2025-05-12 – 2025-05-12" not in result.output
