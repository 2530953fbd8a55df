"""Round 31d: Word documents are read, the wrapped lines of narrow and two-column PDFs are joined, and
a document's title comes from its metadata, a letter's subject line or its first heading."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from graph.ingest import read_corpus
from graph.messages import set_language

docx = pytest.importorskip("docx")


@pytest.fixture
def make_docx():
    """``make_docx(path, blocks, title=None, created=None)``: a Word document made with python-docx.

    ``blocks`` are ``(kind, value)``: ``("p", text)``, ``(style, text)`` for a paragraph in that style
    ("Heading 1", "List Bullet", "Kop 2" …, made when the template lacks it), ``("table", rows)``
    (the first row bold when ``("table!", rows)``) and ``("plain-table", rows)`` (no header row)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    def make(path: Path, blocks, title=None, created=None) -> Path:
        document = docx.Document()
        for kind, value in blocks:
            if kind == "p":
                document.add_paragraph(value)
            elif kind.endswith("table") or kind == "table!":
                table = document.add_table(rows=len(value), cols=len(value[0]))
                look = table._tbl.tblPr.find(qn("w:tblLook"))
                if kind != "table" and look is not None:  # Word's "Header Row" option off
                    look.set(qn("w:val"), "0000")
                    look.set(qn("w:firstRow"), "0")
                for number, (cells, row) in enumerate(zip(value, table.rows)):
                    for text, cell in zip(cells, row.cells):
                        cell.paragraphs[0].add_run(text).bold = kind == "table!" and number == 0
            else:
                if kind not in [style.name for style in document.styles]:
                    document.styles.add_style(kind, WD_STYLE_TYPE.PARAGRAPH)
                document.add_paragraph(value, style=kind)
        properties = document.core_properties
        properties.title = title or ""
        properties.created = properties.modified = created or datetime.datetime(2013, 12, 23)
        document.save(path)
        return path

    return make


MEMO = [
    ("Heading 1", "Memo samenwerking Breda"),
    ("p", "Breda werkt samen met het ministerie van OCW aan de Regio Deal Breda."),
    ("p", "Deelnemende steden:"),
    ("List Bullet", "Tilburg"),
    ("List Number", "Eindhoven"),
    ("Kop 2", "Trekkers"),
    ("table", [["Themagroep", "Trekker"], ["Jeugd", "Eva Smit (Ede)"]]),
]


def read_one(folder: Path):
    (doc,), warnings = read_corpus([folder])
    return doc, warnings


def test_a_word_document_gives_its_paragraphs_headings_lists_and_tables_in_order(tmp_path, make_docx):
    make_docx(tmp_path / "memo-breda.docx", MEMO, title="Memo G40 Breda", created=datetime.datetime(2024, 3, 3, 9))
    doc, warnings = read_one(tmp_path)
    assert doc.text.split("\n") == [
        "Memo samenwerking Breda", "",
        "Breda werkt samen met het ministerie van OCW aan de Regio Deal Breda.", "",
        "Deelnemende steden:", "",
        "• Tilburg", "",
        "• Eindhoven", "",
        "Trekkers", "",
        "| Themagroep | Trekker |", "|---|---|", "| Jeugd | Eva Smit (Ede) |"], doc.text
    assert (doc.id, doc.title, doc.date, doc.date_inferred) == ("memo-breda", "Memo G40 Breda", "2024-03-03", True)
    assert warnings == []


@pytest.mark.parametrize("kind, expected", [
    ("plain-table", ["Gemeente", "Bijdrage", "Breda", "kennis"]),
    ("table!", ["| Gemeente | Bijdrage |", "|---|---|", "| Breda | kennis |"]),
], ids=["no header row: a line per cell", "a bold first row is a header row"])
def test_a_word_table_reaches_the_extractor_as_an_html_table_does(tmp_path, make_docx, kind, expected):
    make_docx(tmp_path / "budget.docx", [("p", "Budget"), (kind, [["Gemeente", "Bijdrage"], ["Breda", "kennis"]])])
    doc, _warnings = read_one(tmp_path)
    assert doc.text.split("\n")[2:] == expected, doc.text


