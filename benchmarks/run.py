"""The scale benchmark suite (not part of the tests): writes its tables into benchmarks/README.md.

Measures, in one run on this machine:

* **build** — ``g40kg build`` of synthetic corpora (:mod:`generate`, ~2 KB documents) as a
  subprocess: documents/s, MB/s, peak memory (max RSS), extraction recall against the corpus'
  gold file; then the **incremental rebuild** after changing one document;
* **queries** — p50/p95 of every named question (``ontology/queries``) on synthetic graphs
  (:mod:`graphgen`) of 10^4, 10^5 and 10^6 triples, Oxigraph and rdflib, with the
  Oxigraph/rdflib speed-up measured in the same run; plus the time to open the graph;
* **bulk load** — loading ``graph.nq`` into a new Oxigraph store (what ``g40kg build`` does; the
  named graphs only, queries read their union) against raw pyoxigraph parsing of the same file;
* **viz** — runs ``benchmarks/viz.py`` when it exists and includes its output.

Run time is bounded: ``--quick`` (about a minute) uses 200/1,000 documents and 10^4/10^5
triples; the default adds 10,000 documents and 10^6 triples (several minutes). Each query is
repeated until ``--reps`` runs or ``--budget`` seconds, whichever comes first. Generated corpora
and graphs are kept in ``--work`` (default ``/tmp/g40kg-bench``) and reused.

Usage::

    python benchmarks/run.py --quick
    python benchmarks/run.py --docs 1000 10000 --triples 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
warnings.filterwarnings("ignore", category=DeprecationWarning)

from machine import cpu_check, store_check  # noqa: E402

BEGIN, END = "<!-- run.py:begin -->", "<!-- run.py:end -->"


def run_measured(command: list[str], timeout: float) -> dict:
    """Run ``command``; wall seconds, peak RSS (MiB), exit status and output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        return {"seconds": None, "rss_mib": None, "status": "timeout", "stdout": out.decode(), "stderr": err.decode()}
    seconds = time.perf_counter() - started
    import resource

    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # max over children so far
    return {"seconds": seconds, "rss_mib": rss, "status": process.returncode, "stdout": out.decode(),
            "stderr": err.decode()}


def g40kg(*args) -> list[str]:
    return [sys.executable, "-c", "from graph.cli import main; main()", *map(str, args)]


# ---------------------------------------------------------------- build and incremental rebuild

def bench_build(work: Path, docs: int, timeout: float, validate: bool = True) -> dict:
    from generate import generate

    corpus_root = work / f"corpus-{docs}"
    if not (corpus_root / "gold.yaml").is_file():
        generate(docs, corpus_root)
    corpus = corpus_root / "corpus"
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    graph = work / f"build-{docs}"
    shutil.rmtree(graph, ignore_errors=True)
    shutil.rmtree(graph.with_name(graph.name + ".cache"), ignore_errors=True)
    # peak RSS per build: a fresh helper process reports its own child's max RSS
    flags = [] if validate else ["--no-validate"]
    full = _rss_run(g40kg("--graph", graph, "build", corpus, "--format", "json", *flags), timeout)
    row = {"docs": docs, "mb": size / 1e6, "build_s": full["seconds"], "rss_mib": full["rss_mib"],
           "status": full["status"], "triples": None, "recall": None, "incremental_s": None}
    if full["status"] != 0:
        row["error"] = (full["stderr"] or full["stdout"]).strip().splitlines()[-1:] or ["?"]
        return row
    summary = json.loads(full["stdout"])
    row["triples"] = summary["triples"]
    row["checked"] = (summary.get("validated") or {}).get("checked")
    row["recall"], row["precision"] = _recall(graph, corpus_root, timeout)
    changed = sorted(corpus.glob("*.txt"))[docs // 2]
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original + "\nDe gemeente Breda werkt samen met het ministerie van Financiën.\n",
                           encoding="utf-8")
        again = _rss_run(g40kg("--graph", graph, "build", corpus, "--format", "json", *flags), timeout)
        row["incremental_s"] = again["seconds"] if again["status"] == 0 else None
        if again["status"] == 0:
            row["incremental_checked"] = (json.loads(again["stdout"]).get("validated") or {}).get("checked")
    finally:
        changed.write_text(original, encoding="utf-8")
    return row


