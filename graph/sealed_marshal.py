"""A cache file beside the graph that is a sealed, stamped ``marshal`` dict (:mod:`graph.cache_seal`): written
with the stamp of the code it was made under, read back only when sealed by this user, undamaged and of that stamp.

Examples
--------
>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "kept.marshal"
>>> _ = path.write_bytes(sealed_file("v1", facts=frozenset({1})))
>>> read_sealed(path, "v1"), read_sealed(path, "v2"), read_sealed(path.with_name("none"), "v1")
({'format': 'v1', 'facts': frozenset({1})}, None, None)
"""

from __future__ import annotations

import logging
import marshal
from pathlib import Path

from .cache_seal import seal, unseal
from .disk_layout import CACHE_DIR

__all__ = ["read_kept", "read_sealed", "sealed_file"]

log = logging.getLogger(__name__)


def sealed_file(stamp, **fields) -> bytes:
    """The bytes of a file holding ``fields`` under ``stamp`` (its ``format``)."""
    return seal(marshal.dumps({"format": stamp, **fields}))


def read_sealed(path: Path, stamp) -> dict | None:
    """The dict of the file at ``path``; None when there is none, it is damaged, sealed by another user or
    of another ``stamp``."""
    try:
        data = unseal(Path(path).read_bytes())
        kept = marshal.loads(data) if data is not None else None
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged file: what it kept is made anew
        log.debug("cache file %s unusable (%s)", path, error)
        return None
    return kept if isinstance(kept, dict) and kept.get("format") == stamp else None


def read_kept(graph_path: Path | None, name: str, stamp, kind, **types):
    """``kind`` (a ``NamedTuple``) of the fields ``types`` names, read from the file ``name`` in the graph's cache
    folder: None without a graph, when :func:`read_sealed` gives nothing, or when a field is not of its type.

    >>> import tempfile
    >>> from typing import NamedTuple
    >>> class Kept(NamedTuple):
    ...     key: str
    ...     facts: frozenset
    >>> graph = Path(tempfile.mkdtemp()); (graph / CACHE_DIR).mkdir()
    >>> _ = (graph / CACHE_DIR / "kept.marshal").write_bytes(sealed_file("v1", key="k", facts=frozenset({1})))
    >>> read_kept(graph, "kept.marshal", "v1", Kept, key=str, facts=frozenset)
    Kept(key='k', facts=frozenset({1}))
    >>> read_kept(graph, "kept.marshal", "v1", Kept, key=bytes, facts=frozenset), read_kept(None, "kept.marshal", "v1", Kept)
    (None, None)
    """
    kept = read_sealed(Path(graph_path) / CACHE_DIR / name, stamp) if graph_path is not None else None
    if kept is None or not all(isinstance(kept.get(field), type_) for field, type_ in types.items()):
        return None
    return kind(**{field: kept[field] for field in types})

