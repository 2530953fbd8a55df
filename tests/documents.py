"""Small folders of documents for the tests that build a graph."""

from __future__ import annotations

import json
from pathlib import Path


def written(path: Path, text: str) -> Path:
    """``path`` with ``text`` written to it (UTF-8), its folders made: one invented document of a fixture."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(graph: Path, *args: str, lang: str = "nl"):
    """``g40kg --lang LANG --graph GRAPH ARGS…`` in this process (click's ``CliRunner``): its result."""
    from click.testing import CliRunner

    from graph.cli import cli

    return CliRunner().invoke(cli, ["--lang", lang, "--graph", str(graph), *args])


def dated_documents(where: Path, documents: dict[str, tuple[str, str]]) -> Path:
    """A folder ``where/docs`` of ``documents`` (id → (text, date)), each dated by its ``.meta.json``."""
    docs = where / "docs"
    docs.mkdir()
    for name, (text, date) in documents.items():
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    return docs


def built_from(where: Path, documents: dict[str, tuple[str, str]]) -> Path:
    """The graph folder ``where/kg`` built from ``documents`` (id → (date, text)), each dated by its ``.meta.json``."""
    from graph.pipeline import build_graph

    docs = dated_documents(where, {name: (text.rstrip("\n"), day) for name, (day, text) in documents.items()})
    build_graph([docs], where / "kg")
    return where / "kg"


def static_copy(where: Path, documents: dict[str, tuple[str, str]]) -> Path:
    """The static copy ``where/site`` (``export --format site``) of the graph ``where/kg`` built from ``documents``
    (id → (text, date), as :func:`dated_documents`)."""
    from click.testing import CliRunner

    from graph.cli import cli
    from graph.pipeline import build_graph

    build_graph([dated_documents(where, documents)], where / "kg")
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "export", "--format", "site", "-o",
                                      str(where / "site")])
    assert result.exit_code == 0, result.output
    return where / "site"


def three_graphs(tmp_path_factory, seed_graph: Path, documents: dict[str, tuple[str, str]], name: str) -> dict[str, Path]:
    """Three graph folders to compare answers on: ``built`` from ``documents`` (:func:`built_from`), ``seed`` (a copy of
    the session's bundled-corpus graph without its ``derived/``, which stays as it is) and ``curated`` (the curation
    example with its hand-added facts)."""
    import shutil

    from graph.derived import DERIVED_DIR
    from graph.store import save_dataset
    from test_curated_evidence import curated_dataset

    built = built_from(tmp_path_factory.mktemp(name), documents)
    seed = tmp_path_factory.mktemp(f"{name}-seed") / "kg"
    shutil.copytree(seed_graph, seed, ignore=shutil.ignore_patterns(DERIVED_DIR))
    curated = tmp_path_factory.mktemp(f"{name}-curated") / "kg"
    save_dataset(curated_dataset("rdflib"), curated, {"documents": [{"id": "doc-x"}]})
    return {"built": built, "seed": seed, "curated": curated}


def ask_rows(runner, kg: Path, engine: str, *args) -> list[dict]:
    """The rows of ``g40kg --engine ENGINE ask ARGS --format json`` on the graph ``kg`` (exit status 0 checked)."""
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def unit_role_timeline(kg: Path, unit: str, role: str, *window: str) -> list[tuple]:
    """(person, start, end) of ``g40kg ask unit-role-timeline -p unit=UNIT -p role=ROLE WINDOW`` on ``kg``
    (exit status 0 checked)."""
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(kg), "ask", "unit-role-timeline", "-p", f"unit={unit}",
                                      "-p", f"role={role}", "--format", "json", *window])
    assert result.exit_code == 0, result.output
    return [(r["personLabel"], r["start"], r["end"]) for r in json.loads(result.output)["rows"]]


def assert_rebuild_is_fresh(runner, docs: Path, kg: Path, fresh: Path) -> None:
    """Build ``docs`` into the existing graph ``kg`` (a rebuild) and into ``fresh`` (a full build):
    the two ``graph.nq`` files must be the same bytes."""
    from graph.cli import cli
    from graph.store import GRAPH_FILE

    built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs)])
    assert built.exit_code == 0, built.output
    full = runner.invoke(cli, ["--graph", str(fresh), "build", str(docs)])
    assert full.exit_code == 0, full.output
    assert (kg / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()


def warning_lines(summary: dict) -> list[str]:
    """The lines of a ``build --format json`` summary's warnings (records since round 43e: code, file,
    document, documents, message)."""
    return [warning["message"] for warning in summary["warnings"]]


def without_meta(output: str):
    """A ``--format json`` answer without its ``meta`` (round 43c: the command, parameters, build time
    and endpoint, which differ between two runs that must give the same answer).

    >>> without_meta('{"columns": ["n"], "rows": [{"n": 1}], "meta": {"built": "2026-12-05"}}')
    {'columns': ['n'], 'rows': [{'n': 1}]}
    """
    answer = json.loads(output)
    return {k: v for k, v in answer.items() if k != "meta"} if isinstance(answer, dict) else answer


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; the first the catalog), with its cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def mail_with_attachment(subject: str, body: str, data: bytes, subtype: str, filename: str) -> bytes:
    """An e-mail (``.eml`` bytes) from the G40 secretariat of 5 March 2024 with ``body`` and one attachment
    ``filename`` (``application/<subtype>``, the bytes ``data``)."""
    import email.message

    message = email.message.EmailMessage()
    message["From"] = "Secretariaat G40 <secretariaat@g40.example>"
    message["Subject"] = subject
    message["Date"] = "Tue, 05 Mar 2024 09:30:00 +0100"
    message.set_content(body)
    message.add_attachment(data, maintype="application", subtype=subtype, filename=filename)
    return bytes(message)
