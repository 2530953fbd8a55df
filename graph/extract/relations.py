"""Relation patterns between mentions: the predicates of the facts export other than hasRole.

Each rule is a pattern of Dutch with a rule id and a confidence; the evidence is the sentence.

=====================  =====================================================================
predicate              cues
=====================  =====================================================================
collaboratesWith       "samen met", "(in) samenwerking met", "in gesprek met", "verbinding met",
                       "contact met", "overleg met"; "met X … gewerkt/gesprekken gevoerd/opgesteld/afspraken";
                       "X en Y werken samen / gezamenlijk / tekenden een convenant" (each pair);
                       fronted: "Met X en Y werkt Z samen" (not "met steun van X", not "…, met X niet")
participatesIn         "participeren/doen mee/nemen deel/ondertekenden" with a list; "actief in";
                       "heeft zitting in X met Y"; "is verbreed met vertegenwoordigers van";
                       "Hieronder/Waaronder …" after "bestaat uit"; "meegedacht/meegewerkt … X";
                       "X ontving geld / een bijdrage uit <programma>" (money from a ministry: nothing)
initiated              "initiatiefnemer(s) van", "het initiatief … genomen / lag bij", "op initiatief van"
                       (a programme, or a unit "op initiatief van X ingesteld"), "startsein";
                       passive "werd door X en Y opgericht / in het leven geroepen" ("Dat programma …"
                       points back); "<programma>, die X lanceerde/oprichtte"
organised              "organiseerde/organiseert/georganiseerd (met X)" + an event
ledBy                  "o.l.v.", "onder leiding/regie/de hoede van", "<programma> van het ministerie van"
succeeded              "eerst was dat X, later Y", "Y volgt X op", "X wordt opgevolgd door Y",
                       "Y ter vervanging van X", "Y vervangt X"; "Zij wordt opgevolgd door Y",
                       "Haar taak is overgenomen door Y", "Haar opvolger is Y" (the person named before);
                       "Per 1 mei volgt Y (Breda) X op" (the verb before both names)
contactFor             "Meer informatie/Contact(persoon)/Informatie: <persoon>" in a section
partOf                 see :mod:`graph.extract.parts`
affiliatedWith         e-mail domains (municipality or organisation)
=====================  =====================================================================

Who a cue is about (the subject, inverted or not, and the actors listed with it) is found by
:mod:`graph.extract.subjects`. A cue counts only where its clause asserts it
(:mod:`graph.extract.polarity`): "werkt niet samen met", "Werkt … samen met …?", "zou kunnen
samenwerken met" and "…, maar daarvan is afgezien" state no fact.
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .parts import find_parts
from .roles import role_pattern, _role_of
from .subjects import coordinated, subject_or_context, with_coordinated

__all__ = ["find_relations"]

_COLLAB = re.compile(
    r"\b(?:samen\s+met|(?:in\s+)?samenwerking\s+met|samengewerkt\s+met|samenwerken\s+met|in\s+gesprek\s+met|"
    r"\w*gesprekk?e?n?\s+(?:gevoerd\s+)?met|verbinding\s+met|contact\s+met|overleg\s+met|afspraken\s+met|"
    r"bijeenkomst\s+met|vergaderde[n]?(?:\s+\w+){0,4}?\s+met|together\s+with|in\s+(?:cooperation|collaboration)\s+with)\s",
    re.IGNORECASE,
)
_MET = re.compile(r"\bmet\s", re.IGNORECASE)
#: "met" that names no partner: "met als trekker …", "met steun/hulp/geld van OCW"
_MET_MEANS = re.compile(r"met\s+(?:als\b|(?:de\s+|het\s+)?(?:steun|hulp|behulp|geld|middelen|subsidie|dank|"
                        r"bijdragen?|financiering|instemming|goedkeuring|toestemming)\s+(?:van|uit)\b)", re.IGNORECASE)
#: a contrast that leaves out the verb and denies it: "Met de VNG werkt Breda samen, met het IPO niet"
_ELLIPTIC_DENIAL = re.compile(r"\s+(?:nog\s+|echter\s+)?niet\s*[.;,]", re.IGNORECASE)
_MET_VERB = re.compile(
    r"\b(?:gewerkt|samengewerkt|gesprekk?en|gesproken|overlegd|opgesteld|ontwikkeld|afgesproken|afspraken|verkend|"
    r"uitgewerkt|vergaderd|getekend|ondertekend|"
    r"(?:werkt|werken|werkte|werkten|trekt|trekken|trok|trokken)\s+(?:[\w-]+\s+){0,4}?samen)\b", re.IGNORECASE)
_PARTICIPATE = re.compile(
    r"\b(?:participeren|participeert|participeerden|(?:doen|doet|deden|deed|werken|werkt|werkten)\s+(?:\S+\s+){0,8}?mee\b|"
    r"(?:nemen|neemt|namen|nam)\s+(?:(?:al|ook|nu|nog|inmiddels|eveneens|actief|eerder|sinds\s+\S+)\s+){0,2}deel|"
    r"(?:nemen|namen|neemt|nam)\s+[A-Z'][^.;:]{0,150}?\s+deel(?=\s*(?:[.;:]|$))|"  # "Aan de deal nemen X, Y en Z deel."
    r"(?:sloot|sloten|gesloten)(?!\s+(?:\S+\s+){0,6}?zich\b)|"
    r"ondertekenden|ondertekend|ondertekende|tekenden|tekende|getekend)\b", re.IGNORECASE)
_ACTIVE_IN = re.compile(r"\b(?:actief|vertegenwoordigd|zitting|deelnemer)\s+(?:in|bij|aan)\s", re.IGNORECASE)
_JOIN = re.compile(r"\b(?:zich\s+(?:\w+\s+){0,4}?aan\s+bij|aangesloten\s+bij|"
                   r"(?:is|zijn|werd|werden)\s+lid\s+(?:van|bij))\s", re.IGNORECASE)
_SEAT_WITH = re.compile(r"\bzitting\s+in\b", re.IGNORECASE)
_BROADENED = re.compile(r"\b(?:verbreed|uitgebreid|aangevuld)\s+met\s+(?:vertegenwoordigers\s+van\s+)?", re.IGNORECASE)
_AMONG = re.compile(r"\s*(?:Hieronder|Waaronder|Daaronder|Onder\s+wie|Onder\s+hen)\b")
_CONTRIBUTE = re.compile(r"\b(?:meegedacht|meegewerkt|bijgedragen|betrokken)\b", re.IGNORECASE)
_INITIATOR = re.compile(r"\binitiatiefnemers?\b", re.IGNORECASE)
_INITIATIVE = re.compile(r"\b(?:het\s+initiatief(?!\s+van\b)|startsein|gestart\s+met|startte[n]?\s+met|"
                         r"begonnen\s+met|opgezet|opgericht|gelanceerd|in\s+het\s+leven\s+geroepen|"
                         r"zette[n]?\s+\S+\s+op|richtte[n]?\s+\S+\s+op)\b", re.IGNORECASE)
_ORGANISE = re.compile(r"\b(?:organiseerde[n]?|organiseert|organiseren|georganiseerd)\b", re.IGNORECASE)
_LED = re.compile(r"(?:\bo\.l\.v\.|\bonder\s+(?:leiding|regie|de\s+hoede|voorzitterschap)\s+van|"
                 r"\b(?:uitgevoerd|getrokken|gecoördineerd|geleid|voorgezeten)\s+door|\b(?:chaired|led)\s+by)\s*",
                 re.IGNORECASE)
_OF_MINISTRY = re.compile(r"^\s*van\s+(?:het\s+)?(?:ministerie\s+van\s+)?$", re.IGNORECASE)
_CONTACT = re.compile(r"\b(?:Meer\s+informatie|Informatie|Contact(?:persoon)?|Vragen)\s*(?::|bij)\s*", re.IGNORECASE)
_FIRST_LATER = re.compile(r"\beerst\s+(?:was\s+(?:dat|het)\s+|was\s+)?$", re.IGNORECASE)
_SUCCESSION = (
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{0,80},\s*)?(?:volgt|volgde|volgen)\s+(?:\w+\s+){0,5}?$"),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?op\b"), "forward"),  # Y volgt X op
    (re.compile(r"^\s*(?:wordt|werd|is)\s+(?:per\s+\S+\s+)?opgevolgd\s+door\s+$", re.IGNORECASE), None, "backward"),
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam)\s+(?:\w+\s+){0,3}?het\s+stokje\s+over\s+van\s+$",
                re.IGNORECASE), None, "forward"),
    (re.compile(r"^\s*,?\s*(?:ter\s+vervanging\s+van|(?:de\s+)?opvolger\s+van|als\s+opvolger\s+van)\s+$", re.IGNORECASE),
     None, "forward"),
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:vervangt|verving)\s+$", re.IGNORECASE), None, "forward"),  # Y vervangt X
)
#: a pronoun subject ("Zij …") and the person after: who succeeded whom
_PRONOUN_SUCCESSION = (
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:wordt|werd|is)\s+(?:\w+\s+){0,3}?opgevolgd\s+door\s+"), "backward"),
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:vervangt|verving)\s+(?:\w+\s+){0,2}?"), "forward"),
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:taak|taken|rol|functie|plaats|zetel)\s+(?:wordt|werd|is)\s+(?:\w+\s+){0,3}?"
                r"(?:overgenomen|ingenomen)\s+door\s+"), "backward"),
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)\s+(?:is|wordt|was|werd)\s+(?:\w+\s+){0,2}?"), "backward"),
)
#: "Per 1 november volgt A (Breda) B op": the finite verb before both names, after an opening adverbial
_VERB_BEFORE_BOTH = re.compile(r"\b(?:volgt|volgde)\s+$", re.IGNORECASE)
_BRACKET_ONLY = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?")
#: a name used as a modifier of its members: "G40-steden", "de G40 steden Leeuwarden, …", "VNG leden"
_ADJECTIVAL = re.compile(r"-[a-z]|\s(?:steden|gemeenten|gemeentes|wethouders|burgemeesters|leden|partners)\b")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
_THINGS_OR_ORGANISATION = _THINGS | {"Organisation"}
_UNIT_OR_PROGRAMME = frozenset({"OrganisationalUnit", "Programme"})
_PROGRAMME_OR_EVENT = frozenset({"Programme", "Event"})


def find_relations(ctx: DocContext) -> None:
    """Add all non-role relations to ``ctx``."""
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        if not mentions:
            continue
        _collaboration(ctx, sentence, mentions)
        _joint_subjects(ctx, sentence, mentions)
        _participation(ctx, sentence, mentions)
        _funding(ctx, sentence, mentions)
        _initiative(ctx, sentence, mentions)
        _organised(ctx, sentence, mentions)
        _contributors(ctx, sentence, mentions)
        _led_by(ctx, sentence, mentions)
        _succession(ctx, sentence, mentions)
        _contact(ctx, sentence, mentions)
    find_parts(ctx)


def _actor_objects(ctx: DocContext, objects: list[Mention]) -> list[Mention]:
    """Actors of a list; a person with an organisation in brackets stands for that organisation."""
    out = []
    for m in objects:
        if m.type == "Person":
            bracket = ctx.bracket_after(m)
            inside = [x for x in ctx.in_span(*bracket) if x.type in ACTORS] if bracket else []
            van = re.match(r"\s+van\s+(?:het\s+ministerie\s+van\s+|de\s+gemeente\s+|de\s+|het\s+)?", ctx.text[m.end:m.end + 40])
            if not inside and van:
                inside = [x for x in ctx.in_span(m.end + van.end(), m.end + van.end() + 60)
                          if x.start == m.end + van.end() and x.type in ACTORS]
            out.extend(inside[:1])
        else:
            out.append(m)
    return out


def _collaboration(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    done = set()
    for match in ctx.asserted_cues(_COLLAB, sentence):
        objects = _actor_objects(ctx, ctx.list_after(match.end(), sentence.end))
        if not objects:
            continue
        if sentence.is_heading and ctx.subject(sentence, match.start(), persons=True) is None:
            continue  # a subtitle "In gesprek met wethouder X" introduces an interview, no collaboration
        subject = subject_or_context(ctx, sentence, match.start())
        subjects = with_coordinated(ctx, sentence, subject, match.start())
        for obj in objects:
            for actor in subjects:
                ctx.add(actor, "collaboratesWith", obj, sentence, "relations.samen-met", 0.8)
            done.add(obj.start)
        towards = re.match(r"\s*(?:aan|in|bij)\s+(?:het|de|een)\s+", text[objects[-1].end:sentence.end])
        if towards:
            things = [m for m in mentions if m.type == "Programme" and m.start >= objects[-1].end + towards.end()]
            if things and things[0].start == objects[-1].end + towards.end():
                for actor in [subject, *objects]:
                    if actor is not None:
                        ctx.add(actor, "participatesIn", things[0], sentence, "relations.samen-aan", 0.7)
    verb = _MET_VERB.search(text, sentence.start, sentence.end) if ctx.has_cue(_MET_VERB, sentence) else None
    if verb is not None:
        for match in ctx.cues(_MET, sentence):
            if _MET_MEANS.match(text, match.start()) or \
                    not ctx.asserted(sentence, match.start(), max(match.end(), verb.end())):
                continue  # "met als trekker …"; "Met BZK is niet samengewerkt"
            objects = [o for o in _actor_objects(ctx, ctx.list_after(match.end(), sentence.end)) if o.start not in done
                       and not match.start() < verb.start() <= o.start]  # a fronted "met"-list ends at the verb
            if not objects or _ELLIPTIC_DENIAL.match(text, objects[-1].end, sentence.end):
                continue  # "…, met het IPO niet"
            subject = subject_or_context(ctx, sentence, match.start())
            for obj in objects:
                for actor in with_coordinated(ctx, sentence, subject, match.start()):
                    ctx.add(actor, "collaboratesWith", obj, sentence, "relations.met-x-gewerkt", 0.75)


#: a joint undertaking of a plural subject: "X en Y werken samen aan …", "… hebben een gezamenlijke
#: taskforce opgericht", "… hebben een intentieverklaring getekend" (with "met" it is _COLLAB's)
_JOINT = re.compile(
    r"\b(?:werken|werkten|gaan|gingen|trekken|trokken|zijn|waren)\s+(?:\w+\s+){0,3}?samen(?:\s+opgetrokken)?\b(?!\s+met\b)"
    r"|\bgezamenlijke?\b"
    r"|\b(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|akkoord|green\s+deal)\s+(?:\w+\s+){0,2}?"
    r"(?:getekend|ondertekend|gesloten|afgesloten)\b",
    re.IGNORECASE)


def _joint_subjects(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Actors named together as the subject of a joint undertaking collaborate with each other:
    "Breda en het ministerie van EZK werken samen aan de binnenstad"."""
    if sum(m.type in ACTORS for m in mentions) < 2:
        return  # nothing to find without two actors, so no scan
    for match in ctx.asserted_cues(_JOINT, sentence):
        start = ctx.content_start(sentence)
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        opening = ctx.text[start:actors[0].start] if actors else ""
        if len(actors) < 2 or len(opening.split()) > 3 or _IN_PP_START.search(opening):
            continue  # a subject opens the clause: "Breda en EZK …", "Ook de G40 en VNG …"; not "Met X en Y …"
        for k, first in enumerate(actors):
            for second in actors[k + 1:]:
                ctx.add(first, "collaboratesWith", second, sentence, "relations.samen-onderwerp", 0.75)


