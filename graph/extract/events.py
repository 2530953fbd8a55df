"""Events: named congresses and the like ("Klimaatcongres Samen Sterk"), and the unnamed kinds
with their adjectives ("bestuurlijke netwerkdagen"), from ``data/gazetteer/event_kinds.csv``.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "De G40 organiseerde de bestuurlijke netwerkdagen en het congres 'Stad van Morgen'."
>>> [(m.label, m.rule) for m in find_events(text, tokenize(text), set())]
[('bestuurlijke netwerkdagen', 'events.unnamed'), ('Stad van Morgen', 'events.named')]
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention
from .phrases import is_cap, name_after, quoted_after
from .programmes import _close_quote, _cut, _span_text
from .tokens import Token, word_test

__all__ = ["find_events"]


def find_events(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Event mentions: named congresses and the like, and unnamed network days."""
    kinds = load_lexicon().event_kinds
    suffixes = tuple(w for w, k in kinds.items() if k.named_only and w != "top")
    mentions: list[Mention] = []
    for i in _event_word_test().indexes(tokens):
        token = tokens[i]
        if i in blocked or not token.text.isalpha():
            continue
        low = token.text.lower()
        exact = kinds.get(low)
        named = None
        if low.endswith(suffixes):
            named = next(k for w, k in kinds.items() if k.named_only and w != "top" and low.endswith(w))
        kind = exact or named
        if kind is None:
            continue
        if kind.named_only:
            span = quoted_after(tokens, i + 1, text)
            quoted = span is not None
            span = _cut(span or name_after(tokens, i + 1, text), blocked, tokens)
            if not span:
                continue
            if not quoted and span[1] < len(tokens) and tokens[span[1]].text.isdigit() and len(tokens[span[1]].text) == 4 \
                    and tokens[span[1]].start == tokens[span[1] - 1].end + 1:
                span = (span[0], span[1] + 1)  # "Circulair Bouwen 2030"
            start, end, name = _span_text(text, tokens, span)
            end = _close_quote(text, end) if quoted else end
            if not quoted and exact is None and token.text[:1].isupper():
                name = " ".join(text[token.start:end].split())  # a compound is part of the name: "Klimaatcongres X"
            mentions.append(Mention(token.start, end, text[token.start:end], "Event", "events.named", 0.85, name=name))
        else:
            first = i
            # adjectives of kind stay in the name; "jaarlijkse", "eerste" describe one occurrence
            while first > 0 and tokens[first - 1].text.lower() in ("bestuurlijke", "ambtelijke", "landelijke",
                                                                     "regionale"):
                first -= 1
            start = tokens[first].start
            span = _cut(name_after(tokens, i + 1, text), blocked, tokens)
            if span and all(is_cap(t) or t.text.lower() in ("en", "&", "van", "voor") for t in tokens[span[0]:span[1]]):
                _, end, name = _span_text(text, tokens, span)  # "kennisdag Jeugdzorg"
                if token.text[:1].isupper():
                    name = " ".join(text[start:end].split())  # a proper name: "Kennisdag Klimaatadaptatie"
                mentions.append(Mention(start, end, text[start:end], "Event", "events.named", 0.8, name=name))
                continue
            mentions.append(Mention(start, token.end, text[start:token.end], "Event", "events.unnamed", 0.8,
                                    name=" ".join(text[start:token.end].split())))
    return mentions


@lru_cache(maxsize=1)
def _event_word_test():
    """An event kind word, or a compound ending in a kind that needs a name ("slotcongres")."""
    kinds = load_lexicon().event_kinds
    return word_test(kinds, tuple(w for w, k in kinds.items() if k.named_only and w != "top"))