def test_a_word_document_gives_the_facts_of_the_same_text(tmp_path, make_docx):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    (tmp_path / "docx").mkdir()
    (tmp_path / "txt").mkdir()
    make_docx(tmp_path / "docx" / "memo.docx", MEMO)
    (tmp_path / "txt" / "memo.txt").write_text(read_one(tmp_path / "docx")[0].text, encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "memo.html").write_text(
        "<h1>Memo samenwerking Breda</h1><p>Breda werkt samen met het ministerie van OCW aan de Regio Deal Breda.</p>"
        "<p>Deelnemende steden:</p><ul><li>Tilburg</li><li>Eindhoven</li></ul><h2>Trekkers</h2>"
        "<table><tr><th>Themagroep</th><th>Trekker</th></tr><tr><td>Jeugd</td><td>Eva Smit (Ede)</td></tr></table>",
        encoding="utf-8")

    def facts(folder):
        doc, _warnings = read_one(folder)
        found = extract(doc.id, doc.text, gazetteer=load_gazetteer())
        return sorted((r.subject.text, r.predicate, r.object.text) for r in found.relations)

    assert ("Breda", "collaboratesWith", "OCW") in facts(tmp_path / "docx"), facts(tmp_path / "docx")
    assert facts(tmp_path / "docx") == facts(tmp_path / "txt") == facts(tmp_path / "html")


def test_a_package_without_its_relationships_part_is_read_from_its_document(tmp_path):
    """As the walkthrough's memo was written: only [Content_Types].xml and word/document.xml."""
    with zipfile.ZipFile(tmp_path / "memo-g40-breda.docx", "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Breda, 3 maart 2024. Breda werkt samen met '
                         'het ministerie van OCW.</w:t></w:r></w:p></w:body></w:document>')
    doc, _warnings = read_one(tmp_path)
    assert (doc.text, doc.title, doc.date) == (
        "Breda, 3 maart 2024. Breda werkt samen met het ministerie van OCW.", None, "2024-03-03")


CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def zip_of(document: str | None) -> bytes:
    """A zip with [Content_Types].xml (saying ``document`` is a template when it starts with "T") and,
    unless None, ``document`` as word/document.xml."""
    from io import BytesIO

    out = BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        template = document is not None and document.startswith("T")
        package.writestr("[Content_Types].xml", CONTENT_TYPES.replace("document.main", "template.main") if template
                         else CONTENT_TYPES)
        if document is not None:
            package.writestr("word/document.xml", document[template:])
    return out.getvalue()


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 geen zip", "File is not a zip file"),
    (zip_of(None), "there is no word/document.xml"),
    (zip_of("T<x/>"),
     "content type application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (zip_of("<w:document"),
     "Namespace prefix w on document is not defined, line 1, column 12 (<string>, line 1)"),
], ids=["a broken zip", "a zip without word/document.xml", "a template", "broken XML"])
def test_a_corrupt_word_document_is_skipped_with_one_line_and_nothing_else_is_lost(tmp_path, content, reason):
    (tmp_path / "goed.txt").write_text("Breda, 3 maart 2024. De G40 vergaderde in Breda.", encoding="utf-8")
    (tmp_path / "kapot.docx").write_bytes(content)
    docs, warnings = read_corpus([tmp_path])
    assert [d.id for d in docs] == ["goed"]
    assert warnings == [f"{tmp_path / 'kapot.docx'}: overgeslagen, onleesbaar Word-document ({reason})"]


def test_the_owner_file_word_writes_beside_an_open_document_is_no_document(tmp_path, make_docx):
    make_docx(tmp_path / "memo.docx", [("p", "Breda, 3 maart 2024. Breda werkt samen met OCW.")])
    (tmp_path / "~$memo.docx").write_bytes(b"\x05Jan de Vries" + b"\x00" * 40)
    docs, warnings = read_corpus([tmp_path])
    assert ([d.id for d in docs], warnings) == (["memo"], [])


def test_the_skip_warning_of_a_word_document_speaks_english_too(tmp_path):
    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 niet eens een zip")
    set_language("en")
    _docs, warnings = read_corpus([tmp_path])
    assert warnings == [f"{tmp_path / 'kapot.docx'}: skipped, unreadable Word document (File is not a zip file)"]


