r"""The text of a PDF as a reader sees it: the lines a page wrapped joined into their paragraph.

pypdf gives a page's text line by line, as it is laid out: a sentence that runs over three lines
comes as three lines, and the extraction, which reads a line break as the end of a heading or a
list item, would see three fragments ("Pijlervoorzitter" on one line, "Joost van Kessel, wethouder
van Breda" on the next). :func:`unwrap` joins a line with the next when the line is *full* (about
as long as the page's long lines: the text ran on), does not end a sentence, and the line break
falls inside a sentence: the line ends in a space (PDF writers keep the space a line was broken
at), a comma or a hyphen, or the next line begins in lower case or with a number. Headings, list
items, short lines, lines ending in ``. ! ? : ;`` and the rows of a table (full lines, each
beginning with a capital) keep their break. A hyphen at the end of a line joins without a space
("directeur-" + "generaal"): Dutch writes many compounds with a hyphen, so it is kept.

A browser's or word processor's PDF draws a list's bullets as graphics: the text of "• Breda" is
"Breda", on an indented line. :func:`laid_out_text` reads where each line starts and
:func:`mark_items` marks the items of such a list "• ", as the HTML reader marks an ``<li>``. Such a
PDF keeps no space where it wraps body text either: a full line at the margin that does not end a
sentence, followed at a line's distance by a line in the same font size, is marked as wrapped
(:func:`_mark_wraps`), so that a name wrapped before a capital ("wethouder Youssef" / "Amrani")
runs on too. "Full" is measured against the lines of its own column, each column at its own left
margin (:func:`_margins`), so the short lines of a narrow column or of a two-column page are
joined as a full-width page's are.

A table such a PDF prints comes back as its columns, a Markdown table (:mod:`graph.pdf_tables`):
its header row is no line of words, and a name its cell wrapped ("Jansen-" / "Brink") is one name.

>>> page = ("De minister werd ontvangen door burgemeester Erik van Maanen en wethouder \n"
...         "Wonen Kemal Yildiz. Zij lieten haar de Spoorzone zien, waar woningen komen.\n"
...         "Gesprek met de G40\n"
...         "In de middag sprak de minister met de Pijler Fysiek. Pijlervoorzitter \n"
...         "Joost van Kessel schoof aan, evenals de directeur-\n"
...         "generaal Volkshuisvesting en twee wethouders uit de regio Drechtsteden:\n"
...         "• Lotte Brouwer (Gouda)\n"
...         "• Youssef El Amrani (Delft)")
>>> print(unwrap(page))
De minister werd ontvangen door burgemeester Erik van Maanen en wethouder Wonen Kemal Yildiz. Zij lieten haar de Spoorzone zien, waar woningen komen.
Gesprek met de G40
In de middag sprak de minister met de Pijler Fysiek. Pijlervoorzitter Joost van Kessel schoof aan, evenals de directeur-generaal Volkshuisvesting en twee wethouders uit de regio Drechtsteden:
• Lotte Brouwer (Gouda)
• Youssef El Amrani (Delft)
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .kept_breaks import kept_breaks
from .pdf_tables import with_tables

__all__ = ["broken_word", "document_text", "laid_out_text", "mark_items", "runs_on", "unwrap", "unwrap_plain"]

#: a line that starts a list item: a bullet, a dash, "1." / "2)" / "a)"
_ITEM = re.compile(r"\s*(?:[•●▪◦‣∙·*\-–—]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")

#: a line that ends a sentence or introduces what follows (a list, a table)
_ENDS = (".", "!", "?", ":", ";", "…")

#: a line at least this share of the page's long lines ran on to the next
FULL_SHARE = 0.7

#: lines shorter than this never count as full (a page of short lines is a list or a table)
MIN_FULL = 40

#: ends a line that the layout shows wrapped (:func:`_mark_wraps`): it runs on, however short
WRAPPED = "\u2060"


def unwrap(page: str, keep: frozenset[int] | set[int] = frozenset()) -> str:
    r"""``page`` (pypdf's text of one page) with its wrapped lines joined; see the module.

    >>> print(unwrap("Almelo     Kerkelanden        Beter Wonen      1,2 miljoen euro\n"
    ...              "Arnhem     Presikhaaf         Portaal          0,9 miljoen euro"))
    Almelo     Kerkelanden        Beter Wonen      1,2 miljoen euro
    Arnhem     Presikhaaf         Portaal          0,9 miljoen euro
    """
    lines = page.split("\n")
    full = max(MIN_FULL, FULL_SHARE * _long_line([_plain(line) for line in lines]))
    out: list[str] = []
    last = ""  # the previous line as the page has it, with the space it may end in
    for k, line in enumerate(lines):
        if out and k - 1 not in keep and runs_on(last, line, full):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(_plain(line))
        last = line
    return "\n".join(out)


#: a plain text is hard-wrapped when its long lines are no longer than this (an e-mail's 72, a memo's 80, an
#: editor's 100 with a word or two past it where a long word would not break: 54e) …
WRAP_WIDTH = 110
#: … and at least this share of its lines are full and run on without ending a sentence
WRAPPED_SHARE = 0.25
#: … and at least this many (a line or two of a short text may be long by chance)
MIN_WRAPPED = 4
#: a field of a letter's or memo's head, a line of its own: "Onderwerp: …", "Aan: …", "t.a.v. …"
_FIELD_LINE = re.compile(r"\s*(?:[A-Za-zÀ-ÿ.-]+(?:\s+[a-zà-ÿ]+)?\s*:\s|t\.a\.v\.\s)")
#: a Markdown table's row (:mod:`graph.plain_tables` writes a plain text's tables so): never joined
_TABLE_ROW = re.compile(r"\s*\|")
#: a run of spaces that aligns the columns of a table (a row is never joined)
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def unwrap_plain(text: str) -> str:
    r"""A plain text's lines joined into their paragraphs when the text is hard-wrapped (an e-mail
    newsletter at 72 characters, a memo at 80, a PDF's text saved as ``.txt``): its long lines are no
    longer than :data:`WRAP_WIDTH` and many of them (:data:`MIN_WRAPPED` at least) are full without ending a
    sentence; a line longer than that is a paragraph of its own. A full line
    then runs on into the next whatever that begins with ("wethouder" / "Jorrit Bouwhuis"), as a PDF's
    marked wraps do (:func:`unwrap`); headings and other short lines, lines ending a sentence or
    introducing a list, list items, quoted lines ("> …"), the fields of a letter's head ("Onderwerp: …")
    and a table's rows (columns aligned by spaces) keep their break. A word broken at a line's end
    ("Voor-" / "zitter") is joined whole (:func:`broken_word`). A text of one paragraph per line is returned as it is.

    >>> text = ("AANLEIDING\n"
    ...         "De City Deal Zon is gestart door de Themagroep Energie van de G40-pijler Fysiek en\n"
    ...         "het ministerie van BZK. De stuurgroep wordt voorgezeten door wethouder Eva\n"
    ...         "Smit van Zwolle; namens de provincie neemt gedeputeerde Jan de Vries zitting in de\n"
    ...         "stuurgroep, die elk kwartaal vergadert over de voortgang van de deal in de wijken\n"
    ...         "van de steden.\n\nBESLUIT\n1. In te stemmen met deelname.")
    >>> print(unwrap_plain(text))
    AANLEIDING
    De City Deal Zon is gestart door de Themagroep Energie van de G40-pijler Fysiek en het ministerie van BZK. De stuurgroep wordt voorgezeten door wethouder Eva Smit van Zwolle; namens de provincie neemt gedeputeerde Jan de Vries zitting in de stuurgroep, die elk kwartaal vergadert over de voortgang van de deal in de wijken van de steden.
    <BLANKLINE>
    BESLUIT
    1. In te stemmen met deelname.
    >>> unwrap_plain("Breda en Ede doen mee.\nDe VNG ook.") == "Breda en Ede doen mee.\nDe VNG ook."
    True
    """
    lines = text.split("\n")
    long_line = _long_line(lines)
    if not MIN_FULL <= long_line <= WRAP_WIDTH:
        return text
    full = FULL_SHARE * long_line
    marked, wrapped = [], 0
    kept = kept_breaks(lines)  # a register's rules, capitals headings and blocks of fields
    quotes = [quoted.group() if (quoted := _QUOTE_MARK.match(line)) else "" for line in lines]
    continued = False  # the line goes on from a quoted line before it: its quote mark is dropped
    for k, line in enumerate(lines):
        following = lines[k + 1] if k + 1 < len(lines) else ""
        plain = line.rstrip()
        # a quoted reply's lines ("> …") run on into the next line of the same quote, as the lines of the text do
        body, following_body = plain[len(quotes[k]):], following[len(quotes[k]):]
        quote = continued and quotes[k]
        same_quote = k + 1 < len(lines) and quotes[k] == quotes[k + 1]
        if full <= len(plain) <= WRAP_WIDTH and same_quote and k not in kept and following_body.strip() and not plain.endswith(_ENDS) \
                and not _ITEM.match(following_body) and not _TABLE_ROW.match(body) and not _TABLE_ROW.match(following_body) \
                and not _COLUMN_GAP.search(body) and not _COLUMN_GAP.search(following_body) \
                and not _FIELD_LINE.match(body) and not _FIELD_LINE.match(following_body):
            broken = plain.endswith("-") and broken_word(plain, following_body.lstrip())
            plain = plain[len(quote):] if quote else plain
            marked.append((plain[:-1] + _BROKEN if broken else plain) + WRAPPED)
            wrapped += 1
            continued = bool(quotes[k])
        else:
            marked.append(line[len(quote):] if quote else line)
            continued = False
    if wrapped < max(MIN_WRAPPED, WRAPPED_SHARE * sum(1 for line in lines if len(line.rstrip()) >= full)):
        return text
    return unwrap("\n".join(marked), kept).replace(WRAPPED, "").replace(_BROKEN + " ", "")


#: the quote marks of a quoted reply's line: "> ", "> >> " (none: "")
_QUOTE_MARK = re.compile(r"(?:[ \t]*>+)+[ \t]?")
#: marks where a word was broken at a line's end (joined without the hyphen or a space)
_BROKEN = "\ue000"
#: the first words of compounds Dutch writes with a hyphen: "vice-voorzitter", "oud-wethouder", "loco-burgemeester"
_HYPHEN_PREFIXES = frozenset({"vice", "oud", "ex", "loco", "co", "adjunct", "interim", "niet", "non", "anti", "semi"})
_VOWELS = frozenset("aeiouyàáäèéëïíóöú")


def broken_word(line: str, following: str) -> bool:
    """Whether the hyphen ``line`` ends in broke a word over two lines ("Voor-" / "zitter is …",
    "status-" / "houders") rather than writes a compound with a hyphen: Dutch writes one after a name
    or abbreviation ("G40-" / "pijler"), between two vowels ("zee-" / "egel"), after prefixes such as
    "vice-" and "oud-" and in "directeur-generaal".

    >>> broken_word("De voor-", "zitter opende"), broken_word("de G40-", "pijler"), broken_word("de directeur-", "generaal")
    (True, False, False)
    >>> broken_word("de vice-", "voorzitter"), broken_word("de zee-", "egel"), broken_word("de Jeugd-", "zorg")
    (False, False, True)
    """
    left = line[:-1].rsplit(None, 1)[-1] if line[:-1].strip() else ""
    word = left.rsplit("-", 1)[-1]
    if not word.isalpha() or not following[:1].islower() or any(c.isupper() for c in left[1:]) \
            or any(c.isdigit() for c in left):
        return False
    if word.lower() in _HYPHEN_PREFIXES or following.startswith(("generaal", "general")):
        return False
    return not (word[-1].lower() in _VOWELS and following[0] in _VOWELS)


#: a short line that opens with a section number and a capital: "2.2 Programma's", "3.1.4 Overige partners"
_NUMBERED_HEADING = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÀ-Ý][^.!?:;]{0,60}\s*")


#: a word no Dutch sentence or heading ends in (a preposition, an article, a conjunction): a line of
#: body text that ends in one runs on, whatever the next line begins with and however long the line is
#: (walkthrough 27, finding 16: a short PDF whose lines show no page width)
_OPEN_END = re.compile(r"(?<![\w-])(?:van|de|het|een|door|met|voor|aan|bij|naar|tot|over|uit|op|in|en|of|als|om|te|"
                       r"tussen|onder|namens|tegen|zoals|dat|die|waar)$")


def runs_on(line: str, following: str, full: float) -> bool:
    """Whether the sentence of ``line`` (as the page has it) goes on in ``following``.

    >>> row = "Pijler Economie en Werk Marieke de Vos (Enschede) 1 september 2023 tot en met 31 december 2025"
    >>> runs_on(row, "2.2 Programma's", 60), runs_on(row, "2023 werd de pijler opgericht", 60)
    (False, True)

    A line that ends in a word no sentence ends in goes on, also before a capital and when it is not full:

    >>> runs_on("De pijler werd in 2024 voorgezeten door Hans Vos, wethouder van", "Enschede. Secretaris is X.", 99)
    True
    """
    text, start = line.rstrip(), following.lstrip()[:1]
    if text.endswith(WRAPPED) and start:
        return True  # the layout shows it wrapped
    if not start or not text or text.endswith(_ENDS) or _ITEM.match(following) or _NUMBERED_HEADING.fullmatch(following):
        return False  # (a numbered heading "2.2 Programma's" after a table's last row opens a section)
    if text.endswith("-") and text[-2:-1].isalpha() and start.islower():
        return True  # a word broken at its hyphen, on a line of any length
    if len(text) >= MIN_FULL and _OPEN_END.search(text):
        return True  # "… voorgezeten door Hans Vos, wethouder van" / "Enschede.": no sentence ends in "van"
    return len(text) >= full and (line != text or text.endswith(",") or start.islower() or start.isdigit())


def _joined(text: str, following: str) -> str:
    """``text`` and the line that continues it: a hyphen after a letter joins without a space."""
    # (and after a digit before a lower-case word: "G40-" / "pijler")
    joint = "" if text.endswith("-") and (text[-2:-1].isalpha() or text[-2:-1].isdigit()
                                          and following.lstrip()[:1].islower()) else " "
    return text + joint + _plain(following).lstrip()


def _plain(line: str) -> str:
    """``line`` without the space or :data:`WRAPPED` mark it ends in."""
    return line.rstrip().removesuffix(WRAPPED)


def _long_line(lines: list[str]) -> int:
    """The length of the page's long lines (the 90th percentile, so one overlong line does not count)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


#: a running header or footer is on at least this share of the pages (and on three at least)
RUNNING_SHARE = 0.5


def document_text(pages: list[str]) -> str:
    r"""The text of a PDF's ``pages`` (pypdf's text of each): running headers and footers (the
    same line at the top or bottom of most pages, page numbers aside) left out, each page
    unwrapped, and a sentence that runs on over a page break joined again; pages are otherwise
    separated by a blank line.

    >>> pages = ["Jaarverslag G40 2023\nDe pijler werkte samen met het ministerie van BZK en met de\n1",
    ...          "Jaarverslag G40 2023\nprovincies aan de woningbouw in de middelgrote steden van het land.\n2",
    ...          "Jaarverslag G40 2023\nBijlage: deelnemers\n3"]
    >>> print(document_text(pages))
    De pijler werkte samen met het ministerie van BZK en met de provincies aan de woningbouw in de middelgrote steden van het land.
    <BLANKLINE>
    Bijlage: deelnemers
    """
    running = _running_lines(pages)
    kept = [[line for line in _without_print_margins(page.strip("\n").split("\n")) if _shape(line) not in running]
            for page in pages]
    full = max(MIN_FULL, FULL_SHARE * _long_line([_plain(line) for lines in kept for line in lines]))
    out = ""
    last = ""  # the last line of the pages so far, as its page has it
    for lines in kept:
        text = unwrap("\n".join(lines)).strip()
        if not text:
            continue
        first = text.split("\n", 1)[0]
        if out and runs_on(last, first, full):
            head, _, rest = out.rpartition("\n")
            out = (head + "\n" if _ else "") + _joined(rest, text)
        else:
            out += ("\n\n" if out else "") + text
        last = next((line for line in reversed(lines) if line.strip()), "")
    return out.replace(WRAPPED, "")


#: a list item's text starts at least this far (points) right of the body's left margin: a bullet's room
MIN_INDENT = 12

#: and at most this far (a second column, or a line centred on the page, starts further right)
MAX_INDENT = 100

#: lines that start within this many points of each other start at the same place
SAME_X = 1.5


def laid_out_text(pages) -> list[str]:
    """The text of each of ``pages`` (pypdf page objects) as :func:`document_text` takes it,
    with the list items whose bullet is drawn (not written) marked "• " by :func:`mark_items`.

    pypdf's visitor gives where each run of text starts; a line starts where its first run that is
    not blank does (the text matrix times the current matrix: x in points from the page's left).
    """
    pages = list(pages)
    width = max((float(page.mediabox.width) for page in pages), default=None)
    return ["\n".join(lines) for lines in mark_items([with_tables(*_page_lines_and_runs(page)) for page in pages], width)]


def _page_lines(page) -> list[tuple]:
    """The lines of ``page``'s text, each as ``(x, text, y, size)``: the x and y its first run that is
    not blank starts at and that run's font size in points (None: a blank line, or unknown)."""
    return _page_lines_and_runs(page)[0]


def _page_lines_and_runs(page) -> tuple[list[tuple], list[list[tuple]]]:
    """The lines of ``page`` (:func:`_page_lines`) and the runs of text each is made of, as
    ``(x, y, text, size)`` (what :func:`graph.pdf_tables.with_tables` reads a table's columns from;
    no runs when the visitor missed a piece)."""
    lines: list[tuple] = []
    runs: list[list[tuple]] = []
    parts: list[str] = []
    pieces: list[tuple] = []
    start = None  # (x, y, size) of the line's first run that is not blank

    def visit(text, cm, tm, _font, size):
        nonlocal start
        place = (tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                 abs(size) * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]))
        for number, piece in enumerate(text.split("\n")):
            if number:
                lines.append((*_place(start)[:1], "".join(parts), *_place(start)[1:]))
                runs.append(list(pieces))
                parts.clear()
                pieces.clear()
                start = None
            if start is None and piece.strip():
                start = place
            if piece.strip():
                pieces.append((place[0], place[1], piece, place[2]))
            parts.append(piece)

    text = page.extract_text(visitor_text=visit) or ""
    lines.append((*_place(start)[:1], "".join(parts), *_place(start)[1:]))
    runs.append(list(pieces))
    if "\n".join(line[1] for line in lines) != text:  # the visitor missed a piece: no layout, only the text
        return [(None, line) for line in text.split("\n")], []
    return lines, runs


