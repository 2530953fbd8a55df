"""``twins`` gives the reason that matched for two persons of one full name (round 48i, walkthrough 23
finding 6's reason).

A build keeps two persons of one name apart when the documents place them in two municipalities at
the same time. ``twins`` offered such a pair "initialen: R. Kamphorst kan Ruud Kamphorst zijn", from
another name of one of them, and offered none at all when neither had another name: it now says
"dezelfde volledige naam", with the names that tell the two apart.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.twins import Candidate, find_twins

_BASE = "https://w3id.org/g40kg/id/person/"


def test_two_namesakes_are_offered_for_their_full_name_not_an_initial():
    helmond = Candidate(_BASE + "ruud-kamphorst", "Person", "Ruud Kamphorst",
                        ("Ruud Kamphorst", "R. Kamphorst", "Ruud Kamphorst (Helmond)"), 8)
    leeuwarden = Candidate(_BASE + "ruud-kamphorst-leeuwarden", "Person", "Ruud Kamphorst",
                           ("Ruud Kamphorst", "Ruud Kamphorst (Leeuwarden)"), 2)
    [twin] = find_twins([helmond, leeuwarden])
    assert (twin.reason, twin.old.iri, twin.into.iri, twin.why()) == (
        "same_name", leeuwarden.iri, helmond.iri,
        "dezelfde volledige naam: Ruud Kamphorst (Leeuwarden) en Ruud Kamphorst (Helmond)")


def test_other_reasons_stay_and_a_bare_surname_twice_is_no_full_name():
    initials = find_twins([Candidate("urn:a", "Person", "R. Kamphorst", ("R. Kamphorst",), 1),
                           Candidate("urn:b", "Person", "Ruud Kamphorst", ("Ruud Kamphorst",), 3)])
    assert [(t.reason, t.old.iri, t.into.iri) for t in initials] == [("initials", "urn:a", "urn:b")]
    assert find_twins([Candidate("urn:c", "Person", "Kamphorst", ("Kamphorst",), 0),
                       Candidate("urn:d", "Person", "Kamphorst", ("Kamphorst",), 0)]) == []


@pytest.mark.parametrize("lang, why", [
    ("nl", "dezelfde volledige naam: Ruud Kamphorst (Leeuwarden) en Ruud Kamphorst (Helmond)"),
    ("en", "the same full name: Ruud Kamphorst (Leeuwarden) and Ruud Kamphorst (Helmond)"),
])
def test_twins_on_a_built_graph_names_the_two_places(runner, tmp_path, lang, why):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-2026-01-29.txt").write_text(
        "Helmond, 29 januari 2026 – Ruud Kamphorst, wethouder van Helmond, opent de dag. Wethouder R. Kamphorst is "
        "voorzitter van de stuurgroep Brainport Oost.\n", encoding="utf-8")
    (docs / "b-2026-01-20.txt").write_text(
        "Leeuwarden, 20 januari 2026 – Ruud Kamphorst, wethouder van Leeuwarden, spreekt.\n", encoding="utf-8")
    built = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "twins", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [(r["reason"], r["why"]) for r in json.loads(result.stdout)["rows"]]
    assert rows == [("same_name", why)], rows
