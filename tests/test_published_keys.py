"""A person's key, once a build wrote it, keeps meaning that person (graph.published_keys; walkthrough 18,
finding 10): a namesake that a later build finds gets the suffixed key, two namesakes found to be one
person leave the old key pointing to the new one (owl:sameAs), and ``g40kg diff`` lists it.

All names are fictional."""

from __future__ import annotations

import json
import shutil

from graph.cli import cli
from graph.disk_layout import GRAPH_FILE
from graph.pipeline import build_graph
from tests.documents import dated_documents
from tests.test_namesakes_rebuild import HELMOND, PLACES_NO_ONE, ZWOLLE

ID = "https://w3id.org/g40kg/id/"


def _namesakes(kg) -> list:
    return json.loads((kg / "manifest.json").read_text())["namesakes"]


def test_a_namesake_found_later_gets_the_suffixed_key_and_the_first_keeps_its_own(tmp_path):
    docs = dated_documents(tmp_path, {"b": (HELMOND, "2025-03-01"), "c": (PLACES_NO_ONE, "2025-03-02")})
    build_graph([docs], tmp_path / "kg", workers=1)
    assert json.loads((tmp_path / "kg" / "manifest.json").read_text())["person_places"] == \
        {"person/jan-de-vries": ["municipality/gm0794"]}
    shutil.copytree(tmp_path / "kg", tmp_path / "full")
    shutil.rmtree(tmp_path / "full" / "cache")  # a full build that knows the previous graph
    (docs / "a.txt").write_text(ZWOLLE + "\n", encoding="utf-8")  # dated earlier: first placed
    (docs / "a.meta.json").write_text(json.dumps({"date": "2025-02-10"}), encoding="utf-8")
    rebuilt = build_graph([docs], tmp_path / "kg", workers=1)
    build_graph([docs], tmp_path / "full", workers=1)
    build_graph([docs], tmp_path / "fresh", workers=1)
    assert _namesakes(tmp_path / "kg") == [{"name": "Jan de Vries", "keys": ["person/jan-de-vries", "person/jan-de-vries-zwolle"],
                                           "places": ["Helmond", "Zwolle"]}]
    graph = (tmp_path / "kg" / GRAPH_FILE).read_text()
    assert f'<{ID}person/jan-de-vries> <http://www.w3.org/2004/02/skos/core#altLabel> "Jan de Vries (Helmond)"' in graph
    assert "sameAs" not in "".join(line for line in graph.splitlines() if "person/" in line)
    assert not [w for w in rebuilt.warnings if "IRI" in w], rebuilt.warnings
    assert (tmp_path / "kg" / GRAPH_FILE).read_bytes() == (tmp_path / "full" / GRAPH_FILE).read_bytes()
    # a build from scratch: the first placed keeps the key, as ever
    assert [n["keys"] for n in _namesakes(tmp_path / "fresh")] == [["person/jan-de-vries", "person/jan-de-vries-helmond"]]
    # the Zwolle document gone again: the Helmond person keeps its key, no key moves
    (docs / "a.txt").unlink()
    build_graph([docs], tmp_path / "kg", workers=1)
    assert json.loads((tmp_path / "kg" / "manifest.json").read_text())["person_places"] == \
        {"person/jan-de-vries": ["municipality/gm0794"]}


def test_namesakes_found_to_be_one_person_leave_the_old_key_pointing_to_the_new(tmp_path, runner):
    docs = dated_documents(tmp_path, {"a": (ZWOLLE, "2025-02-10"), "b": (HELMOND, "2025-03-01"),
                                      "c": (PLACES_NO_ONE, "2025-03-02")})
    build_graph([docs], tmp_path / "kg", workers=1)
    shutil.copytree(tmp_path / "kg", tmp_path / "old")
    (docs / "a.meta.json").write_text(json.dumps({"date": "2015-02-10"}), encoding="utf-8")  # ten years apart: one person
    moved = build_graph([docs], tmp_path / "kg", workers=1)
    assert [w for w in moved.warnings if "IRI" in w] == [
        "1 persoons-IRI('s) veranderd (de oude wijst met owl:sameAs naar de nieuwe; g40kg diff noemt ze): "
        "person/jan-de-vries-helmond → person/jan-de-vries"]
    again = build_graph([docs], tmp_path / "kg", workers=1)
    assert not [w for w in again.warnings if "IRI" in w], again.warnings  # said once
    same_as = f"<{ID}person/jan-de-vries> <http://www.w3.org/2002/07/owl#sameAs> <{ID}person/jan-de-vries-helmond>"
    assert same_as in (tmp_path / "kg" / GRAPH_FILE).read_text()  # and kept
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(tmp_path / "old"), "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)
    assert changes["iri_changed"] == [{"old": f"{ID}person/jan-de-vries-helmond", "new": f"{ID}person/jan-de-vries"}]
    assert (changes["added"], changes["removed"]) == ([], []), result.output
    text = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(tmp_path / "old")])
    assert f"≠ IRI veranderd  {ID}person/jan-de-vries-helmond  →" in text.output, text.output
    assert "; 1 IRI veranderd" in text.output.splitlines()[0], text.output


