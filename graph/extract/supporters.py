"""Who supports a unit, programme or event is a contact for it (``contactFor``).

The staff of a network are listed with what they look after, as a verb or as a noun in the
apposition after their name:

- "Zij ondersteunt de Themagroep Armoede en Schulden en de Themagroep Jeugd", "Nadia Lachhab -
  pijlersecretaris Sociaal Domein, ondersteunt de themagroepen Wonen en Mobiliteit";
- "Liam de Koning, die de themagroep ondersteunt vanuit het bureau" (the verb last);
- "Esra Yıldız - pijlersecretaris Fysiek Domein en contactpersoon van de Themagroep Wonen",
  "Gerrit-Jan Pronk - pijlersecretaris Veiligheid en ondersteuner van de Taskforce Ondermijning",
  "Rachid el Khattabi - beleidsadviseur; aanspreekpunt voor de bestuurlijke netwerkdagen";
- who coordinates: "De coördinatie ligt bij Maaike Stoffels (G40-bureau) en Jeroen Lammers (SZW)" (the
  programme named with the coordination, else the one of the document's title).

The one who supports is the person the sentence (a card, a list item) opens with, or the person
"Hij"/"Zij" stands for; a relative clause's is the person just before ", die". What is supported
is each unit, programme or event named right after the cue, and those coordinated with it ("de
Themagroep A en de Themagroep B"). An organisation that supports ("Platform31 ondersteunt de
themagroep"), a plan ("ondersteunt het voorstel") and a noun without its apposition ("Zij zoekt een
contactpersoon voor de themagroep") give nothing; "is contactpersoon voor" is read by
:mod:`graph.extract.contacts`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Bram Veldhuis - beleidsadviseur en ondersteuner van de Taskforce Water.",
...              gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate == "contactFor"]
[('Bram Veldhuis', 'contactFor', 'Taskforce Water')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_supporters"]

_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: the finite verb after its subject ("Zij ondersteunt de …"), or a noun of the apposition
_SUPPORT = re.compile(r"\b(?:(?P<verb>ondersteunt|ondersteunde)|(?P<noun>contactpersoon|aanspreekpunt|ondersteuner|"
                      r"ondersteunster)\s+(?:van|voor))\b\s*(?:(?:de|het)\s+)?")
#: a noun that opens a member of the apposition: after "-", ",", ";", ":" or "en"
_APPOSITION_MEMBER = re.compile(r"(?:[-–,;:]|\ben)\s*$")
#: the verb last in a relative clause: "X, die de themagroep ondersteunt"
_RELATIVE_LAST = re.compile(r"\s*,\s*die\s+(?:(?:de|het)\s+)?")
#: between two things supported: "de Themagroep A en de Themagroep B", "A, B en C"
_COORDINATION = re.compile(r"\s*(?:,|\ben\b)\s*(?:(?:de|het)\s+)?")
#: the first thing right after the cue (its article is part of the cue)
_ADJACENT = re.compile(r"\s*")


def _supported(ctx: DocContext, mentions: list[Mention], at: int) -> list[Mention]:
    """The units, programmes and events named from ``at`` on, one after the other."""
    found: list[Mention] = []
    position, gap = at, _ADJACENT
    for m in mentions:
        if m.start < position:
            continue
        if m.type not in _THINGS or not gap.fullmatch(ctx.text, position, m.start):
            break
        found.append(m)
        position, gap = m.end, _COORDINATION
    return found


def _opening_person(ctx: DocContext, sentence: Sentence, mentions: list[Mention], cue: int) -> Mention | None:
    """The person the sentence opens with (a card, a list item), when no other person stands before ``cue``."""
    persons = [m for m in mentions if m.type == "Person" and m.end <= cue]
    if len(persons) != 1 or ctx.text[ctx.content_start(sentence):persons[0].start].strip(" •*-–\t\n"):
        return None
    return persons[0]


def _relative_supporter(ctx: DocContext, mentions: list[Mention], cue: int) -> tuple[Mention | None, list[Mention]]:
    """"Liam de Koning, die de themagroep ondersteunt": the person before ", die" and the thing between."""
    before = [m for m in mentions if m.end <= cue]
    if len(before) < 2:
        return None, []
    person, thing = before[-2:]
    if person.type == "Person" and thing.type in _THINGS and not ctx.text[thing.end:cue].strip() \
            and _RELATIVE_LAST.fullmatch(ctx.text, person.end, thing.start):
        return person, [thing]
    return None, []


#: "De coördinatie (van de agenda) ligt bij X en Y": who coordinates a programme
_COORDINATION_LIES = re.compile(r"\b[Dd]e\s+coördinatie\s+(?:van\s+(?:de|het)\s+(?P<thing>[^,;:]{1,60}?)\s+)?"
                                r"(?:ligt|lag)\s+bij\s+")


def _coordinators(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De coördinatie ligt bij Maaike Stoffels (G40-bureau) en Jeroen Lammers (SZW)": each person listed
    is a contact for the programme named with the coordination, else the one of the document's title."""
    for match in ctx.asserted_cues(_COORDINATION_LIES, sentence):
        named = [m for m in mentions if match.start("thing") <= m.start and m.end <= match.end("thing")] \
            if match.group("thing") else []
        thing = named[0] if len(named) == 1 and named[0].type in _THINGS else None if named else ctx.title_programme
        if thing is None:
            continue
        persons = [m for m in ctx.list_after(match.end(), sentence.end, types={"Person"}) if m.type == "Person"]
        for person in persons:
            ctx.add(person, "contactFor", thing, sentence, "relations.coordinatie-ligt-bij", 0.65)


def find_supporters(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the contactFor relations of the supporters ``sentence`` names (its ``mentions`` given)."""
    if "coördinatie" in sentence.text:
        _coordinators(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_SUPPORT, sentence):
        text = ctx.text
        before = text[sentence.start:match.start()]
        if match.group("noun") and not _APPOSITION_MEMBER.search(before):
            continue  # "Zij zoekt een contactpersoon voor …"; "is contactpersoon voor" is the contacts module's
        person = ctx.pronoun_person(sentence) or _opening_person(ctx, sentence, mentions, match.start())
        things = _supported(ctx, mentions, match.end())
        if person is None and match.group("verb"):
            person, things = _relative_supporter(ctx, mentions, match.start())
        if person is None or person.type != "Person":
            continue
        for thing in things:
            ctx.add(person, "contactFor", thing, sentence, "relations.ondersteunt", 0.65)
