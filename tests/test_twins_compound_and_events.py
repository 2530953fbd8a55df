"""``twins`` (walkthrough 25, finding 13): a compound surname written with other hyphens or spaces, or one
part of it, is proposed; events of one name on other days are not."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.twins import Candidate, find_twins


def person(iri: str, name: str, facts: int = 1) -> Candidate:
    return Candidate(iri, "Person", name, (name,), facts)


@pytest.mark.parametrize("other, reason", [
    ("Noor Achterberg-Vandijk", "typo"),
    ("Noor Achterberg - van Dijk", "spelling"),  # spaces around the hyphen
    ("Noor Achterberg Vandijk", "spelling"),
    ("Noor Dijk", "double_surname"),
    ("Noor Achterberg", "double_surname"),
    ("Karin Dijk", None),
], ids=["hyphen", "spaces", "joined", "last-part", "first-part", "other-first-name"])
def test_a_compound_surname_written_two_ways_is_proposed(other, reason):
    found = find_twins([person("urn:a", "Noor Achterberg-van Dijk", 9), person("urn:b", other)])
    assert [(t.reason, t.old.iri, t.into.iri) for t in found] == ([(reason, "urn:b", "urn:a")] if reason else [])


def test_events_of_one_name_on_other_days_are_not_proposed():
    events = [Candidate(f"urn:{day}", "Event", "bestuurlijk overleg", ("bestuurlijk overleg", f"bestuurlijk overleg ({day})"))
              for day in ("2023-05-01", "2024-05-01", "2024-05-01b")]
    days = {"urn:2023-05-01": frozenset({"2023-05-01"}), "urn:2024-05-01": frozenset({"2024-05-01"}),
            "urn:2024-05-01b": frozenset({"2024-05-01"})}
    assert [sorted((t.old.iri, t.into.iri)) for t in find_twins(events, event_days=days)] == [
        ["urn:2024-05-01", "urn:2024-05-01b"]]
    assert len(find_twins(events)) == 3  # without their days, as before


VERSLAG = ("# Verslag Bestuurlijk Overleg G40–Rijk\n\nDatum: {day}\n\n## Aanwezig\n\n| naam | organisatie | functie |\n"
           "|---|---|---|\n| Joost Kramer | gemeente Breda | wethouder |\n| Lieke Mol | gemeente Venlo | wethouder |\n")


def test_the_twins_of_a_graph_leave_out_meetings_on_other_days(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day in (("verslag-2023", "12 april 2023"), ("verslag-2024", "9 april 2024")):
        (docs / f"{name}.md").write_text(VERSLAG.format(day=day), encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)]).exit_code == 0
    events = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "bestuurlijk overleg", "--format", "json"])
    twins = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "twins", "--format", "json"])
    assert twins.exit_code == 0, twins.output
    assert len([hit for hit in json.loads(events.stdout)["rows"] if "/event/" in hit["iri"]]) == 2, events.stdout
    assert not [row for row in json.loads(twins.stdout)["rows"] if "/event/" in json.dumps(row)], twins.stdout
