"""An organisation page's units and their office fields: "Directie X – directeur: A; plv. directeur: B".

A ministry's "Organisatie" page, an association's letter on its committees or a city's organisation
guide lists each unit by name on a line of its own (a heading, a numbered or bulleted item) and the
holders of its offices as "functie: naam" fields, on the lines under it or after a dash on its own line:

    Directoraat-generaal Wonen (DGW)
    Directeur-generaal: mr. A. (Anna) Kroon
    • Directie Huur – directeur: B. Smit; plv. directeur: C. Wolf
    • Directie Bouw – directeur: vacature; waarnemend: D. (Dirk) Vos

    2. Commissie Zorg
       voorzitter: Eva Bos, wethouder Breda
       namens G40: Frits Kok, wethouder Ede

* a field's holder has the role its label names in the unit of its line, else in the unit whose line
  stands above it ("a.i." in the label or after the name: ad interim; "waarnemend:" after a vacancy: the
  stand-in for the office of the field before it); a role that only a municipality, province or ministry
  has ("wethouder") is not read as a unit's;
* "namens X: Y" makes Y a member of the unit (role "lid") on behalf of X (Y is affiliated with X);
* a unit on a line with fields, under a unit line without any, is part of that unit; a unit line
  without fields, with fields or units under it, is part of the one body the document's first line names (a ministry,
  a municipality, an association), when it names one.

A vacancy names no one; a former holder ("voormalig voorzitter:") holds nothing now. Called once per
document by :func:`graph.extract.extract` (rules ``roles.unit-field`` and ``relations.unit-line-part``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Organisatie ministerie van LNV\\n\\nDirectoraat-generaal Natuur en Visserij (DGNV)\\n\\n"
...         "Directeur-generaal: mr. P. (Pim) Zandstra\\n\\nDirecties\\n\\n"
...         "• Directie Visserij – directeur: K. (Karin) Bos; plv. directeur: T. (Tim) de Raaf\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2025-01-01").relations if r.rule in (FIELD_RULE, PART_RULE))  # doctest: +NORMALIZE_WHITESPACE
[('Directie Visserij', 'partOf', 'Directoraat-generaal Natuur en Visserij', None),
 ('K. (Karin) Bos', 'hasRole', 'Directie Visserij', 'directeur'),
 ('P. (Pim) Zandstra', 'hasRole', 'Directoraat-generaal Natuur en Visserij', 'directeur-generaal'),
 ('T. (Tim) de Raaf', 'hasRole', 'Directie Visserij', 'plaatsvervangend directeur')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext
from .leader_units import LEADER, find_leader
from .model import Mention
from .outline_groups import GROUP_UNIT_RULE
from .periods import day_after, find_periods
from .register_blocks import without_skipped_parents
from .role_words import field_role
from .roles import role_of
from .sentences import nonblank_lines

__all__ = ["find_unit_fields", "page_body", "FIELD_RULE", "PART_RULE"]

FIELD_RULE = "roles.unit-field"
PART_RULE = "relations.unit-line-part"

#: what opens a line before its unit or label: indentation, a bullet, a number
_OPENING = re.compile(r"[ \t]*(?:(?:[•◦▪·*-]|\d{1,2}[.)])[ \t]+)?")
#: a line that opens with a unit's kind word and a name, read as no unit: another unit's line
_OTHER_UNIT = re.compile(r"(?:Directie|Afdeling|Afd\.|Team|Commissie|Sector|Cluster|Dienst|Programmadirectie|"
                         r"Directoraat-generaal|Bureau)[ \t]+[A-ZÀ-Ý]")
#: what may follow a unit's name on its own line: its abbreviation, or a remark, in brackets
_HEADING_REST = re.compile(r"[ \t]*(?:\([^()]*\))?[ \t]*:?[ \t]*")
#: between a unit's name and its fields on one line: a dash, a dot leader or a wide gap
_SEPARATOR = re.compile(r"[ \t]+[–—-][ \t]+|" + LEADER.pattern)
#: what an item line may open with: a unit, a programme, a named organisation (nested in a unit only)
_ITEM_TYPES = frozenset({"OrganisationalUnit", "Programme", "Organisation"})
#: the kinds of body a role word's scope fits
_SCOPES = {"municipality": frozenset({"Municipality"}), "province": frozenset({"Province"}),
           "ministry": frozenset({"Ministry"})}
#: a field: a label of one to four words, a colon (where a value opens, or after a ";" or a ")")
_FIELD = re.compile(r"(?P<label>[A-Za-zÀ-ÿ][\w.-]*(?:[ \t]+[\w.-]+){0,3})[ \t]*:[ \t]+")
#: what may stand before a field that is not the first of its value
_BETWEEN = re.compile(r"[;)][ \t]*$")
#: titles and forms of address between the colon and the holder's name
_TITLES = re.compile(r"(?:(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|drs\.|dr\.|ir\.|mr\.|ing\.|prof\.)\s*)*", re.IGNORECASE)
#: a label of a holder who does not hold the office now
_NOT_NOW = re.compile(r"\b(?:voormalig|voormalige|oud|ex|vorige|beoogd|beoogde|kandidaat)\b", re.IGNORECASE)
#: a label that makes its holder a member on behalf of a body: "namens G40"
_ON_BEHALF = re.compile(r"namens\b", re.IGNORECASE)
#: a label that stands in for the office of the field before it: "waarnemend", "a.i."
_STAND_IN = re.compile(r"(?:waarnemend|waarnemer|plaatsvervanger|interim|a\.\s?i\.)", re.IGNORECASE)
#: "a.i." in a label or right after a name
_AD_INTERIM = re.compile(r"\ba\.\s?i\.|\(a\.\s?i\.\)", re.IGNORECASE)
#: a successor named in a holder's field: "(tot 1 mei; zij wordt opgevolgd door B)"
_SUCCEEDED_BY = re.compile(r"\bopgevolgd\s+door\s+", re.IGNORECASE)
#: "a.i." right after a holder's name: "J. Bos a.i.", "J. Bos (a.i.)"
_AFTER_NAME = re.compile(r"[ \t]*\(?a\.\s?i\.", re.IGNORECASE)
#: words of a label about something else than the unit: "Contactpersoon voor deze brief"
_ABOUT_ELSE = frozenset({"voor", "van", "bij", "over", "deze", "dit", "dat"})
#: a unit head's label that is no role word of its own elsewhere ("de manager van het hotel")
_MANAGERS = frozenset({"manager", "afdelingsmanager", "teammanager"})
#: the first word of a deputy's label
_DEPUTY = frozenset({"plaatsvervangend", "plaatsvervangende", "plv."})
#: role scopes a unit does not hold: a municipality's, a province's offices
_NOT_A_UNITS = frozenset({"municipality", "province"})
#: kinds of mention that name the body a page is about
_BODIES = frozenset({"Ministry", "Municipality", "Province", "Organisation"})


def page_body(ctx: DocContext) -> Mention | None:
    """The one body the document's first line names (its title), else None."""
    start = len(ctx.text) - len(ctx.text.lstrip())
    end = ctx.text.find("\n", start)
    named = {m.key or m.label: m for m in ctx.in_span(start, len(ctx.text) if end < 0 else end) if m.type in _BODIES}
    return next(iter(named.values())) if len(named) == 1 else None


