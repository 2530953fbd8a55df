"""A programme's network as a nested outline (round 59r): a mind map exported as indented items.

A mind-map tool exports a programme's map as a nested list: the programme at the root, its parties under labels
("Opdrachtgever", "Uitvoeringspartners"), their people under them as "role: name" items:

    - Programma Sterke Wijk Noord
      - Opdrachtgever
        - Gemeente Ede
          - bestuurlijk opdrachtgever: wethouder Wonen Eva Smit
          - programmamanager: Jan Bos
      - Uitvoeringspartners
        - Stichting Wijkwerk Ede
          - directeur-bestuurder: Kees Kok
        - Rijkscoördinator: Anna de Wit (sinds 2024)
          - voorganger: Piet Vos (2021–2023)

Read here:

* a "role: name" item holds the role in the body its parent item names ("directeur-bestuurder: Kees Kok" under
  "Stichting Wijkwerk Ede"); a role of a programme or body ("bestuurlijk opdrachtgever", "trekker", a programmamanager
  or projectleider) in the nearest programme or unit above it, the person then affiliated with an organisation or
  town between; an office named before the name ("wethouder Wonen Eva Smit") at the town above;
* a "voorganger:" item under a "role: name" item: its person held that role before, and was succeeded;
* an organisation, town or province that is its item, under a label under the root programme: it takes part
  in the programme, or leads it under "Opdrachtgever";
* an item whose parent names nothing ("Veilig Thuis in de Wijk", a working group not recognised as a body) gives
  no role: the role is in that unnamed body.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Netwerkkaart\\n\\n- Programma Sterke Wijk Noord\\n  - Opdrachtgever\\n    - Gemeente Ede\\n"
...         "      - programmamanager: Jan Bos\\n  - Uitvoeringspartners\\n    - Stichting Wijkwerk Ede\\n"
...         "      - directeur-bestuurder: Kees Kok\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()
...        ).relations if r.rule.startswith("outline."))  # doctest: +NORMALIZE_WHITESPACE
[('Jan Bos', 'affiliatedWith', 'Ede', None), ('Jan Bos', 'hasRole', 'Programma Sterke Wijk Noord', 'programmamanager'),
 ('Kees Kok', 'hasRole', 'Stichting Wijkwerk Ede', 'directeur-bestuurder'),
 ('Programma Sterke Wijk Noord', 'ledBy', 'Ede', None),
 ('Stichting Wijkwerk Ede', 'participatesIn', 'Programma Sterke Wijk Noord', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Mention
from .role_words import role_of, role_pattern

__all__ = ["find_outline_maps"]

#: an item of a nested list: its indent, its text
_ITEM = re.compile(r"^( *)[-*•] +(\S[^\n]*)$", re.MULTILINE)
#: a "role: name" item's label and value
_FIELD = re.compile(r"([^:\n]{2,60}):\s+(\S[^\n]*)")
#: a label over the bodies that lead the programme
_LEADING = re.compile(r"(?:bestuurlijk\s+)?opdrachtgevers?|eigenaar", re.IGNORECASE)
#: a label over the parties of the programme ("Uitvoeringspartners", "Partners", "Kennis & leren")
_LABEL = re.compile(r"[A-Za-zÀ-ÿ&\- ]{3,40}")
_PREDECESSOR = re.compile(r"voorganger|voorgangster", re.IGNORECASE)
_ACTORS = frozenset({"Organisation", "Municipality", "Province", "Ministry"})
_THINGS = frozenset({"Programme", "OrganisationalUnit"})
#: a programme's own roles besides the unit-scoped ones of the lexicon: who manages or leads its work
_PROGRAMME_ROLE = re.compile(r"programma|project", re.IGNORECASE)


@dataclass
class _Item:
    start: int
    end: int
    depth: int
    text_start: int
    parent: "_Item | None"


def _items(text: str) -> list[_Item]:
    """The items of the nested lists of ``text``, each with its parent (one less indented, above it)."""
    found: list[_Item] = []
    stack: list[_Item] = []
    last_end = -1
    for match in _ITEM.finditer(text):
        if last_end >= 0 and text[last_end:match.start()].strip():
            stack = []  # a list ended: text between
        depth = len(match.group(1))
        while stack and stack[-1].depth >= depth:
            stack.pop()
        item = _Item(match.start(), match.end(), depth, match.start(2), stack[-1] if stack else None)
        found.append(item)
        stack.append(item)
        last_end = match.end()
    return found


def _named(ctx, item: _Item, types) -> Mention | None:
    """The one mention of ``types`` that opens ``item`` (a bracket or note may follow it)."""
    inside = [m for m in ctx.in_span(item.text_start, item.end) if m.type in types | {"Person"}]
    if not inside or inside[0].type == "Person" or inside[0].start - item.text_start > 12:
        return None
    lead = ctx.text[item.text_start:inside[0].start].strip().lower()
    if lead not in ("", "gemeente", "provincie", "min.", "ministerie van", "de", "het") \
            or re.match(r"-\w", ctx.text[inside[0].end:inside[0].end + 2]):
        return None  # "G40-themagroep Wijkaanpak": the themagroep, not the G40
    return inside[0]


def _depth_of_root(item: _Item) -> int:
    k = 0
    while item.parent is not None:
        item, k = item.parent, k + 1
    return k


def _root(item: _Item) -> _Item:
    while item.parent is not None:
        item = item.parent
    return item


def find_outline_maps(ctx) -> None:
    """The facts of each nested outline whose root item names a programme (see the module)."""
    if "\n  " not in ctx.text:
        return
    items = _items(ctx.text)
    if len(items) < 5 or not any(i.depth >= 4 for i in items):
        return
    for item in items:
        root = _root(item)
        programme = _named(ctx, root, {"Programme"})
        if programme is None or item is root:
            continue
        field = _FIELD.fullmatch(ctx.text, item.text_start, item.end)
        if field is not None and _field_item(ctx, item, field):
            continue
        actor = _named(ctx, item, _ACTORS)
        label = item.parent
        sentence = ctx.sentence_at(item.text_start)
        if actor is None or label is None or sentence is None:
            continue
        if label is root:  # "- Provincie Overijssel" right under the programme
            ctx.add(actor, "participatesIn", programme, sentence, "outline.party", 0.7)
            continue
        label_text = ctx.text[label.text_start:label.end].strip()
        if label.parent is not root or ctx.in_span(label.text_start, label.end) or not _LABEL.fullmatch(label_text):
            continue
        if _LEADING.fullmatch(label_text):
            ctx.add(programme, "ledBy", actor, sentence, "outline.leading", 0.7)
        else:
            ctx.add(actor, "participatesIn", programme, sentence, "outline.party", 0.7)


def _value_person(ctx, start: int, end: int) -> Mention | None:
    """The person a "role: value" item names: the last before a bracket or an arrow ("wethouder Wonen Eva Smit")."""
    stop = min([k for k in (ctx.text.find("(", start, end), ctx.text.find("→", start, end)) if k >= 0] or [end])
    persons = [m for m in ctx.in_span(start, stop) if m.type == "Person"]
    return persons[-1] if persons else None


def _field_item(ctx, item: _Item, field: re.Match) -> bool:
    """The facts of a "role: name" item; False when it names no person ("Platform31: monitor en evaluatie")."""
    sentence = ctx.sentence_at(item.text_start)
    person = _value_person(ctx, field.start(2), field.end(2))
    word = role_pattern().search(field.group(1))
    if sentence is None or person is None:
        return False
    if _PREDECESSOR.fullmatch(field.group(1).strip()):
        _predecessor(ctx, item, person)
        return True
    role = role_of(word.group()) if word is not None and word.start() == 0 else None
    parent = item.parent
    holder = _named(ctx, parent, _ACTORS | _THINGS) if parent is not None else None
    if role is None or holder is None:
        return True
    if role.scope.startswith("unit") or _PROGRAMME_ROLE.match(role.label):
        thing = next((_named(ctx, p, _THINGS) for p in _ancestors(item) if _named(ctx, p, _THINGS)), None)
        if thing is None:
            return True
        ctx.add(person, "hasRole", thing, sentence, "outline.role", 0.7, role=role.label, stated_at=field.start(2))
        if holder is not thing and holder.type in _ACTORS:
            office = role_pattern().search(ctx.text, field.start(2), person.start)
            office_role = role_of(office.group()) if office is not None else None
            if office_role is not None and office_role.scope in ("municipality", "province") and office.start() == field.start(2):
                ctx.add(person, "hasRole", holder, sentence, "outline.office", 0.7, role=office_role.label)
            else:
                ctx.add(person, "affiliatedWith", holder, sentence, "outline.affiliation", 0.7)
        return True
    ctx.add(person, "hasRole", holder, sentence, "outline.role", 0.7, role=role.label, stated_at=field.start(2))
    return True


def _ancestors(item: _Item):
    p = item.parent
    while p is not None:
        yield p
        p = p.parent


def _predecessor(ctx, item: _Item, person: Mention) -> None:
    """A "voorganger: X" item under a "role: Y" item: X held Y's role before Y, in the same body; Y succeeded X
    (dated by Y's item: "(sinds jan. 2025)")."""
    above = item.parent
    if above is None:
        return
    sentence = ctx.sentence_at(item.text_start)
    for r in list(ctx.relations):
        if r.rule == "outline.role" and r.subject.start >= above.text_start and r.subject.end <= above.end:
            ctx.add(r.subject, "succeeded", person, ctx.sentence_at(above.text_start), "outline.predecessor", 0.7)
            ctx.add(person, "hasRole", r.object, sentence, "outline.predecessor-role", 0.7, role=r.role, past=True,
                    stated_at=person.start)
            return
