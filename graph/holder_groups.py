"""Which holders of an office are one person by their names, kept from the previous build.

The tenure inference (:mod:`graph.tenure`) puts each holder of a single office with the holders
whose names are variants of its own (:func:`graph.twins.name_variants`). At 10,000 documents that
parses the names of some 3,000 holders on every build, a tenth of a rebuild after one changed
document, though an office whose holders and names did not change gets the same groups again.
So a build keeps each office's groups in ``cache/holder-groups.marshal`` under a hash of what
they were made from: the holders in order, their names, the pairs said to be two people among
them, and the source of the code that compares names. The next build reuses the groups whose
hash it finds and compares names only for the offices that changed.

Examples
--------
>>> known = KnownGroups()
>>> key = known.key(["p/a", "p/b"], {"p/a": "M. de Vries", "p/b": "Maria de Vries"}, set())
>>> known.get(key) is None
True
>>> known.put(key, [0, 0])
>>> KnownGroups.loads(known.dumps()).get(key)
[0, 0]
>>> key == known.key(["p/a", "p/b"], {"p/a": "M. de Vries", "p/b": "Maria de Vries"}, {frozenset(("p/x", "p/y"))})
True
>>> key == known.key(["p/a", "p/b"], {"p/a": "M. de Vries", "p/b": "Maria de Vries"}, {frozenset(("p/a", "p/b"))})
False
"""

from __future__ import annotations

import hashlib
import logging
import marshal
from functools import lru_cache
from pathlib import Path

from .cache_seal import seal, unseal
from .disk_layout import CACHE_DIR

__all__ = ["GROUPS_FILE", "KnownGroups", "load_known_groups"]

log = logging.getLogger(__name__)

#: the file in a graph's ``cache/`` folder that holds the groups of the last build
GROUPS_FILE = "holder-groups.marshal"


@lru_cache(maxsize=1)
def _code_fingerprint() -> bytes:
    """A hash of the modules whose code decides the groups: another version compares afresh."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("holder_groups.py", "names.py", "tenure.py", "twins.py"):
        digest.update((package / name).read_bytes())
    return digest.digest()


class KnownGroups:
    """The groups of each office's holders (``[0, 0, 2]``: for each holder, in order, the position of
    the first holder of its group), by the hash of what they were made from (:meth:`key`); those the
    previous build made, and those this build used (:meth:`dumps`, for the next)."""

    def __init__(self, known: dict[bytes, list[int]] | None = None):
        self.known = known or {}
        self.used: dict[bytes, list[int]] = {}

    @staticmethod
    def key(holders: list[str], names: dict[str, str], apart) -> bytes:
        """The hash of ``holders`` (in order), their ``names`` and the pairs of them in ``apart``."""
        within = set(holders)
        pairs = sorted(sorted(pair) for pair in apart if pair <= within)
        data = marshal.dumps((holders, [names.get(h) for h in holders], pairs))
        return hashlib.sha256(_code_fingerprint() + data).digest()

    def get(self, key: bytes) -> list[int] | None:
        """The groups kept under ``key``, or None."""
        found = self.known.get(key)
        if found is not None:
            self.used[key] = found
        return found

    def put(self, key: bytes, groups: list[int]) -> None:
        """Keep ``groups`` under ``key`` for the next build."""
        self.used[key] = groups

    def dumps(self) -> bytes:
        """The groups this build used, sealed (:mod:`graph.cache_seal`)."""
        return seal(marshal.dumps(self.used))

    @classmethod
    def loads(cls, data: bytes) -> "KnownGroups":
        """The groups :meth:`dumps` wrote; none when ``data`` is not sealed by this user or unreadable."""
        raw = unseal(data)
        try:
            known = marshal.loads(raw) if raw is not None else {}
        except (ValueError, EOFError, TypeError):
            known = {}
        return cls(known if isinstance(known, dict) else {})


def load_known_groups(graph_path: Path | None) -> KnownGroups:
    """The groups kept with the graph at ``graph_path`` (None: none)."""
    if graph_path is None:
        return KnownGroups()
    try:
        data = (Path(graph_path) / CACHE_DIR / GROUPS_FILE).read_bytes()
    except OSError:
        return KnownGroups()
    known = KnownGroups.loads(data)
    log.debug("%d offices' holder groups kept from the previous build", len(known.known))
    return known
