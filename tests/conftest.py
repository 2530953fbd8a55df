"""Shared fixtures: a CLI runner and one build of the bundled corpus per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def runner():
    """A click runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture(autouse=True)
def _no_user_environment(monkeypatch):
    for name in ("G40KG_GRAPH", "G40KG_ENGINE", "G40KG_ENDPOINT", "G40KG_LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _message_language_restored():
    """A CLI run sets the message language of the process (``--lang``); the next test gets the one it had."""
    from graph.messages import get_language, set_language

    before = get_language()
    yield
    set_language(before)


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory) -> Path:
    """The bundled corpus, built once per session (read-only for tests: copy before changing)."""
    from graph.pipeline import build_graph, bundled_corpus

    path = tmp_path_factory.mktemp("seed") / "kg"
    build_graph([bundled_corpus()], path)
    return path


@pytest.fixture(scope="session")
def seed_dataset(seed_graph):
    from graph.store import open_dataset

    return open_dataset(seed_graph, engine="rdflib")


@pytest.fixture(scope="session")
def seed_facts(seed_dataset) -> list[dict]:
    from graph.export import iter_facts

    return list(iter_facts(seed_dataset))
