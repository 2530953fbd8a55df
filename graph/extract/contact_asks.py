"""Whom a reader is sent to: "Voor vragen over de brief: X, secretaris van de pijler", "kunt u contact opnemen
met X", "Vragen? Mail X", "Neem contact op met X of met Y" (``contactFor``; split out of
:mod:`graph.extract.contacts`).
"""

from __future__ import annotations

import re

from .contact_pages import CONTACT_THINGS, page_thing, page_title, press_note, role_thing
from .context import DocContext
from .inline_lists import main_programme
from .lexicon import load_lexicon
from .model import Mention, Sentence
from .roles import role_pattern

__all__ = ["find_answer_to_question", "find_contact_asks"]


#: a cue that sends the reader to a person: "Voor vragen over de brief:", "kunt u contact opnemen met",
#: "kunnen zich melden bij", "kunt u terecht bij"
_CONTACT_ASK = re.compile(r"\b(?:(?:voor\s+)?vragen\s+over\s+[^:;.]{1,60}:|contact\s+opnemen\s+met|[Nn]eem\s+contact\s+op\s+met|"
                         r"(?:zich|u)\s+(?:aan)?melden\s+bij|terecht\s+bij)\s*", re.IGNORECASE)


def find_contact_asks(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Voor vragen over de brief: X, coördinator themagroep Jeugd", "kunt u contact opnemen met X,
    secretaris van de pijler": X is the contact for the unit or programme the apposition's role names."""
    for match in ctx.cues(_CONTACT_ASK, sentence):
        role = _ROLE_BEFORE_NAME.match(ctx.text, match.end())  # "contact opnemen met programmamanager X"
        at = match.end() + (len(role.group()) if role is not None and (role_pattern().fullmatch(role.group(1))
                                                                       or _HONORIFIC.fullmatch(role.group())) else 0)
        person = next((m for m in mentions if m.start == at), None)
        if person is None or person.type != "Person":
            continue
        if _asked_about_after(ctx, mentions, person, sentence):
            continue  # "…, programmasecretaris van de pijler, voor vragen over de hackathon": the hackathon's (57r)
        thing = role_thing(ctx, sentence, person) or _asked_about(ctx, sentence, match.start(), mentions) \
            or _fronted_for(ctx, sentence, match.start(), mentions)
        if thing is None and at > match.end() and not any(m.type in CONTACT_THINGS for m in mentions):
            thing = page_thing(ctx)  # on a programme's page its own staff answer for it
        if thing is None and press_note(ctx, sentence):
            thing = main_programme(ctx, sentence.start)  # a press release's contact: for what it announces
        if thing is None and _ABOUT_THIS_LETTER.search(ctx.text, sentence.start, match.end()):
            thing = ctx.subject_line_thing()  # "Voor vragen over deze brief …": what its "Onderwerp:" names
        if thing is None and not any(m.type in CONTACT_THINGS for m in mentions):
            thing = _contact_municipality(ctx, sentence, person)  # "Neem contact op met X, gemeente Venlo"
        if thing is not None:
            ctx.add(person, "contactFor", thing, sentence, "relations.contact-ask", 0.7)
    _contact_take_up(ctx, sentence, mentions)


#: what the contact answers for, after the name and its apposition: ", voor vragen over de hackathon"
_ABOUT_AFTER = re.compile(r",\s+voor\s+(?:alle\s+)?(?:vragen|informatie)\s+over\s+(?:de\s+|het\s+|deze\s+|dit\s+)?",
                          re.IGNORECASE)


def _asked_about_after(ctx: DocContext, mentions: list[Mention], person: Mention, sentence: Sentence) -> bool:
    """Whether the sentence says after the contact's name what they answer for, and names it ("Neem contact op met
    X, programmasecretaris van de pijler, voor vragen over de hackathon"): the unit of the apposition's role is
    where X works, not what X is the contact for (:mod:`.contacts` reads "voor vragen over"; round 57r).

    >>> from graph.extract.context import DocContext
    >>> text = "Mail X, secretaris van de pijler, voor vragen over de hackathon."
    >>> x = Mention(5, 6, "X", "Person", "", 1.0)
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [x])
    >>> _asked_about_after(ctx, [x], x, ctx.sentences[0])
    True
    >>> text = "Mail X, secretaris van de pijler, voor vragen over de aanvraag."
    >>> _asked_about_after(DocContext("d", text, [Sentence(0, len(text), text)], [x]), [x], x, Sentence(0, len(text), text))
    False
    """
    for about in _ABOUT_AFTER.finditer(ctx.text, person.end, sentence.end):
        if any(m.start == about.end() and m.type in CONTACT_THINGS for m in mentions):
            return True
        word = re.match(r"[\w-]+", ctx.text[about.end():sentence.end])  # "de hackathon": the event told of before
        lexicon = load_lexicon()
        if word is not None and word.group().lower() in set(lexicon.event_kinds) | set(lexicon.programme_kinds):
            return True
    return False


#: a contact's municipality right after the name, and nothing else of the apposition: ", gemeente Venlo", " (gemeente Venlo)"
_MUNICIPALITY_AFTER = re.compile(r"\s*[,(]\s*gemeente\s+$")
_APPOSITION_END = re.compile(r"\s*(?:[).;]|$|,\s*(?:via|tel|[\w.'-]+@))")


def _contact_municipality(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The municipality a contact is named with and nothing else, where nothing else says what the contact
    is for: "Vragen? Neem contact op met Petra Smit, gemeente Venlo." (not "…, projectleider Regio Deal
    van de gemeente Deventer": the role names what)."""
    after = next((m for m in ctx.in_span(person.end, sentence.end)), None)
    if after is None or after.type != "Municipality" or not _MUNICIPALITY_AFTER.fullmatch(ctx.text, person.end, after.start):
        return None
    return after if _APPOSITION_END.match(ctx.text, after.end) else None


#: "Voor vragen over (de) X kunt u contact opnemen met": what the reader asks about, right after "over"
_ABOUT = re.compile(r"\bover\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _asked_about(ctx: DocContext, sentence: Sentence, cue: int, mentions: list[Mention]) -> Mention | None:
    """The unit, programme or event the sentence's question names before the cue, right after "over": "Voor vragen
    over de City Deal Zon kunt u contact opnemen met X" → the City Deal (round 57o); not a thing named otherwise
    ("Voor vragen over de subsidie uit de City Deal Zon …": the subsidy is asked about).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Voor vragen over de City Deal Zon kunt u contact opnemen met Eva Smit, adviseur bij BZK."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    if "over" not in ctx.text[sentence.start:cue]:
        return None
    return next((m for m in mentions if m.type in CONTACT_THINGS and m.end <= cue
                 and _ABOUT.search(ctx.text, max(sentence.start, m.start - 12), m.start)), None)


#: the fronted purpose before the cue: "Voor de pilot X kunt u (altijd) terecht bij", "Voor het project Y kunt u contact
#: opnemen met"
_FOR = re.compile(r"[Vv]oor\s+(?:de\s+|het\s+)?")
_FOR_VERB = re.compile(r"\s*,?\s*(?:kunt|kan|kunnen)\s+(?:u|je|jullie)\s+(?:(?:altijd|ook|daarnaast|verder)\s+)?")


def _fronted_for(ctx: DocContext, sentence: Sentence, cue: int, mentions: list[Mention]) -> Mention | None:
    """The unit, programme or event the sentence opens with after "Voor", right before the cue: "Voor de pilot
    Vroegsignalering kunt u terecht bij X" → the pilot (round 58s); not a thing with more words after it ("Voor de
    subsidie uit de City Deal Zon kunt u terecht bij …": the subsidy).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Voor de City Deal Zon kunt u terecht bij Eva Smit, gemeente Ede."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    opening = _FOR.match(ctx.text, ctx.content_start(sentence), cue)
    thing = next((m for m in mentions if opening is not None and m.start == opening.end()), None)
    if thing is None or thing.type not in CONTACT_THINGS or not _FOR_VERB.fullmatch(ctx.text, thing.end, cue):
        return None
    return thing


#: a question about the document itself: "(Voor vragen) over deze brief", "over dit voorstel"
_ABOUT_THIS_LETTER = re.compile(r"\bover\s+(?:deze|dit)\s+(?:brief|raadsinformatiebrief|voorstel|raadsvoorstel|memo|notitie)\b",
                                re.IGNORECASE)
#: a form of address between the cue and the name: "(contact opnemen met) mevrouw (A. Kok)" (round 57o)
_HONORIFIC = re.compile(r"(?:mevrouw|mevr\.|meneer|dhr\.)\s+")
#: a role word (and its article) between the cue and the name: "(met) de programmamanager "
_ROLE_BEFORE_NAME = re.compile(r"(?:(?:de|onze|het)\s+)?([a-zà-ÿ][\w-]*)\s+")


#: a question a reader may have, on its own: "Vragen?", "Vragen of bijdragen voor de volgende nieuwsbrief?"
_READERS_QUESTION = re.compile(r"\s*(?:Vragen\b|Meer\s+(?:weten|informatie|info)\s+over\b)[^?.!:]{0,120}\?\s*")
#: what the question asks about when it names the document itself: "(voor) de volgende nieuwsbrief", "over dit verslag"
_ABOUT_THE_PAGE = re.compile(r"\b(?:deze|dit|de\s+volgende|de)\s+(?:nieuwsbrief|verslag|notitie|brief|editie|uitgave|pagina)\b",
                             re.IGNORECASE)
#: the person's role named before the name, with a comma: "(Neem contact op met) de secretaris van de themagroep, (X)"
_ROLE_APPOSITION = re.compile(r"(?:de|onze)\s+([a-zà-ÿ][\w-]*)(?:\s+van\s+(?:de|het|onze)\s+[a-zà-ÿ][\w-]*)?\s*,\s*")
#: the imperative that answers it, right before the person: "Mail X", "Bel of mail X", "Neem contact op met X"
_ASK_PERSON = re.compile(r"\s*(?:(?:Mail|Bel|E-mail)(?:\s+(?:of|en)\s+(?:mail|bel))?(?:\s+gerust)?|"
                         r"Neem\s+(?:gerust\s+)?contact\s+op\s+met|Stuur\s+(?:gerust\s+)?(?:een\s+)?(?:e-?mail|bericht)\s+(?:naar|aan))\s+")


def find_answer_to_question(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A reader's question on its own, then whom to ask: "Vragen of bijdragen voor de volgende nieuwsbrief? Mail
    X, x@…": X is the contact for what the question names (a unit, programme or event), or, for a question about
    the document itself, for what the page is about. Also "Meer weten over de Themagroep X? Neem contact op met de
    secretaris van de themagroep, Y" (round 57o: the question "Meer weten over", a role before the name).

    Examples
    --------
    (see tests/test_extract_round37b.py::test_a_readers_question_then_whom_to_mail)
    """
    ask = _ASK_PERSON.match(ctx.text, ctx.content_start(sentence), sentence.end)
    role = _ROLE_APPOSITION.match(ctx.text, ask.end()) if ask is not None else None
    if role is not None and role_pattern().fullmatch(role.group(1)):
        ask = role  # "Neem contact op met de secretaris van de themagroep, X" (round 57o)
    person = next((m for m in mentions if m.start >= ask.end()), None) if ask is not None else None
    previous = ctx.previous_sentence(sentence) if person is not None and person.type == "Person" \
        and ask.end() == person.start else None
    if previous is None or not _READERS_QUESTION.fullmatch(ctx.text, ctx.content_start(previous), previous.end):
        return
    things = [m for m in ctx.in_sentence(previous) if m.type in CONTACT_THINGS]
    if not things and _ABOUT_THE_PAGE.search(ctx.text, previous.start, previous.end):
        page = page_thing(ctx) or ctx.title_programme
        things = [page] if page is not None else []
    for thing in things:
        ctx.add(person, "contactFor", thing, sentence, "contacts.question-answer", 0.7)


#: the imperative of a page: "Neem (gerust) contact op met X (…) of met Y, …"
_TAKE_UP = re.compile(r"\b[Nn]eem\s+(?:\w+\s+)?contact\s+op\s+met\s+")
_OR_WITH = re.compile(r"\s+(?:of|en)\s+(?:met\s+)?$")


def _contact_take_up(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Neem contact op met X (…) of met Y, secretaris van de pijler": on a page whose title names one
    unit, programme or event, each person named is a contact for it; else for what their role names."""
    match = _TAKE_UP.search(ctx.text, sentence.start, sentence.end)
    if match is None:
        return
    persons = [m for m in mentions if m.type == "Person" and m.start >= match.end()]
    if not persons or persons[0].start != match.end():
        return
    chosen = [persons[0]]
    for person in persons[1:]:
        between = re.sub(r"\([^()]*\)", "", ctx.text[chosen[-1].end:person.start])  # an e-mail address in brackets
        cut = between.rfind(" of ") if " of " in between else between.rfind(" en ")
        if cut < 0 or not _OR_WITH.search(between[cut:]) or re.search(r"[.;:]", between):
            break
        chosen.append(person)
    title = page_title(ctx)
    named = [m for m in ctx.in_sentence(title) if m.type in CONTACT_THINGS] if title is not None else []
    for person in chosen:
        thing = named[0] if len(named) == 1 else None if _asked_about_after(ctx, mentions, person, sentence) \
            else role_thing(ctx, sentence, person)
        if thing is not None:
            ctx.add(person, "contactFor", thing, sentence, "relations.neem-contact-op", 0.7)
