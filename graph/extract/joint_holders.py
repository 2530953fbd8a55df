"""Two holders of one role: "X is samen met Y trekker van de themagroep" makes both of them trekker.

Dutch names a shared role (two trekkers of a themagroep, two chairs of a working group) with the second holder
in a phrase "samen met" between the verb and the role: "Eva Smit is sinds 2023 samen met Jan Kok trekker van
de Themagroep Wonen", "Ik ben samen met mijn collega Jan Kok uit Ede trekker van …". The role rules bind the
role to the name right before it (Jan Kok); the clause's subject holds it too: the person before the verb
("is", "was", "ben", "wordt", "werd", "blijft"), the person an opening "Hij"/"Zij" stands for (round 60s), or,
for "ik", the document's speaker
(:func:`graph.extract.document_speaker.document_speaker`) in their own words. The relation is added with the
same role, body and sentence (rule ``roles.samen-met-holder``). A person after "samen met" whose role the
sentence does not give after their name ("X is samen met Y naar Den Haag gegaan") shares nothing. A second holder
after the body shares it too: "X is trekker van de Themagroep Y, samen met Z, wethouder in Ede" (round 57o), and so
does one in an aside between commas before the role: "Zij blijft, samen met Z (Ede), trekker van …" (round 60s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Eva Smit is sinds 2023 samen met haar collega Jan Kok trekker van de Themagroep Wonen."
>>> sorted((r.subject.text, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole" and r.object.text == "Themagroep Wonen")
[('Eva Smit', 'trekker', 'Themagroep Wonen'), ('Jan Kok', 'trekker', 'Themagroep Wonen')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .document_speaker import document_speaker, own_words
from .model import Mention, Relation
from .role_words import role_pattern

__all__ = ["find_joint_holders"]

RULE = "roles.samen-met-holder"

#: the phrase right before the second holder: "samen met (haar collega) (wethouder)"
_WITH = re.compile(r"\bsamen\s+met\s+(?:(?:zijn|haar|mijn|hun|onze)\s+)?(?:[\w-]*collega'?s?\s+)?"
                   r"(?:(?:wethouder|burgemeester|gedeputeerde|directeur)\s+)?$", re.IGNORECASE)
#: the clause's verb before "samen met", and what may stand between it and the phrase (no clause break)
_VERB = re.compile(r"\b(?:is|was|ben|wordt|werd|blijft|bleef)\b[^.;:!?\"“”]{0,80}$", re.IGNORECASE)
#: what may stand between the second holder's name and the role word: a bracket, "uit Ede", "uit Den Bosch"
_NAME_TO_ROLE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*|uit\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+)?")
#: how far before the verb the subject's name may end ("Eva Smit (Ede) is")
_SUBJECT_GAP = 30
#: a pronoun opening the sentence right before the clause's verb: "Zij blijft", "Hij is"
_PRONOUN_BEFORE = re.compile(r"\s*(?:Hij|Zij|Ze)\s+")
#: the subject "ik" of the clause
_I = re.compile(r"\b[Ii]k\b")


def find_joint_holders(ctx: DocContext) -> None:
    """Add the subject of "X is samen met Y <rol> van Z" as a holder of Y's role."""
    if "samen met" not in ctx.text:
        return
    for relation in list(ctx.relations):
        if relation.predicate != "hasRole" or relation.subject.type != "Person" or relation.rule == RULE:
            continue
        second = relation.subject
        phrase = _WITH.search(ctx.text, max(relation.evidence_start, second.start - 60), second.start)
        # ", samen met Y (Ede), trekker van …": an aside between commas (round 60s)
        aside = phrase is not None and ctx.text[:phrase.start()].rstrip().endswith(",")
        if phrase is None or not _role_after(ctx, relation, aside=aside):
            continue
        sentence = ctx.sentence_at(relation.evidence_start)
        verb = _VERB.search(ctx.text, sentence.start, phrase.start()) if sentence is not None else None
        if verb is None or aside and role_pattern().search(ctx.text, verb.start(), phrase.start()):
            continue  # "X is trekker van Y, samen met Z, wethouder in Ede": the aside's role is Z's own
        holder = _subject(ctx, sentence, verb.start())
        if holder is not None and holder.label != second.label:
            ctx.add(holder, "hasRole", relation.object, sentence, RULE, 0.7, role=relation.role)
    for relation in list(ctx.relations):
        if relation.predicate == "hasRole" and relation.subject.type == "Person" and relation.rule != RULE \
                and relation.object.type in ("OrganisationalUnit", "Programme"):
            _second_after_body(ctx, relation)


