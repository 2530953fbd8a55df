""""Y volgt haar op": the one succeeded is a pronoun, the subject of the sentence before.

Minutes announce a departure and its successor in two sentences: "De voorzitter deelt mee dat zij
per 1 juli 2024 terugtreedt als voorzitter van de themagroep. Ingrid Bos volgt haar op." "haar" /
"hem" stands for the subject of the sentence before: a person named at its start ("Anna Kok meldt
dat zij …"), or "De <rol>" (the chair of the meeting), which is the one person the document named
before with that role. The succession takes effect on the day the leaving sentence gives ("per 1
juli 2024": Y from 2024-07-01, the one succeeded until 2024-06-30), unless the sentence of the
succession gives its own. Nothing when the pronoun's person is not clear: two holders of the role,
no subject, a new paragraph.

Called per sentence by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("# Verslag Themagroep Wonen\\n\\nAanwezig: A. Kok (Breda, voorzitter), P. Smit (Delft)\\n\\n"
...         "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem op.")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2023-03-12")
>>> [(r.subject.text, r.object.text, r.valid_from) for r in ex.relations if r.predicate == "succeeded"]
[('Ingrid Bos', 'A. Kok', '2023-04-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import add_succession
from .periods import change_date, day_after, find_periods, leaving
from .role_words import role_of, role_pattern

__all__ = ["pronoun_succeeded"]

#: "volgt haar (per 1 mei) op", after the successor and perhaps an apposition ("Y, wethouder van Deventer, volgt
#: haar op"); also inverted: "Per 1 mei volgt Y haar op"
_FOLLOWS_PRONOUN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{1,80},\s*)?(?:volgt|volgde)\s+(?:haar|hem)\s+"
                              r"(?:(?:per|vanaf|op|in)\s+[^,;()]{1,30}?\s+)?op\b")
_INVERTED_FOLLOWS_PRONOUN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:haar|hem)\s+op\b")
#: a subordinate clause of what was decided or told, its verb last: "(Het bestuur heeft besloten) dat Y hem per
#: 1 april opvolgt" (not a wish or a proposal: "wil dat", "stelt voor dat")
_DECIDED_THAT = re.compile(r"\b(?:(?:heeft|hebben|had|hadden)\s+(?:besloten|bekendgemaakt|gemeld|meegedeeld|bevestigd|"
                           r"laten\s+weten)|besloot|besloten|meldt|meldde|bevestigt|bevestigde|deelt\s+mee|deelde\s+mee)"
                           r"\s+dat\s+$")
_FOLLOWS_PRONOUN_LAST = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:haar|hem)\s+(?:(?:per|vanaf|op|in)\s+[^,;()]{1,30}?\s+)?"
                                   r"(?:opvolgt|opvolgde|op\s+zal\s+volgen|zal\s+opvolgen)\b")
#: the successor first, or after a fronted time and the verb: "Per 1 mei volgt "
_FRONTED_FOLLOWS = re.compile(r"\s*(?:(?:Per|Vanaf|Op|In|Met\s+ingang\s+van)\s+[^,;:()]{1,30}?\s+)(?:volgt|volgde)\s+")
#: "De voorzitter …", "De trekker …": a role standing for its holder, at the start of a sentence
_THE_ROLE = re.compile(r"\s*De\s+")
#: a complement after the role that names whose role it is
_OF_ANOTHER = re.compile(r"\s+(?:van|bij)\s")


def pronoun_succeeded(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Ingrid Bos volgt hem op" after a sentence whose subject is the one succeeded: Y succeeded
    that person, from the day the sentence before gives their leaving."""
    if len(persons) > 1:
        _after_semicolon(ctx, sentence, persons)
    if len(persons) != 1:
        return
    new = persons[0]
    start = ctx.content_start(sentence)
    before = ctx.text[start:new.start]
    if _DECIDED_THAT.search(before) and _FOLLOWS_PRONOUN_LAST.match(ctx.text, new.end, sentence.end):
        pass  # "Het bestuur heeft besloten dat Y (Tilburg) hem per 1 april opvolgt"
    elif _titled(before) and _FOLLOWS_PRONOUN.match(ctx.text, new.end, sentence.end):
        pass  # "Burgemeester Y volgt hem op", "Mevrouw Y volgt haar op"
    elif before.strip():
        if not _FRONTED_FOLLOWS.fullmatch(before) or not _INVERTED_FOLLOWS_PRONOUN.match(ctx.text, new.end, sentence.end):
            return
    elif not _FOLLOWS_PRONOUN.match(ctx.text, new.end, sentence.end):
        return
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return
    old = _subject_person(ctx, previous)
    if old is None:
        # "X treedt terug als trekker. Hij blijft wethouder, maar … . … dat Y hem opvolgt": the person of the
        # sentence before's own "Hij"/"Zij"
        old = ctx.pronoun_subject(previous)[1]
    if old is None or old.label == new.label:
        return
    day = change_date(ctx.text, previous.start, previous.end, year=ctx.date) \
        if leaving(ctx.text, previous.start, previous.end) else None
    add_succession(ctx, sentence, new, old, 0.7, day=change_date(sentence.text, year=ctx.date) or day)


