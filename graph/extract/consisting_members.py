"""What a programme consists of, in either word order: "Zoals je weet bestaat de City Deal uit A, B en C".

Dutch puts the verb second: after a fronted phrase ("Zoals je weet", "Sinds 2024", "Inmiddels") the
subject follows the verb, "bestaat de City Deal uit …". The list after "uit" names its members, with
their kind words before the names ("het ministerie van VRO, de gemeenten Leeuwarden, Groningen en Emmen
en de GGD Fryslân"): each actor of the list takes part in the programme. The list must be all the
sentence says after "uit" (not "bestaat uit een bijdrage van A en B"); a list holding a unit names the
programme's parts, not its members (see :mod:`graph.extract.part_clauses`). The subject-first order with
kind words in the list is read the same way. Rule ``relations.bestaat-uit``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De City Deal Zon is gestart. Zoals bekend bestaat de City Deal uit het ministerie van BZK, "
...         "de gemeenten Breda en Ede en de provincie Utrecht.")
>>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "relations.bestaat-uit")
['BZK', 'Breda', 'Ede', 'Utrecht']
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_consisting_members", "listed_actors"]

#: "bestaat de City Deal uit", "De City Deal bestaat uit": the verb, and "uit" after the subject or right after it
_VERB = re.compile(r"\b(?:bestaat|bestond|bestaan|bestonden)\s+")
_UIT = re.compile(r"\s+uit\s+")
#: an article or kind word before a name in the list: "het ministerie van", "de gemeenten", "de provincie"
_KIND = r"(?:(?:het|de)\s+)?(?:(?:ministerie\s+van|gemeenten?|steden|stad|provincies?|organisaties?)\s+)?"
#: between two members of the list
_BETWEEN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)" + _KIND, re.IGNORECASE)
_OPENING = re.compile(r"\s*" + _KIND, re.IGNORECASE)
_THINGS = ("Programme",)


def find_consisting_members(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the members a "bestaat uit" sentence lists of its programme (see the module)."""
    verb = _VERB.search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return
    programme = next((m for m in mentions if m.type in _THINGS and verb.end() <= m.start <= verb.end() + 4), None)
    if programme is not None and re.fullmatch(r"(?:de\s+|het\s+)?", ctx.text[verb.end():programme.start]):
        uit = _UIT.match(ctx.text, programme.end)  # "bestaat de City Deal uit …"
    else:
        before = [m for m in mentions if m.type in _THINGS and m.end <= verb.start()]
        programme = before[-1] if before and re.fullmatch(r"\s+", ctx.text[before[-1].end:verb.start()]) else None
        uit = re.match(r"uit\s+", ctx.text[verb.end():]) and _UIT.match(ctx.text, verb.end() - 1)
    if programme is None or not uit or not ctx.asserted(sentence, programme.start, uit.end()):
        return
    members = listed_actors(ctx, mentions, uit.end(), sentence.end)
    if members:
        for member in members:
            ctx.add(member, "participatesIn", programme, sentence, "relations.bestaat-uit", 0.75)


def listed_actors(ctx: DocContext, mentions: list[Mention], start: int, end: int, *, between_pattern: re.Pattern = _BETWEEN,
                  opening: re.Pattern = _OPENING, leave_out: frozenset = frozenset({"OrganisationalUnit"})) -> list[Mention]:
    """The actors listed from ``start`` to the sentence's end, with nothing else between them (``between_pattern``
    joins two, ``opening`` may stand before the first; a type of ``leave_out`` breaks the list); [] otherwise."""
    found: list[Mention] = []
    at = opening.match(ctx.text, start).end()
    for m in (m for m in mentions if m.start >= start):
        if m.start < at:
            continue
        if m.start != at or m.type not in ACTORS or m.type in leave_out:
            return []
        found.append(m)
        between = between_pattern.match(ctx.text, m.end, end)
        if between is None:
            return found if re.fullmatch(r"\s*[.;]?\s*", ctx.text[m.end:end]) else []
        at = between.end()
    return []
