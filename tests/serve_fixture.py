"""The fixture graph of the server tests: ``tests/fixtures/serve/graph.trig`` (hand-written per
docs/architecture.md) saved as a graph folder with the document text ``doc-a.txt`` it points into,
an app on it (and an in-process client of it), and a small HTML reader for the pages.
"""

from __future__ import annotations

import shutil
import warnings
from html.parser import HTMLParser
from pathlib import Path

from graph.serve import ServeConfig, create_app

__all__ = ["FIXTURE", "EZK", "ANNA", "DOC_GRAPH", "SELECT_ALL_EZK", "make_graph", "make_app", "in_process_client", "Page"]

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "serve"
EZK = "https://w3id.org/g40kg/id/ministry/mnre1045"
ANNA = "https://w3id.org/g40kg/id/person/anna-de-vries"
DOC_GRAPH = "https://w3id.org/g40kg/graph/document/doc-a"


def make_graph(where: Path, extra: str | None = None) -> Path:
    """The fixture graph saved as a g40kg graph directory (with the document text beside it); ``extra``: TriG
    of more quads to add (tests/test_serve_path_56p.py)."""
    from graph.ingest import read_document
    from graph.store import new_dataset, save_dataset

    where.mkdir(parents=True, exist_ok=True)
    text_path = where / "doc-a.txt"
    shutil.copy(FIXTURE / "doc-a.txt", text_path)
    dataset = new_dataset("rdflib")
    dataset.parse(FIXTURE / "graph.trig", format="trig")
    if extra:
        dataset.parse(data=extra, format="trig")
    document = read_document(text_path)
    manifest = {"documents": [{"id": "doc-a", "path": str(text_path), "checksum": document.checksum,
                               "title": "Samenwerking in de regio"}]}
    save_dataset(dataset, where / "kg", manifest)
    return where / "kg"


def make_app(graph_path: Path, engine: str = "oxigraph", **config):
    from graph.store import open_dataset, read_manifest

    dataset = open_dataset(graph_path, engine=engine)
    return create_app(dataset, ServeConfig(manifest=read_manifest(graph_path), **config))


def in_process_client(app, **options):
    """Starlette's in-process ``TestClient`` on ``app`` with ``options`` (``base_url=…``), its note
    about httpx versions silenced."""
    with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient(app, **options)


class Page(HTMLParser):
    """Links, text and element ids of an HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self._href = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self._href = attrs.get("href")
            self.links.append((self._href, ""))

    def handle_data(self, data):
        self.text.append(data)
        if self._href is not None and self.links:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None

    def link_to(self, label: str) -> str:
        found = [href for href, text in self.links if text.strip() == label]
        assert found, f"no link {label!r} among {self.links}"
        return found[0]


SELECT_ALL_EZK = f"SELECT ?label WHERE {{ <{EZK}> skos:prefLabel ?label }}"
