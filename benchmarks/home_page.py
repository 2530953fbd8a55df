"""The explorer's home page data (``graph.serve.pages.home_data``) on both engines, CPU time per call.

Its hubs come from :func:`graph.serve.explore_home.top_connected`, a query whose first shape rdflib's evaluator
ran as a nested loop over every triple (minutes on the bundled build). The tests check that both engines give the
same page (``tests/test_serve_home_engines.py``); this script reports how long each takes, so that a regression
to that shape shows here rather than as a timing assert in a test.

    python benchmarks/home_page.py GRAPH_FOLDER --repeat 5

GRAPH_FOLDER is a built graph (``g40kg build … -o GRAPH_FOLDER``); without one the bundled corpus is built into a
temporary folder first.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the package's viz/, not benchmarks/viz.py


def _cpu_seconds(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def main(argv: list[str] | None = None) -> None:
    from graph.names import entity_index
    from graph.serve import explore_documents, pages
    from graph.store import open_dataset

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", nargs="?", type=Path, help="a built graph folder (default: build the bundled corpus)")
    parser.add_argument("--repeat", type=int, default=5, help="calls per engine (median reported)")
    args = parser.parse_args(argv)
    graph = args.graph
    if graph is None:
        from graph.pipeline import build_graph, bundled_corpus

        graph = Path(tempfile.mkdtemp(prefix="home-page-")) / "kg"
        build_graph([bundled_corpus()], graph)
    print("| engine | home_data CPU, median of %d (s) | first call (s) |" % args.repeat)
    print("|---|---|---|")
    for engine in ("oxigraph", "rdflib"):
        dataset = open_dataset(graph, engine=engine)
        entity_index(dataset)  # built once per graph, not per page
        documents = explore_documents.documents(dataset)
        times = [_cpu_seconds(lambda: pages.home_data(dataset, documents)) for _ in range(args.repeat)]
        print(f"| {engine} | {statistics.median(times):.3f} | {times[0]:.3f} |")


if __name__ == "__main__":
    main()
