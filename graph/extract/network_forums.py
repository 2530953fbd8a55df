"""A forum or working group of a network, named head last: "het Environment Forum van Eurocities", "de
Culture Forum van Eurocities" (walkthrough 23, finding 10). The name is the network's own (often English),
so the kind word closes it instead of opening it as in "werkgroep Circulaire Economie"
(:mod:`graph.extract.units`). It is a unit of the organisation after "van": a member of the forum is a
member of that unit, not of the network ("Wethouder X is lid van het Environment Forum van Eurocities":
X's role is in the forum, the forum is part of Eurocities).

Only with its owner right after it: "het Environment Forum" on its own may be a conference or a
foundation of that name, and "het World Economic Forum" is an organisation of its own.

Examples
--------
>>> from graph.extract.model import Mention
>>> text = "Wethouder Eva Kok is lid van het Environment Forum van Eurocities."
>>> owner = Mention(text.index("Eurocities"), len(text) - 1, "Eurocities", "Organisation", "gazetteer", 1.0)
>>> [(m.label, m.type, m.kind) for m in find_network_forums(text, [owner])]
[('Environment Forum', 'OrganisationalUnit', 'werkgroep')]
>>> find_network_forums("Zij sprak op het World Economic Forum in Davos.", [])
[]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["find_network_forums"]

#: "het|de <Name …> Forum|Working Group|Task Force van (de|het)? ": one to four capitalised words before the head
_FORUM = re.compile(r"\b(?:het|de|the)\s+(?P<name>(?:[A-Z][\w'&-]*\s+){1,4}?(?:Forum|Working\s+Group|Task\s+Force))"
                    r"\s+van\s+(?:de\s+|het\s+)?(?=[A-Z])")
#: the owners a forum can belong to
_OWNERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def find_network_forums(text: str, mentions: list[Mention]) -> list[Mention]:
    """The forums of :data:`_FORUM` whose owner after "van" is a known organisation among ``mentions``
    (as an :class:`~graph.extract.model.Mention` of type OrganisationalUnit, kind ``werkgroep``)."""
    if "Forum" not in text and "Working Group" not in text and "Task Force" not in text:
        return []
    starts = {m.start: m for m in mentions}
    found = []
    for match in _FORUM.finditer(text):
        owner = starts.get(match.end())
        if owner is None or owner.type not in _OWNERS:
            continue
        start, end = match.start("name"), match.end("name")
        name = " ".join(text[start:end].split())
        found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "units.network-forum", 0.8,
                             name=name, kind="werkgroep"))
    return found
