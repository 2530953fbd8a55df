"""What a file really is, read from its first bytes rather than its name: a PDF saved from a browser is often an
HTML page named ``.pdf`` (walkthrough 21, finding 11). The build then says what the file is and which name would
have it read, instead of a PDF library's English error.

Examples
--------
>>> content_kind(b"<!DOCTYPE html><html><body>Nieuws</body></html>"), content_kind(b"%PDF-1.7 ...")
('html', 'pdf')
>>> disguised_as(b"<html lang='nl'>Nieuws</html>", ".pdf")
'html'
>>> disguised_as(b"%PDF-1.4 kapot", ".pdf") is None
True
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from .docxtext import ZIP_ERRORS
from .messages import CATALOGUE, msg

__all__ = ["content_kind", "disguised_as", "disguised_warning", "unsupported_warning", "KIND_SUFFIX"]

#: the suffix that has each kind read
KIND_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "rtf": ".rtf", "html": ".html", "text": ".txt"}
#: the kind a suffix promises (its name: "kind_pdf", "kind_docx")
_SUFFIX_KIND = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".rtf": "rtf"}

# the warning itself ("disguised_file") is in graph.messages, beside "bad_pdf", where graph.warning_codes reads it
CATALOGUE.update(
    {
        "kind_pdf": {"nl": "PDF", "en": "PDF"},
        "kind_docx": {"nl": "Word-document", "en": "Word document"},
        "kind_odt": {"nl": "OpenDocument-tekst", "en": "OpenDocument text"},
        "kind_rtf": {"nl": "RTF-bestand", "en": "RTF file"},
        "kind_doc": {"nl": "Word-document (.doc)", "en": "Word document (.doc)"},
        "a_kind_pdf": {"nl": "een PDF", "en": "a PDF"},
        "a_kind_docx": {"nl": "een Word-document", "en": "a Word document"},
        "a_kind_odt": {"nl": "een OpenDocument-tekst (LibreOffice)", "en": "an OpenDocument text (LibreOffice)"},
        "a_kind_rtf": {"nl": "een RTF-bestand (Rich Text Format)", "en": "an RTF file (Rich Text Format)"},
        "a_kind_html": {"nl": "een HTML-pagina (een webpagina)", "en": "an HTML page (a web page)"},
        "a_kind_text": {"nl": "platte tekst", "en": "plain text"},
    }
)

#: what to do with a file type a document management system exports and g40kg does not read (walkthrough 34,
#: finding 5): the suffixes of each advice (its message "advice_<name>")
_ADVICE = {
    "word": (".doc", ".wpd", ".wps", ".pages", ".dot", ".dotx", ".docm"),
    "outlook": (".msg", ".oft"),
    "archive": (".zip", ".7z", ".rar", ".tar", ".gz", ".tgz"),
    "sheet": (".xlsx", ".xls", ".xlsm", ".ods", ".csv"),
    "slides": (".pptx", ".ppt", ".odp", ".key"),
    "image": (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".heic"),
}
_ADVICE_OF = {suffix: name for name, suffixes in _ADVICE.items() for suffix in suffixes}
#: a document management system's metadata export beside the documents ("metadata.xlsx", "export.json"; a
#: ".csv" or ".xml" one is read: graph.dms_metadata)
_METADATA_NAME = re.compile(r"(?i)^(?:.*[\s_-])?(?:metadata|meta|export|index|manifest)(?:[\s_-].*)?\.(?:csv|xml|json|xlsx)$")

CATALOGUE.update(
    {
        "unsupported_advice": {"nl": "{path}: overgeslagen, bestandstype {suffix} wordt niet ondersteund; {advice}",
                               "en": "{path}: skipped, unsupported file type {suffix}; {advice}"},
        "advice_word": {"nl": "sla het op als .docx of PDF (Word of LibreOffice: Opslaan als) om het te laten lezen",
                        "en": "save it as .docx or PDF (Word or LibreOffice: Save As) to have it read"},
        # the steps of each Outlook (round 59m): the classic one saves no .eml, only text, HTML or .msg
        "advice_outlook": {"nl": "een Outlook-bericht: sla het op als .eml of als tekst om het te laten lezen (klassieke "
                                 "Outlook voor Windows: open het bericht, Bestand > Opslaan als, bij Opslaan als type "
                                 "'Alleen tekst (*.txt)'; nieuwe Outlook: … bij het bericht > Opslaan als, een .eml; "
                                 "Outlook op het web: … > Downloaden, een .eml; Outlook voor Mac: sleep het bericht "
                                 "naar een map in de Finder, een .eml)",
                           "en": "an Outlook message: save it as .eml or as text to have it read (classic Outlook for "
                                 "Windows: open the message, File > Save As, Save as type 'Text Only (*.txt)'; new "
                                 "Outlook: … on the message > Save as, an .eml; Outlook on the web: … > Download, an "
                                 ".eml; Outlook for Mac: drag the message to a folder in the Finder, an .eml)"},
        "advice_archive": {"nl": "pak het uit in de map om de documenten erin te laten lezen",
                           "en": "unpack it into the folder to have the documents in it read"},
        "advice_sheet": {"nl": "een spreadsheet: g40kg leest lopende tekst, geen tabellen; sla het op als PDF als de "
                               "tekst ertoe doet",
                         "en": "a spreadsheet: g40kg reads running text, not tables; save it as PDF if its text matters"},
        "advice_slides": {"nl": "een presentatie: sla haar op als PDF om haar te laten lezen",
                          "en": "a presentation: save it as PDF to have it read"},
        "advice_image": {"nl": "een afbeelding: maak er met tekstherkenning (OCR) een doorzoekbare PDF van om haar te "
                               "laten lezen",
                         "en": "an image: make it a searchable PDF with text recognition (OCR) to have it read"},
        "advice_metadata": {"nl": "metadata van het documentsysteem? g40kg leest titel en datum per document uit "
                                  "een metadata.csv of metadata.xml (sla het zo op) of uit <naam>.meta.json "
                                  "(docs/aan-de-slag.md)",
                            "en": "the document system's metadata? g40kg reads a document's title and date from "
                                  "a metadata.csv or metadata.xml (save it as one) or from <name>.meta.json "
                                  "(docs/aan-de-slag.md)"},
    }
)


def unsupported_warning(path, suffix: str):
    """The skip warning (code ``unsupported``) of a file of a type g40kg does not read, with what to do when the
    type is one a document management system exports (walkthrough 34, finding 5).

    >>> print(unsupported_warning("zaak/notitie.wpd", ".wpd"))
    zaak/notitie.wpd: overgeslagen, bestandstype .wpd wordt niet ondersteund; sla het op als .docx of PDF (Word of LibreOffice: Opslaan als) om het te laten lezen
    >>> print(unsupported_warning("export/metadata.xlsx", ".xlsx").split("; ", 1)[1])
    metadata van het documentsysteem? g40kg leest titel en datum per document uit een metadata.csv of metadata.xml (sla het zo op) of uit <naam>.meta.json (docs/aan-de-slag.md)
    >>> print(unsupported_warning("export/Exportlog.log", ".log"))
    export/Exportlog.log: overgeslagen, bestandstype .log wordt niet ondersteund
    """
    from pathlib import PurePath

    from .build_warnings import coded

    if suffix.lower() == ".doc" and _starts_as_rtf(path):  # Word's "Opslaan als RTF" kept the name .doc
        return coded("disguised_file", path=path, claimed=msg("kind_doc"), real=msg("a_kind_rtf"), suffix=".rtf")
    advice = "metadata" if _METADATA_NAME.match(PurePath(str(path)).name) else _ADVICE_OF.get(suffix.lower())
    if advice is None:
        return coded("unsupported", path=path, suffix=suffix or "(-)")
    return coded("unsupported_advice", path=path, suffix=suffix, advice=msg(f"advice_{advice}"))


def _starts_as_rtf(path) -> bool:
    """Whether the file ``path`` begins as an RTF file does (``{\\rtf``); False when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")
    except OSError:
        return False


_HTML = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def content_kind(raw: bytes) -> str | None:
    """``"pdf"``, ``"docx"``, ``"odt"``, ``"rtf"``, ``"html"`` or ``"text"`` as the first bytes of ``raw`` show it, None when
    they show none of these (a broken or binary file).

    A PDF has ``%PDF-`` in its first kilobyte, a Word document is a zip with ``word/document.xml``, an OpenDocument
    text one with ``content.xml`` and the ``mimetype`` of a text, an RTF file starts ``{\\rtf``, an HTML
    page has ``<html`` or ``<!DOCTYPE html`` near its start, text is UTF-8 without NUL bytes.

    >>> content_kind(b"Verslag van de pijler"), content_kind(b"\\x89PNG\\x00\\x00") is None
    ('text', True)
    """
    head = raw[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(raw)) as package:
                names = set(package.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and "content.xml" in names:  # an OpenDocument text (round 57d)
                    kind = package.open("mimetype").read(100)  # a few bytes: no member is unpacked whole here
                    return "odt" if kind.strip() == b"application/vnd.oasis.opendocument.text" else None
                return None
        except ZIP_ERRORS:  # damaged: the reader of its suffix says so
            return None
    if _HTML.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]):
        return "html"
    if b"\x00" not in raw[:8192]:
        try:
            raw[:8192].decode("utf-8")
            return "text"
        except UnicodeDecodeError as error:
            return "text" if error.start > 8188 else None  # a character cut at the end of the sample
    return None


