"""An e-mail saved as ``.eml`` (RFC 5322, as Outlook's "Opslaan als", Thunderbird and a document management
system's export write it) → its text, subject and date, read with Python's own :mod:`email` package.

The text is the message as a mail program prints it: a head of "Van:", "Aan:", "Cc:", "Datum:" and "Onderwerp:"
lines (names and addresses decoded, ``=?utf-8?q?Yıldız?=`` read as "Yıldız"), a blank line, the plain-text body
(else the visible text of its HTML body), and each attachment g40kg reads (``.txt``, ``.md``, ``.html``, ``.pdf``,
``.docx``, ``.odt``, ``.rtf``) after a line "Bijlage: <name>" (walkthrough 34, finding 3: a DMS export's e-mails were skipped
whole). The Date header is the document's date (the mail's own, not inferred); the subject its title. An
attachment of another kind, or one that cannot be read, is named in the result's ``skipped``.

Examples
--------
>>> raw = (b"From: =?utf-8?q?Mehmet_Y=C4=B1ld=C4=B1z?= <m.yildiz@zwolle.example>\\r\\n"
...        b"To: Secretariaat G40 <secretariaat@g40.example>\\r\\n"
...        b"Subject: Verslag overleg met SZW\\r\\nDate: Tue, 05 Mar 2024 09:30:00 +0100\\r\\n"
...        b"Content-Type: text/plain; charset=utf-8\\r\\n\\r\\nBeste collega's,\\r\\n\\r\\nHet overleg was goed.\\r\\n")
>>> mail = mail_text(raw)
>>> print(mail.text)
Van: Mehmet Yıldız <m.yildiz@zwolle.example>
Aan: Secretariaat G40 <secretariaat@g40.example>
Datum: 5 maart 2024
Onderwerp: Verslag overleg met SZW
<BLANKLINE>
Beste collega's,
<BLANKLINE>
Het overleg was goed.
>>> mail.subject, mail.date, mail.skipped
('Verslag overleg met SZW', '2024-03-05', ())
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from dataclasses import dataclass
from pathlib import PurePath

from .markup import html_visible_text

__all__ = ["MailError", "MailText", "mail_text", "ATTACHMENT_SUFFIXES"]

#: the attachments read into the mail's text (the kinds g40kg reads as documents)
ATTACHMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".odt", ".rtf")

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
_HEAD = (("From", "Van"), ("To", "Aan"), ("Cc", "Cc"))


@dataclass(frozen=True)
class MailText:
    """What :func:`mail_text` reads: the text, the subject, the date (ISO, or None) and the attachments not read
    (``(name, reason)``)."""

    text: str
    subject: str | None
    date: str | None
    skipped: tuple = ()


class MailError(ValueError):
    """The bytes are no e-mail that can be read: parts in parts nested hundreds deep (no mail program writes that;
    Python's parser goes one level deeper in its stack for each)."""


def mail_text(raw: bytes, read_attachment=None) -> MailText:
    """The text, subject and date of the e-mail ``raw`` (see the module). ``read_attachment(name, data)`` gives an
    attachment's text (or raises ``ValueError`` with the reason it cannot); without it, attachments are not read
    and each is named in ``skipped``. :class:`MailError` when it cannot be read at all."""
    try:
        return _mail_text(raw, read_attachment)
    except RecursionError:  # walkthrough 37, finding 5: it stopped the build
        raise MailError("nested too deep") from None


def _mail_text(raw: bytes, read_attachment) -> MailText:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    day = _day(message.get("Date"))
    head = [f"{label}: {_header(message, name)}" for name, label in _HEAD if _header(message, name)]
    if day:
        year, month, date = (int(part) for part in day.split("-"))
        head.append(f"Datum: {date} {_MONTHS[month - 1]} {year}")
    subject = " ".join(_header(message, "Subject").split()) or None
    if subject:
        head.append(f"Onderwerp: {subject}")
    parts, skipped = ["\n".join(head), _body(message)], []
    for attachment in message.iter_attachments():
        name = _filename(attachment)
        if read_attachment is None or PurePath(name).suffix.lower() not in ATTACHMENT_SUFFIXES:
            skipped.append((name, PurePath(name).suffix.lower() or "(-)"))
            continue
        try:
            text = read_attachment(name, _attachment_bytes(attachment))
        except ValueError as error:
            skipped.append((name, str(error)))
            continue
        if text.strip():
            parts.append(f"Bijlage: {name}\n\n{text.strip()}")
    text = "\n\n".join(part.replace("\r\n", "\n").strip() for part in parts if part.strip())
    return MailText(text=text, subject=subject, date=day, skipped=tuple(skipped))


def _attachment_bytes(part) -> bytes:
    """The bytes of the attachment ``part``: a text's in UTF-8, or as sent when its charset is unknown (then read as
    a text file is: UTF-8, else Windows-1252). ``ValueError`` (its content type) for an attached message, which is no
    file (walkthrough 37, findings 3 and 4: both stopped the build)."""
    kind = part.get_content_maintype()
    if kind in ("message", "multipart"):
        raise ValueError(part.get_content_type())
    try:
        return part.get_content() if kind != "text" else part.get_content().encode("utf-8")
    except (LookupError, ValueError):  # charset=x-unknown, a type no one knows ("ap[plication/rtf"): the bytes as sent
        return part.get_payload(decode=True) or b""


#: what Python's header parser raises on a header it cannot read; also AttributeError, on an address with a
#: backslash in a domain literal ("a@[b\\x"; walkthrough 37, finding 11: it stopped the build)
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError)


def _filename(part) -> str:
    try:
        return part.get_filename() or "(zonder naam)"
    except _HEADER_ERRORS:
        return "(zonder naam)"


def _header(message, name: str) -> str:
    try:
        return str(message.get(name) or "").strip()
    except _HEADER_ERRORS:  # a header the parser cannot decode: left out, not a crash
        return ""


def _day(value) -> str | None:
    """The ISO day of a Date header as written (the sender's own day, not converted to UTC), or None."""
    try:
        moment = email.utils.parsedate_to_datetime(str(value)) if value else None
    except _HEADER_ERRORS:
        return None
    return moment.date().isoformat() if moment is not None else None


def _body(message) -> str:
    """The plain-text body, else the visible text of the HTML body, else ''."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset: read as Latin-1 rather than lose the mail
        content = (part.get_payload(decode=True) or b"").decode("latin-1")
    return html_visible_text(content) if part.get_content_subtype() == "html" else content
