"""A table row's role is no anaphor of another row's programme: in a list of incoming letters, "| 24.049 |
Gemeente Apeldoorn, wethouder N. Jansen, bestuurlijk trekker Regio Deal X |" under a row about "het
kennistraject Y" does not make Jansen a trekker of Y (heldout34, round 50a). Each row of a table is a record
of its own; what the text named before it in another row is not what its role words are about.

Called by :mod:`graph.extract.roles` when a role's body is taken from before its sentence.
"""

from __future__ import annotations

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["in_other_row"]


def in_other_row(ctx: DocContext, sentence: Sentence, obj: Mention) -> bool:
    """Whether ``sentence`` is a table row and ``obj``, named before it, stands in another row.

    >>> from graph.extract.model import Mention
    >>> text = "| 1 | het traject Zon |\\n| 2 | Eva Kok, trekker |"
    >>> rows = [Sentence(0, 23, text[:23]), Sentence(24, len(text), text[24:])]
    >>> ctx = DocContext("d", text, rows, [Mention(10, 21, "traject Zon", "Programme", "", 1.0)])
    >>> in_other_row(ctx, rows[1], ctx.mentions[0])
    True
    """
    if obj.end > sentence.start or not ctx.text.startswith("|", sentence.start):
        return False
    line_start = ctx.text.rfind("\n", 0, obj.start) + 1
    return ctx.text.startswith("|", line_start)
