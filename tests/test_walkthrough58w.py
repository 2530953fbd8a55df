"""Walkthrough 37 (round 58w): a municipality's information security officer attacks what round 58 added (RTF, e-mail,
a DMS export's metadata file and case folders) with hostile files. Each of these stopped the whole build with a
Python traceback, also with ``--keep-going``; now the file is skipped (or its part left out) with one line, and the
other documents are built. Small invented fixtures made here."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from graph.cli import cli
from graph.ingest import read_corpus
from graph.messages import language
from graph.warning_codes import warning_record

_EDE = "Ede, 3 maart 2025\n\nWethouder Eva Smit van Ede is trekker van de Themagroep Wonen.\n"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _build(graph: Path, *paths) -> dict:
    result = CliRunner().invoke(cli, ["--graph", str(graph), "build", *map(str, paths), "--format", "json",
                                      "--no-validate", "--keep-going"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# finding 1: a file name that is no UTF-8 (a Windows export unpacked as it was) stopped the build


def test_a_file_or_folder_name_that_is_no_utf8_is_skipped_with_one_line_naming_it(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "verslag.txt", _EDE)
    folder = os.fsencode(corpus)
    _write(Path(os.fsdecode(folder + b"/co\xf6rdinatie.txt")), "Jan de Vries is voorzitter van de Themagroep Jeugd.\n")
    _write(Path(os.fsdecode(folder + b"/Zaak co\xf6rdinatie/nota.txt")), "Piet Bakker is lid van de Themagroep Wonen.\n")
    documents, warnings = read_corpus([corpus])
    assert [d.id for d in documents] == ["verslag"]
    shown = [str(w) for w in warnings if warning_record(w)["code"] == "name_not_utf8"]
    advice = ("overgeslagen, de bestandsnaam is geen UTF-8 (uitgepakt met de tekenset van Windows?); hernoem het "
              "bestand of de map, bijvoorbeeld met convmv -r -f cp1252 -t utf-8 --notest MAP")
    assert shown == [f"{corpus}/Zaak co\\xf6rdinatie: {advice}", f"{corpus}/co\\xf6rdinatie.txt: {advice}"]
    with language("en"):
        assert "the file name is not UTF-8" in str(read_corpus([corpus])[1][0])
    report = _build(tmp_path / "graaf", corpus)
    assert report["documents"] == 1
    assert sorted(w["code"] for w in report["warnings"]).count("name_not_utf8") == 2


def test_a_utf8_name_with_an_accent_is_read_as_before(tmp_path):
    _write(tmp_path / "export" / "coördinatie.txt", _EDE)
    documents, warnings = read_corpus([tmp_path / "export"])
    assert [d.id for d in documents] == ["coördinatie"]
    assert not [w for w in warnings if warning_record(w)["code"] == "name_not_utf8"]


# finding 2: an RTF title (or heading) with half a character (\u-10179? alone) stopped the build


def _rtf(body: bytes, info: bytes = b"") -> bytes:
    return (b"{\\rtf1\\ansi\\ansicpg1252{\\stylesheet{\\s1 heading 1;}}" + (b"{\\info" + info + b"}" if info else b"")
            + body + b"}")


def test_an_rtf_title_with_half_a_character_is_built_with_a_replacement_character(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "nota.rtf", _rtf(b"\\pard Wethouder Eva Smit van Ede is trekker van de Themagroep Wonen.\\par",
                                     b"{\\title Nota wonen \\u-10179?}"))
    _write(corpus / "kop.rtf", _rtf(b"\\pard\\s1 Verslag \\u-10179?\\u-8704? overleg\\par\\pard Jan de Vries is "
                                    b"voorzitter van de Themagroep Jeugd.\\par"))
    report = _build(tmp_path / "graaf", corpus)
    assert report["documents"] == 2
    documents = {d.id: d for d in read_corpus([corpus])[0]}
    assert documents["nota"].title == "Nota wonen \ufffd"
    assert documents["kop"].title == "Verslag \U0001f600 overleg"


# findings 3, 4 and 5: an e-mail's attachment in an unknown character set, an attached message named .txt, and parts
# nested thousands deep each stopped the build


_HEAD = "From: a.bakker@ede.example\r\nSubject: Verslag\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"


def _mail_with(attachment: str) -> str:
    return (_HEAD + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain; '
            "charset=utf-8\r\n\r\nWethouder Eva Smit van Ede is trekker van de Themagroep Wonen.\r\n--B\r\n"
            + attachment + "\r\n--B--\r\n")


def _nested(depth: int) -> str:
    opened = "".join(f'Content-Type: multipart/mixed; boundary="B{i}"\r\n\r\n--B{i}\r\n' for i in range(depth))
    closed = "".join(f"--B{i}--\r\n" for i in reversed(range(depth)))
    return (_HEAD + opened + "Content-Type: text/plain\r\n\r\nWethouder Jan de Vries van Tilburg is voorzitter van de "
            "Themagroep Jeugd.\r\n" + closed)


def test_hostile_mails_are_skipped_or_read_without_the_part_that_cannot_be_and_the_build_goes_on(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "charset.eml", _mail_with('Content-Type: text/plain; charset=x-onbekend\r\nContent-Disposition: '
                                              'attachment; filename="notitie.txt"\r\n\r\nPiet Bakker is lid.'))
    _write(corpus / "bericht.eml", _mail_with('Content-Type: message/rfc822\r\nContent-Disposition: attachment; '
                                              'filename="doorgestuurd.txt"\r\n\r\nSubject: binnen\r\n\r\nTekst.'))
    _write(corpus / "diep.eml", _nested(3000))
    _write(corpus / "genest.eml", _nested(20))
    documents, warnings = read_corpus([corpus])
    texts = {d.id: d.text for d in documents}
    assert sorted(texts) == ["bericht", "charset", "genest"]
    assert texts["charset"].endswith("Bijlage: notitie.txt\n\nPiet Bakker is lid.")
    assert "Jan de Vries van Tilburg" in texts["genest"]
    assert sorted(str(w) for w in warnings if "genest.eml" not in str(w)) == [  # (its inner part, unnamed)
        f"{corpus / 'bericht.eml'}: bijlage 'doorgestuurd.txt' niet gelezen (message/rfc822); sla hem apart op om hem "
        "mee te lezen",
        f"{corpus / 'diep.eml'}: overgeslagen, onleesbare e-mail (delen in delen honderden keren genest)"]
    assert warning_record([w for w in warnings if "diep" in str(w)][0])["code"] == "unreadable"
    assert _build(tmp_path / "graaf", corpus)["documents"] == 3


# finding 6: a metadata file with a quote not closed (one cell over csv's 131,072 characters) stopped the build


def test_a_metadata_file_with_a_quote_not_closed_is_a_warning_and_the_documents_are_built(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "Z2025-000001" / "verslag.txt", _EDE)
    rows = [f"Z2025-000001/verslag.txt;Verslag {n};2025-03-0{1 + n % 9};A. de Wit;Z2025-000001" for n in range(3000)]
    _write(corpus / "metadata.csv", "Bestandspad;Titel;Documentdatum;Auteur;Zaaknummer\n"
                                    "Z2025-000001/verslag.txt;\"Verslag;2025-03-01;A. de Wit;Z2025-000001\n"
                                    + "\n".join(rows) + "\n")
    documents, warnings = read_corpus([corpus])
    assert [d.id for d in documents] == ["verslag"]
    assert [str(w) for w in warnings if "metadata.csv" in str(w)] == [
        f"{corpus / 'metadata.csv'}: metadata van het documentsysteem niet gelezen (line 2: field larger than "
        "field limit (131072); a quote not closed?)"]
    assert _build(tmp_path / "graaf", corpus)["documents"] == 1


def test_a_metadata_file_with_its_quotes_closed_is_read_as_before(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "Z2025-000001" / "verslag.txt", _EDE)
    _write(corpus / "metadata.csv", "Bestandspad;Titel;Documentdatum;Auteur;Zaaknummer\n"
                                    "Z2025-000001/verslag.txt;\"Verslag; wonen\";2025-03-01;A. de Wit;Z2025-000001\n")
    (document,), _warnings = read_corpus([corpus])
    assert (document.title, document.date, document.author, document.case) == (
        "Verslag; wonen", "2025-03-01", "A. de Wit", "Z2025-000001")


# finding 7: control characters (ESC, BEL) of a metadata file's author, case number and title reached the graph


def test_control_characters_of_a_metadata_row_are_left_out_of_author_case_number_and_title(tmp_path):
    corpus = tmp_path / "export"
    _write(corpus / "Z2025-000001" / "verslag.txt", _EDE)
    _write(corpus / "metadata.csv", "Bestandspad;Titel;Documentdatum;Auteur;Zaaknummer\n"
                                    "Z2025-000001/verslag.txt;Verslag\x1b]2,pwned\x07 wonen;2025-03-01;"
                                    "A. de Wit\x1b[31m\x07;Z2025-\x7f000001\n")
    (document,), _warnings = read_corpus([corpus])
    assert (document.title, document.author, document.case) == ("Verslag]2,pwned wonen", "A. de Wit[31m",
                                                                "Z2025-000001")
    graph = tmp_path / "graaf"
    _build(graph, corpus)
    written = (graph / "graph.nq").read_text(encoding="utf-8")
    assert "A. de Wit[31m" in written and "\x1b" not in written and "\x07" not in written


# finding 11 (found by mutating valid files): a Word file or OpenDocument text with a broken deflate stream, an e-mail
# with a From address the header parser trips over, an attachment of a type no one knows each stopped the build


def _broken_member(raw: bytes, member: str) -> bytes:
    """``raw`` (a zip) with the deflate stream of ``member`` made invalid: its first byte says block type 3, which
    does not exist (``zlib.error``, no ``BadZipFile``)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        offset = package.getinfo(member).header_offset
    data = bytearray(raw)
    start = offset + 30 + int.from_bytes(data[offset + 26:offset + 28], "little") + int.from_bytes(
        data[offset + 28:offset + 30], "little")
    data[start] = 0xFF
    return bytes(data)