def find_unit_fields(ctx: DocContext) -> None:
    """Add the office holders and parents of each unit line; see the module."""
    lines = nonblank_lines(ctx.text)
    body = page_body(ctx)
    head: Mention | None = None  # the unit of the last unit line without fields
    items: list[tuple[int, Mention]] = []  # the units of the item lines under it, by indentation
    placed = False  # whether the head is placed in the page's body yet
    k = 0
    while k < len(lines):
        start, end = lines[k]
        k += 1
        while k < len(lines) and ctx.text.count("(", start, end) > ctx.text.count(")", start, end):
            end = lines[k][1]  # a bracket that runs on: "(tot 1 mei;" / "zij wordt opgevolgd door B)"
            k += 1
        opening = _OPENING.match(ctx.text, start, end).end()
        indent = len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
        unit = next((m for m in ctx.in_span(start, end) if m.start == opening and m.type in _ITEM_TYPES), None)
        if unit is not None and unit.type == "OrganisationalUnit" and _HEADING_REST.fullmatch(ctx.text, unit.end, end):
            head, items, placed = unit, [], False
            continue
        if head is not None and not placed and body is not None and _holds_offices(ctx, unit, head, opening, end):
            placed = True  # a unit with office holders or units under it (an abolished one has none)
            _part(ctx, head, body)
        if (unit is None and _OTHER_UNIT.match(ctx.text, opening, end)) or (
                unit is not None and unit.type == "OrganisationalUnit" and not _FIELD.search(ctx.text, unit.end, end)):
            head, items = None, []  # a unit whose name is not read ("Directie Programma's X"): its fields are not the last one's
            continue
        separator = _SEPARATOR.match(ctx.text, unit.end, end) if unit is not None else None
        if separator is not None and _FIELD.match(ctx.text, separator.end(), end):
            while items and items[-1][0] >= indent:
                items.pop()
            parent = items[-1][1] if items else head
            if parent is not None and (unit.type != "Organisation" or items):  # a named organisation: only nested
                _part(ctx, unit, parent)
            _fields(ctx, unit, separator.end(), end)
            items.append((indent, unit))
            continue
        if head is not None:
            if _FIELD.search(ctx.text, opening, end):
                _fields(ctx, head, opening, end)
        elif body is not None:
            _body_leader(ctx, body, opening, end)
    without_skipped_parents(ctx, PART_RULE)


