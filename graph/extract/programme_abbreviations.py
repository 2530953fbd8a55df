"""A programme's abbreviation, given in brackets after its name and used on its own later.

Policy texts name a programme in full once, with its abbreviation in brackets, and then use the
abbreviation alone::

    Breda ontvangt geld uit het Fonds Leefbaarheid en Wijkaanpak (FLW). Ook Ede doet mee aan het FLW.
    De Woondeal Regio Zwolle (WRZ) loopt tot 2030. In de WRZ werken tien gemeenten samen.

The abbreviation in brackets, and each later use of it as a word of its own, is a mention of the
programme (labelled with the programme's name, so all resolve to one entity). The letters of the
abbreviation must be the initials of capitalised words of the name, in order, the first one first
("Fonds Leefbaarheid en Wijkaanpak" – FLW; "Regionale Energiestrategie" – RES takes the letters of
the compound's parts as well, so only the first letter and the order count there). An abbreviation
that names something else already (a token another mention holds) is left alone.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> from graph.extract.model import Mention
>>> text = "Geld uit het Fonds Leefbaarheid en Wijkaanpak (FLW). Ede doet mee aan het FLW."
>>> fund = Mention(13, 45, "Fonds Leefbaarheid en Wijkaanpak", "Programme", "programmes.head-first", 0.8)
>>> [(m.text, m.label) for m in programme_abbreviations(text, tokenize(text), set(), [fund])]
[('FLW', 'Fonds Leefbaarheid en Wijkaanpak'), ('FLW', 'Fonds Leefbaarheid en Wijkaanpak')]
"""

from __future__ import annotations

import bisect

from .model import Mention
from .organisations import looks_like_abbreviation
from .tokens import Token

__all__ = ["ABBREVIATION_RULE", "programme_abbreviations"]

ABBREVIATION_RULE = "programmes.abbreviation"


def _initials_in_order(name: str, abbreviation: str) -> bool:
    """Whether the capitals of ``abbreviation`` are, in order, capitals of ``name`` (the first its first).

    >>> _initials_in_order("Fonds Leefbaarheid en Wijkaanpak", "FLW"), _initials_in_order("Regionale Energiestrategie", "RES")
    (True, True)
    >>> _initials_in_order("Woondeal Regio Zwolle", "ABC")
    False
    """
    capitals = [c for c in abbreviation if c.isupper()]
    if not capitals or name[:1] != capitals[0]:
        return False
    k = 0
    for c in name.replace("-", " "):
        if k < len(capitals) and c.upper() == capitals[k] and (c.isupper() or k > 0):
            k += 1
    return k == len(capitals)


def programme_abbreviations(text: str, tokens: list[Token], blocked: set[int], programmes: list[Mention]) -> list[Mention]:
    """Mentions of the abbreviations of ``programmes`` (see the module docstring); ``blocked``: the
    indexes of tokens other mentions hold."""
    starts = [t.start for t in tokens]
    taken = {(m.start, m.end) for m in programmes}
    found: dict[str, str] = {}
    out: list[Mention] = []
    for programme in programmes:
        k = bisect.bisect_left(starts, programme.end)
        if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")" \
                or text[programme.end:tokens[k].start].strip():
            continue
        abbreviation = tokens[k + 1]
        if not looks_like_abbreviation(abbreviation.text) or k + 1 in blocked \
                or not _initials_in_order(programme.label, abbreviation.text):
            continue
        found.setdefault(abbreviation.text, programme.label)
    if not found:
        return []
    for k, token in enumerate(tokens):
        label = found.get(token.text)
        if label is not None and k not in blocked and (token.start, token.end) not in taken:
            out.append(Mention(token.start, token.end, token.text, "Programme", ABBREVIATION_RULE, 0.8, name=label))
            taken.add((token.start, token.end))
    return out
