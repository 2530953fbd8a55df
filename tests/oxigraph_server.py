"""Start a real Oxigraph server (PyPI package ``oxigraph``) on a free loopback port, for tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager

import pytest

OXIGRAPH = shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def oxigraph_server(command: str, location, *extra: str):
    """Run ``oxigraph COMMAND --location … --bind 127.0.0.1:PORT EXTRA…``; yields the base URL.

    Waits (at most 20 s) until the server answers a query; always terminates it.
    """
    if OXIGRAPH is None:
        pytest.skip("oxigraph server (PyPI package 'oxigraph') is not installed")
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, command, "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {process.stderr.read().decode(errors='replace')[:500]}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def read_only_endpoint(quads, location):
    """Load the N-Quads file ``quads`` into a new store at ``location`` and serve it read-only, the default
    graph the union of all; yields the SPARQL query URL (``…/query``), as ``--endpoint`` takes it."""
    if OXIGRAPH is None:
        pytest.skip("oxigraph server (PyPI package 'oxigraph') is not installed")
    subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(quads)], check=True,
                   capture_output=True)
    with oxigraph_server("serve-read-only", location, "--union-default-graph") as base:
        yield f"{base}/query"
