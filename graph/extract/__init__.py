"""Extraction: Dutch text → mentions and relation candidates (one module per concern)."""

from __future__ import annotations

from .model import Extraction

__all__ = ["extract"]


def extract(document_id: str, text: str, *, gazetteer, date: str | None = None) -> Extraction:
    return Extraction(document_id)
