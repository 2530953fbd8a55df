"""`serve`'s network page is per language: the first visitor's language never sticks to the next
visitor's page (walkthrough 47, finding 4). A renamed ministry's node is named "LVVN (eerder LNV)"
in Dutch and "LVVN (earlier LNV)" in English, in each order of visits and on both engines."""

from __future__ import annotations

import pytest

from graph.cli import cli
from serve_fixture import in_process_client, make_app


@pytest.fixture(scope="module")
def renamed_ministry_graph(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("network-language")
    document = where / "brief-2024-02-02.txt"
    document.write_text("Breda werkt samen met het ministerie van LNV aan de Regio Deal.\n", encoding="utf-8")
    built = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "--no-progress", "build", str(document)])
    assert built.exit_code == 0, built.output
    return where / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("first", ["nl", "en"])
def test_each_visit_gets_the_network_in_its_own_language(renamed_ministry_graph, engine, first):
    second = "en" if first == "nl" else "nl"
    expected = {"nl": ("LVVN (eerder LNV)", "werkt samen met"), "en": ("LVVN (earlier LNV)", "collaborates with")}
    with in_process_client(make_app(renamed_ministry_graph, engine)) as client:
        for lang in (first, second, first):
            page = client.get("/network", params={"lang": lang}).text
            other = expected[second if lang == first else first]
            assert expected[lang][0] in page and other[0] not in page, (lang, page[:300])
            # relation labels too (the Dutch quote keeps its "werkt samen met" on the English page)
            assert expected[lang][1] in page and (lang == "en" or "collaborates with" not in page), lang
            asked = client.get(f"/network?lang={lang}").text
            assert expected[lang][0] in asked and other[0] not in asked, lang
            twin = client.get(f"/network.json?lang={lang}").json()
            assert expected[lang][0] in [node["label"] for node in twin["nodes"]], lang
