"""Two roles coordinated before one body: "X is sinds 2015 trainer en sinds 2020 voorzitter van VV Y".

The body after the second role word ("voorzitter van VV Y") is the body of the first as well: X has
been trainer of VV Y since 2015 and chair since 2020. The roles find the second (its body follows
it); this adds the first, with its own period, when the first role word may be held in such a body
(a role of any body, of the second's kind or of the body's type: not "wethouder en sinds 2020
voorzitter van de stichting", a municipality's office). Called per sentence by :func:`graph.extract.roles.find_roles`, after the
roles of the sentence are bound.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Eva Kok is sinds 2015 secretaris en sinds 2020 voorzitter van de Stichting Wijkhuis Tiel."
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2024-04-26")
>>> sorted((r.role, r.valid_from) for r in ex.relations if r.predicate == "hasRole")
[('secretaris', '2015-01-01'), ('voorzitter', '2020-01-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence
from .role_words import role_of

__all__ = ["coordinated_roles"]

#: "is (sinds 2015) trainer en (sinds 2020) voorzitter van": two role words, each with its own time
_TWO_ROLES = re.compile(r"\b(?:is|was|werd|wordt)\s+(?:(?:sinds|vanaf|van|tot)\s+[^,;:()]{1,30}?\s+)?"
                        r"(?P<first>[a-zà-ÿ-]+)\s+en\s+(?:(?:sinds|vanaf|van|tot)\s+[^,;:()]{1,30}?\s+)?"
                        r"(?P<second>[a-zà-ÿ-]+)\s+(?:van|bij)\s+")


def coordinated_roles(ctx: DocContext, sentence: Sentence) -> None:
    """Add the first of two roles coordinated before one body, as the second's relation holds it."""
    for match in _TWO_ROLES.finditer(ctx.text, sentence.start, sentence.end):
        first, second = role_of(match.group("first")), role_of(match.group("second"))
        if first is None or second is None or first.label == second.label:
            continue
        held = [r for r in ctx.relations if r.predicate == "hasRole" and r.role == second.label
                and r.evidence_start == sentence.start and r.object.start >= match.end()
                and r.subject.type == "Person"]
        for relation in held:
            if first.scope not in ("any", second.scope, relation.object.type.lower()):
                continue  # "wethouder en voorzitter van de stichting": the office is the town's
            ctx.add(relation.subject, "hasRole", relation.object, sentence, "roles.coordinated", 0.7,
                    role=first.label, stated_at=match.start("first"))
