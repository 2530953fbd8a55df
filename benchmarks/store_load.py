"""Oxigraph's share of a build, split: the bulk load of a ``graph.nq`` and the compaction after it.

A build loads its new ``graph.nq`` with ``Store.bulk_load(path=…, lenient=True)`` and compacts the store with
``Store.optimize()`` in a thread of its own (:meth:`graph.assemble.StagedGraph._loaded_store`). This script does
the same in a process of its own and reports, for each step, the CPU time of the process (all threads:
Oxigraph's loader threads too), the CPU time of the calling thread (during the bulk load: the parse), the wall
time and the number of files in the store folder after it. The store stays in ``--store`` (emptied first), so
that the named questions can be run against it with and without the compaction (``--no-optimize``; copy the
graph folder and put the store in as its ``oxigraph/``, then ``questions.py --graph``).

    python benchmarks/store_load.py GRAPH/graph.nq --store /some/work/folder/oxigraph

Round 57x (issue #7): 3,000,696 quads of a 10,000-document build, bulk load 26-27 s of CPU, compaction 5 s;
at 10^6 quads or fewer the bulk load writes one set of files and the compaction costs nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox


def _files(folder: Path) -> int:
    return len(os.listdir(folder))


def _timed(step) -> dict:
    process, thread, wall = time.process_time(), time.thread_time(), time.perf_counter()
    step()
    return {"process_s": round(time.process_time() - process, 2), "thread_s": round(time.thread_time() - thread, 2),
            "wall_s": round(time.perf_counter() - wall, 2)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nquads", type=Path, help="an N-Quads file (a build's graph.nq)")
    parser.add_argument("--store", type=Path, required=True, help="the store folder to write (emptied first)")
    parser.add_argument("--no-optimize", action="store_true", help="leave the store as the bulk load wrote it")
    args = parser.parse_args(argv)
    shutil.rmtree(args.store, ignore_errors=True)
    result = {"quads_file_bytes": args.nquads.stat().st_size, "load_at_start": os.getloadavg()[0]}
    store = ox.Store(str(args.store))
    result["bulk_load"] = _timed(lambda: store.bulk_load(path=str(args.nquads), format=ox.RdfFormat.N_QUADS,
                                                         lenient=True))
    result["bulk_load"]["files"] = _files(args.store)
    if not args.no_optimize:
        result["optimize"] = _timed(store.optimize)
        result["optimize"]["files"] = _files(args.store)
    store.flush()
    result["load_at_end"] = os.getloadavg()[0]
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
