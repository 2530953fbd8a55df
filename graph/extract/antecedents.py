"""Whom a pronoun stands for: the person a passage is about, not one named as a companion.

A subject pronoun ("zij", "hij") after the verb: "Van 2016 tot 2019 was zij voorzitter …, daarna
trok zij de themagroep, samen met wethouder Y. Namens de G40 zat zij ook in de commissie." The one
person named in the sentence before is Y, but Y is inside "samen met": the "zij" there is the same
"zij" as here, and stands for whom the text was about before. A person inside a phrase of company
("samen met", "met", "naast", "door", "dan") is no antecedent of a subject pronoun; when the
sentence before names only such persons and has a pronoun subject of its own, the pronoun points
further back (two sentences at most, within the paragraph): :func:`subject_antecedent`.

An object pronoun ("hem", "haar"): in "Samen met gedeputeerde X legde hij de basis voor Y. Later
nam Z het voorzitterschap van hem over" the "hem" is whoever "hij" is, not X: the last person
named in the sentences before who is not a companion of the pronoun subject there
(:func:`object_antecedent`).

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> from graph.extract.context import DocContext
>>> text = "Eva Kok is wethouder. Daarna trok zij de groep, samen met Jan Smit. Ook zat zij in de raad."
>>> sentences = [Sentence(0, 21, text[:21]), Sentence(22, 67, text[22:67]), Sentence(68, 92, text[68:])]
>>> ctx = DocContext("d", text, sentences, [Mention(0, 7, "Eva Kok", "Person", "", 1.0),
...                                         Mention(58, 66, "Jan Smit", "Person", "", 1.0)])
>>> subject_antecedent(ctx, ctx.sentences[2]).text
'Eva Kok'
>>> text = "Eva Kok was voorzitter. Samen met Jan Bos schreef zij een plan. Piet Ros nam het van haar over."
>>> sentences = [Sentence(0, 23, text[:23]), Sentence(24, 63, text[24:63]), Sentence(64, len(text), text[64:])]
>>> people = [Mention(0, 7, "Eva Kok", "Person", "", 1.0), Mention(34, 41, "Jan Bos", "Person", "", 1.0),
...           Mention(64, 72, "Piet Ros", "Person", "", 1.0)]
>>> ctx = DocContext("d", text, sentences, people)
>>> object_antecedent(ctx, ctx.sentences[2]).text
'Eva Kok'
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["subject_antecedent", "object_antecedent", "relative_antecedent", "portrayed", "PRONOUN_SUBJECT"]

#: a phrase of company before a person: "samen met (de Asser wethouder) X", "naast X"
_IN_COMPANY = re.compile(r"\b(?:samen\s+met|met|naast|door|dan)\s+[^,;.:()]*$", re.IGNORECASE)
#: a singular personal pronoun as a word of the sentence
PRONOUN_SUBJECT = re.compile(r"\b(?:[Zz]ij|[Hh]ij)\b")
#: "haar" points back as well ("Onder haar leiding …"); "zijn" is as often the verb
_HER = re.compile(r"\b[Hh]aar\b")


def subject_antecedent(ctx: DocContext, sentence: Sentence, *, depth: int = 2) -> Mention | None:
    """The one person the sentence before ``sentence`` is about (see the module docstring); None when
    it names several, or none and has no pronoun to follow, or a paragraph lies between."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    persons = [m for m in ctx.in_sentence(previous) if m.type == "Person"]
    # "Zij volgde daarin X op. Namens de themagroep zit zij ook in …": the same "zij" twice is one person,
    # and X, named after it in its own clause, is whom she succeeded, not she
    pronoun = _ANY_SUBJECT_PRONOUN.search(sentence.text)
    chain = pronoun is not None and _same_pronoun_subject(pronoun.group(0), previous)
    free = {m.label: m for m in persons
            if not _IN_COMPANY.search(ctx.text, max(previous.start, m.start - 80), m.start)
            and not (chain and _after_pronoun_subject(ctx, previous, m))}
    if not free and chain and depth > 0:
        return subject_antecedent(ctx, previous, depth=depth - 1)
    if len(free) == 1:
        return next(iter(free.values()))
    if not free and depth > 0 and (PRONOUN_SUBJECT.search(previous.text) or _HER.search(previous.text)):
        return subject_antecedent(ctx, previous, depth=depth - 1)
    labels = {m.label: m for m in persons}
    return next(iter(labels.values())) if len(labels) == 1 and not free else None


