"""Organisations listed after their kind noun in the plural.

A plural kind noun says that each name of the list after it is an organisation of that kind, however
plain the names: "de woningcorporaties Woonbedrijf en Trudo", "de hogescholen Fontys, Zuyd en Avans",
"de netbeheerders Enexis en Liander". The list is capitalised names joined by commas and one "en";
it ends at the first word that is neither ("… en Trudo en de Metropoolregio": "de" ends it). A name
the gazetteer knows stays its own mention; a list of one name is no list ("de corporaties in Venlo").

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Ook de woningcorporaties Woonbedrijf en Trudo tekenden."
>>> [m.text for m in plural_kind_names(text, tokenize(text), set())]
['Woonbedrijf', 'Trudo']
"""

from __future__ import annotations

from .model import Mention
from .phrases import is_cap
from .tokens import Token, WordTest

__all__ = ["plural_kind_names", "KIND_LIST"]

#: the rule of a name listed after a plural kind noun
KIND_LIST = "organisations.kind-list"

#: kinds of organisation (singular) whose plural may open a list of names
_KINDS = frozenset({"woningcorporatie", "corporatie", "zorgverzekeraar", "netbeheerder", "hogeschool", "universiteit",
                    "onderwijsinstelling", "kennisinstelling", "kennisinstituut", "woonstichting", "stichting",
                    "ontwikkelingsmaatschappij", "waterschap", "omgevingsdienst", "welzijnsorganisatie",
                    "zorgorganisatie", "brancheorganisatie", "bouwbedrijf", "energiebedrijf", "vervoerder",
                    "projectontwikkelaar", "ontwikkelaar", "zorgaanbieder", "werkgeversorganisatie", "bank",
                    "ziekenhuis", "mbo-instelling", "roc"})


def _singular(word: str) -> str | None:
    """The kind noun a plural is of ("woningcorporaties" -> "woningcorporatie", "hogescholen" -> "hogeschool").

    >>> [_singular(w) for w in ("woningcorporaties", "hogescholen", "waterschappen", "universiteiten", "corporatie")]
    ['woningcorporatie', 'hogeschool', 'waterschap', 'universiteit', None]
    """
    low = word.lower()
    stems = [low[:-1]] if low.endswith("s") else []
    if low.endswith("en") and len(low) > 5:
        stems += [low[:-2], low[:-3], low[:-4] + low[-4] + low[-4:-2]]  # stichtingen, waterschappen, hogescholen
    return next((stem for stem in stems if stem in _KINDS), None)


_PLURAL_KIND = WordTest(lambda word: word.islower() and _singular(word) is not None)


def _name_end(tokens: list[Token], k: int, blocked: set[int], text: str) -> int:
    """The end of the name of at most three capitalised words at ``k`` on one line (``k`` when none)."""
    j = k
    while j < min(len(tokens), k + 3) and is_cap(tokens[j]) and (j == k or j not in blocked) \
            and (j == k or "\n" not in text[tokens[j - 1].end:tokens[j].start]):
        j += 1
    return j


def plural_kind_names(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """The names a plural kind noun lists (see the module's docstring); known names are left out."""
    out: list[Mention] = []
    n = len(tokens)
    for k in _PLURAL_KIND.indexes(tokens):
        names: list[tuple[int, int]] = []
        i = k + 1
        while i < n:
            end = _name_end(tokens, i, blocked, text)
            if end == i:
                break
            names.append((i, end))
            if end + 1 < n and tokens[end].text == "," and is_cap(tokens[end + 1]):
                i = end + 1
            elif end + 1 < n and tokens[end].text in ("en", "&") and is_cap(tokens[end + 1]):
                last = _name_end(tokens, end + 1, blocked, text)
                names.append((end + 1, last))
                break
            else:
                names = []  # no "en" closes it: not a list ("de corporaties Noord, Zuid, …" cut off, or a title)
                break
        if len(names) < 2:
            continue
        for first, end in names:
            if first in blocked:
                continue
            start, stop = tokens[first].start, tokens[end - 1].end
            out.append(Mention(start, stop, text[start:stop], "Organisation", KIND_LIST, 0.7,
                               name=" ".join(text[start:stop].split())))
    return out
