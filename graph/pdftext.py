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

import re
from collections import Counter

__all__ = ["document_text", "runs_on", "unwrap"]

#: a line that starts a list item: a bullet, a dash, "1." / "2)" / "a)"
_ITEM = re.compile(r"\s*(?:[•●▪◦‣∙·*\-–—]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")

#: a line that ends a sentence or introduces what follows (a list, a table)
_ENDS = (".", "!", "?", ":", ";", "…")

#: a line at least this share of the page's long lines ran on to the next
FULL_SHARE = 0.7

#: lines shorter than this never count as full (a page of short lines is a list or a table)
MIN_FULL = 40


def unwrap(page: str) -> str:
    r"""``page`` (pypdf's text of one page) with its wrapped lines joined; see the module.

    >>> print(unwrap("Almelo     Kerkelanden        Beter Wonen      1,2 miljoen euro\n"
    ...              "Arnhem     Presikhaaf         Portaal          0,9 miljoen euro"))
    Almelo     Kerkelanden        Beter Wonen      1,2 miljoen euro
    Arnhem     Presikhaaf         Portaal          0,9 miljoen euro
    """
    lines = page.split("\n")
    full = max(MIN_FULL, FULL_SHARE * _long_line([line.rstrip() for line in lines]))
    out: list[str] = []
    last = ""  # the previous line as the page has it, with the space it may end in
    for line in lines:
        if out and runs_on(last, line, full):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line.rstrip())
        last = line
    return "\n".join(out)


def runs_on(line: str, following: str, full: float) -> bool:
    """Whether the sentence of ``line`` (as the page has it) goes on in ``following``."""
    text, start = line.rstrip(), following.lstrip()[:1]
    if not start or not text or text.endswith(_ENDS) or _ITEM.match(following):
        return False
    if text.endswith("-") and text[-2:-1].isalpha() and start.islower():
        return True  # a word broken at its hyphen, on a line of any length
    return len(text) >= full and (line != text or text.endswith(",") or start.islower() or start.isdigit())


def _joined(text: str, following: str) -> str:
    """``text`` and the line that continues it: a hyphen after a letter joins without a space."""
    joint = "" if text.endswith("-") and text[-2:-1].isalpha() else " "
    return text + joint + following.strip()


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
    kept = [[line for line in page.strip("\n").split("\n") if _shape(line) not in running] for page in pages]
    full = max(MIN_FULL, FULL_SHARE * _long_line([line.rstrip() for lines in kept for line in lines]))
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
    return out


def _shape(line: str) -> str:
    """A line with its numbers as "#", so "Pagina 3 van 12" on every page is one running line."""
    return re.sub(r"\d+", "#", line.strip())


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
