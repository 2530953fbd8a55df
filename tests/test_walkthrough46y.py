"""Walkthrough 21 (round 46y): an informatiemanager's three weekly builds — a newer version of a file
in a later week's folder, corrections that take effect, curated rows that say what curated them, a line
under the wrong section of a correction file and the weekly mail's text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from click.testing import CliRunner

from graph.cli import cli

OLD = "# Verslag pijler\n\nDatum: 3 november 2026\n\nAan de City Deal Eenvoudig Maatwerk nemen Emmen en Ede deel. De pijler komt in 2027 weer bijeen.\n"
NEW = "# Verslag pijler\n\nDatum: 3 november 2026\n\nAan de City Deal Eenvoudig Maatwerk nemen Emmen en Epe deel. De pijler komt in 2027 weer bijeen.\n"


def _run(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--engine", "rdflib", "--graph", str(graph), *map(str, args)])


def _write(path: Path, text: str, mtime: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def _weeks(tmp_path, new_text=NEW):
    """week1/verslag.md (old, an older file) and week3/verslag.md (``new_text``, a newer file)."""
    old = _write(tmp_path / "week1" / "verslag.md", OLD, 1.7e9)
    new = _write(tmp_path / "week3" / "verslag.md", new_text, 1.7e9 + 3600)
    return old, new


# ----------------------------------------------------------------------------- finding 3: a newer version


@pytest.mark.parametrize("lang, line", [
    ("nl", "{old} overgeslagen: {new} heeft dezelfde naam en is een nieuwere versie (een nieuwer bestand)"),
    ("en", "{old} left out: {new} has the same name and is a newer version (a newer file)"),
])
def test_a_newer_version_in_a_later_weeks_folder_is_the_one_built(runner, tmp_path, lang, line):
    old, new = _weeks(tmp_path)
    graph = tmp_path / "kg"
    result = _run(runner, graph, "build", tmp_path / "week1", tmp_path / "week3", "--format", "json", lang=lang)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [w["message"] for w in report["warnings"]] == [line.format(old=old, new=new)], report["warnings"]
    assert [(w["code"], w["document"]) for w in report["warnings"]] == [("older_version", "verslag")]
    cities = _run(runner, graph, "ask", "city-involvement", "-p", "city=Epe", "--format", "json")
    assert "Eenvoudig Maatwerk" in cities.stdout, cities.output
    gone = _run(runner, graph, "ask", "city-involvement", "-p", "city=Ede", "--format", "json")
    assert "Eenvoudig Maatwerk" not in gone.stdout, gone.output


def test_the_newer_version_wins_over_the_previous_builds_file_with_keep_going(runner, tmp_path):
    old, new = _weeks(tmp_path)
    graph = tmp_path / "kg"
    assert _run(runner, graph, "build", tmp_path / "week1").exit_code == 0
    result = _run(runner, graph, "build", tmp_path / "week1", tmp_path / "week3", "--keep-going")
    assert result.exit_code == 0, result.output
    assert (f"{old} overgeslagen: {new} heeft dezelfde naam en is een nieuwere versie (een nieuwer bestand)"
            in result.stderr), result.stderr
    assert "alfabetische" not in result.stderr, result.stderr


def test_a_later_document_date_goes_before_the_files_time(tmp_path):
    from graph.ingest import read_corpus

    _write(tmp_path / "week1" / "stand.md", OLD.replace("3 november", "1 oktober"), 1.7e9 + 3600)
    _write(tmp_path / "week3" / "stand.md", OLD.replace("3 november", "8 oktober"), 1.7e9)
    documents, warnings = read_corpus([tmp_path / "week1", tmp_path / "week3"])
    assert [(d.path, d.date) for d in documents] == [(str(tmp_path / "week3" / "stand.md"), "2026-10-08")]
    # walkthrough 24, finding 5: another date may be a snapshot; the warning also counts the facts moved
    assert "is een nieuwere versie (latere documentdatum 2026-10-08); van de " in warnings[0], warnings
    assert warnings[0].endswith("een naam met de datum (stand-2026-10-08.md): dan blijven beide"), warnings


def test_two_different_documents_of_one_name_still_stop_the_build(runner, tmp_path):
    old, other = _weeks(tmp_path, new_text="Het bestuur besluit over de begroting van het bureau voor 2027.\n")
    result = _run(runner, tmp_path / "kg", "build", tmp_path / "week1", tmp_path / "week3")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"Fout: {other}: document-id 'verslag' wordt ook gebruikt door {old}; het id is de bestandsnaam zonder "
        "extensie, dus hernoem een van beide bestanden (of bouw ze in aparte grafen met --graph)"), result.stderr


# ----------------------------------------------------------------------------- findings 1 and 4a: a correction's dates

MAIL = ("Van: bureau G40\nDatum: 12 november 2026\n\n"
        "Karel Jansen is voorzitter van de pijler Economie.\n"
        "Yvonne Bakker, beleidsadviseur bij het ministerie van OCW, is contactpersoon voor de City Deal Kennis Maken.\n")
DATED = """facts:
  - {subject: Karel Jansen, predicate: hasRole, object: Pijler Economie, role: voorzitter, valid_from: 2026-11-16, note: "met ingang van 16 november"}
  - {subject: Yvonne Bakker, predicate: contactFor, object: City Deal Kennis Maken, valid_until: 2026-12-31, past: true, note: "mail 27 november"}
