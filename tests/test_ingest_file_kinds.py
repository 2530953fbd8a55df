"""A ``.pdf`` or ``.docx`` that is really something else says what it is and which name has it read; a broken PDF's
message has no library text, which ``-v`` shows (walkthrough 21, finding 11)."""

from __future__ import annotations

import io
import zipfile

import pytest

from graph.cli import cli
from graph.ingest import read_corpus
from graph.messages import set_language

HTML = b"<!DOCTYPE html>\n<html lang=\"nl\"><head><title>Jaarverslag</title></head><body><p>Breda werkt samen met OCW.</p>"


def docx_bytes() -> bytes:
    """A minimal Word package with a fixed time stamp, so its bytes are the same in every test process."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2026, 1, 1, 0, 0, 0)), "<w:document/>")
    return out.getvalue()


@pytest.mark.parametrize("name, content, dutch, english", [
    ("jaarverslag.pdf", HTML,
     "dit is geen PDF maar een HTML-pagina (een webpagina); hernoem het naar .html om het te laten lezen",
     "this is no PDF but an HTML page (a web page); rename it to .html to have it read"),
    ("notitie.pdf", "Breda werkt samen met OCW.".encode(),
     "dit is geen PDF maar platte tekst; hernoem het naar .txt om het te laten lezen",
     "this is no PDF but plain text; rename it to .txt to have it read"),
    ("memo.pdf", docx_bytes(),
     "dit is geen PDF maar een Word-document; hernoem het naar .docx om het te laten lezen",
     "this is no PDF but a Word document; rename it to .docx to have it read"),
    ("memo.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
     "dit is geen Word-document maar een PDF; hernoem het naar .pdf om het te laten lezen",
     "this is no Word document but a PDF; rename it to .pdf to have it read"),
    ("pagina.docx", b"\xef\xbb\xbf  <html><body>Nieuws</body></html>",
     "dit is geen Word-document maar een HTML-pagina (een webpagina); hernoem het naar .html om het te laten lezen",
     "this is no Word document but an HTML page (a web page); rename it to .html to have it read"),
], ids=["html-as-pdf", "text-as-pdf", "docx-as-pdf", "pdf-as-docx", "html-as-docx"])
def test_a_file_that_is_something_else_says_what_it_is(tmp_path, name, content, dutch, english):
    (tmp_path / "goed.txt").write_text("Breda, 3 maart 2024. De G40 vergaderde in Breda.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    for lang, skipped, text in (("nl", "overgeslagen", dutch), ("en", "skipped", english)):
        set_language(lang)
        docs, warnings = read_corpus([tmp_path])
        assert ([d.id for d in docs], warnings) == (["goed"], [f"{tmp_path / name}: {skipped}, {text}"])


def test_the_warning_has_its_own_code(tmp_path):
    from graph.warning_codes import warning_record

    (tmp_path / "jaarverslag.pdf").write_bytes(HTML)
    _docs, warnings = read_corpus([tmp_path])
    assert (warnings[0].code, warning_record(str(warnings[0]))["code"]) == ("wrong_suffix", "wrong_suffix")


def test_a_broken_pdf_gives_no_library_text_but_v_shows_it(runner, tmp_path, caplog):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "goed.txt").write_text("Breda, 3 maart 2024. De G40 vergaderde in Breda.", encoding="utf-8")
    (tmp_path / "docs" / "kapot.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    quiet = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "docs")])
    line = f"{tmp_path / 'docs' / 'kapot.pdf'}: overgeslagen, onleesbare PDF (beschadigd, onvolledig of versleuteld; -v toont de reden)"
    assert line in quiet.stderr and "PDF-lezer" not in quiet.stderr, quiet.output
    runner.invoke(cli, ["--graph", str(tmp_path / "kg2"), "build", "-v", str(tmp_path / "docs")])
    said = [r.getMessage() for r in caplog.records if r.name == "graph.ingest" and r.levelname == "INFO"]
    assert f"{tmp_path / 'docs' / 'kapot.pdf'}: de PDF-lezer zegt: Stream has ended unexpectedly" in said, said
