r"""A document system's metadata export (``metadata.csv`` / ``metadata.xml`` beside the files) as a sidecar.

A DMS export (Corsa, JOIN, Decos …) carries one file with a row per document: its file name or path, title,
document date, author and case number. Such a file (a ``.csv`` or ``.xml`` named as an export's metadata:
``metadata.csv``, ``export.xml``, ``Metadata export 2026-11.csv``, an index as XML: ``overzicht.xml``,
``inhoud.xml``; :func:`is_export_metadata`) is read as the
sidecar of each file it names: its title and document date count as a ``<naam>.meta.json``'s ``title`` and
``date`` would, and a ``.meta.json`` beside the file wins over the row (it was written for that one
document). Its author and case number are the document's (``dcterms:creator`` and ``g40:caseNumber`` in the graph,
shown on the document's page: who wrote it, in which case; round 58d).

Columns are found by their names as Dutch DMS exports write them, case- and accent-insensitive
(:data:`COLUMNS`): a registration date ("Registratiedatum", "Datum ontvangst") is not the document's date
and is not read. A row's path is matched to the files of the build by its last parts
(``2026/Z-2026-00042 Jaarverslag/D00004 notitie.txt``, or just the file name, or a Windows path of the
server the export was made on), case-insensitive, but as spelt where two files differ only in capitals
(``Notitie.pdf`` and ``notitie.pdf``, round 59m); a row that names no file of the folder, or more than one,
and a file named by two rows that differ are each a warning. An XML export is any element whose child
elements (or attributes) are such columns: ``<document><bestand>…</bestand><titel>…</titel></document>``.

>>> columns(["Bestandspad", "Titel", "Registratiedatum", "Documentdatum", "Opsteller", "Zaaknummer"])
{'file': 0, 'title': 1, 'date': 3, 'author': 4, 'case': 5}
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zlib
from pathlib import PurePath, PureWindowsPath

from .build_warnings import coded
from .messages import CATALOGUE

__all__ = ["COLUMNS", "DmsRows", "columns", "dms_rows", "is_export_metadata", "row_key"]

#: the column names of each field, in order of preference, as :func:`_plain` writes them
COLUMNS = {
    "file": ("bestandspad", "pad", "padnaam", "documentpad", "bestandslocatie", "bestandsnaam", "bestand",
             "filepath", "path", "filename", "file"),
    "title": ("titel", "documenttitel", "onderwerp", "title", "subject"),
    "date": ("documentdatum", "datumdocument", "datum", "documentdate", "date"),
    "author": ("auteur", "opsteller", "author", "creator"),
    "case": ("zaaknummer", "zaakid", "zaakidentificatie", "zaak", "dossiernummer", "casenumber"),
}
#: the fields a row gives a document (as a ``.meta.json``'s)
USED = ("title", "date", "author", "case")

#: a metadata export's name (the advice for one g40kg cannot read, .json or .xlsx, is graph.file_kinds')
_NAME = re.compile(r"(?i)^(?:.*[\s_-])?(?:(?:metadata|meta|export|index|manifest)(?:[\s_-].*)?\.(?:csv|xml)"
                   r"|(?:inhoud|inhoudsopgave|(?:zaak|export|dossier)?overzicht)(?:[\s_-].*)?\.xml)$")

CATALOGUE.update(
    {
        "dms_no_file_column": {
            "nl": "{path}: metadata van het documentsysteem niet gelezen, geen kolom met de bestandsnaam of het pad "
                  "(bijvoorbeeld 'Bestandsnaam', 'Pad'); gevonden: {found}",
            "en": "{path}: the document system's metadata not read, no column with the file name or path "
                  "(for example 'Bestandsnaam', 'Pad'); found: {found}"},
        "bad_dms_metadata": {"nl": "{path}: metadata van het documentsysteem niet gelezen ({reason})",
                             "en": "{path}: the document system's metadata not read ({reason})"},
        "dms_row_no_file": {"nl": "{path}:{line}: de metadata noemt {name}, maar dat bestand staat niet in de map",
                            "en": "{path}:{line}: the metadata names {name}, but that file is not in the folder"},
        "dms_row_many_files": {"nl": "{path}:{line}: de metadata noemt {name}, en dat zijn {count} bestanden; geef het "
                                     "pad om er één te noemen",
                               "en": "{path}:{line}: the metadata names {name}, which is {count} files; give the "
                                     "path to name one"},
        "dms_two_rows": {"nl": "{path}: twee regels in de metadata die verschillen ({first} en {second}); de eerste "
                               "geldt",
                         "en": "{path}: two rows in the metadata that differ ({first} and {second}); the first "
                               "counts"},
    }
)


def is_export_metadata(path) -> bool:
    """Whether the file ``path`` is named as a document system's metadata export g40kg reads.

    >>> [is_export_metadata(name) for name in ("metadata.csv", "2026/Metadata export.XML", "adressen.csv",
    ...                                          "metadata.xlsx", "overzicht.xml", "Overzicht wethouders.csv")]
    [True, True, False, False, True, False]
    """
    return bool(_NAME.match(PurePath(str(path)).name))


def _plain(name: str) -> str:
    """A column name without case, accents, spaces and marks: "Datum ontvangst" → "datumontvangst"."""
    decomposed = unicodedata.normalize("NFKD", str(name).lstrip("\ufeff"))
    return re.sub(r"[\W_]+", "", "".join(c for c in decomposed if not unicodedata.combining(c))).lower()


def columns(names) -> dict[str, int]:
    """The position of each field's column in ``names`` (see :data:`COLUMNS`); a field without one is absent."""
    plain = [_plain(name) for name in names]
    found = {}
    for field, candidates in COLUMNS.items():
        for candidate in candidates:
            if candidate in plain:
                found[field] = plain.index(candidate)
                break
    return found


