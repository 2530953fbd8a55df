"""Round 57d: what walkthrough 34's DMS export left, an OpenDocument text (``.odt``) and the export's metadata
file (``metadata.csv`` / ``metadata.xml``) as the sidecar of the files it names.

Small invented fixtures made here (zipfile and XML strings); the walkthrough's own export stays outside the
repository."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from graph.corpus_cache import CorpusCache, read_corpus_cached
from graph.errors import InputError
from graph.ingest import read_document
from graph.messages import language
from graph.odttext import odt_bytes
from graph.warning_codes import warning_record

_BODY = ('<text:h text:outline-level="1">Verslag <text:span>themagroep</text:span> Wonen</text:h>'
         '<text:p>Utrecht, 12 maart 2024</text:p>'
         '<text:p>Anke<text:s text:c="3"/>Bos is voorzitter van de Themagroep Wonen.'
         '<office:annotation><text:p>Nog navragen bij Piet</text:p></office:annotation>'
         '<text:note><text:note-body><text:p>Voetnoot over de begroting</text:p></text:note-body></text:note></text:p>'
         '<text:tracked-changes><text:changed-region><text:deletion><text:p>Jan Oud was voorzitter.</text:p>'
         '</text:deletion></text:changed-region></text:tracked-changes>'
         '<text:list><text:list-item><text:p>Ede</text:p></text:list-item>'
         '<text:list-item><text:p>Zwolle</text:p></text:list-item></text:list>'
         '<text:section><text:p>Secretaris is Ria de Vries.</text:p></text:section>'
         '<table:table><table:table-header-rows><table:table-row>'
         '<table:table-cell><text:p>Themagroep</text:p></table:table-cell>'
         '<table:table-cell><text:p>Trekker</text:p></table:table-cell></table:table-row></table:table-header-rows>'
         '<table:table-row><table:table-cell><text:p>Jeugd</text:p></table:table-cell>'
         '<table:table-cell><text:p>Eva Smit</text:p></table:table-cell></table:table-row></table:table>')


def _skip(path: Path, lang: str = "nl") -> str:
    with language(lang), pytest.raises(InputError) as caught:
        read_document(path)
    return str(caught.value)


# 1. an OpenDocument text is read as a Word document is


def test_an_odt_is_read_with_headings_paragraphs_lists_and_tables_as_a_docx(tmp_path):
    path = tmp_path / "Verslag themagroep.odt"
    path.write_bytes(odt_bytes(_BODY))
    document = read_document(path)
    assert document.text == ("Verslag themagroep Wonen\n\nUtrecht, 12 maart 2024\n\n"
                             "Anke Bos is voorzitter van de Themagroep Wonen.\n\n• Ede\n\n• Zwolle\n\n"
                             "Secretaris is Ria de Vries.\n\n| Themagroep | Trekker |\n|---|---|\n| Jeugd | Eva Smit |")
    assert (document.id, document.title, document.date, document.date_inferred) == (
        "Verslag themagroep", "Verslag themagroep Wonen", "2024-03-12", False)
    # its tracked deletion is said, as a .docx's (round 58d; it had no warning)
    assert [warning_record(w)["code"] for w in document.warnings] == ["tracked_changes"]


def test_a_paragraph_styled_title_is_the_heading_and_a_table_without_header_rows_stays_html(tmp_path):
    path = tmp_path / "notitie.odt"
    path.write_bytes(odt_bytes('<text:p text:style-name="Title">Notitie Regio Deal</text:p>'
                               '<text:p text:style-name="Standard">De stuurgroep komt bijeen.</text:p>'
                               '<table:table><table:table-row><table:table-cell><text:p>Jeugd</text:p>'
                               '</table:table-cell><table:table-cell><text:p>Eva Smit</text:p></table:table-cell>'
                               '</table:table-row></table:table>'))
    document = read_document(path)
    assert document.title == "Notitie Regio Deal"
    assert document.text == "Notitie Regio Deal\n\nDe stuurgroep komt bijeen.\n\nJeugd\nEva Smit"


def test_meta_xml_gives_title_and_date_where_the_text_says_nothing_better(tmp_path):
    meta = '<dc:title>Memo bestuurlijk overleg</dc:title><meta:creation-date>2023-05-04T09:12:00</meta:creation-date>'
    undated = tmp_path / "memo.odt"
    undated.write_bytes(odt_bytes("<text:p>De stuurgroep komt bijeen.</text:p>", meta))
    document = read_document(undated)
    assert (document.title, document.date, document.date_inferred) == ("Memo bestuurlijk overleg", "2023-05-04", True)
    # a date printed in the text, then one in the file name, come before meta.xml's (as for a .docx)
    printed = tmp_path / "memo-2.odt"
    printed.write_bytes(odt_bytes("<text:p>Den Haag, 3 juni 2024</text:p><text:p>Tekst.</text:p>", meta))
    assert (read_document(printed).date, read_document(printed).date_inferred) == ("2024-06-03", False)
    named = tmp_path / "memo-2022-11-01.odt"
    named.write_bytes(odt_bytes("<text:p>Tekst.</text:p>", meta))
    assert read_document(named).date == "2022-11-01"
    # a title LibreOffice fills in with no thought is none: the text's heading
    untitled = tmp_path / "notitie.odt"
    untitled.write_bytes(odt_bytes('<text:h text:outline-level="1">Notitie wijkaanpak</text:h><text:p>Tekst.</text:p>',
                                   "<dc:title>notitie</dc:title>"))
    assert read_document(untitled).title == "Notitie wijkaanpak"


def test_an_odt_zip_bomb_is_refused_by_its_declared_size_before_anything_is_unpacked(tmp_path, monkeypatch):
    path = tmp_path / "bom.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        content = zipfile.ZipInfo("content.xml")
        content.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(content, "w", force_zip64=True) as out:
            out.write(b"<office:document-content>")
            for _ in range(101):
                out.write(b" " * 1_000_000)
            out.write(b"</office:document-content>")
    assert path.stat().st_size < 1_000_000
    unpacked = []
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, name, pwd=None: unpacked.append(name))
    said = _skip(path)
    assert said == (f"{path}: overgeslagen, OpenDocument-tekst die uitgepakt 101 MB is, meer dan de grens van 100 MB "
                    "(een zip-bom, of een bestand dat zo groot is: sla het op als PDF)")
    assert warning_record(said)["code"] == "too_large" and unpacked == []
    assert _skip(path, "en").startswith(f"{path}: skipped, an OpenDocument text that unpacks to 101 MB")


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE office:document-content [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE office:document-content [<!ENTITY b SYSTEM "file:///etc/passwd">]>',
])
def test_an_odt_with_entities_is_refused_not_expanded(tmp_path, doctype):
    package = odt_bytes("<text:p>Voorzitter is &b;</text:p>")
    with zipfile.ZipFile(__import__("io").BytesIO(package)) as source:
        content = source.read("content.xml").decode()
    path = tmp_path / "entiteit.odt"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        out.writestr("content.xml", content.replace("?>", "?>" + doctype, 1))
    said = _skip(path)
    assert said == (f"{path}: overgeslagen, onleesbare OpenDocument-tekst (XML with a document type declaration "
                    "(entities) is not read)")
    assert warning_record(said)["code"] == "unreadable"


def test_a_spreadsheet_named_odt_or_no_zip_is_an_unreadable_odt(tmp_path):
    sheet = tmp_path / "adressen.odt"
    sheet.write_bytes(odt_bytes("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"))
    assert _skip(sheet) == (f"{sheet}: overgeslagen, onleesbare OpenDocument-tekst "
                            "(mimetype application/vnd.oasis.opendocument.spreadsheet)")
    broken = tmp_path / "kapot.odt"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 inhoud")
    assert _skip(broken) == f"{broken}: overgeslagen, onleesbare OpenDocument-tekst (File is not a zip file)"
    assert _skip(broken, "en") == f"{broken}: skipped, unreadable OpenDocument text (File is not a zip file)"


def test_a_word_document_named_odt_and_an_odt_named_docx_say_which_name_has_them_read(tmp_path):
    import io

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    word = tmp_path / "notitie.odt"
    word.write_bytes(buffer.getvalue())
    said = _skip(word)
    assert said == (f"{word}: overgeslagen, dit is geen OpenDocument-tekst maar een Word-document; hernoem het naar "
                    ".docx om het te laten lezen")
    assert warning_record(said)["code"] == "wrong_suffix"
    writer = tmp_path / "verslag.docx"
    writer.write_bytes(odt_bytes("<text:p>Anke Bos is voorzitter.</text:p>"))
    assert _skip(writer, "en") == (f"{writer}: skipped, this is no Word document but an OpenDocument text "
                                   "(LibreOffice); rename it to .odt to have it read")


def test_an_odt_in_a_folder_is_read_not_skipped_with_advice(tmp_path):
    (tmp_path / "Notitie.ODT").write_bytes(odt_bytes("<text:p>Anke Bos is voorzitter.</text:p>"))
    documents, warnings, _cache = read_corpus_cached([tmp_path])
    assert [d.id for d in documents] == ["Notitie"] and documents[0].text == "Anke Bos is voorzitter."
    assert not [w for w in warnings if "bestandstype" in str(w)], warnings


# 2. the export's metadata file is the sidecar of the files it names

_CSV = ("\ufeffBestandspad;Titel;Registratiedatum;Documentdatum;Opsteller;Zaaknummer\n"
        "2023/Z-2023-00012 Wonen/D001 verslag.txt;Verslag themagroep Wonen;01-02-2024;12-01-2024;Anke Bos;"
        "Z-2023-00012\n"
        "2023/Z-2023-00012 Wonen/D002 notitie.txt;Notitie woondeal;05-02-2024;;Piet Smit;Z-2023-00012\n")


def _export(tmp_path: Path, metadata: str = _CSV, name: str = "metadata.csv") -> Path:
    export = tmp_path / "export"
    case = export / "2023" / "Z-2023-00012 Wonen"
    case.mkdir(parents=True)
    (case / "D001 verslag.txt").write_text("Anke Bos is voorzitter van de Themagroep Wonen.\n", encoding="utf-8")
    (case / "D002 notitie.txt").write_text("Den Haag, 3 maart 2024\n\nDe woondeal is getekend.\n", encoding="utf-8")
    (export / name).write_text(metadata, encoding="utf-8")
    for path in case.iterdir():
        os.utime(path, (1e9, 1e9))  # settled long ago: the corpus cache may reuse them
    return export


def _by_id(documents) -> dict:
    return {d.id: d for d in documents}


def test_a_metadata_csv_gives_the_title_and_document_date_not_the_registration_date(tmp_path):
    documents, warnings, _cache = read_corpus_cached([_export(tmp_path)])
    found = _by_id(documents)
    assert (found["D001 verslag"].title, found["D001 verslag"].date, found["D001 verslag"].date_inferred) == (
        "Verslag themagroep Wonen", "2024-01-12", False)
    # no Documentdatum in its row: the registration date (05-02-2024) is not taken, the text's date is
    assert (found["D002 notitie"].title, found["D002 notitie"].date) == ("Notitie woondeal", "2024-03-03")
    assert not [w for w in warnings if "metadata" in str(w) or "bestandstype" in str(w)], warnings


def test_column_names_are_found_without_case_accents_or_spaces_and_a_bare_file_name_names_its_file(tmp_path):
    metadata = ("BESTANDSNAAM,Onderwerp,Datum ontvangst,Dátum,Auteur\n"
                "d001 VERSLAG.txt,Verslag themagroep Wonen,2024-02-01,12 januari 2024,Anke Bos\n")
    documents, warnings, _cache = read_corpus_cached([_export(tmp_path, metadata, "Metadata export.csv")])
    assert (_by_id(documents)["D001 verslag"].title, _by_id(documents)["D001 verslag"].date) == (
        "Verslag themagroep Wonen", "2024-01-12")
    assert not [w for w in warnings if "metadata" in str(w)], warnings


def test_a_metadata_xml_export_is_read_by_its_elements(tmp_path):
    metadata = ('<?xml version="1.0" encoding="UTF-8"?><export systeem="Corsa"><document>'
                "<bestand>2023\\Z-2023-00012 Wonen\\D001 verslag.txt</bestand><titel>Verslag themagroep Wonen</titel>"
                "<registratiedatum>01-02-2024</registratiedatum><datum>12-01-2024 14:32</datum></document></export>")
    documents, warnings, _cache = read_corpus_cached([_export(tmp_path, metadata, "metadata.xml")])
    assert (_by_id(documents)["D001 verslag"].title, _by_id(documents)["D001 verslag"].date) == (
        "Verslag themagroep Wonen", "2024-01-12")
    assert _by_id(documents)["D002 notitie"].title != "Notitie woondeal"


def test_a_meta_json_beside_the_file_wins_over_the_export_row(tmp_path):
    export = _export(tmp_path)
    case = export / "2023" / "Z-2023-00012 Wonen"
    (case / "D001 verslag.meta.json").write_text(json.dumps({"date": "2024-01-20"}), encoding="utf-8")
    documents, _warnings, _cache = read_corpus_cached([export])
    document = _by_id(documents)["D001 verslag"]
    assert (document.title, document.date) == ("Verslag themagroep Wonen", "2024-01-20")  # its date, the row's title


def test_a_row_naming_no_file_and_a_file_with_two_rows_are_each_a_warning(tmp_path):
    metadata = _CSV + ("2023/Z-2023-00012 Wonen/D003 besluit.txt;Besluit;;01-03-2024;;\n"
                       "2023/Z-2023-00012 Wonen/D001 verslag.txt;Verslag (concept);;10-01-2024;;\n")
    export = _export(tmp_path, metadata)
    csv_path = export / "metadata.csv"
    verslag = export / "2023" / "Z-2023-00012 Wonen" / "D001 verslag.txt"
    documents, warnings, _cache = read_corpus_cached([export])
    lines = [str(w) for w in warnings if "metadata" in str(w)]
    assert lines == [f"{csv_path}:4: de metadata noemt 2023/Z-2023-00012 Wonen/D003 besluit.txt, maar dat bestand "
                     "staat niet in de map",
                     f"{verslag}: twee regels in de metadata die verschillen ({csv_path}:2 en {csv_path}:5); de eerste "
                     "geldt"]
    assert _by_id(documents)["D001 verslag"].title == "Verslag themagroep Wonen"
    assert {warning_record(line)["code"] for line in lines} == {"dms_metadata"}
    with language("en"):
        _documents, english, _cache = read_corpus_cached([export])
    assert [str(w) for w in english if "metadata" in str(w)] == [
        f"{csv_path}:4: the metadata names 2023/Z-2023-00012 Wonen/D003 besluit.txt, but that file is not in the folder",
        f"{verslag}: two rows in the metadata that differ ({csv_path}:2 and {csv_path}:5); the first counts"]


def test_a_metadata_file_without_a_file_column_or_with_entities_says_so_and_is_no_document(tmp_path):
    export = _export(tmp_path, "Titel;Datum\nVerslag;12-01-2024\n")
    documents, warnings, _cache = read_corpus_cached([export])
    assert sorted(_by_id(documents)) == ["D001 verslag", "D002 notitie"]
    assert [str(w) for w in warnings if "metadata" in str(w)] == [
        f"{export / 'metadata.csv'}: metadata van het documentsysteem niet gelezen, geen kolom met de bestandsnaam "
        "of het pad (bijvoorbeeld 'Bestandsnaam', 'Pad'); gevonden: 'Titel', 'Datum'"]
    hostile = _export(tmp_path / "b", '<!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]><e><document>'
                                      "<bestand>D001 verslag.txt</bestand><titel>&x;</titel></document></e>",
                      "metadata.xml")
    documents, warnings, _cache = read_corpus_cached([hostile])
    assert [str(w) for w in warnings if "metadata" in str(w)] == [
        f"{hostile / 'metadata.xml'}: metadata van het documentsysteem niet gelezen (XML with a document type "
        "declaration (entities) is not read)"]
    assert _by_id(documents)["D001 verslag"].title is None  # its text gives none (a sentence is no title)


def test_a_changed_row_reads_that_document_again_and_only_that_one(tmp_path):
    export = _export(tmp_path)
    _documents, _warnings, cache = read_corpus_cached([export])
    cache = CorpusCache.loads(cache.dumps())
    again, _warnings, cache = read_corpus_cached([export], cache)
    assert (cache.read, cache.reused) == (0, 2)
    (export / "metadata.csv").write_text(_CSV.replace("Notitie woondeal", "Notitie woondeal regio"), encoding="utf-8")
    changed, _warnings, cache = read_corpus_cached([export], CorpusCache.loads(cache.dumps()))
    assert (cache.read, cache.reused) == (1, 1)
    assert _by_id(changed)["D002 notitie"].title == "Notitie woondeal regio"
    assert _by_id(changed)["D001 verslag"] == _by_id(again)["D001 verslag"]
    (export / "metadata.csv").unlink()  # the row gone: the document as its text gives it
    gone, _warnings, cache = read_corpus_cached([export], CorpusCache.loads(cache.dumps()))
    assert (cache.read, _by_id(gone)["D001 verslag"].title, _by_id(gone)["D002 notitie"].title) == (2, None, None)


def test_a_watched_folder_sees_a_changed_metadata_export(tmp_path):
    from graph.watch import sources_state

    export = _export(tmp_path)
    before = sources_state([export])
    (export / "metadata.csv").write_text(_CSV + "\n", encoding="utf-8")
    assert sources_state([export]) != before


def test_a_rebuild_after_a_changed_row_calls_that_document_changed_and_shows_its_new_title(tmp_path):
    from click.testing import CliRunner

    from graph.cli import cli

    export = _export(tmp_path)

    def build() -> dict:
        result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "build", str(export), "--format", "json",
                                          "--no-validate"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    build()
    (export / "metadata.csv").write_text(_CSV.replace("12-01-2024", "15-01-2024"), encoding="utf-8")
    report = build()
    assert report["changes"]["changed"] == ["D001 verslag"]
    assert not [w for w in report["warnings"] if w["code"] in ("unsupported", "dms_metadata")], report["warnings"]
    manifest = json.loads((tmp_path / "graaf" / "manifest.json").read_text(encoding="utf-8"))
    assert {(d["id"], d.get("title"), d.get("date")) for d in manifest["documents"]} == {
        ("D001 verslag", "Verslag themagroep Wonen", "2024-01-15"), ("D002 notitie", "Notitie woondeal", "2024-03-03")}


def test_an_odt_attached_to_an_eml_is_read_into_its_text(tmp_path):
    from tests.documents import mail_with_attachment

    path = tmp_path / "bericht.eml"
    path.write_bytes(mail_with_attachment(
        "Verslag themagroep", "Beste collega's,\n\nHierbij het verslag.",
        odt_bytes("<text:p>Anke Bos is voorzitter van de Themagroep Wonen.</text:p>"), "vnd.oasis.opendocument.text",
        "Verslag.odt"))
    document = read_document(path)
    assert document.text.endswith("Bijlage: Verslag.odt\n\nAnke Bos is voorzitter van de Themagroep Wonen."), document.text
    assert document.warnings == ()


def test_a_bare_name_that_two_folders_hold_is_a_warning_unless_one_lies_under_the_metadata_file(tmp_path):
    export = tmp_path / "export"
    for case in ("Z-1 Wonen", "Z-2 Werk"):
        (export / case).mkdir(parents=True)
        (export / case / "Besluit wonen.txt").write_text(f"Besluit van zaak {case}.\n", encoding="utf-8")
    (export / "metadata.csv").write_text("Bestandsnaam;Titel\nBesluit wonen.txt;Besluit woondeal\n", encoding="utf-8")
    (export / "Z-2 Werk" / "metadata.csv").write_text("Bestandsnaam;Titel\nBesluit wonen.txt;Besluit werkakkoord\n",
                                                      encoding="utf-8")
    documents, warnings, _cache = read_corpus_cached([export], keep_going=True)
    assert [str(w) for w in warnings if "metadata" in str(w)] == [
        f"{export / 'metadata.csv'}:2: de metadata noemt Besluit wonen.txt, en dat zijn 2 bestanden; geef het pad om "
        "er één te noemen"]
    from graph.dms_metadata import dms_rows
    from graph.ingest import list_files

    found = dms_rows(list_files([export]))  # the row of Z-2's own metadata file names the file beside it
    assert found.rows == {str(export / "Z-2 Werk" / "Besluit wonen.txt"): {"title": "Besluit werkakkoord"}}
