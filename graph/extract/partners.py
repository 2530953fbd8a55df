"""participatesIn from naming the partners or participants of a programme: "Deelnemers aan de City
Deal X zijn Breda en Tilburg", "De deelnemende gemeenten zijn A, B en C", "Ondertekenaars van de
deal zijn A en B", "Onder de ondertekenaars: A, B en C", "Tot de deelnemers behoren A en B", "Ook Utrecht en Den Haag zijn
partner", "werd de G40 partner in de City Deal X", "EZ blijft partner in de City Deal X", "Verder zijn het UWV, de
MBO Raad en Divosa partner"; "Kennispartner is X", "De partners (van de City Deal X) zijn A en B" (:func:`partner_copula`);
"De City Deal X bestaat uit A, B en C" (:func:`consists_of`); "A en B zijn de eerste deelnemers", "Breda is een van de
deelnemende steden" (:func:`members_by_predicate`); a partner of a body works with it: "A en B zijn de nieuwe
gesprekspartners van de pijler X" (``collaboratesWith``).

The actors listed (after the copula, before the verb, or between the verb and "partner") take part in
the programme "aan/van/in" names, else in the one the sentence or passage is about. Called by
:func:`graph.extract.taking_part.find_participation`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Deelnemers aan de City Deal Zon zijn Breda en Tilburg.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Breda', 'City Deal Zon'), ('Tilburg', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .relation_common import _IN_PP_START, _THINGS, _without_head
from .subjects import target_thing

__all__ = ["participants_are", "find_partners", "partner_copula", "consists_of", "members_by_predicate"]


def participants_are(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The participants a copula names: "Deelnemers aan de City Deal X zijn Breda en Tilburg"."""
    for match in ctx.asserted_cues(_PARTICIPANTS_ARE, sentence) \
            if "eelne" in sentence.text or "ertekenaars" in sentence.text else ():
        _participants_are(ctx, sentence, mentions, match)


def find_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The partners a sentence names: "Ook Utrecht en Den Haag zijn partner", "Verder zijn het UWV en
    Divosa partner"."""
    for match in ctx.asserted_cues(_PARTNER, sentence) if "artner" in sentence.text else ():
        _partners(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_PARTNERS_AFTER_VERB, sentence) if "artner" in sentence.text else ():
        _inverted_partners(ctx, sentence, mentions, match)
    for match in ctx.asserted_cues(_PARTY_TO, sentence) if "artij" in sentence.text else ():
        _partners(ctx, sentence, mentions, match, rule="relations.partij-bij")


#: a copula that names who take part: "Deelnemers aan de City Deal zijn Breda en Ede", "De deelnemende
#: gemeenten zijn A, B en C" (the programme after "aan/van", else the one of the passage)
_PARTICIPANTS_ARE = re.compile(r"\b(?:deelnemers|deelnemende\s+(?:gemeenten|steden|partijen|organisaties|provincies)|"
                               # who signed: "Ondertekenaars van de deal zijn A en B", "Onder de ondertekenaars: A, B"
                               r"(?:mede-?)?ondertekenaars)"
                               r"(?:\s+(?:aan|van|in)\s+(?P<of>[^.;:,]{1,80}?))?"
                               # "Tot de deelnemers behoren A en B"
                               r"(?:\s+(?:zijn|waren|behoren|behoorden)\s+|\s*:\s*)", re.IGNORECASE)


#: what may open a sentence before its list's head and colon: "Onder de ondertekenaars:", "De deelnemers:"
#: (after a metadata field's label: "Bronhouders: De deelnemende gemeenten: A, B", round 53e)
_COLON_HEAD_OPENING = re.compile(r"\s*(?:[A-ZÀ-Ý][\w-]{2,30}\s*:\s*)?(?:(?:onder|tot)\s+)?(?:de\s+)?", re.IGNORECASE)


def _participants_are(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"Deelnemers aan de City Deal X zijn Breda en Tilburg": each actor listed right after the copula (or a
    colon after a head that opens the sentence: "Onder de ondertekenaars: A, B en C"; not "Vragen over
    deelnemende gemeenten: mail A of B")."""
    if match.group().rstrip().endswith(":") \
            and not _COLON_HEAD_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), match.start()):
        return
    if match.group("of") is not None:
        things = [m for m in mentions if m.type in _THINGS and match.start("of") <= m.start < match.end("of")]
        target = things[0] if things else None
    else:
        target = ctx.context_unit(sentence.start, types={"Programme", "OrganisationalUnit"}) or ctx.title_programme \
            or ctx.context_unit(sentence.start, types={"Event"})  # "X start een leernetwerk. … Deelnemers zijn A en B" (45x)
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if target is None or not actors or actors[0].start - match.end() > 12:
        return
    for actor in actors:
        if actor is not target:
            ctx.add(actor, "participatesIn", target, sentence, "relations.deelnemers-zijn", 0.75)


