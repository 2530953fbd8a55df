"""The explorer's question pages say what the command line says with an empty answer: the roles that ended
before the day asked, and a name found but without an answer, on the page (escaped) and in its .json twin
(walkthrough 21, leftover 6). Invented people."""

from __future__ import annotations

import pytest

from tests.test_ended_roles import DOCUMENTS, LINE


#: a fact without a period of its own: it holds on its document's day only, "Op datum" a later day leaves it out
REPORTED = {"verslag": ("Eva de Wit is trekker van de Themagroep Zorg.", "2025-03-01")}


@pytest.fixture(scope="module")
def page_client(tmp_path_factory):
    from graph.pipeline import build_graph
    from serve_fixture import in_process_client, make_app
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("notes")
    build_graph([dated_documents(where, {**DOCUMENTS, **REPORTED})], where / "kg")
    with in_process_client(make_app(where / "kg", "oxigraph")) as client:
        yield client


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_empty_answer_names_the_roles_that_ended(page_client, lang):
    query = {"person": "Sanne Vermeulen", "as_of": "2026-12-07", "run": "1", "lang": lang}
    answer = page_client.get("/questions/who-is-who.json", params=query).json()["answer"]
    assert answer["rows"] == [] and answer["notes"][-1] == LINE[lang], answer
    html = page_client.get("/questions/who-is-who", params=query).text
    assert f"<li>{LINE[lang]}</li>" in html, html


def test_an_answer_with_rows_has_no_such_note(page_client):
    query = {"person": "Sanne Vermeulen", "as_of": "2023-06-01", "run": "1"}
    answer = page_client.get("/questions/who-is-who.json", params=query).json()["answer"]
    assert answer["rows"] and answer["notes"] == [], answer


def test_a_note_is_escaped(page_client, monkeypatch):
    from graph.serve import questions

    monkeypatch.setattr(questions, "answer_notes", lambda *a, **k: ["<b>Anna & Co</b>"])
    html = page_client.get("/questions/who-is-who", params={"person": "Sanne Vermeulen", "as_of": "2026-12-06",
                                                            "run": "1"}).text
    assert "<li>&lt;b&gt;Anna &amp; Co&lt;/b&gt;</li>" in html, html


@pytest.mark.parametrize("lang, line", [
    ("nl", "1 feit zonder eigen periode valt weg bij 'Op datum' 2026-12-07; vul 'Stand per' in voor de laatst "
           "bekende stand op die dag"),
    ("en", "1 fact without a period of its own drops out under 'On date' 2026-12-07; fill in 'As of' for the last "
           "known state on that day"),
])
def test_one_day_says_what_as_of_would_add(page_client, lang, line):
    query = {"at": "2026-12-07", "run": "1", "lang": lang}
    answer = page_client.get("/questions/who-does-what.json", params=query).json()["answer"]
    assert answer["notes"] == [line], answer
    kept = page_client.get("/questions/who-does-what.json", params={"as_of": "2026-12-07", "run": "1"}).json()
    assert "Eva de Wit" in str(kept["answer"]["rows"]) and kept["answer"]["notes"] == [], kept["answer"]