def test_a_printed_date_comes_before_the_core_properties_and_a_sidecar_before_both(tmp_path, make_docx):
    created = datetime.datetime(2025, 1, 9)
    make_docx(tmp_path / "a.docx", [("p", "Utrecht, 12 juni 2024 – De G40 vergaderde.")], title="Nota", created=created)
    make_docx(tmp_path / "b.docx", [("p", "De G40 vergaderde.")], title="Nota", created=created)
    make_docx(tmp_path / "c.docx", [("p", "De G40 vergaderde.")], title="Nota", created=created)
    (tmp_path / "c.meta.json").write_text(json.dumps({"title": "Verslag", "date": "2023-05-01"}), encoding="utf-8")
    docs, _warnings = read_corpus([tmp_path])
    assert [(d.id, d.title, d.date, d.date_inferred) for d in docs] == [
        # printed: the document's own date; the core properties' creation date is inferred (walkthrough 27, finding 15)
        ("a", "Nota", "2024-06-12", False), ("b", "Nota", "2025-01-09", True), ("c", "Verslag", "2023-05-01", False)]


# --- titles: the sidecar, the metadata's real title, a letter's subject line, the first heading ---

LETTER = ["Den Haag, 2 februari 2024", "Aan het bestuur van het Stedennetwerk G40",
          "t.a.v. de heer B. van den Berg, voorzitter", "Onderwerp: samenwerking Regio Deals en binnensteden",
          "Geachte heer Van den Berg,",
          "Graag bevestig ik dat het ministerie van Economische Zaken en Klimaat met de G40 samenwerkt."]


def letter_pdf(path: Path, title: str | None, lines=LETTER) -> Path:
    from test_ingest_pdf_lists import write_placed_pdf

    return write_placed_pdf(path, [(100 + 24 * row, 12, text) for row, text in enumerate(lines)], title=title)


@pytest.mark.parametrize("metadata, lines, expected", [
    ("Brief minister van EZK aan G40 over Regio Deals", LETTER, "Brief minister van EZK aan G40 over Regio Deals"),
    (None, LETTER, "samenwerking Regio Deals en binnensteden"),
    ("Microsoft Word - brief-ezk.docx", LETTER, "samenwerking Regio Deals en binnensteden"),
    ("untitled", LETTER, "samenwerking Regio Deals en binnensteden"),
    ("brief-ezk.pdf", [*LETTER[:3], "Betreft: Regio Deals", *LETTER[4:]], "Regio Deals"),
    ("brief-ezk", ["Verslag stuurgroep", "De G40 werkt samen met IenW."], "Verslag stuurgroep"),
    (None, ["Nieuwsbrief G40 | 8 oktober 2024", "Klimaatadaptatie", "De G40 werkt samen met IenW."], "Klimaatadaptatie"),
], ids=["a real Title", "no Title: the subject line", "a Word file name", "untitled", "a file name: Betreft",
        "the file's own name: the first line", "no Title, no subject: the first heading"])
def test_a_pdf_takes_its_real_title_then_its_subject_line_then_its_first_heading(tmp_path, metadata, lines, expected):
    letter_pdf(tmp_path / "brief-ezk.pdf", metadata, lines)
    doc, _warnings = read_one(tmp_path)
    assert doc.title == expected, doc.text


def test_a_sidecar_title_comes_first(tmp_path):
    letter_pdf(tmp_path / "brief.pdf", "Brief minister van EZK aan G40 over Regio Deals")
    (tmp_path / "brief.meta.json").write_text(json.dumps({"title": "Brief over Regio Deals"}), encoding="utf-8")
    assert read_one(tmp_path)[0].title == "Brief over Regio Deals"


@pytest.mark.parametrize("core, blocks, expected", [
    ("Memo G40 Breda", MEMO, "Memo G40 Breda"),
    ("Microsoft Word - memo.docx", MEMO, "Memo samenwerking Breda"),
    ("", [("p", "Memo"), ("p", "Betreft: Regio Deal Breda"), *MEMO], "Regio Deal Breda"),
    ("", [("p", "Breda werkt samen met OCW."), ("Heading 1", "Samenwerking"), ("p", "Meer.")], "Samenwerking"),
], ids=["core title", "no real core title: the first heading", "the subject line before the heading",
        "a heading under a sentence"])
def test_a_word_document_takes_its_core_title_then_its_subject_line_then_its_first_heading(
        tmp_path, make_docx, core, blocks, expected):
    make_docx(tmp_path / "memo.docx", blocks, title=core)
    assert read_one(tmp_path)[0].title == expected