class DmsRows:
    """What the metadata exports of a build give: ``rows`` (a document file's path → its row's fields,
    ``{"title": …, "date": …}``), the ``warnings`` they gave, and ``metadata`` (the exports' paths)."""

    def __init__(self):
        self.rows: dict[str, dict] = {}
        self.where: dict[str, str] = {}  # a document file → the "export:line" of its row
        self.warnings: list = []
        self.metadata: set[str] = set()


def dms_rows(listing) -> DmsRows:
    """Read the metadata exports among the files of ``listing`` ((path, stat) as :func:`graph.ingest.list_files`
    gives them) and match their rows to the other files (see the module)."""
    found = DmsRows()
    exports = [path for path, _stat in listing if is_export_metadata(path)]
    if not exports:
        return found
    found.metadata.update(exports)
    index: dict[tuple, list[str]] = {}
    for path, _stat in listing:
        if path in found.metadata:
            continue
        parts = tuple(part.lower() for part in PurePath(path).parts)
        for first in range(len(parts)):
            index.setdefault(parts[first:], []).append(path)
    for export in exports:
        try:
            rows = _read_rows(export)
        except ValueError as error:
            found.warnings.append(coded("bad_dms_metadata", path=export, reason=error))
            continue
        if isinstance(rows, str):
            found.warnings.append(coded("dms_no_file_column", path=export, found=rows or "-"))
            continue
        folder = PurePath(export).parent
        for line, name, fields in rows:
            files = _files_named(name, index, folder)
            place = f"{export}:{line}"
            if len(files) != 1:
                found.warnings.append(coded("dms_row_no_file", path=export, line=line, name=name) if not files else
                                      coded("dms_row_many_files", path=export, line=line, name=name, count=len(files)))
                continue
            file = files[0]
            before = found.rows.get(file)
            if before is None:
                found.rows[file], found.where[file] = fields, place
            elif any(before.get(key) not in (None, value) for key, value in fields.items()):
                found.warnings.append(coded("dms_two_rows", path=file, first=found.where[file], second=place))
            else:  # the same row again (a year's export and the whole one): what it adds counts
                found.rows[file] = {**fields, **before}
    return found


