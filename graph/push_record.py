"""What a graph folder pushed where: the record in ``cache/push/`` that makes a push incremental.

Per target address (``targets.json``):

* ``graphs`` — each named graph the server holds from this folder, with the checksum of the
  content it was sent with (:func:`graph_checksum`); a graph whose request failed half way is
  kept with checksum ``None`` (sent again next time, deleted there once the graph is removed);
* ``union`` — the name of a hard link to the ``graph.nq`` whose union the server's default graph
  holds after the last complete push (a rebuild writes a new ``graph.nq``, so the link keeps the
  old one alive: one extra copy of ``graph.nq`` on disk until the next push), and its
  ``union_stamp``: a file written over ``graph.nq`` in place changes the link too, and then the
  union is taken as unknown;
* ``uncertain`` — the name of a file of triples a failed (or killed) push was adding to or
  deleting from the default graph: the server may or may not hold them, so the next push deletes
  those not in the graph and adds those that are (written before the first such request);
* ``stamp`` — ``graph.nq``'s inode, size and modification time at the last complete push: the
  same stamp means nothing changed, without reading the file.

The folder's own identifier (``folder-id``, random, made at the first push and carried over by
every rebuild with the rest of the cache) is written to the server in the push's completion graph
(:mod:`graph.push_marker`), so that a push recognises its own earlier pushes there under another
address.

Examples
--------
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> records = read_records(folder)
>>> records
{}
>>> record = records.setdefault("http://h/store", TargetRecord())
>>> record.graphs["urn:g"] = graph_checksum([b"<urn:a> <urn:b> <urn:c> ."])
>>> write_records(folder, records)
>>> read_records(folder)["http://h/store"].graphs == record.graphs
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

__all__ = ["TargetRecord", "read_records", "write_records", "graph_checksum", "folder_id", "file_stamp",
           "keep_union", "pin_graph_file", "union_path", "read_uncertain", "write_uncertain", "push_folder"]

log = logging.getLogger(__name__)

RECORD_FILE = "targets.json"
FOLDER_ID_FILE = "folder-id"


@dataclass
class TargetRecord:
    """What one target holds from this graph folder (see the module docstring)."""

    graphs: dict[str, str | None] = field(default_factory=dict)
    union: str | None = None
    uncertain: str | None = None
    stamp: list[int] | None = None
    union_stamp: list[int] | None = None
    triples: int = 0
    default_graph_triples: int = 0

    def as_dict(self) -> dict:
        return {"graphs": dict(sorted(self.graphs.items())), "union": self.union, "uncertain": self.uncertain,
                "stamp": self.stamp, "union_stamp": self.union_stamp, "triples": self.triples,
                "default_graph_triples": self.default_graph_triples}


def push_folder(graph_path: Path) -> Path:
    """The folder of the push record: ``cache/push/`` of the graph at ``graph_path``."""
    from .disk_layout import CACHE_DIR

    return Path(graph_path) / CACHE_DIR / "push"


def read_records(graph_path: Path) -> dict[str, TargetRecord]:
    """Target address → :class:`TargetRecord` ({} when nothing was recorded or the record is unreadable).

    A record of an older g40kg (address → list of graph names) gives the names without checksums:
    those graphs are sent again once, and deleted when their documents go.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> push_folder(folder).mkdir(parents=True)
    >>> _ = (push_folder(folder) / RECORD_FILE).write_text('{"http://h/store": ["urn:g"]}')
    >>> read_records(folder)["http://h/store"].graphs
    {'urn:g': None}
    """
    try:
        raw = json.loads((push_folder(graph_path) / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    records = {}
    def stamp_of(value) -> list[int] | None:
        return value if isinstance(value, list) and len(value) == 3 and all(isinstance(n, int) for n in value) else None

    for url, entry in (raw.items() if isinstance(raw, dict) else ()):
        if isinstance(entry, list):  # the older record: the names only
            records[url] = TargetRecord(graphs={name: None for name in entry if isinstance(name, str)})
        elif isinstance(entry, dict) and isinstance(entry.get("graphs"), dict):
            records[url] = TargetRecord(
                graphs={name: value if isinstance(value, str) else None for name, value in entry["graphs"].items()},
                union=_file_name(entry.get("union")), uncertain=_file_name(entry.get("uncertain")),
                stamp=stamp_of(entry.get("stamp")), union_stamp=stamp_of(entry.get("union_stamp")),
                triples=_count(entry.get("triples")), default_graph_triples=_count(entry.get("default_graph_triples")))
    return records


def _count(value) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _file_name(value) -> str | None:
    """A plain file name of the record (no path: the record never points outside its folder)."""
    return value if isinstance(value, str) and value and "/" not in value and value not in (".", "..") else None


def write_records(graph_path: Path, records: dict[str, TargetRecord]) -> None:
    """Keep ``records`` in ``cache/push/`` (atomically), and delete the union links and files of
    uncertain triples no record names any more."""
    from .store import atomic_write

    folder = push_folder(graph_path)
    text = json.dumps({url: record.as_dict() for url, record in sorted(records.items())},
                      ensure_ascii=False, indent=1) + "\n"
    atomic_write(folder / RECORD_FILE, text)
    named = {name for record in records.values() for name in (record.union, record.uncertain) if name}
    for leftover in folder.glob("*.n[qt]"):
        if leftover.name not in named:
            leftover.unlink(missing_ok=True)
    from .store import _alive  # the same test as for a killed build's staging folder

    for leftover in folder.glob(".union-*.tmp"):  # the pinned graph.nq of a push that was killed
        pid = leftover.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def graph_checksum(lines: Iterable[bytes]) -> str:
    """A checksum of a graph's N-Triples lines, whatever their order.

    >>> graph_checksum([b"<urn:a> <urn:b> <urn:c> .", b"<urn:a> <urn:b> <urn:d> ."]) == \\
    ...     graph_checksum([b"<urn:a> <urn:b> <urn:d> .", b"<urn:a> <urn:b> <urn:c> ."])
    True
    """
    digest = hashlib.blake2b(digest_size=16)
    for line in sorted(lines):
        digest.update(line)
        digest.update(b"\n")
    return digest.hexdigest()


def folder_id(graph_path: Path) -> str:
    """This graph folder's identifier on servers (made at the first push, kept across rebuilds).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> folder_id(folder) == folder_id(folder) and len(folder_id(folder)) == 32
    True
    """
    from .store import atomic_write

    path = push_folder(graph_path) / FOLDER_ID_FILE
    try:
        known = path.read_text(encoding="utf-8").strip()
    except OSError:
        known = ""
    if len(known) == 32 and all(c in "0123456789abcdef" for c in known):
        return known
    made = secrets.token_hex(16)
    try:
        atomic_write(path, made + "\n")
    except OSError:  # a folder we may read but not write: an identifier of its place, the same every time
        return hashlib.blake2b(os.path.realpath(graph_path).encode("utf-8"), digest_size=16).hexdigest()
    return made


def file_stamp(path: Path) -> list[int]:
    """The inode, size and modification time of ``path``: a build that writes it anew changes them."""
    status = os.stat(path)
    return [status.st_ino, status.st_size, status.st_mtime_ns]


def _target_key(url: str) -> str:
    return hashlib.blake2b(url.encode("utf-8"), digest_size=8).hexdigest()


def union_path(graph_path: Path, record: TargetRecord) -> Path | None:
    """The ``graph.nq`` whose union the target's default graph holds, if known, still there and
    unchanged: a file copied over ``graph.nq`` in place (``cp backup/graph.nq``) would change
    the linked one too, and then the union it recorded is no longer known."""
    if record.union is None:
        return None
    path = push_folder(graph_path) / record.union
    try:
        return path if file_stamp(path) == record.union_stamp else None
    except OSError:
        return None


def pin_graph_file(graph_path: Path, url: str, nquads: Path) -> Path:
    """A hard link to ``nquads`` in ``cache/push/`` (a copy where the file system cannot link): the
    push reads it, and keeps it as the union it wrote (:func:`keep_union`), even if a build
    swaps in a new graph meanwhile."""
    from .linked_copies import link_or_copy

    pinned = push_folder(graph_path) / f".union-{_target_key(url)}.nq.{os.getpid()}.tmp"
    pinned.parent.mkdir(parents=True, exist_ok=True)
    pinned.unlink(missing_ok=True)
    link_or_copy(nquads, pinned)
    return pinned


def keep_union(graph_path: Path, url: str, record: TargetRecord, pinned: Path) -> None:
    """Note that ``url``'s default graph now holds the union of the ``graph.nq`` pinned at ``pinned``."""
    name = f"union-{_target_key(url)}.nq"
    target = push_folder(graph_path) / name
    if target.is_file() and os.path.samefile(target, pinned):
        pinned.unlink()  # a rename onto another link of the same file would do nothing
    else:
        os.replace(pinned, target)
    record.union, record.union_stamp = name, file_stamp(target)


def read_uncertain(graph_path: Path, record: TargetRecord) -> set[bytes]:
    """The triples (N-Triples lines) the target may or may not hold after a failed push."""
    if record.uncertain is None:
        return set()
    try:
        data = (push_folder(graph_path) / record.uncertain).read_bytes()
    except OSError:
        return set()
    return {line for line in data.split(b"\n") if line.strip()}


def write_uncertain(graph_path: Path, url: str, record: TargetRecord, lines: set[bytes]) -> None:
    """Note, before they are sent, the triples a push adds to or deletes from ``url``'s default graph."""
    from .store import atomic_write

    if not lines:
        record.uncertain = None
        return
    name = f"uncertain-{_target_key(url)}.nt"
    atomic_write(push_folder(graph_path) / name, b"\n".join(sorted(lines)) + b"\n")
    record.uncertain = name
