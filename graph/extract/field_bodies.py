"""A body named by a field's label over its members: "Begeleidingscommissie: A (gemeente Helmond, voorzitter); B".

A publication's record, a project card or a report's colophon lists the members of a committee or steering group on
one line, after the body's kind as the field's label::

    Begeleidingscommissie: Hester Blom (gemeente Helmond, voorzitter); Kees van Dalen (ministerie van EZK)
    | Stuurgroep | Eva Kok, wethouder van Ede (voorzitter); Jan Bos, directeur van Aedes |

The label is a body's kind alone (a word of :func:`graph.extract.heading_bodies.body_word`: stuurgroep, klankbordgroep,
jury, a -commissie) at the start of a line, then a colon or a table's cell border, and the rest of the line names at
least two persons: the label is that body (an unnamed unit of that kind), so the roles its members' brackets give are
held there, not in the programme the record is about. A label over one person ("Stuurgroep: zie bijlage 2, Eva Kok")
or a kind of no body ("Trefwoorden:") makes none. Rule ``units.field-label`` (round 58s).

Examples
--------
>>> text = "Begeleidingscommissie: Eva Kok (Ede, voorzitter); Jan Bos (BZK)\\n"
>>> persons = [Mention(23, 30, "Eva Kok", "Person", "", 1.0), Mention(50, 57, "Jan Bos", "Person", "", 1.0)]
>>> [(m.text, m.kind) for m in field_bodies(text, persons)]
[('Begeleidingscommissie', 'commissie')]
"""

from __future__ import annotations

import re

from .heading_bodies import body_word
from .model import Mention

__all__ = ["field_bodies"]

#: a line's label and its separator: "Begeleidingscommissie: ", "| Stuurgroep | "
_LABEL = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:\*\*)?(?P<word>[A-Z][a-z]+)(?:\*\*)?[ \t]*(?::|\|)[ \t]*(?:\*\*)?[ \t]*(?=\S)",
                    re.MULTILINE)
#: the least number of persons the line names for its label to be their body
_MEMBERS = 2


def field_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies named by a field's label over their members on the line (see the module)."""
    if "ommissie" not in text and "groep" not in text and "ury" not in text:
        return []
    found = []
    for match in _LABEL.finditer(text):
        kind = body_word(match.group("word"))
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        persons = [m for m in mentions if match.end() <= m.start < line_end and m.type == "Person"]
        if kind is None or len(persons) < _MEMBERS:
            continue
        found.append(Mention(match.start("word"), match.end("word"), match.group("word"), "OrganisationalUnit",
                             "units.field-label", 0.7, name=match.group("word").lower(), kind=kind))
    return found
