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
  nothing else says what Y is the contact for (:mod:`graph.extract.contact_asks`);
- a pronoun for the one person named just before: "Bij haar kunt u terecht voor agenda's", "Vragen over
  de pijler kunt u aan hem richten" (:func:`find_pronoun_contact`).

The contact points ("X is het aanspreekpunt voor …") are in :mod:`graph.extract.contact_points`, whom a
reader is sent to ("kunt u contact opnemen met X, …") in :mod:`graph.extract.contact_asks`, and the helpers
about the page and an apposition's role in :mod:`graph.extract.contact_pages`.

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
from .contact_asks import find_answer_to_question, find_contact_asks
from .contact_pages import CONTACT_THINGS, page_thing, page_title, press_note, role_thing, spelled_by_address, spokesperson_of
from .contact_points import find_contact_at_body, find_contact_points
from .inline_lists import main_programme
from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["find_contacts", "find_pronoun_contact"]

#: (a line "Secretariaat: X" names whom to write to about the unit as well)
#: (also "Inlichtingen:"; "Contactpersoon voor dit jaarplan:" is about the document, "Contactpersoon programma:" about
#: the programme the document is about, as "Contactpersoon:" alone; a dataset's metadata field "Contactpunt: X" the
#: one to ask about the dataset, round 53e)
_CONTACT = re.compile(r"\b(?:Meer\s+informatie|Informatie|Inlichtingen|Contact(?:persoon|punt)?|Aanspreekpunt|Vragen|Secretariaat)"
                      r"(?P<document>\s+(?:over|voor)\s+(?:dit|deze)\s+(?:verslag|notitie|brief|nieuwsbrief|document|stuk|"
                      r"overzicht|bericht|persbericht|pagina|agenda|jaarplan|werkplan|plan|rapport|rapportage))?"
                      r"(?:(?<=contactpersoon)\s+(?:programma|project|peiling|onderzoek|regeling|deal|netwerk|themagroep|"
                      r"pijler|leergang))?\s*(?::|bij)\s*", re.IGNORECASE)


