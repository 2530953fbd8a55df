"""A council's committee of councillors, named with its members: "een stemcommissie bestaande uit de raadsleden …".

A council's decision or minutes name the committees the council sets up for the meeting (the committee that
examines the credentials of new wethouders, the one that counts the votes) by their kind and list the
councillors that sit in them, the chair in a bracket::

    de commissie onderzoek geloofsbrieven, bestaande uit de raadsleden M. Bos (voorzitter), S. Kok en H. de Vries,
    … geteld door een stemcommissie bestaande uit de raadsleden A. Lind (voorzitter), K. Yilmaz en P. van Rhijn

Each listed person is a member of the committee ("lid", or the role of their bracket: "voorzitter") and a
councillor ("raadslid") of the council's municipality, the one the document's council is of ("De raad van de
gemeente Ede", "de gemeenteraad van Ede"); without such a council no town is guessed. The committee has no name
of its own beyond its kind: it is a unit of this document (rule ``units.unnamed``, one per document, see
:mod:`graph.resolve`). A committee whose members are not councillors ("bestaande uit drie deskundigen") and a
list that is no list of persons are left alone (round 58r).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De raad van de gemeente Ede;\\n\\nDe stemcommissie, bestaande uit de raadsleden A. Lind (voorzitter), "
...         "K. Yilmaz en P. van Rhijn, telde de stemmen.")
>>> sorted((r.subject.text, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('A. Lind', 'raadslid', 'Ede'), ('A. Lind', 'voorzitter', 'stemcommissie'), ('K. Yilmaz', 'lid', 'stemcommissie'), \
('K. Yilmaz', 'raadslid', 'Ede'), ('P. van Rhijn', 'lid', 'stemcommissie'), ('P. van Rhijn', 'raadslid', 'Ede')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .roles import role_of

__all__ = ["council_committees_named", "find_council_committee_members", "COUNCIL_MEMBERS_RULE"]

COUNCIL_MEMBERS_RULE = "roles.council-committee"

#: the committee and the councillors it consists of: "de commissie onderzoek geloofsbrieven, bestaande uit de
#: raadsleden ", "een stemcommissie bestaande uit de raadsleden "
_COMMITTEE = re.compile(r"\b(?:[Dd]e|[Ee]en)\s+(?P<body>commissie(?:\s+[a-z]+){1,4}?|[a-z]{3,}commissie)\s*,?\s+"
                        r"(?:bestaande|bestond|bestaat)\s+uit\s+(?:de\s+)?(?:(?:gemeente)?raadsleden|raadsleden)\s+")
#: the council whose councillors they are: "De raad van de gemeente Ede", "de gemeenteraad van Ede"
_COUNCIL = re.compile(r"\b(?:[Dd]e\s+raad\s+van\s+de\s+gemeente|[Dd]e\s+gemeenteraad\s+van)\s+")
#: what lies between two members: a comma or "en", after the first one's bracket
_BETWEEN = re.compile(r"\s*(?:\((?P<role>[^()\n]{2,30})\))?\s*(?:,\s*(?:en\s+)?|\s+en\s+)")
_LAST = re.compile(r"\s*(?:\((?P<role>[^()\n]{2,30})\))?")
#: fewest members a committee lists
_MEMBERS = 2


def council_committees_named(text: str) -> list[Mention]:
    """The committees of councillors ``text`` names with their members, as units of the document.

    >>> [(m.text, m.label) for m in council_committees_named("de commissie onderzoek geloofsbrieven, bestaande uit "
    ...                                                      "de raadsleden M. Bos, S. Kok")]
    [('commissie onderzoek geloofsbrieven', 'commissie onderzoek geloofsbrieven')]
    """
    if "raadsleden" not in text:
        return []
    return [Mention(match.start("body"), match.end("body"), match.group("body"), "OrganisationalUnit", "units.unnamed",
                    0.7, kind="commissie")
            for match in _COMMITTEE.finditer(text)]


def _council_town(ctx: DocContext) -> Mention | None:
    """The municipality whose council the document speaks for: the one right after "De raad van de gemeente"."""
    for match in _COUNCIL.finditer(ctx.text):
        town = next((m for m in ctx.mentions if m.start == match.end() and m.type == "Municipality"), None)
        if town is not None:
            return town
    return None


def find_council_committee_members(ctx: DocContext) -> None:
    """Add each listed councillor's seat in the committee and their seat in the council (see the module)."""
    if "raadsleden" not in ctx.text:
        return
    town = None
    for match in _COMMITTEE.finditer(ctx.text):
        body = next((m for m in ctx.mentions if m.start == match.start("body") and m.type == "OrganisationalUnit"), None)
        sentence = ctx.sentence_at(match.start())
        if body is None or sentence is None:
            continue
        members, at = [], match.end()
        persons = [m for m in ctx.in_span(match.end(), sentence.end) if m.type == "Person"]
        for person in persons:
            if person.start != at:
                break
            gap = _BETWEEN.match(ctx.text, person.end, sentence.end)
            last = gap is None
            gap = gap or _LAST.match(ctx.text, person.end, sentence.end)
            members.append((person, gap.group("role")))
            at = gap.end()
            if last:
                break
        if len(members) < _MEMBERS:
            continue
        town = town or _council_town(ctx)
        for person, bracket in members:
            role = role_of(bracket.strip()) if bracket else None
            ctx.add(person, "hasRole", body, sentence, COUNCIL_MEMBERS_RULE, 0.75, role=role.label if role else "lid")
            if town is not None:
                ctx.add(person, "hasRole", town, sentence, COUNCIL_MEMBERS_RULE, 0.75, role="raadslid")
