"""The units an organisation guide's items name before a dot leader: "- Afd. Financiën ...... manager: X".

A city's organisatiegids or a telephone guide saved as text lists each unit on an item line, its name
up to a dot leader (or a wide gap of spaces) and the holder of its office after it:

    DIRECTIE SAMENLEVING
      - Afd. Werk en Inkomen .................. manager: Lotte Vos
      - Team Schuldhulp ....................... teamleider: Jan Kok
      - Programma Wijkaanpak Oost ............. programmamanager: Eva Smit

An item that opens with a unit's kind word ("Afd.", "Afdeling", "Team", "Directie", "Sector", "Cluster",
"Bureau") names a unit up to the leader, whatever the words of its name; one that opens with "Programma"
names a programme ("Programma Binnenstad Helmond", the place part of its name). The holders are
:mod:`graph.extract.unit_fields`'s. Rule ``units.leader-item``.

>>> text = "  - Afd. Werk en Inkomen ...... manager: Lotte Vos\\n  - Programma Wijkaanpak Oost .... programmamanager: Eva Smit\\n"
>>> [(m.text, m.type, m.kind) for m in leader_units(text)]
[('Afd. Werk en Inkomen', 'OrganisationalUnit', 'afdeling'), ('Programma Wijkaanpak Oost', 'Programme', None)]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["leader_units", "LEADER", "find_leader"]

#: between an item's name or label and its value: a dot leader, or a gap of three spaces or more
LEADER = re.compile(r"[ \t]*\.{4,}[ \t]*|[ \t]{3,}")


def find_leader(text: str, start: int, end: int) -> re.Match | None:
    """``LEADER.search(text, start, end)``, without the scan when the span holds no "....", no tab and no three
    spaces (``re`` tries the pattern's optional blanks at every offset: 6 µs a line).

    >>> find_leader("Directeur ......... Eva Smit", 0, 28).span(), find_leader("Directeur: Eva Smit", 0, 19)
    ((9, 20), None)
    """
    if text.find("....", start, end) < 0 and text.find("\t", start, end) < 0 and text.find("   ", start, end) < 0:
        return None
    return LEADER.search(text, start, end)


#: an item line's unit: a bullet, the kind word, the name up to a leader
_ITEM = re.compile(r"(?m)^[ \t]*[-•◦▪*][ \t]+(?P<name>(?P<kind>Afd\.|Afdeling|Team|Directie|Sector|Cluster|Bureau|Programma)"
                   r"[ \t]+[^\n.:;()]{2,60}?)(?=[ \t]*\.{4,}|[ \t]{3,})")
#: the unit kind of each kind word
_KINDS = {"afd.": "afdeling", "afdeling": "afdeling", "team": "team", "directie": "directie", "sector": "sector",
          "cluster": "cluster", "bureau": "bureau"}


def leader_units(text: str) -> list[Mention]:
    """The units and programmes the item lines of ``text`` name before a leader; see the module."""
    found = []
    for item in _ITEM.finditer(text):
        kind = item.group("kind").lower()
        start, end = item.span("name")
        if kind == "programma":
            found.append(Mention(start, end, text[start:end], "Programme", "units.leader-item", 0.7))
        else:
            found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "units.leader-item", 0.7,
                                 kind=_KINDS[kind]))
    return found