#: a subject pronoun inside a sentence ("legde hij", "was zij"): the passage's person acts in it
_SUBJECT_PRONOUN = re.compile(r"\b(?:hij|zij)\b")
#: a companion named in a phrase with "(samen) met" before the sentence's own subject
_COMPANION = re.compile(r"\b(?:[Ss]amen\s+met|[Mm]et)\b[^.;:]*$")


def _companion(ctx: DocContext, sentence: Sentence, person: Mention) -> bool:
    """Whether ``person`` is named only as a companion ("Samen met X, …, legde hij …") in a sentence
    whose subject is a pronoun, also one after the pronoun's clause ("Sinds 2023 is zij trekker van de
    themagroep, samen met wethouder X", round 56r).

    >>> text = "Sinds 2023 is zij trekker van de themagroep, samen met wethouder Eva Kok."
    >>> eva = Mention(65, 72, "Eva Kok", "Person", "", 1.0)
    >>> _companion(DocContext("d", text, [], [eva]), Sentence(0, len(text), text), eva)
    True
    """
    companion = _COMPANION.search(ctx.text, sentence.start, person.start)
    return companion is not None \
        and bool(_SUBJECT_PRONOUN.search(ctx.text, person.end, sentence.end)
                 or _OPENING_PRONOUN.match(ctx.text, ctx.content_start(sentence), person.start)  # "Zij trekt … samen met X"
                 or _SUBJECT_PRONOUN.search(ctx.text, sentence.start, companion.start()))


#: a subject pronoun opening a sentence: "Hij …", "Zij …"; and one anywhere in a sentence
_OPENING_PRONOUN = re.compile(r"\s*(Hij|Zij)\b")
_ANY_SUBJECT_PRONOUN = re.compile(r"\b(?:hij|zij)\b", re.IGNORECASE)


def _other_gender(ctx: DocContext, sentence: Sentence, previous: Sentence) -> bool:
    """Whether ``sentence`` opens with "Hij" and the subject pronoun of ``previous`` is "zij", or the
    other way round: "Zij trekt de groep samen met wethouder X. Hij …" (he is X, her companion).

    >>> from graph.extract.model import Sentence
    >>> text = "Zij trekt de groep samen met X. Hij is lid."
    >>> _other_gender(DocContext("d", text, [], []), Sentence(31, len(text), text[31:]), Sentence(0, 30, text[:30]))
    True
    """
    opening = _OPENING_PRONOUN.match(ctx.text, ctx.content_start(sentence), sentence.end)
    before = _ANY_SUBJECT_PRONOUN.search(ctx.text, previous.start, previous.end)
    return opening is not None and before is not None and opening.group(1).lower() != before.group(0).lower()


def object_antecedent(ctx: DocContext, sentence: Sentence, *, depth: int = 4) -> Mention | None:
    """The person "hem"/"haar" in ``sentence`` stands for: the last person named in the sentences
    before who is not a companion of the pronoun subject there (looking back up to ``depth``
    sentences while a sentence names no one else)."""
    previous = ctx.previous_sentence(sentence)
    pronoun = _ANY_SUBJECT_PRONOUN.search(sentence.text)
    looked = 0
    while depth > 0 and looked < _CHAIN_LIMIT:
        if previous is None:
            return None
        persons = [m for m in ctx.in_sentence(previous) if m.type == "Person"]
        chain = pronoun is not None and _same_pronoun_subject(pronoun.group(0), previous)
        own = [m for m in persons if (not _companion(ctx, previous, m) or _other_gender(ctx, sentence, previous))
               and not (chain and _after_pronoun_subject(ctx, previous, m))]
        if own:
            return own[-1]
        if persons and not _ANY_SUBJECT_PRONOUN.search(previous.text):  # ("Zij trekt … samen met X": not X)
            return persons[-1]
        if not chain:
            depth -= 1  # a sentence of the same "hij" goes on with the same person: it costs no depth
        looked += 1
        previous = ctx.previous_sentence(previous)
    return None


#: how many sentences back a chain of the same subject pronoun is followed at most
_CHAIN_LIMIT = 12
#: a subject pronoun earlier in the same clause: "In 2016 droeg hij het voorzitterschap over aan (X)"
_PRONOUN_IN_CLAUSE = re.compile(r"\b(?:[Hh]ij|[Zz]ij)\b(?:(?!\b(?:en|maar|terwijl|waarna|toen|nadat)\b)[^,;:()])*$")


