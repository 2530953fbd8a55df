"""Walkthrough 34 (round 57w): a records manager (DIV) feeds a document management system's export to g40kg: a
tree of case folders, the formats such a system exports, copies per case, versions, empty and scanned files.
Small invented fixtures made here; the walkthrough's own export stays outside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import read_document
from graph.messages import language
from tests.documents import pdf_bytes


def _skip_message(path: Path, lang: str = "nl") -> str:
    with language(lang), pytest.raises(InputError) as caught:
        read_document(path)
    return str(caught.value)


def _pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF: with ``lines`` as its text layer, or (None) only an image, as a scanner makes."""
    if lines is None:
        pixels = b"\x00\xff" * 50
        content = b"q 100 0 0 100 0 0 cm /Im1 Do Q"
        resources = b"<< /XObject << /Im1 5 0 R >> >>"
        extra = [b"<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray "
                 b"/BitsPerComponent 8 /Length 100 >>\nstream\n" + pixels + b"\nendstream"]
    else:
        content = b"BT /F1 11 Tf 50 780 Td 14 TL\n" + b"\n".join(b"(" + line.encode("cp1252") + b") '"
                                                                  for line in lines) + b"\nET"
        resources = b"<< /Font << /F1 5 0 R >> >>"
        extra = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources
               + b" /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"] + extra
    return pdf_bytes(objects)


# finding 4: a 0-byte PDF was "no PDF but plain text; rename it to .txt"