def test_an_html_page_named_untitled_takes_its_h1_and_a_letter_its_subject(tmp_path):
    (tmp_path / "a.html").write_text("<title>Untitled</title><h1>Nieuws G40</h1><p>De G40 vergaderde.</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n".join(LETTER), encoding="utf-8")
    docs, _warnings = read_corpus([tmp_path])
    assert [d.title for d in docs] == ["Nieuws G40", "samenwerking Regio Deals en binnensteden"]


# --- wrapped lines of narrow and two-column PDFs (no space kept at a wrap, as a browser prints) ---

NEWS = ("De Themagroep Klimaatadaptatie van de G40 werkt samen met het ministerie van Infrastructuur en Waterstaat "
        "aan de Nationale Klimaatadaptatiestrategie. Sinds 1 juni 2024 is Hanneke Groeneveld, wethouder van "
        "Sittard-Geleen, voorzitter van de Themagroep Klimaatadaptatie. Zaanstad, Schiedam en Vlaardingen nemen "
        "deel aan de City Deal Klimaatadaptatie.")

#: the paragraph as a 7 cm column of 11 pt wraps it (the walkthrough's narrow newsletter)
NARROW = ["De Themagroep Klimaatadaptatie van de", "G40 werkt samen met het ministerie van",
          "Infrastructuur en Waterstaat aan de", "Nationale Klimaatadaptatiestrategie. Sinds 1",
          "juni 2024 is Hanneke Groeneveld,", "wethouder van Sittard-Geleen, voorzitter",
          "van de Themagroep Klimaatadaptatie.", "Zaanstad, Schiedam en Vlaardingen nemen",
          "deel aan de City Deal Klimaatadaptatie."]

#: and as each column of a two-column page wraps it
COLUMN = ["De Themagroep Klimaatadaptatie van de G40 werkt samen", "met het ministerie van Infrastructuur en Waterstaat aan de",
          "Nationale Klimaatadaptatiestrategie. Sinds 1 juni 2024 is", "Hanneke Groeneveld, wethouder van Sittard-Geleen,",
          "voorzitter van de Themagroep Klimaatadaptatie. Zaanstad,", "Schiedam en Vlaardingen nemen deel aan de City Deal",
          "Klimaatadaptatie."]

HEAD = [(57, 11, "Nieuwsbrief G40 | 8 oktober 2024", 34), (94, 22, "Klimaatadaptatie", 34)]


def placed(lines, x, top=124):
    """``lines`` of 11 pt at x, a line's distance (12.75 pt) apart from ``top`` down."""
    return [(round(top + 12.75 * row), 11, text, x) for row, text in enumerate(lines)]


def pdf_text(folder: Path, lines, name="nieuwsbrief.pdf") -> list[str]:
    from test_ingest_pdf_lists import write_placed_pdf

    folder.mkdir(exist_ok=True)
    write_placed_pdf(folder / name, lines, width=612)
    return read_one(folder)[0].text.split("\n")


def test_the_lines_of_a_narrow_column_are_joined_into_their_sentences(tmp_path):
    assert pdf_text(tmp_path, HEAD + placed(NARROW, 34)) == [
        "Nieuwsbrief G40 | 8 oktober 2024", "Klimaatadaptatie",
        NEWS.split(" Zaanstad")[0], "Zaanstad" + NEWS.split(" Zaanstad")[1]]


def test_each_column_of_a_two_column_page_is_joined_at_its_own_margin(tmp_path):
    first = [line.replace("Klimaatadaptatie", "Waterveiligheid") for line in COLUMN]
    lines = HEAD + placed(first, 34) + placed(COLUMN, 312, top=57)
    assert pdf_text(tmp_path, lines) == [
        "Nieuwsbrief G40 | 8 oktober 2024", "Klimaatadaptatie", NEWS.replace("Klimaatadaptatie", "Waterveiligheid"), NEWS]


def test_a_narrow_list_of_names_keeps_its_lines(tmp_path):
    """Short lines that each begin with a capital show no wrap: a list of names is no paragraph."""
    names = ["Hanneke Groeneveld, wethouder Sittard-Geleen", "Joost van Kessel, wethouder van Breda",
             "Marleen Scholten, wethouder van Almelo", "Naima Azzouzi, wethouder van Haarlem"]
    assert pdf_text(tmp_path, [(57, 11, "Deelnemers", 34)] + placed(names, 34)) == ["Deelnemers", *names]


