"""Whole-graph commands at scale: the first run on a new build, and the runs after it.

Commands that read the whole graph (the projection behind ``brokers``, ``communities``, ``rank``,
``path`` and ``viz``; the name index behind every command taking a name) keep what they computed
beside the graph (:mod:`graph.derived`). This times each command as a user runs it (a
``g40kg`` subprocess, interpreter start included) on a synthetic graph (``graphgen.py``): once
with no kept results (``derived/`` removed: what the first command after a build pays, and what
every command paid before), then ``--repeat`` times after it (median).

    python benchmarks/commands.py --triples 1000000 --repeat 3

The graph is ``<work>/graph-<triples>``, shared with ``run.py`` (generated when missing).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

_BUSIEST = """
SELECT ?label (COUNT(?ev) AS ?n) WHERE {
  ?e a %s ; skos:prefLabel ?label . { ?ev rdf:subject ?e } UNION { ?ev rdf:object ?e } ?ev rdf:predicate ?p .
  FILTER(?p != g40:mentions)
} GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1"""


def busiest_label(graph: Path, cls: str) -> str:
    from graph.query import run_sparql
    from graph.store import open_dataset

    return str(run_sparql(open_dataset(graph), _BUSIEST % cls, timeout=600).rows[0]["label"])


def commands(graph: Path, out: Path) -> dict[str, list[str]]:
    unit, ministry = busiest_label(graph, "g40:OrganisationalUnit"), busiest_label(graph, "g40:Ministry")
    return {
        "entity": ["entity", unit],
        "path": ["path", unit, ministry],
        "collaborators": ["collaborators"],
        "brokers": ["brokers"],
        "communities": ["communities"],
        "rank": ["rank"],
        "viz --focus": ["viz", "--focus", ministry, "-o", str(out / "focus.html")],
        "export facts": ["export", "--format", "facts", "-o", str(out / "facts.jsonl")],
        "serve --get /": ["serve", "--get", "/"],
    }


def timed(graph: Path, args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(graph), *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "g40kg-bench")
    args = parser.parse_args(argv)
    from graph.derived import DERIVED_DIR
    from graphgen import write_graph

    graph = args.work / f"graph-{args.triples}"
    if not (graph / "manifest.json").is_file():
        write_graph(graph, args.triples)
    out = Path(tempfile.mkdtemp())
    print(f"| command ({args.triples:,} triples) | first run s | later runs s (median of {args.repeat}) | ratio |")
    print("|---|---:|---:|---:|")
    for name, command in commands(graph, out).items():
        shutil.rmtree(graph / DERIVED_DIR, ignore_errors=True)
        first = timed(graph, command)
        later = statistics.median(timed(graph, command) for _ in range(args.repeat))
        print(f"| `{name}` | {first:.2f} | {later:.2f} | {first / later:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
