"""CPU of opening a graph with ``--engine rdflib`` in one process: the first open (``graph.nq`` parsed),
an open of the same unchanged graph again (a dataset over the kept parse, :mod:`graph.rdflib_kept`) and
the first change of such a dataset (its own copy of the indexes), alternating; the quads of each
dataset are checked equal to a parse.

    python benchmarks/rdflib_open.py --graph G [--graph G2 …] --runs 7

``G``: a graph folder, e.g. the bundled corpus built by ``g40kg build data/corpus`` or a synthetic one of
``graphgen.py --triples 100000``. Prints one line per graph with the p50 and the minimum in ms of CPU
(``time.process_time``).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rdflib import Literal, URIRef  # noqa: E402

from graph import rdflib_kept  # noqa: E402
from graph.store import GRAPH_FILE, load_nquads, new_dataset, open_dataset  # noqa: E402


def _cpu(step) -> float:
    gc.collect()
    started = time.process_time()
    step()
    return (time.process_time() - started) * 1000


def _quads(dataset) -> list:
    return sorted((s.n3(), p.n3(), o.n3(), str(c)) for s, p, o, c in dataset.quads())


def measure(path: Path, runs: int) -> dict[str, list[float]]:
    """ms of CPU per run: ``parse`` (the first open), ``again`` (the kept parse), ``first change``."""
    fresh = new_dataset("rdflib")
    load_nquads(fresh, path / GRAPH_FILE)
    expected = _quads(fresh)
    del fresh
    times: dict[str, list[float]] = {"parse": [], "again": [], "first change": []}
    change = (URIRef("urn:bench:s"), URIRef("urn:bench:p"), Literal("x"), URIRef("urn:bench:g"))
    for run in range(runs):
        steps = {
            "parse": lambda: (rdflib_kept.drop_kept(), open_dataset(path, engine="rdflib")),
            "again": lambda: open_dataset(path, engine="rdflib"),
            "first change": lambda: held.add(change),
        }
        for name in (list(steps) if run % 2 == 0 else ["again", "parse", "first change"]):
            if name == "first change":
                held = open_dataset(path, engine="rdflib")
            times[name].append(_cpu(steps[name]))
        if run == 0:
            assert _quads(open_dataset(path, engine="rdflib")) == expected, "the kept parse differs from a parse"
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, action="append", required=True)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    for path in arguments.graph:
        times = measure(path, arguments.runs)
        lines = sum(1 for _ in open(path / GRAPH_FILE, "rb"))
        print(f"{path} ({lines:,} quads): " + ", ".join(
            f"{name} {statistics.median(values):,.1f} ms (min {min(values):,.1f})" for name, values in times.items()))


if __name__ == "__main__":
    main()