def _holds_offices(ctx: DocContext, unit: Mention | None, head: Mention, start: int, end: int) -> bool:
    """Whether the line ``start:end`` under ``head`` names a unit of it or a holder of one of its offices."""
    if unit is not None:
        separator = _SEPARATOR.match(ctx.text, unit.end, end)
        return separator is not None and _FIELD.match(ctx.text, separator.end(), end) is not None
    named = ctx.in_span(start, end)
    return any(_holder(ctx, named, f.end(), end) is not None and _role(f.group("label"), None)
               for f in _FIELD.finditer(ctx.text, start, end))


def _body_leader(ctx: DocContext, body: Mention, start: int, end: int) -> None:
    """"Gemeentesecretaris / algemeen directeur ..... X" before any unit: the office in the page's body."""
    leader = find_leader(ctx.text, start, end)
    if leader is None or leader.start() == start:
        return
    label = ctx.text[start:leader.start()]
    holder = _holder(ctx, ctx.in_span(leader.end(), end), leader.end(), end)
    role = field_role(label.split("/")[0].strip()) if re.fullmatch(r"[A-Za-zÀ-ÿ][\w /.-]{1,60}", label) else None
    sentence = ctx.sentence_at(start)
    if holder is None or role is None or sentence is None or body.type not in _SCOPES.get(role.scope, _BODIES):
        return
    interim = _AFTER_NAME.match(ctx.text, holder.end, end)
    ctx.add(holder, "hasRole", body, sentence, FIELD_RULE, 0.7, role=role.label + " a.i." if interim else role.label)


def _part(ctx: DocContext, unit: Mention, parent: Mention) -> None:
    sentence = ctx.sentence_at(unit.start)
    if sentence is not None and unit.rule != GROUP_UNIT_RULE:  # a mind map's group: its outline names its whole (59e)
        ctx.add(unit, "partOf", parent, sentence, PART_RULE, 0.7)


