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

__all__ = ["read_sealed", "sealed_file"]

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
