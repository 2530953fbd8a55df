r"""The text of a Rich Text Format file (``.rtf``: WordPad, old Word exports, many municipal document systems).

RTF is text with control words (``\par``, ``\'e9``, ``\u8364?``) in groups (``{…}``); this module reads it with
one tokenizer of its own, no library: striprtf, the one maintained Python reader (last release 2026-10, BSD, no
dependencies), skips ``\bin`` data only inside a picture, builds its output by repeated string concatenation and
runs a hyperlink pattern with ``.*`` over the whole file (slow on a large one), and gives neither the title and
date of ``{\info}`` nor paragraphs, headings, lists and tables, which g40kg reads from a ``.docx``; extract-msg's
RTF reader (RTFDE) only unpacks HTML wrapped in RTF.

What comes out is what a ``.docx`` gives (:mod:`graph.docxtext`): each paragraph a block, blocks separated by a
blank line; a paragraph whose style is a heading's or a title's (the ``\stylesheet``'s "heading 1", "Kop 2",
"Title"), or that has an outline level, a heading; a list paragraph (``\ls``) an item marked "• "; a table
(``\intbl`` … ``\cell`` … ``\row``) as an HTML table, a Markdown table when its first row repeats as a header
(``\trhdr``). Left out, as a Word document's: headers and footers, footnotes, comments, field instructions (a
field's result stays: a link's text), hidden text (``\v``), pictures, embedded objects (``\object``, an OLE
package), a list's bullet text, every other destination (``{\*\…}``) and the data of ``\bin``. Tracked changes
read as after "Accept All Changes": text marked ``\deleted`` goes, ``\revised`` text stays, and ``tracked``
says there were any. ``{\info}`` gives the title (``\title``) and the creation day (``\creatim``), as Word's
core properties do.

Characters: ``\'hh`` bytes in the file's code page (``\ansicpg``, default Windows-1252, also two-byte pages),
``\uN`` with its ``\ucN`` stand-in characters skipped (a pair of surrogates joined). A file larger than
:data:`MAX_RTF_MB` MB (pictures and embedded objects: the text of 1,500 pages is some 5 MB of RTF) is refused
before it is read (:class:`graph.docxtext.DocxTooBig`), as is one that does not start with ``{\rtf``, one whose
groups nest more than :data:`MAX_DEPTH` deep and one of more than :data:`MAX_TEXT` characters of text (:class:`RtfError`).
Reading takes 0.1-0.4 s of CPU per MB of RTF (a picture's data much less), so a file at the limit some 10-40 s.

>>> read = rtf_text(rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Notitie co\'f6rdinatie}"
...                 rb"{\creatim\yr2025\mo6\dy2}}\pard Karin Jansen is co\'f6rdinator.\par"
...                 rb"{\pict\binary\bin4 {}\x00}{\*\bkmkstart x}\pard\ls1 Ede\u8364?\par}")
>>> print(read.text)
Karin Jansen is coördinator.
<BLANKLINE>
• Ede€
>>> read.title, read.date, read.tracked
('Notitie coördinatie', '2025-06-02', False)
"""

from __future__ import annotations

import codecs
import re

from .docxtext import _HEADING, DocxError, DocxText, DocxTooBig, _clean
from .markup import table_text
from .messages import CATALOGUE, msg

__all__ = ["MAX_RTF_MB", "RtfError", "rtf_text"]

#: the largest RTF file read, in MB (10^6 bytes): its pictures and objects make it large, its text stays small
MAX_RTF_MB = 100
#: the most text read from one, in characters: twenty times the text of 1,500 pages (``build --max-document-size``
#: leaves out a longer document after reading; this bounds the memory the reading takes)
MAX_TEXT = 100_000_000
#: the deepest nesting of groups read (Word nests a few dozen deep; each level is an object in memory)
MAX_DEPTH = 1000


