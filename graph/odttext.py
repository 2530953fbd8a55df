r"""The text of an OpenDocument text (``.odt``, what LibreOffice and many municipal document systems save).

An OpenDocument text is a zip with ``content.xml`` (the body) and ``meta.xml`` (title and dates). It is read
here with lxml, as :mod:`graph.docxtext` reads a ``.docx`` and with the same guards: the package may not
declare more than :data:`graph.docxtext.MAX_UNPACKED_MB` unpacked nor its XML more than
:data:`graph.docxtext.MAX_XML_MB` (:func:`graph.docxtext.check_unpacked`), and an XML part with a document
type declaration (where entities are declared: a "billion laughs" or a reference to a file outside) is
refused before anything is expanded (:func:`safe_xml`). No library: odfpy, the one maintained Python
reader, had its last release in 2020 and gives a tree of its own classes that still needs this walk.

The body comes out as the HTML reader gives a page (:func:`graph.markup.html_visible_text`), as a Word
document's does: each paragraph a block, blocks separated by a blank line; a heading (``text:h``, or a
paragraph styled "Title"/"Titel"/"Heading n"/"Kop n") a line of its own; a list item (``text:list-item``)
marked "• "; a table as an HTML table (a Markdown table when it has header rows, ``table:table-header-rows``).
Notes, comments, tracked deletions and the document's change records are left out.

Tracked changes are read as after LibreOffice's "Alles accepteren", as a Word document's are (round 58d): an insertion's
text stands in the body between ``text:change-start`` and ``text:change-end`` and counts, a deletion's text stands only
in the change record (``text:tracked-changes``, a ``text:change`` mark in the body) and does not; ``tracked`` says
there was one of either, a format change alone (no text changed) is none.

>>> package = odt_bytes('<text:h text:outline-level="1">Notitie wijkaanpak</text:h>'
...                     '<text:p>Ria de Boer is voorzitter.</text:p>'
...                     '<text:list><text:list-item><text:p>Ede</text:p></text:list-item></text:list>',
...                     meta='<dc:title>Notitie</dc:title><meta:creation-date>2024-03-05T10:00:00</meta:creation-date>')
>>> read = odt_text(package)
>>> print(read.text)
Notitie wijkaanpak
<BLANKLINE>
Ria de Boer is voorzitter.
<BLANKLINE>
• Ede
>>> read.heading, read.title, read.date
('Notitie wijkaanpak', 'Notitie', '2024-03-05')
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from .docxtext import _HEADING, ZIP_ERRORS, DocxError, DocxText, _clean, check_unpacked
from .markup import table_text

__all__ = ["OdtError", "odt_bytes", "odt_text", "safe_xml"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
#: the package's mimetype (a template, ``.ott``, is read as well); a spreadsheet or presentation is not text
_MIMETYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")


class OdtError(DocxError):
    """The bytes are no OpenDocument text that can be read (the reason is the message)."""


def safe_xml(data: bytes):
    """The root element of the XML ``data``, parsed without a document type declaration: one (the place
    where entities are declared, a "billion laughs" or a reference to a file outside) raises ``ValueError``,
    as does XML that is not well-formed. Nothing is fetched from the network or expanded.

    >>> safe_xml(b"<a>tekst</a>").text
    'tekst'
    >>> safe_xml(b'<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')
    Traceback (most recent call last):
    ValueError: XML with a document type declaration (entities) is not read
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ValueError(f"XML not well-formed ({error})") from None
    if root.getroottree().docinfo.doctype or root.getroottree().docinfo.internalDTD is not None:
        raise ValueError("XML with a document type declaration (entities) is not read")
    return root


def odt_text(raw: bytes) -> DocxText:
    """Read the ``.odt`` bytes ``raw``: :class:`OdtError` when they are no OpenDocument text,
    :class:`graph.docxtext.DocxTooBig` when the package declares more than the limits."""
    try:
        with zipfile.ZipFile(BytesIO(raw)) as package:
            check_unpacked(package.infolist())
            names = set(package.namelist())
            if "mimetype" in names:
                kind = package.read("mimetype").decode("ascii", "replace").strip()
                if kind not in _MIMETYPES:
                    raise OdtError(f"mimetype {kind}")
            if "content.xml" not in names:
                raise OdtError("there is no content.xml")
            content = safe_xml(package.read("content.xml"))
            meta = safe_xml(package.read("meta.xml")) if "meta.xml" in names else None
    except DocxError:
        raise
    except ZIP_ERRORS as error:
        raise OdtError(str(error).strip("'\"") or type(error).__name__) from None
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise OdtError("content.xml has no office:text body")
    reader = _Reader(_heading_styles(content))
    reader.blocks_of(body)
    title, date = _meta(meta)
    return DocxText("\n\n".join(reader.blocks), reader.heading, title, date, _tracked(body))


