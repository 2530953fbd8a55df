"""Contact persons: who a reader may ask about a unit, programme or event (``contactFor``).

- "Meer informatie: X", "Contact: X", "Secretariaat: X" in a section, a bullet item or on a page about one thing;
- a cue that names its subject: "Vragen over de Stedendag: X", "Meer informatie over de City Deal
  X kunt u krijgen bij Y", "Contactpersoon voor de pijler Z is Y", "de contactpersoon van het Fonds, Y";
- a line of a section headed "Contact"/"Meer informatie": "- Themagroep Energietransitie: Y (Assen)";
- "(Y / Zij) is (ook) het aanspreekpunt voor (vragen over) de pijler";
- a press contact: "Contact voor de pers: Y, woordvoerder G40" (for the body Y speaks for); "Vragen
  over de pijler kunt u aan hem richten" (the person "hem" stands for);
- on behalf of a body: "Namens het ministerie van JenV is Y contactpersoon voor de themagroep" (and Y
  works for that body);
- a cue that sends the reader to a person whose apposition's role names a unit or programme: "Voor
  vragen over de brief: Y, secretaris van de (G40-)pijler Z", "kunt u contact opnemen met Y, …", "kunnen zich
  melden bij Y, beleidsadviseur bij de G40 en secretaris van de Pijler Z", and a contact line "Y,
  coördinator themagroep Z, y@…" under a heading "Contact";
- "Vragen over dit verslag: Y": the contact for the unit, programme or event the document's title names;
  "kunt u contact opnemen met Y" in a press release's note to the editors: for what the release announces;
- the items "<unit>: Y" of a list that a contact line opens ("Voor meer informatie over de themagroepen:");
- with no unit, programme or event at hand, the organisation a contact speaks for: the one the role
  names ("Meer informatie: Y, communicatieadviseur G40"), and for a contact for the press also the one
  of the address after the name ("Voor perscontacten kunt u terecht bij Y (y@g40stedennetwerk.nl)").
- a city: "Contactpersoon voor (de gemeente) Venlo: Y", and "Neem contact op met Y, gemeente Venlo" where
  nothing else says what Y is the contact for (:func:`_contact_municipality`);
- a pronoun for the one person named just before: "Bij haar kunt u terecht voor agenda's", "Vragen over
  de pijler kunt u aan hem richten" (:func:`find_pronoun_contact`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Vragen over de Pijler Water: Bram Veldhuis.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate == "contactFor"]
[('Bram Veldhuis', 'contactFor', 'Pijler Water')]
"""

from __future__ import annotations

import bisect
import re

from .cards import card_subject
from .lists import main_programme
from .context import DocContext
from .model import Mention, Sentence
from .email_addresses import spells
from .role_holders import apposition_role
from .role_words import role_of
from .roles import role_pattern
from .succession_words import after_home

__all__ = ["find_contacts", "find_pronoun_contact"]

_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:de|het)\s+)?")
#: (a line "Secretariaat: X" names whom to write to about the unit as well)
_CONTACT = re.compile(r"\b(?:Meer\s+informatie|Informatie|Contact(?:persoon)?|Vragen|Secretariaat)(?P<document>\s+over\s+"
                      r"(?:dit|deze)\s+(?:verslag|notitie|brief|nieuwsbrief|document|stuk|overzicht|bericht|persbericht|"
                      r"pagina|agenda))?\s*(?::|bij)\s*", re.IGNORECASE)


#: a contact cue that names its subject: "Vragen over de Stedendag:", "Meer informatie over X is te krijgen
#: bij", "Contactpersoon voor de pijler X is", "de contactpersoon van het Fonds,"
_CONTACT_ABOUT = re.compile(r"\b(?:Vragen|(?:Voor\s+)?meer\s+informatie|Informatie|Contact(?:persoon)?|aanspreekpunt|"
                            r"secretariaat)\s+"
                            r"(?:over|voor|van)\s+(?:de\s+|het\s+|dit\s+|deze\s+)?", re.IGNORECASE)
#: a cue that may name a municipality: "Contactpersoon voor", "Aanspreekpunt voor"
_FOR_PLACE = re.compile(r"(?:contactpersoon|aanspreekpunt)\s+voor\b", re.IGNORECASE)
_PLACE_GAP = re.compile(r"(?:gemeente\s+)?")
#: between the subject and the person: ":", "is", ",", "is te krijgen bij", "kunt u contact opnemen met"
_CONTACT_GAP = re.compile(r"\s*(?::|,|\bis\b|(?:is\s+)?(?:te\s+(?:krijgen|verkrijgen)|verkrijgbaar)\s+bij|"
                          r"kunt\s+u\s+(?:terecht\s+bij|contact\s+opnemen\s+met|mailen\s+naar|bellen\s+met))\s*",
                          re.IGNORECASE)
