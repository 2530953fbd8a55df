"""The one-entity questions kept in groups (``kept_per:``, :mod:`graph.grouped_answers`) against their SPARQL text.

For each question whose header says ``kept_per: NAME``, on a graph folder (e.g. the 10^6-triple graph of
``questions.py --graph G``): the first ask (which computes and keeps the whole answer, CPU once), then for a
sample of the parameter's values (every value the whole answer holds, or ``--sample`` of them, fixed seed, plus
one it does not hold) the rows of the kept group and of the text (``run_sparql`` of the question's text with the
value bound, folded as ``run_question`` folds it), compared in order; and for the value ``--parameters`` gives
(``questions.py``'s), the CPU p50 of both, alternating in one process. Exits non-zero when any rows differ.

    python benchmarks/grouped_answers.py --graph G --parameters P --sample 25 --runs 9
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.kept_answers import _computed, _term, _whole_text  # noqa: E402
from graph.query import load_questions, run_question, run_sparql  # noqa: E402
from graph.questions import question_text  # noqa: E402
from graph.store import open_dataset  # noqa: E402
from graph.term_rows import term_result  # noqa: E402


def text_answer(dataset, question, values: dict):
    """The question's rows from its SPARQL text, as ``run_question`` gives them without kept groups."""
    result = run_sparql(dataset, question_text(question, values, engine="oxigraph"), timeout=900, check=False)
    return term_result(result, question.name) if question.rows == "terms" else result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, required=True)
    parser.add_argument("--parameters", type=Path, default=None, help="questions.py's parameter file")
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--only", default=None)
    parser.add_argument("--fresh", action="store_true", help="remove the kept groups first, so the first ask keeps them")
    args = parser.parse_args(argv)
    params = json.loads(args.parameters.read_text(encoding="utf-8")) if args.parameters else {}
    dataset = open_dataset(args.graph, engine="oxigraph")
    different = 0
    for name, question in load_questions().items():
        column = question.kept_per
        if column is None or (args.only and name not in args.only.split(",")):
            continue
        from rdflib import URIRef

        started = time.process_time()
        values = sorted({row[column] for row in _computed(dataset, _whole_text(question), 900).rows
                         if row.get(column) is not None}, key=str)
        chosen = values if len(values) <= args.sample else random.Random(53).sample(values, args.sample)
        chosen.append(_term(["u", "https://w3id.org/g40kg/id/unit/not-in-the-graph"]))
        asked = URIRef(params[name][column]) if name in params else chosen[0]
        if args.fresh:
            for kept in (args.graph / "derived").glob(f"groups-{name}-*"):
                kept.unlink()
        first = time.process_time()
        run_question(dataset, question, {column: asked}, timeout=900)
        kept_cpu = time.process_time() - first
        print(f"{name}: {len(values)} values; whole answer {first - started:.2f} s, first ask (keeps it) "
              f"{kept_cpu:.2f} s of CPU", file=sys.stderr, flush=True)
        equal = 0
        for value in chosen:
            grouped = run_question(dataset, question, {column: value}, timeout=900)
            text = text_answer(dataset, question, {column: value})
            if grouped.rows != text.rows or grouped.columns != text.columns:
                different += 1
                print(f"  DIFFERENT: {value} ({len(grouped.rows)} against {len(text.rows)} rows)", file=sys.stderr)
            else:
                equal += 1
        times = {"text": [], "kept": []}
        for run in range(args.runs):
            ways = [("text", lambda: text_answer(dataset, question, {column: asked})),
                    ("kept", lambda: run_question(dataset, question, {column: asked}, timeout=900))]
            for way, ask in ways if run % 2 == 0 else ways[::-1]:
                started = time.process_time()
                rows = len(ask().rows)
                times[way].append((time.process_time() - started) * 1000)
        print(f"| {name} | {rows} | {equal} equal of {len(chosen)} | {statistics.median(times['text']):.1f} | "
              f"{statistics.median(times['kept']):.1f} | {kept_cpu:.2f} s |", flush=True)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
