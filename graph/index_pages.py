"""A document system's index page in an export (``index.html``, ``inhoud.html``, a case's ``Zaakoverzicht.html``):
a list of the export's files, no document with facts of its own.

A page is an index page when its name says so (:data:`_NAME`: ``index``, ``inhoud``, ``inhoudsopgave``,
``overzicht``, ``zaakoverzicht``, ``exportoverzicht``, ``dossieroverzicht``, alone or with a word or number beside
it) *and* it names at least :data:`MIN_NAMED` other files of the build: by a link to one (``<a
href="Z2025-001234/document1.pdf">``) or by its file name as the whole text of a cell, list item or link
("document1.pdf"), and at least half of its links (if it has any) lead to files of the build. A page of that name
that names fewer, or links mostly elsewhere (a news site's ``index.html``, an "Overzicht wethouders" with links to
the towns' sites), is read as before. An index page is not read: one warning says so (code ``index_page``).

Its titles and dates are not used: which of a page's columns is a title and which date is the document's (not
the day it was registered or exported) a page does not say as a metadata file's column names do, and its
cells may be cut short for the screen. The same listing as ``metadata.csv`` / ``metadata.xml``
(:mod:`graph.dms_metadata`, which also reads ``overzicht.xml`` and ``inhoud.xml``) is read.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp()); (folder / "Z1").mkdir()
>>> for name in ("Z1/document1.txt", "Z1/brief.txt"):
...     _ = (folder / name).write_text("Tekst.")
>>> _ = (folder / "index.html").write_text('<a href="Z1/document1.txt">Verslag</a> <td>brief.txt</td>')
>>> listing = [(str(path), None) for path in sorted(folder.rglob("*.*"))]
>>> found = index_pages(listing)
>>> [pathlib.Path(p).name for p in found.pages], [w.split(": ", 1)[1] for w in found.warnings]
(['index.html'], ['overgeslagen, een inhoudsopgave van de export (noemt 2 bestanden uit de map), geen document'])
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import PurePath
from urllib.parse import unquote, urlsplit

from .build_warnings import coded
from .markup import parser_safe
from .messages import CATALOGUE

__all__ = ["IndexPages", "MIN_NAMED", "index_pages"]

#: the fewest files of the build an index page names
MIN_NAMED = 2
#: an index page's name (without its suffix)
_NAME = re.compile(r"(?i)^(?:.*[\s_-])?(?:index|inhoud|inhoudsopgave|(?:zaak|export|dossier)?overzicht)(?:[\s_-].*)?$")
#: the most of a page that is read to find the files it names (an index of 10,000 files is some 2 MB)
_MAX_BYTES = 20_000_000

CATALOGUE.update(
    {
        "index_page": {"nl": "{path}: overgeslagen, een inhoudsopgave van de export (noemt {n} bestanden uit de map), "
                             "geen document",
                       "en": "{path}: skipped, an index of the export (it names {n} files of the folder), no "
                             "document"},
    }
)


class IndexPages:
    """The index pages of a build (``pages``, their paths) and a warning for each (``warnings``)."""

    def __init__(self):
        self.pages: set[str] = set()
        self.warnings: list = []


def index_pages(listing) -> IndexPages:
    """The index pages among the files of ``listing`` ((path, stat) as :func:`graph.ingest.list_files` gives them;
    see the module)."""
    found = IndexPages()
    candidates = [path for path, _stat in listing if _is_candidate(path)]
    if not candidates:
        return found
    paths = {os.path.normcase(os.path.normpath(path)) for path, _stat in listing}
    names: dict[str, list[str]] = {}  # a file name → the files of that name
    for path, _stat in listing:
        names.setdefault(os.path.basename(path).lower(), []).append(os.path.normcase(os.path.normpath(path)))
    for page in candidates:
        named = _named_files(page, paths, names)
        if named >= MIN_NAMED:
            found.pages.add(page)
            found.warnings.append(coded("index_page", path=page, n=named))
    return found


def _is_candidate(path: str) -> bool:
    if not path[-5:].lower().endswith((".html", ".htm")):  # most files: no PurePath made (10,000: 25 → 2 ms)
        return False
    pure = PurePath(path)
    return bool(_NAME.match(pure.stem))


def _named_files(page: str, paths: set[str], names: dict[str, list[str]]) -> int:
    """How many other files of the build the page ``page`` names (a link to one, or its file name as a whole
    text: every file of that name); 0 when it cannot be read."""
    try:
        with open(page, "rb") as handle:
            raw = handle.read(_MAX_BYTES)
    except OSError:
        return 0
    collector = _Collector()
    try:
        collector.feed(parser_safe(raw.decode("utf-8", errors="replace")))
        collector.close()
    except Exception:  # noqa: BLE001 - html.parser gives up on some broken markup: then it names nothing
        return 0
    folder = os.path.dirname(page)
    own = os.path.normcase(os.path.normpath(page))
    named = set()
    links = 0  # the links to other pages or files (not to a place on this page, an address or a phone number)
    for href in collector.hrefs:
        parts = urlsplit(href)
        if parts.scheme in ("mailto", "tel", "javascript") or not (parts.scheme or parts.netloc or parts.path):
            continue
        links += 1
        if parts.scheme or parts.netloc:
            continue  # another site
        target = os.path.normcase(os.path.normpath(os.path.join(folder, unquote(parts.path))))
        if target in paths and target != own:
            named.add(target)
    if links and 2 * len(named) < links:  # a site's page with links elsewhere: no list of the export
        return 0
    for text in collector.texts:
        name = text.strip().lower()
        if "." in name:
            named.update(names.get(name, ()))
    named.discard(own)
    return len(named)


class _Collector(HTMLParser):
    """The links (``href``) of a page and the whole texts of its cells, list items and links."""

    _WHOLE = frozenset({"td", "th", "li", "a", "dd", "dt"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.texts: list[str] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)
        if tag in self._WHOLE:
            self._open.append([])

    def handle_endtag(self, tag):
        if tag in self._WHOLE and self._open:
            self.texts.append("".join(self._open.pop()))

    def handle_data(self, data):
        for pieces in self._open:
            pieces.append(data)
