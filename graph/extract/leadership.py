"""ledBy, and the chairs and trekkers of units: who leads what.

"o.l.v.", "onder leiding/regie/de hoede/penvoerderschap van", "<programma> van het ministerie van", "het programma X van
het Stedennetwerk G40"; "X trekt/leidt/
coördineert de themagroep"; "Het penvoerderschap/De regie van Y ligt bij X"; "X heeft het
penvoerderschap van Y"; "X treedt op als penvoerder"; "wordt door X beheerd/getrokken". A person as the leader holds a role
instead (hasRole voorzitter or trekker): "getrokken door X", "X trekt de themagroep Y", "X, die de
themagroep Y trekt". Called per sentence by :func:`graph.extract.relations.find_relations` through
:func:`find_leadership`.
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .leader_roles import leader_role
from .leaders import led_thing, person_behind_adjective
from .model import Mention, Sentence
from .paragraph_leads import find_paragraph_leads
from .programme_owners import find_programme_owners
from .relation_common import _ARTICLE_ONLY, _THINGS
from .role_words import role_of

__all__ = ["find_leadership"]


_LED = re.compile(r"(?:\bo\.l\.v\.|\bonder\s+(?:leiding|regie|de\s+hoede|voorzitterschap|penvoerderschap)\s+van|"
                 r"\b(?:uitgevoerd|getrokken|gecoördineerd|geleid|voorgezeten|beheerd)\s+door|\b(?:chaired|led)\s+by)\s*",
                 re.IGNORECASE)
#: between the cue and the leader: an article and a kind or role word, and the role's capitalised field
#: ("geleid door lector Wijkgericht Werken X"), and academic titles before the name ("onder voorzitterschap
#: van prof. dr. X", round 55f), after a courtesy title ("onder voorzitterschap van mw. drs. J.C. X", round 59r)
_LEADER_GAP = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministeries?\s+van|[\w-]+)\s+"
                         r"(?:[A-ZÀ-Ý][\w-]*\s+){0,3})?(?:(?:mw|mevr|dhr|hr)\.\s*|mevrouw\s+|de\s+heer\s+)?"
                         r"(?:(?:prof|dr|drs|mr|ir|ing)\.\s*)*")
#: "De commissie stond onder voorzitterschap van X": a state told in the simple past, a chair of a body that did its
#: work (round 59e; "staat onder leiding van" is today's)
_STOOD_UNDER = re.compile(r"\bstond(?:en)?\s+(?:(?:toen|destijds|aanvankelijk|eerst)\s+)?\Z", re.IGNORECASE)
#: roles a leader may be named by between the cue and the name ("geleid door directeur X")
_LEADING_ROLES = frozenset({"directeur", "programmadirecteur", "programmamanager", "projectleider", "voorzitter",
                            "kwartiermaker", "coördinator", "trekker"})
#: the role the leader leads in, after the name: "(onder leiding van X) als plaatsvervangend directeur,"
_ALS_ROLE = re.compile(r"\s+als\s+(?P<role>[a-zà-ÿ][\w -]{2,40}?)\s*(?=[,.;)]|$)")
#: "(het programma X) van het/de" before the organisation whose programme it is
_OF_ORGANISATION = re.compile(r"\s+van\s+(?:het|de)\s+")
_OF_MINISTRY = re.compile(r"^\s*van\s+(?:het\s+)?(?:ministerie\s+van\s+)?$", re.IGNORECASE)


def _led_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    # what is led is a unit, programme or event before the cue (see _participation)
    things = any(m.type in _THINGS for m in mentions)
    for match in ctx.asserted_cues(_LED, sentence) if things else ():  # not "wordt niet voorgezeten door"
        leaders = [m for m in mentions if m.start >= match.end() and _LEADER_GAP.fullmatch(ctx.text, match.end(), m.start)]
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
            # "…voor de themagroep X, die deel uitmaakt van de pijler Y en wordt getrokken door Z": the relative
            # pronoun's antecedent is what both predicates are about (walkthrough 35, finding 5)
            antecedents = [m for m in before if _RELATIVE_AFTER.match(text, m.end)]
            thing = antecedents[-1] if antecedents else free[0] if free else thing
        if thing is None or (leader.type == "Person" and _of_unnamed_head(ctx, mentions, sentence, thing, match.start())):
            continue
        if leader.type == "Person":
            # "getrokken door X": X is its trekker; the other phrasings name its chair; "door X (Zwolle)
            # en Y (Hengelo)": both
            bracket = ctx.bracket_after(leader)
            rest = bracket[1] + 1 if bracket else leader.end  # after "X (Zwolle)"
            # what the verb says ("gecoördineerd door": coördinator) or an apposition's role (graph.extract.leader_roles)
            role = leader_role(match.group(), thing.type, text[rest:sentence.end])
            said = role_of(text[match.end():leader.start].strip())
            if said is not None and said.label in _LEADING_ROLES and not match.group().lower().startswith("getrokken"):
                role = said.label  # "geleid door directeur X": the role the text names
            stated = _ALS_ROLE.match(text, rest, sentence.end)
            if stated is not None and role_of(stated.group("role")) is not None:
                role = role_of(stated.group("role")).label  # "onder leiding van X als plaatsvervangend directeur"
            past = _STOOD_UNDER.search(text[max(sentence.start, match.start() - 40):match.start()]) is not None
            for person in [leader] + (ctx.list_after(rest, sentence.end, types={"Person"})
                                      or _after_apposition(ctx, mentions, leader, sentence)):
                ctx.add(person, "hasRole", thing, sentence, "relations.onder-leiding-van", 0.7, role=role, past=past)
            for unit, person in _gapped_leaders(ctx, mentions, leader):
                ctx.add(person, "hasRole", unit, sentence, "relations.onder-leiding-van-gapped", 0.65, role=role)
        elif leader.type in ACTORS:
            for other in [leader] + ctx.list_after(leader.end, sentence.end, types=ACTORS):
                if other is not leader and re.search(r"\bmet\s", text[leader.end:other.start]):
                    break  # "getrokken door Ede en samen met de GGD ontwikkeld": a partner, not a lead (round 53e)
                ctx.add(thing, "ledBy", other, sentence, "relations.onder-leiding-van", 0.8)
    if things:
        _led_by_split(ctx, sentence, mentions)
    for k, m in enumerate(mentions):
        if m.type != "Programme" or k + 1 >= len(mentions):
            continue
        nxt = mentions[k + 1]
        if nxt.type == "Ministry" and _OF_MINISTRY.match(text[m.end:nxt.start]):
            ctx.add(m, "ledBy", nxt, sentence, "relations.programma-van-ministerie", 0.75)
        elif nxt.type == "Organisation" and m.text.lower().startswith("programma ") \
                and _OF_ORGANISATION.fullmatch(text, m.end, nxt.start):
            # "het programma Ruimte voor Economie van het Stedennetwerk G40": the network's own programme
            ctx.add(m, "ledBy", nxt, sentence, "relations.programma-van-organisatie", 0.7)


#: a noun the text does not name, whose "van"-complement the unit is: "Workshop energietransitie van de
#: themagroep Energie" (a capitalised first word: the start of a line or a sentence)
_UNNAMED_HEAD = re.compile(r"(?:^|(?<=[\s(]))[A-Za-zÀ-ÿ-]{3,}(?:\s+[a-zà-ÿ-]+){0,2}\s+van\s+(?:de|het)\s+$")


def _of_unnamed_head(ctx: DocContext, mentions: list[Mention], sentence: Sentence, thing: Mention, cue: int) -> bool:
    """Whether the cue's phrase, set off by a comma, is about a noun the unit only completes: in
    "Workshop energietransitie van de themagroep Energie, onder leiding van wethouder X" X leads the
    workshop, not the themagroep ("De themagroep Energie, onder leiding van X, …" still gives X's role).
    Only a person's role is read so: "de ontwikkeling van het register, o.l.v. BZK" is the register's lead.

    >>> bool(_UNNAMED_HEAD.search("Workshop energietransitie van de ")), bool(_UNNAMED_HEAD.search("De "))
    (True, False)
    """
    if ctx.text[thing.end:cue].strip() != ",":
        return False
    start = max([m.end for m in mentions if m.end <= thing.start] + [sentence.start])
    return _UNNAMED_HEAD.search(ctx.text, start, thing.start) is not None


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
#: the same verbs before an inverted subject: "Sinds 2022 coördineert BZK de Regio Deals" (round 59v; a person
#: there is a trekker or chair, :func:`_pulls`'s)
_MANAGES_INVERTED = re.compile(r"\b(?:beheert|beheerde|coördineert|coördineerde|leidt|leidde|trekt|trok)\s+(?!(?:de|het|een)\s)",
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


_AGENT_KIND = re.compile(r"(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


#: a capitalised word: a name, recognised or not
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


def _unknown_antecedent(ctx: DocContext, mentions: list[Mention], after: int, match: re.Match) -> bool:
    """Whether the relative "dat"/"die" of ``match`` follows a name no mention covers, between ``after`` (the end of
    the programme or unit before) and the pronoun: "de werkcoalitie werkt samen met het Werkgevers Servicepunt
    Twente, dat door UWV wordt geleid" speaks of that body, not of the werkcoalitie (round 57r).

    >>> from graph.extract.context import DocContext
    >>> from graph.extract.model import Sentence
    >>> text = "De coalitie werkt samen met het Servicepunt Twente, dat door UWV wordt geleid."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [])
    >>> _unknown_antecedent(ctx, [], 11, _LED_SPLIT.search(text))
    True
    >>> text = "Het register, dat door VNG wordt beheerd."
    >>> _unknown_antecedent(DocContext("d", text, [Sentence(0, len(text), text)], []), [], 12, _LED_SPLIT.search(text))
    False
    """
    if ctx.text[match.start():match.start() + 3].lower() not in ("dat", "die"):
        return False
    return any(not any(m.start <= word.start() < m.end for m in mentions)
               for word in _CAPITALISED.finditer(ctx.text, after, match.start()))


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
        if _unknown_antecedent(ctx, mentions, before[-1].end, match):
            continue  # "… samenwerkt met het Werkgevers Servicepunt Twente, dat door UWV wordt geleid": that body's
        ctx.add(before[-1], "ledBy", agents[0], sentence, "relations.door-x-beheerd", 0.75)
    for match in ctx.asserted_cues(_MANAGES_INVERTED, sentence):
        # "Sinds 2022 coördineert BZK de Regio Deals": the subject after the verb (a sentence opened by an adverbial)
        subject = ctx.inverted_subject(sentence, match.end())
        thing = next((m for m in mentions if subject is not None and m.start >= subject.end and m.type in HOLDERS), None)
        if subject is not None and subject.type != "OrganisationalUnit" and thing is not None \
                and re.fullmatch(r"\s+(?:de|het)\s+", ctx.text[subject.end:thing.start]) \
                and not re.search(r"\b(?:niet|geen|nooit)\b", ctx.text[match.start():thing.start]):
            ctx.add(thing, "ledBy", subject, sentence, "relations.beheert", 0.7)
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
    _pulls_later(ctx, sentence, mentions)


#: an auxiliary whose infinitive comes last: "X gaat de themagroep Y trekken", "Zij blijft de pijler voorzitten"
_AUXILIARY = re.compile(r"\b(?:gaat|gaan|zal|zullen|blijft|blijven)\b", re.IGNORECASE)
#: the infinitive after the unit, and the role it gives
_INFINITIVE_LAST = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:samen\s+met\s+[^,;.]{1,60}?|vanaf\s+[^,;.]{1,30}?)\s+)?"
                              r"(?P<verb>trekken|voorzitten|leiden)\b")
_INFINITIVE_ROLE = {"trekken": "trekker", "voorzitten": "voorzitter", "leiden": "voorzitter"}
#: the finite verb before its subject: "Sinds mei trekt (wethouder) X (Hilversum) de themagroep Y"
_PULLS_INVERTED = re.compile(r"\s+(?:trekt|trok)\s+(?:(?:de\s+)?[a-z][\w-]*\s+)?$")


def _pulls_later(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The trekker or chair with the verb elsewhere: "X gaat de themagroep Y trekken" (the infinitive
    last; "leiden" and "voorzitten" make a chair), "Sinds mei trekt wethouder X de themagroep Y" (the
    subject after the verb).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Hilversum (wethouder Eva Kok) gaat de themagroep Klimaat trekken.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "relations.trekt"]
    [('Eva Kok', 'themagroep Klimaat', 'trekker')]
    """
    text = ctx.text
    for k, unit in enumerate(mentions):
        if unit.type != "OrganisationalUnit":
            continue
        persons = [m for m in mentions[:k] if m.type == "Person"]
        if not persons:
            continue
        person = persons[-1]
        article = " de " if unit.text.split()[0].lower() in ("de", "het") else ""  # "de themagroep": in the mention
        gap = text[person.end:unit.start] + article
        infinitive = _INFINITIVE_LAST.match(text, unit.end, sentence.end)
        auxiliary = _AUXILIARY.search(text, person.end, unit.start) if infinitive else None
        if auxiliary is not None and _PULLS_GAP.fullmatch(" " + text[auxiliary.end():unit.start] + article) \
                and re.fullmatch(r"\s*(?:\)\s*)?", text[person.end:auxiliary.start()]) \
                and ctx.asserted(sentence, auxiliary.start(), infinitive.end()):
            # "X gaat de themagroep Y trekken", "Hilversum (wethouder X) gaat de themagroep Y trekken"
            role = _INFINITIVE_ROLE[infinitive.group("verb").lower()]
            ctx.add(person, "hasRole", unit, sentence, "relations.trekt", 0.7, role=role)
        elif _PULLS_INVERTED.search(text, sentence.start, person.start) \
                and re.fullmatch(r"\s*(?:\([^()]{0,60}\)\s*)?(?:de|het)\s+", gap) \
                and ctx.asserted(sentence, sentence.start, unit.end):
            ctx.add(person, "hasRole", unit, sentence, "relations.trekt", 0.7, role="trekker")


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


