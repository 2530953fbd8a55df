"""What running ``/sparql`` queries in worker processes costs: p50 / p95 per query, threads vs processes.

Serves one graph twice in this process (``ServeConfig(query_processes=0)``: queries in threads
of the server, as before; and ``query_processes=2``: in worker processes, see
:mod:`graph.serve.processes`), both warmed, and asks each query ``--runs`` times through
Starlette's test client, the two servers alternating run by run so that a change in the machine's
speed hits both. The difference is the price of the pipe (the job there, the serialised answer
back) per query. Prints a Markdown table; copy it into benchmarks/README.md.

    python benchmarks/serve_processes.py --graph /tmp/g40kg-bench/graph-100000 --runs 51
    python benchmarks/serve_processes.py --triples 100000      # generates the graph first
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graphgen import write_graph  # noqa: E402
from machine import machine_line  # noqa: E402

from graph.serve import LiveGraph, ServeConfig, create_app, warm  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

QUERIES = {
    "ASK {}": "ASK {}",
    "count all triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "1,000 rows": "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } LIMIT 1000",
    "10,000 rows": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10000",
    "collaborations (join)": ("SELECT ?a ?b WHERE { ?x g40:collaboratesWith ?y . ?x skos:prefLabel ?a . "
                              "?y skos:prefLabel ?b } LIMIT 1000"),
}


def timings(client: TestClient, query: str) -> float:
    started = time.perf_counter()
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{query!r}: {response.status_code} {response.text.strip()}")
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=None, help="a built graph (default: generate one)")
    parser.add_argument("--triples", type=int, default=100_000, help="size of the generated graph")
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()
    graph = args.graph
    if graph is None:
        graph = Path(tempfile.mkdtemp(prefix="g40kg-serve-")) / "kg"
        write_graph(graph, args.triples)
    print(machine_line())
    apps = {"threads": create_app(LiveGraph.open(graph), ServeConfig(query_processes=0, timeout=60)),
            "processes": create_app(LiveGraph.open(graph), ServeConfig(query_processes=2, timeout=60))}
    for app in apps.values():
        warm(app)
    clients = {name: TestClient(app).__enter__() for name, app in apps.items()}
    try:
        print(f"\n{graph} ({args.runs} runs each, alternating)\n")
        print("| query | threads p50 / p95 ms | processes p50 / p95 ms | processes / threads (p50) |")
        print("|---|---|---|---|")
        for name, query in QUERIES.items():
            seen: dict[str, list[float]] = {mode: [] for mode in clients}
            for mode, client in clients.items():  # warm-up: each worker opens the graph
                timings(client, query)
                timings(client, query)
            for _ in range(args.runs):
                for mode, client in clients.items():
                    seen[mode].append(timings(client, query))
            cells = []
            for mode in clients:
                values = sorted(seen[mode])
                cells.append(f"{statistics.median(values):.1f} / {values[int(0.95 * (len(values) - 1))]:.1f}")
            ratio = statistics.median(seen["processes"]) / statistics.median(seen["threads"])
            print(f"| {name} | {cells[0]} | {cells[1]} | {ratio:.2f}x |", flush=True)
    finally:
        for client in clients.values():
            client.__exit__(None, None, None)


if __name__ == "__main__":
    main()
