"""A successor ends the predecessor's term in that body, whatever the wording of the predecessor's role
(round 45k, walkthrough 20, finding 8)."""

from __future__ import annotations

import json

from graph.cli import cli
from graph.pipeline import build_graph
from graph.tenure import Term, inferred_ends, office_key


def test_a_succession_ends_every_open_office_of_the_predecessor_in_the_body():
    terms = [Term("s", "p/noor", "p/joost", "succeeded", None, None, False),
             Term("e1", "p/joost", "u/pijler", "bestuurlijk trekker", "2020-01-01", None, False),
             Term("e2", "p/joost", "u/pijler", "voorzitter", "2023-01-01", "2023-12-31", False, True),
             Term("e3", "p/joost", "u/pijler", "lid", "2019-01-01", None, False),  # a member stays one
             Term("e4", "p/joost", "g/stad", "wethouder", "2018-05-01", None, False),  # another body
             Term("e5", "p/noor", "u/pijler", "trekker", "2024-04-01", None, False)]
    assert inferred_ends(terms) == [("e1", "2024-03-31", "e5"), ("e2", "2024-03-31", "e5")]


def test_the_holders_own_stated_end_of_trekker_ends_the_bestuurlijk_trekker_term():
    terms = [Term("e1", "p/joost", "u/pijler", "bestuurlijk trekker", "2020-01-01", None, False),
             Term("e2", "p/joost", "u/pijler", "trekker", "2020-01-01", "2024-03-31", True)]
    assert inferred_ends(terms) == [("e1", "2024-03-31", "e2")]
    assert office_key("bestuurlijk trekker") == office_key("trekker") != office_key("ambtelijk trekker")


def test_a_successors_stated_day_wins_over_a_year_reports_period():
    terms = [Term("s", "p/noor", "p/joost", "succeeded", "2024-01-01", "2024-01-01", False),
             Term("e1", "p/joost", "u/pijler", "bestuurlijk trekker", "2020-01-01", None, False),
             Term("e2", "p/noor", "u/pijler", "trekker", "2024-01-01", "2024-12-31", False, True),
             Term("e3", "p/noor", "u/pijler", "bestuurlijk trekker", "2024-04-01", None, False)]
    assert inferred_ends(terms) == [("e1", "2024-03-31", "e3")]


def test_today_the_pijler_has_one_trekker_after_a_succession(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day, text in (
            ("a", "2021-03-10", "Wethouder Joost Verhage is sinds 1 januari 2021 bestuurlijk trekker van de pijler Wonen."),
            ("b", "2024-03-20", "Wethouder Noor Hazelaar (Deventer) is per 1 april 2024 bestuurlijk trekker van de "
                                "pijler Wonen. Zij volgt wethouder Joost Verhage (Zutphen) op, die de pijler vanaf 2021 "
                                "leidde.")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    build_graph([docs], tmp_path / "kg")

    def trekkers(as_of):
        result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "who-does-what", "--as-of", as_of,
                                     "-p", "body=pijler Wonen", "--format", "json"])
        assert result.exit_code == 0, result.output
        return sorted({r["personLabel"] for r in json.loads(result.stdout)["rows"]})

    assert trekkers("2024-03-31") == ["Joost Verhage"]
    assert trekkers("2025-01-01") == ["Noor Hazelaar"]
