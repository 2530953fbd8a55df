"""The cache key: made once per user, outside the graph folder; a place that cannot hold it is skipped."""

from __future__ import annotations

import os
import stat

import pytest

import graph.cache_seal as cache_seal


@pytest.fixture(autouse=True)
def _fresh_key():
    cache_seal._key.cache_clear()
    yield
    cache_seal._key.cache_clear()


def test_the_key_is_made_once_readable_by_the_user_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    sealed = cache_seal.seal(b"data")
    key_file = tmp_path / "config" / "g40kg" / "cache-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and len(key_file.read_bytes()) == 32
    cache_seal._key.cache_clear()  # a later process reads the same key
    assert cache_seal.unseal(sealed) == b"data"


def test_a_config_folder_that_cannot_hold_the_key_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the config folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    assert cache_seal.unseal(cache_seal.seal(b"x")) == b"x"
    assert (tmp_path / "tmp" / f"g40kg-{os.getuid()}" / "cache-key").is_file()


def test_without_any_place_for_a_key_nothing_is_trusted(monkeypatch):
    monkeypatch.setattr(cache_seal, "_read_or_make_key", lambda folder: (_ for _ in ()).throw(OSError("read-only")))
    assert cache_seal.unseal(cache_seal.seal(b"x")) is None
