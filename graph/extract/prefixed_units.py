"""A unit named by its organisation's name and a hyphen is the unit, not the organisation: "(G40-bureau)".

"Marloes Kok (G40-bureau)" in an attendance list, or "werkt bij het G40-bureau", places the person at
the bureau, a unit of the G40 (walkthrough 27, finding 18). The name is read as two mentions, the
organisation ("G40") and the unit its second part names ("bureau", labelled "G40-bureau", which is
``partOf`` the G40); a rule that takes the first body after the person takes the organisation. So a
person's affiliation, role or contact whose body is an organisation right before a hyphen and a unit
of its own (the unit's mention starts right after the hyphen) is at that unit. The unit's own
``partOf`` the organisation stays.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Aanwezig: Anna Smit (gemeente Ede), Piet Kok (G40-bureau)"
>>> sorted((r.subject.text, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Anna Smit', 'affiliatedWith', 'Ede'), ('Piet Kok', 'affiliatedWith', 'G40-bureau'), ('bureau', 'partOf', 'G40')]
"""

from __future__ import annotations

import dataclasses

__all__ = ["with_prefixed_units"]

#: a person's ties to a body
_PERSONS_BODY = frozenset({"affiliatedWith", "hasRole", "contactFor"})


def with_prefixed_units(text: str, relations: list, mentions: list) -> list:
    """``relations`` with a person's body "G40" of "G40-bureau" replaced by the unit (see the module)."""
    units = {m.start: m for m in mentions if m.type == "OrganisationalUnit"}
    if not units:
        return relations
    out = []
    for r in relations:
        if r.predicate in _PERSONS_BODY and r.subject.type == "Person" and r.object.type == "Organisation" \
                and text[r.object.end:r.object.end + 1] == "-" and r.object.end + 1 in units:
            unit = units[r.object.end + 1]
            if unit.label.startswith(r.object.text):
                r = dataclasses.replace(r, object=unit)
        out.append(r)
    return out