"""


@pytest.fixture(scope="module")
def dated_graph(tmp_path_factory):
    """A mail of 12 November naming a chair and a ministry's contact, and corrections that date both."""
    root = tmp_path_factory.mktemp("dated46y")
    (root / "docs").mkdir()
    (root / "docs" / "mail-2026-11-12.txt").write_text(MAIL, encoding="utf-8")
    (root / "corr").mkdir()
    (root / "corr" / "c.yaml").write_text(DATED, encoding="utf-8")
    result = _run(CliRunner(), root / "kg", "build", root / "docs", "--curated", root / "corr")
    assert result.exit_code == 0, result.output
    return root / "kg"


def _rows(runner, graph, *args):
    result = _run(runner, graph, "ask", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def test_a_curated_start_overrides_the_documents_date_of_the_same_role(runner, dated_graph):
    rows = _rows(runner, dated_graph, "who-does-what", "-p", "person=Karel Jansen")
    assert [(r["role"], r["bodyLabel"], r["since"], r["documents"]) for r in rows] == [
        ("voorzitter", "Pijler Economie", "2026-11-16", 1)], rows
    assert _rows(runner, dated_graph, "who-does-what", "-p", "person=Karel Jansen", "--as-of", "2026-11-13") == []


def test_a_curated_end_ends_the_contact_the_documents_state(runner, dated_graph):
    rows = _rows(runner, dated_graph, "ministry-contacts", "--as-of", "2026-12-07")
    assert [(r["ministryLabel"], r["personLabel"], r["dossierLabel"]) for r in rows] == [
        ("OCW", "Yvonne Bakker", "City Deal Kennis Maken")], rows
    assert _rows(runner, dated_graph, "ministry-contacts", "--as-of", "2027-01-15") == []


# ----------------------------------------------------------------------------- finding 4b: a contact at no ministry


@pytest.mark.parametrize("lang, line", [
    ("nl", "{file}:2: Karel Jansen is contactpersoon voor City Deal Kennis Maken, maar werkt volgens de graaf niet "
           "bij een ministerie of gemeente; ministry-contacts toont Karel Jansen pas met een rol bij het ministerie: "
           "{{subject: Karel Jansen, predicate: hasRole, object: MINISTERIE, role: …}}"),
    ("en", "{file}:2: Karel Jansen is the contact for City Deal Kennis Maken, but works at no ministry or "
           "municipality by the graph; ministry-contacts lists Karel Jansen only with a role at the ministry: "
           "{{subject: Karel Jansen, predicate: hasRole, object: MINISTRY, role: …}}"),
])
def test_a_curated_contact_at_no_ministry_says_what_else_is_needed(runner, tmp_path, lang, line):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "mail-2026-11-12.txt").write_text(MAIL, encoding="utf-8")
    fixes = tmp_path / "corr"
    fixes.mkdir()
    (fixes / "c.yaml").write_text("facts:\n  - {subject: Karel Jansen, predicate: contactFor, object: City Deal Kennis "
                                  "Maken}\n  - {subject: Yvonne Bakker, predicate: contactFor, object: Pijler Economie}\n",
                                  encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", tmp_path / "docs", "--curated", fixes, "--format", "json", lang=lang)
    assert result.exit_code == 0, result.output
    messages = [w["message"] for w in json.loads(result.stdout)["warnings"] if w["code"] == "curation"]
    assert messages == [line.format(file=fixes / "c.yaml")], messages


# ----------------------------------------------------------------------------- finding 12: what curated a row


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_row_of_a_correction_and_a_document_names_the_correction(runner, dated_graph, engine):
    def ask(*args):
        return runner.invoke(cli, ["--engine", engine, "--graph", str(dated_graph), "ask", *args])

    table = ask("who-does-what", "-p", "person=Karel Jansen")
    assert table.exit_code == 0, table.output
    row = table.stdout.splitlines()[-1].split()
    assert row[-4:] == ["c.yaml:2", "gecureerd", "(c.yaml:2)", "1"], table.stdout
    csv_rows = ask("who-does-what", "-p", "person=Karel Jansen", "--format", "csv").stdout.splitlines()
    assert csv_rows[1].split(",")[10:12] == ["c.yaml:2", "mail-2026-11-12"], csv_rows
    contacts = json.loads(ask("ministry-contacts", "--format", "json").stdout)["rows"]
    assert [(r["personLabel"], r["since"], r["documentId"], r["curation"]) for r in contacts] == [
        ("Yvonne Bakker", "2026-11-12", "mail-2026-11-12", "c.yaml:3")], contacts


# ----------------------------------------------------------------------------- finding 13: a line under the wrong section


@pytest.mark.parametrize("lang, hint", [
    ("nl", "onbekend veld 'quote' (dit veld hoort onder suppress:, niet onder facts:; zet de regel daaronder)"),
    ("en", "unknown field 'quote' (this field belongs under suppress:, not under facts:; move the line there)"),
])
def test_a_suppress_line_under_facts_is_told_where_it_belongs(runner, tmp_path, lang, hint):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "mail-2026-11-12.txt").write_text(MAIL, encoding="utf-8")
    fixes = tmp_path / "corr"
    fixes.mkdir()
    (fixes / "c.yaml").write_text("facts:\n  - {subject: Karel Jansen, predicate: hasRole, object: Pijler Economie, "
                                  "role: voorzitter, quote: \"is voorzitter\", reason: \"vooruitblik\"}\n", encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", tmp_path / "docs", "--curated", fixes, lang=lang)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"{'Fout' if lang == 'nl' else 'Error'}: {fixes / 'c.yaml'}:2: {hint}; "), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# ----------------------------------------------------------------------------- finding 14: the weekly mail


def test_the_build_summary_and_diff_name_the_new_and_changed_documents(runner, tmp_path):
    week1, week3 = tmp_path / "week1", tmp_path / "week3"
    _write(week1 / "verslag.md", OLD, 1.7e9)
    _write(week1 / "notitie.md", "# Notitie\n\nDatum: 2 november 2026\n\nBreda werkt samen met het ministerie van EZK.\n",
           1.7e9)
    graph, before = tmp_path / "kg", tmp_path / "vorige"
    assert _run(runner, graph, "build", week1).exit_code == 0
    import shutil

    shutil.copytree(graph, before)
    _write(week3 / "verslag.md", NEW, 1.7e9 + 3600)
    _write(week3 / "nieuws.md", "# Nieuws\n\nDatum: 20 november 2026\n\nTilburg werkt samen met het ministerie van OCW.\n",
           1.7e9 + 3600)
    built = _run(runner, graph, "build", week3)
    assert "Sinds de vorige bouw: 1 nieuw (nieuws), 1 gewijzigd (verslag), 1 verwijderd.\n" in built.stdout, built.output
    markdown = _run(runner, graph, "diff", before, "--format", "markdown").stdout.splitlines()
    assert markdown[1:3] == ["Documenten: 1 nieuw (nieuws), 1 gewijzigd (verslag), 1 verwijderd (notitie).", ""], markdown
    assert markdown[0].startswith("2 feiten erbij, 2 feiten eraf (") and markdown[3].startswith("| verandering |"), markdown
    english = _run(runner, graph, "diff", before, lang="en").stdout.splitlines()
    assert english[1] == "Documents: 1 new (nieuws), 1 changed (verslag), 1 removed (notitie).", english
    data = json.loads(_run(runner, graph, "diff", before, "--format", "json").stdout)
    assert data["documents"] == {"new": ["nieuws"], "changed": ["verslag"], "removed": ["notitie"], "renamed": []}


# ----------------------------------------------------------------------------- finding 5: a name after the file's merge

NAMESAKES = {"nieuws-2026-11-03.txt": "Nieuws 3 november 2026\n\nDaan Verhoef, wethouder van Amersfoort, wordt "
                                      "voorzitter van de pijler Fysiek Domein.\n",
             "rectificatie-2026-11-11.txt": "Rectificatie 11 november 2026\n\nDaan Verhoef is wethouder van Apeldoorn.\n"}


def test_a_name_of_two_namesakes_merged_in_the_same_file_names_the_one_they_became(runner, tmp_path):
    docs, fixes = tmp_path / "docs", tmp_path / "corr"
    docs.mkdir(), fixes.mkdir()
    for name, text in NAMESAKES.items():
        (docs / name).write_text(text, encoding="utf-8")
    first = _run(runner, tmp_path / "kg", "build", docs)
    assert "merge: {from: person/daan-verhoef-apeldoorn, into: person/daan-verhoef}" in first.stderr, first.output
    (fixes / "c.yaml").write_text(
        "merge:\n  - {from: person/daan-verhoef-apeldoorn, into: person/daan-verhoef, reason: rectificatie}\n"
        "suppress:\n  - {subject: Daan Verhoef, predicate: hasRole, object: Amersfoort, role: wethouder, "
        "reason: rectificatie}\n", encoding="utf-8")
    built = _run(runner, tmp_path / "kg", "build", docs, "--curated", fixes)
    assert built.exit_code == 0, built.output
    assert "Correcties: 1 samengevoegd, 1 onderdrukt." in built.stdout, built.stdout
    rows = _rows(runner, tmp_path / "kg", "who-does-what", "-p", "person=Daan Verhoef")
    assert sorted((r["role"], r["bodyLabel"]) for r in rows) == [("voorzitter", "Pijler Fysiek Domein"),
                                                                  ("wethouder", "Apeldoorn")], rows
