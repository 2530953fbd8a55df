"""A table of the document's own partners and their contacts: "| Partner | Rol in het project / contactpersoon |".

An application or project plan lists its partners with what each does and who is its contact:

    | Partner            | Rol / contactpersoon                                   |
    | Gemeente Ede       | kennispartner – Eva Smit, adviseur data                |
    | Stichting Wijk Ede | uitvoering; coördinator: Kees Kok                      |

When the table names no programme it belongs to (:func:`graph.extract.cards.card_subject` finds none),
the partners are the document's own body's (:func:`graph.extract.voice.we_actor`: the municipality
that applies and signs): each row's organisation collaboratesWith it. A person in the row is the
organisation's: with the role an apposition gives ("Eva Smit, adviseur data") or a label before the
name ("coördinator: Kees Kok"), else affiliatedWith it. The first column must be titled "Partner(s)"
or "Stakeholder", another column must speak of a contact, and the first cell must name one organisation.
Rules ``tables.own-partner``, ``tables.partner-role``, ``tables.partner-person``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Aanvraag\\n\\nPartners\\n\\n| Partner | Rol / contactpersoon |\\n|---|---|\\n"
...         "| Gemeente Ede | kennispartner – Eva Smit, adviseur |\\n\\nNamens het college van burgemeester en "
...         "wethouders van Zwolle,\\nJan Bos, wethouder\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith(("tables.own-partner", "tables.partner-")))
[('Ede', 'collaboratesWith', 'Zwolle', None), ('Eva Smit', 'hasRole', 'Ede', 'adviseur')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import ACTORS, DocContext
from .role_holders import apposition_role
from .roles import role_of, role_pattern
from .table_layout import PARTNER_COLUMN, named_tables
from .voice import we_actor

__all__ = ["find_partner_contacts"]

#: the first column of a table of partners
_PARTNER_FIRST = re.compile(PARTNER_COLUMN.pattern + r"|stakeholders?", re.IGNORECASE)
#: a column that holds the partner's contact
_CONTACT = re.compile(r"contact", re.IGNORECASE)
#: what may stand before the partner's name in its cell: "Gemeente", "Provincie", "Ministerie van"
_KIND = re.compile(r"\s*(?:(?:de\s+|het\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: a role label right before a person in a cell: "coördinator: "
_LABEL = re.compile(r"(?P<word>[\w-]+)\s*:\s*$")


def find_partner_contacts(ctx: DocContext) -> None:
    """Add the facts of each table of the document's own partners (see the module)."""
    if "|" not in ctx.text:
        return
    for header, names, rows in named_tables(ctx.text, ctx.sentences):
        if len(names) < 2 or not _PARTNER_FIRST.fullmatch(names[0]) or not any(_CONTACT.search(n) for n in names[1:]):
            continue
        own = we_actor(ctx)
        if own is None or card_subject(ctx, header, header.start) is not None:
            continue
        for row, cells in rows:
            named = [m for m in ctx.in_span(*cells[0]) if m.type in ACTORS]
            if len(named) != 1 or not _KIND.fullmatch(ctx.text, cells[0][0], named[0].start) or named[0].label == own.label:
                continue
            partner = named[0]
            ctx.add(partner, "collaboratesWith", own, row, "tables.own-partner", 0.75)
            for start, end in cells[1:]:
                for person in (m for m in ctx.in_span(start, end) if m.type == "Person"):
                    role = apposition_role(ctx, person, end, partner) or _label_role(ctx.text, start, person.start)
                    if role is not None:
                        ctx.add(person, "hasRole", partner, row, "tables.partner-role", 0.75, role=role.label)
                    else:
                        ctx.add(person, "affiliatedWith", partner, row, "tables.partner-person", 0.75)


def _label_role(text: str, start: int, at: int):
    """The role a label right before a person names ("coördinator: Kees Kok"), or None."""
    label = _LABEL.search(text, start, at)
    word = role_pattern().fullmatch(label.group("word")) if label else None
    return role_of(word.group(0)) if word else None
