"""participatesIn: taking part in a programme, unit or organisation.

Cues: "participeren/doen mee/meedoen/nemen deel/ondertekenden" with a list (not the actors of a
relative clause after it); "actief in"; "heeft zitting in X met Y"; "is verbreed met
vertegenwoordigers van"; "Hieronder/Waaronder …" after "bestaat uit"; "meegedacht/meegewerkt … X", "levert een bijdrage aan X", "heeft inbreng geleverd op X";
"Beide steden doen mee aan" (the pair "A en B" the previous sentence names; "het programma X van SZW":
SZW owns X and takes no part);
"…, waaraan X deelneemt", "Sinds 2021 neemt X deel aan"; "heeft zich aangemeld voor"; "Deelnemers
aan X zijn A en B"; "is (een van de) deelnemer(s)/lid van"; "toegetreden tot"; "maken deel uit van" (towns of
an organisation or unit; persons of a unit: "Ook A en B maakten deel uit van de commissie");
partners: "Ook Utrecht en Den Haag zijn partner", "Verder zijn het UWV en Divosa partner". The table
of all relation cues is in :mod:`graph.extract.relations`, which calls :func:`find_participation`
per sentence.
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .model import Mention, Sentence
from .accession import accession, represents_in
from .relation_common import _IN_PP_START, _THINGS, _WE, _without_head, reported_clause_start
from .subjects import coordinated, target_thing
from .voice import we_actor

__all__ = ["find_participation"]


_PARTICIPATE = re.compile(
    r"\b(?:participeren|participeert|participeerden|(?:doen|doet|deden|deed|werken|werkt|werkten)\s+(?:\S+\s+){0,8}?mee\b|"
    r"mee(?:doen|doet|deden|deed)\b|"  # a subordinate clause: "vertelt dat Breda en Ede inmiddels meedoen"
    r"deel(?:neemt|nemen|nam|namen|genomen)\b|"  # "…, waaraan Zwolle deelneemt", "heeft deelgenomen aan"
    r"(?:nemen|neemt|namen|nam)\s+(?:[^\s,;:.]+\s+){1,6}?deel\s+aan\b|"  # inverted: "Sinds 2021 neemt Ede deel aan"
    r"(?:nemen|neemt|namen|nam)\s+(?:(?:al|ook|nu|nog|inmiddels|eveneens|actief|eerder|sinds\s+\S+)\s+){0,2}deel|"
    r"(?:nemen|namen|neemt|nam)\s+[A-Z'][^.;:]{0,150}?\s+deel(?=\s*(?:[.;:]|$))|"  # "Aan de deal nemen X, Y en Z deel."
    r"(?:nemen|namen)\s+(?:\w+\s+){0,3}?\S+-(?:steden|gemeenten)\s+deel(?=\s*[.,;:])|"  # "nemen negen G40-steden deel, …"
    r"(?:nemen|namen)\s+(?:\w+\s+){0,2}?(?:steden|gemeenten|provincies|partijen|partners)\s+deel(?=\s*:)|"  # "nemen zes steden deel: …"
    r"(?:sloot|sloten|gesloten)(?!\s+(?:\S+\s+){0,6}?zich\b)|"
    r"ondertekenden|ondertekend|ondertekende|tekenden|tekende|getekend)\b", re.IGNORECASE)
#: acceding to a programme: "(besluit om) toe te treden tot", "is toegetreden tot", "treedt toe tot", "is toegelaten tot"
_ACCEDE = re.compile(r"\b(?:toe\s+te\s+treden|toegetreden|(?:treedt|treden|trad|traden)\s+(?:\w+\s+){0,3}?toe|"
                     r"toegelaten)\s+tot\s", re.IGNORECASE)  # admitted: "Ede is toegelaten tot de Regio Deal X"
#: what one accedes to: a unit, a programme, or a network ("is toegetreden tot de G40")
_JOINED = HOLDERS | {"Organisation"}
#: joining with the subject after the verb, in a sentence opened by an adverbial: "Daarnaast sluiten A en B
#: aan bij de pilot X", "Sinds maart schuiven ook A en B aan bij de themagroep" (not "Dit sluit aan bij …": the
#: subject before the verb is no joiner)
_JOIN_INVERTED = re.compile(r"\b(?:sluit|sluiten|sloot|sloten|schuift|schuiven|schoof|schoven)\s+((?:[^\s,;.:]+\s+){1,8}?)aan\s+bij\s", re.IGNORECASE)
#: a person between the verb and "deel aan": "nam burgemeester X deel aan", "neemt wethouder Y (Ede) deel aan"
_TAKES_PART_PERSON = re.compile(r"\b(?:neemt|nam|nemen|namen)\s+(?:[^\s,;:.]+\.?\s+){1,7}?deel\s+aan\s+")
_WE_OUR = re.compile(r"\b(?:we|wij|ons|onze)\b", re.IGNORECASE)
#: an agreement of its own that a sentence says was signed (not the programme of the passage)
_OWN_AGREEMENT = re.compile(r"\been\s+(?:[\w-]+\s+)?(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|"
                            r"akkoord|verklaring|contract|brief|motie|petitie|manifest)\b", re.IGNORECASE)
_SIGNED = re.compile(r"(?:sloot|sloten|gesloten|(?:onder)?tek|getek)", re.IGNORECASE)
#: a fronted "besides X" and the finite verb after it: "Naast BZK zijn (ook) …"
_BESIDES = re.compile(r"\s*(?:Naast|Behalve)\s+[^,;]{1,80}?\s(?:zijn|is|waren|was)\s+(?:ook\s+)?")
_ACTIVE_IN = re.compile(r"\b(?:actief|vertegenwoordigd|zitting|deelnemer)\s+(?:in|bij|aan)\s", re.IGNORECASE)
_JOIN = re.compile(r"\b(?:zich\s+(?:\w+\s+){0,4}?aan\s+bij|aangesloten\s+bij|"
                   # taking a seat at a body's table: "De VNG schuift (regelmatig) aan bij de themagroep"
                   r"(?:schuift|schuiven|schoof|schoven)\s+(?:\w+\s+){0,3}?aan\s+bij|aangeschoven\s+bij|"
                   r"zich\s+(?:\w+\s+){0,4}?aan(?:gemeld)?\s+voor|"  # "heeft zich aangemeld voor", "meldt zich aan voor"
                   r"zich\s+(?:(?:in|per)\s+\S+\s+)?bij(?=\s+(?:de|het)\s+[^.;:,]{1,80}?\s+aan\b)|"  # "sloten zich bij het programma aan"
                   r"(?:is|zijn|werd|werden)\s+(?:[^\s,;]+\s+){0,5}?lid\s+(?:van|bij)|"
                   # "X is een van de oudste leden van het netwerk", "A en B zijn (beide) leden van"
                   r"(?:is|was)\s+(?:één|een)\s+van\s+de\s+(?:\w+\s+){0,2}?(?:leden\s+van|deelnemers\s+(?:aan|van|in))|"
                   r"(?:zijn|waren)\s+(?:\w+\s+){0,2}?deelnemers\s+(?:aan|van|in)|"  # "Ede en Epe zijn (beide) deelnemers aan"
                   r"(?:zijn|waren)\s+(?:\w+\s+){0,2}?leden\s+van)\s", re.IGNORECASE)
#: being one of an organisation's members: "X en Y maken (alle drie / allebei / sinds 2020) deel uit van"
_PART_OF_NETWORK = re.compile(r"\b(?:maakt|maken|maakte|maakten)\s+(?:[^\s,;.]+\s+){0,3}?deel\s+uit\s+van\s",
                              re.IGNORECASE)
#: a descriptive head between the cue and the name: "lid van het stedennetwerk G40"
_APPOSITION_HEAD = re.compile(r"(?:de|het)\s+[a-z][\w-]*\s+")
#: a plural pronoun subject that points back to the actors opening the previous sentence
_PLURAL_PRONOUN = re.compile(r"\s*(?:Zij|Ze|Beide(?:n|\s+steden|\s+gemeenten)?|Allebei)\s+(?:zijn|waren|werden)\b")
_SEAT_WITH = re.compile(r"\bzitting\s+in\b", re.IGNORECASE)
_BROADENED = re.compile(r"\b(?:verbreed|uitgebreid|aangevuld)\s+met\s+(?:vertegenwoordigers\s+van\s+)?", re.IGNORECASE)
#: a unit named with who sit in it: "een ambtelijke kerngroep met vertegenwoordigers van A, B en C"
_WITH_REPRESENTATIVES = re.compile(r"\s+met\s+(?:(?:ambtelijke|bestuurlijke)\s+)?vertegenwoordigers\s+(?:van|uit)\s+"
                                   r"(?:onder\s+(?:meer|andere)\s+)?(?:de\s+|het\s+)?")
_AMONG = re.compile(r"\s*(?:Hieronder|Waaronder|Daaronder|Onder\s+wie|Onder\s+hen)\b")
#: the end of a clause between a cue and its object
_CLAUSE_BREAK = re.compile(r"[,;]|\bmaar\b")
#: between "betrokken bij" and the unit: only the preposition and an article
_ARTICLE_GAP = re.compile(r"\s+(?:bij|aan|in)\s+(?:de\s+|het\s+)?")
_CONTRIBUTE = re.compile(r"\b(?:meegedacht|meegewerkt|bijgedragen|betrokken|"
                         # "draagt (financieel) bij aan de City Deal X" (not "draagt 6 miljoen bij uit …")
                         r"(?:draagt|dragen|droeg|droegen)\s+(?:[^\s,;.]+\s+){0,2}?bij\s+aan|"
                         # "levert (samen met SZW) een bijdrage aan de Aanpak X", "leverde de pijler een bijdrage aan"
                         r"(?:levert|leveren|leverde|leverden|geleverd)\s+(?:[^\s,;.]+\s+){0,5}?(?:een\s+)?"
                         r"(?:\w+\s+)?bijdrage\s+aan|"
                         # "heeft (via de themagroep) inbreng geleverd op de agenda X", "levert inbreng voor"
                         r"inbreng\s+(?:geleverd|leveren|levert|leverde|leverden|gegeven|geven|geeft|gaf|gaven)\s+"
                         r"(?:op|aan|voor|bij)|(?:levert|leveren|leverde|leverden|geeft|gaf)\s+(?:[^\s,;.]+\s+){0,4}?"
                         r"inbreng\s+(?:op|aan|voor|bij))(?=\s)", re.IGNORECASE)


#: a name used as a modifier of its members: "G40-steden", "de G40 steden Leeuwarden, …", "VNG leden"
_ADJECTIVAL = re.compile(r"-[a-z]|\s(?:steden|gemeenten|gemeentes|wethouders|burgemeesters|leden|partners)\b")


_THINGS_OR_ORGANISATION = _THINGS | {"Organisation"}
#: a place where something happens: "getekend te Utrecht", "(ondertekend) in Arnhem"
_AT_PLACE = re.compile(r"\bte\s+$|\bin\s+$", re.IGNORECASE)


def _signing_place(text: str, m: Mention, cue: re.Match) -> bool:
    """Whether municipality ``m`` is where something is signed or done ("getekend te Utrecht",
    "ondertekend in Arnhem"), no party: "te" always names a place, "in" after a verb of signing.

    >>> text = "Aldus getekend te Utrecht."
    >>> _signing_place(text, Mention(18, 25, "Utrecht", "Municipality", "", 1.0), _PARTICIPATE.search(text))
    True
    >>> text = "Utrecht tekende het convenant."
    >>> _signing_place(text, Mention(0, 7, "Utrecht", "Municipality", "", 1.0), _PARTICIPATE.search(text))
    False
    """
    if m.type != "Municipality":
        return False
    before = _AT_PLACE.search(text, max(0, m.start - 4), m.start)
    return before is not None and (before.group().lower().startswith("te") or _SIGNED.match(cue.group()) is not None)


def _unit_just_named(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit the previous sentence names last, which a sentence of taking part without a programme
    is about: "De taskforce X kreeg een voorzitter. Naast Leeuwarden nemen Enschede en Schiedam deel"."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or previous.section_start != sentence.section_start:
        return None
    units = [m for m in ctx.in_sentence(previous) if m.type == "OrganisationalUnit"]
    return units[-1] if units else None


#: a programme named by its kind after a cue of taking part: "(doen mee) aan het project", "aan de samenwerking"
_PROGRAMME_NOUN = re.compile(r"(?:\s+aan)?\s+(?:het|de|dit|deze)\s+(?:project|programma|initiatief|samenwerking|traject|"
                             r"pilot|proef|experiment)\b", re.IGNORECASE)


#: a second thing taken part in: "neemt deel aan de pijler X en aan de themagroep Y" (Y takes no part in X)
_AFTER_AAN = re.compile(r"\baan\s+(?:de|het)?\s*$")


#: an actor someone acts for: "namens Ede", "namens de gemeente Ede"
_ON_BEHALF = re.compile(r"\bnamens\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?$", re.IGNORECASE)
#: a relative clause after a cue of taking part: its actors do something else ("…, dat door BZK wordt getrokken")
_RELATIVE_AFTER = re.compile(r",\s+(?:dat|die|waar(?!onder)\w*)\s", re.IGNORECASE)


_AND_AAN = re.compile(r"\s+en\s+aan\s+(?:de\s+|het\s+)?")


def _second_target(ctx: DocContext, mentions: list[Mention], target: Mention, clause_end: int) -> Mention | None:
    """The thing after "en aan" right after the target: "(neemt deel) aan de pijler X en aan de themagroep Y"."""
    joined = _AND_AAN.match(ctx.text, target.end, clause_end)
    return next((m for m in mentions if joined and m.start == joined.end() and m.type in _THINGS), None)


#: the cue "neemt/nam deel aan" itself (a person as its subject takes part in what follows "aan")
_DEEL_AAN = re.compile(r"(?:neemt|nam)\s+deel\s+aan\b", re.IGNORECASE)


def _participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # most cues below need a unit, programme, event or organisation in the sentence: without
    # one they find nothing, so their regex need not run (the cost of extraction is in these scans)
    types = {m.type for m in mentions}
    for match in ctx.asserted_cues(_PARTICIPATE, sentence):
        if match.group()[-3:].lower() == "aan" and any(m.type == "Person" for m in ctx.in_span(match.start(), match.end())):
            continue  # "Namens Tilburg neemt X deel aan …": the person takes part (see membership)
        # "doen mee aan het project": a programme the text named before, never a unit
        unit_named = None if _PROGRAMME_NOUN.match(text, match.end()) else _unit_just_named(ctx, sentence)
        target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"}) \
            or unit_named or ctx.title_programme
        if target is None or (target.type == "OrganisationalUnit" and _SIGNED.match(match.group())):
            continue  # what is closed or signed is an agreement, no unit: "sloot de pijler een convenant met Y"
        if _SIGNED.match(match.group()) and not sentence.start <= target.start < sentence.end \
                and _OWN_AGREEMENT.search(text, sentence.start, match.start()):
            continue  # "Beide instellingen hebben een intentieverklaring met de gemeente getekend": an agreement of its own
        # a clause after a semicolon is another statement: "tekenden A en B …; in C lopen de gesprekken nog"
        clause_start = max(text.rfind(";", sentence.start, match.start()) + 1, ctx.content_start(sentence))
        clause_end = text.find(";", match.end(), sentence.end)
        clause_end = sentence.end if clause_end < 0 else clause_end
        if _SIGNED.match(match.group()) and sentence.start <= target.start < sentence.end \
                and not clause_start <= target.start < clause_end \
                and target_thing([m for m in mentions if clause_start <= m.start < clause_end]) is None \
                and _OWN_AGREEMENT.search(text, clause_start, match.start()):
            continue  # "… werkt het programma samen met X; in Y heeft Z een convenant met BZK getekend": Z's own agreement
        relative = _RELATIVE_AFTER.search(text, match.end(), clause_end)
        if relative is not None:
            clause_end = relative.start()  # "… deel aan het programma, dat door BZK wordt getrokken": BZK leads it
            if target.start >= clause_end and sentence.start <= target.start < sentence.end:
                # "Namens het kabinet tekende de minister van LNV, die de Regio Deals coördineert": not what was signed
                target = target_thing([m for m in mentions if m.end <= clause_end]) \
                    or ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
                if target is None:
                    continue
        actors = [m for m in mentions if m.type in ("Municipality", "Organisation", "Ministry", "Province", "OrganisationalUnit")
                  and m is not target and not _ADJECTIVAL.match(text, m.end) and clause_start <= m.start < clause_end
                  and not (m.start >= match.end() and _AFTER_AAN.search(text, max(match.end(), m.start - 12), m.start))
                  and not _owner_of(text, target, m) and not _signing_place(text, m, match)]
        on_behalf = [m for m in actors if _ON_BEHALF.search(text, max(clause_start, m.start - 25), m.start)]
        if on_behalf:  # "Burgemeester X neemt namens Ede deel aan …": X takes part too, for Ede
            speaker = [m for m in mentions if m.type == "Person" and clause_start <= m.start and m.end <= match.start()]
            actors += speaker[-1:]
        if not actors and _BOTH.match(text, clause_start):
            actors = _pair_named_before(ctx, sentence)  # "… hoe Arnhem en Ede samen werken. Beide steden doen mee aan …"
        if not actors and _WE.search(text, clause_start, clause_end) and we_actor(ctx) is not None:
            actors = [we_actor(ctx)]  # "Daarom doen we mee aan …" in a document of "wij als gemeente X"
        if not actors and clause_start == ctx.content_start(sentence):
            person = ctx.pronoun_subject(sentence)[1]  # "… is wethouder in Breda. Zij neemt deel aan …"
            actors = [person] if person is not None else []
        if not actors and _DEEL_AAN.match(text, match.start(), clause_end):
            # "Wethouder X (Wonen) neemt deel aan de pijler Fysiek": the person named as the clause's subject
            subject = ctx.subject(sentence, match.start(), types=frozenset(), persons=True)
            actors = [subject] if subject is not None and subject.type == "Person" \
                and clause_start <= subject.start else []
        also = _second_target(ctx, mentions, target, clause_end)
        for m in actors:
            ctx.add(m, "participatesIn", target, sentence, "relations.participeren", 0.8)
            if also is not None:  # "neemt deel aan de pijler X en aan de themagroep Y": in both
                ctx.add(m, "participatesIn", also, sentence, "relations.participeren", 0.75)
    for match in ctx.asserted_cues(_PARTICIPANTS_ARE, sentence) if "eelne" in sentence.text else ():
        _participants_are(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_TAKES_PART_PERSON, sentence) if "Person" in types and types & _THINGS else ():
        # "daarnaast nam burgemeester X deel aan de netwerkdagen": the person between verb and "deel"
        persons = [m for m in mentions if m.type == "Person" and match.start() < m.start and m.end <= match.end()]
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS]
        if len(persons) == 1 and after and after[0].start - match.end() <= 40 \
                and not _CLAUSE_BREAK.search(text, match.end(), after[0].start):
            ctx.add(persons[0], "participatesIn", after[0], sentence, "relations.nam-persoon-deel", 0.7)
    for match in ctx.asserted_cues(_ACTIVE_IN, sentence) if types & _THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS | {"Organisation"}]
        if not after or after[0].start - match.end() > 40 or \
                re.search(r"[,;]|\b(?:door|met|en)\b", text[match.end():after[0].start]):
            continue
        if len(after) > 1 and after[0].type == "Organisation" and after[1].type == "OrganisationalUnit" \
                and after[1].start - after[0].end <= 1:
            after = after[1:]
        subject = ctx.subject(sentence, match.start(), persons=True) or ctx.pronoun_subject(sentence)[1]
        besides = _BESIDES.match(text, ctx.content_start(sentence), match.start())
        if besides is not None and subject is not None and subject.start < besides.end():
            # "Naast BZK zijn de ministeries van SZW en OCW vertegenwoordigd in Y": the ones after the verb
            for m in [m for m in mentions if besides.end() <= m.start and m.end <= match.start() and m.type in ACTORS]:
                ctx.add(m, "participatesIn", after[0], sentence, "relations.actief-in", 0.75)
            continue
        if subject is not None:
            ctx.add(subject, "participatesIn", after[0], sentence, "relations.actief-in", 0.75)
            if _SEAT_WITH.match(text, match.start()):
                with_match = re.match(r"\s+met\s+", text[after[0].end:sentence.end])
                if with_match:
                    for other in ctx.list_after(after[0].end + with_match.end(), sentence.end, types=ACTORS):
                        ctx.add(other, "participatesIn", after[0], sentence, "relations.zitting-met", 0.7)
    for match in ctx.asserted_cues(_PARTNER, sentence) if "artner" in sentence.text else ():
        _partners(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_PARTNERS_AFTER_VERB, sentence) if "artner" in sentence.text else ():
        _inverted_partners(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_JOIN, sentence) if types & _THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS | {"Organisation"}]
        if not after or (after[0].start - match.end() > 12
                         and not _APPOSITION_HEAD.fullmatch(text, match.end(), after[0].start)):
            continue
        joiners = [m for m in ctx.in_span(ctx.content_start(sentence), match.start())
                   if m.type in ACTORS and not re.match(r"-[a-z]", text[m.end:m.end + 2])]
        subject = ctx.subject(sentence, match.start())
        if subject is None and not joiners and _PLURAL_PRONOUN.match(text, sentence.start, match.end()):
            joiners = _previous_subjects(ctx, sentence)
        if subject is None and not joiners:
            joiners = _inverted_list(ctx, match.start() + len(match.group().split()[0]), match.end())  # "is Ede lid van"
        for m in ([subject] if subject is not None else []) + joiners:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
    for match in ctx.asserted_cues(_JOIN_INVERTED, sentence) if types & _THINGS_OR_ORGANISATION and " aan bij " in sentence.text else ():
        # "Daarnaast sluiten Helmond en Leeuwarden aan bij de pilot X": the actors between the verb and "aan"
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS_OR_ORGANISATION]
        joiners = _inverted_list(ctx, match.start(1), match.end(1))
        if after and joiners and after[0].start - match.end() <= 12 and match.start() > ctx.content_start(sentence):
            for m in joiners:
                ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
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
        if not joiners and _WE_OUR.search(text, sentence.start, match.start()) and we_actor(ctx) is not None:
            joiners = [we_actor(ctx)]
        listed = len(joiners) > 1 and all(re.fullmatch(r"\s*(?:,|en)\s*(?:de\s+|het\s+|ook\s+)?", text[a.end:b.start])
                                          for a, b in zip(joiners, joiners[1:]))
        if len(joiners) == 1 or listed:  # "Breda en Tilburg zijn toegetreden tot …": each of a list
            for joiner in joiners:
                ctx.add(joiner, "participatesIn", after[0], sentence, "relations.toetreden", 0.75)
    for match in ctx.asserted_cues(_PART_OF_NETWORK, sentence) if "Municipality" in types else ():
        # "Enschede, Hengelo en Almelo maken (alle drie) deel uit van het G40-stedennetwerk": members of
        # an organisation (a unit that is part of another is partOf, see :mod:`graph.extract.parts`)
        after = [m for m in mentions if m.start >= match.end()]
        if not after or after[0].type not in _THINGS_OR_ORGANISATION or after[0].start - match.end() > 12:
            continue  # an organisation, or a unit, programme or network: "Breda en Ede maken deel uit van de themagroep X"
        members = [m for m in ctx.in_span(ctx.content_start(sentence), match.start())]
        if not members or any(m.type not in ("Municipality", "Province") for m in members) \
                or not all(re.fullmatch(r"\s*(?:,|en)\s*", text[a.end:b.start]) for a, b in zip(members, members[1:])):
            continue
        for m in members:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.deel-uit-van", 0.75)
    for match in ctx.asserted_cues(_PART_OF_NETWORK, sentence) if "Person" in types else ():
        # "Ook wethouder A (Haarlem) en directeur B maakten deel uit van de commissie": they sit in the unit
        after = [m for m in mentions if m.start >= match.end()]
        if not after or after[0].type != "OrganisationalUnit" or after[0].start - match.end() > 12:
            continue
        for person in [m for m in ctx.in_span(ctx.content_start(sentence), match.start()) if m.type == "Person"]:
            ctx.add(person, "participatesIn", after[0], sentence, "relations.deel-uit-van", 0.7)
    for match in ctx.cues(_BROADENED, sentence) if types & HOLDERS else ():
        subject = ctx.subject(sentence, match.start(), types={"OrganisationalUnit", "Programme"})
        if subject is None:
            continue
        for other in ctx.list_after(match.end(), sentence.end, types=ACTORS):
            ctx.add(other, "participatesIn", subject, sentence, "relations.verbreed-met", 0.75)
    if "ieuw" in sentence.text:
        _new_in_unit(ctx, sentence, mentions)
    if "vertegenwoordigers" in sentence.text:
        _unit_with_representatives(ctx, sentence, mentions)
    if "vertegenwoordigt" in sentence.text:
        represents_in(ctx, sentence, mentions)
    if "toetreding van" in sentence.text:
        accession(ctx, sentence, mentions)
    if ", waar" in sentence.text:
        for unit in (m for m in mentions if m.type == "OrganisationalUnit" and ", waar" in ctx.text[m.end:m.end + 8]):
            _in_which(ctx, sentence, unit)
    if _AMONG.match(text, sentence.start):
        previous = ctx.previous_sentence(sentence)
        owner = None
        if previous is not None:
            units = [m for m in ctx.in_sentence(previous) if m.type in ("OrganisationalUnit", "Programme")]
            owner = units[0] if units else None
        if owner is not None:
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", owner, sentence, "relations.hieronder", 0.7)
    for match in ctx.asserted_cues(_CONTRIBUTE, sentence) if types & HOLDERS else ():
        # a programme, or a unit right after the cue: "Ede was al jaren betrokken bij de pijler X"
        after = [m for m in mentions if m.start >= match.end() and (m.type == "Programme" or m.type == "OrganisationalUnit"
                                                                    and _ARTICLE_GAP.fullmatch(text, match.end(), m.start))]
        if after and _CLAUSE_BREAK.search(text, match.end(), after[0].start):
            continue  # "X was betrokken bij de voorbereiding, maar besloot niet aan de deal deel te nemen"
        subject = ctx.subject(sentence, match.start())
        if subject is None and after:
            # the subject after the verb: "Samen met SZW levert de themagroep een bijdrage aan …"
            inverted = [m for m in ctx.in_span(match.start(), match.end()) if m.type in ACTORS]
            subject = inverted[0] if len(inverted) == 1 else None
        if after and subject is not None and (not match.group().endswith(("aan", " op", "voor", "bij"))
                                              or after[0].start - match.end() <= 12):
            ctx.add(subject, "participatesIn", after[0], sentence, "relations.meegedacht", 0.65)
    for match in ctx.asserted_cues(_INVOLVED_LAST, sentence) if types & _INVOLVED_IN else ():
        _involved_verb_last(ctx, sentence, mentions, match)


#: a final "betrokken" after the body: "A en B zijn (ook) bij de deal betrokken" (not "… betrokken bij")
_INVOLVED_LAST = re.compile(r"\bbij\s+(?:de\s+|het\s+)?[^,;:.()]{1,80}?\s+betrokken\b(?!\s+(?:bij|aan|in)\b)",
                            re.IGNORECASE)

#: the finite verb of a state: "is/zijn/was/waren (nauw) bij X betrokken", "raakte … betrokken", "blijft … betrokken"
_IS = re.compile(r"\b(?:is|zijn|was|waren|raakte|raakten|blijft|blijven|bleef|bleven)\b", re.IGNORECASE)


#: what one is involved in with "bij … betrokken": a programme or unit, or an event ("Aedes is als adviseur
#: bij de leerkring betrokken")
_INVOLVED_IN = HOLDERS | {"Event"}


def _involved_verb_last(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Ook de ministeries van VWS en SZW zijn bij de deal betrokken": the subject and the actors
    listed with it take part in the programme (or unit, or event) that "bij" names right before "betrokken".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Ede en Epe zijn bij de City Deal Zon betrokken.", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.predicate == "participatesIn")
    ['Ede', 'Epe']
    """
    inside = [m for m in mentions if match.start() < m.start and m.end <= match.end()]
    if len(inside) != 1 or inside[0].type not in _INVOLVED_IN or \
            not re.fullmatch(r"bij\s+(?:(?:de|het)\s+)?", ctx.text[match.start():inside[0].start], re.IGNORECASE):
        return  # "bij de voorbereiding van de deal betrokken": the deal is not what X is involved in
    subject = ctx.subject(sentence, match.start())
    if subject is None or not _IS.search(ctx.text, subject.end, match.start()):
        return  # "X wordt bij de deal betrokken", "X zal … betrokken worden": a plan
    for actor in [subject, *coordinated(ctx, subject, match.start())]:
        ctx.add(actor, "participatesIn", inside[0], sentence, "relations.bij-betrokken", 0.65)


