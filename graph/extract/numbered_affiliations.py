"""Authors with numbered affiliations: an abstract's or a paper's byline, "Name (1), Name (2)", over a key
that says where each number works, "(1) Gemeente Deventer  (2) Stedennetwerk G40".

An abstract book, a conference's proceedings and a research report print their authors this way::

    Eva Smit (1), Jan Kok (2), Piet Bos (1)
    (1) Gemeente Ede  (2) Platform31

Each author is affiliated with the organisation, municipality or unit the key names after the author's
number (``affiliatedWith``; two numbers, "(1,2)", two affiliations). The key is a line (or the lines right
under the byline) that opens with a number in brackets; a byline without a key, or numbers with no person
before them (a numbered list "(1) …"), state nothing. (A superscript glued to a name, "Eva Smit¹", is not read
here: the name is no person's name to the tokenizer; a literature list's "Smit, E.¹" over an "Affiliaties" key is
:mod:`graph.extract.superscript_affiliations`'.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Samen bouwen\\n\\nEva Smit (1), Jan Kok (2)\\n(1) Gemeente Ede  (2) Platform31\\n\\n"
...         "De wijken worden samen gebouwd.\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == NUMBERED_RULE)
[('Eva Smit', 'Ede'), ('Jan Kok', 'Platform31')]
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .context import DocContext

__all__ = ["find_numbered_affiliations", "NUMBERED_RULE"]

NUMBERED_RULE = "affiliations.numbered"

#: an author's numbers right after the name: " (1)", " (1, 2)"
_AUTHOR_NUMBERS = re.compile(r"[ \t]*\((?P<n>\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*)\)")
#: a key's entry: its number in brackets before the affiliation
_KEY = re.compile(r"(?:^|(?<=\s))\((?P<n>\d{1,2})\)[ \t]+")
#: what may stand between two authors on a byline
_BETWEEN = re.compile(r"[ \t]*(?:,|;|en|&)?[ \t]*")


def _numbers(match: re.Match) -> list[str]:
    """The numbers a byline's or a key's brackets hold: "(1, 2)" → ["1", "2"]."""
    return [n.strip() for n in match.group("n").split(",")]


def find_numbered_affiliations(ctx: DocContext) -> None:
    """Add each author's affiliations that a byline's numbers and the key under it give."""
    if "(1)" not in ctx.text:
        return
    text = ctx.text
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        authors = _byline(ctx, start, end)
        if authors:
            key = _key(ctx, end + 1)
            for person, numbers in authors:
                sentence = ctx.sentence_at(person.start)
                for number in numbers:
                    if number in key and sentence is not None:
                        ctx.add(person, "affiliatedWith", key[number], sentence, NUMBERED_RULE, 0.75)
        start = end + 1


def _byline(ctx: DocContext, start: int, end: int) -> list:
    """The persons of a byline from ``start`` to ``end``, each with its numbers; empty unless the whole line
    is persons with numbers (a sentence that names a person with "(1)" after it is no byline)."""
    authors = []
    position = start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    for m in ctx.in_span(start, end):
        if m.start < position:
            continue
        if m.type != "Person" or _BETWEEN.fullmatch(ctx.text, position, m.start) is None:
            return []
        numbers = _AUTHOR_NUMBERS.match(ctx.text, m.end, end)
        if numbers is None:
            return []
        authors.append((m, _numbers(numbers)))
        position = numbers.end()
    return authors if authors and not ctx.text[position:end].strip(" \t,;.") else []


def _key(ctx: DocContext, start: int) -> dict:
    """Number → the actor the key's entry names first, from the lines that open with a number right from
    ``start`` (up to a blank line)."""
    out = {}
    text = ctx.text
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        entries = list(_KEY.finditer(text, start, end))
        if not line.strip() or not entries or text[start:entries[0].start()].strip():
            break
        for k, entry in enumerate(entries):
            stop = entries[k + 1].start() if k + 1 < len(entries) else end
            actor = next((m for m in ctx.in_span(entry.end(), stop) if m.type in ACTORS), None)
            if actor is not None:
                out.setdefault(_numbers(entry)[0], actor)
        start = end + 1
    return out
