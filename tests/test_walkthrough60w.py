"""Walkthrough 40 (round 60w): the application manager who runs g40kg for the G40 bureau — a nightly build of a
shared folder colleagues drop documents into, `serve` on an internal machine, a weekly push, backups. Small
invented fixtures made here."""

from __future__ import annotations

import json
from pathlib import Path

from graph import docdate
from tests.documents import run_cli as _run, written as _write


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


# finding 2: a backup by 'cp -a' while the nightly build swapped its graph in copied files of two builds or stopped
# ("cannot stat 'graaf/oxigraph/000040.log'"), and there was no way to put last week's graph back in place


def _corpus(folder: Path, *towns: str) -> Path:
    for number, town in enumerate(towns, start=1):
        _write(folder / f"nieuws-{number}.txt", f"Nieuws {number} december 2026\n\nDe gemeente {town} werkt samen "
                                                "met het ministerie van BZK.\n")
    return folder


def _manifest(graph: Path) -> dict:
    return json.loads((graph / "manifest.json").read_text(encoding="utf-8"))


def test_a_backup_is_one_whole_build_and_a_graph_of_its_own(tmp_path):
    graph = tmp_path / "graaf"
    assert _run(graph, "build", str(_corpus(tmp_path / "map", "Ede", "Venlo")), "--no-validate").exit_code == 0
    assert _run(graph, "ask", "city-ministry").exit_code == 0  # keeps results in derived/
    (graph / "cache" / "push").mkdir()
    (graph / "cache" / "push" / "pushed.json").write_text("{}")
    result = _run(graph, "backup", str(tmp_path / "week49"), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["documents"], report["built"]) == (2, _manifest(graph)["built"])
    copy = tmp_path / "week49"
    assert (copy / "graph.nq").read_bytes() == (graph / "graph.nq").read_bytes()
    assert _manifest(copy) == _manifest(graph)
    assert not (copy / "derived").exists() and not (copy / "cache" / "push").exists()
    assert (copy / "cache" / "extract").is_dir()  # a restore needs no extraction again
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []  # no staging left
    again = _run(graph, "backup", str(copy))
    assert again.exit_code == 2
    assert again.output.strip().splitlines()[-1] == (f"Fout: {copy} bestaat al; een backup komt in een nieuwe map "
                                                    "(bijvoorbeeld met de datum in de naam)")
    rows = _run(copy, "ask", "city-ministry", "--format", "json")  # the copy is a graph of its own
    assert sorted(row["cityLabel"] for row in json.loads(rows.stdout)["rows"]) == ["Ede", "Venlo"]


def test_a_backup_waits_for_a_build_of_the_graph_and_says_it_is_busy(tmp_path):
    from graph.lock import graph_lock

    graph = tmp_path / "graaf"
    assert _run(graph, "build", str(_corpus(tmp_path / "map", "Ede")), "--no-validate").exit_code == 0
    with graph_lock(graph):  # a build that is swapping its graph in
        result = _run(graph, "backup", str(tmp_path / "kopie"), "--wait", "0.2", lang="en")
    assert result.exit_code == 75
    assert "a build of" in result.output and "is already running" in result.output
    assert not (tmp_path / "kopie").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".kopie")] == []


