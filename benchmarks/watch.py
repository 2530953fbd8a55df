"""One changed document under ``g40kg build --watch``: the build's seconds and change-to-graph time.

Starts ``g40kg build CORPUS --watch`` on a graph already built from CORPUS (such as the
10,000-document graph ``run.py`` leaves in its work folder), then changes one document and
changes it back, ``--changes`` times in all, and reads each build's line: the seconds the warm
process took to build, and the time from the change on disk to that line (the watch's look and
the build). Compare with the cold ``g40kg build`` of ``run.py``'s "incremental rebuild" column.

Usage::

    python benchmarks/watch.py --corpus /tmp/g40kg-bench/corpus-10000/corpus \\
        --graph /tmp/g40kg-bench/build-10000 [--changes 6] [--interval 0.2]
"""

from __future__ import annotations

import argparse
import os
import queue
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

#: appended to the document and taken out again: a new collaboration, so the graph changes
SENTENCE = "\nDe gemeente Tilburg werkt samen met het ministerie van Financiën aan plan {number}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of documents the graph was built from")
    parser.add_argument("--graph", type=Path, required=True, help="the graph built from it")
    parser.add_argument("--changes", type=int, default=6, help="changes to time")
    parser.add_argument("--interval", type=float, default=0.2, help="the watch's --interval")
    args = parser.parse_args()
    documents = sorted(p for p in args.corpus.iterdir() if p.suffix == ".txt")
    document = documents[len(documents) // 2]
    original = document.read_bytes()
    process = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--lang", "en",
                                "--graph", str(args.graph), "build", str(args.corpus), "--watch",
                                "--interval", str(args.interval)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lines: queue.Queue = queue.Queue()
    for stream in (process.stdout, process.stderr):
        threading.Thread(target=lambda s=stream: [lines.put(line) for line in s], daemon=True).start()

    def line_with(text: str) -> str:
        while True:
            line = lines.get(timeout=600)
            if text in line:
                return line

    builds, latencies = [], []
    try:
        line_with("Watching")
        for number in range(args.changes):
            time.sleep(2)
            if number % 2 == 0:
                with document.open("a", encoding="utf-8") as handle:
                    handle.write(SENTENCE.format(number=number))
            else:
                document.write_bytes(original)
            changed = time.perf_counter()
            line = line_with("built again")
            latencies.append(time.perf_counter() - changed)
            builds.append(float(line.split("(")[1].split(" s)")[0]))
            print(line.strip(), f"| change to line {latencies[-1]:.2f} s", flush=True)
    finally:
        document.write_bytes(original)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=600)
    print(f"median build {statistics.median(builds):.2f} s, change to graph {statistics.median(latencies):.2f} s "
          f"({args.changes} changes, --interval {args.interval}, pid {os.getpid()})")


if __name__ == "__main__":
    main()
