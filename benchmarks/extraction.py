"""Extraction quality on the evaluation sets of ``benchmarks/extraction/``: one Markdown row per set.

Each set is a folder with ``corpus/`` (the documents) and ``gold.yaml`` (what a careful reader
finds, format: docs/gold-format.md). The script runs ``g40kg evaluate`` on every set and prints
entity and relation precision / recall / F1, so an extraction round can be compared before and
after on the same sets. Sets whose README says *blind* are measured only: nobody who writes
extraction rules reads them (see ``benchmarks/extraction/README.md``).

Example::

    python benchmarks/extraction.py                  # every set
    python benchmarks/extraction.py heldout13        # one set
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SETS = Path(__file__).resolve().parent / "extraction"


def evaluate(folder: Path) -> dict:
    """The ``overall`` scores of ``g40kg evaluate`` on one set folder."""
    done = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "evaluate", str(folder / "gold.yaml"),
                           str(folder / "corpus"), "--format", "json"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{folder.name}: {done.stderr.strip() or done.stdout.strip()}")
    return json.loads(done.stdout)["overall"]


def row(name: str, overall: dict) -> str:
    """One table row: ``| set | entities P / R / F1 | relations P / R / F1 |``."""
    cells = ["{precision:.2f} / {recall:.2f} / {f1:.2f}".format(**overall[part]) for part in ("entities", "relations")]
    return f"| {name} | {cells[0]} | {cells[1]} |"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="extraction P/R/F1 on every evaluation set")
    parser.add_argument("sets", nargs="*", help="set names (default: every folder with a gold.yaml)")
    args = parser.parse_args(argv)
    names = args.sets or sorted(p.parent.name for p in SETS.glob("*/gold.yaml"))
    print("| set | entities P / R / F1 | relations P / R / F1 |")
    print("|---|---|---|")
    for name in names:
        print(row(name, evaluate(SETS / name)), flush=True)


if __name__ == "__main__":
    main()