def bench_stages(work: Path, docs: int) -> dict:
    """Seconds per pipeline stage of one full build with validation, then of a rebuild after one change."""
    import graph.pipeline as pipeline
    from graph.assemble import StagedGraph

    corpus = work / f"corpus-{docs}" / "corpus"
    graph = work / f"stages-{docs}"
    shutil.rmtree(graph, ignore_errors=True)
    timings: dict[str, float] = {}
    owners = {name: pipeline for name in STAGES if not name.startswith("StagedGraph.")}
    owners.update({name: StagedGraph for name in STAGES if name.startswith("StagedGraph.")})
    originals = {name: getattr(owner, name.split(".")[-1]) for name, owner in owners.items()}

    def timed(name):
        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return originals[name](*a, **k)
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        return wrapper

    result = {}
    try:
        for name, owner in owners.items():
            setattr(owner, name.split(".")[-1], timed(name))
        started = time.perf_counter()
        pipeline.build_graph([corpus], graph)
        result["full"] = dict(timings, total=time.perf_counter() - started)
        changed = sorted(corpus.glob("*.txt"))[0]
        original = changed.read_text(encoding="utf-8")
        try:
            changed.write_text(original + "\nDe gemeente Breda werkt samen met het ministerie van Financiën.\n",
                               encoding="utf-8")
            timings.clear()
            started = time.perf_counter()
            pipeline.build_graph([corpus], graph)
            result["one changed"] = dict(timings, total=time.perf_counter() - started)
        finally:
            changed.write_text(original, encoding="utf-8")
    finally:
        for name, func in originals.items():
            setattr(owners[name], name.split(".")[-1], func)
    result["docs"] = docs
    return result


#: the pipeline's stages as timed by bench_stages (functions of graph.pipeline, methods of StagedGraph)
STAGES = ("read_corpus_cached", "extract_documents_cached", "resolve", "build_fragments", "StagedGraph.__enter__",
          "apply_curation", "check_build", "StagedGraph.commit")
STAGE_LABELS = {"read_corpus_cached": "read corpus", "StagedGraph.__enter__": "store load/patch",
                "StagedGraph.commit": "write & swap in", "check_build": "SHACL"}


def _rss_run(command, timeout) -> dict:
    """run_measured in a fresh interpreter, so ru_maxrss is this command's own peak."""
    helper = ("import json,sys,runpy; sys.path.insert(0, %r); from run import run_measured; "
              "print(json.dumps(run_measured(json.loads(sys.argv[1]), float(sys.argv[2]))))") % str(HERE)
    done = subprocess.run([sys.executable, "-c", helper, json.dumps(command), str(timeout)],
                          capture_output=True, text=True, timeout=timeout + 60)
    return json.loads(done.stdout)


def _recall(graph: Path, corpus_root: Path, timeout: float):
    facts = graph.with_name(graph.name + "-facts.jsonl")
    exported = run_measured(g40kg("--graph", graph, "export", "--format", "facts", "-o", facts), timeout)
    if exported["status"] != 0:
        return None, None
    scored = run_measured(g40kg("evaluate", corpus_root / "gold.yaml", "--facts", facts, "--format", "json"), timeout)
    if scored["status"] != 0:
        return None, None
    overall = json.loads(scored["stdout"])["overall"]["relations"]
    return overall["recall"], overall["precision"]


# ---------------------------------------------------------------- queries on both engines

def _parameters(dataset) -> dict:
    """A well-connected entity per parameter type, so questions return rows."""
    from graph.query import run_sparql

    def top(type_, predicate="?p"):
        rows = run_sparql(dataset, f"SELECT ?e (COUNT(*) AS ?n) WHERE {{ ?e a g40:{type_} . ?e {predicate} ?x }} "
                                   "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1", timeout=None).rows
        return rows[0]["e"] if rows else None

    return {"municipality": top("Municipality", "g40:participatesIn"), "ministry": top("Ministry", "?p"),
            "person": top("Person", "g40:hasRole"), "unit": top("OrganisationalUnit", "?p"),
            "entity": top("Organisation", "?p")}


