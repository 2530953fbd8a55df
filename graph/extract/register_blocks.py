"""An almanac's register entries: blocks between rules, with units indented under the body.

A Staatsalmanak-style register lists each body as a block that a rule of ``=`` opens: the body's
name on the lines after it (a ministry and its directoraat-generaal, a municipality), then its
"functie: naam" fields, and its units indented under it, each with fields of its own indented further:

    ========================================
    MINISTERIE VAN FINANCIEN (FIN)
    Directoraat-generaal Belastingen (DGB)
    ----------------------------------------
    directeur-generaal: mr. A. (Anna) Kroon
    accountmanager G40: drs. B. Smit
      Directie Toeslagen
        directeur: ir. C.D. Wolf (sinds 1 maart 2025)

A field's holder has the role in the unit whose line is the nearest less indented one above it,
else in the body the block's last name line names first ("GEMEENTE ZWOLLE (provincie Overijssel)":
Zwolle); each unit line's unit is part of that body (or of the unit it is indented under). A label
that names a body of its own ("accountmanager G40", "programmadirecteur Woningbouwimpuls") gives the
role in that body, and the holder works at the block's body; a "contactpersoon X" is X's contact, and
a role after the name ("A. Brinkers, strategisch adviseur") is held at the block's body. A "tevens:"
line names a body the holder above is a member of too. A line of the block's head "lid van het
Stedennetwerk G40" makes the body a participant. A vacancy names no one.

Called once per document by :func:`graph.extract.extract` (rule ``roles.register-block``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("=" * 40 + "\\nGEMEENTE ZWOLLE (provincie Overijssel)\\n" + "-" * 40 + "\\n"
...         "burgemeester: drs. T. (Tom) Berkhout\\nwethouder: R. (Rik) Staal, eerste locoburgemeester\\n"
...         "  Afdeling Publiekszaken\\n    hoofd: S.A. (Sara) Yilmaz\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "roles.register-block")  # doctest: +NORMALIZE_WHITESPACE
[('Afdeling Publiekszaken', 'partOf', 'ZWOLLE', None), ('R. (Rik) Staal', 'hasRole', 'ZWOLLE', 'wethouder'),
 ('S.A. (Sara) Yilmaz', 'hasRole', 'Afdeling Publiekszaken', 'hoofd'), ('T. (Tom) Berkhout', 'hasRole', 'ZWOLLE', 'burgemeester')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .periods import change_date
from .email_roles import apposition_role
from .role_words import field_role

__all__ = ["find_register_blocks", "without_skipped_parents"]

RULE = "roles.register-block"

#: a rule that opens a register's block
_OPENING = re.compile(r"[ \t]*={8,}[ \t]*")
#: a rule under the block's name lines
_UNDER = re.compile(r"[ \t]*[-=_~*]{8,}[ \t]*")
#: a field: a label of at most five words (a hyphen, slash or comma inside), a colon, the value
_FIELD = re.compile(r"(?P<label>[A-Za-zÀ-ÿ][\w/.-]*(?:,?[ \t]+[\w/.-]+){0,4})[ \t]*:[ \t]+")
#: what may stand between the colon and the holder's name: titles and forms of address
_TITLES = re.compile(r"(?:(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|drs\.|dr\.|ir\.|mr\.|ing\.|prof\.)\s*)*", re.IGNORECASE)
#: a label of a holder who does not hold the office now
_NOT_NOW = re.compile(r"\b(?:voormalig|voormalige|oud|ex|vorige|beoogd|beoogde|kandidaat)\b", re.IGNORECASE)
#: a head line that makes the block's body a member: "lid van het Stedennetwerk G40"
_MEMBER = re.compile(r"\blid\s+van\s+(?:het\s+|de\s+)?", re.IGNORECASE)
#: the line that adds a membership to the holder above: "tevens: lid bestuurlijk overleg pijler X"
_ALSO = re.compile(r"tevens|ook|nevenfunctie", re.IGNORECASE)
#: the kinds of body a role word's scope fits (a unit holds a ministry's offices: a directoraat-generaal)
_SCOPES = {"municipality": frozenset({"Municipality"}), "province": frozenset({"Province"}),
           "ministry": frozenset({"Ministry", "OrganisationalUnit"})}
#: kinds of mention that name a body
_BODIES = frozenset({"Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme"})
#: the most name lines a block opens with
_HEAD_LINES = 3


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text[start:end]``."""
    spans, offset = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each block an opening rule begins (up to the next one or the end)."""
    openings = [m.end() for m in re.finditer(r"(?m)^" + _OPENING.pattern + "$", text)]
    return [(start, openings[k + 1] if k + 1 < len(openings) else len(text)) for k, start in enumerate(openings)]


def _head_body(ctx: DocContext, head: list[tuple[int, int]]) -> Mention | None:
    """The body the block's last name line names first (not inside a bracket)."""
    start, end = head[-1]
    line = ctx.text[start:end]
    for m in ctx.in_span(start, end):
        if m.type in _BODIES - {"Programme"} and "(" not in line[:m.start - start]:
            return m
    return None