#: being a partner of a programme: "Ook Utrecht en Den Haag zijn partner", "werd de G40 partner in de
#: City Deal X en de City Deal Y" (the subject before the verb or between the verb and "partner")
_PARTNER = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden|blijft|blijven|bleef|bleven)\s+([^.,;:]{0,40}?)\b"
                      r"(?:kennis|samenwerkings|gespreks)?partners?\b"
                      r"(?:\s+(?:in|van|bij)\s+(?:de\s+|het\s+)?)?", re.IGNORECASE)


#: a party to an agreement or deal: "Ede is partij bij de Woondeal X", "zijn Breda en Ede partij bij de City Deal Y"
#: (round 40a; only with "bij": "de Partij van de Arbeid" is a political party)
_PARTY_TO = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden|blijft|blijven|bleef|bleven)\s+([^.,;:]{0,40}?)\b"
                       r"partij(?:en)?\s+bij\s+(?:de\s+|het\s+)?")
#: the bodies one is a partner of ("gesprekspartner van de pijler X"), besides a programme one takes part in
_PARTNERED = frozenset({"OrganisationalUnit", "Organisation", "Ministry"})
#: the subject's companions between the verb and "partner": "(is) samen met A en B (partner)"
_TOGETHER = re.compile(r"(?:ook\s+|nu\s+|al\s+)?samen\s+met\s", re.IGNORECASE)
#: from the preposition after "partner" to what it is partner in or of: an article and at most two kind words
#: ("partner in het Interreg-project X", "partner van de City Deal X"), no clause or phrase of its own
_BEFORE_TARGET = re.compile(r"\s*(?:(?:de|het|een)\s+)?(?:[a-zë-]+(?:-[\w]+)?\s+(?:van\s+(?:de|het)\s+)?){0,2}",
                            re.IGNORECASE)
#: an indefinite article before "partner": a description of the kind of partner ("een betrouwbare partner",
#: "een van de partners" is no description)
_CHARACTERISED = re.compile(r"\been\b(?!\s+van\b)", re.IGNORECASE)
#: the bodies a passage may turn to after its programme: "het consortium X", "de werkgroep Y"
_LATER_TOPICS = frozenset({"OrganisationalUnit", "Organisation"})
#: what may stand before a body that opens its sentence as its subject: "Het consortium", "De", "Binnen het"
_TOPIC_OPENING = re.compile(r"\s*(?:(?:in|binnen|bij)\s+)?(?:(?:de|het|dit|dat|deze)\s+)?(?:[a-z]+\s+)?", re.IGNORECASE)


def _passage_programme(ctx: DocContext, sentence: Sentence, *, title: bool = False) -> Mention | None:
    """The programme a sentence naming partners without saying of what ("Ook A en B zijn partner") is
    about: the passage's programme (with ``title``, else the title's), unless a sentence after the one
    that names it opens with a unit or organisation, its subject ("Het consortium X bestaat uit … . Ook A
    en B zijn partner.": the consortium's partners, round 41a). A body named beside the programme ("… is
    door de G40 gestart.") or later in a sentence ("… nemen deel aan de stuurgroep") does not.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De City Deal Zon start. De Werkgroep Data telt. Ook Aedes is partner."
    >>> [r.object.text for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    []
    """
    programme = ctx.context_unit(sentence.start, types={"Programme"}) or (ctx.title_programme if title else None)
    later = ctx.context_unit(sentence.start, types=_LATER_TOPICS)
    if programme is not None and later is not None and later.start > programme.start:
        named, its = ctx.sentence_at(programme.start), ctx.sentence_at(later.start)
        if named is not None and its is not None and later.start >= named.end \
                and _TOPIC_OPENING.fullmatch(ctx.text, ctx.content_start(its), later.start):
            return None
    return programme
#: between the last partner and the verb: nothing, or its abbreviation in brackets ("ministerie van … (VRO) is partner")
_PARTNER_GAP = re.compile(r"\)?[\s,]*(?:\([^()]{1,20}\)\s*)?")