#: a newcomer in a unit, the unit fronted: "Nieuw in de themagroep X is wethouder Y van Z"
_NEW_IN = re.compile(r"\s*(?:Nieuw|Nieuwe\s+leden)\s+(?:in|bij|van)\s+(?:de|het)\s+")
_NEWCOMERS = ACTORS | {"Person"}
#: before the first newcomer: an article or a role word ("wethouder", "de gemeente"), no other noun with "van"
_NEWCOMER_GAP = re.compile(r"(?:(?:de|het)\s+)?(?:(?!van\b|voor\b|aan\b)[a-z][\w-]*\s+){0,2}")


def _new_in_unit(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Nieuw in de themagroep Armoede is wethouder Eva Smit (Ede)": the persons (or, without one, the
    actors) listed right after the copula take part in the unit."""
    opening = _NEW_IN.match(ctx.text, ctx.content_start(sentence), sentence.end)
    unit = next((m for m in mentions if opening and m.start == opening.end() and m.type == "OrganisationalUnit"), None)
    copula = re.match(r"\s+(?:is|zijn|waren|was)\s+", ctx.text[unit.end:sentence.end]) if unit else None
    if copula is None or not ctx.asserted(sentence, opening.start(), unit.end + copula.end()):
        return
    listed = ctx.list_after(unit.end + copula.end(), sentence.end, types=_NEWCOMERS)
    gap = ctx.text[unit.end + copula.end():listed[0].start] if listed else ""
    if not listed or not _NEWCOMER_GAP.fullmatch(gap):
        return  # "Nieuw in de themagroep is de aanpak van Ede": a thing, no newcomer
    persons = [m for m in listed if m.type == "Person"]
    for m in persons or listed:
        ctx.add(m, "participatesIn", unit, sentence, "relations.nieuw-in", 0.7)


def _unit_with_representatives(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Zij wordt bijgestaan door een kerngroep met vertegenwoordigers van Ede, Epe en Delft": each
    actor of the list right after the unit takes part in it (not a denied clause)."""
    for unit in (m for m in mentions if m.type == "OrganisationalUnit"):
        match = _WITH_REPRESENTATIVES.match(ctx.text, unit.end, sentence.end)
        if match is None or not ctx.asserted(sentence, unit.start, match.end()):
            continue
        actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if not actors or actors[0].start - match.end() > 12:
            continue
        for actor in actors:
            ctx.add(actor, "participatesIn", unit, sentence, "relations.met-vertegenwoordigers", 0.7)


