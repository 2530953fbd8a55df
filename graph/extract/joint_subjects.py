"""collaboratesWith between actors named together as the subject of a joint undertaking: "X en Y
werken samen (aan …)", "X en Y gaan samenwerken", "X, Y en Z sluiten een akkoord", "… hebben een
gezamenlijke taskforce opgericht", "een samenwerking tussen X en Y", the subjects after the verb ("Sinds
2020 werken A en B samen") and in a subordinate clause ("… hoe A en B samen optrekken"); not when each acts
on its own ("elk"), when they are summed ("samen goed voor …") or when the clause names a programme both
take part in. Called by :func:`graph.extract.collaboration.find_collaboration`; split from
:mod:`.collaboration` in round 41a.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Tilburg werken samen aan de binnenstad.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text, r.rule) for r in ex.relations]
[('Breda', 'collaboratesWith', 'Tilburg', 'relations.samen-onderwerp')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .named_together import clause_start, each_on_their_own, shared_thing_in_phrase, together_as_sum
from .relation_common import _IN_PP_START, _THINGS, _without_head
from .subjects import clause_subjects

__all__ = ["find_joint_subjects"]


#: a joint undertaking of a plural subject: "X en Y werken samen aan …", "X en Y gaan samenwerken", "… hebben een gezamenlijke
#: taskforce opgericht", "… hebben een intentieverklaring getekend" (with "met" it is _COLLAB's)
_JOINT = re.compile(
    r"\b(?:werken|werkten|gaan|gingen|trekken|trokken|zijn|waren)\s+(?:\w+\s+){0,3}?samen(?:\s+opgetrokken)?\b(?!\s+met\b)"
    # the plan as the text states it: "X en Y gaan (vanaf 2026) samenwerken / samen optrekken"
    r"|\b(?:gaan|gingen)\s+(?:\w+\s+){0,3}?samen\s*(?:werken|optrekken)\b(?!\s+met\b)"
    r"|\b(?:richten|richtten|zetten|stellen|stelden|ontwikkelen|ontwikkelden)\s+(?:\w+\s+){0,2}?samen\s+"
    r"(?!met\b)[^.;:]{1,80}?\s(?:op|in|uit)\b"  # "X en Y richten samen de werkgroep Z op"
    r"|\b(?:slaan|sloegen)\s+(?:\w+\s+){0,3}?handen\s+ineen\b(?!\s+met\b)|\bhanden\s+ineengeslagen\b"
    r"|\b(?:bundelen|bundelden)\s+(?:\w+\s+){0,3}?krachten\b(?!\s+met\b)|\bkrachten\s+gebundeld\b(?!\s+met\b)"
    r"|\bgezamenlijke?\b"
    r"|\bsamenwerking\s+(?:aangegaan|gestart|begonnen)\b(?!\s+met\b)"  # "X en Y zijn een samenwerking aangegaan"
    # the verb first: "X, Y en Z sluiten (een) akkoord", "A en B ondertekenden vandaag het Regionaal
    # Uitvoeringsakkoord X" (not "… sluiten een akkoord met C", not "… ondertekenden het akkoord niet")
    # (not "sluiten zich aan bij …": joining, see joining; not "Impact": "City Deal Impact Ondernemen" is no pact)
    r"|\b(?:sluiten|sloten|tekenen|tekenden|ondertekenen|ondertekenden)\s+(?!zich\s+aan\b)(?:\w+\s+){0,3}?"
    r"(?:een\s+|het\s+|de\s+)?(?:[\w-]+\s+){0,3}?[\w-]*(?:akkoord|convenant|intentieverklaring|overeenkomst|(?<!im)pact)\b"
    r"(?!\s+met\b)(?![^.;:,]*\b(?:niet|nooit)\b)"
    # (not a Green Deal: a national programme dozens sign, whose signers take part in it without each working
    # with the others: "A, B en C hebben de Green Deal X ondertekend", see taking_part)
    r"|\b(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|akkoord)\s+(?:\w+\s+){0,2}?"
    r"(?:getekend|ondertekend|gesloten|afgesloten)\b",
    re.IGNORECASE)


#: a joint undertaking with its verb last, as in a subordinate clause: "(vertelde hoe A en B) samen optrekken",
#: "(waarin A en B) samenwerken", "(hoe A en B) samen experimenteren met …" (with "samen met" it is _COLLAB's)
_JOINT_VERB_LAST = re.compile(r"\bsamen\s*(?:op)?(?:trekken|trokken|werken|werkten)\b(?!\s+met\b)"
                              # "(hoe Arnhem en Nijmegen) samen experimenteren met het …": a plural verb right after
                              r"|\bsamen\s+(?!met\b|aan\b|in\b|op\b)[a-z]{3,}(?:en|den|ten)\b", re.IGNORECASE)


#: "waarin" opening the clause of the actors, after the programme and at most two words of the clause before
#: it: "het programma X, waarin", "(heeft … het programma X) opgezet, waarin"; a few adverbs and the actors' kind
#: may stand before them: "het Werkakkoord X, waarin sindsdien ook de gemeenten A en B samenwerken" (round 57s)
_WHEREIN = re.compile(r"(?:\s+[a-z]+){0,2}\s*,\s*(?:waarin|waarbinnen)\s+"
                      r"(?:(?:sindsdien|inmiddels|nu|ook|al|daarnaast|verder|tegenwoordig)\s+){0,3}"
                      r"(?:de\s+(?:gemeenten|steden|provincies|partners|partijen)\s+)?$")


def _wherein_thing(ctx: DocContext, sentence: Sentence, first: int) -> Mention | None:
    """The programme or unit a clause "waarin A, B en C samenwerken" is about, when the clause opens right before
    its first actor (offset ``first``) and follows the thing's name: its actors take part in it (round 56r).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De provincie heeft het programma Sterke Steden opgezet, waarin Zwolle en Almelo samenwerken."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.waarin-samen")
    [('Almelo', 'programma Sterke Steden'), ('Zwolle', 'programma Sterke Steden')]
    """
    things = [m for m in ctx.in_span(sentence.start, first) if m.type in ("Programme", "OrganisationalUnit")]
    if not things or not _WHEREIN.fullmatch(ctx.text, things[-1].end, first):
        return None
    return things[-1]


#: the "waarin" of a clause whose actors come after a few adverbs: "…, waarin sindsdien ook de gemeenten A en B"
_WHEREIN_ADVERBS = re.compile(r",\s*(?:waarin|waarbinnen)\s+(?:(?:sindsdien|inmiddels|nu|ook|al|daarnaast|verder|"
                              r"tegenwoordig)\s+){1,3}(?:de\s+(?:gemeenten|steden|provincies|partners|partijen)\s+)?")


def _joined_since(ctx: DocContext, sentence: Sentence, at: int) -> None:
    """"het Werkakkoord X, waarin sindsdien ook de gemeenten A en B samenwerken" (the verb at ``at``): A and B take
    part in the programme the clause is about, adverbs between "waarin" and them (round 57s). Whether they work
    with each other the clause does not say.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Breda zette het programma Sterke Steden op, waarin inmiddels ook Zwolle en Almelo samenwerken."
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.waarin-samen")
    [('Almelo', 'participatesIn', 'programma Sterke Steden'), ('Zwolle', 'participatesIn', 'programma Sterke Steden')]
    """
    opening = None
    for opening in _WHEREIN_ADVERBS.finditer(ctx.text, sentence.start, at):
        pass
    actors = ctx.list_after(opening.end(), at, types=ACTORS) if opening is not None else []
    if not actors or actors[0].start != opening.end() or not re.fullmatch(r"\s*", ctx.text[actors[-1].end:at]):
        return
    thing = _wherein_thing(ctx, sentence, actors[0].start)
    for actor in actors if thing is not None else ():
        ctx.add(actor, "participatesIn", thing, sentence, "relations.waarin-samen", 0.7)


#: a collaboration named by its partners: "een samenwerking tussen X en Y", "het samenwerkingsverband tussen …"
_BETWEEN = re.compile(r"\bsamenwerking(?:sverband)?\s+tussen\s+", re.IGNORECASE)


#: the partners of the subject before a joint undertaking: "Leiden samen met Delft en Gouda (heeft een gezamenlijk …)"
_ALONG_WITH = re.compile(r"\s*,?\s+samen\s+met\s+(?:de\s+|het\s+)?", re.IGNORECASE)


def find_joint_subjects(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Actors named together as the subject of a joint undertaking collaborate with each other:
    "Breda en het ministerie van EZK werken samen aan de binnenstad"."""
    if sum(m.type in ACTORS for m in mentions) < 2:
        return  # nothing to find without two actors, so no scan
    for match in ctx.asserted_cues(_BETWEEN, sentence):
        # "Er is een samenwerking tussen Zwolle en Deventer": each pair of the list after "tussen"
        actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if len(actors) < 2 or actors[0].start - match.end() > 12:
            continue
        for k, first in enumerate(actors):
            for second in actors[k + 1:]:
                ctx.add(first, "collaboratesWith", second, sentence, "relations.samenwerking-tussen", 0.75)
    for match in ctx.asserted_cues(_JOINT_VERB_LAST, sentence):
        actors = [m for m in clause_subjects(ctx, sentence, match.start()) if m.type in ACTORS]
        if not actors:
            _joined_since(ctx, sentence, match.start())  # "…, waarin sindsdien ook de gemeenten A en B samenwerken"
            continue
        if actors and (each_on_their_own(ctx.text, actors[-1].end, match.start()) or together_as_sum(ctx.text, match.start())):
            continue  # "… hoe Arnhem en Nijmegen elk samenwerken met …"
        for k, first in enumerate(actors):  # "… vertelde hoe Sittard-Geleen en Heerlen samen optrekken in …"
            for second in actors[k + 1:]:
                ctx.add(first, "collaboratesWith", second, sentence, "relations.samen-in-bijzin", 0.7)
        thing = _wherein_thing(ctx, sentence, actors[0].start) if actors else None
        for actor in actors if thing is not None else ():
            ctx.add(actor, "participatesIn", thing, sentence, "relations.waarin-samen", 0.7)
    joint = list(ctx.asserted_cues(_JOINT, sentence))
    starts = {match.start() for match in joint}
    # the subjects after the verb, a list longer than _JOINT reaches: "Sinds 2022 werken A, B en C nauw samen"
    joint += [match for match in ctx.asserted_cues(_LONG_INVERTED_JOINT, sentence) if match.start() not in starts]
    for match in joint:
        # the subject opens the cue's clause: "Zwolle krijgt geld, en de VNG en BZK werken samen": the VNG and BZK
        start = clause_start(ctx.text, ctx.content_start(sentence), match.start())
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        along = _ALONG_WITH.match(ctx.text, actors[-1].end, match.start()) if actors else None
        if along is not None:  # "Leiden samen met Delft en Gouda heeft een gezamenlijk loket": all three
            actors += ctx.list_after(along.end(), match.start(), types=ACTORS)
        if len(actors) < 2:
            actors = _inverted_joint_subjects(ctx, sentence, start, match)  # "Sinds 2020 werken Arnhem en Nijmegen samen"
            if len(actors) > 1 and not _apart_or_summed(ctx.text, start, actors[-1].end, match):
                for k, first in enumerate(actors):
                    for second in actors[k + 1:]:
                        ctx.add(first, "collaboratesWith", second, sentence, "relations.samen-onderwerp", 0.7)
            continue
        opening = _without_head(ctx.text[start:actors[0].start])
        if len(opening.split()) > 3 or _IN_PP_START.search(opening):
            continue  # a subject opens the clause: "Breda en EZK …", "Ook de G40 en VNG …"; not "Met X en Y …"
        if _apart_or_summed(ctx.text, start, actors[-1].end, match):
            continue
        for k, first in enumerate(actors):
            for second in actors[k + 1:]:
                ctx.add(first, "collaboratesWith", second, sentence, "relations.samen-onderwerp", 0.75)


