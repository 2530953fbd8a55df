r"""The text of a Word document (``.docx``) as a reader sees it, read with python-docx.

python-docx reads the package (paragraphs, tables, styles and core properties) so that g40kg does
not parse WordprocessingML itself. The body comes out as the HTML reader gives a page
(:func:`graph.markup.html_visible_text`): each paragraph a block of its own, blocks separated by a
blank line; a heading (a "Heading n" / "Kop n" or "Title" / "Titel" style) a line of its own; a list
paragraph (a list style or numbering) an item marked "• " as an HTML ``<li>``; a table as an HTML
table (a Markdown table when its first row is a header row, see :func:`_header_row`). Headers,
footers and comments are left out, as a PDF's running headers are.

The core properties give the document's title and date (created, else last saved) for
:mod:`graph.ingest` to use when the sidecar and the text say nothing better. A package that is no
zip, or has no main document part, raises :class:`DocxError`; one without its relationships part
(as some generators write it) is read from its ``word/document.xml``.

python-docx is imported only when a ``.docx`` is read.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from .markup import table_text

__all__ = ["DocxError", "DocxTooBig", "DocxText", "accept_changes", "check_unpacked", "docx_text", "MAX_UNPACKED_MB",
           "MAX_XML_MB"]

#: the most a package may unpack to, in MB (10^6 bytes): python-docx reads every part into memory
MAX_UNPACKED_MB = 500
#: the most its XML parts may unpack to, in MB: lxml makes a tree of each, several times its size (the
#: ``word/document.xml`` of a 1,500-page report is some 30-50 MB)
MAX_XML_MB = 100


#: what a damaged zip (a Word file, an OpenDocument text) raises when a member is read: a broken deflate stream
#: (``zlib.error``), a header at a negative offset (``ValueError``), an unknown compression method
#: (``NotImplementedError``) or an encrypted member (``RuntimeError``): each is an unreadable file, not a crash
#: (walkthrough 37, finding 11)
ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, zlib.error, RuntimeError)


class DocxError(ValueError):
    """The bytes are no Word document python-docx can read (the reason is the message)."""


class DocxTooBig(DocxError):
    """The package would unpack to more than :data:`MAX_UNPACKED_MB`, or its XML to more than
    :data:`MAX_XML_MB`, by the sizes its own directory declares (a zip bomb: walkthrough 32, finding 2,
    where a 2 MB file of 2 GB of XML took 4.3 GB of memory before lxml refused it). ``unpacked``
    and ``limit`` in MB."""

    def __init__(self, unpacked: float, limit: int):
        super().__init__(f"{unpacked:.0f} MB unpacked, more than {limit} MB")
        self.unpacked, self.limit = unpacked, limit


@dataclass(frozen=True)
class DocxText:
    """What a ``.docx`` gives: its text, the first heading, and its core properties' title and date."""

    text: str
    heading: str | None = None
    title: str | None = None  # core properties (dc:title), as written: see graph.docdate.real_title
    date: str | None = None  # ISO day the core properties give (created, else modified)
    tracked: bool = False  # the body had tracked changes, read as accepted (see accept_changes)


#: a paragraph style of a heading: "Heading 2", "Kop 1", "Title", "Titel"
_HEADING = re.compile(r"(?:heading|kop)\s*\d|title$|titel$", re.IGNORECASE)
#: a paragraph style of a list: "List Bullet", "List Number 2", "List Paragraph", "Lijstalinea"
_LIST = re.compile(r"list\b|lijst", re.IGNORECASE)

_MAIN = "word/document.xml"
_RELS = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
         "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
         "<Relationship Id='rId1' Target='word/document.xml' Type='http://schemas.openxmlformats.org/"
         "officeDocument/2006/relationships/officeDocument'/></Relationships>")


