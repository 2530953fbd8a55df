"""PDF lists whose bullets are drawn, not written (a browser's or word processor's PDF): the layout
shows them, and they come out as the "• item" lines the HTML reader makes of an ``<li>``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from graph.ingest import read_corpus

pypdf = pytest.importorskip("pypdf")

#: A4, as word processors and browsers print it; body text starts at x = 72 (1 inch)
WIDTH, HEIGHT, MARGIN, INDENT = 595, 842, 72, 90


def write_laid_out_pdf(path: Path, pages) -> Path:
    """A PDF whose pages have the lines ``pages`` gives, each line an ``(x, text)`` placed at x
    (Windows-1252 text; a list's bullets are not drawn: in these PDFs they are graphics)."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    for lines in pages:
        page = writer.add_blank_page(width=WIDTH, height=HEIGHT)
        page[NameObject("/Resources")] = resources
        shown = b" ".join(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, HEIGHT - 72 - 14 * row, text.encode("cp1252"))
                          for row, (x, text) in enumerate(lines))
        stream = DecodedStreamObject()
        stream.set_data(b"BT /F1 10 Tf %s ET" % shown)
        page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def pdf_lines(tmp_path: Path, pages) -> list[str]:
    write_laid_out_pdf(tmp_path / "verslag.pdf", pages)
    (doc,), _warnings = read_corpus([tmp_path])
    return doc.text.split("\n")


#: a report with a list of three members, the last one wrapped (its second line starts in capitals)
MEMBERS = [
    (MARGIN, "De themagroep Energietransitie kwam op 14 maart bijeen in het stadskantoor van Deventer. Op de"),
    (MARGIN, "agenda stonden de voortgang van de warmtetransitie in de wijken en de verdeling van de middelen"),
    (MARGIN, "uit het Klimaatfonds over de steden van het netwerk, waarover de G40 in mei met het ministerie"),
    (MARGIN, "van EZK spreekt. Aan tafel zaten de wethouders van drie steden:"),
    (INDENT, "Deventer: wethouder Evert-Jan Dijkhuizen (trekker)"),
    (INDENT, "Almelo: wethouder Marleen Scholten"),
    (INDENT, "Haarlem: wethouder Naima Azzouzi, die namens de themagroep ook overleg voert met"),
    (INDENT, "Rijkswaterstaat en Netbeheer Nederland."),
    (MARGIN, "Het volgende overleg is in juni in Haarlem."),
]


def test_indented_lines_where_a_bullet_would_be_are_list_items(tmp_path):
    assert pdf_lines(tmp_path, [MEMBERS]) == [
        "De themagroep Energietransitie kwam op 14 maart bijeen in het stadskantoor van Deventer. Op de agenda stonden "
        "de voortgang van de warmtetransitie in de wijken en de verdeling van de middelen uit het Klimaatfonds over de "
        "steden van het netwerk, waarover de G40 in mei met het ministerie van EZK spreekt. Aan tafel zaten de "
        "wethouders van drie steden:",
        "• Deventer: wethouder Evert-Jan Dijkhuizen (trekker)",
        "• Almelo: wethouder Marleen Scholten",
        "• Haarlem: wethouder Naima Azzouzi, die namens de themagroep ook overleg voert met Rijkswaterstaat en "
        "Netbeheer Nederland.",
        "",
        "Het volgende overleg is in juni in Haarlem.",
    ]


def test_a_list_goes_on_over_a_page_break(tmp_path):
    first, second = MEMBERS[:6], [(INDENT, "Haarlem: wethouder Naima Azzouzi"), (INDENT, "Arnhem: wethouder Koen Hermans"),
                                  (MARGIN, "Het volgende overleg is in juni in Haarlem.")]
    assert pdf_lines(tmp_path, [first, second])[1:] == [
        "• Deventer: wethouder Evert-Jan Dijkhuizen (trekker)", "• Almelo: wethouder Marleen Scholten", "",
        "• Haarlem: wethouder Naima Azzouzi", "• Arnhem: wethouder Koen Hermans", "",
        "Het volgende overleg is in juni in Haarlem."]


@pytest.mark.parametrize("bullet", ["• ", "- ", "1. "])
def test_items_that_have_their_bullet_written_keep_it(tmp_path, bullet):
    lines = [(x, bullet + text if x == INDENT else text) for x, text in MEMBERS[:6]] + [MEMBERS[-1]]
    assert pdf_lines(tmp_path, [lines])[1:] == [
        f"{bullet}Deventer: wethouder Evert-Jan Dijkhuizen (trekker)", f"{bullet}Almelo: wethouder Marleen Scholten",
        "Het volgende overleg is in juni in Haarlem."]