def _same_pronoun_subject(pronoun: str, previous: Sentence) -> bool:
    """Whether ``previous`` has ``pronoun`` ("hij", "zij") as a subject too: the two sentences are
    about the same person."""
    found = _ANY_SUBJECT_PRONOUN.search(previous.text)
    return found is not None and found.group(0).lower() == pronoun.lower()


def _after_pronoun_subject(ctx: DocContext, sentence: Sentence, person: Mention) -> bool:
    """Whether ``person`` is named after the subject pronoun of its own clause, so as an object or a
    companion: in "In 2016 droeg hij het voorzitterschap over aan wethouder X." X is not whom "hij" is,
    and a next "Ook was hij lid van …" is not about X.

    >>> text = "In 2016 droeg hij het voorzitterschap over aan wethouder Eva Kok."
    >>> eva = Mention(57, 64, "Eva Kok", "Person", "", 1.0)
    >>> _after_pronoun_subject(DocContext("d", text, [], [eva]), Sentence(0, len(text), text), eva)
    True
    """
    return _PRONOUN_IN_CLAUSE.search(ctx.text, sentence.start, person.start) is not None


#: the relative "die" (or "dat") that opens a clause after a name, a bracket or the particle of a verb
#: between: "X (Ede), die …", "(volgde) X op, die …"
_RELATIVE_OPENING = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:\s(?:op|af|aan|uit|in|over)\b)?\s*,\s*(?:die|dat)\s+")
#: the actors a relative pronoun may stand for
_ANTECEDENT_TYPES = frozenset({"Person", "Organisation", "Ministry", "Municipality", "Province"})


def relative_antecedent(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """Whom the relative pronoun stands for when offset ``at`` lies in the clause it opens, with no other
    actor and no comma in between: "Hij nam de taken over van Yara Mendes, die het programma in 2025 heeft
    opgezet" (the clause's subject is Yara Mendes, not "hij"). None outside such a clause.

    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Hij volgde Eva Kok op, die het plan heeft opgezet."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [Mention(11, 18, "Eva Kok", "Person", "", 1.0)])
    >>> relative_antecedent(ctx, ctx.sentences[0], text.index("opgezet")).text
    'Eva Kok'
    >>> relative_antecedent(ctx, ctx.sentences[0], text.index("volgde")) is None
    True
    """
    named = [m for m in ctx.in_span(sentence.start, at) if m.type in _ANTECEDENT_TYPES]
    for k in range(len(named) - 1, -1, -1):
        opening = _RELATIVE_OPENING.match(ctx.text, named[k].end, at)
        if opening is not None:
            inside = ctx.text[opening.end():at]
            later = [m for m in named[k + 1:] if m.start >= opening.end()]  # not the town in "X (Ede), die"
            return named[k] if not later and "," not in inside and ";" not in inside else None
    return None


#: what a title says a piece is about one person for: "Afscheid van X", "In memoriam X", "Portret: X"
#: (a book of friends offered at a farewell is about whom it honours: "Liber amicorum voor X", round 57r)
_PORTRAIT_TITLE = re.compile(r"\s*(?:Afscheid\s+van|In\s+memoriam|Portret\s*:|Profiel\s*:|Terugblik\s*:|"
                             r"Liber\s+amicorum\s+(?:voor|ter\s+ere\s+van)|(?:Afscheidsbundel|Vriendenboek)\s+voor)\s*",
                             re.IGNORECASE)


def portrayed(ctx: DocContext) -> Mention | None:
    """The person a farewell piece, an obituary or a portrait is about: named right after "Afscheid van",
    "In memoriam", "Portret:", "Liber amicorum voor" opening one of the document's first three lines.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Afscheid van Jan Kok\\n\\nNa tien jaar stopt hij.\\n\\nZijn opvolger is Eva Smit."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "succeeded"]
    [('Eva Smit', 'Jan Kok')]
    """
    for sentence in ctx.sentences[:3]:
        opening = _PORTRAIT_TITLE.match(ctx.text, sentence.start, sentence.end)
        person = next((m for m in ctx.in_sentence(sentence) if opening and m.start == opening.end()
                       and m.type == "Person"), None)
        if person is not None:
            return person
    return None
