"""Question pages of the explorer keep their answers per graph (graph.serve.pages._answer)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

import graph.query as query
import graph.serve.pages as pages
from serve_fixture import make_app, make_graph

QUESTION = "/questions/collaborations-with-ministry"


@pytest.fixture
def asked(tmp_path, monkeypatch):
    """A client on a fresh app and the list of questions its graph was really asked."""
    run_question = query.run_question
    calls = []

    def counted(dataset, question, params, **kwargs):
        calls.append((question.name, {k: str(v) for k, v in params.items()}))
        return run_question(dataset, question, params, **kwargs)

    monkeypatch.setattr(query, "run_question", counted)
    with TestClient(make_app(make_graph(tmp_path))) as client:
        yield client, calls


def rows(response) -> list:
    assert response.status_code == 200, response.text
    return response.json()["answer"]["rows"]


def test_a_question_asked_again_is_answered_from_the_kept_answer(asked):
    client, calls = asked
    first = rows(client.get(QUESTION + ".json", params={"ministry": "EZK"}))
    again = rows(client.get(QUESTION + ".json", params={"ministry": "EZK"}))
    html = client.get(QUESTION, params={"ministry": "EZK"}).text
    assert again == first and len(first) == 1
    assert "Taskforce Economisch Herstel" in html
    assert len(calls) == 1, calls
    rows(client.get(QUESTION + ".json", params={"ministry": "BZK"}))
    assert [c[0] for c in calls] == ["collaborations-with-ministry"] * 2


def test_the_least_recently_asked_answer_goes_first(asked, monkeypatch):
    client, calls = asked
    monkeypatch.setattr(pages, "ANSWERS_KEPT", 2)
    ezk, bzk, ezk_then = {"ministry": "EZK"}, {"ministry": "BZK"}, {"ministry": "EZK", "at": "2021-06-01"}
    for params in (ezk, bzk, ezk, ezk_then, ezk, bzk):
        client.get(QUESTION + ".json", params=params).raise_for_status()
    # EZK is asked most recently each time a third answer comes: BZK goes, and is asked again
    assert [c[1] for c in calls] == [ezk, bzk, ezk_then, bzk]


def test_an_error_is_not_kept(asked):
    client, calls = asked
    for _ in range(2):
        response = client.get(QUESTION + ".json", params={"ministry": "XYZ"})
        assert response.status_code == 400 and "XYZ" in response.json()["error"]
    assert calls == [("collaborations-with-ministry", {"ministry": "XYZ"})] * 2  # asked again: not kept
    assert rows(client.get(QUESTION + ".json", params={"ministry": "EZK"}))
