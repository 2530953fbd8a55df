"""Helpers of the tests of what a build keeps for the next (``tests/test_kept_*.py``): a built corpus of
dated documents, and a rebuild compared with a fresh build of the same corpus."""

from __future__ import annotations

from graph.disk_layout import GRAPH_FILE
from graph.pipeline import build_graph
from tests.documents import dated_documents


def built_corpus(tmp_path, documents: dict):
    """(corpus folder, graph folder) of ``documents`` (id → (text, date)) built once."""
    docs = dated_documents(tmp_path, documents)
    build_graph([docs], tmp_path / "kg", workers=1)
    return docs, tmp_path / "kg"


def rebuilt_as_fresh(docs, graph, fresh) -> None:
    """Rebuild ``graph`` from ``docs`` and build ``fresh`` from them anew: the same ``graph.nq``."""
    build_graph([docs], graph, workers=1)
    build_graph([docs], fresh, workers=1)
    assert (graph / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()
