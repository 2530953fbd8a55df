"""The line right under a title that names where the title's body belongs: its parent.

A report of a unit's meeting often carries, under its title, a line of names joined by dashes,
bars or slashes: the body the unit belongs to, and that body's own owner::

    Verslag Themagroep Circulaire Economie
    Pijler Fysiek - G40 Stedennetwerk

The unit the title names is part of the first body the line names (the pijler's own owner is
read by :mod:`graph.extract.parts`). The line opens no section of its own
(:meth:`graph.extract.context.DocContext.is_kicker`), so what follows is about the title's unit.
A title that names no single unit, or a line that names the same unit again, says nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Verslag Themagroep Afval\\n\\nPijler Fysiek - G40 Stedennetwerk\\n\\nDe themagroep sprak over afval."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf")
[('Pijler Fysiek', 'G40 Stedennetwerk'), ('Themagroep Afval', 'Pijler Fysiek')]
"""

from __future__ import annotations

from .context import DocContext

__all__ = ["find_kicker_parent"]


def find_kicker_parent(ctx: DocContext) -> None:
    """Add "<the title's unit> partOf <the first body of the line under the title>"."""
    if len(ctx.sentences) < 2 or not ctx.is_kicker(ctx.sentences[1]):
        return
    title, kicker = ctx.sentences[0], ctx.sentences[1]
    units = [m for m in ctx.in_sentence(title) if m.type == "OrganisationalUnit"]
    parents = ctx.in_sentence(kicker)
    if len({m.label for m in units}) != 1 or parents[0].type not in ("OrganisationalUnit", "Organisation"):
        return
    ctx.add(units[0], "partOf", parents[0], kicker, "parts.kicker", 0.7)
