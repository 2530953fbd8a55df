"""Staff a body supplies: "Haarlem levert met beleidsadviseur X de nieuwe secretaris".

In the G40 network a member town or an organisation "levert" a person for a post: the person comes
from its own staff. The supplier is the subject of "levert/leverde/leveren" (before it, or right after
it when the sentence is inverted); the person stands after "met" or in an apposition to the post:

    Haarlem levert met beleidsadviseur Floor Jansen de nieuwe ambtelijk secretaris.
    Alkmaar levert met Frits Brinkman een ervaren trekker voor de themagroep.
    Fontys Hogeschool levert studenten en een lector, Esther Janssen.

The person holds the role word right before their name at the supplier ("beleidsadviseur"), else the
role of an apposition to the name ("een lector, X"), else works there (``affiliatedWith``). The post
supplied (the secretaris, the trekker) is read by :mod:`graph.extract.roles`. A denied clause states
nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Haarlem levert met beleidsadviseur Floor Jansen de nieuwe secretaris.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text, r.role) for r in ex.relations if r.rule.startswith("roles.supplied")]
[('Floor Jansen', 'hasRole', 'Haarlem', 'beleidsadviseur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_supplied_staff"]

_SUPPLIERS = frozenset({"Municipality", "Organisation", "Province", "Ministry"})
#: the verb of supplying
_SUPPLIES = re.compile(r"\b(?:levert|leverde|leveren|leverden)\s+")
#: between the supplier (or the verb) and "met": a few words of time, not "samen met" (a companion)
_TO_WITH = re.compile(r"(?:(?:dit|nu|ook|al|opnieuw|inmiddels|daarnaast)\s+|(?:sinds|per|in|vanaf)\s+\S+\s+)*met\s+")
#: the post and its holder in apposition: "(levert) (studenten en) een lector, "
_TO_POST = re.compile(r"(?:[\w-]+\s+){0,4}?(?:een|de)\s+(?:nieuwe\s+)?")
#: a relative clause or apposition after the supplier: ", dat sinds de start meedoet,"
_ASIDE = r"(?:\s*,[^,;]{1,80},)?"
#: between the supplier and its verb: the rest of its name ("Fontys Hogeschool"), an aside
_BEFORE_VERB = re.compile(rf"(?:\s+[A-Z][\w-]*)?{_ASIDE}\s*")
#: the start of a coordinated main clause: "…, en ", "…; "
_CLAUSE_JOIN = re.compile(r"(?:,\s+en|;)\s+(?!.*(?:,\s+en|;)\s)")
#: what opens a sentence whose subject follows the verb: "In december levert Haarlem"
_INVERTING = re.compile(r"(?:[\w-]+\s+){1,3}$")


def _supplier(ctx: DocContext, sentence: Sentence, verb: re.Match) -> tuple[Mention | None, int]:
    """The subject of the verb and where the rest of the clause starts: the actor opening the sentence
    (or its last coordinated clause, after ", en" or ";") right before the verb ("Haarlem, dat sinds de start meedoet, levert"), else the actor right after
    the verb in an inverted sentence ("In december levert Haarlem, dat …, met …")."""
    start = ctx.content_start(sentence)
    joined = _CLAUSE_JOIN.search(ctx.text[start:verb.start()])  # "…, en Alkmaar levert met X …": the second clause
    start = start + joined.end() if joined is not None else start
    before = [m for m in ctx.in_span(start, verb.start()) if m.type in _SUPPLIERS or m.type == "Person"]
    if before and before[0].type in _SUPPLIERS and re.fullmatch(r"(?:(?:Ook|Verder|Daarnaast|En)\s+)?",
                                                              ctx.text[start:before[0].start]) \
            and _BEFORE_VERB.fullmatch(ctx.text, before[0].end, verb.start()):
        return before[0], verb.end()
    after = next((m for m in ctx.in_span(verb.end(), sentence.end) if m.start == verb.end()), None)
    if after is not None and after.type in _SUPPLIERS and _INVERTING.fullmatch(ctx.text, start, verb.start()):
        aside = re.match(rf"{_ASIDE}\s*", ctx.text[after.end:sentence.end])
        return after, after.end + aside.end()
    return None, verb.end()


def find_supplied_staff(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the role (or the employer) of the person a body "levert" (see the module docstring)."""
    text = ctx.text
    for verb in _SUPPLIES.finditer(text, sentence.start, sentence.end):
        supplier, rest = _supplier(ctx, sentence, verb)
        if supplier is None:
            continue
        with_ = _TO_WITH.match(text, rest, sentence.end)
        if with_ is not None:
            word = role_pattern().match(text, with_.end(), sentence.end)
            at = with_.end() if word is None else word.end() + 1
            person = next((m for m in mentions if m.start == at and m.type == "Person"), None)
            role = role_of(word.group(0)) if word is not None else None
            if person is None or not ctx.asserted(sentence, supplier.start, person.end):
                continue
            if role is not None:  # "met beleidsadviseur X": X's own post at the supplier
                ctx.add(person, "hasRole", supplier, sentence, "roles.supplied-with", 0.7, role=role.label)
            else:
                ctx.add(person, "affiliatedWith", supplier, sentence, "roles.supplied-with", 0.7)
            _supplied_post(ctx, sentence, person)
            continue
        post = _TO_POST.match(text, rest, sentence.end)
        word = role_pattern().match(text, post.end(), sentence.end) if post is not None else None
        comma = re.match(r",\s*", text[word.end():sentence.end]) if word is not None else None
        person = next((m for m in mentions if comma and m.start == word.end() + comma.end() and m.type == "Person"), None)
        if person is not None and re.match(r"\s*(?:[.;]|$)", text[person.end:sentence.end]) \
                and ctx.asserted(sentence, supplier.start, person.end):  # "levert … een lector, X."
            ctx.add(person, "hasRole", supplier, sentence, "roles.supplied-post", 0.7, role=role_of(word.group(0)).label)


#: the post after the person supplied "met": "(met X) de nieuwe ambtelijk secretaris", "een ervaren trekker"
_POST_AFTER = re.compile(r"\s+(?:de|een)\s+(?:(?:nieuwe|ervaren|eerste|tweede)\s+)?(?:(?:ambtelijke?|bestuurlijke?)\s+(?=secretaris))?")


def _supplied_post(ctx: DocContext, sentence: Sentence, person: Mention) -> None:
    """"Haarlem levert met X de nieuwe ambtelijk secretaris": X holds the post, of the unit the passage
    is about (none named after it: "een ervaren trekker voor Circulaire Economie" names its own, which
    the roles read)."""
    post = _POST_AFTER.match(ctx.text, person.end, sentence.end)
    word = role_pattern().match(ctx.text, post.end(), sentence.end) if post is not None else None
    role = role_of(word.group(0)) if word is not None else None
    if role is None or not role.scope.startswith("unit") or not re.match(r"\s*(?:[.;]|$)", ctx.text[word.end():sentence.end]):
        return
    unit = ctx.context_unit(post.start())
    if unit is not None and unit.type == "OrganisationalUnit":
        ctx.add(person, "hasRole", unit, sentence, "roles.supplied-post", 0.65, role=role.label, stated_at=word.start())
