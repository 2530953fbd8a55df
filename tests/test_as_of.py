"""``--as-of DATE``: the last known state on a day, beside ``--at`` and ``--between``.

Five small documents: a participation stated in 2023, a chair whose open term a later chair ends
(graph.tenure), a role with an end of its own, a participation from a document of 2026, one from a
year report dated by its period only, and one from a document with no date at all.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

DOCUMENTS = {
    "nieuws-a": ("2023-03-01", "Groningen neemt deel aan de City Deal Circulaire Stad.\n\n"
                               "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.\n\n"
                               "Kees Bakker is van januari 2022 tot 1 maart 2024 trekker van de Themagroep Wonen.\n"),
    "nieuws-b": ("2024-11-05", "Sinds 1 november 2024 is Piet de Boer voorzitter van de Pijler Sociaal.\n"),
    "nieuws-c": ("2026-01-15", "Zwolle neemt deel aan de City Deal Circulaire Stad.\n"),
    "jaarverslag": ({"start": "2023-01-01", "end": "2023-12-31"}, "Apeldoorn neemt deel aan de City Deal Circulaire Stad.\n"),
    "notitie": (None, "Breda neemt deel aan de City Deal Circulaire Stad.\n"),  # no date anywhere
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """The five documents built once; read-only."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("as-of")
    docs = where / "docs"
    docs.mkdir()
    for name, (when, text) in DOCUMENTS.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        if isinstance(when, dict):
            (docs / f"{name}.meta.json").write_text(json.dumps({"period": when}), encoding="utf-8")
        elif when:
            (docs / f"{name}.meta.json").write_text(json.dumps({"date": when}), encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def run(runner, kg, *args, engine="oxigraph", code=0):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == code, result.output
    return result.stdout  # the data; --at's hint goes to stderr (round 44q)


def cities(runner, kg, *window, engine="oxigraph"):
    output = run(runner, kg, "ask", "g40-cities-programmes", "--format", "json", *window, engine=engine)
    return [(r["cityLabel"], r["programmeLabel"], r["documents"], r["undated"]) for r in json.loads(output)["rows"]]


def roles(runner, kg, unit, role, *window, engine="oxigraph"):
    output = run(runner, kg, "ask", "unit-role-timeline", "-p", f"unit={unit}", "-p", f"role={role}", "--format", "json",
                 *window, engine=engine)
    return [(r["personLabel"], r["start"], r["end"]) for r in json.loads(output)["rows"]]


DEAL = "City Deal Circulaire Stad"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_participation_stated_in_2023_is_the_last_known_state_in_2025(runner, kg, engine):
    # stated on 2023-03-01 (Groningen), in the year report on 2023 (Apeldoorn: its period is its
    # document's, no end), undated (Breda: kept and counted as undated); Zwolle's document is of 2026
    assert cities(runner, kg, "--as-of", "2025-06-01", engine=engine) == [
        ("Apeldoorn", DEAL, 1, 0), ("Breda", DEAL, 1, 1), ("Groningen", DEAL, 1, 0)]
    # on that day nothing says it holds: only the undated fact passes --at
    assert cities(runner, kg, "--at", "2025-06-01", engine=engine) == [("Breda", DEAL, 1, 1)]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_fact_from_a_document_dated_after_the_day_is_not_known_then(runner, kg, engine):
    assert [row[0] for row in cities(runner, kg, "--as-of", "2026-01-14", engine=engine)] == [
        "Apeldoorn", "Breda", "Groningen"]
    assert [row[0] for row in cities(runner, kg, "--as-of", "2026-01-15", engine=engine)] == [
        "Apeldoorn", "Breda", "Groningen", "Zwolle"]
    # before its document's date a fact dated only by it is not known; the year report from its first day
    assert [row[0] for row in cities(runner, kg, "--as-of", "2023-02-28", engine=engine)] == ["Apeldoorn", "Breda"]
    assert [row[0] for row in cities(runner, kg, "--as-of", "2022-12-31", engine=engine)] == ["Breda"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_role_with_an_end_of_its_own_is_not_in_the_state_after_that_end(runner, kg, engine):
    kees = [("Kees Bakker", "2022-01-01", "2024-02-29")]
    assert roles(runner, kg, "Themagroep Wonen", "trekker", "--as-of", "2025", engine=engine) == []
    assert roles(runner, kg, "Themagroep Wonen", "trekker", "--as-of", "2024-03-01", engine=engine) == []
    assert roles(runner, kg, "Themagroep Wonen", "trekker", "--as-of", "2024-02-29", engine=engine) == kees
    # the text says since when, so the state of 2022 knows it, though the document is of 2023
    assert roles(runner, kg, "Themagroep Wonen", "trekker", "--as-of", "2022-06-01", engine=engine) == kees


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_term_ended_by_its_successor_gives_way_to_the_successor(runner, kg, engine):
    anna, piet = ("Anna Jansen", "2022-06-01", "2024-10-31"), ("Piet de Boer", "2024-11-01", None)
    # on 2024-10-31 nothing said her term would end: the successor's document (2024-11-05) and start came later
    assert roles(runner, kg, "Pijler Sociaal", "voorzitter", "--as-of", "2024-10-31", engine=engine) == [anna[:2] + (None,)]
    assert roles(runner, kg, "Pijler Sociaal", "voorzitter", "--as-of", "2024-11-01", engine=engine) == [piet]
    assert roles(runner, kg, "Pijler Sociaal", "voorzitter", "--as-of", "2025", engine=engine) == [piet]
    # --at the same day keeps the one-day reading: Piet's term is open, so it holds too
    assert roles(runner, kg, "Pijler Sociaal", "voorzitter", "--at", "2025-06-01", engine=engine) == [piet]


def test_a_year_or_a_month_means_its_last_day(runner, kg):
    assert [row[0] for row in cities(runner, kg, "--as-of", "2026")] == ["Apeldoorn", "Breda", "Groningen", "Zwolle"]
    assert [row[0] for row in cities(runner, kg, "--as-of", "2026-01")] == ["Apeldoorn", "Breda", "Groningen", "Zwolle"]
    assert roles(runner, kg, "Themagroep Wonen", "trekker", "--as-of", "2024-02") == [
        ("Kees Bakker", "2022-01-01", "2024-02-29")]


def test_undated_facts_are_kept_and_marked(runner, kg):
    table = run(runner, kg, "ask", "g40-cities-programmes", "--as-of", "2025-06-01")
    assert table.splitlines()[1].split() == ["gemeente", "programma", "soort", "programma", "relatie", "documenten",
                                             "curaties", "zonder", "datum"]
    assert [line.split()[0] for line in table.splitlines()[3:]] == ["Apeldoorn", "Breda", "Groningen"]
    assert table.splitlines()[4].split()[-1] == "1", table  # Breda's one fact with no time at all
    breda = run(runner, kg, "entity", "Breda", "--as-of", "2025-06-01", "--format", "markdown")
    # an empty role and an empty portfolio (round 45m) before the start
    assert "| City Deal Circulaire Stad | Programma |  |  | zonder datum |" in breda, breda
    # round 43g (walkthrough 18 finding 13): CSV is for loading, with no words that change with --lang:
    # the undated fact has an empty start and end, as in 'ask --format csv'
    breda = run(runner, kg, "entity", "Breda", "--as-of", "2025-06-01", "--format", "csv")
    assert "participatesIn,out,City Deal Circulaire Stad,Programme,,,,," in breda, breda


def test_the_other_commands_take_it(runner, kg):
    [profile] = json.loads(run(runner, kg, "entity", "Pijler Sociaal", "--as-of", "2025", "--format", "json"))["rows"]
    assert [(f["otherLabel"], f["start"], f["end"]) for f in profile["relations"]["hasRole"]] == [
        ("Piet de Boer", "2024-11-01", None)]
    # the projection (rank, path, viz) keeps what the named questions keep; Breda, which only the
    # undated note brings in, is marked so (round 39t)
    ranked = json.loads(run(runner, kg, "rank", "--as-of", "2025", "--format", "json"))
    assert sorted(row["label"] for row in ranked["rows"]) == [
        "Apeldoorn", "Breda (zonder datum)", "City Deal Circulaire Stad", "Groningen", "Piet de Boer", "Pijler Sociaal"]
    ranked = json.loads(run(runner, kg, "rank", "--as-of", "2024-06-01", "--format", "json"))
    assert sorted(row["label"] for row in ranked["rows"]) == [
        "Anna Jansen", "Apeldoorn", "Breda (zonder datum)", "City Deal Circulaire Stad", "Groningen", "Pijler Sociaal"]


def test_the_network_page_takes_it(kg):
    from graph.store import open_dataset
    from viz.views import view_data

    data = view_data(open_dataset(kg), as_of="2024-06-01")  # Kees Bakker's role ended in February
    assert sorted(node["label"] for node in data["nodes"]) == [
        "Anna Jansen", "Apeldoorn", "Breda", "City Deal Circulaire Stad", "Groningen", "Pijler Sociaal"]
    assert data["meta"]["title"] == "G40-kennisgraaf: netwerk (stand per 2024-06-01)"


@pytest.mark.parametrize("args, message", [
    (["--as-of", "2025", "--at", "2024"], "Fout: geef --as-of of --at/--between, niet samen"),
    (["--as-of", "2025", "--between", "2023", "2024"], "Fout: geef --as-of of --at/--between, niet samen"),
    (["--as-of", "2025-13"], "Fout: '2025-13' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)"),
    (["--as-of", "gisteren"], "Fout: 'gisteren' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)"),
    (["--as-of", "2025", "-p", "as_of=2024"], "Fout: '-p as_of' en --at, --between, --as-of of --min-confidence "
                                             "zeggen hetzelfde; geef het één keer"),
])
def test_bad_input_is_one_line_and_exit_2(runner, kg, args, message):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "g40-cities-programmes", *args])
    assert (result.exit_code, result.output.strip()) == (2, message), result.output
    assert "Traceback" not in result.output


