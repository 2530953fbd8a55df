"""organised: who organises or hosts an event, and who contributes to it.

"organiseerde/organiseert/georganiseerd (met X)" + an event; fronted "Samen met X en Y organiseerde
Z een werkconferentie" (X and Y too); "X heeft samen met Y een … georganiseerd"; "X was
gastheer/gastgemeente van <event>"; "X verzorgt het leernetwerk" (the event right after the verb) (and a bare "De gemeente X is gastheer;" after the sentences that name
one event); "Georganiseerd door A met B." after the event's line; "Het
congres wordt georganiseerd door X"; and "met bijdragen van X" (participatesIn). Called per sentence
by :func:`graph.extract.relations.find_relations` through :func:`find_organised`.
"""

from __future__ import annotations

import bisect
import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .network_names import is_network_label
from .participation import lead_meeting, title_event
from .relation_common import _ARTICLE_ONLY
from .subjects import coordinated

__all__ = ["find_organised"]


_ORGANISE = re.compile(r"\b(?:organiseerde[n]?|organiseert|organiseren|georganiseerd)\b", re.IGNORECASE)


_PROGRAMME_OR_EVENT = frozenset({"Programme", "Event"})


#: a course by its kind word, which one organises as one runs a learning network: "De leergang X wordt georganiseerd
#: door Platform31" (round 57o)
_COURSE = re.compile(r"(?:de\s+|het\s+)?(?:leergang|cursus|masterclass|opleiding)\b", re.IGNORECASE)


def _run(mention: Mention) -> bool:
    """Whether ``mention`` is something one organises or runs: an event, a learning network (a programme since
    round 55l: "Platform31 organiseert het leernetwerk X") or a course ("de leergang X", round 57o; not "de City
    Deal X", whose partners run it).

    >>> _run(Mention(0, 21, "leergang Slim Bestuur", "Programme", "programmes.named", 0.8, name="Slim Bestuur"))
    True
    >>> _run(Mention(0, 22, "City Deal Slim Bestuur", "Programme", "programmes.named", 0.8))
    False
    """
    return mention.type == "Event" or (mention.type == "Programme" and (
        is_network_label(mention.label) or _COURSE.match(mention.text) is not None or _COURSE.match(mention.label) is not None))


def _organisable(mentions: list[Mention]) -> list[Mention]:
    """The events of ``mentions``; the learning networks only when there is none ("De netwerkbijeenkomst van het
    leernetwerk X werd georganiseerd door Breda": Breda organised the meeting, not the network)."""
    return [m for m in mentions if m.type == "Event"] or [m for m in mentions if _run(m)]


def _add_organiser(ctx: DocContext, actor: Mention, thing: Mention, sentence: Sentence, rule: str, confidence: float) -> None:
    """``actor`` organised the event ``thing``; a learning network is led by whoever organises or runs it (``organised``
    points to an event, ``ledBy`` is a programme's: "Platform31 verzorgt het leernetwerk X")."""
    if thing.type == "Programme":
        ctx.add(thing, "ledBy", actor, sentence, rule, confidence)
    else:
        ctx.add(actor, "organised", thing, sentence, rule, confidence)


def _bureau_network(ctx: DocContext, unit: Mention) -> Mention:
    """The network that prefixes ``unit`` when the unit is its bureau ("het G40-bureau": the G40), else ``unit``."""
    if unit.type != "OrganisationalUnit" or not unit.label.lower().endswith("bureau") or not ctx.text.startswith(
            "-", unit.start - 1):
        return unit
    return next((m for m in ctx.in_span(max(0, unit.start - 40), unit.start - 1) if m.end == unit.start - 1
                 and m.type == "Organisation"), unit)


#: a sentence that is only the participle and its agents: "Georganiseerd door X en Y."
_ORGANISED_FIRST = re.compile(r"\s*(?:Georganiseerd|Mede\s+georganiseerd)\s+door\s+")


#: co-organisers fronted right before the verb: "Samen met X en Y organiseerde Z …"
_FRONTED_TOGETHER = re.compile(r"\s*Samen\s+met\s+")