def _place(start: tuple | None) -> tuple:
    """``(x, y, size)`` of a line's first run, or Nones when it has none."""
    return start or (None, None, None)


def mark_items(pages: list[list[tuple]], width: float | None = None) -> list[list[str]]:
    r"""The lines of ``pages`` (each line ``(x, text)`` or, from :func:`_page_lines`, ``(x, text, y,
    size)``, which lets :func:`_mark_wraps` find body lines that wrapped) with the items of lists whose
    bullets are graphics (a browser's or word processor's PDF) marked "• ", as the HTML reader
    marks an ``<li>`` and as :func:`unwrap` keeps a list item.

    A list shows in the layout: a run of lines that start right of the body text's left margin
    (the leftmost x at which two lines in the body's font size start: a browser's printed header and
    footer, in a smaller size, start further left), by :data:`MIN_INDENT` to :data:`MAX_INDENT` points,
    where a bullet would be. A line of the run starts an item when another line of the run starts
    at the same x (a lone indented line is a centred title or a first-line indent), unless it goes
    on with the item above it at that x: it does so when :func:`runs_on` says so, or when the line
    above does not end a sentence and the line's first word would not have fitted on it (the room a
    line has: the body's longest line, scaled to the width from x to a right margin as wide as the
    left; known only when three body lines come near it), and then it joins its item. Lines that
    have their bullet written keep it ("•Breda" and a symbol font's bullet become "• Breda"), and a
    run under a bulleted line or a line that runs on into it is left alone (a hanging indent: the
    item's wrapped text). A marked list ends in a blank line when the text after it starts further
    left, so that a paragraph does not join its last item.

    >>> page = [(72, "Deelnemers"), (90, "Breda"), (90, "Tilburg, met de wethouders van Wonen en Economie,"),
    ...         (90, "die het voorzitterschap deelden"), (72, "De stuurgroep kwam twee keer bijeen.")]
    >>> print("\n".join(mark_items([page])[0]))
    Deelnemers
    • Breda
    • Tilburg, met de wethouders van Wonen en Economie, die het voorzitterschap deelden
    <BLANKLINE>
    De stuurgroep kwam twee keer bijeen.
    """
    flat = [(number, index, line[0], line[1]) for number, lines in enumerate(pages) for index, line in enumerate(lines)]
    out: list[list[str | None]] = [[line[1] for line in lines] for lines in pages]  # None: joined to its item
    margins = _margins([line[0] for line in _body_size(line for lines in pages for line in lines)])
    if not margins:
        return out
    margin = margins[0]
    full = max(MIN_FULL, FULL_SHARE * _long_line([text.rstrip() for _n, _i, _x, text in flat]))

    def indented(x):
        return x is not None and MIN_INDENT <= x - margin <= MAX_INDENT

    body = _body_room(pages, margins)

    def room(x):  # the characters a line holds from x to the right margin (as wide as the left one)
        return body * (width - margin - x) / (width - 2 * margin) if body and width and width > 2 * margin else None

    _mark_wraps(pages, out, margins, body)
    at = 0
    while at < len(flat):
        end = at
        while end < len(flat) and indented(flat[end][2]):
            end += 1
        if end == at:
            at += 1
            continue
        before = flat[at - 1][3] if at else ""
        if not (before.strip() and (_ITEM.match(before) or runs_on(before, flat[at][3], full))):
            _mark_run(flat[at:end], flat[end][2] if end < len(flat) else None, out, full, room)
        at = end
    return [[line for line in lines if line is not None] for lines in out]


