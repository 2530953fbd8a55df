"""Corpus files → :class:`Document` records (id, source, date, text, checksum).

Source cards
------------
``.txt`` / ``.md``
    UTF-8 text; a byte order mark names the encoding instead (UTF-16 LE/BE, as Windows Notepad saves
    "Unicode", UTF-32, UTF-8 with a mark); invalid UTF-8 falls back to cp1252 with a warning. Markdown becomes the text a
    reader sees (:func:`graph.markup.markdown_text`): "**Jan Bakker** (Oss)" would otherwise hide
    the name's bracket, and "[pijler X](http://…)" put an address in a quote. Bullets stay, headings lose
    their "#".
``.html`` / ``.htm``
    Visible text only: ``<script>``, ``<style>``, ``<template>``, ``<noscript>`` and comments are
    dropped, block elements become line breaks, entities are decoded.
``.pdf``
    Text of every page via pypdf, pages separated by blank lines; the lines a page wrapped are
    joined into their paragraph, a sentence running over a page break too, running headers and
    footers left out, and the items of a list whose bullets are drawn (an indented run of lines)
    marked "• " as for an HTML ``<li>`` (:mod:`graph.pdftext`). The PDF's Title may be its title.
``.docx``
    Word documents via python-docx (:mod:`graph.docxtext`): paragraphs in order, blocks separated
    by a blank line as in an HTML page, headings on a line of their own, list paragraphs marked "• ",
    tables as HTML tables; the core properties' title and date may be its title and date.
``.odt``
    OpenDocument texts (LibreOffice, many municipal document systems) as a Word document, read with lxml
    (:mod:`graph.odttext`, under the same zip guards); ``meta.xml``'s title and date as a Word document's; tracked
    changes read as after "Alles accepteren", with a warning, as a Word document's.
``.rtf``
    Rich Text Format (WordPad, old Word exports, many municipal document systems) as a Word document, read by
    :mod:`graph.rtftext` (no library; pictures, embedded objects and ``\\bin`` data passed over, at most
    :data:`graph.rtftext.MAX_RTF_MB` MB); ``{\\info}``'s title and creation date as a Word document's.
``.eml``
    An e-mail via Python's :mod:`email` (:mod:`graph.mailtext`): a head of "Van:", "Aan:", "Cc:", "Datum:" and
    "Onderwerp:" lines, the body, and each attachment of a kind above after "Bijlage: <name>"; the Date header is
    its date (printed, not inferred), the subject its title; another attachment is named in a warning.
``<name>.meta.json`` (optional sidecar)
    ``title``, ``date`` (ISO, or a day as people write it: "3-12-2026", "3 december 2026") or ``period`` (``{"start": …, "end": …}``), ``source``,
    ``language``, ``date_inferred`` (true when the date was inferred, not printed), ``date_note``
    (how the date was found: for people, not read). Any other field is named in a warning.
``metadata.csv`` / ``metadata.xml`` (a document system's export, :mod:`graph.dms_metadata`)
    A row per file: its title and document date count as the sidecar's, which wins where both give one; its author
    and case number are the document's ``author`` and ``case`` (in the graph ``dcterms:creator``, ``g40:caseNumber``).

Without a sidecar's ``date`` or ``period`` a document takes the date printed in its first lines
("Utrecht, 12 juni 2024 –", "2024-11-05"), or in a letter's head; else the date in its file name
(``verslag-2023-06-12``, ``nota-2024``), else the date a Word document's core properties give, these
two with ``date_inferred`` true (a printed date is the document's own);
a month or a year becomes its ``period``. Without a sidecar's ``title`` it takes the title of its
metadata when that is a real one (the HTML ``<title>``, a PDF's Title, a Word core title; not
"Microsoft Word - x.docx" or a file name), else a letter's "Onderwerp:"/"Betreft:" line (a mail's
"Subject:"), else its first heading (``<h1>``, ``# heading``, a Word heading) or a short first line.
See :mod:`graph.docdate`. A title never shows contact details: an e-mail address or phone number in
it is masked as in a quote (:func:`graph.privacy.mask_contacts`), since the title is the label of the
document on every page, the network page and the explorer included.

Everything else is skipped with a warning. The document id is the file name without extension.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "nieuws.txt").write_text("De G40 en EZK werken samen.", encoding="utf-8")
>>> docs, warnings = read_corpus([folder])
>>> docs[0].id, docs[0].text
('nieuws', 'De G40 en EZK werken samen.')
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import json
import logging
import os
import re
import stat as stat_module
import sys
from dataclasses import dataclass, field, fields
from datetime import date as _date
from functools import lru_cache
from pathlib import Path

from .dms_metadata import is_export_metadata
from .docdate import (date_or_period, html_titles, human_date, is_address_or_masthead, is_genre_line, name_date,
                      markdown_title, printed_date, real_title, reported_year, subject_title, text_title)
from .errors import InputError
from .file_kinds import disguised_warning, unsupported_warning
from .language import foreign_language
from .markup import has_tracked_changes, html_visible_text, markdown_text
from .ocr import WORD_LISTS as OCR_WORD_LISTS, repaired_ocr
from .resources import data_path
from .build_warnings import coded
from .messages import msg
from .pdftext import document_text, laid_out_text, unwrap_plain
from .mid_phrase_breaks import joined_mid_phrase
from .plain_tables import markdown_tables
from .privacy import mask_contacts
from .sitting_years import sitting_year
from .subtitle_text import subtitle_text

__all__ = [
    "DOCUMENT_FIELDS",
    "SUPPORTED_SUFFIXES",
    "Document",
    "bom_encoding",
    "ingest_fingerprint",
    "spaced_path",
    "is_sidecar",
    "list_files",
    "read_corpus",
    "read_document",
    "read_file",
    "sidecar_path",
    "stat_or_none",
]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".odt", ".rtf", ".eml")
META_SUFFIX = ".meta.json"
#: files an operating system leaves in folders, no document, passed over without a word as ".DS_Store" is
_SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})

#: the fields a sidecar may give (see the module); any other is named in a warning
META_FIELDS = ("title", "date", "period", "source", "language", "date_inferred", "date_note")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _is_iso_date(value) -> bool:
    """``value`` is a real date written YYYY, YYYY-MM or YYYY-MM-DD (not ``2023-13-01`` or ``2023-02-30``)."""
    text = str(value)
    if not _ISO_DATE.match(text):
        return False
    try:
        _date.fromisoformat((text + "-01-01")[:10])
    except ValueError:
        return False
    return True

@dataclass(frozen=True)
class Document:
    """One document of the corpus with its metadata."""

    id: str
    path: str
    text: str
    checksum: str
    title: str | None = None
    date: str | None = None  # ISO date the document speaks of (or was published)
    period_start: str | None = None
    period_end: str | None = None
    date_inferred: bool = False
    source: str | None = None
    language: str = "nl"
    warnings: tuple[str, ...] = field(default=(), compare=False)
    #: "en" or "other" when the text does not look Dutch (:func:`graph.language.language_of`), read
    #: once with the file and kept in the corpus cache: a rebuild does not look at 10,000 texts again
    foreign_language: str | None = None
    #: a DMS export's author and case number of the document (its metadata file's row, :mod:`graph.dms_metadata`)
    author: str | None = None
    case: str | None = None

    @property
    def reference_date(self) -> str | None:
        """The date facts from this document hold at: its date, else the end of its period."""
        return self.date or self.period_end or self.period_start


DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))


def read_corpus(paths, *, known=None) -> tuple[list[Document], list[str]]:
    """Read files and folders (recursively) into documents, sorted by id.

    Returns the documents and one-line warnings for files that were skipped or repaired.
    Raises :class:`InputError` for a path that does not exist and for two files with the
    same document id. With ``known``, the :class:`graph.corpus_cache.CorpusCache` of a previous
    read, unchanged files are not read again (see :func:`graph.corpus_cache.read_corpus_cached`,
    which also returns the cache for the next read).
    """
    from .corpus_cache import read_corpus_cached  # built on this module's readers

    documents, warnings, _cache = read_corpus_cached(paths, known)
    return documents, warnings


@lru_cache(maxsize=1)
def ingest_fingerprint() -> str:
    """A hash of what a :class:`Document` depends on besides its files.

    That is the g40kg version, the source of this module, of :mod:`graph.docdate` (and
    :mod:`graph.letter_dates`, a letter's date line),
    :mod:`graph.pdftext` (and :mod:`graph.pdf_tables`, a PDF's table read back, and :mod:`graph.kept_breaks`, a
    hard-wrapped text's layout breaks), :mod:`graph.plain_tables`, :mod:`graph.mid_phrase_breaks` (a line that
    ends mid-phrase), :mod:`graph.docxtext`, :mod:`graph.odttext`, :mod:`graph.rtftext`, :mod:`graph.mailtext`,
    :mod:`graph.dms_metadata` and :mod:`graph.index_pages` (a DMS export's metadata file and index page),
    :mod:`graph.file_kinds` (what a file really is),
    :mod:`graph.markup`, :mod:`graph.language` (whether a
    text looks Dutch), :mod:`graph.privacy` (a title's masked contact details), :mod:`graph.ocr` and its word lists (a scan's letters read back) and the month names of :mod:`graph.extract.periods` (a document's inferred date and title) and of
    :mod:`graph.corpus_cache` (the cache's format), the texts of the messages they format (they
    end up in a document's warnings), and the versions of Python, pypdf and python-docx.
    """
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__
    from .messages import CATALOGUE

    here = Path(__file__)
    source = b"".join(path.read_bytes() for path in (
        here, here.with_name("corpus_cache.py"), here.with_name("docdate.py"), here.with_name("letter_dates.py"),
        here.with_name("pdftext.py"), here.with_name("pdf_tables.py"), here.with_name("kept_breaks.py"),
        here.with_name("plain_tables.py"), here.with_name("mid_phrase_breaks.py"),
        here.with_name("docxtext.py"), here.with_name("odttext.py"), here.with_name("rtftext.py"), here.with_name("markup.py"), here.with_name("language.py"),
        here.with_name("privacy.py"), here.with_name("file_kinds.py"), here.with_name("dms_metadata.py"), here.with_name("index_pages.py"), here.with_name("mailtext.py"),
        here.with_name("subtitle_text.py"), here.parent / "extract" / "periods.py", here.with_name("ocr.py"),
        *(data_path("gazetteer", name) for name in dict(OCR_WORD_LISTS))))
    messages = {key: CATALOGUE.get(key) for key in sorted(set(re.findall(r'msg\("(\w+)"', source.decode())))}
    readers = []
    for package in ("pypdf", "python-docx"):
        try:
            readers.append(version(package))
        except PackageNotFoundError:
            readers.append(None)
    digest = hashlib.sha256(source)
    digest.update(repr((__version__, sys.version, *readers, messages)).encode())
    return digest.hexdigest()[:16]


def stat_or_none(path, *, follow_symlinks: bool = True) -> os.stat_result | None:
    """``os.stat(path)`` (a link's own with ``follow_symlinks=False``), None where there is none."""
    try:
        return os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError):
        return None


def list_files(paths, notes: list[str] | None = None) -> list[tuple[str, os.stat_result | None]]:
    """The files to read, in order, each with its stat (None when it has none).

    A folder gives its visible files (see :func:`_visible_files`) in the order of their path parts.
    ``notes``, when given, gets a warning for each file of a folder that is passed over although it
    may be a document: a hidden one and a link to nothing (see :func:`_visible_files`).
    """
    listing = []
    paths = list(paths)
    for number, raw in enumerate(paths):
        path = Path(raw)
        if not path.exists():
            joined = spaced_path(paths, number)
            raise InputError(msg("no_such_path_spaces", path=path, joined=joined) if joined
                             else msg("no_such_path", path=path))
        if not _utf8_name(str(path)):
            if notes is None:
                raise InputError(coded("name_not_utf8", path=shown_path(path)))
            notes.append(coded("name_not_utf8", path=shown_path(path)))
            continue
        if path.is_dir():  # str(path / name) is that + name
            listing.extend(_visible_files(path, str(path / "x")[:-1], notes, os.path.realpath(path)))
        else:
            listing.append((str(path), stat_or_none(path)))
    return listing


#: control characters but line ends and tabs (ESC, BEL, NUL, C1): a terminal acts on them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    r"""``text`` without control characters (a metadata file's author "A. de Wit\x1b[31m\x07": printed to a terminal
    it would set its colour and ring, or with ESC ] set its title or clipboard); a tab or line end stays a space.

    >>> _printable("A. de Wit\x1b[31m\x07\tZ-2025\x9b")
    'A. de Wit[31m\tZ-2025'
    """
    return _CONTROL.sub("", text)


#: the longest title, author and case number a document keeps (walkthrough 37, finding 8; round 59d): a DMS
#: export's cell or an RTF's ``{\info}`` of megabytes (a hostile or broken export) is cut there, with a warning
FIELD_LIMITS = {"title": 500, "author": 200, "case": 100}


def _capped(text: str, field: str, path, place: str | None, warnings: list) -> str:
    """``text`` cut to :data:`FIELD_LIMITS` ``[field]`` characters (at the last space in its last tenth, and "…"),
    with a warning naming the file (and the metadata's ``place``, "metadata.csv:2") when it was longer.

    >>> notes = []
    >>> _capped("Z-2025-" + "0" * 200, "case", "nota.rtf", "metadata.csv:2", notes)[-3:], len(notes)
    ('00…', 1)
    >>> print(notes[0])
    nota.rtf: zaaknummer van 207 tekens ingekort tot 100 (metadata.csv:2)
    >>> _capped("Nota over de wijkaanpak", "title", "nota.rtf", None, notes), len(notes)
    ('Nota over de wijkaanpak', 1)
    """
    limit = FIELD_LIMITS[field]
    if len(text) <= limit:
        return text
    from .build_warnings import coded
    from .messages import msg

    cut = text[:limit - 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit * 0.9 else cut
    warnings.append(coded("field_cut", path=path, field=msg(f"field_{field}"), length=len(text), limit=limit,
                          where=f" ({place})" if place else ""))
    return cut.rstrip() + "…"


def _utf8_name(name: str) -> bool:
    r"""Whether the file name ``name`` (as :func:`os.listdir` gives it) is UTF-8: a byte that is not comes as a lone
    surrogate (``\udcf6`` for a Windows-1252 "ö"), which no UTF-8 text can hold."""
    return name.isascii() or not any("\udc80" <= character <= "\udcff" for character in name)


def shown_path(path) -> str:
    r"""``path`` as it can be printed: a byte that is no UTF-8 as ``\xf6``.

    >>> print(shown_path("Zaak/co\udcf6rdinatie.txt"))
    Zaak/co\xf6rdinatie.txt
    """
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def spaced_path(paths, number: int) -> str | None:
    """The existing path that ``paths[number]`` and the arguments after it make when joined by spaces:
    a file name with spaces typed without quotes, which the shell split (walkthrough 20, finding 24);
    None when there is none.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()); (folder / "notitie DG café.md").write_text("x")
    1
    >>> spaced_path([str(folder / "notitie"), "DG", "café.md"], 0) == str(folder / "notitie DG café.md")
    True
    >>> spaced_path(["nergens", "hier"], 0) is None
    True
    """
    for last in range(number + 1, len(paths)):
        joined = " ".join(str(part) for part in paths[number:last + 1])
        if Path(joined).exists():
            return joined
    return None


#: hidden names that are no one's document: an Emacs lock (".#memo.txt"), a macOS resource fork ("._memo.txt")
_TEMPORARY_PREFIXES = (".#", "._")


def _visible_files(folder, prefix: str, notes: list[str] | None = None, root: str | None = None):
    """(path, stat) of the files under ``folder``, leaving out hidden files and folders and the owner
    files Word writes beside a document it has open ("~$memo.docx": no document, no warning), and Windows' own
    files (``Thumbs.db``, ``desktop.ini``: :data:`_SYSTEM_FILES`).

    As with ``os.walk``, a link to a folder is not followed and an unreadable folder is skipped;
    a file is a regular file or a link to one (``os.path.isfile``). A link that leads out of ``root``
    (the real path of the folder the build was given; default ``folder``'s) is read only when what it
    points to is a document by its own name (:func:`_document_outside`): a link ``notities.txt`` to
    ``/etc/passwd`` or to ``~/.ssh/id_rsa`` is passed over with a warning, where it was read and shown
    to everyone the explorer serves (walkthrough 32, finding 6). Each folder's names are visited in
    sorted order, so files come in the order
    of their path parts (``a/b`` before ``a-c``). ``notes`` gets a warning for a hidden file with a
    suffix of :data:`SUPPORTED_SUFFIXES` (".verborgen.md": a document that would vanish without a word;
    editors' files such as ".#memo.txt" and "._memo.txt" stay silent), for a link to a file that
    is not there and for a link out of the folder to no document.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in (".verborgen.md", ".#memo.txt", "~$memo.docx", ".DS_Store", "Thumbs.db", "memo.txt"):
    ...     _ = (folder / name).write_text("tekst")
    >>> (folder / "weg.txt").symlink_to("bestaat-niet.txt")
    >>> notes = []
    >>> [Path(path).name for path, _stat in _visible_files(folder, f"{folder}/", notes)]
    ['memo.txt']
    >>> [note.replace(str(folder), "corpus") for note in notes]  # doctest: +NORMALIZE_WHITESPACE
    ['corpus/.verborgen.md: overgeslagen, verborgen bestand (de naam begint met een punt); hernoem het om het mee te lezen',
     'corpus/weg.txt: overgeslagen, de koppeling wijst naar bestaat-niet.txt, dat er niet is']
    """
    root = os.path.realpath(folder) if root is None else root
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        path = prefix + name
        if not _utf8_name(name):  # bytes no UTF-8 (a Windows export unpacked as they were): its id, title and
            if notes is not None:  # the graph's text cannot hold them (walkthrough 37, finding 1)
                notes.append(coded("name_not_utf8", path=shown_path(path)))
            continue
        if name.startswith((".", "~$")):
            if notes is not None and _hidden_document(name, path):
                notes.append(coded("hidden_document", path=path))
            continue
        if name.lower() in _SYSTEM_FILES:  # Windows' thumbnail cache in an export's folders (walkthrough 34, finding 11)
            continue
        stat = stat_or_none(path, follow_symlinks=False)  # a file's stat; a link's own (one system call as os.stat)
        link = stat is not None and stat_module.S_ISLNK(stat.st_mode)
        if link:
            stat = stat_or_none(path)
        if stat is None:
            if notes is not None and link:
                notes.append(coded("dangling_link", path=path, target=_link_target(path)))
            continue
        if stat_module.S_ISDIR(stat.st_mode):
            if not link:
                yield from _visible_files(path, path + os.sep, notes, root)
        elif stat_module.S_ISREG(stat.st_mode):
            if link and not _document_outside(path, root):
                if notes is not None:
                    notes.append(coded("link_outside", path=path, target=os.path.realpath(path)))
                continue
            yield path, stat


def _document_outside(link: str, root: str) -> bool:
    """Whether the ``link`` may be read: it leads into ``root`` (a real path), or to a file whose
    own name is a document's (a suffix of :data:`SUPPORTED_SUFFIXES`, or a ``.meta.json`` sidecar)
    in no hidden folder (``~/.ssh``, ``~/.config``), as the files a folder listing reads are.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp()); (root / "corpus").mkdir(); (root / ".geheim").mkdir()
    >>> for name in ("verslag.pdf", "wachtwoorden", ".geheim/notitie.txt", "corpus/eigen.dat"):
    ...     _ = (root / name).write_text("x")
    >>> for name, target in (("a.pdf", "verslag.pdf"), ("b.txt", "wachtwoorden"), ("c.txt", ".geheim/notitie.txt"),
    ...                      ("d.txt", "corpus/eigen.dat")):
    ...     (root / "corpus" / name).symlink_to(root / target)
    >>> real = os.path.realpath(root / "corpus")
    >>> [_document_outside(str(root / "corpus" / name), real) for name in ("a.pdf", "b.txt", "c.txt", "d.txt")]
    [True, False, False, True]
    """
    target = os.path.realpath(link)
    if target.startswith(root.rstrip(os.sep) + os.sep):
        return True
    name = os.path.basename(target).lower()
    hidden = any(part.startswith(".") for part in Path(target).parts[1:])
    return not hidden and (name.endswith(SUPPORTED_SUFFIXES) or name.endswith(META_SUFFIX))


def _hidden_document(name: str, path: str) -> bool:
    """Whether the hidden file ``name`` (at ``path``) looks like a document a build would read."""
    return (name.startswith(".") and not name.startswith(_TEMPORARY_PREFIXES)
            and Path(name).suffix.lower() in SUPPORTED_SUFFIXES and os.path.isfile(path))


def _link_target(path: str) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def is_sidecar(path: str) -> bool:
    return path.lower().endswith(META_SUFFIX)


def sidecar_path(path: Path) -> Path | None:
    """Where the metadata sidecar of the document file ``path`` would be (None: no suffix, no sidecar)."""
    return path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX) if path.suffix else None


def read_document(path: Path) -> Document | None:
    """Read one file; None for a sidecar, :class:`InputError` for an unusable file."""
    path = Path(path)
    return read_file(path, sidecar_path(path))


def read_file(path: Path, sidecar: Path | None, row: tuple[str, dict] | None = None) -> Document | None:
    """:func:`read_document` of ``path``, whose sidecar would be ``sidecar`` (see :func:`sidecar_path`); ``row``:
    where in a document system's metadata export the file has a row, and its fields (:mod:`graph.dms_metadata`),
    which count as the sidecar's where the sidecar gives nothing. None for a sidecar or a metadata export."""
    if is_sidecar(path.name) or is_export_metadata(path.name):
        return None
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(unsupported_warning(path, suffix))  # with what to do (walkthrough 34, finding 5)
    if suffix == ".rtf":  # mostly pictures when it is this large: not read into memory at all
        from .rtftext import MAX_RTF_MB

        found_stat = stat_or_none(path)
        if found_stat is not None and found_stat.st_size > MAX_RTF_MB * 1_000_000:
            raise InputError(coded("rtf_too_big", path=path, size=round(found_stat.st_size / 1_000_000), limit=MAX_RTF_MB))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(coded("unreadable", path=path, reason=error.strerror or error)) from None
    warnings: list[str] = []
    markup = None  # the HTML or Markdown source, for its title
    found = _Found()  # what a PDF's or Word document's metadata gives
    if not raw and suffix in (".pdf", ".docx", ".odt", ".rtf"):  # 0 bytes: no text disguised as a PDF (walkthrough 34, finding 4)
        raise InputError(coded("empty_file", path=path))
    disguised = disguised_warning(path, raw, suffix)  # an HTML page saved as .pdf (walkthrough 21, finding 11)
    if disguised is not None:
        raise InputError(disguised)
    if suffix == ".pdf":
        text, found = _pdf_text(path, raw)
    elif suffix in (".docx", ".odt", ".rtf"):  # Word, an OpenDocument text as LibreOffice saves it (57d), RTF (58d)
        text, found = _docx_text(path, raw)
        if found.tracked:  # read as accepted: say so, the author may not have meant them yet
            warnings.append(coded("tracked_changes_odt" if suffix == ".odt" else "tracked_changes", path=path))
    elif suffix == ".eml":  # an e-mail: its head, body and readable attachments (walkthrough 34, finding 3)
        text, found = _mail_text(path, raw, warnings)
    else:
        encoding = bom_encoding(raw)  # Notepad's "Unicode" is UTF-16 with a byte order mark: every other byte 0
        if encoding is None and b"\x00" in raw[:8192]:
            raise InputError(coded("binary", path=path))
        text = _decode(raw, path, warnings, encoding)
        if suffix in (".html", ".htm"):
            markup, text = text, _with_page_title(html_visible_text(text), text)
            if has_tracked_changes(markup):  # read as accepted, as a Word document's (round 58r)
                warnings.append(coded("tracked_changes", path=path))
        elif suffix == ".md":
            # a hard-wrapped Markdown file's paragraphs joined as a plain text's are (a line break inside a
            # paragraph is a space in Markdown too; lists, headings, tables and fields keep theirs; 54e)
            markup, text = text, joined_mid_phrase(unwrap_plain(markdown_text(text)))
        else:
            # a table of bars or padded columns as Markdown (49e), then a hard-wrapped e-mail or memo's paragraphs (45a, 45b)
            # and a line that ends mid-phrase ("voorzitter van de" / "Historische Vereniging X") in a text only partly
            # hard-wrapped (55d)
            # a subtitle file's cues as running text, a turn per speaker (round 58r)
            text = subtitle_text(text) or joined_mid_phrase(unwrap_plain(markdown_tables(text.replace("\r\n", "\n"))))
    text = repaired_ocr(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))  # a scan's "rn" for "m"
    if not text.strip():  # a PDF without a text layer is a scan (walkthrough 34, finding 9)
        raise InputError(coded("no_text_layer" if suffix == ".pdf" else "empty", path=path))
    doc_id = path.name[: -len(path.suffix)] if path.suffix else path.name
    meta = _read_meta(sidecar, warnings)
    author = case = None
    if row is not None:  # the export's row: a .meta.json beside the file, written for it alone, wins per field
        place, fields = row
        given = {key: value for key, value in meta.items() if value is not None}
        dated = "date" in given or "period" in given  # the sidecar's date or period, not the row's date
        row_meta = {"title": real_title(fields.get("title"), doc_id),  # no file name or "Untitled" as a title
                    "date": None if dated or not fields.get("date") else _day_of(fields["date"])}
        meta = {**_checked_dates({key: value for key, value in row_meta.items() if value}, place, warnings), **given}
        author, case = (_capped(" ".join(_printable(str(fields.get(key) or "")).split()), key, path, place, warnings)
                         or None for key in ("author", "case"))
        author = author and mask_contacts(author)  # "A. de Wit <a.dewit@…>": the name, no address
    title = meta.get("title") or _title(suffix, markup, text, found, doc_id)
    title = title and mask_contacts(_printable(_capped(str(title), "title", path, None, warnings)))  # "From: X <x@…>":
    # an address is shown nowhere, as in a quote; a control character (ESC, BEL) nowhere either (walkthrough 37, 7)
    period = meta.get("period") or {}
    date, inferred = meta.get("date"), bool(meta.get("date_inferred", False))
    if not date and not period:
        # the document's own date (an e-mail's Date header); from the file name or file time it is inferred
        printed = (found.date if suffix == ".eml" else None) or printed_date(text)
        date, start, end = date_or_period(printed or name_date(doc_id) or found.date)
        period = {"start": start, "end": end} if start else {}
        inferred = inferred or bool((date or start) and not printed)
        # "Jaarverslag 2025", dated March 2026 (or "maart 2026", a month): it speaks of 2025
        year = reported_year(title, doc_id, date or start)
        if year:
            period = {"start": f"{year}-01-01", "end": f"{year}-12-31"}
        sitting = None if printed else sitting_year(text)  # a Kamerstuk's "Vergaderjaar 2024–2025" (round 59e)
        if sitting:
            date, period, inferred = None, {"start": sitting[0], "end": sitting[1]}, False
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        checksum="sha256:" + hashlib.sha256(raw).hexdigest(),
        title=title,
        date=date,
        period_start=period.get("start"),
        period_end=period.get("end"),
        date_inferred=inferred,
        source=meta.get("source"),
        language=meta.get("language") or "nl",
        warnings=tuple(warnings),
        foreign_language=foreign_language(text),
        author=author,
        case=case,
    )


@dataclass(frozen=True)
class _Found:
    """What a file's metadata and markup give besides its text: a title, the first heading, a date."""

    title: str | None = None
    heading: str | None = None
    date: str | None = None
    tracked: bool = False  # a Word or OpenDocument text with tracked changes (read as accepted)


def _title(suffix: str, markup: str | None, text: str, found: _Found, stem: str) -> str | None:
    r"""The title a document shows (see :mod:`graph.docdate`): its metadata's title when that is a
    real one (the HTML ``<title>``, a PDF's Title, a Word document's core title), else a letter's
    "Onderwerp:"/"Betreft" line, else its first heading (the HTML ``<h1>``, the Markdown ``# heading``, a Word
    heading), else its first line when that is short. A heading that is an addressee line or a
    masthead ("# STAATSCOURANT") is no title: the text's own title rule passes over it.

    >>> _title(".md", "# Verslag *stuurgroep*\n22 juni 2021", "Verslag stuurgroep\n22 juni 2021", _Found(), "v")
    'Verslag stuurgroep'
    >>> _title(".pdf", None, "Den Haag, 2 mei 2024\nAan de G40\nOnderwerp: Regio Deals", _Found("untitled"), "brief")
    'Regio Deals'
    >>> _title(".md", "# Agenda\n\nBestuurlijk overleg Pijler Fysiek", "Agenda\n\nBestuurlijk overleg Pijler Fysiek", _Found(), "a")
    'Agenda – Bestuurlijk overleg Pijler Fysiek'
    >>> _title(".md", "# STAATSCOURANT\n\nNr. 12\n\nRegeling Wijken 2023\n\nArtikel 1", "STAATSCOURANT\nNr. 12\nRegeling Wijken 2023\nArtikel 1",
    ...        _Found(), "s")
    'Regeling Wijken 2023'
    """
    heading = found.heading
    metadata = found.title
    if markup is not None and suffix == ".md":
        heading = markdown_title(markup)
        heading = heading and markdown_text(heading).strip()
    elif markup is not None:
        metadata, heading = html_titles(markup)
    if heading and is_genre_line(heading):  # "# Agenda", <h1>Agenda</h1>: as a text's first line
        titled = text_title(text)
        heading = titled if titled and titled.lower().startswith(heading.strip().rstrip(":").lower()) else heading
    if heading and is_address_or_masthead(heading):  # "# STAATSCOURANT", <h1>Aan de Voorzitter …</h1>
        heading = None
    return real_title(metadata, stem) or subject_title(text) or heading or text_title(text)


def _with_page_title(visible: str, markup: str) -> str:
    r"""The visible text of an HTML page with its ``<title>`` as the first line, when the page does
    not open with it: the title is where a page names what it is about ("Deelnemende gemeenten –
    Programma Wijkaanpak"), while its ``<h1>`` may only say "Deelnemers".

    >>> _with_page_title("Deelnemers\n\nEde", "<title>Programma Wijkaanpak</title><h1>Deelnemers</h1>")
    'Programma Wijkaanpak\n\nDeelnemers\n\nEde'
    >>> _with_page_title("Programma Wijkaanpak\n\nEde", "<title>Programma Wijkaanpak</title>")
    'Programma Wijkaanpak\n\nEde'
    """
    title, _heading = html_titles(markup)
    title = " ".join((title or "").split())
    if not title or " ".join(visible[:len(title) + 200].split()).lower().find(title.lower()) >= 0:
        return visible
    return f"{title}\n\n{visible}"


#: byte order marks and their encodings, the longer first (UTF-32 LE's mark begins with UTF-16 LE's)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(raw: bytes) -> str | None:
    """The encoding the byte order mark at the start of ``raw`` names, or None (no mark).

    >>> bom_encoding("Eén".encode("utf-16")), bom_encoding(b"\\xef\\xbb\\xbfEen"), bom_encoding(b"Een")
    ('utf-16', 'utf-8-sig', None)
    """
    return next((encoding for bom, encoding in _BOMS if raw.startswith(bom)), None)


def _decode(raw: bytes, path: Path, warnings: list[str], encoding: str | None = None) -> str:
    r"""The text of ``raw``: in the ``encoding`` of its byte order mark (:func:`bom_encoding`; a broken
    byte becomes "�"), else UTF-8, else cp1252 (with a warning in ``warnings``).

    >>> _decode(codecs.BOM_UTF16_BE + "Zoë\n".encode("utf-16-be"), Path("a.txt"), [], "utf-16")
    'Zoë\n'
    >>> _decode(codecs.BOM_UTF16_LE + "Zoë".encode("utf-16-le")[:-1], Path("a.txt"), [], "utf-16")
    'Zo�'
    """
    if encoding is not None:
        return raw.decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append(coded("cp1252", path=path))
        return raw.decode("cp1252", errors="replace")


def _pdf_text(path: Path, raw: bytes) -> tuple[str, _Found]:
    """The text of a PDF (:mod:`graph.pdftext`) and the Title its metadata gives."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # what pypdf raises on a broken or hostile file: its own errors (a stream that inflates past its
    # limit is LimitReachedError, no PdfReadError: walkthrough 32, finding 1, where one such PDF
    # stopped the whole build with a traceback) and the plain ones its parser lets through on
    # damaged objects (an AttributeError, an IndexError, a loop of references …)
    failures = (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError, RecursionError,
                AssertionError, ZeroDivisionError)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # our one-line warning says it; pypdf's would repeat it
    try:
        reader = PdfReader(BytesIO(raw))
        text = document_text(laid_out_text(reader.pages))
    except failures as error:
        log.info("%s: de PDF-lezer zegt: %s", path, error)  # the library's own words, under -v only
        raise InputError(coded("bad_pdf", path=path)) from None
    try:
        title = reader.metadata and reader.metadata.title
    except failures:
        title = None  # a broken Info dictionary: the text is there all the same
    return text, _Found(title=str(title) if title else None)


def _docx_text(path: Path, raw: bytes) -> tuple[str, _Found]:
    """The text of a Word document (:mod:`graph.docxtext`) or, for ``path`` ending ``.odt``, an OpenDocument text
    (:mod:`graph.odttext`), for one ending ``.rtf`` an RTF file (:mod:`graph.rtftext`), its first heading, and its core
    properties' (``meta.xml``'s, ``{\\info}``'s) title and date."""
    from .docxtext import DocxError, DocxTooBig, docx_text
    from .odttext import odt_text
    from .rtftext import rtf_text

    kind = {".odt": "odt", ".rtf": "rtf"}.get(path.suffix.lower(), "docx")
    try:
        read = {"odt": odt_text, "rtf": rtf_text}.get(kind, docx_text)(raw)
    except DocxTooBig as error:
        raise InputError(coded(f"{kind}_too_big", path=path, size=round(error.unpacked), limit=error.limit)) from None
    except DocxError as error:  # an OdtError is one
        raise InputError(coded(f"bad_{kind}", path=path, reason=error)) from None
    return read.text, _Found(title=read.title, heading=read.heading, date=read.date, tracked=read.tracked)


def _mail_text(path: Path, raw: bytes, warnings: list[str]) -> tuple[str, _Found]:
    """The text of an e-mail (:mod:`graph.mailtext`) with its readable attachments, its subject and its Date
    header's day; a warning in ``warnings`` for each attachment not read."""
    from .mailtext import MailError, mail_text

    def attachment(name: str, data: bytes) -> str:
        suffix = Path(name).suffix.lower()
        try:
            if suffix == ".pdf":
                return _pdf_text(path, data)[0]
            if suffix in (".docx", ".odt", ".rtf"):
                return _docx_text(Path(name), data)[0]
        except InputError:
            raise ValueError(msg("attachment_unreadable")) from None
        text = _decode(data, path, [], bom_encoding(data))
        return html_visible_text(text) if suffix in (".html", ".htm") else \
            markdown_text(text) if suffix == ".md" else text

    try:
        mail = mail_text(raw, attachment)
    except MailError:
        raise InputError(coded("bad_mail", path=path)) from None
    warnings.extend(coded("mail_attachment", path=path, name=name, reason=reason) for name, reason in mail.skipped)
    return mail.text, _Found(title=mail.subject, date=mail.date)


def _read_meta(sidecar: Path | None, warnings: list[str]) -> dict:
    if sidecar is None or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise TypeError("not a JSON object")
    except (OSError, ValueError, TypeError) as error:
        warnings.append(coded("bad_meta", path=sidecar, reason=error))
        return {}
    for key in meta:
        if key not in META_FIELDS:
            close = difflib.get_close_matches(key.lower(), META_FIELDS, n=1, cutoff=0.65)
            warnings.append(coded("unknown_meta_field", path=sidecar, key=key, fields=", ".join(META_FIELDS),
                                hint=msg("did_you_mean", options=repr(close[0])) if close else ""))
    return _checked_dates(meta, sidecar, warnings)


def _day_of(value: str) -> str:
    """A DMS export's date without its time of day: "05-05-2025 14:32", "2025-05-05T00:00:00" → the day.

    >>> _day_of("05-05-2025 14:32"), _day_of("2025-05-05T00:00:00"), _day_of("3 mei 2025")
    ('05-05-2025', '2025-05-05', '3 mei 2025')
    """
    return re.sub(r"(?<=\d)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$", "", value.strip())


def _checked_dates(meta: dict, source, warnings: list[str]) -> dict:
    """``meta`` (a sidecar's fields, or a metadata export's row's at ``source``) with a day as people write it
    made ISO, and a date or period that is none taken out with a warning in ``warnings``."""
    for key in ("date",):
        day = human_date(meta[key]) if isinstance(meta.get(key), str) and not _is_iso_date(meta[key]) else None
        if day is not None and len(day) == 10:  # "3-12-2026", "3 december 2026": a day as people write it
            meta[key] = day
        if meta.get(key) is not None and not _is_iso_date(meta[key]):
            warnings.append(coded("bad_meta_date", path=source, key=key, value=meta[key]))
            meta[key] = None
    period = meta.get("period")
    if period is not None and not (
        isinstance(period, dict) and all(_is_iso_date(period.get(k, "")) for k in ("start", "end"))
    ):
        warnings.append(coded("bad_meta_period", path=source))
        meta["period"] = None
    elif period is not None and _starts_after_end(str(period["start"]), str(period["end"])):
        warnings.append(coded("bad_meta_period_order", path=source, start=period["start"], end=period["end"]))
        meta["period"] = None
    return meta


def _starts_after_end(start: str, end: str) -> bool:
    """ISO dates of any precision: the first day of ``start`` comes after the last day of ``end``.

    >>> _starts_after_end("2022-01-01", "2021-12-31"), _starts_after_end("2021-06", "2021")
    (True, False)
    """
    common = min(len(start), len(end))  # "2021" holds all of 2021: compare only what both give
    return start[:common] > end[:common]