def test_english_messages_and_help(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "--lang", "en", "collaborators", "--as-of", "2025", "--at", "2024"])
    assert (result.exit_code, result.output.strip()) == (2, "Error: give --as-of or --at/--between, not together")
    for command in ("ask", "collaborators", "entity", "path", "rank", "communities", "brokers", "viz"):
        shown = " ".join(run(runner, kg, "--lang", "en", command, "--help").split())
        assert "--as-of DATE Last known state on DATE (a year or a month: its last day): facts reported on or " \
               "before that date (or whose text says since when) that no text reported by then says ended before it" in shown, (command, shown)
    assert "--as-of DATUM Laatst bekende stand op DATUM" in " ".join(run(runner, kg, "ask", "--help").split())


def test_the_questions_list_the_parameter(runner, kg):
    listed = json.loads(run(runner, kg, "--lang", "en", "questions", "--format", "json"))["rows"]
    assert all("as_of:date" in row["parameters"] for row in listed if "at:date" in row["parameters"])
    assert [p for p in next(r for r in listed if r["name"] == "members")["parameters"] if "as_of" in p] == ["as_of:date"]


def test_the_explorer_takes_as_of(runner, kg):
    page = run(runner, kg, "serve", "--get", "/questions/g40-cities-programmes.json?as_of=2025-06-01")
    answer = json.loads(page)
    assert answer["values"]["as_of"] == "2025-06-01"
    # the city's CBS code ends each row, as in the command line's JSON (round 45l)
    assert [[cell["text"] for cell in row] for row in answer["answer"]["rows"]] == [
        ["Apeldoorn", DEAL, "citydeal", "neemt deel aan", "1", "0", "0", "GM0200"],
        ["Breda", DEAL, "citydeal", "neemt deel aan", "1", "0", "1", "GM0758"],
        ["Groningen", DEAL, "citydeal", "neemt deel aan", "1", "0", "0", "GM0014"]]
    html = run(runner, kg, "serve", "--get", "/questions/g40-cities-programmes?as_of=2025-06-01")
    assert '<label>Stand per' in html and '<input name="as_of" value="2025-06-01"' in html
    network = json.loads(run(runner, kg, "serve", "--get", "/network.json?as_of=2026"))
    assert "Zwolle" in {node["label"] for node in network["nodes"]}
    network = json.loads(run(runner, kg, "serve", "--get", "/network.json?as_of=2025"))
    assert "Zwolle" not in {node["label"] for node in network["nodes"]}
    both = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", "/questions/g40-cities-programmes.json?as_of=2025&at=2024"])
    assert json.loads(both.output)["error"] == "geef --as-of of --at/--between, niet samen", both.output


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_network_commands_end_a_term_where_its_successor_begins_as_the_questions_do(runner, kg, engine):
    """path, rank and viz read the evidence records: a term that graph.tenure ended (Anna Jansen's,
    when Piet de Boer became chair on 2024-11-01) is not in the network at a later date."""
    def path(at):
        return runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "path", "Anna Jansen", "Pijler Sociaal",
                                   "--format", "json", "--at", at])

    during = path("2024-06-01")
    assert during.exit_code == 0, during.output
    assert [(row["from"], row["relations"], row["to"]) for row in json.loads(during.output)["rows"]] == [
        ("Anna Jansen", ["hasRole"], "Pijler Sociaal")]
    after = path("2025-06-01")
    assert after.exit_code == 1, after.output  # no connection: her term ended
