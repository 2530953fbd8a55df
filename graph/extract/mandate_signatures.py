"""A signature by mandate: "De minister van X,\\nnamens deze,\\nde secretaris-generaal,\\nA. Bos".

A minister's decree or letter is often signed by an official on the minister's behalf ("namens deze"
= on behalf of the minister named above). The official's function stands on a line before or after the
name ("de secretaris-generaal," above; "a.i. directeur Woningbouw" below), the name may carry "i.o."
(in opdracht: signed on the instruction of) or "w.g.". The official holds that function at the
minister's ministry. Only a role word of the lexicon counts as the function, and only the first name
after "namens deze" signs.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Hoogachtend,\\n\\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\\nnamens deze,\\n"
...         "de secretaris-generaal,\\nP.J. Kramer\\n")
>>> [(r.subject.label, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-12-16").relations if r.predicate == "hasRole"]
[('P.J. Kramer', 'Binnenlandse Zaken en Koninkrijksrelaties', 'secretaris-generaal')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_of, role_pattern

__all__ = ["find_mandate_signatures"]

#: "De minister van X," (or staatssecretaris) then "namens deze," on the next line
_MANDATE = re.compile(r"^[ \t]*(?:[Dd]e\s+)?(?:minister|staatssecretaris)\s+van\s+[^\n,]{3,90},?[ \t]*\n"
                      r"[ \t]*namens\s+deze,?[ \t]*\n", re.MULTILINE)
#: a line that is the function: "de secretaris-generaal,", "a.i. directeur Woningbouw"
_FUNCTION_LINE = re.compile(r"[ \t]*(?:de\s+|het\s+)?(?:(?:a\.i\.|waarnemend)\s+)?(?P<role>[a-z][\w -]{2,60}?)"
                            r"(?:\s+a\.i\.)?,?[ \t]*$")
#: the marks before a signing name: "i.o.", "w.g."
_NAME_MARK = re.compile(r"[ \t]*(?:(?:i\.o\.|w\.g\.)[ \t]+)?")


def _lines_after(text: str, at: int, count: int) -> list[tuple[int, int]]:
    """The spans of the next ``count`` non-empty lines from ``at``."""
    spans = []
    for line in re.finditer(r"[^\n]+", text[at:]):
        if line.group().strip():
            spans.append((at + line.start(), at + line.end()))
        if len(spans) == count:
            break
    return spans


def _function(text: str, span: tuple[int, int]) -> str | None:
    line = _FUNCTION_LINE.fullmatch(text, *span)
    if line is None:
        return None
    word = role_pattern().match(line.group("role"))
    return role_of(word.group(0)).label if word is not None and role_of(word.group(0)) is not None else None


def find_mandate_signatures(ctx: DocContext) -> None:
    """Add the role of each official who signs "namens deze" for a minister (see the module docstring)."""
    text = ctx.text
    if "namens deze" not in text:
        return
    for block in _MANDATE.finditer(text):
        ministry = next((m for m in ctx.in_span(block.start(), block.end()) if m.type == "Ministry"), None)
        if ministry is None:
            continue
        lines = _lines_after(text, block.end(), 3)
        for k, span in enumerate(lines):
            person = next((m for m in ctx.in_span(*span) if m.type == "Person"
                           and _NAME_MARK.fullmatch(text, span[0], m.start)
                           and not text[m.end:span[1]].strip(" ,")), None)
            if person is None:
                continue
            role = (_function(text, lines[k - 1]) if k > 0 else None) \
                or (_function(text, lines[k + 1]) if k + 1 < len(lines) else None)
            sentence = ctx.sentence_at(person.start)
            if role is not None and sentence is not None:
                ctx.add(person, "hasRole", ministry, sentence, "signoffs.mandate", 0.75, role=role)
            break
