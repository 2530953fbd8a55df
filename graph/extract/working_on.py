"""Working with partners on something: "X werkt met A en B aan Y".

Dutch names the partners of a joint task with "met" between the verb and "aan" (what they work
on)::

    Breda werkt met woningcorporatie Woonlinie en Platform31 aan de wijk.
    In Hengelo werkt de gemeente met Welbions en Platform31 aan de transformatie van Berflo Es.

The subject works together with each partner (``collaboratesWith``), and takes part in what it works on when
that is a programme named right after "aan" ("werken met SZW aan de Agenda X"). It stands before the verb, or
right after it when the sentence opens with something else; "de gemeente" (or "de provincie")
there stands for the one municipality (province) the sentence names before it or the two
sentences before name (none when they name two). Only actors the text names count ("met bewoners
en corporaties" names none), the list must run up to "aan", and a denied or planned clause states
nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "In Hengelo werkt de gemeente met Platform31 en Aedes aan de wijk."
>>> sorted((r.subject.label, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Hengelo', 'Aedes'), ('Hengelo', 'Platform31')]
"""

from __future__ import annotations

import re

from .collaboration import actor_objects
from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .subjects import kind_antecedent, subject_or_context, with_coordinated

__all__ = ["find_working_on"]

#: the verb, what stands between it and "met" (an inverted subject, adverbs: "werkte de pijler Economie en Werk
#: in 2024 met"), then "met"
_WORKS_WITH = re.compile(r"\b(?:werkt|werken|werkte|werkten)\s+(?P<between>(?:[^\s,;.:]+\s+){0,7}?)met\s+", re.IGNORECASE)
#: right after the partners: "aan" and what is worked on, with an article or without ("aan human capital",
#: "aan versnelling van de woningbouw"; round 45k, walkthrough 20, finding 16), not "aan te sluiten"
_ON = re.compile(r"\s*,?\s+aan\s+(?!te\b)[\w'‘-]")
#: a subject after the verb named by its kind: "werkt de gemeente met"
_KIND_AFTER_VERB = re.compile(r"(?:(?:hier|daar|nu|al|ook|samen)\s+)*(?:de|het)\s+(?P<kind>gemeente|provincie)\s+"
                              r"(?:(?:al|ook|nu|samen|nauw)\s+)*$", re.IGNORECASE)
def _subjects(ctx: DocContext, sentence: Sentence, match: re.Match) -> list[Mention]:
    """Who works: named between the verb and "met" (inverted), else before the verb."""
    between = [m for m in ctx.in_span(match.start("between"), match.end("between")) if m.type in ACTORS]
    if between:
        return between  # "Sinds 2022 werken Breda en Tilburg met …"
    kind = _KIND_AFTER_VERB.fullmatch(match.group("between"))
    if kind is not None:
        antecedent = kind_antecedent(ctx, sentence, match.start(), kind.group("kind").lower())
        return [antecedent] if antecedent is not None else []
    if match.group("between").strip():
        return []  # "werkt de stad met …": a subject that names no entity
    subject = subject_or_context(ctx, sentence, match.start())
    return with_coordinated(ctx, sentence, subject, match.start()) \
        if subject is not None and sentence.start <= subject.start < match.start() else []


def find_working_on(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "X collaboratesWith <partner>" for each partner of "X werkt met A en B aan Y"."""
    if " aan " not in sentence.text or sum(m.type in ACTORS for m in mentions) < 2:
        return
    for match in ctx.asserted_cues(_WORKS_WITH, sentence):
        partners = actor_objects(ctx, ctx.list_after(match.end(), sentence.end))
        if not partners or partners[0].start - match.end() > 30 or not _ON.match(ctx.text, partners[-1].end):
            continue
        if not ctx.asserted(sentence, match.start(), partners[-1].end):
            continue
        worked_on = _programme_worked_on(ctx, sentence, partners[-1].end)
        for subject in _subjects(ctx, sentence, match):
            for partner in partners:
                ctx.add(subject, "collaboratesWith", partner, sentence, "relations.werkt-met-aan", 0.7)
            if worked_on is not None:  # "… werkten met SZW aan de Agenda X": they take part in the agenda
                ctx.add(subject, "participatesIn", worked_on, sentence, "relations.werkt-met-aan-programma", 0.7)


#: "aan" and the article before the programme worked on
_ON_PROGRAMME = re.compile(r"\s*,?\s+aan\s+(?:de\s+|het\s+)?")


def _programme_worked_on(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """The programme named right after "aan" ("werken met A aan de Agenda X"), else None ("aan de wijk")."""
    on = _ON_PROGRAMME.match(ctx.text, at, sentence.end)
    named = [m for m in ctx.in_span(on.end(), sentence.end) if m.start == on.end()] if on else []
    return named[0] if named and named[0].type == "Programme" else None
