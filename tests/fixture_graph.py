"""The hand-written fixture graph (tests/fixtures/small.trig) as a dataset and as a built graph directory."""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "small.trig"
ENGINES = ("rdflib", "oxigraph")
EZK = "https://w3id.org/g40kg/id/ministry/mnre1045"


def small_dataset(engine: str = "rdflib"):
    from graph.store import new_dataset

    dataset = new_dataset(engine)
    dataset.parse(FIXTURE, format="trig")
    return dataset


def small_graph_dir(where: Path) -> Path:
    """A graph directory (as ``g40kg build`` writes it) holding the fixture."""
    from graph.store import save_dataset

    path = Path(where) / "kg"
    save_dataset(small_dataset("rdflib"), path, {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]})
    return path
