"""The signer's colleague: "Mijn collega X wordt per 1 juli projectleider voor A en B" in a signed letter or mail.

A letter signed by someone of a ministry, organisation or municipality (the sign-off block gives the signer's
role there, :mod:`.signoffs`) that names "mijn collega X" or "onze collega X" speaks of a colleague at the same
employer: X is ``affiliatedWith`` it, and a post the sentence gives X without a body of its own ("wordt per 1 juli
2025 projectleider voor A en B": the towns are whom X works for, not where) is held there (``hasRole``).
Not when a place follows the name ("Mijn collega Bram de Kok uit Zwolle": a fellow wethouder of another
town), nor in a letter no sign-off block closes, nor for an office of a town or province (wethouder,
burgemeester …: a colleague in office is not the signer's employee).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Beste Jan,\\n\\nMijn collega Karin de Wit wordt per 1 juli 2025 projectleider voor Deventer en Zwolle.\\n\\n"
...         "Hartelijke groet,\\n\\nEva Smit\\nDirecteur Woningbouw\\nMinisterie van BZK\\n")
>>> sorted((r.subject.text, r.predicate, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.subject.text == "Karin de Wit")
[('Karin de Wit', 'hasRole', 'BZK', 'projectleider')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_of

__all__ = ["find_signer_colleagues"]

#: "Mijn collega X", "onze collega X" right before the name
_COLLEAGUE = re.compile(r"\b(?:mijn|onze)\s+(?:directe\s+)?collega\s+$", re.IGNORECASE)
#: after the name: a copula, a time, the role word; then "voor …", "bij ons" or the clause's end
_POST = re.compile(r"\s+(?:is|wordt|werd)\s+(?:(?:per|sinds|vanaf|met\s+ingang\s+van)\s+[^,;()]{1,30}?\s+)?(?:de\s+|onze\s+)?"
                   r"(?P<role>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?)(?=\s+voor\s|\s*[.;]|\s+bij\s+ons\b)", re.IGNORECASE)
_EMPLOYERS = frozenset({"Ministry", "Organisation", "Municipality", "Province"})
_OFFICES = frozenset({"municipality", "province"})


def find_signer_colleagues(ctx: DocContext) -> None:
    """Add the employer (and the post there) of each colleague a signed letter's writer names."""
    if "collega" not in ctx.text:
        return
    employer = _signers_employer(ctx)
    if employer is None:
        return
    for sentence in ctx.sentences:
        if "collega" not in sentence.text:
            continue
        mentions = ctx.in_sentence(sentence)
        for person in (m for m in mentions if m.type == "Person"):
            if not _COLLEAGUE.search(ctx.text, max(sentence.start, person.start - 24), person.start):
                continue
            post = _POST.match(ctx.text, person.end, sentence.end)
            role = role_of(post.group("role")) if post is not None else None
            if role is not None and role.scope not in _OFFICES and role.label == " ".join(post.group("role").lower().split()):
                ctx.add(person, "hasRole", employer, sentence, "signoffs.colleague-post", 0.7, role=role.label)
            elif not re.match(r"\s*(?:\(|,|uit\s|van\s|in\s)", ctx.text[person.end:sentence.end]):
                ctx.add(person, "affiliatedWith", employer, sentence, "signoffs.colleague", 0.65)


def _signers_employer(ctx: DocContext):
    """The one employer the document's sign-off blocks give their signers, else None."""
    found = {r.object.label: r.object for r in ctx.relations
             if r.rule == "signoffs.block" and r.object.type in _EMPLOYERS}
    return next(iter(found.values())) if len(found) == 1 else None