#: a relative clause of a unit that says who work in it: ", waarin (beleidsmedewerkers van) A, B en C"
_IN_WHICH = re.compile(r",\s+(?:waarin|waarbinnen|waar)\s+(?:(?:ook|nu|al|sindsdien)\s+)?(?:(?:ambtelijke|bestuurlijke)\s+)?"
                       r"(?:(?:de\s+)?(?:beleidsmedewerkers|ambtenaren|vertegenwoordigers|wethouders|bestuurders|"
                       r"medewerkers|adviseurs|experts|deskundigen|gemeenten|steden)\s+(?:van|uit)\s+"
                       r"(?:onder\s+(?:meer|andere)\s+)?)?(?:de\s+|het\s+)?")
#: what those named in it do there: "samenwerken", "zitting hebben", "de kar trekken"
_WORK_IN_IT = re.compile(r"\s*(?:(?:al|ook|nu|samen|gezamenlijk|sinds\s+\S+)\s+)*(?:samenwerken|samen\s+werken|zitting\s+hebben|"
                         r"zitten|vertegenwoordigd\s+zijn|deelnemen|meedoen|meewerken|participeren|actief\s+zijn|"
                         r"betrokken\s+zijn|(?:de\s+)?kar\s+trekken|aan\s+tafel\s+zitten)\b", re.IGNORECASE)