def _partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match, *,
              rule: str = "relations.partner") -> None:
    """The partners a sentence names take part in the programme after "partner in/van", else in the
    one the sentence or passage is about."""
    between = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1) and m.type in ACTORS]
    # "Almelo is samen met Deventer en Enschede partner in …": the subject and those it is partner with
    together = _TOGETHER.match(match.group(1)) is not None
    if between and not together:
        actors = between + _besides(ctx, sentence, match.start())  # "werd de G40 partner in …", "Naast Ede is ook X partner"
    else:
        start = ctx.content_start(sentence)
        actors = ctx.list_after(start, match.start(), types=ACTORS)
        opening = _without_head(ctx.text[start:actors[0].start]) if actors else ""
        if not actors or len(opening.split()) > 2 or _IN_PP_START.search(opening) or \
                not _PARTNER_GAP.fullmatch(ctx.text, actors[-1].end, match.start()):
            return  # the partners open the clause: "Ook Utrecht en Den Haag zijn partner"
        actors += between if together else []
    inside = False
    if match.group().rstrip().endswith(("in", "van", "bij", "de", "het")):
        # from the preposition on: "partner in de deal" names the programme by a reference that holds its article
        preposition = re.search(r"\s(in|van|bij)\s", match.group(), re.IGNORECASE)
        targets = ctx.list_after(match.start() + preposition.end(), sentence.end, types={"Programme"} | _PARTNERED)
        if targets and not _BEFORE_TARGET.fullmatch(ctx.text, match.start() + preposition.end(), targets[0].start):
            return  # "partner in het onderzoek naar de gevolgen van de City Deal X": not partner in X
        inside = preposition.group(1).lower() == "in"
    elif _CHARACTERISED.search(match.group(1)):
        return  # "Ede is een betrouwbare partner (voor gemeenten)": what kind of partner, not of what
    else:  # the programme the clause opens with ("In de City Deal X is Ede partner"), else the passage's: one named
        # after "partner" has another part ("Ede is partner, met geld uit het Nationaal Groeifonds")
        target = target_thing([m for m in mentions if m.end <= match.start()]) \
            or _passage_programme(ctx, sentence)
        targets = [target] if target is not None and target.type == "Programme" else []
    for actor in actors:
        for target in targets:  # a partner of a body works with it: "… zijn de nieuwe gesprekspartners van de pijler X";
            # a partner in one takes part in it: "Saxion is partner in het consortium X" (round 40a)
            ctx.add(actor, "participatesIn" if target.type == "Programme" or inside else "collaboratesWith", target,
                    sentence, rule, 0.7)


#: the verb before its subjects, the noun last: "Verder zijn het UWV, de MBO Raad en Divosa partner."
_PARTNERS_AFTER_VERB = re.compile(r"\b(?:zijn|waren)\s+(?=(?:de|het)\s+|[A-Z])([^.;:]{2,160}?)\s+"
                                  r"(?:ook\s+|eveneens\s+)?partners?(?=\s*[.;]|\s*$|\s+(?:in|van)\s+(?:de|het|dit|deze)\s)")


#: from "partner" to the programme it is partner in: "partner in het consortium", "partners van dit project"
_TARGET_AFTER = re.compile(r"\s+(?:in|van)\s+(?:de|het|dit|deze)\s+")
#: the programme closes the sentence: no clause or phrase after it
_SENTENCE_END = re.compile(r"\s*[.;]|\s*$")


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
    actors += _besides(ctx, sentence, match.start())
    after = _TARGET_AFTER.match(ctx.text, match.end())
    if after is not None:  # "… zijn A en B partner in het consortium.": the programme named after "in"/"van" (round 52e)
        named = [m for m in mentions if m.start == after.end() and m.type == "Programme"]
        if named and _SENTENCE_END.match(ctx.text, named[0].end):
            for actor in actors:
                ctx.add(actor, "participatesIn", named[0], sentence, "relations.partner", 0.7)
        return
    target = target_thing(mentions) or _passage_programme(ctx, sentence, title=True)
    if target is None or target.type != "Programme":
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", target, sentence, "relations.partner", 0.7)


#: "Naast" opening a sentence: what it names shares the sentence's predicate ("Naast Ede zijn A en B partner")
_BESIDES = re.compile(r"(?:(?:en|ook)\s+)?naast\s+", re.IGNORECASE)


def _besides(ctx: DocContext, sentence: Sentence, verb: int) -> list[Mention]:
    """The actors "Naast …" names between the sentence's start and its verb at ``verb``: "Naast de vier
    gemeenten zijn A en B partner in het consortium" makes the four towns partners too (round 54d; "de
    vier gemeenten" is the group of :mod:`graph.extract.groups`). Only a list of actors right up to the
    verb: "Naast hun werk in Ede zijn A en B partner" names no partner."""
    opening = _BESIDES.match(ctx.text, ctx.content_start(sentence), verb)
    actors = ctx.list_after(opening.end(), verb, types=ACTORS) if opening else []
    if not actors or actors[0].start - opening.end() > 4 or ctx.text[actors[-1].end:verb].strip():
        return []
    return actors


