"""Prizes: "de G40 Prijs voor de Inclusieve Stad", "de Award voor de Beste Wijkaanpak".

A network or ministry that hands out a prize each year names it with a capitalised "Prijs" (or
"Award", "Trofee") and a Title Case name after "voor de"/"voor het", often with its own
abbreviation in front: "de G40 Prijs voor de Inclusieve Stad 2023", "de VNG Prijs voor het Beste
Raadsvoorstel", "de Prijs voor de Vitale Binnenstad". Such a prize is run like a programme (a
jury, nominees, a winner), so it is a Programme (kind ``project``); the abbreviation in front is part
of its name but stays a mention of the organisation (the prize is the network's own), and a year
after it names one round of the prize, not another prize. "de prijs" later in the document is the
prize named before (when there is one).

A lower-case "prijs" ("de prijs van een woning"), "Prijs" opening a sentence without an
abbreviation in front, or a "Prijs" with no Title Case name after it ("de VNG Prijs") names none.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Breda won de G40 Prijs voor de Inclusieve Stad 2023. De prijs is bedoeld voor steden."
>>> g40 = Mention(13, 16, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
>>> [(m.text, m.label, m.rule) for m in find_prizes(text, tokenize(text), [g40])]
[('Prijs voor de Inclusieve Stad', 'G40 Prijs voor de Inclusieve Stad', 'programmes.prize'), \
('De prijs', 'G40 Prijs voor de Inclusieve Stad', 'references.prijs')]
"""

from __future__ import annotations

import re

from .model import Mention
from .phrases import is_cap, name_after
from .tokens import Token, WordTest

__all__ = ["find_prizes", "PRIZE_WORDS"]

#: the words that name a prize when capitalised before its name
PRIZE_WORDS = frozenset({"prijs", "award", "trofee"})
#: a prize word with a capital ("Prijs", "Award"): the tokens the loop below looks at
_CAPITAL_PRIZE_WORD = WordTest(lambda word: word.lower() in PRIZE_WORDS and word[:1].isupper())
#: "de prijs", "De prijs", "deze prijs": the prize named before, when no name follows
_REFERENCE = re.compile(r"\b([Dd]e|[Dd]eze)\s+prijs\b(?!\s*(?:voor|van)\b)(?![\w-])")


def _abbreviation_before(text: str, token: Token, mentions: list[Mention]) -> Mention | None:
    """The organisation's abbreviation one space before ``token`` ("G40" in "G40 Prijs"), if any."""
    return next((m for m in mentions if m.end == token.start - 1 and text[m.end] == " " and m.type == "Organisation"
                 and m.text.isupper() and m.text.isalnum()), None)


def _name_end(tokens: list[Token], i: int, text: str) -> int | None:
    """The end (token index) of a prize's name after the prize word at ``i``: "voor de Inclusieve
    Stad", or Title Case words right after it; None when no such name follows."""
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].text == "voor" and tokens[k + 1].text in ("de", "het"):
        k += 2
    span = name_after(tokens, k, text, article_inside=True)
    if span is None or not all(is_cap(t) or t.text in ("en", "&", "de", "het", "voor", "van") for t in tokens[span[0]:span[1]]):
        return None
    end = span[1]
    while end > span[0] and (tokens[end - 1].text.isdigit() or not is_cap(tokens[end - 1])):
        end -= 1  # "… Inclusieve Stad 2023": the year names a round of the prize
    return end if end > span[0] else None


def find_prizes(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Prize mentions (Programme, kind ``project``) and the references "de prijs" to the one prize
    named before them; ``mentions`` are the mentions found so far (for an abbreviation in front)."""
    found: list[Mention] = []
    for i in _CAPITAL_PRIZE_WORD.indexes(tokens):
        token = tokens[i]
        owner = _abbreviation_before(text, token, mentions)
        if owner is None and (i == 0 or tokens[i - 1].text in ".!?:;#|" or "\n" in text[tokens[i - 1].end:token.start]):
            continue  # "Prijs" opening a sentence or a line is any word
        end = _name_end(tokens, i, text)
        if end is None:
            continue
        stop = tokens[end - 1].end
        name = " ".join(text[token.start:stop].split())
        found.append(Mention(token.start, stop, text[token.start:stop], "Programme", "programmes.prize", 0.8,
                             name=f"{owner.text} {name}" if owner else name, kind="project"))
    if len({m.label for m in found}) != 1:
        return found  # no prize, or two: "de prijs" says not which
    prize = found[0]
    for match in _REFERENCE.finditer(text, prize.end):
        found.append(Mention(match.start(), match.end(), match.group(), "Programme", "references.prijs", 0.7,
                             name=prize.label, kind="project"))
    return found