def _in_which(ctx: DocContext, sentence: Sentence, unit: Mention) -> None:
    """"…de werkgroep X, waarin beleidsmedewerkers van A, B en C de kar trekken", "…, waarin A en B
    samenwerken": each actor of the list takes part in the unit (not in a denied clause).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Er is een werkgroep Laaggeletterdheid, waarin ambtenaren van Ede en Epe samenwerken.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Ede', 'werkgroep Laaggeletterdheid'), ('Epe', 'werkgroep Laaggeletterdheid')]
    """
    match = _IN_WHICH.match(ctx.text, unit.end, sentence.end)
    if match is None:
        return
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if not actors or actors[0].start != match.end() or not _WORK_IN_IT.match(ctx.text, actors[-1].end, sentence.end) \
            or not ctx.asserted(sentence, match.start(), _WORK_IN_IT.match(ctx.text, actors[-1].end).end()):
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", unit, sentence, "relations.waarin", 0.7)


#: a copula that names who take part: "Deelnemers aan de City Deal zijn Breda en Ede", "De deelnemende
#: gemeenten zijn A, B en C" (the programme after "aan/van", else the one of the passage)
_PARTICIPANTS_ARE = re.compile(r"\b(?:deelnemers|deelnemende\s+(?:gemeenten|steden|partijen|organisaties|provincies))"
                               r"(?:\s+(?:aan|van|in)\s+(?P<of>[^.;:,]{1,80}?))?\s+(?:zijn|waren)\s+", re.IGNORECASE)


