"""The first ask of a one-entity question kept per value asked (``kept_each:``, :mod:`graph.asked_answers`) and the
asks after it, for a sample of values, with the answers checked.

For each question whose header says ``kept_each: NAME`` (``entity-facts``, ``city-involvement``), on a graph folder
(e.g. the 10^6-triple graph of ``questions.py --graph G``): a sample of ``--sample`` values (fixed seed; entities
with a fact other than a mention, cities for ``city-involvement``) and the value ``--parameters`` gives
(``questions.py``'s best-connected), and the ``--largest`` values with the most facts. For each value and each of ``--runs`` rounds, CPU (``time.process_time``) of
the first ask (its kept file removed before), of the ask after it (read from that file) and of the SPARQL text
alone, in an order that turns each round; the rows of the three compared in order (the script exits non-zero
when any differ). Prints the CPU p50 of each value's runs, the p50 of those over the sample, how many values'
first ask stays within ``--target`` ms, and a digest of every answer (rows as text), so that two versions of the
code run on one graph (a process each, alternating) can be shown to give the same answers.

    python benchmarks/first_ask.py --graph G --parameters P --sample 50 --runs 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import URIRef  # noqa: E402

from graph.query import load_questions, run_question, run_sparql  # noqa: E402
from graph.questions import question_bindings, question_text  # noqa: E402
from graph.store import open_dataset  # noqa: E402

_VALUES = """SELECT ?e (COUNT(?ev) AS ?n) WHERE {{
  {{ ?ev rdf:subject ?e }} UNION {{ ?ev rdf:object ?e }} ?ev rdf:predicate ?p FILTER(?p != g40:mentions) {kind}
}} GROUP BY ?e ORDER BY STR(?e)"""


def sample(dataset, name: str, size: int, seed: int, largest: int) -> tuple[list, list]:
    """``size`` values of the question's parameter with their number of facts, drawn with ``seed``, and the
    ``largest`` values with the most facts not drawn."""
    kind = "FILTER EXISTS { ?e a g40:Municipality }" if name == "city-involvement" else ""
    rows = run_sparql(dataset, _VALUES.format(kind=kind), timeout=900, check=False).rows
    found = [(row["e"], int(row["n"])) for row in rows]
    drawn = random.Random(seed).sample(found, min(size, len(found)))
    rest = sorted(set(found) - set(drawn), key=lambda one: (-one[1], str(one[0])))
    return drawn, rest[:largest]


def as_text(result) -> str:
    return json.dumps([result.columns, [{k: None if v is None else v.n3() for k, v in row.items()} for row in result.rows]],
                      ensure_ascii=False)


def measure(dataset, graph: Path, question, value, runs: int) -> tuple[dict, str]:
    """CPU ms of each run's first ask, later ask and text for ``value``, and the answer as text."""
    column = question.kept_each
    params = {column: value}
    text = question_text(question, question_bindings(dataset, question, params), engine="oxigraph")
    cpu = {"first": [], "later": [], "text": []}
    answer = None
    for turn in range(runs):
        for path in (graph / "derived").glob(f"asked-{question.name}-*.json"):
            path.unlink()
        sides = ("first", "later", "text") if turn % 2 == 0 else ("text", "first", "later")
        for side in sides:
            start = time.process_time()
            result = (run_sparql(dataset, text, timeout=900, check=False) if side == "text"
                      else run_question(dataset, question, params, timeout=900))
            cpu[side].append((time.process_time() - start) * 1000)
            written = as_text(result)
            if answer is None:
                answer = written
            elif written != answer:
                raise SystemExit(f"{question.name} {value}: the {side} answer differs")
    return {side: statistics.median(values) for side, values in cpu.items()}, answer


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, required=True)
    parser.add_argument("--parameters", type=Path, help="questions.py's parameter values (JSON)")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=56)
    parser.add_argument("--largest", type=int, default=0, help="also the values with the most facts")
    parser.add_argument("--target", type=float, default=50.0)
    parser.add_argument("--only", action="append", help="a question's name (repeatable)")
    args = parser.parse_args(argv)
    dataset = open_dataset(args.graph, engine="oxigraph")
    chosen = json.loads(args.parameters.read_text()) if args.parameters else {}
    questions = [q for name, q in sorted(load_questions().items()) if q.kept_each and (not args.only or name in args.only)]
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    for question in questions:
        drawn, largest = sample(dataset, question.name, args.sample, args.seed, args.largest)
        named = chosen.get(question.name, {}).get(question.kept_each)
        values = [*drawn, *[(value, -facts) for value, facts in largest if str(value) != named]]
        if named:
            values.append((URIRef(named), None))
        digest = hashlib.sha256()
        per_value = []
        for value, facts in values:
            cpu, answer = measure(dataset, args.graph, question, value, args.runs)
            digest.update(answer.encode("utf-8"))
            per_value.append((value, facts, cpu))
            if facts is None or facts < 0:
                print(f"{-facts} facts: " if facts else "", end="")
                print(f"{question.name} {value}: first {cpu['first']:.1f}, later {cpu['later']:.1f}, "
                      f"text {cpu['text']:.1f} ms of CPU (p50 of {args.runs})", flush=True)
        sampled = [cpu for _, facts, cpu in per_value if facts is not None and facts >= 0]
        summary = {side: round(statistics.median(cpu[side] for cpu in sampled), 1) for side in ("first", "later", "text")}
        within = sum(cpu["first"] <= args.target for cpu in sampled)
        worst = max((one for one in per_value if one[1] is not None and one[1] >= 0), key=lambda one: one[2]["first"])
        print(f"{question.name}: {len(sampled)} sampled values, p50 over them {summary} ms of CPU; first ask within "
              f"{args.target:g} ms for {within}; slowest first {worst[2]['first']:.1f} ({worst[0]}, {worst[1]} facts); "
              f"answers {digest.hexdigest()[:16]}; load average {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
