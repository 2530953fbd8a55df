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
