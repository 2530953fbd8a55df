"""Who set up a programme, event or unit: the ``initiated`` predicate of the facts export.

=====================================  ===========================================================
cue                                    example
=====================================  ===========================================================
"een/het initiatief van"               "De City Deal is een initiatief van de G40 en Platform31"
"op (het) initiatief van"              "De deal werd gesloten op initiatief van OCW"; a unit
                                       "op initiatief van X ingesteld"
"initiatiefnemer(s) van"               "Breda is initiatiefnemer van de Regio Deal"
"het initiatief … genomen door/lag bij/ "Het initiatief voor de deal werd genomen door de G40",
kwam van/ging uit van"                  "Het initiatief voor de deal kwam van de vier steden"
"startsein", "gestart met", "opgezet"  "Helmond en Eindhoven zijn de deal gestart"
passive "werd door X opgericht"        "Dat programma werd door EZK en de VNG in het leven geroepen"
                                       ("Dat programma …" points back to the one named before)
"<programma>, die X lanceerde"         "…aan de Mobiliteitsagenda, die de G40 in 2021 lanceerde"
"<programma>, die X (samen met Y)      "…de City Deal, die de G40 samen met BZK in 2019 startte"
startte"
"<prog>, dat X en Y zijn gestart"       "…het programma X, dat de G40 en het IPO in 2022 samen zijn gestart"
passive "is door X en Y gestart"       "Het programma is in 2024 door de G40 en BZK gestart"
active "X lanceerde/startte/initieerde "BZK startte in 2019 de City Deal X", "In 2019 lanceerden A en B
<prog>"                                het programma Y" (the programme as object, after the verb); "initieerde
                                       X samen met Y de Agenda Z": Y too
active "X heeft met Y <prog>           "De themagroep heeft met EZK en de KvK de Uitvoeringsagenda Z
opgesteld"                             opgesteld": X, EZK and the KvK initiated it
passive "is opgesteld door X, samen   "Dat actieplan is opgesteld door OCW, samen met de VNG":
met Y"                                 X initiated it, Y takes part
a unit founded: "is (door X)           "De Taskforce X is in 2022 door het bestuur ingesteld", "de Commissie Y,
ingesteld/opgericht (door X)"          die in 2021 door de minister is ingesteld" (round 59v)
"ingesteld door" of a programme        "Het fonds is ingesteld door BZK" (the subject names it or points back)
"X zijn <prog> gestart" (perfect)      "Zwolle en Deventer zijn in 2023 het programma P gestart" (round 59v)
=====================================  ===========================================================

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De City Deal Kennis Maken is een initiatief van Platform31.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate) for r in ex.relations if r.predicate == "initiated"]
[('Platform31', 'initiated')]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent, portrayed, relative_antecedent
from .context import ACTORS, DocContext
from .antecedents import PRONOUN_SUBJECT, subject_antecedent
from .model import Mention, Sentence
from .subjects import coordinated, subject_or_context, target_thing

__all__ = ["find_initiatives", "in_one_clause", "set_up_separable"]

_PROGRAMME_OR_EVENT = frozenset({"Programme", "Event"})
_INITIATOR = re.compile(r"\binitiatiefnemers?\b", re.IGNORECASE)
_INITIATIVE = re.compile(r"\b(?:het\s+initiatief(?!\s+van\b)(?!\s*[“\"'‘])|startsein|gestart\s+met|startte[n]?\s+met|"
                         r"begonnen\s+met|opgezet|opgericht|gelanceerd|in\s+het\s+leven\s+geroepen|"
                         r"zette[n]?\s+\S+\s+op|richtte[n]?\s+\S+\s+op|"
                         # "legde (in 2019) de basis voor het programma", "heeft de basis gelegd voor"
                         r"(?:legde[n]?|leggen|legt)\s+(?:[^\s,;:]+\s+){0,3}?de\s+(?:eerste\s+)?basis\s+voor|"
                         r"de\s+(?:eerste\s+)?basis\s+gelegd\s+voor)\b", re.IGNORECASE)

#: "het initiatief … werd genomen door X", "het initiatief voor … lag bij X", "… kwam (in 2022) van X",
#: "… ging uit van X", "… is afkomstig van X"
_TAKEN_BY = re.compile(r"\b(?:(?:genomen|gestart)\s+door|(?:lag|ligt|lagen|liggen)\s+bij|"
                       r"(?:kwam|komt|kwamen)\s+(?:[^\s,;:]+\s+){0,2}?van|(?:ging|gaat)\s+uit\s+van|"
                       r"afkomstig\s+van)\s+", re.IGNORECASE)
#: "tijdens (de)" before an event: the time of what the sentence says ("die tijdens de netwerkdagen voorstelde")
_DURING = re.compile(r"\btijdens\s+(?:de\s+|het\s+|een\s+)?$", re.IGNORECASE)
#: a pronoun subject of the clause before the cue, opening it or after its verb: "Hij nam het initiatief",
#: "In 2019 nam hij (namens de G40) het initiatief"
_PRONOUN_TAKES = re.compile(r"(?:(?:[^,;:]{0,40}?\s)?(?:nam|neemt|namen|nemen)\s+(?:hij|zij)|(?:Hij|Zij)\s+(?:nam|neemt))\s")
#: a passive agent before a participle of setting up: "werd (vorig jaar) door X en Y opgericht"
#: (also in a relative clause, its auxiliary last: "het programma, dat in 2022 door X en Y is gestart"; round 40a)
_PASSIVE_BY = re.compile(r"\b(?:werd|werden|wordt|worden|is|zijn|dat|die)\s+(?:[^,;:()]{0,40}?\s)?door\s+", re.IGNORECASE)
_SET_UP_PARTICIPLE = re.compile(r"op|ge|in\s", re.IGNORECASE)
#: the agent right after a participle of setting up: "(is in 2021 opgericht) door de gemeenten A en B"
_AGENT_AFTER = re.compile(r"\s+door\s", re.IGNORECASE)
#: a subject that points back to a programme named before: "Dat programma werd …", "Het convenant is …"
_ANAPHORIC_SUBJECT = re.compile(r"\s*(?:Dat|Dit|Het|Deze|De)\s+[a-z]\w*\s+(?:werd|wordt|is|was)\b")
#: a relative clause about a programme named right before: "…, die de G40 in 2021 lanceerde"
_RELATIVE_LAUNCH = re.compile(r",\s+(?:die|dat)\s+(?:[^\s,;:()]+\s+){1,14}?(?:lanceerden?|opzetten?|oprichtten?|"
                              r"initieerden?|startten?|in\s+het\s+leven\s+riepen?)\b", re.IGNORECASE)
#: the same in the perfect, the clause's subject a list perhaps: "de Actieagenda X die de G40, de VNG en het IPO in
#: 2019 hebben opgesteld", "de kennisagenda die Platform31 samen met de G40 heeft opgesteld"
_RELATIVE_AUTHORED = re.compile(r",?\s+(?:die|dat)\s+[^;:()]{1,120}?\s+(?:(?:heeft|hebben)\s+(?:opgesteld|opgezet|opgericht|"
                                r"ontwikkeld|gelanceerd|geïnitieerd|in\s+het\s+leven\s+geroepen)|(?:opgesteld|opgezet|"
                                r"opgericht|ontwikkeld|gelanceerd|geïnitieerd|in\s+het\s+leven\s+geroepen)\s+(?:heeft|hebben)|"
                                # started, with "zijn" as its auxiliary: "het programma X, dat de G40 en het IPO in 2022
                                # samen zijn gestart" (round 55e)
                                r"(?:zijn|is)\s+(?:op)?gestart|(?:op)?gestart\s+(?:zijn|is))\b")
#: a time between the subject of a relative clause and its "samen met": "dat de pijler in 2024 samen met Divosa is
#: gestart", "die Schuurman in 2016 samen met UWV startte" (round 59v)
_CLAUSE_TIME = re.compile(r"\s+(?:in|sinds|vanaf|al\s+in)\s+(?:(?:het\s+)?(?:voorjaar|najaar|\w+)\s+(?:van\s+)?)?\d{4}(?=\s)",
                          re.IGNORECASE)
#: a passive of starting, its agent before the participle: "Het programma is in 2024 door X en Y gestart"
_STARTED = re.compile(r"\b(?:op)?gestart\b(?!\s+met\b)", re.IGNORECASE)
#: a passive of instituting, its agent before the participle: "De taskforce is in 2022 door het bestuur ingesteld"
_INSTITUTED = re.compile(r"\bingesteld\b(?!\s+(?:door|op)\b)", re.IGNORECASE)
#: a unit set up "op initiatief van X": "De taskforce is op initiatief van de pijler ingesteld"
_SET_UP_AFTER = re.compile(r"[^,;:]{0,60}?\b(?:ingesteld|opgericht|opgezet|in\s+het\s+leven\s+geroepen)\b", re.IGNORECASE)
#: the participle right before the cue: "De taskforce werd in april ingesteld op initiatief van X"
_SET_UP_BEFORE = re.compile(r"\b(?:ingesteld|opgericht|opgezet|in\s+het\s+leven\s+geroepen)\s+$", re.IGNORECASE)
#: "op (het) initiatief van X": X initiated what the sentence starts, closes or sets up; so did the one it was
#: set up for: "De monitor is opgezet in opdracht van X" (round 54d; not "uitgevoerd in opdracht van X")
_ON_INITIATIVE = re.compile(r"\bop\s+(?:het\s+)?initiatief\s+van\s+|"
                            r"\b(?:opgezet|opgericht|ingesteld|in\s+het\s+leven\s+geroepen)\s+in\s+opdracht\s+van\s+",
                            re.IGNORECASE)
#: (predicative or in apposition: "X is een/het initiatief van Y", "X, een initiatief van Y"; a definite "het
#: initiatief van Y" elsewhere names an initiative of its own, "sluit aan bij het initiatief van Y", round 43a)
_INITIATIVE_OF = re.compile(r"\b(?:een\s+|(?<=\bis\s)het\s+|(?<=\bwas\s)het\s+)initiatief\s+van\s+", re.IGNORECASE)
#: the end of an apposition "…, een initiatief van X en Y, <verb> …": a comma, dash or bracket before a word in
#: lower case that continues no list ("Met X, een initiatief van de VNG, werken Ede en Epe …": not Ede's initiative)
_APPOSITION_CLOSE = re.compile(r"\s*(?:,|[–—)])\s*(?!(?:de|het|en)\b)(?=[a-zà-ÿ])")
#: an active verb of launching with the programme as its object: "BZK lanceerde de City Deal X",
#: "In 2019 startte de G40 het programma Y", "De gemeente A en het ministerie van B starten het programma P"
#: (not "startte met", "startte in het voorjaar")
_LAUNCHED = re.compile(r"\b(?:lanceerde[n]?|lanceert|lanceren|startte[n]?|starten|start(?=\s+(?:de|het|samen)\b)|"
                       r"initieerde[n]?|initieert|initiëren)\b"
                       r"(?!\s+(?:met|in\s+(?:het|de)|op|bij)\b)", re.IGNORECASE)
#: between the verb (with an inverted subject) and its object: a few words of time, no clause break
_LAUNCH_GAP = re.compile(r"[^,;:()]{0,50}?")
#: a negation between the verb and its object: "startte niet de City Deal X"
_NOT = re.compile(r"\b(?:niet|nooit|geen)\b", re.IGNORECASE)
#: a new clause between a subject and the verb: "De G40 lanceerde een onderzoek, en BZK startte …"
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:en|maar|of|terwijl)\b|;")


#: an agent's "door" right before it: "uitgevoerd door (de) X", and before the full name when X is its
#: abbreviation in brackets: "uitgevoerd door de Rijksdienst voor Ondernemend Nederland (RVO)"
_BY_BEFORE = re.compile(r"\bdoor\s+(?:de\s+|het\s+)?(?:[^,;:()]{1,80}?\s\()?$", re.IGNORECASE)
#: a second passive clause of the same subject after the agent: "… door X en is samen met Y opgezet"
_NEXT_PASSIVE = re.compile(r"\ben\s+(?:is|werd|wordt|zijn|werden|worden)\b", re.IGNORECASE)


def _other_clause_agent(text: str, subject: Mention, at: int) -> bool:
    """Whether ``subject`` is the agent ("door X") of a passive clause before the one of the cue at ``at``
    ("Het fonds wordt uitgevoerd door RVO en is samen met BZK opgezet": RVO carries it out, set up nothing).

    >>> text = "Het fonds wordt uitgevoerd door RVO en is samen met BZK opgezet."
    >>> _other_clause_agent(text, Mention(32, 35, "RVO", "Organisation", "", 1.0), 62)
    True
    >>> text = "Het fonds wordt uitgevoerd door de Rijksdienst Water (RVO) en is samen met BZK opgezet."
    >>> _other_clause_agent(text, Mention(54, 57, "RVO", "Organisation", "", 1.0), 85)
    True
    """
    return _BY_BEFORE.search(text, max(0, subject.start - 100), subject.start) is not None \
        and _NEXT_PASSIVE.search(text, subject.end, at) is not None


#: a relative clause opened after a comma: ", dat", ", die"
_RELATIVE_OPENING = re.compile(r",\s+(?:dat|die)\s+")


def _relative_with_subject(ctx, after: int, cue: int) -> bool:
    """Whether the cue at ``cue`` ends a relative clause opened after offset ``after`` (the subject's end, within the
    cue's sentence) that names actors of its own as its subject:
    "Brinkman is trekker van het traject X, dat Apeldoorn en Deventer in 2024 zijn gestart" (the towns started it, not
    Brinkman; round 58s).

    >>> from graph.extract.context import DocContext
    >>> from graph.extract.model import Mention
    >>> text = "Bos is trekker van het traject Zon, dat Ede en Epe zijn gestart."
    >>> bos, ede = Mention(0, 3, "Bos", "Person", "", 1.0), Mention(40, 43, "Ede", "Municipality", "", 1.0)
    >>> ctx = DocContext("d", text, [], [bos, ede])
    >>> _relative_with_subject(ctx, bos.end, text.index("zijn gestart")), _relative_with_subject(ctx, bos.end, 8)
    (True, False)
    """
    opening = None
    for opening in _RELATIVE_OPENING.finditer(ctx.text, after, cue):
        pass
    return opening is not None and "," not in ctx.text[opening.end():cue] \
        and any(m.type in ACTORS for m in ctx.in_span(opening.end(), cue))  # (", dat Breda steunde, opgezet": closed)


def find_initiatives(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the ``initiated`` relations that ``sentence`` states (its ``mentions`` given)."""
    text = ctx.text
    # the first two cues need a programme or event in the sentence (see _participation)
    named = any(m.type in _PROGRAMME_OR_EVENT for m in mentions)
    for match in ctx.asserted_cues(_INITIATIVE_OF, sentence) if named else ():
        # "De City Deal is een initiatief van de G40 en Platform31"
        things = [m for m in mentions if m.type in ("Programme", "Event") and m.end <= match.start()][-1:]
        if things:  # the nearest: "Ede doet mee aan X en aan Y, een initiatief van Z" (Z's is Y)
            close = _APPOSITION_CLOSE.search(text, match.end(), sentence.end)
            for actor in ctx.list_after(match.end(), close.start() if close else sentence.end, types=ACTORS,
                                        prefixed_units=True):
                ctx.add(actor, "initiated", things[0], sentence, "relations.initiatief-van", 0.8)
    for match in ctx.asserted_cues(_ON_INITIATIVE, sentence):
        # "De City Deal werd gesloten op initiatief van OCW", "Op initiatief van de G40 is de deal gestart"
        actors = ctx.list_after(match.end() - 1, sentence.end, types=ACTORS, prefixed_units=True)
        target = target_thing([m for m in mentions if m.type in ("Programme", "Event")], near=match.start()) \
            or _unit_set_up(ctx, sentence, match, actors) \
            or ctx.context_unit(sentence.start, types={"Programme", "Event"})
        for actor in actors:
            ctx.add(actor, "initiated", target, sentence, "relations.op-initiatief-van", 0.8)
    for match in ctx.asserted_cues(_INITIATOR, sentence) if named else ():
        subject = ctx.subject(sentence, match.start(), persons=True)
        if subject is None and PRONOUN_SUBJECT.search(text, sentence.start, match.start()):
            subject = subject_antecedent(ctx, sentence)  # "Ook was zij een van de initiatiefnemers van …"
        after = [m for m in mentions if m.start >= match.end() and m.type in ("Programme", "Event")]
        if subject is not None and after:
            ctx.add(subject, "initiated", after[0], sentence, "relations.initiatiefnemer", 0.85)
    for match in ctx.asserted_cues(_INITIATIVE, sentence):
        # an event after "tijdens" is when the initiative was taken, not what it started
        target = target_thing([m for m in mentions if m.type in ("Programme", "Event")
                               and not _DURING.search(text, max(sentence.start, m.start - 20), m.start)], near=match.start())
        passive = _TAKEN_BY.search(text, match.end(), sentence.end)
        if passive is not None and re.search(r"\b(?:niet|geen|nooit)\b", text[match.end():passive.end()]):
            continue  # "Het initiatief kwam niet van Breda"
        if passive is not None and match.group().lower().startswith("het"):
            # "Het initiatief voor de deal werd genomen door de G40": the agent after "door"
            target = target or ctx.context_unit(sentence.start, types={"Programme", "Event"})
            agents = ctx.list_after(passive.end(), sentence.end, types=ACTORS, prefixed_units=True)
            together = re.match(r"\s*,?\s*samen\s+met\s+", text[agents[-1].end:sentence.end]) if agents else None
            if together:  # "… genomen door X samen met Y": Y took it too
                agents += ctx.list_after(agents[-1].end + together.end(), sentence.end, types=ACTORS,
                                         prefixed_units=True)
            for actor in agents:
                ctx.add(actor, "initiated", target, sentence, "relations.initiatief-genomen-door", 0.75)
            continue
        if _SET_UP_PARTICIPLE.match(match.group()) and _passive_initiators(ctx, sentence, mentions, match):
            continue
        if _SET_UP_PARTICIPLE.match(match.group()) and _AGENT_AFTER.match(text, match.end(), sentence.end):
            continue  # "X is in 2021 opgericht door A en B": the agents after it (relations.opgesteld-door), no subject (55d)
        if target is None:
            continue
        initiators = []
        # "Hij nam het over van Y, die het programma heeft opgezet": the subject of the relative clause
        relative = relative_antecedent(ctx, sentence, match.start())
        subject = relative or subject_or_context(ctx, sentence, match.start(), programmes=False)
        if re.match(r"\S+\s+(?:hij|zij)\b", match.group()):
            subject = object_antecedent(ctx, sentence)  # "Samen met X, …, legde hij de basis voor Y": whom "hij" is
        elif relative is None and _PRONOUN_TAKES.match(text, ctx.content_start(sentence), match.start()):
            # "In 2019 nam hij namens de G40 het initiatief": whom "hij" is (in a farewell piece: its subject)
            subject = subject_antecedent(ctx, sentence) or portrayed(ctx)
        if subject is not None and _other_clause_agent(text, subject, match.start()):
            subject = None  # "Het fonds wordt uitgevoerd door RVO en is samen met BZK opgezet": RVO set up nothing (44a)
        if subject is not None and relative is None and _relative_with_subject(ctx, max(subject.end, sentence.start),
                                                                                  match.start()):
            subject = None  # "X is trekker van het traject Y, dat Ede en Epe zijn gestart": Ede and Epe started it (58s)
        if subject is not None:
            initiators.append(subject)
            initiators += coordinated(ctx, subject, match.start())  # "Helmond en Eindhoven zijn … gestart"
        # (a word in lower case may stand between "met" and the list; not a name: "nam hij samen met UWV en FNV het
        # initiatief tot …" has UWV take it too, round 57s)
        together = re.search(r"\bsamen\s+met\s+(?:(?-i:[a-z])\w*\s+)?", text[sentence.start:match.start()], re.IGNORECASE)
        if together:
            initiators += ctx.list_after(sentence.start + together.end(), match.start(), types=ACTORS,
                                         prefixed_units=True)
        for actor in initiators:
            ctx.add(actor, "initiated", target, sentence, "relations.het-initiatief", 0.75)
    for match in ctx.asserted_cues(_LAUNCHED, sentence) if named else ():
        _launched(ctx, sentence, mentions, match)
    if named and " op" in sentence.text:
        _set_up_separable(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_STARTED, sentence) if named and " door " in sentence.text else ():
        _passive_initiators(ctx, sentence, mentions, match)  # "Het programma is door X en Y gestart"
    for match in ctx.asserted_cues(_INSTITUTED, sentence) if " door " in sentence.text else ():
        _passive_initiators(ctx, sentence, mentions, match)  # "De taskforce is in 2022 door het bestuur ingesteld"
    for match in ctx.asserted_cues(_AUTHORED_BY, sentence) if " door " in sentence.text else ():
        _authored_by(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_MANAGED_BY, sentence) if " beheerd door " in sentence.text else ():
        _managed_by(ctx, sentence, mentions, match)
    if named and ctx.has_cue(_AUTHORED_LAST, sentence):
        _authored_with(ctx, sentence, mentions)
        _authored_alone(ctx, sentence, mentions)
    for match in [*ctx.asserted_cues(_RELATIVE_LAUNCH, sentence), *ctx.asserted_cues(_RELATIVE_AUTHORED, sentence)] \
            if named else ():
        # "…aan de Mobiliteitsagenda, die de G40 in 2021 lanceerde": the programme right before the comma
        things = [m for m in mentions if m.type in _PROGRAMME_OR_EVENT and 0 <= match.start() - m.end <= 1]
        clause_start = match.start() + re.match(r",?\s+\w+\s+(?:(?:de|het)\s+)?", match.group()).end()
        agents = ctx.list_after(clause_start, match.end(), types=ACTORS, prefixed_units=True) if things else []
        if things and not agents:  # a reference its article opens: "dat de pijler in 2024 … is gestart" (round 59v)
            agents = [m for m in ctx.in_span(match.start(), match.end()) if m.type in ACTORS
                      and m.start < clause_start < m.end][:1]
        together = _TOGETHER_WITH.match(text, agents[-1].end, match.end()) if agents else None
        if agents and together is None and (time := _CLAUSE_TIME.match(text, agents[-1].end, match.end())):
            together = _TOGETHER_WITH.match(text, time.end(), match.end())  # "die X in 2016 samen met Y startte"
        if together:  # "…, die de G40 samen met BZK in 2019 startte": BZK started it too
            agents += ctx.list_after(together.end(), match.end(), types=ACTORS, prefixed_units=True)
        for actor in agents:
            ctx.add(actor, "initiated", things[0], sentence, "relations.die-lanceerde", 0.75)


#: the finite verb of a separable "opzetten" / "oprichten": "zette", "richtten" (its particle "op" closes the clause)
_SEPARABLE_VERB = re.compile(r"\b(?:zet|zette|zetten|richt|richtte|richtten)\s+", re.IGNORECASE)
#: the particle right after the object, closing the clause: "… het project X op, dat …", "… de Stichting X op."
_PARTICLE_LAST = re.compile(r"\s+op(?=\s*(?:[,.;:!?)]|$|\n))")
#: "samen met" in the clause, before the object
_TOGETHER_IN_CLAUSE = re.compile(r"\bsamen\s+met\s+", re.IGNORECASE)
#: where a clause before the verb ends: "Tilburg werkt samen met Breda, en zette …" (not a list's comma)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:en|maar|of|terwijl|die|dat|waar|waarna)\b")
#: what may stand between the verb and its subject right after it: "zette de gemeente Enschede"
_BODY_ARTICLE = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|stichting)\s+|ministerie\s+van\s+)?", re.IGNORECASE)
#: a pronoun subject right before or right after the verb: "Hij zette …", "… zette zij …"
_PRONOUN_BESIDE = re.compile(r"\s*(?:hij|zij)\b", re.IGNORECASE)