_IN_PP_START = re.compile(r"\b(?:met|bij|door|namens|voor|via|over|aan|tussen)\b|(?<!ministerie )\bvan\b", re.IGNORECASE)


def _target_thing(ctx: DocContext, mentions: list[Mention], *, near: int | None = None) -> Mention | None:
    things = [m for m in mentions if m.type == "Programme"] or \
        [m for m in mentions if m.type in ("OrganisationalUnit", "Event")]
    if not things:
        return None
    if near is None:
        return things[0]
    return min(things, key=lambda m: abs(m.start - near))


def _participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # most cues below need a unit, programme, event or organisation in the sentence: without
    # one they find nothing, so their regex need not run (the cost of extraction is in these scans)
    types = {m.type for m in mentions}
    for match in ctx.asserted_cues(_PARTICIPATE, sentence):
        target = _target_thing(ctx, mentions) or ctx.context_unit(sentence.start, types={"Programme"})
        if target is None:
            continue
        # a clause after a semicolon is another statement: "tekenden A en B …; in C lopen de gesprekken nog"
        clause_start = text.rfind(";", sentence.start, match.start()) + 1
        clause_end = text.find(";", match.end(), sentence.end)
        clause_end = sentence.end if clause_end < 0 else clause_end
        for m in mentions:
            if m.type in ("Municipality", "Organisation", "Ministry", "Province", "OrganisationalUnit") \
                    and m is not target and not _ADJECTIVAL.match(text, m.end) and clause_start <= m.start < clause_end:
                ctx.add(m, "participatesIn", target, sentence, "relations.participeren", 0.8)
    for match in ctx.asserted_cues(_ACTIVE_IN, sentence) if types & _THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS | {"Organisation"}]
        if not after or after[0].start - match.end() > 40 or \
                re.search(r"[,;]|\b(?:door|met|en)\b", text[match.end():after[0].start]):
            continue
        if len(after) > 1 and after[0].type == "Organisation" and after[1].type == "OrganisationalUnit" \
                and after[1].start - after[0].end <= 1:
            after = after[1:]
        subject = ctx.subject(sentence, match.start(), persons=True)
        if subject is not None:
            ctx.add(subject, "participatesIn", after[0], sentence, "relations.actief-in", 0.75)
            if _SEAT_WITH.match(text, match.start()):
                with_match = re.match(r"\s+met\s+", text[after[0].end:sentence.end])
                if with_match:
                    for other in ctx.list_after(after[0].end + with_match.end(), sentence.end, types=ACTORS):
                        ctx.add(other, "participatesIn", after[0], sentence, "relations.zitting-met", 0.7)
    for match in ctx.asserted_cues(_JOIN, sentence) if types & _THINGS_OR_ORGANISATION else ():
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS | {"Organisation"}]
        if not after or after[0].start - match.end() > 12:
            continue
        joiners = [m for m in ctx.in_span(ctx.content_start(sentence), match.start())
                   if m.type in ACTORS and not re.match(r"-[a-z]", text[m.end:m.end + 2])]
        subject = ctx.subject(sentence, match.start())
        for m in ([subject] if subject is not None else []) + joiners:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
    for match in ctx.cues(_BROADENED, sentence) if types & _UNIT_OR_PROGRAMME else ():
        subject = ctx.subject(sentence, match.start(), types={"OrganisationalUnit", "Programme"})
        if subject is None:
            continue
        for other in ctx.list_after(match.end(), sentence.end, types=ACTORS):
            ctx.add(other, "participatesIn", subject, sentence, "relations.verbreed-met", 0.75)
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
    for match in ctx.asserted_cues(_CONTRIBUTE, sentence) if "Programme" in types else ():
        after = [m for m in mentions if m.start >= match.end() and m.type == "Programme"]
        subject = ctx.subject(sentence, match.start())
        if after and subject is not None:
            ctx.add(subject, "participatesIn", after[0], sentence, "relations.meegedacht", 0.65)