@pytest.mark.parametrize("name", ["Scan handtekeningenlijst.PDF", "Notitie.docx"])
def test_a_zero_byte_pdf_or_word_file_is_called_empty_not_plain_text(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    shown = _skip_message(path)
    assert shown == f"{path}: overgeslagen, leeg bestand (0 bytes); exporteer het opnieuw uit het documentsysteem", shown
    assert "hernoem" not in shown
    assert _skip_message(path, "en") == f"{path}: skipped, an empty file (0 bytes); export it again from the document system"


def test_an_empty_text_file_is_still_no_text(tmp_path):
    path = tmp_path / "Leeg document.txt"
    path.write_bytes(b"")
    assert _skip_message(path) == f"{path}: overgeslagen, geen tekst"


# finding 9: a scanned PDF (an image, no text layer) was "no text", without saying why or what to do


def test_a_scanned_pdf_is_named_a_scan_with_the_way_to_make_it_readable(tmp_path):
    scan = tmp_path / "Ingescande brief.pdf"
    scan.write_bytes(_pdf(None))
    shown = _skip_message(scan)
    assert shown == (f"{scan}: overgeslagen, een PDF zonder tekst (een scan?); maak hem doorzoekbaar met "
                     "tekstherkenning (OCR, zoals ocrmypdf) of exporteer hem met tekstlaag"), shown
    assert "(OCR, such as ocrmypdf)" in _skip_message(scan, "en")


def test_a_pdf_with_a_text_layer_is_read(tmp_path):
    path = tmp_path / "Brief.pdf"
    path.write_bytes(_pdf(["Zwolle, 3 maart 2024", "Anna de Wit is voorzitter van de Pijler Sociaal."]))
    document = read_document(path)
    assert "Anna de Wit is voorzitter van de Pijler Sociaal." in document.text, document.text
    assert document.date == "2024-03-03"


def test_the_skip_has_the_empty_code():
    from graph.warning_codes import warning_record

    for line in ("a/leeg.PDF: skipped, an empty file (0 bytes); export it again from the document system",
                 "a/scan.pdf: overgeslagen, een PDF zonder tekst (een scan?); maak hem doorzoekbaar met "
                 "tekstherkenning (OCR, zoals ocrmypdf) of exporteer hem met tekstlaag"):
        assert warning_record(line)["code"] == "empty", line


# finding 3: e-mails (.eml) of the export were skipped whole ("bestandstype .eml wordt niet ondersteund")


def _mail(*, date: str | None = "Tue, 05 Mar 2024 09:30:00 +0100", attachments=()) -> bytes:
    import email.message

    message = email.message.EmailMessage()
    message["From"] = "Mehmet Yıldız <m.yildiz@zwolle.example>"
    message["To"] = "Secretariaat G40 <secretariaat@g40.example>"
    message["Subject"] = "RE: Uitnodiging netwerkdag Pijler Sociaal"
    if date:
        message["Date"] = date
    message.set_content("Beste collega's,\n\nNoor Hendriksen is sinds 1 februari 2024 voorzitter van de "
                        "Themagroep Armoede.\n\nMet vriendelijke groet,\nMehmet")
    for name, data, kind in attachments:
        message.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    return bytes(message)


def _docx(text: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_eml_is_read_with_its_head_subject_date_and_a_word_attachment(tmp_path):
    path = tmp_path / "RE Uitnodiging netwerkdag.eml"
    word = ("vnd.openxmlformats-officedocument.wordprocessingml.document",)
    path.write_bytes(_mail(attachments=[("Programma netwerkdag.docx",
                                         _docx("Anna de Wit opent de netwerkdag van de Pijler Sociaal."),
                                         ("application", word[0])),
                                        ("Adreslijst.xlsx", b"PK\x03\x04 niet gelezen", ("application", "octet-stream"))]))
    document = read_document(path)
    lines = document.text.split("\n")
    assert lines[:4] == ["Van: Mehmet Yıldız <m.yildiz@zwolle.example>", "Aan: Secretariaat G40 <secretariaat@g40.example>",
                         "Datum: 5 maart 2024", "Onderwerp: RE: Uitnodiging netwerkdag Pijler Sociaal"], lines[:6]
    assert "Noor Hendriksen is sinds 1 februari 2024 voorzitter van de Themagroep Armoede." in document.text
    assert "Bijlage: Programma netwerkdag.docx\n\nAnna de Wit opent de netwerkdag van de Pijler Sociaal." in document.text
    assert (document.title, document.date, document.date_inferred) == (
        "RE: Uitnodiging netwerkdag Pijler Sociaal", "2024-03-05", False)
    assert [str(w) for w in document.warnings] == [
        f"{path}: bijlage 'Adreslijst.xlsx' niet gelezen (.xlsx); sla hem apart op om hem mee te lezen"]
    from graph.warning_codes import warning_record

    assert warning_record(str(document.warnings[0]))["code"] == "attachment"


def test_an_eml_without_a_date_header_takes_no_date_from_the_body_alone(tmp_path):
    path = tmp_path / "mail.eml"
    path.write_bytes(_mail(date=None))
    document = read_document(path)
    assert "Datum:" not in document.text and document.date is None, (document.text[:200], document.date)


def test_a_folder_with_an_eml_builds_it_as_a_document(tmp_path):
    from click.testing import CliRunner

    from graph.cli import cli

    folder = tmp_path / "export" / "2024" / "Z-2024-00310 Pijler Sociaal"
    folder.mkdir(parents=True)
    (folder / "Aanmelding.eml").write_bytes(_mail())
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "build", str(tmp_path / "export"),
                                       "--format", "json", "--no-validate"])
    import json

    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["documents"] == 1, result.output
    assert not [w for w in report["warnings"] if w["code"] == "unsupported"], report["warnings"]


# finding 5: the formats a DMS exports were skipped with "bestandstype .odt wordt niet ondersteund" and no way out


