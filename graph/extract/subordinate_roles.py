"""A role stated in a subordinate clause, its verb last: "…, die vertrok omdat hij gedeputeerde werd in
de provincie Noord-Brabant", "toen zij wethouder werd van Ede".

The pronoun of the clause is the person named before it in the sentence (or, with no one there, the one
the sentences before are about); the body is named right after the verb, after "in", "bij" or "van" (and
a head word: "de provincie", "de gemeente", "het ministerie van").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Jan Bos stopte omdat hij gedeputeerde werd in de provincie Utrecht.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.bijzin"]
[('Jan Bos', 'Utrecht', 'gedeputeerde')]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent
from .context import ACTORS, DocContext
from .role_words import role_of

__all__ = ["find_subordinate_roles"]

_CLAUSE = re.compile(r"\b(?:omdat|toen|nadat|doordat|waarna|zodra)\s+(?:hij|zij|ze)\s+(?:(?:daar|er|zelf|ook)\s+)?"
                     r"(?P<role>[a-zà-ÿ][\w-]+)\s+(?:werd|was|is|wordt|is\s+geworden|werd\s+benoemd)\s+(?:in|bij|van)\s+"
                     r"(?:(?:de\s+)?(?:gemeente|provincie)\s+|(?:het\s+)?ministerie\s+van\s+|de\s+|het\s+)?")


_CONJUNCTION = re.compile(r"\b(?:omdat|toen|nadat|doordat|waarna|zodra)\b")
#: a part of every match of _CONJUNCTION ("omdat", "nadat", "doordat" hold "dat"): a sentence without any
#: is not scanned (94 % of the sentences of the synthetic corpus)
_CONJUNCTION_PARTS = ("dat", "toen", "waarna", "zodra")


def find_subordinate_roles(ctx: DocContext) -> None:
    """Add the roles stated in subordinate clauses (see the module's docstring)."""
    for sentence in ctx.sentences:
        text = sentence.text
        if not any(part in text for part in _CONJUNCTION_PARTS) or not _CONJUNCTION.search(text):
            continue
        for clause in ctx.asserted_cues(_CLAUSE, sentence):
            role = role_of(clause.group("role"))
            body = next((m for m in ctx.in_span(clause.end(), sentence.end) if m.start == clause.end()), None)
            if role is None or body is None or body.type not in ACTORS:
                continue
            named = [m for m in ctx.in_span(sentence.start, clause.start()) if m.type == "Person"]
            person = named[-1] if named else object_antecedent(ctx, sentence)
            if person is not None:
                ctx.add(person, "hasRole", body, sentence, "roles.bijzin", 0.65, role=role.label, stated_at=clause.start())
