"""A person named after a compound of an organisation and a role: "G40-wethouder Jan de Vries",
"VNG-directeur Eva Smit" (round 46a).

Dutch glues an organisation to a role word with a hyphen; the person named right after the compound belongs to
that organisation. Where the role rules read no fact between the two ("VNG-directeur X" already holds the role
at the VNG), the person is ``affiliatedWith`` it: a wethouder holds the office in a town, not in the network.

A role that belongs to another body ("<organisation>-Kamerlid X": a member of the Tweede Kamer) is no role in
the organisation: the person holds it at that body where the text names it.

Political parties are no entities of the graph (a party would join every person of it in ``g40kg path`` and the
network pages; the evaluation sets' gold leaves them out): "VVD-wethouder Jan de Vries" in Ede is a wethouder of
Ede, nothing more.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "In Ede sprak G40-wethouder Jan de Vries.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule == "roles.org-compound"]
[('Jan de Vries', 'affiliatedWith', 'G40')]
>>> ex = extract("d", "In Ede zei VVD-wethouder Jan de Vries dat het kan.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations)
[('Jan de Vries', 'hasRole', 'Ede')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_pattern
from .roles import role_of

__all__ = ["find_organisation_compounds"]

#: the hyphen that glues the organisation to a role word ("-wethouder", "-Kamerlid"), and the space before the person
_GLUE = re.compile(r"-(?=\w)")
_BEFORE_PERSON = re.compile(r"[\w-]*\s+")


def find_organisation_compounds(ctx: DocContext) -> None:
    """``affiliatedWith`` between the person after "<Organisation>-<role>" and the organisation, where no
    fact joins the two yet."""
    if "-" not in ctx.text:
        return
    _roles_of_other_bodies(ctx)
    joined = {(r.subject.start, r.object.start) for r in ctx.relations}
    mentions = ctx.mentions
    for k, organisation in enumerate(mentions):
        if organisation.type != "Organisation" or not _GLUE.match(ctx.text, organisation.end) \
                or not role_pattern().match(ctx.text, organisation.end + 1):
            continue
        gap = _BEFORE_PERSON.match(ctx.text, organisation.end + 1)
        person = mentions[k + 1] if k + 1 < len(mentions) else None
        if gap is None or person is None or person.type != "Person" or person.start != gap.end() \
                or (person.start, organisation.start) in joined:
            continue
        sentence = ctx.sentence_at(person.start)
        if sentence is not None:
            ctx.add(person, "affiliatedWith", organisation, sentence, "roles.org-compound", 0.7)


def _roles_of_other_bodies(ctx: DocContext) -> None:
    """Move a role read at an organisation glued to it ("<organisation>-Kamerlid X") to the body
    the role word belongs to ("body:Tweede Kamer"), named before in the document; without one the role is
    dropped (the affiliation is added by :func:`find_organisation_compounds`)."""
    moved = []
    for relation in ctx.relations:
        obj = relation.object
        if relation.predicate != "hasRole" or obj.type != "Organisation" or not _GLUE.match(ctx.text, obj.end):
            continue
        role = role_of(relation.role or "")
        if role is None or not role.scope.startswith("body:"):
            continue
        body = next((m for m in reversed(ctx.mentions) if m.start < relation.subject.start
                     and m.label == role.scope[len("body:"):]), None)
        moved.append((relation, body))
    if not moved:
        return
    gone = {id(relation) for relation, _ in moved}
    ctx.relations[:] = [r for r in ctx.relations if id(r) not in gone]
    for relation, body in moved:
        if body is not None:
            sentence = ctx.sentence_at(relation.subject.start)
            if sentence is not None:
                ctx.add(relation.subject, "hasRole", body, sentence, relation.rule, relation.confidence,
                        role=relation.role)
