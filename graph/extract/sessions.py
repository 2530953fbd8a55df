"""The sessions of a programme of the day: a lead-in "kiezen uit vier workshops:" and one item each.

A report or invitation lists the workshops (sessies, deelsessies, werksessies, break-outsessies,
rondetafels) of a conference after a lead-in that ends with a colon, one item per session: its
title, a dash or colon, and who leads it:

    In de middag konden deelnemers kiezen uit drie workshops:
    1. Schulden voorkomen – onder leiding van Eva Kok, adviseur bij Divosa.
    2. Wonen en zorg: door wethouder Jan Smit (Ede).

Each title is an event of its own (kind ``workshop``, ``sessie`` …), and every person the rest of
its item names takes part in it (``participatesIn``): leading, guiding or presenting a session is
taking part in it. A title is two to ten words opening with a capital; an item without a dash or
colon names no session.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Kiezen uit twee workshops:\\n1. Schulden voorkomen – door Eva Kok.\\n2. Wonen en zorg – door Jan Smit.\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "sessions.leads")
[('Eva Kok', 'Schulden voorkomen'), ('Jan Smit', 'Wonen en zorg')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_session_items", "find_session_leaders"]

#: a lead-in announcing sessions: "(kiezen uit) vier workshops:", "De deelsessies waren:"
_SESSIONS_LEAD = re.compile(r"\b(?P<kind>workshop|sessie|deelsessie|werksessie|break-?outsessie|themasessie|"
                            r"parallelsessie|rondetafel|kennissessie)s?\b[^:]{0,60}:\s*$", re.IGNORECASE)
#: the end of a session's title in its item: a dash or a colon
_TITLE_END = re.compile(r"\s+[–—-]\s+|:\s+")
_RULE = "sessions.item"


def _items_after(sentences: list[Sentence], k: int) -> list[Sentence]:
    """The first sentences of the items of the list right after sentence ``k``."""
    if k + 1 >= len(sentences) or sentences[k + 1].bullet_list is None:
        return []
    number = sentences[k + 1].bullet_list
    return [s for s in sentences[k + 1:] if s.bullet_list == number and s.item_start]


def _title(text: str, item: Sentence) -> tuple[int, int] | None:
    """The span of the session title that opens ``item``, up to its dash or colon."""
    end = _TITLE_END.search(text, item.start, item.end)
    if end is None:
        return None
    title = text[item.start:end.start()]
    words = title.split()
    if not 2 <= len(words) <= 10 or not title[:1].isupper() or re.search(r"[.;,()]", title):
        return None
    return item.start, end.start()


def find_session_items(text: str, sentences: list[Sentence]) -> list[Mention]:
    """Event mentions for the titles of the sessions a lead-in announces (see the module docstring)."""
    if "sessie" not in text and "workshop" not in text and "rondetafel" not in text:
        return []
    found = []
    for k, sentence in enumerate(sentences):
        lead = _SESSIONS_LEAD.search(sentence.text)
        if lead is None or sentence.bullet_list is not None or sentence.is_heading:
            continue
        kind = lead.group("kind").lower().replace("-", "")
        for item in _items_after(sentences, k):
            span = _title(text, item)
            if span is not None:
                found.append(Mention(span[0], span[1], text[span[0]:span[1]], "Event", _RULE, 0.75, kind=kind))
    return found


def find_session_leaders(ctx: DocContext) -> None:
    """Add the persons of each session's item as taking part in the session."""
    for session in (m for m in ctx.mentions if m.rule == _RULE):
        item = ctx.sentence_at(session.start)
        if item is None:
            continue
        for person in (m for m in ctx.in_span(session.end, item.end) if m.type == "Person"):
            ctx.add(person, "participatesIn", session, item, "sessions.leads", 0.7)
