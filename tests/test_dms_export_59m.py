"""Round 59m: a DMS export's last rests. Two names in one folder that differ only in capitals, warnings that name ids
holding " (", a change of a document's author or case number alone, and the advice for an Outlook ``.msg``.

Small invented exports made here (case folders ``Z2025-001234/``, a ``metadata.csv``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import InputError
from graph.ingest import read_corpus
from graph.messages import language
from graph.warning_codes import warning_record
from tests.test_dms_export_58d import _TWENTE, _WIJK, _write  # an invented export's files, as round 58d writes them


_ZWOLLE = "Zwolle, 5 mei 2025\n\nKarin Bos is wethouder van Zwolle.\n"


def _invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def _build(graph: Path, corpus: Path, *args) -> dict:
    result = _invoke("--graph", graph, "build", corpus, "--format", "json", "--no-validate", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# 1. Notitie.pdf and notitie.pdf in one folder (a DMS on a case-sensitive file system): two documents, or one


def test_two_names_that_differ_only_in_capitals_in_one_folder_are_two_documents_with_stable_ids(tmp_path):
    upper = _write(tmp_path / "Z2025-001234" / "Notitie.txt", _WIJK)
    lower = _write(tmp_path / "Z2025-001234" / "notitie.txt", _TWENTE)
    _write(tmp_path / "metadata.csv", "Bestandsnaam;Titel;Auteur\nZ2025-001234/Notitie.txt;Notitie wijkaanpak;A. de Wit\n"
                                      "Z2025-001234/notitie.txt;Notitie Twente;P. Smit\n")
    documents, warnings = read_corpus([tmp_path])
    assert [(d.id, d.path, d.title, d.author) for d in documents] == [
        ("Notitie (N)", str(upper), "Notitie wijkaanpak", "A. de Wit"),  # each row its own file, as spelt
        ("notitie", str(lower), "Notitie Twente", "P. Smit")]
    assert [str(w) for w in warnings] == [
        "2 documenten in één map met namen die alleen in hoofdletters verschillen hebben die hoofdletters in hun id "
        "(een documentsysteem op een hoofdlettergevoelig bestandssysteem exporteert ze zo): notitie, Notitie (N)"]
    record = warning_record(warnings[0])
    assert (record["code"], record["documents"]) == ("spelling_id", ["notitie", "Notitie (N)"])
    with language("en"):
        assert str(read_corpus([tmp_path])[1][0]).startswith(
            "2 documents in one folder whose names differ only in capital letters have those capitals in their id")
    graph = tmp_path.parent / (tmp_path.name + "-kg")
    first = _build(graph, tmp_path)
    again = _build(graph, tmp_path)  # a rebuild: the same ids, nothing renamed
    assert first["documents"] == 2 and again["changes"] == {"new": [], "changed": [], "removed": [], "renamed": []}


def test_capitals_in_one_folder_and_a_name_in_two_cases_give_each_file_its_own_id(tmp_path):
    _write(tmp_path / "Z2025-001234" / "Notitie.txt", _WIJK)
    _write(tmp_path / "Z2025-001234" / "notitie.txt", _TWENTE)
    _write(tmp_path / "Z2025-001235" / "notitie.txt", _ZWOLLE)
    _write(tmp_path / "Z2025-001235" / "NOTITIE.txt", "Ede, 6 juni 2025\n\nJan Klaassen is wethouder van Ede.\n")
    documents, warnings = read_corpus([tmp_path])
    assert sorted((d.id, Path(d.path).parent.name) for d in documents) == [
        ("NOTITIE (NOTITIE)", "Z2025-001235"), ("Notitie (N)", "Z2025-001234"),
        ("notitie (Z2025-001234)", "Z2025-001234"), ("notitie (Z2025-001235)", "Z2025-001235")]
    assert sorted(warning_record(w)["code"] for w in warnings) == ["case_id", "spelling_id"], warnings


def test_two_names_that_differ_only_in_capitals_with_the_same_words_are_read_once(tmp_path):
    _write(tmp_path / "Z2025-001234" / "Besluit.txt", _WIJK)
    kept = _write(tmp_path / "Z2025-001234" / "besluit.txt", _WIJK.replace("\n\n", "\n"))  # other bytes, same words
    documents, warnings = read_corpus([tmp_path])
    assert [(d.id, d.path) for d in documents] == [("besluit", str(kept))]
    assert [str(w) for w in warnings] == [
        f"{tmp_path}/Z2025-001234/Besluit.txt overgeslagen: {kept} in dezelfde map heeft dezelfde naam op de "
        "hoofdletters na en dezelfde tekst, en dat wordt gelezen (een naam in kleine letters gaat voor)"]
    assert warning_record(warnings[0])["code"] == "copy"


def test_capitals_in_two_plain_folders_or_the_same_capitals_still_stop_the_build(tmp_path):
    # near misses: in two folders "Notitie"/"notitie" are two files of one name (no export's case-sensitive folder);
    # "AaB"/"aAB" (beside "AAb") have the same capitals and could not be told apart by them
    for folder, files, message in (
            ("plain", {"2023/Notitie.txt": _WIJK, "2024/notitie.txt": _TWENTE}, "'notitie' valt samen met 'Notitie'"),
            ("same", {"Z2025-001234/AAb.txt": _WIJK, "Z2025-001234/AaB.txt": _TWENTE, "Z2025-001234/aAB.txt": _ZWOLLE},
             "'AaB' valt samen met 'AAb'"),
            # names that differ in their type too: any file system holds them (walkthrough 43f's collision)
            ("types", {"Z2025-001234/Notitie.md": _WIJK, "Z2025-001234/notitie.txt": _TWENTE},
             "'notitie' valt samen met 'Notitie'")):
        for name, text in files.items():
            _write(tmp_path / folder / name, text)
        with pytest.raises(InputError, match=f"document-id {message}"):
            read_corpus([tmp_path / folder])


# 2. copy and rendition warnings name the ids that hold " (" (round 58d's case-numbered ids) as they are


def test_copy_and_rendition_warnings_name_case_numbered_ids_whole(tmp_path):
    _write(tmp_path / "Z2025-001234" / "document1.txt", _ZWOLLE)
    _write(tmp_path / "Z2025-001235" / "document1.txt", _WIJK)
    _write(tmp_path / "Z2025-001235" / "kopie document1.txt", _WIJK)
    _write(tmp_path / "Z2025-001234" / "Archief" / "document1 (archiefversie).txt", _ZWOLLE)
    # the metadata file dates the original only: its rendition has another date (round 58d)
    _write(tmp_path / "metadata.csv", "Bestandsnaam;Documentdatum\nZ2025-001234/document1.txt;01-05-2025\n")
    documents, warnings = read_corpus([tmp_path])
    assert sorted(d.id for d in documents) == ["document1 (Z2025-001234)", "document1 (Z2025-001235)"]
    records = {warning_record(w, documents)["message"].split(" (")[0]: warning_record(w, documents) for w in warnings}
    assert records["1 kopie overgeslagen"]["documents"] == ["kopie document1"], records
    assert records["1 archiefversie(s) overgeslagen"]["documents"] == ["document1 (archiefversie)"], records
    # a line read back from its text alone (a manifest's): the copy's id is all before " (= "
    copy = next(str(w) for w in warnings if w.startswith("1 kopie"))
    assert copy.endswith("kopie document1 (= document1 (Z2025-001235))")
    assert warning_record(copy)["documents"] == ["kopie document1"]
    from graph.corpus_checks import skipped_copies  # what a command asked about a copy's id says

    assert skipped_copies(warnings) == {"kopie document1": "document1 (Z2025-001235)",
                                        "document1 (archiefversie)": "document1 (Z2025-001234)"}


def test_a_list_of_ids_is_read_by_the_ids_of_the_build():
    # near miss: a list's own bracket (a date) is no part of the id; a case number is
    from types import SimpleNamespace as Doc

    from graph.docdate import future_warning, undated_warning

    documents = [Doc(id="document1 (Z2025-001234)", path="a", date="2031-03-01", period_start=None, title=None,
                     reference_date=None),
                 Doc(id="nota", path="b", date="2031-04-01", period_start=None, title=None, reference_date="2031-04-01")]
    line = str(future_warning(documents, today="2026-12-07"))  # its text alone, as a manifest holds it
    assert line.startswith("2 documenten gedateerd na vandaag: document1 (Z2025-001234) (2031-03-01), nota (2031-04-01)")
    record = warning_record(line, documents)
    assert (record["code"], record["documents"]) == ("future_date", ["document1 (Z2025-001234)", "nota"])
    undated = warning_record(str(undated_warning(documents)), documents)
    assert (undated["code"], undated["documents"]) == ("undated", ["document1 (Z2025-001234)"])


# 3. the metadata file's author and case number in the manifest: a change of them alone is a change, said as such


def _export(folder: Path, author: str, case: str = "Z2025-001234") -> Path:
    _write(folder / case / "nota.txt", _WIJK)
    _write(folder / case / "brief.txt", _TWENTE)
    _write(folder / "metadata.csv", f"Bestandsnaam;Titel;Auteur;Zaaknummer\n{case}/nota.txt;Nota wijkaanpak;{author};"
                                    f"{case}\n{case}/brief.txt;Brief Twente;P. Smit;{case}\n")
    return folder


def test_a_change_of_the_author_alone_is_a_change_that_says_so(tmp_path):
    corpus, graph = _export(tmp_path / "export", "A. de Wit"), tmp_path / "kg"
    _build(graph, corpus)
    old = tmp_path / "gisteren"
    result = _invoke("--graph", graph, "export")
    assert result.exit_code == 0, result.output
    import shutil

    shutil.copytree(graph, old)
    _export(corpus, "B. Jansen")
    built = _invoke("--graph", graph, "build", corpus, "--no-validate")
    assert built.exit_code == 0, built.output
    assert "Sinds de vorige bouw: 1 gewijzigd (nota: auteur gewijzigd).\n" in built.stdout, built.output
    entries = {d["id"]: d for d in json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["documents"]}
    assert (entries["nota"]["author"], entries["nota"]["case"], entries["brief"]["author"]) == \
        ("B. Jansen", "Z2025-001234", "P. Smit")
    diff = _invoke("--graph", graph, "diff", old / "")
    assert "Documenten: 1 gewijzigd (nota: auteur gewijzigd)." in diff.stdout, diff.output
    english = _invoke("--lang", "en", "--graph", graph, "diff", old, "--format", "json")
    assert json.loads(english.stdout)["documents"] == {"new": [], "changed": ["nota"], "removed": [], "renamed": [],
                                                       "parts": {"nota": ["author"]}}, english.output
    _write(corpus / "metadata.csv", (corpus / "metadata.csv").read_text(encoding="utf-8").replace(";Z2025-001234\n", ";Z2025-009999\n", 1))
    report = _build(graph, corpus)
    assert report["changes"] == {"new": [], "changed": ["nota"], "removed": [], "renamed": [],
                                 "parts": {"nota": ["case"]}}, report["changes"]
    with language("en"):
        from graph.cli.build_summary import changes_text
        from graph.cli.build_texts import TEXTS

        assert changes_text(report["changes"], TEXTS["en"], names=True) == "1 changed (nota: case number changed)"


def test_the_same_metadata_or_a_manifest_without_authors_is_no_change(tmp_path):
    # near misses: a rebuild with the same row; the first build after this update over a manifest without authors
    corpus, graph = _export(tmp_path / "export", "A. de Wit"), tmp_path / "kg"
    _build(graph, corpus)
    assert _build(graph, corpus)["changes"] == {"new": [], "changed": [], "removed": [], "renamed": []}
    path = graph / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for entry in manifest["documents"]:
        del entry["author"], entry["case"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    _export(corpus, "B. Jansen")  # the graph is rebuilt all the same; no words of the manifest to tell it
    assert _build(graph, corpus)["changes"]["changed"] == []


def test_a_removed_person_is_masked_as_the_author_in_the_manifest(tmp_path):
    corpus = _export(tmp_path / "export", "Anna de Wit")
    rules = tmp_path / "correcties"
    _write(rules / "avg.yaml", "suppress:\n  - {entity: person/anna-de-wit}\n")
    _build(tmp_path / "kg", corpus, "--curated", rules)
    text = (tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8")
    entries = {d["id"]: d for d in json.loads(text)["documents"]}
    assert entries["nota"]["author"] == "[naam verwijderd]" and "de wit" not in text.lower(), entries["nota"]
    assert entries["brief"]["author"] == "P. Smit"


# 4. .msg stays a skip, with the steps of each Outlook


def test_an_outlook_message_is_skipped_with_the_steps_to_save_it_readably(tmp_path):
    from graph.ingest import read_document

    path = tmp_path / "RE Afstemming.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    for lang, expected in (
            ("nl", "een Outlook-bericht: sla het op als .eml of als tekst om het te laten lezen (klassieke Outlook voor "
                   "Windows: open het bericht, Bestand > Opslaan als, bij Opslaan als type 'Alleen tekst (*.txt)'"),
            ("en", "an Outlook message: save it as .eml or as text to have it read (classic Outlook for Windows: open "
                   "the message, File > Save As, Save as type 'Text Only (*.txt)'; new Outlook: … on the message > Save "
                   "as, an .eml; Outlook on the web: … > Download, an .eml; Outlook for Mac: drag the message to a "
                   "folder in the Finder, an .eml)")):
        with language(lang), pytest.raises(InputError) as raised:
            read_document(path)
        assert expected in str(raised.value), raised.value
        assert warning_record(raised.value.args[0])["code"] == "unsupported"
