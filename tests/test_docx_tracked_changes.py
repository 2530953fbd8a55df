"""A Word document with tracked changes is read as Word shows it after "Accept All Changes" (walkthrough 28,
finding 1): the inserted text is part of the document, the deleted text is not, and the build says once per
document that it had tracked changes (invented people and text)."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from graph.cli import cli
from graph.ingest import read_corpus
from graph.messages import set_language
from graph.warning_codes import warning_record


def _run(text: str, deleted: bool = False):
    run = OxmlElement("w:r")
    piece = OxmlElement("w:delText" if deleted else "w:t")
    piece.set(qn("xml:space"), "preserve")
    piece.text = text
    run.append(piece)
    return run


def _change(kind: str, text: str):
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Redactie")
    change.set(qn("w:date"), "2030-05-02T09:00:00Z")
    change.append(_run(text, deleted=kind in ("del", "moveFrom")))
    return change


def _docx(tracked: bool) -> bytes:
    """A short news item: "Voorzitter van de werkgroep is wethouder [del: Jan Oudeman][ins: Rosa Brink]."."""
    document = docx.Document()
    document.add_paragraph("Nieuwe voorzitter werkgroep")
    paragraph = document.add_paragraph()
    paragraph._p.append(_run("Voorzitter van de werkgroep is wethouder "))
    if tracked:
        paragraph._p.append(_change("del", "Jan Oudeman van Ede"))
        paragraph._p.append(_change("ins", "Rosa Brink van Ede"))
    else:
        paragraph._p.append(_run("Rosa Brink van Ede"))
    paragraph._p.append(_run(". Zij begint op 1 juni 2030."))
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Stad", "Contact"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Ede", "Kees Vlot"
    if tracked:  # a row deleted with tracking on: accepted, it goes
        properties = table.rows[1]._tr.get_or_add_trPr()
        properties.append(_change("del", ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_inserted_text_is_read_and_deleted_text_is_not(tmp_path):
    (tmp_path / "bericht.docx").write_bytes(_docx(tracked=True))
    set_language("nl")
    docs, warnings = read_corpus([tmp_path])
    text = docs[0].text
    assert "wethouder Rosa Brink van Ede. Zij begint" in text, text
    assert "Oudeman" not in text and "Kees Vlot" not in text, text
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'bericht.docx'}: heeft bijgehouden wijzigingen; gelezen zoals Word het toont na 'Alle "
        "wijzigingen accepteren' (ingevoegde tekst telt mee, verwijderde niet)"]
    assert warning_record(warnings[0])["code"] == "tracked_changes"


def test_the_warning_in_english(tmp_path):
    (tmp_path / "bericht.docx").write_bytes(_docx(tracked=True))
    set_language("en")
    try:
        _docs, warnings = read_corpus([tmp_path])
    finally:
        set_language("nl")
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'bericht.docx'}: has tracked changes; read as Word shows it after 'Accept All Changes' "
        "(inserted text counts, deleted text does not)"]


def test_a_document_without_tracked_changes_gives_no_warning(tmp_path):
    (tmp_path / "bericht.docx").write_bytes(_docx(tracked=False))
    docs, warnings = read_corpus([tmp_path])
    assert "wethouder Rosa Brink van Ede. Zij begint" in docs[0].text and "Kees Vlot" in docs[0].text
    assert warnings == []


def test_the_build_says_it_once_and_finds_the_inserted_person(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "bericht.docx").write_bytes(_docx(tracked=True))
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("heeft bijgehouden wijzigingen") == 1, result.stderr
    people = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "Brink"])
    assert "Rosa Brink" in people.output, people.output
    assert "Oudeman" not in runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "Oudeman"]).output