#: (a time may stand between the verb and the participle: "en wordt sinds januari 2023 getrokken door", round 58s)
_SECOND_PREDICATE = re.compile(r"\ben\s+(?:wordt|werd|worden|werden)\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
#: a relative clause right after a name: "de themagroep X, die …" ("X, dat …" for a programme)
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:die|dat)\s")
_AFTER_PREPOSITION = re.compile(r"\b(?:onder|van|bij|binnen|in|aan|uit|met|voor)\s+(?:de|het)\s+$", re.IGNORECASE)


#: an actor in the lead party's role: "De gemeente Apeldoorn treedt op als penvoerder" ("X is penvoerder": cards.py)
_ACTS_AS_LEAD = re.compile(r"\b(?:treedt|trad|treden|traden)\s+(?:\w+\s+){0,2}?op\s+als\s+"
                           r"(?:de\s+)?penvoerder\b(?:\s+(?:van|voor)\s+(?:de\s+|het\s+)?)?")


def _acts_as_lead(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    """"De gemeente Apeldoorn treedt op als penvoerder": the programme named right after ("penvoerder van
    de City Deal X"), else the one the passage is about, is led by the subject (a municipality,
    province, ministry or organisation).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Partijen richten de City Deal Zon op. De gemeente Ede treedt op als penvoerder."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "ledBy"]
    [('City Deal Zon', 'Ede')]
    """
    subject = ctx.subject(sentence, match.start())
    if subject is None or subject.type not in ("Municipality", "Province", "Ministry", "Organisation"):
        return
    named = next((m for m in mentions if m.start == match.end() and m.type == "Programme"), None)
    if named is None and match.group().rstrip().endswith("penvoerder"):
        # the programme the passage is about, else the one the document's title names (an agreement's articles)
        named = ctx.context_unit(sentence.start, types={"Programme"}) or next(
            (m for m in ctx.in_sentence(ctx.sentences[0]) if m.type == "Programme"), None)
    thing = named
    if thing is not None:
        ctx.add(thing, "ledBy", subject, sentence, "relations.treedt-op-als-penvoerder", 0.7)


def find_leadership(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the ledBy facts (and the chair and trekker roles of persons) of one sentence."""
    _led_by(ctx, sentence, mentions)
    find_programme_owners(ctx, sentence, mentions)  # "Het Woonfonds X is een fonds van het ministerie van BZK" (58g)
    find_paragraph_leads(ctx, sentence, mentions)  # "Het partnerschap X … . Het wordt gecoördineerd door Eindhoven."
    for match in ctx.asserted_cues(_ACTS_AS_LEAD, sentence) if "penvoerder" in sentence.text else ():
        _acts_as_lead(ctx, sentence, mentions, match)
    _pulls(ctx, sentence, mentions)
