"""A town's stated exit closes its earlier participation (round 39p, walkthrough 14 finding 2).

A news item of 2017 says Zwolle takes part in the Taskforce Middenhuur; one of 2024 says Zwolle
stopped. Round 39f reads the exit as a past participation with an end; graph.tenure now closes the
earlier, open participation by it (as a holder's stated end closes a term of an office), so
``--as-of`` and ``--at`` 2025 no longer list Zwolle. Another town's exit closes nothing of
Zwolle's, and an exit before a town (re)joins closes nothing of the later participation.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import assert_rebuild_is_fresh, dated_documents

DOCUMENTS = {
    "aanmelding": ("Sinds 2017 neemt Zwolle deel aan de Taskforce Middenhuur.\n\n"
                   "Deventer neemt deel aan de Taskforce Middenhuur.\n", "2017-03-01"),
    "vertrek": ("Zwolle is gestopt met de Taskforce Middenhuur.\n\n"
                "Arnhem is per 1 januari 2024 uitgetreden uit de City Deal Kennis Maken.\n", "2024-10-10"),
    "terugkeer": ("Arnhem neemt deel aan de City Deal Kennis Maken.\n", "2025-02-01"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("exit")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


def members(runner, kg, target, *window, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "members", "-p", f"target={target}",
                                 *window, "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted({row["memberLabel"] for row in json.loads(result.stdout)["rows"]})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_town_that_stopped_is_no_member_after_its_exit(runner, kg, engine):
    assert members(runner, kg, "Taskforce Middenhuur", "--as-of", "2020-01-01", engine=engine) == ["Deventer", "Zwolle"]
    assert members(runner, kg, "Taskforce Middenhuur", "--at", "2020-01-01", engine=engine) == ["Zwolle"]
    # Deventer stays: Zwolle's exit closes nothing of another town's
    assert members(runner, kg, "Taskforce Middenhuur", "--as-of", "2025-06-01", engine=engine) == ["Deventer"]
    assert members(runner, kg, "Taskforce Middenhuur", "--at", "2025-06-01", engine=engine) == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_exit_before_a_town_joins_again_closes_nothing_of_its_return(runner, kg, engine):
    assert members(runner, kg, "City Deal Kennis Maken", "--as-of", "2025-06-01", engine=engine) == ["Arnhem"]


def test_the_export_says_until_when_and_from_where(runner, kg, tmp_path):
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ends = {(r["document"], r["subject"], r["object"], r["inferred_until"], r["ended_by"])
            for r in rows if r["predicate"] == "participatesIn"}
    assert ends == {("aanmelding", "Zwolle", "Taskforce Middenhuur", "2024-10-10", "vertrek"),
                    ("aanmelding", "Deventer", "Taskforce Middenhuur", None, None),
                    ("vertrek", "Zwolle", "Taskforce Middenhuur", None, None),
                    ("vertrek", "Arnhem", "City Deal Kennis Maken", None, None),
                    ("terugkeer", "Arnhem", "City Deal Kennis Maken", None, None)}, ends


def test_a_rebuild_after_changing_the_exit_gives_the_full_build_s_graph(runner, tmp_path):
    """The exit written into a document of an existing graph closes the participation, taken out of
    it opens it again, each time as a full build of the same documents does."""
    without_exit = dict(DOCUMENTS, vertrek=("Zwolle sprak over de Taskforce Middenhuur.\n", DOCUMENTS["vertrek"][1]))
    docs, kg = dated_documents(tmp_path, without_exit), tmp_path / "kg"

    def build_and_compare(name):
        assert_rebuild_is_fresh(runner, docs, kg, tmp_path / name)

    build_and_compare("fresh-1")
    assert members(runner, kg, "Taskforce Middenhuur", "--as-of", "2025-06-01") == ["Deventer", "Zwolle"]
    (docs / "vertrek.txt").write_text(DOCUMENTS["vertrek"][0] + "\n", encoding="utf-8")
    build_and_compare("fresh-2")
    assert members(runner, kg, "Taskforce Middenhuur", "--as-of", "2025-06-01") == ["Deventer"]
    (docs / "vertrek.txt").write_text(without_exit["vertrek"][0] + "\n", encoding="utf-8")
    build_and_compare("fresh-3")
    assert members(runner, kg, "Taskforce Middenhuur", "--as-of", "2025-06-01") == ["Deventer", "Zwolle"]


@pytest.mark.parametrize("lang, said", [("nl", "einde afgeleid: vertrek gemeld in"), ("en", "end inferred: exit stated in")])
def test_the_explorer_says_the_town_s_exit_ended_it(runner, kg, lang, said):
    """Round 39q (walkthrough 14): the explorer named an exit "de volgende bekleder"; it is the town's own exit."""
    page = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", f"/entity/municipality/gm0193?lang={lang}"])
    assert page.exit_code == 0, page.output
    assert (f'2017-01-01 – 2024-10-10 <span class="muted inferred">({said} '
            f'<a href="/document/vertrek?lang={lang}">vertrek</a>)</span>') in page.output, page.output
