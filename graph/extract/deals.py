"""Deals: a City Deal, Regio Deal, Green Deal or Woondeal and its name, and the family of deals. Helpers of
:mod:`.programmes`.
"""

from __future__ import annotations

from .model import Mention
from .phrases import is_cap
from .tokens import Token
from .programme_names import _cut

__all__ = ["as_name", "_deal_family", "_DEAL_KINDS", "_deal_name", "_DEALS", "_no_deal_name"]


#: deals between the Rijk and cities or regions, with the spelling of their label
_DEALS = {"city": "City Deal", "regio": "Regio Deal", "green": "Green Deal", "woon": "Woondeal"}


#: deals named after their region ("Regio Deal Twente", "Woondeal Zwolle")
_REGIONAL_DEALS = {"Regio Deal", "Woondeal"}


#: each deal's programme kind: a list of City Deals holds no Regio Deal or Woondeal
_DEAL_KINDS = {"City Deal": "citydeal", "Regio Deal": "regiodeal", "Green Deal": "greendeal", "Woondeal": "woondeal"}


def _deal_name(deal: str, span, tokens: list[Token], blocked: set[int], places: set[int]):
    """A deal's name ``span`` stopped at another mention. A Regio Deal or a Woondeal is named after
    its region: a place is part of the name ("Regio Deal Zeeland", "Woondeal Regio Zwolle"), which
    ends at the first word in lower case ("In de Regio Deal Twente werken Enschede en Hengelo samen")."""
    if deal not in _REGIONAL_DEALS or span is None:
        return _cut(span, blocked, tokens)
    end = span[0]
    if tokens[end].text == "regio" and end + 1 < span[1] and is_cap(tokens[end + 1]):
        end += 1  # "Woondeal regio Utrecht": the region's lower-case kind word opens the name
    while end < span[1] and (is_cap(tokens[end]) or tokens[end].text in ("-", "&")
                             or tokens[end].text == "en" and end + 1 < span[1] and is_cap(tokens[end + 1])):
        end += 1
    return _cut((span[0], end), blocked - places, tokens) if end > span[0] else None


def as_name(tokens: list[Token], span, blocked: set[int], text: str):
    """A City Deal's name that goes on with "als" and a capitalised word: "de City Deal Binnenstad als Kernwaarde"
    (round 53e); "de City Deal Zon als voorbeeld" and "… als Ede" (a mention) end before "als".

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("de City Deal Binnenstad als Kernwaarde, waarin")
    >>> as_name(tokens, (3, 4), set(), "de City Deal Binnenstad als Kernwaarde, waarin")
    (3, 6)
    >>> as_name(tokenize("de City Deal Zon als voorbeeld"), (3, 4), set(), "de City Deal Zon als voorbeeld")
    (3, 4)
    """
    if span is None or span[1] + 1 >= len(tokens) or tokens[span[1]].text != "als":
        return span
    k = span[1] + 1
    if not is_cap(tokens[k]) or k in blocked or "\n" in text[tokens[span[1] - 1].end:tokens[k].start]:
        return span
    while k < len(tokens) and is_cap(tokens[k]) and k not in blocked and k - span[1] <= 3:
        k += 1
    return (span[0], k)


def _no_deal_name(tokens: list[Token], span: tuple[int, int], quoted: bool) -> bool:
    """Whether the words ``span`` after a deal word name no deal: a quotation in lower case about it
    ('de City Deal "vooral een netwerk en nauwelijks een instrument"'), or one lower-case word that ends
    the clause, the particle of a separable verb ("zette de City Deal op.", "deed de City Deal mee,"), or
    an infinitive with "te" ("vraagt uit de City Deal te stappen").

    >>> from graph.extract.tokens import tokenize
    >>> _no_deal_name(tokenize("zette de City Deal op."), (4, 5), False)
    True
    >>> _no_deal_name(tokenize('de City Deal "vooral een netwerk"'), (4, 7), True)
    True
    >>> _no_deal_name(tokenize("de City Deal Zon."), (3, 4), False), _no_deal_name(tokenize("de City Deal kennis maken"), (3, 5), False)
    (False, False)
    >>> _no_deal_name(tokenize("uit de City Deal te stappen als"), (4, 7), False)
    True
    """
    first = tokens[span[0]].text
    if quoted:
        return first[:1].islower()
    if first == "te" and span[0] + 1 < len(tokens) and tokens[span[0] + 1].text[:1].islower():
        return True  # "uit de City Deal te stappen": an infinitive, the deal is unnamed
    return span[1] - span[0] == 1 and first.isalpha() and first.islower() \
        and (span[1] >= len(tokens) or tokens[span[1]].text in (".", ",", ";", "!", "?", ")"))


def _deal_family(text: str, tokens: list[Token], i: int, blocked) -> Mention | None:
    """"de Regio Deals", "de City Deals": the family of deals as one programme, when an article
    opens it and no name follows (a name makes them a list of deals: "de City Deals X en Y").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij zette zich in voor de Regio Deals en de Woondeals."
    >>> [(m.label, m.kind) for m in (_deal_family(text, tokenize(text), 6, set()),)]
    [('Regio Deals', 'regiodeal')]
    >>> text = "Zij werkt aan de City Deals Slimme Wijk en Groene Stad."
    >>> _deal_family(text, tokenize(text), 5, set()) is None
    True
    """
    low = tokens[i].text.lower()
    if low.endswith("deals") and _DEALS.get(low[:-5]) in _DEAL_KINDS and tokens[i].text[:1].isupper():
        deal, end = _DEALS[low[:-5]], i + 1  # "de Regiodeals"
    elif low in _DEALS and i + 1 < len(tokens) and tokens[i + 1].text == "Deals" and tokens[i].text[:1].isupper():
        deal, end = _DEALS[low], i + 2  # "de City Deals"
    else:
        return None
    if i == 0 or tokens[i - 1].text.lower() not in ("de", "alle", "twee", "drie", "vier", "vijf") \
            or any(k in blocked for k in range(i, end)):
        return None
    if end < len(tokens) and (is_cap(tokens[end]) or tokens[end].text in ("'", "\"", "‘", "“")) \
            and "\n" not in text[tokens[end - 1].end:tokens[end].start]:
        return None  # a name follows: "de City Deals Slimme Wijk en Groene Stad"
    start, stop = tokens[i].start, tokens[end - 1].end
    label = deal + "s" if deal != "Woondeal" else "Woondeals"
    return Mention(start, stop, text[start:stop], "Programme", "programmes.deal-family", 0.75, name=label,
                   kind=_DEAL_KINDS[deal])
