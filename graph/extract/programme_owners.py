"""ledBy from a copula that names a programme's owner: "Het programma X is een programma van de pijler Y",
"Werkfit Stad is een gezamenlijk programma van de pijlers A en B", "Het Woonfonds Oost is een fonds van het
ministerie van BZK". The programme named as the clause's subject is led by each body after "van" (a
ministry, an organisation, a unit, a town or province). The kind noun must be one of a programme's
(programma, fonds, regeling, project, pilot, aanpak, netwerk …): "X is een onderdeel van Y" is a part,
"X is een initiatief van Y" an initiative (:mod:`graph.extract.initiatives`); and the body must follow "van"
directly: "X is een programma van drie jaar" names no owner, "X is een programma van het Rijk en de G40" only the
G40 when the Rijk is no entity — so nothing, as a list must begin right after "van" (round 58g).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het Woonfonds Oost is een fonds van het ministerie van BZK."
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
[('Woonfonds Oost', 'ledBy', 'BZK')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_programme_owners", "RULE"]

RULE = "relations.programma-is-van"

#: the bodies that may own a programme
_OWNERS = frozenset({"Ministry", "Organisation", "OrganisationalUnit", "Municipality", "Province"})

#: the copula, a kind noun of a programme and "van": " is een (gezamenlijk) programma van (het ministerie van) "
_IS_KIND_OF = re.compile(
    r"\s+(?:is|was)\s+(?:(?:sinds|vanaf|in)\s+\d{4}\s+)?(?:een|het)\s+(?:[a-zà-ÿ][\w-]*e\s+){0,2}"
    r"(?:(?:kennis|leer|actie|uitvoerings|subsidie|investerings|stimulerings)?(?:programma|fonds|regeling|project|"
    r"netwerk)|pilot|aanpak|proeftuin)\s+van\s+(?:de\s+|het\s+)?(?:(?:ministerie|gemeente|provincie)\s+van\s+)?",
    re.IGNORECASE)

#: before the programme: the sentence's start and an article ("Het programma X", "De City Deal Y")
_OPENING = re.compile(r"\s*(?:(?:het|de|ook\s+het|ook\s+de)\s+)?", re.IGNORECASE)

#: between two owners: "en", a comma, or "en van de/het"
_AND = re.compile(r"\s*(?:,|\s+en)\s+(?:van\s+)?(?:de\s+|het\s+)?(?:(?:ministerie|gemeente|provincie)\s+van\s+)?")


def find_programme_owners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"<programma> is een programma van <body> (en <body>)": the programme is led by each body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het programma Sterke Wijken is een programma van de pijler Sociaal van het Stedennetwerk G40."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == RULE]
    [('programma Sterke Wijken', 'pijler Sociaal')]
    """
    if " van " not in sentence.text:
        return
    for programme in mentions:
        if programme.type != "Programme":
            continue
        kind = _IS_KIND_OF.match(ctx.text, programme.end, sentence.end)
        if kind is None or not ctx.asserted(sentence, programme.end, kind.end()):
            continue
        if not _OPENING.fullmatch(ctx.text, ctx.content_start(sentence), programme.start):
            continue  # the programme opens the clause as its subject (not "Met het programma X is een …")
        at = kind.end()
        while (owner := next((m for m in mentions if m.start == at and m.type in _OWNERS), None)) is not None:
            ctx.add(programme, "ledBy", owner, sentence, RULE, 0.7)
            more = _AND.match(ctx.text, owner.end, sentence.end)
            if more is None:
                break
            at = more.end()
