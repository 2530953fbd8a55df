"""Files that cannot be read, disks that cannot be written: one line, a non-zero exit, nothing lost."""

from __future__ import annotations

import errno
import hashlib
import json

import pytest

from graph.cli import cli
from graph.pipeline import build_graph


@pytest.mark.parametrize("args", [
    ["query", "-f", "{file}"],
    ["evaluate", "{file}"],
    ["viz", "--query", "{file}", "-o", "{out}"],
])
def test_a_file_that_is_not_utf8_is_one_line(runner, seed_graph, tmp_path, args):
    binary = tmp_path / "binair.rq"
    binary.write_bytes(b"ASK {}\n\xff\xfe\x00")
    args = [a.format(file=binary, out=tmp_path / "x.html") for a in args]
    result = runner.invoke(cli, ["--graph", str(seed_graph), *args])
    assert (result.exit_code, result.output) == (2, f"Fout: {binary}: geen UTF-8-tekst (byte 7)\n")


def test_facts_that_are_not_utf8_are_one_line(runner, tmp_path):
    gold, facts = tmp_path / "gold.yaml", tmp_path / "facts.jsonl"
    gold.write_text("documents:\n  nieuws: {}\n", encoding="utf-8")
    facts.write_bytes(b"\x80")
    result = runner.invoke(cli, ["--lang", "en", "evaluate", str(gold), "--facts", str(facts)])
    assert (result.exit_code, result.output) == (2, f"Error: {facts}: not UTF-8 text (byte 0)\n")


def _digest(folder) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())).hexdigest()


def test_a_full_disk_during_a_build_is_one_line_and_keeps_the_previous_graph(runner, tmp_path, monkeypatch):
    import graph.assemble

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Breda werkt samen met het ministerie van BZK.", encoding="utf-8")
    graph_path = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(graph_path), "build", str(docs)]).exit_code == 0
    before = _digest(graph_path)
    (docs / "b.txt").write_text("Tilburg werkt samen met het ministerie van EZK.", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(graph.assemble, "load_store", full)
    monkeypatch.setattr(graph.assemble, "PATCH_MAX_SHARE", 0.0)  # a fresh load, not a patch
    result = runner.invoke(cli, ["--graph", str(graph_path), "build", str(docs)])
    assert result.exit_code == 1 and result.output.splitlines()[-1] == (
        f"Fout: kan {graph_path} niet schrijven (No space left on device); de vorige graaf is ongewijzigd")
    assert _digest(graph_path) == before


def test_serve_reads_a_graph_beside_which_nothing_can_be_written(runner, seed_graph, monkeypatch):
    """A graph on a read-only disk: no private copy (no build can change it there), read in place."""
    import graph.store

    def read_only(path):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(graph.store, "_pin", read_only)
    result = runner.invoke(cli, ["--graph", str(seed_graph), "serve", "--get", "/search.json?q=Breda"])
    assert result.exit_code == 0, result.output
    assert "Breda" in result.output


def test_serve_on_a_port_in_use_is_one_line_before_it_claims_to_serve(runner, seed_graph):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["--graph", str(seed_graph), "serve", "--port", str(port)])
    assert result.exit_code == 2
    assert result.output == (f"Fout: kan niet luisteren op 127.0.0.1:{port} (Address already in use); "
                             "kies een andere --port of --host\n")


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_communities_resolution_must_be_a_positive_number(runner, seed_graph, value):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "communities", "--resolution", value])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].startswith("Fout: Ongeldige waarde voor '--resolution': ")


def test_a_folder_that_holds_something_else_is_named_as_such_not_sent_to_build(runner, tmp_path):
    """'voer eerst g40kg build uit' there led to build's refusal of that folder."""
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "notities.txt").write_text("iets", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "map"), "entity", "Breda"])
    assert (result.exit_code, result.output) == (
        1, f"Fout: {tmp_path / 'map'} bestaat en is geen g40kg-graaf; kies een andere --graph\n")


@pytest.mark.parametrize("args, option", [
    (["push", "--store-url", "http://127.0.0.1:1/store", "--user", "zonderdubbelepunt"], "--user"),
    (["serve", "--cors", "geen origin"], "--cors"),
])
def test_malformed_credentials_and_origins_are_usage_errors(runner, seed_graph, args, option):
    result = runner.invoke(cli, ["--graph", str(seed_graph), *args])
    assert result.exit_code == 2 and result.output.splitlines()[-1].startswith(f"Fout: Ongeldige waarde voor '{option}'")


def test_path_to_an_entity_in_no_fact_names_it(runner, seed_graph):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "path", "Breda", "Maastricht"])
    assert (result.exit_code, result.output) == (1, "Fout: Maastricht komt in geen enkel feit voor (met deze filters)\n")


def test_a_province_and_a_city_of_one_name_are_told_apart_and_an_unknown_name_is_a_usage_error(runner, seed_graph):
    city = runner.invoke(cli, ["--graph", str(seed_graph), "entity", "Utrecht", "--format", "json"])
    province = runner.invoke(cli, ["--graph", str(seed_graph), "entity", "provincie Utrecht", "--format", "json"])
    unknown = runner.invoke(cli, ["--graph", str(seed_graph), "entity", "Nergensveen"])
    assert (city.exit_code, province.exit_code, unknown.exit_code) == (0, 0, 2)
    assert json.loads(city.output)["rows"][0]["iri"].endswith("/municipality/gm0344")
    assert json.loads(province.output)["rows"][0]["iri"].endswith("/province/pv26")


def test_an_unnamed_event_of_two_documents_is_asked_for_by_its_document(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "verslag-a.txt").write_text("Verslag\n\nWethouder Piet Jansen van Breda sprak op de netwerkdag.\n")
    (corpus / "verslag-b.txt").write_text("Terugblik\n\nAan de netwerkdag nam Gouda deel.\n")
    build_graph([corpus], tmp_path / "kg", workers=1)
    ambiguous = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "entity", "netwerkdag"])
    assert ambiguous.exit_code == 2
    assert ambiguous.output == ("Fout: 'netwerkdag' kan meerdere dingen zijn: 'netwerkdag (verslag-a)' (evenement), "
                                "'netwerkdag (verslag-b)' (evenement); geef de volledige naam of het IRI\n")
    one = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "entity", "netwerkdag (verslag-b)", "--format", "json"])
    assert one.exit_code == 0
    row = json.loads(one.output)["rows"][0]
    assert row["iri"].endswith("/event/netwerkdag-verslag-b")
    assert [f["otherLabel"] for f in row["relations"]["participatesIn"]] == ["Gouda"]


@pytest.mark.parametrize("name", ["EZ", "Economische Zaken", "ez"])
def test_a_ministry_name_two_ministries_bore_is_the_one_that_bore_it_last(runner, seed_graph, name):
    # EZ: the ministry of that name until 2010 (mnre1040) and EZK's name again from 2024-07-02 to 2026-02-22
    result = runner.invoke(cli, ["--graph", str(seed_graph), "entity", name, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"][0]["iri"] == "https://w3id.org/g40kg/id/ministry/mnre1045"