def bench_queries(work: Path, triples: int, engines: list[str], reps: int, budget: float) -> list[dict]:
    from graphgen import write_graph

    from graph.query import load_questions, run_question
    from graph.store import open_dataset

    graph = work / f"graph-{triples}"
    if not (graph / "manifest.json").is_file():
        write_graph(graph, triples)
    questions = load_questions()
    results = []
    params = None
    for engine in engines:
        started = time.perf_counter()
        if engine == "oxigraph-memory":  # what ``g40kg serve --in-memory`` answers from
            dataset = open_dataset(graph, engine="oxigraph", in_memory=True)
        else:
            dataset = open_dataset(graph, engine=engine)
        opened = time.perf_counter() - started
        if params is None:
            params = _parameters(dataset)
        for name, question in sorted(questions.items()):
            values = {p.name: params.get(p.type) for p in question.parameters if p.required}
            times, rows, error = [], None, None
            spent = time.perf_counter()
            while len(times) < reps and (time.perf_counter() - spent < budget or not times):
                t0 = time.perf_counter()
                try:
                    result = run_question(dataset, question, values, timeout=max(budget, 5))
                except Exception as exc:  # noqa: BLE001 - reported in the table
                    error = type(exc).__name__
                    break
                times.append(time.perf_counter() - t0)
                rows = len(result.rows) if result.rows is not None else None
            results.append({"triples": triples, "engine": engine, "question": name, "open_s": opened,
                            "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95), "runs": len(times),
                            "rows": rows, "error": error})
        del dataset
    return results


def _pct(times, q):
    if not times:
        return None
    ordered = sorted(times)
    return 1000 * ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


# ---------------------------------------------------------------- bulk load

def bench_bulk(work: Path, triples: int) -> dict:
    """The same N-Quads file: parsed by pyoxigraph, bulk-loaded by raw pyoxigraph (memory, disk),
    and loaded as ``g40kg build`` loads it (:func:`graph.assemble.load_store`)."""
    import pyoxigraph as ox

    from graph.assemble import load_store

    nq = work / f"graph-{triples}" / "graph.nq"
    data = nq.read_bytes()
    started = time.perf_counter()
    parsed = sum(1 for _ in ox.parse(data, format=ox.RdfFormat.N_QUADS))
    raw = time.perf_counter() - started
    started = time.perf_counter()
    ox.Store().bulk_load(data, format=ox.RdfFormat.N_QUADS)
    memory = time.perf_counter() - started
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        started = time.perf_counter()
        store = ox.Store(str(Path(tmp) / "raw"))
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        store.flush()
        disk = time.perf_counter() - started
        del store
        started = time.perf_counter()
        store = load_store(Path(tmp) / "ours", nq)
        store.flush()
        ours = time.perf_counter() - started
        del store
    return {"triples": parsed, "raw_parse_s": raw, "bulk_memory_s": memory, "bulk_disk_s": disk, "ours_s": ours}


# ---------------------------------------------------------------- report

def _fmt(value, spec=".1f", none="–"):
    return none if value is None else format(value, spec)