#: the finite verb of a joint undertaking, its subject after it: "werken (Arnhem en Nijmegen) samen"
_JOINT_FINITE = re.compile(r"(?:werken|werkten|trekken|trokken)\s+", re.IGNORECASE)


#: a joint undertaking whose list of subjects after the verb is longer than :data:`_JOINT` reaches: "werken
#: de gemeente X, Stichting Y en het UWV samen", "werken A en het UWV nauw samen" (round 39a)
_LONG_INVERTED_JOINT = re.compile(r"\b(?:werken|werkten|trekken|trokken)\s+(?=(?:de|het)\s|[A-Z'])[^.;:?!]{1,160}?\s"
                                  r"(?:(?:nauw|intensief|al|ook|nu|goed|graag)\s+)?samen\b(?!\s+met\b)")


#: before the first subject after the verb: nothing, or an article and a kind ("werken de gemeente X …")
_BEFORE_INVERTED_SUBJECT = re.compile(r"(?:(?:de|het)\s+(?:[\w-]+\s+(?:van\s+)?)?)?", re.IGNORECASE)


#: after the last subject, before "samen": nothing or a manner ("werken A en B nauw samen")
_BEFORE_SAMEN = re.compile(r"\s*(?:(?:nauw|intensief|al|ook|nu|goed|graag)\s+)?", re.IGNORECASE)