#: "Kennispartner is X", "De partners zijn de VNG en het IPO", "De onderwijspartners van de City Deal X zijn
#: A en B" (round 39a: with an article, a kind of partner and the programme after "van")
_PARTNER_COPULA = re.compile(r"\s*(?:de\s+)?(?:kennis|onderwijs|samenwerkings|uitvoerings|praktijk)?partners?"
                             r"(?:\s+van\s+(?P<of>[^.;:,]{1,80}?))?\s+(?:is|zijn|was|waren)\s+", re.IGNORECASE)
#: between the copula and its first partner: "onder meer", an article, one head word ("het ministerie van
#: OCW", "de provincie X"); not an adjective and its preposition ("De partners zijn blij met X")
_BEFORE_FIRST_PARTNER = re.compile(r"(?:(?:onder\s+(?:meer|andere)|o\.a\.|ook|verder)\s+)?(?:(?:de|het)\s+)?"
                                   r"(?:[\w-]+\s+(?:van\s+)?)?", re.IGNORECASE)


def partner_copula(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De themagroep werkt samen met X. Kennispartner is Hogeschool Y": the unit of the passage
    collaborates with the partners the sentence names (the list right after the copula); "De partners
    (van de City Deal X) zijn A en B": they take part in that programme, else in the one of the passage.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De City Deal Zon werkt samen met steden. De kennispartners zijn Aedes en Platform31.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule == "relations.partner-is"]
    [('Aedes', 'participatesIn', 'City Deal Zon'), ('Platform31', 'participatesIn', 'City Deal Zon')]
    """
    match = _PARTNER_COPULA.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None or not ctx.asserted(sentence, match.start(), match.end()):
        return
    partners = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if not partners or not _BEFORE_FIRST_PARTNER.fullmatch(ctx.text, match.end(), partners[0].start):
        return
    if match.group("of") is not None:
        named = [m for m in mentions if m.type == "Programme" and match.start("of") <= m.start < match.end("of")]
        actor = named[0] if named else None
    else:
        actor = _nearby_topic(ctx, sentence)
    if actor is None:
        return
    for partner in partners:
        ctx.add(actor, "collaboratesWith", partner, sentence, "relations.partner-is", 0.7)


def _nearby_topic(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit or programme a bare "de partners" (no "van") belongs to: the passage's topic, only when
    the sentence before speaks of its working together ("De themagroep werkt samen met X. Kennispartner
    is Y", round 43a). After a sentence on anything else the bare noun may be anyone's partners (a
    member's, a funder's, the ones of an earlier paragraph): measured 0 right and 6 wrong on a blind set.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De City Deal Zon loopt tot 2027. De partners zijn Aedes en Platform31."
    >>> [r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "relations.partner-is"]
    []
    """
    before = ctx.previous_sentence(sentence)
    if before is None:
        return None
    if "samen" not in ctx.text[before.start:sentence.start]:
        return _led_programme(ctx, before)
    return ctx.context_unit(sentence.start)


#: a lead of a named programme: "X is (sinds 2023) penvoerder van de City Deal"
_LEAD_OF = re.compile(r"\b(?:penvoerder|kartrekker)\s+van\s+(?:(?:de|het)\s+)?$", re.IGNORECASE)


def _led_programme(ctx: DocContext, before: Sentence) -> Mention | None:
    """The programme ``before`` names as led by someone ("Ede is penvoerder van de City Deal X. Partners zijn
    A en B"): a deal with a penvoerder has partners, and the next sentence lists them.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede is penvoerder van de City Deal Zon. Partners zijn Breda en Aedes."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "relations.partner-is"]
    [('Breda', 'City Deal Zon'), ('Aedes', 'City Deal Zon')]
    """
    led = [m for m in ctx.in_sentence(before) if m.type == "Programme"
           and _LEAD_OF.search(ctx.text, max(before.start, m.start - 40), m.start)]
    return led[0] if len(led) == 1 else None


#: a programme or body and what it is made of: "(De City Deal X) bestaat uit (de gemeenten) A, B en C"
#: a time adverb between the verb and "uit": "bestaat op dit moment uit", "bestaat momenteel uit" (round 57r;
#: the list is then the body's members now, as after "bestaat uit")
_NOW = r"(?:(?:op\s+dit\s+moment|op\s+het\s+moment|momenteel|thans|nu|inmiddels)\s+)?"
_CONSISTS_OF = re.compile(r"\s+(?:bestaat|bestond|bestaan|bestonden)\s+" + _NOW + r"uit\s+(?:de\s+|het\s+)?"
                          r"(?:(?:gemeenten|steden|provincies|organisaties|partijen|partners)\s+)?")
#: what may open the sentence before the programme or body: an article, "Sinds 2023", a short lead-in closed by
#: a colon ("Ter herinnering: de themagroep bestaat …", "Kort gezegd:"; round 57r)
_CONSISTS_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s+)?(?:(?:sinds|vanaf)\s+\d{4}\s+)?"
                               r"(?:de\s+|het\s+)?", re.IGNORECASE)