def _mark_run(run, after: float | None, out: list[list[str | None]], full: float, room) -> None:
    """Mark the items of ``run`` (indented lines) in ``out``; ``after``: the x of the line after it;
    ``room(x)``: how many characters a line starting at x holds (None: not known)."""
    xs = [x for _n, _i, x, _t in run]
    starts: dict[int, tuple[int, int]] = {}  # the lines of the run that start an item: where it is in ``out``
    ends: list[tuple[int, int]] = []  # (line of the run an item ends on, the line it starts on)
    item = None  # the line of the run that starts the item being read
    for k, (number, index, x, text) in enumerate(run):
        if _ITEM.match(text) or sum(abs(x - other) <= SAME_X for other in xs) < 2:
            item = None
            continue
        if item is not None and abs(run[k - 1][2] - x) <= SAME_X and _wrapped(run[k - 1][3], text, full, room(x)):
            at = starts[item]
            out[at[0]][at[1]] = _joined(out[at[0]][at[1]], text)  # the item's text wrapped
            out[number][index] = None
            ends[-1] = (k, item)
            continue
        out[number][index] = "• " + text[_glyph(text):].lstrip()
        item, starts[k] = k, (number, index)
        ends.append((k, k))
    for k, start in ends:
        following = run[k + 1][2] if k + 1 < len(run) else after
        if following is not None and k + 1 not in starts and following < run[start][2] - SAME_X:
            number, index = starts[start]
            out[number][index] += "\n"  # a blank line: what follows, further left, is no part of the item


