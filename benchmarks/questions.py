"""p50 of every named question on a synthetic graph of about 10^5 triples, per engine.

Builds the graph with :func:`benchmarks.graphgen.write_graph` (the shape of
docs/architecture.md), opens it with each engine through :func:`graph.store.open_dataset`, picks
parameter values that have answers (the best-connected ministry, person, unit, programme,
municipality and theme), and runs each question ``--runs`` times after one warm-up. Prints one
Markdown row per question; copy the table into benchmarks/README.md. Target: p50 ≤ 50 ms.

    python benchmarks/questions.py --triples 100000 --runs 15
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graphgen import write_graph  # noqa: E402

from graph.query import load_questions, run_question  # noqa: E402
from graph.store import open_dataset  # noqa: E402

_BUSIEST = """
SELECT ?e (COUNT(?ev) AS ?n) WHERE {
  ?e a %s . { ?ev rdf:subject ?e } UNION { ?ev rdf:object ?e } ?ev rdf:predicate ?p .
  FILTER(?p != g40:mentions) %s
} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1"""


def _busiest(dataset, cls: str, extra: str = "") -> str | None:
    from graph.query import run_sparql

    rows = run_sparql(dataset, _BUSIEST % (cls, extra), timeout=600).rows
    return str(rows[0]["e"]) if rows else None


def parameters(dataset) -> dict[str, dict]:
    """Parameter values per question that make it return rows on this graph."""
    ministry = _busiest(dataset, "g40:Ministry")
    unit = _busiest(dataset, "g40:OrganisationalUnit", "FILTER EXISTS { ?m a g40:Membership ; org:organization ?e }")
    return {
        "collaborations-with-ministry": {"ministry": ministry},
        "ministry-gap": {"ministry": ministry},
        "who-is-who": {"person": _busiest(dataset, "g40:Person")},
        "members": {"target": _busiest(dataset, "g40:Programme")},
        "city-involvement": {"city": _busiest(dataset, "g40:Municipality")},
        "entity-facts": {"entity": unit},
        "unit-role-timeline": {"unit": unit},
    }


def measure(dataset, runs: int, params: dict, only=None) -> dict[str, tuple[float, int]]:
    """Question name → (p50 in ms, number of rows), with ``params`` from :func:`parameters`."""
    from rdflib import URIRef

    out = {}
    for name, question in load_questions().items():
        if only and name not in only:
            continue
        values = {k: URIRef(v) for k, v in params.get(name, {}).items() if v}
        rows = len(run_question(dataset, question, values, timeout=600).rows)  # warm-up
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            run_question(dataset, question, values, timeout=600)
            times.append((time.perf_counter() - started) * 1000)
        out[name] = (statistics.median(times), rows)
        print(f"  {name}: {out[name][0]:.1f} ms, {rows} rows", file=sys.stderr, flush=True)
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--engines", default="oxigraph,rdflib")
    parser.add_argument("--only", default=None, help="comma-separated question names (default: all)")
    args = parser.parse_args(argv)
    where = Path(tempfile.mkdtemp()) / "kg"
    info = write_graph(where, args.triples)
    print(f"graph: {info['triples']} triples", file=sys.stderr)
    results = {}
    params = parameters(open_dataset(where, engine="oxigraph"))  # the same values for every engine
    for engine in args.engines.split(","):
        print(engine, file=sys.stderr, flush=True)
        dataset = open_dataset(where, engine=engine)
        results[engine] = measure(dataset, args.runs if engine == "oxigraph" else args.rdflib_runs, params,
                                   args.only.split(",") if args.only else None)
    engines = list(results)
    print("| question | rows | " + " | ".join(f"{e} p50 (ms)" for e in engines) + " |")
    print("|---|---:|" + "---:|" * len(engines))
    for name in results[engines[0]]:
        rows = results[engines[0]][name][1]
        print(f"| {name} | {rows} | " + " | ".join(f"{results[e][name][0]:.1f}" for e in engines) + " |")


if __name__ == "__main__":
    main()
