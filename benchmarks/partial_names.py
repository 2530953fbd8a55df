"""CPU of one name lookup (:func:`graph.names.resolve_entity`) per kind of typed name, on a graph folder:
a whole name, a part of one entity's name ("Eenvoudig Maatwerk" of "City Deal Eenvoudig Maatwerk", round 59n),
a part of several names, and a name that fits nothing.

    python benchmarks/partial_names.py --graph G --runs 7

``G``: a graph folder, e.g. ``python benchmarks/graphgen.py --triples 100000 --out G``. The name index is
read once (kept beside the graph) before the clock runs; per name it prints the CPU (``time.process_time``)
of the first lookup in the process (for a part: with the packed names made) and the median of ``--runs``
more, in ms, and what the lookup gave (the IRI's last part, or the error's first words). To compare two
versions, run this file alternately with each version's tree first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.errors import G40Error  # noqa: E402
from graph.names import entity_index, resolve_entity  # noqa: E402
from graph.store import open_dataset  # noqa: E402

#: names of graphgen's graphs (the bundled gazetteer and benchmarks/generate.py's programmes and units)
NAMES = ["City Deal Eenvoudig Maatwerk", "Eenvoudig Maatwerk", "themagroep", "xyzzy qqq"]


def lookup(dataset, name: str) -> str:
    try:
        return str(resolve_entity(dataset, name)).rsplit("/", 1)[-1]
    except G40Error as error:
        return str(error)[:40]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--names", nargs="*", default=NAMES)
    args = parser.parse_args()
    dataset = open_dataset(args.graph)
    print(f"{len(entity_index(dataset))} entities")
    for name in args.names:
        started = time.process_time()
        answer = lookup(dataset, name)
        first = (time.process_time() - started) * 1000
        times = []
        for _ in range(args.runs):
            started = time.process_time()
            lookup(dataset, name)
            times.append((time.process_time() - started) * 1000)
        print(f"{name!r}: first {first:.2f} ms, then p50 {statistics.median(times):.3f} ms → {answer}")


if __name__ == "__main__":
    main()