#: a contact cue that names its subject: "Vragen over de Stedendag:", "Meer informatie over X is te krijgen
#: bij", "Contactpersoon voor de pijler X is", "de contactpersoon van het Fonds,", a press kit's "Voor alle
#: persvragen over het programma X:" (round 58s)
_CONTACT_ABOUT = re.compile(r"\b(?:(?:alle\s+)?(?:pers)?vragen|(?:Voor\s+)?meer\s+informatie|Informatie|Contact(?:persoon)?|aanspreekpunt|"
                            r"secretariaat)\s+"
                            # "Contactpersoon bij het ministerie voor de Woondeals is X" (where the person works, in passing)
                            r"(?:bij\s+(?:de\s+|het\s+)?(?:ministerie|gemeente|provincie|G40|VNG)\s+(?=voor\s))?"
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
    if mentions and (mentions[0].type == "Person" or len(mentions) > 1 and mentions[1].type == "Person"):
        # "Vragen over de nieuwsbrief? Mail X", "… Neem contact op met de secretaris van de themagroep, X"
        find_answer_to_question(ctx, sentence, mentions)
    if (" bij " in sentence.text or " voor " in sentence.text) \
            and ("ontactpersoon" in sentence.text or "anspreekpunt" in sentence.text):
        find_contact_at_body(ctx, sentence, mentions)  # "Contactpersoon bij IenW is X, programmadirecteur Fiets"
    _contact_about(ctx, sentence, mentions)
    find_contact_points(ctx, sentence, mentions)
    find_contact_asks(ctx, sentence, mentions)
    if "hem" in sentence.text or "haar" in sentence.text:
        find_pronoun_contact(ctx, sentence, mentions)
    for match in ctx.cues(_CONTACT, sentence):
        persons = [m for m in mentions if m.type == "Person" and 0 <= m.start - match.end() <= 3] \
            or spelled_by_address(ctx, match.end(), sentence.end)
        if not persons:
            continue
        role_named = role_thing(ctx, sentence, persons[0])  # "Contact: X, secretaris Pijler Fysiek, x@…": the pijler's
        if role_named is not None:
            ctx.add(persons[0], "contactFor", role_named, sentence, "relations.meer-informatie", 0.8)
        topic = page_thing(ctx) if match.group("document") else ctx.section_entity(sentence)
        if topic is None and sentence.bullet_list is not None:
            topic = ctx.item_unit(sentence)
        title = page_title(ctx)
        if topic is None and title is not None:
            # a page about one unit, programme or event: its title names what the contact is for
            named = [m for m in ctx.in_sentence(title) if m.type in CONTACT_THINGS]
            topic = named[0] if len(named) == 1 else None
        if topic is None:
            topic = role_named  # "Meer informatie: X, programmaleider Fonds Y"
        if topic is None and press_note(ctx, sentence):
            topic = main_programme(ctx, sentence.start)  # a press release's contact: for what it announces
        if topic is None:
            topic = spokesperson_of(ctx, sentence, persons[0])  # "Meer informatie: X, communicatieadviseur G40"
        if topic is not None:
            ctx.add(persons[0], "contactFor", topic, sentence, "relations.meer-informatie", 0.8)
    for match in ctx.cues(_PRESS_CONTACT, sentence):
        # "Contact voor de pers: X, woordvoerder G40", "Voor perscontacten kunt u terecht bij X (x@g40…)"
        person = next((m for m in mentions if m.type == "Person" and 0 <= m.start - match.end() <= 3), None)
        organisation = spokesperson_of(ctx, sentence, person, by_address=True) if person is not None else None
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
    thing = next((m for m in mentions if m.type in CONTACT_THINGS and about is not None
                  and about.start() < m.start <= about.end() < m.end), None) if about is not None else None
    if person is None:
        return
    thing = thing or ctx.section_entity(sentence) or page_thing(ctx) or next(
        (r.object for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == person.label
         and r.object.type in CONTACT_THINGS and previous.start <= r.evidence_start < previous.end), None)
    if thing is not None and thing.type in CONTACT_THINGS:
        ctx.add(person, "contactFor", thing, sentence, "contacts.pronoun", 0.7)



#: a contact for the press: "Contact voor de pers:", "Perscontact:", "Voor perscontacten kunt u terecht bij"
_PRESS_CONTACT = re.compile(r"\b(?:(?:Contact|Informatie)\s+voor\s+(?:de\s+)?pers\s*:|Pers(?:contact|informatie)?\s*:|"
                            r"[Vv]oor\s+(?:de\s+)?pers(?:contacten|vragen)?\s+kunt\s+u\s+(?:terecht\s+bij|contact\s+opnemen\s+met))\s*")


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
        if named is not None and not any(m.type in CONTACT_THINGS for m in mentions):
            ctx.add(mentions[0], "contactFor", named, sentence, "relations.contact-line", 0.7)
        return
    named = role_thing(ctx, sentence, mentions[0])  # "Eva Smit, programmamanager City Deal X, e.smit@…"
    if named is not None:
        ctx.add(mentions[0], "contactFor", named, sentence, "relations.contact-line", 0.7)
        return
    topic = card_subject(ctx, sentence, sentence.start)
    if topic is not None and not any(m.type in CONTACT_THINGS for m in mentions):
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
    named = [m for m in ctx.in_sentence(heading) if m.type in CONTACT_THINGS]
    outer = [m for m in named if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                         for n in named)]
    return outer[0] if len({(m.start, m.end) for m in outer}) == 1 else None


#: what a "Vragen over" asks about when it names no entity, then the colon: "(Vragen over) de monitor: "
_ABOUT_IT = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*:\s*")


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
        things = [m for m in mentions if m.type in CONTACT_THINGS and match.start() < m.start <= match.end() < m.end]
        if not things and _FOR_PLACE.match(match.group()):  # "Contactpersoon voor (de gemeente) Venlo: X"
            things = [m for m in mentions if m.type == "Municipality"
                      and _PLACE_GAP.fullmatch(ctx.text, match.end(), m.start)]
        if things:
            pairs.append(things[0])
        elif _ABOUT_IT.match(ctx.text, match.end(), sentence.end) and match.group().lower().startswith("vragen"):
            # "Vragen over de monitor: X", "Vragen over dit verslag: X": the document's own programme or unit
            topic = page_thing(ctx)  # (the one thing its title names)
            person = next((m for m in mentions if m.start >= match.end()), None)
            if topic is not None and topic.type in CONTACT_THINGS and person is not None and person.type == "Person" \
                    and _ABOUT_IT.fullmatch(ctx.text, match.end(), person.start):
                ctx.add(person, "contactFor", topic, sentence, "relations.vragen-over", 0.7)
    section = sentence.section or ""
    if mentions[0].type in CONTACT_THINGS and mentions[0].start - ctx.content_start(sentence) <= 4 \
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
_CONTACT_INTRO = re.compile(r"(?:(?:voor\s+)?(?:meer\s+informatie|vragen)|"
                            # "Hierbij de lijst van contactpersonen per dossier …:"
                            r"(?:(?:hierbij|hieronder|bijgaand)\s+(?:de\s+|een\s+)?(?:lijst|overzicht)\s+(?:van|met)\s+(?:de\s+)?)?"
                            r"contact(?:personen|gegevens)?)\b[^.:]{0,80}:\s*",
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
