"""Persons named by the address they write: "Marit Jorna <m.jorna@leeuwarden.nl>".

A name is a person when its given name is a known one (:mod:`graph.extract.persons`). A display name
right before an e-mail address in angle brackets (a mail's ``Van:`` line, a signature, a forwarded
header) is a person whatever its given name, when the address spells it: in full, or the given name's
initial and the surname (:func:`graph.extract.email_addresses.spells`). The same full name written
elsewhere in the document (the signature under the mail) is that person too.

Examples
--------
>>> text = "Van: Ysolde Terborg <y.terborg@ede.nl>\\nAan: team\\n\\nGroet,\\nYsolde Terborg\\nAdviseur"
>>> [(m.text, m.rule) for m in address_persons(text, [])]
[('Ysolde Terborg', 'persons.address-name'), ('Ysolde Terborg', 'persons.address-name')]
>>> address_persons("Stuur naar Wonen Team <secretariaat@ede.nl>", [])
[]
>>> address_persons("Van: Taskforce Wonen <taskforce.wonen@g40.nl>", [])
[]
"""

from __future__ import annotations

import re

from .email_addresses import _FUNCTION_WORDS, spells
from .lexicon import load_lexicon
from .model import Mention

__all__ = ["address_persons", "with_address_persons"]

_PARTICLE = r"(?:van|de|der|den|ter|ten|te|in|'t|het|op)"
_WORD = r"[A-ZÀ-Ý][a-zß-ÿ'’]+(?:-[A-ZÀ-Ý][a-zß-ÿ'’]+)?"
#: "Marit Jorna <m.jorna@…>", "Anouk van der Meer <a.vandermeer@…>"
_DISPLAY = re.compile(rf"(?<![\w.-])(?P<name>{_WORD}(?:[ \t]+{_PARTICLE})*[ \t]+{_WORD})[ \t]*<(?:mailto:)?"
                      r"(?P<local>[A-Za-z][A-Za-z.'_-]*)@[A-Za-z0-9.-]+>")


def address_persons(text: str, persons: list[Mention]) -> list[Mention]:
    """The persons the addresses in angle brackets spell that ``persons`` does not hold, and the
    other places their full name is written."""
    if "@" not in text or "<" not in text:
        return []
    names = []
    for match in _DISPLAY.finditer(text):
        name = match.group("name")
        first = name.split()[0].lower()  # "Taskforce Wonen <taskforce.wonen@…>" is a body's address, no person's
        if first in _FUNCTION_WORDS or first in load_lexicon().unit_kinds:
            continue
        if spells(match.group("local"), name) and not _covered(persons, match.start("name"), match.end("name")):
            names.append(name)
    found = []
    for name in dict.fromkeys(names):
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not _covered(persons, at.start(), at.end()):
                found.append(Mention(at.start(), at.end(), name, "Person", "persons.address-name", 0.8))
    return sorted(found, key=lambda m: m.start)


def _covered(persons: list[Mention], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in persons)


def with_address_persons(text: str, persons: list[Mention], others: list[Mention]) -> list[Mention]:
    """``persons`` with :func:`address_persons` (none overlapping ``others``, the gazetteer's names), less
    the person an address spells right after a name it found ("<y.terborg@…>": not a second person).

    >>> text = "Van: Ysolde Terborg <y.terborg@ede.nl>"
    >>> local = Mention(21, 30, "y.terborg", "Person", "persons.email", 0.8, name="Y Terborg")
    >>> [m.text for m in with_address_persons(text, [local], [])]
    ['Ysolde Terborg']
    """
    spelled = address_persons(text, persons + others)
    if not spelled:
        return persons
    kept = [p for p in persons if not (p.rule == "persons.email" and any(0 <= p.start - s.end <= 3 for s in spelled))]
    return sorted(kept + spelled, key=lambda m: m.start)
