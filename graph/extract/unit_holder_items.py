"""A heading that names units and their holders over items "unit — holder(s)"::

    Werkgroepen en hun trekkers
    - **Data** — Eva Smit (Breda)
    - **Jeugd** — Jan Kok (Oss) en Lia Bos (Ede), sinds mei 2025

Each person an item names after the dash holds the heading's office (singular: "trekker") in the unit the
item opens with (round 52e: a pijler's "jaar in beeld"). The units themselves are
:func:`graph.extract.listed_units.find_list_items`' (a heading that opens with the plural kind announces them).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Jaar\\n\\nWerkgroepen en hun trekkers\\n\\n- Data — Eva Smit (Breda)\\n- Jeugd — Jan Kok (Oss) en Lia Bos (Ede)\\n"
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Eva Smit', 'Data', 'trekker'), ('Jan Kok', 'Jeugd', 'trekker'), ('Lia Bos', 'Jeugd', 'trekker')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of

__all__ = ["find_unit_holder_items"]

#: the heading: plural units "en hun/de" plural holders ("Themagroepen en hun trekkers")
_HEADING = re.compile(r"[#\s]*(?:[Tt]hemagroepen|[Ww]erkgroepen|[Tt]askforces|[Pp]ijlers|[Cc]ommissies)\s+en\s+(?:hun|de)\s+"
                      r"(?P<office>trekkers|voorzitters|contactpersonen|coördinatoren)\s*$")
_SINGULAR = {"trekkers": "trekker", "voorzitters": "voorzitter", "contactpersonen": "contactpersoon",
             "coördinatoren": "coördinator"}
#: between the item's unit and its holders: a dash or a colon
_GAP = re.compile(r"[\s*_]*(?:[—–-]|:)\s*")


def find_unit_holder_items(ctx: DocContext) -> None:
    """Each holder an item names after its unit and a dash holds the heading's office there."""
    if " en hun " not in ctx.text and " en de " not in ctx.text:
        return
    for k, heading in enumerate(ctx.sentences):
        match = _HEADING.match(heading.text) if heading.is_heading else None
        if match is None:
            continue
        role = role_of(_SINGULAR[match.group("office").lower()])
        if role is None:
            continue
        for item in ctx.sentences[k + 1:]:
            if item.bullet_list is None:
                break
            named = ctx.in_sentence(item)
            if not named or named[0].type != "OrganisationalUnit":
                continue
            unit = named[0]
            gap = _GAP.match(ctx.text, unit.end, item.end)
            if gap is None or ctx.text[ctx.content_start(item):unit.start].strip("-*•_ \t"):
                continue
            for person in (m for m in named[1:] if m.type == "Person"):
                ctx.add(person, "hasRole", unit, item, "roles.unit-holder-item", 0.75, role=role.label)
