"""Themes: the name after "thema", "thematrekker" or "themaregisseur".
"""

from __future__ import annotations

from .model import Mention
from .phrases import STOP, name_after, quoted_after
from .tokens import Token, word_test
from .programme_names import _cut, _span_text

__all__ = ["find_themes"]


#: the words a theme name follows
_THEME_CUE = word_test({"thema", "thematrekker", "themaregisseur"})


def find_themes(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Theme mentions after "thema" or "thematrekker"."""
    mentions: list[Mention] = []
    n = len(tokens)
    for i in _THEME_CUE.indexes(tokens):
        if i in blocked:
            continue
        token = tokens[i]
        low = token.text.lower()
        previous = tokens[i - 1].text.lower() if i > 0 else ""
        if i + 1 < n and (tokens[i + 1].text.lower() in STOP or tokens[i + 1].text in ("'", "’")):
            continue
        span = quoted_after(tokens, i + 1, text)
        if span is None:
            span = name_after(tokens, i + 1, text, allow_lower=previous == "het" and low == "thema", limit=4)
        span = _cut(span, blocked, tokens)
        if not span:
            continue
        start, end, name = _span_text(text, tokens, span)
        mentions.append(Mention(start, end, text[start:end], "Theme", "themes.after-thema", 0.75, name=name))
    return mentions