def test_a_damaged_zip_and_a_mail_header_the_parser_trips_over_are_no_crash(tmp_path):
    import io

    import docx

    from graph.odttext import odt_bytes

    corpus = tmp_path / "export"
    word = docx.Document()
    word.add_paragraph("Wethouder Jan de Vries van Tilburg is voorzitter van de Themagroep Jeugd.")
    saved = io.BytesIO()
    word.save(saved)
    _write(corpus / "verslag.docx", _broken_member(saved.getvalue(), "word/document.xml"))
    _write(corpus / "notitie.odt", _broken_member(odt_bytes("<text:p>Piet Bakker is lid.</text:p>"), "content.xml"))
    _write(corpus / "adres.eml", "From: a@[ede.example\\x\r\nSubject: Verslag\r\nDate: Mon, 3 Mar 2025 10:00:00 "
                                 "+0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B"
                                 "\r\nContent-Type: text/plain\r\n\r\nWethouder Eva Smit van Ede is trekker van de "
                                 "Themagroep Wonen.\r\n--B\r\nContent-Type: ap[plication/rtf\r\nContent-Disposition: "
                                 "attachment; filename=\"a.rtf\"\r\n\r\n{\\rtf1 Bijlagetekst.}\r\n--B--\r\n")
    documents, warnings = read_corpus([corpus])
    assert [d.id for d in documents] == ["adres"]
    assert documents[0].text.endswith("Bijlage: a.rtf\n\nBijlagetekst.")
    assert "Van:" not in documents[0].text and documents[0].title == "Verslag"
    reason = "(Error -3 while decompressing data: invalid block type)"
    assert sorted(str(w) for w in warnings if "overgeslagen" in str(w)) == [
        f"{corpus / 'notitie.odt'}: overgeslagen, onleesbare OpenDocument-tekst {reason}",
        f"{corpus / 'verslag.docx'}: overgeslagen, onleesbaar Word-document {reason}"]
    assert _build(tmp_path / "graaf", corpus)["documents"] == 1