@pytest.mark.parametrize("lines", [HEAD + placed(NARROW, 34), HEAD + placed(COLUMN, 312, top=57)],
                         ids=["narrow", "two columns"])
def test_a_narrow_or_two_column_pdf_gives_the_facts_of_its_text(tmp_path, lines):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    pdf_text(tmp_path / "pdf", lines)
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "nieuwsbrief.txt").write_text(
        f"Nieuwsbrief G40 | 8 oktober 2024\n\nKlimaatadaptatie\n\n{NEWS}\n", encoding="utf-8")

    def facts(folder):
        doc, _warnings = read_one(folder)
        return sorted((r.subject.text, r.predicate, r.object.text)
                      for r in extract(doc.id, doc.text, gazetteer=load_gazetteer()).relations)

    assert ("Schiedam", "participatesIn", "City Deal Klimaatadaptatie") in facts(tmp_path / "pdf"), facts(tmp_path / "pdf")
    assert facts(tmp_path / "pdf") == facts(tmp_path / "txt")


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(BROWSER is None, reason="needs chromium to print a page to PDF")
@pytest.mark.parametrize("style", ["width:7cm", "column-count:2"], ids=["narrow", "two columns"])
def test_a_narrow_or_two_column_page_printed_by_chromium_reads_as_its_html(tmp_path, style):
    page = tmp_path / "nieuwsbrief.html"
    page.write_text(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Nieuwsbrief G40</title>"
                    f"<style>body{{{style};font-size:11pt;text-align:justify}}</style></head><body>"
                    f"<p>Nieuwsbrief G40 | 8 oktober 2024</p><h1>Klimaatadaptatie</h1><p>{NEWS}</p></body></html>",
                    encoding="utf-8")
    (tmp_path / "pdf").mkdir()
    subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp_path / 'pdf' / 'nieuwsbrief.pdf'}", page.as_uri()],
                   capture_output=True, check=True, timeout=120)
    doc, _warnings = read_one(tmp_path / "pdf")
    assert " ".join(doc.text.split("\n")[2:]) == NEWS and doc.title == "Nieuwsbrief G40", doc.text


def test_a_sentence_runs_on_from_the_bottom_of_a_column_to_the_top_of_the_next(tmp_path):
    """The walkthrough's news item printed in two columns breaks its first sentence between them."""
    first = ["Nieuws | 3 juni 2024", "Themagroep Smart Cities start met datadeling",
             "Emmen, 3 juni 2024 - De Themagroep Smart Cities van de", "G40 is een samenwerking gestart met het ministerie van"]
    second = ["BZK over datadeling in de openbare ruimte. Voorzitter van", "de themagroep is Thomas Hendrikse, wethouder van",
              "Emmen. Ook Amersfoort en Gouda doen mee aan het", "project. Haarlem neemt deel aan de City Deal Zicht op",
              "Ondermijning."]
    assert pdf_text(tmp_path, placed(first, 34, top=57) + placed(second, 312, top=44)) == [
        *first[:2], " ".join(first[2:] + second)]


def test_a_narrow_column_runs_on_over_a_page_break(tmp_path):
    from test_ingest_pdf_lists import write_laid_out_pdf

    write_laid_out_pdf(tmp_path / "nieuwsbrief.pdf", [[(34, line) for line in NARROW[:3]], [(34, line) for line in NARROW[3:]]])
    assert read_one(tmp_path)[0].text.split("\n") == [NEWS.split(" Zaanstad")[0], "Zaanstad" + NEWS.split(" Zaanstad")[1]]


def test_a_word_document_with_a_broken_core_date_is_read_without_it(tmp_path, make_docx):
    from io import BytesIO

    made = make_docx(tmp_path / "memo.docx", [("p", "Breda werkt samen met OCW.")], title="Memo G40",
                     created=datetime.datetime(2024, 3, 3))
    with zipfile.ZipFile(made) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(b"2024-03-03T00:00:00Z", b"gisteren")
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    made.write_bytes(out.getvalue())
    (doc,), warnings = read_corpus([tmp_path])
    assert (doc.text, doc.title, doc.date) == ("Breda werkt samen met OCW.", "Memo G40", None), warnings