#: a line of a contact section: "- Themagroep Energietransitie: Daan Bos (gemeente Assen)"
_CONTACT_SECTION = re.compile(r"(?:meer\s+informatie|contact)", re.IGNORECASE)


#: the heading of a section that only gives contacts: "Contact", "Meer informatie", "Contactpersonen"
_CONTACT_HEADING = re.compile(r"(?:meer\s+informatie|contact(?:persoon|personen|gegevens)?|informatie)(?:\s+en\s+\w+)?\??",
                              re.IGNORECASE)


def find_contacts(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the contactFor relations ``sentence`` states (its ``mentions`` given)."""
    _contact_line(ctx, sentence, mentions)
    if mentions and mentions[0].type == "Person":
        _answer_to_question(ctx, sentence, mentions)  # "Vragen over de nieuwsbrief? Mail X"
    if " bij " in sentence.text and ("ontactpersoon" in sentence.text or "anspreekpunt" in sentence.text):
        _contact_at_body(ctx, sentence, mentions)  # "Contactpersoon bij IenW is X, programmadirecteur Fiets"
    _contact_about(ctx, sentence, mentions)
    _contact_point(ctx, sentence, mentions)
    _contact_ask(ctx, sentence, mentions)
    if "hem" in sentence.text or "haar" in sentence.text:
        find_pronoun_contact(ctx, sentence, mentions)
    for match in ctx.cues(_CONTACT, sentence):
        persons = [m for m in mentions if m.type == "Person" and 0 <= m.start - match.end() <= 3] \
            or _spelled_by_address(ctx, match.end(), sentence.end)
        if not persons:
            continue
        role_named = _role_thing(ctx, sentence, persons[0])  # "Contact: X, secretaris Pijler Fysiek, x@…": the pijler's
        if role_named is not None:
            ctx.add(persons[0], "contactFor", role_named, sentence, "relations.meer-informatie", 0.8)
        topic = _page_thing(ctx) if match.group("document") else ctx.section_entity(sentence)
        if topic is None and sentence.bullet_list is not None:
            topic = ctx.item_unit(sentence)
        title = _title(ctx)
        if topic is None and title is not None:
            # a page about one unit, programme or event: its title names what the contact is for
            named = [m for m in ctx.in_sentence(title) if m.type in _THINGS]
            topic = named[0] if len(named) == 1 else None
        if topic is None:
            topic = role_named  # "Meer informatie: X, programmaleider Fonds Y"
        if topic is None and _press_note(ctx, sentence):
            topic = main_programme(ctx, sentence.start)  # a press release's contact: for what it announces
        if topic is None:
            topic = _spokesperson_of(ctx, sentence, persons[0])  # "Meer informatie: X, communicatieadviseur G40"
        if topic is not None:
            ctx.add(persons[0], "contactFor", topic, sentence, "relations.meer-informatie", 0.8)
    for match in ctx.cues(_PRESS_CONTACT, sentence):
        # "Contact voor de pers: X, woordvoerder G40", "Voor perscontacten kunt u terecht bij X (x@g40…)"
        person = next((m for m in mentions if m.type == "Person" and 0 <= m.start - match.end() <= 3), None)
        organisation = _spokesperson_of(ctx, sentence, person, by_address=True) if person is not None else None
        if organisation is not None:
            ctx.add(person, "contactFor", organisation, sentence, "contacts.press", 0.75)


#: a contact cue with a pronoun for the person named just before: "Bij haar kunt u terecht voor …",
#: "Vragen over de pijler kunt u aan hem richten"
_PRONOUN_CONTACT = re.compile(r"\b(?:[Bb]ij|[Mm]et)\s+(?:hem|haar)\s+(?:kunt|kan)\s+u\s+(?:terecht|contact\s+opnemen)\b|"
                              r"\bkunt\s+u\s+(?:aan|bij|met)\s+(?:hem|haar)\s+(?:richten|stellen|terecht|contact\s+opnemen)\b")


def find_pronoun_contact(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Bij haar kunt u terecht voor agenda's en verslagen", "Vragen over de pijler kunt u aan hem
    richten": the one person the sentence before names (or its "Hij"/"Zij" stands for) is the contact
    for what the sentence names after "Vragen over", else for the unit, programme or event of the section
    or the page, else for the one the person's role in the sentence before is of ("X, secretaris van
    de themagroep. Bij haar kunt u terecht …").

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Themagroep Wonen\\n\\nDe groep wordt ondersteund door Eva Smit. Bij haar kunt u terecht voor verslagen."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'Themagroep Wonen')]
    """
    match = next(iter(ctx.cues(_PRONOUN_CONTACT, sentence)), None)
    previous = ctx.previous_sentence(sentence)
    if match is None or previous is None or "\n\n" in ctx.text[previous.end:sentence.start] \
            or any(m.type == "Person" and m.start < match.start() for m in mentions):
        return
    persons = {m.label: m for m in ctx.in_sentence(previous) if m.type == "Person"}
    person = next(iter(persons.values())) if len(persons) == 1 else None
    if not persons:
        person = ctx.pronoun_subject(previous)[1]  # "X is secretaris. Hij werkt bij Y. Vragen kunt u aan hem richten"
    about = next(iter(ctx.cues(_CONTACT_ABOUT, sentence)), None)
    thing = next((m for m in mentions if m.type in _THINGS and about is not None
                  and about.start() < m.start <= about.end() < m.end), None) if about is not None else None
    if person is None:
        return
    thing = thing or ctx.section_entity(sentence) or _page_thing(ctx) or next(
        (r.object for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == person.label
         and r.object.type in _THINGS and previous.start <= r.evidence_start < previous.end), None)
    if thing is not None and thing.type in _THINGS:
        ctx.add(person, "contactFor", thing, sentence, "contacts.pronoun", 0.7)


#: a contact for the press: "Contact voor de pers:", "Perscontact:", "Voor perscontacten kunt u terecht bij"
_PRESS_CONTACT = re.compile(r"\b(?:(?:Contact|Informatie)\s+voor\s+(?:de\s+)?pers\s*:|Pers(?:contact|informatie)?\s*:|"
                            r"[Vv]oor\s+(?:de\s+)?pers(?:contacten|vragen)?\s+kunt\s+u\s+(?:terecht\s+bij|contact\s+opnemen\s+met))\s*")
#: what the organisation a contact speaks for may be
_ORGANISATIONS = frozenset({"Organisation"})
#: the contact's e-mail address right after the name: ", x@g40stedennetwerk.nl", " (x@…)"
_ADDRESS_AFTER = re.compile(r"\s*[,(]\s*(?:[^,;()@\s]{1,40},\s*)?[\w.'-]+@$")


def _spokesperson_of(ctx: DocContext, sentence: Sentence, person: Mention, *, by_address: bool = False) -> Mention | None:
    """The organisation a contact speaks for, when no unit, programme or event is at hand: the one
    its apposition's role names ("Bram Kok, woordvoerder G40"), else, for a contact for the press
    (``by_address``), the one its e-mail address right after the name belongs to ("Voor perscontacten
    kunt u terecht bij Daan Verheul (d.verheul@g40stedennetwerk.nl)"; an address alone after "Contact:"
    says how to reach the person, not whom they speak for).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Contact voor de pers: Bram Kok, woordvoerder G40, b.kok@g40stedennetwerk.nl", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "contactFor"]
    [('Bram Kok', 'G40')]
    """
    named = _role_thing(ctx, sentence, person, _ORGANISATIONS)
    if named is not None or not by_address:
        return named
    domain = next((m for m in ctx.in_span(person.end, sentence.end) if m.rule.startswith("persons.email-domain")), None)
    if domain is not None and domain.type == "Organisation" and _ADDRESS_AFTER.fullmatch(ctx.text, person.end, domain.start):
        return domain
    return None


#: an e-mail address right after a contact label: "Contact: t.broekhuizen@g40stedennetwerk.nl"
_ADDRESS = re.compile(r"\s*([A-Za-z][\w.'-]*)@[\w-]+\.")


def _spelled_by_address(ctx: DocContext, at: int, end: int) -> list[Mention]:
    """The person named earlier in the document whom the address right after a contact label spells
    ("Tim Broekhuizen … Contact: t.broekhuizen@g40stedennetwerk.nl"); none when no one or two do.

    >>> from graph.extract.model import Sentence
    >>> text = "Tim Broekhuizen notuleert. Contact: t.broekhuizen@g40.nl"
    >>> tim = Mention(0, 15, "Tim Broekhuizen", "Person", "persons.full-name", 0.9)
    >>> ctx = DocContext("d", text, [Sentence(0, 26, text[:26]), Sentence(27, len(text), text[27:])], [tim])
    >>> [m.text for m in _spelled_by_address(ctx, 36, len(text))]
    ['Tim Broekhuizen']
    """
    address = _ADDRESS.match(ctx.text, at, end)
    if address is None:
        return []
    spelled = [m for m in ctx.mentions if m.type == "Person" and m.end <= at and spells(address.group(1), m.label)]
    return spelled[-1:] if len({m.label for m in spelled}) == 1 else []


#: the label of a contact line before its person: "Aanmelden voor bijeenkomsten: ", "Pers: "
_LINE_LABEL = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]*(?:\s+[a-zà-ÿ]+){0,4}\s*:\s*")


