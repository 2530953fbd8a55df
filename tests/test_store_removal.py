"""A removal leaves no text in Oxigraph's files (round 41t, walkthrough 15).

Oxigraph keeps every string it was given in its RocksDB files: removing the statements of a
removed document, or a removed person's (curation loads them and takes them out again), leaves
them there, and ``Store.optimize()`` does not remove them. A build with a removal loads a new
store from the new ``graph.nq`` (``manifest.json`` ``store.fresh``); other builds patch as before.
"""

from __future__ import annotations

import json
from pathlib import Path

from graph.pipeline import build_graph

NEWS = "Wethouder {name} van Zwolle is voorzitter van de Themagroep Wonen.\n"
SECRET = "Wethouder Zyxwerda Quomblat van Emmen werkt samen met het ministerie van BZK.\n"


def store_files_holding(kg: Path, text: bytes) -> list[str]:
    return sorted(p.name for p in (kg / "oxigraph").iterdir() if p.is_file() and text in p.read_bytes())


def fresh(kg: Path) -> bool:
    return json.loads((kg / "manifest.json").read_text(encoding="utf-8"))["store"].get("fresh", False)


def corpus(where: Path) -> Path:
    docs = where / "docs"
    docs.mkdir()
    for n, name in enumerate(["Jan Bakker", "Piet Visser", "Anna Smit", "Eva Dekker", "Kees Mulder", "Lotte Bos"], 1):
        (docs / f"nieuws-2024-0{n}-10.txt").write_text(NEWS.format(name=name), encoding="utf-8")
    (docs / "nieuws-2024-05-20-geheim.txt").write_text(SECRET, encoding="utf-8")
    return docs


def test_a_removed_document_leaves_no_text_in_the_store(tmp_path):
    docs = corpus(tmp_path)
    build_graph([docs], tmp_path / "kg", engine="oxigraph")
    assert store_files_holding(tmp_path / "kg", b"Quomblat") and not fresh(tmp_path / "kg")
    (docs / "nieuws-2024-05-20-geheim.txt").unlink()
    build_graph([docs], tmp_path / "kg", engine="oxigraph")
    assert store_files_holding(tmp_path / "kg", b"Quomblat") == []
    assert store_files_holding(tmp_path / "kg", b"nieuws-2024-05-20-geheim") == []
    assert fresh(tmp_path / "kg")
    (docs / "nieuws-2024-07-10.txt").write_text(NEWS.format(name="Bram Vos"), encoding="utf-8")
    build_graph([docs], tmp_path / "kg", engine="oxigraph")  # an addition patches the store, as before
    assert not fresh(tmp_path / "kg") and store_files_holding(tmp_path / "kg", b"Bram Vos")


def test_a_removed_person_leaves_no_name_in_the_store_in_this_build_or_the_next(tmp_path):
    docs = corpus(tmp_path)
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/zyxwerda-quomblat}\n", encoding="utf-8")
    build_graph([docs], tmp_path / "kg", engine="oxigraph")
    build_graph([docs], tmp_path / "kg", engine="oxigraph", curated=rules)
    assert store_files_holding(tmp_path / "kg", b"Quomblat") == [] and fresh(tmp_path / "kg")
    build_graph([docs], tmp_path / "kg", engine="oxigraph", curated=rules)  # curation takes it out again
    assert store_files_holding(tmp_path / "kg", b"Quomblat") == []
    build_graph([docs], tmp_path / "new", engine="oxigraph", curated=rules)  # a new folder with the rule
    assert store_files_holding(tmp_path / "new", b"Quomblat") == []
    assert b"Quomblat" not in (tmp_path / "kg" / "graph.nq").read_bytes()


def test_a_store_still_held_open_is_said_in_one_line_before_its_folder_goes(tmp_path):
    import pyoxigraph as ox
    import pytest

    from graph.assemble import _close_staging_store
    from graph.errors import G40Error

    held = ox.Store(str(tmp_path / "oxigraph"))  # a live reference: no collection closes it
    with pytest.raises(G40Error, match=r"de store in .*oxigraph is nog open en kan niet vernieuwd worden"):
        _close_staging_store(tmp_path / "oxigraph")
    del held
    _close_staging_store(tmp_path / "oxigraph")  # closed now: no error