def test_restore_puts_last_weeks_build_back_and_keeps_the_push_record(tmp_path):
    graph = tmp_path / "graaf"
    corpus = _corpus(tmp_path / "map", "Ede")
    assert _run(graph, "build", str(corpus), "--no-validate").exit_code == 0
    last_week = _manifest(graph)["built"]
    assert _run(graph, "backup", str(tmp_path / "week49"), "--quiet").exit_code == 0
    _corpus(corpus, "Ede", "Venlo")
    assert _run(graph, "build", str(corpus), "--no-validate").exit_code == 0
    (graph / "cache" / "push").mkdir()
    (graph / "cache" / "push" / "pushed.json").write_text('{"of": "this week"}')
    result = _run(graph, "restore", str(tmp_path / "week49"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"De graaf in {graph} is teruggezet naar de bouw van ")
    assert f"(1 document, uit {tmp_path / 'week49'}). Hij verving de bouw van " in result.output
    assert (_manifest(graph)["built"], len(_manifest(graph)["documents"])) == (last_week, 1)
    assert (graph / "cache" / "push" / "pushed.json").read_text() == '{"of": "this week"}'
    assert (tmp_path / "week49" / "manifest.json").is_file()  # the backup stays
    rows = _run(graph, "ask", "city-ministry", "--format", "json")
    assert [row["cityLabel"] for row in json.loads(rows.stdout)["rows"]] == ["Ede"]
    rebuilt = _run(graph, "build", str(corpus), "--no-validate", "--format", "json")  # the next night
    assert json.loads(rebuilt.stdout)["documents"] == 2


def test_restore_of_a_folder_that_is_no_graph_touches_nothing(tmp_path):
    graph = tmp_path / "graaf"
    assert _run(graph, "build", str(_corpus(tmp_path / "map", "Ede")), "--no-validate").exit_code == 0
    before = (graph / "graph.nq").read_bytes()
    (tmp_path / "leeg").mkdir()
    result = _run(graph, "restore", str(tmp_path / "leeg"))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("Fout: ")
    assert (graph / "graph.nq").read_bytes() == before
    itself = _run(graph, "restore", str(graph))
    assert (itself.exit_code, itself.output.strip()) == (2, f"Fout: {graph} is de graaf zelf; geef de map van een backup")


# finding 6: with half the shared folder gone (a share mounted late, a colleague's clean-up), the nightly
# 'build --keep-going --quiet --strict' dropped those documents from the graph without a word (exit 0: no mail)


def test_quiet_strict_names_the_documents_that_left_the_graph(tmp_path):
    graph, corpus = tmp_path / "graaf", _corpus(tmp_path / "map", "Ede", "Venlo", "Emmen")
    assert _run(graph, "build", str(corpus), "--no-validate").exit_code == 0
    unchanged = _run(graph, "build", str(corpus), "--no-validate", "--quiet", "--strict")
    assert (unchanged.exit_code, unchanged.output) == (0, "")  # a night without news stays silent
    (corpus / "nieuws-2.txt").unlink()
    (corpus / "nieuws-3.txt").unlink()
    result = _run(graph, "build", str(corpus), "--no-validate", "--quiet", "--strict")
    assert result.exit_code == 0  # a removal is no warning: the exit status stays
    assert result.output == ("2 documenten uit de vorige graaf verwijderd (niet meer in de bronnen): nieuws-2, "
                             "nieuws-3; geef hun bestanden ook op om ze te houden\n")
    quiet = _run(graph, "build", str(_corpus(corpus, "Ede", "Venlo")), "--no-validate", "--quiet")
    assert (quiet.exit_code, quiet.output) == (0, "")  # --quiet alone: nothing but errors, as before


def test_a_backup_inside_the_graph_folder_is_refused(tmp_path):
    graph = tmp_path / "graaf"
    assert _run(graph, "build", str(_corpus(tmp_path / "map", "Ede")), "--no-validate").exit_code == 0
    result = _run(graph, "backup", str(graph / "kopie"))
    assert (result.exit_code, result.output.strip()) == (
        2, f"Fout: {graph / 'kopie'} ligt in de graafmap {graph} zelf, die elke bouw in zijn geheel vervangt; kies "
           "een map erbuiten")
    assert sorted(path.name for path in graph.iterdir()) == ["cache", "graph.nq", "manifest.json", "oxigraph"]


# finding 7: the nightly 'export --format site -o …' for the intranet printed two lines every night ("Geschreven:
# …", the note on the documents' text) on stderr, so cron mailed every night; build and push have --quiet, export none


def test_export_quiet_writes_the_site_and_says_nothing(tmp_path):
    graph = tmp_path / "graaf"
    assert _run(graph, "build", str(_corpus(tmp_path / "map", "Ede")), "--no-validate").exit_code == 0
    loud = _run(graph, "export", "--format", "site", "-o", str(tmp_path / "site"))
    assert loud.exit_code == 0 and loud.output.startswith(f"Geschreven: {tmp_path / 'site'} (")
    result = _run(graph, "export", "--format", "site", "-o", str(tmp_path / "intranet"), "--quiet")
    assert (result.exit_code, result.output) == (0, "")
    assert (tmp_path / "intranet" / "index.html").is_file()
    facts = _run(graph, "export", "--format", "csv", "-o", str(tmp_path / "feiten.csv"), "-q")
    assert (facts.exit_code, facts.output) == (0, "")
    assert "Ede" in (tmp_path / "feiten.csv").read_text(encoding="utf-8")
    failed = _run(graph, "export", "--format", "csv", "-o", str(tmp_path / "nergens" / "feiten.csv"), "--quiet")
    assert failed.exit_code != 0 and failed.output.startswith("Fout: ")  # an error is still said


# finding 8: a restore of a backup made before a removal on request brought the person back, without a word


def test_restore_says_when_the_corrections_changed_after_the_restored_build(tmp_path):
    graph, corrections = tmp_path / "graaf", tmp_path / "correcties"
    corrections.mkdir()
    corpus = _write(tmp_path / "map" / "nieuws.txt", "Nieuws 1 december 2026\n\nWethouder Anke de Groot van Zwolle "
                                                     "is voorzitter van de G40-pijler Fysiek Domein.\n").parent
    assert _run(graph, "build", str(corpus), "--no-validate", "--curated", str(corrections)).exit_code == 0
    assert _run(graph, "backup", str(tmp_path / "voor"), "-q").exit_code == 0
    plain = _run(graph, "restore", str(tmp_path / "voor"), "--format", "json")
    assert json.loads(plain.stdout)["corrections_changed_since"] is None  # nothing changed since: no note
    forgotten = _run(graph, "forget", "Anke de Groot", "--reason", "AVG-verzoek", "--to", str(corrections / "avg.yaml"))
    assert forgotten.exit_code == 0, forgotten.output
    assert _run(graph, "build", str(corpus), "--no-validate").exit_code == 0
    result = _run(graph, "restore", str(tmp_path / "voor"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        f"Let op: de correcties in {corrections.resolve()} veranderden na die bouw (ook verwijderingen op verzoek "
        "kunnen erbij zijn); de teruggezette graaf past ze niet toe tot de volgende bouw: bouw nu.")
