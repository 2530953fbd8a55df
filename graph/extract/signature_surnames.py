"""A signature by surname alone under its office: "De voorzitter van de commissie,\\nHaverkamp".

A Kamer's report (a verslag of a schriftelijk overleg, a commissie's letter) is signed in the layout of
the Staatscourant: the office of the one who signs on a line of its own, ending in a comma, and on the
next line the surname alone::

    De voorzitter van de commissie,
    Kuipers-Bos

    De griffier van de commissie,
    Van Dalen

The line under the office names a person (particles and a double name with a hyphen included), who
holds that office in the body it names (the commissie the text named before, or one it names there).

Examples
--------
>>> text = "De vaste commissie voor Financiën vroeg dat.\\n\\nDe voorzitter van de commissie,\\nKuipers-Bos\\n"
>>> [m.text for m in signature_surnames(text, [])]
['Kuipers-Bos']
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .role_words import role_of

__all__ = ["RULE", "find_signature_roles", "signature_surnames"]

RULE = "roles.signature-surname"

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Hh]et|'t|[Ll]a|[Ll]e|[Dd]u)"
_SURNAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+"
#: the office line ending in a comma and the surname alone on the next line
_SIGNATURE = re.compile(
    r"^[ \t]*[Dd]e[ \t]+(?P<role>[\w-]+)[ \t]+van[ \t]+(?P<body>(?:de|het)[ \t]+[^\n,]{3,60}?)[ \t]*,[ \t]*\n"
    r"[ \t]*(?P<name>(?:" + _PARTICLE + r"[ \t]+){0,3}" + _SURNAME + r"(?:-(?:" + _PARTICLE + r"[ \t]+){0,2}" + _SURNAME + r")*)"
    r"[ \t]*$", re.MULTILINE)


def _role(word: str) -> str | None:
    """The role an office word names; a prefixed one by its head ("adjunct-griffier": a griffier).

    >>> _role("voorzitter"), _role("adjunct-griffier"), _role("leden")
    ('voorzitter', 'griffier', None)
    """
    role = role_of(word) or (role_of(word.rsplit("-", 1)[-1]) if "-" in word else None)
    return role.label if role is not None else None


def _signatures(text: str):
    """The matches of an office line over a surname whose office word is a role."""
    if ",\n" not in text:
        return
    for match in _SIGNATURE.finditer(text):
        if _role(match.group("role")) is not None:
            yield match


def signature_surnames(text: str, known: list[Mention]) -> list[Mention]:
    """The persons who sign by surname under an office line; ``known``: the mentions found so far
    (a name another rule found stays theirs)."""
    found = []
    for match in _signatures(text):
        start, end = match.span("name")
        if not any(m.start < end and start < m.end for m in known):
            found.append(Mention(start, end, match.group("name"), "Person", "persons.signature-surname", 0.7))
    return found


def find_signature_roles(ctx: DocContext) -> None:
    """Add each signer's office in the body the office line names: a mention on that line, else the
    last one before that the line's words name by its kind ("de commissie": the commissie named before).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("De vaste commissie voor Financiën heeft vragen gesteld.\\n\\n"
    ...         "De voorzitter van de commissie,\\nKuipers-Bos\\n\\nDe griffier van de commissie,\\nVan Dalen\\n")
    >>> [(r.subject.text, r.role, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == RULE]
    [('Kuipers-Bos', 'voorzitter', 'Commissie voor Financiën'), ('Van Dalen', 'griffier', 'Commissie voor Financiën')]
    """
    for match in _signatures(ctx.text):
        person = next((m for m in ctx.in_span(*match.span("name")) if m.type == "Person"), None)
        sentence = ctx.sentence_at(match.start("name"))
        if person is None or sentence is None:
            continue
        body = next((m for m in ctx.in_span(*match.span("body")) if m.type in ("OrganisationalUnit", "Organisation")), None)
        if body is None:
            kind = match.group("body").split()[-1].lower()
            named = [m for m in ctx.in_span(0, match.start()) if m.type in ("OrganisationalUnit", "Organisation")
                     and kind in m.text.lower()]
            body = named[-1] if named else None
        if body is not None:
            ctx.add(person, "hasRole", body, sentence, RULE, 0.75, role=_role(match.group("role")))
