"""An office taken over or handed on: "Y nam het trekkerschap in maart over van X", "X heeft het
secretariaat overgedragen aan Y", "Na haar vertrek heeft Y het trekkerschap overgenomen". Y
succeeded X, and the office names the role: Y holds it now of the unit it is of (named with the
office, else of the bullet item or the passage), X held it before.

Called by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Bram Wit heeft het secretariaat van de themagroep Wonen overgedragen aan Anna Kroes."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.role, r.past) for r in ex.relations if r.predicate == "hasRole")
[('Anna Kroes', 'secretaris', False), ('Bram Wit', 'secretaris', True)]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent, subject_antecedent
from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import PASSED_ON, add_succession
from .periods import change_date, day_before
from .roles import role_of
from .succession_words import TASK, inverted_gap

__all__ = ["fronted_pronoun_person", "took_over_after_departure", "took_over_from_holder", "plural_pronoun", "took_over_from", "handed_over"]

#: "Na haar vertrek … heeft Y het trekkerschap overgenomen": Y succeeded her
_TOOK_OVER = re.compile(r"\b(?:heeft|hebben|had)\s+[^.;]{0,60}?\b(?:het|de|haar|zijn)\s+" + TASK
                        + r"\s+(?:\w+\s+){0,2}?overgenomen\b|\b(?:nam|neemt)\s+[^.;]{0,60}?\b(?:het|de|haar|zijn)\s+"
                        + TASK + r"\s+(?:\w+\s+){0,2}?over\b")
#: "Y heeft het stokje van hem overgenomen": the one succeeded is the person named before
_FROM_PRONOUN = re.compile(r"\b(?:het|de|zijn|haar)\s+" + TASK + r"\s+van\s+(?:hem|haar)\s+(?:\w+\s+){0,2}?"
                           r"(?:overgenomen|overnemen|over)\b")


_HER_DEPARTURE = re.compile(r"\s*Na\s+(?:zijn|haar)\s+(?:vertrek|afscheid|overstap|overlijden|pensionering)\b")


def took_over_after_departure(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X trok de themagroep. Na haar vertrek heeft Y het trekkerschap overgenomen": Y succeeded X
    (the last person named in the previous sentence) and takes over X's roles there."""
    if len(persons) != 1 or not (_HER_DEPARTURE.match(ctx.text, sentence.start) and ctx.has_cue(_TOOK_OVER, sentence)
                                 or any(ctx.asserted_cues(_FROM_PRONOUN, sentence))):
        return
    old = object_antecedent(ctx, sentence)  # "Samen met X legde hij … . Y nam het van hem over": not X
    if old is not None and old.label != persons[0].label:
        office = re.search(r"\b(\w+)schap\b", sentence.text)  # "het voorzitterschap": only that role passes on
        role = role_of(office.group(1)) if office is not None else None
        add_succession(ctx, sentence, persons[0], old, 0.7, only_role=role.label if role is not None else None)


#: "(daarna) neemt Y (van de gemeente Z) het ambtelijk trekkerschap over", with no one named after "over"
_TAKES_OFFICE = re.compile(r"\b(?:neemt|nam)\s+(?:[^.;,:]{0,60}?\s)?(?:het|de)\s+((?:(?:ambtelijk|bestuurlijk)\s+)?\w+?)schap\s+"
                           r"(?:[^.;,:\s]+\s+){0,3}?over\b(?!\s+(?:van|aan)\b)")


