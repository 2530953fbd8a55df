"""The graph folder's format version (walkthrough 16, finding 8): a newer format is refused for
reading and writing, an older one is rebuilt in full with a warning, and every build records both
the package version and the format in ``manifest.json``."""

from __future__ import annotations

import json

import pytest

from graph import __version__
from graph.cli import cli
from graph.disk_layout import FORMAT_VERSION, GRAPH_FILE, MANIFEST_FILE
from tests.documents import assert_rebuild_is_fresh, dated_documents, warning_lines

TEXTS = {
    "benoeming": ("Anna de Vries, wethouder van de gemeente Zwolle, is voorzitter van de Pijler Sociaal.", "2024-03-01"),
    "overleg": ("De gemeente Deventer werkt samen met het ministerie van Binnenlandse Zaken.", "2024-04-02"),
}


@pytest.fixture
def built(tmp_path, runner):
    docs = dated_documents(tmp_path, TEXTS)
    kg = tmp_path / "kg"
    result = runner.invoke(cli, ["--graph", str(kg), "build", str(docs)])
    assert result.exit_code == 0, result.output
    return docs, kg


def _set_manifest(kg, **fields):
    manifest = json.loads((kg / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest.update(fields)
    manifest = {k: v for k, v in manifest.items() if v is not None}
    (kg / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_records_the_version_and_the_format(built):
    _docs, kg = built
    manifest = json.loads((kg / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert (manifest["g40kg_version"], manifest["format_version"]) == (__version__, FORMAT_VERSION)


@pytest.mark.parametrize("command", [["query", "ASK { ?s ?p ?o }"], ["build"], ["serve", "--get", "/health"]])
def test_a_newer_format_is_refused_and_left_alone(built, runner, command):
    docs, kg = built
    _set_manifest(kg, g40kg_version="9.0.0", format_version=FORMAT_VERSION + 1)
    before = {p.name: p.read_bytes() for p in (kg / MANIFEST_FILE, kg / GRAPH_FILE)}
    args = command + [str(docs)] if command == ["build"] else command
    result = runner.invoke(cli, ["--graph", str(kg), *args])
    assert (result.exit_code, result.output) == (1, (
        f"Fout: {kg} is gemaakt door een nieuwere g40kg (9.0.0, indeling {FORMAT_VERSION + 1}; deze versie kent "
        f"indeling {FORMAT_VERSION}): upgrade g40kg, of bouw met deze versie in een nieuwe map (--graph)\n")), result.output
    assert {p.name: p.read_bytes() for p in (kg / MANIFEST_FILE, kg / GRAPH_FILE)} == before


def test_an_older_format_is_rebuilt_in_full_with_a_warning(built, runner, tmp_path):
    docs, kg = built
    _set_manifest(kg, g40kg_version="0.1.0", format_version=None)  # written before formats were numbered
    result = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert warning_lines(report) == [f"de graafmap had indeling 0 (van g40kg 0.1.0); deze versie schrijft indeling "
                                  f"{FORMAT_VERSION} en heeft de graaf daarom volledig opnieuw gebouwd"], report
    manifest = json.loads((kg / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["extraction"]["reused"] == 0, manifest["extraction"]
    assert_rebuild_is_fresh(runner, docs, kg, tmp_path / "fresh")


def test_the_operations_guide_lists_every_exit_status_and_the_current_format():
    import re
    from pathlib import Path

    from graph import errors

    guide = (Path(__file__).resolve().parents[1] / "docs" / "operations.md").read_text(encoding="utf-8")
    listed = {int(n) for row in re.findall(r"^\| ([\d, ]+) \|", guide, re.M) for n in row.split(",")}
    statuses = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    assert statuses <= listed, sorted(statuses - listed)
    assert f"; {FORMAT_VERSION} — " in guide, "docs/operations.md: add the format to the format history"
