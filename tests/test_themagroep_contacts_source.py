"""``ask themagroep-contacts`` names the document a row's start comes from, not an undated note that repeats
the role (walkthrough 47, finding 17); without any start, the latest document. Both engines; invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("themagroep")
    docs = where / "docs"
    docs.mkdir()
    (docs / "themagroep-nieuws.txt").write_text(
        "Karel Dekkers, wethouder Wonen van Deventer, is sinds 15 januari 2025 voorzitter van de Themagroep Wonen "
        "van de G40.\n", encoding="utf-8")
    (docs / "themagroep-nieuws.meta.json").write_text(json.dumps({"date": "2025-01-20"}), encoding="utf-8")
    (docs / "aantekeningen.txt").write_text(  # undated: its facts hold at any date
        "Aantekeningen overleg Themagroep Wonen\n\nAanwezig: Karel Dekkers (voorzitter), Mila Hoekstra (BZK).\n",
        encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_source_is_the_document_of_the_start(runner, kg, engine):
    result = runner.invoke(cli, ["--engine", engine, "--graph", str(kg), "ask", "themagroep-contacts", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [(r["personLabel"], r["role"], r["start"], r["documents"], r["documentId"])
            for r in json.loads(result.stdout)["rows"]]
    assert ("Karel Dekkers", "voorzitter", "2025-01-15", 2, "themagroep-nieuws") in rows, rows
