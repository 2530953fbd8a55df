"""Command line: ``g40kg``. One module per command family registers its commands on :data:`cli`."""

from __future__ import annotations

import signal

from .base import cli

# Each module adds its commands to ``cli`` when imported.
from . import build_cmd  # noqa: E402,F401  build, validate, export, evaluate, demo
from . import query_cmd  # noqa: E402,F401  query, questions, ask, collaborators, entity, search, path, rank, communities
from . import viz_cmd  # noqa: E402,F401  viz
from . import serve_cmd  # noqa: E402,F401  serve
from . import store_cmd  # noqa: E402,F401  push
from . import validate_cmd  # noqa: E402,F401  validate

__all__ = ["cli", "main"]


def main() -> None:
    """Console-script entry point.

    SIGTERM (``kill``, a CI timeout) becomes a normal exit, so the cleanup that Ctrl+C gets —
    staging folders removed, workers stopped — happens then too.
    """
    signal.signal(signal.SIGTERM, _terminated)
    cli(prog_name="g40kg")


def _terminated(signum, frame):
    raise SystemExit(128 + signum)
