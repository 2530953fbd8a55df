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

__all__ = ["kind_compound_after", "unnamed_body_before", "unnamed_subject_before", "unnamed_subject_of"]

#: a definite body word opening a sentence, the subject of its clause: "De klankbordgroep (bestaat|komt|…)"
_OPENING_BODY = re.compile(r"\s*(?:De|Het)\s+(?:(?:bestuurlijke|ambtelijke|dagelijks|algemeen)\s+)?([a-z]+)\b")


#: a sentence whose subject, a body named by its kind, consists of the people it lists: "De jury bestond uit …"
_CONSISTS_OF = re.compile(r"\s+(?:bestaat|bestond|bestaan|bestonden)\s+uit\b")
#: the word right after a role word ("voorzitter stemcommissie", "lid van de benoemingscommissie")
_WORD_AFTER_ROLE = re.compile(r"[ \t]+(?:van\s+(?:de|het)\s+)?([a-z]{6,})\b")


def _compound_kind(word: str) -> bool:
    """Whether ``word`` is a compound whose head is a kind of body but is no kind of its own: a body of
    another kind than the passage's units ("stemcommissie", "benoemingscommissie", "selectiejury").

    >>> _compound_kind("stemcommissie"), _compound_kind("commissie"), _compound_kind("themagroep")
    (True, False, False)
    """
    kinds = load_lexicon().unit_kinds
    return word not in kinds and any(word.endswith(kind) for kind in [*kinds, "jury"] if " " not in kind)


def kind_compound_after(ctx: DocContext, sentence: Sentence, end: int) -> bool:
    """Whether the role word ending at ``end`` is followed by a body named only by a compound of its kind
    that no mention covers: "H. Kok, voorzitter stemcommissie" chairs that commission, not the pijler of
    the passage.

    >>> text = "Vastgesteld: H. Kok, voorzitter stemcommissie"
    >>> kind_compound_after(DocContext("d", text, [], []), Sentence(0, len(text), text), 31)
    True
    """
    word = _WORD_AFTER_ROLE.match(ctx.text, end, sentence.end)
    return word is not None and _compound_kind(word.group(1)) \
        and not any(m.start <= word.start(1) < m.end for m in ctx.in_sentence(sentence))


def unnamed_subject_of(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with a body named only by its kind that consists of the people it lists
    ("De stemcommissie bestond uit X (Ede), voorzitter, en Y"): their roles are that body's.

    >>> text = "De jury bestond uit Eva Kok, voorzitter, en Jan Bos."
    >>> unnamed_subject_of(DocContext("d", text, [], []), Sentence(0, len(text), text))
    True
    """
    opening = _OPENING_BODY.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is None or not _CONSISTS_OF.match(ctx.text, opening.end(), sentence.end):
        return False
    word = opening.group(1)
    if word not in load_lexicon().unit_kinds and word not in ("bestuur", "jury") and not _compound_kind(word):
        return False
    return not any(m.start <= opening.start(1) < m.end for m in ctx.in_sentence(sentence))


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


def unnamed_body_before(ctx: DocContext, sentence: Sentence):
    """The body named only by its kind that opens the sentence before ``sentence`` as a mention of its own
    ("De klankbordgroep bestaat uit SZW en Divosa", :mod:`graph.extract.heading_bodies`), or None: a bare
    role that opens the next sentence ("Voorzitter is wethouder X") is that body's (round 55f).

    >>> from graph.extract.model import Mention
    >>> text = "De klankbordgroep bestaat uit SZW. Voorzitter is Eva Kok."
    >>> body = Mention(3, 17, "klankbordgroep", "OrganisationalUnit", "units.unnamed", 0.7)
    >>> ctx = DocContext("d", text, [Sentence(0, 34, text[:34]), Sentence(35, len(text), text[35:])], [body])
    >>> unnamed_body_before(ctx, ctx.sentences[1]).text
    'klankbordgroep'
    >>> unnamed_body_before(ctx, ctx.sentences[0]) is None
    True
    """
    previous = ctx.previous_sentence(sentence)
    opening = _OPENING_BODY.match(ctx.text, ctx.content_start(previous), previous.end) if previous is not None else None
    if opening is None:
        return None
    return next((m for m in ctx.in_sentence(previous) if m.start == opening.start(1) and m.rule == "units.unnamed"
                 and m.type == "OrganisationalUnit"), None)
