"""A static site is a snapshot (walkthrough 47, finding 12: its question pages listed every period and asked to
fill in a 'Stand per' field it does not have): a question that needs no value shows the last known state on the
export's day ("Stand per …", today or ``export --format site --as-of DAG``), its every period one click away
(``questions/<name>/all.html``), and the text says what the copy can do. Invented people."""

from __future__ import annotations

import datetime
import re
import warnings

import pytest

from graph.cli import cli

DOCUMENTS = {
    "pijler-2024": ("Jan de Boer is voorzitter van de Pijler Fysiek van de G40.", "2024-03-01"),
    "wissel-2025": ("Eva Smit volgt Jan de Boer per 1 juli 2025 op als voorzitter van de Pijler Fysiek.", "2025-06-10"),
    "breda-2026": ("Kees Mulder is wethouder van Breda.", "2026-03-01"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("site-day")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


def _export(kg, out, *args, lang="nl"):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--lang", lang, "--graph", str(kg), "export", "--format", "site", *args,
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def site(kg, tmp_path_factory):
    return _export(kg, tmp_path_factory.mktemp("copy") / "site", "--as-of", "15-01-2026")


def _people(page: str) -> list[str]:
    return re.findall(r'<td><a href="[^"]*entity/person/[^"]*">([^<]+)</a></td>', page)


def test_a_question_shows_the_state_on_the_day_and_every_period_one_click_away(site):
    state = (site / "questions" / "who-does-what.html").read_text(encoding="utf-8")
    every = (site / "questions" / "who-does-what" / "all.html").read_text(encoding="utf-8")
    assert _people(state) == ["Eva Smit"]  # Jan de Boer's term ended, Kees Mulder was not reported yet
    assert _people(every) == ["Eva Smit", "Jan de Boer", "Kees Mulder"]
    assert '<p class="site-view no-print"><strong>Stand per 15 januari 2026</strong> · ' \
           '<a href="who-does-what/all.html">Alle perioden</a></p>' in state
    assert '<p class="site-view no-print">Alle perioden · <a href="../who-does-what.html">Stand per 15 januari 2026' \
           '</a></p>' in every
    assert '<p class="print-only asked">Stand per 15 januari 2026</p>' in state  # on paper too
    assert '<link rel="stylesheet" href="../../static/style.css">' in every


def test_the_text_says_what_the_copy_can_do_and_promises_no_form(site):
    state = (site / "questions" / "who-does-what.html").read_text(encoding="utf-8")
    assert "<form" not in state and "Vul &#39;Stand per&#39; in" not in state and "Vul 'Stand per' in" not in state
    note = re.search(r'<p class="static-note">([^<]*)</p>', state).group(1)
    assert note.startswith("Deze kopie van de verkenner toont de stand per 15 januari 2026: wat op die dag geldt"), note
    assert "Alle perioden" in re.search(r'<p class="question-description">([^<]*)</p>', state).group(1)
    listing = (site / "questions.html").read_text(encoding="utf-8")
    assert "Vul &#39;Stand per&#39; in" not in listing and "Vul 'Stand per' in" not in listing


def test_a_question_that_needs_a_value_has_no_day_and_no_second_page(site):
    page = (site / "questions" / "collaborations-with-ministry.html").read_text(encoding="utf-8")
    assert 'class="site-view' not in page and not (site / "questions" / "collaborations-with-ministry").exists()


def test_in_english_and_by_default_on_the_day_of_the_export(kg, tmp_path):
    english = _export(kg, tmp_path / "en", "--as-of", "2026-01-15", lang="en")
    page = (english / "questions" / "who-does-what.html").read_text(encoding="utf-8")
    assert '<strong>As of 15 January 2026</strong> · <a href="who-does-what/all.html">All periods</a>' in page
    assert "This copy of the explorer shows the state as of 15 January 2026" in page
    from graph.reading_dates import date_words

    today = _export(kg, tmp_path / "today")  # a day that would change while the test runs is not worth a retry
    page = (today / "questions" / "who-does-what.html").read_text(encoding="utf-8")
    assert f"<strong>Stand per {date_words(datetime.date.today().isoformat(), 'nl')}</strong>" in page
    assert _people(page) == ["Eva Smit", "Kees Mulder"]


def test_the_live_explorer_sends_every_period_to_the_question_asked_without_values(kg):
    from serve_fixture import make_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    with TestClient(make_app(kg, "oxigraph")) as client:
        response = client.get("/questions/who-does-what/all", params={"lang": "en"}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/questions/who-does-what?lang=en&run=1")