#: a bullet written without the space after it, or a symbol font's (private use: "\uf0b7")
_GLYPH = re.compile(r"\s*[•●▪◦‣∙■□►➢➤✓✔○\ue000-\uf8ff]")


def _glyph(text: str) -> int:
    """Where ``text`` goes on after the bullet it starts with (0: it starts with none)."""
    found = _GLYPH.match(text)
    return found.end() if found else 0


#: a line wrapped when it and the next line's first word fill this share of the room the line has
WRAP_SHARE = 0.9


def _wrapped(line: str, following: str, full: float, room: float | None) -> bool:
    """Whether ``following`` goes on with the text of ``line`` (the same x): :func:`runs_on`, or
    ``line`` does not end a sentence and the next line's first word would not have fitted on it."""
    return runs_on(line, following, full) or _fills(line, following, room)


def _fills(line: str, following: str, room: float | None) -> bool:
    """Whether ``line`` does not end a sentence and the first word of ``following`` would not have
    fitted on it (``room``: the characters the line holds; None: not known)."""
    text = line.rstrip()
    first = following.split(maxsplit=1)[:1]
    return bool(room and first and text and not text.endswith(_ENDS)
                and len(text) + 1 + len(first[0]) > WRAP_SHARE * room)


#: a body line wraps only at this much leading at most (line distance in font sizes): a paragraph's
#: or heading's margin, or a blank line, shows as more
MAX_LEADING = 1.5

