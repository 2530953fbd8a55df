"""Who manages a programme, told in a relative clause about the manager: "BZK, dat het fonds samen met Financiën beheert".

A news item or a letter introduces an organisation and says in a relative clause what it runs, the verb last::

    Het ministerie van BZK, dat het fonds samen met het ministerie van Financiën beheert, stuurde ons de cijfers.
    Platform31, die de City Deal Zon leidt, organiseert de dag.

The programme after "dat/die" (named, or "het fonds", "het programma", "de regeling" … pointing back to the one
programme of that kind the text named before) is led by the organisation the clause is about, and by each partner
after "samen met" (rule ``relations.dat-beheert``; round 60r). The verbs: beheren, leiden, trekken, coördineren.
:mod:`graph.extract.relative_leads` reads the clause with one name and no partners ("Team X, dat de agenda
uitvoert"); this module adds "beheren", the programme pointed back to by its kind and the partners after "samen met".
Not read: a clause of another verb ("dat het fonds financiert"), a denied one ("dat het fonds niet beheert"), a kind
word no programme before has ("het netwerk" where only a fund was named), a subject that is no organisation.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Ede krijgt geld uit het Gemeentefonds. Het ministerie van BZK, dat het fonds samen met het ministerie van "
...         "Financiën beheert, stuurde de cijfers.")
>>> sorted((r.subject.label, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('Gemeentefonds', 'BZK'), ('Gemeentefonds', 'Financiën')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_relative_managers", "RULE"]

RULE = "relations.dat-beheert"

_LEADERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: ", dat"/", die" right after the leader
_WHICH = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s*(?:dat|die)\s+")
#: a programme named by its kind, pointing back: "het fonds", "het programma", "de regeling"
_KIND = re.compile(r"(?:het|de|dit|deze)\s+(?P<kind>fonds|programma|regeling|aanpak|deal|agenda|subsidieregeling)\b")
#: the partners and the verb after the programme
_PARTNERS = re.compile(r"\s+samen\s+met\s+")
_VERB = re.compile(r"\s*(?:,\s*)?(?:beheert|beheerde|beheren|leidt|leidde|trekt|trok|coördineert|coördineerde)\b")
_BETWEEN_PARTNERS = re.compile(r"\s*(?:,|\ben\b)\s*(?:(?:het|de)\s+)?(?:ministerie\s+van\s+)?")
_BEFORE_PARTNER = re.compile(r"(?:(?:het|de)\s+)?(?:ministerie\s+van\s+)?")


def _programme_back(ctx: DocContext, sentence: Sentence, kind: str) -> Mention | None:
    """The one programme whose name holds ``kind`` that this sentence or the three before name first."""
    found = {}
    here = sentence
    for _ in range(4):
        for m in ctx.in_sentence(here):
            if m.type == "Programme" and kind in m.label.lower() and m.start < sentence.end:
                found.setdefault(m.label, m)
        here = ctx.previous_sentence(here)
        if here is None:
            break
    return next(iter(found.values())) if len(found) == 1 else None


def find_relative_managers(ctx: DocContext) -> None:
    """Add the leads the relative clauses tell (see the module)."""
    if not re.search(r"\b(?:beheert|beheerde|leidt|leidde|trekt|trok|coördineert|coördineerde)\b", ctx.text):
        return
    for sentence in ctx.sentences:
        if ", d" not in sentence.text:
            continue
        mentions = ctx.in_sentence(sentence)
        for leader in (m for m in mentions if m.type in _LEADERS):
            which = _WHICH.match(ctx.text, leader.end, sentence.end)
            if which is None:
                continue
            named = next((m for m in mentions if m.start == which.end() and m.type == "Programme"), None)
            kind = _KIND.match(ctx.text, which.end(), sentence.end) if named is None else None
            programme = named or (_programme_back(ctx, sentence, kind["kind"]) if kind else None)
            if programme is None:
                continue
            at = named.end if named is not None else kind.end()
            partners = []
            together = _PARTNERS.match(ctx.text, at, sentence.end)
            if together is not None:
                position = _BEFORE_PARTNER.match(ctx.text, together.end()).end()
                for m in (m for m in mentions if m.start >= position):
                    if m.start != position or m.type not in _LEADERS:
                        break
                    partners.append(m)
                    gap = _BETWEEN_PARTNERS.match(ctx.text, m.end, sentence.end)
                    position = gap.end() if gap and gap.end() > m.end else m.end
                at = partners[-1].end if partners else at
            verb = _VERB.match(ctx.text, at, sentence.end)
            if verb is None or not ctx.asserted(sentence, which.start(), verb.end()):
                continue
            for lead in [leader] + partners:
                ctx.add(programme, "ledBy", lead, sentence, RULE, 0.7, stated_at=which.end())
