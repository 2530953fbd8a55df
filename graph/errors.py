"""Domain errors with user-facing messages. The CLI translates them; nothing here imports click."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .messages import CATALOGUE, msg

__all__ = [
    "EXIT_BUSY",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "EXIT_WARNINGS",
    "G40Error",
    "InputError",
    "GraphMissingError",
    "NotAGraph",
    "NewerFormat",
    "ValidationFailed",
    "QueryError",
    "QueryTimeout",
    "UnknownName",
    "CannotWrite",
    "CannotWriteOutput",
    "Terminated",
    "interrupt_status",
]

#: The exit statuses of every command, set here (the classes below) and nowhere else; the README
#: ("Voor scripts") and ``g40kg --help`` list them. 0 is success.
EXIT_FAILED = 1  # the command could not do its work: SHACL violations, no graph, no path found, a server that fails
EXIT_USAGE = 2  # the command line or a file given must change (click's own usage errors too)
EXIT_WARNINGS = 3  # build --strict: the graph was built and saved, with warnings (files skipped, undated …)
EXIT_BUSY = 75  # EX_TEMPFAIL (sysexits.h): another build holds the graph's lock; try again later
EXIT_TIMEOUT = 124  # as timeout(1): a query ran past --timeout
EXIT_INTERRUPTED = 130  # Ctrl+C: 128 + SIGINT, as a shell reports it
EXIT_TERMINATED = 143  # SIGTERM (kill, cron, systemd, a CI timeout): 128 + SIGTERM


class G40Error(Exception):
    """Base class: ``str(error)`` is a one-line message for the user; ``code`` names the kind of error
    in every language (``--format json``'s ``code``, walkthrough 18 finding 2: ``failed``, ``input``,
    ``no_graph``, ``not_a_graph``, ``newer_format``, ``validation_failed``, ``query``, ``timeout``,
    ``unknown_name``, ``cannot_write``, ``busy``, ``remote``)."""

    code = "failed"
    exit_code = EXIT_FAILED


class InputError(G40Error):
    """A file or argument the user gave cannot be used."""

    code = "input"
    exit_code = EXIT_USAGE


class GraphMissingError(G40Error):
    """No graph has been built at the given location yet.

    The message names the folder it looked in in full (".g40kg" in which folder?) and a graph of the
    same name one folder up, where a user who went one folder deeper ("cd docs") left it; it asks
    for a build of the user's documents, since a bare ``g40kg build`` builds the bundled examples
    (walkthrough 19, finding 2).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "docs").mkdir(); (root / ".g40kg").mkdir(); _ = (root / ".g40kg" / "manifest.json").write_text("{}")
    >>> str(GraphMissingError(root / "docs" / ".g40kg")) == (
    ...     f"geen graaf in {root}/docs/.g40kg: voer eerst 'g40kg build MAP' uit, met MAP de map van uw documenten "
    ...     f"(of geef --graph); één map hoger staat wel een graaf: geef --graph {root}/.g40kg")
    True
    """

    code = "no_graph"

    def __init__(self, path):
        # a folder with other things in it is no place to build either: say so, not "build first"
        occupied = Path(path).is_dir() and any(Path(path).iterdir())
        super().__init__(NotAGraph.message(path) if occupied else self.message(path))
        self.path = path

    @staticmethod
    def message(path) -> str:
        """The one line for ``path``, where there is no graph, naming one at the same name a folder up."""
        shown = Path(os.path.abspath(path))
        up = shown.parent.parent / shown.name
        found = (up / "manifest.json").is_file() and up != shown
        flag = up if Path(path).is_absolute() else os.path.relpath(up)  # "--graph ../.g40kg"
        hint = msg("no_graph_up", graph=flag) if found else ""
        return msg("no_graph", path=shown, hint=hint)


class NotAGraph(G40Error):
    """The folder ``path`` holds other things than a graph, so no command reads it and no build replaces it.

    A folder with a ``graph.nq`` but no ``manifest.json`` (a backup of the export alone) is told the
    way forward: the saved manifest beside it makes it a graph again, or a build into an empty folder.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.txt").write_text("x")
    >>> str(NotAGraph(folder)) == f"{folder} bestaat en is geen g40kg-graaf; kies een andere --graph"
    True
    >>> _ = (folder / "graph.nq").write_text("")
    >>> str(NotAGraph(folder)).split(",")[0] == f"{folder} bevat graph.nq maar geen manifest.json"
    True
    """

    code = "not_a_graph"

    def __init__(self, path):
        super().__init__(self.message(path))
        self.path = path

    @staticmethod
    def message(path) -> str:
        """The one line for the folder ``path``, which exists and is not empty."""
        export = (Path(path) / "graph.nq").is_file() and not (Path(path) / "manifest.json").exists()
        return msg("graph_file_alone" if export else "not_a_graph", path=path)


class NewerFormat(G40Error):
    """The graph folder was written by a newer g40kg, in a layout this one cannot read or write safely
    (its manifest's ``format_version`` is above :data:`graph.disk_layout.FORMAT_VERSION`)."""

    code = "newer_format"

    def __init__(self, path, found: int, supported: int, version):
        super().__init__(msg("newer_format", path=path, found=found, supported=supported,
                             version=version or "?"))
        self.path = path


class ValidationFailed(G40Error):
    """The graph violates the SHACL shapes; ``report`` holds the details."""

    code = "validation_failed"

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


class QueryError(G40Error):
    """A SPARQL query could not be parsed or run."""

    code = "query"
    exit_code = EXIT_USAGE


class QueryTimeout(G40Error):
    """A query ran longer than its timeout."""

    code = "timeout"
    exit_code = EXIT_TIMEOUT


class UnknownName(G40Error):
    """A name (entity, ministry, question) that matches nothing; ``suggestions`` may help.

    ``kind`` ("ministry", "question" …) picks the message ``unknown_name_<kind>`` of the catalogue, a whole
    phrase per kind, since the Dutch adjective agrees with the noun (onbekend ministerie, onbekende vraag).
    """

    code = "unknown_name"
    exit_code = EXIT_USAGE

    def __init__(self, kind: str, name: str, suggestions=(), otherwise: str = ""):
        """``otherwise``: the hint when there are no suggestions (the names there are, say)."""
        self.kind, self.name, self.suggestions = kind, name, list(suggestions)
        options = ", ".join(repr(s) for s in self.suggestions)
        name = name if len(name) <= 80 else name[:79] + "…"  # the error stays one readable line
        hint = msg("did_you_mean", options=options) if self.suggestions else otherwise
        if f"unknown_name_{kind}" in CATALOGUE:
            text = msg(f"unknown_name_{kind}", name=name, hint=hint)
        else:
            text = msg("unknown_name", kind=kind, name=name, hint=hint)
        super().__init__(text)


class CannotWrite(G40Error):
    """A file or folder the user named (``-o``, ``--graph``) cannot be written; ``error`` says why."""

    code = "cannot_write"

    def __init__(self, path, error: OSError):
        # mkdir reports a parent that is a file as "File exists"; what the user must hear is this
        reason = os.strerror(errno.ENOTDIR) if isinstance(error, FileExistsError) else error.strerror or str(error)
        super().__init__(msg("cannot_write", path=path, reason=reason))


class CannotWriteOutput(G40Error):
    """Standard output cannot be written (a full disk under ``> file``); ``error`` says why.

    >>> str(CannotWriteOutput(OSError(28, "No space left on device")))
    'kan de uitvoer (stdout) niet schrijven (No space left on device); wat er al staat is onvolledig'
    """

    code = "cannot_write"

    def __init__(self, error: OSError):
        super().__init__(msg("cannot_write_stdout", reason=error.strerror or str(error)))


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the signal arrives (``graph.cli.main`` installs the handler): a
    :class:`KeyboardInterrupt`, so every cleanup and message that Ctrl+C gets happens for it too,
    with its own exit status."""

    exit_code = EXIT_TERMINATED


def interrupt_status(interrupt: BaseException) -> int:
    """The exit status of an interrupt: 143 for SIGTERM (:class:`Terminated`), else 130 (Ctrl+C).

    >>> interrupt_status(KeyboardInterrupt()), interrupt_status(Terminated())
    (130, 143)
    """
    return getattr(interrupt, "exit_code", EXIT_INTERRUPTED)


def read_utf8(path) -> str:
    """The text of the user's file ``path``; :class:`InputError` in one line when it cannot be read
    or is not UTF-8 (a binary file given as a query, a gold file or facts).

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "q.rq"
    >>> _ = bad.write_bytes(b"ASK \\xff")
    >>> try:
    ...     read_utf8(bad)
    ... except InputError as error:
    ...     print(str(error).split(": ", 1)[1])
    geen UTF-8-tekst (byte 4)
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(msg("not_utf8", path=path, position=error.start)) from None
    except OSError as error:
        raise InputError(msg("unreadable", path=path, reason=error.strerror or error)) from None
