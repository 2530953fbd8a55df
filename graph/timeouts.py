"""Run a step with a deadline: :func:`call_with_timeout` runs it in a worker thread and raises
:class:`~graph.errors.QueryTimeout` when the deadline passes.

The worker is then interrupted at its next Python instruction (rdflib evaluates in Python;
Oxigraph returns to Python between solutions, and a process that exits takes the worker along).
A worker still inside native code when its time ran out keeps a core busy until it returns:
:func:`abandoned_queries` counts them, so a server can wait before it starts more work.

Examples
--------
>>> call_with_timeout(lambda: 6 * 7, timeout=5)
42
>>> abandoned_queries()
0
"""

from __future__ import annotations

import contextvars
import ctypes
import sys
import threading
from typing import Any, Callable

from .errors import G40Error, QueryError, QueryTimeout
from .messages import CATALOGUE, msg
from .sparql_checks import PROLOGUE_LINES, one_line, syntax_error

__all__ = ["DEFAULT_TIMEOUT", "call_with_timeout", "abandoned_queries", "command_deadline", "command_timeout_from",
           "query_deadline", "within_command_deadline"]

#: seconds a query may take unless the caller says otherwise (``--timeout``)
DEFAULT_TIMEOUT = 30.0

#: where the running command's ``--timeout`` is read (:func:`command_timeout_from`); None: no command runs
_COMMAND_TIMEOUT: Callable[[], float | None] | None = None


def command_timeout_from(source: Callable[[], float | None] | None) -> None:
    """Read the running command's ``--timeout`` with ``source()`` (None when no command runs): the command
    line registers :func:`graph.cli.base.command_timeout`, which reads click's current context, so no
    value outlives its command (a command stopped by an error included)."""
    global _COMMAND_TIMEOUT
    _COMMAND_TIMEOUT = source


def query_deadline(timeout: float | None) -> float | None:
    """The seconds a query may take: the running command's ``--timeout`` where the caller gave the default
    (:data:`DEFAULT_TIMEOUT`), else ``timeout`` (None: no limit, as an access request asks). So every
    query a command runs, its helpers' too (the names it resolves, the notes under a table), honours the
    user's ``--timeout`` (round 53f: they kept 30 s under ``--timeout 120``).

    >>> query_deadline(5), query_deadline(DEFAULT_TIMEOUT), query_deadline(None)
    (5, 30.0, None)
    >>> before = _COMMAND_TIMEOUT
    >>> command_timeout_from(lambda: 120.0)
    >>> query_deadline(DEFAULT_TIMEOUT), query_deadline(5), query_deadline(None)
    (120.0, 5, None)
    >>> command_timeout_from(before)
    """
    command = command_deadline()
    return command if command is not None and timeout == DEFAULT_TIMEOUT else timeout


#: the running command's ``--timeout`` as the worker threads of :func:`call_with_timeout` see it: the command
#: line's context is its own thread's, so a query run inside another's worker (a ministry's name while the
#: facts' rows are read, :func:`graph.query.query_rows`) would get the default instead
_INHERITED: contextvars.ContextVar[float | None] = contextvars.ContextVar("g40kg_command_deadline", default=None)


def command_deadline() -> float | None:
    """The running command's ``--timeout``; None when no command with one runs (a build, the explorer's
    requests: each has its own limit or none). In a worker of :func:`call_with_timeout` the one of the
    command that started it.

    >>> before = _COMMAND_TIMEOUT
    >>> command_timeout_from(lambda: 0.5)
    >>> command_deadline()
    0.5
    >>> command_timeout_from(before)
    >>> here = threading.current_thread()  # the command line's context: seen in its own thread only
    >>> command_timeout_from(lambda: 120.0 if threading.current_thread() is here else None)
    >>> call_with_timeout(lambda: call_with_timeout(command_deadline, 5), 5)  # a worker in a worker
    120.0
    >>> command_timeout_from(before)
    """
    command = _COMMAND_TIMEOUT() if _COMMAND_TIMEOUT is not None else None
    return command if command is not None else _INHERITED.get()


def within_command_deadline(func: Callable[[], Any], *, grace: float = 0.0) -> Any:
    """``func()`` (a query read to its last row) within the running command's ``--timeout``
    (:func:`command_deadline`, :func:`call_with_timeout`): past it the command stops with the one-line
    timeout message and exit status 124. Where no command with a ``--timeout`` runs (a build, the
    explorer's pages, the library) ``func()`` runs as it is, in the caller's thread, without a limit.

    >>> within_command_deadline(lambda: 6 * 7)
    42
    >>> before = _COMMAND_TIMEOUT
    >>> command_timeout_from(lambda: 0.05)
    >>> import time
    >>> within_command_deadline(lambda: time.sleep(2))
    Traceback (most recent call last):
    graph.errors.QueryTimeout: ...
    >>> command_timeout_from(before)
    """
    seconds = command_deadline()
    return func() if seconds is None else call_with_timeout(func, seconds, grace=grace)

