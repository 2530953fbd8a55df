"""Personal data in what g40kg publishes: contact details and the names of forgotten people masked.

Extraction reads the documents as they are (a rule may read an e-mail domain to find an
employer); what the graph and the explorer *publish* is masked afterwards:

* **contact details** in every evidence quote (:mod:`graph.build`) and in the document text
  the explorer and the static site show (:mod:`graph.serve.explore`): e-mail addresses,
  Dutch phone numbers (06-12345678, 010 123 45 67, +31 6 12345678) and nine-digit numbers that
  pass the BSN eleven-test, as ``[e-mailadres]``, ``[telefoonnummer]``, ``[nummer]``;
* **the names of a forgotten entity** (a ``suppress: - {entity: …}`` rule, :mod:`graph.curate`)
  in the quotes of the facts that remain and in the published document text, as
  ``[naam verwijderd]``; in a document that names the person (the extractor found them there,
  or the text holds one of their full names) also the bare surname ("Hoekstra vertelt dat …"),
  see :func:`forgotten_spans`. Elsewhere a bare surname is left alone: it may be someone else's.

The graph's quotes are Dutch text and keep the Dutch marks; the explorer writes the marks in
the page's language.

Examples
--------
>>> mask_contacts("Contact: Kees Mulder, kees.mulder@zwolle.nl, 06-12345678")
'Contact: Kees Mulder, [e-mailadres], [telefoonnummer]'
>>> mask_contacts("BSN-dossier 123456782; zaak 123456789", lang="en")
'BSN-dossier [number]; zaak 123456789'
>>> pattern = name_pattern(["Kees Mulder", "Mulder"])
>>> mask_quote("Kees Mulder en Mulder-Smit zeiden, aldus Mulder.", pattern)
'[naam verwijderd] en [naam verwijderd]-Smit zeiden, aldus [naam verwijderd].'
"""

from __future__ import annotations

import re

__all__ = ["MASKS", "contact_spans", "eleven_test", "mask_contacts", "name_pattern", "name_spans", "mask_quote",
           "masked_text", "moved", "surnames", "forgotten_spans",
           "names_in_id"]

#: the marks that stand for what was masked, per language
MASKS = {
    "nl": {"email": "[e-mailadres]", "phone": "[telefoonnummer]", "number": "[nummer]", "name": "[naam verwijderd]"},
    "en": {"email": "[e-mail address]", "phone": "[phone number]", "number": "[number]", "name": "[name removed]"},
}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# 0 and nine digits (a space, hyphen or dot between any two), or +31 / 0031 and nine digits;
# "(0)" after +31 and "(010)" as an area code are allowed
_PHONE = re.compile(r"(?<![\w+])(?<!\d[-./])(?:(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?|\(0(?=\d{2,3}\))|0)"
                    r"\d(?:\)?[ .-]?\d){8}(?!\d|[-./]\d)")
_NINE_DIGITS = re.compile(r"(?<![\d.,-])\d{9}(?![\d]|[.,]\d)")
_MAYBE = re.compile(r"[@\d]")