def _participants_are(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Deelnemers aan de City Deal X zijn Breda en Tilburg": each actor listed right after the copula."""
    if match.group("of") is not None:
        things = [m for m in mentions if m.type in _THINGS and match.start("of") <= m.start < match.end("of")]
        target = things[0] if things else None
    else:
        target = ctx.context_unit(sentence.start, types={"Programme", "OrganisationalUnit"}) or ctx.title_programme
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if target is None or not actors or actors[0].start - match.end() > 12:
        return
    for actor in actors:
        if actor is not target:
            ctx.add(actor, "participatesIn", target, sentence, "relations.deelnemers-zijn", 0.75)


#: being a partner of a programme: "Ook Utrecht en Den Haag zijn partner", "werd de G40 partner in de
#: City Deal X en de City Deal Y" (the subject before the verb or between the verb and "partner")
_PARTNER = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+([^.,;:]{0,40}?)\b(?:kennis|samenwerkings)?partners?\b"
                      r"(?:\s+(?:in|van|bij)\s+(?:de\s+|het\s+)?)?", re.IGNORECASE)


#: between the last partner and the verb: nothing, or its abbreviation in brackets ("ministerie van … (VRO) is partner")
_PARTNER_GAP = re.compile(r"\)?[\s,]*(?:\([^()]{1,20}\)\s*)?")