def _files_named(name: str, index: dict, folder: PurePath) -> list[str]:
    """The files whose path ends with the row's ``name`` (as many of its last parts as match any file,
    from all of them down to the file name), those under ``folder`` first when there are more."""
    windows = "\\" in name
    spelt = tuple(part for part in (PureWindowsPath(name) if windows else PurePath(name)).parts
                  if part not in ("/", ".", "\\") and not part.endswith(("\\", ":", ":\\")))
    parts = tuple(part.lower() for part in spelt)
    for first in range(len(parts)):
        files = index.get(parts[first:])
        if files:
            if len(files) > 1:
                inside = [file for file in files if PurePath(file).is_relative_to(folder)]
                files = inside or files
            if len(files) > 1:  # "Notitie.pdf" and "notitie.pdf" in one folder (a case-sensitive export): as spelt
                exact = [file for file in files if PurePath(file).parts[first - len(parts):] == spelt[first:]]
                files = exact or files
            return files
    return []


def _read_rows(path: str):
    """The rows of the export at ``path`` as (line or row number, file name, fields): a ``.csv`` by its header
    row (``;``, ``,`` or tab separated; UTF-8 with or without a mark, else Windows-1252), an ``.xml`` by its
    elements. The names of the columns found, joined, when none names the file; ``ValueError`` when it
    cannot be read."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(50_000_001)
    except OSError as error:
        raise ValueError(error.strerror or str(error)) from None
    if len(raw) > 50_000_000:
        raise ValueError("more than 50 MB")
    if path.lower().endswith(".xml"):
        return _xml_rows(raw)
    return _csv_rows(raw)


def _csv_rows(raw: bytes):
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("no text")
    from .ingest import bom_encoding

    encoding = bom_encoding(raw)
    try:
        text = raw.decode(encoding or "utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.lstrip("\ufeff")
    head = text.split("\n", 1)[0]
    delimiter = max(";,\t|", key=head.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    at = columns(header)
    if "file" not in at:
        return ", ".join(repr(name.strip()) for name in header if name.strip())
    rows, read = [], reader.line_num  # read: the last line of the rows read
    try:
        for cells in reader:
            read = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            values = {field: cells[index].strip() if index < len(cells) else "" for field, index in at.items()}
            if values["file"]:
                rows.append((reader.line_num, values.pop("file"), {k: v for k, v in values.items() if v}))
    except csv.Error as error:  # a cell over csv's 131,072 characters: a quote not closed (walkthrough 37, finding 6)
        raise ValueError(f"line {read + 1}: {error}; a quote not closed?") from None
    return rows


def _xml_rows(raw: bytes):
    from .odttext import safe_xml

    root = safe_xml(raw)
    rows, names = [], {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        cells = {_local(child.tag): (child.text or "").strip() for child in element
                 if isinstance(child.tag, str) and not len(child)}
        cells.update({_local(key): value.strip() for key, value in element.attrib.items()})
        names.update(dict.fromkeys(cells))
        at = columns(list(cells))
        if "file" not in at:
            continue
        values = list(cells.values())
        fields = {field: values[index] for field, index in at.items() if values[index]}
        if fields.get("file"):
            rows.append((element.sourceline or len(rows) + 1, fields.pop("file"), fields))
    if not rows and not any("file" in columns([name]) for name in names):
        return ", ".join(repr(name) for name in names)
    return rows


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def row_key(fields: dict | None) -> int:
    """A number that changes when a row's fields a document uses change (for the corpus cache's signature).

    >>> row_key({"title": "Nota"}) != row_key({"title": "Nota", "author": "A. de Wit"})
    True
    """
    if not fields:
        return 0
    return zlib.crc32(repr(sorted((k, v) for k, v in fields.items() if k in USED)).encode()) + 1
