"""A role someone is thanked for is a role they held: thanks look back (walkthrough 38, finding 1).

A newsletter writes "Pieter Dijkgraaf is sinds 1 oktober voorzitter van de stuurgroep. … Hij dankt Anouk
Verbeek voor haar inzet als voorzitter." The rule of roles after "als" read Anouk Verbeek as the chair on
the newsletter's day, and one chair at a time then ended Pieter's term the day before. Dutch thanks
someone "voor zijn/haar inzet (werk, bijdrage, jaren …) als <rol>" for what they did: the role the
thanks name is over, unless the clause says it goes on ("als voorzitter, die zij blijft vervullen"
is left alone). The thanked role is made past with its end unknown, as "oud-voorzitter" is; a role the
same person is given elsewhere in the document is untouched, and thanks without "als" ("dankt X voor
haar inzet") give no role at all. The one who thanks ("Eva Smit dankt X voor haar inzet als voorzitter") is
not given the role thanked for either.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Smit is sinds 1 oktober voorzitter van de stuurgroep City Deal Groene Wijken. "
...         "Zij dankt Anna Kroes voor haar inzet als voorzitter.\\n")
>>> sorted((r.subject.text, r.role, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-11-20").relations if r.predicate == "hasRole")
[('Anna Kroes', 'voorzitter', True), ('Eva Smit', 'voorzitter', False)]
>>> thanked("De stuurgroep bedankt wethouder Anna Kroes voor haar jarenlange inzet als voorzitter.", 31, 41)
True
>>> thanked("Anna Kroes dankt de leden en blijft voorzitter.", 0, 10)
False
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation

__all__ = ["thanked", "thanked_as", "with_thanked_roles"]

#: the verb of thanking before the one thanked: "dankt", "bedanken", "bedankte", "dank aan", "met dank aan"
_THANKS = re.compile(r"\b(?:be)?dank(?:t|en|te|ten|\s+aan)?\b", re.IGNORECASE)
#: after the one thanked: "voor zijn/haar/hun (jarenlange) inzet (en betrokkenheid) als"; no clause break between
_FOR_AS = re.compile(r"^[^.;:!?\n]{0,40}?\bvoor\s+(?:zijn|haar|hun|de|het)\s+[^.;:!?\n]{0,60}?\bals\b", re.IGNORECASE)
#: the clause says the role goes on: "die zij blijft vervullen", "zij blijft aan", "ook in de toekomst"
_GOES_ON = re.compile(r"\b(?:blijf[t]?|blijven|aanblijft|voortzet|voortzetten|ook\s+in\s+de\s+toekomst)\b", re.IGNORECASE)


def thanked(text: str, start: int, end: int) -> bool:
    """Whether the person named at ``text[start:end]`` is thanked for a role ("dankt <X> voor haar inzet als …")."""
    return thanked_as(text, start, end) is not None


def thanked_as(text: str, start: int, end: int) -> str | None:
    """The words after "als" of the thanks for the person named at ``text[start:end]``, lower case, or None.

    >>> thanked_as("Hij dankt Anna Kroes voor haar inzet als voorzitter van de pijler.", 10, 20)
    'voorzitter van de pijler'
    """
    line_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start)) + 1
    before = text[line_start:start]
    if not _THANKS.search(before):
        return None
    after = _FOR_AS.match(text[end:])
    if after is None:
        return None
    clause_end = re.search(r"[.;!?\n]", text[end + after.end():])
    rest = text[end + after.end(): end + after.end() + (clause_end.start() if clause_end else 200)]
    return None if _GOES_ON.search(rest) else " ".join(rest.split()).lower()


def with_thanked_roles(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with a role its holder is thanked for in the sentence made past (see the module)."""
    if "dank" not in text.lower():
        return relations
    out, thanks = [], set()
    for r in relations:
        if r.predicate == "hasRole" and r.subject.type == "Person" and not r.past and r.valid_until is None \
                and r.evidence_start <= r.subject.start < r.evidence_end \
                and r.role and (rest := thanked_as(text, r.subject.start, r.subject.end)) is not None \
                and rest.startswith(r.role.lower()):
            r = dataclasses.replace(r, past=True, valid_from=None, appointed=False, told_past=False)
            thanks.add((r.evidence_start, r.subject.start, r.role, r.object.label))
        out.append(r)
    if not thanks:
        return out
    # the one who thanks ("Eva Smit dankt X voor haar inzet als voorzitter") is not given the role thanked for
    return [r for r in out if r.past or r.predicate != "hasRole" or not any(
        start == r.evidence_start and r.subject.start < thanked_at and (role, body) == (r.role, r.object.label)
        for start, thanked_at, role, body in thanks)]
