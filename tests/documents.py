"""Small folders of documents for the tests that build a graph."""

from __future__ import annotations

import json
from pathlib import Path


def dated_documents(where: Path, documents: dict[str, tuple[str, str]]) -> Path:
    """A folder ``where/docs`` of ``documents`` (id → (text, date)), each dated by its ``.meta.json``."""
    docs = where / "docs"
    docs.mkdir()
    for name, (text, date) in documents.items():
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    return docs