#: a form of address or a role word before a name: "Burgemeester ", "mevrouw ", "De heer "
_TITLE = re.compile(r"\s*(?:(?:[Dd]e\s+heer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.)\s+|(?P<role>[A-Za-z][a-z-]+)\s+)")


def _titled(before: str) -> bool:
    """Whether ``before`` (what stands before a name) is a form of address or a role word only.

    >>> _titled("Burgemeester "), _titled("mevrouw "), _titled("Gisteren ")
    (True, True, False)
    """
    title = _TITLE.fullmatch(before)
    return title is not None and (title.group("role") is None or role_of(title.group("role")) is not None)


def _after_semicolon(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"De heer X vervulde deze taak tot 31 mei; mevrouw Y volgt hem op", "X ging in 2023 met pensioen; Y volgde
    hem op": the one person opening the clause before the semicolon is the one succeeded.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Gemeentesecretaris Frits Haal ging in 2023 met pensioen; Jan van Leer volgde hem op."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "succeeded"]
    [('Jan van Leer', 'Frits Haal')]
    """
    semicolon = ctx.text.rfind(";", sentence.start, persons[-1].start)
    if semicolon < 0:
        return
    first, later = [p for p in persons if p.end <= semicolon], [p for p in persons if p.start > semicolon]
    old, new = (first[0] if len(first) == 1 else None), later[0]
    if old is None or old.label == new.label or not _titled(ctx.text[ctx.content_start(sentence):old.start] or " ") \
            and ctx.text[ctx.content_start(sentence):old.start].strip() \
            or not _titled(ctx.text[semicolon + 1:new.start] or " ") and ctx.text[semicolon + 1:new.start].strip() \
            or not _FOLLOWS_PRONOUN.match(ctx.text, new.end, sentence.end) \
            or not ctx.asserted(sentence, semicolon, sentence.end):
        return
    day = change_date(ctx.text, sentence.start, semicolon, year=ctx.date) \
        if leaving(ctx.text, sentence.start, semicolon) else None
    # "… vervulde deze taak van 1 juni 2022 tot en met 31 mei 2024; Y volgt hem op": Y from the day after
    ends = [p.valid_until for p in find_periods(ctx.text, sentence.start, semicolon, year=ctx.date) if p.valid_until]
    day = change_date(ctx.text, semicolon + 1, sentence.end, year=ctx.date) or day \
        or (day_after(ends[-1]) if len(ends) == 1 else None)
    add_succession(ctx, sentence, new, old, 0.7, day=day, stated_at=new.start)


def _subject_person(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person ``sentence`` opens with: a name, or "De <rol>" for the one person the document named
    with that role before ("Aanwezig: A. Kok (voorzitter) … De voorzitter deelt mee …")."""
    start = ctx.content_start(sentence)
    first = next((m for m in ctx.in_sentence(sentence) if m.start >= start), None)
    if first is not None and first.type == "Person" and not ctx.text[start:first.start].strip():
        return first
    the = _THE_ROLE.match(ctx.text, start, sentence.end)
    named = role_pattern().match(ctx.text, the.end()) if the else None
    role = role_of(named.group(0)) if named else None
    if role is None or (first is not None and first.start < named.end()) \
            or _OF_ANOTHER.match(ctx.text, named.end(), sentence.end):
        return None  # "De voorzitter van de VNG deelt mee …": another body's, not the one named before
    holders = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "hasRole" and r.role == role.label
               and r.subject.type == "Person" and not r.past and r.evidence_end <= sentence.start}
    return next(iter(holders.values())) if len(holders) == 1 else None
