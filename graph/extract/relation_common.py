"""Patterns and helpers that more than one relation module uses.

The kinds of things a relation is about (:data:`_THINGS`), "we" (:data:`_WE`), an article on its
own before a name (:data:`_ARTICLE_ONLY`), and the words that open a clause before its first actor
(:func:`_without_head`, :data:`_IN_PP_START`), and whether a paragraph has turned to a thing named by its kind and
a name no mention covers (:func:`new_thing_since`). Used by :mod:`graph.extract.collaboration`,
:mod:`graph.extract.taking_part`, :mod:`graph.extract.organising` and :mod:`graph.extract.leadership`.
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["_WE", "_THINGS", "_ARTICLE_ONLY", "_ACTOR_HEAD", "_without_head", "_IN_PP_START", "reported_clause_start",
           "THINGS_OR_ORGANISATION", "CLAUSE_BREAK", "new_thing_since"]


_WE = re.compile(r"\b(?:we|wij)\b", re.IGNORECASE)


_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: what one takes part in, or a network one joins
THINGS_OR_ORGANISATION = _THINGS | {"Organisation"}
#: the end of a clause between a cue and its object
CLAUSE_BREAK = re.compile(r"[,;]|\bmaar\b")


#: the head noun of an actor's name before the name itself: "het ministerie van BZK", "de gemeente Delft"
_ACTOR_HEAD = re.compile(r"(?:(?:het\s+)?ministerie\s+van|(?:de\s+)?ministeries\s+van|(?:de\s+)?(?:gemeenten?|provincies?)|"
                         # "(Ook) de regionale ontwikkelingsmaatschappij LIOF …": the kind of organisation
                         r"(?:de\s+|het\s+)?(?:[a-z]+e\s+)?(?:ontwikkelingsmaatschappij|woningcorporatie|woonstichting|"
                         r"woningbouwcorporatie|kennisinstelling|hogeschool|universiteit|stichting|vereniging))\s+$",
                         re.IGNORECASE)


#: "dat" opening a complement clause after a verb of saying or knowing ("meldt dat", "weet dat"); after a
#: comma "dat" is a relative pronoun ("het netwerk, dat …") whose clause is about what went before
_THAT_CLAUSE = re.compile(r"(?<![,\s])\s+dat\s")


def reported_clause_start(text: str, start: int, end: int) -> int:
    """Where the last complement clause between ``start`` and ``end`` begins ("X meldt dat Ede is
    toegelaten tot …": the clause of Ede, not of X, who only reports it), else ``start``.

    >>> text = "Anna Kok meldt dat Ede is toegelaten tot de deal."
    >>> text[reported_clause_start(text, 0, text.index("toegelaten")):]
    'Ede is toegelaten tot de deal.'
    >>> text = "Het netwerk, dat in 2020 is toegetreden tot de deal"
    >>> reported_clause_start(text, 0, text.index("toegetreden"))
    0
    """
    for that in _THAT_CLAUSE.finditer(text, start, end):
        start = that.end()
    return start


def _without_head(opening: str) -> str:
    """The words opening a clause before its first actor, without the actor's own head noun.

    >>> _without_head("Het ministerie van "), _without_head("Ook de gemeente ")
    ('', 'Ook ')
    >>> _without_head("Ook de regionale ontwikkelingsmaatschappij "), _without_head("De ministeries van ")
    ('Ook ', '')

    """
    return _ACTOR_HEAD.sub("", opening)


_IN_PP_START = re.compile(r"\b(?:met|bij|door|namens|voor|via|over|aan|tussen)\b|(?<!ministerie )(?<!ministeries )\bvan\b", re.IGNORECASE)


_ARTICLE_ONLY = re.compile(r"\s*(?:(?:de|het)\s+)?")


#: a programme named by its kind and a name: "het kennistraject *Binnenstad als bestemming*", "de pilot 'Stad'"
_THING_BY_KIND = re.compile(r"\b(?:het|de|een|dit|deze)\s+(?:nieuwe?\s+)?[\w-]*(?:traject|project|pilot|proeftuin|"
                            r"leernetwerk|experiment)\s+[*_'\"“‘]?[A-Z]", re.IGNORECASE)


def new_thing_since(ctx: DocContext, target: Mention, sentence: Sentence, cue: int) -> bool:
    """Whether the paragraph of ``sentence``, after the programme ``target`` named before and before the
    cue at ``cue``, turns to another thing it names and no mention covers ("Daarnaast werkt de themagroep
    samen met Platform31 in het kennistraject Y. Platform31 voert het traject uit; Gouda en Alkmaar doen
    mee"): what they take part in is that thing, not ``target``. A kind word alone ("doen mee aan het
    project") points back to ``target``.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede doet mee aan de City Deal Zon.\\n\\nDaarnaast start het kennistraject Stad. Breda doet mee aan het traject."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Ede', 'City Deal Zon')]
    """
    start = max(target.end, ctx.text.rfind("\n\n", 0, sentence.start) + 1)
    for kind in _THING_BY_KIND.finditer(ctx.text, start, cue):
        # a recognised programme over the kind word or right after it ("de pilot Datawerkplaats X") is no new thing
        if not any(m.type == "Programme" and m.start <= kind.end() + 1 and m.end > kind.start()
                   for m in ctx.in_span(kind.start(), min(sentence.end, kind.end() + 120))):
            return True
    return False
