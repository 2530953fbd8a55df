"""One build of a graph at a time, and one push: an exclusive ``flock`` on a hidden file beside the graph folder.

A second ``g40kg build`` (or ``demo``) of the same graph stops with :class:`BuildLocked` (exit
status 75, "busy"), naming the process that builds: at once, or after waiting up to ``wait`` seconds
for the lock (``build --wait``); the kernel releases the lock when that process ends, however it
ends, so a lock is never stale. A push takes a lock of its own (``purpose="push"``, another file), so
that a build never waits for a push to a slow server, but a second push of the graph stops with
:class:`PushLocked` (or waits, ``push --wait``).

Examples
--------
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp()) / "kg"
>>> with graph_lock(folder):
...     lock_file(folder).exists()
True
>>> lock_file(folder).exists()
False
>>> with graph_lock(folder, purpose="push"):
...     with graph_lock(folder):  # a build may run during a push
...         sorted(path.name for path in folder.parent.iterdir())
['.kg.lock', '.kg.push.lock']
"""

from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from .errors import EXIT_BUSY, CannotWrite, G40Error, InputError
from .messages import CATALOGUE, msg

__all__ = ["GraphBusy", "BuildLocked", "PushLocked", "graph_lock", "lock_file"]

log = logging.getLogger(__name__)


class GraphBusy(G40Error):
    """Another process holds the graph's lock of this kind: busy, try again later."""

    code = "busy"
    exit_code = EXIT_BUSY
    message = ""  # the key of the catalogue's message

    def __init__(self, graph_path, pid: int | None):
        super().__init__(msg(self.message, graph=graph_path, pid=pid if pid is not None else "?"))
        self.pid = pid


class BuildLocked(GraphBusy):
    """Another process is building the same graph."""

    message = "build_locked"


class PushLocked(GraphBusy):
    """Another process is pushing the same graph."""

    message = "push_locked"


_LOCKED = {"build": BuildLocked, "push": PushLocked}


def lock_file(graph_path: Path, purpose: str = "build") -> Path:
    """The lock file of the graph at ``graph_path``: hidden, beside the graph folder (not in it: a
    build swaps the whole folder, and a lock inside would go with the old one), named after the
    real folder (symbolic links resolved), so that two names of one graph share one lock. A push's
    lock (``purpose="push"``) is another file.

    >>> lock_file(Path("/tmp/kg")).name, lock_file(Path("/tmp/.g40kg")).name, lock_file(Path("/tmp/kg"), "push").name
    ('.kg.lock', '.g40kg.lock', '.kg.push.lock')
    """
    path = Path(os.path.realpath(graph_path))
    name = path.name if path.name.startswith(".") else "." + path.name
    return path.with_name(name + ("" if purpose == "build" else f".{purpose}") + ".lock")


#: seconds between two tries of a held lock under ``wait``
WAIT_STEP = 0.2


@contextmanager
def graph_lock(graph_path: Path, *, wait: float = 0, on_wait: Callable[[int | None], None] | None = None,
               purpose: str = "build"):
    """Hold the build lock of the graph at ``graph_path`` (an exclusive ``flock`` on
    :func:`lock_file`) or raise :class:`BuildLocked`, naming the process that holds it: at once, or
    when the lock is still held after ``wait`` seconds (``on_wait(pid)`` is told once, when the
    waiting begins). ``purpose="push"``: the push lock, :class:`PushLocked`; where its file cannot be
    made (a graph folder's parent that the user may only read), the push runs unlocked.

    The kernel releases the lock when the process ends, however it ends, so a lock is never stale;
    the holder removes the file before it lets go (a file left by a killed build is simply locked
    and removed by the next one). A lock taken on a file that its holder removed meanwhile is
    given up for the file now at that path. Without ``fcntl`` (Windows) or where the file system
    refuses locks (some network file systems), builds run unlocked as before.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    path = lock_file(graph_path, purpose)
    deadline = time.monotonic() + wait
    waiting = False
    while True:
        try:
            handle = _open_lock_file(path, graph_path)
        except CannotWrite as error:
            if purpose == "build":
                raise
            log.warning("no %s lock for %s (%s); going on unlocked", purpose, graph_path, error)
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _lock_holder(handle)
            os.close(handle)
            if time.monotonic() >= deadline:
                raise _LOCKED[purpose](graph_path, pid) from None
            if not waiting and on_wait is not None:
                on_wait(pid)
            waiting = True
            time.sleep(min(WAIT_STEP, max(0.0, deadline - time.monotonic())))
            continue
        except OSError as error:  # ENOLCK and the like: the file system has no locks
            log.warning("no %s lock for %s (%s); going on unlocked", purpose, graph_path, error)
            os.close(handle)
            yield
            return
        try:
            if os.path.samestat(os.fstat(handle), os.stat(path)):
                break
        except OSError:
            pass
        os.close(handle)  # its holder removed it between our open and our lock: lock the one there now
    try:
        try:
            os.ftruncate(handle, 0)
            os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        except OSError as error:  # the lock holds without the pid in the file
            log.debug("cannot note the pid in %s (%s)", path, error)
        yield
    finally:
        try:
            path.unlink()  # while still locked: whoever opens the old file now sees it is gone
        except OSError:
            pass
        os.close(handle)  # releases the lock


def _open_lock_file(path: Path, graph_path: Path) -> int:
    if not path.parent.exists():  # a typo in --graph must not create a folder tree (a file there: the open says so)
        raise InputError(msg("graph_folder_missing", graph=graph_path, folder=path.parent))
    try:
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except PermissionError:  # another user's lock file in a shared folder: it locks when only read
            return os.open(path, os.O_RDONLY)
    except OSError as error:
        raise CannotWrite(graph_path, error) from None


def _lock_holder(handle: int) -> int | None:
    """The pid the holder of the lock wrote into the lock file (None: not written yet)."""
    try:
        text = os.pread(handle, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


CATALOGUE.update({
    "graph_folder_missing": {"nl": "kan geen graaf maken in {graph}: de map {folder} bestaat niet; maak hem eerst aan "
                                   "of kies een andere --graph",
                             "en": "cannot make a graph at {graph}: the folder {folder} does not exist; create it first "
                                   "or choose another --graph"},
    "build_waiting": {"nl": "er loopt al een bouw van {graph} (proces {pid}); wacht hoogstens {seconds:g} s tot die "
                            "klaar is",
                      "en": "a build of {graph} is already running (process {pid}); waiting up to {seconds:g} s for it "
                            "to finish"},
    "build_locked": {"nl": "er loopt al een bouw van {graph} (proces {pid}); wacht tot die klaar is en probeer het "
                           "dan opnieuw",
                     "en": "a build of {graph} is already running (process {pid}); wait for it to finish and try again"},
    "push_waiting": {"nl": "er loopt al een push van {graph} (proces {pid}); wacht hoogstens {seconds:g} s tot die "
                           "klaar is",
                     "en": "a push of {graph} is already running (process {pid}); waiting up to {seconds:g} s for it "
                           "to finish"},
    "push_locked": {"nl": "er loopt al een push van {graph} (proces {pid}); wacht tot die klaar is en probeer het "
                          "dan opnieuw (of push --wait SECONDEN)",
                    "en": "a push of {graph} is already running (process {pid}); wait for it to finish and try again "
                          "(or push --wait SECONDS)"},
})
