"""Which reference lists (``data/gazetteer``) changed since the previous build (walkthrough 36, finding 3).

A steward who adds a G40 member to ``g40_members.csv`` or a redivision to ``municipalities_dissolved.csv``
changes what every document is read with, but no document: the build summary said "geen document veranderd"
while it read every document again. A build records a digest of each list in ``manifest.json``
(``reference``); the next one names the lists whose digest differs ("wel de referentielijsten
(g40_members.csv)", ``reference_changed`` in ``--format json``). The lists' README is no list.

Examples
--------
>>> digests = reference_digests()
>>> "g40_members.csv" in digests, "README.md" in digests
(True, False)
>>> changed_lists(dict(digests, **{"g40_members.csv": "0"}), digests), changed_lists(None, digests)
(['g40_members.csv'], [])
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["changed_lists", "reference_digests", "reference_files"]


def reference_files(directory: Path | None = None) -> list[Path]:
    """The files of the reference lists and word lists (default: the bundled ``data/gazetteer``), by name; not
    its documentation (``*.md``) nor hidden files (an editor's)."""
    from .resources import data_path

    directory = Path(directory) if directory is not None else Path(str(data_path("gazetteer")))
    return sorted((p for p in directory.iterdir() if p.is_file() and p.suffix.lower() != ".md"
                   and not p.name.startswith((".", "~"))), key=lambda p: p.name)


def reference_digests(directory: Path | None = None) -> dict[str, str]:
    """File name → a digest of its bytes, for each of :func:`reference_files` (21 small files: ≈ 1 ms)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in reference_files(directory)}


def changed_lists(before: dict | None, now: dict[str, str]) -> list[str]:
    """The names of the lists added, changed or taken away between the digests ``before`` (a previous
    manifest's; None or empty for a graph that recorded none: nothing said) and ``now``."""
    if not before:
        return []
    return sorted(name for name in set(before) | set(now) if before.get(name) != now.get(name))