def test_a_bullet_written_without_its_space_is_read_as_one(tmp_path):
    lines = [(x, "\u2022" + text if x == INDENT else text) for x, text in MEMBERS[:6]] + [MEMBERS[-1]]
    assert pdf_lines(tmp_path, [lines])[1:] == [
        "• Deventer: wethouder Evert-Jan Dijkhuizen (trekker)", "• Almelo: wethouder Marleen Scholten", "",
        "Het volgende overleg is in juni in Haarlem."]


def test_a_hanging_indent_under_a_written_bullet_is_the_items_text(tmp_path):
    lines = [*MEMBERS[:4],
             (MARGIN, "- Haarlem: wethouder Naima Azzouzi, die namens de themagroep ook overleg voert met de"),
             (MARGIN + 12, "provincie Noord-Holland, met Rijkswaterstaat en met de netbeheerders in de regio, zoals"),
             (MARGIN + 12, "Liander"),
             MEMBERS[-1]]
    assert "•" not in "".join(pdf_lines(tmp_path, [lines]))


def test_a_centred_title_and_a_first_line_indent_are_no_items(tmp_path):
    lines = [(250, "Jaarverslag 2023"),
             (MARGIN + 18, "De themagroep Energietransitie kwam op 14 maart bijeen in het stadskantoor van Deventer."),
             (MARGIN, "Aan tafel zaten de wethouders van drie steden, die samen de warmtetransitie in de wijken"),
             (MARGIN, "voorbereiden.")]
    assert pdf_lines(tmp_path, [lines]) == [
        "Jaarverslag 2023",
        "De themagroep Energietransitie kwam op 14 maart bijeen in het stadskantoor van Deventer.",
        "Aan tafel zaten de wethouders van drie steden, die samen de warmtetransitie in de wijken voorbereiden."]


#: a web page with a list, as the extraction reads it from HTML
PAGE = ("<h1>Themagroep Energietransitie</h1>"
        "<p>De themagroep Energietransitie van de G40 werkt aan de warmtetransitie in de wijken.</p>"
        "<p>Deelnemende steden</p><ul><li>Deventer</li><li>Almelo</li><li>Haarlem</li></ul>"
        "<p>Het volgende overleg is in juni.</p>")

#: the same page as a browser prints it: the bullets are drawn, the items indented
PRINTED = [(MARGIN, "Themagroep Energietransitie"),
           (MARGIN, "De themagroep Energietransitie van de G40 werkt aan de warmtetransitie in de wijken."),
           (MARGIN, "Deelnemende steden"), (INDENT, "Deventer"), (INDENT, "Almelo"), (INDENT, "Haarlem"),
           (MARGIN, "Het volgende overleg is in juni.")]


def facts(folder: Path) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    (doc,), _warnings = read_corpus([folder])
    found = extract(doc.id, doc.text, gazetteer=load_gazetteer())
    return sorted((r.subject.text, r.predicate, r.object.text) for r in found.relations)


def test_a_printed_list_gives_the_facts_of_the_web_page(tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "pdf").mkdir()
    (tmp_path / "html" / "themagroep.html").write_text(PAGE, encoding="utf-8")
    write_laid_out_pdf(tmp_path / "pdf" / "themagroep.pdf", [PRINTED])
    participants = {s for s, p, o in facts(tmp_path / "pdf") if p == "participatesIn" and o == "Themagroep Energietransitie"}
    assert participants == {"Deventer", "Almelo", "Haarlem"}, facts(tmp_path / "pdf")
    assert facts(tmp_path / "pdf") == facts(tmp_path / "html")


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(BROWSER is None, reason="needs chromium to print a page to PDF")
def test_a_page_printed_by_chromium_keeps_its_list(tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "pdf").mkdir()
    page = tmp_path / "html" / "themagroep.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{PAGE}</body></html>", encoding="utf-8")
    subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp_path / 'pdf' / 'themagroep.pdf'}", page.as_uri()],
                   capture_output=True, check=True, timeout=120)
    (doc,), _warnings = read_corpus([tmp_path / "pdf"])
    assert doc.text.split("\n")[2:6] == ["Deelnemende steden", "• Deventer", "• Almelo", "• Haarlem"], doc.text
    assert facts(tmp_path / "pdf") == facts(tmp_path / "html")


#: a browser's PDF keeps no space where it wraps body text: a full line runs on, capital or not
WRAPPED = [
    (MARGIN, "Stuurgroep City Deal"),
    (MARGIN, "De stuurgroep van de City Deal kwam op 12 maart bijeen in Almere, met wethouder Youssef"),
    (MARGIN, "Amrani van Almere als voorzitter. Aan tafel zaten ook de wethouders van Lelystad en van"),
    (MARGIN, "Zwolle en de gedeputeerde van de provincie Flevoland. Namens het ministerie sprak Hans-"),
    (MARGIN, "Peter Kooistra, directeur Stedelijke Ontwikkeling, over de financiering van de plannen."),
]