def in_one_clause(text: str, start: int, end: int) -> bool:
    """Whether no clause ends between ``start`` and ``end`` (a semicolon, or a comma before "en", "maar", "die" …)."""
    return _CLAUSE_BREAK.search(text, start, end) is None


def set_up_separable(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> tuple[re.Match, Mention] | None:
    """The verb and the programme or event a clause of ``sentence`` sets up with a separable verb, its object
    between the verb and the particle that closes the clause: "Samen met A en B zette hij in 2021 het project X
    op, dat …" (the project X), "In 2019 richtten Ede en Epe samen met de VNG de Stichting Y op." None without
    such a clause (round 57s).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> from graph.extract.context import DocContext
    >>> text = "Samen met de gemeente Ede zette hij in 2021 het project Iedereen op het Veld op, dat kinderen laat sporten."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> ctx = DocContext("d", text, ex.sentences, list(ex.mentions))
    >>> set_up_separable(ctx, ex.sentences[0], ctx.in_sentence(ex.sentences[0]))[1].text
    'project Iedereen op het Veld'
    """
    for verb in _SEPARABLE_VERB.finditer(ctx.text, sentence.start, sentence.end):
        for thing in mentions:
            if thing.type not in _PROGRAMME_OR_EVENT or thing.start < verb.end() or thing.start - verb.end() > 120:
                continue
            if re.search(r"[,;:()]|\s(?:en|maar|of|die|dat)\s", ctx.text[verb.end():thing.start]) \
                    or _NOT.search(ctx.text, verb.end(), thing.start):
                break  # another clause, or a denial, between the verb and its object
            if _PARTICLE_LAST.match(ctx.text, thing.end, sentence.end) is not None:
                return verb, thing
    return None


def _set_up_separable(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Samen met de gemeente Zaanstad en Stichting X zette hij in 2021 het project Y op": whom "hij" is, and the
    partners after "samen met", initiated the project; "Onder haar leiding zette de gemeente Enschede in 2022 samen
    met UWV het Infopunt Z op": Enschede and UWV initiated it (the subject before the verb, or right after it in
    an inverted clause, or the person a pronoun there stands for; round 57s).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "In 2020 zette de gemeente Ede samen met UWV het project Aan de Slag op."
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "initiated")
    ['Ede', 'UWV']
    """
    found = set_up_separable(ctx, sentence, mentions)
    if found is None:
        return
    verb, thing = found
    if not ctx.asserted(sentence, verb.start(), thing.end):
        return
    text = ctx.text
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence.start, verb.start()))
    clause = breaks[-1].end() if breaks else sentence.start
    together = _TOGETHER_IN_CLAUSE.search(text, clause, thing.start)
    partners = ctx.list_after(together.end(), thing.start, types=ACTORS, prefixed_units=True) if together else []
    if _PRONOUN_BESIDE.match(text, verb.end()) or re.search(r"(?:^|\s)(?:[Hh]ij|[Zz]ij)\s+$", text[clause:verb.start()]):
        subject = subject_antecedent(ctx, sentence) or portrayed(ctx)
    else:
        subject = ctx.inverted_subject(sentence, verb.end()) or ctx.subject(sentence, verb.start()) \
            or next((m for m in ctx.in_span(verb.end(), thing.start) if m.type in ACTORS
                     and _BODY_ARTICLE.fullmatch(text, verb.end(), m.start)), None)  # "Onder haar leiding zette de gemeente X …"
        if subject is not None and (subject.start < clause or any(subject is p for p in partners)):
            subject = None
    initiators = ([subject] if subject is not None else []) + partners
    for actor in initiators:
        ctx.add(actor, "initiated", thing, sentence, "relations.zette-op", 0.75)


def _launched(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"BZK lanceerde in 2019 de City Deal X", "In 2019 startte de G40 het programma Y": the subject
    (before the verb, or right after it in an inverted sentence) started the programme or event that
    is the object, named in the same clause after the verb."""
    subject = ctx.inverted_subject(sentence, match.end()) or ctx.subject(sentence, match.start())
    if subject is None or (subject.end <= match.start() and _NEW_CLAUSE.search(ctx.text, subject.end, match.start())):
        return  # "De G40 lanceerde een onderzoek, en BZK startte de City Deal X": not the G40's
    after = [m for m in mentions if m.start >= match.end() and m.type in _PROGRAMME_OR_EVENT]
    start = subject.end if subject.start > match.start() else match.end()
    together = _TOGETHER_WITH.match(ctx.text, start, after[0].start) if after else None
    partners = ctx.list_after(together.end(), after[0].start, types=ACTORS, prefixed_units=True) if together else []
    if partners:  # "Daarnaast initieerde de pijler samen met het ministerie van IenW de Agenda X": both started it
        start = partners[-1].end
    if not after or not _LAUNCH_GAP.fullmatch(ctx.text, start, after[0].start) \
            or _NOT.search(ctx.text, match.end(), after[0].start):
        return  # "De G40 startte niet de City Deal X"
    starters = [subject] + coordinated(ctx, subject, match.start() if subject.end <= match.start() else after[0].start) \
        + partners
    for actor in starters:
        ctx.add(actor, "initiated", after[0], sentence, "relations.lanceerde", 0.75)  # "Tilburg en Breda lanceerden …"
        if len(starters) > 1 and after[0].type == "Programme" and match.group(0).lower().startswith("start"):
            # "De gemeente A en het ministerie van B starten het programma P": who start it together take part in it
            ctx.add(actor, "participatesIn", after[0], sentence, "relations.samen-gestart", 0.7)


