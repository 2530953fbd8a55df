"""Unknown capitalised members of a list that also names a known organisation or ministry: "samen met IenW,
Heijmans en VodafoneZiggo" (split out of :mod:`graph.extract.organisations`).
"""

from __future__ import annotations


from .lexicon import load_lexicon
from .model import Mention
from .organisations import ARTICLES, capitalised_run
from .phrases import STOP, is_cap
from .role_words import role_pattern
from .tokens import NAME_START, Token

__all__ = ["find_list_organisations"]


def find_list_organisations(text: str, tokens: list[Token], blocked: set[int], known: dict[int, Mention],
                            sentence_starts: set[int]) -> list[Mention]:
    """Unknown capitalised list members next to known organisations/ministries.

    ``known`` maps a token index to the organisation/ministry mention that starts there.
    """
    first_names, portfolios = load_lexicon().first_names, load_lexicon().portfolios
    mentions: list[Mention] = []
    n = len(tokens)
    for i in NAME_START.indexes(tokens):
        if i in blocked or i in sentence_starts or not tokens[i].text[:1].isupper() or not tokens[i].text.isalnum():
            continue
        if tokens[i].text == "De" and i + 1 < n and is_cap(tokens[i + 1]):
            continue  # taken with the next word
        if tokens[i].text in first_names or tokens[i].text in ARTICLES:
            continue
        j = capitalised_run(tokens, i, text, blocked)
        if j <= i or j - i > 3:
            continue
        prev = i - 1
        if prev >= 0 and tokens[prev].text.lower() in ("de", "het"):
            prev -= 1
        together = prev >= 1 and tokens[prev].text == "met" and tokens[prev - 1].text.lower() in ("samen", "samenwerking")
        if prev < 0 or (tokens[prev].text not in (",", "en") and not together):
            continue
        nxt = tokens[j].text if j < n else ""
        if nxt not in (",", "en", ".", ")", ";") and not (nxt and nxt.islower()):
            continue
        if nxt == "," and j + 1 < n and role_pattern().match(text, tokens[j + 1].start):
            continue  # "samen met Kwaku Mensah, hoofd Lobby van …": a person in apposition to a role (round 40b)
        # a known organisation or ministry in the same list, on either side (or "samen met" itself)
        if not together and not _list_neighbour(tokens, i, j, known):
            continue
        if " ".join(text[tokens[i].start:tokens[j - 1].end].split()).lower() in portfolios:
            continue  # "lector Armoede en Participatie, Hogeschool Windesheim": a policy field, no organisation
        if j - i == 1 and (tokens[i].text.lower() in STOP or tokens[i].text.lower() in _STATUS):
            continue  # "…, Namens de G40 nemen deel", "…, Geannuleerd.": a word of the sentence a cell's break capitalised (58r)
        if j - i == 1 and nxt.islower() and tokens[i - 1].text.lower() in ("de", "het") \
                and tokens[i].text.endswith(("se", "sche")):
            continue  # "Københavns Kommune en de Deense staat": an adjective before a noun, no name (round 58s)
        if j - i == 1 and tokens[i].text.lower() in _GOVERNMENT_KINDS:
            continue  # "het Ministerie van Economische Zaken en Klimaat en …": the kind before the name, no name
        if " ".join(text[tokens[i].start:tokens[j - 1].end].split()).lower() in _DEAL_KINDS:
            continue  # "EZ en de City Deal werken samen": the kind of a programme alone points back to one, no name (59w)
        if i > 0 and tokens[i - 1].text == "De" and tokens[i - 1].start > 0 and not (i - 1) in sentence_starts:
            i -= 1  # "De Groene Zaak": a capitalised article mid-sentence belongs to the name
        start, end = tokens[i].start, tokens[j - 1].end
        mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.list-member", 0.6,
                                name=" ".join(text[start:end].split())))
    return mentions


#: a status an agenda or a table gives an item, no name: "Geannuleerd", "Verplaatst", "Gewijzigd" (not "Belastingdienst")
_STATUS = frozenset({"geannuleerd", "afgelast", "vervallen", "verplaatst", "uitgesteld", "gewijzigd", "vervangen",
                     "aangehouden", "ingetrokken"})
#: the kind words of a government body, which alone name none: "Ministerie", "Gemeente", "Provincie"
_GOVERNMENT_KINDS = frozenset({"ministerie", "gemeente", "provincie", "waterschap"})
_LIST_GLUE = {",", "en", "de", "het", "&", "-"}
#: the kind of a deal without a name of its own ("de City Deal"): a reference to a programme, never an organisation
_DEAL_KINDS = frozenset({"city deal", "regio deal", "green deal", "woondeal", "city deals", "regio deals"})


def _list_neighbour(tokens: list[Token], i: int, j: int, known: dict[int, Mention]) -> bool:
    """Whether a known organisation sits in the same comma/"en" list as tokens[i:j] (not one in brackets
    after a name: "Eva Smit (VVD) - Wonen en Ruimtelijke ordening" lists a person's party and portfolio)."""
    for step, start in ((-1, i - 1), (1, j)):
        k = start
        while 0 <= k < len(tokens) and abs(k - start) < 16:
            if k in known and not (k > 0 and tokens[k - 1].text == "("):
                return True
            word = tokens[k].text
            if word in _LIST_GLUE or (word[:1].isupper() and word not in ARTICLES) or word == ")":
                k += step
                continue
            break
    return False
