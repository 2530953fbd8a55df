"""A body's members on a line or two under its name: "A (voorzitter), B en C (leden)" / "Secretaris: D".

A report's closing, a colophon or a letter's footer names the body that signs ("*Rekenkamer Ede*",
"Adviesraad Wonen") on a line of its own and then its members, their roles in brackets or after a
label: "mr. A. Smit (voorzitter), dr. B. Kuiper en C. Bos (leden)", "Onderzoekers: D. Mol (projectleider)
en E. Wit · secretaris: F. Jansen". Each holds that role in the body the heading names. A role in a
bracket is the one person's before it, or, in the plural ("(leden)"), of every person since the last
bracket; a label that opens a part of the line ("Onderzoekers:", "secretaris:") gives its role to the
persons after it up to the next separator (``·``, ``;``, ``|``) that have no bracket of their own. A
person inside another's bracket ("A (plv. voorzitter: B)") is left to the other rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het rapport is klaar.\\n\\nRekenkamer Zwolle\\n"
...         "dr. A. Smit (voorzitter), mr. B. Kuiper en C. Bos (leden) · secretaris: Eva Wit\\n")
>>> sorted((r.subject.text, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('A. Smit', 'voorzitter', 'Rekenkamer Zwolle'), ('B. Kuiper', 'lid', 'Rekenkamer Zwolle'), \
('C. Bos', 'lid', 'Rekenkamer Zwolle'), ('Eva Wit', 'secretaris', 'Rekenkamer Zwolle')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["RULE", "find_member_lines", "member_line_body"]

RULE = "roles.member-line"

#: the bodies whose members such a line lists
_BODIES = ("Organisation", "OrganisationalUnit")
#: markup around a heading's name: "**Rekenkamer Ede**", "*Adviesraad*", "## Jury"
_MARKUP = " \t*_#"
#: how many lines under the heading may list members
_LINES = 3
#: a label that gives its role to the names after it: "Onderzoekers:", "secretaris:"
_LABEL = re.compile(r"(?:^|(?<=[\s·;|•]))(?P<word>[A-Za-z][\w-]{2,30})\s*:\s*")
#: what separates the parts of a line: "A (voorzitter) · secretaris: B", "…; leden: C en D"
_SEPARATOR = re.compile(r"\s[·|•]\s|;")
#: courtesy and academic titles before a name at a line's start: "mw. dr. C. Kok", "drs. T. Smit", "mr. ir. B. Bos"
_TITLES = re.compile(r"(?:(?:mw|mevr|dhr|drs|dr|mr|ir|ing|prof|ds)\.\s*|de\s+heer\s+|mevrouw\s+)*", re.IGNORECASE)
#: what may open a part before its label: spaces, a bullet
_TITLES_OR_SPACE = re.compile(r"[\s*•-]*")
#: plural role words the lexicon does not spell out
_PLURALS = {"leden": "lid"}


def _role(word: str) -> tuple[str, bool] | None:
    """The role a bracket or a label names, and whether it is plural ("leden", "onderzoekers").

    >>> _role("leden"), _role("onderzoekers"), _role("voorzitter"), _role("Apeldoorn"), _role("wethouder")
    (('lid', True), ('onderzoeker', True), ('voorzitter', False), None, None)
    """
    word = word.strip().lower()
    if word in _PLURALS:
        return _PLURALS[word], True
    role = role_of(word)
    if role is None or not (role.scope.startswith("unit") or role.scope == "any"):
        return None  # "wethouder: X" under a commissie's name: an office in a town, not in the body
    return role.label, role.label != word


def member_line_body(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The body whose members ``sentence`` lists: the one organisation or unit its section's heading is
    (nothing else on it), where the line is one of the first under the heading and opens with a person
    (after titles) or a role label; else None."""
    if sentence.is_heading or sentence.section_start is None:
        return None
    heading = ctx.sentence_at(sentence.section_start)
    if heading is None or not heading.is_heading:
        return None
    named = ctx.in_sentence(heading)
    if len(named) != 1 or named[0].type not in _BODIES \
            or ctx.text[heading.start:named[0].start].strip(_MARKUP) or ctx.text[named[0].end:heading.end].strip(_MARKUP):
        return None
    under = [s for s in ctx.sentences if s.section_start == sentence.section_start and not s.is_heading]
    if sentence not in under[:_LINES]:
        return None
    opening = _TITLES.match(ctx.text, ctx.content_start(sentence), sentence.end).end()
    persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
    if persons and persons[0].start == opening:
        return named[0]
    label = _LABEL.match(ctx.text, opening, sentence.end)
    return named[0] if label is not None and _role(label.group("word")) is not None else None


def _parts(ctx: DocContext, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of ``sentence`` between its separators."""
    spans, start = [], sentence.start
    for match in _SEPARATOR.finditer(ctx.text, sentence.start, sentence.end):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, sentence.end))
    return spans


def find_member_lines(ctx: DocContext) -> None:
    """Add each listed member's role in the body the heading above names (see the module)."""
    for sentence in ctx.sentences:
        body = member_line_body(ctx, sentence)
        if body is None:
            continue
        for start, end in _parts(ctx, sentence):
            pending: list[Mention] = []
            opening = _LABEL.match(ctx.text, _TITLES_OR_SPACE.match(ctx.text, start, end).end(), end)
            label = _role(opening.group("word")) if opening is not None else None
            for person in (m for m in ctx.in_span(start, end) if m.type == "Person"):
                if ctx.text.count("(", start, person.start) > ctx.text.count(")", start, person.start):
                    continue  # "Voorzitter: A (plv. voorzitter: B)": B's role is the bracket's, not the label's
                bracket = ctx.bracket_after(person)
                role = _role(ctx.text[bracket[0]:bracket[1]]) if bracket is not None and bracket[1] <= end else None
                if role is None:
                    pending.append(person)
                    continue
                for holder in (pending + [person]) if role[1] else [person]:
                    ctx.add(holder, "hasRole", body, sentence, RULE, 0.75, role=role[0])
                pending = [] if role[1] else pending
            for holder in pending if label is not None else ():
                ctx.add(holder, "hasRole", body, sentence, RULE, 0.75, role=label[0])
