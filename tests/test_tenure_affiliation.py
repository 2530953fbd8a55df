"""An ended role ends the person's open affiliation with the same body (walkthrough 17, finding 22).

An attendance list's "Aanwezig: A. El Amrani (BZK)" affiliates him with BZK from that day on; a
correction that ends his role at BZK (or a farewell read from a text) ends those affiliations too,
with the rule or the document that ended them. An affiliation reported after the end stays, and so
does one of a person who keeps another role in that body.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.tenure import AFFILIATION, Term, affiliation_ends

JANUARY = ("# Verslag 15 januari 2026\n\nAanwezig: A. El Amrani (BZK), Joost Hendriks (Dordrecht), Karin Visser "
           "(Zwolle)\n\nAhmed El Amrani is senior beleidsadviseur bij het ministerie van BZK.\n")
MARCH = ("Dordrecht, 20 maart 2026 – Joost Hendriks neemt afscheid als wethouder van Dordrecht.\n\nKarin Visser neemt "
         "afscheid als wethouder van Zwolle. Karin Visser blijft programmamanager bij de gemeente Zwolle.\n")
APRIL = "# Verslag 9 april 2026\n\nAanwezig: A. El Amrani (BZK)\n"
ENDED = ("facts:\n  - {subject: person/ahmed-el-amrani, predicate: hasRole, object: ministry/mnre1034, "
         "role: senior beleidsadviseur, valid_until: 2026-02-28, past: true, note: naar de VNG}\n")


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    where = tmp_path_factory.mktemp("affiliation")
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(), corr.mkdir()
    for name, text in (("notulen-2026-01-15", JANUARY), ("nieuws-2026-03-20", MARCH), ("notulen-2026-04-09", APRIL)):
        (docs / f"{name}.md").write_text(text, encoding="utf-8")
    (corr / "c.yaml").write_text(ENDED, encoding="utf-8")
    built = g40kg("--graph", where / "g", "build", docs, "--curated", corr)
    assert built.exit_code == 0, built.output
    return where


def affiliations(folder, *window):
    result = g40kg("--graph", folder / "g", "export", "--format", "csv", *window)
    assert result.exit_code == 0, result.output
    return sorted((r["document"], r["subject"], r["object"], r["inferred_until"], r["ended_by"])
                  for r in csv.DictReader(io.StringIO(result.stdout)) if r["predicate"] == "affiliatedWith")


def test_an_ended_role_ends_the_affiliations_reported_before_its_end(folder):
    assert affiliations(folder) == [
        ("notulen-2026-01-15", "Ahmed El Amrani", "BZK", "2026-02-28", "c.yaml:2"),  # a correction's end
        ("notulen-2026-01-15", "Joost Hendriks", "Dordrecht", "2026-03-20", "nieuws-2026-03-20"),  # a farewell
        ("notulen-2026-01-15", "Karin Visser", "Zwolle", "", ""),  # she stays programmamanager of Zwolle
        ("notulen-2026-04-09", "Ahmed El Amrani", "BZK", "", ""),  # reported after the end: stays
    ]
    assert affiliations(folder, "--as-of", "2026-04-30") == [
        ("notulen-2026-01-15", "Karin Visser", "Zwolle", "", ""),
        ("notulen-2026-04-09", "Ahmed El Amrani", "BZK", "", ""),
    ]


def who_is_who(folder, person, as_of):
    result = g40kg("--graph", folder / "g", "ask", "who-is-who", "-p", f"person={person}", "--as-of", as_of,
                   "--format", "json")
    assert result.exit_code == 0, result.output
    return sorted((r["relation"], r["otherLabel"], r["start"] or "", r["end"], r["endedBy"] or r["curation"])
                  for r in json.loads(result.stdout)["rows"])


def test_who_is_who_as_of_a_day_after_the_end_no_longer_places_him(folder):
    assert who_is_who(folder, "Ahmed El Amrani", "2026-04-01") == []
    assert who_is_who(folder, "Ahmed El Amrani", "2026-02-20") == [
        ("affiliatedWith", "BZK", "2026-01-15", "2026-02-28", "c.yaml:2"),  # ended by the curated end
        # the curated end and the role it ends are one term (one row per term since round 51c)
        ("hasRole", "BZK", "2026-01-15", "2026-02-28", "c.yaml:2")]
    assert who_is_who(folder, "Joost Hendriks", "2026-04-01") == []


def test_a_rebuild_gives_the_bytes_of_a_full_build(folder):
    from graph.store import GRAPH_FILE

    for graph in ("g", "fresh"):  # a rebuild (nothing changed) and a full build, both with the corrections
        built = g40kg("--graph", folder / graph, "build", folder / "docs", "--curated", folder / "corr")
        assert built.exit_code == 0, built.output
    assert (folder / "g" / GRAPH_FILE).read_bytes() == (folder / "fresh" / GRAPH_FILE).read_bytes()


def aff(evidence, start, holder="p/a", body="b"):
    return Term(evidence, holder, body, AFFILIATION, start, None, False)


@pytest.mark.parametrize("roles, expected", [
    # a stated end on the day the affiliation was reported ends it that day
    ([Term("c", "p/a", "b", "wethouder", None, "2026-01-15", True)], [("a1", "2026-01-15", "c")]),
    # an end before the affiliation's report ends nothing (he came back)
    ([Term("c", "p/a", "b", "wethouder", None, "2026-01-14", True)], []),
    # another body's end, another person's end: nothing
    ([Term("c", "p/a", "x", "wethouder", None, "2026-02-28", True),
      Term("d", "p/b", "b", "wethouder", None, "2026-02-28", True)], []),
    # a year report's role (its period, no end the text gives) ends nothing
    ([Term("r", "p/a", "b", "wethouder", "2025-01-01", "2025-12-31", False, True)], []),
    # a role begun after the end does not keep the affiliation
    ([Term("c", "p/a", "b", "wethouder", None, "2026-02-28", True),
      Term("e", "p/a", "b", "lid", "2026-03-01", None, False)], [("a1", "2026-02-28", "c")]),
])
def test_which_ends_end_an_affiliation(roles, expected):
    assert affiliation_ends([aff("a1", "2026-01-15")], roles) == expected
