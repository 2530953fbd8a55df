"""Served and published pages (walkthrough 26, round 52f): a person of whom the graph holds no fact
(a quoted resident) gets no page and no link (finding 13, graph.serve.pageless_people), and a
hyphenated compound in a document's text is one link to the entity of that name, never two links to
its parts (finding 16, graph.serve.compound_mentions). One graph for the module; invented people."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.documents import built_from

TEXT = ("**G40-bureau.** Pieter Stavenhagen is per 1 mei 2026 benoemd tot beleidsadviseur bij het G40-bureau.\n\n"
        "De G40-steden openden de week van de binnenstad. \"Als winkelier zie ik de leegstand groeien,\" vertelde "
        "Roos Kniphorst, die een bakkerij heeft in de Bredase binnenstad.\n")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("served"), {"nieuws-mei": ("2026-05-04", TEXT)})


def _get(kg, path: str):
    result = CliRunner().invoke(cli, ["--graph", str(kg), "serve", "--get", path])
    return result


def test_a_quoted_resident_gets_no_page(kg):
    entity = _get(kg, "/entity/person/roos-kniphorst")
    assert "Niet gevonden" in entity.stdout, entity.stdout[:400]
    official = _get(kg, "/entity/person/pieter-stavenhagen")
    assert "Niet gevonden" not in official.stdout and "beleidsadviseur" in official.stdout


def test_a_quoted_resident_is_named_but_not_linked_nor_found(kg):
    page = _get(kg, "/document/nieuws-mei").stdout
    assert "Roos Kniphorst" in page and "person/roos-kniphorst" not in page
    found = json.loads(_get(kg, "/search.json?q=Kniphorst").stdout)
    assert found["results"] == [], found


def test_a_hyphenated_compound_is_one_link(kg):
    page = _get(kg, "/document/nieuws-mei").stdout
    text = page[page.index('class="document-text"'):]
    text = text[:text.index("</div>")]
    assert text.count('href="/entity/unit/g40-bureau">G40-bureau</a>') == 2, text
    assert ">bureau</a>" not in text and ">G40</a>-" not in text, text


def test_the_site_writes_no_page_for_a_quoted_resident(kg, tmp_path):
    result = CliRunner().invoke(cli, ["--graph", str(kg), "export", "--format", "site", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    people = sorted(path.name for path in (tmp_path / "site" / "entity" / "person").iterdir())
    assert people == ["pieter-stavenhagen.html"], people
