"""Load on ``g40kg serve``: concurrent SPARQL clients and explorer pages on a synthetic graph.

Writes a graph of about ``--triples`` triples (:mod:`graphgen`), starts ``g40kg serve`` on a free
loopback port, and runs ``--clients`` threads × ``--queries`` requests each, mixing a SELECT with
a join, an aggregate, an ASK, an entity page and a search. Reports requests per second, the
median and 95th-percentile latency per kind, and the number of errors (should be 0).

Usage::

    python benchmarks/serve_load.py --triples 100000 --clients 20 --queries 50
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from graphgen import write_graph  # noqa: E402

REQUESTS = {
    "select-join": ("/sparql", {"query": "SELECT ?a ?al ?b ?bl WHERE { ?a g40:collaboratesWith ?b . "
                                         "?a skos:prefLabel ?al . ?b skos:prefLabel ?bl } LIMIT 200"}),
    "aggregate": ("/sparql", {"query": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?ev a g40:Evidence ; rdf:predicate ?p } "
                                       "GROUP BY ?p"}),
    "ask": ("/sparql", {"query": "ASK { ?p a g40:Person }"}),
    "entity-page": ("/entity/ministry/mnre1045", {}),
    "search": ("/search.json", {"q": "gemeente"}),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--serve-options", default="", help="more options for g40kg serve, e.g. '--query-processes 0'")
    args = parser.parse_args(argv)

    where = Path(tempfile.mkdtemp()) / "kg"
    info = write_graph(where, args.triples)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(where),
                               "serve", "--port", str(port), "--timeout", "30", "--max-rows", "100000",
                               *args.serve_options.split()])
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        kinds = list(REQUESTS)
        for kind in kinds:  # warm caches once
            path, params = REQUESTS[kind]
            httpx.get(base + path, params=params, timeout=60)

        def client(number: int):
            timings, errors = [], 0
            with httpx.Client(base_url=base, timeout=60) as http:
                for i in range(args.queries):
                    kind = kinds[(number + i) % len(kinds)]
                    path, params = REQUESTS[kind]
                    started = time.perf_counter()
                    response = http.get(path, params=params, headers={"Accept": "application/sparql-results+json"}
                                        if path == "/sparql" else {})
                    timings.append((kind, time.perf_counter() - started))
                    errors += response.status_code != 200
            return timings, errors

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            results = list(pool.map(client, range(args.clients)))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    timings = [t for found, _ in results for t in found]
    errors = sum(e for _, e in results)
    print(f"graph: {info['triples']} triples; {args.clients} clients × {args.queries} requests")
    print(f"total: {len(timings)} requests in {elapsed:.1f} s = {len(timings) / elapsed:.0f} req/s, errors: {errors}")
    for kind in kinds:
        values = sorted(t for k, t in timings if k == kind)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {kind:12} median {statistics.median(values) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
