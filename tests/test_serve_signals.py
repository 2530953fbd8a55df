"""``g40kg serve`` stopped the way people stop it: Ctrl+C, once or twice in quick succession."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serving(graph, port: int) -> subprocess.Popen:
    """A real ``g40kg serve`` on ``port`` with one query process, once it answers."""
    process = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(graph),
                                "serve", "--port", str(port), "--query-processes", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=5):
                return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    process.kill()
    pytest.fail(f"serve did not start: {process.communicate()[1]}")


@pytest.mark.parametrize("interrupts", [1, 2])
def test_ctrl_c_stops_the_server_without_a_traceback(seed_graph, interrupts):
    """A second Ctrl+C right after the first made uvicorn cancel the app's shutdown, which printed a
    traceback (sixth walkthrough); the query processes stop either way."""
    process = _serving(seed_graph, _free_port())
    for _ in range(interrupts):
        process.send_signal(signal.SIGINT)
        time.sleep(0.05)
    _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err
    assert err.splitlines()[0].split(" ", 1)[1].startswith("g40kg serve: http://127.0.0.1:"), err  # after the time