#: a passive with the participle before its agent: "Dat actieplan is opgesteld door X en Y", "De City Deal
#: is bedacht door de G40 (zelf), samen met BZK"
_AUTHORED_BY = re.compile(r"\b(?:is|werd|wordt|zijn|werden)\s+(?:\w+\s+){0,4}?(?:opgesteld|opgezet|opgericht|ontwikkeld|"
                          r"gelanceerd|geïnitieerd|gestart|opgestart|bedacht|ingesteld|in\s+het\s+leven\s+geroepen)\s+door\s+"
                          r"(?:(?:het|de)\s+(?:toenmalige|voormalige)\s+)?", re.IGNORECASE)
#: a passive of managing: "Het fonds wordt beheerd door X" (X leads it)
_MANAGED_BY = re.compile(r"\b(?:is|werd|wordt|worden|werden)\s+(?:\w+\s+){0,3}?beheerd\s+door\s+", re.IGNORECASE)
#: a supporter after the agents: "…, met (financiële) steun van VRO", "met ondersteuning van de provincie"
_SUPPORTED_BY = re.compile(r",?\s*met\s+(?:(?:financiële|de)\s+)?(?:steun|ondersteuning|hulp|subsidie|een\s+bijdrage)\s+van\s+",
                           re.IGNORECASE)
