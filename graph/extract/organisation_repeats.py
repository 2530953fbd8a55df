"""Later (and earlier) uses of an organisation's name that one phrase gave away: "de ontwikkelingsmaatschappij
LIOF … LIOF wordt penvoerder", "woningcorporatie Stadswonen Dordt … van Stadswonen Dordt", "Stichting Buurtkracht
… samen met Buurtkracht" (split out of :mod:`graph.extract.organisations`).
"""

from __future__ import annotations

import re

from .kind_lists import KIND_LIST
from .legal_forms import LEGAL_HEADS, standing_free
from .model import Mention
from .tokens import Token

__all__ = ["repeated_words"]


def _distinctive(word: str) -> bool:
    """Whether a one-word name is spelled as no ordinary word is: "LIOF", "ProRail", "Platform31" (not "Present").

    >>> [_distinctive(w) for w in ("LIOF", "ProRail", "Platform31", "Present", "NL")]
    [True, True, True, False, False]
    """
    return len(word) >= 3 and word[0].isupper() and (any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word))


def repeated_words(tokens: list[Token], blocked: set[int], mentions: list[Mention], text: str = "") -> list[Mention]:
    """Later (and earlier) uses of a one-word organisation name found once in a phrase that gave it away:
    "de ontwikkelingsmaatschappij LIOF en Zuyd Hogeschool … LIOF wordt penvoerder", "directeur van
    woningcorporatie Portaal … Portaal is partner in de City Deal" (a word the text also writes in lower case,
    an ordinary word, not where a sentence starts); and of a name of
    capitalised words its kind word gave away: "woningcorporatie Stadswonen Dordt … Directeur X van
    Stadswonen Dordt"; and of the name after a legal form, without it: "Stichting Buurtkracht … samen met
    Buurtkracht" (standing free: not opening a sentence, no capitalised word glued to it).

    >>> from graph.extract.tokens import tokenize
    >>> text = "De woningcorporatie Stadswonen Dordt bouwt. X van Stadswonen Dordt vertelt."
    >>> found = Mention(20, 36, "Stadswonen Dordt", "Organisation", "organisations.kind-word", 0.75)
    >>> [(m.start, m.text) for m in repeated_words(tokenize(text), set(), [found])]
    [(50, 'Stadswonen Dordt')]
    """
    names = {(m.text,): m.label for m in mentions if m.type == "Organisation" and _distinctive(m.text)}
    names.update({tuple(m.text.split()): m.label for m in mentions
                  if m.rule == "organisations.kind-word" and _capitalised_name(m.text)
                  or m.rule == KIND_LIST and all(w[:1].isupper() for w in m.text.split())})
    bare = {tuple(m.text.split()[1:]): m.label for m in mentions if m.rule == "organisations.head-word"
            and m.text.split()[0] in LEGAL_HEADS and all(w[:1].isupper() and w.isalpha() for w in m.text.split()[1:])}
    bare.update(_without_initials(mentions))
    bare = {words: label for words, label in bare.items() if words and words not in names}
    names.update(bare)
    # a one-word name a plural kind word gave away, later: not where a sentence starts (an ordinary word)
    listed = {(m.text,) for m in mentions if m.rule == KIND_LIST and " " not in m.text}
    # a one-word name a kind word gave away ("directeur van woningcorporatie Portaal … Portaal is partner in …"):
    # where a sentence starts only when the text never writes it as an ordinary word in lower case ("alliantie")
    single = {(m.text,): m.label for m in mentions if m.rule == "organisations.kind-word" and m.text.isalpha()
              and m.text[:1].isupper() and (m.text,) not in names}
    names.update(single)
    listed |= {words for words in single if re.search(rf"\b{re.escape(words[0].lower())}\b", text)}
    if not names:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    firsts = {words[0] for words in names}
    out = []
    for k, token in enumerate(tokens):
        if token.text not in firsts or k in blocked or any(a <= token.start < b for a, b in spans):
            continue
        if (token.text,) in listed and (k == 0 or tokens[k - 1].text in ".!?:\"“" or "\n" in text[tokens[k - 1].end:token.start]):
            continue  # a word of one capital at a sentence's start may be an ordinary word
        if (token.text,) in single and _continues_a_name(tokens, k, text):
            continue  # "de City Deal Circulaire Binnenstad": the last word of a longer name, not the organisation
        for words, label in names.items():
            last = k + len(words) - 1
            if last < len(tokens) and tuple(t.text for t in tokens[k:last + 1]) == words \
                    and not any(j in blocked for j in range(k, last + 1)) \
                    and all(tokens[j + 1].start == tokens[j].end + 1 for j in range(k, last)) \
                    and (words not in bare or standing_free(tokens, k, last)):
                out.append(Mention(token.start, tokens[last].end, " ".join(words), "Organisation",
                                   "organisations.repeat", 0.75, name=label))
                break
    return out


#: a bureau's kind word that opens its name before a legal form in initials: "Bureau Stadkompas B.V."
_BUREAU_HEADS = frozenset({"Bureau", "Adviesbureau", "Onderzoeksbureau", "Ingenieursbureau"})
#: a legal form in initials closing a name (:func:`graph.extract.legal_forms.legal_form_end`)
_INITIALS = re.compile(r"\s+(?:B\.V\.|N\.V\.|U\.A\.)$")


def _without_initials(mentions: list[Mention]) -> dict[tuple, str]:
    """The bare names of organisations named with a legal form in initials, without it and without a bureau's
    kind word before them: "Bureau Stadkompas B.V." (a letter's letterhead or signature) … "senior adviseur bij
    Stadkompas" (round 56s); the name's words capitalised ("Bouwbedrijf Jansen B.V." gives "Bouwbedrijf Jansen").

    >>> m = Mention(0, 22, "Bureau Stadkompas B.V.", "Organisation", "organisations.legal-form", 0.8)
    >>> _without_initials([m])
    {('Stadkompas',): 'Bureau Stadkompas B.V.'}
    >>> _without_initials([Mention(0, 19, "Bureau van Dam B.V.", "Organisation", "organisations.legal-form", 0.8)])
    {}
    """
    out = {}
    for m in mentions:
        if m.rule != "organisations.legal-form" or not _INITIALS.search(m.text):
            continue
        words = m.text[:_INITIALS.search(m.text).start()].split()
        if words and words[0] in _BUREAU_HEADS:
            words = words[1:]
        if words and all(w[:1].isupper() and w.isalpha() for w in words):
            out[tuple(words)] = m.label
    return out


def _continues_a_name(tokens: list[Token], k: int, text: str) -> bool:
    """Whether token ``k`` follows a capitalised word in the same line with one space between, not where a
    sentence starts: it continues that word's name ("City Deal Circulaire Binnenstad", round 48g).

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("de City Deal Circulaire Binnenstad. Binnenstad bouwt met Binnenstad.")
    >>> [_continues_a_name(tokens, k, "") for k in (4, 6, 9)]
    [True, False, False]
    """
    if k < 2:
        return False
    before = tokens[k - 1]
    return before.end + 1 == tokens[k].start and before.text[:1].isupper() and before.text.isalpha() \
        and tokens[k - 2].text not in ".!?:;\"“" and "\n" not in text[tokens[k - 2].end:before.start]


def _capitalised_name(name: str) -> bool:
    """Whether a name of two to four words is capitalised throughout ("Stadswonen Dordt", "Woonstichting
    IJsselzicht"): as distinctive as a name of one word spelled unlike any ordinary word.

    >>> [_capitalised_name(n) for n in ("Stadswonen Dordt", "Portaal", "Stichting van Harte")]
    [True, False, False]
    """
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