def _fields(ctx: DocContext, unit: Mention, start: int, end: int) -> None:
    """The holders of the fields in ``text[start:end]``, each in ``unit``."""
    named = ctx.in_span(start, end)
    fields = [f for f in _FIELD.finditer(ctx.text, start, end)
              if (f.start() == start or _BETWEEN.search(ctx.text, start, f.start()))
              and not any(m.start < f.end("label") and m.end > f.start("label") and m.type == "Person" for m in named)]
    before = None  # the role of the field before, for a stand-in's "waarnemend:"
    for k, field in enumerate(fields):
        value_end = fields[k + 1].start() if k + 1 < len(fields) else end
        label = field.group("label")
        holder = _holder(ctx, named, field.end(), value_end)
        sentence = ctx.sentence_at(field.start("label"))
        role = _role(label, before)
        if role is not None:
            before = role
        if holder is None or sentence is None or _NOT_NOW.search(label):
            continue
        if _ON_BEHALF.match(label):
            behalf = next((m for m in named if field.start("label") < m.start < field.end() and m.type in _BODIES), None)
            if any(r.predicate == "participatesIn" and r.subject.key == holder.key and r.object.key == unit.key
                   for r in ctx.relations):  # a startnotitie's body label read them as members already
                continue
            ctx.add(holder, "hasRole", unit, sentence, FIELD_RULE, 0.7, role="lid")
            if behalf is not None:
                ctx.add(holder, "affiliatedWith", behalf, sentence, FIELD_RULE, 0.7)
            continue
        if role is None:
            continue
        interim = _AD_INTERIM.search(label) or _AFTER_NAME.match(ctx.text, holder.end, value_end)
        ctx.add(holder, "hasRole", unit, sentence, FIELD_RULE, 0.7, role=role + " a.i." if interim else role)
        _successor(ctx, named, holder, unit, role, sentence, value_end)


def _successor(ctx: DocContext, named: list[Mention], holder: Mention, unit: Mention, role: str, sentence,
               value_end: int) -> None:
    """"voorzitter: A (tot 1 mei 2024; zij wordt opgevolgd door B)": B holds the role after A, from the day after."""
    after = _SUCCEEDED_BY.search(ctx.text, holder.end, value_end)
    successor = _holder(ctx, named, after.end(), value_end) if after else None
    if successor is None:
        return
    ends = {p.valid_until for p in find_periods(ctx.text, holder.end, after.start()) if p.valid_until and not p.valid_from}
    until = ends.pop() if len(ends) == 1 else None
    if until is None:
        ctx.add(successor, "hasRole", unit, sentence, FIELD_RULE, 0.7, role=role, stated_at=successor.start)
        ctx.add(successor, "succeeded", holder, sentence, FIELD_RULE, 0.7, stated_at=successor.start)
        return
    ended = next((k for k, r in enumerate(ctx.relations) if r.rule == FIELD_RULE and r.subject is holder
                  and r.object is unit and r.predicate == "hasRole"), None)
    if ended is not None:  # the holder's role ends on the day the bracket gives, not "now"
        ctx.relations[ended] = replace(ctx.relations[ended], valid_from=None, valid_until=until,
                                       past=bool(ctx.date and until < ctx.date[:10]))
    since = day_after(until)
    for predicate, obj, role_of_successor in (("hasRole", unit, role), ("succeeded", holder, None)):
        count = len(ctx.relations)
        ctx.add(successor, predicate, obj, sentence, FIELD_RULE, 0.7, role=role_of_successor)
        if len(ctx.relations) > count:  # the sentence's "tot" is the predecessor's end: the successor's start
            ctx.relations[-1] = replace(ctx.relations[-1], valid_from=since, valid_until=None, past=False)


def _role(label: str, before: str | None) -> str | None:
    """The role a field's label names in a unit ("ambtelijk secretaris": secretaris; "waarnemend" after
    "directeur": waarnemend directeur), None for an office of a municipality or province."""
    if _STAND_IN.fullmatch(label.strip()) and before is not None:
        return "waarnemend " + before if not before.startswith("waarnemend") else before
    words = _AD_INTERIM.sub("", label).split()
    if not words or _ABOUT_ELSE.intersection(w.lower() for w in words):
        return None  # "Contactpersoon voor deze brief:": the letter's, not the unit's
    found = field_role(" ".join(words)) or role_of(words[-1])
    if found is None and words[-1].lower() in _MANAGERS:
        return words[-1].lower()  # "manager:", "afdelingsmanager:" in a unit's line: its head
    if found is None or found.scope in _NOT_A_UNITS:
        return None
    if words[0].lower() in _DEPUTY and not found.label.startswith("plaatsvervangend"):
        return "plaatsvervangend " + found.label  # "Plaatsvervangend secretaris-generaal": an office of its own
    return found.label


def _holder(ctx: DocContext, named: list[Mention], value: int, end: int) -> Mention | None:
    """The person the field's value opens with (after titles)."""
    titles = _TITLES.match(ctx.text, value, end)
    return next((m for m in named if m.type == "Person" and m.start in (value, titles.end())), None)
