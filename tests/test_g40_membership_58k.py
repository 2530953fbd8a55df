"""Round 58k (walkthrough 36, finding 2's rest): the G40 questions count the members of the date asked.

Round 58m gave ``g40_members.csv`` a ``lid_tot`` and the graph ``g40MemberSince``/``g40MemberUntil``, but the
questions still counted today's members for every date. Now, with ``--at D`` or ``--as-of D`` a city counts when it
was a member on D, with ``--from``/``--until`` when it was one on a day of the period; without a time option today's
members, as before (``graph/g40_membership.py``). The fixture's gazetteer: Tilburg joins on 2027-01-01 (a member
today: the row has no end), Helmond left on 2022-06-30, Breda has been a member since before 2009 (no date)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.query import get_question, question_text, run_question, run_sparql
from graph.questions import question_bindings, shareable_text
from graph.store import open_dataset
from tests.documents import built_from

BREDA, TILBURG, HELMOND = "Breda", "Tilburg", "Helmond"

DOCUMENTS = {
    "verslag-2021": ("2021-05-01", "Breda neemt deel aan de City Deal Kennis Maken. Tilburg neemt deel aan de City "
                                   "Deal Kennis Maken. Helmond neemt deel aan de City Deal Kennis Maken. Het ministerie "
                                   "van BZK neemt deel aan de City Deal Kennis Maken."),
    "verslag-2025": ("2025-05-01", "Breda neemt deel aan de City Deal Kennis Maken. Tilburg neemt deel aan de City "
                                   "Deal Kennis Maken. Helmond neemt deel aan de City Deal Kennis Maken. Het ministerie "
                                   "van BZK neemt deel aan de City Deal Kennis Maken."),
}


def _gazetteer(where):
    """A copy of the bundled gazetteer in which Helmond left on 2022-06-30 and Tilburg joins on 2027-01-01."""
    import re

    from test_walkthrough58m import _members_copy

    copy = _members_copy(where, {"GM0794": "2022-06-30"})
    members = copy / "g40_members.csv"
    text, changed = re.subn(r"^(Tilburg,GM0855,[^,\n]*,)[^,\n]*,", r"\g<1>2027-01-01,", members.read_text(encoding="utf-8"),
                            flags=re.M)
    assert changed == 1
    members.write_text(text, encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_with_members(tmp_path_factory.mktemp("g40-membership"))


def built_with_members(where):
    """The graph of :data:`DOCUMENTS` built in ``where`` with :func:`_gazetteer`'s members (also round 59d's)."""
    import graph.gazetteer as gazetteers
    import graph.pipeline as pipeline  # imported before the patch: it binds load_gazetteer when imported

    copy = _gazetteer(where)
    bundled = gazetteers.load_gazetteer
    patch = pytest.MonkeyPatch()
    for module in (gazetteers, pipeline):  # the build's gazetteer and the one other modules read while it runs
        patch.setattr(module, "load_gazetteer", lambda directory=None: bundled(directory or copy))
    try:
        return built_from(where, DOCUMENTS)
    finally:
        patch.undo()


ENGINES = ["oxigraph", "rdflib"]


def _cities(dataset, name: str, params: dict) -> set[str]:
    return {str(row["cityLabel"]) for row in run_question(dataset, name, params).rows}


def _text_cities(dataset, name: str, params: dict) -> set[str]:
    """The cities of the question's SPARQL text alone (no kept rows)."""
    question = get_question(name)
    from graph.query import engine_of

    text = question_text(question, question_bindings(dataset, question, params), engine=engine_of(dataset))
    rows = run_sparql(dataset, text, check=False).rows
    return {str(row["cityLabel"]) for row in rows}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["g40-cities-programmes", "city-ministry"])
@pytest.mark.parametrize("params, expected", [
    ({}, {BREDA, TILBURG}),  # today's members: Tilburg (joins in 2027) counts, Helmond (left) not
    ({"at": "2021-05-01"}, {BREDA, HELMOND}),  # the members of that day
    ({"as_of": "2021-12-31"}, {BREDA, HELMOND}),
    ({"at": "2025-05-01"}, {BREDA}),  # Helmond left in 2022, Tilburg not yet a member
    ({"from": "2021-01-01", "until": "2021-12-31"}, {BREDA, HELMOND}),
    ({"from": "2022-01-01", "until": "2025-12-31"}, {BREDA, HELMOND}),  # a member on a day of the period
    ({"from": "2022-07-01"}, {BREDA, TILBURG}),  # Tilburg a member from 2027, within the open end
    ({"until": "2022-06-30"}, {BREDA, HELMOND}),
], ids=lambda value: ",".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else None)
def test_the_g40_cities_are_the_members_of_the_date_asked(kg, engine, name, params, expected):
    dataset = open_dataset(kg, engine=engine)
    found = _cities(dataset, name, params)
    assert found == expected, (name, params, found)
    assert _text_cities(dataset, name, params) == expected  # the text gives what the kept rows give


