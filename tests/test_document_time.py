"""``build --max-document-time``: a document whose extraction runs too long is left out with one warning,
the rest of the build goes on, and the next build tries it again (walkthrough 16, finding 1).

A slow extractor is monkeypatched in (it sleeps far longer than the limit and is stopped by it); the
limit is a few seconds, far more than the extraction of the other small documents takes, so nothing
depends on a race. No timing is asserted.
"""

from __future__ import annotations

import json
import time

import pytest

import graph.incremental as incremental
from graph.cli import cli
from graph.document_time import TimeLimitPassed, time_limit
from graph.gazetteer import load_gazetteer
from graph.workers import forked_map
from tests.documents import warning_lines

LIMIT = "3"  # seconds: the small documents' extraction takes some milliseconds
SLOW = "traag"  # the id of the document the patched extractor never finishes


@pytest.fixture()
def slow_extractor(monkeypatch):
    """The extraction of the document :data:`SLOW` sleeps ten minutes (the limit stops it); others are real."""
    real = incremental._extract_one

    def extract_one(gazetteer, job):
        if job[0] == SLOW:
            time.sleep(600)
        return real(gazetteer, job)

    monkeypatch.setattr(incremental, "_extract_one", extract_one)
    return real


def _corpus(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "klein.txt").write_text("Eva Kok is voorzitter van de Pijler Fysiek.\n", encoding="utf-8")
    (docs / f"{SLOW}.txt").write_text("Jan Visser, wethouder van de gemeente Zwolle, werkt samen met het "
                                      "ministerie van Economische Zaken.\n", encoding="utf-8")
    return docs


@pytest.mark.parametrize("lang, warning", [
    ("nl", "{path}: overgeslagen, de extractie duurde langer dan 3 s (ruimer of zonder grens: build "
           "--max-document-time 6 of 0); de volgende bouw probeert het opnieuw"),
    ("en", "{path}: skipped, its extraction took longer than 3 s (a larger limit or none: build "
           "--max-document-time 6 or 0); the next build tries it again"),
])
def test_a_document_past_the_time_limit_is_left_out_and_tried_again(runner, tmp_path, monkeypatch, slow_extractor,
                                                                    lang, warning):
    docs = _corpus(tmp_path)
    graph = tmp_path / "kg"
    args = ["--lang", lang, "--graph", str(graph), "build", str(docs), "--format", "json", "--no-validate"]
    result = runner.invoke(cli, args + ["--max-document-time", LIMIT])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert warning_lines(report)[0] == warning.format(path=docs / f"{SLOW}.txt"), warning_lines(report)
    assert (report["documents"], report["changes"]["new"]) == (1, ["klein"]), report
    cached = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["extraction"]
    assert (cached["extracted"], cached["reused"]) == (1, 0), cached
    monkeypatch.setattr(incremental, "_extract_one", slow_extractor)  # the document is fine now
    again = json.loads(runner.invoke(cli, args).stdout)
    assert (again["documents"], again["changes"]["new"]) == (2, [SLOW]), again
    assert not any("--max-document-time" in warning for warning in warning_lines(again)), warning_lines(again)


def test_the_limit_comes_from_the_environment_and_0_is_none(runner, tmp_path, monkeypatch, slow_extractor):
    docs = _corpus(tmp_path)
    (docs / f"{SLOW}.txt").unlink()
    monkeypatch.setenv("G40KG_MAX_DOCUMENT_TIME", "0")  # no limit: the small document is extracted as ever
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json",
                                 "--no-validate"])
    assert (result.exit_code, json.loads(result.stdout)["documents"]) == (0, 1), result.output
    (docs / f"{SLOW}.txt").write_text("Jan Visser is wethouder van Zwolle.\n", encoding="utf-8")
    monkeypatch.setenv("G40KG_MAX_DOCUMENT_TIME", LIMIT)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json",
                                 "--no-validate"])
    report = json.loads(result.stdout)
    assert (result.exit_code, report["documents"], warning_lines(report)[0].split(":")[0]) == (
        0, 1, str(docs / f"{SLOW}.txt")), result.output


def test_only_documents_past_the_time_limit_is_a_usage_error(runner, tmp_path, slow_extractor):
    docs = _corpus(tmp_path)
    (docs / "klein.txt").unlink()
    result = runner.invoke(cli, ["--lang", "en", "--graph", str(tmp_path / "kg"), "build", str(docs),
                                 "--max-document-time", LIMIT])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: nothing to build: no usable document in {docs} ({docs / f'{SLOW}.txt'}: skipped, its extraction "
        "took longer than 3 s (a larger limit or none: build --max-document-time 6 or 0); the next build tries it "
        "again); the previous graph is unchanged\n"), result.output
    assert not (tmp_path / "kg").exists()


def test_the_limit_stops_a_document_in_a_worker_process_too(slow_extractor):
    """The path of a build with --workers: each worker process runs its jobs in its own main thread."""
    jobs = [("klein", "Eva Kok is voorzitter van de Pijler Fysiek.", None), (SLOW, "Jan Visser.", None),
            ("ook-klein", "Jan Visser is wethouder van Zwolle.", None)]
    done = forked_map(incremental._extract_for_cache, jobs, state=(load_gazetteer(), float(LIMIT)), workers=2,
                      parallel_min=1)
    assert [d is None for d in done] == [False, True, False]
    assert [d[1][0] for d in done if d] == ["klein", "ook-klein"]  # outline records of the documents


def test_a_time_limit_ends_with_its_block():
    """No alarm is left behind: after the block, nothing interrupts what follows."""
    with time_limit(0.2):
        pass
    time.sleep(0.4)
    with pytest.raises(TimeLimitPassed):
        with time_limit(0.2):
            time.sleep(600)