def render(build_rows, query_rows, bulk, viz_text, args, seconds, stages=None, validate=False,
           machine=None) -> str:
    check = ""
    if machine:
        (cpu_start, store_start), (cpu_end, store_end) = machine
        check = (f" Machine checks (`benchmarks/machine.py`) at the start / end: CPU (10^7 Python additions) "
                 f"{cpu_start:.2f} / {cpu_end:.2f} s, store (2*10^5 quads into an Oxigraph memory store) "
                 f"{store_start:.2f} / {store_end:.2f} s.")
    lines = [BEGIN, "",
             f"Last run: {datetime.now(timezone.utc).isoformat(timespec='minutes')} on {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}; `python benchmarks/run.py "
             f"{' '.join(args)}` ({seconds:.0f} s).{check}", ""]
    if build_rows:
        lines += ["### Build (synthetic ~2 KB documents)", "",
                  "| documents | MB | build s | docs/s | MB/s | peak MiB | triples | relation recall | precision | "
                  "incremental rebuild s (1 doc changed) | SHACL-checked documents (build / rebuild) |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in build_rows:
            if r["build_s"] is None or r["status"] != 0:
                lines.append(f"| {r['docs']} | {r['mb']:.1f} | failed: {r.get('error') or r['status']} |"
                             " | | | | | | | |")
                continue
            lines.append(f"| {r['docs']} | {r['mb']:.1f} | {r['build_s']:.1f} | {r['docs'] / r['build_s']:.0f} | "
                         f"{r['mb'] / r['build_s']:.2f} | {_fmt(r['rss_mib'], '.0f')} | {r['triples']} | "
                         f"{_fmt(r['recall'], '.2f')} | {_fmt(r.get('precision'), '.2f')} | "
                         f"{_fmt(r['incremental_s'], '.2f')} | "
                         f"{_fmt(r.get('checked'), 'd')} / {_fmt(r.get('incremental_checked'), 'd')} |")
        lines += ["", ("Builds as `g40kg build` runs by default: SHACL checks up to 50 new or changed documents."
                       if validate else "Builds with `--no-validate` (validation: see the stage table)."),
                  "Targets: 10,000 documents ≤ 60 s; one changed document in 10,000 ≤ 2 s.", ""]
    if stages:
        names = [n for n in (*STAGES, "total") if n in stages.get("full", {})]
        lines += [f"### Build stages, {stages['docs']} documents (s, in-process, with validation)", "",
                  "| build | " + " | ".join(STAGE_LABELS.get(n, n) for n in names) + " |", "|---|" + "---|" * len(names)]
        for label in ("full", "one changed"):
            if label in stages:
                lines.append(f"| {label} | " + " | ".join(_fmt(stages[label].get(n), ".2f") for n in names) + " |")
        lines.append("")
    if query_rows:
        sizes = sorted({r["triples"] for r in query_rows})
        engines = ["oxigraph", "oxigraph-memory", "rdflib"]
        compared = {"oxigraph", "rdflib"}  # the speed-up column: the default engine against plain rdflib
        lines += ["### Named questions: p50 / p95 ms", ""]
        header = ["question"]
        for size in sizes:
            for engine in engines:
                if any(r["triples"] == size and r["engine"] == engine for r in query_rows):
                    header.append(f"{engine} {size:.0e}".replace("e+0", "e"))
            if compared <= {e for e in engines if any(r["triples"] == size and r["engine"] == e for r in query_rows)}:
                header.append(f"speed-up {size:.0e}".replace("e+0", "e"))
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        index = {(r["triples"], r["engine"], r["question"]): r for r in query_rows}
        for question in sorted({r["question"] for r in query_rows}):
            cells = [question]
            for size in sizes:
                present = [e for e in engines if (size, e, question) in index]
                for engine in present:
                    r = index[(size, engine, question)]
                    cells.append(r["error"] or f"{_fmt(r['p50_ms'])} / {_fmt(r['p95_ms'])}")
                if compared <= set(present):
                    a, b = index[(size, "oxigraph", question)], index[(size, "rdflib", question)]
                    ratio = b["p50_ms"] / a["p50_ms"] if a["p50_ms"] and b["p50_ms"] else None
                    cells.append(_fmt(ratio, ".0f") + "x" if ratio else "–")
            lines.append("| " + " | ".join(cells) + " |")
        opened = {(r["triples"], r["engine"]): r["open_s"] for r in query_rows}
        lines += ["", "Open the graph (s): " + ", ".join(f"{e} {s:.0e}: {v:.2f}".replace("e+0", "e")
                                                        for (s, e), v in sorted(opened.items())),
                  "", "oxigraph: the on-disk store every command reads; oxigraph-memory: graph.nq loaded into "
                  "memory, as `g40kg serve --in-memory` does.",
                  "", "Targets: every question p50 ≤ 50 ms at 10^6 triples with Oxigraph; ≥ 10x faster than "
                  "rdflib at 10^5 on the join and group-by questions.", ""]
    if bulk:
        lines += ["### Bulk load (the same N-Quads file)", "",
                  "| quads | raw pyoxigraph parse s | raw bulk_load, memory s | raw bulk_load, disk s | "
                  "g40kg store (disk) s | g40kg / raw parse | g40kg / raw disk bulk_load |",
                  "|---|---|---|---|---|---|---|",
                  f"| {bulk['triples']} | {bulk['raw_parse_s']:.2f} | {bulk['bulk_memory_s']:.2f} | "
                  f"{bulk['bulk_disk_s']:.2f} | {bulk['ours_s']:.2f} | {bulk['ours_s'] / bulk['raw_parse_s']:.1f}x | "
                  f"{bulk['ours_s'] / bulk['bulk_disk_s']:.1f}x |", "",
                  "Target: within 2x of raw pyoxigraph parsing.", ""]
    if viz_text:
        lines += ["### Visualisation (benchmarks/viz.py)", "", viz_text.strip(), ""]
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_readme(block: str) -> Path:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END) + "\n?", lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Results (benchmarks/run.py)\n\n" + block
    from graph.store import atomic_write

    atomic_write(readme, text)
    return readme


