"""A place that closes a programme's Title Case name: "de Stedelijke Agenda Overijssel", "de Regionale
Energiestrategie Twente". Helper of :mod:`.programmes` (round 46a).

A capitalised compound on a programme word ("Agenda", "Energiestrategie") after a capitalised word of its own
("Stedelijke", "Regionale") names one programme; a municipality or province right after it that ends the
clause names whose programme it is and belongs to the name, as a region belongs to a Regio Deal's. A place
followed by more of a list ("… Agenda Overijssel en Zwolle") or by a capitalised word is left alone, and so is
a compound that opens its name (one word: "het Woningbouwfonds Zwolle" may be the fund's money for Zwolle).

A region named by a compass word before a province or area ("Noord-Limburg", "Zuid-Gelderland") after a one-word
compound does belong to it: "het Talentpact Noord-Limburg" (:func:`region_closing_compound`, round 54f); such a
region is no body that could own the money. A province whose own name opens with a compass word
("Noord-Brabant", "Zuid-Holland": its tokens are in ``places``) is left to the rule above.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Deventer werkt samen in de Stedelijke Agenda Overijssel."
>>> tokens = tokenize(text)
>>> place_closing_name(tokens, 5, 6, {7}, text)
8
>>> text = "Deventer werkt samen in de Stedelijke Agenda Overijssel en Zwolle."
>>> place_closing_name(tokenize(text), 5, 6, {7, 9}, text) is None
True
"""

from __future__ import annotations

from .phrases import is_cap
from .tokens import Token

__all__ = ["place_closing_name", "region_closing_compound"]

#: what may follow the place for it to close the name: the clause ends, a bracket or a table cell closes
_CLOSERS = frozenset({".", ",", ";", ":", ")", "(", "!", "?", "|"})


def place_closing_name(tokens: list[Token], first: int, head: int, places, text: str) -> int | None:
    """The token index after the place that closes the name ``tokens[first:head + 1]`` ("Stedelijke
    Agenda"), or None when no place closes it.

    ``places`` holds the indexes of tokens inside municipality or province names; the name must open with
    a capitalised word before the head (``first < head``) and the place must follow the head on its line.
    """
    k = head + 1
    if first >= head or k >= len(tokens) or k not in places or "\n" in text[tokens[head].end:tokens[k].start]:
        return None
    end = k + 1
    while end < len(tokens) and (end in places or tokens[end].text == "-" and end + 1 in places
                                 and tokens[end].start == tokens[end - 1].end):
        end += 2 if tokens[end].text == "-" else 1
    if end < len(tokens) and "\n" not in text[tokens[end - 1].end:tokens[end].start]:
        nxt = tokens[end]
        if nxt.text not in _CLOSERS and (is_cap(nxt) or nxt.text in ("en", "&", "of", "-") or not nxt.text.isalpha()):
            return None
    return end


#: the compass words that name a part of a province: "Noord-Limburg", "Midden-Brabant"
_COMPASS = frozenset({"Noord", "Zuid", "Oost", "West", "Midden", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest"})


def region_closing_compound(tokens: list[Token], head: int, places, text: str) -> int | None:
    """The token index after a region "<compass>-<province>" right after the compound ``tokens[head]``
    on its line ("Talentpact Noord-Limburg"), when the clause ends after it; else None.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Het Talentpact Noord-Limburg is in 2021 gestart."
    >>> region_closing_compound(tokenize(text), 1, set(), text)
    5
    >>> text = "Het Talentpact Noord-Brabant is in 2021 gestart."
    >>> region_closing_compound(tokenize(text), 1, {2, 3, 4}, text) is None
    True
    """
    k = head + 1
    if k + 2 < len(tokens) and tokens[k + 2].text in _COMPASS and tokens[k].text not in _COMPASS and is_cap(tokens[k]):
        return _region_then_compass(tokens, head, text)
    if k + 2 >= len(tokens) or tokens[k].text not in _COMPASS or tokens[k + 1].text != "-" or k in places \
            or not is_cap(tokens[k + 2]) or "\n" in text[tokens[head].end:tokens[k].start] \
            or tokens[k + 1].start != tokens[k].end or tokens[k + 2].start != tokens[k + 1].end:
        return None
    end = k + 3
    if end < len(tokens) and "\n" not in text[tokens[end - 1].end:tokens[end].start] \
            and (is_cap(tokens[end]) or tokens[end].text == "-"):
        return None  # "Talentpact Noord-Limburg Werkt": a longer name this rule does not read
    return end


def _region_then_compass(tokens: list[Token], head: int, text: str) -> int | None:
    """The token index after a region "<region>-<compass>" right after the compound ``tokens[head]`` ("de
    Werkcoalitie Twente-West", "het Talentpact Brabant-Noord": a part of a region named by its compass point
    after it; round 57r), when the clause ends after it; else None.

    >>> from graph.extract.tokens import tokenize
    >>> text = "De Werkcoalitie Twente-West is in 2022 opgericht."
    >>> region_closing_compound(tokenize(text), 1, set(), text)
    5
    >>> text = "De Werkcoalitie Twente-West Werkt is opgericht."
    >>> region_closing_compound(tokenize(text), 1, set(), text) is None
    True
    """
    k = head + 1
    if tokens[k + 1].text != "-" or "\n" in text[tokens[head].end:tokens[k].start] \
            or tokens[k + 1].start != tokens[k].end or tokens[k + 2].start != tokens[k + 1].end:
        return None
    end = k + 3
    if end < len(tokens) and "\n" not in text[tokens[end - 1].end:tokens[end].start] \
            and (is_cap(tokens[end]) or tokens[end].text == "-"):
        return None
    return end
