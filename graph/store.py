"""Loading and saving the graph: the disk layout and atomic replacement.

A graph location is a directory (default ``./.g40kg``)::

    .g40kg/
      graph.nq        the whole dataset as N-Quads (named graph per document, reference, curated)
      manifest.json   build time, version, documents with checksums, counts

:func:`save_dataset` writes a complete new directory beside the old one and swaps it in only
when everything is written, so a failed or interrupted build leaves the previous graph intact.

Examples
--------
>>> import tempfile, pathlib
>>> from rdflib import Dataset, URIRef, Literal
>>> ds = Dataset()
>>> _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
>>> where = pathlib.Path(tempfile.mkdtemp()) / "kg"
>>> save_dataset(ds, where, {"documents": []})
>>> len(open_dataset(where, engine="rdflib"))
1
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from rdflib import Dataset

from .errors import G40Error, GraphMissingError
from .messages import msg
from .vocab import bind_prefixes

__all__ = ["GRAPH_FILE", "MANIFEST_FILE", "save_dataset", "open_dataset", "read_manifest", "new_dataset", "atomic_write"]

log = logging.getLogger(__name__)

GRAPH_FILE = "graph.nq"
MANIFEST_FILE = "manifest.json"


def new_dataset(engine: str = "rdflib") -> Dataset:
    """An empty dataset whose default graph is the union of its named graphs."""
    if engine == "oxigraph":
        dataset = Dataset(store="Oxigraph", default_union=True)
    else:
        dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset


def save_dataset(dataset: Dataset, path: Path, manifest: dict) -> None:
    """Write ``dataset`` and ``manifest`` to directory ``path``, atomically replacing it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not (path / MANIFEST_FILE).exists() and any(path.iterdir()):
        raise G40Error(msg("not_a_graph", path=path))
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        data = dataset.serialize(format="nquads", encoding="utf-8")
        (staging / GRAPH_FILE).write_bytes(b"".join(sorted(data.splitlines(keepends=True))))
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        _swap_in(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_in(staging: Path, path: Path) -> None:
    old = None
    if path.exists():
        old = path.with_name(f".{path.name}.old-{os.getpid()}")
        os.replace(path, old)
    try:
        os.replace(staging, path)
    except BaseException:
        if old is not None:
            os.replace(old, path)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_manifest(path: Path) -> dict:
    """The manifest of the graph at ``path``; :class:`GraphMissingError` when none was built."""
    manifest = Path(path) / MANIFEST_FILE
    if not manifest.is_file():
        raise GraphMissingError(path)
    try:
        return json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise G40Error(msg("bad_manifest", path=manifest, reason=error)) from None


def open_dataset(path: Path, engine: str = "oxigraph", endpoint: str | None = None) -> Dataset:
    """Load the graph at ``path`` (or connect to ``endpoint``) as an rdflib Dataset."""
    if endpoint:
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        dataset = Dataset(store=SPARQLStore(endpoint), default_union=True)
        bind_prefixes(dataset)
        return dataset
    read_manifest(path)
    dataset = new_dataset(engine)
    source = Path(path) / GRAPH_FILE
    dataset.parse(source, format="ox-nquads" if engine == "oxigraph" else "nquads")
    return dataset


def atomic_write(path: Path, content: str | bytes) -> None:
    """Write a file via a temporary sibling and a rename, so readers never see half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
