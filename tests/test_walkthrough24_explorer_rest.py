"""Walkthrough 24, finding 18's rest: a ministry the register says went up in another is named so in the explorer's
lists ("VRO (opgegaan in BZK per 2026-02-23)", as its page and ``collaborators`` say), and a short search word does
not find a name that only shares a few of its letters ("jeugd" found the municipality Nijefurd at 0.615), while a
typo still finds its name. Invented documents."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from serve_fixture import in_process_client
from test_serve_reload import build

DOCUMENTS = {
    "jeugd-2025": "Verslag themagroep Jeugd\n\n12 maart 2025\n\nDe themagroep Jeugd van de G40 werkt samen met het "
                  "ministerie van VRO. Zwolle werkt samen met het ministerie van VRO.\n",
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return build(tmp_path_factory.mktemp("w24-rest") / "kg", DOCUMENTS)


def test_a_merged_ministry_is_named_with_what_it_went_up_in_on_the_home_page_and_in_search(kg):
    from graph.serve import LiveGraph, create_app

    with in_process_client(create_app(LiveGraph.open(kg))) as client:
        home = client.get("/").text
        english = client.get("/", params={"lang": "en"}).text
        found = client.get("/search.json", params={"q": "VRO"}).json()["results"]
    assert ('<a href="/entity/ministry/mnre1171">VRO</a> <span class="merged">(opgegaan in BZK per 2026-02-23)</span>'
            in home), home
    assert '<span class="merged">(merged into BZK on 2026-02-23)</span>' in english
    assert found[0]["label"] == "VRO" and found[0]["merged_into"] == {"label": "BZK", "day": "2026-02-23"}


def _search(runner, kg, text: str) -> list[tuple[str, float]]:
    result = runner.invoke(cli, ["--graph", str(kg), "search", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(hit["label"], hit["score"]) for hit in json.loads(result.stdout)["rows"]]


def test_a_short_word_finds_the_names_that_hold_it_and_no_name_that_only_shares_letters(runner, kg):
    labels = [label for label, _ in _search(runner, kg, "jeugd")]
    assert labels == ["Themagroep Jeugd"], labels  # not Nijefurd (difflib 0.615)


@pytest.mark.parametrize("typed, meant", [("jeugt", "Themagroep Jeugd"), ("amersfort", "Amersfoort"),
                                          ("zwole", "Zwolle"), ("bkz", "BZK")])
def test_a_typo_still_finds_its_name_first(runner, kg, typed, meant):
    assert _search(runner, kg, typed)[0][0] == meant
