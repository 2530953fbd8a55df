"""Walkthrough 24, finding 5: a newer version of a list under the same file name, with another date, replaces
the older one; the build's warning says how many of the older one's facts drop out or move to the newer
one's date, and which file name keeps both. A dated name keeps both states."""

from __future__ import annotations

import json
import os

import pytest

from graph.cli import cli

OLD = ("Contactlijst themagroep Wonen\n\nStand 3 maart 2025\n\n"
       "Karin Boshoven (Deventer) is voorzitter van de themagroep Wonen.\n"
       "Rutger Valkema (Almelo) is lid van de themagroep Wonen.\n")
NEW = ("Contactlijst themagroep Wonen\n\nStand 21 april 2026\n\n"
       "Karin Boshoven (Deventer) is voorzitter van de themagroep Wonen.\n")


def _lists(root, new_name="contactlijst.md"):
    for folder, name, text in (("2025", "contactlijst.md", OLD), ("2026", new_name, NEW)):
        (root / folder).mkdir()
        (root / folder / name).write_text(text, encoding="utf-8")
    os.utime(root / "2025" / "contactlijst.md", (1.7e9, 1.7e9))
    return [str(root / "2025"), str(root / "2026")]


@pytest.mark.parametrize("lang, expected", [
    ("nl", "(latere documentdatum 2026-04-21); van de 4 feiten van de oudere versie vallen er 2 weg en krijgen er 2 "
           "de datum 2026-04-21 in plaats van 2025-03-03: vóór 2026-04-21 ontbreken ze dan allemaal. Is {new} een "
           "nieuwe stand (een lijst per datum) en geen "
           "verbetering, geef het dan een naam met de datum (contactlijst-2026-04-21.md): dan blijven beide"),
    ("en", "(a later document date, 2026-04-21); of the older version's 4 facts, 2 drop out and 2 get the date "
           "2026-04-21 instead of 2025-03-03: before 2026-04-21 none of them holds then. If {new} is a new state "
           "(a list as of a date) and not a correction, give "
           "it a name with the date (contactlijst-2026-04-21.md): then both are kept"),
])
def test_the_warning_counts_the_facts_of_the_older_version(runner, tmp_path, lang, expected):
    folders = _lists(tmp_path)
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", *folders, "--format", "json"])
    assert result.exit_code == 0, result.output
    [warning] = [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "older_version"]
    assert warning["message"].endswith(expected.format(new=tmp_path / "2026" / "contactlijst.md")), warning


def test_a_dated_name_keeps_both_states(runner, tmp_path):
    folders = _lists(tmp_path, new_name="contactlijst-2026-04-21.md")
    graph = str(tmp_path / "kg")
    built = runner.invoke(cli, ["--graph", graph, "build", *folders, "--format", "json"])
    assert built.exit_code == 0, built.output
    assert [w for w in json.loads(built.stdout)["warnings"] if w["code"] == "older_version"] == []
    asked = runner.invoke(cli, ["--graph", graph, "ask", "who-does-what", "-p", "person=Rutger Valkema",
                                "--as-of", "2025-12-31", "--format", "json"])
    assert asked.exit_code == 0, asked.output
    assert [row["personLabel"] for row in json.loads(asked.stdout)["rows"]] == ["Rutger Valkema"], asked.stdout
