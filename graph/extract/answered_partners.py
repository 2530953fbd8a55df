"""The partners an interview's answer names: "Met welke partners werken jullie samen?" / "Allereerst met
het ministerie van JenV. … Met de VNG stemmen we af …".

An interview (or a FAQ) asks with whom a body works, and the answer names its partners, each after
"met" ("Allereerst met X", "Daarnaast trekken we op met Y", "Met Z stemmen we af"), in the sentences up
to the next question. Each partner ``collaboratesWith`` the body the question names, or, for "jullie" /
"u", the unit the document is about (round 39a). A denied clause ("met X werken we niet samen") states
nothing; persons named in the answer are left to the rules of roles.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Interview met de trekker van de Themagroep Groen\\n\\nVraag: Met wie werken jullie samen?\\n"
...         "Antwoord: Allereerst met Aedes. Met de VNG stemmen we af.\\n\\nVraag: Wat is de planning?\\nAntwoord: Geen.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.antwoord-partners")
[('Themagroep Groen', 'Aedes'), ('Themagroep Groen', 'VNG')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_answered_partners"]

#: the question: "Met wie werken jullie samen?", "Met welke partners werkt de themagroep samen?", "Wie zijn
#: jullie belangrijkste partners?"
_WITH_WHOM = re.compile(r"\s*(?:vraag\s*:\s*|\*\*)?(?:met\s+(?:wie|welke\s+(?:partners|partijen|organisaties|instanties))\s+"
                        r"(?:werken|werkt|trekken|trekt)\s+(?P<subject>[^?]{1,60}?)\s+(?:samen|op)|"
                        r"wie\s+zijn\s+(?P<own>jullie|uw|je)\s+(?:belangrijkste\s+)?partners)\s*\?(?:\*\*)?\s*", re.IGNORECASE)
#: the addressee as the subject: the unit the document is about
_YOU = re.compile(r"jullie|u|je|jij", re.IGNORECASE)
#: "met" before a partner, with its article and kind: "met het ministerie van", "en met de"
_WITH = re.compile(r"\bmet\s+", re.IGNORECASE)
#: the end of the clause of a partner, and a denial in it
_CLAUSE_END = re.compile(r"[,;.]|\b(?:zodat|omdat|want|maar|als|om)\b")
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
_PARTNERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
_BODIES = frozenset({"OrganisationalUnit", "Programme", "Organisation"})


def find_answered_partners(ctx: DocContext) -> None:
    """Add the partners each answer to a "Met wie werken jullie samen?" names (see the module docstring)."""
    if "?" not in ctx.text or "samen" not in ctx.text and "partners" not in ctx.text:
        return
    for k, question in enumerate(ctx.sentences):
        match = _WITH_WHOM.fullmatch(question.text)
        if match is None:
            continue
        body = _asking_for(ctx, question, match)
        if body is None:
            continue
        for answer in ctx.sentences[k + 1:k + 7]:
            if answer.text.rstrip().endswith("?") or answer.text.rstrip().endswith("?**"):
                break  # the next question
            for cue in _WITH.finditer(ctx.text, answer.start, answer.end):
                partners = ctx.list_after(cue.end(), answer.end, types=_PARTNERS)
                clause_end = _CLAUSE_END.search(ctx.text, partners[-1].end, answer.end) if partners else None
                clause_end = clause_end.start() if clause_end else answer.end
                if not partners or partners[0].start - cue.end() > 20 or not ctx.asserted(answer, cue.start(), partners[-1].end) \
                        or _DENIED.search(ctx.text, cue.start(), clause_end):
                    continue  # "Met het UWV werken we niet samen" (not "… stemmen we af zodat we niet dubbel werken")
                for partner in partners:
                    if partner.label != body.label:
                        ctx.add(body, "collaboratesWith", partner, answer, "relations.antwoord-partners", 0.65)


def _asking_for(ctx: DocContext, question, match: re.Match):
    """The body the question asks about: the one it names, else (for "jullie", "u") the unit the document is about."""
    if match.group("subject") is not None and not _YOU.fullmatch(match.group("subject")):
        named = [m for m in ctx.in_span(question.start + match.start("subject"), question.start + match.end("subject"))
                 if m.type in _BODIES]
        return named[0] if named else None
    return ctx.topic_unit or ctx.title_programme
