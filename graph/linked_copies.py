"""Copies made of hard links (plain copies where linking is not possible): a directory tree,
an Oxigraph store's files, and the cache a new graph takes over from the previous one.

Examples
--------
>>> import tempfile
>>> old, new = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp()) / "copy"
>>> _ = (old / "a").mkdir(), (old / "a" / "f.txt").write_text("x")
>>> _link_tree(old, new)
>>> (new / "a" / "f.txt").read_text(), (new / "a" / "f.txt").stat().st_ino == (old / "a" / "f.txt").stat().st_ino
('x', True)
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

__all__ = ["carry_cache", "copy_store", "link_or_copy"]

log = logging.getLogger(__name__)


def copy_store(source: Path, target: Path) -> None:
    """A copy of the Oxigraph store ``source`` at ``target`` (a new folder): its files hard-linked where the
    file system allows it, else copied; RocksDB's ``LOCK`` file is left out (the copy opens with its own)."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name == "LOCK":
            continue
        if item.suffix == ".sst":
            link_or_copy(item, target / item.name)
        else:
            shutil.copy2(item, target / item.name)


def carry_cache(source: Path, target: Path, cache: dict | None) -> None:
    """Carry the previous graph's cache folder ``source`` into the new one at ``target``.

    ``cache`` names one folder the build manages (``directory``): the entries to ``keep`` and
    those to ``write``. That folder is *moved* (one rename, where linking its thousands of entries
    one by one would take a noticeable part of a small rebuild); what it holds besides ``keep``
    goes. Should the swap then fail, the previous graph has lost a cache, not data. The rest of
    the cache is hard-linked, except the ``files`` the build wrote anew (name → bytes).
    """
    managed = cache["directory"] if cache else None
    _link_tree(source, target, skip=managed)
    if not cache:
        return
    out = target / managed
    written = cache.get("write", {})
    wanted = set(cache.get("keep", ())) - set(written)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(source / managed, out)
    except OSError:  # no previous cache folder (or it cannot be moved): link what is kept
        out.mkdir(parents=True, exist_ok=True)
        for name in wanted:
            if (source / managed / name).is_file():
                link_or_copy(source / managed / name, out / name)
    with os.scandir(out) as entries:
        for entry in entries:
            if entry.name not in wanted:
                os.unlink(entry.path)  # gone from the corpus, or written anew below (a new file, not a linked one)
    for name, data in written.items():
        (out / name).write_bytes(data)
    for name, data in cache.get("files", {}).items():
        (target / name).unlink(missing_ok=True)  # a hard link to the previous graph's file: not written through
        (target / name).write_bytes(data)


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` as a hard link to the file ``source``, or a copy where a link cannot be made (another
    file system, a file system without links)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _link_tree(source: Path, target: Path, skip: str | None = None) -> None:
    """Copy a directory tree with hard links (a plain copy where links are not possible)."""
    if not source.is_dir():
        return
    for folder, dirs, files in os.walk(source):
        if Path(folder) == source and skip in dirs:
            dirs.remove(skip)
        out = target / Path(folder).relative_to(source)
        out.mkdir(parents=True, exist_ok=True)
        for name in files:
            link_or_copy(Path(folder) / name, out / name)
