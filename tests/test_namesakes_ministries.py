"""One full name at two ministries at once is two persons, and a correction can split a name by ministry
(walkthrough 25, finding 2)."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve

PERIODS = {"a": ("2023-05-10", "2023-05-10"), "b": ("2024-02-01", "2024-02-01")}
#: one verslag names two people of one name, each with another ministry
TWO_AT_ONCE = ("# Verslag werkbezoek, 10 mei 2023\n\n"
               "Lotte Brink, beleidsmedewerker bij het ministerie van OCW, opende.\n\n"
               "Lotte Brink, beleidsmedewerker bij het ministerie van VWS, sprak over zorg.\n")
#: a move from one ministry to another: one person
MOVED_ON = {"a": "Lotte Brink, beleidsmedewerker bij het ministerie van OCW, opende het overleg.",
            "b": "Lotte Brink, beleidsmedewerker bij het ministerie van VWS, sprak over zorg."}


def _resolved(texts: dict[str, str]):
    gazetteer = load_gazetteer()
    extractions = [extract(doc, text, gazetteer=gazetteer, date=PERIODS[doc][0]) for doc, text in texts.items()]
    return resolve(extractions, gazetteer, periods=PERIODS)


def test_one_name_at_two_ministries_in_one_document_is_two_persons():
    found = _resolved({"a": TWO_AT_ONCE}).namesakes
    assert [(n["name"], n["keys"], n["places"]) for n in found] == [
        ("Lotte Brink", ["person/lotte-brink", "person/lotte-brink-vws"], ["OCW", "VWS"])], found


def test_one_name_at_two_ministries_in_two_documents_is_one_person():
    assert _resolved(MOVED_ON).namesakes == []


def _build(runner, tmp_path, *extra):
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name, text in MOVED_ON.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": PERIODS[name][0]}), encoding="utf-8")
    return runner.invoke(cli, ["--graph", str(tmp_path / "kg"), *extra[:2], "build", str(docs), *extra[2:]])


def _curated(tmp_path, where: str) -> str:
    folder = tmp_path / "cur"
    folder.mkdir(exist_ok=True)
    (folder / "split.yaml").write_text(f"split:\n  - {{entity: person/lotte-brink, where: {{ministry: {where}}}, "
                                       "as: person/lotte-brink-vws}\n", encoding="utf-8")
    return str(folder)


def test_a_correction_splits_a_name_by_ministry(runner, tmp_path):
    result = _build(runner, tmp_path, "--lang", "nl", "--curated", _curated(tmp_path, "VWS"))
    assert result.exit_code == 0, result.output
    search = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "ministry-contacts", "--format", "json"])
    people = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "Lotte Brink", "--format", "json"])
    assert search.exit_code == 0 and people.exit_code == 0, people.output
    assert sorted(hit["iri"].rsplit("/", 1)[-1] for hit in json.loads(people.stdout)["rows"]) == [
        "lotte-brink", "lotte-brink-vws"]


@pytest.mark.parametrize("lang, message", [
    ("nl", "split.yaml:2: onbekend ministerie 'Atlantis' in where:"),
    ("en", "split.yaml:2: unknown ministry 'Atlantis' in where:"),
])
def test_an_unknown_ministry_in_a_split_stops_the_build(runner, tmp_path, lang, message):
    result = _build(runner, tmp_path, "--lang", lang, "--curated", _curated(tmp_path, "Atlantis"))
    assert result.exit_code != 0
    assert message in result.output, result.output
    assert "Traceback" not in result.output