def _contact_line(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A line of a section headed "Meer informatie"/"Contact" that opens with a person ("Eva Smit,
    programmamanager – e.smit@breda.nl", also after a label: "Aanmelden: Eva Smit, …"): the person is the contact for what the document is about
    (the unit or programme its title names; see :func:`graph.extract.cards.card_subject`), or for the
    unit or programme its role names ("Eva Smit, coördinator themagroep Wonen, e.smit@breda.nl")."""
    if not mentions or mentions[0].type != "Person" or sentence.is_heading or not (
            mentions[0].start == ctx.content_start(sentence)
            or _LINE_LABEL.fullmatch(ctx.text, ctx.content_start(sentence), mentions[0].start)):
        return
    if not _CONTACT_HEADING.fullmatch((sentence.section or "").strip()):
        named = _contact_subheading(ctx, sentence)  # "Contact" / "Programmabureau X" / "Eva Smit, …"
        if named is not None and not any(m.type in _THINGS for m in mentions):
            ctx.add(mentions[0], "contactFor", named, sentence, "relations.contact-line", 0.7)
        return
    named = _role_thing(ctx, sentence, mentions[0])  # "Eva Smit, programmamanager City Deal X, e.smit@…"
    if named is not None:
        ctx.add(mentions[0], "contactFor", named, sentence, "relations.contact-line", 0.7)
        return
    topic = card_subject(ctx, sentence, sentence.start)
    if topic is not None and not any(m.type in _THINGS for m in mentions):
        ctx.add(mentions[0], "contactFor", topic, sentence, "relations.contact-line", 0.7)


def _contact_subheading(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one unit, programme or event named by a sub-heading right under a heading "Contact"
    ("Contact" / "Programmabureau Fonds X" / "Eva Smit, programmamanager – e.smit@…"): the line's
    person is the contact for it."""
    if sentence.section_start is None:
        return None
    k = bisect.bisect_left(ctx.scope.starts, sentence.section_start)
    heading = ctx.sentences[k] if k < len(ctx.sentences) else None
    above = ctx.sentences[k - 1] if heading is not None and heading.is_heading and k > 0 else None
    if above is None or not above.is_heading or not _CONTACT_HEADING.fullmatch(above.text.strip()):
        return None
    named = [m for m in ctx.in_sentence(heading) if m.type in _THINGS]
    outer = [m for m in named if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                         for n in named)]
    return outer[0] if len({(m.start, m.end) for m in outer}) == 1 else None


def _contact_about(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Vragen over de Stedendag: X", "Contactpersoon voor de pijler Y is X", and in a section headed
    "Contact"/"Meer informatie" the lines "<unit>: X": X is the contact for what is named.

    Examples
    --------
    (see tests/test_extract_round8.py::test_a_contact_cue_names_what_it_is_for)
    """
    if not any(m.type == "Person" for m in mentions):
        return
    pairs = []
    for match in ctx.cues(_CONTACT_ABOUT, sentence):
        # the mention may hold its article ("van [de themagroep]")
        things = [m for m in mentions if m.type in _THINGS and match.start() < m.start <= match.end() < m.end]
        if not things and _FOR_PLACE.match(match.group()):  # "Contactpersoon voor (de gemeente) Venlo: X"
            things = [m for m in mentions if m.type == "Municipality"
                      and _PLACE_GAP.fullmatch(ctx.text, match.end(), m.start)]
        if things:
            pairs.append(things[0])
    section = sentence.section or ""
    if mentions[0].type in _THINGS and mentions[0].start - ctx.content_start(sentence) <= 4 \
            and ((len(section) < 40 and _CONTACT_SECTION.search(section)) or _contact_list(ctx, sentence)):
        pairs.append(mentions[0])  # "- Themagroep Energietransitie: Daan Bos"
    for thing in pairs:
        after = [m for m in mentions if m.start >= thing.end]
        person = after[0] if after and after[0].type == "Person" else None
        if person is not None and (_CONTACT_GAP.fullmatch(ctx.text, thing.end, person.start)
                                   or _gap_with_role(ctx.text, thing.end, person.start)):
            ctx.add(person, "contactFor", thing, sentence, "relations.vragen-over", 0.75)


#: a role word before the person after a contact cue: "kunt u terecht bij (onze) pijlersecretaris X"
_ROLE_BEFORE_PERSON = re.compile(r"(?:(?:de|onze|ons|het)\s+)?([a-zà-ÿ-]+)\s+$")


def _gap_with_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a contact gap and a role word: "… kunt u terecht bij
    pijlersecretaris " (before "Jasper Kok").

    >>> text = "X kunt u terecht bij pijlersecretaris Jan"
    >>> _gap_with_role(text, 1, text.index("Jan"))
    True
    >>> _gap_with_role("X kunt u terecht bij het stadhuis Jan", 1, 33)
    False
    """
    role = _ROLE_BEFORE_PERSON.search(text, start, end)
    return role is not None and role_of(role.group(1)) is not None \
        and _CONTACT_GAP.fullmatch(text, start, role.start()) is not None


#: the line that opens a list of contacts: "Voor meer informatie over de themagroepen:", "Contactpersonen:"
_CONTACT_INTRO = re.compile(r"(?:(?:voor\s+)?(?:meer\s+informatie|vragen)|contact(?:personen|gegevens)?)\b[^.:]{0,60}:\s*",
                            re.IGNORECASE)


def _contact_list(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` is an item of a bullet list that a contact line opens ("Voor meer informatie
    over de themagroepen:" then "• Armoede en Schulden: Bas Hoogendijk, b.hoogendijk@…")."""
    if sentence.bullet_list is None:
        return False
    k = bisect.bisect_left(ctx.scope.starts, sentence.start) - 1
    while k >= 0 and ctx.sentences[k].bullet_list == sentence.bullet_list:
        k -= 1  # back to the line before the list
    return k >= 0 and ctx.sentences[k].bullet_list is None \
        and _CONTACT_INTRO.fullmatch(ctx.sentences[k].text.strip()) is not None


#: "(X / Zij) is (ook) het aanspreekpunt / (de) contactpersoon voor (vragen over) de pijler"
_CONTACT_POINT = re.compile(r"\b(?:is|blijft)\s+(?:(?:ook|tevens|nu|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}(?:(?:het|een)\s+(?:(?:ambtelijk|bestuurlijk|eerste|vaste?|centrale?)\s+)?aanspreekpunt|"
                            r"(?:de\s+|een\s+)?(?:(?:ambtelijke|bestuurlijke|vaste)\s+)?contactpersoon)\s+(?:voor|van)\s+(?:vragen\s+over\s+)?", re.IGNORECASE)


#: the fronted form: "Voor (vragen over) de themagroep X is Y (van Z) het aanspreekpunt / de contactpersoon"
_FOR_THING = re.compile(r"\s*Voor\s+(?:vragen\s+over\s+)?(?:de\s+|het\s+)?")
_IS_PERSON = re.compile(r"\s+(?:is|blijft)\s+(?:(?:ook|tevens|nu)\s+)?")
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
    if thing is None or thing.type not in _THINGS:
        return
    copula = _IS_PERSON.match(ctx.text, thing.end, sentence.end)
    person = next((m for m in mentions if copula and m.start == copula.end()), None)
    point = _POINT_AFTER.match(ctx.text, person.end, sentence.end) if person is not None and person.type == "Person" else None
    if point is not None and ctx.asserted(sentence, opening.start(), point.end()):
        ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: "Namens het ministerie van X is Y contactpersoon voor …", "Y is namens X (de) contactpersoon voor …"
_ON_BEHALF = re.compile(r"\s*Namens\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
_NAMENS = re.compile(r"\s*Namens\s+")
_ON_BEHALF_AFTER_IS = re.compile(r"\s+(?:is|blijft)\s+namens\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
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
        person = by_start.get(copula.end()) if copula is not None else None
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
    thing = next((m for m in mentions if point is not None and m.start >= point.end()
                  and _ARTICLE_ONLY.fullmatch(ctx.text, point.end(), m.start)), None)  # "(de) themagroep"
    if thing is None or thing.type not in _THINGS or person.type != "Person" or body.type not in _BODIES \
            or not ctx.asserted(sentence, sentence.start, point.end()):
        return
    ctx.add(person, "contactFor", thing, sentence, "relations.namens-aanspreekpunt", 0.7)
    ctx.add(person, "affiliatedWith", body, sentence, "relations.namens-aanspreekpunt", 0.7)


#: the finite verb right before the subject, after a fronted time: "Per 1 januari 2025 is ", "Sinds maart is "
_FRONTED_TIME_VERB = re.compile(r"\s*(?:Per|Vanaf|Sinds|Met\s+ingang\s+van|Tot|In|Op)\s+[^,;:()]{1,30}?\s+(?:is|blijft|wordt)\s+")
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
    if thing is not None and thing.type in _THINGS and ctx.asserted(sentence, sentence.start, point.end()):
        ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: the ones taking part in the programme at hand: "(contactpersoon voor) de deelnemende steden"
_ITS_PARTICIPANTS = re.compile(r"(?:alle\s+)?(?:de\s+)?(?:deelnemende|aangesloten)\s+(?:steden|gemeenten|partners|partijen)\b")


def _contact_point(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
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
    if "contactpersoon" in sentence.text or "aanspreekpunt" in sentence.text:
        _inverted_contact_point(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_CONTACT_POINT, sentence):
        # "is het aanspreekpunt voor de G40": a network or organisation too (for whom the person is its contact)
        thing = next((m for m in mentions if m.start >= match.end() and m.type in _THINGS | {"Organisation"}
                      and _ARTICLE_ONLY.fullmatch(ctx.text, match.end(), m.start)), None)
        person = ctx.subject(sentence, match.start(), types=(), persons=True) or ctx.pronoun_person(sentence)
        if thing is None and _ITS_PARTICIPANTS.match(ctx.text, match.end(), sentence.end):
            thing = ctx.context_unit(match.start(), types={"Programme"})  # "voor de deelnemende steden": the deal's
        if thing is not None and person is not None and person.type == "Person":
            ctx.add(person, "contactFor", thing, sentence, "relations.aanspreekpunt", 0.7)


#: a cue that sends the reader to a person: "Voor vragen over de brief:", "kunt u contact opnemen met",
#: "kunnen zich melden bij", "kunt u terecht bij"
_CONTACT_ASK = re.compile(r"\b(?:(?:voor\s+)?vragen\s+over\s+[^:;.]{1,60}:|contact\s+opnemen\s+met|[Nn]eem\s+contact\s+op\s+met|"
                         r"(?:zich|u)\s+(?:aan)?melden\s+bij|terecht\s+bij)\s*", re.IGNORECASE)


def _contact_ask(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Voor vragen over de brief: X, coördinator themagroep Jeugd", "kunt u contact opnemen met X,
    secretaris van de pijler": X is the contact for the unit or programme the apposition's role names."""
    for match in ctx.cues(_CONTACT_ASK, sentence):
        role = _ROLE_BEFORE_NAME.match(ctx.text, match.end())  # "contact opnemen met programmamanager X"
        at = match.end() + (len(role.group()) if role is not None and role_pattern().fullmatch(role.group(1)) else 0)
        person = next((m for m in mentions if m.start == at), None)
        if person is None or person.type != "Person":
            continue
        thing = _role_thing(ctx, sentence, person)
        if thing is None and at > match.end() and not any(m.type in _THINGS for m in mentions):
            thing = _page_thing(ctx)  # on a programme's page its own staff answer for it
        if thing is None and _press_note(ctx, sentence):
            thing = main_programme(ctx, sentence.start)  # a press release's contact: for what it announces
        if thing is None and _ABOUT_THIS_LETTER.search(ctx.text, sentence.start, match.end()):
            thing = ctx.subject_line_thing()  # "Voor vragen over deze brief …": what its "Onderwerp:" names
        if thing is None and not any(m.type in _THINGS for m in mentions):
            thing = _contact_municipality(ctx, sentence, person)  # "Neem contact op met X, gemeente Venlo"
        if thing is not None:
            ctx.add(person, "contactFor", thing, sentence, "relations.contact-ask", 0.7)
    _contact_take_up(ctx, sentence, mentions)


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


#: a question about the document itself: "(Voor vragen) over deze brief", "over dit voorstel"
_ABOUT_THIS_LETTER = re.compile(r"\bover\s+(?:deze|dit)\s+(?:brief|raadsinformatiebrief|voorstel|raadsvoorstel|memo|notitie)\b",
                                re.IGNORECASE)
#: a role word (and its article) between the cue and the name: "(met) de programmamanager "
_ROLE_BEFORE_NAME = re.compile(r"(?:(?:de|onze|het)\s+)?([a-zà-ÿ][\w-]*)\s+")


def _page_thing(ctx: DocContext) -> Mention | None:
    """The one unit, programme or event the page's title names, if any (a name inside another's is
    that one's: "Verslag stuurgroep City Deal X" names the stuurgroep): what its staff answer for,
    and what "Vragen over dit verslag: X" asks about.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Verslag stuurgroep City Deal Zon\\n\\nDe stuurgroep kwam bijeen.\\n\\nVragen over dit verslag: Eva Smit."
    >>> [(r.subject.text, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'Stuurgroep City Deal Zon')]
    """
    title = _title(ctx)
    named = [m for m in ctx.in_sentence(title) if m.type in _THINGS] if title is not None else []
    named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)]
    return named[0] if len({m.label for m in named}) == 1 else None


#: "Contactpersoon bij (het ministerie van) IenW is ", "Ons aanspreekpunt bij de VNG is "
_CONTACT_AT = re.compile(r"\b(?:[Cc]ontactpersoon|[Aa]anspreekpunt)\s+bij\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|"
                         r"provincie)\s+)?$")
_EMPLOYERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the other order: "X is bij (de) VNG (onze vaste) contactpersoon"
_IS_AT = re.compile(r"\s+(?:is|blijft)\s+bij\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?")
_CONTACT_AFTER = re.compile(r"\s+(?:(?:ons|onze|de|het|een)\s+)?(?:(?:vaste?|eerste)\s+)?(?:contactpersoon|aanspreekpunt)\b")


def _contact_at_body(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Contactpersoon bij IenW is Inge Voskuilen, programmadirecteur Fiets": the person is the contact at that
    body for it, and works there (in the role of the apposition after the name, when there is one); "X is bij de
    VNG onze vaste contactpersoon": the contact at the VNG."""
    for first, second in zip(mentions, mentions[1:]):
        if first.type == "Person" and second.type in _EMPLOYERS and _IS_AT.fullmatch(ctx.text, first.end, second.start) \
                and _CONTACT_AFTER.match(ctx.text, second.end, sentence.end):
            # "X is bij de VNG onze vaste contactpersoon voor mobiliteit"
            ctx.add(first, "contactFor", second, sentence, "contacts.contact-at", 0.7)
            continue
        body, person = first, second
        if body.type not in _EMPLOYERS or person.type != "Person" \
                or not _CONTACT_AT.search(ctx.text, max(sentence.start, body.start - 60), body.start) \
                or not re.fullmatch(r"\s+(?:is|blijft|wordt)\s+", ctx.text[body.end:person.start]):
            continue
        ctx.add(person, "contactFor", body, sentence, "contacts.contact-at", 0.7)
        role = apposition_role(ctx, person, sentence.end, body)  # "…, programmadirecteur Fiets"
        if role is not None:
            ctx.add(person, "hasRole", body, sentence, "contacts.contact-at", 0.7, role=role.label)
        else:
            ctx.add(person, "affiliatedWith", body, sentence, "contacts.contact-at", 0.7)


#: a question a reader may have, on its own: "Vragen?", "Vragen of bijdragen voor de volgende nieuwsbrief?"
_READERS_QUESTION = re.compile(r"\s*Vragen\b[^?.!:]{0,120}\?\s*")
#: what the question asks about when it names the document itself: "(voor) de volgende nieuwsbrief", "over dit verslag"
_ABOUT_THE_PAGE = re.compile(r"\b(?:deze|dit|de\s+volgende|de)\s+(?:nieuwsbrief|verslag|notitie|brief|editie|uitgave|pagina)\b",
                             re.IGNORECASE)
#: the imperative that answers it, right before the person: "Mail X", "Bel of mail X", "Neem contact op met X"
_ASK_PERSON = re.compile(r"\s*(?:(?:Mail|Bel|E-mail)(?:\s+(?:of|en)\s+(?:mail|bel))?(?:\s+gerust)?|"
                         r"Neem\s+(?:gerust\s+)?contact\s+op\s+met|Stuur\s+(?:gerust\s+)?(?:een\s+)?(?:e-?mail|bericht)\s+(?:naar|aan))\s+")


def _answer_to_question(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A reader's question on its own, then whom to ask: "Vragen of bijdragen voor de volgende nieuwsbrief? Mail
    X, x@…": X is the contact for what the question names (a unit, programme or event), or, for a question about
    the document itself, for what the page is about.

    Examples
    --------
    (see tests/test_extract_round37b.py::test_a_readers_question_then_whom_to_mail)
    """
    ask = _ASK_PERSON.match(ctx.text, ctx.content_start(sentence), sentence.end)
    previous = ctx.previous_sentence(sentence) if ask is not None and ask.end() == mentions[0].start else None
    if previous is None or not _READERS_QUESTION.fullmatch(ctx.text, ctx.content_start(previous), previous.end):
        return
    things = [m for m in ctx.in_sentence(previous) if m.type in _THINGS]
    if not things and _ABOUT_THE_PAGE.search(ctx.text, previous.start, previous.end):
        page = _page_thing(ctx) or ctx.title_programme
        things = [page] if page is not None else []
    for thing in things:
        ctx.add(mentions[0], "contactFor", thing, sentence, "contacts.question-answer", 0.7)


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
    title = _title(ctx)
    named = [m for m in ctx.in_sentence(title) if m.type in _THINGS] if title is not None else []
    for person in chosen:
        thing = named[0] if len(named) == 1 else _role_thing(ctx, sentence, person)
        if thing is not None:
            ctx.add(person, "contactFor", thing, sentence, "relations.neem-contact-op", 0.7)


#: an apposition's role, possibly the last of two ("X, beleidsadviseur bij de G40 en secretaris van de Y")
#: ("secretaris van de G40-themagroep X", "beleidsadviseur G40 Pijler X": the network opens the name)
_APPOSITION_ROLE = re.compile(r"\s*,\s*(?:[^,;:()]{1,60}?\s+en\s+)?((?:[a-zà-ÿ-]+\s+){1,2})(?:van\s+(?:de\s+|het\s+)?)?"
                             r"(?:[A-Z0-9][\w]*-|G40\s+)?")


def _role_thing(ctx: DocContext, sentence: Sentence, person: Mention, types: frozenset[str] = _THINGS) -> Mention | None:
    """The unit or programme (or another of ``types``) an apposition's role names right after the
    contact: "X, programmaleider City Deal Y, gemeente Z" (the contact speaks for what the person leads)."""
    after = [m for m in ctx.in_span(person.end, sentence.end) if m.type in types]
    if not after:
        return None
    apposition = _APPOSITION_ROLE.fullmatch(ctx.text[person.end:after[0].start])
    if apposition is None:
        return None
    word = role_pattern().match(ctx.text, person.end + apposition.start(1))
    return after[0] if word is not None else None


#: the closing note of a press release, or its title
_PRESS_NOTE = re.compile(r"noot\s+(?:voor\s+|aan\s+)?(?:de\s+)?redactie|persbericht\b", re.IGNORECASE)


def _press_note(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` is in the "Noot voor de redactie" of a press release (or in a document
    whose title says it is one): its contact speaks for what the release announces."""
    if _PRESS_NOTE.match((sentence.section or "").strip()):
        return True
    if ctx.sentences and sentence.start >= ctx.sentences[-1].start and _dateline(ctx):
        return True  # the last line of a news item with a dateline ("Den Haag, 22 mei 2025 – …")
    return bool(ctx.sentences) and _PRESS_NOTE.match(ctx.sentences[0].text.strip()) is not None


def _dateline(ctx: DocContext) -> bool:
    """Whether one of the document's first sentences opens with a dated dateline ("Den Haag, 22 mei 2025 – ")."""
    return any(_DATED_DATELINE.match(ctx.text, s.start, s.end) for s in ctx.sentences[:4])


#: a news item's dateline: place, date and a dash
_DATED_DATELINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*[–—-]\s")


def _title(ctx: DocContext) -> Sentence | None:
    """The document's title: its first heading, after any navigation bullets of a web page and after a
    genre label over it ("UITNODIGING", "VERSLAG": a heading of one word in capitals)."""
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and len(sentence.text.split()) <= 3:
            continue  # "• Home", "• Contact"
        if sentence.is_heading and _GENRE_LABEL.fullmatch(sentence.text.strip()):
            continue  # "UITNODIGING" over 'Netwerkbijeenkomst "De binnenstad van 2035"'
        return sentence if sentence.is_heading else None
    return None


#: a genre label over a title: one word in capitals ("UITNODIGING", "VERSLAG", "PERSBERICHT")
_GENRE_LABEL = re.compile(r"[A-ZÀ-Ý]{4,}")
