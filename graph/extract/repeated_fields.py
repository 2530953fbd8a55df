"""A post named again by its field without its body: "… directeur Openbaar Bestuur bij het ministerie van BZK …
Tot de benoeming van een opvolger is Y per 1 september directeur Openbaar Bestuur a.i."

A news item names the post in full once ("X, directeur Openbaar Bestuur bij het ministerie van BZK") and
then the interim holder of the same post by its role word and field alone. The same role word with the
same capitalised field, earlier in the document and followed by "bij/van (het ministerie van) <body>",
names the body of the second mention as well. Only a field of capitalised words counts ("directeur
Woningbouw", not "directeur van de afdeling").

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Tom Baas, directeur Openbaar Bestuur bij het ministerie van BZK, vertrekt. Tot de benoeming van een "
...         "opvolger is Eva Kok per 1 september 2025 directeur Openbaar Bestuur a.i.")
>>> [(r.subject.text, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-08-22").relations if r.subject.text == "Eva Kok"]
[('Eva Kok', 'BZK', '2025-09-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["same_field_body"]

#: the capitalised field right after a role word: "Openbaar Bestuur en Democratie", "Woningbouw"
_FIELD = re.compile(r"\s+(?P<field>[A-ZÀ-Ý][\w-]*(?:\s+(?:en\s+)?[A-ZÀ-Ý][\w-]*){0,4})(?=\s+a\.i\.|\s*[,.;]|\s*$)")
#: what stands between the field and its body where the post is named in full
_AT_BODY = r"\s+(?:bij|van)\s+(?:het\s+|de\s+)?(?:ministerie\s+van\s+)?"


def same_field_body(ctx: DocContext, sentence: Sentence, start: int, end: int) -> Mention | None:
    """The body an earlier mention of the same role word and field (at ``start:end`` and after it) names."""
    field = _FIELD.match(ctx.text, end, sentence.end)
    if field is None:
        return None
    word = ctx.text[start:end]
    earlier = re.compile(rf"\b{re.escape(word)}\s+{re.escape(field.group('field'))}{_AT_BODY}", re.IGNORECASE)
    for found in earlier.finditer(ctx.text, 0, sentence.start):
        body = next((m for m in ctx.in_span(found.end(), found.end() + 120) if m.start == found.end()), None)
        if body is not None and body.type in ("Ministry", "Organisation", "Municipality", "Province"):
            return body
    return None
