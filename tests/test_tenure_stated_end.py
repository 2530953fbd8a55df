"""A stated end closes the same holder's term of any office (round 39d, walkthrough 13 A2).

A year report on 2023 lists "wethouder Anna Bakker (Leiden)"; a news item of 2024 says she was
wethouder of Leiden until 1 May 2024. A college has several wethouders, so no later holder closes
her term (graph.tenure closes single offices that way); but her own stated end does, for
``--as-of`` and ``--at``, with the news item as where the end comes from. Without a stated end,
nothing changes; another wethouder's end closes nothing of hers.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.tenure import Term, inferred_ends
from tests.documents import dated_documents

REPORT = ("In dit jaar sprak wethouder Anna Bakker (Leiden) over wonen.\n\n"
          "Ook wethouder Piet Mulder (Leiden) was er bij.\n\n"
          "Wethouder Sara Kok (Zwolle) sprak over water.\n")
NEWS = "Anna Bakker is tot 1 mei 2024 wethouder van Leiden geweest.\n\nKees Jansen vertrekt per 1 juni 2024 als wethouder van Zwolle.\n"
LEAVING = "Piet Mulder vertrekt per 1 september 2024 als wethouder van Leiden.\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("stated")
    docs = dated_documents(where, {"nieuws": (NEWS, "2024-06-15"), "afscheid": (LEAVING, "2024-07-01")})
    (docs / "jaarverslag.txt").write_text(REPORT, encoding="utf-8")
    (docs / "jaarverslag.meta.json").write_text(json.dumps({"period": {"start": "2023-01-01", "end": "2023-12-31"}}),
                                                encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def held(runner, kg, name, *window, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "entity", name, *window, "--format", "json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)["rows"]
    return sorted({(r["otherLabel"], r["role"]) for r in row["relations"].get("hasRole", [])})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_stated_end_of_the_same_person_closes_a_year_report_s_wethouder(runner, kg, engine):
    assert held(runner, kg, "Anna Bakker", "--as-of", "2025-01-01", engine=engine) == []
    assert held(runner, kg, "Anna Bakker", "--as-of", "2024-04-30", engine=engine) == [("Leiden", "wethouder")]
    assert held(runner, kg, "Anna Bakker", "--at", "2023-06-01", engine=engine) == [("Leiden", "wethouder")]
    assert held(runner, kg, "Piet Mulder", "--as-of", "2024-08-31", engine=engine) == [("Leiden", "wethouder")]
    assert held(runner, kg, "Piet Mulder", "--as-of", "2025-01-01", engine=engine) == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_without_a_stated_end_of_her_own_the_term_stays(runner, kg, engine):
    """Sara's college lost another wethouder (Kees): that ends nothing of hers."""
    assert held(runner, kg, "Sara Kok", "--as-of", "2025-01-01", engine=engine) == [("Zwolle", "wethouder")]


