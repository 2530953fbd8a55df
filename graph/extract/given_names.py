"""A person called by the given name alone: "Mark (in de cc, programmamanager bij Breda)" after
"CC: Mark Verhulst <…>", "Groet, Sietske" under a mail from Sietske Hoogeveen.

E-mails, minutes and interviews name a person in full once and by the given name after. A given name
(from ``data/gazetteer/first_names.txt``) standing alone, capitalised and followed by no surname,
is the one person of the document with that given name; none when two share it or none has it.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Aan: Mark Verhulst\\n\\nHoi allen,\\n\\nMark is secretaris van de Themagroep Mobiliteit."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.label, r.role, r.object.text) for r in ex.relations]
[('Mark Verhulst', 'secretaris', 'Themagroep Mobiliteit')]
"""

from __future__ import annotations

import bisect
import logging

from .lexicon import load_lexicon
from .model import Mention
from .tokens import Token

__all__ = ["find_given_names"]

log = logging.getLogger(__name__)


def _full_names(persons: list[Mention], first_names: frozenset[str]) -> dict[str, Mention]:
    """The persons by given name, for given names only one person of the document bears."""
    by_given: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in persons:
        words = m.label.split()
        if len(words) >= 2 and words[0] in first_names:
            by_given.setdefault(words[0], set()).add(m.label)
            first.setdefault(words[0], m)
    return {given: first[given] for given, labels in by_given.items() if len(labels) == 1}


def find_given_names(text: str, tokens: list[Token], blocked: set[int], persons: list[Mention]) -> list[Mention]:
    """Mentions of persons called by their given name alone (see the module's docstring).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Mark Verhulst en Eva. Mark belt."
    >>> mark = Mention(0, 13, "Mark Verhulst", "Person", "persons.full-name", 0.9)
    >>> [(m.text, m.label) for m in find_given_names(text, tokenize(text), {0, 1}, [mark])]
    [('Mark', 'Mark Verhulst')]
    """
    first_names = load_lexicon().first_names
    known = _full_names(persons, first_names)
    if not known:
        return []
    spans = sorted((m.start, m.end) for m in persons)
    starts = [a for a, _ in spans]
    out = []
    for k, token in enumerate(tokens):
        person = known.get(token.text)
        if person is None or k in blocked or token.start < person.start:
            continue
        j = bisect.bisect_right(starts, token.start) - 1
        if j >= 0 and spans[j][0] <= token.start < spans[j][1]:
            continue  # inside a full name
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and following.start == token.end + 1 and following.text[:1].isupper():
            continue  # "Mark Rutte": another person's full name
        out.append(Mention(token.start, token.end, token.text, "Person", "persons.given-name", 0.7,
                           name=person.label))
    return out
