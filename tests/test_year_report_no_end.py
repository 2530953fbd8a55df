"""An ongoing role named in a year report shows no end (walkthrough 23, finding 5).

"Wethouder Kees Bos is lid van de Pijler Wonen" in the report on 2025 that appeared on 20 March 2026
holds in 2025 and on that day: the time filters read the report's period, but nothing says the role
stopped, so the tables show no "einde" and the start reads "(genoemd 2025)", the year it reports on.
The report's plain past ("Anna Visser was voorzitter") keeps the end of its year (round 41t).
"""

from __future__ import annotations

import json

import pytest

from test_time_precision import run

REPORT = ("# Jaarverslag 2025 Pijler Wonen\n\nZwolle, 20 maart 2026\n\n"
          "Wethouder Kees Bos van Deventer is lid van de Pijler Wonen. "
          "Anna Visser was voorzitter van de Themagroep Bouwen.\n")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("year-report-no-end")
    (where / "docs").mkdir()
    (where / "docs" / "jaarverslag-2025-pijler-wonen.md").write_text(REPORT, encoding="utf-8")
    build_graph([where / "docs"], where / "kg")
    return where / "kg"


def roles(runner, kg, *window, engine="oxigraph"):
    output = run(runner, kg, "ask", "who-does-what", "--format", "json", *window, engine=engine)
    return sorted((r["personLabel"], r["role"], r["bodyLabel"], r["since"], r["sinceStated"], r["end"] or None)
                  for r in json.loads(output)["rows"])


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_year_report_s_present_role_has_no_end(runner, kg, engine):
    assert roles(runner, kg, engine=engine) == [
        ("Anna Visser", "voorzitter", "Themagroep Bouwen", "2025", False, "2025-12-31"),
        ("Kees Bos", "lid", "Pijler Wonen", "2025", False, None),
        ("Kees Bos", "wethouder", "Deventer", "2025", False, None)]
    # the last known state a year later still names him, with no end
    assert [row[:2] for row in roles(runner, kg, "--as-of", "2026-12-01", engine=engine)] == [
        ("Anna Visser", "voorzitter"), ("Kees Bos", "lid"), ("Kees Bos", "wethouder")]


def test_the_table_reads_the_year_as_mentioned(runner, kg):
    output = run(runner, kg, "ask", "who-does-what", "-p", "person=Kees Bos")
    row = next(line for line in output.splitlines() if "Pijler Wonen" in line)
    assert "(genoemd 2025)" in row and "2026-03-20" not in row, output


def export_times(runner, kg, fmt, engine):
    """(subject, role, object) → (date, valid_from, valid_until) of the ``fmt`` export's rows."""
    import csv
    import io

    output = run(runner, kg, "export", "--format", fmt, engine=engine)
    rows = ([json.loads(line) for line in output.splitlines()] if fmt == "facts"
            else list(csv.DictReader(io.StringIO(output))))
    return {(r["subject"], r["role"] or None, r["object"]): (r["date"], r["valid_from"], r["valid_until"] or None)
            for r in rows if r["predicate"] == "hasRole"}


@pytest.mark.parametrize("fmt", ["facts", "csv"])
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_exports_write_no_end_the_report_does_not_state(runner, kg, fmt, engine):
    # the report's date is when the role was known, not its end (the contract's rule for a document's
    # date: docs/gold-format.md); its plain past keeps the end of the year it reports on
    assert export_times(runner, kg, fmt, engine) == {
        ("Kees Bos", "lid", "Pijler Wonen"): ("2026-03-20", "2025-01-01", None),
        ("Kees Bos", "wethouder", "Deventer"): ("2026-03-20", "2025-01-01", None),
        ("Anna Visser", "voorzitter", "Themagroep Bouwen"): ("2026-03-20", "2025-01-01", "2025-12-31")}


def test_the_explorer_s_evidence_line_shows_no_end_the_report_does_not_state(kg):
    import warnings

    from serve_fixture import make_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    with TestClient(make_app(kg, "oxigraph")) as client:
        kees = client.get("/entity/person/kees-bos.json").json()
        anna = client.get("/entity/person/anna-visser.json").json()
        page = client.get("/entity/person/kees-bos").text
    ends = {(item["label"], e["valid_from"], e["valid_until_shown"]) for items in kees["facts"].values()
            for item in items for e in item["evidence"]}
    assert ends == {("Pijler Wonen", "2025-01-01", None), ("Deventer", "2025-01-01", None)}
    assert "· 2025-01-01 – …" in page and "2026-03-20" not in page.split("<aside>")[0]
    assert {e["valid_until_shown"] for items in anna["facts"].values() for item in items
            for e in item["evidence"]} == {"2025-12-31"}  # the report's plain past keeps its year's end