def compile_bytecode() -> None:
    """Write the bytecode of g40kg's own modules, as ``pip install`` does for an installed package.

    A checkout run with ``PYTHONDONTWRITEBYTECODE`` set (as on the machine of these runs) never
    gets a ``__pycache__``, so every ``g40kg`` command would compile the ~90 modules it imports from source
    first (0.15-0.3 s): a cost no installed copy pays, which the cold rebuild must not count.
    """
    import compileall

    for package in ("graph", "viz"):
        compileall.compile_dir(HERE.parent / package, quiet=1)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="g40kg scale benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    parser.add_argument("--docs", type=int, nargs="*", help="corpus sizes to build (default 1000 10000)")
    parser.add_argument("--triples", type=int, nargs="*", help="graph sizes for queries (default 1e4 1e5 1e6)")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest graph to query with rdflib")
    parser.add_argument("--reps", type=int, default=15, help="runs per question")
    parser.add_argument("--budget", type=float, default=5.0, help="seconds per question and engine")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per build")
    parser.add_argument("--skip", nargs="*", default=[], choices=["build", "stages", "queries", "bulk", "viz"])
    parser.add_argument("--no-validate", dest="validate", action="store_false", help="builds without SHACL")
    parser.add_argument("--stages-docs", type=int, default=None, help="corpus size of the stage breakdown")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "g40kg-bench")
    parser.add_argument("--no-readme", action="store_true", help="print the table instead of writing README.md")
    args = parser.parse_args(argv)
    docs = args.docs or ([200, 1000] if args.quick else [1000, 10000])
    sizes = args.triples or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    reps = 5 if args.quick and args.reps == 15 else args.reps
    args.work.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    machine_start = (cpu_check(), store_check())
    started = time.perf_counter()
    build_rows, query_rows, bulk, viz_text, stages = [], [], None, "", None
    if "build" not in args.skip:
        for n in docs:
            build_rows.append(bench_build(args.work, n, args.timeout, args.validate))
            print(json.dumps(build_rows[-1]), file=sys.stderr)
    if "stages" not in args.skip:
        from generate import generate

        n = args.stages_docs or min(docs)
        if not (args.work / f"corpus-{n}" / "gold.yaml").is_file():
            generate(n, args.work / f"corpus-{n}")
        stages = bench_stages(args.work, n)
        print(json.dumps(stages), file=sys.stderr)
    if "queries" not in args.skip:
        for size in sizes:
            engines = ["oxigraph", "oxigraph-memory"] + (["rdflib"] if size <= args.rdflib_max else [])
            query_rows += bench_queries(args.work, size, engines, reps, args.budget)
            print(f"queries at {size}: done", file=sys.stderr)
    if "bulk" not in args.skip:
        from graphgen import write_graph

        if not (args.work / f"graph-{max(sizes)}" / "manifest.json").is_file():
            write_graph(args.work / f"graph-{max(sizes)}", max(sizes))
        bulk = bench_bulk(args.work, max(sizes))
    if "viz" not in args.skip and (HERE / "viz.py").is_file():
        done = run_measured([sys.executable, str(HERE / "viz.py")] + (["--quick"] if args.quick else []), args.timeout)
        viz_text = done["stdout"] if done["status"] == 0 else f"viz.py failed: {done['stderr'][-300:]}"
    block = render(build_rows, query_rows, bulk, viz_text, argv if argv is not None else sys.argv[1:],
                   time.perf_counter() - started, stages, args.validate, (machine_start, (cpu_check(), store_check())))
    if args.no_readme:
        print(block)
    else:
        print(f"wrote {write_readme(block)}", file=sys.stderr)
        print(block)


if __name__ == "__main__":
    main()
