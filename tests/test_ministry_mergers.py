"""A ministry that went up in another (VRO in BZK per 2026-02-23) in every command that shows or takes a
ministry (walkthrough 47, finding 8; graph/ministry_mergers.py): a role at VRO asked after the merger reads
"VRO (opgegaan in BZK per 2026-02-23)", a question about BZK answers for VRO's links too, and a note says so;
the same on both engines. Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

MERGED = "VRO (opgegaan in BZK per 2026-02-23)"
DOCUMENTS = {
    "woondeal-2025": ("De gemeente Zwolle werkt samen met het ministerie van Volkshuisvesting en Ruimtelijke Ordening "
                      "aan de woningbouw. Ons aanspreekpunt bij het ministerie is Lotte Brandsma, programmadirecteur "
                      "Woondeals bij het ministerie van VRO.", "2025-03-12"),
    "bzk-2026": ("De gemeente Breda werkt samen met het ministerie van BZK aan de binnenstad.", "2026-05-04"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("merged")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


@pytest.fixture(params=["oxigraph", "rdflib"])
def run(runner, kg, request):
    def run(*args, lang="nl"):
        result = runner.invoke(cli, ["--lang", lang, "--engine", request.param, "--graph", str(kg), *args])
        assert result.exit_code == 0, result.output
        return result
    return run


def table_lines(result) -> list[str]:
    return [" ".join(line.split()) for line in result.stdout.splitlines()]


def test_a_role_at_the_merged_ministry_after_the_merger_says_so(run):
    # the role ended with the ministry, on its last day (walkthrough 25, finding 5: graph/ceased_ministries.py)
    asked = run("ask", "who-does-what")
    rows = [line for line in table_lines(asked) if line.startswith("Lotte Brandsma")]
    assert rows == [f"Lotte Brandsma programmadirecteur Woondeals {MERGED} (genoemd 2025-03-12) 2026-02-22 woondeal-2025 1"], \
        asked.output
    later = run("ask", "who-does-what", "--as-of", "2026-12-06")
    assert not [line for line in table_lines(later) if line.startswith("Lotte Brandsma")], later.output
    before = run("ask", "who-does-what", "--as-of", "2025-06-01")  # VRO was a ministry of its own then
    assert any(line.startswith("Lotte Brandsma") and " VRO (genoemd" in line for line in table_lines(before)), before.output
    as_data = json.loads(run("ask", "who-does-what", "--format", "json").stdout)
    assert {row["bodyLabel"] for row in as_data["rows"]} == {"VRO"}  # scripts keep the label


def test_the_question_about_the_ministry_it_went_up_in_answers_for_both(run):
    asked = run("ask", "city-ministry", "-p", "ministry=BZK")
    assert [line for line in table_lines(asked) if line.startswith(("Breda", "Zwolle"))] == [
        "Breda BZK werkt samen met 1 bzk-2026", f"Zwolle {MERGED} werkt samen met 1 woondeal-2025"], asked.output
    assert asked.stderr.splitlines() == ["Met VRO, dat per 2026-02-23 opging in BZK."]
    english = run("ask", "city-ministry", "-p", "ministry=BZK", "--as-of", "2026-12-06", lang="en")
    assert "Zwolle VRO (merged into BZK on 2026-02-23) collaborates with 1 woondeal-2025" in table_lines(english)
    assert english.stderr.splitlines()[-1] == "Including VRO, which merged into BZK on 2026-02-23."
    before = run("ask", "city-ministry", "-p", "ministry=BZK", "--at", "2025")  # before the merger: BZK alone
    assert "Zwolle" not in before.stdout and "VRO" not in before.output, before.output


def test_the_merged_ministry_asked_without_a_time_gets_the_note(run):
    asked = run("ask", "city-ministry", "-p", "ministry=VRO")
    assert f"Zwolle {MERGED} werkt samen met 1 woondeal-2025" in table_lines(asked)
    assert asked.stderr.splitlines() == ["VRO is opgegaan in BZK per 2026-02-23."]
    collaborators = run("collaborators", "VRO")
    assert collaborators.stderr.splitlines() == ["VRO is opgegaan in BZK per 2026-02-23."]
    with_bzk = run("collaborators", "BZK")
    assert {line.split()[0] for line in table_lines(with_bzk)[3:]} == {"Breda", "Zwolle"}, with_bzk.output
    assert with_bzk.stderr.splitlines() == ["Met VRO, dat per 2026-02-23 opging in BZK."]


@pytest.mark.parametrize("lang, expected", [("nl", "Ministerie"), ("en", "Ministry")])
def test_the_dossier_type_is_in_the_table_language(run, lang, expected):
    asked = run("ask", "ministry-contacts", "-p", "ministry=VRO", "--format", "json", lang=lang)
    assert {row["dossierType"] for row in json.loads(asked.stdout)["rows"]} == {"Ministry"}  # data keeps the name
    table = run("ask", "ministry-contacts", "-p", "ministry=VRO", lang=lang)
    assert any(line.startswith("VRO") and f" {expected} " in line for line in table_lines(table)), table.output


def test_the_network_of_the_merged_ministry_says_so(run, tmp_path):
    result = run("viz", "--ministry", "VRO", "-o", str(tmp_path / "vro.html"))
    assert result.stderr.splitlines()[-1] == "VRO is opgegaan in BZK per 2026-02-23.", result.stderr
    after = run("viz", "--ministry", "VRO", "--as-of", "2026-12-06", "-o", str(tmp_path / "vro.html"), lang="en")
    assert after.stderr.splitlines()[-1] == "VRO existed from 2024-07-02 until 2026-02-22; merged into BZK on 2026-02-23."
    bzk = run("viz", "--ministry", "BZK", "-o", str(tmp_path / "bzk.html"))
    assert len(bzk.stderr.splitlines()) == 1, bzk.stderr  # only where it was written


def test_the_matrix_names_the_merged_ministry_as_the_rows_of_ask_do(run):
    """Round 48c (walkthrough 47, finding 8): the matrix's column of VRO reads as the rows of 'ask' do."""
    header = table_lines(run("collaborators"))[1].split(" ")
    assert header[:3] == ["actor", "soort", "actor"] and " ".join(header[3:]) in (
        f"BZK {MERGED} totaal", f"{MERGED} BZK totaal"), header
    english = table_lines(run("collaborators", "--as-of", "2026-12-06", lang="en"))[1]
    assert "VRO (merged into BZK on 2026-02-23)" in english, english
    before = table_lines(run("collaborators", "--at", "2025"))[1]  # VRO was a ministry of its own then
    assert before.split()[-2:] == ["VRO", "totaal"], before
    as_csv = run("collaborators", "--format", "csv").stdout.splitlines()[0]
    assert as_csv.split(",")[:4] == ["actor", "actorType", "BZK", "VRO"] or \
        as_csv.split(",")[:4] == ["actor", "actorType", "VRO", "BZK"], as_csv  # scripts keep the label


def test_collaborators_of_the_ministry_it_went_up_in_say_which_ministry_each_link_is_with(run):
    with_bzk = table_lines(run("collaborators", "BZK"))
    assert with_bzk[1].split()[:3] == ["actor", "soort", "ministerie"], with_bzk
    assert [line.split(" woondeal-2025")[0] for line in with_bzk if line.startswith("Zwolle")] == [
        f"Zwolle Gemeente {MERGED}"], with_bzk
    assert [line.split(" bzk-2026")[0] for line in with_bzk if line.startswith("Breda")] == ["Breda Gemeente BZK"]
    english = table_lines(run("collaborators", "BZK", "--as-of", "2026-12-06", lang="en"))
    assert any(line.startswith("Zwolle Municipality VRO (merged into BZK on 2026-02-23) ") for line in english), english
    alone = run("collaborators", "BZK", "--at", "2025")  # before the merger: BZK alone
    assert "Zwolle" not in alone.stdout and "VRO" not in alone.output, alone.output