def _tracked(body) -> bool:
    """Whether ``body`` records a tracked insertion or deletion (a ``text:changed-region`` of either).

    >>> from lxml import etree
    >>> record = f'<t xmlns:text="{_TEXT}"><text:tracked-changes><text:changed-region><text:%s/></text:changed-region></text:tracked-changes></t>'
    >>> [_tracked(etree.fromstring(record % kind)) for kind in ("insertion", "deletion", "format-change")]
    [True, True, False]
    """
    return any(region.find(f"{{{_TEXT}}}insertion") is not None or region.find(f"{{{_TEXT}}}deletion") is not None
               for region in body.iter(f"{{{_TEXT}}}changed-region"))


def _heading_styles(content) -> frozenset:
    """The names of the automatic paragraph styles in ``content`` whose parent style is a heading's or a
    title's ("P1" on a paragraph LibreOffice styled "Title")."""
    styles = set()
    for style in content.iter(f"{{{_STYLE}}}style"):
        parent = style.get(f"{{{_STYLE}}}parent-style-name") or ""
        if _HEADING.match(parent.replace("_20_", " ")):
            styles.add(style.get(f"{{{_STYLE}}}name"))
    return frozenset(styles)


#: elements whose text a reader does not see in the body: notes, comments, change records, a deleted run
_LEFT_OUT = frozenset({f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes",
                       f"{{{_TEXT}}}sequence-decls", f"{{{_TEXT}}}variable-decls", f"{{{_TEXT}}}user-field-decls",
                       f"{{{_OFFICE}}}forms", f"{{{_TABLE}}}table-columns"})


class _Reader:
    """Walks an ``office:text`` into blocks (see the module)."""

    def __init__(self, heading_styles: frozenset):
        self.blocks: list[str] = []
        self.heading: str | None = None
        self.heading_styles = heading_styles

    def blocks_of(self, element, item: bool = False) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _LEFT_OUT:
                continue
            if tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
                self.paragraph(child, item)
                item = False  # a list item's further paragraphs are its own, unmarked
            elif tag == f"{{{_TABLE}}}table":
                header, rows = _table_rows(child)
                if rows:
                    self.blocks.append(table_text(rows, header))
            elif tag == f"{{{_TEXT}}}list-item":
                self.blocks_of(child, item=True)
            else:  # a section, a list, a list header, an index body: their paragraphs in order
                self.blocks_of(child, item)

    def paragraph(self, element, item: bool) -> None:
        text = _clean(_inline_text(element))
        if not text:
            return
        style = element.get(f"{{{_TEXT}}}style-name") or ""
        if element.tag == f"{{{_TEXT}}}h" or style in self.heading_styles or _HEADING.match(style.replace("_20_", " ")):
            self.heading = self.heading or text
        elif item:
            text = "• " + text
        self.blocks.append(text)


def _inline_text(element) -> str:
    """The text of a paragraph as a reader sees it: spans and links read through, ``text:s`` as its
    count of spaces, a tab or line break as a space; notes, comments and frames (a text box, an image's
    caption: blocks of their own) left out."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or "1"))
        elif tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
            parts.append(" ")
        elif tag and tag not in _LEFT_OUT and not tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _table_rows(table) -> tuple[bool, list[list[str]]]:
    """Whether ``table`` has header rows, and its rows as cell texts (a cell repeated by
    ``table:number-columns-repeated`` once, a covered cell of a merge left out, empty rows left out)."""
    header = table.find(f"{{{_TABLE}}}table-header-rows") is not None
    rows = []
    for row in table.iter(f"{{{_TABLE}}}table-row"):
        cells = []
        for cell in row:
            if cell.tag == f"{{{_TABLE}}}table-cell":
                paragraphs = [_clean(_inline_text(p)) for p in cell.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]
                cells.append(" ".join(p for p in paragraphs if p).replace("|", "/"))
        if any(cells):
            rows.append(cells)
    return header, rows


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _meta(meta) -> tuple[str | None, str | None]:
    """``meta.xml``'s title and day (created, else last saved), as a Word document's core properties give them."""
    if meta is None:
        return None, None
    title = meta.findtext(f".//{{{_DC}}}title")
    day = None
    for path in (f".//{{{_META}}}creation-date", f".//{{{_DC}}}date"):
        found = _DAY.match((meta.findtext(path) or "").strip())
        if found:
            day = found[1]
            break
    return _clean(title or "") or None, day


def odt_bytes(body: str, meta: str = "", *, mimetype: str = _MIMETYPES[0]) -> bytes:
    """An OpenDocument text package with ``body`` (XML in ``office:text``) and ``meta`` (XML in ``office:meta``):
    for tests and examples."""
    spaces = (f'xmlns:office="{_OFFICE}" xmlns:text="{_TEXT}" xmlns:table="{_TABLE}" xmlns:style="{_STYLE}" '
              f'xmlns:meta="{_META}" xmlns:dc="{_DC}" office:version="1.3"')
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as the standard asks
        package.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {spaces}>'
                                        f"<office:body><office:text>{body}</office:text></office:body>"
                                        "</office:document-content>", zipfile.ZIP_DEFLATED)
        package.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {spaces}>'
                                     f"<office:meta>{meta}</office:meta></office:document-meta>")
    return out.getvalue()