#: co-organisers between the subject and a verb at the end: "X heeft samen met Y een congres georganiseerd"
_TOGETHER_BEFORE = re.compile(r"\bsamen\s+met\s+(?:onder\s+(?:meer|andere)\s+)?", re.IGNORECASE)
#: running an event: "X verzorgt het leernetwerk", "X verzorgde de kennisdag" (the event right after); guiding a
#: learning network: "Platform31 begeleidt dit leernetwerk" (a network only: who "begeleidt de workshop" moderates
#: it, see :mod:`graph.extract.participation`; round 56o)
_RUNS = re.compile(r"\b(?:verzorgt|verzorgde|verzorgden|verzorgen|(?P<guide>begeleidt|begeleidde|begeleidden|begeleiden))"
                   r"\s+(?:het|de|een|dit|deze)\s+", re.IGNORECASE)
#: hosting an event: "X was (de) gastheer van/voor de werkconferentie", "X is gastgemeente van het congres"
_HOST = re.compile(r"\b(?:is|was|zijn|waren|wordt|werd|worden|werden)\s+(?:(?:de|het|dit\s+jaar|ook|opnieuw)\s+){0,2}"
                   r"(?:gastheer|gastvrouw|gastheren|gastgemeente|gaststad|gastgemeenten)\s+(?:van|voor|bij)\s+", re.IGNORECASE)


#: the agents before the participle: "(…, die) door X en Y (samen) werd georganiseerd", "door X georganiseerde"
_AGENTS_BEFORE = re.compile(r"\bdoor\s+(?P<agents>[^,;.()]{1,80}?)\s+(?:samen\s+|gezamenlijk\s+)?"
                            r"(?:(?:werd|wordt|worden|werden|is|zijn|was|waren)\s+)?(?:mede\s*)?georganiseerde?\b",
                            re.IGNORECASE)


