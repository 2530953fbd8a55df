"""Whether a build would undo a removal on request (AVG art. 17) by accident.

A removal lives in the corrections folder, not in the graph: a build with another folder brings
the person back. Walkthrough 26 (finding 10) met it after moving a graph folder: the remembered
folder (kept relative to the graph folder, :func:`graph.disk_layout.remembered_corrections`) was
gone, the error proposed ``--curated -`` (the bundled corrections), and that build restored the
person without a word. So a build refuses corrections that hold no removal rule at all when the
graph's previous build carried out a removal (``manifest.json``'s ``store.erasure``) and those
corrections are not the folder that build used: editing a removal out of one's own folder stays
the way to undo it on purpose.

Examples
--------
>>> import json, tempfile
>>> from pathlib import Path
>>> graph = Path(tempfile.mkdtemp())
>>> _ = (graph / "manifest.json").write_text(json.dumps({"documents": [], "store": {"erasure": "ab12"}}))
>>> previous_removal(graph), previous_removal(graph / "elders")
(True, False)
"""

from __future__ import annotations

import json
from pathlib import Path

from .disk_layout import MANIFEST_FILE

__all__ = ["dropped_removal", "previous_removal"]


def previous_removal(graph_path: Path) -> bool:
    """Whether the graph at ``graph_path`` was built with a removal on request. A manifest that does not
    mention one is not parsed (10,000 documents: 2.5 MB of JSON); an unreadable one counts as none.

    >>> import tempfile
    >>> graph = Path(tempfile.mkdtemp())
    >>> _ = (graph / "manifest.json").write_text('{"documents": [{"title": "\\\\"erasure\\\\""}], "store": {}}')
    >>> previous_removal(graph)
    False
    """
    try:
        text = (Path(graph_path) / MANIFEST_FILE).read_bytes()
        if b'"erasure"' not in text:
            return False
        store = json.loads(text).get("store")
    except (OSError, ValueError, AttributeError):
        return False
    return isinstance(store, dict) and bool(store.get("erasure"))


def dropped_removal(graph_path: Path, corrections: Path, remembered: Path | None) -> bool:
    """Whether building the graph at ``graph_path`` with the corrections folder ``corrections`` would
    bring back someone its previous build removed on request: that build removed someone, ``corrections``
    is not the folder it used (``remembered``; None: none is remembered) and holds no removal rule. A
    folder whose files do not read is left to the build, which names the file and line.

    >>> import json, tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> graph, own, bundled = root / "kg", root / "correcties", root / "curated"
    >>> for folder in (graph, own, bundled):
    ...     folder.mkdir()
    >>> _ = (graph / "manifest.json").write_text(json.dumps({"store": {"erasure": "ab12"}}))
    >>> _ = (own / "avg.yaml").write_text("suppress:\\n  - {entity: person/x, reason: AVG}\\n")
    >>> dropped_removal(graph, bundled, own), dropped_removal(graph, own, None)
    (True, False)
    >>> _ = (own / "avg.yaml").write_text("suppress: []\\n")  # the rule edited out of the folder it used
    >>> dropped_removal(graph, own, own)
    False
    """
    from .curation_files import load_curation

    if remembered is not None and Path(corrections).resolve() == Path(remembered).resolve():
        return False
    if not previous_removal(graph_path):
        return False
    try:
        return not load_curation(Path(corrections)).erasures
    except Exception:  # a malformed file: the build stops on it with file:line
        return False