#: a wrapped body line ends in a word, a number, a comma, a bracket or a hyphen, and the next goes on
#: with a word, a number or a bracket (not "|", a quote that closes, a bullet)
_WRAP_END = re.compile(r"[\w,)\-]$")
_WRAP_START = re.compile(r"\s*[\w(]")


def _mark_wraps(pages: list[list[tuple]], out: list[list[str | None]], margins: list[float], room: int | None) -> None:
    r"""End the body lines (at a column's left margin) that wrapped in :data:`WRAPPED`, in ``out``, so
    that :func:`unwrap` joins them to the next line even when it starts with a capital or the line
    is short (a narrow column's).

    ``margins``: the left margins of the body text's columns (:func:`_margins`); ``room``: how many
    characters a line holds (:func:`_body_room`; None: not known, no line is marked). A line wrapped
    when the next line, in the same font size, follows at a line's distance (:data:`MAX_LEADING`) at
    the same margin, or is the top line of the next column while the line is the bottom line of its
    own, or the first line at a margin of the next page while the line is the last at the bottom of
    its column, and the line is full: it does not end a sentence and the next line's first word
    would not have fitted on it (:func:`_fills`). This is a rule of layout, so it holds for a 7 cm column of
    40 characters as for an A4 page of 90, where :func:`unwrap`, which sees text only, keeps lines
    shorter than :data:`MIN_FULL` apart. Lines need their y and font size (:func:`_page_lines`). A
    browser's PDF keeps no space where it wraps a line; a PDF that does
    (most lines followed by a word in lower case end in one) shows its wraps, so there a line
    without that space is no wrap, but for one broken at a hyphen ("Hans-" + "Peter de Vries").

    >>> page = [(72, "De taskforce wordt ondersteund door de secretaris van de pijler, Youssef", 700, 10),
    ...         (72, "Amrani. Zij spreekt in mei met het ministerie over de financiering van de", 686, 10),
    ...         (72, "werklocaties van de steden en over de regionale samenwerking met de", 672, 10),
    ...         (72, "provincies. Het volgende overleg is op 12 juni in het stadskantoor.", 658, 10)]
    >>> out = [[line[1] for line in page]]
    >>> _mark_wraps([page], out, [72], 74)
    >>> print(unwrap("\n".join(out[0])))
    De taskforce wordt ondersteund door de secretaris van de pijler, Youssef Amrani. Zij spreekt in mei met het ministerie over de financiering van de werklocaties van de steden en over de regionale samenwerking met de provincies. Het volgende overleg is op 12 juni in het stadskantoor.
    """
    if not room:
        return

    def column(x):
        return next((margin for margin in margins if abs(x - margin) <= SAME_X), None)

    def column_at(line):  # the column of a placed line (None: none, or not placed)
        return column(line[0]) if len(line) == 4 and None not in (line[0], line[2]) else None

    pairs = []
    for number, lines in enumerate(pages):
        placed = [(column(line[0]), line) for line in lines if len(line) == 4 and None not in (line[0], line[2])]
        low = {c: min(line[2] for at, line in placed if at == c) for c in margins if any(at == c for at, _l in placed)}
        high = {c: max(line[2] for at, line in placed if at == c) for c in low}
        last = next((index for index in range(len(lines) - 1, -1, -1) if (placed_at := column_at(lines[index]))
                     and lines[index][2] == low[placed_at]), None)
        following = next((line for line in pages[number + 1] if column_at(line)), None) if number + 1 < len(pages) else None
        if last is not None and following is not None:
            pairs.append((number, last, lines[last], following))  # the column goes on at the top of the next page
        for index, (line, following) in enumerate(zip(lines, lines[1:])):
            if len(line) != 4 or len(following) != 4 or None in (line[0], line[2], following[0], following[2]):
                continue
            at, next_at = column(line[0]), column(following[0])
            if at is None or next_at is None:
                continue
            if at == next_at and 0 < line[2] - following[2] <= MAX_LEADING * (line[3] or 0):
                pairs.append((number, index, line, following))  # the next line of the column
            elif next_at > at and line[2] == low[at] and following[2] == high[next_at]:
                pairs.append((number, index, line, following))  # the column goes on at the top of the next
    lower = [line[1] for _n, _i, line, following in pairs
             if following[1].lstrip()[:1].islower() and not line[1].rstrip().endswith("-")]
    spaced = 2 * sum(text != text.rstrip() for text in lower) > len(lower)  # the PDF keeps the space at its wraps
    for number, index, (_x, line, _y, size), (_x2, following, _y2, size2) in pairs:
        text = line.rstrip()
        if None in (size, size2) or abs(size - size2) > 0.1 or _ITEM.match(following):
            continue
        if spaced and text == line and not (text.endswith("-") and text[-2:-1].isalpha()):
            continue  # it shows its wraps, but for those at a hyphen (there is no space to keep)
        if _WRAP_END.search(text) and _WRAP_START.match(following) and _fills(text, following, room):
            out[number][index] = text + WRAPPED