def _agents_before(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De Kennisdag X, die door BZK en Platform31 samen werd georganiseerd": the agents organised the
    event named before "door".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De Kennisdag Wonen werd door BZK en de VNG georganiseerd.", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.predicate == "organised")
    ['BZK', 'VNG']
    """
    for match in ctx.asserted_cues(_AGENTS_BEFORE, sentence):
        events = _organisable([m for m in mentions if m.end <= match.start()])
        if match.group().endswith("de"):  # "de door de VNG georganiseerde Kennisdag X": the event after
            events = _organisable([m for m in mentions if 0 <= m.start - match.end() <= 4])[:1]
        agents = [m for m in ctx.in_span(*match.span("agents")) if m.type in ACTORS]
        if not events or not agents or _DENIED_AGENT.search(match.group("agents")):
            continue
        for actor in agents:
            _add_organiser(ctx, actor, events[-1], sentence, "relations.door-georganiseerd", 0.75)


_DENIED_AGENT = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)


def _organised(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    if not any(_run(m) for m in mentions):
        _organised_elliptic(ctx, sentence)
        _organised_anaphor(ctx, sentence)
        return  # nothing more to find (the loop below needs an event), so no scan
    if "georganiseerd" in sentence.text:
        _agents_before(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_ORGANISE, sentence):
        events = _organisable(mentions)
        if not events:
            continue
        event = min(events, key=lambda m: abs(m.start - match.start()))
        organisers = []
        own_clause, subject = _clause_subject(ctx, sentence, match.start())
        if not own_clause:
            subject = ctx.inverted_subject(sentence, match.end()) or ctx.subject(sentence, match.start())
        if subject is not None:
            organisers.append(subject)
            # "Breda en Tilburg organiseerden …", inverted "Op 5 juni organiseerden Breda en Tilburg een …"
            organisers += coordinated(ctx, subject, match.start() if subject.end <= match.start() else event.start)
            together_before = _TOGETHER_BEFORE.search(text, subject.end, match.start()) if subject.end <= match.start() else None
            if together_before is not None:  # "Breda heeft samen met Platform31 een werkconferentie georganiseerd"
                organisers += ctx.list_after(together_before.end(), match.start(), types=ACTORS)
        for with_match in re.finditer(r"\b(?:met|door)\s", text[match.end():sentence.end]):
            # "georganiseerd door de G40-pijler Fysiek": the pijler, not its network (as a card's field, 44a; 60r);
            # the network's own bureau acts for the network ("door het G40-bureau": the G40, round 55e)
            organisers += [_bureau_network(ctx, m) for m in ctx.list_after(
                match.end() + with_match.end(), sentence.end, types=ACTORS, prefixed_units=True)]
        fronted = _FRONTED_TOGETHER.match(text, ctx.content_start(sentence), match.start())
        together = ctx.list_after(fronted.end(), match.start(), types=ACTORS) if fronted else []
        if together and not text[together[-1].end:match.start()].strip():
            organisers += together  # "Samen met Aedes en de VNG organiseerde de themagroep een werkconferentie"
        for actor in organisers:
            _add_organiser(ctx, actor, event, sentence, "relations.organiseerde", 0.8)
    for match in ctx.asserted_cues(_RUNS, sentence) if "verzorg" in sentence.text or "begeleid" in sentence.text else ():
        # "Platform31 is kennispartner en verzorgt het leernetwerk": the event right after the verb
        event = next((m for m in mentions if m.start == match.end() and _run(m)
                      and (match.group("guide") is None or m.type == "Programme")), None)
        subject = ctx.subject(sentence, match.start())
        clause_end = min((k for k in (ctx.text.find(mark, match.end(), sentence.end) for mark in ",;") if k >= 0),
                         default=sentence.end)
        if event is not None and subject is not None and not _DENIED_AGENT.search(ctx.text, match.end(), clause_end):
            for actor in [subject] + coordinated(ctx, subject, match.start()):
                _add_organiser(ctx, actor, event, sentence, "relations.verzorgt", 0.7)
    for match in ctx.asserted_cues(_HOST, sentence) if "gast" in sentence.text else ():
        # "Tilburg was gastheer van de werkconferentie", "Ede is gastgemeente voor het congres"
        event = next((m for m in mentions if m.start >= match.end()), None)
        subject = ctx.subject(sentence, match.start())
        if event is not None and event.type == "Event" and subject is not None \
                and _ARTICLE_ONLY.fullmatch(text, match.end(), event.start):
            for actor in [subject] + coordinated(ctx, subject, match.start()):
                ctx.add(actor, "organised", event, sentence, "relations.gastheer", 0.7)


#: where the clause of a verb at its end starts: after a semicolon, or after "dat"/"die" opening a clause of
#: its own ("het leernetwerk dat Platform31 organiseert", "meldt dat de VNG een congres organiseert")
_OWN_CLAUSE_OPENING = re.compile(r";|\b(?:dat|die)\s", re.IGNORECASE)


def _clause_subject(ctx: DocContext, sentence: Sentence, cue: int) -> tuple[bool, Mention | None]:
    """Whether the cue at ``cue`` stands in a clause of its own that opens after a semicolon or with
    "dat"/"die", and that clause's subject: its first actor ("Ede neemt deel aan het leernetwerk X dat
    Platform31 organiseert"; "De G40 zorgt …; Platform31 organiseert een kennisdag"), else the actor right
    before "die" ("Platform31, die de kennisdag organiseert"), else None (the main clause's subject is not
    it: "Ede neemt deel aan de kennisdag die jaarlijks wordt georganiseerd").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede neemt deel aan de Kennisdag Wonen die Platform31 organiseert."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "organised")
    [('Platform31', 'Kennisdag Wonen')]
    """
    opening = None
    for opening in _OWN_CLAUSE_OPENING.finditer(ctx.text, ctx.content_start(sentence), cue):
        pass
    if opening is None:
        return False, None
    inside = next((m for m in ctx.in_span(opening.end(), cue) if m.type in ACTORS), None)
    if inside is not None or opening.group() == ";":
        return True, inside
    antecedent = [m for m in ctx.in_span(ctx.content_start(sentence), opening.start()) if m.type in ACTORS]
    if antecedent and not ctx.text[antecedent[-1].end:opening.start()].strip(" ,"):
        return True, antecedent[-1]
    return True, None


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


#: a passive with a subject that points back to an event: "Het congres wordt georganiseerd door X (samen met Y)",
#: "Het bezoek werd georganiseerd door X in samenwerking met Y" (after a werkbezoek)
_ORGANISED_ANAPHOR = re.compile(r"\s*(?:Het|De|Dit|Deze)\s+(?P<word>[a-z]*(?:congres|conferentie|symposium|werksessie|"
                                r"kennissessie|bijeenkomst|kennisdag|netwerkdag|webinar|masterclass|festival|bezoek|overleg|"
                                r"rondetafelgesprek|gesprek|dag|middag|ochtend|avond|sessie)|"
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
    named = [m for m in events if m.rule == "events.named"]
    if len(events) > 1 and len({m.label for m in named}) == 1 \
            and all(m in named or m.text.lower() in named[0].text.lower() for m in events):
        events = named  # "de netwerkdag" and "de netwerkdag 'Stad van morgen'": one event, by its name
    event = _one_event(events)
    if event is None:
        return
    agents = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    together = re.match(r"\s*,?\s*(?:samen\s+met|in\s+samenwerking\s+met)\s+", ctx.text[agents[-1].end:sentence.end]) \
        if agents else None
    if together:
        agents += ctx.list_after(agents[-1].end + together.end(), sentence.end, types=ACTORS)
    for actor in agents:
        ctx.add(actor, "organised", event, sentence, "relations.georganiseerd-door", 0.75)


def _one_event(events: list[Mention]) -> Mention | None:
    """The one event ``events`` name: the last, or the one with the longest name when each other's name is part
    of it ("de Kennisdag Wonen 2025" and "de kennisdag"; a name cut short: "Wonen in de stad" and "Wonen");
    None when there are none, or two different ones.

    >>> ms = [Mention(0, 9, "Kennisdag Wonen", "Event", "", 1.0), Mention(20, 29, "kennisdag", "Event", "", 1.0)]
    >>> _one_event(ms).label, _one_event(ms + [Mention(40, 49, "Netwerkdag", "Event", "", 1.0)])
    ('Kennisdag Wonen', None)
    """
    if not events:
        return None
    longest = max(reversed(events), key=lambda m: len(m.label))
    return longest if all(m.label.lower() in longest.label.lower() for m in events) else None


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


#: hosting with no event named: "De gemeente Breda is gastheer.", "Amersfoort is dit jaar gastgemeente;"
_BARE_HOST = re.compile(r"\s+(?:is|was|zijn|waren|wordt|werd)\s+(?:(?:de|het|dit\s+jaar|ook|opnieuw)\s+){0,2}"
                        r"(?:gastheer|gastvrouw|gastheren|gastgemeente|gaststad|gastgemeenten)\s*(?:[.;,]|$)", re.IGNORECASE)
#: the host's word first, then the copula and the host: "Gastheer is de gemeente Heerlen", "Gaststad was Ede"
_HOST_FIRST = re.compile(r"\s*(?:gastheer|gastvrouw|gastgemeente|gaststad)\s+(?:is|was|wordt|werd)\s+(?:(?:de|het)\s+)?"
                         r"(?:(?:gemeente|provincie|stad)\s+)?", re.IGNORECASE)
#: what may close that sentence after the host: nothing but its full stop
_AFTER_HOST = re.compile(r"\s*[.;]?\s*")
#: what may open the clause before the host: an article and a kind word ("De gemeente ")
_HOST_OPENING = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|stad)\s+)?", re.IGNORECASE)


def _bare_host(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De gemeente Breda is gastheer.", "Gastheer is de gemeente Breda." in an invitation or report of one event: the host (a body, not a
    person: "Gastheer was wethouder X" says who welcomed, see :mod:`graph.extract.participation`) organised
    the event the sentences just before name ("Hieronder de opzet voor de werkconferentie. … De gemeente
    Amersfoort is gastheer;"; none when they name two), else the one the document's title names, or the
    one its opening tells of.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Netwerkdag Binnensteden 2024\\n\\nOp 3 juni komen de steden samen. De gemeente Breda is gastheer."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Breda', 'Netwerkdag Binnensteden')]

    The event named, then referred to by its kind ("de netwerkdag"), is one event:

    >>> text = ("Op 3 juni komen de steden samen voor de Netwerkdag Binnensteden 2024. De netwerkdag heeft drie rondes. "
    ...         "De gemeente Breda is gastheer.")
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "organised"]
    [('Breda', 'Netwerkdag Binnensteden')]
    """
    host = next((m for m in mentions if m.type in ACTORS - {"Person"}), None)
    if host is None:
        return
    if _HOST_FIRST.fullmatch(ctx.text, ctx.content_start(sentence), host.start):
        # the word order turned round: "Gastheer is de gemeente Heerlen." (round 57r)
        match = _AFTER_HOST.fullmatch(ctx.text, host.end, sentence.end)
    elif _HOST_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), host.start):
        match = _BARE_HOST.match(ctx.text, host.end, sentence.end)
    else:
        return
    if match is None or not ctx.asserted(sentence, host.start, match.end()):
        return
    k = bisect.bisect_left(ctx.scope.starts, sentence.start)
    before = [m for s in ctx.sentences[max(0, k - _HOSTED_BACK):k] for m in ctx.in_sentence(s) if m.type == "Event"]
    # "… voor de Kennisdag Wonen 2025. De kennisdag wordt … De gemeente Ede is gastheer.": one event, by its name
    event = _one_event(before[-2:]) if before else title_event(ctx) or lead_meeting(ctx)
    if before and event is None:
        return  # two events just before: which one it hosts is not said
    if event is not None and event.start < sentence.start:
        ctx.add(host, "organised", event, sentence, "relations.gastheer-zonder-event", 0.7)


