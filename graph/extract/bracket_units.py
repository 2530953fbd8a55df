"""A unit alone in a person's bracket in an attendance list: "- G40: Eva Smit (Breda; themagroep Wonen)", "- BZK:
Piet Kok (directie Woningmarkt)", "Jan Bos (beleidsmedewerker, directie Bouwen)". A network's working unit
(a themagroep, werkgroep, taskforce or pijler) is one the person takes part in; a directorate or department is
where they work (``affiliatedWith``), and it is part of the ministry or organisation the line is headed by
("- BZK: …"). A part of the bracket that holds a role word is the role rules' own (round 52e: a verslag's
attendance).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Aanwezig\\n- G40: Eva Smit (Breda; themagroep Wonen)\\n"
...         "- BZK: Piet Kok (directie Woningmarkt)\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "relations.bracket-unit")
[('Eva Smit', 'participatesIn', 'themagroep Wonen'), ('Piet Kok', 'affiliatedWith', 'directie Woningmarkt')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_bracket_units"]

#: a line of an attendance list headed by the body its people come from: "- BZK: …", "* G40: …"
_GROUP_LINE = re.compile(r"^[ \t]*[-*•][ \t]*(?P<body>[^:\n]{2,40}):[ \t]", re.MULTILINE)
#: the first word of a unit a person works in, not one they take part in
_WORKPLACES = ("directie", "afdeling", "dienst", "directoraat")
#: the separators of a bracket's parts
_PART_GAP = re.compile(r"\s*[;,]\s*")
_PART_END = re.compile(r"[;,]\s*$")
_PARENTS = frozenset({"Ministry", "Organisation", "Municipality", "Province"})


def find_bracket_units(ctx: DocContext) -> None:
    """Each person of an attendance line whose bracket names a unit alone takes part in it or works there."""
    if "(" not in ctx.text:
        return
    for line in _GROUP_LINE.finditer(ctx.text):
        line_end = ctx.text.find("\n", line.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        sentence = ctx.sentence_at(line.end())
        if sentence is None:
            continue
        named = ctx.in_span(line.start(), line_end)
        head = next((m for m in named if m.start >= line.start("body") and m.end <= line.end("body")), None)
        parent = head if head is not None and head.type in _PARENTS and head.start == line.start("body") \
            and head.end == line.end("body") else None
        for person in (m for m in named if m.type == "Person"):
            if not ctx.text.startswith("(", person.end) and not ctx.text.startswith(" (", person.end):
                continue
            opening = ctx.text.index("(", person.end)
            close = ctx.text.find(")", opening, line_end)
            if close < 0:
                continue
            for unit in (m for m in named if opening < m.start and m.end <= close and m.type == "OrganisationalUnit"):
                before = ctx.text[opening + 1:unit.start]
                after = ctx.text[unit.end:close]
                if before.strip() and not _PART_END.search(before) or after.strip() and not _PART_GAP.match(after):
                    continue  # a unit inside a part with more words: "ambtelijk trekker pijler X" is a role's
                if unit.text.lower().startswith(_WORKPLACES):
                    ctx.add(person, "affiliatedWith", unit, sentence, "relations.bracket-unit", 0.7)
                    if parent is not None:
                        ctx.add(unit, "partOf", parent, sentence, "relations.bracket-unit", 0.7)
                else:
                    ctx.add(person, "participatesIn", unit, sentence, "relations.bracket-unit", 0.7)
