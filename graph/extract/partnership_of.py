"""participatesIn of the partners a programme is said to be a partnership of: "De Regio Deal X is
een samenwerking van A en B met de ministeries van LNV en VWS", "… vormt een samenwerkingsverband tussen …".
Called by :func:`graph.extract.collaboration.find_collaboration`; split from :mod:`.collaboration` in
round 41a.
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_partnership_of"]


#: a programme said to be a partnership of its partners: "De Regio Deal is een samenwerking van A, B en C
#: met het Rijk", "… vormt een samenwerkingsverband tussen …" ("een initiatief van A en B" says who started it,
#: not who takes part: :mod:`.relations` reads it as ``initiated``, round 46a); a start between the verb and the
#: kind dates it: "De Stedenagenda is sinds 2022 een samenwerking van A en B" (round 54e)
_PARTNERSHIP = re.compile(r"(?:\b(?:is|was|vormt|vormde)(?:\s+(?:al\s+)?(?:sinds|vanaf)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?"
                          r"(?:19|20)\d\d)?|\s[—–])\s+(?:een|het)\s+(?:\w+\s+){0,2}?(?:samenwerking(?:sverband)?|"
                          r"partnerschap|(?P<joint>programma|project))\s+(?:tussen|van)\s+", re.IGNORECASE)


#: an abbreviation in brackets after a programme's name, before the verb or dash
_ABBREVIATION = re.compile(r"\s*\([A-Z][\w-]{1,12}\)\s*[—–]?\s*(?:is|was|vormt|vormde)?\s*")


#: the rest of the partners after "met": "… van A en B met de ministeries van LNV en SZW"
_AND_WITH = re.compile(r"\s*,?\s+(?:met|en\s+met)\s+(?:de\s+|het\s+)?(?:ministeries?\s+van\s+)?", re.IGNORECASE)


def find_partnership_of(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The partners a programme is said to be a partnership of take part in it: "De Regio Deal
    Zuid-Limburg is een samenwerking van Heerlen en Sittard-Geleen met de ministeries van LNV en
    VWS" (the programme opens the sentence: its name or "de Regio Deal" the passage is about).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Regio Deal Twente\\n\\nDe Regio Deal is een samenwerking van Enschede en Hengelo met het ministerie van LNV."
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "relations.samenwerking-van")
    ['Enschede', 'Hengelo', 'LNV']
    """
    if not any(m.type == "Programme" for m in mentions):
        return
    for match in ctx.asserted_cues(_PARTNERSHIP, sentence):
        head = [m for m in mentions if ctx.content_start(sentence) <= m.start < match.start()]
        if head and _ABBREVIATION.fullmatch(ctx.text, head[0].end, match.start()):
            head = head[:1]  # "Programma Groene Wijken (PGW) — een programma van …": its abbreviation
        if len(head) != 1 or head[0].type != "Programme" or len(ctx.text[head[0].end:match.start()].split()) > 3:
            continue  # the programme is the subject, and nothing else is named before the verb
        partners = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if not partners or partners[0].start - match.end() > 20 or (match.group("joint") and len(partners) < 2):
            continue  # "een programma van BZK": whose it is; "een (interbestuurlijk) programma van A, B en C": joint (40a)
        more = _AND_WITH.match(ctx.text, partners[-1].end, sentence.end)
        if more is not None:
            partners += ctx.list_after(more.end(), sentence.end, types=ACTORS)
        for partner in partners:
            ctx.add(partner, "participatesIn", head[0], sentence, "relations.samenwerking-van", 0.75)
