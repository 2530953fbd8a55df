""""Neem contact op met het Kabinet van de burgemeester, contactpersoon Anouk Brinkman": the contact person an
apposition names after a body holds the post of its contact person there (``hasRole`` "contactpersoon"; the
affiliation it implies is the role's, :func:`graph.extract._without_redundant` keeps no second fact).

The body is a unit or organisation right before the comma; the person follows "contactpersoon" (or
"contactpersoon:") right away. A contact person named for a programme or an event ("de City Deal,
contactpersoon X") is no member of staff of it: :mod:`graph.extract.contacts` reads those (round 55d).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Neem contact op met de Stichting Sportief Ede, contactpersoon Lotte Groen."
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text,
...        gazetteer=load_gazetteer()).relations if r.rule == "relations.body-contactpersoon")
[('Lotte Groen', 'hasRole', 'Stichting Sportief Ede', 'contactpersoon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_body_contacts"]

_BODIES = frozenset({"OrganisationalUnit", "Organisation"})
#: the apposition after the body: ", contactpersoon (is) X"
_CONTACT_AFTER = re.compile(r"\s*,\s*(?:de\s+)?contactpersoon\s*:?\s+", re.IGNORECASE)


def find_body_contacts(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<body>, contactpersoon X": X works at the body as its contact person."""
    if "contactpersoon" not in sentence.text:
        return
    for body in (m for m in mentions if m.type in _BODIES):
        cue = _CONTACT_AFTER.match(ctx.text, body.end, sentence.end)
        person = next((m for m in mentions if cue is not None and m.start == cue.end() and m.type == "Person"), None)
        if person is None or sentence.text.rstrip().endswith("?"):
            continue  # (an imperative, "Neem contact op met …", is no hedge: the apposition states who it is)
        ctx.add(person, "hasRole", body, sentence, "relations.body-contactpersoon", 0.7, role="contactpersoon")
