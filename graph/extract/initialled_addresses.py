"""Persons written with initials before their address: "Aan: R. Okafor-de Wit <ruben.okafor-dewit@…>".

The display name is the name; the address only confirms it and may write the given name in full. So the
person is the display name's, with the address's given name when that opens with the first initial
("Ruben Okafor-de Wit"), never a second spelling made from the address ("Ruben Okafor-Dewit"). The
address must spell the display name's surname (particles and hyphens left out), so that "A. Bos
<secretariaat@…>" names no one from the address.

Examples
--------
>>> text = "Aan: K. Mensah-van Dijk <kofi.mensah-vandijk@minbzk.nl>"
>>> [(m.text, m.label) for m in initialled_persons(text)]
[('K. Mensah-van Dijk', 'Kofi Mensah-van Dijk')]
>>> [(m.text, m.label) for m in initialled_persons("Van: J.P. de Boer <jp.deboer@ede.nl>")]
[('J.P. de Boer', 'J.P. de Boer')]
>>> initialled_persons("Van: A. Bos <secretariaat@ede.nl>")
[]
"""

from __future__ import annotations

import re

from .email_addresses import compact
from .model import Mention

__all__ = ["initialled_persons", "with_initialled_persons"]

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|[Hh]et|[Oo]p)"
_WORD = r"[A-ZÀ-Ý\u0100-\u017f][a-zß-ÿ\u0100-\u017f'’]+"
_DISPLAY = re.compile(
    rf"(?<![\w.-])(?P<initials>(?:[A-Z]\.)+)[ \t]*(?P<surname>(?:{_PARTICLE}[ \t]+)*{_WORD}"
    rf"(?:-(?:{_PARTICLE}[ \t]+)*{_WORD})?)[ \t]*<(?:mailto:)?(?P<local>[A-Za-z][A-Za-z.'_-]*)@[A-Za-z0-9.-]+>")


def _label(initials: str, surname: str, local: str) -> str | None:
    """The person's name, or None when the address does not spell the surname."""
    parts = local.lower().split(".")
    if len(parts) >= 2 and compact("".join(parts[1:])) == compact(surname):
        given = parts[0]
        if len(given) >= 3 and given.isalpha() and given[0] == initials[0].lower() and len(initials) == 2:
            return f"{given.capitalize()} {surname}"  # "R." and "ruben.": Ruben
        return f"{initials} {surname}"
    if compact(local) in {compact(initials + surname), compact(surname)}:
        return f"{initials} {surname}"  # "jpdeboer@", "deboer@"
    return None


def initialled_persons(text: str) -> list[Mention]:
    """The persons of "<initials> <surname> <address>" display names in ``text``."""
    if "@" not in text or "<" not in text:
        return []
    found = []
    for match in _DISPLAY.finditer(text):
        label = _label(match.group("initials"), " ".join(match.group("surname").split()), match.group("local"))
        if label is not None:
            start, end = match.start("initials"), match.end("surname")
            found.append(Mention(start, end, text[start:end], "Person", "persons.initials-address", 0.85, name=label))
    return found


def with_initialled_persons(text: str, persons: list[Mention]) -> list[Mention]:
    """``persons`` with :func:`initialled_persons` instead of what overlaps them, and without the person
    made from the address right after one.

    >>> text = "Aan: K. Mensah-van Dijk <kofi.mensah-vandijk@minbzk.nl>"
    >>> local = Mention(25, 44, "kofi.mensah-vandijk", "Person", "persons.email", 0.8, name="Kofi Mensah-Vandijk")
    >>> [m.label for m in with_initialled_persons(text, [local])]
    ['Kofi Mensah-van Dijk']
    """
    found = initialled_persons(text)
    if not found:
        return persons
    kept = [p for p in persons if not any(f.start < p.end and p.start < f.end for f in found)
            and not any(0 <= p.start - f.end <= 3 and re.fullmatch(r"[ \t]*<(?:mailto:)?", text[f.end:p.start])
                        for f in found)]
    return sorted(kept + found, key=lambda m: m.start)
