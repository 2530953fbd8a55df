"""How fast this machine is right now, so benchmark runs made hours apart can be compared.

This machine's speed varies several-fold between runs (a shared VM: on 2026-12-02 the same
kind of 10^6-triple question took 206 ms at 11:00 and 650–900 ms at 17:00, reading nothing
from disk). :func:`cpu_check` times a fixed piece of pure Python; a run reports it at its start
and end. It is a hint, not a scale: Oxigraph's lookups slowed 4x that afternoon while the check
stayed near its best, so changes are measured within one run, as ratios
(``questions.py --baseline``).

    >>> seconds = cpu_check(10_000)
    >>> 0 < seconds < 1
    True
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