#: the reader's own reasons, in the interface's language (walkthrough 37, finding 10; round 59d): "onleesbaar
#: RTF-bestand (groups nested more than 1000 deep)" was English inside the Dutch line
CATALOGUE.update({
    "rtf_no_start": {"nl": "het begint niet met {{\\rtf", "en": "it does not start with {{\\rtf"},
    "rtf_too_deep": {"nl": "groepen meer dan {depth} diep genest", "en": "groups nested more than {depth} deep"},
    "rtf_too_long": {"nl": "meer dan {millions} miljoen tekens tekst", "en": "more than {millions} million characters of text"},
})


class RtfError(DocxError):
    """The bytes are no RTF that can be read (the reason is the message)."""


#: a token: a control word with its number (and the one space that ends it), a byte as hex, a control symbol,
#: a brace, line ends (no text in RTF), a run of plain text
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|[^\\{}\r\n]+")
#: what a skipped group's end is found by: braces, escaped braces and backslashes, binary data
_SKIP = re.compile(rb"\\bin(-?\d{1,10}) ?|\\[\\{}]|[{}]")

#: destinations whose text is the document's: a field's result (a link's text)
_READ = frozenset({b"fldrslt"})
#: destinations (groups) whose text is no part of the body; any ``{\*\…}`` group is one too
_SKIPPED = frozenset(
    b"fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator xmlnstbl themedata "
    b"colorschememapping latentstyles datastore filetbl pgdsctbl protusertbl mmathPr template userprops docvar "
    b"pict object objdata objclass objname result nonshppict shppict shp shpinst shptxt sp sn sv shprslt "
    b"header headerl headerr headerf footer footerl footerr footerf footnote annotation atnid atnauthor atndate "
    b"atnref atrfstart atrfend fldinst pntext pntxta pntxtb listtext bkmkstart bkmkend xe tc txe rxe "
    b"ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn".split())
#: ``{\info}``'s fields read: the title and the creation date
_INFO = frozenset({b"title", b"creatim"})
#: control words that are a character
_CHARACTERS = {b"tab": " ", b"emdash": "\u2014", b"endash": "\u2013", b"emspace": " ", b"enspace": " ",
               b"qmspace": " ", b"bullet": "\u2022", b"lquote": "\u2018", b"rquote": "\u2019",
               b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"line": " ", b"zwj": "", b"zwnj": ""}
_SYMBOLS = {b"~": " ", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}


def rtf_text(raw: bytes) -> DocxText:
    """Read the ``.rtf`` bytes ``raw`` (see the module): :class:`RtfError` when they are no RTF,
    :class:`graph.docxtext.DocxTooBig` when they are more than :data:`MAX_RTF_MB` MB."""
    if len(raw) > MAX_RTF_MB * 1_000_000:
        raise DocxTooBig(len(raw) / 1_000_000, MAX_RTF_MB)
    if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise RtfError(msg("rtf_no_start"))
    reader = _Reader()
    try:
        reader.read(raw)
    except ValueError as error:  # a number out of range
        raise RtfError(str(error)) from None
    return reader.result()


class _Group:
    """What a group sets, inherited by the groups within it."""

    __slots__ = ("destination", "uc", "deleted", "hidden", "style_number")

    def __init__(self, destination=None, uc=1, deleted=False, hidden=False, style_number=None):
        self.destination, self.uc, self.deleted, self.hidden = destination, uc, deleted, hidden
        self.style_number = style_number

    def copy(self) -> _Group:
        return _Group(self.destination, self.uc, self.deleted, self.hidden, self.style_number)


