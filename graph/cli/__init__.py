"""Command line: ``g40kg``. One module per command family registers its commands on :data:`cli`."""

from __future__ import annotations

import atexit
import os
import signal
import sys

import click

from ..heap import leave_without_teardown
from .base import cli

# Each module adds its commands to ``cli`` when imported.
from . import build_cmd  # noqa: E402,F401  build
from . import export_cmd  # noqa: E402,F401  export
from . import evaluate_cmd  # noqa: E402,F401  evaluate
from . import demo_cmd  # noqa: E402,F401  demo
from . import query_cmd  # noqa: E402,F401  query, questions, ask
from . import entity_cmd  # noqa: E402,F401  collaborators, entity, search
from . import network_cmd  # noqa: E402,F401  path, rank, communities, brokers
from . import viz_cmd  # noqa: E402,F401  viz
from . import serve_cmd  # noqa: E402,F401  serve
from . import store_cmd  # noqa: E402,F401  push
from . import validate_cmd  # noqa: E402,F401  validate
from . import privacy_cmd  # noqa: E402,F401  forget
from . import curation_cmd  # noqa: E402,F401  twins
from . import backup_cmd  # noqa: E402,F401  backup, restore

__all__ = ["cli", "main"]


def main() -> None:
    """Console-script entry point.

    SIGTERM (``kill``, cron, systemd, a CI timeout) is handled as Ctrl+C is — staging folders
    removed, workers stopped, one line saying what became of the graph — with exit status 143.
    """
    signal.signal(signal.SIGTERM, _terminated)
    leave_without_teardown()  # the process ends in _exit_now: a build's objects need not be freed first
    try:
        cli(prog_name="g40kg")
    except SystemExit as done:
        _exit_now(done.code)
    _exit_now(0)


def _exit_now(code) -> None:
    """Leave at once: run the exit handlers and flush the output, but skip tearing the
    interpreter down, which frees every object one by one (0.3–0.5 s after a build of 10,000
    documents; mypy leaves the same way). ``code`` as :class:`SystemExit` takes it."""
    atexit._run_exitfuncs()  # weakref finalizers (pinned graph copies), logging, temporary folders
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # a closed pipe (``g40kg … | head``): nothing left to say
            pass
        except (OSError, ValueError) as error:  # the last of the output on a full disk: it is incomplete
            if stream is sys.stdout and isinstance(error, OSError) and not code:
                from ..errors import CannotWriteOutput

                click.ClickException(str(CannotWriteOutput(error))).show()  # "Fout: …", as every error
                code = 1
    os._exit(code or 0)


def _terminated(signum, frame):
    from ..errors import Terminated

    raise Terminated()
