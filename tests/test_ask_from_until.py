"""Walkthrough 24, finding 14: ``ask`` takes ``--from`` and ``--until``, the ``from``/``until`` parameters that
``g40kg questions`` lists, as the two ends of ``--between`` (one may stay open), on both engines."""

from __future__ import annotations

import json

import pytest
from fixture_graph import ENGINES

from graph.cli import cli
from tests.documents import dated_documents

DOCUMENTS = {
    "verslag-2024": ("Karin Boshoven (Deventer) is voorzitter van de themagroep Wonen.", "2024-03-01"),
    "verslag-2026": ("Rutger Valkema (Almelo) is voorzitter van de themagroep Wonen.", "2026-03-01"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("from-until")
    graph = where / "kg"
    built = CliRunner().invoke(cli, ["--graph", str(graph), "build", str(dated_documents(where, DOCUMENTS))])
    assert built.exit_code == 0, built.output
    return graph


def timeline(runner, kg, engine, *options):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "unit-role-timeline",
                                 "-p", "unit=Themagroep Wonen", *options, "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted((row["personLabel"], row["role"]) for row in json.loads(result.stdout)["rows"])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("options, expected", [
    (("--from", "2024-01-01", "--until", "2024-12-31"), [("Karin Boshoven", "voorzitter")]),
    (("--from", "1-3-2026"), [("Rutger Valkema", "voorzitter")]),  # an open end, a Dutch date
    (("--until", "2025"), [("Karin Boshoven", "voorzitter")]),  # an open start, a year
], ids=["both", "from", "until"])
def test_from_and_until_are_the_ends_of_between(runner, kg, engine, options, expected):
    assert timeline(runner, kg, engine, *options) == expected


def test_from_until_answer_as_between(runner, kg):
    assert timeline(runner, kg, "oxigraph", "--from", "2024-01-01", "--until", "2024-12-31") == \
        timeline(runner, kg, "oxigraph", "--between", "2024-01-01", "2024-12-31")


@pytest.mark.parametrize("lang, message", [("nl", "geef --between of --from/--until, niet allebei"),
                                           ("en", "give --between or --from/--until, not both")])
def test_between_and_from_together_is_a_usage_error(runner, kg, lang, message):
    result = runner.invoke(cli, ["--graph", str(kg), "--lang", lang, "ask", "unit-role-timeline", "-p",
                                 "unit=Themagroep Wonen", "--between", "2024", "2025", "--from", "2024-01-01"])
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output, result.output
