"""'…; hij volgde in die rol X op' where "hij" is named only in a sentence before.

A career sketch names its person once and goes on with "hij": "De heer Bakker was van 2010 tot en
met 2023 wethouder van Tiel. Van 2015 tot en met 2020 was hij voorzitter van de pijler; hij volgde
in die rol Theo Rozendaal (Dordrecht) op." The clause after the semicolon names only the one
succeeded, so :func:`graph.extract.succession_clauses.pronoun_follows_in_clause` (which takes the
successor from the persons named before the clause) finds no one. Here the clause before the
semicolon has the same pronoun as its subject, and that pronoun goes back along its chain
(:func:`graph.extract.pronoun_chains.chained_person`) to the one person the paragraph named: he
succeeded X, and X held the role the sentence gives him (:func:`graph.extract.passed_on_roles.add_succession`).
Two persons at the chain's end, no pronoun in the clause before, or a new paragraph: no fact.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Jan Bakker was wethouder van Tiel. Van 2015 tot en met 2020 was hij voorzitter van de "
...         "G40 Pijler Fysiek Domein; hij volgde in die rol Theo Rozendaal (Dordrecht) op.")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2024-04-26")
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
[('Jan Bakker', 'Theo Rozendaal')]
>>> [(r.object.text, r.role, r.past, r.valid_until) for r in ex.relations
...  if r.subject.text == "Theo Rozendaal" and r.predicate == "hasRole"]
[('Pijler Fysiek Domein', 'voorzitter', True, '2014-12-31')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import PASSED_ON, add_succession
from .periods import day_before
from .pronoun_chains import chained_person
from .succession_words import DESCRIBED, TASK, TITLED

__all__ = ["pronoun_follows_back"]

#: "; hij volgde (in die rol) X op": the pronoun of a later clause and its verb
_FOLLOWS = re.compile(r";\s*(?:en\s+)?(hij|zij)\s+(?:volgt|volgde)\s+(in\s+(?:die|deze|zijn|haar)\s+" + TASK + r"\s+)?"
                      r"(?:(?:toen|daarin|daarbij|ook|destijds)\s+)?")
#: the particle after the one succeeded (a bracket with a place between): "X (Dordrecht) op"
_PARTICLE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?op\b(?!\s+de\s+voet\b)")


def pronoun_follows_back(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "Y succeeded X" for "…; hij volgde (in die rol) X op" when ``persons`` (the sentence's) is X
    alone and "hij" is the person the chain of "hij" in the clause before goes back to."""
    if len(persons) != 1:
        return
    old = persons[0]
    for match in ctx.asserted_cues(_FOLLOWS, sentence):
        pronoun = match.group(1)
        if not (match.end() <= old.start and re.fullmatch(DESCRIBED + TITLED, ctx.text[match.end():old.start])
                and _PARTICLE.match(ctx.text, old.end, sentence.end)):
            continue
        if not re.search(rf"\b{pronoun}\b", ctx.text[sentence.start:match.start()], re.IGNORECASE):
            continue  # "Het project liep tot 2020; hij volgde X op": no subject of his own before the clause
        personal, new = chained_person(ctx, sentence, pronoun)
        if personal and new is not None and new.label != old.label:
            add_succession(ctx, sentence, new, old, 0.7, stated_at=match.start())
            if match.group(2):
                _role_before(ctx, sentence, new, old)


def _role_before(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """"Van 2015 tot en met 2020 was hij voorzitter van X; hij volgde in die rol Y op": Y was voorzitter
    of X before him (until the day before his start), also when his own term is over, which
    :func:`graph.extract.passed_on_roles.add_succession` leaves alone (it passes on current roles only)."""
    roles = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == new.label
             and r.object.type in PASSED_ON and sentence.start <= r.evidence_start and r.evidence_end <= sentence.end]
    if len({(r.object.label, r.role) for r in roles}) != 1:
        return
    role = roles[0]
    if any(r.predicate == "hasRole" and r.subject.label == old.label and r.object.label == role.object.label
           for r in ctx.relations):
        return  # passed on already
    until = day_before(role.valid_from) if role.valid_from else None
    ctx.add(old, "hasRole", role.object, sentence, "succession.opvolger-rol", 0.6, role=role.role, past=True,
            stated_at=old.start, until=until)
