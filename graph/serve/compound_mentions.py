"""The links of a document's text never cut a hyphenated word: "G40-bureau" is one link or none.

Extraction may give a mention of part of a hyphenated compound: "het G40-bureau" as the unit
G40-bureau at "bureau", a heading "G40-bureau." as the network G40 at "G40". Linked as they are,
the served text shows two links in one word, to two entities (walkthrough 26, finding 16). Here each
mention that is part of such a word is widened to the whole word when an entity of the document is
named by that word (the longest name wins: the unit G40-bureau, not the network G40), and is not
linked at all when none is: "G40-steden" links no "G40".

Examples
--------
>>> text = "G40-bureau. Het G40-bureau en de G40-steden."
>>> g40 = {"start": 0, "end": 3, "iri": "g40", "path": "/g", "label": "G40"}
>>> bureau = {"start": 20, "end": 26, "iri": "bureau", "path": "/b", "label": "G40-bureau"}
>>> steden = {"start": 33, "end": 36, "iri": "g40", "path": "/g", "label": "G40"}
>>> [(text[m["start"]:m["end"]], m["iri"]) for m in whole_word_mentions(text, [g40, bureau, steden])]
[('G40-bureau', 'bureau'), ('G40-bureau', 'bureau')]
"""

from __future__ import annotations

__all__ = ["whole_word_mentions", "hyphenated_word"]


def hyphenated_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the hyphenated word that the span ``start``–``end`` of ``text`` is part of (itself
    when it is joined by no hyphen to a letter or digit on either side).

    >>> text = "het G40-bureau."
    >>> hyphenated_word(text, 8, 14), hyphenated_word(text, 4, 7), hyphenated_word(text, 0, 3)
    ((4, 14), (4, 14), (0, 3))
    """
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        end += 2
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _same_name(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def whole_word_mentions(text: str, mentions: list[dict]) -> list[dict]:
    """``mentions`` (dicts with ``start``, ``end``, ``label``, ``iri``, ``path``) for linking ``text``:
    one that is part of a hyphenated word widened to the word, as the mention of the entity of
    ``mentions`` whose label is that word; left out where no entity has that name."""
    by_name: dict[str, dict] = {}
    for mention in mentions:
        by_name.setdefault(" ".join(str(mention.get("label") or "").split()).casefold(), mention)
    kept = []
    for mention in mentions:
        start, end = mention["start"], mention["end"]
        if not (0 <= start < end <= len(text)):
            kept.append(mention)
            continue
        word_start, word_end = hyphenated_word(text, start, end)
        if (word_start, word_end) == (start, end):
            kept.append(mention)
            continue
        word = text[word_start:word_end]
        named = mention if _same_name(str(mention.get("label") or ""), word) else by_name.get(" ".join(word.split()).casefold())
        if named is not None:
            kept.append(dict(named, start=word_start, end=word_end))
    return kept
