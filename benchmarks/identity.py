"""Check that two versions of g40kg build the same graph, step by step: the identity check of a speed round.

Both code trees build the same corpus, each into a graph folder of its own, through the same steps (a
full build; one document changed; one removed; one added; nothing changed); after each step the two
``graph.nq`` must be equal byte for byte, the two ``g40kg export --format nquads`` equal as sorted lines,
and the manifests' ``changes`` records equal without their times (``built``, ``previous_built``). A change of the
extraction's sources changes the extractor fingerprint the dataset graph names (four lines of ``graph.nq``): the
after version's is then read as the before version's, and the step's line says so (round 55b). Each
build runs from one working folder with the same corpus path, so the documents' paths agree.

    python benchmarks/generate.py --docs 300 --out /tmp/c300
    python benchmarks/identity.py --corpus /tmp/c300/corpus --work /tmp/ident \\
        --before /tmp/base:/tmp/shimbase --after .:/tmp/shim

``--before`` and ``--after``: the ``PYTHONPATH`` of each version (its code tree, then a folder that maps
``g40kg_data`` and ``g40kg_ontology`` to its ``data/`` and ``ontology/``). The corpus is changed in place
and put back at the end; with ``--copy`` a copy of it in the work folder is changed instead (for a corpus
of the repository: the bundled one, a development set's, as round 49r checked resolution with)::

    python benchmarks/identity.py --copy --corpus benchmarks/extraction/heldout27/corpus --work /tmp/ident27 \
        --before /tmp/base:/tmp/shimbase --after .:/tmp/shim

Exit status 1 when a step differs.

>>> _step_names()
['full build', 'one document changed', 'one document removed', 'one document added', 'nothing changed']
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SENTENCE = "\nDe gemeente Breda werkt samen met het ministerie van Financiën.\n"
#: a document of its own for the step that adds one (invented names, as the tests use)
ADDED = ("Op 3 maart 2024 sprak wethouder Anna Verbeek van Tilburg met de minister van BZK over de City Deal "
         "Eenvoudig Maatwerk. Breda en Tilburg werken daarin samen.\n")


def _step_names() -> list[str]:
    return [name for name, _change in _steps(Path("."))]


def _steps(corpus: Path):
    """(name, change) of each step; a change edits the corpus in place."""
    texts = sorted(corpus.glob("*.txt"))

    def change_one():
        middle = texts[len(texts) // 2]
        middle.write_text(middle.read_text(encoding="utf-8") + SENTENCE, encoding="utf-8")

    def remove_one():
        last = texts[-1]
        last.rename(last.with_name(last.name + ".weg"))
        sidecar = last.with_name(last.stem + ".meta.json")
        if sidecar.exists():
            sidecar.rename(sidecar.with_name(sidecar.name + ".weg"))

    def add_one():
        (corpus / "identiteit-toegevoegd.txt").write_text(ADDED, encoding="utf-8")

    return [("full build", None), ("one document changed", change_one), ("one document removed", remove_one),
            ("one document added", add_one), ("nothing changed", None)]


def _restore(corpus: Path) -> None:
    """Put the corpus back as the steps found it."""
    for moved in corpus.glob("*.weg"):
        moved.rename(moved.with_name(moved.name[:-len(".weg")]))
    (corpus / "identiteit-toegevoegd.txt").unlink(missing_ok=True)
    for text in corpus.glob("*.txt"):
        content = text.read_text(encoding="utf-8")
        if content.endswith(SENTENCE):
            text.write_text(content[:-len(SENTENCE)], encoding="utf-8")


def _g40kg(pythonpath: str, work: Path, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=pythonpath)
    return subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", *map(str, args)],
                          cwd=work, env=env, capture_output=True, text=True)


def _changes(graph: Path) -> dict:
    changes = json.loads((graph / "manifest.json").read_text(encoding="utf-8")).get("changes") or {}
    return {key: value for key, value in changes.items() if key not in ("built", "previous_built")}


def _extractor(nquads: bytes) -> bytes | None:
    """The extractor fingerprint the dataset graph names (``…/software/g40kg-extractor/HEX``), None without one.

    >>> _extractor(b"<x> <p> <https://w3id.org/g40kg/id/software/g40kg-extractor/a4e58450f1e10919> <g> ."), _extractor(b"")
    (b'a4e58450f1e10919', None)
    """
    found = re.search(rb"/g40kg-extractor/([0-9a-f]+)>", nquads)
    return found.group(1) if found else None


def _differences(pythonpaths: dict[str, str], work: Path, corpus: Path) -> list[str]:
    """Build with each version and compare; the differences found (empty: the same). Where the two extractor
    fingerprints differ (a hash of the extraction's sources: any edit of them changes it, and the dataset graph
    names it), the after version's is read as the before version's and a note says so."""
    found, exports = [], {}
    for name, pythonpath in pythonpaths.items():
        built = _g40kg(pythonpath, work, "--graph", work / name, "build", corpus, "--format", "json")
        if built.returncode != 0:
            return [f"{name}: build failed: {(built.stderr or built.stdout).strip().splitlines()[-1:]}"]
        exported = _g40kg(pythonpath, work, "--graph", work / name, "export", "--format", "nquads")
        exports[name] = exported.stdout
    before, after = (work / name for name in pythonpaths)
    graphs = [(before / "graph.nq").read_bytes(), (after / "graph.nq").read_bytes()]
    old, new = _extractor(graphs[0]), _extractor(graphs[1])
    if old is not None and new is not None and old != new:
        graphs[1] = graphs[1].replace(new, old)
        exports["after"] = exports["after"].replace(new.decode(), old.decode())
        found.append(f"note: extractor fingerprint {new.decode()} read as {old.decode()}")
    if graphs[0] != graphs[1]:
        found.append("graph.nq differs")
    if sorted(exports["before"].splitlines()) != sorted(exports["after"].splitlines()):
        found.append("export --format nquads differs")
    if _changes(before) != _changes(after):
        found.append("the manifest's changes record differs")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus folder (changed, then put back)")
    parser.add_argument("--work", type=Path, required=True, help="where the two graph folders go (emptied first)")
    parser.add_argument("--before", required=True, help="PYTHONPATH of the version compared against")
    parser.add_argument("--after", required=True, help="PYTHONPATH of the version checked")
    parser.add_argument("--copy", action="store_true", help="change a copy of the corpus in the work folder")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    if args.copy:
        corpus = shutil.copytree(corpus, args.work.resolve() / "corpus")
    failed = False
    try:
        for name, change in _steps(corpus):
            if change is not None:
                change()
            differences = _differences({"before": args.before, "after": args.after}, args.work, corpus)
            counts = {key: n for key, n in (_changes(args.work / "after").get("counts") or {}).items() if n}
            notes = [d for d in differences if d.startswith("note: ")]
            differences = [d for d in differences if not d.startswith("note: ")]
            print(f"{name}: {'; '.join(differences) if differences else 'the same'} (changes record: {counts})"
                  + "".join(f"; {note}" for note in notes), flush=True)
            failed = failed or bool(differences)
    finally:
        _restore(corpus)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
