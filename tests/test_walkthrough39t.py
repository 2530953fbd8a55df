"""Walkthrough 14 (a researcher studying the network over time): ``--as-of``, ``--at`` and terms,
successions, undated facts and ministry names over time (round 39t). Fixture sentences use fictional
people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents


def run(runner, kg, *args, engine="oxigraph", code=0):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == code, result.output
    return result.output


def roles(runner, kg, unit, *window, engine="oxigraph"):
    output = run(runner, kg, "ask", "unit-role-timeline", "-p", f"unit={unit}", "-p", "role=voorzitter",
                 "--format", "json", *window, engine=engine)
    return [(r["personLabel"], r["start"], r["end"]) for r in json.loads(output)["rows"]]


# ----------------------------------------------------------------------------- 11: --as-of knows no later document


@pytest.fixture(scope="module")
def successor(tmp_path_factory):
    """A successor named with a date of her own; her predecessor's role has an end and no start."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("w39t-successor")
    docs = dated_documents(where, {"nieuws": (
        "Lotte Verhoef is met ingang van 1 maart 2023 voorzitter van de Pijler Economie en Werk. "
        "Zij volgt Ruud Kamsma op.", "2023-03-02")})
    build_graph([docs], where / "kg")
    return where / "kg"


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
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("w39t-succession")
    docs = dated_documents(where, {"nieuws": (
        "Hans Mulder, wethouder Economie van Zwolle, is benoemd tot voorzitter van de Pijler Economie en Werk. "
        "Hij volgt Ineke de Vries op, die per 1 juli 2019 vertrekt als wethouder van Groningen.", "2019-06-24")})
    build_graph([docs], where / "kg")
    return where / "kg"


def test_a_succession_is_an_event_on_its_date_not_a_lasting_link(runner, succession):
    facts = [json.loads(line) for line in run(runner, succession, "export").splitlines()]
    assert [(f["subject"], f["object"], f["valid_from"], f["valid_until"]) for f in facts
            if f["predicate"] == "succeeded"] == [("Hans Mulder", "Ineke de Vries", "2019-07-01", "2019-07-01")]
    assert "Ineke de Vries" not in run(runner, succession, "rank", "--type", "Person", "--at", "2030")
    assert "Ineke de Vries" in run(runner, succession, "rank", "--type", "Person", "--at", "2019-07-01")
