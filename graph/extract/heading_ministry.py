"""A ministry's official named under a heading that names the ministry in brackets.

An annual report groups its results per ministry: "### Wonen en ruimte (BZK)" and under it "Met
directeur-generaal Volkshuisvesting en Bouwen X is afgesproken …". A role word whose scope is a ministry
(directeur-generaal, minister, staatssecretaris, directeur …) right before a person's name, with no
ministry of its own in the sentence, is held at the ministry the section heading's bracket names.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wonen (BZK)\\n\\nMet directeur-generaal Wonen Anne Dekker is afgesproken dat er een regeling komt."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.kop-ministerie"]
[('Anne Dekker', 'BZK', 'directeur-generaal')]
>>> text = "Werkbezoek Ede (i.s.m. BZK)\\n\\nMet staatssecretaris Anne Dekker is gesproken over de wijk."
>>> [r.object.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "roles.kop-ministerie"]
[]
>>> text = "Wonen (BZK)\\n\\nOok oud-minister Anne Dekker was erbij."
>>> [r.object.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "roles.kop-ministerie"]
[]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_heading_ministry_roles"]

#: field words between the role word and the name: "Volkshuisvesting en Bouwen"
_FIELD = re.compile(r"\s+(?:(?:[A-ZÀ-Ý][\w-]*|en|&)\s+){0,5}")
_BRACKET_END = re.compile(r"\(([^()]{1,30})\)\s*$")
#: a former office: "oud-minister X", "de voormalige staatssecretaris X", "toenmalig minister X"
_FORMER = re.compile(r"(?:\b(?:oud|ex)-|\b(?:voormalige?|toenmalige?|vorige)\s+)$", re.IGNORECASE)
#: what may stand before the ministry in the heading's bracket: nothing, or "ministerie van"
_ONLY_MINISTRY = re.compile(r"\s*(?:(?:het\s+)?ministerie\s+van\s+)?", re.IGNORECASE)


def _heading_ministry(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one ministry in the bracket that closes the heading of ``sentence``'s section."""
    if sentence.section_start is None:
        return None
    k = bisect.bisect_left(ctx.scope.starts, sentence.section_start)
    heading = ctx.sentences[k] if k < len(ctx.sentences) else None
    bracket = _BRACKET_END.search(heading.text) if heading is not None and heading.is_heading else None
    if bracket is None:
        return None
    start, end = heading.start + bracket.start(1), heading.start + bracket.end(1)
    inside = ctx.in_span(start, end)
    if len(inside) != 1 or inside[0].type != "Ministry" or not _ONLY_MINISTRY.fullmatch(ctx.text, start, inside[0].start) \
            or ctx.text[inside[0].end:end].strip():
        return None  # "(i.s.m. BZK)", "(gastheer: BZK)", "(BZK en gemeente Ede)": no section of the ministry's own
    return inside[0]


def find_heading_ministry_roles(ctx: DocContext) -> None:
    """Add the ministry roles a section heading's bracket completes (see the module's docstring)."""
    ministry_of_section: dict[int, Mention | None] = {}  # a section's heading is read once
    for sentence in ctx.sentences:
        if sentence.is_heading or sentence.section is None or not sentence.section.rstrip().endswith(")"):
            continue
        if sentence.section_start not in ministry_of_section:
            ministry_of_section[sentence.section_start] = _heading_ministry(ctx, sentence)
        ministry = ministry_of_section[sentence.section_start]
        if ministry is None:
            continue  # "(2023)", "(vervolg)": a bracket that names no ministry
        mentions = ctx.in_sentence(sentence)
        if any(m.type == "Ministry" for m in mentions):
            continue  # the sentence names its own ministry
        for word in role_pattern().finditer(ctx.text, sentence.start, sentence.end):
            role = role_of(word.group(0))
            after = [m for m in mentions if m.start >= word.end()]
            person = after[0] if after and after[0].type == "Person" \
                and _FIELD.fullmatch(ctx.text, word.end(), after[0].start) else None
            if person is not None and role is not None and role.scope == "ministry" \
                    and not _FORMER.search(ctx.text, max(sentence.start, word.start() - 14), word.start()) \
                    and ctx.asserted(sentence, word.start(), person.end):
                ctx.add(person, "hasRole", ministry, sentence, "roles.kop-ministerie", 0.6, role=role.label)
