"""Personal data in what g40kg publishes: contact details and the names of forgotten people masked.

Extraction reads the documents as they are (a rule may read an e-mail domain to find an
employer); what the graph and the explorer *publish* is masked afterwards:

* **contact details** in every evidence quote (:mod:`graph.build`) and in the document text
  the explorer and the static site show (:mod:`graph.serve.explore_documents`): e-mail addresses, also
  written as ``naam(at)domein.nl`` or ``naam [at] domein [dot] nl``; Dutch phone numbers
  (06-12345678, 010 123 45 67, +31 6 12345678, 0570 - 69 39 11, 06 - 41 23 45 67); nine-digit
  numbers that pass the BSN eleven-test, also as 111 222 333 or 111.222.333 (not after a currency
  sign or before "euro"); bank account numbers (IBAN, with a valid mod-97 check); and a home
  address, a street and house number (with postcode and place) after "woont", "woonachtig",
  "woonadres", "adres van <naam>" and the like; an organisation's address line names no resident
  and stays, as do years, dates and amounts. The marks: ``[e-mailadres]``, ``[telefoonnummer]``,
  ``[nummer]``, ``[rekeningnummer]``, ``[adres]``;
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

__all__ = ["MASKS", "contact_spans", "eleven_test", "home_address_spans", "iban_valid", "mask_contacts",
           "readable_quote", "name_pattern", "name_spans", "mask_quote", "masked_text", "moved", "surnames",
           "forgotten_spans", "names_in_id"]

#: the marks that stand for what was masked, per language
MASKS = {
    "nl": {"email": "[e-mailadres]", "phone": "[telefoonnummer]", "number": "[nummer]", "name": "[naam verwijderd]",
           "iban": "[rekeningnummer]", "address": "[adres]", "special": "[bijzonder persoonsgegeven]"},
    "en": {"email": "[e-mail address]", "phone": "[phone number]", "number": "[number]", "name": "[name removed]",
           "iban": "[account number]", "address": "[address]", "special": "[special category data]"},
}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# an address written so that robots miss it: "naam(at)domein.nl", "naam [at] domein [dot] nl"
_AT = r"\s?[(\[{]\s?(?:at|AT|apenstaartje)\s?[)\]}]\s?"
_DOT = r"(?:\.|\s?[(\[{]\s?(?:dot|DOT|punt)\s?[)\]}]\s?)"
_DISGUISED_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+" + _AT + r"[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT
                              + r"[A-Za-z]{2,}(?![\w-])")
# 0 and nine digits (a space, hyphen or dot between any two, or a hyphen with spaces: "0570 - 69 39 11"),
# or +31 / 0031 and nine digits; "(0)" after +31 and "(010)" as an area code are allowed
_GAP = r"(?:\s?[.-]\s?|\s)?"
_PHONE = re.compile(r"(?<![\w+])(?<!\d[-./])(?<!\d\s[-./]\s)(?:(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?|\(0(?=\d{2,3}\))|0)"
                    r"\d(?:\)?" + _GAP + r"\d){8}(?!\d|\s?[-./]\s?\d)")
_NINE_DIGITS = re.compile(r"(?<![\d.,-])\d{9}(?![\d]|[.,]\d)")
# nine digits in groups with one kind of separator: "111 222 333", "111.222.333", "1234.56.782";
# not an amount ("€ 111.222.333", "111.222.333 euro")
_GROUPED_DIGITS = re.compile(r"(?<![\d.,-])(?<![€$]\s)(?<![€$])(?<!EUR\s)\d{2,4}([ .-])\d{2,4}\1\d{2,4}"
                             r"(?![\d]|[.,-]\d|,-|\s?(?:euro|EUR|miljoen|mln)\b)")
# IBAN: a country code, two check digits and 11 to 30 letters and digits (groups of four may be spaced)
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\w)")
# a home address: a cue that someone lives there, then (in the same sentence) a street and house number,
# with postcode and place if they follow
_HOME_CUE = re.compile(r"\b(?:[Ww]oon(?:t|de|den|achtig|adres)|[Ww]onen(?:d|de)?|(?:[Hh]uis|[Tt]huis|[Pp]rivé)adres"
                       r"|[Aa]dres van (?!de\b|het\b|een\b|ons\b|onze\b|gemeente\b|ministerie\b|provincie\b)"
                       r"(?=[A-Z]|de heer\b|mevrouw\b|[a-z]+ [A-Z]))")
_STREET = re.compile(r"[A-Z][\w'-]+(?: [a-z]{1,4})?(?: [A-Z][\w'-]+)* \d{1,5}(?: ?[a-zA-Z]\b|-\d{1,4}\b)?"
                     r"(?:,? \d{4} ?[A-Z]{2}\b(?: [A-Z][\w'-]+)?)?")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MAYBE = re.compile(r"[@\d]|[(\[{]\s?(?:at|AT)\s?[)\]}]")


def eleven_test(digits: str) -> bool:
    """Whether nine ``digits`` pass the eleven-test of a BSN (burgerservicenummer).

    >>> eleven_test("123456782"), eleven_test("123456789"), eleven_test("000000000")
    (True, False, False)
    """
    if len(digits) != 9 or not digits.isdigit() or not digits.strip("0"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def iban_valid(text: str) -> bool:
    """Whether ``text`` (spaces allowed) is an IBAN with a valid mod-97 check (ISO 13616).

    >>> iban_valid("NL91 ABNA 0417 1643 00"), iban_valid("NL91ABNA0417164301"), iban_valid("AB12CDEF")
    (True, False, False)
    """
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def home_address_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "address") of each street and house number (with postcode and place) that a cue
    of living there ("woont", "woonachtig", "huisadres", "adres van <naam>") precedes in its sentence.

    >>> text = "Zij woont aan de Dorpsstraat 12a, 1234 AB Ons Dorp. Het stadhuis, Markt 1, 1234 AA Stad."
    >>> [text[s:e] for s, e, _ in home_address_spans(text)]
    ['Dorpsstraat 12a, 1234 AB Ons']
    """
    found = []
    for cue in _HOME_CUE.finditer(text):
        end = _SENTENCE_END.search(text, cue.end())
        street = _STREET.search(text, cue.end(), end.start() if end else len(text))
        if street:
            found.append((street.start(), street.end(), "address"))
    return found


