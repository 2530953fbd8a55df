"""The files of a graph directory and its manifest (see :mod:`graph.store` for the whole layout).

Examples
--------
>>> import tempfile, pathlib
>>> where = pathlib.Path(tempfile.mkdtemp())
>>> _ = (where / MANIFEST_FILE).write_text(manifest_text({"documents": [{"id": "a"}]}))
>>> read_manifest(where)
{'documents': [{'id': 'a'}]}
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import G40Error, GraphMissingError, NewerFormat
from .messages import msg

__all__ = ["GRAPH_FILE", "MANIFEST_FILE", "OXIGRAPH_DIR", "CACHE_DIR", "FORMAT_VERSION", "MountPoint",
           "folder_to_replace", "format_of", "manifest_text", "native_path", "read_manifest", "read_manifest_head",
           "NEWEST_DOCUMENT",
           "remembered_corrections", "staging_folder", "current_umask", "keep_cache_private"]

log = logging.getLogger(__name__)

GRAPH_FILE = "graph.nq"
MANIFEST_FILE = "manifest.json"
OXIGRAPH_DIR = "oxigraph"
CACHE_DIR = "cache"

#: the manifest key of the newest document's date (:func:`graph.document_periods.newest_date`), written
#: before ``documents`` so that :func:`read_manifest_head` finds it
NEWEST_DOCUMENT = "newest_document"

#: The layout of a graph folder: the manifest's meaning, the index files under ``cache/``, the store.
#: Raised only when a g40kg that knows a lower number could no longer read a folder this one writes
#: correctly; a new manifest key or a new file an older g40kg ignores does not raise it. A folder of a
#: higher number is refused (:class:`graph.errors.NewerFormat`), one of a lower number is read and rebuilt
#: in full by the next build. Folders written before the number existed (round 41) are format 0.
#: The upgrade notes of docs/operations.md list the changes.
FORMAT_VERSION = 1


def keep_cache_private(graph: Path) -> None:
    """Make the graph folder ``graph``'s ``cache/`` readable by its owner only (mode 0700), when it is there.

    It holds every document's full text and extraction (``corpus.pickle``, ``extract/``), also of the
    documents a build left out as too large, and only the user who wrote it ever reads it (the caches
    are sealed with that user's key, :mod:`graph.cache_seal`); under a umask of 022 it was readable by
    every user of the machine (walkthrough 32, finding 8). The rest of the folder keeps the umask's
    mode: the graph is meant to be shared.

    >>> import tempfile, stat
    >>> graph = Path(tempfile.mkdtemp()); (graph / CACHE_DIR).mkdir(mode=0o755); keep_cache_private(graph)
    >>> oct(stat.S_IMODE((graph / CACHE_DIR).stat().st_mode))
    '0o700'
    """
    try:
        os.chmod(Path(graph) / CACHE_DIR, 0o700)
    except FileNotFoundError:
        pass


def manifest_text(manifest: dict) -> str:
    """``manifest`` as JSON: one line a key, and one line a document under ``documents``.

    Readable and diffable like indented JSON, at a third of its cost (10,000 documents: 0.05 s,
    indented 0.15 s; indentation runs :mod:`json`'s Python encoder, this its C one).

    >>> print(manifest_text({"engine": "oxigraph", "documents": [{"id": "a"}, {"id": "b"}]}))
    {
      "engine": "oxigraph",
      "documents": [
        {"id": "a"},
        {"id": "b"}
      ]
    }
    <BLANKLINE>
    >>> json.loads(manifest_text({"documents": [], "counts": {"triples": 3}}))
    {'documents': [], 'counts': {'triples': 3}}
    """
    line = _ONE_LINE  # json.dumps(value, ensure_ascii=False), without making an encoder per document
    fields = []
    for key, value in manifest.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {line(item)}" for item in value)
            fields.append(f"  {line(key)}: [\n{items}\n  ]")
        else:
            fields.append(f"  {line(key)}: {line(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


_ONE_LINE = json.JSONEncoder(ensure_ascii=False).encode


def read_manifest(path: Path) -> dict:
    """The manifest of the graph at ``path``; :class:`GraphMissingError` when none was built."""
    manifest = Path(path) / MANIFEST_FILE
    if not manifest.is_file():
        raise GraphMissingError(path)
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise G40Error(msg("bad_manifest", path=manifest, reason=error)) from None
    if not isinstance(data, dict):
        raise G40Error(msg("bad_manifest", path=manifest, reason="not a JSON object"))
    if format_of(data) > FORMAT_VERSION:  # for reading as for writing: its files may mean something else now
        raise NewerFormat(path, format_of(data), FORMAT_VERSION, data.get("g40kg_version"))
    return data


def read_manifest_head(path: Path) -> dict:
    """The keys of the manifest of the graph at ``path`` that :func:`manifest_text` writes before
    ``documents``, one a line: the build's version, format, time, engine and newest document's date,
    read without the documents (10,000 documents: a 2.5 MB manifest). :class:`GraphMissingError`
    when none was built, :class:`NewerFormat` as :func:`read_manifest`; a line that is not one key
    and its value ends the head (a manifest written otherwise: the caller reads it whole).

    >>> import tempfile, pathlib
    >>> where = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (where / MANIFEST_FILE).write_text(manifest_text({"engine": "oxigraph", "newest_document": "2024-05",
    ...                                                      "documents": [{"id": "a"}], "counts": {}}))
    >>> read_manifest_head(where)
    {'engine': 'oxigraph', 'newest_document': '2024-05'}
    """
    manifest = Path(path) / MANIFEST_FILE
    if not manifest.is_file():
        raise GraphMissingError(path)
    head: dict = {}
    try:
        with manifest.open(encoding="utf-8") as lines:
            if lines.readline().strip() != "{":
                return head
            for line in lines:
                key, colon, value = line.strip().rstrip(",").partition(": ")
                if not colon or key == '"documents"':
                    break
                head[json.loads(key)] = json.loads(value)
    except (OSError, ValueError):
        return head
    if format_of(head) > FORMAT_VERSION:
        raise NewerFormat(path, format_of(head), FORMAT_VERSION, head.get("g40kg_version"))
    return head


def format_of(manifest: dict) -> int:
    """The graph folder format (:data:`FORMAT_VERSION`) ``manifest`` declares; 0 when it declares none
    (written before formats were numbered) or something that is no whole number.

    >>> format_of({"format_version": 1}), format_of({}), format_of({"format_version": "2"})
    (1, 0, 0)
    """
    found = manifest.get("format_version")
    return found if isinstance(found, int) and not isinstance(found, bool) else 0


def remembered_corrections(graph_path: Path) -> Path | None:
    """The folder of own corrections (``build --curated``) the graph at ``graph_path`` was last built
    with, so that a build without ``--curated`` applies them again instead of dropping them; None: the
    graph was built with the bundled corrections (or there is no graph). The manifest keeps the folder
    relative to the graph folder, so a copy of a project folder that holds both still finds it.

    >>> import tempfile, json
    >>> graph = Path(tempfile.mkdtemp()) / "kg"; graph.mkdir()
    >>> _ = (graph / "manifest.json").write_text(json.dumps({"corrections": "../correcties"}), encoding="utf-8")
    >>> remembered_corrections(graph) == (graph.parent / "correcties").resolve()
    True
    >>> remembered_corrections(graph.parent / "elders") is None
    True
    """
    try:
        folder = read_manifest(graph_path).get("corrections")
    except G40Error:
        return None
    return (Path(graph_path) / folder).resolve() if isinstance(folder, str) and folder else None


def native_path(path) -> str:
    """``path`` as ``pyoxigraph.Store.read_only(path)`` takes it: a str that Rust encodes as UTF-8.
    Where Python's file system encoding is not UTF-8 (``LC_ALL=C`` with ``PYTHONUTF8=0``) a non-ASCII
    file name is a str with surrogates, which it refuses; its bytes on disk, read as UTF-8, name the
    same file. (``Store(path)`` and ``bulk_load(path=…)`` encode a path as Python does.)

    >>> native_path(Path(os.fsdecode("graaf Zoë".encode())))
    'graaf Zoë'
    """
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # a name that is not UTF-8 at all: as Python has it (pyoxigraph will refuse it)
        return os.fsdecode(raw)


class MountPoint(G40Error):
    """A folder a build replaces as a whole (the graph folder) is a mount point: it cannot be renamed."""

    def __init__(self, path):
        super().__init__(msg("mount_point", path=path, inside=Path(path) / "graaf"))


def folder_to_replace(path: Path) -> Path:
    """The real folder behind ``path`` that a build replaces: its symbolic links resolved, so that
    the build swaps the new graph in where the link points (the link stays a link) and takes that
    folder's lock (two builds through two names of one graph do not both run). A mount point (a
    Docker volume, a disk of its own) cannot be renamed, so a build could never swap a new graph in:
    :class:`MountPoint` says so before any work is done and names a folder inside it to use.

    >>> where = Path(tempfile.mkdtemp())
    >>> (where / "data").mkdir(); (where / "kg").symlink_to(where / "data")
    >>> folder_to_replace(where / "kg") == (where / "data").resolve()
    True
    >>> folder_to_replace(Path("/"))
    Traceback (most recent call last):
    graph.disk_layout.MountPoint: / is een koppelpunt (mount point): een bouw vervangt de hele map en dat kan daar niet; geef een map erin, bijvoorbeeld /graaf
    """
    real = Path(os.path.realpath(path))
    if os.path.ismount(real):
        raise MountPoint(path)
    return real


def staging_folder(path: Path, suffix: str = ".tmp") -> Path:
    """A new, empty folder beside the graph folder ``path``, to build its next version in and then
    rename to ``path``. Made private (as :func:`tempfile.mkdtemp` does) and then opened up as the
    user's umask says, as any folder they make: a graph is meant to be shared, on a drive or with a
    server that runs as another user.

    >>> where = Path(tempfile.mkdtemp()) / "kg"
    >>> oct(staging_folder(where).stat().st_mode & 0o777) == oct(0o777 & ~current_umask())
    True
    """
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", suffix=suffix, dir=path.parent))
    os.chmod(folder, 0o777 & ~current_umask())
    return folder


@lru_cache(maxsize=1)
def current_umask() -> int:
    """The process's umask (read once: reading it means setting it), for the modes of files written
    through a temporary file.

    >>> current_umask() == current_umask() and 0 <= current_umask() <= 0o777
    True
    """
    mask = os.umask(0o022)  # read by setting it; set back at once
    os.umask(mask)
    return mask