#: the body text's lines are this long (characters) at least when it fills an A4 page's width
MIN_ROOM = 60

#: a narrow column's lines (a 7 cm newsletter column holds about 40) are this long at least
MIN_COLUMN_ROOM = 25

#: a line comes near the longest when it is at most a tenth or this many characters (a long word) shorter
WORD = 8


def _body_room(pages: list[list[tuple]], margins: list[float]) -> int | None:
    """How many characters a body line holds: the longest line at one of ``margins`` (the columns' left
    margins: the columns of a page are as wide), when three lines come near it (within a tenth, or a
    long word: :data:`WORD`); wrapped text fills its lines, else nothing shows how wide a line can be.

    A line of :data:`MIN_ROOM` characters shows a page's width. A shorter one (a narrow or second
    column, :data:`MIN_COLUMN_ROOM` at least) counts only when the text there shows that it wraps:
    two lines at least that end in no sentence run on into a line that begins in lower case (a list
    of names, or a table's rows, each begin with a capital).

    >>> page = [(34, "De Themagroep Klimaatadaptatie van de", 676, 11), (34, "G40 werkt samen met het ministerie van", 663, 11),
    ...         (34, "Nationale Klimaatadaptatiestrategie. Sinds 1", 650, 11), (34, "juni 2024 is Hanneke Groeneveld,", 637, 11),
    ...         (34, "wethouder van Sittard-Geleen.", 624, 11)]
    >>> _body_room([page], [34]), _body_room([[(34, text.title(), y, size) for _x, text, y, size in page]], [34])
    (44, None)
    """
    at = [[line[1].rstrip() for line in lines
           if line[0] is not None and any(abs(line[0] - margin) <= SAME_X for margin in margins)] for lines in pages]
    lengths = [len(text) for lines in at for text in lines]
    longest = max(lengths, default=0)
    if longest < MIN_COLUMN_ROOM or sum(length >= longest - max(WORD, 0.1 * longest) for length in lengths) < 3:
        return None
    if longest < MIN_ROOM:
        wraps = sum(bool(text) and not text.endswith(_ENDS) and following[:1].islower()
                    for lines in at for text, following in zip(lines, lines[1:]))
        if wraps < 2:
            return None
    return longest


