"""X (Twitter) handles of organisations, towns and ministries: "@PBLnl", "@gemeenteamersfoort", "@MinBZK".

A thread on X, a press release or a newsletter names a body by its account: its name or abbreviation
glued into one word, often with "nl" after it ("@PBLnl", "@Aedesnl"), a town's with "gemeente" in
front ("@gemeenteamersfoort"), a ministry's with "Min" in front ("@MinBZK"), as their e-mail domains
are built. A handle that spells the name or the domain of a municipality, ministry or organisation
of the gazetteer is a mention of it (rule ``gazetteer.handle``); an unknown handle ("@SannePereira",
"@wethouderjan") is none, and neither is the domain part of an e-mail address ("j.smit@arnhem.nl").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> text = "Op de markt staan @PBLnl en @gemeenteamersfoort; mail p.kok@arnhem.nl of volg @SannePereira."
>>> [(m.text, m.type, m.key) for m in find_handles(text, load_gazetteer())]
[('@PBLnl', 'Organisation', 'PBL'), ('@gemeenteamersfoort', 'Municipality', 'GM0307')]
"""

from __future__ import annotations

import re

from .gazetteer import domain_entity
from .model import Mention

__all__ = ["find_handles"]

#: "@name" not inside an e-mail address (no letter, digit or dot right before the "@")
_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z][A-Za-z0-9_]{1,30})\b")
#: what a body's handle puts before its name: "@gemeenteamersfoort", "@provincieutrecht"
_PREFIXES = ("gemeente", "provincie")
#: what a body's handle puts after its name: "@PBLnl", "@Aedesnl"
_SUFFIXES = ("nl", "_nl")


def _spellings(handle: str) -> list[str]:
    """The names a handle may spell, the handle itself first: "pblnl", "pbl"."""
    low = handle.lower()
    found = [low]
    for prefix in _PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            found.append(low[len(prefix):])
    for name in list(found):
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                found.append(name[: -len(suffix)])
    return found


def find_handles(text: str, gazetteer) -> list[Mention]:
    """The handles in ``text`` that name a municipality, ministry or organisation of ``gazetteer``."""
    if "@" not in text:
        return []
    found = []
    for match in _HANDLE.finditer(text):
        entity = next((e for e in (domain_entity(f"{name}.nl", gazetteer) for name in _spellings(match.group(1)))
                       if e is not None), None)
        if entity is not None:
            found.append(Mention(match.start(), match.end(), match.group(), entity[0], "gazetteer.handle", 0.8,
                                 key=entity[1]))
    return found
