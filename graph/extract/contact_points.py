"""Contact points: "X is het aanspreekpunt voor de pijler", "Voor de themagroep is X het aanspreekpunt",
"Namens het ministerie is X contactpersoon voor …", "Per 1 maart is X contactpersoon voor …", "Contactpersoon bij
IenW is X" (``contactFor``; split out of :mod:`graph.extract.contacts`).
"""

from __future__ import annotations

import re

from .contact_pages import CONTACT_THINGS
from .context import DocContext
from .model import Mention, Sentence
from .role_holders import apposition_role
from .role_words import role_of
from .succession_words import after_home

__all__ = ["find_contact_at_body", "find_contact_points"]

_ARTICLE_ONLY = re.compile(r"\s*(?:(?:de|het)\s+)?")
#: the towns in a programme one is the contact for: "(aanspreekpunt voor) de G40-steden in de Regio Deals"
_TOWNS_IN = re.compile(r"\s*(?:de\s+)?(?:[\w]+-)?(?:steden|gemeenten)\s+in\s+(?:de\s+|het\s+)?")
#: a form of address before a name: "Namens BZK is mevrouw X …"
_ADDRESS = re.compile(r"(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s+")


#: a start to the day or month between the copula and the point: "is sinds 1 april 2025 het aanspreekpunt"
#: (round 49a, walkthrough 23 finding 11; the sentence's period dates the fact, :meth:`DocContext.add`)
_SINCE_DAY = r"(?:sinds|vanaf|per|met\s+ingang\s+van|tot(?:\s+en\s+met)?)\s+\d{1,2}\s+[a-z]+(?:\s+\d{4})?"
#: "(X / Zij) is (ook) (het) (eerste) aanspreekpunt / (de) contactpersoon voor (vragen over) de pijler"
#: (with the body one is the contact at between: "Hij is bij de G40 het aanspreekpunt voor de Aanpak X", round 55f)
_AT_BODY = r"|bij\s+(?:de\s+|het\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,3}"
_CONTACT_POINT = re.compile(r"\b(?:is|blijft|was|bleef)\s+(?:(?:ook|tevens|nu|" + _SINCE_DAY + r"|sinds\s+\S+|vanaf\s+\S+" + _AT_BODY + r")\s+){0,2}(?:(?:(?:het|een)\s+)?(?:(?:ambtelijk|bestuurlijk|eerste|vaste?|centrale?)\s+)?aanspreekpunt|"
                            r"(?:de\s+|een\s+)?(?:(?:ambtelijke|bestuurlijke|vaste)\s+)?contactpersoon)\s+(?:voor|van)\s+(?:vragen\s+over\s+)?", re.IGNORECASE)


#: the fronted form: "Voor (vragen over) de themagroep X is Y (van Z) het aanspreekpunt / de contactpersoon"
_FOR_THING = re.compile(r"\s*Voor\s+(?:vragen\s+over\s+)?(?:de\s+|het\s+)?")
_IS_PERSON = re.compile(r"\s+(?:is|blijft|was|bleef)\s+(?:(?:ook|tevens|nu)\s+)?")
_POINT_AFTER = re.compile(r"(?:\s+van\s+(?:de\s+|het\s+)?(?:gemeente\s+)?[^,;.]{1,40}?)?\s+(?:(?:ook|tevens|nu)\s+)?"
                          r"(?:het\s+aanspreekpunt|(?:de\s+)?contactpersoon)\b")


