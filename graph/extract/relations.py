"""Relation patterns between mentions: the predicates of the facts export other than hasRole.

Each rule is a pattern of Dutch with a rule id and a confidence; the evidence is the sentence.

=====================  =====================================================================
predicate              cues
=====================  =====================================================================
collaboratesWith       "samen met", "(in) samenwerking met", "in gesprek met", "verbinding met",
                       "contact met", "overleg met"; "met X … gewerkt/gesprekken gevoerd/opgesteld/afspraken";
                       "X en Y werken samen / gezamenlijk / tekenden een convenant" (each pair);
                       fronted: "Met X en Y werkt Z samen" (not "met steun van X", not "…, met X niet")
                       a subject named by its kind: "…, waar de gemeente samen met X …" (the one
                       municipality named just before; none when two are)
                       "slaat de handen ineen met", "bundelt de krachten met", "een samenwerking aangegaan
                       met", "sloot een convenant met"; "X en Y slaan de handen ineen / bundelen hun krachten";
                       "een samenwerking tussen X en Y"
participatesIn         "participeren/doen mee/meedoen/nemen deel/ondertekenden" with a list (not the actors of a
                      relative clause after it: "…, dat door BZK wordt getrokken"); "actief in";
                      money from a programme, also fronted: "Via de X kregen A en B een bijdrage";
                       "heeft zitting in X met Y"; "is verbreed met vertegenwoordigers van";
                       "Hieronder/Waaronder …" after "bestaat uit"; "meegedacht/meegewerkt … X";
                       "X ontving geld / een bijdrage uit <programma>" (money from a ministry: nothing)
                       the verb last or inverted: "…, waaraan X deelneemt", "Sinds 2021 neemt X deel aan";
                       "heeft zich aangemeld voor"; "Deelnemers aan X zijn A en B"; "is een van de deelnemers aan"
initiated              see :mod:`graph.extract.initiatives`
organised              "organiseerde/organiseert/georganiseerd (met X)" + an event; fronted
                       "Samen met X en Y organiseerde Z een werkconferentie" (X and Y too); "X heeft samen
                       met Y een … georganiseerd"; "X was gastheer/gastgemeente van <event>"
ledBy                  "o.l.v.", "onder leiding/regie/de hoede van", "<programma> van het ministerie van";
                       "X trekt/leidt/coördineert de themagroep"; "Het penvoerderschap/De regie van Y ligt
                       bij X"; "X heeft het penvoerderschap van Y"
succeeded              see :mod:`graph.extract.succession` (and the roles passed on with it)
contactFor             "Meer informatie/Contact(persoon)/Informatie: <persoon>" in a section
partOf                 see :mod:`graph.extract.parts`
members (participatesIn) see :mod:`graph.extract.membership`: "In de taskforce zitten …", "toegetreden tot",
                       "Namens het ministerie neemt X deel"
affiliatedWith         e-mail domains (municipality or organisation)
=====================  =====================================================================

Who a cue is about (the subject, inverted or not, and the actors listed with it) is found by
:mod:`graph.extract.subjects`. A cue counts only where its clause asserts it
(:mod:`graph.extract.polarity`): "werkt niet samen met", "Werkt … samen met …?", "zou kunnen
samenwerken met" and "…, maar daarvan is afgezien" state no fact.
"""

from __future__ import annotations

import re

from .cards import find_cards, find_stated_leads
from .contacts import find_contacts
from .cosigning import together_without_partnership
from .context import ACTORS, HOLDERS, DocContext
from .ellipsis import find_town_ellipsis
from .firstperson import find_first_person
from .initiatives import find_initiatives
from .lists import find_answered_lists, find_inline_lists, find_lists, find_member_lists, find_runs_in, find_speakers
from .leaders import led_thing, person_behind_adjective
from .membership import find_membership
from .model import Mention, Sentence
from .signoffs import find_signoff_blocks
from .participation import find_event_participants
from .parts import find_parts
from .roles import role_of, role_pattern
from .subjects import coordinated, kind_anaphor, subject_or_context, target_thing, with_coordinated
from .succession import find_succession
from .tables import find_tables
from .voice import find_signatures, we_actor

__all__ = ["find_relations"]

_COLLAB = re.compile(
    r"\b(?:samen\s+met|(?:in\s+)?samenwerking\s+met|samengewerkt\s+met|samenwerk(?:en|t|te|ten)\s+met|in\s+gesprek\s+met|"
    r"\w*gesprekk?e?n?\s+(?:gevoerd\s+)?met|verbinding\s+met|contact\s+met|overleg\s+met|afspraken\s+met|"
    r"handen\s+ineen\s+met|krachten\s+(?:gebundeld\s+)?met|samenwerking\s+(?:aan|aangegaan)\s+met|"
    r"bijeenkomst\s+met|vergaderde[n]?(?:\s+\w+){0,4}?\s+met|together\s+with|in\s+(?:cooperation|collaboration)\s+with)\s",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:we|wij)\b", re.IGNORECASE)
_MET = re.compile(r"\bmet\s", re.IGNORECASE)
#: the agents of a passive of making, right before "samen met"
_AFTER_PASSIVE_AGENTS = re.compile(r"\b(?:opgesteld|opgezet|opgericht|ontwikkeld|gelanceerd|geïnitieerd|geroepen)\s+"
                                   r"door\s+[^;:]*,\s*(?:samen\s+)?$", re.IGNORECASE)
#: "met" that names no partner: "met als trekker …", "met steun/hulp/geld van OCW"
_MET_MEANS = re.compile(r"met\s+(?:als\b|(?:de\s+|het\s+)?(?:steun|hulp|behulp|geld|middelen|subsidie|dank|"
                        r"bijdragen?|financiering|instemming|goedkeuring|toestemming)\s+(?:van|uit)\b)", re.IGNORECASE)
#: a contrast that leaves out the verb and denies it: "Met de VNG werkt Breda samen, met het IPO niet"
_ELLIPTIC_DENIAL = re.compile(r"\s+(?:nog\s+|echter\s+)?niet\s*[.;,]", re.IGNORECASE)
_MET_VERB = re.compile(
    r"\b(?:gewerkt|samengewerkt|gesprekk?en|gesproken|overlegd|opgesteld|ontwikkeld|afgesproken|afspraken|verkend|"
    r"uitgewerkt|vergaderd|getekend|ondertekend|spraken|sprak|sloot|sloten|gesloten|afgesloten|"
    r"(?:werkt|werken|werkte|werkten|trekt|trekken|trok|trokken)\s+(?:[\w-]+\s+){0,4}?samen)\b", re.IGNORECASE)
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
#: acceding to a programme: "(besluit om) toe te treden tot", "is toegetreden tot", "treedt toe tot"
_ACCEDE = re.compile(r"\b(?:toe\s+te\s+treden|toegetreden|(?:treedt|treden|trad|traden)\s+(?:\w+\s+){0,3}?toe)\s+tot\s",
                     re.IGNORECASE)
