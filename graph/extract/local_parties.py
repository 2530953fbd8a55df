"""Local political parties named after their town: "de fracties van Lokaal Hengelo, Hengelo Groen en
Hengelo Sociaal".

A council's documents name its local parties by the town and a word ("Lokaal Hengelo", "Leefbaar Assen",
"Hengelo Groen"); to the gazetteer such a name is a town with a capitalised word beside it. Where a council's
fractie or party is named before a list of names that each hold a municipality ("de fractie van", "de
fracties van", "de partijen", "namens de fractie van"), each name is an organisation (:func:`local_parties`),
and so is every later use of the same name ("raadslid (Lokaal Hengelo)", "fractievoorzitter van Hengelo
Groen"). A name without a town ("de fracties van GroenLinks en D66") or a single town ("de fractie van
Hengelo") is left alone.

Examples
--------
>>> text = "De fracties van Lokaal Ede en Ede Groen sloten een akkoord. Jan Kok (Lokaal Ede) is raadslid."
>>> towns = [Mention(m.start(), m.end(), "Ede", "Municipality", "t", 1.0) for m in re.finditer("Ede", text)]
>>> [m.text for m in local_parties(text, towns)]
['Lokaal Ede', 'Ede Groen', 'Lokaal Ede']
>>> text = "Jan Kok was lid van de gemeenteraad voor Ede Lokaal Vooruit. Piet Ros is fractievoorzitter van Ede."
>>> towns = [Mention(m.start(), m.end(), "Ede", "Municipality", "t", 1.0) for m in re.finditer("Ede", text)]
>>> [m.text for m in local_parties(text, towns)]
['Ede Lokaal Vooruit']
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["local_parties"]

_RULE = "organisations.local-party"
#: who the list after it is: a council's fracties or parties; or the party one sits in the council for or chairs
#: the fraction of: "lid van de gemeenteraad voor Deventer Lokaal Vooruit", "oud-fractievoorzitter van Ede Sociaal"
#: (round 56s)
_LEAD = re.compile(r"\b(?:fracties?|partijen|coalitiepartijen|raadsfracties?)\s+(?:van\s+)?(?:de\s+|het\s+)?|"
                   r"\b(?:(?:gemeente)?raad|raadslid|raadsleden)\s+voor\s+|\bfractievoorzitter\s+van\s+")
#: one name of the list: one to three capitalised words (a hyphen inside), then a comma, "en" or the list's end
_NAME = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'-]*(?:[ \t][A-ZÀ-Ý][\w'-]*){0,2})(?P<sep>\s*,\s*|\s+en\s+|)")


def local_parties(text: str, mentions: list[Mention]) -> list[Mention]:
    """The local parties a list after "de fracties van" names, and the later uses of their names."""
    if "fractie" not in text and "partijen" not in text and "raad" not in text:
        return []
    towns = [m for m in mentions if m.type == "Municipality"]
    names: set[str] = set()
    for lead in _LEAD.finditer(text):
        position = lead.end()
        found = []
        while True:
            match = _NAME.match(text, position)
            if match is None:
                break
            start, end = match.span("name")
            inside = [t for t in towns if start <= t.start and t.end <= end]
            if not inside or (inside[0].start == start and inside[0].end == end):
                break  # a name without a town, or the town alone ("de fractie van Hengelo")
            found.append(match.group("name"))
            position = match.end()
            if not match.group("sep"):
                break
        names.update(found)
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    return [Mention(m.start(), m.end(), m.group(), "Organisation", _RULE, 0.75, name=m.group())
            for m in pattern.finditer(text)]
