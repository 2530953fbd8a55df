"""The towns and provinces a programme's steering body seats: they take part in the programme.

The minutes of a programme's own body ("Verslag stuurgroep City Deal Energiearmoede", "Notulen
programmaraad Regio Deal Twente") list who sits at the table, each with the office that brings them
there:

    Aanwezig
    - Marloes ter Haar (wethouder Deventer, voorzitter)
    - Bilal El Ouardi (wethouder Schiedam)
    Afwezig met bericht: Kees Brouwer (wethouder Gouda)

A programme's steering body seats its partners: the municipality or province whose alderman, mayor
or deputy sits in it (absent or not) takes part in the programme the body is named after. Others at
the table (a ministry's official, a knowledge partner, the secretary) give nothing here: a guest or an
observer is no partner. The body of a unit of the network ("Verslag Taskforce X") is no programme's:
its members' towns are left to the rules of membership. The list or table of the members of a programme's
body on any page ("Leden stuurgroep City Deal X" / "- Eva Smit (wethouder Ede)") seats them as well.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Verslag stuurgroep City Deal Slimme Wijk\\n\\nAanwezig\\n\\n- Eva Smit (wethouder Ede)\\n"
...         "- Jan de Kok (ministerie van BZK)\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "participation.represented"]
[('Ede', 'City Deal Slimme Wijk')]
"""

from __future__ import annotations

from .context import DocContext
from .participation import title_unit
from .parts import named_programme

__all__ = ["find_represented_places"]

#: the offices that seat a town or province in a programme's steering body
_SEATING_OFFICES = frozenset({"wethouder", "burgemeester", "gedeputeerde", "commissaris van de koning"})
_PLACES = frozenset({"Municipality", "Province"})
#: the rules that read who sits in a body from its list or table of members
_LISTED_RULES = ("lists.member", "tables.members", "tables.role", "tables.bracket-role")


def find_represented_places(ctx: DocContext) -> None:
    """Add that each town or province whose office-holder sits in the title's programme body (named in the
    same line as that person's seat there) takes part in the programme."""
    bodies = {}  # the programme of each body named after one that a person sits in: by the body's label
    programmes = {}
    for m in ctx.mentions:
        if m.type == "Programme":
            programmes.setdefault(m.label, m)
    title = title_unit(ctx)
    if title is not None and named_programme(ctx, title) is not None:
        bodies[title.label] = named_programme(ctx, title)
    seated = {}
    for r in ctx.relations:
        if r.subject.type == "Person" and r.object.type == "OrganisationalUnit" and r.predicate in ("participatesIn", "hasRole") \
                and r.rule.startswith(_LISTED_RULES):
            if r.object.label not in bodies:
                bodies[r.object.label] = named_programme(ctx, r.object, programmes)  # "Leden stuurgroep City Deal X" / "- …"
            if bodies[r.object.label] is not None:
                seated[(r.subject.label, r.evidence_start)] = bodies[r.object.label]
        elif title is not None and r.subject.type == "Person" and r.object.label == title.label \
                and r.predicate in ("participatesIn", "hasRole") and bodies.get(title.label) is not None:
            seated[(r.subject.label, r.evidence_start)] = bodies[title.label]
    for r in list(ctx.relations):
        programme = seated.get((r.subject.label, r.evidence_start))
        if programme is not None and r.predicate == "hasRole" and r.role in _SEATING_OFFICES \
                and r.object.type in _PLACES and not r.past:
            sentence = ctx.sentence_at(r.evidence_start)
            if sentence is not None:
                ctx.add(r.object, "participatesIn", programme, sentence, "participation.represented", 0.65)