#: how many sentences back the event of a bare "is gastheer" may be named
_HOSTED_BACK = 3


#: composing the day's programme: "X had het programma samengesteld", "X stelde het programma samen",
#: "Het programma werd verzorgd door X"
_PROGRAMME_MADE = re.compile(r"\b(?:(?:had|heeft|hadden|hebben)\s+(?:\w+\s+){0,2}?het\s+(?:dag|inhoudelijke\s+)?programma\s+"
                             r"(?:\w+\s+){0,2}?(?:samengesteld|voorbereid|verzorgd|opgesteld)|"
                             r"(?:stelde|stelden|verzorgde|verzorgden)\s+(?:\w+\s+){0,2}?het\s+(?:dag)?programma)\b",
                             re.IGNORECASE)


def _programme_made(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De themagroep X had het programma samengesteld" in the report of one event: who composed its
    programme organised the event the title (or the opening) names.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Netwerkdag Binnensteden 2024\\n\\nDe dag was druk. De Themagroep Wonen had het programma samengesteld."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "organised"]
    [('Themagroep Wonen', 'Netwerkdag Binnensteden')]
    """
    for match in ctx.asserted_cues(_PROGRAMME_MADE, sentence):
        subject = ctx.subject(sentence, match.start())
        event = title_event(ctx) or lead_meeting(ctx)
        if subject is not None and event is not None and event.start < sentence.start:
            ctx.add(subject, "organised", event, sentence, "relations.programma-samengesteld", 0.7)


def find_organised(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the organised facts (and the contributors who take part) of one sentence."""
    _organised(ctx, sentence, mentions)
    if "gast" in sentence.text or "Gast" in sentence.text:
        _bare_host(ctx, sentence, mentions)
    if "programma" in sentence.text:
        _programme_made(ctx, sentence, mentions)
    _contributors(ctx, sentence, mentions)