def test_a_full_body_line_runs_on_before_a_capital(tmp_path):
    assert pdf_lines(tmp_path, [WRAPPED]) == [
        "Stuurgroep City Deal",
        "De stuurgroep van de City Deal kwam op 12 maart bijeen in Almere, met wethouder Youssef Amrani van Almere "
        "als voorzitter. Aan tafel zaten ook de wethouders van Lelystad en van Zwolle en de gedeputeerde van de "
        "provincie Flevoland. Namens het ministerie sprak Hans-Peter Kooistra, directeur Stedelijke Ontwikkeling, "
        "over de financiering van de plannen."]


def write_placed_pdf(path: Path, lines, *, title: str | None = None, width: float = WIDTH) -> Path:
    """A one-page PDF with ``lines``, each ``(y, size, text)`` placed at the margin, or ``(y, size, text,
    x)`` at x (y from the top); ``title``: the Title of its metadata."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page = writer.add_blank_page(width=width, height=HEIGHT)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(b" ".join(b"BT /F1 %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET"
                              % (size, x[0] if x else MARGIN, HEIGHT - y, text.encode("ascii"))
                              for y, size, text, *x in lines))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if title is not None:
        writer.add_metadata({"/Title": title})
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


BODY = ["De stuurgroep van de City Deal kwam op 12 maart bijeen in Almere, met de wethouders van",
        "Lelystad en Zwolle en de gedeputeerde van de provincie Flevoland als gasten, en met de",
        "directeur Stedelijke Ontwikkeling van het ministerie van Volkshuisvesting als spreker."]


@pytest.mark.parametrize("last, following, gap, size", [
    ("Aan tafel zaten de gedeputeerde en de directeuren van de drie corporaties in de regio", "Besluiten", 24, 14),
    ("Aan tafel zaten de gedeputeerde en de directeuren van de drie corporaties in de regio", "Besluiten", 14, 14),
    ("Aan tafel zaten de gedeputeerde en de directeuren van de drie corporaties in de regio", "Besluiten", 24, 10),
    ("Aan tafel zaten de gedeputeerde en de directeuren van de drie corporaties uit de regio:",
     "Woonstichting De Key, Portaal en Woonbron", 14, 10),
    ("| Almelo | Kerkelanden | Woonstichting Beter Wonen Almelo | 9,8 miljoen euro | gereed |",
     "| Arnhem | Presikhaaf | Volkshuisvesting Arnhem | 14,2 miljoen euro | gereed |", 14, 10),
], ids=["heading after a paragraph's margin", "larger heading", "paragraph", "colon", "table row"])
def test_a_full_line_keeps_its_break_before_a_heading_a_paragraph_or_a_row(tmp_path, last, following, gap, size):
    lines = [(100 + 14 * row, 10, text) for row, text in enumerate(BODY + [last])]
    write_placed_pdf(tmp_path / "verslag.pdf", lines + [(lines[-1][0] + gap, size, following)])
    (doc,), _warnings = read_corpus([tmp_path])
    assert doc.text.split("\n")[-2:] == [last, following], doc.text


def test_a_pdf_that_keeps_the_space_at_its_wraps_marks_them_itself(tmp_path):
    last = "Aan tafel zaten de gedeputeerde en de directeuren van de drie corporaties in de regio"
    lines = [(MARGIN, text + " ") for text in BODY[:2]] + [(MARGIN, BODY[2]), (MARGIN, last), (MARGIN, "Besluiten")]
    assert pdf_lines(tmp_path, [lines]) == [" ".join(BODY), last, "Besluiten"]


def test_a_printed_header_and_footer_left_of_the_body_do_not_move_its_margin(tmp_path):
    """A browser prints the date and title above the page and its address below, in a small size
    further left than the body: the body's wrapped lines still run on (sixth walkthrough)."""
    body = [(100 + 14 * row, 10, text) for row, text in enumerate(BODY)]
    chrome = [(20, 7, "4-12-26 14:13 Nieuws", 48), (820, 7, "file:///tmp/nieuws.html 1/1", 48)]
    write_placed_pdf(tmp_path / "nieuws.pdf", chrome[:1] + body + chrome[1:])
    (doc,), _warnings = read_corpus([tmp_path])
    # the printed header and footer themselves are left out since the eleventh walkthrough
    assert doc.text == " ".join(BODY), doc.text