def _fronted_contact_point(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Voor de themagroep Wonen is Eva Smit (van Platform31) het aanspreekpunt": Y is the contact for
    the unit, programme or event that opens the sentence (not in a denied clause).

    Examples
    --------
    (see tests/test_extract_round27c.py::test_a_fronted_contact_point_is_the_contact_for_what_opens_the_sentence)
    """
    opening = _FOR_THING.match(ctx.text, ctx.content_start(sentence), sentence.end)
    thing = next((m for m in mentions if opening and m.start == opening.end()), None)
    if thing is None or thing.type not in CONTACT_THINGS:
        return
    copula = _IS_PERSON.match(ctx.text, thing.end, sentence.end)
    person = next((m for m in mentions if copula and m.start == copula.end()), None)
    point = _POINT_AFTER.match(ctx.text, person.end, sentence.end) if person is not None and person.type == "Person" else None
    if point is not None and ctx.asserted(sentence, opening.start(), point.end()):
        ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: "Namens het ministerie van X is Y contactpersoon voor …", "Y is namens X (de) contactpersoon voor …"
_ON_BEHALF = re.compile(r"\s*Namens\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
_NAMENS = re.compile(r"\s*Namens\s+")
#: a start may stand before "namens": "Y is sinds 1 januari 2025 namens het ministerie … contactpersoon voor" (walkthrough
#: 25, finding 3; the sentence's period dates the fact); "was"/"bleef" tell a contact of the past (walkthrough 24, finding 12)
_ON_BEHALF_AFTER_IS = re.compile(r"\s+(?:is|blijft|was|bleef)\s+(?:" + _SINCE_DAY + r"\s+)?namens\s+(?:de\s+|het\s+)?"
                                 r"(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
_POINT_FOR = re.compile(r"\s+(?:(?:ook|tevens|nu)\s+)?(?:(?:het\s+)?(?:vaste\s+)?aanspreekpunt|(?:de\s+)?(?:vaste\s+)?contactpersoon)"
                        r"\s+(?:voor|van)\s+(?:vragen\s+over\s+)?")
_BODIES = frozenset({"Ministry", "Organisation", "Municipality", "Province"})
#: an apposition between a name and what is said of it: ", directeur Regionale Economie,"
_APPOSITION_ASIDE = re.compile(r"\s*,\s*[a-z][^,;:()]{1,80},")


#: what may stand before the name that opens a sentence: a form of address or a role word
#: ("Mevrouw Eva Smit is …", "De heer Jan Kok is …", "Wethouder Jan Kok is …")
_BEFORE_NAME = re.compile(r"\s*(?:(?:De\s+heer|Mevrouw|Mevr\.|Mw\.|Dhr\.)\s+|(?P<role>[A-Z][a-z-]+)\s+)?")


def _opening_person(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The person whose name opens ``sentence``, after a form of address or a role word if any.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Mevrouw Eva Smit is namens de VNG contactpersoon voor de Pijler Fysiek."
    >>> sorted((r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('affiliatedWith', 'VNG'), ('contactFor', 'Pijler Fysiek')]
    """
    start = ctx.content_start(sentence)
    person = next((m for m in mentions if m.start >= start), None)
    if person is None or person.type != "Person":
        return None
    opening = _BEFORE_NAME.fullmatch(ctx.text, start, person.start)
    if opening is None or (opening.group("role") and role_of(opening.group("role")) is None):
        return None
    return person


#: a role word with up to three capitalised field words that opens a sentence before the name: "Directeur
#: Stedelijke Ontwikkeling (X)", "Programmadirecteur (X)"
_ROLE_OPENING = re.compile(r"\s*(?P<role>[A-Z][a-z-]+)(?:\s+(?:[A-Z][\w-]*|en)){0,4}\s+")
#: what the person is on behalf of the body: "(het) aanspreekpunt", "(de vaste) contactpersoon"
_THE_POINT = re.compile(r"\s+(?:(?:ook|tevens|nu)\s+)?(?:het\s+|de\s+|een\s+)?(?:vaste?\s+)?(?:aanspreekpunt|contactpersoon)\b")


def _office_of_contact_on_behalf(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Directeur Wonen X is namens BZK het aanspreekpunt": the role word before the name is X's office at the
    body X speaks for (walkthrough 28, finding 12); a role of a unit ("Voorzitter X is namens …") or of a
    municipality is no office there.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Directeur Ruimte en Wonen Eva Smit is namens BZK het aanspreekpunt."
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Smit', 'BZK', 'directeur')]
    """
    start = ctx.content_start(sentence)
    person = next((m for m in mentions if m.start >= start), None)
    opening = _ROLE_OPENING.fullmatch(ctx.text, start, person.start) if person is not None and person.type == "Person" else None
    role = role_of(opening.group("role")) if opening is not None else None
    if role is None or role.scope not in ("any", "ministry", "organisation"):
        return
    behalf = _ON_BEHALF_AFTER_IS.match(ctx.text, person.end, sentence.end)
    body = next((m for m in mentions if behalf is not None and m.start == behalf.end()), None)
    if body is None or body.type not in ("Ministry", "Organisation") or not _THE_POINT.match(ctx.text, body.end, sentence.end) \
            or not ctx.asserted(sentence, start, body.end):
        return
    ctx.add(person, "hasRole", body, sentence, "roles.namens-aanspreekpunt", 0.7, role=role.label)


def _on_behalf_contact(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Namens het ministerie van JenV is Y contactpersoon voor de themagroep", "Y is namens de VNG het
    aanspreekpunt voor de pijler": Y is the contact for the unit, programme or event, and works for the
    body named after "namens" (``affiliatedWith``).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Namens het ministerie van BZK is Eva Smit contactpersoon voor de Pijler Fysiek."
    >>> sorted((r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('affiliatedWith', 'BZK'), ('contactFor', 'Pijler Fysiek')]
    """
    by_start = {m.start: m for m in mentions}
    opening = _ON_BEHALF.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is not None:  # "Namens X is Y contactpersoon voor Z"
        # the body's mention may hold its article: "Namens het ministerie" (a reference)
        body = by_start.get(opening.end()) or by_start.get(_NAMENS.match(ctx.text, opening.start()).end())
        copula = _IS_PERSON.match(ctx.text, body.end, sentence.end) if body is not None else None
        address = _ADDRESS.match(ctx.text, copula.end()) if copula is not None else None
        person = by_start.get(address.end() if address else copula.end()) if copula is not None else None
        # "Namens het ministerie is Y, directeur Regionale Economie, contactpersoon voor …": past the apposition
        aside = _APPOSITION_ASIDE.match(ctx.text, person.end, sentence.end) if person is not None else None
        point = _POINT_FOR.match(ctx.text, aside.end() if aside else person.end, sentence.end) \
            if person is not None else None
    else:  # "Y is namens X contactpersoon voor Z", "Mevrouw Y is namens X …", "Wethouder Y van Ede is namens X …"
        person = _opening_person(ctx, sentence, mentions)
        behalf = _ON_BEHALF_AFTER_IS.match(ctx.text, after_home(ctx, sentence, person), sentence.end) \
            if person is not None else None
        body = by_start.get(behalf.end()) if behalf is not None else None
        point = _POINT_FOR.match(ctx.text, body.end, sentence.end) if body is not None else None
    # "(de) themagroep"; "de G40-steden in de Regio Deals": the programme they are in
    thing = next((m for m in mentions if point is not None and m.type == "Programme" and m.start >= point.end()
                  and _TOWNS_IN.fullmatch(ctx.text, point.end(), m.start)), None) \
        or next((m for m in mentions if point is not None and m.start >= point.end()
                 and _ARTICLE_ONLY.fullmatch(ctx.text, point.end(), m.start)), None)
    if thing is None or thing.type not in CONTACT_THINGS or person.type != "Person" or body.type not in _BODIES \
            or not ctx.asserted(sentence, sentence.start, point.end()):
        return
    ctx.add(person, "contactFor", thing, sentence, "relations.namens-aanspreekpunt", 0.7)
    ctx.add(person, "affiliatedWith", body, sentence, "relations.namens-aanspreekpunt", 0.7)


#: the finite verb right before the subject, after a fronted time: "Per 1 januari 2025 is ", "Sinds maart is "
_FRONTED_TIME_VERB = re.compile(r"\s*(?:Per|Vanaf|Sinds|Met\s+ingang\s+van|Tot|In|Op)\s+[^,;:()]{1,30}?\s+(?:is|blijft|wordt|was|bleef)\s+")
#: what follows the subject of an inverted copula, an apposition perhaps between: ", beleidsadviseur bij Z, contactpersoon voor "
_POINT_AFTER_SUBJECT = re.compile(r"(?:\s*,\s*[a-z][^,;:()]{1,80},)?\s+(?:(?:ook|tevens|nu)\s+)?"
                                  r"(?:(?:(?:het|een)\s+)?(?:(?:ambtelijk|bestuurlijk|eerste|vaste?|centrale?)\s+)?aanspreekpunt|"
                                  r"(?:de\s+|een\s+)?(?:(?:ambtelijke|bestuurlijke|vaste|nieuwe)\s+)?contactpersoon)"
                                  r"\s+(?:voor|van)\s+(?:vragen\s+over\s+)?")


def _inverted_contact_point(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Per 1 januari 2025 is Y(, beleidsadviseur bij de gemeente Z,) contactpersoon voor de City Deal X":
    the copula before its subject after a fronted time; Y is the contact for X.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Sinds 1 maart 2024 is Eva Smit, adviseur bij de gemeente Ede, contactpersoon voor de Pijler Fysiek."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'Pijler Fysiek')]
    """
    verb = _FRONTED_TIME_VERB.match(ctx.text, ctx.content_start(sentence), sentence.end)
    person = next((m for m in mentions if verb is not None and m.start == verb.end()), None)
    point = _POINT_AFTER_SUBJECT.match(ctx.text, person.end, sentence.end) \
        if person is not None and person.type == "Person" else None
    thing = next((m for m in mentions if point is not None and m.start >= point.end()
                  and _ARTICLE_ONLY.fullmatch(ctx.text, point.end(), m.start)), None)
    if thing is not None and thing.type in CONTACT_THINGS and ctx.asserted(sentence, sentence.start, point.end()):
        ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: "(contactpersoon van) het ministerie van EZK": the body the contact speaks for
_BODY_AFTER_VAN = re.compile(r"(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?")
#: "(… EZK) voor (vragen over) de Human Capital Agenda": what they are the contact for
_FOR_AFTER_BODY = re.compile(r"\s+voor\s+(?:vragen\s+over\s+)?(?:de\s+|het\s+)?")


def _contact_of_body_for(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> bool:
    """"X is contactpersoon van het ministerie van EZK voor de Human Capital Agenda": X is the contact for
    what follows "voor" and works for the body after "van" (round 50a, walkthrough 24 finding 12); whether
    the sentence was read so.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Eva Smit is contactpersoon van het ministerie van BZK voor de City Deal Zon."
    >>> sorted((r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('affiliatedWith', 'BZK'), ('contactFor', 'City Deal Zon')]
    """
    if not match.group().rstrip().endswith("van"):
        return False
    start = _BODY_AFTER_VAN.match(ctx.text, match.end()).end()
    body = next((m for m in mentions if m.start in (match.end(), start) and m.type in _BODIES), None)
    link = _FOR_AFTER_BODY.match(ctx.text, body.end, sentence.end) if body is not None else None
    thing = next((m for m in mentions if link is not None and m.start == link.end()), None)
    person = ctx.subject(sentence, match.start(), types=(), persons=True) or ctx.pronoun_person(sentence) \
        if thing is not None and thing.type in CONTACT_THINGS else None
    if person is None or person.type != "Person":
        return False
    ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)
    ctx.add(person, "affiliatedWith", body, sentence, "relations.aanspreekpunt", 0.7)
    return True


#: the ones taking part in the programme at hand: "(contactpersoon voor) de deelnemende steden"
_ITS_PARTICIPANTS = re.compile(r"(?:alle\s+)?(?:de\s+)?(?:deelnemende|aangesloten)\s+(?:steden|gemeenten|partners|partijen)\b")


#: a sentence that opens with the point and its copula, a person after it: "Contactpersoon is X (gemeente Y)."
_BARE_POINT = re.compile(r"\s*(?:(?:De|Het|Ons|Onze)\s+)?(?:(?:vaste|ambtelijke?|bestuurlijke?)\s+)?"
                         r"(?:[Cc]ontactpersoon|[Aa]anspreekpunt)\s+(?:is|was|blijft|wordt)\s+" + "(?:" + _ADDRESS.pattern + ")?")


def _bare_contact_point(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De pijler en EZ werken samen aan de Werklocatiesagenda. Contactpersoon is X (gemeente Tilburg).": the
    point names no thing; X is the contact for the programme, unit or event the sentence before names last
    (round 55f). Nothing when that sentence names none, or it lies in another paragraph.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede en Epe werken samen in de City Deal Zon. Contactpersoon is Eva Smit (gemeente Ede)."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    found = _person_after_opening(ctx, sentence, mentions, _BARE_POINT)
    previous = ctx.previous_sentence(sentence) if found is not None else None
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return
    person = found[1]
    things = [m for m in ctx.in_sentence(previous) if m.type in CONTACT_THINGS]
    if things:
        ctx.add(person, "contactFor", things[-1], sentence, "relations.aanspreekpunt", 0.65)


#: the fronted form of the contact for a programme's participants: "Contactpersoon voor de deelnemende steden is X"
_FRONTED_PARTICIPANTS = re.compile(r"\s*(?:(?:De|Het)\s+)?(?:vaste\s+)?(?:[Cc]ontactpersoon|[Aa]anspreekpunt)\s+voor\s+"
                                   + _ITS_PARTICIPANTS.pattern + r"\s+(?:is|was|blijft|wordt)\s+(?:" + _ADDRESS.pattern + ")?")


def _fronted_participants_contact(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Contactpersoon voor de deelnemende steden is X": X is the contact for the programme the passage is
    about, as in "X is contactpersoon voor de deelnemende steden" (round 55f).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede neemt deel aan de City Deal Zon. Contactpersoon voor de deelnemende steden is Eva Smit."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    found = _person_after_opening(ctx, sentence, mentions, _FRONTED_PARTICIPANTS)
    thing = ctx.context_unit(found[0], types={"Programme"}) if found is not None else None
    if thing is not None:
        ctx.add(found[1], "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


def _person_after_opening(ctx: DocContext, sentence: Sentence, mentions: list[Mention],
                          pattern: re.Pattern) -> tuple[int, Mention] | None:
    """Where ``pattern`` opens ``sentence`` with a person named right after it, in an asserted clause:
    the opening's start and the person; else None."""
    opening = pattern.match(ctx.text, ctx.content_start(sentence), sentence.end)
    person = next((m for m in mentions if opening is not None and m.start == opening.end() and m.type == "Person"), None)
    if person is None or not ctx.asserted(sentence, opening.start(), person.end):
        return None
    return opening.start(), person


def find_contact_points(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Zij is ook het aanspreekpunt voor vragen over de pijler": the subject is its contact; the contact
    for "de deelnemende steden" is the contact for the programme the passage is about (its participants').

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede neemt deel aan de City Deal Zon. Eva Smit is contactpersoon voor de deelnemende steden."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    if "Voor " in sentence.text[:8]:
        _fronted_contact_point(ctx, sentence, mentions)
    if "amens" in sentence.text:
        _on_behalf_contact(ctx, sentence, mentions)
        _office_of_contact_on_behalf(ctx, sentence, mentions)
    if "contactpersoon" in sentence.text or "aanspreekpunt" in sentence.text:
        _inverted_contact_point(ctx, sentence, mentions)
    if sentence.text.lstrip()[:1].isupper() and ("ontactpersoon " in sentence.text[:30] or "anspreekpunt " in sentence.text[:30]):
        _bare_contact_point(ctx, sentence, mentions)
        _fronted_participants_contact(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_CONTACT_POINT, sentence):
        if _contact_of_body_for(ctx, sentence, mentions, match):
            continue
        # "is het aanspreekpunt voor de G40": a network or organisation too (for whom the person is its contact)
        # "voor de G40-steden in de Woondeals": the programme the towns are in, not the network (round 49a)
        thing = next((m for m in mentions if m.type == "Programme" and m.start >= match.end()
                      and _TOWNS_IN.fullmatch(ctx.text, match.end(), m.start)), None) \
            or next((m for m in mentions if m.start >= match.end() and m.type in CONTACT_THINGS | {"Organisation"}
                     and _ARTICLE_ONLY.fullmatch(ctx.text, match.end(), m.start)), None)
        person = ctx.subject(sentence, match.start(), types=(), persons=True) or ctx.pronoun_person(sentence)
        if thing is None and _ITS_PARTICIPANTS.match(ctx.text, match.end(), sentence.end):
            thing = ctx.context_unit(match.start(), types={"Programme"})  # "voor de deelnemende steden": the deal's
        if thing is not None and person is not None and person.type == "Person":
            ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: "Contactpersoon bij (het ministerie van) IenW is ", "Ons aanspreekpunt bij de VNG is ", "Contactpersoon voor
#: Nijmegen was " (a party's contact, round 50a)
_CONTACT_AT = re.compile(r"\b(?:[Cc]ontactpersoon|[Aa]anspreekpunt)\s+(?:bij|voor)\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|"
                         r"provincie)\s+)?$")
_CONTACT_FOR = re.compile(r"\b(?:[Cc]ontactpersoon|[Aa]anspreekpunt)\s+voor\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|"
                          r"provincie)\s+)?$")
_EMPLOYERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the other order: "X is bij (de) VNG (onze vaste) contactpersoon"
_IS_AT = re.compile(r"\s+(?:is|blijft|was|bleef)\s+bij\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?")
_CONTACT_AFTER = re.compile(r"\s+(?:(?:ons|onze|de|het|een)\s+)?(?:(?:vaste?|eerste)\s+)?(?:contactpersoon|aanspreekpunt)\b")


_OPENING_ARTICLE = re.compile(r"\s*(?:(?:[Dd]e|[Hh]et)\s+)?")
#: a unit or programme that opens a sentence and works with a body: "De themagroep (X) werkt samen met (het ministerie van) "
_WORKS_WITH = re.compile(r"\s+(?:werkt|werken|werkte|werkten)\s+(?:(?:nauw|al|ook|daarbij|daarin|hierin)\s+)*samen\s+met\s+"
                         r"(?:de\s+|het\s+)?(?:ministerie\s+van\s+)?")


def _partner_before(ctx: DocContext, sentence: Sentence, body: Mention) -> Mention | None:
    """The unit or programme the sentence before says works with ``body``, when ``body`` refers back to it ("het
    ministerie"): the contact at the ministry is the contact for that partner too (walkthrough 28, finding 10).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De Themagroep Zon werkt samen met het ministerie van BZK. Contactpersoon bij het ministerie is Eva Smit."
    >>> sorted(r.object.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "contactFor")
    ['Themagroep Zon', 'het ministerie']
    """
    if not body.rule.startswith("references."):
        return None
    previous = ctx.previous_sentence(sentence)
    mentions = ctx.in_sentence(previous) if previous is not None else []
    for partner, named in zip(mentions, mentions[1:]):
        if partner.type in ("OrganisationalUnit", "Programme") and named.type == body.type \
                and (named.key or named.label) == (body.key or body.label) \
                and _OPENING_ARTICLE.fullmatch(ctx.text, ctx.content_start(previous), partner.start) \
                and _WORKS_WITH.fullmatch(ctx.text, partner.end, named.start):
            return partner
    return None


def find_contact_at_body(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Contactpersoon bij IenW is Inge Voskuilen, programmadirecteur Fiets": the person is the contact at that
    body for it, and works there (in the role of the apposition after the name, when there is one); "X is bij de
    VNG onze vaste contactpersoon": the contact at the VNG."""
    for first, second in zip(mentions, mentions[1:]):
        if first.type == "Person" and second.type in _EMPLOYERS and _IS_AT.fullmatch(ctx.text, first.end, second.start) \
                and _CONTACT_AFTER.match(ctx.text, second.end, sentence.end):
            # "X is bij de VNG onze vaste contactpersoon voor mobiliteit"; "X blijft bij het ministerie van EZ
            # contactpersoon voor de City Deal Y": the deal's contact, who works at EZ (walkthrough 25, finding 12)
            after = _CONTACT_AFTER.match(ctx.text, second.end, sentence.end).end()
            link = _FOR_AFTER_BODY.match(ctx.text, after, sentence.end)
            thing = next((m for m in mentions if link is not None and m.start == link.end() and m.type in CONTACT_THINGS), None)
            if thing is not None:
                ctx.add(first, "contactFor", thing, sentence, "contacts.contact-at", 0.7)
                ctx.add(first, "affiliatedWith", second, sentence, "contacts.contact-at", 0.7)
            else:
                ctx.add(first, "contactFor", second, sentence, "contacts.contact-at", 0.7)
            continue
        body, person = first, second
        if body.type not in _EMPLOYERS or person.type != "Person" \
                or not _CONTACT_AT.search(ctx.text, max(sentence.start, body.start - 60), body.start) \
                or not re.fullmatch(r"\s+(?:is|blijft|wordt|was|bleef)\s+(?:(?:tot|sinds|vanaf|per)\s+(?:en\s+met\s+)?\d{1,2}\s+[a-z]+(?:\s+\d{4})?\s+)?"
                                 r"(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)*",  # "is mr. J.P. (Jeroen) X": academic titles
                                 ctx.text[body.end:person.start]):
            continue
        ctx.add(person, "contactFor", body, sentence, "contacts.contact-at", 0.7)
        if _CONTACT_FOR.search(ctx.text, max(sentence.start, body.start - 60), body.start):
            continue  # "Contactpersoon voor Nijmegen was X": the contact for the party, not one who works there
        partner = _partner_before(ctx, sentence, body)
        if partner is not None:  # "De themagroep werkt samen met het ministerie van X. Contactpersoon bij het ministerie is Y"
            ctx.add(person, "contactFor", partner, sentence, "contacts.contact-at-partner", 0.65)
        role = apposition_role(ctx, person, sentence.end, body)  # "…, programmadirecteur Fiets"
        if role is not None:
            ctx.add(person, "hasRole", body, sentence, "contacts.contact-at", 0.7, role=role.label)
        else:
            ctx.add(person, "affiliatedWith", body, sentence, "contacts.contact-at", 0.7)
