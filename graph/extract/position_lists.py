"""hasRole from a person's page: the items under "Nevenfuncties" or "Eerdere functies".

A wethouder's or director's page lists the positions of the one person the page is about, each item a
role word and the body it is held in, with extras after a comma::

    Jan Jansen
    Nevenfuncties
    • Voorzitter themagroep Wonen, pijler Fysiek van de G40, sinds 2024 (ambtshalve)
    • Lid adviesraad Platform31 (onbezoldigd)
    Eerdere functies
    • Beleidsmedewerker bij Divosa, 2010–2014

Each item whose first word is a role word and whose first name after it is a body (the words between
in lower case: "adviesraad", "algemeen bestuur", "bij het ministerie van") makes the page's person hold
that role there; under "Eerdere functies" (or "Vorige", "Voormalige") the role is past. An item naming no
body right after its role ("Voorzitter raadscommissie Sociaal Domein Ede": an unrecognised name in between)
states nothing, nor does one in a list of another heading ("Portefeuilles"). The page's person is the one
person the document's title names. The evidence is the item.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Wethouder Jan Jansen | Gemeente Ede\\n\\nNevenfuncties\\n\\n• Lid adviesraad Platform31 (onbezoldigd)\\n\\n"
...         "Eerdere functies\\n\\n• Beleidsmedewerker bij Divosa, 2010–2014\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2026-01-01")
>>> for r in ex.relations:
...     if r.rule == "roles.position-list":
...         print(r.subject.text, r.role, r.object.text, r.valid_from, r.valid_until, r.past)
Jan Jansen lid Platform31 None None False
Jan Jansen beleidsmedewerker Divosa 2010-01-01 2014-12-31 True
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import find_periods
from .role_words import role_fits, role_of, role_pattern

__all__ = ["find_position_lists", "position_heading"]

#: a heading over a person's positions: "Nevenfuncties", "Eerdere functies", "Huidige nevenfuncties"
_POSITIONS = re.compile(r"(?:(?P<past>eerdere|vorige|voormalige|oude)\s+|(?:huidige|overige|andere)\s+)?(?:neven)?functies"
                        r"|nevenactiviteiten", re.IGNORECASE)

#: what may stand between the role word and the body: lower-case words of the seat ("algemeen bestuur",
#: "raad van toezicht", "armoedebeleid,"), "bij het ministerie van", "gemeente"
_GAP = re.compile(r"[\sa-zà-ÿ,]{0,50}")

#: the body types a position is held in
_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Programme", "Municipality", "Province", "Ministry"})


def position_heading(heading: str) -> str | None:
    """"current" or "past" when ``heading`` opens a list of a person's positions, else None.

    >>> position_heading("Nevenfuncties"), position_heading("Eerdere functies"), position_heading("Portefeuilles")
    ('current', 'past', None)
    """
    match = _POSITIONS.fullmatch(" ".join(heading.strip(" :#*").split()))
    if match is None:
        return None
    return "past" if match.group("past") else "current"


def find_position_lists(ctx: DocContext) -> None:
    """Add "page person hasRole body" for each item of a list of positions on one person's page."""
    person = _page_person(ctx)
    if person is None:
        return
    for sentence in ctx.sentences:
        if sentence.bullet_list is None or not sentence.item_start or not sentence.section:
            continue
        kind = position_heading(sentence.section)
        if kind is not None:
            _position(ctx, sentence, person, past=kind == "past")


def _page_person(ctx: DocContext) -> Mention | None:
    """The one person the document's title line names."""
    if not ctx.sentences:
        return None
    persons = {m.label: m for m in ctx.in_sentence(ctx.sentences[0]) if m.type == "Person"}
    return next(iter(persons.values())) if len(persons) == 1 else None


def _position(ctx: DocContext, item: Sentence, person: Mention, *, past: bool) -> None:
    start = ctx.content_start(item)
    word = role_pattern().match(ctx.text, start, item.end)
    role = role_of(word.group(0)) if word else None
    if role is None:
        return
    after = [m for m in ctx.in_sentence(item) if m.start >= word.end()]
    if not after or after[0].type not in _BODIES or not _GAP.fullmatch(ctx.text, word.end(), after[0].start):
        return
    body = after[0]
    if ctx.text.startswith("-", body.end) and len(after) > 1 and after[1].start == body.end + 1:
        body = after[1]  # "Lid VNG-commissie X": the commission, not the VNG
    if body.type not in _BODIES or not role_fits(role, body.type):
        return
    periods = find_periods(ctx.text, body.end, item.end, year=ctx.date[:4] if ctx.date else None)
    since, until = (periods[0].valid_from, periods[0].valid_until) if periods else (None, None)
    precision = periods[0].from_precision if periods and periods[0].from_precision == periods[0].until_precision \
        else None  # "2014–2022": both whole years
    ctx.add(person, "hasRole", body, item, "roles.position-list", 0.75, role=role.label, past=past,
            since=since, until=until, precision=precision)
