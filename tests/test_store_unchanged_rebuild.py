"""A rebuild whose graph.nq would be the previous one byte for byte links it instead of copying it
(round 46d): the same file in both folders, never written through, and the previous graph left as it
was when the build fails after the link."""

from __future__ import annotations

import errno
import os

import pytest
from rdflib import Literal, URIRef

import graph.assemble as assemble
from graph.assemble import StagedGraph
from graph.errors import G40Error
from graph.fragments import Fragment
from graph.pipeline import build_graph
from graph.store import GRAPH_FILE, MANIFEST_FILE, open_dataset
from tests.test_store_incremental import TEXTS, write_corpus


def statements(path) -> list[str]:
    """What a reader of the graph gets: the store's statements, as sorted N-Quads lines."""
    store = open_dataset(path, engine="oxigraph").store._inner
    return sorted(str(quad) for quad in store)


def test_a_rebuild_that_changes_nothing_links_the_previous_graph_file(tmp_path):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    before, inode = (kg / GRAPH_FILE).read_bytes(), (kg / GRAPH_FILE).stat().st_ino
    build_graph([corpus], kg, workers=1)
    assert ((kg / GRAPH_FILE).stat().st_ino, (kg / GRAPH_FILE).read_bytes()) == (inode, before)
    assert (kg / GRAPH_FILE).stat().st_nlink == 1  # the replaced folder, and its name for the file, are gone

    (corpus / "nieuws-b.txt").write_text("Deventer werkt samen met het ministerie van OCW.", encoding="utf-8")
    build_graph([corpus], kg, workers=1)  # the index of the linked file leads the patch
    build_graph([corpus], tmp_path / "fresh", workers=1)
    assert (kg / GRAPH_FILE).stat().st_ino != inode
    assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert statements(kg) == statements(tmp_path / "fresh")


def test_a_build_that_fails_after_the_link_leaves_the_previous_graph_as_it_was(tmp_path, monkeypatch):
    corpus, kg = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    files = {name: (kg / name).read_bytes() for name in (GRAPH_FILE, MANIFEST_FILE)}
    read = statements(kg)

    def full_disk(staging, path):
        assert (staging / GRAPH_FILE).stat().st_ino == (path / GRAPH_FILE).stat().st_ino  # linked, not copied
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(assemble, "swap_in", full_disk)
    with pytest.raises(G40Error, match="de vorige graaf is ongewijzigd"):
        build_graph([corpus], kg, workers=1)
    assert {name: (kg / name).read_bytes() for name in files} == files and statements(kg) == read
    assert (kg / GRAPH_FILE).stat().st_nlink == 1  # the staging folder went with its link
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "kg"]  # no staging folder left


def test_a_graph_file_written_again_after_the_link_does_not_write_through_it(tmp_path):
    kg, graph = tmp_path / "kg", URIRef("urn:g")
    text = b'<urn:s> <urn:p> "o" <urn:g> .\n'
    with StagedGraph(kg, [Fragment(graph, "k1", text, {})], curation="c") as staged:
        staged.commit({"documents": []})
    pinned = tmp_path / "pinned.nq"  # another name of the file, as a push or a reader's copy keeps it
    os.link(kg / GRAPH_FILE, pinned)

    with StagedGraph(kg, [Fragment(graph, "k1", None, {})], curation="c") as staged:
        staged._write_graph_file(staged._staging / GRAPH_FILE, set())  # what curated() does before curation ends
        assert (staged._staging / GRAPH_FILE).stat().st_ino == pinned.stat().st_ino
        staged.dataset.graph(graph).add((URIRef("urn:s"), URIRef("urn:p"), Literal("x")))  # curation, late
        staged.commit({"documents": []})

    assert pinned.read_bytes() == text
    assert (kg / GRAPH_FILE).read_bytes() == text + b'<urn:s> <urn:p> "x" <urn:g> .\n'
