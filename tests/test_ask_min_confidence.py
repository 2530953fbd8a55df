"""``ask NAME --min-confidence X`` on a question without a ``min_confidence`` parameter is a usage error, one
line (round 53f): 12 of the 16 named questions dropped the option silently, so the answer looked filtered."""

from __future__ import annotations

import json

import pytest
from fixture_graph import small_graph_dir

from graph.cli import cli


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("min-confidence"))


TAKE_IT = "collaborations-matrix, collaborations-per-year, collaborations-with-ministry, entity-facts"


@pytest.mark.parametrize("lang, name, expected", [
    ("nl", "members", "Fout: de vraag 'members' kent geen --min-confidence: haar antwoord zou niet op zekerheid gefilterd "
                      f"zijn; laat de optie weg, of kies een vraag die hem kent ({TAKE_IT})\n"),
    ("en", "wie-is-wie", "Error: the question 'who-is-who' takes no --min-confidence: its answer would not be filtered "
                         f"by confidence; leave the option out, or choose a question that takes it ({TAKE_IT})\n"),
])
def test_a_question_without_it_says_so(runner, graph_dir, lang, name, expected):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(graph_dir), "ask", name, "--min-confidence", "0.9"])
    assert result.exit_code == 2, result.output
    assert result.output == expected


def test_a_question_with_it_filters(runner, graph_dir):
    result = runner.invoke(cli, ["--graph", str(graph_dir), "ask", "collaborations-matrix", "--min-confidence", "0.8",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["actorLabel"], r["ministryLabel"]) for r in json.loads(result.output)["rows"]] == [
        ("taskforce Energietransitie", "BZK"), ("taskforce Energietransitie", "EZK")]