#: a person between the verb and "deel aan": "nam burgemeester X deel aan", "neemt wethouder Y (Ede) deel aan"
_TAKES_PART_PERSON = re.compile(r"\b(?:neemt|nam|nemen|namen)\s+(?:[^\s,;:.]+\.?\s+){1,7}?deel\s+aan\s+")
_WE_OUR = re.compile(r"\b(?:we|wij|ons|onze)\b", re.IGNORECASE)
#: an agreement of its own that a sentence says was signed (not the programme of the passage)
_OWN_AGREEMENT = re.compile(r"\been\s+(?:[\w-]+\s+)?(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|"
                            r"akkoord|verklaring|contract|brief|motie|petitie|manifest)\b", re.IGNORECASE)
_SIGNED = re.compile(r"(?:sloot|sloten|gesloten|(?:onder)?tek|getek)", re.IGNORECASE)
_ACTIVE_IN = re.compile(r"\b(?:actief|vertegenwoordigd|zitting|deelnemer)\s+(?:in|bij|aan)\s", re.IGNORECASE)
_JOIN = re.compile(r"\b(?:zich\s+(?:\w+\s+){0,4}?aan\s+bij|aangesloten\s+bij|"
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
_AMONG = re.compile(r"\s*(?:Hieronder|Waaronder|Daaronder|Onder\s+wie|Onder\s+hen)\b")
#: the end of a clause between a cue and its object
_CLAUSE_BREAK = re.compile(r"[,;]|\bmaar\b")
_CONTRIBUTE = re.compile(r"\b(?:meegedacht|meegewerkt|bijgedragen|betrokken)\b", re.IGNORECASE)
_ORGANISE = re.compile(r"\b(?:organiseerde[n]?|organiseert|organiseren|georganiseerd)\b", re.IGNORECASE)
_LED = re.compile(r"(?:\bo\.l\.v\.|\bonder\s+(?:leiding|regie|de\s+hoede|voorzitterschap)\s+van|"
                 r"\b(?:uitgevoerd|getrokken|gecoördineerd|geleid|voorgezeten|beheerd)\s+door|\b(?:chaired|led)\s+by)\s*",
                 re.IGNORECASE)
_OF_MINISTRY = re.compile(r"^\s*van\s+(?:het\s+)?(?:ministerie\s+van\s+)?$", re.IGNORECASE)
#: a name used as a modifier of its members: "G40-steden", "de G40 steden Leeuwarden, …", "VNG leden"
_ADJECTIVAL = re.compile(r"-[a-z]|\s(?:steden|gemeenten|gemeentes|wethouders|burgemeesters|leden|partners)\b")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
_THINGS_OR_ORGANISATION = _THINGS | {"Organisation"}
_PROGRAMME_OR_EVENT = frozenset({"Programme", "Event"})



def find_relations(ctx: DocContext) -> None:
    """Add all non-role relations to ``ctx``."""
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        if not mentions:
            continue
        _collaboration(ctx, sentence, mentions)
        _joint_subjects(ctx, sentence, mentions)
        _partner_copula(ctx, sentence)
        _participation(ctx, sentence, mentions)
        _funding(ctx, sentence, mentions)
        find_initiatives(ctx, sentence, mentions)
        find_membership(ctx, sentence, mentions)
        _organised(ctx, sentence, mentions)
        _contributors(ctx, sentence, mentions)
        _led_by(ctx, sentence, mentions)
        _pulls(ctx, sentence, mentions)
        find_succession(ctx, sentence, mentions)
        find_town_ellipsis(ctx, sentence, mentions)
        find_contacts(ctx, sentence, mentions)
        find_cards(ctx, sentence, mentions)
        find_stated_leads(ctx, sentence, mentions)
    find_tables(ctx)
    find_lists(ctx)
    find_inline_lists(ctx)
    find_member_lists(ctx)
    find_answered_lists(ctx)
    find_signatures(ctx)
    find_signoff_blocks(ctx)
    find_speakers(ctx)
    find_event_participants(ctx)
    find_runs_in(ctx)
    find_first_person(ctx)
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
        elif m.rule == "gazetteer.place-adjective" and role_pattern().match(ctx.text, m.end + 1):
            continue  # "samen met de Helmondse wethouder X": the person's town, no partner of its own
        else:
            out.append(m)
    return out


#: a unit chaired or led by a person before "samen met": the person after it shares the chair
_CHAIRED_BY = re.compile(r"\b(?:voorgezeten|geleid|getrokken)\s+door\s+[^;:.]{0,120}?,?\s*$", re.IGNORECASE)


def _collaboration(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    done = set()
    if _YOU_OPENING.match(text, ctx.content_start(sentence)):
        return  # "Je werkt nauw samen met X en met Y" (a vacancy): the reader, who is no entity
    for match in ctx.asserted_cues(_COLLAB, sentence):
        listed = ctx.list_after(match.end(), sentence.end)
        if listed and listed[0].type == "Person" and _CHAIRED_BY.search(text, sentence.start, match.start()):
            continue  # "voorgezeten door X, samen met wethouder Y van Almelo": co-chairs, Almelo is no partner
        objects = _actor_objects(ctx, listed)
        if not objects:
            continue
        if (sentence.is_heading or sentence.bullet_list is not None and not match.group().lower().startswith("samen")
                and _TITLE_LINE.fullmatch(text, ctx.content_start(sentence), match.start())) \
                and ctx.subject(sentence, match.start(), persons=True) is None:
            continue  # a subtitle "In gesprek met wethouder X", a contents line "- Gesprek met KGG over …": no fact
        if _AFTER_PASSIVE_AGENTS.search(text, sentence.start, match.start()):
            continue  # "… is opgesteld door OCW, samen met de VNG": co-authors (see initiatives)
        subject = subject_or_context(ctx, sentence, match.start())
        fronted = _fronted_subject(ctx, sentence, match, objects)
        if fronted is not None:
            objects, subject = fronted  # "Samen met Aedes en Neprom bracht de werkgroep in kaart …"
        else:
            by_kind, antecedent = kind_anaphor(ctx, sentence, match.start())
            if by_kind and antecedent is None:
                continue  # "…, waar de gemeente samen met X …" after two municipalities: no actor to guess
            subject = antecedent or subject  # "Dordrecht … . …, waar de gemeente samen met X flats renoveert"
        if (sentence.is_heading or _MD_HEADING.match(text, sentence.start)) \
                and (subject is None or not sentence.start <= subject.start < sentence.end):
            continue  # "## Gesprek met KGG over netcongestie": the section's body says who met whom
        if subject is not None and not sentence.start <= subject.start < sentence.end \
                and match.group().lower().startswith(("overleg", "gesprek", "bijeenkomst", "vergader")) \
                and _MEETING_NOUN.search(text[ctx.content_start(sentence):match.start()]):
            continue  # "… worden ingebracht in het bestuurlijk overleg met BZK": a meeting, not the passage's doing
        if subject is not None and not sentence.start <= subject.start < sentence.end \
                and _UNNAMED_GROUP.search(text, ctx.content_start(sentence), match.start()):
            continue  # "Sinds 2023 werken onze gemeenten samen met Enexis": a group not named, not the passage's unit
        if subject is not None and not sentence.start <= subject.start < sentence.end \
                and _reader_subject(text, ctx.content_start(sentence), match.start()):
            continue  # "Je werkt nauw samen met de themagroep" (a vacancy): the reader, not the passage's unit
        subjects = with_coordinated(ctx, sentence, subject, match.start())
        if together_without_partnership(ctx, sentence, mentions, match.start(), objects):
            done.update(obj.start for obj in objects)  # hosts, co-signers, co-participants (see cosigning)
            continue
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
            if _MET_MEANS.match(text, match.start()) or _AFTER_PASSIVE_AGENTS.search(text, sentence.start, match.start()) or \
                    not ctx.asserted(sentence, match.start(), max(match.end(), verb.end())):
                continue  # "met als trekker …"; "Met BZK is niet samengewerkt"
            objects = [o for o in _actor_objects(ctx, ctx.list_after(match.end(), sentence.end)) if o.start not in done
                       and not match.start() < verb.start() <= o.start]  # a fronted "met"-list ends at the verb
            if not objects or _ELLIPTIC_DENIAL.match(text, objects[-1].end, sentence.end):
                continue  # "…, met het IPO niet"
            subject = subject_or_context(ctx, sentence, match.start())
            if subject is not None and not sentence.start <= subject.start < sentence.end \
                    and _UNNAMED_GROUP.search(text, ctx.content_start(sentence), match.start()):
                continue  # "Sinds 2023 werken onze gemeenten samen met Enexis": a group not named
            if subject is not None and not sentence.start <= subject.start < sentence.end \
                    and _reader_subject(text, ctx.content_start(sentence), match.start()):
                continue  # "Je hebt met de steden gewerkt": the reader
            for obj in objects:
                for actor in with_coordinated(ctx, sentence, subject, match.start()):
                    ctx.add(actor, "collaboratesWith", obj, sentence, "relations.met-x-gewerkt", 0.75)


#: a joint undertaking of a plural subject: "X en Y werken samen aan …", "… hebben een gezamenlijke
#: taskforce opgericht", "… hebben een intentieverklaring getekend" (with "met" it is _COLLAB's)
_JOINT = re.compile(
    r"\b(?:werken|werkten|gaan|gingen|trekken|trokken|zijn|waren)\s+(?:\w+\s+){0,3}?samen(?:\s+opgetrokken)?\b(?!\s+met\b)"
    r"|\b(?:richten|richtten|zetten|stellen|stelden|ontwikkelen|ontwikkelden)\s+(?:\w+\s+){0,2}?samen\s+"
    r"(?!met\b)[^.;:]{1,80}?\s(?:op|in|uit)\b"  # "X en Y richten samen de werkgroep Z op"
    r"|\b(?:slaan|sloegen)\s+(?:\w+\s+){0,3}?handen\s+ineen\b(?!\s+met\b)|\bhanden\s+ineengeslagen\b"
    r"|\b(?:bundelen|bundelden)\s+(?:\w+\s+){0,3}?krachten\b(?!\s+met\b)|\bkrachten\s+gebundeld\b(?!\s+met\b)"
    r"|\bgezamenlijke?\b"
    r"|\b(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|akkoord|green\s+deal)\s+(?:\w+\s+){0,2}?"
    r"(?:getekend|ondertekend|gesloten|afgesloten)\b",
    re.IGNORECASE)


#: a collaboration named by its partners: "een samenwerking tussen X en Y", "het samenwerkingsverband tussen …"
_BETWEEN = re.compile(r"\bsamenwerking(?:sverband)?\s+tussen\s+", re.IGNORECASE)


#: "Kennispartner is X", "Partners zijn de VNG en het IPO": the passage's unit works with them
_PARTNER_COPULA = re.compile(r"\s*(?:Kennis|Samenwerkings|Uitvoerings)?[Pp]artners?\s+(?:is|zijn|was|waren)\s+")


def _partner_copula(ctx: DocContext, sentence: Sentence) -> None:
    """"De themagroep werkt samen met X. Kennispartner is Hogeschool Y": the unit of the passage
    collaborates with the partners the sentence names (the list right after the copula)."""
    match = _PARTNER_COPULA.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None or not ctx.asserted(sentence, match.start(), match.end()):
        return
    partners = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    actor = ctx.context_unit(sentence.start)
    if not partners or partners[0].start - match.end() > 12 or actor is None:
        return
    for partner in partners:
        ctx.add(actor, "collaboratesWith", partner, sentence, "relations.partner-is", 0.7)


def _joint_subjects(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
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
    for match in ctx.asserted_cues(_JOINT, sentence):
        start = ctx.content_start(sentence)
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        opening = _without_head(ctx.text[start:actors[0].start]) if actors else ""
        if len(actors) < 2 or len(opening.split()) > 3 or _IN_PP_START.search(opening):
            continue  # a subject opens the clause: "Breda en EZK …", "Ook de G40 en VNG …"; not "Met X en Y …"
        for k, first in enumerate(actors):
            for second in actors[k + 1:]:
                ctx.add(first, "collaboratesWith", second, sentence, "relations.samen-onderwerp", 0.75)


def _fronted_subject(ctx: DocContext, sentence: Sentence, match: re.Match, objects: list[Mention]):
    """A "Samen met X en Y" that opens the sentence: the partners end at the finite verb, and the
    subject is the one named right after it ("Samen met Aedes en Neprom bracht de werkgroep …" →
    ([Aedes, Neprom], de werkgroep)); None when the sentence does not open so."""
    text = ctx.text
    if not match.group().lower().startswith("samen") or \
            not re.fullmatch(r"\s*(?:[-*•]\s*)?", text[ctx.content_start(sentence):match.start()]):
        return None
    kept = objects[:1]
    for obj in objects[1:]:
        if not re.fullmatch(r"\s*(?:,|en|\(|\))?\s*(?:de\s+|het\s+|ook\s+)?(?:ministerie\s+van\s+)?", text[kept[-1].end:obj.start]):
            break
        kept.append(obj)
    after = [m for m in ctx.in_span(kept[-1].end, sentence.end) if m.type in ACTORS | _THINGS | {"Person"}]
    verb = re.fullmatch(r"\s+([a-z]+)\s+(?:de\s+|het\s+)?", text[kept[-1].end:after[0].start]) if after else None
    if verb is None or after[0].type == "Person" or role_of(verb.group(1)) is not None:
        return None  # not "Samen met de Haarlemse wethouder X vormt Y …"
    return kept, after[0]


#: a sentence whose subject is the reader: "Je werkt …", "Jij bent …"
_YOU_OPENING = re.compile(r"\s*(?:[-*•]\s*)?(?:Je|Jij)\s+[a-z]")
#: a second-person subject: the reader of a vacancy or the addressee of a letter
_YOU = re.compile(r"\b(?:je|jij|u)\b")
def _reader_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause before a cue has the reader as its subject ("je", "u") and no "we".

    >>> _reader_subject("Daarna werk je samen met ", 0, 24), _reader_subject("Wij melden u dat wij samen met ", 0, 30)
    (True, False)
    """
    return _YOU.search(text, start, end) is not None and _WE.search(text, start, end) is None


#: a plural group as the subject, named by no entity: "werken onze gemeenten samen met …"
_UNNAMED_GROUP = re.compile(r"\b(?:onze|hun|deze|die|alle|beide|vijf|vier|drie|twee|zes|veel)\s+(?:[a-z]+\s+)?"
                            r"(?:gemeenten|steden|partijen|organisaties|instellingen|partners)\b", re.IGNORECASE)
_MD_HEADING = re.compile(r"\s*#{1,6}\s")
#: a line that is only a title opening with the cue noun: "- Gesprek met KGG over netcongestie"
_TITLE_LINE = re.compile(r"\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:(?:een|het|de)\s+)?(?:\w+\s+)?", re.IGNORECASE)
#: a meeting named as the object of a preposition or as the sentence's subject, right before its "overleg
#: met": "ingebracht in het bestuurlijk overleg met X", "Het eerste ambtelijke overleg met X vond plaats"
#: (who meets is not said)
_MEETING_NOUN = re.compile(r"(?:\b(?:in|aan|voor|tijdens|bij|naar|op)\s+|^\s*)(?:het|een|de)\s+(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)


#: the head noun of an actor's name before the name itself: "het ministerie van BZK", "de gemeente Delft"
_ACTOR_HEAD = re.compile(r"(?:(?:het\s+)?ministerie\s+van|(?:de\s+)?(?:gemeente|provincie))\s+$", re.IGNORECASE)


def _without_head(opening: str) -> str:
    """The words opening a clause before its first actor, without the actor's own head noun.

    >>> _without_head("Het ministerie van "), _without_head("Ook de gemeente ")
    ('', 'Ook ')
    """
    return _ACTOR_HEAD.sub("", opening)


_IN_PP_START = re.compile(r"\b(?:met|bij|door|namens|voor|via|over|aan|tussen)\b|(?<!ministerie )\bvan\b", re.IGNORECASE)


def _unit_just_named(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit the previous sentence names last, which a sentence of taking part without a programme
    is about: "De taskforce X kreeg een voorzitter. Naast Leeuwarden nemen Enschede en Schiedam deel"."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or previous.section_start != sentence.section_start:
        return None
    units = [m for m in ctx.in_sentence(previous) if m.type == "OrganisationalUnit"]
    return units[-1] if units else None


#: a relative clause after a cue of taking part: its actors do something else ("…, dat door BZK wordt getrokken")
_RELATIVE_AFTER = re.compile(r",\s+(?:dat|die|waar(?!onder)\w*)\s", re.IGNORECASE)


def _participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # most cues below need a unit, programme, event or organisation in the sentence: without
    # one they find nothing, so their regex need not run (the cost of extraction is in these scans)
    types = {m.type for m in mentions}
    for match in ctx.asserted_cues(_PARTICIPATE, sentence):
        if match.group()[-3:].lower() == "aan" and any(m.type == "Person" for m in ctx.in_span(match.start(), match.end())):
            continue  # "Namens Tilburg neemt X deel aan …": the person takes part (see membership)
        target = target_thing(mentions) or ctx.context_unit(sentence.start, types={"Programme"}) \
            or _unit_just_named(ctx, sentence) or ctx.title_programme
        if target is None or (target.type == "OrganisationalUnit" and _SIGNED.match(match.group())):
            continue  # what is closed or signed is an agreement, no unit: "sloot de pijler een convenant met Y"
        if _SIGNED.match(match.group()) and not sentence.start <= target.start < sentence.end \
                and _OWN_AGREEMENT.search(text, sentence.start, match.start()):
            continue  # "Beide instellingen hebben een intentieverklaring met de gemeente getekend": an agreement of its own
        # a clause after a semicolon is another statement: "tekenden A en B …; in C lopen de gesprekken nog"
        clause_start = max(text.rfind(";", sentence.start, match.start()) + 1, ctx.content_start(sentence))
        clause_end = text.find(";", match.end(), sentence.end)
        clause_end = sentence.end if clause_end < 0 else clause_end
        relative = _RELATIVE_AFTER.search(text, match.end(), clause_end)
        if relative is not None:
            clause_end = relative.start()  # "… deel aan het programma, dat door BZK wordt getrokken": BZK leads it
        actors = [m for m in mentions if m.type in ("Municipality", "Organisation", "Ministry", "Province", "OrganisationalUnit")
                  and m is not target and not _ADJECTIVAL.match(text, m.end) and clause_start <= m.start < clause_end]
        if not actors and _WE.search(text, clause_start, clause_end) and we_actor(ctx) is not None:
            actors = [we_actor(ctx)]  # "Daarom doen we mee aan …" in a document of "wij als gemeente X"
        if not actors and clause_start == ctx.content_start(sentence):
            person = ctx.pronoun_subject(sentence)[1]  # "… is wethouder in Breda. Zij neemt deel aan …"
            actors = [person] if person is not None else []
        for m in actors:
            ctx.add(m, "participatesIn", target, sentence, "relations.participeren", 0.8)
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
        for m in ([subject] if subject is not None else []) + joiners:
            ctx.add(m, "participatesIn", after[0], sentence, "relations.sluit-aan-bij", 0.75)
    for match in ctx.asserted_cues(_ACCEDE, sentence) if types & HOLDERS and "toe" in sentence.text else ():
        # "ons besluit om toe te treden tot de City Deal X" in a letter of "wij als gemeente Y"
        after = [m for m in mentions if m.start >= match.end() and m.type in HOLDERS]
        if not after or not re.fullmatch(r"\s*(?:de|het)?\s*", text[match.end():after[0].start]):
            continue
        before = ctx.in_span(ctx.content_start(sentence), match.start())
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
    for match in ctx.cues(_BROADENED, sentence) if types & HOLDERS else ():
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
        if after and _CLAUSE_BREAK.search(text, match.end(), after[0].start):
            continue  # "X was betrokken bij de voorbereiding, maar besloot niet aan de deal deel te nemen"
        subject = ctx.subject(sentence, match.start())
        if after and subject is not None:
            ctx.add(subject, "participatesIn", after[0], sentence, "relations.meegedacht", 0.65)


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
        targets = ctx.list_after(match.end(), sentence.end, types={"Programme"})
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


#: a receiving verb: "ontvingen", "krijgt", "hebben … gekregen"
_RECEIVE = re.compile(r"\b(?:ontv(?:ing|ingen|angt|angen)|krijg(?:t|en)|kreeg|kregen|gekregen)\b", re.IGNORECASE)
#: money and where it comes from, right before a programme: "geld uit het", "een bijdrage uit de",
#: "een bijdrage (ontvangen) uit de vijfde tranche van de"
_MONEY_FROM = re.compile(r"\b(?:geld|middelen|subsidie|financiering|budget|bijdragen|(?:een\s+)?(?:\w+\s+)?bijdrage|"
                         r"(?:miljoen\s+)?euro|€\s*[\d.,]+(?:\s+miljoen)?)(?:\s+(?:ontvangen|gekregen))?\s+(?:uit|van|via)\s+(?:(?:het|de)\s+)?"
                         r"(?:(?:\w+\s+)?(?:tranche|ronde|aanvraagronde|subsidieronde)\s+van\s+(?:het|de)\s+)?$",
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
            money = _MONEY_FROM.search(ctx.text, max(sentence.start, programme.start - 90), programme.start)
            if money is None:
                continue
            start, end = min(verb.start(), money.start()), max(verb.end(), programme.end)
            if re.search(r"[,;]", ctx.text[start:end]) or not ctx.asserted(sentence, start, end):
                continue  # the verb and the money in one clause, not denied: "ontving geen geld uit …"
            subject = ctx.inverted_subject(sentence, verb.end()) or ctx.subject(sentence, start)
            for actor in with_coordinated(ctx, sentence, subject, start):
                ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-uit", 0.7)
        _funding_fronted(ctx, sentence, mentions, verb)


#: a programme fronted as the source of money: "Via de Startbouwimpuls kregen …", "Uit het fonds ontvingen …"
_FRONTED_SOURCE = re.compile(r"(?:Via|Uit|Dankzij)\s+(?:de\s+|het\s+)?")
#: between the verb and its subject: "kregen onder meer Arnhem", "ontvingen ook de gemeenten Ede"
_BEFORE_RECIPIENT = re.compile(r"\s*(?:(?:onder\s+(?:meer|andere)|o\.a\.|ook|al|opnieuw|de|het|gemeenten?)\s+){0,3}")
_MONEY = re.compile(r"\b(?:geld|middelen|subsidie|financiering|budget|bijdragen?|rijksbijdrage)\b", re.IGNORECASE)


def _funding_fronted(ctx: DocContext, sentence: Sentence, mentions: list[Mention], verb: re.Match) -> None:
    """"Via de Startbouwimpuls kregen onder meer Arnhem en Ede een bijdrage": the programme opens the
    sentence, the receivers follow the verb; each takes part in the programme."""
    opening = _FRONTED_SOURCE.match(ctx.text, ctx.content_start(sentence))
    if opening is None:
        return
    programme = next((m for m in mentions if m.start == opening.end() and m.type == "Programme"), None)
    if programme is None or ctx.text[programme.end:verb.start()].strip():
        return
    first = next((m for m in ctx.in_span(verb.end(), sentence.end) if m.type in ACTORS), None)
    if first is None or not _BEFORE_RECIPIENT.fullmatch(ctx.text, verb.end(), first.start):
        return
    actors = [first] + coordinated(ctx, first, sentence.end)
    if not _MONEY.search(ctx.text, actors[-1].end, sentence.end) or not ctx.asserted(sentence, verb.start(), sentence.end):
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-via", 0.7)


#: a sentence that is only the participle and its agents: "Georganiseerd door X en Y."
_ORGANISED_FIRST = re.compile(r"\s*(?:Georganiseerd|Mede\s+georganiseerd)\s+door\s+")


#: co-organisers fronted right before the verb: "Samen met X en Y organiseerde Z …"
_FRONTED_TOGETHER = re.compile(r"\s*Samen\s+met\s+")


#: co-organisers between the subject and a verb at the end: "X heeft samen met Y een congres georganiseerd"
_TOGETHER_BEFORE = re.compile(r"\bsamen\s+met\s+(?:onder\s+(?:meer|andere)\s+)?", re.IGNORECASE)
#: hosting an event: "X was (de) gastheer van/voor de werkconferentie", "X is gastgemeente van het congres"
_HOST = re.compile(r"\b(?:is|was|zijn|waren|wordt|werd|worden|werden)\s+(?:(?:de|het|dit\s+jaar|ook|opnieuw)\s+){0,2}"
                   r"(?:gastheer|gastvrouw|gastheren|gastgemeente|gaststad|gastgemeenten)\s+(?:van|voor|bij)\s+", re.IGNORECASE)


def _organised(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    if not any(m.type == "Event" for m in mentions):
        _organised_elliptic(ctx, sentence)
        _organised_anaphor(ctx, sentence)
        return  # nothing more to find (the loop below needs an event), so no scan
    for match in ctx.asserted_cues(_ORGANISE, sentence):
        events = [m for m in mentions if m.type == "Event"]
        if not events:
            continue
        event = min(events, key=lambda m: abs(m.start - match.start()))
        organisers = []
        subject = ctx.inverted_subject(sentence, match.end()) or ctx.subject(sentence, match.start())
        if subject is not None:
            organisers.append(subject)
            # "Breda en Tilburg organiseerden …", inverted "Op 5 juni organiseerden Breda en Tilburg een …"
            organisers += coordinated(ctx, subject, match.start() if subject.end <= match.start() else event.start)
            together_before = _TOGETHER_BEFORE.search(text, subject.end, match.start()) if subject.end <= match.start() else None
            if together_before is not None:  # "Breda heeft samen met Platform31 een werkconferentie georganiseerd"
                organisers += ctx.list_after(together_before.end(), match.start(), types=ACTORS)
        for with_match in re.finditer(r"\b(?:met|door)\s", text[match.end():sentence.end]):
            organisers += ctx.list_after(match.end() + with_match.end(), sentence.end, types=ACTORS)
        fronted = _FRONTED_TOGETHER.match(text, ctx.content_start(sentence), match.start())
        together = ctx.list_after(fronted.end(), match.start(), types=ACTORS) if fronted else []
        if together and not text[together[-1].end:match.start()].strip():
            organisers += together  # "Samen met Aedes en de VNG organiseerde de themagroep een werkconferentie"
        for actor in organisers:
            ctx.add(actor, "organised", event, sentence, "relations.organiseerde", 0.8)
    for match in ctx.asserted_cues(_HOST, sentence) if "gast" in sentence.text else ():
        # "Tilburg was gastheer van de werkconferentie", "Ede is gastgemeente voor het congres"
        event = next((m for m in mentions if m.start >= match.end()), None)
        subject = ctx.subject(sentence, match.start())
        if event is not None and event.type == "Event" and subject is not None \
                and _ARTICLE_ONLY.fullmatch(text, match.end(), event.start):
            for actor in [subject] + coordinated(ctx, subject, match.start()):
                ctx.add(actor, "organised", event, sentence, "relations.gastheer", 0.7)


def _organised_elliptic(ctx: DocContext, sentence: Sentence) -> None:
    """"**Webinar X.** Georganiseerd door A met B.": the event is the one the sentence before names,
    on the same line (a heading of an agenda item).

    Examples
    --------
    (see tests/test_extract_round8.py::test_an_elliptic_organised_by_names_the_event_before)
    """
    if "eorganiseerd" not in sentence.text:
        return  # no cue: no scan
    opening = _ORGANISED_FIRST.match(ctx.text, ctx.content_start(sentence), sentence.end)
    previous = ctx.previous_sentence(sentence) if opening else None
    if previous is None or "\n" in ctx.text[previous.end:sentence.start]:
        return
    events = [m for m in ctx.in_sentence(previous) if m.type == "Event"]
    if not events:
        return
    for actor in ctx.list_after(opening.end(), sentence.end, types=ACTORS):
        ctx.add(actor, "organised", events[-1], sentence, "relations.georganiseerd-door", 0.75)
    for with_match in re.finditer(r"\b(?:met|samen\s+met|in\s+samenwerking\s+met)\s", ctx.text[opening.end():sentence.end]):
        for actor in ctx.list_after(opening.end() + with_match.end(), sentence.end, types=ACTORS):
            ctx.add(actor, "organised", events[-1], sentence, "relations.georganiseerd-door", 0.75)


#: a passive with a subject that points back to an event: "Het congres wordt georganiseerd door X (samen met Y)"
_ORGANISED_ANAPHOR = re.compile(r"\s*(?:Het|De|Dit|Deze)\s+(?P<word>[a-z]*(?:congres|conferentie|symposium|werksessie|"
                                r"kennissessie|bijeenkomst|kennisdag|netwerkdag|webinar|masterclass|festival)|"
                                r"[A-Z][a-z]*(?:congres|conferentie|symposium|festival))\s+(?:wordt|werd|is|was)\s+"
                                r"(?:\w+\s+){0,3}?georganiseerd\s+door\s+")


def _organised_anaphor(ctx: DocContext, sentence: Sentence) -> None:
    """"Het congres wordt georganiseerd door de themagroep samen met de VNG": the event named before
    whose name holds the subject's word (or whose kind it is) is organised by the agents after "door"
    and those after "samen met" / "in samenwerking met"."""
    if "eorganiseerd door" not in sentence.text:
        return
    match = _ORGANISED_ANAPHOR.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None or re.search(r"\b(?:niet|geen|nooit)\b", match.group()) \
            or not ctx.asserted(sentence, match.start(), match.end()):
        return
    word = match.group("word").lower()
    events = [m for m in ctx.mentions if m.type == "Event" and m.end <= sentence.start
              and (word in m.text.lower() or word in m.label.lower())]
    if not events or len({m.label for m in events}) > 1:
        return
    event = events[-1]
    agents = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    together = re.match(r"\s*,?\s*(?:samen\s+met|in\s+samenwerking\s+met)\s+", ctx.text[agents[-1].end:sentence.end]) \
        if agents else None
    if together:
        agents += ctx.list_after(agents[-1].end + together.end(), sentence.end, types=ACTORS)
    for actor in agents:
        ctx.add(actor, "organised", event, sentence, "relations.georganiseerd-door", 0.75)


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
        leader = person_behind_adjective(text, mentions, leaders[0]) or leaders[0]
        # what is led: the nearest unit, programme or event before the cue ("…, die wordt voorgezeten
        # door", "X o.l.v. Y"); after "en wordt" (a second predicate of the same subject) the clause's
        # subject: "De Taskforce X valt onder de pijler Y en wordt voorgezeten door Z" is about X
        before = [m for m in mentions if m.end <= match.start() and m.type in _THINGS]
        thing = led_thing(text, before)
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
            for person in [leader] + (ctx.list_after(rest, sentence.end, types={"Person"})
                                      or _after_apposition(ctx, mentions, leader, sentence)):
                ctx.add(person, "hasRole", thing, sentence, "relations.onder-leiding-van", 0.7, role=role)
            for unit, person in _gapped_leaders(ctx, mentions, leader):
                ctx.add(person, "hasRole", unit, sentence, "relations.onder-leiding-van-gapped", 0.65, role=role)
        elif leader.type in ACTORS:
            for other in [leader] + ctx.list_after(leader.end, sentence.end, types=ACTORS):
                ctx.add(thing, "ledBy", other, sentence, "relations.onder-leiding-van", 0.8)
    if things:
        _led_by_split(ctx, sentence, mentions)
    for k, m in enumerate(mentions):
        if m.type != "Programme" or k + 1 >= len(mentions):
            continue
        nxt = mentions[k + 1]
        if nxt.type == "Ministry" and _OF_MINISTRY.match(text[m.end:nxt.start]):
            ctx.add(m, "ledBy", nxt, sentence, "relations.programma-van-ministerie", 0.75)


#: an apposition with a role, then the next name: "door A, wethouder Energie van Venlo, en B, …"
_APPOSITION_AND = re.compile(r"\s*,\s+([a-z][\w-]*)\b[^,;()]{0,60},\s+en\s+(?:(?:de\s+)?[a-z][\w-]*\s+)?")


def _after_apposition(ctx: DocContext, mentions: list[Mention], leader: Mention, sentence: Sentence) -> list[Mention]:
    """The person named after ``leader`` and a role in apposition to it: "getrokken door A, wethouder
    Energie van Venlo, en B, wethouder Duurzaamheid van Purmerend" gives B."""
    match = _APPOSITION_AND.match(ctx.text, leader.end, sentence.end)
    if match is None or role_of(match.group(1)) is None:
        return []
    return [m for m in mentions if m.type == "Person" and m.start == match.end()]


#: the agent between "door" and the participle: "(dat) door de provincie (wordt) beheerd/getrokken"
_LED_SPLIT = re.compile(r"\b(?:wordt|werd|is|dat|die)\s+door\s+([^,;:.()]{2,60}?)\s+(?:(?:wordt|werd)\s+)?"
                        r"(?:beheerd|getrokken|gecoördineerd|geleid|uitgevoerd)\b", re.IGNORECASE)


#: the active: "De Stichting X (, die …,) beheert het Fonds"; "Tilburg trekt/leidt de themagroep Y"
_MANAGES = re.compile(r"\b(?:beheert|beheerde|beheren|coördineert|coördineerde|coördineren|"
                      r"(?P<leads>leidt|leidde|leiden|leidden|trekt|trok|trekken|trokken))\s+(?=(?:de|het)\s)",
                      re.IGNORECASE)
#: the lead named as a task that lies with someone: "Het penvoerderschap van de City Deal X ligt bij Zwolle",
#: "De regie over het programma Y ligt sinds 2022 bij BZK"
_LEAD_TASK = re.compile(r"\b(?:penvoerderschap|trekkerschap|regie|leiding)\s+(?:van|over|voor)\s+", re.IGNORECASE)
#: a task of support, no lead: "De ambtelijke regie/coördinatie van de themagroep ligt bij de gemeente X"
_SUPPORT_TASK = re.compile(r"\b(?:ambtelijke|administratieve|secretariële|praktische|dagelijkse|inhoudelijke)\s+$",
                           re.IGNORECASE)
#: an actor that holds or takes the lead: "heeft/neemt/kreeg het penvoerderschap van/voor"
_HOLDS_LEAD = re.compile(r"\b(?:heeft|had|hebben|neemt|nam|krijgt|kreeg|vervult|vervulde)\s+(?:(?:nu|al|ook|sinds\s+\S+)\s+)?"
                         r"het\s+(?:penvoerderschap|trekkerschap)\s+(?:van|voor|over)\s+", re.IGNORECASE)
_LIES_WITH = re.compile(r"\s+(?:ligt|lag|berust|berustte)\s+(?:(?:nu|al|ook|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}bij\s+",
                        re.IGNORECASE)
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:de|het)\s+)?")
_AGENT_KIND = re.compile(r"(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _led_by_split(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het actieplan wordt door de provincie getrokken", "het register, dat door VNG Realisatie
    wordt beheerd": the programme or unit before the agent is led by it (an organisation, not a person).

    Examples
    --------
    (see tests/test_extract_round8.py::test_an_agent_before_the_participle_leads)
    """
    for match in ctx.asserted_cues(_LED_SPLIT, sentence) if "door" in sentence.text else ():
        agents = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1)]
        before = [m for m in mentions if m.end <= match.start() and m.type in _THINGS]
        if len(agents) != 1 or agents[0].type not in ACTORS or not before:
            continue
        if not _AGENT_KIND.fullmatch(ctx.text, match.start(1), agents[0].start):
            continue  # only the agent's name (with its article and kind) between "door" and the verb
        ctx.add(before[-1], "ledBy", agents[0], sentence, "relations.door-x-beheerd", 0.75)
    for match in ctx.asserted_cues(_MANAGES, sentence):
        thing = next((m for m in mentions if m.start >= match.end() and m.type in HOLDERS), None)
        subject = ctx.subject(sentence, match.start())
        if match.group("leads") and (subject is None or any(
                m.type == "Person" for m in ctx.in_span(ctx.content_start(sentence), match.start()))):
            continue  # "X (Tilburg) trekt de themagroep": the person is its trekker (see _pulls)
        if thing is not None and subject is not None and _ARTICLE_ONLY.fullmatch(ctx.text, match.end(), thing.start):
            ctx.add(thing, "ledBy", subject, sentence, "relations.beheert", 0.7)
    for match in ctx.asserted_cues(_HOLDS_LEAD, sentence) if "schap" in sentence.text else ():
        # "Zwolle heeft het penvoerderschap van de City Deal X", "Tilburg neemt het trekkerschap van Y op zich"
        thing = next((m for m in mentions if m.start >= match.end()), None)
        subject = ctx.subject(sentence, match.start(), persons=True)
        if thing is not None and thing.type in _THINGS and subject is not None and subject.type in ACTORS \
                and subject.type != "OrganisationalUnit" and _ARTICLE_ONLY.fullmatch(ctx.text, match.end(), thing.start):
            ctx.add(thing, "ledBy", subject, sentence, "relations.heeft-penvoerderschap", 0.7)
    for match in ctx.asserted_cues(_LEAD_TASK, sentence):
        thing = next((m for m in mentions if m.start >= match.end()), None)
        if thing is None or thing.type not in _THINGS or not _ARTICLE_ONLY.fullmatch(ctx.text, match.end(), thing.start) \
                or _SUPPORT_TASK.search(ctx.text, max(sentence.start, match.start() - 30), match.start()):
            continue
        lies = _LIES_WITH.match(ctx.text, thing.end, sentence.end)
        leader = next((m for m in mentions if lies and m.start >= lies.end()), None)
        if leader is None or leader.type not in ACTORS or leader.type == "OrganisationalUnit" \
                or not _AGENT_KIND.fullmatch(ctx.text, lies.end(), leader.start) \
                or not ctx.asserted(sentence, match.start(), lies.end()):
            continue
        ctx.add(thing, "ledBy", leader, sentence, "relations.ligt-bij", 0.75)


#: a gapped repeat of "<unit> wordt getrokken door <persoon>": ", de themagroep Y door Z (Breda)"
_GAP_OPENING = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?[,;]\s*(?:en\s+)?(?:de\s+|het\s+)?$")
_GAP_DOOR = re.compile(r"\s+door\s+$")


def _gapped_leaders(ctx: DocContext, mentions: list[Mention], leader: Mention) -> list[tuple[Mention, Mention]]:
    """(unit, person) pairs of the clauses that leave out the verb after "X wordt getrokken door
    <leader>": "…, de themagroep Wonen door Fatima Bos (Delft); de themagroep Werk door Jan Smit".

    Examples
    --------
    (see tests/test_extract_round8.py::test_a_gapped_clause_repeats_the_trekker_verb)
    """
    pairs, last = [], leader
    later = [m for m in mentions if m.start >= leader.end]
    for unit, person in zip(later, later[1:]):
        if unit.type != "OrganisationalUnit" or person.type != "Person":
            continue
        if _GAP_OPENING.fullmatch(ctx.text, last.end, unit.start) and _GAP_DOOR.fullmatch(ctx.text, unit.end, person.start):
            pairs.append((unit, person))
            last = person
    return pairs


#: the active of "getrokken door": "X trekt (binnen de G40) de themagroep Y"
_PULLS = re.compile(r"\b(?:trekt|trok|trokken)\b", re.IGNORECASE)
#: what may stand between the verb and the unit it is said of: a short phrase, no clause boundary,
#: no "zich" ("trok zich terug uit"), no "samen" ("trekken samen op met"), no "niet" (but "niet langer":
#: a role that ended is still a role)
_PULLS_GAP = re.compile(r"(?:(?!\bzich\b|\bsamen\b|\bniet\b(?!\s+(?:langer|meer)\b))[^,;:.])*?\s(?:de|het)\s+$",
                        re.IGNORECASE)


def _pulls(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"X trekt de themagroep Y", "Hij trok binnen de G40 de taskforce Z": the person is its trekker.

    Examples
    --------
    (see tests/test_extract_round4.py::test_a_person_who_pulls_a_unit_is_its_trekker)
    """
    if not any(m.type == "OrganisationalUnit" for m in mentions):
        return  # nothing to pull: no scan
    for match in ctx.asserted_cues(_PULLS, sentence):
        person = ctx.subject(sentence, match.start(), types={"Person"}) or ctx.pronoun_person(sentence)
        if person is None:
            continue
        unit = next((m for m in mentions if m.start >= match.end() and m.type == "OrganisationalUnit"), None)
        if unit is None:
            continue
        gap = ctx.text[match.end():unit.start]
        if unit.text.split()[0].lower() in ("de", "het", "deze", "dit"):
            gap += " de "  # "trekt de themagroep": the article is part of the reference
        if not _PULLS_GAP.fullmatch(gap):
            continue
        ctx.add(person, "hasRole", unit, sentence, "relations.trekt", 0.7, role="trekker")
        partner = _co_puller(ctx, sentence, mentions, unit)
        if partner is not None:
            ctx.add(partner, "hasRole", unit, sentence, "relations.trekt-samen-met", 0.7, role="trekker")
    _pulls_relative(ctx, sentence, mentions)


#: "X trekt de themagroep samen met (de Helmondse wethouder) Y": a short phrase of words, no clause break
_TOGETHER_WITH_PERSON = re.compile(r"\s+samen\s+met\s+(?:de\s+|het\s+)?(?:[\w-]+\s+){0,3}?$")


def _co_puller(ctx: DocContext, sentence: Sentence, mentions: list[Mention], unit: Mention) -> Mention | None:
    """The person "samen met" names right after the pulled unit: a second trekker of it.

    "Zij trekt de themagroep samen met de Helmondse wethouder Y": Y is trekker too; only a person
    (not an organisation: "trekt de themagroep samen met Platform31" names a partner).
    """
    later = [m for m in mentions if m.start >= unit.end]
    person = next((m for m in later if m.type == "Person"), None)
    if person is None or not _TOGETHER_WITH_PERSON.fullmatch(ctx.text, unit.end, person.start):
        return None
    if any(m.start < person.start and m.type != "Person" and m.rule != "gazetteer.place-adjective" for m in later):
        return None  # "samen met de gemeente Ede en wethouder Y": another partner comes first
    return person


#: a relative clause with the verb last: "X (Enschede), die (binnen de G40) de themagroep Y trekt"
_RELATIVE_DIE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*die\s+")
_PULLS_LAST = re.compile(r"\s+(?:trekt|trok)\b", re.IGNORECASE)


def _pulls_relative(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"X, die de themagroep Y trekt": the antecedent is the unit's trekker.

    Examples
    --------
    (see tests/test_extract_round4.py::test_a_person_who_pulls_a_unit_in_a_relative_clause_is_its_trekker)
    """
    text = ctx.text
    for k, unit in enumerate(mentions):
        if unit.type != "OrganisationalUnit" or not _PULLS_LAST.match(text, unit.end, sentence.end):
            continue
        for person in reversed([m for m in mentions[:k] if m.type == "Person"]):
            relative = _RELATIVE_DIE.match(text, person.end, unit.start)
            if relative is None:
                continue
            gap = " " + text[relative.end():unit.start]
            if unit.text.split()[0].lower() in ("de", "het"):
                gap += "de "
            if _PULLS_GAP.fullmatch(gap) and not any(m.start >= relative.end() and m.end <= unit.start
                                                     and m.type == "Person" for m in mentions):
                ctx.add(person, "hasRole", unit, sentence, "relations.die-trekt", 0.7, role="trekker")
            break


_SECOND_PREDICATE = re.compile(r"\ben\s+(?:wordt|werd|worden|werden)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:onder|van|bij|binnen|in|aan|uit|met|voor)\s+(?:de|het)\s+$", re.IGNORECASE)
