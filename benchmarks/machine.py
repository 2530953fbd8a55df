"""How fast this machine is right now, so benchmark runs made hours apart can be compared.

This machine's speed varies several-fold between runs (a shared VM: on 2026-12-02 the same
kind of 10^6-triple question took 206 ms at 11:00 and 650–900 ms at 17:00, reading nothing
from disk). :func:`cpu_check` times a fixed piece of pure Python; a run reports it at its start
and end. It is a hint, not a scale: Oxigraph's lookups slowed 4x that afternoon while the check
stayed near its best, so changes are measured within one run, as ratios
(``questions.py --baseline``). :func:`store_check` times what did slow down that afternoon:
Oxigraph parsing and indexing a fixed N-Quads text in memory (memory-bound work, which a loop
that fits in the cache does not feel).

    >>> seconds = cpu_check(10_000)
    >>> 0 < seconds < 1
    True
    >>> 0 < store_check(1_000) < 1
    True

Run it alone to see both: ``python benchmarks/machine.py``.
"""

from __future__ import annotations

import time


def cpu_check(n: int = 10_000_000) -> float:
    """Seconds for ``n`` additions in a Python loop (about 0.5 s for 10^7 on a quick core)."""
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - started


def store_check(quads: int = 200_000) -> float:
    """Seconds for pyoxigraph to parse ``quads`` fixed N-Quads and load them into a memory store
    (about 0.5 s for 2*10^5 on a quick machine). The text, shaped like g40kg's evidence (many
    subjects, a few predicates, literals and named graphs), is made before the clock starts."""
    import pyoxigraph

    lines = []
    for i in range(quads):
        node, graph = f"<https://example.org/e/{i // 8}>", f"<https://example.org/doc/{i // 400}>"
        if i % 3:
            lines.append(f'{node} <https://example.org/p{i % 8}> "waarde {i * 7919 % 100_003}"@nl {graph} .')
        else:
            lines.append(f"{node} <https://example.org/p{i % 8}> <https://example.org/e/{i * 7919 % quads}> {graph} .")
    text = "\n".join(lines).encode("utf-8")
    started = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(text, format=pyoxigraph.RdfFormat.N_QUADS)
    return time.perf_counter() - started


def machine_line() -> str:
    """Both checks in one line, for a benchmark's report."""
    return (f"CPU check (10^7 Python additions) {cpu_check():.2f} s, "
            f"store check (2*10^5 quads into memory) {store_check():.2f} s")


if __name__ == "__main__":
    print(machine_line())
