"""A unit's organisation in the bracket after its name: "themagroep Digitalisering (G40)".

Titles and attendance lists give the organisation a unit belongs to in brackets: "Notulen overleg
themagroep Wonen (G40)", "werkgroep Data (VNG)", "taskforce Bouw (BZK)". A bracket holding only
one organisation or ministry right after a unit's name makes the unit ``partOf`` it (a place in the
bracket is where it meets, no owner). After a person ("X, secretaris pijler Ruimte (VNG)") the
bracket says where the person works.

A unit of another kind alone in the bracket is the unit's parent the same way: a heading or list
line "Themagroep Jeugd (Pijler Sociaal Domein)" places the themagroep in its pijler, as "de
themagroep Jeugd van de pijler Sociaal" would. Not a unit of the same kind ("Themagroep Wonen
(themagroep Bouwen)" renames or compares), and nothing is part of a pijler's bracket when the
pijler itself stands first: a pijler is the network's top level.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Verslag werkgroep Data (VNG)\\n\\nJan Smit opent.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('werkgroep Data', 'partOf', 'VNG')]
>>> ex = extract("d", "Themagroep Jeugd (Pijler Sociaal Domein)\\n\\nDe themagroep kwam bijeen.",
...              gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf"][:1]
[('Themagroep Jeugd', 'Pijler Sociaal Domein')]
"""

from __future__ import annotations

from .context import DocContext
from .model import Mention

__all__ = ["find_bracket_owners", "parent_unit_bracket"]

_OWNERS = frozenset({"Organisation", "Ministry"})


def find_bracket_owners(ctx: DocContext) -> None:
    """Add "<unit> (<organisation>)" as the unit's partOf."""
    for unit in (m for m in ctx.mentions if m.type == "OrganisationalUnit"):
        bracket = ctx.bracket_after(unit)
        if bracket is None:
            continue
        inside = ctx.in_span(*bracket)
        if len(inside) != 1 or ctx.text[bracket[0]:bracket[1]].strip() != inside[0].text:
            continue
        sentence = ctx.sentence_at(unit.start)
        if sentence is None:
            continue
        if parent_unit_bracket(unit, inside[0]) or inside[0].type in _OWNERS \
                and not any(m.type == "Person" for m in ctx.in_span(sentence.start, unit.start)):
            # "X, secretaris pijler Ruimte (VNG)": the bracket is where the person works (a pijler is no employer:
            # "| X | lid themagroep Wonen (Pijler Fysiek) |" places the themagroep all the same)
            ctx.add(unit, "partOf", inside[0], sentence, "relations.unit-bracket-owner", 0.7)


def parent_unit_bracket(unit: Mention, inside: Mention) -> bool:
    """Whether ``inside``, alone in the bracket after ``unit``, is a unit that holds it:
    "Themagroep Jeugd (Pijler Sociaal Domein)", "werkgroep Data (Taskforce Digitalisering)".

    >>> themagroep = Mention(0, 16, "Themagroep Jeugd", "OrganisationalUnit", "", 1.0, kind="themagroep")
    >>> pijler = Mention(18, 39, "Pijler Sociaal Domein", "OrganisationalUnit", "", 1.0, kind="pijler")
    >>> parent_unit_bracket(themagroep, pijler), parent_unit_bracket(pijler, themagroep)
    (True, False)
    """
    return inside.type == "OrganisationalUnit" and unit.kind != "pijler" and inside.kind != unit.kind
