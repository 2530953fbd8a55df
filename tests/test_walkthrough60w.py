"""Walkthrough 40 (round 60w): the application manager who runs g40kg for the G40 bureau — a nightly build of a
shared folder colleagues drop documents into, `serve` on an internal machine, a weekly push, backups. Small
invented fixtures made here."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph import docdate
from graph.cli import cli


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _run(graph: Path, *args: str, lang: str = "nl"):
    return CliRunner().invoke(cli, ["--lang", lang, "--graph", str(graph), *args])


# finding 1: a document on one long line (a log, an export without line breaks) held the nightly build for hours:
# reading its date looked back over the whole line for every date in it (a 6.3 MB line: 75,000 dates)

_LOG_LINE = "Logboek 7 december 2026. De gemeente Almere werkt samen met het ministerie van BZK. "


class _Counted:
    """A compiled pattern that counts the characters its ``search`` is given to look at."""

    def __init__(self, pattern):
        self.pattern, self.scanned = pattern, 0

    def search(self, text, pos=0, endpos=None):
        self.scanned += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)


def test_the_dates_of_a_long_line_are_read_in_one_pass(monkeypatch):
    counted = _Counted(docdate._PERIOD_WORD)
    monkeypatch.setattr(docdate, "_PERIOD_WORD", counted)
    line = _LOG_LINE * 2000  # 170,000 characters, 2,000 dates
    assert docdate.head_date(line) is None  # a paragraph's dates are no document date (as before)
    assert counted.scanned < 100 * 2000  # looked back a few words per date, not over the line (170 million)


def test_a_long_line_keeps_its_dateline_and_its_period_words():
    paragraph = "Utrecht, 7 december 2026 – " + _LOG_LINE * 50
    assert docdate.head_date(paragraph) == "2026-12-07"  # a dateline at the start of a paragraph counts
    assert docdate.head_date("Logboek\nSinds   1 mei 2024 is zij voorzitter") is None  # "sinds" over spaces
    assert docdate.head_date("Logboek\nkomet 1 mei 2024") == "2024-05-01"  # "met" inside a word is no period word
    assert docdate.head_date("Nieuws\nOp 5 juni 2024 tekenden de G40 en EZK een akkoord over de binnensteden.") \
        == "2024-06-05"
    assert docdate.head_date("Jaarverslag 2024\nEllen Visser (Helmond) werd in september 2024 benoemd tot "
                             "vicevoorzitter.") is None


def test_a_document_on_one_line_over_the_size_limit_is_left_out_and_the_build_goes_on(tmp_path):
    _write(tmp_path / "map" / "logboek.txt", _LOG_LINE * 3000)  # 255,000 characters on one line
    _write(tmp_path / "map" / "nieuws.txt", "Nieuws 25 november 2026\n\nHelmond werkt samen met het ministerie van "
                                            "VWS aan gezondheid in de wijk.\n")
    result = _run(tmp_path / "graaf", "build", str(tmp_path / "map"), "--no-validate", "--max-document-size", "0.1",
                  "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 1
    assert [warning["code"] for warning in report["warnings"]] == ["too_large"]