CATALOGUE.update(
    {
        "query_timeout": {"nl": "de query is na {seconds:g} s afgebroken (--timeout); maak hem specifieker of "
                                "geef een ruimere --timeout",
                          "en": "the query was stopped after {seconds:g} s (--timeout); make it more specific or "
                                "pass a larger --timeout"},
        "query_failed": {"nl": "de query kon niet worden uitgevoerd: {reason}", "en": "the query failed: {reason}"},
    }
)


class _Cancelled(BaseException):
    """Raised inside a worker thread whose caller stopped waiting."""


def call_with_timeout(func: Callable[[], Any], timeout: float | None, *, text: str | None = None,
                      grace: float = 0.0) -> Any:
    """``func()`` in a daemon worker thread; :class:`QueryTimeout` when it needs more than ``timeout`` s
    (the running command's ``--timeout`` where ``timeout`` is the default: :func:`query_deadline`), said so
    after ``grace`` seconds more (a query on an endpoint: its client's own timeout, the same seconds per
    read, speaks first, with a more precise reason: no TLS, no answer).

    On timeout the worker is interrupted with an asynchronous exception, which takes effect at its
    next Python bytecode (native code, such as one Oxigraph aggregation step, finishes first; the
    thread is a daemon, so a command that exits does not wait for it). A syntax error is explained
    with the query ``text`` (without the project prologue) when given. The exception is only sent
    while ``func`` still runs, and sent again should it land in a finalizer instead of in ``func``.

    >>> call_with_timeout(lambda: 6 * 7, timeout=5)
    42
    >>> import time
    >>> call_with_timeout(lambda: time.sleep(2), timeout=0.05)
    Traceback (most recent call last):
    graph.errors.QueryTimeout: ...
    """
    timeout = query_deadline(timeout)  # the command's --timeout where the caller gave the default
    outcome: dict[str, Any] = {}
    guard = threading.Lock()  # a cancellation is sent, and the end of func noted, under it

    def work():
        try:
            try:
                outcome["value"] = func()
            except _Cancelled:
                pass
            except BaseException as error:  # handed to the caller
                outcome["error"] = error
            with guard:
                outcome["finished"] = True
        except _Cancelled:  # sent just before func's end was noted
            pass

    # the worker sees the caller's context (the language of messages raised inside it) and its command's --timeout
    context = contextvars.copy_context()
    context.run(_INHERITED.set, command_deadline())
    worker = threading.Thread(target=context.run, args=(work,), name="g40kg-query", daemon=True)
    worker.start()
    worker.join(None if timeout is None else timeout + grace)
    if worker.is_alive():
        _ABANDONED.append(worker)
        _install_cancel_filter()
        threading.Thread(target=_cancel, args=(worker, guard, outcome), name="g40kg-cancel", daemon=True).start()
        raise QueryTimeout(msg("query_timeout", seconds=timeout))
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, G40Error):
            raise error
        if isinstance(error, SyntaxError):
            raise syntax_error(error, PROLOGUE_LINES, text) from None
        raise QueryError(msg("query_failed", reason=one_line(error))) from error
    return outcome.get("value")


def _cancel(worker: threading.Thread, guard: threading.Lock, outcome: dict, every: float = 0.25) -> None:
    """Interrupt ``worker`` until its query has ended (``outcome["finished"]``).

    An asynchronous exception lands at the thread's next bytecode, which may be a weakref callback
    or ``__del__`` run by the garbage collector in the middle of the query: Python reports it there
    as unraisable and the query goes on. So it is sent again every ``every`` s; under ``guard``, so
    that none is sent once the worker has noted the end of its query.
    """
    while worker.is_alive():
        with guard:
            if outcome.get("finished"):
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Cancelled))
        worker.join(every)


def _install_cancel_filter() -> None:
    """Keep a cancellation that landed in a finalizer out of the user's terminal (see :func:`_cancel`)."""
    previous = sys.unraisablehook
    if getattr(previous, "g40kg_cancel_filter", False):
        return

    def hook(unraisable):
        if not isinstance(unraisable.exc_value, _Cancelled):
            previous(unraisable)

    hook.g40kg_cancel_filter = True
    sys.unraisablehook = hook


#: workers that ran out of time but may still be inside native code (see abandoned_queries)
_ABANDONED: list[threading.Thread] = []


def abandoned_queries() -> int:
    """How many queries ran out of time and are still running: Oxigraph does not stop inside one
    native step (a COUNT over a cross product), so such a worker keeps a core busy until it
    returns. A server counts them before it starts more work (:mod:`graph.serve.protocol`)."""
    _ABANDONED[:] = [worker for worker in _ABANDONED if worker.is_alive()]
    return len(_ABANDONED)

