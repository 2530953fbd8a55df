"""p50 of every named question on a synthetic graph of about 10^5 triples, per engine.

Builds the graph with :func:`benchmarks.graphgen.write_graph` (the shape of
docs/architecture.md), opens it with each engine through :func:`graph.store.open_dataset`, picks
parameter values that have answers (the best-connected ministry, person, unit, programme,
municipality and theme), and runs each question ``--runs`` times after one warm-up. Prints one
Markdown row per question, with the p50 of the wall time and of the CPU time of the process
(``time.process_time``: the query's worker thread included; on a machine others load, the wall
time also counts their work, the CPU time hardly); copy the table into benchmarks/README.md.
Target: p50 ≤ 50 ms.

With ``--baseline DIR`` (question files of another version, e.g. from ``git archive``), each
question that differs there is also run in that version, alternating with this one on the same
graph, and the table shows both p50s and their ratio: this machine's speed varies a lot between
runs, so a change is only measured against its baseline in one run. The rows of both versions
must be equal.

    python benchmarks/questions.py --triples 100000 --runs 15
    git archive HEAD~3 ontology/queries | tar -x -C /tmp/before
    python benchmarks/questions.py --triples 1000000 --engines oxigraph --baseline /tmp/before/ontology/queries
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graphgen import write_graph  # noqa: E402
from machine import machine_line  # noqa: E402

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


def measure(dataset, runs: int, params: dict, only=None, baseline: dict | None = None) -> dict[str, tuple]:
    """Question name → (p50 in ms, number of rows, baseline p50 in ms or None, CPU p50 in ms,
    baseline CPU p50 in ms or None), with ``params`` from :func:`parameters` and ``baseline`` the
    questions of another version (name → Question)."""
    from rdflib import URIRef

    out = {}
    for name, question in load_questions().items():
        if only and name not in only:
            continue
        # an entity as its IRI; a window's day (as_of, at, from, until) as the text a user gives
        values = {k: URIRef(v) if v.startswith(("http://", "https://")) else v for k, v in params.get(name, {}).items()
                  if v}
        versions = {"this": question}
        before = (baseline or {}).get(name)
        if before is not None and before.text != question.text:
            versions["baseline"] = before
        answers = {v: run_question(dataset, q, values, timeout=600).rows for v, q in versions.items()}  # warm-up
        if len({repr(rows) for rows in answers.values()}) > 1:
            sys.exit(f"{name}: the baseline gives other rows")
        times = {v: [] for v in versions}
        cpu = {v: [] for v in versions}
        for run in range(runs):
            order = list(versions.items())
            for version, asked in order if run % 2 == 0 else order[::-1]:  # each version first in half the runs
                started, cpu_started = time.perf_counter(), time.process_time()
                run_question(dataset, asked, values, timeout=600)
                cpu[version].append((time.process_time() - cpu_started) * 1000)
                times[version].append((time.perf_counter() - started) * 1000)
        p50 = {v: statistics.median(t) for v, t in times.items()}
        cpu50 = {v: statistics.median(t) for v, t in cpu.items()}
        out[name] = (p50["this"], len(answers["this"]), p50.get("baseline"), cpu50["this"], cpu50.get("baseline"))
        shown = f", baseline {p50['baseline']:.1f} ms (CPU {cpu50['baseline']:.1f})" if "baseline" in p50 else ""
        print(f"  {name}: {p50['this']:.1f} ms (CPU {cpu50['this']:.1f}){shown}, {out[name][1]} rows",
              file=sys.stderr, flush=True)
    return out


def _load() -> str:
    """The 1-, 5- and 15-minute load averages, as ``uptime`` shows them (other people's work)."""
    import os

    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--engines", default="oxigraph,rdflib")
    parser.add_argument("--only", default=None, help="comma-separated question names (default: all)")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="a folder of question files (*.rq) of another version, run alternately with these")
    parser.add_argument("--graph", type=Path, default=None,
                        help="a graph folder: made with --triples when it does not exist, reused when it does")
    parser.add_argument("--parameters", type=Path, default=None,
                        help="a JSON file of the parameter values: read when it exists, else written (the search "
                             "for the best-connected entities takes a minute at 10^6 triples)")
    args = parser.parse_args(argv)
    baseline = load_questions(args.baseline) if args.baseline else None
    where = args.graph or Path(tempfile.mkdtemp()) / "kg"
    if not (where / "manifest.json").exists():
        info = write_graph(where, args.triples)
        print(f"graph: {info['triples']} triples", file=sys.stderr)
    print(f"machine at the start: {machine_line()}, load {_load()}", file=sys.stderr)
    results = {}
    if args.parameters and args.parameters.exists():
        params = json.loads(args.parameters.read_text(encoding="utf-8"))
    else:
        params = parameters(open_dataset(where, engine="oxigraph"))  # the same values for every engine
        if args.parameters:
            args.parameters.write_text(json.dumps(params, indent=1), encoding="utf-8")
    for engine in args.engines.split(","):
        print(engine, file=sys.stderr, flush=True)
        dataset = open_dataset(where, engine=engine)
        results[engine] = measure(dataset, args.runs if engine == "oxigraph" else args.rdflib_runs, params,
                                   args.only.split(",") if args.only else None, baseline)
    engines = list(results)
    cells = [f"{e} {c}" for e in engines for c in ("p50 (ms)", "CPU p50 (ms)")]
    if baseline:
        cells = [f"{e} {c}" for e in engines for c in ("baseline p50 (ms)", "p50 (ms)", "baseline / this",
                                                        "baseline CPU p50 (ms)", "CPU p50 (ms)", "CPU baseline / this")]
    print("| question | rows | " + " | ".join(cells) + " |")
    print("|---|---:|" + "---:|" * len(cells))
    for name in results[engines[0]]:
        rows = results[engines[0]][name][1]
        if baseline:
            cells = []
            for e in engines:
                p50, _, before, cpu, cpu_before = results[e][name]
                cells += [f"{before:.1f}", f"{p50:.1f}", f"{before / p50:.1f}x"] if before else ["=", f"{p50:.1f}", ""]
                cells += ([f"{cpu_before:.1f}", f"{cpu:.1f}", f"{cpu_before / max(cpu, 1e-3):.1f}x"] if before
                          else ["=", f"{cpu:.1f}", ""])
        else:
            cells = [f"{results[e][name][i]:.1f}" for e in engines for i in (0, 3)]
        print(f"| {name} | {rows} | " + " | ".join(cells) + " |")
    print(f"machine at the end: {machine_line()}, load {_load()}", file=sys.stderr)


if __name__ == "__main__":
    main()
