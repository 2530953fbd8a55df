"""Where a person works, read from a move or a grouped list (``affiliatedWith``, and the organisation a
role is held at):

- a move to a new employer: "X is overgestapt naar Divosa", "zij gaat aan de slag bij de VNG";
- attendance lines grouped by organisation: "- OCW: X (directeur), Y" (X and Y work at OCW);
- "<organisatie> werd vertegenwoordigd door (beleidsadviseur) X" (for the role word before X).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "- MBO Raad: Hanneke Postmus", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('Hanneke Postmus', 'affiliatedWith', 'MBO Raad')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["line_members", "line_organisation", "moved_to", "represented_by"]


#: a move to a new employer: "is overgestapt naar", "stapt over naar", "gaat aan de slag bij" (not "is
#: vertrokken naar": leaving says where to, not for whom one works)
_MOVED_TO = re.compile(r"\b(?:overgestapt|stapt\s+over|stapte\s+over|"
                       r"(?:gaat|ging)\s+(?:\w+\s+){0,2}?aan\s+de\s+slag)\s+(?:naar|bij)\s+(?:de\s+|het\s+)?",
                       re.IGNORECASE)


def moved_to(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X, die …, is per 1 november overgestapt naar Divosa", "zij gaat aan de slag bij de Unie van
    Waterschappen": the person now works there (the last person named before the verb, or the
    pronoun's person).

    >>> text = "Ellen Bos is per 1 november overgestapt naar Divosa."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)],
    ...                  [Mention(0, 9, "Ellen Bos", "Person", "", 1.0), Mention(45, 51, "Divosa", "Organisation", "", 1.0)])
    >>> moved_to(ctx, ctx.sentences[0], [ctx.mentions[0]])
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ctx.relations]
    [('Ellen Bos', 'affiliatedWith', 'Divosa')]
    """
    if not persons and ctx.pronoun_person(sentence) is None:
        return  # nobody who could have moved: no scan
    for match in ctx.asserted_cues(_MOVED_TO, sentence):
        target = next((m for m in ctx.in_sentence(sentence) if m.start == match.end()), None)
        before = [p for p in persons if p.end <= match.start()]
        person = before[-1] if before else ctx.pronoun_person(sentence)
        if target is not None and person is not None and target.type in ("Organisation", "Ministry", "Municipality", "Province"):
            ctx.add(person, "affiliatedWith", target, sentence, "roles.vertrokken-naar", 0.7)


#: a line of an attendance list grouped by organisation: "- OCW: X (directeur), Y (adviseur)"
_LINE_OPENING = re.compile(r"[ \t]*(?:[-•*][ \t]+)?")


def line_organisation(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The organisation that opens ``sentence`` as a line heading with a colon: "OCW: X, Y".

    >>> text = "- OCW: Marieke Smit (directeur)"
    >>> ocw = Mention(2, 5, "OCW", "Ministry", "", 1.0)
    >>> line_organisation(DocContext("d", text, [], [ocw]), Sentence(0, len(text), text)).text
    'OCW'
    """
    opening = _LINE_OPENING.match(ctx.text, sentence.start, sentence.end)
    first = next((m for m in ctx.in_sentence(sentence) if m.start == opening.end()), None)
    if first is None or first.type not in ("Organisation", "Ministry", "Municipality", "Province") \
            or ctx.text[first.end:first.end + 1] != ":":
        return None
    return first


def line_members(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Each person listed after "<organisatie>:" on a line works there ("- MBO Raad: Hanneke Post"),
    unless a bracket after the name names another place."""
    organisation = line_organisation(ctx, sentence) if persons and ":" in sentence.text else None
    if organisation is None:
        return
    for person in persons:
        bracket = ctx.bracket_after(person)
        if bracket and [m for m in ctx.in_span(*bracket) if m.type != "Person"]:
            continue
        ctx.add(person, "affiliatedWith", organisation, sentence, "roles.line-organisation", 0.75)


#: "<organisatie> werd vertegenwoordigd door (beleidsadviseur) X"
_REPRESENTED = re.compile(r"\s+(?:werd|wordt|is|was|werden|worden)\s+vertegenwoordigd\s+door\s+(?:de\s+|het\s+)?$")


def represented_by(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The organisation that "werd vertegenwoordigd door" the role word at ``start`` and its person.

    >>> text = "De VNG werd vertegenwoordigd door beleidsadviseur Koen Tahiri."
    >>> vng = Mention(3, 6, "VNG", "Organisation", "", 1.0)
    >>> represented_by(DocContext("d", text, [], [vng]), Sentence(0, len(text), text), 34).text
    'VNG'
    """
    before = [m for m in ctx.in_span(sentence.start, start)]
    if not before or before[-1].type not in ("Organisation", "Ministry", "Municipality", "Province"):
        return None
    return before[-1] if _REPRESENTED.fullmatch(ctx.text, before[-1].end, start) else None
