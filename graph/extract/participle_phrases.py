"""Who made a thing a past-participle phrase describes: "een brief van de G40, opgesteld samen met het IPO".

Dutch reports a joint product with a noun, its maker after "van" or "door", and a participle phrase
set off by a comma that says how it was made:

- "Deze week ontvingen wij een brief van het Stedennetwerk G40, opgesteld samen met het IPO en de
  VNG, waarin …": the G40 wrote it with the IPO and the VNG (not "wij", the readers);
- "de notitie van de pijler Fysiek, geschreven in samenwerking met Platform31";
- "het advies door de VNG, mede opgesteld met …" (an adverb may stand before the participle).

The maker is the actor right before the comma, after "van" or "door"; the phrase has no subject of its
own, so a "samen met" in it is the maker's. A comma after a person or with no participle after it opens
no such phrase ("een brief van Eva Smit, samen met …" says nothing of how it was made).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wij ontvingen een brief van het Stedennetwerk G40, opgesteld samen met het IPO, over wonen."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith")
[('Stedennetwerk G40', 'IPO')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["participle_maker"]

#: "van"/"door" (with an article or kind word) right before the maker
_MAKER_BEFORE = re.compile(r"\b(?:van|door)\s+(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?$",
                           re.IGNORECASE)
#: the comma after the maker, then a past participle (an adverb before it) that reaches the cue
_PARTICIPLE_AFTER = re.compile(r"\s*,\s+(?:(?:mede|eerder|onlangs|destijds|recent|gezamenlijk)\s+)?"
                               r"(?:[a-z]*ge[a-zë]{2,}(?:d|t|en)|(?:ont|be|ver|her)[a-zë]{3,}(?:d|t|en))\s+$")


def participle_maker(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The actor whose product the participle phrase holding the cue at ``before`` describes, else None."""
    named = [m for m in ctx.in_span(sentence.start, before) if m.type in ACTORS]
    if not named:
        return None
    maker = named[-1]
    if _PARTICIPLE_AFTER.fullmatch(ctx.text, maker.end, before) is None \
            or _MAKER_BEFORE.search(ctx.text, max(sentence.start, maker.start - 40), maker.start) is None:
        return None
    return maker