def _body_size(lines) -> list[tuple]:
    """Of ``lines`` (``(x, text)``, or ``(x, text, y, size)`` from :func:`_page_lines`), those in the
    body text's font size: the size most of the text is set in (all lines when no size is known).

    >>> [line[1] for line in _body_size([(24, "14-5-25 Nieuws", 770, 8), (34, "De gemeente Breda werkt", 620, 12),
    ...                                  (34, "samen met Tilburg.", 606, 12), (24, "pagina 1/1", 17, 8)])]
    ['De gemeente Breda werkt', 'samen met Tilburg.']
    """
    lines = list(lines)
    sizes: Counter[float] = Counter()
    for line in lines:
        if len(line) == 4 and line[3] is not None:
            sizes[round(line[3], 1)] += len(line[1].strip())
    if not sizes:
        return lines
    body = sizes.most_common(1)[0][0]
    return [line for line in lines if len(line) == 4 and line[3] is not None and abs(line[3] - body) <= 0.1]


#: a second column's margin: this many lines in the body's font size start there at least
COLUMN_LINES = 3


def _margins(xs: list[float | None]) -> list[float]:
    """The body text's left margins: the leftmost x at which two lines start (else the leftmost), and
    right of it the x of each further column: one at which :data:`COLUMN_LINES` lines start, more than
    :data:`MAX_INDENT` right of the margin before it (nearer, it is a list's indent).

    >>> _margins([72, 72, 90, 90, 320, 320, 320]), _margins([50]), _margins([])
    ([72, 320], [50], [])
    """
    seen = Counter(round(x) for x in xs if x is not None)
    if not seen:
        return []
    shared = [x for x, count in seen.items() if count >= 2]
    margins = [min(shared or seen)]
    for x in sorted(x for x, count in seen.items() if count >= COLUMN_LINES):
        if x - margins[-1] > MAX_INDENT:
            margins.append(x)
    return margins