def contact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the e-mail addresses, phone numbers, BSN-like numbers, bank account
    numbers and home addresses in ``text``, in order and not overlapping; kind is "email",
    "phone", "number", "iban" or "address".

    >>> contact_spans("Tel. 010 123 45 67 of +31 6 12345678.")
    [(5, 18, 'phone'), (22, 36, 'phone')]
    >>> contact_spans("In 2024 werden 123456789 euro en 1.234.567 uitgegeven")
    []
    >>> mask_contacts("Bel 0570 - 69 39 11 of mail a.b(at)c.nl, IBAN NL91ABNA0417164300, BSN 111 222 333.")
    'Bel [telefoonnummer] of mail [e-mailadres], IBAN [rekeningnummer], BSN [nummer].'
    >>> mask_contacts("In 2019 - 2023, op 01-05-2025, kostte het € 111.222.333 en 111.222.333 euro.")
    'In 2019 - 2023, op 01-05-2025, kostte het € 111.222.333 en 111.222.333 euro.'
    """
    if not _MAYBE.search(text):
        return []
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]

    def add(start: int, end: int, kind: str) -> None:
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, kind))

    for match in _DISGUISED_EMAIL.finditer(text):
        add(match.start(), match.end(), "email")
    for match in _IBAN.finditer(text):
        if iban_valid(match.group()):
            add(match.start(), match.end(), "iban")
    for start, end, kind in home_address_spans(text):
        add(start, end, kind)
    for pattern, kind in ((_PHONE, "phone"), (_NINE_DIGITS, "number"), (_GROUPED_DIGITS, "number")):
        for match in pattern.finditer(text):
            if kind == "number" and not eleven_test(match.group().replace(match.group(1) or "", "")
                                                    if pattern is _GROUPED_DIGITS else match.group()):
                continue
            add(match.start(), match.end(), kind)
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


_LABEL_ONLY = re.compile(r"[\W_]*(?:(?:e-?mail|mail|email|e|t|tel|telefoon|m|mob|mobiel|contact)\b[\W_]*)*", re.IGNORECASE)


def readable_quote(masked: str) -> str:
    """A masked quote that is only a masked e-mail address (and a label: "E", "Mail:") with a word
    on where the fact comes from, for the reader of the evidence; any other quote as it is.

    >>> readable_quote("E [e-mailadres]")
    'E [e-mailadres] (afgeleid uit het domein van het gemaskeerde e-mailadres)'
    >>> readable_quote("Anna Smit, [e-mailadres]")
    'Anna Smit, [e-mailadres]'
    """
    mark = MASKS["nl"]["email"]
    if mark not in masked:
        return masked
    rest = masked
    for kind in ("email", "phone"):
        rest = rest.replace(MASKS["nl"][kind], " ")
    if _LABEL_ONLY.fullmatch(rest) is None:
        return masked
    return f"{masked} (afgeleid uit het domein van het gemaskeerde e-mailadres)"


def mask_quote(text: str, names: re.Pattern | None = None, lang: str = "nl") -> str:
    """``text`` with its contact details and the ``names`` (a :func:`name_pattern`) masked."""
    spans = contact_spans(text) + name_spans(text, names)
    return masked_text(text, spans, lang)[0] if spans else text
