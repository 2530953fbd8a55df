"""The official a town's letter assigns to its reader: "Uw wijkmanager is sinds 1 maart 2025 Mustafa Demir."

A municipality writing to residents or businesses names their own contact by a role with "uw" (or "jouw"):

    Gemeente Hoorn
    …
    Uw wijkmanager is sinds 1 maart 2025 Mustafa Demir. Hij volgde Linda Groot op.

The sentence opens with "Uw"/"Jouw" and a role word, "is" (or "wordt"), an optional start ("sinds 1 maart 2025",
"per 1 mei", "vanaf januari") and the person: the person holds the role at the municipality whose letterhead opens
the letter (:func:`graph.extract.voice.letterhead`), when the role is one a municipality's staff holds. No
letterhead, a role of another scope ("Uw wethouder" of a town is no post the letter assigns) or a denied clause
gives nothing. Rule ``roles.uw-rol`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Gemeente Ede\\n\\nBeste bewoner,\\n\\nUw wijkmanager is sinds 1 maart 2025 Karin Bos. Zij helpt u graag.\\n"
>>> [(r.subject.text, r.object.text, r.role, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...   date="2025-09-01").relations if r.rule == "roles.uw-rol"]
[('Karin Bos', 'Ede', 'wijkmanager', '2025-03-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_fits, role_of, role_pattern
from .voice import letterhead

__all__ = ["find_your_officials"]

#: the opening: "Uw", "Jouw"
_YOUR = re.compile(r"(?:Uw|Jouw)\s+")
#: the copula and a start before the person: "is sinds 1 maart 2025", "is per 1 mei", "wordt vanaf januari"
_IS = re.compile(r"\s+(?:is|wordt)\s+(?:(?:sinds|per|vanaf|met\s+ingang\s+van)\s+(?:begin\s+|eind\s+)?(?:\d{1,2}\s+)?"
                 r"(?:[a-z]+\s+)?(?:\d{4}\s+)?)?(?:(?:de\s+heer|mevrouw)\s+)?")


def find_your_officials(ctx: DocContext) -> None:
    """Add the role of the official a "Uw <rol> is X" sentence names at the letter's municipality (see the module)."""
    if "Uw " not in ctx.text and "Jouw " not in ctx.text:
        return
    town = letterhead(ctx)
    if town is None:
        return
    for sentence in ctx.sentences:
        opening = _YOUR.match(ctx.text, ctx.content_start(sentence), sentence.end)
        word = role_pattern().match(ctx.text, opening.end(), sentence.end) if opening is not None else None
        role = role_of(word.group()) if word is not None else None
        if role is None or not role_fits(role, "Municipality") or role.scope != "any":
            continue
        copula = _IS.match(ctx.text, word.end(), sentence.end)
        person = next((m for m in ctx.in_sentence(sentence) if copula is not None and m.start == copula.end()), None)
        if person is None or person.type != "Person" or not ctx.asserted(sentence, sentence.start, person.end):
            continue
        ctx.add(person, "hasRole", town, sentence, "roles.uw-rol", 0.7, role=role.label)
