""""De G40 Pijler Economie en Werk": an organisation written before a unit's name owns the unit.

Dutch writes a unit with its organisation in front ("de G40 Pijler Economie en Werk", "VNG
Taskforce Economisch Herstel"); the organisation is then no party of its own to what the sentence
says of the unit. The parts reader makes the unit part of it (rule ``relations.org-prefix``); this
pass, run after the other rules, drops the facts that read the organisation as a second party
beside its unit ("X werkt samen met de G40 Pijler Y" is X with the pijler, not also X with the G40), and those that
make the unit a party of the organisation written before it ("Zij neemt deel aan de G40 Pijler Y" read with the pijler
as subject: the pijler takes part in nothing there, it is part of the G40; round 58u).
An organisation joined to the unit's name by a hyphen ("de VNG-commissie Ruimte en Wonen", "de
G40-pijler Fysiek") is one word with it: a collaboration or participation read of the organisation
alone is the unit's as well ("trekt op met de VNG-commissie X" is with the commissie, and through it with
the VNG).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Het ministerie van EZK werkt samen met de G40 Pijler Economie en Werk.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations)
[('EZK', 'collaboratesWith', 'Pijler Economie en Werk'), ('Pijler Economie en Werk', 'partOf', 'G40')]
>>> ex = extract("d", "Eva Kok is wethouder. Zij neemt deel aan de G40 Pijler Sociaal Domein.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[]
>>> ex = extract("d", "Breda werkt samen met de VNG-commissie Ruimte en Wonen.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate != "partOf")
[('Breda', 'collaboratesWith', 'VNG'), ('Breda', 'collaboratesWith', 'commissie Ruimte en Wonen')]
"""

from __future__ import annotations

import dataclasses

from .context import DocContext

__all__ = ["drop_prefix_parties"]

PREFIX_RULE = "relations.org-prefix"


def drop_prefix_parties(ctx: DocContext) -> None:
    """Drop each fact whose party is an organisation prefixing a unit when the same fact, from the
    same sentence, holds of that unit."""
    owners = {(r.object.start, r.object.end): r.subject for r in ctx.relations
              if r.rule == PREFIX_RULE and r.predicate == "partOf"}
    if not owners:
        return
    told = {(r.subject.start, r.predicate, r.object.start, r.evidence_start) for r in ctx.relations}

    def beside_its_unit(relation) -> bool:
        if relation.rule == PREFIX_RULE:
            return False
        unit = owners.get((relation.object.start, relation.object.end))
        if unit is relation.subject and relation.predicate in _MOVED:
            return True  # "Zij neemt deel aan de G40 Pijler X": the pijler is part of the G40, no party to it
        if unit is not None and (relation.subject.start, relation.predicate, unit.start, relation.evidence_start) in told:
            return True
        unit = owners.get((relation.subject.start, relation.subject.end))
        return unit is not None and (unit.start, relation.predicate, relation.object.start,
                                     relation.evidence_start) in told

    ctx.relations[:] = [r for r in ctx.relations if not beside_its_unit(r)]
    _hyphened_to_unit(ctx, owners, told)


#: the relations a hyphened owner is read for in its unit's place
_MOVED = frozenset({"collaboratesWith", "participatesIn"})


def _told_in(relation, mention) -> bool:
    """Whether ``mention`` stands in the evidence of ``relation``."""
    return relation.evidence_start <= mention.start < relation.evidence_end


def _hyphened_to_unit(ctx: DocContext, owners: dict, told: set) -> None:
    """Add the unit's collaboration or participation beside each one read of an organisation hyphened to
    the unit's name ("de VNG-commissie X")."""
    hyphened = {span: unit for span, unit in owners.items()
                if unit.start == span[1] + 1 and ctx.text[span[1]:span[1] + 1] == "-"}
    if not hyphened:
        return
    added = []
    for r in ctx.relations:
        if r.predicate not in _MOVED or r.rule == PREFIX_RULE:
            continue
        # only where the sentence itself names it so, not an actor taken from elsewhere (the document's "we")
        obj = hyphened.get((r.object.start, r.object.end)) if _told_in(r, r.object) else None
        subject = hyphened.get((r.subject.start, r.subject.end)) \
            if r.predicate == "collaboratesWith" and _told_in(r, r.subject) else None
        if obj is None and subject is None:
            continue
        unit_fact = dataclasses.replace(r, object=obj or r.object, subject=subject or r.subject)
        key = (unit_fact.subject.start, unit_fact.predicate, unit_fact.object.start, unit_fact.evidence_start)
        if unit_fact.subject.label != unit_fact.object.label and key not in told:
            told.add(key)
            added.append(unit_fact)
    ctx.relations.extend(added)