def disguised_as(raw: bytes, suffix: str) -> str | None:
    """The kind (:func:`content_kind`) of a ``.pdf`` or ``.docx`` file that is really something else, or None
    when it is what its suffix says, or nothing we know.

    >>> disguised_as(b"Gewoon tekst", ".docx"), disguised_as(b"Gewoon tekst", ".txt")
    ('text', None)
    """
    claimed = _SUFFIX_KIND.get(suffix.lower())
    kind = content_kind(raw) if claimed else None
    return kind if kind is not None and kind != claimed else None


def disguised_warning(path, raw: bytes, suffix: str):
    """The skip warning (a :class:`graph.build_warnings.BuildWarning`, code ``wrong_suffix``) of a ``.pdf``,
    ``.docx`` or ``.odt`` file that is really something else (:func:`disguised_as`), or None.

    >>> print(disguised_warning("nieuws.pdf", b"<html><body>Nieuws</body></html>", ".pdf"))
    nieuws.pdf: overgeslagen, dit is geen PDF maar een HTML-pagina (een webpagina); hernoem het naar .html om het te laten lezen
    """
    from .build_warnings import coded

    kind = disguised_as(raw, suffix)
    if kind is None:
        return None
    return coded("disguised_file", path=path, claimed=msg(f"kind_{_SUFFIX_KIND[suffix.lower()]}"),
                 real=msg(f"a_kind_{kind}"), suffix=KIND_SUFFIX[kind])