@pytest.mark.parametrize("name, advice", [
    ("Notitie.doc", "sla het op als .docx of PDF (Word of LibreOffice: Opslaan als) om het te laten lezen"),
    ("Notitie.WPD", "sla het op als .docx of PDF (Word of LibreOffice: Opslaan als) om het te laten lezen"),
    ("RE Afstemming.msg", "een Outlook-bericht: sla het op als .eml of als tekst om het te laten lezen (klassieke "
                          "Outlook voor Windows: open het bericht, Bestand > Opslaan als, bij Opslaan als type 'Alleen "
                          "tekst (*.txt)'; nieuwe Outlook: … bij het bericht > Opslaan als, een .eml; Outlook op het "
                          "web: … > Downloaden, een .eml; Outlook voor Mac: sleep het bericht naar een map in de "
                          "Finder, een .eml)"),
    ("Z-2022-00311 Afgesloten zaak.zip", "pak het uit in de map om de documenten erin te laten lezen"),
    ("Adreslijst.xlsx", "een spreadsheet: g40kg leest lopende tekst, geen tabellen; sla het op als PDF als de tekst "
                        "ertoe doet"),
    ("Presentatie.pptx", "een presentatie: sla haar op als PDF om haar te laten lezen"),
    ("metadata.xlsx", "metadata van het documentsysteem? g40kg leest titel en datum per document uit een "
                      "metadata.csv of metadata.xml (sla het zo op) of uit <naam>.meta.json (docs/aan-de-slag.md)"),
])
def test_a_dms_format_g40kg_does_not_read_is_skipped_with_what_to_do(tmp_path, name, advice):
    from graph.warning_codes import warning_record

    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0 inhoud")
    shown = _skip_message(path)
    suffix = path.suffix.lower()
    assert shown == f"{path}: overgeslagen, bestandstype {suffix} wordt niet ondersteund; {advice}", shown
    assert warning_record(shown)["code"] == "unsupported"
    english = _skip_message(path, "en")
    assert english.startswith(f"{path}: skipped, unsupported file type {suffix}; ") and advice not in english, english


def test_a_type_without_advice_keeps_the_plain_line(tmp_path):
    path = tmp_path / "Exportlog 2026-11-02.log"
    path.write_text("Export gestart", encoding="utf-8")
    assert _skip_message(path) == f"{path}: overgeslagen, bestandstype .log wordt niet ondersteund"


# finding 6: one file copied into three case folders was "een nieuwere versie (later in de volgorde van de mappen)",
# one line per copy


def test_a_file_copied_into_three_case_folders_is_read_once_with_one_line_naming_the_copies(tmp_path):
    from graph.ingest import read_corpus
    from graph.warning_codes import warning_record

    text = "Zwolle, 14 maart 2023\n\nAnna de Wit is voorzitter van de Pijler Sociaal van de G40.\n"
    paths = [tmp_path / year / case / "Besluitenlijst pijler.txt"
             for year, case in (("2023", "Z-2023-01234 Stedenbeleid"), ("2024", "Z-2024-00310 Pijler Sociaal"),
                                ("2025", "Z-2025-00101 Pijler Fysiek"))]
    for path in paths:
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["Besluitenlijst pijler"]
    kept = documents[0].path
    others = ", ".join(str(p) for p in paths if str(p) != kept)
    assert [str(w) for w in warnings] == [
        f"{kept}: dezelfde inhoud staat ook in {others}; één keer gelezen (een kopie per zaak of map)"], warnings
    assert warning_record(str(warnings[0]))["code"] == "copy"


