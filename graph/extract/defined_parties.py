"""The parties of a contract named by the term it defines for them: "…, hierna te noemen: "de werknemer"".

A Dutch agreement (a secondment, a service or cooperation agreement, a deed) names its parties once, in full,
and gives each a defined term that the articles use from then on::

    3. Mevrouw Eva Smit, beleidsadviseur bij de gemeente Ede, hierna te noemen: "de werknemer";
    …
    De werknemer is contactpersoon voor de themagroep Wonen.

Each later "de werknemer" ("De werknemer", "de inlener", "de uitlener", "de opdrachtgever" …) is a mention of
that party: the person or organisation that opens the party's line ("Het college van burgemeester en wethouders
van de gemeente Ede, te dezen vertegenwoordigd door X, …, hierna: "de uitlener"" is Ede, not X). A term defined
twice in one document (two parties called "de partij") names no one, nor does a term before its definition
(round 55e).

Called by :func:`graph.extract.extract` with the mentions found.

Examples
--------
>>> from graph.extract.model import Mention
>>> text = ('1. Mevrouw Eva Smit, hierna te noemen: "de werknemer";\\n\\nDe werknemer is contactpersoon.')
>>> smit = Mention(12, 20, "Eva Smit", "Person", "persons.full-name", 0.9)
>>> [(m.text, m.label, m.type) for m in defined_party_mentions(text, [smit])]
[('De werknemer', 'Eva Smit', 'Person')]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["defined_party_mentions"]

#: "hierna te noemen: "de werknemer"", "hierna: 'de inlener'", "hierna ook te noemen „de opdrachtgever”"
_DEFINED = re.compile(r"\bhierna(?:\s+ook)?(?:\s+te\s+noemen)?\s*:?\s*[\"“„'‘]?(?P<term>(?:de|het)\s+[a-zà-ÿ]+)[\"”'’]?",
                      re.IGNORECASE)

_PARTIES = frozenset({"Person", "Organisation", "Municipality", "Province", "Ministry"})


def defined_party_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The later uses of each defined term of ``text``, as mentions of the party it stands for."""
    if "hierna" not in text.lower():
        return []
    defined: dict[str, Mention | None] = {}
    starts: dict[str, int] = {}
    for match in _DEFINED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        party = next((m for m in mentions if line_start <= m.start < match.start() and m.type in _PARTIES), None)
        term = " ".join(match.group("term").lower().split())
        defined[term] = None if term in defined else party  # a term defined twice names no one
        starts[term] = match.end()
    found = []
    for term, party in defined.items():
        if party is None:
            continue
        for use in re.finditer(r"\b" + r"\s+".join(map(re.escape, term.split())) + r"\b(?![\w-])", text, re.IGNORECASE):
            if use.start() >= starts[term]:
                found.append(Mention(use.start(), use.end(), use.group(0), party.type, "references.defined-party",
                                     0.8, key=party.key, name=party.label, kind=party.kind))
    return sorted(found, key=lambda m: m.start)
