"""participatesIn from "daarin": the pronominal adverb points back to the programme or unit just named.

Dutch refers to a thing named in the sentence before with "daarin" ("in it"): whoever the next
sentence says works or agrees on something *daarin* takes part in that thing::

    Via de G40 is Ede aangesloten bij de City Deal Impact Ondernemen. Samen met onder andere
    Amersfoort en Apeldoorn werkt Ede daarin aan een betere positie van sociaal ondernemers.

    In Maastricht is de Green Deal Circulaire Werklocaties Limburg ondertekend. De provincie Limburg,
    de gemeenten Maastricht en Heerlen en het ministerie van KGG spreken daarin af dat …

The actors are the subject right before "daarin" (after its verb when the sentence is inverted:
"werkt Ede daarin"), those listed with it, and a list fronted with "Samen met". What "daarin" points
to is the one programme or unit the sentence before names (none when it names two, or none). A
denied clause ("heeft aangegeven daarin geen rol te zien") states nothing. Called per sentence by
:func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Ede doet mee aan de City Deal Zon. Samen met Breda werkt Ede daarin aan de wijken."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.rule == "relations.daarin")
['Breda', 'Ede']
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .model import Mention, Sentence

__all__ = ["find_daarin", "one_named_before"]

_DAARIN = re.compile(r"\bdaarin\b")
#: between the subject and "daarin": its verb, at most three words ("spreken", "werkt al jaren")
_VERB_GAP = re.compile(r"\)?\s+(?:[a-z]+\s+){1,3}")
#: what joins the actors of one list: "A, de gemeenten B en C en het ministerie van D (E)"
_GLUE = re.compile(r"\s*(?:\(|,\s*(?:en\s+)?|en\s+)(?:(?:de|het)\s+)?"
                   r"(?:(?:gemeenten?|provincies?|ministeries\s+van|ministerie\s+van)\s+)?")
#: a list of partners fronted before the verb: "Samen met (onder andere) A en B werkt …"
_FRONTED = re.compile(r"\s*Samen\s+met\s+(?:onder\s+(?:andere|meer)\s+)?")
#: "werkt Ede daarin": the verb before an inverted subject
_INVERTED_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,2}")
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b")


def _subjects(ctx: DocContext, sentence: Sentence, at: int) -> list[Mention]:
    """The subject right before offset ``at`` with the actors listed with it, and a fronted list."""
    before = [m for m in ctx.in_sentence(sentence) if m.end <= at and m.type in ACTORS]
    if not before or not _VERB_GAP.fullmatch(ctx.text, before[-1].end, at) and ctx.text[before[-1].end:at].strip():
        return []
    subjects = [before[-1]]
    for m in reversed(before[:-1]):
        if not _GLUE.fullmatch(ctx.text, m.end, subjects[0].start):
            break
        subjects.insert(0, m)
    fronted = _FRONTED.match(ctx.text, ctx.content_start(sentence), subjects[0].start)
    if fronted is not None:
        partners = ctx.list_after(fronted.end(), subjects[0].start, types=ACTORS)
        if partners and _INVERTED_GAP.fullmatch(ctx.text, partners[-1].end, subjects[0].start):
            subjects = partners + subjects  # "Samen met A en B werkt Ede daarin"
    return subjects


def one_named_before(ctx: DocContext, sentence: Sentence, types=HOLDERS) -> Mention | None:
    """The one programme or unit (or thing of ``types``) the sentence before names; None for none or two."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return None
    things = [m for m in ctx.in_sentence(previous) if m.type in types]
    return things[-1] if things and len({m.label for m in things}) == 1 else None


def find_daarin(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for the actors that do something "daarin" (see the module docstring)."""
    if "daarin" not in sentence.text:
        return
    for match in _DAARIN.finditer(ctx.text, sentence.start, sentence.end):
        clause_end = min((k for k in (ctx.text.find(mark, match.end(), sentence.end) for mark in ",;:") if k >= 0),
                         default=sentence.end)
        if _DENIED.search(ctx.text, match.end(), clause_end) or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        subjects = _subjects(ctx, sentence, match.start())
        thing = one_named_before(ctx, sentence) if subjects else None
        if thing is None:
            continue
        for actor in subjects:
            ctx.add(actor, "participatesIn", thing, sentence, "relations.daarin", 0.65)
