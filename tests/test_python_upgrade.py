"""A graph folder built by one Python and rebuilt or read by another: a user who upgrades Python.

The caches under ``cache/`` are stamped with the Python version where their format is the running
Python's (marshal's, the compiled patterns'), so another Python makes them anew; the extraction
entries are pickles of the extraction model, read by any Python. Either way the rebuild must equal a
fresh build and nothing may crash. These tests need a second interpreter with g40kg's dependencies:
list them in ``G40KG_OTHER_PYTHONS`` (separated by ``os.pathsep``), e.g. the venvs of round 57p::

    G40KG_OTHER_PYTHONS=/work/py57/venv312/bin/python:/work/py57/venv313/bin/python \\
        python -m pytest -q tests/test_python_upgrade.py

Without it they are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OTHERS = [p for p in os.environ.get("G40KG_OTHER_PYTHONS", "").split(os.pathsep) if p]

pytestmark = pytest.mark.skipif(not OTHERS, reason="no other Python in G40KG_OTHER_PYTHONS")


def _g40kg(python: str, graph: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([python, "-c", "from graph.cli import main; main()", "--graph", str(graph), *args],
                          capture_output=True, text=True, env=env, timeout=600)


def _corpus(folder: Path, extra: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    texts = {
        "a.txt": "Wethouder Anna de Vries (Zwolle) werkt samen met het ministerie van Financiën.",
        "b.txt": "Jan Jansen is voorzitter van de themagroep Wonen. Breda werkt samen met BZK." + extra,
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _built(python: str, graph: Path, corpus: Path) -> bytes:
    done = _g40kg(python, graph, "build", str(corpus))
    assert done.returncode == 0, f"{python}: {done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return (graph / "graph.nq").read_bytes()


@pytest.mark.parametrize("other", OTHERS)
def test_a_folder_of_another_python_is_rebuilt_as_a_fresh_build(other, tmp_path):
    corpus = _corpus(tmp_path / "docs")
    fresh = _built(sys.executable, tmp_path / "fresh", corpus)
    assert _built(other, tmp_path / "kg", corpus) == fresh  # the same graph on both Pythons
    assert _built(sys.executable, tmp_path / "kg", corpus) == fresh  # upgraded: nothing changed
    _corpus(corpus, extra=" Wethouder Piet Bakker (Tilburg) werkt samen met OCW.")
    changed = _built(sys.executable, tmp_path / "fresh2", corpus)
    assert changed != fresh
    assert _built(sys.executable, tmp_path / "kg", corpus) == changed  # one document changed
    assert _built(other, tmp_path / "kg", corpus) == changed  # and back (a rollback of Python)


@pytest.mark.parametrize("other", OTHERS)
def test_questions_answer_alike_on_a_folder_of_another_python(other, tmp_path):
    corpus = _corpus(tmp_path / "docs")
    _built(other, tmp_path / "kg", corpus)
    shutil.copytree(tmp_path / "kg", tmp_path / "kg2")
    for args in (["ask", "who-does-what", "--format", "tsv"], ["entity", "Zwolle"], ["rank", "--format", "json"],
                 ["communities", "--format", "json"]):
        here, there = _g40kg(sys.executable, tmp_path / "kg", *args), _g40kg(other, tmp_path / "kg2", *args)
        assert (here.returncode, here.stdout) == (there.returncode, there.stdout), (args, here.stderr, there.stderr)
        assert here.returncode == 0 and here.stdout.strip(), (args, here.stderr)
