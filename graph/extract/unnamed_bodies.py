"""A body named only by its kind as the subject of the sentence before a bare role.

A governance passage describes a body, then its chair, without naming the body by name::

    De klankbordgroep bestaat uit SZW, Divosa en twee ervaringsdeskundigen. Voorzitter is wethouder X.

"Voorzitter is X" is the klankbordgroep's chair, not the chair of the programme the document is about.
When the text gives that body no name (no mention covers "de klankbordgroep"), the role has no holder
the graph knows: :func:`unnamed_subject_before` tells :func:`graph.extract.roles.find_roles` to read
nothing rather than give the role to the passage's unit. A named body ("De Stuurgroep Wonen bestaat
uit …") is a mention and is found as the context the usual way.

Examples
--------
>>> from graph.extract.model import Sentence
>>> from graph.extract.context import DocContext
>>> text = "De klankbordgroep bestaat uit SZW. Voorzitter is Eva Kok."
>>> ctx = DocContext("d", text, [Sentence(0, 34, text[:34]), Sentence(35, len(text), text[35:])], [])
>>> unnamed_subject_before(ctx, ctx.sentences[1])
True
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import load_lexicon
from .model import Sentence

__all__ = ["unnamed_subject_before"]

#: a definite body word opening a sentence, the subject of its clause: "De klankbordgroep (bestaat|komt|…)"
_OPENING_BODY = re.compile(r"\s*(?:De|Het)\s+(?:(?:bestuurlijke|ambtelijke|dagelijks|algemeen)\s+)?([a-z]+)\b")


def unnamed_subject_before(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence before ``sentence`` opens with a body named only by its kind ("De
    klankbordgroep", "Het kernteam", "De bestuurlijke regiegroep") that no mention covers."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return False
    opening = _OPENING_BODY.match(ctx.text, ctx.content_start(previous), previous.end)
    if opening is None or (opening.group(1) not in load_lexicon().unit_kinds and opening.group(1) != "bestuur"):
        return False
    return not any(m.start <= opening.start(1) < m.end for m in ctx.in_sentence(previous))
