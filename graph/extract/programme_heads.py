"""Head words of programme names that Dutch names in two more ways than :mod:`.programmes` reads.

- A head word with what it is for, after it: "het Pact voor de Leefomgeving", "de Coalitie tegen
  Eenzaamheid" (a Title Case name after "voor/tegen (de/het)"; not "het Fonds voor Cultuurparticipatie",
  a body that funds, nor "het Pact voor de zomer").
- A capitalised name glued by a hyphen before the head word: "de Brainport-aanpak", "het
  Parkstad-akkoord" (not "de wijk- en buurtaanpak", nor a name the gazetteer knows: "de G40-aanpak").

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Zwolle tekende het Pact voor de Leefomgeving en de Brainport-aanpak."
>>> tokens = tokenize(text)
>>> purpose_name(tokens, 3, set(), text), named_hyphen_compound(tokens, 11, set())
((4, 7), True)
"""

from __future__ import annotations

from .phrases import is_cap, name_after
from .tokens import Token

__all__ = ["HYPHEN_HEADS", "named_hyphen_compound", "purpose_name"]

_ARTICLES = {"de", "het", "een", "deze", "dit"}


#: head words that a capitalised name glued by a hyphen makes a programme: "de Brainport-aanpak", with their
#: programme_kinds.csv row
HYPHEN_HEADS = {"aanpak": "aanpak", "akkoord": "akkoord", "pact": "pact"}


def named_hyphen_compound(tokens: list[Token], i: int, blocked) -> bool:
    """Whether head word ``i`` closes "<article> <Name>-<head>" with the hyphen glued on both sides ("de
    Brainport-aanpak"; not "de wijk- en buurtaanpak", nor a known name before it).

    >>> from graph.extract.tokens import tokenize
    >>> named_hyphen_compound(tokenize("deel aan de Brainport-aanpak voor"), 5, set())
    True
    >>> named_hyphen_compound(tokenize("deel aan de Brainport - aanpak"), 5, set())
    False
    """
    return i >= 3 and tokens[i - 1].text == "-" and tokens[i - 2].end == tokens[i - 1].start \
        and tokens[i - 1].end == tokens[i].start and is_cap(tokens[i - 2]) and tokens[i - 2].text.isalnum() \
        and i - 2 not in blocked and tokens[i - 3].text.lower() in _ARTICLES


#: the prepositions of a name that says what its head word is for: "Pact voor de Leefomgeving", "Coalitie tegen Eenzaamheid"
_PURPOSES = frozenset({"voor", "tegen"})


def purpose_name(tokens: list[Token], i: int, blocked, text: str) -> tuple[int, int] | None:
    """The span after a capitalised head word ``i`` that says what it is for, on one line: "(het Pact) voor de
    Leefomgeving", "(de Coalitie) tegen Eenzaamheid" (a Title Case name after "voor/tegen (de/het)").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zwolle tekende het Pact voor de Leefomgeving."
    >>> purpose_name(tokenize(text), 3, set(), text)
    (4, 7)
    >>> text = "Zwolle tekende het Pact voor de zomer."
    >>> purpose_name(tokenize(text), 3, set(), text) is None
    True
    """
    k = i + 1
    if k + 1 >= len(tokens) or tokens[k].text not in _PURPOSES or tokens[i].text.lower() == "fonds":
        return None  # "het Fonds voor Cultuurparticipatie" is a body that funds, an organisation
    first = k + 2 if tokens[k + 1].text in ("de", "het") else k + 1
    span = name_after(tokens, first, text) if first < len(tokens) else None
    if span is not None and any(j in blocked for j in range(*span)):
        span = None  # another name inside: no name of its own
    if span is None or span[0] != first or not is_cap(tokens[span[1] - 1]) \
            or "\n" in text[tokens[i].end:tokens[span[1] - 1].start]:
        return None
    return k, span[1]
