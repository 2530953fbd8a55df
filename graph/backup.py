"""A whole graph folder copied away and put back: ``g40kg backup`` and ``g40kg restore`` (walkthrough 40, finding 2).

A ``cp -a`` of the graph folder while a build swaps a new one in copies files of two builds, or stops on a
file the build removed ("cannot stat 'graaf/oxigraph/000040.log'"), and ``flock`` on the build's lock file
is no help: the build removes that file as it lets go, so a ``flock -w`` that waited holds a lock on a file
no later build opens. :func:`backup` copies under the graph's own build lock (:func:`graph.lock.graph_lock`),
into a staging folder beside the destination that one rename turns into it: the backup is one whole build or
nothing. :func:`restore` copies a backup into a staging folder beside the graph, under the same lock, and
swaps it in as a build does (:func:`graph.store.swap_in`), so ``serve`` goes over to it by itself.

Left out of a backup: ``derived/`` (results a command keeps, made anew) and ``cache/push/`` (what this folder
last sent to a triple store). A restore keeps the push record of the graph it replaces, so the next push
sends what differs from what the server holds: the restored graph's changed documents again, and the graphs
of documents the restored graph lacks deleted there.

>>> import tempfile
>>> from graph.disk_layout import manifest_text
>>> where = Path(tempfile.mkdtemp())
>>> (where / "kg").mkdir(); (where / "kg" / "graph.nq").write_text("")
0
>>> _ = (where / "kg" / "manifest.json").write_text(manifest_text({"built": "2026-12-01T02:30:00+00:00",
...                                                               "documents": [{"id": "a"}]}))
>>> backup(where / "kg", where / "week49")["documents"]
1
>>> sorted(path.name for path in (where / "week49").iterdir())
['graph.nq', 'manifest.json']
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from .disk_layout import CACHE_DIR, folder_to_replace, read_manifest, staging_folder
from .errors import CannotWrite, InputError
from .lock import graph_lock
from .messages import CATALOGUE, msg

__all__ = ["backup", "restore"]

#: the folders of a graph folder a backup leaves out (see the module docstring)
_LEFT_OUT = {".": {"derived"}, CACHE_DIR: {"push"}}


def backup(graph_path: Path, destination: Path, *, wait: float = 0,
           on_wait: Callable[[int | None], None] | None = None) -> dict:
    """Copy the graph at ``graph_path`` to the new folder ``destination``, whole, while no build of it swaps in
    a new one (waiting up to ``wait`` seconds for one that runs; :class:`graph.lock.BuildLocked` after that).
    Returns what was copied: ``built``, ``documents``, ``bytes``, ``path``."""
    graph_path, destination = Path(graph_path), Path(destination)
    read_manifest(graph_path)  # no graph there: said before any waiting
    if destination.exists() or destination.is_symlink():
        raise InputError(msg("backup_exists", path=destination))
    if not destination.parent.is_dir():
        raise InputError(msg("backup_parent_missing", path=destination, folder=destination.parent))
    _outside(destination, graph_path)
    with graph_lock(graph_path, wait=wait, on_wait=on_wait):
        manifest = read_manifest(graph_path)  # the build in place now
        with _staged(destination, destination) as staging:
            size = _copy(Path(os.path.realpath(graph_path)), staging)
            os.rename(staging, destination)  # a folder made there meanwhile: the rename refuses, nothing lost
    return {"path": str(destination), "built": manifest.get("built"), "documents": len(manifest.get("documents", [])),
            "bytes": size}


def restore(graph_path: Path, source: Path, *, wait: float = 0,
            on_wait: Callable[[int | None], None] | None = None) -> dict:
    """Put the graph folder ``source`` (a backup) in the place of the graph at ``graph_path``, as a build puts
    its new graph there: under the build lock (``wait`` as in :func:`backup`), copied beside it and swapped in
    with two renames. The push record of the graph it replaces is kept (see the module docstring).
    Returns ``built``, ``documents`` and ``previous_built`` (None where no graph was there)."""
    graph_path, source = Path(graph_path), Path(source)
    manifest = read_manifest(source)  # not a graph (or one of a newer g40kg): said before anything is touched
    target = folder_to_replace(graph_path)
    if os.path.realpath(source) == str(target):
        raise InputError(msg("restore_itself", path=source))
    _outside(source, target)  # a backup inside the graph folder would go with the graph it replaces
    with graph_lock(graph_path, wait=wait, on_wait=on_wait):
        previous = read_manifest(target).get("built") if (target / "manifest.json").is_file() else None
        with _staged(target, graph_path) as staging:
            _copy(source, staging)
            pushed = target / CACHE_DIR / "push"
            if pushed.is_dir():
                shutil.copytree(pushed, staging / CACHE_DIR / "push", symlinks=True)
            from .store import swap_in

            swap_in(staging, target)
    return {"built": manifest.get("built"), "documents": len(manifest.get("documents", [])),
            "previous_built": previous, "corrections_changed_since": _changed_since(target, manifest.get("built"))}


def _changed_since(graph_path: Path, built: str | None) -> str | None:
    """The corrections folder the graph at ``graph_path`` remembers when a file in it changed after ``built``
    (the restored build's time), else None: a removal on request written since is not in the restored graph
    until the next build applies it again (walkthrough 40, finding 8)."""
    from datetime import datetime

    from .disk_layout import remembered_corrections

    folder = remembered_corrections(graph_path)
    try:
        when = datetime.fromisoformat(built).timestamp() if built else None
        changed = folder is not None and when is not None and any(
            path.is_file() and path.stat().st_mtime >= when for path in folder.rglob("*"))
    except (OSError, ValueError):
        return None
    return str(folder) if changed else None


@contextmanager
def _staged(beside: Path, named: Path):
    """A new staging folder beside ``beside``, removed unless the block renamed it into place; a write that
    fails is :class:`CannotWrite` naming ``named``."""
    try:
        staging = staging_folder(beside)
    except OSError as error:
        raise CannotWrite(named, error) from None
    try:
        yield staging
    except OSError as error:
        raise CannotWrite(named, error) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already when it was renamed into place


def _outside(folder: Path, graph_path: Path) -> None:
    """:class:`InputError` when ``folder`` lies inside the graph folder ``graph_path`` (a copy into it would
    copy itself; a build or restore replaces the whole folder, backup included)."""
    inner, graph = Path(os.path.realpath(folder)), Path(os.path.realpath(graph_path))
    if inner != graph and graph in inner.parents:
        raise InputError(msg("backup_inside", path=folder, graph=graph_path))


def _copy(source: Path, staging: Path) -> int:
    """Copy the graph folder ``source`` into the empty folder ``staging``, less :data:`_LEFT_OUT`; its bytes."""
    copied = 0

    def left_out(folder: str, names: list[str]) -> set[str]:
        return _LEFT_OUT.get(os.path.relpath(folder, source), set()) & set(names)

    def copy(src: str, dst: str) -> None:
        nonlocal copied
        shutil.copy2(src, dst)
        copied += os.path.getsize(dst)

    shutil.copytree(source, staging, symlinks=True, ignore=left_out, copy_function=copy, dirs_exist_ok=True)
    return copied


CATALOGUE.update({
    "backup_exists": {"nl": "{path} bestaat al; een backup komt in een nieuwe map (bijvoorbeeld met de datum in de naam)",
                      "en": "{path} already exists; a backup goes into a new folder (for instance with the date in "
                            "its name)"},
    "backup_parent_missing": {"nl": "kan geen backup maken in {path}: de map {folder} bestaat niet",
                              "en": "cannot make a backup at {path}: the folder {folder} does not exist"},
    "backup_inside": {"nl": "{path} ligt in de graafmap {graph} zelf, die elke bouw in zijn geheel vervangt; kies een "
                            "map erbuiten",
                      "en": "{path} lies inside the graph folder {graph}, which every build replaces whole; choose a "
                            "folder outside it"},
    "restore_itself": {"nl": "{path} is de graaf zelf; geef de map van een backup",
                       "en": "{path} is the graph itself; give the folder of a backup"},
})
