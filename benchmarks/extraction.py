"""Extraction quality on the evaluation sets of ``benchmarks/extraction/``: one Markdown row per set.

Each set is a folder with ``corpus/`` (the documents) and ``gold.yaml`` (what a careful reader
finds, format: docs/gold-format.md). The script runs ``g40kg evaluate`` on every set and prints
entity and relation precision / recall / F1, so an extraction round can be compared before and
after on the same sets. Sets whose README says *blind* are measured only: nobody who writes
extraction rules reads them (see ``benchmarks/extraction/README.md``).

``--pdf`` scores each set's documents printed to PDF by headless Chromium (as a browser prints
them; the ids stay the same), which is how most real G40 documents arrive: it measures what the
PDF text costs against the same documents as text.

Example::

    python benchmarks/extraction.py                  # every set
    python benchmarks/extraction.py heldout13        # one set
    python benchmarks/extraction.py --pdf heldout11  # the same documents as PDF (needs chromium)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SETS = Path(__file__).resolve().parent / "extraction"


def evaluate(folder: Path, corpus: Path | None = None) -> dict:
    """The ``overall`` scores of ``g40kg evaluate`` on one set folder (its documents: ``corpus``,
    default the set's own)."""
    done = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "evaluate", str(folder / "gold.yaml"),
                           str(corpus or folder / "corpus"), "--format", "json"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{folder.name}: {done.stderr.strip() or done.stdout.strip()}")
    return json.loads(done.stdout)["overall"]


def printed_to_pdf(corpus: Path, out: Path) -> Path:
    """Every document of ``corpus`` printed to ``out/<id>.pdf`` by headless Chromium."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("--pdf needs chromium (apt-get install chromium)")
    out.mkdir(parents=True, exist_ok=True)
    for document in sorted(corpus.iterdir()):
        target = out / (document.stem + ".pdf")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={target}", document.resolve().as_uri()],
                       capture_output=True, check=True, timeout=120)
    return out


def row(name: str, overall: dict) -> str:
    """One table row: ``| set | entities P / R / F1 | relations P / R / F1 |``."""
    cells = ["{precision:.2f} / {recall:.2f} / {f1:.2f}".format(**overall[part]) for part in ("entities", "relations")]
    return f"| {name} | {cells[0]} | {cells[1]} |"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="extraction P/R/F1 on every evaluation set")
    parser.add_argument("sets", nargs="*", help="set names (default: every folder with a gold.yaml)")
    parser.add_argument("--pdf", action="store_true", help="score the documents printed to PDF by Chromium")
    args = parser.parse_args(argv)
    names = args.sets or sorted(p.parent.name for p in SETS.glob("*/gold.yaml"))
    print("| set | entities P / R / F1 | relations P / R / F1 |")
    print("|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            corpus = printed_to_pdf(SETS / name / "corpus", Path(scratch) / name) if args.pdf else None
            print(row(name + (" (PDF)" if args.pdf else ""), evaluate(SETS / name, corpus)), flush=True)


if __name__ == "__main__":
    main()