def took_over_from_holder(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Ambtelijk trekker is X. Hij blijft tot 1 september aan; daarna neemt Y het ambtelijk trekkerschap
    over": Y succeeded the one the text gave that role last (in this sentence or the one before), and holds it
    of the same unit. Nothing when no one held the role there, or the sentence names more than one person.

    Examples
    --------
    (see tests/test_extract_round37b.py::test_taking_over_an_office_without_naming_the_predecessor)
    """
    if len(persons) != 1:
        return
    match = next(iter(ctx.asserted_cues(_TAKES_OFFICE, sentence)), None)
    role = role_of(match.group(1)) if match is not None and match.start() < persons[0].start < match.end() else None
    if role is None:
        return
    previous = ctx.previous_sentence(sentence)
    start = previous.start if previous is not None else sentence.start
    new = persons[0]
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.role == role.label and not r.past
            and r.object.type in PASSED_ON and start <= r.evidence_start < sentence.end
            and r.subject.label != new.label and not new.label.endswith(" " + r.subject.label)]
    if len({r.subject.label for r in held}) == 1:
        add_succession(ctx, sentence, new, held[-1].subject, 0.7, only_role=role.label)


#: "Y nam het trekkerschap (in maart) over van (de Goudse wethouder) X": the office names the role
_OFFICE_OVER_FROM = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:neemt|nam|nemen|namen)\s+(?:\w+\s+){0,4}?|,\s*die\s+(?:[\w-]+\s+){0,4}?|"
    r"[a-z]+\s+dat\s+(?:hij|zij|ze)\s+(?:[\w-]+\s+){0,4}?)"  # "X meldt dat hij per 1 oktober … overneemt van Y"
    # "het programmamanagement": the programmamanager's office; "het bestuurlijk voorzitterschap": the chair's
    r"(?:het\s+(?:(?:bestuurlijk|ambtelijk)e?\s+)?(\w+?)(schap|management)|de\s+leiding|"
    r"de\s+(?:rol|functie|taak)\s+(?:van|als)\s+([\w-]+))\s+"  # "de rol van vicevoorzitter"
    # "het trekkerschap van de themagroep X over van Y" (the unit's name may be long)
    # and a bracket after the unit's name: "van de themagroep Klimaat (pijler Fysiek) over van Y"
    r"(?:van\s+(?:de|het)\s+(?:[\w'-]+\s+){1,6}?(?:\([^()]{1,40}\)\s+)?|(?:\w+\s+){0,3}?)(?:over|overnam|overneemt)\s+van\s+"
    r"(?:(?:de|het)\s+)?(?:[\w'-]+\s+){0,2}?")


#: an apposition after the one who takes over, before the verb: ", wethouder Economie van Tilburg, "
_APPOSITION = re.compile(r"\s*,\s*(?:(?!die\b|dat\b|en\b)[a-z][^,;:()]{2,80}?|"
                         r"die\s+[^,;:()]{2,120}?)"  # a relative clause: "Y, die burgemeester was, neemt …"
                         r",\s*(?=(?:neemt|nam|nemen|namen)\b)")


#: the office with the one succeeded before the particle: "(Zij) neemt het voorzitterschap van (de heer) X over"
_OFFICE_FROM_OVER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam|nemen|namen)\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?"
                               r"het\s+(?:(?:bestuurlijk|ambtelijk)e?\s+)?(\w+?)(schap)\s+van\s+(?:de\s+heer\s+|mevrouw\s+|mevr\.\s+|dhr\.\s+)?")
#: the particle right after the one succeeded (a bracket between): "… van X (Ede) over"
_PARTICLE_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?over\b")
#: a fronted time, the verb, then the pronoun: "Per 1 april 2020 neemt zij (ook) het trekkerschap …"
_FRONTED_PRONOUN = re.compile(r"^\s*(?:Per|Vanaf|Sinds|Op|In|Met\s+ingang\s+van)\s+[^,;:()]{1,30}?\s+(?P<verb>neemt|nam)\s+"
                              r"(?:hij|zij|ze)\b")


def fronted_pronoun_person(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person a pronoun after a fronted time and the verb stands for, when it takes an office over
    ("Per 1 april neemt zij het trekkerschap … over van X"): the one person the sentence before is about."""
    if not _FRONTED_PRONOUN.match(ctx.text[ctx.content_start(sentence):sentence.end]):
        return None
    return subject_antecedent(ctx, sentence)


#: a plural pronoun subject: "Zij nemen het trekkerschap over van X"
_THEY_TAKE = re.compile(r"\s*(?:Zij|Ze)\s+(?:nemen|namen)\s")


def plural_pronoun(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The persons a plural "Zij nemen …" stands for: those the sentence before (in the same
    paragraph) gives a role of a unit, programme or organisation, when there are several ("De
    themagroep krijgt twee trekkers: A en B. Zij nemen het trekkerschap over van X")."""
    if not _THEY_TAKE.match(ctx.text, sentence.start, sentence.end):
        return []
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return []
    holders = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "hasRole" and not r.past
               and r.subject.type == "Person" and r.object.type in PASSED_ON
               and previous.start <= r.evidence_start < previous.end}
    return list(holders.values()) if len(holders) > 1 else []


def took_over_from(ctx: DocContext, sentence: Sentence, persons: list[Mention], pronoun: Mention | None) -> None:
    """"Y nam het trekkerschap in maart over van X", "Zij nam het voorzitterschap over van X", "Hij nam het
    programmamanagement over van X" (a programmamanager's office), "Y meldt dat hij de rol van vicevoorzitter
    van de themagroep overneemt van X": Y succeeded X, and X held the role before, of what Y holds it of.

    Examples
    --------
    (see tests/test_extract_round4.py::test_who_takes_over_an_office_from_someone_succeeds_them)
    """
    text = ctx.text
    pairs = [(a, b) for a, b in zip(persons, persons[1:])]
    if pronoun is not None:
        pairs.insert(0, (pronoun, persons[0]))
    for new, old in pairs:
        start = sentence.start if new is pronoun and new not in persons else new.end
        opening = text[start:old.start]
        apposition = _APPOSITION.match(opening) if new is not pronoun else None
        if apposition is not None:  # "Y, wethouder van Tilburg, neemt … over van X": the role between is Y's own
            start, opening = start + apposition.end(), opening[apposition.end():]
        if new is pronoun and new not in persons:
            opening = re.sub(r"^\s*(?:Hij|Zij|Ze)\b", "", opening)
            opening = _FRONTED_PRONOUN.sub(r"\g<verb>", opening)  # "Per 1 april neemt zij het … over van X"
        match = _OFFICE_OVER_FROM.fullmatch(opening)
        if match is None:
            # "Zij neemt het voorzitterschap van (de heer) X over": the one succeeded before the particle
            match = _OFFICE_FROM_OVER.fullmatch(opening)
            if match is not None and not _PARTICLE_AFTER.match(text, old.end, sentence.end):
                match = None
        if match is None and new in persons:  # "In juni nam X (Ede) het trekkerschap over van Y"
            inverted = inverted_gap(ctx, sentence, new, opening)
            match = _OFFICE_OVER_FROM.fullmatch(inverted) if inverted is not None else None
            opening = inverted if match is not None else opening
        if match is None or not ctx.asserted(sentence, start, old.start):
            continue
        # "de leiding" names no role; "het programmamanagement" is the office of a programmamanager
        role = role_of(match.group(1) + ("manager" if match.group(2) == "management" else "")) if match.group(1) \
            else role_of(match.group(3)) if match.group(3) else None
        add_succession(ctx, sentence, new, old, 0.75, only_role=role.label if role is not None else None)
        if role is None:
            continue
        day = next((r.valid_from for r in reversed(ctx.relations) if r.predicate == "succeeded"
                    and r.subject is new and r.object is old), None)  # "neemt per 15 maart … over": from then on
        until = day_before(day) if day else None
        held = [r for r in ctx.relations if r.predicate == "hasRole"
                and (r.subject.label == new.label or r.subject.label.endswith(" " + new.label))  # "Kok": "Anna Kok"
                and r.role == role.label and r.object.type in PASSED_ON]
        said_before = any(r.predicate == "hasRole" and r.role == role.label and r.subject.type == "Person"
                          and (r.subject.label == old.label or r.subject.label.endswith(" " + old.label))
                          for r in ctx.relations)  # "De stuurgroep werd voorgezeten door X": the office X held is said
        shift = (old.start - start) - len(opening)  # the pronoun cut from the opening
        office_end = start + shift + match.end(2 if match.group(2) else 3)
        of = _OFFICE_OF.match(text, office_end)
        at = {of.end(), of.end() - len(of.group(1) or "") - 1}  # "van [de themagroep]": a reference holds its article
        named = [m for m in ctx.in_span(of.end() - 4, old.start) if m.start in at] if of.end() > office_end else []
        named = named[:1] if named and named[0].type in PASSED_ON else []
        if held and not said_before and (not named or named[0].label == held[-1].object.label):
            # "Zij is trekker van de leerkring X. … neemt zij het trekkerschap over van Y": the office she holds; not
            # when the sentence names another's ("het trekkerschap van de themagroep Jeugd", round 55l)
            ctx.add(old, "hasRole", held[-1].object, sentence, "succession.schap-over-van", 0.65, role=role.label,
                    past=True, stated_at=old.start, until=until)
        else:
            # "nam het trekkerschap van de themagroep X over van Y": the office is of the unit named with it
            # else the unit the sentence opens with: "Armoede – In juni nam X het trekkerschap over van Y"
            holder = named[0] if named else _opening_unit(ctx, sentence, new)
            if holder is not None:
                ctx.add(new, "hasRole", holder, sentence, "succession.schap-over-van", 0.7, role=role.label)
                ctx.add(old, "hasRole", holder, sentence, "succession.schap-over-van", 0.65, role=role.label,
                        past=True, stated_at=old.start, until=until)
        return


def _opening_unit(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The unit or programme named before ``person`` in ``sentence`` when it is the only one there (a
    paragraph's lead-in "Armoede – In juni nam X …", "Bij de themagroep Wonen nam X …"), else, when the
    sentence names none, the one the sentence before names in the same paragraph ("De themagroep Energie
    kwam bijeen. X neemt het trekkerschap over van Y"), else None."""
    before = [m for m in ctx.in_span(sentence.start, person.start) if m.type in PASSED_ON]
    if not before and not any(m.type in PASSED_ON for m in ctx.in_span(person.end, sentence.end)):
        previous = ctx.previous_sentence(sentence)
        if previous is not None and "\n\n" not in ctx.text[previous.end:sentence.start]:
            before = list({m.label: m for m in ctx.in_sentence(previous) if m.type in PASSED_ON}.values())
    return before[0] if len(before) == 1 and before[0].type != "Organisation" else None


#: an office handed on, with the one who held it first: "X heeft het secretariaat overgedragen aan Y",
#: "X droeg het voorzitterschap over aan Y", "Y heeft het trekkerschap overgenomen van X"
_OFFICE = r"(?:het|haar|zijn)\s+(?:(\w+)schap|(secretariaat))\s+(?:[\w'-]+\s+){0,3}?"
_HANDED_TO = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:heeft|had|draagt|droeg)\s+)?(?:[\w-]+\s+){0,3}?" + _OFFICE
                        + r"(?:[\w-]+\s+){0,3}?(?:overgedragen\s+aan|over\s+aan)\s+(?:(?:de\s+heer|mevrouw)\s+)?")
_TAKEN_FROM = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:heeft|had)\s+)?(?:[\w-]+\s+){0,3}?" + _OFFICE
                         + r"(?:[\w-]+\s+){0,3}?overgenomen\s+van\s+(?:(?:de\s+heer|mevrouw)\s+)?")
