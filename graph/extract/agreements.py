"""Two bodies that agree together: "De themagroep X en het ministerie van SZW spreken af om …".

When the subject of a sentence is two bodies joined by "en" and the verb says they agree with each
other ("spreken af", "spraken af", "maken afspraken", "kwamen overeen"), the two work together
(``collaboratesWith``). Only a pair of bodies that opens the sentence: a person ("Minister X en de
G40 spraken af") is no partner of a body, a longer list is a row of signatories, and an agreement
"daarin" or "hierin" is the text of a document they signed (see :mod:`.cosigning`).

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De themagroep Wonen en het ministerie van BZK spreken af om een werksessie te organiseren."
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
[('themagroep Wonen', 'collaboratesWith', 'BZK')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_agreements"]

#: what may open the sentence before the first body: "De", "Het", "De gemeente"
_OPENING = re.compile(r"\s*(?:(?:De|Het)\s+)?(?:(?:gemeente|provincie)\s+)?", re.IGNORECASE)
#: between the two bodies: " en het ministerie van "
_AND = re.compile(r"\s+en\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")
#: the verb of agreeing after them: "spreken (in het overleg) af", "maken afspraken", "kwamen overeen"
_AGREE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?\s+(?:(?:spreken|spraken|hebben|hadden)\s+(?:(?!daarin\b|hierin\b)[\w-]+\s+){0,4}?"
                    r"(?:af|afgesproken)\b|(?:maken|maakten|hebben|hadden)\s+(?:(?!daarin\b|hierin\b)[\w-]+\s+){0,3}?"
                    r"afspraken\b|(?:komen|kwamen|zijn|waren)\s+(?:(?!daarin\b|hierin\b)[\w-]+\s+){0,3}?overeen(?:gekomen)?\b)")


def find_agreements(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "A collaboratesWith B" for "A en B spreken af …" in ``sentence`` (see the module docstring)."""
    if len(mentions) < 2:
        return
    first, second = mentions[0], mentions[1]
    if first.type not in ACTORS or second.type not in ACTORS \
            or not _OPENING.fullmatch(ctx.text, ctx.content_start(sentence), first.start) \
            or not _AND.fullmatch(ctx.text, first.end, second.start):
        return
    agree = _AGREE.match(ctx.text, second.end, sentence.end)
    if agree is not None and ctx.asserted(sentence, first.start, agree.end()):
        ctx.add(first, "collaboratesWith", second, sentence, "agreements.spreken-af", 0.7)
