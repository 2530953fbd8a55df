"""CPU of name lookups in one process: nine ``ask`` commands with names (CliRunner, warm) and one
:func:`graph.names.named_entities` call, per engine.

    python benchmarks/name_lookup.py --graph G --runs 5

``G``: a graph folder, e.g. the bundled corpus built by ``g40kg build data/corpus``. To compare two
versions, run this file alternately with each version's tree first on ``PYTHONPATH`` (and a copy of
``G`` each: ``derived/`` keeps one version's name index). Prints per engine the p50 and the minimum
in ms of CPU (``time.process_time``) of the nine asks, and the p50 of one lookup; every run's
answers must equal the first's.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from click.testing import CliRunner  # noqa: E402

from graph import names  # noqa: E402
from graph.cli import cli  # noqa: E402
from graph.store import open_dataset  # noqa: E402

#: names of the bundled corpus: a programme, ministries by abbreviation and everyday name, people,
#: a municipality in lower case, units
ASKS = [
    ["members", "-p", "target=City Deal vitale binnensteden"],
    ["ministry-gap", "-p", "ministry=OCW", "--at", "2022-01-01"],
    ["collaborations-per-year", "-p", "actor=EZK"],
    ["who-does-what", "-p", "person=Raymond Wanders", "-p", "person=Tof Thissen"],
    ["collaborations-with-ministry", "-p", "ministry=Binnenlandse Zaken"],
    ["city-involvement", "-p", "city=zwolle"],
    ["who-is-who", "-p", "person=friso douwstra"],
    ["entity-facts", "-p", "entity=Themagroep Armoede & Schulden"],
    ["unit-role-timeline", "-p", "unit=ambtelijk pijloverleg"],
]
LOOKUPS = ["EZK", "zwolle", "Binnenlandse Zaken", "gemeente Breda", "Raymond Wanders", "Financien", "xyzzy"]


def asks(graph: Path, engine: str, runs: int) -> list[float]:
    """ms of CPU of the nine asks, per run after a warm-up."""
    runner = CliRunner()

    def once():
        return [(r.exit_code, r.output) for r in
                (runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "ask", *a]) for a in ASKS)]

    first = once()
    if any(code for code, _ in first):
        sys.exit(f"an ask failed: {[a for a, (code, _) in zip(ASKS, first) if code]}")
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.process_time()
        if once() != first:
            sys.exit("an ask answered otherwise")
        times.append((time.process_time() - started) * 1000)
    return times


def lookup(graph: Path, engine: str, runs: int) -> float:
    """p50 ms of CPU of one named_entities call (the index built before)."""
    dataset = open_dataset(graph, engine=engine)
    first = [names.named_entities(dataset, name) for name in LOOKUPS]
    times = []
    for _ in range(runs):
        started = time.process_time()
        for _ in range(20):
            if [names.named_entities(dataset, name) for name in LOOKUPS] != first:
                sys.exit("a lookup answered otherwise")
        times.append((time.process_time() - started) * 1000 / (20 * len(LOOKUPS)))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engines", default="rdflib,oxigraph")
    arguments = parser.parse_args()
    for engine in arguments.engines.split(","):
        times = asks(arguments.graph, engine, arguments.runs)
        print(f"{engine}: nine asks {statistics.median(times):.1f} ms (min {min(times):.1f}), "
              f"one lookup {lookup(arguments.graph, engine, arguments.runs):.3f} ms")


if __name__ == "__main__":
    main()