#: the header a browser prints over each page of a web page: the date and time, then the page's title
#: ("12/5/26, 1:26 AM Jaarverslag G40 2024", "05-12-2026 01:26 Jaarverslag")
_PRINT_HEADER = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)")
#: and the footer under it: the page's address and the page number ("file:///…/jaarverslag.html 1/1")
_PRINT_FOOTER = re.compile(r"\s*(?:file|https?)://\S+\s+\d+\s*/\s*\d+\s*$")


def _without_print_margins(lines: list[str]) -> list[str]:
    """A page's ``lines`` without the header and footer a browser printed on it (a web page printed
    to PDF: its date, time and title over the text, its address and page number under it), so that
    a print of one or two pages loses them too (:func:`_running_lines` needs three pages). Both are
    looked for among the page's first and last two lines (a PDF's text need not come in the order
    of the page), and only on a page with the footer: a first line "14-05-2025 10:00 Opening" of
    minutes is kept.

    >>> _without_print_margins(["Jaarverslag", "De pijler werkte samen.", "12/5/26, 1:26 AM Jaarverslag G40",
    ...                         "\ufb01le:///tmp/jaarverslag.html 1/1"])
    ['Jaarverslag', 'De pijler werkte samen.']
    >>> _without_print_margins(["14-05-2025 10:00 Opening", "https://g40.nl is de site."])
    ['14-05-2025 10:00 Opening', 'https://g40.nl is de site.']
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = filled[:2] + filled[-2:]
    footers = {i for i in edges if _PRINT_FOOTER.match(lines[i].replace("\ufb01", "fi"))}
    if not footers:
        return lines
    drop = footers | {i for i in edges if _PRINT_HEADER.match(lines[i])}
    return [line for i, line in enumerate(lines) if i not in drop]


def _shape(line: str) -> str:
    """A line with its numbers as "#", so "Pagina 3 van 12" on every page is one running line."""
    return re.sub(r"\d+", "#", _plain(line).strip())


def _running_lines(pages: list[str]) -> set[str]:
    """The shapes of lines that open or close most pages (:data:`RUNNING_SHARE`, three pages at least)."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        seen.update({_shape(line) for line in lines[:2] + lines[-2:]})
    needed = max(3, RUNNING_SHARE * len(pages))
    return {shape for shape, count in seen.items() if count >= needed and shape}
