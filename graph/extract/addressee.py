"""The one a document is written for: who "je" and "jij" are in an onboarding programme or a welcome plan.

An onboarding programme, a welcome plan or an introduction programme names the new colleague it is for in its
title ("# Inwerkprogramma Femke de Vries", "Introductieprogramma voor Eva Smit") and speaks to them as "je" and
"jij" throughout. Its statements about "je" are that person's:

- "**Functie:** beleidsadviseur G40-bureau en secretaris van de Pijler X" under the title: each role in the body
  named after it, from the day of a "**Startdatum:**" field (rule ``addressee.functie``);
- "Per 2 maart ben je secretaris van de pijler", "Jij wordt per 1 mei trekker van de themagroep Y": the role in
  the body right after "van"/"bij" (rule ``addressee.je-bent``);
- "Je volgt daarin Ruud Bos op": the addressee succeeded Ruud Bos (:func:`graph.extract.passed_on_roles.add_succession`,
  rule ``relations.opvolging``).

A document whose title names no one this way (a mail, whose "je" is :mod:`graph.extract.mail`'s; a manual that
speaks to every reader as "je") has no addressee, and its "je" gives nothing (round 56o).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Inwerkprogramma Femke de Vries\\n\\nWelkom! Per 1 maart ben je secretaris van de Pijler Fysiek Domein. "
...         "Je volgt daarin Ruud Bos op.\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.subject.text == "Femke de Vries")
[('Femke de Vries', 'hasRole', 'Pijler Fysiek Domein', 'secretaris'), ('Femke de Vries', 'succeeded', 'Ruud Bos', None)]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .passed_on_roles import add_succession
from .periods import change_date
from .roles import role_of, role_pattern

__all__ = ["find_addressee_facts", "title_addressee"]

#: a title that names the person the document is for: "Inwerkprogramma Femke de Vries", "Welkomstplan voor Eva Smit"
_TITLE = re.compile(r"[#*\s]*(?:persoonlijk\s+)?(?:inwerk|introductie|onboarding|onboardings|welkomst|kennismakings)"
                    r"(?:programma|plan|schema|traject)\s+(?:voor\s+|van\s+)?", re.IGNORECASE)
#: the document speaks to its reader as "je"/"jij"
_YOU = re.compile(r"\b(?:je|jij|Je|Jij)\b")
#: the field of the addressee's post under the title: "**Functie:** …", "Functie: …"
_FUNCTION_FIELD = re.compile(r"^[*_\s-]*Functie[*_\s]*:[*_\s]*(?P<value>[^\n]+)$", re.MULTILINE)
#: the field of the day the addressee starts: "**Startdatum:** maandag 2 maart 2026" (it dates the "Functie:" roles)
_START_FIELD = re.compile(r"^[*_\s-]*(?:Startdatum|Datum\s+in\s+dienst|In\s+dienst\s+per)[*_\s]*:[*_\s]*"
                          r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?P<value>[^\n]+)$",
                          re.MULTILINE | re.IGNORECASE)
#: a second role in the field or the sentence: "… en secretaris van …"
_AND = re.compile(r"\s+en\s+(?:(?:sinds|vanaf|per)\s+\S+(?:\s+\S+){0,2}\s+)?")
#: "ben je (per 2 maart) secretaris van", "jij wordt (vanaf juni) (de nieuwe) trekker bij", "je bent nu lid van"
_YOU_ARE = re.compile(r"\b(?:(?:ben|word|bent|wordt)\s+(?:je|jij)|(?:[Jj]e|[Jj]ij)\s+(?:bent|wordt))\s+"
                      r"(?:(?:per|sinds|vanaf)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+|(?:nu|ook|de|het|nieuwe)\s+)*"
                      r"(?P<role>[\w-]+)\s+(?:van|bij)\s+")
#: "Je volgt (daarin / daarmee / per 1 maart) X op"
_YOU_FOLLOW = re.compile(r"\b(?:[Jj]e|[Jj]ij)\s+(?:volgt|volgde)\s+(?:(?:daarin|daarmee|hierin|daar|per\s+\d{1,2}\s+[a-z]+"
                         r"(?:\s+\d{4})?)\s+)?$")
#: what may stand between the role and the body it is held in: an article, "gemeente"
_TO_BODY = re.compile(r"(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
_BODIES = frozenset(ACTORS) | {"OrganisationalUnit", "Programme"}


def title_addressee(ctx: DocContext) -> Mention | None:
    """The person the document's title names as the one it is for ("Inwerkprogramma Femke de Vries"), when the
    document speaks to its reader as "je" or "jij"; else None.

    >>> from graph.extract.model import Sentence
    >>> text = "Inwerkprogramma Eva Smit\\n\\nJe start op maandag."
    >>> eva = Mention(16, 24, "Eva Smit", "Person", "persons.full-name", 0.9)
    >>> title_addressee(DocContext("d", text, [Sentence(0, 24, text[:24]), Sentence(26, 46, text[26:])], [eva])).text
    'Eva Smit'
    >>> title_addressee(DocContext("d", "Verslag Eva Smit\\n\\nJe start.", [Sentence(0, 16, "Verslag Eva Smit")],
    ...                            [Mention(8, 16, "Eva Smit", "Person", "p", 0.9)])) is None
    True
    """
    if not ctx.sentences or not _YOU.search(ctx.text):
        return None
    first = ctx.sentences[0]
    title = _TITLE.match(ctx.text, first.start, first.end)
    if title is None:
        return None
    person = next((m for m in ctx.in_sentence(first) if m.start == title.end() and m.type == "Person"), None)
    if person is None or ctx.text[person.end:first.end].strip(" *#\t"):
        return None  # "Inwerkprogramma Eva Smit en Jan Bos": two people, no one "je"
    return person


def find_addressee_facts(ctx: DocContext) -> None:
    """Add the roles and the succession a document states of the one it is written for (see the module)."""
    if "nwerk" not in ctx.text and "ntroductie" not in ctx.text and "nboarding" not in ctx.text \
            and "elkomst" not in ctx.text and "ennismakings" not in ctx.text:
        return
    you = title_addressee(ctx)
    if you is None:
        return
    head = (ctx.sentences[0].end, min(len(ctx.text), ctx.sentences[0].end + 400))
    field = _FUNCTION_FIELD.search(ctx.text, *head)
    if field is not None:
        sentence = ctx.sentence_at(field.start("value")) or Sentence(field.start(), field.end(), field.group())
        start = _START_FIELD.search(ctx.text, *head)
        since = change_date("per " + start.group("value").strip(" *_")) if start is not None else None
        _field_roles(ctx, you, sentence, field.start("value"), field.end("value"), since)
    for sentence in ctx.sentences[1:]:
        if "je" not in sentence.text.lower() and "jij" not in sentence.text.lower():
            continue
        for match in ctx.asserted_cues(_YOU_ARE, sentence):
            _add_role(ctx, you, sentence, match.group("role"), match.end(), sentence.end, "addressee.je-bent")
        for person in (m for m in ctx.in_sentence(sentence) if m.type == "Person" and m is not you):
            if _YOU_FOLLOW.search(ctx.text, sentence.start, person.start) and re.match(r"\s+op\b", ctx.text[person.end:]) \
                    and ctx.asserted(sentence, sentence.start, person.end):
                # "Per 2 maart ben je secretaris van de pijler. Je volgt daarin X op": the office and its day are
                # the sentence before's ("daarin"), unless this one dates the handover itself
                previous = ctx.previous_sentence(sentence)
                day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date) or (
                    change_date(ctx.text, previous.start, previous.end, year=ctx.date) if previous is not None else None)
                add_succession(ctx, sentence, you, person, 0.7, day=day)


def _field_roles(ctx: DocContext, you: Mention, sentence: Sentence, start: int, end: int, since: str | None) -> None:
    """"beleidsadviseur G40-bureau en secretaris van de Pijler X": each role word and the body after it, held from
    ``since`` (the "Startdatum:" field's day)."""
    at = start
    while at < end:
        match = role_pattern().match(ctx.text, at, end)
        if match is None:
            return
        joined = _AND.search(ctx.text, match.end(), end)
        part_end = joined.start() if joined else end
        body_start = re.match(r"\s+(?:van|bij)\s+|\s+", ctx.text[match.end():part_end])
        if body_start is not None:
            _add_role(ctx, you, sentence, match.group(0), match.end() + body_start.end(), part_end, "addressee.functie",
                      since)
        if joined is None:
            return
        at = joined.end()


def _add_role(ctx: DocContext, you: Mention, sentence: Sentence, word: str, at: int, end: int, rule: str,
              since: str | None = None) -> None:
    """``you`` holds the role ``word`` in the body named at ``at`` (after an article or "gemeente")."""
    role = role_of(word)
    if role is None:
        return
    body = next((m for m in ctx.in_span(at, end) if m.type in _BODIES and _TO_BODY.fullmatch(ctx.text, at, m.start)), None)
    if body is not None:
        ctx.add(you, "hasRole", body, sentence, rule, 0.7, role=role.label, since=since)
