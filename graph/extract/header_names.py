"""The persons of a mail's header lines written surname first: "Van: Jansen, P. (BZK) <p.jansen@minbzk.nl>".

Address books (Outlook, Exchange) show a display name as "Achternaam, Voorletters" or "Achternaam,
Voornaam", a particle after the given name or before the surname ("Vries, P. de", "Van der Meulen,
J."), perhaps with the body in brackets. On a mail's ``Van:``/``From:``, ``Aan:``/``To:``, ``CC:`` or
``BCC:`` line such a name is a person, labelled in the order of running text ("P. de Vries"); the
address that follows then gives their organisation, as for any address (``persons.email-domain``).

The lines count only in a header block: two or more header lines in a row, one a ``Van:``/``From:``
line (a memo's "Aan: Bestuur, Leden" is no mail header). The given part must be initials, a known
given name, or spelled by the address that follows ("Meijer, Anouk <anouk.meijer@…>"), so that
"Aan: Secretariaat, Wonen" names no one.

Examples
--------
>>> text = "Van: Jansen, P. (BZK) <p.jansen@minbzk.nl>\\nAan: Vries, P. de <p.devries@utrecht.nl>\\nOnderwerp: X\\n"
>>> [(m.text, m.label) for m in header_persons(text)]
[('Jansen, P.', 'P. Jansen'), ('Vries, P. de', 'P. de Vries')]
"""

from __future__ import annotations

import re

from .email_addresses import compact
from .lexicon import load_lexicon
from .model import Mention

__all__ = ["header_persons", "with_header_persons"]

#: one line of a mail's header block and what follows its label
_HEADER_LINE = re.compile(r"[ \t>]*(?P<label>Van|From|Afzender|Aan|To|CC|BCC|Datum|Date|Verzonden|Sent|Onderwerp|"
                          r"Subject|Bijlagen?|Attachments?)[ \t]*:[ \t]*(?P<rest>[^\n]*)", re.IGNORECASE)
#: the header lines that name people
_PEOPLE_LABELS = frozenset({"van", "from", "afzender", "aan", "to", "cc", "bcc"})
_SENDER_LABELS = frozenset({"van", "from", "afzender"})

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|[Hh]et|[Oo]p)"
_WORD = r"[A-ZÀ-Ý\u0100-\u017f][a-zß-ÿ\u0100-\u017f'’]+"
#: "Jansen, P.", "Vries, P. de", "Van der Meulen, J.", "Boerma-Lont, Y.", "Meijer, Anouk": a display name
#: surname first, followed by a bracket, an address, a separator or the end of the line
_SURNAME_FIRST = re.compile(
    rf"(?<![\w.-])(?P<surname>(?:{_PARTICLE}\s+)*{_WORD}(?:-(?:{_PARTICLE}\s+)*{_WORD})?),[ \t]+"
    rf"(?P<given>(?:[A-Z][a-z]?\.(?:-?[A-Z][a-z]?\.)*)|{_WORD}(?:-{_WORD})?)"
    rf"(?P<particles>(?:[ \t]+{_PARTICLE})*)"
    r"(?=[ \t]*(?:\([^()\n]*\)[ \t]*)?(?P<address><[^<>\n]*>|\[[^\[\]\n]*\])?[ \t]*(?:[;,]|$))")
_LOCAL = re.compile(r"[<\[](?:mailto:)?([^@<>\[\]\s]+)@")


def _header_blocks(text: str) -> list[list[re.Match]]:
    """The runs of two or more header lines in a row that hold a ``Van:``/``From:`` line."""
    blocks, run = [], []
    position = 0
    for line in text.split("\n") + [""]:
        match = _HEADER_LINE.fullmatch(line)
        if match is not None:
            run.append((position, match))
        else:
            if len(run) >= 2 and any(m.group("label").lower() in _SENDER_LABELS for _, m in run):
                blocks.append(run)
            run = []
        position += len(line) + 1
    return blocks