def find_register_blocks(ctx: DocContext) -> None:
    """Add the roles, units and memberships of each register block; see the module."""
    for block_start, block_end in _blocks(ctx.text):
        lines = _lines(ctx.text, block_start, block_end)
        under = next((k for k, (s, e) in enumerate(lines[:_HEAD_LINES + 1]) if _UNDER.fullmatch(ctx.text[s:e])), None)
        if not under:
            continue
        body = _head_body(ctx, lines[:under])
        if body is None:
            continue
        _read_block(ctx, body, lines[under + 1:])
    without_skipped_parents(ctx, RULE)


def without_skipped_parents(ctx: DocContext, rule: str) -> None:
    """Drop a unit's "partOf" a body its parent (by ``rule``) is part of: "Directie Woningmarkt" under the
    directoraat-generaal is not read as a directie of the ministry too."""
    parts = [r for r in ctx.relations if r.predicate == "partOf"]
    placed = {r.subject.label: r.object.label for r in parts if r.rule == rule}
    if not placed:
        return
    above = {(r.subject.label, r.object.label) for r in parts}
    ctx.relations[:] = [r for r in ctx.relations if not (
        r.predicate == "partOf" and r.rule != rule and r.subject.label in placed
        and r.object.label != placed[r.subject.label] and (placed[r.subject.label], r.object.label) in above)]


def _read_block(ctx: DocContext, body: Mention, lines: list[tuple[int, int]]) -> None:
    units: list[tuple[int, Mention]] = []  # the open unit lines: (indent, unit)
    holder = holder_indent = None  # the holder of the field above, for a "tevens:" line
    fields_seen = False
    for start, end in lines:
        line = ctx.text[start:end]
        indent = len(line) - len(line.lstrip())
        content = start + indent
        while units and units[-1][0] >= indent:
            units.pop()
        named = ctx.in_span(content, end)
        field = _FIELD.match(ctx.text, content, end)
        sentence = ctx.sentence_at(content)
        if sentence is None:
            continue
        if field is None:
            first = named[0] if named else None
            if first is not None and first.start == content and first.type == "OrganisationalUnit":
                ctx.add(first, "partOf", units[-1][1] if units else body, sentence, RULE, 0.75)
                units.append((indent, first))
            elif not fields_seen and (member := _MEMBER.search(line)):
                joined = next((m for m in named if m.start == start + member.end() and m.type in _BODIES), None)
                ctx.add(body, "participatesIn", joined, sentence, RULE, 0.7)
            holder = None
            continue
        fields_seen = True
        label = field.group("label")
        at = units[-1][1] if units else body
        if _ALSO.fullmatch(label) and holder is not None:
            member = next((m for m in named if m.start >= field.end() and m.type in _BODIES), None)
            ctx.add(holder, "participatesIn", member, sentence, RULE, 0.7)
            continue
        found = _holder(ctx, named, field.end(), end)
        if found is None or _NOT_NOW.search(label):
            if holder_indent is None or indent <= holder_indent:
                holder = None  # (a field indented under the holder's, "  portefeuille: …", keeps them)
            continue
        holder, holder_indent = found, indent
        _add_field(ctx, holder, label, [m for m in named if m.end <= field.end()], at, body, sentence)


def _holder(ctx: DocContext, named: list[Mention], value: int, end: int) -> Mention | None:
    """The person the field's value opens with (after titles)."""
    titles = _TITLES.match(ctx.text, value, end)
    return next((m for m in named if m.type == "Person" and m.start in (value, titles.end())), None)


def _add_field(ctx: DocContext, holder: Mention, label: str, in_label: list[Mention], at: Mention, body: Mention,
               sentence) -> None:
    """The role a field's label gives its holder: at the unit or body it stands under, or at the body
    the label names (and then the holder works at the unit or body)."""
    own = [m for m in in_label if m.type in _BODIES]
    if label.lower().startswith("contactpersoon"):
        if own:
            ctx.add(holder, "contactFor", own[-1], sentence, RULE, 0.7)
        after = apposition_role(ctx.text[holder.end:sentence.end].rstrip() + ",")
        if after is not None:
            ctx.add(holder, "hasRole", at, sentence, RULE, 0.7, role=after.label)
        else:
            ctx.add(holder, "affiliatedWith", at, sentence, RULE, 0.7)
        return
    role = field_role(label.split("/")[0])  # "gemeentesecretaris/algemeen directeur"
    if role is None:
        return
    if own:
        ctx.add(holder, "hasRole", own[0], sentence, RULE, 0.7, role=role.label)
        ctx.add(holder, "affiliatedWith", at, sentence, RULE, 0.6)
        return
    if at.type in _SCOPES.get(role.scope, _BODIES):  # "(sinds 1 maart 2025)" after the name
        ctx.add(holder, "hasRole", at, sentence, RULE, 0.75, role=role.label,
                since=change_date(ctx.text, holder.end, sentence.end))
