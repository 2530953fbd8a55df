"""A role in the table's own body, named by its kind word in a person's functie cell: "burgemeester, voorzitter stuurgroep".

A steering group's or committee's table lists its members with their offices, and gives one of them a role in the
body itself by its kind word alone, after the office::

    **Stuurgroep kandidatuur**

    | naam | functie | namens |
    |---|---|---|
    | Eva Smit | burgemeester, voorzitter stuurgroep | gemeente Ede |

"voorzitter stuurgroep" names no other body: the kind word is the table's own ("Stuurgroep kandidatuur"), so Eva Smit
chairs it; her row's membership is that role, not a plain participation beside it. The office before the comma stays
hers where the row says (:mod:`.tables`). A role in a body of another kind ("voorzitter werkgroep") or a body named in
full ("voorzitter Pijler Fysiek Domein", :func:`graph.extract.table_cells.second_roles`) is left alone (round 57r).
"""

from __future__ import annotations

import re

from .roles import role_of

__all__ = ["own_body_role"]

#: a role and a kind word after a comma or semicolon of the cell, closing it or a part of it: ", voorzitter stuurgroep"
_ROLE_AND_KIND = re.compile(r"[,;]\s*(?P<role>[\w-]+)\s+(?:van\s+de\s+)?(?P<kind>[\w-]+)\s*(?=$|[,;(])")


def own_body_role(cell: str, body: str) -> str | None:
    """The role label the functie ``cell`` gives its person in the table's body ``body`` (its label), named by
    the body's kind word (its first word); None without one.

    >>> own_body_role("burgemeester, voorzitter stuurgroep", "Stuurgroep kandidatuur")
    'voorzitter'
    >>> own_body_role("burgemeester, voorzitter werkgroep", "Stuurgroep kandidatuur") is None
    True
    >>> own_body_role("wethouder Economie", "Stuurgroep kandidatuur") is None
    True
    """
    words = body.lower().split()
    if not words:
        return None
    for match in _ROLE_AND_KIND.finditer(cell):
        role = role_of(match.group("role"))
        if role is not None and role.scope.startswith("unit") and match.group("kind").lower() == words[0]:
            return role.label
    return None
