"""CPU of each named question on the rdflib engine: its text parsed for each new value, against the
question parsed once with its values put into the parsed query (round 48t, graph.rdflib_questions).

Builds the bundled corpus (``data/corpus``) into a temporary graph folder, or reads ``--graph``,
picks the values of :func:`benchmarks.questions.parameters` (the best-connected entities), and runs
each question ``--runs`` times, the two ways alternating: *text* is what rdflib does with a text it
has not seen (parse, translate, evaluate), *parsed* is :func:`graph.rdflib_questions.bound_query`
(after one warm-up that parses) and the evaluation. CPU time of the process (``time.process_time``),
p50 per part, in ms; the rows of both ways must be equal. Prints one Markdown row per question.

    python benchmarks/rdflib_questions.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from machine import machine_line  # noqa: E402
from questions import parameters  # noqa: E402
from rdflib import URIRef  # noqa: E402
from rdflib.plugins.sparql import parser  # noqa: E402
from rdflib.plugins.sparql.algebra import translateQuery  # noqa: E402

from graph.query import _materialise, load_questions, question_bindings, question_text  # noqa: E402
from graph.rdflib_questions import bound_query  # noqa: E402
from graph.sparql_checks import _PROLOGUE  # noqa: E402
from graph.store import open_dataset  # noqa: E402


def _cpu(step):
    started = time.process_time()
    value = step()
    return value, (time.process_time() - started) * 1000


def measure(dataset, question, bindings, runs: int) -> dict[str, float]:
    """p50 of each part in ms of CPU: text_parse, text_translate, text_answer, parsed_bind, parsed_answer."""
    full = _PROLOGUE + question_text(question, bindings, engine="rdflib")
    namespaces = dict(dataset.namespaces())
    _, first = _cpu(lambda: bound_query(dataset, question, bindings))  # parsed and kept here
    times: dict[str, list] = {key: [] for key in ("text_parse", "text_translate", "text_answer",
                                                  "parsed_bind", "parsed_answer")}
    for _ in range(runs):
        parsed, took = _cpu(lambda: parser.parseQuery(full))
        times["text_parse"].append(took)
        translated, took = _cpu(lambda: translateQuery(parsed, None, namespaces))
        times["text_translate"].append(took)
        from_text, took = _cpu(lambda: _materialise(dataset.query(translated)).rows)
        times["text_answer"].append(took)
        bound, took = _cpu(lambda: bound_query(dataset, question, bindings))
        times["parsed_bind"].append(took)
        from_parsed, took = _cpu(lambda: _materialise(dataset.query(bound)).rows)
        times["parsed_answer"].append(took)
        if from_text != from_parsed:
            sys.exit(f"{question.name}: the parsed query gives other rows")
    return {"first": first, "rows": len(from_text), **{key: statistics.median(t) for key, t in times.items()}}


def main(argv=None) -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--runs", type=int, default=5)
    arguments.add_argument("--graph", type=Path, default=None, help="a graph folder (default: data/corpus built anew)")
    arguments.add_argument("--only", default=None, help="comma-separated question names (default: all)")
    args = arguments.parse_args(argv)
    where = args.graph or Path(tempfile.mkdtemp()) / "kg"
    if not (where / "manifest.json").exists():
        subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(where), "build",
                        str(ROOT / "data" / "corpus"), "--quiet"], check=True, cwd=ROOT)
    print(f"machine at the start: {machine_line()}", file=sys.stderr)
    values = parameters(open_dataset(where, engine="oxigraph"))
    dataset = open_dataset(where, engine="rdflib")
    print("| question | rows | text: parse | translate | answer | parsed: first run | values put in | answer |"
          " text / parsed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, question in load_questions().items():
        if args.only and name not in args.only.split(","):
            continue
        params = {key: URIRef(value) for key, value in values.get(name, {}).items() if value}
        got = measure(dataset, question, question_bindings(dataset, question, params), args.runs)
        text = got["text_parse"] + got["text_translate"] + got["text_answer"]
        parsed = got["parsed_bind"] + got["parsed_answer"]
        print(f"| {name} | {got['rows']} | {got['text_parse']:.0f} | {got['text_translate']:.0f} | "
              f"{got['text_answer']:.0f} | {got['first']:.0f} | {got['parsed_bind']:.1f} | {got['parsed_answer']:.0f} | "
              f"{text / parsed:.1f}x |", flush=True)
    print(f"machine at the end: {machine_line()}", file=sys.stderr)


if __name__ == "__main__":
    main()
