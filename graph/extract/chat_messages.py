"""The messages of a chat export, each after its author's name: whose "ik" a message's text is.

A group chat exported as text (WhatsApp, Signal, Teams) writes every message on a line that opens with its
time stamp and its author's name, then a colon and the text::

    03-09-2024 09:18 - Eva Smit: Ik ben als secretaris van de werkgroep jullie aanspreekpunt.
    [03-09-2024 09:31:02] Kees Bos: Tom de Wit volgt mij op als projectleider.

The line and the text up to the next stamped line are that author's: its "ik" and "mij" are the author
(:mod:`graph.extract.mail` reads the messages as a mail's). The app's own lines ("03-09-2024 09:12 - Eva Smit
heeft Kees Bos toegevoegd", "… heeft de groep verlaten") have no colon after the name and are no messages. A
message counts only with a recognised person as its author, and an export only with two messages at least
(round 57r).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("03-09-2024 09:12 - Eva Smit heeft Kees Bos toegevoegd\\n"
...         "03-09-2024 09:18 - Eva Smit: Welkom allemaal!\\n"
...         "03-09-2024 09:31 - Kees Bos: Ik ben projectleider van de werkgroep Warmte.\\n")
>>> sorted((r.subject.label, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Kees Bos', 'hasRole', 'Werkgroep Warmte')]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["chat_messages"]

#: a message's line: its stamp ("03-09-2024 09:18 - ", "[03-09-2024 09:18:02] ", "3/9/24, 09:18 - "), then the
#: author's name and a colon
_LINE = re.compile(r"^\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?"
                   r"(?P<who>[^:\n]{2,60}?):[ \t]", re.MULTILINE)


def chat_messages(text: str, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """``(start, end, author)`` of each message of a chat export: its span (its stamped line up to the next one)
    and the person whose name opens it; [] for a text with fewer than two such messages.

    >>> from graph.extract.model import Mention
    >>> text = "1-2-2025 10:00 - Eva Smit: Hoi\\n1-2-2025 10:05 - Eva Smit: Ik kom.\\n"
    >>> eva = [Mention(17, 25, "Eva Smit", "Person", "", 1.0), Mention(48, 56, "Eva Smit", "Person", "", 1.0)]
    >>> [(text[a:b], m.text) for a, b, m in chat_messages(text, eva)]
    [('1-2-2025 10:00 - Eva Smit: Hoi\\n', 'Eva Smit'), ('1-2-2025 10:05 - Eva Smit: Ik kom.\\n', 'Eva Smit')]
    >>> chat_messages("Datum: 1-2-2025 10:00 - Eva Smit: Hoi\\n", eva)
    []
    """
    lines = list(_LINE.finditer(text))
    if len(lines) < 2:
        return []
    persons = {(m.start, m.end): m for m in mentions if m.type == "Person"}
    stamps = [match.start() for match in re.finditer(r"^\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}",
                                                      text, re.MULTILINE)] + [len(text)]
    found = []
    for match in lines:
        author = persons.get((match.start("who"), match.end("who")))
        if author is None:
            continue
        end = next(s for s in stamps if s > match.start())
        found.append((match.start(), end, author))  # from the stamp: the line is one sentence with its text
    return found if len(found) >= 2 else []
