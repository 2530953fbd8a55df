"""Two people who work together: "A werkt (nauw) samen met B", "A en B werken samen aan X".

A partner of the verb "samenwerken" that is a person is read, elsewhere, as the body that person
stands for ("samen met Ria Mol (VNG)": the VNG, :func:`graph.extract.collaboration.actor_objects`); a
person named without one was no partner at all, so "Zij werkt nauw samen met Ruud Dekker, directeur-
generaal …" linked the two people by nothing. Here the verb itself, with people on both sides, makes
the two collaborators (``collaboratesWith``, symmetric), as it does for two bodies:

- "A werkt (daarbij nauw) samen met B (en C)": the subject named right before the verb, or "Zij"/"Hij"
  opening the sentence for the person named before it, with each person of the list after "met" (a
  role word may stand before a name: "met wethouder B");
- "A en B werken samen (aan X)": the two coordinated people before the verb, with no "met" after it.

Only the verb "samenwerken" counts: "A opende samen met B het centrum" is a joint act, no collaboration.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> def pairs(text):
...     found = extract("d", text, gazetteer=load_gazetteer(), date="2025-01-01").relations
...     return sorted((r.subject.text, r.object.text) for r in found if r.predicate == "collaboratesWith")
>>> pairs("Ellen Vos werkt nauw samen met Ruud Dekker.")
[('Ellen Vos', 'Ruud Dekker')]
>>> pairs("Ellen Vos en Ruud Dekker werken samen aan een monitor.")
[('Ellen Vos', 'Ruud Dekker')]
>>> pairs("Ellen Vos opende samen met Ruud Dekker het nieuwe wijkcentrum.")
[]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent
from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_person_partners"]

RULE = "relations.personen-samen"

#: the adverbs that may stand between the verb and "samen": "werkt daarbij nauw samen", "werken al jaren goed samen"
_ADVERBS = (r"(?:(?:daarbij|daarin|hierbij|hierin|daar|hier|al|nu|inmiddels|ook|nauw|goed|intensief|graag|veel|sterk|"
            r"steeds|vaak|regelmatig|direct|prettig|jaren|lang|nog|tevens|eveneens|eng|sinds\s+\d{4})\s+){0,4}")
#: the verb "samenwerken" with "met" after "samen", up to the partner: "werkt daarbij nauw samen met (wethouder) "
_TOGETHER_WITH = re.compile(r"\s*(?P<verb>(?:werkt|werken|werkte|werkten)\s+" + _ADVERBS +
                            r"samen\s+met\s+)(?:(?:de|het)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}$")
#: the same verb with no "met": "werken (goed) samen", after two coordinated people
_TOGETHER = re.compile(r"\s*(?:werken|werkten)\s+" + _ADVERBS + r"samen\b(?!\s+met\b)")
#: a sentence that opens with a pronoun for the person named before: "Zij werkt …", "Hij werkte …"
_PRONOUN = re.compile(r"\s*(?:Zij|Hij|Ze)\s*$")
#: what may follow a name before the next: a bracket ("A (Ede)"), an apposition closed by a comma
_AFTER_NAME = r"\s*(?:\([^()]{0,60}\)\s*)?"
_AND = re.compile(_AFTER_NAME + r"en\s+(?:(?:de|het)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}$")
_LIST_GAP = re.compile(r"(?:\s*\([^()]{0,60}\))?(?:\s*,\s*[^,;()]{1,80}?)?\s*(?:,|\ben\b(?:\s+met)?)\s*"
                       r"(?:(?:de|het)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}$")


def find_person_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add ``collaboratesWith`` between the people ``sentence`` says work together (see the module)."""
    if "samen" not in sentence.text:
        return
    persons = [m for m in mentions if m.type == "Person"]
    if not persons:
        return
    text = ctx.text
    for k, partner in enumerate(persons):
        start = sentence.start if k == 0 else persons[k - 1].end
        with_ = _TOGETHER_WITH.search(text, start, partner.start)
        if with_ is not None and ctx.asserted(sentence, with_.start(), partner.end):
            subject = _subject_before(ctx, sentence, persons[:k], with_.start())
            if subject is not None:
                for other in [partner, *_listed_after(text, persons[k + 1:], partner)]:
                    ctx.add(subject, "collaboratesWith", other, sentence, RULE, 0.7)
    for first, second in zip(persons, persons[1:]):
        between = _AND.fullmatch(text, first.end, second.start)
        if between is None:
            continue
        together = _TOGETHER.match(text, _after_bracket(text, second.end))
        if together is not None and ctx.asserted(sentence, first.start, together.end()) \
                and not _more_before(text, persons, first, sentence):
            ctx.add(first, "collaboratesWith", second, sentence, RULE, 0.7)


def _after_bracket(text: str, end: int) -> int:
    """The end of the bracket right after a name ("A (Ede)"), or ``end``."""
    bracket = re.match(r"\s*\([^()]{0,60}\)", text[end:end + 64])
    return end + bracket.end() if bracket else end


def _subject_before(ctx: DocContext, sentence: Sentence, before: list[Mention], verb: int) -> Mention | None:
    """The person who works with the partner: the one named right before the verb (a bracket or an
    apposition between), or the one a sentence-opening "Zij"/"Hij" refers to."""
    text = ctx.text
    if before and re.fullmatch(_AFTER_NAME + r"(?:,\s*[^,;()]{1,80},\s*)?", text[before[-1].end:verb]):
        return before[-1]
    if not before and _PRONOUN.match(text[ctx.content_start(sentence):verb]):
        return object_antecedent(ctx, sentence)
    return None


def _listed_after(text: str, rest: list[Mention], first: Mention) -> list[Mention]:
    """The people listed after ``first`` with it ("met A en B", "met A, B en C")."""
    out, last = [], first
    for person in rest:
        if _LIST_GAP.fullmatch(text, last.end, person.start) is None:
            break
        out.append(person)
        last = person
    return out


def _more_before(text: str, persons: list[Mention], first: Mention, sentence: Sentence) -> bool:
    """Whether a list goes on before ``first`` ("A, B en C werken samen"): three or more are a group, no pair."""
    earlier = [p for p in persons if p.end <= first.start]
    return bool(earlier) and re.fullmatch(_AFTER_NAME + r",\s*", text[earlier[-1].end:first.start]) is not None
