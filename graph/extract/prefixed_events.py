"""Events named with their organiser's abbreviation in front: "de G40 Stedentop 2022", "het VNG Jaarcongres".

A network writes its own yearly gathering with its abbreviation before the event's name, a space
apart: "Vandaag de G40 Stedentop 2022", "het VNG Jaarcongres 2024". The
abbreviation is part of the event's name (another network's "Stedentop" is another event), and it
stays a mention of the organisation too: the organiser is named there (as with "de
G40-binnenstadsdag", see :mod:`graph.extract.events`). Every mention of the document with the same
event name takes the longer name, so "de Stedentop 2022" later in the text is the same event.

Only a named event right after an upper-case abbreviation counts: "de G40 Netwerkdag" is a kind
word, the document's one day (an occurrence, see :mod:`graph.resolve`), and "Breda Stedentop" (a
town) or "de G40 en de Stedentop" (a word between) name no event after an organisation.

Examples
--------
>>> text = "Vandaag de G40 Stedentop 2022 in Amersfoort. De Stedentop 2022 was vol."
>>> g40 = Mention(11, 14, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
>>> top = Mention(15, 29, "Stedentop 2022", "Event", "events.named", 0.8)
>>> later = Mention(48, 62, "Stedentop 2022", "Event", "events.named", 0.8)
>>> [m.label for m in organiser_prefixed_events(text, [g40, top, later])]
['G40', 'G40 Stedentop 2022', 'G40 Stedentop 2022']
"""

from __future__ import annotations

from dataclasses import replace

from .model import Mention

__all__ = ["organiser_prefixed_events"]


def _abbreviation(m: Mention) -> bool:
    """An organisation written as its upper-case abbreviation ("G40", "VNG", "IPO")."""
    return m.type == "Organisation" and m.text.isupper() and m.text.isalnum()


def organiser_prefixed_events(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each event written right after an organisation's abbreviation
    named with it in front, and the other mentions of that event named so too."""
    organisers: dict[str, set[str]] = {}
    for before, m in zip(mentions, mentions[1:]):
        if m.type == "Event" and m.rule == "events.named" and _abbreviation(before) and m.start == before.end + 1 and text[before.end] == " " \
                and m.text[:1].isupper() and not m.label.startswith(before.text):
            organisers.setdefault(m.label, set()).add(before.text)
    # one organiser per event name: "de G40 Stedentop" and "de VNG Stedentop" say not which is meant
    renamed = {label: f"{next(iter(names))} {label}" for label, names in organisers.items() if len(names) == 1}
    if not renamed:
        return mentions
    return [replace(m, name=renamed[m.label]) if m.type == "Event" and m.rule == "events.named" and m.label in renamed
            else m for m in mentions]