#: co-authors after the agents: "…, samen met (onder meer) de VNG en Kences"
_TOGETHER_WITH = re.compile(r"\)?\s*(?:zelf\s*)?,?\s*samen\s+met\s+(?:onder\s+(?:meer|andere)\s+)?", re.IGNORECASE)


def _authored_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Dat actieplan is opgesteld door de ministeries van OCW en BZK, samen met onder meer de VNG":
    OCW and BZK initiated the programme (named before the verb, or the one "Dat actieplan" points
    back to); the co-authors after "samen met" take part in it, and started it with them when the verb is one of
    starting ("is in 2021 gestart door A en B samen met UWV")."""
    target = _passive_target(ctx, sentence, mentions, match.start(), match.group(), match.end(), match.end())
    agents = ctx.list_after(match.end(), sentence.end, types=ACTORS, prefixed_units=True) if target is not None else []
    agents = [m for m in agents if m is not target]
    support = _SUPPORTED_BY.search(ctx.text, match.end(), sentence.end)
    if support is not None and any(m.start >= support.end() for m in agents):
        # "… is gestart door A, B en C, met steun van VRO": VRO supports it, and takes part; it started nothing (57r)
        for actor in (m for m in agents if m.start >= support.end()):
            ctx.add(actor, "participatesIn", target, sentence, "relations.met-steun-van", 0.7)
        agents = [m for m in agents if m.start < support.start()]
    for actor in agents:
        ctx.add(actor, "initiated", target, sentence, "relations.opgesteld-door", 0.75)
    together = _TOGETHER_WITH.match(ctx.text, agents[-1].end, sentence.end) if agents else None
    started = _STARTED_PARTICIPLE.search(match.group()) is not None
    for actor in ctx.list_after(together.end(), sentence.end, types=ACTORS, prefixed_units=True) if together else ():
        ctx.add(actor, "participatesIn", target, sentence, "relations.opgesteld-samen-met", 0.7)
        if started:  # "is in 2021 gestart door de gemeenten A en B samen met UWV": UWV started it too (round 56o)
            ctx.add(actor, "initiated", target, sentence, "relations.gestart-samen-met", 0.7)


#: the participles of starting something, as against writing it ("opgesteld", "ontwikkeld", "bedacht"): who starts
#: it together with the agents starts it too
_STARTED_PARTICIPLE = re.compile(r"\b(?:opgezet|opgericht|geïnitieerd|gestart|opgestart|ingesteld|in\s+het\s+leven\s+geroepen)"
                                 r"\s+door\b", re.IGNORECASE)
#: the participles of founding a body (an organisation or a unit, not only a programme): "opgericht", "ingesteld"
_FOUNDED = re.compile(r"\b(?:opgericht|ingesteld|in\s+het\s+leven\s+geroepen)\b", re.IGNORECASE)
#: (an organisation founded is no ``initiated`` object: :data:`graph.extract.model.RELATION_ENDS`, the ontology's shapes)
_FOUNDABLE = frozenset({"OrganisationalUnit", "Programme", "Event"})
#: an inverted subject between the auxiliary and the participle: "Binnen de City Deal X is een stuurgroep ingesteld"
_INVERTED_SUBJECT = re.compile(r"\b(?:een|de|het)\s+(?-i:[a-z])", re.IGNORECASE)
#: between a founded body and the auxiliary of its passive: its abbreviation in brackets at most ("De Stichting X
#: (SX) is …"); or the opening of a relative clause about it (", die in 2022 door …", ", dat door …")
_BODY_THEN_AUXILIARY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?")
_BODY_THEN_RELATIVE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:die|dat)\s")


#: a subject that points back to a programme set up by an "ingesteld" (a unit is "ingesteld" too: "De werkgroep is
#: ingesteld door de G40" is no programme's): "Het fonds is ingesteld door …"
_INSTITUTED_ANAPHOR = re.compile(r"\s*(?:Dat|Dit|Het|Deze|De)\s+(?:fonds|programma|regeling|prijs|impuls\w*|\w*fonds)\s+"
                                 r"(?:werd|wordt|is|was)\b")


def _passive_target(ctx: DocContext, sentence: Sentence, mentions: list[Mention], at: int, cue: str, cue_end: int,
                    subject_end: int) -> Mention | None:
    """What a passive of setting up, its auxiliary (or relative pronoun) at ``at`` and its participle in ``cue``,
    sets up: a body or programme named right before ``at`` when the participle is one of founding
    (:func:`_founded_body`); else the programme or event named before ``at``, or the one a subject pointing back
    (ending before ``subject_end``) stands for. A programme named further back is not what an "ingesteld" sets up
    ("Binnen de City Deal X is een stuurgroep ingesteld door …")."""
    founded = _founded_body(ctx, sentence, at, cue_end) if _FOUNDED.search(cue) else None
    if founded is not None:
        return founded
    if "ingesteld" in cue.lower():
        anaphor = _INSTITUTED_ANAPHOR.match(ctx.text, sentence.start, subject_end)
        return ctx.context_unit(sentence.start, types=_PROGRAMME_OR_EVENT) if anaphor else None
    things = [m for m in mentions if m.type in _PROGRAMME_OR_EVENT and m.end <= at]
    if things:
        return things[-1]
    if _ANAPHORIC_SUBJECT.match(ctx.text, sentence.start, subject_end):
        return ctx.context_unit(sentence.start, types=_PROGRAMME_OR_EVENT)
    return None


def _founded_body(ctx: DocContext, sentence: Sentence, at: int, cue_end: int) -> Mention | None:
    """The unit, programme or event that a passive of founding is about when its subject is named right before the
    auxiliary at ``at`` ("De Taskforce Wonen is in 2021 ingesteld door …"), or right before the relative pronoun
    that opens the clause at ``at`` ("… de Commissie Wonen, die in 2022 door de minister is ingesteld"); None
    otherwise, and when a subject of its own stands between ``at`` and the participle (ending at ``cue_end``):
    "Binnen de City Deal X is een stuurgroep ingesteld door …" (round 59v: a unit founded had been left out).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De Taskforce Wonen is in 2018 ingesteld door Platform31.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "initiated"]
    [('Platform31', 'Taskforce Wonen')]
    """
    # (not the abbreviation in brackets after it: "De Taskforce X (TX) is …")
    before = [m for m in ctx.in_span(sentence.start, at) if m.end <= at and not ctx.text.startswith("(", m.start - 1)]
    by = _AGENT_AFTER.search(ctx.text, at, cue_end)  # (the agent's article is no subject: "door de gemeente X")
    if not before or before[-1].type not in _FOUNDABLE \
            or _INVERTED_SUBJECT.search(ctx.text, at, by.start() if by else cue_end):
        return None
    body = before[-1]
    gap = _BODY_THEN_AUXILIARY if ctx.text[at:at + 4].lower() not in ("die ", "dat ") else None
    if gap is not None and gap.fullmatch(ctx.text, body.end, at):
        return body
    relative = _BODY_THEN_RELATIVE.match(ctx.text, body.end)
    return body if relative is not None and relative.end() - 4 <= at <= relative.end() else None


#: an active perfect with the programme as object right before the participle at the end:
#: "X heeft met Y en Z de Uitvoeringsagenda W opgesteld"
_AUTHORED_LAST = re.compile(r"(?:\s+[A-Z][\w-]*){0,4}\s+(?:opgesteld|ontwikkeld|opgezet|opgericht|gelanceerd|(?P<started>gestart))\b")
#: the partners of that perfect: "heeft (samen) met" right before them
_HAS_WITH = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?:samen\s+)?met\s+(?:de\s+|het\s+)?", re.IGNORECASE)
#: that perfect without partners, its subject before the auxiliary: "A, B en C hebben in december 2021 gezamenlijk
#: het programma P opgesteld" (a time or "samen" between; the article and at most one word before the name)
_OBJECT_GAP = (r"(?:(?:in|sinds)\s+(?:\w+\s+){0,2}?(?:\d{4}|tweeduizend(?:\s+[a-zë]+)?)\s+|(?:samen|gezamenlijk|zelf|ook|destijds|toen)\s+)*"
               r"(?:de|het)\s+(?:[a-z][\w-]*\s+)?")
_HAS_THEN_THING = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+" + _OBJECT_GAP + "$")
#: the perfect of starting something takes "zijn" too: "Zwolle en Deventer zijn in 2023 het programma P gestart"
#: (round 59v; a year may be written in words, as a deed does: "in tweeduizend drieëntwintig")
_IS_THEN_THING = re.compile(r"\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\s+" + _OBJECT_GAP + "$")
#: the same in a clause after "dat", the verbs last: "(overwegende) dat A, B en C in 2021 gezamenlijk het programma P
#: hebben opgesteld"
_SUBORDINATE_GAP = re.compile(r"\s+" + _OBJECT_GAP)
_HAS_AUTHORED = re.compile(r"\s+(?:heeft|hebben|had|hadden)\s+(?:opgesteld|ontwikkeld|opgezet|opgericht|gelanceerd)\b")
_THAT_BEFORE = re.compile(r"\b(?:dat|omdat|nadat|doordat)\s+[^,;:()]{0,60}$")
_LIST_JOIN = re.compile(r"\s*(?:,|en)\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie)\s+)?")


def _authored_with(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De themagroep X heeft met EZK en de KvK de Uitvoeringsagenda Y opgesteld": the subject and the
    partners after "met" initiated the programme that is the object (named right before the participle,
    right after the partners)."""
    text = ctx.text
    for thing in (m for m in mentions if m.type == "Programme"):
        participle = _AUTHORED_LAST.match(text, thing.end, sentence.end)
        has_with = None
        for has_with in _HAS_WITH.finditer(text, sentence.start, thing.start):
            pass
        if participle is None or has_with is None or not ctx.asserted(sentence, has_with.start(), participle.end()):
            continue
        partners = ctx.list_after(has_with.end(), thing.start, types=ACTORS, prefixed_units=True)
        if not partners or partners[0].start != has_with.end() \
                or not re.fullmatch(r"\s+(?:de|het|een)\s+", text[partners[-1].end:thing.start]):
            continue
        subject = ctx.subject(sentence, has_with.start())
        for actor in ([subject] if subject is not None else []) + partners:
            ctx.add(actor, "initiated", thing, sentence, "relations.met-x-opgesteld", 0.7)


