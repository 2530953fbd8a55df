"""Where an evaluation set's misses and wrong facts come from, as counts only (safe on blind sets).

For each set it builds the documents into a temporary graph and prints:

* the missed facts by relation and cause: an entity of the fact not recognised at all, both
  recognised but no relation between them, or a relation of another kind between them;
* for each extraction rule, how many of its pieces of evidence are right and wrong.

No document text, name or fact is printed, so the counts of a blind set can be read without
reading the set (``benchmarks/extraction/README.md``: blind sets are measured, never read). They
say which kind of cause to work on; the rules themselves are written on development sets.

Usage::

    python benchmarks/extraction_causes.py heldout21 heldout22   # sets under benchmarks/extraction/
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.evaluate import DocumentGold, load_gold, row_is_right, rows_satisfying  # noqa: E402
from graph.fact_rows import iter_facts  # noqa: E402
from graph.pipeline import build_graph  # noqa: E402
from graph.store import open_dataset  # noqa: E402

SETS = Path(__file__).resolve().parent / "extraction"


def _ends(side) -> list[str]:
    return [str(x) for x in (side if isinstance(side, list) else [side])]


def miss_causes(gold: dict, rows: list[dict]) -> collections.Counter:
    """(relation, cause) → number of missed facts; ``rows`` are the rows ``evaluate`` scores
    (:func:`graph.fact_rows.iter_facts` with ``with_time``: a ministry labelled as at its fact's date)."""
    by_document = collections.defaultdict(list)
    for row in rows:
        by_document[row["document"]].append(row)
    causes: collections.Counter = collections.Counter()
    for document, spec in gold["documents"].items():
        known = DocumentGold(spec)
        found = by_document.get(document, [])
        recognised = set()
        for row in found:
            if row["predicate"] == "mentions":
                recognised |= known.ids_for(row["object"])
        keyed = known.keyed([r for r in found if r["predicate"] != "mentions"])
        for fact, _time in known.facts:  # (alternatives, the time a gold fact gives: graph.gold_dates)
            if rows_satisfying(fact, keyed):
                continue
            alt = fact[0]
            subjects, objects = _ends(alt[0]), _ends(alt[2])
            s_ok = any(x in recognised or x == "*" for x in subjects)
            o_ok = any(x in recognised or x == "*" for x in objects)
            if not (s_ok and o_ok):
                cause = "an entity not recognised"
            elif any((set(subjects) & s and set(objects) & o) or (set(subjects) & o and set(objects) & s)
                     for _r, s, o in keyed):
                cause = "another relation between them"
            else:
                cause = "both recognised, no relation"
            causes[(alt[1], cause)] += 1
    return causes


def rule_counts(gold: dict, rows) -> tuple[collections.Counter, collections.Counter]:
    """(right, wrong) pieces of evidence per extraction rule: ``rows`` one per piece of evidence
    (``iter_facts(dataset, with_time=True, every_evidence=True)``), each judged as ``evaluate``
    judges a row (:func:`graph.evaluate.row_is_right`), so a ministry's name of the document's
    period counts as ``evaluate`` counts it."""
    right, wrong = collections.Counter(), collections.Counter()
    known: dict[str, DocumentGold] = {}
    for row in rows:
        spec = gold["documents"].get(row["document"])
        if spec is None or row["predicate"] == "mentions" or not row.get("rule"):
            continue
        if row["document"] not in known:
            known[row["document"]] = DocumentGold(spec)
        (right if row_is_right(known[row["document"]], row) else wrong)[row["rule"]] += 1
    return right, wrong


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="set names under benchmarks/extraction/ (heldout21 …)")
    args = parser.parse_args(argv)
    for name in args.sets:
        folder = SETS / name
        gold = load_gold(folder / "gold.yaml")
        with tempfile.TemporaryDirectory(prefix="g40kg-causes-") as tmp:
            build_graph([folder / "corpus"], Path(tmp) / "kg", workers=1)
            dataset = open_dataset(Path(tmp) / "kg", engine="oxigraph")
            rows = list(iter_facts(dataset, with_time=True))  # the rows evaluate scores
            right, wrong = rule_counts(gold, iter_facts(dataset, with_time=True, every_evidence=True))
        print(f"## {name}\n\nmissed facts by relation and cause:")
        for (relation, cause), count in sorted(miss_causes(gold, rows).items(), key=lambda item: -item[1]):
            print(f"  {count:4d}  {relation:17s} {cause}")
        print("\nextraction rules with wrong evidence (wrong / right):")
        for rule in sorted(wrong, key=lambda r: (-wrong[r], r)):
            print(f"  {wrong[rule]:4d} / {right[rule]:4d}  {rule}")
        print()


if __name__ == "__main__":
    main()
