""""De G40 Pijler Economie en Werk": an organisation written before a unit's name owns the unit.

Dutch writes a unit with its organisation in front ("de G40 Pijler Economie en Werk", "VNG
Taskforce Economisch Herstel"); the organisation is then no party of its own to what the sentence
says of the unit. The parts reader makes the unit part of it (rule ``relations.org-prefix``); this
pass, run after the other rules, drops the facts that read the organisation as a second party
beside its unit ("X werkt samen met de G40 Pijler Y" is X with the pijler, not also X with the G40).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Het ministerie van EZK werkt samen met de G40 Pijler Economie en Werk.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations)
[('EZK', 'collaboratesWith', 'Pijler Economie en Werk'), ('Pijler Economie en Werk', 'partOf', 'G40')]
"""

from __future__ import annotations

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
        if unit is not None and (relation.subject.start, relation.predicate, unit.start, relation.evidence_start) in told:
            return True
        unit = owners.get((relation.subject.start, relation.subject.end))
        return unit is not None and (unit.start, relation.predicate, relation.object.start,
                                     relation.evidence_start) in told

    ctx.relations[:] = [r for r in ctx.relations if not beside_its_unit(r)]