def _authored_alone(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Breda, Tilburg en Helmond hebben in 2021 gezamenlijk het programma P opgesteld": the subject and
    those listed with it initiated the programme that is the object, right before the participle at the end.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> t = "Breda en Tilburg hebben in 2021 samen het programma Sterke Binnensteden Brabant opgesteld."
    >>> sorted(r.subject.text for r in extract("d", t, gazetteer=load_gazetteer()).relations if r.predicate == "initiated")
    ['Breda', 'Tilburg']
    """
    text = ctx.text
    for k, thing in enumerate(mentions):
        if thing.type != "Programme":
            continue
        participle = _AUTHORED_LAST.match(text, thing.end, sentence.end)
        auxiliary = _IS_THEN_THING if participle and participle.group("started") else _HAS_THEN_THING
        has = auxiliary.search(text, max(sentence.start, thing.start - 80), thing.start) if participle else None
        if has is not None and ctx.asserted(sentence, has.start(), participle.end()):
            subject = ctx.subject(sentence, has.start())
            if subject is not None and not _NEW_CLAUSE.search(text, subject.end, has.start()):
                for actor in [subject] + coordinated(ctx, subject, has.start()):
                    ctx.add(actor, "initiated", thing, sentence, "relations.heeft-x-opgesteld", 0.7)
            continue
        verbs = _HAS_AUTHORED.match(text, thing.end, sentence.end)
        if verbs is None or k == 0 or mentions[k - 1].type not in ACTORS \
                or not _SUBORDINATE_GAP.fullmatch(text, mentions[k - 1].end, thing.start) \
                or not ctx.asserted(sentence, mentions[k - 1].end, verbs.end()):
            continue
        listed = [mentions[k - 1]]  # the subject, a list perhaps, right before the object
        for m in reversed(mentions[:k - 1]):
            if m.type not in ACTORS or not _LIST_JOIN.fullmatch(text, m.end, listed[0].start):
                break
            listed.insert(0, m)
        if _THAT_BEFORE.search(text, max(sentence.start, listed[0].start - 80), listed[0].start):
            for actor in listed:
                ctx.add(actor, "initiated", thing, sentence, "relations.heeft-x-opgesteld", 0.7)


def _managed_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"(Sinds maart) wordt het fonds beheerd door de directie X van BZK": the programme named (or
    pointed back to) before the verb is led by the first actor after "door"."""
    things = [m for m in mentions if m.type == "Programme" and m.end <= match.start()]
    if not things:
        return
    target = things[-1]
    agents = [m for m in ctx.in_span(match.end(), sentence.end) if m.type in ACTORS]
    if agents and agents[0].start - match.end() <= 4:
        ctx.add(target, "ledBy", agents[0], sentence, "relations.beheerd-door", 0.75)


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
    agents = ctx.list_after(passive.end(), match.start(), types=ACTORS, prefixed_units=True)
    together = _TOGETHER_WITH.match(ctx.text, agents[-1].end, match.start()) if agents else None
    # "dat door A en B samen met C en D is gestart": C and D take part in it (round 40a)
    companions = ctx.list_after(together.end(), match.start(), types=ACTORS, prefixed_units=True) if together else []
    last = (companions or agents)[-1].end if agents else 0
    if not agents or not re.fullmatch(r"\)?[^,;:()]{0,30}", ctx.text[last:match.start()]):  # "door X (BZK) gestart"
        return False
    target = _passive_target(ctx, sentence, mentions, passive.start(), match.group(), match.start(), passive.end())
    agents = [m for m in agents if m is not target]
    for actor in agents if target is not None else ():
        ctx.add(actor, "initiated", target, sentence, "relations.opgericht-door", 0.75)
    for actor in companions if target is not None else ():
        ctx.add(actor, "participatesIn", target, sentence, "relations.opgesteld-samen-met", 0.7)
    return True


def _unit_set_up(ctx: DocContext, sentence: Sentence, match: re.Match, actors: list[Mention]) -> Mention | None:
    """The unit a sentence sets up "op initiatief van" ``actors``: its subject, when a participle of
    setting up follows the actors ("De taskforce is op initiatief van de pijler Fysiek ingesteld")."""
    if not actors:
        return None
    if not _SET_UP_AFTER.match(ctx.text, actors[-1].end, sentence.end) \
            and not _SET_UP_BEFORE.search(ctx.text, sentence.start, match.start()):
        return None  # neither "op initiatief van X ingesteld" nor "werd (in april) ingesteld op initiatief van X"
    subject = ctx.subject(sentence, match.start(), types={"OrganisationalUnit"})
    return subject if subject is not None and subject not in actors else None