#: a fronted place, no partner: "In Tilburg-Noord werken …"
_FRONTED_PLACE = re.compile(r"\s*(?:in|op)\s+\S+\s*$", re.IGNORECASE)


def _inverted_joint_subjects(ctx: DocContext, sentence: Sentence, start: int, match: re.Match) -> list[Mention]:
    """The subjects of a joint undertaking put after its verb by a fronted phrase: "Sinds 2020 werken
    Arnhem en Nijmegen samen", "Voor het thema inburgering werken A en B samen in een pilot". Nothing
    when the fronted phrase names an actor ("Met Breda werken A en B samen": Breda's partners), when
    the clause names a programme or unit ("In de Regio Deal X werken A en B samen": both take part in
    it), or when the clause opens with the verb (a question: "Werken A en B samen?")."""
    verb = _JOINT_FINITE.match(ctx.text, match.start())
    together = match.start() + match.group().lower().rfind("samen")
    clause_end = ctx.text.find(";", match.end(), sentence.end)
    clause_end = sentence.end if clause_end < 0 else clause_end
    fronted = [m for m in ctx.in_span(start, match.start()) if m.type in ACTORS | _THINGS]
    if fronted and all(m.type in ACTORS for m in fronted) and _FRONTED_PLACE.fullmatch(ctx.text, start, match.start()):
        fronted = []  # a place where they work: "In Tilburg-Noord werken A en B samen"
    if verb is None or not ctx.text[start:match.start()].strip() or fronted \
            or any(m.type in _THINGS for m in ctx.in_span(match.end(), clause_end)):
        return []  # (working together in a programme or unit: both take part in it, see taking_part)
    actors = ctx.list_after(verb.end(), together, types=ACTORS)
    return actors if actors and _BEFORE_INVERTED_SUBJECT.fullmatch(ctx.text, verb.end(), actors[0].start) \
        and _BEFORE_SAMEN.fullmatch(ctx.text, actors[-1].end, together) else []


def _apart_or_summed(text: str, start: int, subject_end: int, match: re.Match) -> bool:
    """Whether the actors of a joint undertaking (a cue of :data:`_JOINT` at ``match``, their list
    ending at ``subject_end`` in the clause from ``start``) act each on their own ("Leiden en Delft
    tekenden elk een convenant"), are summed ("Breda en Tilburg zijn samen goed voor …") or are named
    with a shared thing of others ("… krijgen geld uit het gezamenlijke fonds van BZK")."""
    cue = match.group().lower()
    together = cue.rfind("samen")
    return each_on_their_own(text, subject_end, match.end()) \
        or (together >= 0 and together_as_sum(text, match.start() + together)) \
        or (cue.startswith("gezamenlijk") and shared_thing_in_phrase(text, start, match.start()))