# finding 12: a file name of 240 characters in two case folders (an id of 255 characters with its case number) made
# a page name of 269 characters: the static copy stopped with "File name too long"


def test_a_static_copy_writes_the_page_of_a_document_whose_id_is_too_long_for_a_file_name(tmp_path):
    corpus = tmp_path / "export"
    name = "notulen overleg " + "wonen en zorg " * 16  # 243 characters with .txt: a DMS writes the title as name
    _write(corpus / "Z2025-000001" / f"{name.strip()}.txt", _EDE)
    _write(corpus / "Z2025-000002" / f"{name.strip()}.txt", "Jan de Vries is voorzitter van de Themagroep Jeugd.\n")
    graph = tmp_path / "graaf"
    assert _build(graph, corpus)["documents"] == 2
    result = CliRunner().invoke(cli, ["--graph", str(graph), "export", "--format", "site", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    pages = sorted(path.name for path in (tmp_path / "site" / "document").iterdir())
    assert [len(page) for page in pages] == [255, 255] and pages[0] != pages[1]
    assert all(page.startswith("notulen-overleg-wonen-en-zorg-wonen-en-zorg") for page in pages)
    listed = (tmp_path / "site" / "documents.html").read_text(encoding="utf-8")
    assert all(f'document/{page}' in listed for page in pages)


# finding 13: every finding above was one file stopping every build; a failure no reader foresaw is now that file's
# one line, and the other documents are built


def test_a_reader_failing_in_a_way_no_one_foresaw_skips_that_file_with_one_line(tmp_path, monkeypatch):
    import graph.mailtext

    def broken(raw, read_attachment=None):
        raise AttributeError("'NoneType' object has no attribute 'get_all'")

    monkeypatch.setattr(graph.mailtext, "mail_text", broken)
    corpus = tmp_path / "export"
    _write(corpus / "verslag.txt", _EDE)
    _write(corpus / "bericht.eml", _HEAD + "\r\nTekst.\r\n")
    documents, warnings = read_corpus([corpus])
    assert [d.id for d in documents] == ["verslag"]
    problems = [w for w in warnings if "bericht" in str(w)]
    assert [str(w) for w in problems] == [
        f"{corpus / 'bericht.eml'}: onleesbaar (AttributeError: 'NoneType' object has no attribute 'get_all')"]
    assert warning_record(problems[0])["code"] == "unreadable"


# finding 14: Python's HTML parser (before 3.11.13 / 3.12.11 / 3.13.4) takes quadratic time over "<" that open no
# tag, and stops on "<![foo[": an 800 KB page of "<del" took 146 s of CPU, an index page is read up to 20 MB


def test_a_page_of_unclosed_tags_and_an_unknown_marked_section_read_as_text():
    from graph.markup import html_visible_text

    assert html_visible_text("<p>a<![foo[ x ]]>b</p><p>5 < 6 en <del</p>") == "a<![foo[ x ]]>b\n\n5 < 6 en <del"
    assert html_visible_text("<p><![if !supportLists]>1.<![endif]> Punt</p><!--[if gte mso 9]><xml><w:b/></xml>"
                             "<![endif]--><p>Tekst <!-- a<b --> zonder commentaar</p>") == \
        "1. Punt\n\nTekst zonder commentaar"
    from graph.markup import parser_safe

    for hostile, count in (("<del", 200_000), ("<!-- x>", 50_000), ("<![if x>", 50_000)):
        safe = parser_safe(hostile * count)  # (a comparison of the strings: pytest's diff of a failure takes minutes)
        assert (safe.count("&lt;"), safe.count("<"), len(safe)) == (count, 0, (len(hostile) + 3) * count), hostile
        assert html_visible_text(safe).count("<") == count