def test_a_changed_file_of_the_same_name_is_still_an_older_version(tmp_path):
    from graph.ingest import read_corpus

    for folder, day in (("week1", "3"), ("week3", "17")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "Verslag.txt").write_text(
            f"Zwolle, {day} maart 2023\n\nAnna de Wit is voorzitter van de Pijler Sociaal van de G40.\n", encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert [d.path for d in documents] == [str(tmp_path / "week3" / "Verslag.txt")]
    assert len(warnings) == 1 and str(warnings[0]).startswith(
        f"{tmp_path / 'week1' / 'Verslag.txt'} overgeslagen: {tmp_path / 'week3' / 'Verslag.txt'} heeft dezelfde naam "
        "en is een nieuwere versie (latere documentdatum 2023-03-17)"), warnings


# finding 2: a Word file and the DMS's PDF rendition of it ("… (archiefversie).pdf") were two documents, every fact
# and warning twice


def _docx_lines(lines: list[str]) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_NOTE = ["Zwolle, 14 maart 2023", "Anna de Wit is voorzitter van de Pijler Sociaal van de G40."]


@pytest.mark.parametrize("added, documents", [([], 1), (["Bert Kok is secretaris van de Pijler Sociaal."], 2)])
def test_a_word_file_and_its_pdf_rendition_are_one_document(tmp_path, added, documents):
    from graph.ingest import read_corpus

    case = tmp_path / "2023" / "Z-2023-01234 Stedenbeleid"
    (case / "Archiefversies").mkdir(parents=True)
    (case / "D00053 Notitie pijler.docx").write_bytes(_docx_lines(_NOTE))
    (case / "Archiefversies" / "D00053 Notitie pijler (archiefversie).pdf").write_bytes(_pdf(_NOTE + added))
    read, warnings = read_corpus([tmp_path])
    assert len(read) == documents, [d.id for d in read]
    if documents == 1:
        assert read[0].id == "D00053 Notitie pijler"
        assert [str(w) for w in warnings] == ["1 kopie overgeslagen (dezelfde inhoud en datum als een ander document): "
                                              "D00053 Notitie pijler (archiefversie) (= D00053 Notitie pijler)"], warnings


# finding 7: "Notitie.docx" beside "Notitie_v2.docx" and "Verslag.pdf" beside a download's "Verslag (1).pdf" were
# two documents each, with no word


@pytest.mark.parametrize("older, newer, why", [
    ("Notitie G40 Stedenbeleid.txt", "Notitie G40 Stedenbeleid_v2.txt", "versie 2"),
    ("Notitie v2.txt", "Notitie v3.txt", "versie 3"),
    ("Verslag stuurgroep.txt", "Verslag stuurgroep (1).txt", "een nieuwer bestand"),
])
def test_a_version_named_so_replaces_the_older_one_with_a_warning(tmp_path, older, newer, why):
    import os

    from graph.ingest import read_corpus
    from graph.warning_codes import warning_record

    text = "Zwolle, 14 maart 2023\n\nAnna de Wit is voorzitter van de Pijler Sociaal van de G40.\n"
    (tmp_path / older).write_text(text, encoding="utf-8")
    (tmp_path / newer).write_text(text + "\nBert Kok is secretaris van de Pijler Sociaal.\n", encoding="utf-8")
    os.utime(tmp_path / older, (1_700_000_000, 1_700_000_000))
    documents, warnings = read_corpus([tmp_path])
    assert [d.path for d in documents] == [str(tmp_path / newer)]
    assert [str(w) for w in warnings] == [f"{tmp_path / older} overgeslagen: {tmp_path / newer} is er een nieuwere "
                                          f"versie van ({why})"], warnings
    assert warning_record(str(warnings[0]))["code"] == "older_version"


def test_a_version_mark_on_another_text_is_a_document_of_its_own(tmp_path):
    from graph.ingest import read_corpus

    (tmp_path / "Agenda.txt").write_text("Zwolle, 14 maart 2023\n\nAnna de Wit opent de vergadering van de pijler.\n",
                                         encoding="utf-8")
    (tmp_path / "Agenda_v2.txt").write_text("Ede, 2 mei 2024\n\nDe raad bespreekt de begroting en het "
                                            "woningbouwprogramma van de gemeente.\n", encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert sorted(d.id for d in documents) == ["Agenda", "Agenda_v2"] and not warnings, warnings


# finding 1: a case tree's repeated names ("Agenda.txt" in every case folder) stopped the build one pair at a time


def test_a_build_stopped_by_repeated_names_names_them_all_at_once(tmp_path):
    from click.testing import CliRunner

    from graph.cli import cli

    export = tmp_path / "export"
    # folders without a case number: round 58d reads case folders' repeated names each with its case number
    for number, (case, city) in enumerate((("2023 Stedenbeleid", "Zwolle"), ("2024 Pijler Sociaal", "Ede"),
                                           ("2025 Pijler Fysiek", "Emmen"))):
        (export / case).mkdir(parents=True)
        (export / case / "Agenda.txt").write_text(f"{city}, {number + 1} maart 2023\n\nDe raad van {city} bespreekt "
                                                  f"punt {number} over {city.lower()}se wijken.\n", encoding="utf-8")
        (export / case / "Zaakoverzicht.html").write_text(f"<h1>Zaak {case}</h1><p>Stukken van {city} {number}.</p>",
                                                          encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "build", str(export)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().split("\n")
    assert len(lines) == 1 and lines[0].startswith("Fout: "), result.output
    assert lines[0].endswith("; en nog 3 zo (bestanden per id: 'Agenda' 3×, 'Zaakoverzicht' 3×): hernoem ook die, "
                             "bijvoorbeeld met het zaaknummer voor de naam, of bouw met --keep-going (dat leest er "
                             "één van elk)"), lines[0]
    assert not (tmp_path / "graaf").exists()


def test_one_repeated_name_keeps_its_one_line(tmp_path):
    from graph.corpus_checks import check_distinct_ids
    from types import SimpleNamespace as Doc

    with pytest.raises(InputError) as caught:
        check_distinct_ids([Doc(id="Agenda", path="a/Agenda.txt", text="Ede bespreekt de begroting.", date=None),
                            Doc(id="Agenda", path="b/Agenda.txt", text="Zwolle opent een loket.", date=None)])
    assert str(caught.value) == ("b/Agenda.txt: document-id 'Agenda' wordt ook gebruikt door a/Agenda.txt; het id is "
                                 "de bestandsnaam zonder extensie, dus hernoem een van beide bestanden (of bouw ze in "
                                 "aparte grafen met --graph)")


# finding 11: Windows' thumbnail cache in an export's folder was "bestandstype .db wordt niet ondersteund"


def test_windows_thumbnail_cache_is_passed_over_without_a_word(tmp_path):
    from graph.ingest import read_corpus

    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\x00\x00")
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]", encoding="utf-8")
    (tmp_path / "Verslag.db").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "nota.txt").write_text("Zwolle, 14 maart 2023\n\nAnna de Wit is voorzitter.\n", encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["nota"]
    assert [str(w) for w in warnings] == [f"{tmp_path / 'Verslag.db'}: overgeslagen, bestandstype .db wordt niet "
                                          "ondersteund"], warnings


# finding 10: a month's re-export wrote every Word file anew, and the rebuild called them all "gewijzigd"


def test_a_file_saved_again_with_the_same_text_is_not_changed_but_a_new_text_is(tmp_path):
    import io
    import json

    import docx
    from click.testing import CliRunner

    from graph.cli import cli

    def save(path: Path, author: str, lines: list[str]) -> None:
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.core_properties.author = author
        buffer = io.BytesIO()
        document.save(buffer)
        path.write_bytes(buffer.getvalue())

    export = tmp_path / "export"
    export.mkdir()
    note = export / "Notitie pijler.docx"
    save(note, "Ingrid Bakker", _NOTE)
    (export / "nieuws.txt").write_text("Ede, 2 mei 2024\n\nBert Kok is wethouder van Ede.\n", encoding="utf-8")

    def build() -> dict:
        result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "build", str(export), "--format", "json",
                                          "--no-validate"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["changes"]

    build()
    before = note.read_bytes()
    save(note, "DMS-export", _NOTE)  # the export's own save: other bytes, the same text
    assert note.read_bytes() != before
    assert build()["changed"] == []
    save(note, "DMS-export", _NOTE + ["Bert Kok is secretaris van de Pijler Sociaal."])
    assert build()["changed"] == ["Notitie pijler"]
