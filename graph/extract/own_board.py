"""The board of the organisation a document is about: a foundation's bestuursverslag signs "Namens het
bestuur," and lists its board under "| Naam | Functie in het bestuur |"; the roles are held in the one
organisation the document's title names (round 43b).

Used by :mod:`graph.extract.roles` (the signatures) and :mod:`graph.extract.table_bodies` (the column).

Examples
--------
>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Bestuursverslag 2023 - Stichting Stadslab Oost\\n\\nHet bestuur vergaderde vier keer."
>>> ctx = DocContext("d", text, [Sentence(0, 46, text[:46], is_heading=True), Sentence(48, len(text), text[48:])],
...                  [Mention(23, 46, "Stichting Stadslab Oost", "Organisation", "", 1.0)])
>>> title_organisation(ctx).text, bool(THE_BOARD.fullmatch("het bestuur"))
('Stichting Stadslab Oost', True)
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["THE_BOARD", "title_organisation"]

#: the board, by its kind word alone: "het bestuur", "bestuur"
THE_BOARD = re.compile(r"(?:het\s+)?bestuur", re.IGNORECASE)


def title_organisation(ctx: DocContext) -> Mention | None:
    """The one organisation the document's first line names ("Bestuursverslag 2022 - Stichting X"), else
    None (none, or several)."""
    title = ctx.sentences[0] if ctx.sentences else None
    if title is None:
        return None
    named = {m.label: m for m in ctx.in_sentence(title) if m.type == "Organisation"}
    return next(iter(named.values())) if len(named) == 1 else None