def eleven_test(digits: str) -> bool:
    """Whether nine ``digits`` pass the eleven-test of a BSN (burgerservicenummer).

    >>> eleven_test("123456782"), eleven_test("123456789"), eleven_test("000000000")
    (True, False, False)
    """
    if len(digits) != 9 or not digits.isdigit() or not digits.strip("0"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def contact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the e-mail addresses, phone numbers and BSN-like numbers in ``text``,
    in order and not overlapping; kind is "email", "phone" or "number".

    >>> contact_spans("Tel. 010 123 45 67 of +31 6 12345678.")
    [(5, 18, 'phone'), (22, 36, 'phone')]
    >>> contact_spans("In 2024 werden 123456789 euro en 1.234.567 uitgegeven")
    []
    """
    if not _MAYBE.search(text):
        return []
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    for pattern, kind in ((_PHONE, "phone"), (_NINE_DIGITS, "number")):
        for match in pattern.finditer(text):
            if kind == "number" and not eleven_test(match.group()):
                continue
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), kind))
    return sorted(found)


def name_pattern(names) -> re.Pattern | None:
    """A pattern that finds any of ``names`` as whole words (the longest first); None for no names."""
    words = sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=lambda n: (-len(n), n))
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def name_spans(text: str, pattern: re.Pattern | None) -> list[tuple[int, int, str]]:
    """(start, end, "name") of every match of ``pattern`` (from :func:`name_pattern`) in ``text``."""
    return [] if pattern is None else [(m.start(), m.end(), "name") for m in pattern.finditer(text)]


#: the words that start a Dutch surname ("van Dam", "de Vries", "ter Horst"): at the start of a
#: sentence they are written with a capital ("Van Dam zei")
_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "el", "da", "di", "du"}


def surnames(names) -> set[str]:
    """The surnames of a person's ``names``: the words after the first of each name of two words or
    more (after initials: "J.P. de Vries" → "de Vries"), with a particle also capitalised.

    >>> sorted(surnames(["Merel Hoekstra", "J.P. van der Berg", "Hoekstra"]))
    ['Hoekstra', 'Van der Berg', 'van der Berg']
    """
    found: set[str] = set()
    for name in names:
        words = name.split()
        initials = len(words) > 1 and words[0].endswith(".")  # "J.P. de Vries": the rest is the surname
        while len(words) > 1 and words[0].endswith("."):
            words = words[1:]
        rest = words if initials else words[1:]
        surname = " ".join(rest)
        if rest and len(surname) > 1 and surname[0].isalpha():
            found.add(surname)
            if rest[0].lower() in _PARTICLES:
                found.add(surname[0].upper() + surname[1:])
    return found


def forgotten_spans(text: str, names: re.Pattern | None, surname: re.Pattern | None,
                    named: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, "name") of the forgotten ``names`` in ``text``, and of the bare ``surname``
    (patterns from :func:`name_pattern`) where the text names the person: ``named`` (the extractor
    found them in this document) or one of ``names`` occurs in it.

    >>> names, surname = name_pattern(["Kees Mulder", "Mw. Mulder"]), name_pattern(["Mulder"])
    >>> text = "Kees Mulder is wethouder. Mulder heeft astma."
    >>> masked_text(text, forgotten_spans(text, names, surname))[0]
    '[naam verwijderd] is wethouder. [naam verwijderd] heeft astma.'
    >>> forgotten_spans("Mulder heeft astma.", names, surname)
    []
    """
    spans = name_spans(text, names)
    if surname is not None and (named or spans):
        spans = _merged(spans + name_spans(text, surname))
    return spans


def names_in_id(document_id: str, names) -> list[str]:
    """Those of ``names`` that a document id (its file name) spells: "Merel Hoekstra" in
    "interview-2025-merel-hoekstra". An id is not masked (it is in IRIs, the site's file names, the
    exports); only renaming the file removes the name from it.

    >>> names_in_id("interview-2025-11-03-merel-hoekstra", ["Merel Hoekstra", "Hoekstra", "Hoek"])
    ['Hoekstra', 'Merel Hoekstra']
    """
    from .vocab import slugify

    key = "-" + slugify(document_id) + "-"
    return sorted(name for name in set(names) if len(name.strip()) > 1 and "-" + slugify(name) + "-" in key)


def _merged(spans) -> list[tuple[int, int, str]]:
    """``spans`` in order, an overlapping one joined to the one before it (keeping the first's kind)."""
    out: list[list] = []
    for start, end, kind in sorted(spans):
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end, kind])
    return [tuple(span) for span in out]


def masked_text(text: str, spans, lang: str = "nl") -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with each of ``spans`` replaced by its mark, and the shifts: (old start, old end,
    new start, new end) of each masked span, for :func:`moved`.

    >>> masked_text("Bel 06-12345678 nu", [(4, 15, "phone")])
    ('Bel [telefoonnummer] nu', [(4, 15, 4, 20)])
    """
    marks = MASKS.get(lang, MASKS["nl"])
    pieces, shifts, position, new = [], [], 0, 0
    for start, end, kind in _merged(spans):
        pieces.append(text[position:start])
        new += start - position
        pieces.append(marks[kind])
        shifts.append((start, end, new, new + len(marks[kind])))
        new += len(marks[kind])
        position = end
    pieces.append(text[position:])
    return "".join(pieces), shifts


def moved(offset: int, shifts) -> int | None:
    """Where ``offset`` of the text is in the masked text (:func:`masked_text`); None inside a mask.

    >>> shifts = masked_text("Bel 06-12345678 nu", [(4, 15, "phone")])[1]
    >>> moved(2, shifts), moved(4, shifts), moved(15, shifts), moved(18, shifts), moved(6, shifts)
    (2, 4, 20, 23, None)
    """
    delta = 0
    for start, end, new_start, new_end in shifts:
        if offset <= start:
            break
        if offset < end:
            return None
        delta = new_end - end
    return offset + delta


def mask_contacts(text: str, lang: str = "nl") -> str:
    """``text`` with its contact details masked (see :func:`contact_spans`)."""
    spans = contact_spans(text)
    return masked_text(text, spans, lang)[0] if spans else text


def mask_quote(text: str, names: re.Pattern | None = None, lang: str = "nl") -> str:
    """``text`` with its contact details and the ``names`` (a :func:`name_pattern`) masked."""
    spans = contact_spans(text) + name_spans(text, names)
    return masked_text(text, spans, lang)[0] if spans else text
