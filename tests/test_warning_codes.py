"""Warnings and errors a script can filter on (round 43e, walkthrough 18 finding 2): ``build --format
json``'s warnings as records with a stable code, the file and the document, the same in both
languages; ``--allow-warning`` for ``--strict``; a ``code`` on every JSON error."""

from __future__ import annotations

import json
import string

import pytest

from graph.cli import cli
from graph.errors import EXIT_BUSY, EXIT_WARNINGS
from graph.messages import CATALOGUE, language
from graph.warning_codes import WARNING_CODES, warning_record
from tests import test_build_safety

held_lock = test_build_safety.held_lock  # a fixture: another process holds a graph's build lock


@pytest.fixture
def docs(tmp_path):
    """The three permanent warnings of the walkthrough's nightly: a cp1252 memo, an unknown metadata
    field, an undated note."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "memo.txt").write_bytes("Breda werkt samen met het ministerie van EZK. Café.\n".encode("cp1252"))
    (folder / "memo.meta.json").write_text('{"date": "2025-03-01"}', encoding="utf-8")
    (folder / "verslag.txt").write_text("Tilburg werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    (folder / "verslag.meta.json").write_text('{"date": "2025-04-01", "auteur": "x"}', encoding="utf-8")
    (folder / "notitie.txt").write_text("Zwolle werkt samen met het ministerie van SZW.\n", encoding="utf-8")
    return folder


def _build(runner, docs, graph, *options, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--graph", str(graph), "build", str(docs), *options])


def test_build_json_gives_a_record_per_warning(docs, runner, tmp_path):
    result = _build(runner, docs, tmp_path / "kg", "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)["warnings"]
    assert [{k: v for k, v in r.items() if k != "message"} for r in records] == [
        {"code": "not_utf8", "file": str(docs / "memo.txt"), "document": "memo", "documents": ["memo"]},
        {"code": "unknown_meta_field", "file": str(docs / "verslag.meta.json"), "document": "verslag",
         "documents": ["verslag"]},
        {"code": "undated", "file": None, "document": "notitie", "documents": ["notitie"]},
    ], records
    assert records[0]["message"] == f"{docs / 'memo.txt'}: geen geldige UTF-8, gelezen als cp1252"


def test_the_codes_are_the_same_in_english(docs, runner, tmp_path):
    dutch = json.loads(_build(runner, docs, tmp_path / "nl", "--format", "json").stdout)["warnings"]
    english = json.loads(_build(runner, docs, tmp_path / "en", "--format", "json", lang="en").stdout)["warnings"]
    assert [(r["code"], r["file"], r["documents"]) for r in english] == [
        (r["code"], r["file"], r["documents"]) for r in dutch]
    assert english[2]["message"] == ("1 document without a date: notitie (its facts hold at every date; give a date "
                                     "in <name>.meta.json)")


def test_a_relative_path_is_made_absolute(docs, runner, tmp_path, monkeypatch):
    monkeypatch.chdir(docs.parent)
    result = _build(runner, "docs", tmp_path / "kg", "--format", "json")
    record = json.loads(result.stdout)["warnings"][0]
    assert (record["file"], record["message"].split(":")[0]) == (str(docs / "memo.txt"), "docs/memo.txt")


def test_allow_warning_lets_strict_pass_known_warnings(docs, runner, tmp_path):
    graph = tmp_path / "kg"
    assert _build(runner, docs, graph, "--quiet", "--strict").exit_code == EXIT_WARNINGS
    known = ["--allow-warning", "not_utf8", "--allow-warning", "unknown_meta_field:verslag",
             "--allow-warning", "undated:notitie"]
    result = _build(runner, docs, graph, "--quiet", "--strict", *known)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), result.output
    # one that is not allowed still gives 3, and --quiet lists only that one
    result = _build(runner, docs, graph, "--quiet", "--strict", *known[:4], "--allow-warning", "undated:andere")
    assert (result.exit_code, result.stderr) == (EXIT_WARNINGS, "1 waarschuwing:\n  1 document zonder datum: notitie "
                                                 "(zijn feiten gelden op elke datum; geef een datum in "
                                                 "<naam>.meta.json)\n"), result.output


def test_an_unknown_code_is_a_usage_error(docs, runner, tmp_path):
    result = _build(runner, docs, tmp_path / "kg", "--allow-warning", "ongedateerd", lang="en")
    assert result.exit_code == 2, result.output
    assert ("Error: Invalid value for '--allow-warning': 'ongedateerd': not the code of a warning; choose from "
            "not_utf8, bad_meta,") in result.stderr, result.stderr


@pytest.mark.parametrize("code, keys", [(code, keys) for code, keys in WARNING_CODES.items() if keys])
def test_every_template_is_read_back_as_its_code(code, keys):
    for key in keys:
        for lang in ("nl", "en"):
            fields = {f for _, f, _, _ in string.Formatter().parse(CATALOGUE[key][lang]) if f}
            values = {f: "/d/nota.txt" if f == "path" else f"waarde-{f}" for f in fields}
            with language(lang):
                text = CATALOGUE[key][lang].format(**values)
            assert warning_record(text)["code"] == code, (key, lang, text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_json_errors_have_a_code(runner, tmp_path, lang):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "geen"), "ask", "who-does-what",
                                 "--format", "json"])
    error = json.loads(result.stdout)
    assert (result.exit_code, error["exit_code"], error["code"]) == (1, 1, "no_graph"), result.output
    usage = runner.invoke(cli, ["--lang", lang, "ask", "who-does-what", "--format", "json", "--onbekend"])
    assert (usage.exit_code, json.loads(usage.stdout)["code"]) == (2, "usage"), usage.output


def test_a_busy_graph_is_code_busy(docs, runner, tmp_path, held_lock):
    graph = tmp_path / "kg"
    held_lock(graph)
    result = _build(runner, docs, graph, "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)["code"]) == (EXIT_BUSY, "busy"), result.output


def test_every_code_is_documented():
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[1] / "docs" / "integration.md").read_text(encoding="utf-8")
    error_codes = {"failed", "input", "no_graph", "not_a_graph", "newer_format", "validation_failed", "query",
                   "timeout", "unknown_name", "cannot_write", "busy", "remote", "usage", "interrupted", "terminated"}
    missing = [code for code in [*WARNING_CODES, *sorted(error_codes)] if f"`{code}`" not in guide]
    assert not missing, missing


def test_warnings_carry_the_code_they_were_made_with(docs, tmp_path):
    """Round 44c: a warning is made with its code and file (graph.build_warnings), also when the corpus
    cache gives its document back; the record is the one its text reads back as, and a Turtle rule's
    warning, which no text pattern knew, is ``curation`` too (it was ``other``)."""
    from graph.build_warnings import BuildWarning
    from graph.pipeline import build_graph

    (docs / "leeg.txt").write_text("", encoding="utf-8")
    corrections = tmp_path / "corr"
    corrections.mkdir()
    (corrections / "a.yaml").write_text("aliases:\n  person/niemand: [Niemand]\n", encoding="utf-8")
    (corrections / "b.ttl").write_text("<https://w3id.org/g40kg/id/person/nog-iemand> "
                                       "<http://www.w3.org/2004/02/skos/core#altLabel> \"X\" .\n", encoding="utf-8")
    for _build_again in range(2):  # the second from the corpus cache
        report = build_graph([docs], tmp_path / "kg", workers=1, curated=corrections)
        assert [(type(w).__name__, w.code) for w in report.warnings] == [
            ("BuildWarning", "empty"), ("BuildWarning", "not_utf8"), ("BuildWarning", "unknown_meta_field"),
            ("BuildWarning", "undated"), ("BuildWarning", "curation"), ("BuildWarning", "curation")]
        records = [warning_record(w, report.documents) for w in report.warnings]
        assert records[:5] == [warning_record(str(w), report.documents) for w in report.warnings[:5]]
        assert (records[5]["code"], records[5]["file"]) == ("curation", str(corrections / "b.ttl"))
        assert warning_record(str(report.warnings[5]))["code"] == "other"  # what reading its text gave
    assert all(isinstance(w, BuildWarning) for w in report.warnings)