def test_json_answers_carry_their_lineage(tmp_path, runner):
    """Walkthrough 18, finding 16: ``meta`` beside ``columns`` and ``rows`` (round 43c)."""
    from graph import __version__

    docs = dated_documents(tmp_path, {"b": (HELMOND, "2025-03-01")})
    build_graph([docs], tmp_path / "kg", workers=1)
    built = json.loads((tmp_path / "kg" / "manifest.json").read_text())["built"]
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "who-does-what", "-p", "body=Themagroep Energie",
                                 "--as-of", "2026-01-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert list(answer) == ["columns", "rows", "meta"]
    assert answer["meta"] == {"command": "ask", "question": "who-does-what",
                              "parameters": {"params": ["body=Themagroep Energie"], "timeout": 30.0},
                              "time": {"as_of": "2026-01-01"}, "built": built, "endpoint": None,
                              "g40kg_version": __version__}


def test_a_split_that_hands_the_keys_places_to_its_as_key_is_reported_once(tmp_path, runner):
    """Round 44c: the first build knows one Jan de Vries (Zwolle); the second adds a namesake in Helmond and
    a split of the Zwolle mentions. The bare key now names the Helmond person: the build warns once and
    ``g40kg diff`` lists the split (the key lives on, so no owl:sameAs)."""
    docs = dated_documents(tmp_path, {"a": (ZWOLLE, "2015-02-10"), "c": (PLACES_NO_ONE, "2025-03-02")})
    corrections = tmp_path / "corr"
    corrections.mkdir()
    build_graph([docs], tmp_path / "kg", workers=1, curated=corrections)
    shutil.copytree(tmp_path / "kg", tmp_path / "old")
    (docs / "b.txt").write_text(HELMOND + "\n", encoding="utf-8")
    (docs / "b.meta.json").write_text(json.dumps({"date": "2025-03-01"}), encoding="utf-8")
    (corrections / "s.yaml").write_text("split:\n  - {entity: person/jan-de-vries, where: {municipality: Zwolle}, "
                                        "as: person/jan-de-vries-zwolle}\n", encoding="utf-8")
    split = build_graph([docs], tmp_path / "kg", workers=1, curated=corrections)
    assert [w for w in split.warnings if "IRI" in w] == [
        "1 persoons-IRI('s) door een splitsing deels verplaatst (de vermeldingen in die gemeente(n) zijn nu van de "
        "nieuwe; de oude noemt nu wie elders genoemd is; g40kg diff noemt ze): person/jan-de-vries → "
        f"person/jan-de-vries-zwolle (Zwolle; {corrections / 's.yaml'}:2)"]
    from graph.warning_codes import warning_record

    assert [warning_record(w)["code"] for w in split.warnings if "IRI" in w] == ["iri_changed"]
    again = build_graph([docs], tmp_path / "kg", workers=1, curated=corrections)
    assert not [w for w in again.warnings if "IRI" in w], again.warnings  # said once
    changes = json.loads(runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(tmp_path / "old"),
                                             "--format", "json"]).stdout)
    assert changes["split"] == [{"from": f"{ID}person/jan-de-vries", "into": f"{ID}person/jan-de-vries-zwolle",
                                 "where": "Zwolle", "facts": 2, "source": "s.yaml:2"}]
    assert changes["iri_changed"] == []
    text = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(tmp_path / "old")]).output.splitlines()
    assert text[0].endswith("; 1 afgesplitst"), text
    assert text[1] == "Documenten: 1 nieuw (b).", text  # round 46y: the new document is named
    assert text[4].split() == ["⇄", "afgesplitst", "person/jan-de-vries", "→", "2", "feiten",
                               "person/jan-de-vries-zwolle", "(Zwolle)", "s.yaml:2"]
    english = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "diff", str(tmp_path / "old")])
    assert "⇄ split off" in english.output and "; 1 split off" in english.output
