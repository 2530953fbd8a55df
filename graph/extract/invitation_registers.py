"""A register of gifts and invitations: who attended the event an accepted invitation was for.

Dutch municipalities, provinces and ministries publish what their college members or bewindspersonen were
offered ("register geschenken en uitnodigingen"), one row per report, with how it was handled::

    | datum | bestuurder | aanbieder | omschrijving | waarde | afhandeling |
    |---|---|---|---|---|---|
    | 18-01-2025 | E. Smit, wethouder | VNG | Uitnodiging Woontop Oost 2025 in Zwolle | geen | aanvaard, bijgewoond |
    | 04-04-2025 | J. Kok, burgemeester | Aedes | Uitnodiging diner | € 80 | afgeslagen |

A row whose handling says the invitation was attended ("bijgewoond", "deelgenomen", "aanwezig geweest") and
whose description names one event: the row's person took part in that event. A declined, pending or returned
report ("afgeslagen", "nog in behandeling", "geretourneerd") states nothing, nor does a row whose description
names no event or several (round 55e).

The person column is headed "bestuurder", "collegelid", "ontvanger", "naam" or "wie"; the handling column
"afhandeling", "status", "besluit" or "reactie"; the description "omschrijving", "uitnodiging", "activiteit",
"evenement" or "wat".

Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Register uitnodigingen\\n\\n| datum | bestuurder | omschrijving | afhandeling |\\n|---|---|---|---|\\n"
...         "| 18-01-2025 | Eva Smit, wethouder | Uitnodiging Woontop Oost 2025 in Zwolle | aanvaard, bijgewoond |\\n"
...         "| 20-02-2025 | Jan Kok, wethouder | Uitnodiging Klimaattop Gemeenten 2025 | afgeslagen |\\n")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "tables.invitation-attended"]
[('Eva Smit', 'Woontop Oost 2025')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .table_layout import named_tables

__all__ = ["find_invitation_registers"]

_PERSON = re.compile(r"bestuurders?|collegelid|collegeleden|ontvangers?|naam|wie", re.IGNORECASE)
_HANDLING = re.compile(r"afhandeling|status|besluit|reactie", re.IGNORECASE)
_DESCRIPTION = re.compile(r"omschrijving|uitnodiging|activiteit|evenement|wat", re.IGNORECASE)

#: a handling that says the invitation was attended
_ATTENDED = re.compile(r"\b(?:bijgewoond|deelgenomen|aanwezig\s+geweest|aanwezig)\b", re.IGNORECASE)
#: a handling that takes it back: declined, not yet decided, sent back
_NOT_ATTENDED = re.compile(r"\b(?:afgeslagen|afgewezen|geweigerd|niet|nog\s+in\s+behandeling|geretourneerd|geannuleerd)\b",
                           re.IGNORECASE)


def find_invitation_registers(ctx: DocContext) -> None:
    """Add "person participatesIn event" for each attended invitation of a gifts and invitations register."""
    if "|" not in ctx.text:
        return
    for _, names, rows in named_tables(ctx.text, ctx.sentences):
        person_k = next((k for k, n in enumerate(names) if _PERSON.fullmatch(n)), None)
        handling_k = next((k for k, n in enumerate(names) if _HANDLING.fullmatch(n)), None)
        description_k = next((k for k, n in enumerate(names) if _DESCRIPTION.fullmatch(n)), None)
        if person_k is None or handling_k is None or description_k is None:
            continue
        for row, cells in rows:
            handling = ctx.text[slice(*cells[handling_k])]
            if not _ATTENDED.search(handling) or _NOT_ATTENDED.search(handling):
                continue
            persons = [m for m in ctx.in_span(*cells[person_k]) if m.type == "Person"]
            events = {m.label: m for m in ctx.in_span(*cells[description_k]) if m.type == "Event"}
            if len(persons) == 1 and len(events) == 1:
                ctx.add(persons[0], "participatesIn", next(iter(events.values())), row, "tables.invitation-attended", 0.7)