def docx_text(raw: bytes) -> DocxText:
    """Read the ``.docx`` bytes ``raw``; :class:`DocxError` when they are no Word document."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import OpcError
    from docx.table import Table

    try:
        document = Document(BytesIO(_with_relationships(raw)))
    except DocxError:
        raise
    except (*ZIP_ERRORS, SyntaxError, OpcError) as error:
        raise DocxError(_reason(error)) from None
    tracked = accept_changes(document.element.body)
    blocks: list[str] = []
    heading = None
    names = _style_names(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = _rows(block)
            if rows:
                blocks.append(table_text(rows, _header_row(block)))
            continue
        text = _clean(block.text)
        if not text:
            continue
        style = names.get(block._p.style) or names.get(None, "")
        if _HEADING.match(style):
            heading = heading or text
        elif _LIST.match(style) or _numbered(block):
            text = "• " + text
        blocks.append(text)
    title = date = None
    package = document.part.package
    if any(rel.reltype == RT.CORE_PROPERTIES for rel in package.rels.values()):  # else python-docx makes up a title
        try:
            core = document.core_properties
            title = _clean(core.title or "") or None
            when = core.created or core.modified
        except (ValueError, KeyError, SyntaxError, OpcError):
            title = when = None  # broken core properties: the text is there all the same
        date = when.date().isoformat() if isinstance(when, datetime) else None
    return DocxText("\n\n".join(blocks), heading, title, date, tracked)


#: tracked-change wrappers of content: (kept when accepted, dropped when accepted)
_KEPT, _DROPPED = ("ins", "moveTo"), ("del", "moveFrom")


def accept_changes(body) -> bool:
    """Accept the tracked changes in the WordprocessingML element ``body`` in place, as Word's
    "Accept All" does: an insertion's content (``w:ins``, ``w:moveTo`` holding runs) stays without
    its wrapper, a deletion (``w:del``, ``w:moveFrom`` holding runs) goes, and so does a table row
    marked deleted (``w:trPr/w:del``). Markers without content (a paragraph mark's ``w:rPr/w:ins``)
    are left alone. Whether there was any change.

    >>> from lxml import etree
    >>> W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> p = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>Voorzitter is </w:t></w:r>'
    ...     '<w:del><w:r><w:delText>Jan Oud</w:delText></w:r></w:del>'
    ...     '<w:ins><w:r><w:t>Ria Nieuw</w:t></w:r></w:ins></w:p>')
    >>> accept_changes(p), "".join(p.itertext())
    (True, 'Voorzitter is Ria Nieuw')
    """
    from docx.oxml.ns import qn

    changed = False
    for row_mark in list(body.iter(qn("w:trPr"))):
        if row_mark.find(qn("w:del")) is not None:
            row = row_mark.getparent()
            row.getparent().remove(row)
            changed = True
    for name in (*_KEPT, *_DROPPED):
        for element in list(body.iter(qn(f"w:{name}"))):
            parent = element.getparent()
            if parent is None or not len(element):
                continue
            changed = True
            if name in _KEPT:
                index = parent.index(element)
                for offset, child in enumerate(list(element)):
                    parent.insert(index + offset, child)
            parent.remove(element)
    return changed


def _with_relationships(raw: bytes) -> bytes:
    """``raw``, or when it is a zip with a main document part but no ``_rels/.rels``, that zip with one."""
    try:
        with zipfile.ZipFile(BytesIO(raw)) as package:
            check_unpacked(package.infolist())
            names = set(package.namelist())
            if _MAIN not in names:
                raise DocxError(f"there is no {_MAIN}")
            if "_rels/.rels" in names:
                return raw
            out = BytesIO()
            with zipfile.ZipFile(out, "w") as repaired:
                for name in package.namelist():
                    repaired.writestr(name, package.read(name))
                repaired.writestr("_rels/.rels", _RELS)
            return out.getvalue()
    except DocxError:
        raise
    except ZIP_ERRORS as error:
        raise DocxError(_reason(error)) from None


def check_unpacked(members) -> None:
    """Raise :class:`DocxTooBig` when the zip ``members`` (``ZipInfo``) declare more than the limits.
    A member's declared size is an upper bound: :mod:`zipfile` stops reading there (and fails the CRC).
    The guard of every zip package g40kg reads (a Word document, an OpenDocument text: :mod:`graph.odttext`).

    >>> from zipfile import ZipInfo
    >>> def member(name, size):
    ...     info = ZipInfo(name); info.file_size = size; return info
    >>> check_unpacked([member("word/document.xml", 30_000_000), member("word/media/image1.png", 400_000_000)])
    >>> check_unpacked([member("word/document.xml", 2_147_483_648)])
    Traceback (most recent call last):
    graph.docxtext.DocxTooBig: 2147 MB unpacked, more than 100 MB
    >>> check_unpacked([member("word/media/image%d.png" % n, 100_000_000) for n in range(6)])
    Traceback (most recent call last):
    graph.docxtext.DocxTooBig: 600 MB unpacked, more than 500 MB
    """
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    total = sum(m.file_size for m in members)
    if xml > MAX_XML_MB * 1_000_000:
        raise DocxTooBig(xml / 1_000_000, MAX_XML_MB)
    if total > MAX_UNPACKED_MB * 1_000_000:
        raise DocxTooBig(total / 1_000_000, MAX_UNPACKED_MB)


def _reason(error: Exception) -> str:
    """A short reason for the skip warning, as the library gives it ("File is not a zip file"), but
    for a package of another kind ("content type application/vnd…template.main+xml": a template)."""
    text = str(error)
    other = re.search(r"content type is '([^']+)'", text)
    return f"content type {other[1]}" if other else text.strip("'\"") or type(error).__name__


def _clean(text: str) -> str:
    """A paragraph's or cell's text on one line: tabs and breaks as spaces, runs of spaces as one."""
    return " ".join(text.replace("\xa0", " ").split())


def _style_names(document) -> dict:
    """The paragraph styles' names by style id, the default paragraph style's under None (looked up
    once: python-docx's ``paragraph.style`` searches all styles for each paragraph)."""
    from docx.enum.style import WD_STYLE_TYPE

    names: dict = {}
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            names[style.style_id] = style.name or ""
            if style.element.default:
                names[None] = style.name or ""
    return names


def _numbered(paragraph) -> bool:
    """The paragraph has numbering of its own (Word's list buttons give any style a ``w:numPr``)."""
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _rows(table) -> list[list[str]]:
    """The rows of ``table`` as cell texts, a merged cell once, empty rows left out."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(_clean(cell.text).replace("|", "/"))
        if any(cells):
            rows.append(cells)
    return rows


def _header_row(table) -> bool:
    """Whether ``table``'s first row is a header row: Word's "Header Row" option (``w:tblLook``
    ``firstRow``), a repeated header row (``w:tblHeader``), or all its text bold."""
    from docx.oxml.ns import qn

    look = table._tbl.tblPr.find(qn("w:tblLook")) if table._tbl.tblPr is not None else None
    if look is not None:
        first = look.get(qn("w:firstRow"))
        if first is not None:
            if first in ("1", "true", "on"):
                return True
        elif int(look.get(qn("w:val"), "0") or "0", 16) & 0x0020:
            return True
    first_row = table.rows[0]
    properties = first_row._tr.trPr
    if properties is not None and properties.find(qn("w:tblHeader")) is not None:
        return True
    runs = [run for cell in first_row.cells for paragraph in cell.paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)
