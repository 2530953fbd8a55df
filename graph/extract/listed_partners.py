"""A programme's partners listed right after its name: "(partners: A, B en C)", "penvoerder is X, deelnemers …".

A letter's subject line, a table cell or a summary names a deal or programme and then, in brackets or
after a colon, who takes part in it and who leads it:

    Voortgang Woondeal Noordrand 2023 (partners: provincie Utrecht, Ede en Zeist)
    Regio Deal Noordrand: provinciale bijdrage; penvoerder is Ede, deelnemers Ede, Zeist en Baarn

Each actor a "partners:" or "deelnemers:" bracket after the programme's name (a year between them is
its edition) lists takes part in it; after "<programme>:" each part of the clause up to a ";" that
reads "penvoerder is X" (or "trekker is X") says X leads it, and "deelnemers A, B en C" that they take
part. Nothing else in the sentence is read.

Called once per document by :func:`graph.extract.extract` (rules ``relations.listed-partners`` and
``relations.listed-lead``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Regio Deal Noordrand: provinciale bijdrage; penvoerder is Ede, deelnemers Ede, Zeist en Baarn."
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("relations.listed-"))
[('Baarn', 'participatesIn', 'Regio Deal Noordrand'), ('Ede', 'participatesIn', 'Regio Deal Noordrand'), ('Regio Deal Noordrand', 'ledBy', 'Ede'), ('Zeist', 'participatesIn', 'Regio Deal Noordrand')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext

__all__ = ["find_listed_partners"]

#: a bracket of partners right after a programme's name (perhaps with its year): "(partners: A, B en C)"
_BRACKET = re.compile(r"(?:\s+(?:19|20)\d{2})?\s*\(\s*(?:partners|deelnemers|deelnemende\s+(?:gemeenten|steden|partijen)|"
                      r"partijen)\s*:\s*(?P<list>[^()]*)\)", re.IGNORECASE)
#: the colon after a programme's name that opens what is said of it
_COLON = re.compile(r"(?:\s+(?:19|20)\d{2})?\s*:\s*")
#: one part of that clause: the lead, or the participants
_LEAD = re.compile(r"\s*(?:de\s+)?(?:penvoerder|trekker|kartrekker)\s+is\s+", re.IGNORECASE)
_PARTICIPANTS = re.compile(r"\s*(?:de\s+)?(?:deelnemers|deelnemende\s+(?:gemeenten|steden)|partners)\s*:?\s+",
                           re.IGNORECASE)
#: what may stand between two actors of a list
_LIST_GLUE = re.compile(r"\s*(?:,|\ben\b|&)\s*(?:(?:de\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
_LIST_START = re.compile(r"\s*(?:(?:de\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _actors(ctx: DocContext, start: int, end: int) -> list:
    """The actors listed from ``start`` to ``end`` and nothing else: "provincie Utrecht, Ede en Zeist"."""
    found = [m for m in ctx.in_span(start, end) if m.type in ACTORS and m.type not in ("Person", "Programme")]
    at = _LIST_START.match(ctx.text, start, end).end()
    for m in found:
        if m.start != at:
            return []
        glue = _LIST_GLUE.match(ctx.text, m.end, end)
        at = glue.end() if glue else m.end
    return found if found and not ctx.text[at:end].strip(" .;") else []


def find_listed_partners(ctx: DocContext) -> None:
    """Add the participations and leads a list right after a programme's name states."""
    for programme in (m for m in ctx.mentions if m.type == "Programme"):
        sentence = ctx.sentence_at(programme.start)
        if sentence is None:
            continue
        end = min(sentence.end, _cell_end(ctx.text, programme.end))
        bracket = _BRACKET.match(ctx.text, programme.end, end)
        if bracket is not None:
            for actor in _actors(ctx, bracket.start("list"), bracket.end("list")):
                ctx.add(actor, "participatesIn", programme, sentence, "relations.listed-partners", 0.75)
            continue
        colon = _COLON.match(ctx.text, programme.end, end)
        if colon is None:
            continue
        at = colon.end()
        while at < end:
            stop = ctx.text.find(";", at, end)
            stop = end if stop < 0 else stop
            lead = _LEAD.match(ctx.text, at, stop)
            listed = _PARTICIPANTS.match(ctx.text, at, stop)
            part_end = _part_end(ctx.text, at, stop)
            if lead is not None:
                leaders = _actors(ctx, lead.end(), part_end)
                if len(leaders) == 1:
                    ctx.add(programme, "ledBy", leaders[0], sentence, "relations.listed-lead", 0.75)
            elif listed is not None:
                for actor in _actors(ctx, listed.end(), part_end):
                    ctx.add(actor, "participatesIn", programme, sentence, "relations.listed-partners", 0.75)
            at = (part_end if part_end < stop else stop) + 1


def _cell_end(text: str, at: int) -> int:
    """The end of the table cell (or line) ``at`` is in."""
    ends = [e for e in (text.find("|", at), text.find("\n", at)) if e >= 0]
    return min(ends) if ends else len(text)


def _part_end(text: str, at: int, stop: int) -> int:
    """The end of one part of a clause: the next "penvoerder is" or "deelnemers" after a comma, else ``stop``.

    >>> text = "penvoerder is Ede, deelnemers Ede en Zeist"
    >>> text[:_part_end(text, 0, len(text))]
    'penvoerder is Ede'
    """
    found = re.compile(r",(?=\s*(?:de\s+)?(?:penvoerder|trekker|kartrekker|deelnemers|partners)\b)",
                       re.IGNORECASE).search(text, at + 1, stop)
    return found.start() if found else stop
