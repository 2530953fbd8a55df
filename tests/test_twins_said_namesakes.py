"""``twins`` leaves out two namesakes a document tells apart without naming the other (round 51f,
walkthrough 25 finding 2's rest): "X, niet te verwarren met haar naamgenote bij SZW" or "een andere X"
says the person the build split off by ministry is someone else, as "X is niet dezelfde persoon als Y"
does (``owl:differentFrom``). Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import built_from

MINUTES = ("2023-06-20", "Verslag bestuurlijk overleg\n\nAanwezig:\n"
           "- Karin Bosschaart, ministerie van SZW, coördinator Brede Welvaart\n"
           "- Karin Bosschaart, ministerie van IenW, beleidsmedewerker Mobiliteit\n")


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    said = built_from(tmp_path_factory.mktemp("said"), {
        "verslag-2023": MINUTES,
        "jaarverslag-2025": ("2026-01-30", "Jaarverslag 2025\n\nContactpersoon bij IenW is Karin Bosschaart, "
                                           "niet te verwarren met haar naamgenote bij SZW.\n")})
    unsaid = built_from(tmp_path_factory.mktemp("unsaid"), {"verslag-2023": MINUTES})
    return said, unsaid


def _person_twins(runner, kg) -> list[str]:
    result = runner.invoke(cli, ["--graph", str(kg), "twins", "--format", "json"])
    assert result.exit_code == 0, result.output
    return [row["reason"] for row in json.loads(result.stdout)["rows"] if row["from"].startswith("person/")]


def test_namesakes_a_document_tells_apart_are_not_offered_again(runner, graphs):
    assert _person_twins(runner, graphs[0]) == []


def test_namesakes_only_the_build_split_are_still_offered(runner, graphs):
    assert _person_twins(runner, graphs[1]) == ["same_name"]


def test_another_person_of_the_name_is_told_apart():
    from graph.extract.model import Mention
    from graph.extract.not_the_same import people_apart

    text = "Let op: bij IenW werkt een andere Karin Bosschaart (Mobiliteit)."
    assert people_apart(text, [Mention(34, 50, "Karin Bosschaart", "Person", "r", 0.9)]) == ((34, 50, 34, 50),)
