"""Embassies and consulates: "de Nederlandse ambassade in Kopenhagen", "het Duitse consulaat-generaal".

A study trip or trade mission abroad is received at an embassy, named by the country's adjective and the
lower-case noun, and often by where it is::

    13.00 lunch en welkom op de Nederlandse ambassade | Lotte Vermeulen, innovatieattaché, Nederlandse ambassade in Kopenhagen

"<land>se ambassade" or "consulaat(-generaal)", with "in/te <Plaats>" after it when the text names the place, is
one organisation (not the adjective alone as a name). A country's adjective without the noun ("de Nederlandse
steden") or the noun without the adjective ("een ambassade") is none. Rule ``organisations.embassy`` (round 58s).

Examples
--------
>>> [m.text for m in embassy_mentions("Welkom op de Nederlandse ambassade in Kopenhagen en bij de Deense steden.")]
['Nederlandse ambassade in Kopenhagen']
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["embassy_mentions", "with_embassies"]

#: the adjectives of the countries a G40 delegation or a ministry deals with abroad
_COUNTRIES = ("Nederlandse", "Duitse", "Belgische", "Deense", "Zweedse", "Noorse", "Finse", "Franse", "Britse", "Ierse",
              "Spaanse", "Portugese", "Italiaanse", "Oostenrijkse", "Zwitserse", "Poolse", "Tsjechische", "Amerikaanse",
              "Canadese", "Japanse", "Chinese", "Koreaanse", "Estse", "Letse", "Litouwse", "Hongaarse", "Griekse")
_EMBASSY = re.compile(r"\b(?:" + "|".join(_COUNTRIES) + r")\s+(?:ambassade|consulaat(?:-generaal)?)"
                      r"(?:\s+(?:in|te)\s+[A-ZÅÆØÖÄÜ][\w'-]+)?(?![\w-])")


def embassy_mentions(text: str) -> list[Mention]:
    """The embassies and consulates ``text`` names (see the module)."""
    if "ambassade" not in text and "consulaat" not in text:
        return []
    return [Mention(m.start(), m.end(), m.group(), "Organisation", "organisations.embassy", 0.8,
                    name=" ".join(m.group().split())) for m in _EMBASSY.finditer(text)]


def with_embassies(text: str, organisations: list[Mention]) -> list[Mention]:
    """``organisations`` with the embassies of ``text``, instead of the names found inside them ("Nederlandse")."""
    embassies = embassy_mentions(text)
    if not embassies:
        return organisations
    kept = [m for m in organisations if not any(e.start <= m.start < e.end or m.start <= e.start < m.end for e in embassies)]
    return sorted(kept + embassies, key=lambda m: (m.start, m.end))