def _spelled_by(local: str, given: str, surname: str) -> bool:
    """Whether an address's local part spells the given name and the surname ("anouk.meijer")."""
    return compact(local) in {compact(given + surname), compact(given[:1] + surname)}


def _written_in_full(label: str, local: str) -> str:
    """The name the address writes in full when the display name gives initials only ("Jansen, P."
    <petra.jansen@…> is Petra Jansen): one initial, the address's given name (three letters or more) opens
    with it, its surname is the display name's.

    >>> _written_in_full("P. de Vries", "petra.devries"), _written_in_full("P. Jansen", "k.jansen")
    ('Petra de Vries', 'P. Jansen')
    """
    first, _, rest = label.partition(" ")
    parts = local.lower().split(".")
    if not re.fullmatch(r"[A-Z]\.", first) or len(parts) < 2 or len(parts[0]) < 3 or not parts[0].isalpha() \
            or parts[0][0] != first[0].lower() or compact("".join(parts[1:])) != compact(rest):
        return label
    return f"{parts[0].capitalize()} {rest}"


def _label(given: str, particles: str, surname: str) -> str:
    """ "P." "de" "Vries" → "P. de Vries"; "Van der" "Meulen" keeps the particles' case after the given name;
    a double surname keeps its own particle: "Okafor-de Wit, Ruben" → "Ruben Okafor-de Wit".

    >>> _label("J.", "", "Van der Meulen"), _label("Ruben", "", "Okafor-de Wit")
    ('J. van der Meulen', 'Ruben Okafor-de Wit')
    """
    words = [given] + particles.split() + surname.split()
    words[1:-1] = [w if "-" in w else w.lower() for w in words[1:-1]]  # "Van der Meulen, J." → "J. van der Meulen"
    return " ".join(words)


def header_persons(text: str) -> list[Mention]:
    """The persons written surname first on the header lines of the mails in ``text``."""
    if ":" not in text or "," not in text:
        return []
    first_names = load_lexicon().first_names
    found = []
    for block in _header_blocks(text):
        for position, line in block:
            if line.group("label").lower() not in _PEOPLE_LABELS:
                continue
            offset = position + line.start("rest")
            for match in _SURNAME_FIRST.finditer(line.group("rest")):
                given, surname = match.group("given"), match.group("surname")
                address = _LOCAL.match(match.group("address") or "")
                if not (given.endswith(".") or given in first_names
                        or (address and _spelled_by(address.group(1), given, surname))):
                    continue
                label = _label(given, match.group("particles"), surname)
                found.append(Mention(offset + match.start(), offset + match.end(), match.group(0), "Person",
                                     "persons.header-surname-first", 0.85,
                                     name=_written_in_full(label, address.group(1)) if address else label))
    return found


#: what lies between a header person and the local part of their address: "Bos, K.J. <" kj.bos@…
_TO_ADDRESS = re.compile(r"[ \t]*(?:\([^()\n]*\)[ \t]*)?[<\[](?:mailto:)?")


def with_header_persons(text: str, persons: list[Mention]) -> list[Mention]:
    """``persons`` with the header lines' surname-first persons instead of what overlaps them, and without
    the person an address spells right after one ("Bos, K.J. <kj.bos@vng.nl>": not also "Kj Bos").

    >>> text = "Van: Eva Smit <e.smit@ede.nl>\\nAan: Bos, K.J. <kj.bos@vng.nl>\\n"
    >>> kj = Mention(41, 47, "kj.bos", "Person", "persons.email", 0.8, name="Kj Bos")
    >>> [m.label for m in with_header_persons(text, [kj])]
    ['K.J. Bos']
    """
    found = header_persons(text)
    if not found:
        return persons
    kept = [p for p in persons if not any(h.start < p.end and p.start < h.end for h in found)
            and not any(p.start >= h.end and _TO_ADDRESS.fullmatch(text, h.end, p.start) for h in found)]
    return sorted(kept + found, key=lambda m: m.start)
