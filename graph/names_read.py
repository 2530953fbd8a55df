"""Where the lines go that say which entity a typed part of a name was read as (:func:`graph.names.resolve_entity`):
a module of its own, without rdflib, so that every command can open the block (:class:`graph.cli.base.G40Command`)."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["READ_AS", "names_read_as"]

#: what to do with a name read as an entity it is part of (:func:`names_read_as`); None: nothing
READ_AS: ContextVar = ContextVar("g40kg.names_read_as", default=None)


@contextmanager
def names_read_as(tell):
    """Within the block, ``tell(line)`` is called once for each typed name that :func:`graph.names.resolve_entity`
    read as the one entity whose name it is part of, with the line that says so (:func:`graph.names.read_as_line`):
    the command line prints it on stderr, the explorer shows it above an answer."""
    told: set[str] = set()

    def once(line: str) -> None:
        if line not in told:
            told.add(line)
            tell(line)

    token = READ_AS.set(once)
    try:
        yield
    finally:
        READ_AS.reset(token)