@pytest.mark.parametrize("engine", ENGINES)
def test_a_former_member_counts_its_member_years_facts(kg, engine):
    """``--from 2022-01-01 --until 2025-12-31``: Helmond was a member in the period (until 2022-06-30); its facts
    of the period count, the one of 2025 too (its membership meets the period; the facts are filtered by the
    period, as any city's)."""
    rows = run_question(open_dataset(kg, engine=engine), "g40-cities-programmes",
                        {"from": "2022-01-01", "until": "2025-12-31"}).rows
    assert {(str(row["cityLabel"]), str(row["programmeLabel"]), int(row["documents"])) for row in rows} == {
        (BREDA, "City Deal Kennis Maken", 1), (HELMOND, "City Deal Kennis Maken", 1)}


@pytest.mark.parametrize("engine", ENGINES)
def test_the_gap_questions_list_the_members_of_the_date(kg, engine):
    dataset = open_dataset(kg, engine=engine)
    everyone = _cities(dataset, "g40-cities-not-taking-part", {})
    assert HELMOND not in everyone and {BREDA, TILBURG}.isdisjoint(everyone)  # Helmond is no member today
    then = _cities(dataset, "g40-cities-not-taking-part", {"at": "2021-05-01"})
    assert {BREDA, HELMOND, TILBURG}.isdisjoint(then)  # Helmond took part then; Tilburg was no member
    assert then == everyone - {"Amstelveen"}  # the bundled list's Amstelveen joined on 2022-07-01
    later = _cities(dataset, "g40-cities-not-taking-part", {"at": "2023-01-01"})
    assert TILBURG not in later and HELMOND not in later and BREDA in later  # no fact on that day
    gap = _cities(dataset, "ministry-gap", {"ministry": "BZK", "at": "2023-01-01"})
    assert gap == later  # no link to BZK on that day: the members of the day, as above
    assert HELMOND not in _cities(dataset, "ministry-gap", {"ministry": "BZK"})
    assert TILBURG in _cities(dataset, "ministry-gap", {"ministry": "BZK"})  # today: its link is no fact of a window


def test_the_cli_answers_the_same(kg):
    runner = CliRunner()
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "g40-cities-programmes", "--at", "2021-05-01",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(line.split(",")[1] for line in result.stdout.splitlines()[1:]) == [BREDA, HELMOND], result.stdout


def test_on_an_endpoint(kg, tmp_path):
    from oxigraph_server import read_only_endpoint

    runner = CliRunner()
    with read_only_endpoint(kg / "graph.nq", tmp_path / "data") as url:
        for params, expected in (([], [BREDA, TILBURG]), (["--at", "2021-05-01"], [BREDA, HELMOND])):
            result = runner.invoke(cli, ["--endpoint", url, "ask", "city-ministry", *params, "--format", "csv"])
            assert result.exit_code == 0, result.output
            assert sorted({line.split(",")[1] for line in result.stdout.splitlines()[1:]}) == expected, result.stdout


def test_the_text_to_take_away_keeps_today_s_members_unbound(kg):
    """``g40kg questions NAME``: run as it stands (no parameter bound) it gives today's members; with ``?at``
    bound, the members of that day."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    dataset = open_dataset(kg, engine="rdflib")
    text = shareable_text(get_question("g40-cities-not-taking-part"))
    assert "# @member" not in text and "g40:g40MemberUntil" in text
    unbound = {str(row["cityLabel"]) for row in run_sparql(dataset, text, check=False).rows}
    assert unbound == _cities(dataset, "g40-cities-not-taking-part", {})
    bound = text.replace("# @parameters", "VALUES ?at { " + Literal("2023-01-01", datatype=XSD.date).n3() + " }")
    assert {str(row["cityLabel"]) for row in run_sparql(dataset, bound, check=False).rows} == _cities(
        dataset, "g40-cities-not-taking-part", {"at": "2023-01-01"})


def test_the_network_marks_the_members_of_its_window(kg):
    """``viz``/``rank`` under a window: the gold border (node attribute ``g40_member``) is the members' of the
    window; without one today's."""
    from graph.project import to_networkx

    dataset = open_dataset(kg, engine="oxigraph")

    def marked(**window) -> set[str]:
        graph = to_networkx(dataset, **window)
        return {data["label"] for _, data in graph.nodes(data=True)
                if data.get("g40_member") and data["label"] in (BREDA, TILBURG, HELMOND)}

    assert marked() == {BREDA, TILBURG}
    assert marked(at="2021-05-01") == {BREDA, HELMOND}
    assert marked(as_of="2026-01-01") == {BREDA}


@pytest.mark.parametrize("params, kept", [({"at": "2025-05-01"}, True), ({"from": "2022-07-01"}, True),
                                          ({"at": "2021-05-01"}, False)])
def test_the_kept_rows_answer_unless_a_former_member_counts(kg, monkeypatch, params, kept):
    """On Oxigraph the window's answer is read from the rows kept beside the graph (today's members', the others'
    left out) unless a city that is no member today was one then: the text answers that."""
    import graph.window_counts as window_counts

    calls = []
    original = window_counts.windowed_answer
    monkeypatch.setattr(window_counts, "windowed_answer", lambda *args: calls.append(1) or original(*args))
    dataset = open_dataset(kg, engine="oxigraph")
    found = _cities(dataset, "g40-cities-programmes", params)
    assert bool(calls) is kept and found == _text_cities(dataset, "g40-cities-programmes", params)
