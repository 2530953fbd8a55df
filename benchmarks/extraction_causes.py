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

from graph.evaluate import _DocumentGold, _satisfies, load_gold  # noqa: E402
from graph.fact_rows import iter_facts  # noqa: E402
from graph.pipeline import build_graph  # noqa: E402
from graph.store import open_dataset  # noqa: E402

SETS = Path(__file__).resolve().parent / "extraction"

_EVIDENCE_RULES = """PREFIX g40: <https://w3id.org/g40kg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc ?subject ?p ?object ?role ?rule WHERE {
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; g40:rule ?rule ; prov:wasDerivedFrom ?d .
  ?d dcterms:identifier ?doc . ?s skos:prefLabel ?subject . ?o skos:prefLabel ?object .
  OPTIONAL { ?ev g40:roleLabel ?role }
  FILTER(?p != g40:mentions)
}"""


def _ends(side) -> list[str]:
    return [str(x) for x in (side if isinstance(side, list) else [side])]


def miss_causes(gold: dict, rows: list[dict]) -> collections.Counter:
    """(relation, cause) → number of missed facts."""
    by_document = collections.defaultdict(list)
    for row in rows:
        by_document[row["document"]].append(row)
    causes: collections.Counter = collections.Counter()
    for document, spec in gold["documents"].items():
        known = _DocumentGold(spec)
        found = by_document.get(document, [])
        recognised = set()
        for row in found:
            if row["predicate"] == "mentions":
                recognised |= known.ids_for(row["object"])
        keyed = [(r, known.ids_for(r["subject"]), known.ids_for(r["object"]))
                 for r in found if r["predicate"] != "mentions"]
        for fact, _time in known.facts:  # (alternatives, the time a gold fact gives: graph.gold_dates)
            if any(_satisfies(r, s, o, alt) for alt in fact for r, s, o in keyed):
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


def rule_counts(gold: dict, dataset) -> tuple[collections.Counter, collections.Counter]:
    """(right, wrong) pieces of evidence per extraction rule."""
    right, wrong = collections.Counter(), collections.Counter()
    for row in dataset.query(_EVIDENCE_RULES):
        spec = gold["documents"].get(str(row.doc))
        if spec is None:
            continue
        known = _DocumentGold(spec)
        fact = {"subject": str(row.subject), "object": str(row.object), "predicate": str(row.p).rsplit("#", 1)[-1],
                "role": str(row.role) if row.role is not None else None}
        s, o = known.ids_for(fact["subject"]), known.ids_for(fact["object"])
        alternatives = [alts for alts, _time in known.facts] + known.optional
        ok = any(_satisfies(fact, s, o, alt) for f in alternatives for alt in f)
        (right if ok else wrong)[str(row.rule)] += 1
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
            rows = list(iter_facts(dataset))
            right, wrong = rule_counts(gold, dataset)
        print(f"## {name}\n\nmissed facts by relation and cause:")
        for (relation, cause), count in sorted(miss_causes(gold, rows).items(), key=lambda item: -item[1]):
            print(f"  {count:4d}  {relation:17s} {cause}")
        print("\nextraction rules with wrong evidence (wrong / right):")
        for rule in sorted(wrong, key=lambda r: (-wrong[r], r)):
            print(f"  {wrong[rule]:4d} / {right[rule]:4d}  {rule}")
        print()


if __name__ == "__main__":
    main()