def test_the_explorer_says_where_the_end_comes_from(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", "/entity/person/anna-bakker.json"])
    assert result.exit_code == 0, result.output
    evidence = {(e["inferred_until"], e["ended_by_path"]) for fact in json.loads(result.stdout)["facts"]["hasRole:out"]
                for e in fact["evidence"]}
    # the year report's own end (2023-12-31) is earlier than the inferred one, which only --as-of reads
    assert evidence == {(None, None), (None, "/document/nieuws")}, evidence


def wethouder(evidence, holder, start, end=None, *, past=False, reported=False, office="wethouder"):
    return Term(evidence, holder, "u/leiden", office, start, end, past, reported)


@pytest.mark.parametrize("terms, expected", [
    # a year report's term, an open term and a one-day report: closed by the holder's own stated end
    ([wethouder("e1", "anna", "2023-01-01", "2023-12-31", reported=True), wethouder("e2", "anna", None, "2024-04-30", past=True)],
     [("e1", "2024-04-30", "e2")]),
    ([wethouder("e1", "anna", "2022-06-01"), wethouder("e2", "anna", None, "2024-04-30")], [("e1", "2024-04-30", "e2")]),
    ([wethouder("e1", "anna", "2024-03-01", "2024-03-01", reported=True), wethouder("e2", "anna", "2024-03-01", "2024-04-30")],
     [("e1", "2024-04-30", "e2")]),
    # the first end after the start; an end before it belongs to an earlier term
    ([wethouder("e1", "anna", "2023-01-01"), wethouder("e2", "anna", None, "2026-04-30"),
      wethouder("e3", "anna", None, "2024-04-30"), wethouder("e4", "anna", None, "2018-04-30")], [("e1", "2024-04-30", "e3")]),
    ([wethouder("e1", "anna", "2023-01-01"), wethouder("e2", "anna", None, "2022-04-30")], []),
    # no stated end: another holder's, a report's (its document's day), another office's; nothing over or ended already
    ([wethouder("e1", "anna", "2023-01-01"), wethouder("e2", "piet", None, "2024-04-30")], []),
    ([wethouder("e1", "anna", "2023-01-01"), wethouder("e2", "anna", "2024-05-01", "2024-05-01", reported=True)], []),
    ([wethouder("e1", "anna", "2023-01-01"), wethouder("e2", "anna", None, "2024-04-30", office="burgemeester")], []),
    ([wethouder("e1", "anna", "2023-01-01", past=True), wethouder("e2", "anna", None, "2024-04-30")], []),
    ([wethouder("e1", "anna", "2023-01-01", "2023-06-30"), wethouder("e2", "anna", None, "2024-04-30")], []),
    # a single office: the holder's own end, where it comes before the next holder's start
    ([wethouder("e1", "anna", "2023-01-01", office="voorzitter"), wethouder("e2", "anna", None, "2024-04-30", office="voorzitter"),
      wethouder("e3", "piet", "2024-09-01", office="voorzitter")], [("e1", "2024-04-30", "e2")]),
])
def test_a_stated_end_closes_the_same_holder_s_open_or_reported_term(terms, expected):
    assert inferred_ends(terms) == expected


@pytest.mark.parametrize("lang, said", [("nl", "einde afgeleid: zelf gemeld einde in"), ("en", "end inferred: own stated end in")])
def test_the_explorer_says_the_holder_s_own_end_ended_it(runner, tmp_path, lang, said):
    """Round 39q (walkthrough 14): the explorer named her own stated end "de volgende bekleder"."""
    from graph.pipeline import build_graph

    docs = dated_documents(tmp_path, {"start": ("Sinds 2022 is Anna Bakker wethouder van Leiden.", "2022-03-01"),
                                      "nieuws": ("Anna Bakker is tot 1 mei 2024 wethouder van Leiden geweest.", "2024-06-15")})
    build_graph([docs], tmp_path / "kg")
    page = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "serve", "--get", f"/entity/person/anna-bakker?lang={lang}"])
    assert page.exit_code == 0, page.output
    assert (f'2022-01-01 – 2024-04-30 <span class="muted inferred">({said} '
            f'<a href="/document/nieuws?lang={lang}">nieuws</a>)</span>') in page.output, page.output


def test_a_farewell_reported_on_a_day_ends_the_earlier_reports_of_that_role():
    """Walkthrough 17, finding 23 (round 42e): "neemt afscheid als wethouder van Leiden" in a news item of
    2026-03-20 (past, dated by its day) closes the same person's reports of that role before it, not
    another person's, another role's, nor a later one's."""
    terms = [Term("e1", "p/anna", "g/leiden", "wethouder", "2026-01-15", "2026-01-15", False, True),
             Term("e2", "p/anna", "g/leiden", "wethouder", "2026-03-20", "2026-03-20", True, True),
             Term("e3", "p/piet", "g/leiden", "wethouder", "2026-01-15", "2026-01-15", False, True),
             Term("e4", "p/anna", "u/wonen", "voorzitter", "2026-01-15", None, False),
             Term("e5", "p/anna", "g/leiden", "wethouder", "2026-05-01", "2026-05-01", False, True)]
    assert inferred_ends(terms) == [("e1", "2026-03-20", "e2")]
