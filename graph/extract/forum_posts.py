"""The posts of a forum thread, each under its author's card: whose "ik" and "wij" a post's text is.

An online community's thread prints every post under a card of its author: the name on a line of its own,
then a few short lines (function, municipality or organisation, "Moderator", "Lid sinds 2021 · 38 berichten"),
then the post's time stamp, then the text::

    Eva Smit
    Beleidsadviseur wonen
    Gemeente Ede
    Lid sinds 2021 · 38 berichten

    3 juni 2025, 09:12

    Sinds mei ben ik trekker van de werkgroep Zon. Wij werken samen met Aedes.

The text up to the next card is that author's: its "ik" is the author, its "wij" the body on the card
(:mod:`graph.extract.mail` reads the posts as messages). A card counts only with its time stamp under it,
and a thread only with two cards at least. (Round 53e.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Forum\\n\\nEva Smit\\nBeleidsadviseur\\nGemeente Ede\\n\\n3 juni 2025, 09:12\\n\\nWie weet meer?\\n\\n"
...         "Kees de Bruin\\nAdviseur\\nGemeente Venlo\\n\\n4 juni 2025, 10:00\\n\\n"
...         "Ik ben projectleider van de werkgroep Warmte. Wij werken samen met Aedes.\\n")
>>> sorted((r.subject.label, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate in ("collaboratesWith", "hasRole") and r.subject.label != "Eva Smit")
[('Kees de Bruin', 'hasRole', 'Venlo'), ('Kees de Bruin', 'hasRole', 'Werkgroep Warmte'), ('Venlo', 'collaboratesWith', 'Aedes')]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["forum_posts"]

#: a post's time stamp: "3 juni 2025, 09:12", "03-06-2025 09:12"
_STAMP_TEXT = r"(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?"
_STAMP = re.compile(r"[ \t]*" + _STAMP_TEXT + r"[ \t]*")
#: the most lines a card holds under the name, and the longest of them
_CARD_LINES = 5
_CARD_LINE = 80
#: the kinds of body a card may name as where its author works
_BODIES = frozenset({"Municipality", "Organisation", "OrganisationalUnit", "Ministry", "Province"})


def forum_posts(text: str, mentions: list[Mention]) -> list[tuple[int, int, Mention, Mention | None]]:
    """``(start, end, author, body)`` of each post of a thread: its text's span, its card's person and the first body
    the card names (None without one); [] for a text with fewer than two cards."""
    if not _STAMP.search(text):
        return []
    persons = {m.start: m for m in mentions if m.type == "Person"}
    cards = []
    position = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    for k, line in enumerate(lines):
        stripped = line.strip()
        person = persons.get(offsets[k] + len(line) - len(line.lstrip()))
        if person is None or person.end - person.start != len(stripped):
            continue
        j = k + 1
        while j < len(lines) and j - k <= _CARD_LINES and lines[j].strip() and len(lines[j]) <= _CARD_LINE \
                and not lines[j].rstrip().endswith((".", "?", "!")):
            j += 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j - k < 2 or j >= len(lines) or not _STAMP.fullmatch(lines[j]):
            continue
        card_end = offsets[j] + len(lines[j])
        body = next((m for m in mentions if offsets[k + 1] <= m.start < offsets[j] and m.type in _BODIES
                     and not m.rule.startswith("persons.email")), None)
        cards.append((offsets[k], card_end, person, body))
    if len(cards) < 2:
        cards = _stamped_cards(text, mentions, persons, offsets, lines)
    if len(cards) < 2:
        return []
    return [(end, cards[n + 1][0] if n + 1 < len(cards) else len(text), person, body)
            for n, (_start, end, person, body) in enumerate(cards)]


#: a register's entry line: its time stamp first, perhaps in brackets, then its author's name: "[3 maart 2025, 10.12
#: uur] Eva Smit, wethouder van Ede", "3 maart 2025 - Eva Smit"
_STAMP_FIRST = re.compile(r"[ \t]*\[?" + _STAMP_TEXT + r"\]?[ \t]*(?:[-–—|:][ \t]*)?")


def _stamped_cards(text: str, mentions: list[Mention], persons: dict, offsets: list[int], lines: list[str]) -> list:
    """The entries of a register or guest book, each under a line that opens with its time stamp and then names
    its author (and perhaps the author's function and organisation)::

        [3 maart 2025, 11.40 uur] Eva Smit, wethouder van Ede
        In 2022 volgde ik Piet Bos op als voorzitter van de pijler.

    ``(card start, card end, author, body)`` of each such line (round 57s: a condolence register)."""
    cards = []
    for k, line in enumerate(lines):
        stamp = _STAMP_FIRST.match(line)
        if stamp is None or not stamp.group().strip() or len(line) > 2 * _CARD_LINE:
            continue
        person = persons.get(offsets[k] + stamp.end())
        if person is None or not re.match(r"[ \t]*(?:,|$)", text[person.end:offsets[k] + len(line)]):
            continue
        end = offsets[k] + len(line)
        body = next((m for m in mentions if person.end <= m.start < end and m.type in _BODIES
                     and not m.rule.startswith("persons.email")), None)
        cards.append((offsets[k], end, person, body))
    return cards
