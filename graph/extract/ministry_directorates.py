"""A ministry's directorate named only by its head's title: "X, directeur Werk en Wijk van het ministerie van SZW".

A civil servant of a ministry is introduced with the directorate or directorate-general they head, its name right
after the role word and the ministry after it::

    Het besluit is ondertekend door X, directeur Werk en Wijk van het ministerie van SZW.
    Y — directeur-generaal Volkshuisvesting en Bouwen, ministerie van BZK.

The capitalised words between the role word and the ministry ("Werk en Wijk") name the directorate ("directie Werk
en Wijk") or directorate-general ("Directoraat-Generaal Volkshuisvesting en Bouwen"): a unit of that ministry, which
the person heads (and the office is held at the ministry, as before). Only a name in Title Case (words joined by "en") right before "van het ministerie van" or ",
ministerie van" counts: "directeur bij het ministerie van SZW" and "directeur van Divosa" name no directorate, and a
municipality's "directeur Wonen van de gemeente Ede" is no ministry's. The head is named in apposition right before the
title ("X, directeur …"); a signature's role line under the name keeps its own rule (the office at the ministry). (Round 57r.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het besluit is ondertekend door Gerard Bos, directeur Werk en Wijk van het ministerie van SZW."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.label, r.predicate, r.object.label, r.role) for r in ex.relations
...        if "Directie Werk en Wijk" in (r.subject.label, r.object.label))
[('Directie Werk en Wijk', 'partOf', 'SZW', None), ('Gerard Bos', 'hasRole', 'Directie Werk en Wijk', 'directeur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["ministry_directorates", "find_ministry_directorates"]

RULE = "units.ministry-directorate"

#: the head's title, the directorate's name in Title Case, then its ministry
_HEADED = re.compile(r"\b(?P<role>directeur-generaal|directeur)\s+(?P<name>[A-Z][\w-]*(?:\s+(?:en\s+)?[A-Z][\w-]*){0,3})"
                     r"(?:\s+van\s+het\s+|\s*,\s*(?:het\s+)?)(?=ministerie\s+van\s)")


#: between the head's name and the title: "X, directeur …", "X — directeur-generaal …"
_APPOSED = re.compile(r"[ \t]*(?:,|—|–|-)[ \t]*")


def ministry_directorates(text: str, mentions: list[Mention]) -> list[Mention]:
    """The directorates named after their head's title and before their ministry (see the module), as units.

    >>> x = [Mention(0, 1, "X", "Person", "", 1.0)]
    >>> [(m.text, m.label) for m in ministry_directorates("X, directeur Participatie, ministerie van SZW", x)]
    [('Participatie', 'Directie Participatie')]
    >>> ministry_directorates("X, directeur bij het ministerie van SZW", x)
    []
    >>> ministry_directorates("X\\ndirecteur Participatie, ministerie van SZW", x)
    []
    """
    if "directeur" not in text:
        return []
    found = []
    persons = [m for m in mentions if m.type == "Person"]
    for match in _HEADED.finditer(text):
        start, end = match.start("name"), match.end("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a name the text already gives ("directeur Woningmarkt" of a directorate named before)
        if not any(_APPOSED.fullmatch(text, p.end, match.start()) for p in persons if p.end <= match.start()):
            continue  # the head named in apposition on the line; a signature's role line under the name is its own rule
        kind = "Directoraat-Generaal" if match.group("role") == "directeur-generaal" else "Directie"
        found.append(Mention(start, end, text[start:end], "OrganisationalUnit", RULE, 0.75,
                             name=f"{kind} {' '.join(match.group('name').split())}", kind="directie"))
    return found


def find_ministry_directorates(ctx: DocContext) -> None:
    """Add each such directorate's head and its ministry (see the module)."""
    for unit in (m for m in ctx.mentions if m.rule == RULE):
        sentence = ctx.sentence_at(unit.start)
        match = _HEADED.search(ctx.text, max(0, unit.start - 30), unit.end + 40)
        if sentence is None or match is None or match.start("name") != unit.start:
            continue
        ministry = next((m for m in ctx.in_span(match.end(), sentence.end) if m.type == "Ministry"), None)
        if ministry is None:
            continue
        ctx.add(unit, "partOf", ministry, sentence, "directorates.of-ministry", 0.75)
        head = [m for m in ctx.in_span(sentence.start, match.start()) if m.type == "Person"]
        if head and re.fullmatch(r"\s*(?:,|—|–|-|\*\*\s*—)\s*", ctx.text[head[-1].end:match.start()]):
            ctx.add(head[-1], "hasRole", unit, sentence, "directorates.head", 0.75, role=match.group("role"))
            # the office is held at the ministry too, as a line's employer ("- X, directeur Y, ministerie van Z")
            ctx.add(head[-1], "hasRole", ministry, sentence, "directorates.head", 0.7, role=match.group("role"))
