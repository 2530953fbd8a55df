"""A municipality's organogram and its directies: who heads each unit, and which unit each belongs to.

A municipality's intranet or annual report lists its organisation under a heading "Organogram" (or
"Organisatiestructuur", "Organisatieschema"), one unit per item, with its head after a dash::

    Organogram per 1 oktober 2026
    • Gemeentesecretaris – Eva Smit
    • Directie Stad – Tom Bos
    • Afdeling Economie – Sara Kok (a.i.)
    • Afdeling Wonen

* the person after a unit's name heads it, in the role its kind gives its head: a directie's
  directeur, an afdeling's afdelingshoofd, a team's teamleider ("(a.i.)": ad interim);
* a role word before the dash ("Gemeentesecretaris") is the person's office in the municipality whose
  organogram it is;
* a unit belongs to the item it is nested in when the list is nested (a page's nested lists keep their
  depth in their bullets, "•", "◦", "▪": :mod:`graph.markup`), the municipality when that item is an
  office's ("Gemeentesecretaris – X" over "◦ Concernstaf – Y"); in a flat list to the nearest unit of a
  higher rank listed before it (an afdeling to the directie above it), a directie to the municipality.
  The units are those :mod:`graph.extract.organogram_units` finds by their kind word too ("Team G40 en
  Regio", "Concernstaf", whose head is its hoofd).

A directie the text places in a municipality ("de directie Stad van de gemeente Ede is gesplitst in
de directie A en de directie B") makes every directie of the document without a parent of its own
that municipality's, not a ministry's (:func:`municipal_owner`, used by
:mod:`graph.extract.unit_parents`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Nieuws van de gemeente Ede\\n\\nDe directie Stad van de gemeente Ede is gesplitst.\\n\\n"
...         "Organogram\\n\\n- Gemeentesecretaris – Eva Smit\\n- Directie Stad – Tom Bos\\n"
...         "- Afdeling Economie – Sara Kok (a.i.)\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in ex.relations if r.rule.startswith("organogram."))
[('Afdeling Economie', 'partOf', 'Directie Stad', None), ('Eva Smit', 'hasRole', 'Ede', 'gemeentesecretaris'), \
('Sara Kok', 'hasRole', 'Afdeling Economie', 'afdelingshoofd a.i.'), ('Tom Bos', 'hasRole', 'Directie Stad', 'directeur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .organogram_units import ORGANOGRAM_HEADING
from .roles import role_of

__all__ = ["find_organogram", "municipal_owner"]

#: the heading (or lead-in) of an organogram
_ORGANOGRAM = ORGANOGRAM_HEADING

#: the role of a unit's head by the unit's kind, and the kind's rank (a lower rank holds the higher ones)
_HEADS = {"directie": ("directeur", 1), "concernstaf": ("hoofd", 1), "sector": ("sectordirecteur", 1),
          "afdeling": ("afdelingshoofd", 2), "cluster": ("clustermanager", 2), "team": ("teamleider", 3),
          "lijnteam": ("teamleider", 3)}  # "Team Bestuursondersteuning" as units.py names it (round 51a)

#: an item's rest after its unit or role: "– Sara Kok (a.i.)"
_HEAD = re.compile(r"\s*[–—-]\s*")
_AD_INTERIM = re.compile(r"\s*\((?:a\.\s?i\.|ai|ad\s+interim|interim)\)", re.IGNORECASE)

#: a unit stated to be a municipality's: "de directie Stad van de gemeente Ede"
_OF_MUNICIPALITY = re.compile(r"\s+van\s+de\s+gemeente\s+", re.IGNORECASE)


def municipal_owner(ctx: DocContext) -> Mention | None:
    """The one municipality the document places a directie or afdeling in ("de directie Stad van de gemeente
    Ede"), else None."""
    owners = {}
    for k, m in enumerate(ctx.mentions):
        if m.type == "Municipality" and k > 0 and ctx.mentions[k - 1].type == "OrganisationalUnit" \
                and ctx.mentions[k - 1].kind in _HEADS \
                and _OF_MUNICIPALITY.fullmatch(ctx.text, ctx.mentions[k - 1].end, m.start):
            owners.setdefault(m.key or m.label, m)
    return next(iter(owners.values())) if len(owners) == 1 else None


def find_organogram(ctx: DocContext) -> None:
    """Add the heads of the units and the units' parents an organogram lists."""
    if not ctx.search(_ORGANOGRAM):
        return
    lists: dict[int, list[Sentence]] = {}
    for k, sentence in enumerate(ctx.sentences):
        if sentence.bullet_list is not None and _under_organogram(ctx, k, sentence):
            lists.setdefault(sentence.bullet_list, []).append(sentence)
    for items in lists.values():
        nested = len({_depth(ctx, item) for item in items}) > 1  # a page's nested list: the nesting gives the parents
        above: list[tuple[int, Mention | None]] = []  # the items listed before (depth, unit), to find each one's parent
        for item in items:
            unit = _item_unit(ctx, item)
            if unit is not None:
                _unit_item(ctx, item, unit, _parent(ctx, item, unit, above, nested))
            else:
                _office_item(ctx, item)
            above.append((_depth(ctx, item), unit))


def _depth(ctx: DocContext, item: Sentence) -> int:
    """How deep an item is nested, by its bullet ("•" 1, "◦" 2, "▪" 3; any other 1)."""
    line = ctx.text.rfind("\n", 0, item.start) + 1  # (an item's sentence may begin after its bullet)
    return _DEPTHS.get(ctx.text[line:_item_start(ctx, item)].strip()[:1], 1)


def _parent(ctx: DocContext, item: Sentence, unit: Mention, above: list[tuple[int, Mention | None]],
            nested: bool) -> Mention | None:
    """The unit ``unit`` belongs to: in a nested list the item it is nested in (under an office's item, such
    as the gemeentesecretaris's, the municipality), else the nearest unit of a higher rank before it."""
    if nested:
        depth = _depth(ctx, item)
        owner = next((u for d, u in reversed(above) if d < depth), False)
        if owner is not False:
            return owner if owner is not None else municipal_owner(ctx)
    rank = _HEADS[unit.kind][1]
    return next((u for _, u in reversed(above) if u is not None and _HEADS[u.kind][1] < rank), None)


def _under_organogram(ctx: DocContext, k: int, item: Sentence) -> bool:
    """Whether ``item``'s section heading, or the line before its list, names an organogram."""
    if _ORGANOGRAM.search(item.section or ""):
        return True
    first = k
    while first > 0 and ctx.sentences[first - 1].bullet_list == item.bullet_list:
        first -= 1
    return first > 0 and _ORGANOGRAM.search(ctx.sentences[first - 1].text) is not None


def _item_start(ctx: DocContext, item: Sentence) -> int:
    """Where an item's text begins, after its bullet (a unit before a dash is no label to skip)."""
    return _BULLET.match(ctx.text, item.start).end()


_BULLET = re.compile(r"[\s•◦▪*·-]*")
#: the depth of a list item by its bullet, as a page's nested lists are read (:mod:`graph.markup`)
_DEPTHS = {"•": 1, "◦": 2, "▪": 3}


def _item_unit(ctx: DocContext, item: Sentence) -> Mention | None:
    """The unit an item opens with, when its kind has a head ("Afdeling Economie – …")."""
    start = _item_start(ctx, item)
    return next((m for m in ctx.in_sentence(item) if m.start == start and m.type == "OrganisationalUnit"
                 and m.kind in _HEADS), None)


def _head(ctx: DocContext, item: Sentence, after: int) -> tuple[Mention | None, bool]:
    """The person after the dash that follows offset ``after``, and whether they head it ad interim."""
    dash = _HEAD.match(ctx.text, after)
    if dash is None:
        return None, False
    person = next((m for m in ctx.in_sentence(item) if m.start == dash.end() and m.type == "Person"), None)
    if person is None or ctx.text[person.end:item.end].strip() and not _AD_INTERIM.fullmatch(ctx.text, person.end, item.end):
        return None, False
    return person, _AD_INTERIM.match(ctx.text, person.end) is not None


def _unit_item(ctx: DocContext, item: Sentence, unit: Mention, parent: Mention | None) -> None:
    role, _ = _HEADS[unit.kind]
    person, interim = _head(ctx, item, unit.end)
    if person is not None:
        ctx.add(person, "hasRole", unit, item, "organogram.head", 0.75, role=role + " a.i." if interim else role)
    if parent is not None:
        ctx.add(unit, "partOf", parent, item, "organogram.part", 0.7)


def _office_item(ctx: DocContext, item: Sentence) -> None:
    """"Gemeentesecretaris / algemeen directeur – Eva Smit": the person's office in the municipality."""
    start = _item_start(ctx, item)
    line = ctx.text[start:item.end]
    dash = re.search(r"\s[–—-]\s", line)
    if dash is None:
        return
    role = role_of(line[:dash.start()].split("/")[0].strip())
    owner = municipal_owner(ctx)
    if role is None or role.scope != "municipality" or owner is None:
        return
    person, _ = _head(ctx, item, start + dash.start())
    if person is not None:
        ctx.add(person, "hasRole", owner, item, "organogram.office", 0.75, role=role.label)
