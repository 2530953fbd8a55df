"""How long does SHACL validation take on a graph of about 10^4 triples? (inference none vs rdfs)

Builds a synthetic dataset by copying the document graph of ``tests/fixtures/shacl/valid.trig``
under fresh IRIs until it holds ``--triples`` triples, then times :func:`graph.validate.validate_dataset`.

    python benchmarks/validate_speed.py --triples 10000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rdflib import Dataset, URIRef

from graph.validate import validate_dataset

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "shacl" / "valid.trig"


def synthetic(target: int) -> Dataset:
    source = Dataset()
    source.parse(FIXTURE, format="trig")
    dataset = Dataset()
    for s, p, o, g in source.quads((None, None, None, None)):
        dataset.add((s, p, o, g))
    document_quads = [q for q in source.quads((None, None, None, None)) if "document/doc-x" in str(q[3])]
    copy = 0
    while len(dataset) < target:
        copy += 1

        def rename(node):
            if isinstance(node, URIRef) and "/id/" in str(node) and "/ministry/" not in str(node) \
                    and "/municipality/" not in str(node) and "/role/" not in str(node):
                return URIRef(str(node).replace("doc-x", f"doc-{copy}").replace("voorbeeld", f"voorbeeld-{copy}"))
            return node

        graph = dataset.graph(URIRef(f"https://w3id.org/g40kg/graph/document/doc-{copy}"))
        for s, p, o, _ in document_quads:
            graph.add((rename(s), p, rename(o)))
    return dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=10_000)
    args = parser.parse_args()
    dataset = synthetic(args.triples)
    for inference in ("none", "rdfs"):
        started = time.perf_counter()
        report = validate_dataset(dataset, inference=inference)
        print(f"inference={inference:<5} triples={report.triples:>6} conforms={report.conforms} "
              f"seconds={time.perf_counter() - started:.2f}")


if __name__ == "__main__":
    main()
