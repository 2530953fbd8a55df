r"""Markup → the text a reader sees: HTML pages (:func:`html_visible_text`) and Markdown
(:func:`markdown_text`), and tables as the extraction reads them (:func:`table_text`: a Markdown table
with a header row, else a line per cell; :mod:`graph.extract.tables`). Used by :mod:`graph.ingest`
for ``.html``/``.md`` files and by :mod:`graph.docxtext` for Word tables.

>>> markdown_text("**Eva Smit** leidt de [themagroep Jeugd](http://x.nl).")
'Eva Smit leidt de themagroep Jeugd.'
>>> html_visible_text("<h1>Nieuws</h1><nav>Home</nav><p>Ede doet mee.</p>")
'Nieuws\n\nEde doet mee.'
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

__all__ = ["html_visible_text", "has_tracked_changes", "markdown_text", "parser_safe", "table_text", "table_row"]


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title",
}
_HIDDEN_TAGS = {"script", "style", "template", "noscript", "head", "svg", "iframe", "object", "nav"}
#: the page furniture a site marks by class, id or role: "Home > Programma's > X" is no sentence of the page
_CHROME = re.compile(r"breadcrumbs?|kruimelpad|skip-?link|cookie", re.IGNORECASE)
#: the bullet of a list item at each depth, as a browser draws them: an organogram's nesting is its units' places
_BULLETS = ("•", "◦", "▪")
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track", "base"}


#: a "<" that no ">" closes before the next "<" (or the end of the page): it opens no tag
_UNCLOSED = re.compile(r"<(?=[^<>]*(?:<|\Z))")
#: a "<![" that is no whole conditional of Word's ("<![if !vml]>", "<![endif]>"), outside a closed CDATA section:
#: Python's parser raises AssertionError on an unknown keyword ("<![foo["), and scans to the end for the "]>" of one
#: never closed
_MARKED = re.compile(r"<!\[(?!(?:if|else|endif)\b[^<>\]]*\]\s*>)", re.IGNORECASE)
#: a comment or CDATA section that is closed (by then every one is): left as it is
_CLOSED_SECTION = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.DOTALL)


def parser_safe(html: str) -> str:
    """``html`` with each ``<`` that opens no tag (no ``>`` before the next ``<`` or the end) written ``&lt;``, as
    text: Python's :class:`html.parser.HTMLParser` (before 3.11.13, 3.12.11 and 3.13.4: CVE-2025-6069) takes time
    quadratic in such ``<``, and 800 KB of ``<del`` took 146 s of CPU to read, a page of 20 MB days (walkthrough 37,
    finding 14). Every feed of a page goes through this. A comment (``<!--``) or CDATA section that nothing closes
    after it is text too, for the same reason (700 KB of ``<!-- x>`` took 87 s); one that is closed stays as it is,
    a ``<`` in it included (Word's ``<!--[if gte mso 9]><xml>…<![endif]-->``). Another ``<![`` than a closed CDATA
    section or Word's ``<![if …]>``, ``<![endif]>`` is text: Python's parser stopped on ``<![foo[`` (AssertionError),
    and 800 KB of ``<![if x>`` took 10 s.

    >>> parser_safe("<p>5 < 6 <b>ja</b></p><!-- a<b --><x<y")
    '<p>5 &lt; 6 <b>ja</b></p><!-- a<b -->&lt;x&lt;y'
    >>> parser_safe("<!-- a --><!-- b> <![CDATA[c> <![if !vml]>d<![endif]> <![foo[e]> <![if x>")
    '<!-- a -->&lt;!-- b> &lt;![CDATA[c> <![if !vml]>d<![endif]> &lt;![foo[e]> &lt;![if x>'
    """
    for opener, closer in (("<!--", "-->"), ("<![CDATA[", "]]>")):
        last = html.rfind(closer)  # every opener before it is closed by it or by one before it
        start = 0 if last < 0 else last + len(closer)
        if html.find(opener, start) >= 0:
            html = html[:start] + html[start:].replace(opener, "&lt;" + opener[1:])
    pieces, done = [], 0
    for section in _CLOSED_SECTION.finditer(html):
        pieces += [_tags_only(html[done:section.start()]), section.group()]
        done = section.end()
    pieces.append(_tags_only(html[done:]))
    return "".join(pieces)


def _tags_only(html: str) -> str:
    return _UNCLOSED.sub("&lt;", _MARKED.sub("&lt;![", html))


#: a line break in a run of text, with the spaces around it
_WRAPPED = re.compile(r"[ \t]*\n\s*")


class _VisibleText(HTMLParser):
    """The visible text of a page, one block per line; a table with a header row becomes a Markdown
    table ("| Themagroep | Trekker |", a "|---|---|" line, one line per row), the form the extraction
    reads a table's columns from (:mod:`graph.extract.tables`); a table without one has a line per cell.
    A header row is one of ``<th>`` cells, one in ``<thead>``, or a first row of two or more cells whose
    whole text is bold ("<td><strong>Gemeente</strong></td>"), as many pages mark their column titles.
    A definition list's term and value are one line, "Penvoerder: Gemeente Breda": the field of a card
    (:mod:`graph.extract.cards`), and so is a row of a ``<th>`` and a ``<td>`` in a table without a header
    row (an infobox: "<tr><th>Initiatiefnemers</th><td>G40, BZK</td></tr>" is "Initiatiefnemers: G40, BZK")."""

    def __init__(self, tracked: bool = False):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.tracked = tracked  # the page shows tracked changes: its <del> text is read as deleted (round 58r)
        self.tables = 0  # depth: a table inside a cell is read as the cell's text
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.header_row = False  # the row being read has only <th> cells (or sits in <thead>)
        self.bold_row = False  # … or only cells whose whole text is bold: "<td><strong>Gemeente</strong></td>"
        self.bold = 0  # depth of <b>/<strong> elements
        self.cell_bold = [0, 0]  # characters of the cell being read: bold, all (not counting spaces)
        self.term_open = False  # a <dt> was closed and its <dd> is still to come
        self.in_head = False
        self.rows = 0  # rows written of the outer table
        self.markdown = False  # the outer table is written as a Markdown table
        self.cell_tags: list[str] = []  # "th" or "td" of each cell of the row being read
        self.chrome: list[str] = []  # the open elements from a breadcrumb trail's on (see _CHROME)
        self.spans: dict[int, list] = {}  # column → [rows still to fill, text] of a cell with rowspan (round 43b)
        self.cell_rowspan = 1
        self.lists = 0  # depth of the open <ul>/<ol> elements: a nested item's bullet is a browser's "◦", "▪" (49e)
        self.pre = 0  # depth of the open <pre> elements: their line breaks are the text's own

    def handle_starttag(self, tag, attrs):
        if self.chrome or (tag not in _VOID_TAGS and any(
                name in ("class", "id", "role") and value and _CHROME.search(value) for name, value in attrs)):
            if tag not in _VOID_TAGS:
                self.chrome.append(tag)
            return
        if tag == "pre":
            self.pre += 1
        if tag in _HIDDEN_TAGS or (tag == "del" and self.tracked):
            self.hidden += 1
            return
        if tag == "table":
            self.tables += 1
            if self.tables == 1:
                self.rows, self.markdown = 0, False
                self.parts.append("\n\n")
                return
        if self.tables == 1 and tag in ("thead", "tbody", "tfoot"):
            self.in_head = tag == "thead"
            return
        if self.tables == 1 and tag == "tr":
            self.row, self.header_row, self.bold_row, self.cell_tags = [], True, True, []
            return
        if self.tables == 1 and tag in ("td", "th") and self.row is not None:
            self._spanned_cells()
            span = next((value for name, value in attrs if name == "rowspan"), None)
            self.cell_rowspan = int(span) if span and span.strip().isdigit() else 1
            self.cell, self.cell_bold = [], [0, 0]
            self.header_row = self.header_row and (tag == "th" or self.in_head)
            self.cell_tags.append(tag)
            return
        if tag in ("b", "strong"):
            self.bold += 1
        if self.cell is not None:
            # a line break or block inside a cell: the cell stays one line ("<br>" between two parts: a comma)
            self.cell.append(_CELL_BREAK if tag == "br" else " ")
            return
        if tag == "dd" and self.term_open:
            self.term_open = False  # "<dt>Penvoerder</dt><dd>Gemeente Breda</dd>": one line "Penvoerder: Gemeente Breda"
            return
        if tag in _BLOCK_TAGS and self.term_open:
            self.parts.append("\n")  # a term without its value: its line ends here
            self.term_open = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in ("ul", "ol"):
            self.lists += 1
        if tag == "li" and not self.hidden:
            self.parts.append(_BULLETS[min(max(self.lists, 1), len(_BULLETS)) - 1] + " ")
        if tag == "img" and not self.hidden:
            self._logo(attrs)

    def _logo(self, attrs) -> None:
        """A logo's name from its ``alt`` text, as a line of a logo wall: a partners page shows its
        partners as images ("<img src="/logos/tno.png" alt="Logo TNO">": "TNO")."""
        named = logo_name(dict(attrs))
        if named is None:
            return
        if self.cell is not None:
            self.cell.append(" " + named + " ")
        elif not self.tables:
            self.parts.append("\n" + named + "\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "img" and not self.hidden and not self.chrome:
            self._logo(attrs)
        if self.cell is not None:
            self.cell.append(_CELL_BREAK if tag == "br" else " ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.chrome:
            if tag in self.chrome:  # an end tag the page left out closes what it left open
                del self.chrome[len(self.chrome) - 1 - self.chrome[::-1].index(tag):]
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _HIDDEN_TAGS or (tag == "del" and self.tracked):
            self.hidden = max(0, self.hidden - 1)
            return
        if tag == "table" and self.tables:
            self.tables -= 1
            if self.tables == 0:
                self._end_row()
                self.parts.append("\n\n")
            return
        if tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        if self.tables == 1 and tag in ("td", "th") and self.cell is not None:
            self.row.append(_cell_text(self.cell))
            if self.cell_rowspan > 1:
                self.spans[len(self.row) - 1] = [self.cell_rowspan - 1, self.row[-1]]
            self.bold_row = self.bold_row and 0 < self.cell_bold[1] == self.cell_bold[0]
            self.cell = None
            return
        if self.tables == 1 and tag == "tr":
            self._end_row()
            return
        if self.tables == 1 and tag == "thead":
            self.in_head = False
            return
        if tag in ("ul", "ol"):
            self.lists = max(0, self.lists - 1)
        if self.cell is not None:
            self.cell.append(" ")
        elif tag == "dt" and not self.hidden:
            # a term of a definition list is the label of the value its <dd> gives: the card form "Label: value"
            if not "".join(self.parts).rstrip().endswith(":"):
                self.parts.append(":")
            self.parts.append(" ")
            self.term_open = True
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def _end_row(self):
        """Write the row read: as a Markdown row when the table's first row was a header row."""
        if self.cell is not None:
            self.row.append(_cell_text(self.cell))
            self.cell = None
        if self.row is not None:
            self._spanned_cells()
        if not self.row:
            self.row = None
            return
        if self.rows == 0:
            self.markdown = self.header_row or (self.bold_row and len(self.row) >= 2)
        if not self.markdown and self.cell_tags == ["th", "td"] and all(self.row):
            # "<tr><th>Initiatiefnemers</th><td>G40, BZK</td></tr>" (an infobox): a field, "Initiatiefnemers: G40, BZK"
            self.parts.append(self.row[0].rstrip(" :") + ": " + self.row[1] + "\n")
        else:
            self.parts.append(table_row(self.row, first=self.rows == 0, markdown=self.markdown))
        self.rows += 1
        self.row = None

    def _spanned_cells(self) -> None:
        """Fill the row being read with the cells of the rows above that span into it, at their columns:
        "<td rowspan="2">Eva Smit</td>" names the person of the row below too (a register of ancillary
        positions, a programme's schedule; round 43b)."""
        while self.row is not None and len(self.row) in self.spans:
            column = len(self.row)
            left, text = self.spans[column]
            self.row.append(text)
            if left <= 1:
                del self.spans[column]
            else:
                self.spans[column][0] = left - 1

    def handle_data(self, data):
        if self.hidden or self.chrome:
            return
        if not self.pre and "\n" in data and data.strip():
            # a paragraph's text wrapped in the source ("is een samenwerking van\nde gemeente Eindhoven", "en het\n<b>X</b>")
            # is one line, as a browser shows it; a break between elements ("<span>naam</span>\n<span>functie</span>")
            # holds no text and stays (54e)
            data = _WRAPPED.sub(" ", data)
        if self.cell is not None:
            self.cell.append(data)
            letters = len("".join(data.split()))
            self.cell_bold[0] += letters if self.bold else 0
            self.cell_bold[1] += letters
        elif not self.tables:
            self.parts.append(data)
        elif data.strip() and self.row is None:
            self.parts.append(data.strip() + "\n")  # a caption: a line of its own before the rows


#: the word that makes an image a logo, in its alt text or its file's address
_LOGO = re.compile(r"\blogo'?s?\b", re.IGNORECASE)


def logo_name(attrs: dict) -> str | None:
    """The name a logo's ``alt`` text gives (without the word "logo"), when the image is a logo: its alt
    text or its file's address says so; None for any other image, and for a logo without alt text.

    >>> logo_name({"src": "/img/a.png", "alt": "Logo gemeente Ede"}), logo_name({"src": "/logos/t.png", "alt": "Topsector Logistiek"})
    ('gemeente Ede', 'Topsector Logistiek')
    >>> logo_name({"src": "/img/raad.jpg", "alt": "Foto van de raadszaal"}), logo_name({"src": "/logos/x.png", "alt": ""})
    (None, None)
    """
    alt, src = (attrs.get("alt") or "").strip(), attrs.get("src") or ""
    if not alt or not (_LOGO.search(alt) or _LOGO.search(src.replace("/", " ").replace("-", " ").replace("_", " "))):
        return None
    name = " ".join(_LOGO.sub(" ", alt).split()).strip(" -–—:|,")
    return name or None


#: a line break inside a table's cell, until the cell's text is joined (:func:`_cell_text`)
_CELL_BREAK = "\x00"


def _cell_text(parts: list[str]) -> str:
    """A cell's text on one line: a line break between two parts is a comma ("A. El Idrissi<br>Economie" is
    "A. El Idrissi, Economie"), a space before a bracket or after a punctuation mark ("Eva Smit<br>(Ede)").

    >>> _cell_text(["A. El Idrissi", _CELL_BREAK, "Economie"]), _cell_text(["Eva Smit", _CELL_BREAK, "(Ede)"])
    ('A. El Idrissi, Economie', 'Eva Smit (Ede)')
    """
    text = " ".join("".join(parts).split()).strip(" " + _CELL_BREAK)
    text = re.sub(r" ?(?:" + _CELL_BREAK + r" ?)+", _CELL_BREAK, text)
    text = re.sub(r"([,;:/(\-–])" + _CELL_BREAK + "|" + _CELL_BREAK + r"(?=[(),;:/\-–])", r"\1 ", text)
    return " ".join(text.replace(_CELL_BREAK, ", ").split()).replace("|", "/")


def table_row(cells: list[str], *, first: bool, markdown: bool) -> str:
    """One row of a table as the extraction reads it (:mod:`graph.extract.tables`): a Markdown row
    ("| Jeugd | Eva Smit |", the first followed by "|---|---|") or, in a table without a header
    row, a line per cell."""
    if not markdown:
        return "\n".join(cells) + "\n"
    return "| " + " | ".join(cells) + " |\n" + ("|" + "---|" * len(cells) + "\n" if first else "")


def table_text(rows: list[list[str]], header: bool) -> str:
    r"""A table's ``rows`` (cell texts) as :func:`table_row` writes them; ``header``: the first row is one.

    >>> print(table_text([["Themagroep", "Trekker"], ["Jeugd", "Eva Smit"]], True))
    | Themagroep | Trekker |
    |---|---|
    | Jeugd | Eva Smit |
    """
    return "".join(table_row(row, first=not number, markdown=header) for number, row in enumerate(rows)).rstrip("\n")


_MD_RULES = (
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M), ""),  # link reference definitions
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # [text](address), ![alt](image)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # [text][reference]
    # "## 1. Betaalbaar wonen" over a list: the heading's number dropped, or the line reads as the list's first item
    (re.compile(r"^([ \t]{0,3}#{1,6}[ \t]+)\d{1,2}[.)][ \t]+(?=\S[^\n]*\n(?:[ \t]*\n)*[ \t]*[-*+•][ \t])", re.M), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # ## Heading
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # > quoted
    (re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M), ""),  # --- rule
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _emphasis_
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # `code`
    # "de secretaris,&nbsp;&nbsp;&nbsp;de burgemeester,": a non-breaking space as a reader sees it (a signature's columns)
    (re.compile(r"&nbsp;|&#160;|&#xa0;", re.IGNORECASE), " "),
)


def markdown_text(text: str) -> str:
    r"""Markdown as a reader sees it: markup gone, words, bullets and line breaks kept.

    >>> markdown_text("## Nieuws\n\n**Frank de Bruin** (Oss) leidt de [pijler Werk](http://x.nl).\n* Breda")
    'Nieuws\n\nFrank de Bruin (Oss) leidt de pijler Werk.\n* Breda'
    >>> markdown_text("## 1. Betaalbaar wonen\n- Trekker: Eva Smit\n## 2. Werk\n\nTekst.")
    'Betaalbaar wonen\n- Trekker: Eva Smit\n2. Werk\n\nTekst.'
    >>> markdown_text("de secretaris,&nbsp;&nbsp;de burgemeester,")
    'de secretaris,  de burgemeester,'
    """
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


#: an element of a tracked change: "<del>", "<ins datetime=…>"
_DELETED, _INSERTED = re.compile(r"<del[\s>]", re.IGNORECASE), re.compile(r"<ins[\s>]", re.IGNORECASE)


def has_tracked_changes(html: str) -> bool:
    """Whether an HTML page shows tracked changes: deleted and inserted text both (``<del>`` and ``<ins>``).

    >>> has_tracked_changes("<del>A</del><ins>B</ins>"), has_tracked_changes("<del>A</del> vervalt")
    (True, False)
    """
    return bool(_DELETED.search(html) and _INSERTED.search(html))


def html_visible_text(html: str) -> str:
    """The text a reader sees in an HTML page, one block per line.

    >>> html_visible_text("<p>Hallo <b>G40</b></p><script>alert(1)</script><p>Tot&nbsp;ziens</p>")
    'Hallo G40\\n\\nTot ziens'
    >>> print(html_visible_text("<table><tr><th>Themagroep</th><th>Trekker</th></tr>"
    ...                         "<tr><td>Jeugd</td><td>Eva Smit<br>(Ede)</td></tr></table>"))
    | Themagroep | Trekker |
    |---|---|
    | Jeugd | Eva Smit (Ede) |
    >>> print(html_visible_text("<dl><dt>Penvoerder</dt><dd>Gemeente Breda</dd><dt>Looptijd:</dt><dd>2022</dd></dl>"))
    Penvoerder: Gemeente Breda
    <BLANKLINE>
    Looptijd: 2022
    >>> print(html_visible_text("<table><tr><td><b>Gemeente</b></td><td><strong>Rol</strong></td></tr>"
    ...                         "<tr><td>Ede</td><td><b>penvoerder</b></td></tr></table>"))
    | Gemeente | Rol |
    |---|---|
    | Ede | penvoerder |
    >>> print(html_visible_text("<table><caption>City Deal X</caption><tr><th>Initiatiefnemers</th><td>G40, BZK</td></tr>"
    ...                         "<tr><th>Looptijd</th><td>2020 – 2024</td></tr></table>"))
    City Deal X
    Initiatiefnemers: G40, BZK
    Looptijd: 2020 – 2024

    A page with tracked changes, as Word saves a document with them as HTML (``<del>`` for deleted text, ``<ins>``
    for inserted text, both on the page), reads as the changes accepted, as a Word document does
    (:mod:`graph.docxtext`): the inserted text counts and the deleted text is gone, where the two glued together
    made "Pijler Economie en WerkFysiek Domein" of a pijler replaced by another (round 58r). A ``<del>`` on a page
    without an ``<ins>`` (a cancelled item struck through in an agenda) still names what it strikes.

    >>> html_visible_text("<p>Onder de Pijler <del>Werk</del><ins>Fysiek Domein</ins>.</p>")
    'Onder de Pijler Fysiek Domein.'
    >>> html_visible_text("<p><del>Netwerkdag van het IPO</del> Geannuleerd.</p>")
    'Netwerkdag van het IPO Geannuleerd.'
    """
    parser = _VisibleText(tracked=has_tracked_changes(html))
    parser.feed(parser_safe(html))
    parser.close()
    text = unescape("".join(parser.parts)).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
