"""The region a programme's name ends in: a place right after what is taken part in names where it runs.

"Haarlemmermeer neemt deel aan de Regionale Energiestrategie Noord-Holland Zuid": the province is the
region of that energy strategy (its name goes on with it), not a second party that takes part. Names
of regional programmes, deals and strategies end in their region in Dutch ("RES Twente", "Woondeal
Zuid-Holland", "Regio Deal Noord-Veluwe"); when the recogniser stops the name before the place (the
place is a mention of its own), the place must not become an actor of the clause.

Used by :mod:`graph.extract.taking_part` (rule ``relations.participeren``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Haarlemmermeer neemt deel aan de Regionale Energiestrategie Noord-Holland Zuid."
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "participatesIn"]
[('Haarlemmermeer', 'Regionale Energiestrategie')]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["names_region_of"]

#: what may stand between a programme's name and the region that ends it: a space or a hyphen
#: ("Regionale Energiestrategie Noord-Holland Zuid", "Woondeal-Twente"), no comma, "en" or article
_NAME_GOES_ON = re.compile(r"[ \t]?-?[ \t]?")

#: the places a programme's name ends in
_PLACES = frozenset({"Municipality", "Province"})


def names_region_of(text: str, target: Mention, place: Mention) -> bool:
    """Whether ``place`` stands right after ``target``'s name (a space or a hyphen between them): the
    region that ends the programme's name, not an actor.

    >>> strategy = Mention(32, 59, "Regionale Energiestrategie", "Programme", "", 1.0)
    >>> text = "Haarlemmermeer neemt deel aan de Regionale Energiestrategie Noord-Holland Zuid."
    >>> names_region_of(text, strategy, Mention(60, 73, "Noord-Holland", "Province", "", 1.0))
    True
    >>> text = "Ede neemt deel aan de Regionale Energiestrategie, en Noord-Holland ook."
    >>> names_region_of(text, Mention(22, 48, "Regionale Energiestrategie", "Programme", "", 1.0),
    ...                 Mention(53, 66, "Noord-Holland", "Province", "", 1.0))
    False
    """
    if place.type not in _PLACES or target.type != "Programme" or place.start < target.end:
        return False
    return _NAME_GOES_ON.fullmatch(text, target.end, place.start) is not None
