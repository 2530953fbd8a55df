"""participatesIn from joining or belonging: "X sluit zich aan bij Y", "Oss sluit aan bij de City Deal X", "De VNG schuift aan bij de
themagroep", "heeft zich aangemeld voor", "is (een van de) lid/leden/deelnemer(s) van", "Daarnaast
sluiten A en B aan bij de pilot X", "is toegetreden tot de G40", "is lid geworden van" / "toen Ede lid werd
van" (the verb last in a subordinate clause), "zijn geselecteerd voor de City Deal X", and "Enschede, Hengelo en Almelo maken
deel uit van het G40-stedennetwerk" (towns of an organisation or unit; persons of a unit: "Ook A en B
maakten deel uit van de commissie"); and joining with nothing after "aan", "In Almelo sluit ook het ROC
van Twente aan" (the programme of the document, or of the sentence before); and leaving, which says a body
took part: "Amstelveen verlaat de taskforce", "Ede stapte in 2023 uit de City Deal X", "Zwolle is gestopt met
(deelname aan) de taskforce", "Breda doet niet langer mee aan de City Deal X", "Nijmegen heeft de themagroep in
2023 verlaten" (a fact of the past: the participation has ended, by the date given if any).

The joiners are the subject of the cue, the actors before it, those the previous sentence lists for
"Zij zijn …", or those right after an inverted verb ("is Ede lid van"); what is joined is the
programme, unit or organisation right after the cue. Called by
:func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Op 1 juli is Ede toegetreden tot de G40.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Ede', 'G40')]
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .decided_leaving import find_decided_leaving
from .model import Mention, Sentence
from .periods import find_periods, last_day_in
from .pointing_back import one_named_before
from .relation_common import _IN_PP_START, THINGS_OR_ORGANISATION, reported_clause_start
from .role_words import role_of
from .voice import we_at

__all__ = ["find_joining"]


#: acceding to a programme: "(besluit om) toe te treden tot", "is toegetreden tot", "treedt toe tot", "is toegelaten tot";
#: a date between the verb and its particle: "treden met ingang van 1 mei 2024 toe tot" (round 43i)
_ACCEDE = re.compile(r"\b(?:toe\s+te\s+treden|toegetreden|(?:treedt|treden|trad|traden)\s+(?:[\w-]+\s+){0,8}?toe|"
                     r"toegelaten)\s+tot\s", re.IGNORECASE)  # admitted: "Ede is toegelaten tot de Regio Deal X"
#: what one accedes to: a unit, a programme, or a network ("is toegetreden tot de G40")
_JOINED = HOLDERS | {"Organisation"}
#: joining with the subject after the verb, in a sentence opened by an adverbial: "Daarnaast sluiten A en B
#: aan bij de pilot X", "Sinds maart schuiven ook A en B aan bij de themagroep" (not "Dit sluit aan bij …": the
#: subject before the verb is no joiner)
_JOIN_INVERTED = re.compile(r"\b(?:sluit|sluiten|sloot|sloten|schuift|schuiven|schoof|schoven)\s+((?:[^\s,;.:]+\s+){1,8}?)aan\s+bij\s", re.IGNORECASE)
_WE_OUR = re.compile(r"\b(?:we|wij|ons|onze)\b", re.IGNORECASE)
#: joining with nothing named after "aan", which ends the clause: "In Almelo sluit ook het ROC van Twente aan, dat
#: …", "Ook Breda en Ede sloten zich aan." (what is joined is the programme of the passage; "aansluiten bij/op X"
#: names it, see _JOIN; an infinitive, "kunnen aansluiten", is no fact)
_JOIN_BARE = re.compile(r"\b(?:(?:sluit|sluiten|sloot|sloten)\s+(?P<joins>(?:[^\s,;.:]+\s+){0,8}?)aan|"
                        # the perfect too: "Ook Deventer heeft zich (in 2022) aangesloten."
                        r"(?:is|zijn|heeft|hebben)\s+(?P<joined>(?:[^\s,;.:]+\s+){0,8}?)aangesloten)(?=\s*(?:[,;.]|$))",
                        re.IGNORECASE)
#: the words that may stand with the joiners between the verb and "aan", or open the clause before them (not a
#: pronominal adverb, "sluit daar goed op aan", nor "namens")
_JOIN_FILLER = re.compile(r"(?:\s|,|[–—]|\ben\b|\b(?:ook|zich|nu|inmiddels|eveneens|al|de|het|gemeente|gemeenten|in|sinds|"
                          r"ministeries?\s+van|provincie|"
                          r"per|vanaf|\d{4}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                          r"november|december)\b)*", re.IGNORECASE)
_JOIN = re.compile(r"\b(?:zich\s+(?:\w+\s+){0,4}?aan\s+bij|aangesloten\s+bij|"
                   # taking a seat at a body's table: "De VNG schuift (regelmatig) aan bij de themagroep"
                   r"(?:schuift|schuiven|schoof|schoven)\s+(?:\w+\s+){0,3}?aan\s+bij|aangeschoven\s+bij|"
                   r"zich\s+(?:\w+\s+){0,4}?aan(?:gemeld)?\s+voor|"  # "heeft zich aangemeld voor", "meldt zich aan voor"
                   r"zich\s+(?:(?:in|per)\s+\S+\s+)?bij(?=\s+(?:de|het)\s+[^.;:,]{1,80}?\s+aan\b)|"  # "sloten zich bij het programma aan"
                   # becoming a member, in the perfect or the present too: "is per 1 juli lid geworden van", "wordt lid van"
                   # an aside of one more member after the verb: "A en B zijn, net als C, lid van"
                   # staying one is being one: "Alkmaar blijft actief lid van de themagroep"
                   r"(?:is|zijn|werd|werden|wordt|worden|blijft|blijven|bleef|bleven)(?:\s*,\s*(?P<like>(?:net\s+als|evenals)\s+[^,;]{1,60}),)?\s+"
                   # (a time phrase between: "is sinds de oprichting van het netwerk lid van"; 52a)
                   r"(?:[^\s,;]+\s+){0,7}?lid\s+(?:geworden\s+)?(?:van|bij)|"
                   # chosen to take part: "Breda en Ede zijn (in de eerste ronde) geselecteerd voor de City Deal X"
                   r"(?:is|zijn|werd|werden)\s+(?:[^\s,;]+\s+){0,5}?(?:geselecteerd|uitgekozen|toegelaten)\s+(?:voor|tot)|"
                   # the verb last, in a subordinate clause: "Toen Alphen in 2014 lid werd van de G40", "dat Ede lid is van"
                   r"lid\s+(?:werd|werden|wordt|worden|is|zijn|was|waren)\s+(?:geworden\s+)?(?:van|bij)|"
                   # "X is een van de oudste leden van het netwerk", "A en B zijn (beide) leden van"
                   r"(?:is|was)\s+(?:één|een)\s+van\s+de\s+(?:\w+\s+){0,2}?(?:leden\s+van|deelnemers\s+(?:aan|van|in))|"
                   r"(?:zijn|waren)\s+(?:\w+\s+){0,2}?deelnemers\s+(?:aan|van|in)|"  # "Ede en Epe zijn (beide) deelnemers aan"
                   # who signed: "A en B zijn de ondertekenaars van de deal", "X is een van de ondertekenaars van"
                   r"(?:is|was|zijn|waren)\s+(?:(?:één|een)\s+van\s+)?(?:\w+\s+){0,2}?(?:mede-?)?ondertekenaars\s+van|"
                   r"(?:zijn|waren)\s+(?:\w+\s+){0,2}?leden\s+van)\s", re.IGNORECASE)
#: being one of an organisation's members: "X en Y maken (alle drie / allebei / sinds 2020) deel uit van"
_PART_OF_NETWORK = re.compile(r"\b(?:maakt|maken|maakte|maakten)\s+(?P<between>(?:[^\s;.]+\s+){0,12}?)"
                              # with companions: "(Zo) maken A en B samen met de provincie X deel uit van" (round 40a)
                              r"(?P<with>samen\s+met\s+[^,;.]{1,60}?\s+)?deel\s+uit\s+van\s", re.IGNORECASE)
#: between the subjects after the verb and the rest of the cue: nothing, or an adverb
_PLAIN_GAP = re.compile(r"\s*(?:(?:alle\s+\w+|allebei|beide|ook|al|sinds\s+\d{4})\s+)?")
#: the cue with the verb last, in a subordinate clause ("toen Alphen lid werd van")
_VERB_LAST = re.compile(r"lid\s+(?:werd|werden|wordt|worden|is|zijn|was|waren)\b", re.IGNORECASE)
#: a relative clause that ends right before the cue: ", die (daarnaast ook) lid is van"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:die|dat|welke)\s+(?:[^\s,;]+\s+){0,5}$", re.IGNORECASE)
#: a descriptive head between the cue and the name: "lid van het stedennetwerk G40"
_APPOSITION_HEAD = re.compile(r"(?:de|het)\s+[a-z][\w-]*\s+")
#: a preposition right before an actor: the object of an earlier verb, no joiner ("X neemt deel aan de pijler Y en
#: is lid van Z": X only; round 41a)
#: (also of a first verb the clause's subject shares: "Hengelo maakt deel uit van de Regio Twente en is lid van X",
#: "Ede werkt samen met de Regio Foodvalley en is lid van X": Hengelo and Ede join X; round 51d)
_OBJECT_BEFORE = re.compile(r"\b(?:aan|in|van|uit|met|onder|bij)\s+(?:de|het)\s+$", re.IGNORECASE)
#: an actor excepted from the clause's subject: "Op Den Helder na zijn het allemaal leden van de G40" (44a)
_EXCEPTED = re.compile(r"\bop\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_EXCEPTED_END = re.compile(r"\s+na\b")
#: a plural pronoun subject that points back to the actors opening the previous sentence
_PLURAL_PRONOUN = re.compile(r"\s*(?:Zij|Ze|Beide(?:n|\s+steden|\s+gemeenten)?|Allebei)\s+(?:zijn|waren|werden)\b")


#: between a person's name and the town that says where the person is from: "Eva Kok (", "Tom Bos, wethouder van "
_PERSON_TO_PLACE = re.compile(r"\s*\(\s*|\s*,\s+(?:de\s+|het\s+)?(?P<role>[a-z][\w-]*)(?:\s+[\w-]+){0,3}?\s+"
                              r"(?:van|uit|in|bij)\s+(?:de\s+)?(?:gemeente\s+)?")


def _persons_place(ctx: DocContext, place: Mention, begin: int) -> bool:
    """Whether ``place`` is the town of the person named right before it, in brackets or an apposition with a
    role ("Eva Kok (Ede)", "Tom Bos, wethouder van Venlo"): a member of the list is the person, not the town.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> found = lambda text: [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...                       if r.predicate == "participatesIn"]
    >>> found("Eva Kok (Ede) is lid van de Taskforce Mkb."), found("Ede en Venlo zijn lid van de Taskforce Mkb.")
    ([], [('Ede', 'Taskforce Mkb'), ('Venlo', 'Taskforce Mkb')])
    """
    person = next((m for m in reversed(ctx.in_span(begin, place.start)) if m.type == "Person"), None)
    gap = _PERSON_TO_PLACE.fullmatch(ctx.text, person.end, place.start) if person is not None else None
    return gap is not None and (gap.group("role") is None or role_of(gap.group("role")) is not None)


def _excepted(text: str, m: Mention) -> bool:
    """Whether ``m`` is named as the one exception, "op X na" (all but X).

    >>> text = "Op Den Helder na zijn ze lid."
    >>> _excepted(text, Mention(3, 13, "Den Helder", "Municipality", "", 1.0)), _excepted(text, Mention(0, 2, "Op", "Municipality", "", 1.0))
    (True, False)
    """
    return _EXCEPTED.search(text, max(0, m.start - 8), m.start) is not None and _EXCEPTED_END.match(text, m.end) is not None


def find_joining(ctx: DocContext, sentence: Sentence, mentions: list[Mention], types: set[str]) -> None:
    """The participatesIn facts of joining, acceding to or being part of a programme, unit or
    organisation that ``sentence`` states (``types``: the types of its ``mentions``)."""
    text = ctx.text
    if "lid" in sentence.text:
        _bare_membership(ctx, sentence)
    for match in ctx.asserted_cues(_JOIN, sentence) if types & THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in THINGS_OR_ORGANISATION]
        if not after or (after[0].start - match.end() > 12
                         and not _APPOSITION_HEAD.fullmatch(text, match.end(), after[0].start)) \
                or re.match(r"-[a-z]", text[after[0].end:after[0].end + 2]):
            continue  # "lid van de VNG-commissie X": a body of the VNG, not the VNG
        if _VERB_LAST.match(match.group()) and _RELATIVE_CLAUSE.search(text, sentence.start, match.start()):
            continue  # "wethouder X uit Almere, die ook lid is van …": the relative pronoun's person (see membership)
        # the cue's own clause: after a semicolon ("A en B zijn vanaf het begin lid; C werd lid van de G40": C only)
        begin = max(ctx.content_start(sentence), text.rfind(";", sentence.start, match.start()) + 1)
        named = [m for m in ctx.in_span(begin, match.start())
                 if m.type in ACTORS and not re.match(r"-[a-z]", text[m.end:m.end + 2])]
        joiners = [m for m in named if not _OBJECT_BEFORE.search(text, max(begin, m.start - 12), m.start)
                   and not _persons_place(ctx, m, begin) and not _excepted(text, m)]
        if match.group("like"):  # "A en B zijn, net als C, lid van de G40": C as well
            joiners += [m for m in ctx.in_span(match.start("like"), match.end("like")) if m.type in ACTORS]
        subject = ctx.subject(sentence, match.start())
        subject = subject if subject is None or subject.start >= begin and not _persons_place(ctx, subject, begin) else None
        if subject is None and not joiners and len(named) > len(joiners):
            continue  # only an object of the clause's first verb before the cue: its subject is no actor named here
        if subject is None and not joiners and _PLURAL_PRONOUN.match(text, sentence.start, match.end()):
            joiners = _previous_subjects(ctx, sentence)
        if subject is None and not joiners:
            joiners = _inverted_list(ctx, match.start() + len(match.group().split()[0]), match.end())  # "is Ede lid van"
        if subject is None and not joiners and _WE_OUR.search(text, ctx.content_start(sentence), match.start()) \
                and we_at(ctx, sentence.start) is not None:
            joiners = [we_at(ctx, sentence.start)]  # "Wij zijn lid van X" in a mail of Ede's, or of "wij als gemeente Ede"
        for m in ([subject] if subject is not None else []) + joiners:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
    for match in ctx.asserted_cues(_JOIN_INVERTED, sentence) if types & THINGS_OR_ORGANISATION and " aan bij " in sentence.text else ():
        # "Daarnaast sluiten Helmond en Leeuwarden aan bij de pilot X": the actors between the verb and "aan"
        after = [m for m in mentions if m.start >= match.end() and m.type in THINGS_OR_ORGANISATION]
        joiners = _inverted_list(ctx, match.start(1), match.end(1))
        if after and joiners and after[0].start - match.end() <= 12 and match.start() > ctx.content_start(sentence):
            for m in joiners:
                ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
    if " aan bij " in sentence.text and types & ACTORS and types & THINGS_OR_ORGANISATION:
        _plain_joining(ctx, sentence, mentions)
    if "aan" in sentence.text and types & ACTORS:
        _bare_joining(ctx, sentence, mentions)
    if types & _LEAVERS and types & _JOINED:
        _leaving(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_ACCEDE, sentence) if types & _JOINED and "toe" in sentence.text else ():
        # "ons besluit om toe te treden tot de City Deal X" in a letter of "wij als gemeente Y"; "Op 1 juli is
        # Ede toegetreden tot de G40" (a network)
        after = [m for m in mentions if m.start >= match.end() and m.type in _JOINED]
        if not after or not re.fullmatch(r"\s*(?:de|het)?\s*", text[match.end():after[0].start]):
            continue
        # "X meldt dat Ede is toegelaten tot …": Ede, not the reporter
        before = ctx.in_span(reported_clause_start(text, ctx.content_start(sentence), match.start()), match.start())
        if any(m.type == "Person" for m in before):
            continue  # "X, wethouder in Ede, is toegetreden tot …": the person accedes (see roles)
        joiners = [m for m in before if m.type in ACTORS]
        if not joiners and _WE_OUR.search(text, sentence.start, match.start()) and we_at(ctx, sentence.start) is not None:
            joiners = [we_at(ctx, sentence.start)]  # "wij als gemeente X", or a mail's sender's body
        listed = len(joiners) > 1 and all(re.fullmatch(r"\s*(?:,|en)\s*(?:de\s+|het\s+|ook\s+)?", text[a.end:b.start])
                                          for a, b in zip(joiners, joiners[1:]))
        if len(joiners) == 1 or listed:  # "Breda en Tilburg zijn toegetreden tot …": each of a list
            for joiner in joiners:
                ctx.add(joiner, "participatesIn", after[0], sentence, "relations.toetreden", 0.75)
    for match in ctx.asserted_cues(_PART_OF_NETWORK, sentence) if "Municipality" in types else ():
        # "Enschede, Hengelo en Almelo maken (alle drie) deel uit van het G40-stedennetwerk": members of
        # an organisation (a unit that is part of another is partOf, see :mod:`graph.extract.parts`)
        after = [m for m in mentions if m.start >= match.end()]
        if not after or after[0].type not in THINGS_OR_ORGANISATION or after[0].start - match.end() > 12:
            continue  # an organisation, or a unit, programme or network: "Breda en Ede maken deel uit van de themagroep X"
        members = [m for m in ctx.in_span(ctx.content_start(sentence), match.start())]
        inverted = _inverted_list(ctx, match.start("between"), match.end("between")) if not members else []
        if inverted and _PLAIN_GAP.fullmatch(text, inverted[-1].end, match.end("between")):
            members = inverted  # "Zo maken Enschede, Hengelo en Almelo (samen met X) deel uit van …" (round 40a)
        elif len(match.group("between").split()) > 3 or "," in match.group("between"):
            continue
        if not members or any(m.type not in ("Municipality", "Province") for m in members) \
                or not all(re.fullmatch(r"\s*(?:,|en)\s*", text[a.end:b.start]) for a, b in zip(members, members[1:])):
            continue
        companions = ctx.list_after(match.start("with") + len("samen met "), match.end("with"), types=ACTORS) \
            if match.group("with") else []
        for m in members + companions:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.deel-uit-van", 0.75)
    for match in ctx.asserted_cues(_PART_OF_NETWORK, sentence) if "Person" in types else ():
        # "Ook wethouder A (Haarlem) en directeur B maakten deel uit van de commissie": they sit in the unit
        after = [m for m in mentions if m.start >= match.end()]
        if not after or after[0].type != "OrganisationalUnit" or after[0].start - match.end() > 12:
            continue
        for person in [m for m in ctx.in_span(ctx.content_start(sentence), match.start()) if m.type == "Person"]:
            ctx.add(person, "participatesIn", after[0], sentence, "relations.deel-uit-van", 0.7)


#: leaving a programme, unit or network, which one took part in: "Amstelveen verlaat (per 1 mei) de taskforce",
#: "Ede stapte in 2023 uit de City Deal", "Ede trekt zich terug uit de pilot", "Ede heeft de taskforce verlaten",
#: "Ede neemt per 1 mei niet langer deel aan de City Deal" (walkthrough 26, finding 3)
_LEAVE = re.compile(r"\b(?:(?:verlaat|verlaten|verliet|verlieten)\s+(?:(?:per|in|na|op|sinds)\s+(?:\S+\s+){1,3}?)?|"
                    r"(?:stapt|stappen|stapte|stapten|treedt|treden|trad|traden)\s+(?:(?:per|in|na|op)\s+(?:\S+\s+){1,3}?)?uit\s+|"
                    r"(?:trekt|trekken|trok|trokken)\s+zich\s+(?:(?:per|in|na|op)\s+(?:\S+\s+){1,3}?)?terug\s+uit\s+|"
                    # "is (per 1 mei) gestopt met (deelname aan) de X", "stopt met", "is uitgetreden uit de X"
                    r"(?:(?:is|zijn|was|waren)\s+(?:(?:per|in|na|op)\s+(?:\S+\s+){1,3}?)?(?:gestopt\s+met|uitgetreden\s+uit|"
                    r"uitgestapt\s+uit)|(?:stopt|stoppen|stopte|stopten)\s+(?:(?:per|in|na|op)\s+(?:\S+\s+){1,3}?)?met)\s+"
                    r"(?:(?:de\s+|haar\s+|zijn\s+)?deelname\s+aan\s+)?|"
                    # "doet niet langer mee aan de X", "deed vanaf 2023 niet meer mee aan"
                    r"(?:doet|doen|deed|deden)\s+(?:\S+\s+){0,3}?niet\s+(?:langer|meer)\s+mee\s+(?:aan|met)\s+|"
                    # "neemt per 1 januari niet langer deel aan de X"
                    r"(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){0,4}?niet\s+(?:langer|meer)\s+deel\s+aan\s+)"
                    r"(?=(?:de|het)\s)", re.IGNORECASE)
#: leaving in the perfect, the verb last: "Nijmegen heeft de themagroep (in 2023) verlaten"
_LEFT_PERFECT = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?=(?:de|het)\s)", re.IGNORECASE)
_VERB_LAST_LEFT = re.compile(r"[^,;.:]{0,40}?\bverlaten\b")
#: stepping out in the perfect, the participle last: "Leeuwarden is per 1 april uit de City Deal X gestapt", "Ede
#: was in 2023 uit de taskforce getreden" (walkthrough 29, finding 1; "stapte uit", "is uitgestapt uit" are _LEAVE's)
_OUT_PERFECT = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:(?:per|in|na|op|sinds)\s+(?:\S+\s+){1,3}?)?uit\s+(?=(?:de|het)\s)",
                          re.IGNORECASE)
_VERB_LAST_OUT = re.compile(r"[^,;.:]{0,40}?\b(?:gestapt|getreden)\b")
_NO_LONGER = re.compile(r"\bniet\s+(?:langer|meer)\b", re.IGNORECASE)
#: who leaves as a body: a town, a province or an organisation (a person's leaving is a role that ends, see
#: :mod:`graph.extract.left_bodies`)
_LEAVERS = frozenset({"Municipality", "Province", "Organisation"})


def _left_by(ctx: DocContext, sentence: Sentence) -> str | None:
    """The last day of the time a leaving happened in: "heeft de themagroep in 2023 verlaten" (by the end of
    2023), "stapte in maart uit" (by the end of March); None for a date from which (the clause's own period)."""
    periods = find_periods(ctx.text, sentence.start, sentence.end, year=ctx.date)
    if len(periods) == 1 and periods[0].during:
        return periods[0].valid_until
    return last_day_in(sentence.text, year=ctx.date)


def _leaving(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Amstelveen verlaat de taskforce na de herijking", "Ede stapte in 2023 uit de City Deal X": the body
    that leaves took part in what it leaves (a fact of the past). The leaver opens the clause; a person
    before the verb ("Wethouder X verlaat de themagroep") is left to the roles.

    Examples
    --------
    (see tests/test_extract_round34b.py::test_a_body_that_leaves_took_part)
    """
    cues = [(m, None) for m in ctx.cues(_LEAVE, sentence)  # (the "niet" of "doet niet langer mee" is no denial)
            if ctx.asserted(sentence, m.start(), m.start() + _NO_LONGER.search(m.group(0)).start()
                            if _NO_LONGER.search(m.group(0)) else m.end())]
    cues += [(m, _VERB_LAST_LEFT) for m in ctx.asserted_cues(_LEFT_PERFECT, sentence)]
    cues += [(m, _VERB_LAST_OUT) for m in ctx.asserted_cues(_OUT_PERFECT, sentence)]
    for match, verb_after in cues:
        left = next((m for m in mentions if m.start >= match.end()), None)
        if left is None or left.type not in _JOINED or not re.fullmatch(r"(?:(?:de|het)\s+)?", ctx.text[match.end():left.start]):
            continue
        if verb_after is not None and not verb_after.match(ctx.text, left.end, sentence.end):
            continue
        start = ctx.content_start(sentence)
        before = ctx.in_span(start, match.start())
        if len(before) != 1 or before[0].type not in _LEAVERS or left.type == "Organisation" and before[0].type != "Municipality" \
                or not _JOIN_FILLER.fullmatch(ctx.text, start, before[0].start) \
                or not _JOIN_FILLER.fullmatch(ctx.text, before[0].end, match.start()):
            continue  # "Amstelveen verlaat …": the one body that opens the clause, right before the verb
        until = _left_by(ctx, sentence)
        ctx.add(before[0], "participatesIn", left, sentence, "relations.verlaat", 0.65, past=True, until=until)
    _leaving_verb_last(ctx, sentence, mentions)
    find_decided_leaving(ctx, sentence, mentions)  # "Helmond heeft besloten per 1 januari uit de X te stappen"


#: a subordinate clause, its verb last (walkthrough 30, finding 9): "(besloten) dat Zwolle per 1 juli uit de City Deal X
#: treedt", "omdat Ede de taskforce verlaat"; the conjunction right before the leaver, the time after it
_SUBORDINATOR = re.compile(r"\b(?:dat|omdat|nu|zodat|waardoor)\s+\Z", re.IGNORECASE)
_TIME_AFTER = r"(?:(?:per|in|na|op|vanaf|met\s+ingang\s+van)\s+(?:\S+\s+){1,3}?)?"
_OUT_BETWEEN = re.compile(r"\s+" + _TIME_AFTER + r"uit\s+(?:(?:de|het)\s+)?", re.IGNORECASE)
_OUT_VERB = re.compile(r"\s+(?:stapt|stappen|stapte|stapten|treedt|treden|trad|traden)\b", re.IGNORECASE)
_LEFT_BETWEEN = re.compile(r"\s+" + _TIME_AFTER + r"(?:(?:de|het)\s+)?", re.IGNORECASE)
_LEFT_VERB = re.compile(r"\s+" + _TIME_AFTER + r"(?:verlaat|verlaten|verliet|verlieten)\b", re.IGNORECASE)


def _leaving_verb_last(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het college heeft besloten dat Zwolle per 1 juli 2025 uit de City Deal X treedt", "… omdat Ede de taskforce
    per 1 mei verlaat": in a clause after "dat", "omdat", "nu" … the verb comes last, so :func:`_leaving`'s verb
    before the body is not there. The one body right after the conjunction left what follows "uit (de)" (or,
    with "verlaat", the body right after it), the verb right after that; "dat Zwolle uit de City Deal X
    voordeel haalt" has no verb of leaving, "dat Zwolle niet uit de City Deal treedt" is denied.

    Examples
    --------
    (see tests/test_walkthrough55w.py::test_a_town_that_leaves_in_a_clause_with_its_verb_last)
    """
    text = ctx.text
    for leaver, left in zip(mentions, mentions[1:]):
        if leaver.type not in _LEAVERS or left.type not in _JOINED or left.type == "Organisation" and leaver.type != "Municipality":
            continue
        conjunction = _SUBORDINATOR.search(text, max(sentence.start, leaver.start - 12), leaver.start)
        if conjunction is None:
            continue
        for between, verb in ((_OUT_BETWEEN, _OUT_VERB), (_LEFT_BETWEEN, _LEFT_VERB)):
            said = verb.match(text, left.end, sentence.end)
            if between.fullmatch(text, leaver.end, left.start) and said \
                    and ctx.asserted(sentence, conjunction.start(), said.end()):
                ctx.add(leaver, "participatesIn", left, sentence, "relations.verlaat", 0.65, past=True,
                        until=_left_by(ctx, sentence))
                break


#: joining without "zich", the subject first: "Oss sluit aan bij de City Deal X", "Ook Ede en Epe sluiten per 1 mei
#: aan bij" (the subject must be nothing but actors and small words: "Het plan van Oss sluit aan bij" is no joining)
_JOIN_PLAIN = re.compile(r"\b(?:sluit|sluiten|sloot|sloten)\s+(?P<when>(?:[^\s,;.:]+\s+){0,3}?)aan\s+bij\s", re.IGNORECASE)


def _plain_joining(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Oss sluit aan bij de City Deal X": the actors that are the whole subject before the verb join the
    programme, unit or organisation right after "aan bij".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> found = lambda text: [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...                       if r.predicate == "participatesIn"]
    >>> found("Oss sluit aan bij de City Deal Circulaire Stad."), found("Het plan van Oss sluit aan bij de City Deal Circulaire Stad.")
    ([('Oss', 'City Deal Circulaire Stad')], [])
    """
    start = ctx.content_start(sentence)
    for match in ctx.asserted_cues(_JOIN_PLAIN, sentence):
        if ctx.in_span(match.start("when"), match.end("when")) \
                or not _only_actors_and_fillers(ctx.text, [], match.start("when"), match.end("when")):
            continue  # "Daarnaast sluiten A en B aan bij": the inverted cue reads it; "sluit daar goed op aan bij"
        if _joined_members(ctx, sentence, mentions, match):
            continue
        after = [m for m in mentions if m.start >= match.end() and m.type in THINGS_OR_ORGANISATION]
        if not after or not _APPOSITION_HEAD.fullmatch(ctx.text, match.end(), after[0].start) \
                and after[0].start - match.end() > 4:
            continue
        begin = reported_clause_start(ctx.text, start, match.start())
        before = [m for m in ctx.in_span(begin, match.start()) if m.type in ACTORS]
        if before and _only_actors_and_fillers(ctx.text, before, begin, match.start()):
            for m in before:
                ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.7)


#: a sentence that says who joined a programme: "A en B zijn toegetreden tot X", "A sluit aan bij X", "A doet mee aan X"
_JOINED_BEFORE = re.compile(r"\b(?:toegetreden|aangesloten|treedt|treden|trad|traden)\s|\bsluit(?:en)?\s+(?:\S+\s+){0,3}?aan\b|"
                            r"\bslo(?:ot|ten)\s+(?:\S+\s+){0,3}?aan\b|\bdo(?:et|en)\s+(?:\S+\s+){0,3}?mee\b", re.IGNORECASE)


def _joined_members(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> bool:
    """"Deventer en Apeldoorn zijn toegetreden tot de City Deal X. Zij sluiten aan bij Amersfoort, Zwolle en
    ProRail.": those joined are the programme's members (the one programme the sentence before names, in
    which it says someone joined); whether the cue was read so (44a).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede is toegetreden tot de City Deal Zon. Ede sluit aan bij Breda, Venlo en ProRail."
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.aansluiten-bij-leden")
    ['Breda', 'ProRail', 'Venlo']
    """
    if any(m.type in HOLDERS for m in mentions):
        return False
    members = ctx.list_after(match.end() - 1, sentence.end, types=ACTORS)
    if len(members) < 2 or not re.fullmatch(r"\s*(?:de\s+|het\s+)?", ctx.text[match.end() - 1:members[0].start]):
        return False
    previous = ctx.previous_sentence(sentence)
    thing = one_named_before(ctx, sentence, types={"Programme"})
    if thing is None or previous is None or "\n\n" in ctx.text[previous.end:sentence.start] \
            or not _JOINED_BEFORE.search(previous.text):
        return False
    for m in members:
        ctx.add(m, "participatesIn", thing, sentence, "relations.aansluiten-bij-leden", 0.7)
    return True


def _bare_joining(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"In Almelo sluit ook het ROC van Twente aan, dat …": the actors between the verb and "aan" (or the
    subject before the verb: "Ook Breda sloot zich aan.") join the programme the document's title names, else
    the one programme the sentence before names; nothing when the sentence names a programme or unit of its
    own (that is what the other cues read) or none is in view.

    Examples
    --------
    (see tests/test_extract_round34b.py::test_joining_the_programme_of_the_passage)
    """
    if any(m.type in HOLDERS for m in mentions):
        return
    for match in ctx.asserted_cues(_JOIN_BARE, sentence):
        group = "joins" if match.group("joins") is not None else "joined"
        inside = ctx.in_span(match.start(group), match.end(group))
        if not _only_actors_and_fillers(ctx.text, inside, match.start(group), match.end(group)):
            continue  # "Het plan sluit daar goed op aan": a pronominal adverb, no joining
        if inside:  # "In Almelo sluit ook het ROC van Twente aan": the subject after the verb
            joiners = inside if match.start() > ctx.content_start(sentence) else []
        else:  # "Ook Breda en Ede sloten zich aan": the subject that opens the clause (after a semicolon: its own)
            start = max(reported_clause_start(ctx.text, ctx.content_start(sentence), match.start()),
                        ctx.text.rfind(";", sentence.start, match.start()) + 1)
            before = ctx.in_span(start, match.start())
            joiners = before if before and _only_actors_and_fillers(ctx.text, before, start, match.start()) else []
        # the programme the document is about (its title names it), else the one the sentence before names, else
        # the unit the passage is about ("De themagroep … . A en B zijn vanaf het begin lid; C sloot zich in 2023
        # aan", round 43i)
        programme = ctx.title_programme or one_named_before(ctx, sentence, types=("Programme",)) if joiners else None
        if joiners and programme is None:
            unit = ctx.context_unit(sentence.start, types={"OrganisationalUnit"})
            programme = unit if unit is not None and not sentence.start <= unit.start < sentence.end else None
        for m in joiners if programme is not None else ():
            ctx.add(m, "participatesIn", programme, sentence, "relations.sluit-aan", 0.65)


#: being a member with nothing after "lid", which ends the clause: "Almere, Heerlen en Helmond zijn vanaf het begin
#: lid;", "Ook Breda is sinds 2019 lid." (not "lid van X", "lid geworden van": see _JOIN)
_MEMBER_BARE = re.compile(r"\b(?:is|zijn|was|waren)\s+(?P<when>(?:(?:ook|al|nog|steeds|inmiddels|vanaf|sinds|het|de|begin|"
                          r"start|jaren|lang|\d{4})\s+){0,4})lid(?=\s*(?:[,;.]|$))", re.IGNORECASE)


def _bare_membership(ctx: DocContext, sentence: Sentence) -> None:
    """"Almere, Heerlen en Helmond zijn vanaf het begin lid;": the actors that open the clause are members of
    the unit the passage is about (the one in view: a heading, the sentence before, the document's title);
    nothing when the clause names a unit or programme of its own, or no unit is in view (41c).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De Themagroep Wonen bestaat tien jaar. Ede en Epe zijn vanaf het begin lid; Oss kwam later."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Ede', 'Themagroep Wonen'), ('Epe', 'Themagroep Wonen')]
    """
    for match in ctx.asserted_cues(_MEMBER_BARE, sentence):
        start = max(ctx.content_start(sentence), ctx.text.rfind(";", sentence.start, match.start()) + 1)
        before = ctx.in_span(start, match.start())
        if not before or not _only_actors_and_fillers(ctx.text, before, start, match.start()):
            continue  # "De wethouder is vanaf het begin lid": no actor named; "Zij is lid": a person
        unit = ctx.context_unit(sentence.start, types={"OrganisationalUnit"})
        if unit is None or sentence.start <= unit.start < sentence.end:
            continue
        for m in before:
            ctx.add(m, "participatesIn", unit, sentence, "relations.is-lid", 0.65)


def _only_actors_and_fillers(text: str, actors: list[Mention], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only the ``actors`` (organisations, towns, ministries) and small words
    ("ook", "zich", "de", "en", a date): the subject of a clause of joining, and nothing else.

    >>> t = "Ook Breda en Ede"
    >>> _only_actors_and_fillers(t, [Mention(4, 9, "Breda", "Municipality", "", 1), Mention(13, 16, "Ede", "Municipality", "", 1)], 0, 16)
    True
    >>> _only_actors_and_fillers("daar goed op", [], 0, 12)
    False
    """
    position = start
    for m in actors:
        if m.type not in ACTORS or not _JOIN_FILLER.fullmatch(text, position, m.start):
            return False
        position = m.end
    return _JOIN_FILLER.fullmatch(text, position, end) is not None


def _inverted_list(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """The actors listed right after a finite verb, up to ``end`` ("is Ede officieel lid van",
    "sluiten Breda en Ede aan bij"): a list that opens the span, else none.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Per 1 mei is Ede officieel lid van het Stedennetwerk G40.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Ede', 'Stedennetwerk G40')]
    """
    actors = ctx.list_after(start, end, types=ACTORS)
    if not actors or not re.fullmatch(r"\s*(?:(?:ook|de|het|nu|dan|gemeente|provincie)\s+)*", ctx.text[start:actors[0].start]):
        return []
    return actors



def _previous_subjects(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The actors listed as the subject of the previous sentence, for "Zij zijn …" / "Beide steden
    zijn …": "Zwolle en Deventer werken samen. Zij zijn lid van de G40" (two or more, or none)."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return []
    start = ctx.content_start(previous)
    actors = ctx.list_after(start, previous.end, types=ACTORS)
    opening = ctx.text[start:actors[0].start] if actors else ""
    if len(actors) < 2 or len(opening.split()) > 2 or _IN_PP_START.search(opening):
        return []
    return actors