class _Reader:
    def __init__(self):
        self.codepage = "cp1252"
        self.blocks: list[str] = []
        self.heading: str | None = None
        self.tracked = False
        self.paragraph: list[str] = []
        self.style = 0  # the paragraph's \s
        self.outline = False
        self.listed = False
        self.in_table = False
        self.cells: list[str] = []
        self.rows: list[list[str]] = []
        self.header = False
        self.styles: dict[int, list[str]] = {}  # \stylesheet: number → its name's pieces
        self.info: dict[bytes, list[str]] = {}
        self.created: dict[bytes, int] = {}
        self.pending = bytearray()  # \'hh bytes not yet decoded (a two-byte code page's character)
        self.skip = 0  # \uN's stand-in characters still to skip
        self.size = 0  # the characters of text read so far

    # the walk

    def read(self, raw: bytes) -> None:
        stack: list[_Group] = []
        group = _Group()
        first = False  # the next token is the first of a group: a destination's control word
        position, end = 0, len(raw)
        while position < end:
            token = _TOKEN.match(raw, position)
            if token is None:  # a lone backslash at the end
                break
            position = token.end()
            word, number, byte, symbol, brace = token.groups()
            if byte is not None:
                if self.skip:
                    self.skip -= 1
                else:
                    self.pending.append(int(byte, 16))
                first = False
                continue
            self.flush_bytes(group)
            if brace == b"{":
                if len(stack) >= MAX_DEPTH:
                    raise RtfError(msg("rtf_too_deep", depth=MAX_DEPTH))
                stack.append(group)
                group = group.copy()
                first = True
                continue
            if brace == b"}":
                group = stack.pop() if stack else _Group()
                first = False
                continue
            if word is not None:
                if word == b"bin":  # binary data of that many bytes, no RTF
                    position += max(0, int(number or 0))
                    first = False
                    continue
                if first and (word in _SKIPPED or word == b"info") or group.destination == b"*":
                    if word == b"info" or word == b"stylesheet":
                        group.destination = word
                    elif word == b"fldrslt" or (group.destination == b"*" and word in _READ):
                        group.destination = None
                    else:
                        position = _skip_group(raw, position)
                        group = stack.pop() if stack else _Group()
                        first = False
                        continue
                elif first and word in _INFO and group.destination == b"info":
                    group.destination = word
                elif first and word in _READ:
                    group.destination = None
                self.control(group, word, number)
                first = False
                continue
            if symbol is not None:
                if symbol == b"*":  # the group is a destination a reader may ignore
                    group.destination = b"*" if first else group.destination
                    continue
                first = False
                if symbol in (b"\n", b"\r"):  # "\" + line end is a paragraph
                    self.end_paragraph()
                else:
                    self.text(group, _SYMBOLS.get(symbol, ""))
                continue
            first = False
            chunk = token.group()
            if chunk[:1] in (b"\r", b"\n"):
                continue
            if self.skip:
                taken = min(self.skip, len(chunk))
                self.skip -= taken
                chunk = chunk[taken:]
            if chunk:
                self.pending.extend(chunk)
                self.flush_bytes(group)
        self.flush_bytes(group)
        self.end_paragraph()
        self.end_table()

    def control(self, group: _Group, word: bytes, number: bytes | None) -> None:
        value = int(number) if number is not None else None
        if word == b"u" and value is not None:
            self.unicode(group, value)
        elif word == b"uc":
            group.uc = max(0, value or 0)
        elif word == b"ansicpg" and value:
            try:
                self.codepage = codecs.lookup(f"cp{value}").name
            except LookupError:
                pass  # a code page Python does not know: Windows-1252 stays
        elif group.destination == b"stylesheet" and word == b"s":
            group.style_number = value or 0
            self.styles[value or 0] = []
        elif group.destination is not None:  # a paragraph's properties count in the body only (not in a style)
            if group.destination == b"creatim" and word in (b"yr", b"mo", b"dy"):
                self.created[word] = value or 0
            elif word in _CHARACTERS:
                self.text(group, _CHARACTERS[word])
        elif word in (b"par", b"sect", b"page"):
            self.end_paragraph()
        elif word == b"pard":
            self.style, self.outline, self.listed, self.in_table = 0, False, False, False
        elif word == b"s":
            self.style = value or 0
        elif word == b"outlinelevel":
            self.outline = value is not None and 0 <= value < 9
        elif word == b"ls":
            self.listed = bool(value)
        elif word == b"intbl":
            self.in_table = True
        elif word == b"cell" or word == b"nestcell":
            self.cells.append(_clean("".join(self.paragraph)).replace("|", "/"))
            self.paragraph = []
        elif word == b"row":
            if any(self.cells):
                self.rows.append(self.cells)
            self.cells = []
        elif word == b"trhdr":
            self.header = self.header or not self.rows
        elif word == b"deleted":
            group.deleted = value != 0
            self.tracked = True
        elif word == b"revised":
            self.tracked = self.tracked or value != 0
        elif word == b"v":
            group.hidden = value != 0
        elif word == b"plain":
            group.deleted = group.hidden = False
        elif word in _CHARACTERS:
            self.text(group, _CHARACTERS[word])

    def unicode(self, group: _Group, value: int) -> None:
        if value < 0:
            value += 65536
        self.skip = group.uc
        if 0 < value <= 0xFFFF:  # a pair of surrogates is joined in result()
            self.text(group, chr(value))

    def text(self, group: _Group, text: str) -> None:
        if group.deleted or group.hidden or not text:
            return
        destination = group.destination
        if destination is None:
            if self.rows and not self.in_table:
                self.end_table()
            self.paragraph.append(text)
            self.size += len(text)
            if len(self.paragraph) > 4096:  # a paragraph of many pieces (one per \uN) held as one string
                self.paragraph = ["".join(self.paragraph)]
            if self.size > MAX_TEXT:
                raise RtfError(msg("rtf_too_long", millions=MAX_TEXT // 1_000_000))
        elif destination == b"stylesheet" and group.style_number is not None:
            self.styles.setdefault(group.style_number, []).append(text)
        elif destination in _INFO:
            self.info.setdefault(destination, []).append(text)

    def flush_bytes(self, group: _Group) -> None:
        if self.pending:
            text = bytes(self.pending).decode(self.codepage, errors="replace")
            self.pending.clear()
            self.text(group, text)

    # paragraphs and tables

    def end_paragraph(self) -> None:
        if self.in_table:  # a cell's paragraph: the cell's text goes on
            self.paragraph.append(" ")
            return
        text = _clean("".join(self.paragraph))
        self.paragraph = []
        self.end_table()
        if not text:
            return
        name = "".join(self.styles.get(self.style, ())).strip().rstrip(";").strip()
        if self.outline or _HEADING.match(name):
            self.heading = self.heading or text
        elif self.listed:
            text = "• " + text
        self.blocks.append(text)

    def end_table(self) -> None:
        if self.cells and any(self.cells):
            self.rows.append(self.cells)
        self.cells = []
        if self.rows:
            self.blocks.append(table_text(self.rows, self.header and len(self.rows) > 1))
        self.rows, self.header = [], False

    def result(self) -> DocxText:
        title = _paired(_clean("".join(self.info.get(b"title", ())))) or None  # a title's halves too (walkthrough 37)
        created = self.created
        date = None
        if all(created.get(key) for key in (b"yr", b"mo", b"dy")):
            year, month, day = created[b"yr"], created[b"mo"], created[b"dy"]
            if 1900 < year < 2200 and 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{year:04d}-{month:02d}-{day:02d}"
        return DocxText(_paired("\n\n".join(self.blocks)), _paired(self.heading), title, date, self.tracked)


def _paired(text: str | None) -> str | None:
    r"""``text`` with each pair of surrogates (``\u-10179?\u-8704?``: one character in two halves) joined, and a
    half without its other half as U+FFFD: no UTF-8 can hold a lone half (the graph's text would not be written).

    >>> _paired("\ud83d\ude00 en \ud83d"), _paired(None)
    ('😀 en �', None)
    """
    if text and any("\ud800" <= c <= "\udfff" for c in text):
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _skip_group(raw: bytes, position: int) -> int:
    """Where the group open at ``position`` ends (after its ``}``), its binary data passed over whole."""
    depth = 1
    while depth:
        found = _SKIP.search(raw, position)
        if found is None:
            return len(raw)
        position = found.end()
        if found[1] is not None:
            position += max(0, int(found[1]))
        elif found[0] == b"{":
            depth += 1
        elif found[0] == b"}":
            depth -= 1
    return position