#: a receiving verb: "ontvingen", "krijgt", "hebben … gekregen"
_RECEIVE = re.compile(r"\b(?:ontv(?:ing|ingen|angt|angen)|krijg(?:t|en)|kreeg|kregen|gekregen)\b", re.IGNORECASE)
#: money and where it comes from, right before a programme: "geld uit het", "een bijdrage uit de"
_MONEY_FROM = re.compile(r"\b(?:geld|middelen|subsidie|financiering|budget|bijdragen|(?:een\s+)?(?:\w+\s+)?bijdrage|"
                         r"(?:miljoen\s+)?euro|€\s*[\d.,]+(?:\s+miljoen)?)\s+(?:uit|van|via)\s+(?:het|de)\s+$",
                         re.IGNORECASE)


def _funding(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Who receives money from a programme takes part in it (the facts export has no funding
    predicate): "Leeuwarden en Zwolle ontvingen geld uit het Volkshuisvestingsfonds". Money from a
    ministry or organisation gives no fact.

    Examples
    --------
    (see tests/test_extract_relations.py::test_receiving_money_from_a_programme_is_taking_part_in_it)
    """
    if not any(m.type == "Programme" for m in mentions):
        return  # nothing to find without a programme, so no scan
    for verb in ctx.cues(_RECEIVE, sentence):
        for programme in (m for m in mentions if m.type == "Programme"):
            money = _MONEY_FROM.search(ctx.text, max(sentence.start, programme.start - 60), programme.start)
            if money is None:
                continue
            start, end = min(verb.start(), money.start()), max(verb.end(), programme.end)
            if re.search(r"[,;]", ctx.text[start:end]) or not ctx.asserted(sentence, start, end):
                continue  # the verb and the money in one clause, not denied: "ontving geen geld uit …"
            subject = ctx.inverted_subject(sentence, verb.end()) or ctx.subject(sentence, start)
            for actor in with_coordinated(ctx, sentence, subject, start):
                ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-uit", 0.7)


#: "het initiatief … werd genomen door X", "het initiatief voor … lag bij X"
_TAKEN_BY = re.compile(r"\b(?:(?:genomen|gestart)\s+door|(?:lag|ligt|lagen|liggen)\s+bij)\s+", re.IGNORECASE)
#: a passive agent before a participle of setting up: "werd (vorig jaar) door X en Y opgericht"
_PASSIVE_BY = re.compile(r"\b(?:werd|werden|wordt|worden|is|zijn)\s+(?:[^,;:()]{0,40}?\s)?door\s+", re.IGNORECASE)
_SET_UP_PARTICIPLE = re.compile(r"op|ge|in\s", re.IGNORECASE)
#: a subject that points back to a programme named before: "Dat programma werd …", "Het convenant is …"
_ANAPHORIC_SUBJECT = re.compile(r"\s*(?:Dat|Dit|Het|Deze|De)\s+[a-z]\w*\s+(?:werd|wordt|is|was)\b")
#: a relative clause about a programme named right before: "…, die de G40 in 2021 lanceerde"
_RELATIVE_LAUNCH = re.compile(r",\s+(?:die|dat)\s+(?:[^\s,;:()]+\s+){1,8}?(?:lanceerden?|opzetten?|oprichtten?|"
                              r"initieerden?|in\s+het\s+leven\s+riepen?)\b", re.IGNORECASE)
#: a unit set up "op initiatief van X": "De taskforce is op initiatief van de pijler ingesteld"
_SET_UP_AFTER = re.compile(r"[^,;:]{0,60}?\b(?:ingesteld|opgericht|opgezet|in\s+het\s+leven\s+geroepen)\b", re.IGNORECASE)
#: "op (het) initiatief van X": X initiated what the sentence starts, closes or sets up
_ON_INITIATIVE = re.compile(r"\bop\s+(?:het\s+)?initiatief\s+van\s+", re.IGNORECASE)
_INITIATIVE_OF = re.compile(r"\b(?:een|het)\s+initiatief\s+van\s+", re.IGNORECASE)


def _initiative(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # the first two cues need a programme or event in the sentence (see _participation)
    named = any(m.type in _PROGRAMME_OR_EVENT for m in mentions)
    for match in ctx.asserted_cues(_INITIATIVE_OF, sentence) if named else ():
        # "De City Deal is een initiatief van de G40 en Platform31"
        things = [m for m in mentions if m.type in ("Programme", "Event") and m.end <= match.start()]
        if things:
            for actor in ctx.list_after(match.end(), sentence.end, types=ACTORS):
                ctx.add(actor, "initiated", things[0], sentence, "relations.initiatief-van", 0.8)
    for match in ctx.asserted_cues(_ON_INITIATIVE, sentence):
        # "De City Deal werd gesloten op initiatief van OCW", "Op initiatief van de G40 is de deal gestart"
        actors = ctx.list_after(match.end() - 1, sentence.end, types=ACTORS)
        target = _target_thing(ctx, [m for m in mentions if m.type in ("Programme", "Event")], near=match.start()) \
            or _unit_set_up(ctx, sentence, match, actors) \
            or ctx.context_unit(sentence.start, types={"Programme", "Event"})
        for actor in actors:
            ctx.add(actor, "initiated", target, sentence, "relations.op-initiatief-van", 0.8)
    for match in ctx.asserted_cues(_INITIATOR, sentence) if named else ():
        subject = ctx.subject(sentence, match.start())
        after = [m for m in mentions if m.start >= match.end() and m.type in ("Programme", "Event")]
        if subject is not None and after:
            ctx.add(subject, "initiated", after[0], sentence, "relations.initiatiefnemer", 0.85)
    for match in ctx.asserted_cues(_INITIATIVE, sentence):
        target = _target_thing(ctx, [m for m in mentions if m.type in ("Programme", "Event")], near=match.start())
        passive = _TAKEN_BY.search(text, match.end(), sentence.end)
        if passive is not None and match.group().lower().startswith("het"):
            # "Het initiatief voor de deal werd genomen door de G40": the agent after "door"
            target = target or ctx.context_unit(sentence.start, types={"Programme", "Event"})
            agents = ctx.list_after(passive.end(), sentence.end, types=ACTORS)
            together = re.match(r"\s*,?\s*samen\s+met\s+", text[agents[-1].end:sentence.end]) if agents else None
            if together:  # "… genomen door X samen met Y": Y took it too
                agents += ctx.list_after(agents[-1].end + together.end(), sentence.end, types=ACTORS)
            for actor in agents:
                ctx.add(actor, "initiated", target, sentence, "relations.initiatief-genomen-door", 0.75)
            continue
        if _SET_UP_PARTICIPLE.match(match.group()) and _passive_initiators(ctx, sentence, mentions, match):
            continue
        if target is None:
            continue
        initiators = []
        subject = subject_or_context(ctx, sentence, match.start(), programmes=False)
        if subject is not None:
            initiators.append(subject)
            initiators += coordinated(ctx, subject, match.start())  # "Helmond en Eindhoven zijn … gestart"
        together = re.search(r"\bsamen\s+met\s+(?:\w+\s+)?", text[sentence.start:match.start()], re.IGNORECASE)
        if together:
            initiators += ctx.list_after(sentence.start + together.end(), match.start(), types=ACTORS)
        for actor in initiators:
            ctx.add(actor, "initiated", target, sentence, "relations.het-initiatief", 0.75)
    for match in ctx.asserted_cues(_RELATIVE_LAUNCH, sentence) if named else ():
        # "…aan de Mobiliteitsagenda, die de G40 in 2021 lanceerde": the programme right before the comma
        things = [m for m in mentions if m.type in _PROGRAMME_OR_EVENT and 0 <= match.start() - m.end <= 1]
        clause_start = match.start() + re.match(r",\s+\w+\s+(?:(?:de|het)\s+)?", match.group()).end()
        for actor in ctx.list_after(clause_start, match.end(), types=ACTORS) if things else ():
            ctx.add(actor, "initiated", things[0], sentence, "relations.die-lanceerde", 0.75)


def _passive_initiators(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> bool:
    """Add "X initiated Y" for "Y werd (vorig jaar) door X en Z opgericht"; whether the cue was passive.

    Y is a programme or event before "door", or the one named before a subject that points back
    ("Dat programma werd door EZK en de VNG in het leven geroepen").
    """
    passive = None
    for passive in _PASSIVE_BY.finditer(ctx.text, sentence.start, match.start()):
        pass
    if passive is None:
        return False
    agents = ctx.list_after(passive.end(), match.start(), types=ACTORS)
    if not agents or not re.fullmatch(r"[^,;:()]{0,30}", ctx.text[agents[-1].end:match.start()]):
        return False
    things = [m for m in mentions if m.type in _PROGRAMME_OR_EVENT and m.end <= passive.start()]
    target = things[-1] if things else None
    if target is None and _ANAPHORIC_SUBJECT.match(ctx.text, sentence.start, passive.end()):
        target = ctx.context_unit(sentence.start, types=_PROGRAMME_OR_EVENT)
    for actor in agents if target is not None else ():
        ctx.add(actor, "initiated", target, sentence, "relations.opgericht-door", 0.75)
    return True


def _unit_set_up(ctx: DocContext, sentence: Sentence, match: re.Match, actors: list[Mention]) -> Mention | None:
    """The unit a sentence sets up "op initiatief van" ``actors``: its subject, when a participle of
    setting up follows the actors ("De taskforce is op initiatief van de pijler Fysiek ingesteld")."""
    if not actors or not _SET_UP_AFTER.match(ctx.text, actors[-1].end, sentence.end):
        return None
    subject = ctx.subject(sentence, match.start(), types={"OrganisationalUnit"})
    return subject if subject is not None and subject not in actors else None


def _organised(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    if not any(m.type == "Event" for m in mentions):
        return  # nothing to find (the loop below needs an event), so no scan
    for match in ctx.asserted_cues(_ORGANISE, sentence):
        events = [m for m in mentions if m.type == "Event"]
        if not events:
            continue
        event = min(events, key=lambda m: abs(m.start - match.start()))
        organisers = []
        subject = ctx.inverted_subject(sentence, match.end()) or ctx.subject(sentence, match.start())
        if subject is not None:
            organisers.append(subject)
        for with_match in re.finditer(r"\b(?:met|door)\s", text[match.end():sentence.end]):
            organisers += ctx.list_after(match.end() + with_match.end(), sentence.end, types=ACTORS)
        for actor in organisers:
            ctx.add(actor, "organised", event, sentence, "relations.organiseerde", 0.8)


_CONTRIBUTORS = re.compile(r"\bmet\s+(?:bijdragen|medewerking|deelname|inbreng)\s+van\s+", re.IGNORECASE)


def _contributors(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"… een werkconferentie, met bijdragen van het UWV en de SER": they take part in it."""
    if not any(m.type in _PROGRAMME_OR_EVENT for m in mentions):
        return  # nothing to find (the loop below needs an event or programme), so no scan
    for match in ctx.cues(_CONTRIBUTORS, sentence):
        things = [m for m in mentions if m.type in ("Event", "Programme") and m.end <= match.start()]
        if not things:
            continue
        for actor in ctx.list_after(match.end(), sentence.end, types=ACTORS):
            ctx.add(actor, "participatesIn", things[-1], sentence, "relations.met-bijdragen-van", 0.65)


def _led_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # what is led is a unit, programme or event before the cue (see _participation)
    things = any(m.type in _THINGS for m in mentions)
    for match in ctx.cues(_LED, sentence) if things else ():
        leaders = [m for m in mentions if m.start >= match.end() and re.fullmatch(
            r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministeries?\s+van|[\w-]+)\s+)?", ctx.text[match.end():m.start])]
        if not leaders:
            continue
        leader = leaders[0]
        # what is led: the nearest unit, programme or event before the cue ("…, die wordt voorgezeten
        # door", "X o.l.v. Y"); after "en wordt" (a second predicate of the same subject) the clause's
        # subject: "De Taskforce X valt onder de pijler Y en wordt voorgezeten door Z" is about X
        before = [m for m in mentions if m.end <= match.start() and m.type in _THINGS]
        thing = before[-1] if before else None
        if before and _SECOND_PREDICATE.search(text, sentence.start, match.start()):
            free = [m for m in before if not _AFTER_PREPOSITION.search(text, max(sentence.start, m.start - 20), m.start)]
            thing = free[0] if free else thing
        if thing is None:
            continue
        if leader.type == "Person":
            # "getrokken door X": X is its trekker; the other phrasings name its chair; "door X (Zwolle)
            # en Y (Hengelo)": both
            role = "trekker" if match.group().lower().startswith("getrokken") else "voorzitter"
            bracket = ctx.bracket_after(leader)
            rest = bracket[1] + 1 if bracket else leader.end  # after "X (Zwolle)"
            for person in [leader] + ctx.list_after(rest, sentence.end, types={"Person"}):
                ctx.add(person, "hasRole", thing, sentence, "relations.onder-leiding-van", 0.7, role=role)
        elif leader.type in ACTORS:
            for other in [leader] + ctx.list_after(leader.end, sentence.end, types=ACTORS):
                ctx.add(thing, "ledBy", other, sentence, "relations.onder-leiding-van", 0.8)
    for k, m in enumerate(mentions):
        if m.type != "Programme" or k + 1 >= len(mentions):
            continue
        nxt = mentions[k + 1]
        if nxt.type == "Ministry" and _OF_MINISTRY.match(text[m.end:nxt.start]):
            ctx.add(m, "ledBy", nxt, sentence, "relations.programma-van-ministerie", 0.75)


_SECOND_PREDICATE = re.compile(r"\ben\s+(?:wordt|werd|worden|werden)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:onder|van|bij|binnen|in|aan|uit|met|voor)\s+(?:de|het)\s+$", re.IGNORECASE)


def _succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    persons = [m for m in mentions if m.type == "Person"]
    pronoun = ctx.pronoun_person(sentence)
    if pronoun is not None and persons:
        # "Zij volgt Hans Kootstra op", "Hij volgde in mei X op als trekker"
        opening = text[sentence.start:persons[0].start]
        handover = re.fullmatch(r"\s*(?:Hij|Zij|Ze)\s+(?:neemt|nam)\s+(?:\w+\s+){0,3}?het\s+stokje\s+over\s+van\s+", opening)
        if handover or re.fullmatch(r"\s*(?:Hij|Zij|Ze)\s+(?:volgt|volgde)\s+(?:\w+\s+){0,3}?", opening) and \
                re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\b", text[persons[0].end:sentence.end]):
            ctx.add(pronoun, "succeeded", persons[0], sentence, "relations.opvolging", 0.7)
            as_role = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\s+als\s+", text[persons[0].end:sentence.end])
            if as_role:
                role_match = role_pattern().match(text, persons[0].end + as_role.end())
                role = _role_of(role_match.group(0)) if role_match else None
                holder = ctx.context_unit(sentence.start)
                if role is not None and holder is not None:
                    ctx.add(persons[0], "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label,
                            past=True)
                    ctx.add(pronoun, "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label)
    referent = pronoun
    if referent is None and re.match(r"\s*(?:Zijn|Haar)\s", text[sentence.start:sentence.start + 7]):
        previous = ctx.previous_sentence(sentence)  # "Haar taak is overgenomen door X": whose, said before
        named = [m for m in ctx.in_sentence(previous) if m.type == "Person"] if previous is not None else []
        referent = named[-1] if named else None
    if referent is not None and persons:
        opening = text[sentence.start:persons[0].start]
        for pattern, direction in _PRONOUN_SUCCESSION:
            if pattern.fullmatch(opening) and ctx.asserted(sentence, sentence.start, persons[0].start):
                new, old = (referent, persons[0]) if direction == "forward" else (persons[0], referent)
                ctx.add(new, "succeeded", old, sentence, "relations.opvolging", 0.75)
                break
    for a, b in zip(persons, persons[1:]):
        gap = text[a.end:b.start]
        # "eerst was dat X, later Y"
        if re.fullmatch(r"\s*,?\s*(?:en\s+)?later\s+(?:was\s+het\s+|werd\s+dat\s+)?", gap) and \
                _FIRST_LATER.search(text[sentence.start:a.start]):
            ctx.add(b, "succeeded", a, sentence, "relations.eerst-later", 0.8)
            _carry_role(ctx, sentence, a, b)
            continue
        if _BRACKET_ONLY.fullmatch(gap) and _SUCCESSION[0][1].match(text[b.end:sentence.end]) \
                and _VERB_BEFORE_BOTH.search(text[sentence.start:a.start]):
            ctx.add(a, "succeeded", b, sentence, "relations.opvolging", 0.75)
            continue
        for pattern, tail, direction in _SUCCESSION:
            if pattern.match(gap) and (tail is None or tail.match(text[b.end:sentence.end])):
                new, old = (a, b) if direction == "forward" else (b, a)
                ctx.add(new, "succeeded", old, sentence, "relations.opvolging", 0.8)
                break


def _carry_role(ctx: DocContext, sentence: Sentence, first: Mention, later: Mention) -> None:
    """"Tilburg is voorzitter, eerst was dat X, later Y": X held the role before Y."""
    match = None
    for m in role_pattern().finditer(ctx.text, sentence.start, first.start):
        match = m
    if match is None:
        return
    role = _role_of(match.group(0))
    if role is None:
        return
    holder = ctx.context_unit(sentence.start)
    if holder is None:
        return
    ctx.add(first, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label, past=True)
    ctx.add(later, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label)


def _contact(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    for match in ctx.cues(_CONTACT, sentence):
        persons = [m for m in mentions if m.type == "Person" and 0 <= m.start - match.end() <= 3]
        if not persons:
            continue
        topic = ctx.section_entity(sentence)
        if topic is None and sentence.bullet_list is not None:
            topic = ctx.item_unit(sentence)
        title = _title(ctx)
        if topic is None and title is not None:
            # a page about one unit, programme or event: its title names what the contact is for
            named = [m for m in ctx.in_sentence(title) if m.type in _THINGS]
            topic = named[0] if len(named) == 1 else None
        if topic is not None:
            ctx.add(persons[0], "contactFor", topic, sentence, "relations.meer-informatie", 0.8)


def _title(ctx: DocContext) -> Sentence | None:
    """The document's title: its first heading, after any navigation bullets of a web page."""
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and len(sentence.text.split()) <= 3:
            continue  # "• Home", "• Contact"
        return sentence if sentence.is_heading else None
    return None