def consists_of(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De City Deal X bestaat uit Breda, Ede en de provincie Utrecht": the programme or body opening the
    sentence is made of the actors listed right after "bestaat uit"; each takes part in it (round 39a).
    Persons are left to the rules of roles ("Het bestuur bestaat uit X en Y", see boards).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De City Deal Zon bestaat uit Breda en Ede.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.bestaat-uit"]
    [('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
    """
    things = [m for m in mentions if m.type in ("Programme", "OrganisationalUnit")]
    if not things or "uit" not in sentence.text:
        return
    thing = things[0]
    match = _CONSISTS_OF.match(ctx.text, thing.end, sentence.end)
    if match is None or not _CONSISTS_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), thing.start) \
            or not ctx.asserted(sentence, thing.start, match.end()):
        return
    actors = ctx.list_after(match.end(), sentence.end, types=ACTORS)
    if not actors or actors[0].start - match.end() > 12 or not re.fullmatch(r"\s*[.;]?\s*", ctx.text[actors[-1].end:sentence.end]):
        return  # the list is all the sentence says after the verb: not "bestaat uit een bijdrage van A en B"
    if any(actor.type == "OrganisationalUnit" for actor in actors):
        return  # "De pijler bestaat uit de themagroepen X en Y": its parts (see parts)
    for actor in actors:
        ctx.add(actor, "participatesIn", thing, sentence, "relations.bestaat-uit", 0.75)


#: the actors as participants by a predicate: "(A en B) zijn de eerste deelnemers", "(Breda) is een van de
#: deelnemende steden"
_PARTICIPANTS_PREDICATE = re.compile(r"\s+(?:(?:is|zijn|was|waren)\s+(?:(?:ook|nu|al)\s+)?)"
                                     r"(?:een\s+van\s+de\s+|de\s+|onder\s+de\s+)(?:eerste\s+|nieuwe\s+|vaste\s+)?"
                                     r"(?:deelnemers|deelnemende\s+(?:gemeenten|steden|partijen|organisaties|provincies)|"
                                     r"(?:pilot|praktijk|proef)(?:steden|gemeenten))\s*(?=[.;]|$)", re.IGNORECASE)


#: a singular participant with an adverb of addition: "(X) is eveneens deelnemer", "is ook deelnemer" (round 57r)
_ALSO_PARTICIPANT = re.compile(r"\s+(?:is|was)\s+(?:ook|eveneens|tevens)\s+deelnemer\s*(?:[.;]|$)", re.IGNORECASE)


def members_by_predicate(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Breda, Ede en Tilburg zijn de eerste deelnemers", "Ook Breda is een van de deelnemende steden": the
    actors that open the sentence take part in the programme of the passage (round 39a; the predicate closes
    the sentence: "… de eerste deelnemers van een andere deal" names its own).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De City Deal Zon start. Breda en Ede zijn de eerste deelnemers.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.deelnemers-predicaat"]
    [('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
    """
    start = ctx.content_start(sentence)
    semicolon = ctx.text.rfind(";", start, sentence.end)
    if semicolon >= 0 and _ALSO_PARTICIPANT.search(ctx.text, semicolon, sentence.end):
        start = semicolon + 1  # "Sinds 2023 neemt ook Wierden deel; Twenterand is eveneens deelnemer." (57r)
    actors = ctx.list_after(start, sentence.end, types=ACTORS)
    if not actors or not re.fullmatch(r"\s*(?:ook\s+|de\s+gemeenten?\s+)?", ctx.text[start:actors[0].start], re.IGNORECASE):
        return
    match = _PARTICIPANTS_PREDICATE.match(ctx.text, actors[-1].end, sentence.end) \
        or _ALSO_PARTICIPANT.match(ctx.text, actors[-1].end, sentence.end)
    if match is None or not ctx.asserted(sentence, start, match.end()):
        return
    target = ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
    if target is None or target.type != "Programme":
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", target, sentence, "relations.deelnemers-predicaat", 0.7,
                stated_at=start if semicolon >= 0 and start == semicolon + 1 else None)
