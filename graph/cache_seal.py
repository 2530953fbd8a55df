"""Seal the cache files a build writes, so that caches from a graph folder made elsewhere are never read.

A graph folder is meant to be shared: copied to a colleague, put on a shared drive. Its ``cache/``
holds files that are fast to read but unsafe when someone else made them: the extractions
(pickle: reading one can run code) and two indexes (marshal: "not secure against maliciously
constructed data"). So every such file carries a keyed hash (BLAKE2b with a key that only this
user has, kept outside the graph folder). A file whose seal does not match this user's key (a
folder from another machine or user, a file put there by hand, a damaged one) is not read: the
build extracts those documents again and says nothing more (``-v`` logs it). The graph itself
(``graph.nq``, ``manifest.json``) is data, not code, and is read as before.

The key is 32 random bytes in ``$XDG_CONFIG_HOME/g40kg/cache-key`` (else ``~/.config/g40kg/``),
created on first use, readable by the user only; where that cannot be written, in a folder of
this user in the temporary directory. Without any key, nothing is sealed and no cache is read
(the build is then as slow as a first build, but never unsafe).

Examples
--------
>>> unseal(seal(b"data"))
b'data'
>>> unseal(b"G40SEAL1" + bytes(32) + b"data") is None  # sealed with another key
True
>>> unseal(b"no seal at all") is None
True
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

__all__ = ["seal", "unseal", "warm_key"]

log = logging.getLogger(__name__)

_MAGIC = b"G40SEAL1"
_TAG = 32
_KEY_FILE = "cache-key"


def seal(data: bytes) -> bytes:
    """``data`` with this user's seal in front (see the module's docstring)."""
    key = _key()
    tag = _tag(key, data) if key else bytes(_TAG)
    return _MAGIC + tag + data


def unseal(blob: bytes) -> bytes | None:
    """The data :func:`seal` sealed, or None when the seal is not this user's (or missing)."""
    key = _key()
    if key is None or len(blob) < len(_MAGIC) + _TAG or not blob.startswith(_MAGIC):
        return None
    data = memoryview(blob)[len(_MAGIC) + _TAG:]
    if not hmac.compare_digest(_tag(key, data), blob[len(_MAGIC):len(_MAGIC) + _TAG]):
        return None
    return bytes(data)


def warm_key() -> None:
    """Read (or make) the key now, so that processes forked afterwards share it instead of each reading it."""
    _key()


def _tag(key: bytes, data) -> bytes:
    return hashlib.blake2b(data, key=key, digest_size=_TAG).digest()


@lru_cache(maxsize=1)
def _key() -> bytes | None:
    """This user's cache key, made on first use (None when no place for it can be written)."""
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    for folder in (Path(config) / "g40kg", Path(tempfile.gettempdir()) / f"g40kg-{_user_id()}"):
        try:
            return _read_or_make_key(folder)
        except OSError as error:
            log.debug("no cache key in %s (%s)", folder, error)
    log.info("no place for a cache key: caches are neither sealed nor read")
    return None


def _read_or_make_key(folder: Path) -> bytes:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
        raise PermissionError(f"{folder} belongs to another user")
    path = folder / _KEY_FILE
    if not path.exists():  # made once, atomically: a second process making it at the same time keeps the first key
        draft = folder / f".{_KEY_FILE}.{os.getpid()}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(_TAG))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    key = path.read_bytes()
    if len(key) != _TAG:
        raise OSError(f"{path} is not a cache key")
    return key


def _user_id() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
