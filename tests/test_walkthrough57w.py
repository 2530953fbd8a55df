"""Walkthrough 34 (round 57w): a records manager (DIV) feeds a document management system's export to g40kg: a
tree of case folders, the formats such a system exports, copies per case, versions, empty and scanned files.
Small invented fixtures made here; the walkthrough's own export stays outside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import read_document
from graph.messages import language


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
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


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
