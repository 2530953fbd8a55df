"""A town's stated exit closes a participation a correction added (round 40t, walkthrough 14 finding 2's rest).

Round 39p closed an extracted participation by the town's exit ("Zwolle is gestopt met de Taskforce
Middenhuur"); one added by hand in ``data/curated/`` stayed open. Now a curated participation with a
start and no end of its own is closed like an extracted one; one with its own end keeps it, and one
with no start is left open (it may have begun after the exit).
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents

EXITS = "".join(f"{town} is gestopt met de Taskforce Middenhuur.\n\n" for town in ("Zwolle", "Deventer", "Arnhem"))
CURATED = """facts:
  - {subject: municipality/gm0193, predicate: participatesIn, object: unit/taskforce-middenhuur, valid_from: 2017-01-01}
  - {subject: municipality/gm0150, predicate: participatesIn, object: unit/taskforce-middenhuur, valid_from: 2017-01-01, valid_until: 2025-12-31}
  - [municipality/gm0202, participatesIn, unit/taskforce-middenhuur]
"""


@pytest.fixture
def corpus(tmp_path):
    docs = dated_documents(tmp_path, {"vertrek": (EXITS, "2024-10-10"),
                                      "taskforce": ("De Taskforce Middenhuur kwam bijeen.", "2017-01-10")})
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "c.yaml").write_text(CURATED, encoding="utf-8")
    return docs, fixes


def build(runner, kg, docs, fixes):
    built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--curated", str(fixes)])
    assert built.exit_code == 0, built.output


def curated_members(runner, kg, *window):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "members", "-p", "target=Taskforce Middenhuur", *window,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["memberLabel"], r["start"], r["end"]) for r in json.loads(result.stdout)["rows"] if r["curation"]]


def test_the_exit_closes_a_curated_participation_with_a_start_and_no_end(runner, tmp_path, corpus):
    kg = tmp_path / "kg"
    build(runner, kg, *corpus)
    assert curated_members(runner, kg) == [("Arnhem", None, None), ("Deventer", "2017-01-01", "2025-12-31"),
                                           ("Zwolle", "2017-01-01", "2024-10-10")]
    assert curated_members(runner, kg, "--as-of", "2025-06-01") == [("Arnhem", None, None),
                                                                    ("Deventer", "2017-01-01", "2025-12-31")]
    assert curated_members(runner, kg, "--as-of", "2024-06-01") == [("Arnhem", None, None),
                                                                    ("Deventer", "2017-01-01", "2025-12-31"),
                                                                    ("Zwolle", "2017-01-01", None)]


def test_a_rebuild_after_the_correction_changes_gives_the_full_build_s_graph(runner, tmp_path, corpus):
    from graph.store import GRAPH_FILE

    docs, fixes = corpus
    kg = tmp_path / "kg"
    build(runner, kg, docs, fixes)
    (fixes / "c.yaml").write_text(CURATED.replace(", valid_until: 2025-12-31", ""), encoding="utf-8")
    build(runner, kg, docs, fixes)
    build(runner, tmp_path / "fresh", docs, fixes)
    assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert curated_members(runner, kg)[1] == ("Deventer", "2017-01-01", "2024-10-10")
