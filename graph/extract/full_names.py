"""A name cut at its first word where the text spells it in full elsewhere.

The first word of a sentence, heading or numbered item is capitalised anyway, so the programme rules
leave it out of a name ("5. Schone Lucht Akkoord" gives "Lucht Akkoord"). Where the text also names the
longer one ("nemen deel aan het Schone Lucht Akkoord"), the words before the short mention that
complete it are part of it: the mention takes the full name's span and name.

Examples
--------
>>> from graph.extract.model import Mention
>>> text = "5. Schone Lucht Akkoord\\nEde doet mee aan het Schone Lucht Akkoord."
>>> short = Mention(10, 23, "Lucht Akkoord", "Programme", "programmes.compound", 0.8)
>>> full = Mention(45, 65, "Schone Lucht Akkoord", "Programme", "programmes.compound", 0.8)
>>> [(m.start, m.text) for m in with_full_names(text, [short, full])]
[(3, 'Schone Lucht Akkoord'), (45, 'Schone Lucht Akkoord')]
"""

from __future__ import annotations

from dataclasses import replace

from .model import Mention

__all__ = ["with_full_names"]


def with_full_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one whose longer spelling (same type, ending in its text) stands right
    around it widened to that spelling (see the module docstring)."""
    longer = sorted({m.text for m in mentions}, key=len, reverse=True)
    out = []
    for m in mentions:
        full = next((name for name in longer if len(name) > len(m.text) and name.endswith(" " + m.text)
                     and text[m.end - len(name):m.end] == name and m.end - len(name) >= 0), None)
        if full is None:
            out.append(m)
            continue
        model = next(x for x in mentions if x.text == full)
        out.append(replace(m, start=m.end - len(full), text=full, name=model.name, key=model.key, kind=model.kind))
    return out
