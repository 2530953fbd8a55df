"""The extraction rules' regular expressions, compiled once and kept on disk for the next process.

Importing the rules compiles about 1,100 regular expressions: 0.12 s of processor time that every
process pays again, a cold ``g40kg build`` after one changed document included. Python's ``re``
parses a pattern and turns it into code for its matching engine in pure Python, then hands that
code to the engine (``_sre.compile``). While the rules are imported (:class:`RulesCompiled`), their
``re.compile`` calls take that code from a file an earlier import wrote and hand it to the engine
the same way: each pattern object is equal (``==``: the same pattern text, flags and engine code)
to the one ``re.compile`` makes, so nothing a rule finds changes.

The file is kept per interpreter (``patterns-cpython-311.bin``) in ``$XDG_CACHE_HOME/g40kg/``
(else ``~/.cache/g40kg/``) and sealed like a build's caches (:mod:`graph.cache_seal`): a file
this user's key did not seal, another interpreter's or a damaged one is not read. A pattern the
file does not hold (a rule added or changed) is compiled by ``re`` as before; its engine code is
made again here, kept only when the two patterns are equal, and the file is written again. Where ``re``'s parser and ``_sre.compile`` are not as this
module knows them, or no file can be written, every pattern is compiled by ``re``.

Examples
--------
>>> import re
>>> with RulesCompiled(__name__, path=None) as rules:
...     pattern = re.compile(r"\\bsamen\\s+met\\b", re.I)
>>> pattern == re.compile(r"\\bsamen\\s+met\\b", re.I), re.compile is _RE_COMPILE, len(rules.used)
(True, True, 1)
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import sys
from pathlib import Path

try:  # the parser and engine behind re.compile (private: without them nothing is kept)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = None

__all__ = ["RulesCompiled", "cache_path", "engine_code"]

log = logging.getLogger(__name__)

_RE_COMPILE = re.compile
#: the interpreter whose engine code a file holds: a file made by another one is not read
_INTERPRETER = f"{sys.version}|{getattr(_sre, 'MAGIC', None)}|{getattr(_sre, 'CODESIZE', None)}"


#: the file holds at most this many times the patterns of one import (the rest: other versions of the rules)
KEPT_BESIDE = 1.5


def cache_path() -> Path:
    """Where this interpreter's file of compiled patterns is kept."""
    folder = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(folder) / "g40kg" / f"patterns-{sys.implementation.cache_tag}.bin"


class RulesCompiled:
    """From :meth:`start` to :meth:`stop`, ``re.compile`` called by a module of ``package`` takes a
    pattern's engine code from the file at ``path`` (default :func:`cache_path`; None: no file) when
    it holds it; :meth:`stop` writes the file again if it lacked a pattern compiled in between (see
    :data:`KEPT_BESIDE`). Also a context manager. A pattern another module compiles, a bytes pattern
    or one with ``re.DEBUG`` is compiled by ``re`` as always."""

    def __init__(self, package: str, *, path: Path | None | str = "default"):
        self.package = package
        self.path = cache_path() if path == "default" else path
        self.known: dict = {}
        self.used: dict = {}
        self.made = 0  # patterns whose engine code was made here, not read

    def start(self) -> RulesCompiled:
        if _sre is not None:
            self.known = _read(self.path)
            re.compile = self.compile
        return self

    def stop(self) -> None:
        if re.compile == self.compile:
            re.compile = _RE_COMPILE
        if self.path is None or not (self.made or len(self.known) > KEPT_BESIDE * len(self.used)):
            return
        # the patterns of other versions of the rules are kept while they are few (two checkouts run
        # in turn do not write the file every time), dropped once there are too many
        kept = {**self.known, **self.used}
        _write(self.path, kept if len(kept) <= KEPT_BESIDE * len(self.used) else self.used)

    def __enter__(self) -> RulesCompiled:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def compile(self, pattern, flags=0):  # noqa: A003 - stands in for re.compile
        name = sys._getframe(1).f_globals.get("__name__", "")
        if (type(pattern) is not str or flags & re.DEBUG
                or not (name == self.package or name.startswith(self.package + "."))):
            return _RE_COMPILE(pattern, flags)
        key = (pattern, int(flags))
        entry = self.known.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compiled by re below
                pass
            else:
                self.used[key] = entry
                return compiled
        compiled = _RE_COMPILE(pattern, flags)
        entry = engine_code(pattern, int(flags), compiled)
        if entry is not None:
            self.used[key] = entry
            self.made += 1
        return compiled


def engine_code(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """The arguments ``_sre.compile`` takes after the pattern text, as ``re``'s own compiler makes
    them for ``pattern`` (as :mod:`re._compiler`'s ``compile`` does), or None when the pattern they
    make is not equal to ``compiled`` (``re.compile``'s result) in every part that matters."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        entry = (int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(indexgroup))
        again = _sre.compile(pattern, *entry)
    except Exception:  # noqa: BLE001 - a parser unlike the one this module knows: not kept
        return None
    if (again != compiled or again.flags != compiled.flags or again.groups != compiled.groups
            or again.groupindex != compiled.groupindex):
        return None
    return entry


def _read(path: Path | None) -> dict:
    from ..cache_seal import unseal

    if path is None:
        return {}
    try:
        data = unseal(path.read_bytes())
        interpreter, table = marshal.loads(data) if data is not None else (None, None)
    except (OSError, ValueError, EOFError, TypeError) as error:
        log.debug("compiled patterns not read from %s (%s)", path, error)
        return {}
    return table if interpreter == _INTERPRETER and isinstance(table, dict) else {}


def _write(path: Path, table: dict) -> None:
    from ..cache_seal import seal

    draft = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        draft.write_bytes(seal(marshal.dumps((_INTERPRETER, table))))
        os.replace(draft, path)
    except (OSError, ValueError) as error:  # a read-only home, a full disk: compiled by re next time too
        log.debug("compiled patterns not written to %s (%s)", path, error)
        try:
            draft.unlink()
        except OSError:
            pass
