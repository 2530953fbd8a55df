"""A body's members listed after "bestond uit:": "De commissie bestond uit: - X, raadslid (A), voorzitter;".

A report lists who made up its committee, jury or working group in items after a lead sentence that
names the body and ends on "bestond uit:" or "bestaat uit:". An item that closes on a role word after
its last comma ("- Eva Kok, raadslid (Lokaal Ede), voorzitter;") gives its person that role in the
body; "lid" is a member's seat. An item that closes on anything else ("…, werkt bij de gemeente")
states no role, and a lead sentence that names no body (its subject a plural, "De deelnemers
bestonden uit:") gives none. Called per sentence by :func:`graph.extract.roles.find_roles`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("De Werkgroep Dijken bestond uit:\\n- Eva Kok, beleidsadviseur (Tiel), voorzitter;\\n"
...         "- Piet Bos, beleidsadviseur (Epe), lid.\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2024-04-26")
>>> sorted((r.subject.text, r.role) for r in ex.relations if r.rule == "roles.composed-of")
[('Eva Kok', 'voorzitter'), ('Piet Bos', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["composed_of_item"]

#: the lead sentence: the body, then "bestond/bestaat uit:"
_LEAD = re.compile(r"\s*(?:[^:;]{0,80}?)\s+(?:bestond|bestaat)\s+(?:[a-z]+\s+){0,3}?uit\s*:\s*$")
#: the item's last part: a comma, one role word, the item's end
_CLOSING_ROLE = re.compile(r",\s*([a-zà-ÿ-]+)\s*[;.,]?\s*$")


def composed_of_item(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the role an item under "<body> bestond uit:" closes on, for the item's first person."""
    if sentence.bullet_list is None or not persons or persons[0].start != ctx.content_start(sentence):
        return
    lead = ctx.previous_sentence(sentence)
    while lead is not None and lead.bullet_list == sentence.bullet_list:
        lead = ctx.previous_sentence(lead)
    if lead is None or not _LEAD.fullmatch(ctx.text, lead.start, lead.end):
        return
    bodies = [m for m in ctx.in_sentence(lead) if m.type in ("OrganisationalUnit", "Organisation")]
    if len(bodies) != 1:
        return
    closing = _CLOSING_ROLE.search(ctx.text, persons[0].end, sentence.end)
    role = role_of(closing.group(1)) if closing else None
    if role is None:
        return
    ctx.add(persons[0], "hasRole", bodies[0], sentence, "roles.composed-of", 0.7, role=role.label,
            stated_at=closing.start(1))
