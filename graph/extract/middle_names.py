"""A full name with a middle name is the person its document also names without it.

A biography or an official notice opens with the full name, middle names and all ("**Hester Johanna
Brinkhuis** (Deventer, 1978)"), while its title and the rest of the text use the short form ("Hester
Brinkhuis", later "Brinkhuis"). Both forms name one person: the long one resolves on the short one, so
that the bare surname has one full name to join (two would leave it apart, :mod:`graph.resolve`). Only a
short form the same document names counts: the first given name, then the surname, with one or two
capitalised given names (or initials, "Hester J. Brinkhuis") left out between them. (Round 53e.)

Examples
--------
>>> ms = [Mention(0, 15, "Eva Smit", "Person", "persons.full-name", 0.9),
...       Mention(20, 40, "Eva Maria Smit", "Person", "persons.full-name", 0.9),
...       Mention(50, 60, "Jan Kees de Boer", "Person", "persons.full-name", 0.9)]
>>> [m.label for m in with_short_names(ms)]
['Eva Smit', 'Eva Smit', 'Jan Kees de Boer']
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention

__all__ = ["with_short_names"]

#: a middle name: a capitalised given name or an initial ("Johanna", "J.")
_MIDDLE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+|[A-Z]\.")


def with_short_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each long form of a person's name resolving on the short form the document also names."""
    persons = {m.label for m in mentions if m.type == "Person"}
    if len(persons) < 2:
        return mentions
    out = []
    for m in mentions:
        words = m.label.split()
        short = None
        if m.type == "Person" and len(words) >= 3:
            for k in (1, 2):
                if len(words) - k >= 2 and all(_MIDDLE.fullmatch(w) for w in words[1:1 + k]):
                    candidate = " ".join([words[0]] + words[1 + k:])
                    if candidate in persons:
                        short = candidate
                        break
        out.append(replace(m, name=short) if short is not None else m)
    return out