#: a second holder after the role's body: "(trekker van de Themagroep X)(, van de pijler Y), samen met (wethouder) Z"
_AFTER_BODY = re.compile(r"(?:\s+van\s+(?:de\s+|het\s+)?[^,.;:()]{1,40}?)?\s*,\s*samen\s+met\s+"
                         r"(?:(?:zijn|haar|mijn|hun|onze)\s+)?(?:[\w-]*collega'?s?\s+)?"
                         r"(?:(?:wethouder|burgemeester|gedeputeerde|directeur)\s+)?")
#: what follows the second holder's name in such a phrase: the sentence's end, an apposition, a bracket, "uit <plaats>"
_AFTER_SECOND = re.compile(r"\s*(?:[.,;(]|uit\s|$)")


def _second_after_body(ctx: DocContext, relation: Relation) -> None:
    """"Wethouder X is sinds 2019 trekker van de Themagroep Y, samen met Z, wethouder in Enschede": the person after
    "samen met" that closes the role's phrase shares the role (round 57o; a table cell "Trekker van de Themagroep Y,
    samen met wethouder Z uit Tilburg" too). Not "…, samen met Z organiseert zij een dag": a clause goes on there."""
    if relation.subject.end > relation.object.start:
        return  # the role after its body and holder ("Themagroep Y: trekker X"): no phrase to follow
    phrase = _AFTER_BODY.match(ctx.text, relation.object.end)
    if phrase is None:
        return
    second = next((m for m in ctx.in_span(phrase.end(), phrase.end() + 80) if m.start == phrase.end()), None)
    if second is None or second.type != "Person" or second.label == relation.subject.label \
            or _AFTER_SECOND.match(ctx.text, second.end) is None:
        return
    sentence = ctx.sentence_at(relation.evidence_start)
    if sentence is not None and second.end <= sentence.end:
        ctx.add(second, "hasRole", relation.object, sentence, RULE, 0.7, role=relation.role)


def _role_after(ctx: DocContext, relation: Relation, *, aside: bool = False) -> bool:
    """Whether the role's word follows the second holder's name right away (after at most a bracket or "uit
    <plaats>"), before the body: "Jan Kok (Ede) trekker van X", not an apposition "Jan Kok, wethouder in Ede".
    ``aside``: "samen met" opened an aside after a comma, and a comma closes it before the role word: "Zij blijft,
    samen met Jan Kok (Ede), trekker van X" (round 60s)."""
    if not relation.role or relation.object.start <= relation.subject.end:
        return False
    word = relation.role.split()[0].lower()
    at = ctx.text.lower().find(word, relation.subject.end, relation.object.start)
    return at >= 0 and (_NAME_TO_ROLE.fullmatch(ctx.text, relation.subject.end, at) is not None
                        or aside and _CLOSED_ASIDE.fullmatch(ctx.text, relation.subject.end, at) is not None)


#: the close of an aside ", samen met Y (Ede)," before the role word
_CLOSED_ASIDE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*")


def _subject(ctx: DocContext, sentence, verb: int) -> Mention | None:
    """The person right before the clause's verb (the nearest one in the sentence), or, for "ik", the speaker."""
    before = [m for m in ctx.in_span(sentence.start, verb) if m.type == "Person"]
    if before:  # right before the verb: "Wethouder Eva Smit (Ede) is", not "Volgens Eva Smit is de wethouder …"
        return before[-1] if verb - before[-1].end <= _SUBJECT_GAP else None
    if _PRONOUN_BEFORE.fullmatch(ctx.text, ctx.content_start(sentence), verb):
        return ctx.pronoun_subject(sentence)[1]  # "Zij blijft daarnaast, samen met Y, trekker van …" (round 60s)
    if _I.search(ctx.text, sentence.start, verb) is None:
        return None
    speaker = document_speaker(ctx)[0]
    return speaker if speaker is not None and own_words(ctx, sentence, speaker) else None
