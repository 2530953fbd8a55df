"""A value computed once per dataset object and kept in this process while the dataset lives.

The cache holds a weak reference to its dataset, never the dataset itself: a kept dataset would keep its
store, and the explorer's private copy of every graph it served, on disk until the server stops
(walkthrough 32, finding 5). The entry goes when the dataset is freed; an id reused by a new dataset is
not taken for the old one's.

Examples
--------
>>> class Data: pass
>>> cache, data, asked = {}, Data(), []
>>> per_dataset(cache, data, lambda: asked.append(1) or "index"), per_dataset(cache, data, lambda: "again")
('index', 'index')
>>> del data; len(cache), asked
(0, [1])
"""

from __future__ import annotations

import weakref
from typing import Callable, TypeVar

__all__ = ["per_dataset"]

T = TypeVar("T")


def per_dataset(cache: dict[int, tuple], dataset, compute: Callable[[], T]) -> T:
    """``compute()`` for ``dataset``, kept in ``cache`` (a module's dict) while the dataset lives."""
    key = id(dataset)
    kept = cache.get(key)
    if kept is None or kept[0]() is not dataset:
        value = compute()
        weakref.finalize(dataset, cache.pop, key, None)
        cache[key] = kept = weakref.ref(dataset), value
    return kept[1]
