"""Shared fixtures: a CLI runner and one build of the bundled corpus per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser.vizkit import chromium_browser  # noqa: F401  (a fixture: one Chromium for the session)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_xdist_auto_num_workers(config):
    """``-n logical`` (the README's test command): two workers per logical processor, not one.

    Much of the suite waits — for a server to start, a browser to draw, a build in a child process — and
    a second worker per processor uses that time: on 2 cores the whole suite passed with 4 workers, and a
    slice of 754 server and walkthrough tests took 104 s against 123 s with 2 (more CPU: each worker builds
    its own session fixtures). ``PYTEST_XDIST_AUTO_NUM_WORKERS=N`` still sets the number (pytest-xdist's own
    hook reads it when this one gives none). Example: ``python -m pytest -q -n logical`` on 2 cores says
    "created: 4/4 workers".
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return 2 * (os.cpu_count() or 1)


@pytest.fixture
def runner():
    """A click runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture
def write_pdf():
    """``write_pdf(path, text)``: a PDF whose text is ``text`` (Latin-1), a line of the page per line
    of ``text``; a list of texts gives a page each."""
    pypdf = pytest.importorskip("pypdf")
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    def write(path: Path, text) -> Path:
        writer = pypdf.PdfWriter()
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
        for page_text in [text] if isinstance(text, str) else text:
            page = writer.add_blank_page(width=300, height=200)
            page[NameObject("/Resources")] = resources
            stream = DecodedStreamObject()
            lines = b" Tj T* ".join(b"(%s)" % line.encode("latin-1") for line in page_text.split("\n"))
            stream.set_data(b"BT /F1 12 Tf 14 TL 20 180 Td %s Tj ET" % lines)
            page[NameObject("/Contents")] = writer._add_object(stream)
        with open(path, "wb") as handle:
            writer.write(handle)
        return path

    return write


@pytest.fixture(autouse=True)
def _no_user_environment(monkeypatch):
    for name in ("G40KG_GRAPH", "G40KG_ENGINE", "G40KG_ENDPOINT", "G40KG_LANG", "G40KG_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _message_language_restored():
    """A CLI run sets the message language of the process (``--lang``); the next test gets the one it had."""
    from graph.messages import get_language, set_language

    before = get_language()
    yield
    set_language(before)


@pytest.fixture(autouse=True)
def _csv_options_restored():
    """A CLI run with ``--excel`` or ``--raw`` sets the CSV options of the process; the next test (or module
    doctest, which runs in the same worker) gets the ones it had."""
    from graph.cli.output import EXCEL_CSV, RAW_CSV

    before = EXCEL_CSV.get(), RAW_CSV.get()
    yield
    EXCEL_CSV.set(before[0])
    RAW_CSV.set(before[1])


@pytest.fixture
def deadlines(monkeypatch):
    """The deadline of each query the test runs (:func:`graph.timeouts.query_deadline`), in a list."""
    import graph.timeouts

    found = []
    real = graph.timeouts.query_deadline

    def record(timeout):
        found.append(real(timeout))
        return found[-1]

    monkeypatch.setattr(graph.timeouts, "query_deadline", record)
    return found


@pytest.fixture
def held(monkeypatch):
    """``held["text"] = …``: a query whose text holds it waits until the test ends (in Python, so that the
    deadline's cancellation lands in it); every other query runs as it does. For the tests of ``--timeout``
    (tests/test_command_timeout.py, tests/test_timeouts_55c.py): no timing, a query held past the deadline.

    The held query waits on a plain flag, not a ``threading.Event``: the deadline cancels it with an exception
    raised in its thread (``PyThreadState_SetAsyncExc``), which could land inside the event's lock and leave it
    taken, so that releasing it at the end of the test waited forever (a CI dry run's teardown timeout)."""
    import time

    from rdflib import Dataset

    released, held = [], {}
    original = Dataset.query

    def query(self, text, *args, **keywords):
        if held.get("text") and held["text"] in str(text):
            held["reached"] = True
            while not released:
                time.sleep(0.02)
        return original(self, text, *args, **keywords)

    monkeypatch.setattr(Dataset, "query", query)
    yield held
    released.append(True)


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
    from graph.fact_rows import iter_facts

    return list(iter_facts(seed_dataset))


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    """The server tests' fixture graph (:mod:`serve_fixture`) saved as a graph folder, once per module."""
    from serve_fixture import make_graph

    return make_graph(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def client(request, graph_path):
    """An in-process client of the server on ``graph_path``, once with each engine."""
    from serve_fixture import in_process_client, make_app

    with in_process_client(make_app(graph_path, request.param)) as client:
        yield client


@pytest.fixture(scope="module")
def ox_client(graph_path):
    """An in-process client of the server on ``graph_path`` with the Oxigraph engine."""
    from serve_fixture import in_process_client, make_app

    with in_process_client(make_app(graph_path, "oxigraph")) as client:
        yield client
