"""benchmarks/extraction_causes.py: the counts-only causes of missed facts, on a gold file that gives times."""

import importlib.util
from pathlib import Path

from graph.evaluate import load_gold

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("extraction_causes", ROOT / "benchmarks" / "extraction_causes.py")
causes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(causes)

GOLD = """documents:
  nieuws:
    entities:
      g40: {type: Organisation, names: [G40]}
      ezk: {type: Ministry, names: [EZK]}
      breda: {type: Municipality, names: [Breda]}
      deal: {type: Programme, names: [City Deal Werk]}
    facts:
      - {fact: [g40, collaboratesWith, ezk], from: 2022}
      - [breda, participatesIn, deal]
      - [g40, initiated, deal]
"""


def _row(subject, predicate, obj):
    return {"document": "nieuws", "subject": subject, "predicate": predicate, "object": obj, "role": None}


def test_causes_read_gold_facts_that_give_a_time(tmp_path):
    gold_file = tmp_path / "gold.yaml"
    gold_file.write_text(GOLD, encoding="utf-8")
    rows = [_row("nieuws", "mentions", name) for name in ("G40", "EZK", "Breda")]  # the City Deal not recognised
    rows.append(_row("G40", "collaboratesWith", "EZK"))  # the dated fact, found
    assert dict(causes.miss_causes(load_gold(gold_file), rows)) == {
        ("participatesIn", "an entity not recognised"): 1, ("initiated", "an entity not recognised"): 1}
    rows.append(_row("nieuws", "mentions", "City Deal Werk"))
    rows.append(_row("Breda", "collaboratesWith", "City Deal Werk"))
    assert dict(causes.miss_causes(load_gold(gold_file), rows)) == {
        ("participatesIn", "another relation between them"): 1, ("initiated", "both recognised, no relation"): 1}


MINISTRY_GOLD = """documents:
  nieuws-2021:
    entities:
      g40: {type: Organisation, names: [G40]}
      ez: {type: Ministry, names: [EZK]}
    facts:
      - [g40, collaboratesWith, ez]
  nieuws-2025:
    entities:
      g40: {type: Organisation, names: [G40]}
      ez: {type: Ministry, names: [EZ]}
    facts:
      - [g40, collaboratesWith, ez]
"""


def test_causes_judge_a_ministry_by_its_name_in_the_document_s_period_as_evaluate_does(tmp_path):
    """Round 44r (round 44b's finding): the ministry of Economic Affairs is "EZK" until 2024-07-01, "EZ" from
    2024-07-02 and "EZK" again from 2026-02-23 (its preferred label). A 2025 document's gold names it "EZ",
    as the facts export does; the script judged by the preferred label and counted that fact wrong."""
    from graph.evaluate import evaluate
    from graph.fact_rows import iter_facts
    from graph.pipeline import build_graph
    from graph.store import open_dataset
    from tests.documents import dated_documents

    sentence = "De G40 werkt samen met het ministerie van Economische Zaken."
    docs = dated_documents(tmp_path, {"nieuws-2021": (sentence, "2021-03-01"), "nieuws-2025": (sentence, "2025-03-01")})
    build_graph([docs], tmp_path / "kg", workers=1)
    gold_file = tmp_path / "gold.yaml"
    gold_file.write_text(MINISTRY_GOLD, encoding="utf-8")
    gold = load_gold(gold_file)
    dataset = open_dataset(tmp_path / "kg", engine="oxigraph")
    rows = list(iter_facts(dataset, with_time=True))
    right, wrong = causes.rule_counts(gold, iter_facts(dataset, with_time=True, every_evidence=True))
    assert sum(wrong.values()) == 0 and sum(right.values()) == 2, (right, wrong)
    assert dict(causes.miss_causes(gold, rows)) == {}
    scored = evaluate(gold, rows).overall.relations
    assert (scored.correct, scored.predicted, scored.found) == (2, 2, 2)
