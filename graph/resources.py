"""Locate files shipped with the package (ontology, data), installed or editable.

Examples
--------
>>> ontology_path("g40.ttl").name
'g40.ttl'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["ontology_path", "data_path"]


def ontology_path(*parts: str) -> Path:
    """Path of a file under ``ontology/`` (installed as ``g40kg_ontology``)."""
    return Path(str(resources.files("g40kg_ontology").joinpath(*parts)))


def data_path(*parts: str) -> Path:
    """Path of a file under ``data/`` (installed as ``g40kg_data``)."""
    return Path(str(resources.files("g40kg_data").joinpath(*parts)))
