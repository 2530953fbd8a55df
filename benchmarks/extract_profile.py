"""Where extraction's CPU goes: a sampling profile of :func:`graph.extract.extract` over corpus folders.

Every ``--interval`` of the process's CPU time (``ITIMER_PROF``; the kernel's tick rounds it, 4 ms at 250 Hz)
the Python stack is recorded; each function's share of the samples is printed, inclusive (it or a function
it called was running) and its own. Unlike cProfile, which adds a cost to every call and so inflates the
many small rules (a run under it takes twice the CPU), a sample costs the same wherever it falls. Time in C
(a regular expression's scan) counts for the Python function that called it; a signal is handled between
bytecodes, so a sample can land a line late (on the next call's first line).

Usage::

    python benchmarks/extract_profile.py CORPUS [CORPUS ...] [--passes 2] [--top 40] [--stacks OUT.pickle]
"""

from __future__ import annotations

import argparse
import collections
import pickle
import signal
import time
from pathlib import Path


def profile(documents, gazetteer, *, passes: int = 1, interval: float = 0.0005) -> collections.Counter:
    """The stacks sampled while extracting ``documents`` ``passes`` times: (file:function, …) → samples."""
    from graph.extract import extract

    stacks: collections.Counter = collections.Counter()

    def sample(_signal, frame):
        stack = []
        while frame is not None:
            stack.append(f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}")
            frame = frame.f_back
        stacks[tuple(reversed(stack))] += 1

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(passes):
            for document in documents:
                extract(document.id, document.text, gazetteer=gazetteer, date=document.reference_date)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return stacks


def shares(stacks: collections.Counter) -> tuple[collections.Counter, collections.Counter]:
    """Samples per function: inclusive (once per stack it is in) and its own (the innermost frame)."""
    inclusive, own = collections.Counter(), collections.Counter()
    for stack, count in stacks.items():
        for name in set(stack):
            inclusive[name] += count
        own[stack[-1]] += count
    return inclusive, own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", type=Path, help="corpus folders (read as a build reads them)")
    parser.add_argument("--passes", type=int, default=2, help="extractions of every document (more samples)")
    parser.add_argument("--top", type=int, default=40, help="functions listed")
    parser.add_argument("--stacks", type=Path, help="write the sampled stacks here (pickle) for a closer look")
    args = parser.parse_args()
    from graph.corpus_cache import read_corpus_cached
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    documents = [d for folder in args.corpus for d in read_corpus_cached([folder], None)[0]]
    gazetteer = load_gazetteer()
    extract("warm-up", documents[0].text, gazetteer=gazetteer, date=documents[0].reference_date)
    started = time.process_time()
    stacks = profile(documents, gazetteer, passes=args.passes)
    cpu = time.process_time() - started
    total = sum(stacks.values())
    print(f"{len(documents)} documents x {args.passes}: {cpu:.2f} s CPU "
          f"({1000 * cpu / len(documents) / args.passes:.2f} ms a document), {total} samples")
    inclusive, own = shares(stacks)
    for title, counts in (("inclusive", inclusive), ("own", own)):
        print(f"-- {title}")
        for name, count in counts.most_common(args.top):
            print(f"{100 * count / total:5.1f} %  {name}")
    if args.stacks:
        args.stacks.write_bytes(pickle.dumps(stacks))


if __name__ == "__main__":
    main()
