"""A place that opens a body's or programme's name: "de stuurgroep Utrecht Oost Bereikbaar", "het programma
Zwolle Spoorzone Oost". Helper of :mod:`.units` and :mod:`.programmes` (round 48g).

After a kind word ("stuurgroep", "programma") a name that opens with a municipality or province and goes
on in capitalised words, one space apart, is one name: the body or programme of its own, not the town.
The name ends at the first word that is not capitalised, at another mention or at punctuation. A place
alone ("de stuurgroep Utrecht") or places in a list ("Utrecht, Zeist") is no such name.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> tokens = tokenize("lid van de stuurgroep Utrecht Oost Bereikbaar en van de stuurgroep Utrecht.")
>>> place_opening_name(tokens, (4, 7), {4, 11}, {4, 11}), place_opening_name(tokens, (11, 12), {4, 11}, {4, 11})
(7, None)
"""

from __future__ import annotations

from .tokens import Token

__all__ = ["place_opening_name"]


def place_opening_name(tokens: list[Token], span: tuple[int, int], blocked: set[int], places: set[int]) -> int | None:
    """The end of the name ``span`` (token indexes) when a place opens it and capitalised words follow (see
    the module docstring), else None; ``blocked``: tokens of other mentions, ``places``: of places."""
    first = span[0]
    if first not in places or first not in blocked:
        return None
    end = first + 1
    while end in places and end < span[1]:
        end += 1  # a place of more words: "Den Haag Zuidwest"
    start_words = end
    while end < span[1] and end not in blocked and tokens[end].text[:1].isupper() and tokens[end].text.isalpha() \
            and tokens[end].start == tokens[end - 1].end + 1:
        end += 1
    return end if end > start_words else None
