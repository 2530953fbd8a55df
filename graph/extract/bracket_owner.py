"""A unit's organisation in the bracket after its name: "themagroep Digitalisering (G40)".

Titles and attendance lists give the organisation a unit belongs to in brackets: "Notulen overleg
themagroep Wonen (G40)", "werkgroep Data (VNG)", "taskforce Bouw (BZK)". A bracket holding only
one organisation or ministry right after a unit's name makes the unit ``partOf`` it (a place in the
bracket is where it meets, no owner). After a person ("X, secretaris pijler Ruimte (VNG)") the
bracket says where the person works.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Verslag werkgroep Data (VNG)\\n\\nJan Smit opent.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('werkgroep Data', 'partOf', 'VNG')]
"""

from __future__ import annotations

from .context import DocContext

__all__ = ["find_bracket_owners"]

_OWNERS = frozenset({"Organisation", "Ministry"})


def find_bracket_owners(ctx: DocContext) -> None:
    """Add "<unit> (<organisation>)" as the unit's partOf."""
    for unit in (m for m in ctx.mentions if m.type == "OrganisationalUnit"):
        bracket = ctx.bracket_after(unit)
        if bracket is None:
            continue
        inside = ctx.in_span(*bracket)
        if len(inside) == 1 and inside[0].type in _OWNERS and ctx.text[bracket[0]:bracket[1]].strip() == inside[0].text:
            sentence = ctx.sentence_at(unit.start)
            if sentence is not None and not any(m.type == "Person" for m in ctx.in_span(sentence.start, unit.start)):
                # "X, secretaris pijler Ruimte (VNG)": the bracket is where the person works
                ctx.add(unit, "partOf", inside[0], sentence, "relations.unit-bracket-owner", 0.7)
