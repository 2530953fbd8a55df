"""The tracks of a programme: "Track A - Fysieke wijkvernieuwing", "track B" (round 46a).

A programme that works in parts calls them tracks, each by a letter or a number ("Track A", "track 2"); a
track is a programme of its own that towns join ("Hengelo is toegetreden tot track B"). Its name is "Track"
with the letter, however the text capitalises it, so "Track B - Veiligheid" in a bijlage and "track B" in
the letter are one track.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Hengelo is toegetreden tot track B. Track A - Fysieke wijkvernieuwing"
>>> [(m.text, m.name) for m in find_tracks(text, tokenize(text), set())]
[('track B', 'Track B'), ('Track A', 'Track A')]
>>> find_tracks("het spoor A12 en track 12b", tokenize("het spoor A12 en track 12b"), set())
[]
"""

from __future__ import annotations

import re

from .model import Mention
from .tokens import Token

__all__ = ["find_tracks"]

#: a track's letter or number: one capital, or a number up to 9
_TRACK_ID = re.compile(r"[A-H]|[1-9]")


def find_tracks(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Programme mentions of "Track X" / "track X" (X a capital A–H or a digit 1–9)."""
    if "rack" not in text:
        return []
    mentions = []
    for i, token in enumerate(tokens[:-1]):
        if token.text not in ("Track", "track") or i in blocked or i + 1 in blocked:
            continue
        label = tokens[i + 1]
        if not _TRACK_ID.fullmatch(label.text) or label.start != token.end + 1:
            continue
        if i + 2 < len(tokens) and tokens[i + 2].start == label.end and tokens[i + 2].text not in ".,;:)":
            continue  # "track B2", "track A-1": another kind of code
        mentions.append(Mention(token.start, label.end, text[token.start:label.end], "Programme", "programmes.track",
                                0.75, name=f"Track {label.text}"))  # no kind: "het programma" is not a track
    return mentions
