"""What a function made for the last object it was asked about, kept for the next call on the same object.

A build asks for the same reference triples, reference fragment, shapes fingerprint and flattened shapes
each time it runs, and the objects they are made from are read once per process (the bundled gazetteer,
the packaged shapes): ``build --watch`` and the test suite build many times per process. One slot per
use, holding one object, so nothing grows; the object itself is held, so its ``id`` is never another's.

>>> slot = []
>>> made = []
>>> def make():
...     made.append(1)
...     return "text"
>>> key = object()
>>> last_kept(slot, key, make), last_kept(slot, key, make), len(made)
('text', 'text', 1)
>>> last_kept(slot, key, make, check=2), len(made)  # the object changed (its size): made again
('text', 2)
"""

from __future__ import annotations

from typing import Callable, TypeVar

__all__ = ["last_kept"]

T = TypeVar("T")


def last_kept(slot: list, source, make: Callable[[], T], *, check=None) -> T:
    """``make()`` for ``source``, kept in ``slot`` (a module's list, one entry) while the next call asks
    about the same object (``is``) with an equal ``check`` (e.g. a graph's number of statements)."""
    if not slot or slot[0][0] is not source or slot[0][1] != check:
        slot[:] = [(source, check, make())]
    return slot[0][2]
