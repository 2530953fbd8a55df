"""A role word that opens a sentence, then "is/was" and the person: the body named or implied.

- "Bestuurlijk trekker namens de G40 was wethouder X": X held the role for the body after "namens";
- "Coördinator public affairs is X (x@g40stedennetwerk.nl)": no body named; X's e-mail address names
  the organisation X works for, which is where X holds the role.

- "Wethouder X van Ede is bestuurlijk trekker namens de G40": the subject first, the role after the
  copula, and the network or organisation it is held for after "namens" (a role of a unit or
  programme; "wethouder namens de partij" is no office of the party's);

A denied clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Bestuurlijk trekker namens de VNG was wethouder Eva Kok van Ede.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule.startswith("roles.opening-"))
[('Eva Kok', 'VNG', 'trekker')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["employer_after", "find_copula_roles"]

#: an opening role word with up to three field words: "(Bestuurlijk) trekker (public affairs)"
_OPENING = re.compile(r"\s*(?:(?:[Bb]estuurlijk|[Aa]mbtelijk|[Ll]andelijk|[Rr]egionaal)e?\s+)?")
_ON_BEHALF = re.compile(r"\s+namens\s+(?:de\s+|het\s+)?")
_FIELD_THEN_IS = re.compile(r"(?:\s+[a-zà-ÿ][\w-]*){0,3}\s+(?:is|was)\s+(?:(?:wethouder|burgemeester|gedeputeerde|de|het)\s+)?")
_COPULA_PERSON = re.compile(r"\s+(?:is|was)\s+(?:(?:wethouder|burgemeester|gedeputeerde)\s+)?")


#: the copula and a role word held on behalf of a body: "(X) is (bestuurlijk) trekker namens (de) "
_IS_ROLE = re.compile(r"\b(?:is|was|blijft|bleef|wordt|werd)\s+(?:(?:nu|ook|tevens|sinds\s+\d{4})\s+)?(?=[a-z])")


def _subject_on_behalf(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Wethouder X van Ede is bestuurlijk trekker namens de G40": X holds the role for the G40.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Kok is trekker namens de VNG.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.namens"]
    [('Eva Kok', 'VNG', 'trekker')]
    """
    for match in ctx.asserted_cues(_IS_ROLE, sentence):
        word = role_pattern().match(ctx.text, match.end())
        role = role_of(word.group(0)) if word is not None else None
        behalf = _ON_BEHALF.match(ctx.text, word.end(), sentence.end) if role is not None else None
        if behalf is None or not role.scope.startswith("unit"):
            continue
        body = next((m for m in mentions if m.start == behalf.end() and m.type == "Organisation"), None)
        person = ctx.subject(sentence, match.start(), types=(), persons=True) if body is not None else None
        if person is not None and person.type == "Person":
            ctx.add(person, "hasRole", body, sentence, "roles.namens", 0.7, role=role.label)


def _opening_role(ctx: DocContext, sentence: Sentence):
    start = _OPENING.match(ctx.text, ctx.content_start(sentence)).end()
    word = role_pattern().match(ctx.text, start)
    return (word, role_of(word.group(0))) if word is not None else (None, None)


def _on_behalf(ctx: DocContext, sentence: Sentence, mentions: list[Mention], end: int, role) -> None:
    """"Bestuurlijk trekker namens de G40 was (wethouder) X"."""
    behalf = _ON_BEHALF.match(ctx.text, end, sentence.end)
    body = next((m for m in mentions if behalf and m.start == behalf.end() and m.type in ACTORS), None)
    copula = _COPULA_PERSON.match(ctx.text, body.end, sentence.end) if body is not None else None
    person = next((m for m in mentions if copula and m.start == copula.end() and m.type == "Person"), None)
    if person is not None and not role.scope.startswith("unit") and employer_after(ctx, mentions, person):
        return  # "Projectleider namens de G40 is X van de gemeente Y": X speaks for the G40, works for Y (walkthrough 28, F12)
    if person is not None and ctx.asserted(sentence, sentence.start, person.end):
        ctx.add(person, "hasRole", body, sentence, "roles.opening-namens", 0.7, role=role.label)


#: a person's own employer right after the name: "X van de gemeente Y", "X (BZK)", "X, bij het ministerie van Z"
_OWN_EMPLOYER = re.compile(r"\s*(?:,\s*)?(?:(?:van|bij)\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?|\()")


def employer_after(ctx: DocContext, mentions: list[Mention], person: Mention) -> bool:
    """Whether an employer of the person's own follows the name: "X van de gemeente Y" (a municipality,
    ministry, province or organisation).

    >>> from graph.extract.model import Mention
    >>> class C: text = "Projectleider namens de G40 is Eva Smit van de gemeente Ede."
    >>> eva, ede = Mention(31, 39, "Eva Smit", "Person", "p", 1), Mention(56, 59, "Ede", "Municipality", "g", 1)
    >>> employer_after(C, [eva, ede], eva)
    True
    """
    following = next((m for m in mentions if m.start >= person.end), None)
    return following is not None and following.type in ("Municipality", "Ministry", "Province", "Organisation") \
        and _OWN_EMPLOYER.fullmatch(ctx.text, person.end, following.start) is not None


def _by_address(ctx: DocContext, sentence: Sentence, mentions: list[Mention], end: int, role) -> None:
    """"Coördinator public affairs is X (x@org.nl)": the role at the organisation of X's address."""
    copula = _FIELD_THEN_IS.match(ctx.text, end, sentence.end)
    person = next((m for m in mentions if copula and m.start == copula.end() and m.type == "Person"), None)
    if person is None or any(m.type in ACTORS and m.rule != "persons.email-domain" for m in mentions) \
            or not ctx.asserted(sentence, sentence.start, person.end):
        return
    employer = next((r.object for r in ctx.relations if r.predicate == "affiliatedWith" and r.subject is person
                     and r.rule == "persons.email-domain" and r.object.type == "Organisation"
                     and r.evidence_start == sentence.start), None)  # the address in the same sentence
    if employer is not None:
        ctx.add(person, "hasRole", employer, sentence, "roles.opening-adres", 0.65, role=role.label)


def find_copula_roles(ctx: DocContext) -> None:
    """Add the roles of sentences that open with a role word and name the person after "is/was"."""
    for sentence in ctx.sentences:
        if "namens" in sentence.text:
            _subject_on_behalf(ctx, sentence, ctx.in_sentence(sentence))
        word, role = _opening_role(ctx, sentence)
        if role is None:
            continue
        mentions = ctx.in_sentence(sentence)
        _on_behalf(ctx, sentence, mentions, word.end(), role)
        _by_address(ctx, sentence, mentions, word.end(), role)
