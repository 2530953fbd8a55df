"""Extraction speed: documents per second for 2-KB Dutch documents on one core.

Builds 2-KB documents by cutting the bundled corpus and the extraction test fixtures into
pieces at paragraph boundaries, runs :func:`graph.extract.extract` on each (gazetteer indexes
warmed up first) and prints documents per second of CPU time (one core; the wall-clock rate is
printed too, it drops on a busy machine). Target (issue 3): at least 100 docs/s.

Usage::

    python benchmarks/extract_speed.py [--docs 500]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.pipeline import bundled_corpus

ROOT = Path(__file__).resolve().parents[1]


def documents(size: int = 2048) -> list[str]:
    paragraphs: list[str] = []
    for folder in (bundled_corpus(), ROOT / "tests" / "fixtures" / "extract"):
        for path in sorted(Path(folder).glob("*.txt")):
            paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    docs, current = [], ""
    for paragraph in paragraphs * 4:
        current += paragraph + "\n\n"
        if len(current) >= size:
            docs.append(current[:size + 400])
            current = ""
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="number of documents to extract")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    pool = documents()
    extract("warm-up", pool[0], gazetteer=gazetteer, date="2022-01-01")
    texts = [pool[i % len(pool)] for i in range(args.docs)]
    size = sum(len(t) for t in texts) / len(texts)
    started, cpu_started = time.perf_counter(), time.process_time()
    for number, text in enumerate(texts):
        extract(f"doc-{number}", text, gazetteer=gazetteer, date="2022-01-01")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{len(texts)} documents, mean {size:.0f} characters: {len(texts) / cpu:.0f} docs/s on one core "
          f"({1000 * cpu / len(texts):.2f} ms CPU per document; wall clock {len(texts) / seconds:.0f} docs/s)")


if __name__ == "__main__":
    main()
