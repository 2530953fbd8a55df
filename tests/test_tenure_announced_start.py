"""A stated start wins over a mention that looks ahead to it, a farewell that names the successor's start
ends the day before it, and a predecessor said to be over ends before the takeover (round 46k,
walkthrough 21, findings 1 and 8). Fictional people."""

from __future__ import annotations

import json

import pytest

from graph.announced_starts import announced_starts
from graph.cli import cli
from graph.farewell_handovers import handed_over
from graph.pipeline import build_graph
from graph.tenure import Term, inferred_ends


def test_a_mention_between_the_announcement_and_the_start_is_read_from_the_start():
    terms = [Term("ev/mail/1", "p/daan", "u/pijler", "voorzitter", "2026-11-12", "2026-11-12", False, True),
             Term("ev/nieuws/1", "p/daan", "u/pijler", "voorzitter", "2026-11-16", None, False),
             Term("ev/verslag/1", "p/daan", "u/pijler", "voorzitter", "2026-11-25", "2026-11-25", False, True)]
    assert announced_starts(terms) == [("ev/mail/1", "2026-11-16", "ev/nieuws/1")]


def test_a_farewell_with_the_successors_start_in_the_same_text_ends_the_day_before_it():
    terms = [Term("ev/nieuws/1", "p/iris", "u/pijler", "voorzitter", "2026-11-10", "2026-11-10", True, True),
             Term("ev/nieuws/2", "p/daan", "u/pijler", "voorzitter", "2026-11-16", None, False),
             Term("ev/jaar/1", "p/iris", "u/pijler", "voorzitter", "2025-03-01", None, False)]
    assert handed_over(terms)[0].end == "2026-11-15"
    assert [end[:2] for end in inferred_ends(terms)] == [("ev/jaar/1", "2026-11-15")]


@pytest.fixture
def handover(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day, text in (
            ("jaar", "2026-03-10", "Iris Molenkamp, wethouder van Deventer, is sinds 1 maart 2025 voorzitter van de "
                                   "pijler Wonen."),
            ("nieuws", "2026-11-10", "Iris Molenkamp vertrekt per 15 november 2026 als wethouder van de gemeente "
                                     "Deventer. Daarmee stopt zij ook als voorzitter van de pijler Wonen.\n\nDaan "
                                     "Kortenhoeven, wethouder van de gemeente Zutphen, volgt haar op als voorzitter "
                                     "van de pijler Wonen met ingang van 16 november 2026."),
            ("mail", "2026-11-12", "Beste collega's,\n\nIk kijk uit naar de samenwerking met de pijler Wonen en met "
                                   "Daan Kortenhoeven als nieuwe voorzitter.\n\nGroet,\nEllen Brink"),
            ("fysiek", "2026-11-02", "Wethouder Bart Oosterhuis is sinds 1 september 2025 voorzitter van de pijler "
                                     "Werk. Hij volgt daarmee Gerrit Alblas op, die de pijler vier jaar leidde.")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    build_graph([docs], tmp_path / "kg")
    return tmp_path / "kg"


def _rows(runner, graph, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "ask", "who-does-what", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]  # the --as-of note is on stderr (round 46g)


def _chairs(runner, graph, body, as_of):
    return sorted(r["personLabel"] for r in _rows(runner, graph, "--as-of", as_of, "-p", f"body={body}")
                  if r["role"] == "voorzitter")


def test_at_most_one_chair_on_each_day_of_the_handover(runner, handover):
    # "vertrekt per 15 november … Daarmee stopt zij ook als voorzitter": her last day is the 14th, as of every
    # departure "per" a day (docs/architecture.md, "Time"); he begins "met ingang van 16 november"
    assert _chairs(runner, handover, "pijler Wonen", "2026-11-12") == ["Iris Molenkamp"]
    assert _chairs(runner, handover, "pijler Wonen", "2026-11-14") == ["Iris Molenkamp"]
    assert _chairs(runner, handover, "pijler Wonen", "2026-11-15") == []
    assert _chairs(runner, handover, "pijler Wonen", "2026-11-16") == ["Daan Kortenhoeven"]


def test_since_is_the_stated_start_and_the_end_the_day_before_the_stated_departure(runner, handover):
    rows = {r["personLabel"]: r for r in _rows(runner, handover, "-p", "body=pijler Wonen") if r["role"] == "voorzitter"}
    assert (rows["Daan Kortenhoeven"]["since"], rows["Daan Kortenhoeven"]["sinceStated"]) == ("2026-11-16", True)
    assert (rows["Iris Molenkamp"]["since"], rows["Iris Molenkamp"]["end"]) == ("2025-03-01", "2026-11-14")


def test_a_predecessor_said_to_be_over_ends_before_the_takeover_not_on_the_news_day(runner, handover):
    rows = [r for r in _rows(runner, handover, "-p", "body=pijler Werk") if r["personLabel"] == "Gerrit Alblas"]
    assert [(r["role"], r["since"], r["end"]) for r in rows] == [("voorzitter", "", "2025-08-31")]
