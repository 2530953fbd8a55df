"""A list introduced by a plural office, each item a name with its town in brackets::

    We spraken met wethouders uit drie G40-steden:
    - Eva Kok (Ede), trekker van de themagroep Wonen;
    - Jan Smit (Oss).

Each person holds the office (singular: "wethouder") in the town of their bracket, rather than only coming
from it (round 52e: a Kamerlid's werkbezoek report). Burgemeesters, gedeputeerden (with a province) and
raadsleden are read alike.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Verslag\\n\\nWe spraken met burgemeesters uit twee steden:\\n\\n- Eva Kok (Ede);\\n- Jan Smit (Oss).\\n"
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Eva Kok', 'hasRole', 'Ede', 'burgemeester'), ('Jan Smit', 'hasRole', 'Oss', 'burgemeester')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_plural_role_lists"]

#: the lead line: a plural office and a colon at its end ("… met wethouders uit drie steden:")
_LEAD = re.compile(r"^[^\n]*?\b(?P<office>wethouders|burgemeesters|gedeputeerden|raadsleden)\b[^\n]*:[ \t]*$",
                   re.MULTILINE | re.IGNORECASE)
_SINGULAR = {"wethouders": "wethouder", "burgemeesters": "burgemeester", "gedeputeerden": "gedeputeerde",
             "raadsleden": "raadslid"}
_WHERE = {"wethouder": "Municipality", "burgemeester": "Municipality", "raadslid": "Municipality",
          "gedeputeerde": "Province"}
#: a list item's marker
_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
#: the name's bracket holding its place alone
_BRACKET = re.compile(r"[ \t*_]*\([ \t]*")


def find_plural_role_lists(ctx: DocContext) -> None:
    """Each "Name (Town)" item under a lead line with a plural office holds that office in Town."""
    if not re.search(r"wethouders|burgemeesters|gedeputeerden|raadsleden", ctx.text, re.IGNORECASE):
        return
    for lead in _LEAD.finditer(ctx.text):
        role = _SINGULAR[lead.group("office").lower()]
        position = lead.end() + 1
        while position < len(ctx.text) and ctx.text[position] == "\n":
            position += 1  # a blank line between the lead and its list
        while position < len(ctx.text):
            line_end = ctx.text.find("\n", position)
            line_end = len(ctx.text) if line_end < 0 else line_end
            item = _ITEM.match(ctx.text, position, line_end)
            if item is None:
                break
            _read_item(ctx, role, item.end(), line_end)
            position = line_end + 1


def _read_item(ctx: DocContext, role: str, start: int, end: int) -> None:
    """The office of the item's first name in the place alone in the bracket right after it."""
    named = ctx.in_span(start, end)
    if not named or named[0].type != "Person" or ctx.text[start:named[0].start].strip("*_ \t"):
        return
    person = named[0]
    bracket = _BRACKET.match(ctx.text, person.end, end)
    place = next((m for m in named if bracket and m.start == bracket.end()), None)
    if place is None or place.type != _WHERE[role] or not re.match(r"[ \t]*\)", ctx.text[place.end:end]):
        return
    sentence = ctx.sentence_at(person.start)
    if sentence is None:
        return
    ctx.relations[:] = [r for r in ctx.relations if not (r.predicate == "affiliatedWith" and r.subject is person
                                                        and r.object is place)]
    ctx.add(person, "hasRole", place, sentence, "roles.plural-lead-list", 0.75, role=role)