def _partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """The partners a sentence names take part in the programme after "partner in/van", else in the
    one the sentence or passage is about."""
    between = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1) and m.type in ACTORS]
    if between:
        actors = between  # "werd de G40 partner in …"
    else:
        start = ctx.content_start(sentence)
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        opening = _without_head(ctx.text[start:actors[0].start]) if actors else ""
        if not actors or len(opening.split()) > 2 or _IN_PP_START.search(opening) or \
                not _PARTNER_GAP.fullmatch(ctx.text, actors[-1].end, match.start()):
            return  # the partners open the clause: "Ook Utrecht en Den Haag zijn partner"
    if match.group().rstrip().endswith(("in", "van", "bij", "de", "het")):
        # from the preposition on: "partner in de deal" names the programme by a reference that holds its article
        preposition = re.search(r"\s(?:in|van|bij)\s", match.group(), re.IGNORECASE)
        targets = ctx.list_after(match.start() + preposition.end(), sentence.end, types={"Programme"})
    else:
        target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"})
        targets = [target] if target is not None and target.type == "Programme" else []
    for actor in actors:
        for target in targets:
            ctx.add(actor, "participatesIn", target, sentence, "relations.partner", 0.7)


#: the verb before its subjects, the noun last: "Verder zijn het UWV, de MBO Raad en Divosa partner."
_PARTNERS_AFTER_VERB = re.compile(r"\b(?:zijn|waren)\s+(?=(?:de|het)\s+|[A-Z])([^.;:]{2,160}?)\s+"
                                  r"(?:ook\s+|eveneens\s+)?partners?(?=\s*[.;]|\s*$)")