#: the unit an office is of, right after it: "het voorzitterschap van de themagroep Wonen"
_OFFICE_OF = re.compile(r"\s*(?:van\s+(de|het)\s+)?")


def handed_over(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X heeft het secretariaat overgedragen aan Y", "Y heeft het voorzitterschap overgenomen van X":
    Y succeeded X and holds the office now, X held it before; the office is of the unit named after
    it, else of the bullet item's unit, else of the unit of the passage.

    Examples
    --------
    (see tests/test_extract_round16.py::test_an_office_handed_over_gives_both_roles_and_the_succession)
    """
    text = ctx.text
    for first, second in zip(persons, persons[1:]):
        gap = text[first.end:second.start]
        match = _HANDED_TO.fullmatch(gap)
        new, old = (second, first) if match else (first, second)
        match = match or _TAKEN_FROM.fullmatch(gap)
        if match is None or not ctx.asserted(sentence, first.start, second.end):
            continue
        office = match.group(2) or match.group(1)
        role = role_of("secretaris" if office == "secretariaat" else office)
        if role is None:
            continue
        after = _OFFICE_OF.match(text, first.end + match.end(2 if match.group(2) else 1) + (0 if match.group(2) else 5))
        named = [m for m in ctx.in_span(after.end(), second.start) if m.start == after.end()]
        holder = (named[0] if named and named[0].type in PASSED_ON else None) or ctx.item_unit(sentence) \
            or ctx.context_unit(sentence.start)
        ctx.add(new, "succeeded", old, sentence, "succession.handed-over", 0.75)
        if holder is not None and holder.type in PASSED_ON:
            # the handover's day ends the one role and starts the other: "per 1 mei", "in maart 2023"
            day = change_date(text, sentence.start, sentence.end, year=ctx.date)
            ctx.add(old, "hasRole", holder, sentence, "succession.handed-over", 0.7, role=role.label, past=True,
                    stated_at=old.start, until=day_before(day) if day else None)
            ctx.add(new, "hasRole", holder, sentence, "succession.handed-over", 0.7, role=role.label,
                    stated_at=new.start, since=day)
        return
