"""The ``--as-of`` note reads the newest document's date the build stores before the manifest's
documents, and a manifest written before that key existed whole (round 47q, issue #7)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from graph.cli.as_of_note import after_newest_note
from graph.disk_layout import MANIFEST_FILE, NEWEST_DOCUMENT, manifest_text, read_manifest_head
from graph.document_periods import newest_date

DOCUMENTS = [{"id": "a", "date": "2024-05-01", "period": None},
             {"id": "b", "date": None, "period": {"start": "2024-01-01", "end": "2024-12-31"}},
             {"id": "c", "date": "2023", "period": None}]


def _graph(tmp_path, **keys):
    (tmp_path / MANIFEST_FILE).write_text(manifest_text({"format_version": 1, **keys, "documents": DOCUMENTS,
                                                         "counts": {"triples": 3}}), encoding="utf-8")
    return SimpleNamespace(graph_path=tmp_path, endpoint=None, lang="en")


def test_the_build_stores_the_newest_date_before_the_documents(tmp_path):
    _graph(tmp_path, **{NEWEST_DOCUMENT: newest_date(DOCUMENTS)})
    assert read_manifest_head(tmp_path) == {"format_version": 1, NEWEST_DOCUMENT: "2024-12-31"}


@pytest.mark.parametrize("keys", [{}, {NEWEST_DOCUMENT: "2024-12-31"}], ids=["before-the-key", "with-the-key"])
def test_the_same_note_with_or_without_the_stored_date(tmp_path, capsys, keys):
    after_newest_note(_graph(tmp_path, **keys), "2026-12-06")
    assert capsys.readouterr().err == ("note: the newest document is dated 2024-12-31; what changed after it is "
                                       "not in the graph (--as-of 2026-12-06)\n")


def test_the_stored_date_is_what_the_note_reads(tmp_path, capsys):
    after_newest_note(_graph(tmp_path, **{NEWEST_DOCUMENT: "2026-12-01"}), "2026-12-06")
    assert capsys.readouterr().err == ""  # within a month of the stored date: the documents are not read
