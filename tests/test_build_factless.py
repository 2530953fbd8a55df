"""A document from which nothing was recognised is named by the build (round 46g, walkthrough 20,
finding 5): the summary's warnings and ``--format json`` (code ``no_facts``), with the characters of
text read, so a scan without a text layer is told apart from a text without G40 facts."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.errors import EXIT_WARNINGS


@pytest.fixture
def docs(tmp_path, write_pdf):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "overleg.txt").write_text("Tilburg werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    (folder / "recept.txt").write_text("Appeltaart. Schil de appels en snijd ze in partjes. " * 40 + "\n",
                                       encoding="utf-8")
    write_pdf(folder / "scan.pdf", ["12", "13"])  # what a scan without a text layer gives: the page numbers
    for name in ("overleg", "recept", "scan"):
        (folder / f"{name}.meta.json").write_text('{"date": "2025-03-01"}', encoding="utf-8")
    return folder


def _build(runner, docs, graph, *options, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--graph", str(graph), "build", str(docs), *options])


def test_the_summary_names_documents_without_facts(docs, runner, tmp_path):
    result = _build(runner, docs, tmp_path / "kg")
    assert result.exit_code == 0, result.output
    assert ("  geen feiten herkend in 2 documenten: recept (2.079 tekens tekst gelezen), scan (6 tekens tekst "
            "gelezen; weinig tekst: een scan zonder tekstlaag?)\n") in result.stderr, result.stderr


def test_json_gives_the_warning_a_code_and_its_documents(docs, runner, tmp_path):
    result = _build(runner, docs, tmp_path / "kg", "--format", "json", lang="en")
    records = [r for r in json.loads(result.stdout)["warnings"] if r["code"] == "no_facts"]
    assert records == [{"code": "no_facts", "file": None, "document": None, "documents": ["recept", "scan"],
                        "message": "no facts recognised in 2 documents: recept (2,079 characters of text read), scan "
                                   "(6 characters of text read; little text: a scan without a text layer?)"}], records


def test_strict_trips_on_it_and_allow_warning_lets_a_known_one_pass(docs, runner, tmp_path):
    graph = tmp_path / "kg"
    assert _build(runner, docs, graph, "--quiet", "--strict").exit_code == EXIT_WARNINGS
    result = _build(runner, docs, graph, "--quiet", "--strict", "--allow-warning", "no_facts:recept",
                    "--allow-warning", "no_facts:scan")
    assert (result.exit_code, result.stderr) == (0, ""), result.output


def test_a_document_rebuilt_from_the_cache_is_still_named(docs, runner, tmp_path):
    graph = tmp_path / "kg"
    _build(runner, docs, graph)
    (docs / "overleg.txt").write_text("Breda werkt samen met het ministerie van EZK.\n", encoding="utf-8")
    result = _build(runner, docs, graph, "--format", "json")
    assert [r["documents"] for r in json.loads(result.stdout)["warnings"] if r["code"] == "no_facts"] == [
        ["recept", "scan"]], result.stdout
