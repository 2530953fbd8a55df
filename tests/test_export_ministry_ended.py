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
