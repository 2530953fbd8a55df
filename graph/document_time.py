"""A time limit on the extraction of one document (``build --max-document-time``).

Extraction is linear in a document's length and ``--max-document-size`` leaves out huge files, but
one pathological document (a rule meeting text it was never written for) could still hold the
build, and the graph's lock, all night. :func:`time_limit` stops the work of its block after a
number of seconds with :class:`TimeLimitPassed`; the build then leaves that document out with one
warning naming it (:func:`over_time_warning`), goes on with the others, and does not cache it, so
the next build tries it again.

How: ``signal.setitimer`` (``ITIMER_REAL``) and a ``SIGALRM`` handler that raises. A signal
handler runs between two Python instructions, also inside a long regular expression (``re``
checks for signals while it matches) and a ``sleep``, and costs one system call a document. Only
the main thread of a process may set a handler, and that is where extraction runs: in the build's
own process (a command) and in each worker process of :mod:`graph.workers` (forked; a pool worker
runs its jobs in its main thread). Called in another thread (a build started from a thread of a
program of one's own), the block runs without a limit, and a debug line says so.

Examples
--------
>>> with time_limit(5):
...     sum(range(10))
45
>>> import time
>>> with time_limit(0.05):
...     time.sleep(30)
Traceback (most recent call last):
graph.document_time.TimeLimitPassed: 0.05
>>> over_time_warning("docs/log.txt", 120)
'docs/log.txt: overgeslagen, de extractie duurde langer dan 120 s (ruimer of zonder grens: build --max-document-time 240 of 0); de volgende bouw probeert het opnieuw'
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager

from .messages import CATALOGUE, get_language
from .build_warnings import coded

__all__ = ["MAX_DOCUMENT_TIME", "TimeLimitPassed", "over_time_warning", "time_limit"]

log = logging.getLogger(__name__)

#: the default limit, in seconds (``build --max-document-time``): about eight million characters of
#: ordinary text, so a document under the size limit (5 million) never meets it unless something is wrong
MAX_DOCUMENT_TIME = 120.0

CATALOGUE.update({
    "over_time": {"nl": "{path}: overgeslagen, de extractie duurde langer dan {limit} s (ruimer of zonder grens: "
                        "build --max-document-time {larger} of 0); de volgende bouw probeert het opnieuw",
                  "en": "{path}: skipped, its extraction took longer than {limit} s (a larger limit or none: "
                        "build --max-document-time {larger} or 0); the next build tries it again"},
})


class TimeLimitPassed(BaseException):
    """The block of :func:`time_limit` ran longer than its limit (the argument: the limit in seconds).

    A ``BaseException``, like ``KeyboardInterrupt``: code in the block that catches ``Exception`` (a
    rule that tolerates a failure) does not swallow it."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`TimeLimitPassed` in the block once it has run ``seconds`` (None or 0: no limit).

    The timer is stopped when the block ends; an alarm that came just before is ignored rather
    than raised after the block. The previous ``SIGALRM`` handler is put back.

    >>> with time_limit(None):
    ...     "no limit"
    'no limit'
    """
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        log.debug("time limit of %s s not applied: not in the main thread", seconds)
        yield
        return
    armed = [True]

    def passed(signum, frame):
        if armed[0]:
            armed[0] = False
            raise TimeLimitPassed(seconds)

    previous = signal.signal(signal.SIGALRM, passed)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        armed[0] = False
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def over_time_warning(path: str, limit: float) -> str:
    """The warning for a document left out because its extraction passed ``limit`` seconds.

    >>> over_time_warning("a.txt", 0.5).split(" (")[0]
    'a.txt: overgeslagen, de extractie duurde langer dan 0,5 s'
    """
    number = f"{limit:g}"
    larger = f"{max(2 * limit, 1):g}"
    if get_language() == "nl":
        number, larger = number.replace(".", ","), larger.replace(".", ",")
    return coded("over_time", path=path, limit=number, larger=larger)