def _inverted_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"(Verder) zijn het UWV, de VNG en Divosa partner": each takes part in the programme the
    sentence or passage is about (only when the whole phrase is a list of actors).

    Examples
    --------
    (see tests/test_extract_round8.py::test_partners_after_the_verb_take_part)
    """
    actors = ctx.list_after(match.start(1), match.end(1), types=ACTORS)
    if not actors or actors[0].start - match.start(1) > 4 or match.end(1) - actors[-1].end > 0:
        return
    target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
    if target is None or target.type != "Programme":
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", target, sentence, "relations.partner", 0.7)


#: the owner of a programme right after its name: "het programma X van SZW" (SZW runs it, takes no part)
_OF_OWNER = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
#: a plural subject that points back to the two actors the previous sentence names
_BOTH = re.compile(r"\s*(?:Beide|Allebei\s+de)\s+(?:steden|gemeenten|gemeentes|provincies|partijen|organisaties)\b")


def _owner_of(text: str, target: Mention, m: Mention) -> bool:
    """Whether ``m`` follows ``target`` as its owner: "doen mee aan het programma X van SZW".

    >>> t = "Zij doen mee aan het programma X van SZW."
    >>> _owner_of(t, Mention(21, 32, "programma X", "Programme", "", 1), Mention(37, 40, "SZW", "Ministry", "", 1))
    True
    """
    return m.start >= target.end and _OF_OWNER.fullmatch(text, target.end, m.start) is not None


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


def _pair_named_before(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The two actors of the same kind the previous sentence names as "A en B", for "Beide steden …":
    "Wethouder X vertelde hoe Arnhem en Ede samenwerken. Beide steden doen mee aan …" (else none)."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return []
    actors = [m for m in ctx.in_sentence(previous) if m.type in ACTORS]
    pairs = [(a, b) for a, b in zip(actors, actors[1:]) if a.type == b.type
             and re.fullmatch(r"\s+en\s+(?:de\s+|het\s+)?", ctx.text[a.end:b.start])]
    if len(pairs) != 1 or len([m for m in actors if m.type == pairs[0][0].type]) != 2:
        return []
    return list(pairs[0])


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


def find_participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the participatesIn facts of taking part that one sentence states (called per sentence by
    :func:`graph.extract.relations.find_relations`)."""
    _participation(ctx, sentence, mentions)
    for k, m in enumerate(mentions[:-1]):
        if m.rule == "gazetteer.place-adjective" and mentions[k + 1].type == "Programme" \
                and not ctx.text[m.end:mentions[k + 1].start].strip():
            # "de Tilburgse aanpak 'Omscholen naar Zorg'": the place's own approach, it takes part
            ctx.add(m, "participatesIn", mentions[k + 1], sentence, "relations.eigen-aanpak", 0.65)
