"""A council committee's chair and clerk in the header of its decision list or minutes.

A raadscommissie's besluitenlijst or verslag names the committee in its title and its chair and clerk in the
lines under it (walkthrough 39, finding 9)::

    # Besluitenlijst raadscommissie Bestuur en Middelen
    Gemeente Deventer
    Aanwezig: Rik Aalders (voorzitter), Eva Brinkhuis, Tom Verwoerd
    Griffie: Sanne Koopmans (commissiegriffier)

or with lines of their own ("Voorzitter: Rik Aalders", "Griffier: Sanne Koopmans", "Commissiegriffier: …"). The
chair is the committee's voorzitter, the clerk its griffier, on the document's day; the others present give
nothing (a councillor present may be a substitute, and a wethouder "namens het college" is a guest). The
committee is a body of the town's council: it is named with its town ("Raadscommissie Bestuur en Middelen
(Deventer)", since every council has a "commissie Bestuur" of its own) and is part of that municipality, so
a title without the town ("Gemeente Deventer", "Gemeenteraad Deventer" among the first lines) names none, nor
does a title that is a sentence or a committee that is no council's ("Verslag Commissie Remkes").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Besluitenlijst raadscommissie Bestuur en Middelen\\n\\nGemeente Zwolle\\n\\n"
...         "Aanwezig: Rik Aalders (voorzitter), Eva Brink, Tom Visser\\nGriffie: Sanne Kok (commissiegriffier)\\n")
>>> sorted((r.subject.text, r.role, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2025-02-04").relations if r.object.label.startswith("Raadscommissie"))
[('Rik Aalders', 'voorzitter', 'Raadscommissie Bestuur en Middelen (Zwolle)'), \
('Sanne Kok', 'griffier', 'Raadscommissie Bestuur en Middelen (Zwolle)')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["committee_header_units", "find_committee_headers", "COMMITTEE_RULE", "COMMITTEE_UNIT_RULE"]

COMMITTEE_RULE = "roles.committee-header"
COMMITTEE_UNIT_RULE = "units.council-committee"

#: how many non-empty lines from the top the title, the town and the header lines may stand
_TITLE_LINES = 4
_HEADER_LINES = 12
#: the title: a decision list's, minutes' or agenda's, of the "(raads)commissie" and its name in capitals
_TITLE = re.compile(
    r"[ \t#*]*(?:[Bb]esluitenlijst|[Vv]erslag|[Nn]otulen|[Aa]ctielijst|[Aa]genda)[ \t]+(?:van[ \t]+de[ \t]+)?"
    r"(?:(?:openbare[ \t]+)?vergadering[ \t]+van[ \t]+de[ \t]+)?(?P<body>(?:raadscommissie|commissie)[ \t]+"
    r"(?P<name>[A-Z][\w-]*(?:(?:[ \t]+(?:en|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][\w-]*){0,5}))[ \t*]*")
#: the town's line: "Gemeente Deventer", "Gemeenteraad Deventer", "Gemeenteraad van Deventer"
_TOWN_LINE = re.compile(r"[ \t#*]*(?:[Gg]emeente|[Gg]emeenteraad|GEMEENTERAAD|GEMEENTE)[ \t]+(?:van[ \t]+)?")
#: a header line: its label, then the people
_HEADER = re.compile(r"[ \t*-]*(?P<label>Aanwezig|Aanwezigen|Voorzitter|Commissievoorzitter|Griffier|Commissiegriffier|"
                     r"Griffie)[ \t*]*:[ \t*]*")
#: the role a header line's label gives everyone it names
_LABELLED = {"voorzitter": "voorzitter", "commissievoorzitter": "voorzitter", "griffier": "griffier",
             "commissiegriffier": "griffier"}
#: the role a bracket after a name gives in a list of those present ("Rik Aalders (voorzitter)")
_BRACKET = re.compile(r"[ \t]*\((?P<role>voorzitter|commissievoorzitter|griffier|commissiegriffier)\)", re.IGNORECASE)


def _lines(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``count`` non-empty lines of ``text``."""
    found, position = [], 0
    while position < len(text) and len(found) < count:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            found.append((position, end))
        position = end + 1
    return found


def committee_header_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """The council committee the document's title names, as a unit named with its town (module docstring)."""
    if "ommissie" not in text[:600]:
        return []
    lines = _lines(text, _TITLE_LINES)
    title = next((match for start, end in lines if (match := _TITLE.fullmatch(text, start, end))), None)
    if title is None:
        return []
    town = next((m for start, end in lines if (opening := _TOWN_LINE.match(text, start, end))
                 for m in mentions if m.type == "Municipality" and m.start == opening.end()
                 and not text[m.end:end].strip()), None)
    if town is None:
        return []
    name = " ".join(title.group("name").split())
    return [Mention(title.start("body"), title.end("body"), text[title.start("body"):title.end("body")],
                    "OrganisationalUnit", COMMITTEE_UNIT_RULE, 0.75, name=f"Raadscommissie {name} ({town.label})",
                    kind="commissie")]


def find_committee_headers(ctx: DocContext) -> None:
    """Add the chair's and the clerk's roles in the committee the title names, and its place in the town."""
    committee = next((m for m in ctx.mentions if m.rule == COMMITTEE_UNIT_RULE), None)
    if committee is None:
        return
    text = ctx.text
    town = next((m for start, end in _lines(text, _TITLE_LINES) if (opening := _TOWN_LINE.match(text, start, end))
                 for m in ctx.mentions if m.type == "Municipality" and m.start == opening.end()), None)
    sentence = ctx.sentence_at(committee.start)
    if town is not None and sentence is not None:
        ctx.add(committee, "partOf", town, sentence, "relations.raadscommissie", 0.7)
    for start, end in _lines(text, _HEADER_LINES):
        if text.startswith("|", start) or text.startswith("##", start):
            break  # the decisions' table or the first section: the header is over
        header = _HEADER.match(text, start, end)
        sentence = ctx.sentence_at(start) if header is not None else None
        if sentence is None:
            continue
        label = header.group("label").lower()
        people = [m for m in ctx.in_span(header.end(), end) if m.type == "Person"]
        for person in people:
            bracket = _BRACKET.match(text, person.end, end)
            role = _LABELLED.get(label) or (_LABELLED[bracket.group("role").lower()] if bracket else None)
            if label in ("aanwezig", "aanwezigen", "griffie") and bracket is None:
                continue  # present, or in the griffie: no office of the committee
            if label in _LABELLED and person is not people[0]:
                break  # "Voorzitter: A" names one chair
            ctx.add(person, "hasRole", committee, sentence, COMMITTEE_RULE, 0.75, role=role)
