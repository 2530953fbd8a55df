"""Working together said in a subordinate clause, the verb last: "…dat X met Y samenwerkt".

Dutch puts the finite verb at the end of a subordinate clause, after its partners:

========================================================  ==================================
construction                                              facts
========================================================  ==================================
"Graag bevestig ik dat het ministerie van EZK in 2024      EZK collaboratesWith Pijler X
met de Pijler X samenwerkt aan …"
"…, omdat de provincie met Ede en Zwolle samenwerkt"      provincie–Ede, provincie–Zwolle
"…dat Breda al jaren met Tilburg optrekt"                 Breda–Tilburg
========================================================  ==================================

The clause opens with "dat", "omdat", "hoe", "waarin", "zodat" …; its subject (one actor, or a
list) stands right after that word, and only a few words of time or manner ("in 2024", "al
jaren", "nauw") stand between the subject and "met". A clause the text denies or asks ("dat X
niet met Y samenwerkt") states nothing. Called per sentence by
:func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Ik bevestig dat het ministerie van BZK met Breda en Ede samenwerkt.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith")
[('BZK', 'Breda'), ('BZK', 'Ede')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_verb_last_collaboration"]

#: "met <partners> (nauw) samenwerkt", the verb closing the clause
_VERB_LAST = re.compile(r"\s*(?:(?:al|ook|nauw|goed|intensief|graag|samen|nog|nu)\s+){0,3}"
                        r"(?:samenwerkt|samenwerken|samenwerkte|samenwerkten|optrekt|optrekken|optrok|optrokken)\b",
                        re.IGNORECASE)
#: the word that opens a subordinate clause, and an article or the kind word of a body after it
_OPENING = re.compile(r"\b(?:dat|omdat|hoe|waarin|waarbij|zodat|doordat|nadat|terwijl|wanneer)\s+"
                      r"(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?$", re.IGNORECASE)
#: what may stand between the clause's subject and "met": a time or manner of a few words, no verb
_SUBJECT_TO_MET = re.compile(r"\s+(?:(?:al|ook|nu|nog|inmiddels|sinds|vanaf|in|jaren|nauw|graag|\d{4}|"
                             r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                             r"november|december))\s+){0,4}", re.IGNORECASE)
#: the kind word before a partner's name: "met de gemeente Ede", "met het ministerie van BZK"
_PARTNER_KIND = re.compile(r"(?:(?:gemeenten?|provincies?|ministeries?\s+van)\s+)?", re.IGNORECASE)
#: between two subjects of the clause: "de provincie en de gemeente", "A, B en C"
_AND = re.compile(r"\s*(?:,|en)\s*(?:de\s+|het\s+)?", re.IGNORECASE)


def _subjects(ctx: DocContext, sentence: Sentence, named: list[Mention], met_at: int) -> list[Mention]:
    """The subjects of the clause whose "met" is at ``met_at``: the actor list right after its opening."""
    before = [m for m in named if m.end <= met_at]
    if not before or not _SUBJECT_TO_MET.fullmatch(ctx.text, before[-1].end, met_at):
        return []
    k = len(before) - 1
    while k > 0 and _AND.fullmatch(ctx.text, before[k - 1].end, before[k].start):
        k -= 1
    if not _OPENING.search(ctx.text, max(sentence.start, before[k].start - 40), before[k].start):
        return []
    return before[k:]


#: a relative clause up to its "met": "die (al langer) met"
_RELATIVE = re.compile(r"\bdie\s+(?:(?:al|ook|nu|nog|inmiddels|langer|jaren|sinds|nauw|graag|\d{4})\s+){0,4}$")
#: between the actor and its relative clause: a comma, or an apposition of its kind ("Rijnhart Wonen, de
#: woningcorporatie uit Leiden die …")
_TO_RELATIVE = re.compile(r"\s*,\s*(?:(?:de|het|een)\s+[a-zà-ÿ-]+(?:\s+(?:uit|in|van)\s+[^,;()]{1,40}?)?\s+)?")


def _relative_subject(ctx: DocContext, sentence: Sentence, named: list[Mention], met_at: int) -> list[Mention]:
    """The actor a relative clause "…, die (al langer) met Y samenwerkt" is about: the one named right
    before ", die", or before the apposition of its kind that the clause follows ("Rijnhart Wonen, de
    woningcorporatie uit Leiden die al langer met de gemeente Leiden samenwerkt": Rijnhart Wonen)."""
    relative = _RELATIVE.search(ctx.text, sentence.start, met_at)
    if relative is None or relative.end() != met_at:
        return []
    before = [m for m in named if m.end <= relative.start()]
    for k in (len(before) - 1, len(before) - 2):
        if k >= 0 and _TO_RELATIVE.fullmatch(ctx.text, before[k].end, relative.start()):
            first = k
            while first > 0 and _AND.fullmatch(ctx.text, before[first - 1].end, before[first].start):
                first -= 1  # "Breda en Ede, die met de VNG samenwerken": both
            return before[first:k + 1]
    return []


def find_verb_last_collaboration(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "X collaboratesWith Y" for each "…dat X met Y samenwerkt" of ``sentence``."""
    text = sentence.text
    if "met" not in text or not ("samenwerk" in text or "optr" in text):
        return
    named = [m for m in mentions if m.type in ACTORS]
    for met in re.finditer(r"\bmet\s+(?:de\s+|het\s+)?", ctx.text[sentence.start:sentence.end]):
        at = sentence.start + met.start()
        partners = ctx.list_after(sentence.start + met.end(), sentence.end, types=ACTORS)
        if not partners or not _PARTNER_KIND.fullmatch(ctx.text, sentence.start + met.end(), partners[0].start):
            continue
        closing = _VERB_LAST.match(ctx.text, partners[-1].end)
        if closing is None:
            continue
        subjects = _subjects(ctx, sentence, named, at) or _relative_subject(ctx, sentence, named, at)
        if not subjects or not ctx.asserted(sentence, subjects[0].start, closing.end()):
            continue
        for subject in subjects:
            for partner in partners:
                ctx.add(subject, "collaboratesWith", partner, sentence, "relations.met-x-samenwerkt", 0.75)
