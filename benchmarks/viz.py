"""Network pages at scale: generation time, file size and time-to-interactive in headless Chromium.

Synthetic graphs in the shape of :func:`graph.project.to_networkx` (typed nodes, G40 members,
relations, weights, evidence with quotes and dates; 4 edges per node, preferential attachment)
at 500 and 5,000 nodes. For each: seconds to lay out and render the page (``network_data`` +
``render_html``), the HTML size, and in Chromium the time from navigation to the first drawing
(nodes and heaviest edges, clickable), to all edges loaded, and from a click on a node to its
evidence panel.

Run: ``python benchmarks/viz.py [--sizes 500 5000] [--repeat 3]``; pages and a JSON report go to
``benchmarks/output/``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

# this file is called viz.py: keep its folder off the path so ``import viz`` finds the package
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import networkx as nx  # noqa: E402

OUT = Path(__file__).resolve().parent / "output"
TYPES = ["Person"] * 5 + ["Municipality"] * 2 + ["Organisation", "OrganisationalUnit", "OrganisationalUnit",
                                                  "Programme", "Ministry", "Event", "Theme"]
RELATIONS = ["collaboratesWith", "participatesIn", "hasRole", "partOf", "affiliatedWith", "initiated", "ledBy"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 4, seed=seed)
    g = nx.MultiDiGraph()
    for node in base:
        kind = rnd.choice(TYPES)
        g.add_node(f"urn:x:{node}", label=f"{kind} {node}", type=kind, g40_member=kind == "Municipality" and node % 3 == 0)
    for u, v in base.edges():
        relation = rnd.choice(RELATIONS)
        docs = rnd.choice([1, 1, 1, 2, 3])
        evidence = [{"quote": f"Zin {u}-{v} uit document {d}: de partners werken samen aan de uitvoeringsagenda "
                              f"en maken afspraken over de inzet in de regio.", "document": f"doc-{(u + d) % 200}",
                     "title": f"Document {(u + d) % 200}", "date": f"{2019 + (u + d) % 5}-06-01"} for d in range(docs)]
        g.add_edge(f"urn:x:{u}", f"urn:x:{v}", key=relation, predicate=relation, weight=docs, evidence=evidence)
    return g


def generate(graph, path: Path) -> tuple[float, int]:
    from viz.network import network_data
    from viz.render import render_html, write_html

    start = time.perf_counter()
    html = render_html(network_data(graph, seed=1, meta={"command": "benchmarks/viz.py"}))
    write_html(html, path)
    return time.perf_counter() - start, path.stat().st_size


def browser_times(browser, path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=60000)
    page.wait_for_selector("body[data-complete='1']", state="attached", timeout=60000)
    times = page.evaluate("g40viz.times")
    page.screenshot(path=str(path.with_suffix(".png")))
    nav = page.evaluate("performance.timeOrigin")
    script_start = page.evaluate("g40viz.readyAt - g40viz.times.drawn")  # ms after navigation start
    node = page.evaluate("g40viz.data.nodes[0].id")
    x, y = page.evaluate("""id => { const p = g40viz.network.canvasToDOM(g40viz.network.getPositions([id])[id]);
        const r = document.querySelector('#g40-network').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }""",
                         node)
    page.evaluate("g40viz.network.focus(g40viz.data.nodes[0].id, {scale: 1, animation: false})")
    x, y = page.evaluate("""id => { const p = g40viz.network.canvasToDOM(g40viz.network.getPositions([id])[id]);
        const r = document.querySelector('#g40-network').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }""",
                         node)
    page.wait_for_timeout(300)
    start = time.perf_counter()
    page.mouse.click(x, y)
    page.wait_for_selector("#g40-panel:not([hidden])", timeout=30000)
    click = time.perf_counter() - start
    context.close()
    assert requests == [path.resolve().as_uri()], requests
    del nav
    return {"first_draw_s": (script_start + times["drawn"]) / 1000, "all_edges_s": (script_start + times["complete"]) / 1000,
            "click_to_panel_s": click}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    generate(synthetic(20), OUT / "warm-up.html")  # imports and template compilation are not timed
    report = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for n in args.sizes:
            graph = synthetic(n)
            path = OUT / f"viz-{n}.html"
            runs = []
            for _ in range(args.repeat):
                seconds, size = generate(graph, path)
                runs.append({"generate_s": seconds, "bytes": size, **browser_times(browser, path)})
            row = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                   **{k: statistics.median(r[k] for r in runs) for k in runs[0]}}
            report.append(row)
            print(f"{row['nodes']:>5} nodes {row['edges']:>6} edges: generate {row['generate_s']:.2f} s, "
                  f"{row['bytes'] / 1e6:.1f} MB, first draw {row['first_draw_s']:.2f} s, "
                  f"all edges {row['all_edges_s']:.2f} s, click→panel {row['click_to_panel_s']:.2f} s")
        browser.close()
    (OUT / "viz.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
