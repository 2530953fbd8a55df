"""Where a build's CPU goes: each step of graph.pipeline timed by the main thread's CPU, the imports apart.

Every function ``graph.pipeline`` calls by a name of its own module (``resolve``, ``read_corpus_cached``,
``check_build`` …) and the methods of :class:`graph.assemble.StagedGraph` are wrapped with a timer of
``time.thread_time``; a step called inside another counts for the outer one, and the imports made during a
step count for ``imports`` (``importlib._bootstrap._find_and_load`` wrapped), not for the step. The command
runs in this process (no ``os._exit``); the milliseconds go to ``OUT`` as JSON, with ``main thread`` (from
this script's start, after the interpreter's) and ``process`` (all threads: the ``graph.nq`` copy, Oxigraph's).

    PYTHONPATH=TREE:SHIM python benchmarks/rebuild_stages.py OUT.json -- --graph G build CORPUS --format json

With ``--one-worker`` first (round 55b) the build's default number of worker processes is 1, so that a full
build's extraction and document graphs run in the main thread and are timed as steps (else they run in forked
workers, whose CPU neither ``main thread`` nor ``process`` counts)::

    PYTHONPATH=TREE:SHIM python benchmarks/rebuild_stages.py --one-worker OUT.json -- --graph G build CORPUS

Rounds 50r–52r used a script like it in their work folders; round 54i keeps it here. Set ``XDG_CACHE_HOME``
to a folder of the measurement's own: the compiled patterns of the extraction rules are kept in
``$XDG_CACHE_HOME/g40kg/`` (:mod:`graph.extract.pattern_cache`), and another version of the rules run by
someone else on the machine rewrites that file, so that the next run compiles ≈ 1,100 patterns again
(0.25–0.5 s that belongs to neither side of a comparison).
"""

from __future__ import annotations

import importlib._bootstrap as bootstrap
import json
import os
import sys
import time
import types

# run as `python benchmarks/rebuild_stages.py`, this folder comes first in the path, and its viz.py (the network
# page benchmark) would be imported for the package `viz` the build imports (round 57x)
if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]

TIMES = {"imports": 0.0}
_depth = [0]
_find_and_load = bootstrap._find_and_load


def _timed_import(name, import_):
    if _depth[0]:
        return _find_and_load(name, import_)
    _depth[0] += 1
    started = time.thread_time()
    try:
        return _find_and_load(name, import_)
    finally:
        TIMES["imports"] += time.thread_time() - started
        _depth[0] -= 1


_active = [None]


def _timed(name, function):
    def wrapper(*args, **kwargs):
        if _active[0] is not None:  # inside another step: counted there
            return function(*args, **kwargs)
        _active[0] = name
        imports, started = TIMES["imports"], time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            TIMES[name] = TIMES.get(name, 0.0) + time.thread_time() - started - (TIMES["imports"] - imports)
            _active[0] = None
    return wrapper


def main(out: str, args: list[str]) -> None:
    bootstrap._find_and_load = _timed_import
    started = time.thread_time()
    import graph.pipeline as pipeline

    for name, value in list(vars(pipeline).items()):
        if isinstance(value, types.FunctionType) and name not in ("build_graph", "_build_graph") \
                and not name.startswith("__"):
            setattr(pipeline, name, _timed(name, value))
    staged = pipeline.StagedGraph
    for method in ("__enter__", "__exit__", "add_derived", "commit", "count_triples", "curated", "write_beside"):
        setattr(staged, method, _timed("StagedGraph." + method, getattr(staged, method)))
    from graph.cli import cli

    try:
        cli(args, prog_name="g40kg", standalone_mode=False)
    finally:
        TIMES["main thread"] = time.thread_time() - started
        TIMES["process"] = time.process_time()
        with open(out, "w", encoding="utf-8") as file:
            json.dump({name: round(seconds * 1000, 1) for name, seconds in TIMES.items()}, file, indent=1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one-worker":  # extraction and the document graphs in this thread
        os.cpu_count = lambda: 1  # the build's default number of workers (graph.workers.forked_map)
        del sys.argv[1]
    if len(sys.argv) < 3 or sys.argv[2] != "--":
        sys.exit(__doc__.split("\n\n")[2])
    main(sys.argv[1], sys.argv[3:])
