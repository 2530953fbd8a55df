"""A person named after a compound of an organisation and a role: "GroenLinks-raadslid Emre Kaya", "VVD-wethouder
Jan de Vries" (round 46a).

Dutch glues a party (or another organisation) to a role word with a hyphen; the person named right after the
compound belongs to that organisation. Where the role rules read no fact between the two ("VNG-directeur X"
already holds the role at the VNG), the person is ``affiliatedWith`` it: a council member or wethouder holds the
office in a town, not in the party.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "In Ede zei VVD-wethouder Jan de Vries dat het kan.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule == "roles.party-compound"]
[('Jan de Vries', 'affiliatedWith', 'VVD')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_pattern

__all__ = ["find_party_compounds"]

#: the hyphen that glues the organisation to a lower-case role word, and the space before the person
_GLUE = re.compile(r"-(?=[a-zà-ÿ])")
_BEFORE_PERSON = re.compile(r"[a-zà-ÿ-]*\s+")


def find_party_compounds(ctx: DocContext) -> None:
    """``affiliatedWith`` between the person after "<Organisation>-<role>" and the organisation, where no
    fact joins the two yet."""
    if "-" not in ctx.text:
        return
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
            ctx.add(person, "affiliatedWith", organisation, sentence, "roles.party-compound", 0.7)
