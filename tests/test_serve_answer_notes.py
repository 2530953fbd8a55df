"""The explorer's question pages say what the command line says with an empty answer: the roles that ended
before the day asked, and a name found but without an answer, on the page (escaped) and in its .json twin
(walkthrough 21, leftover 6). Invented people."""

from __future__ import annotations

import pytest

from tests.test_ended_roles import DOCUMENTS, LINE


@pytest.fixture(scope="module")
def page_client(tmp_path_factory):
    from graph.pipeline import build_graph
    from serve_fixture import in_process_client, make_app
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("notes")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
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
