"""A ministry of a fact that ended before its document is named as at the fact's end (round 39q,
walkthrough 14 finding 15).

"Tot 2018 werkte de G40 samen met het ministerie van Economische Zaken" in a report of 2019 was
exported as "EZK" (the name at the document's date, from 2018 on); the fact ended in 2017, when the
ministry was EZ. A fact of the same document that did not end keeps the name at the document's date.
"""

from __future__ import annotations

import json

from graph.cli import cli
from tests.documents import dated_documents


def test_the_facts_export_names_a_ministry_as_at_the_end_of_a_fact_that_ended_before_its_document(runner, tmp_path):
    from graph.pipeline import build_graph

    docs = dated_documents(tmp_path, {
        "verslag": ("Tot 2018 werkte de G40 samen met het ministerie van Economische Zaken.", "2019-03-01"),
        "nieuws": ("De G40 werkt samen met het ministerie van Economische Zaken.", "2019-03-01")})
    build_graph([docs], tmp_path / "kg")
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    named = sorted((r["document"], r["subject"], r["object"], r["valid_from"], r["valid_until"])
                   for r in rows if r["predicate"] == "collaboratesWith")
    assert named == [("nieuws", "G40", "EZK", "2019-03-01", None),
                     ("verslag", "G40", "EZ", None, "2017-12-31")], named


def test_a_fact_with_a_start_is_named_at_its_start_in_the_export_and_in_who_is_who(runner, tmp_path):
    """Round 40t (finding 15's rest): "Sinds 2016 …" in a report of 2019 was "EZK" in the facts export
    (the document's date) and "EZ" in the entity table (the fact's start); both say EZ now."""
    from graph.pipeline import build_graph

    docs = dated_documents(tmp_path, {
        "sinds": ("Sinds 2016 werkt de G40 samen met het ministerie van Economische Zaken.", "2019-03-01"),
        "nieuws": ("De G40 werkt samen met het ministerie van Economische Zaken.", "2019-03-01")})
    kg = tmp_path / "kg"
    build_graph([docs], kg)
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    named = sorted((r["document"], r["object"], r["valid_from"])
                   for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                   if r["predicate"] == "collaboratesWith")
    assert named == [("nieuws", "EZK", "2019-03-01"), ("sinds", "EZ", "2016-01-01")], named
    result = runner.invoke(cli, ["--graph", str(kg), "entity", "G40", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = sorted((r["otherLabel"], r["start"])
                  for r in json.loads(result.output)["rows"][0]["relations"]["collaboratesWith"])
    assert rows == [("EZ", "2016-01-01"), ("EZK", "2019-03-01")], rows


def test_viz_names_a_ministry_node_as_on_the_day_or_the_window_s_last_day(tmp_path):
    """Round 40t: EZK from 2018 to 2024-07-01, EZ from 2024-07-02: --at names the name on that day,
    --between (and --at a year: all of it) the name on the window's last day."""
    from graph.pipeline import build_graph
    from graph.store import open_dataset
    from viz.views import view_graph

    docs = dated_documents(tmp_path, {"nu": ("De G40 werkt samen met het ministerie van Economische Zaken.", "2019-03-01")})
    build_graph([docs], tmp_path / "kg")
    dataset = open_dataset(tmp_path / "kg")
    ministry = "https://w3id.org/g40kg/id/ministry/mnre1045"

    def label(**window):
        return view_graph(dataset, **window).nodes[ministry]["label"]

    assert label(at="2019-03-01") == "EZK"
    assert label(between=("2019-01-01", "2024-12-31")) == "EZ"
    assert label(at="2019") == "EZK"
