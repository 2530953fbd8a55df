"""collaboratesWith: who works together with whom, by a cue of working *with* someone.

Cues: "samen met", "(in) samenwerking met", "in gesprek met", "verbinding met", "contact met",
"overleg (gevoerd) met", "stemt (zijn inbreng) af met", "trekt (samen) op met"; "met X … gewerkt/gesprekken
gevoerd/opgesteld/afspraken"; fronted: "Met X en Y werkt Z samen" (not "met steun van X", not "…, met X
niet"); "slaat de handen ineen met", "bundelt de krachten met"; "Kennispartner is X" (the passage's unit
works with X, :mod:`.partners`). Also "samen met X aan <programma>" (participatesIn). Actors named together
as the subject of a joint undertaking ("X en Y werken samen") are :mod:`.joint_subjects`'; a programme said
to be a partnership of its partners is :mod:`.partnership_of`'s. The table of all relation cues is in
:mod:`graph.extract.relations`, which calls :func:`find_collaboration` per sentence.
"""

from __future__ import annotations

import re

from .programme_partners import RULE as PROGRAMME_PARTNERS, programme_of_collaboration
from .context import ACTORS, DocContext
from .cosigning import together_without_partnership
from .initiatives import in_one_clause, set_up_separable
from .joint_subjects import find_joint_subjects
from .model import Mention, Sentence
from .named_together import (clause_start, compared, described_together, fronted_description, in_fronted_clause,
                             main_subject_after_clause)
from .partner_clauses import relative_right_before, subject_after_label, unknown_name_opening
from .partners import partner_copula
from .partnership_of import find_partnership_of
from .relation_common import _THINGS, _WE, new_thing_since, reported_clause_start
from .role_words import role_of, role_pattern
from .subjects import clause_subjects, kind_anaphor, kind_antecedent, subject_or_context, with_coordinated
from .verb_final_agents import verb_final_agent_start

__all__ = ["find_collaboration", "actor_objects"]


#: the adverbs and subject pronouns that may stand between "trekt" and "op met" ("trekken we al jaren op met";
#: not an object: "trok de lijst op met" is drawing up)
_ALONG = r"(?:(?:we|wij|zij|ze|hij|al|jaren|samen|gezamenlijk|nauw|ook|nu|graag|stevig|intensief|sinds\s+\d{4})\s+){0,4}"


_COLLAB = re.compile(
    r"\b(?:samen\s+met|(?:in\s+)?samenwerking\s+met|in\s+(?:nauwe\s+|goede\s+)?afstemming\s+met|samengewerkt\s+met|samenwerk(?:en|t|te|ten)\s+met|in\s+gesprek\s+met|"
    r"\w*gesprekk?e?n?\s+(?:gevoerd\s+)?met|verbinding\s+met|contact\s+met|overleg\s+(?:gevoerd\s+|gehad\s+)?met|afspraken\s+met|"
    r"handen\s+ineen\s+met|krachten\s+(?:gebundeld\s+)?met|samenwerking\s+(?:aan|aangegaan|gestart|begonnen)\s+met|"
    r"bijeenkomst\s+met|vergaderde[n]?(?:\s+\w+){0,4}?\s+met|(?:stemt|stemmen|stemde|stemden)\s+(?:[^\s,;.:]+\s+){0,6}?af\s+met|"
    r"(?:trekt|trekken|trok|trokken)\s+" + _ALONG + r"op\s+met|op(?:trekken|trekt|trok|trokken|getrokken)\s+met|together\s+with|in\s+(?:cooperation|collaboration)\s+with)\s",
    re.IGNORECASE,
)


_MET = re.compile(r"\bmet\s", re.IGNORECASE)


#: what the partners after "samen met" work at: "…, onder meer in het Deltaprogramma X"; the plural verb may come
#: first in a clause whose subject opened before the cue: "(dat A en B,) samen met C, werken aan de City Deal X"
_TOWARDS = re.compile(r"\s*(?:,\s*(?:onder\s+(?:meer|andere)|met\s+name|vooral)\s+|,?\s*(?:werken|werkten|deelnemen|"
                      # "(de samenwerking met A en B) voortzet in de Woondeal X"
                      r"meedoen|meewerken|voortzet|voortzette|voortzetten)\s+)?(?:aan|in|bij)\s+(?:het|de|een)\s+",
                      re.IGNORECASE)


#: the agents of a passive of making, right before "samen met"
_AFTER_PASSIVE_AGENTS = re.compile(r"\b(?:opgesteld|opgezet|opgericht|ontwikkeld|gelanceerd|geïnitieerd|geroepen|bedacht)\s+"
                                   r"door\s+[^;:]*,\s*(?:samen\s+)?$", re.IGNORECASE)


#: a relative clause of a programme before "samen met": "X, die (in 2023) samen met"
_WHICH_TOGETHER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?[\"'”’]?\s*,\s*die\s+(?:[\w-]+\s+){0,3}?(?:samen\s+met|in\s+samenwerking\s+met)\s+$",
                             re.IGNORECASE)


#: the passive that closes it: "… wordt uitgevoerd", "… is opgezet"
_CARRIED_OUT = re.compile(r"\s*(?:wordt|worden|werd|werden|is|zijn|was)\s+(?:[\w-]+\s+){0,2}?(?:uitgevoerd|opgezet|"
                          r"ontwikkeld|gerealiseerd|georganiseerd|opgezet|vormgegeven|gedraaid)\b", re.IGNORECASE)


#: the finite verb of a main clause between its subjects and "samen met": " ontwikkelen ", " werken nu "
#: (not "werken": "A en B werken samen met C" is what each does with C)
_VERB_THEN_TOGETHER = re.compile(r"\s+(?!werk)[a-zà-ÿ]{3,}\s+(?:(?:nu|al|ook|sinds\s+\S+)\s+)?")


def _carried_out_with(ctx: DocContext, sentence: Sentence, match: re.Match, objects: list[Mention]) -> bool:
    """"… de Tilburgse aanpak 'X', die samen met ROC Tilburg en het Amphia Ziekenhuis wordt uitgevoerd":
    the partners after "samen met" take part in the programme the relative clause is of (not in a
    denied clause); whether the clause was such.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Zij toont de aanpak 'Wijkwerk', die samen met Aedes wordt uitgevoerd.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.label) for r in ex.relations]
    [('Aedes', 'participatesIn', 'Wijkwerk')]
    """
    text = ctx.text
    things = [m for m in ctx.in_span(sentence.start, match.start()) if m.type in ("Programme", "Event")]
    if not things or not _WHICH_TOGETHER.fullmatch(text, things[-1].end, match.end()):
        return False
    closing = _CARRIED_OUT.match(text, objects[-1].end, sentence.end)
    if closing is None:
        return False
    if ctx.asserted(sentence, match.start(), closing.end()):
        for obj in objects:
            ctx.add(obj, "participatesIn", things[-1], sentence, "relations.uitgevoerd-samen-met", 0.7)
    return True


#: the agents of a passive of organising before the cue: "werd georganiseerd door de G40 samen met"
_ORGANISED_BY = re.compile(r"\bgeorganiseerd\s+door\s+[^;:]*$"
                           # the active voice: "(Op 12 oktober) organiseerde X samen met Y de kennisdag"
                           r"|\b(?:organiseer(?:de|den|t)|organiseren)\s+(?:[^\s,;:.]+\s+){0,6}$", re.IGNORECASE)


#: a relation the talk is about, not a partnership: "we spraken over de relatie met Den Haag"
_TOPIC_NOUN = re.compile(r"\b(?:relatie|relaties|verhouding|verhoudingen|band|banden)\s+$", re.IGNORECASE)


#: a fronted "Samen met …" whose subject is a singular personal pronoun: "Samen met X, Y, legde hij …"
_PRONOUN_AFTER_FRONTED = re.compile(r",\s+[a-z]+\s+(?:hij|zij)\b")


#: "met" that names no partner: "met als trekker …", "met steun/hulp/geld van OCW"
_MET_MEANS = re.compile(r"met\s+(?:als\b|(?:de\s+|het\s+)?(?:steun|hulp|behulp|geld|middelen|subsidie|dank|"
                        r"bijdragen?|financiering|instemming|goedkeuring|toestemming)\s+(?:van|uit)\b)", re.IGNORECASE)


#: the cue of working together that a "met" closes: "samen met", "in samenwerking met" (read by _COLLAB)
_TOGETHER_BEFORE = re.compile(r"\b(?:samen|samenwerking)\s+$", re.IGNORECASE)


#: a contrast that leaves out the verb and denies it: "Met de VNG werkt Breda samen, met het IPO niet"
_ELLIPTIC_DENIAL = re.compile(r"\s+(?:nog\s+|echter\s+)?niet\s*[.;,]", re.IGNORECASE)


_MET_VERB = re.compile(
    r"\b(?:gewerkt|samengewerkt|gesprekk?en|gesproken|overlegd|opgesteld|ontwikkeld|afgesproken|afspraken|verkend|"
    r"uitgewerkt|vergaderd|getekend|ondertekend|spraken|sprak|sloot|sloten|gesloten|afgesloten|opgezet|"
    # a deal in the present: "BZK sluit woondeals met A, B en C", "sluiten een convenant met" (not "sluit de dag af met")
    r"(?:sluit|sluiten)\s+(?!zich\b)(?:[\w-]+\s+){0,3}?[\w-]*(?:deals?|akkoord(?:en)?|convenant(?:en)?|"
    r"overeenkomst(?:en)?|afspraken|pact)|"
    r"(?:trekt|trekken|trok|trokken)\s+" + _ALONG + r"op|op(?:trekken|getrokken)|"
    r"(?:voert|voeren|voerde|voerden)\s+(?:[\w-]+\s+){0,3}?overleg|"
    r"(?:heeft|hebben|had|hadden)\s+(?:[\w-]+\s+){0,3}?contact|"
    # the finite forms of the participles above: "Zaanstad stelt met Ede een concept op", "ontwikkelt met X een plan"
    r"(?:stelt|stellen|stelde|stelden|zet|zetten|zette)\s+(?!zich\b)(?:[\w-]+\s+){0,6}?op|"
    r"ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden|"
    r"(?:werkt|werken|werkte|werkten|trekt|trekken|trok|trokken)\s+(?:[\w-]+\s+){0,6}?samen|"
    # going on, the infinitive last: "Ook met EZ blijft de pijler samenwerken" (walkthrough 29, finding 9; not a
    # wish or a plan: "wil … samenwerken")
    r"(?:blijft|blijven|bleef|bleven)\s+(?:[\w-]+\s+){0,6}?samenwerken)\b", re.IGNORECASE)


_PLACES = frozenset({"Municipality", "Province"})


#: what stands right before a town or province that is part of a body's name, or says where a body sits: a capitalised
#: word that is no kind of government ("het RIEC Limburg", "Politie Utrecht"), or such a name and a bracket ("Bureau
#: Ruimte & Werk (Utrecht)"); not "gemeente Breda", "Provincie Utrecht", "Breda en Tilburg", "(Breda)" after a person
_PLACE_IN_A_NAME = re.compile(r"(?<![.:;!?]\s)(?<!^)\b(?!(?:Gemeente|Provincie|Regio|De|Het|En|Met)\b)"
                              r"(?![\w-]*(?:stad|steden|gemeente|gemeenten|provincie)\b)(?:[A-Z][\w&-]*|&)\s+(?:\(\s*)?$")


def actor_objects(ctx: DocContext, objects: list[Mention]) -> list[Mention]:
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
        elif m.type in _PLACES and _PLACE_IN_A_NAME.search(ctx.text, max(0, m.start - 40), m.start):
            continue  # "met het RIEC Limburg", "met Bureau Ruimte & Werk (Utrecht)": a body not recognised, not the place
        else:
            out.append(m)
    return out


#: the members of a network glued to its name: "de G40-steden", "de VNG-gemeenten", "de G40-leden"
_MEMBERS_OF = re.compile(r"-(?:steden|gemeenten|leden)\b")
#: fellow office holders after "met": "met collega's X (Ede) en Y (Epe)", "met mijn collega X (Breda)"
_COLLEAGUES = re.compile(r"\s*(?:mijn\s+|onze\s+|de\s+)?collega(?:'s|’s|s)?\s", re.IGNORECASE)


#: the agent of a passive right before the cue: "wordt uitgevoerd door (de gemeente) X in samenwerking met Y"
#: (carrying out, not organising or signing: co-organisers and co-signers are no partners, see cosigning)
_BY_AGENT = re.compile(r"\b(?:uitgevoerd|gerealiseerd|getrokken|gecoördineerd|ondersteund)\s+door\s+"
                       r"(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?", re.IGNORECASE)


#: the agent of any passive before "in afstemming met": "is opgesteld door X in afstemming met Y" (Y is
#: consulted, no co-author: X worked with Y)
_BY_ANY_AGENT = re.compile(r"\b[a-z]+(?:d|t)\s+door\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?",
                           re.IGNORECASE)


#: a passive right before "samen met" ("wordt uitgevoerd samen met", "werd samen met"), its participle after
#: the partners or before them
_PASSIVE_BEFORE = re.compile(r"\b(?:wordt|worden|werd|werden)\s+(?:[a-z]+\s+){0,2}?$")


#: what a programme's subject may open with before its name: "Het programma", "Dit project", "De regeling"
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:het|de|dit|deze)\s+)?", re.IGNORECASE)


def _passive_programme(ctx: DocContext, sentence: Sentence, match: re.Match) -> Mention | None:
    """The programme that opens a sentence as the subject of a passive right before "samen met": "Het
    programma valt onder de Pijler Sociaal en wordt uitgevoerd samen met de Themagroep X" (the programme
    is carried out with the themagroep; the pijler named between is no partner of it), else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De City Deal Zon valt onder de G40 en wordt uitgevoerd samen met TNO.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("relations.passief")]
    [('TNO', 'participatesIn', 'City Deal Zon')]
    """
    if not match.group().lower().startswith("samen") or \
            _PASSIVE_BEFORE.search(ctx.text, max(sentence.start, match.start() - 40), match.start()) is None:
        return None
    start = ctx.content_start(sentence)
    first = next(iter(ctx.in_span(start, match.start())), None)
    if first is None or first.type != "Programme" or not _SUBJECT_OPENING.fullmatch(ctx.text, start, first.start):
        return None
    return first


#: a passive's auxiliary right before "samen met": "is samen met", "werd samen met"
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|zijn|werd|werden|wordt|worden)\s+$")
#: the participle of setting something up after the partners, in their clause: "… opgezet", "… opgericht"
_FOUNDED_AFTER = re.compile(r"[^,;.|]{0,80}?\b(?:opgezet|opgericht|gestart|bedacht|geïnitieerd|gelanceerd|in\s+het\s+leven\s+geroepen)\b")


def _founded_programme(ctx: DocContext, sentence: Sentence, match: re.Match) -> bool:
    """Whether "samen met" sits in a passive of setting up the programme that opens the sentence: "Het fonds
    wordt uitgevoerd door RVO en is samen met het ministerie van BZK opgezet" (who set it up, with whom:
    no partnership of RVO's; see :mod:`graph.extract.initiatives`).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Het Fonds Zon wordt uitgevoerd door RVO en is samen met BZK opgezet.", gazetteer=load_gazetteer())
    >>> [r.rule for r in ex.relations if r.predicate == "collaboratesWith"]
    []
    """
    if not match.group().lower().startswith("samen") \
            or _AUXILIARY_BEFORE.search(ctx.text, max(sentence.start, match.start() - 12), match.start()) is None \
            or _FOUNDED_AFTER.match(ctx.text, match.end(), sentence.end) is None:
        return False
    start = ctx.content_start(sentence)
    first = next(iter(ctx.in_span(start, match.start())), None)
    return first is not None and first.type == "Programme" and _SUBJECT_OPENING.fullmatch(ctx.text, start, first.start) is not None


#: a verb of working together whose particle "samen" the cue opens with: "werkt samen met", "trokken samen met … op"
_WORKS_BEFORE = re.compile(r"\b(?:werk|werkt|werken|werkte|werkten|trekt|trekken|trok|trokken)\s+$", re.IGNORECASE)
#: the initiative the partners took with the subject, in their clause: "(samen met UWV en FNV) het initiatief tot het X"
_INITIATIVE_AFTER = re.compile(r"[^,;:()]{0,120}?\bhet\s+initiatief\s+(?:tot|voor)\s+(?:de\s+|het\s+|een\s+)?", re.IGNORECASE)


def _set_up_together(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> bool:
    """Whether "samen met" at ``match`` stands in a clause that sets up a programme or event with a separable verb
    ("Samen met de gemeente A en Stichting B zette hij in 2021 het project X op", "zette Ede samen met UWV het
    project Y op"), or that takes the initiative to one ("nam hij samen met UWV het initiatief tot het X"): the
    partners set it up with the subject (:func:`graph.extract.initiatives.set_up_separable`), no partnership of
    their own, and no part in another programme (round 57s).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "In 2020 zette Ede samen met UWV het project Aan de Slag op.", gazetteer=load_gazetteer())
    >>> [r.predicate for r in ex.relations if r.rule == "relations.samen-met"]
    []
    """
    if not match.group().lower().startswith("samen") \
            or _WORKS_BEFORE.search(ctx.text, max(sentence.start, match.start() - 30), match.start()):
        return False  # "Tilburg werkt samen met Breda aan …": working together, whatever comes after
    initiative = _INITIATIVE_AFTER.match(ctx.text, match.end(), sentence.end)
    if initiative is not None and any(m.start == initiative.end() and m.type in ("Programme", "Event") for m in mentions):
        return True  # "In 2017 nam hij samen met UWV en FNV het initiatief tot het Werkakkoord X": they took it together
    found = set_up_separable(ctx, sentence, mentions)
    return found is not None and match.end() <= found[1].start \
        and in_one_clause(ctx.text, min(match.start(), found[0].start()), found[1].start)


def _labelled_body(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """The body or programme a line opens with as its label, before a colon that comes before the cue at
    ``at`` ("- Programmaraad Regio Deals: vicevoorzitter X, samen met BZK, LVVN en het IPO"): the line
    says who sits in it, so the partners after "samen met" take part in it; they are no partners of
    the body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Overleg\\n\\n- Stuurgroep Wonen: wethouder Eva Smit, samen met BZK.\\n", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate != "hasRole"]
    [('BZK', 'participatesIn', 'Stuurgroep Wonen')]
    """
    start = ctx.content_start(sentence)
    first = next(iter(ctx.in_span(start, at)), None)
    if first is None or first.start != start or first.type not in _THINGS:
        return None
    colon = _LABEL_COLON.match(ctx.text, first.end, at)
    return first if colon is not None and ":" not in ctx.text[colon.end():at] else None


#: the colon right after a line's label: "Programmaraad Regio Deals: ", "**Stuurgroep X**: "
_LABEL_COLON = re.compile(r"\**\s*:\s")


def _passive_agents(ctx: DocContext, sentence: Sentence, match: re.Match) -> list[Mention]:
    """The actors after "door" that end right before a cue of working together ("in samenwerking met",
    "samen met"): the ones who work with the partners after it, not the sentence's subject.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Het plan wordt uitgevoerd door Ede in samenwerking met Aedes.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith"]
    [('Ede', 'Aedes')]
    """
    cue = match.group().lower()
    if not cue.startswith(("samen met", "in samenwerking", "samenwerking met", "in afstemming", "in nauwe afstemming",
                           "in goede afstemming")):
        return []
    by = None
    agent = _BY_ANY_AGENT if "afstemming" in cue else _BY_AGENT  # "opgesteld door X in afstemming met Y": consulted
    for by in agent.finditer(ctx.text, sentence.start, match.start()):
        pass
    # "…, die door BZK samen met de VNG is gestart": the participle closes the clause (round 50a)
    start = by.end() if by is not None else verb_final_agent_start(ctx.text, sentence.start, match.start(), match.end(),
                                                                   sentence.end)
    if start is None:
        return []
    agents = ctx.list_after(start, match.start(), types=ACTORS)
    if not agents or agents[0].start != start or not re.fullmatch(r"\s*,?\s*", ctx.text[agents[-1].end:match.start()]):
        return []
    return agents


#: a unit chaired or led by a person before "samen met": the person after it shares the chair
_CHAIRED_BY = re.compile(r"\b(?:voorgezeten|geleid|getrokken)\s+door\s+[^;:.]{0,120}?,?\s*$", re.IGNORECASE)


#: a route, not a tie between bodies, right before "verbinding met": "een snelle/directe verbinding met"
_ROUTE_BEFORE = re.compile(r"\b(?:snelle|snellere|directe|rechtstreekse|fysieke|frequente|nachtelijke)\s+$", re.IGNORECASE)


#: a subordinate clause's opening word: "(vertelt) hoe", "dat", "waar", "omdat"
_CLAUSE_OPENING = re.compile(r"\b(?:hoe|dat|waar|omdat|doordat|nu)\s+$", re.IGNORECASE)


def _actor_right_before(ctx: DocContext, sentence: Sentence, at: int) -> bool:
    """Whether an organisation or municipality right before "samen met" at ``at`` opens a clause of its
    own ("Demirtaş vertelt hoe Leiden samen met Delft en Gouda …"): that actor is who works together."""
    before = [m for m in ctx.in_span(sentence.start, at) if m.type in ACTORS]
    return bool(before) and not ctx.text[before[-1].end:at].strip() \
        and _CLAUSE_OPENING.search(ctx.text, sentence.start, before[-1].start) is not None


#: a relative clause after a partner, then the next partner: ", dat een kennisdossier bijhoudt, en met "
_RELATIVE_THEN_WITH = re.compile(r",\s*(?:dat|die)\s[^,;:()]{1,120},\s*(?:en\s+)?(?:ook\s+)?met\s+(?:de\s+|het\s+)?")


def _partners_after_relative(ctx: DocContext, sentence: Sentence, last: Mention) -> list[Mention]:
    """The partners after a relative clause about the last one: "werkt samen met Platform31, dat een
    dossier bijhoudt, en met Aedes" (Aedes works with the subject, not with Platform31).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Breda werkt samen met Platform31, dat kennis deelt, en met Aedes.", gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.object.text) for r in ex.relations)
    [('Breda', 'Aedes'), ('Breda', 'Platform31')]
    """
    relative = _RELATIVE_THEN_WITH.match(ctx.text, last.end, sentence.end)
    return ctx.list_after(relative.end(), sentence.end, types=ACTORS) if relative is not None else []


def _reported_actor(ctx: DocContext, subject: Mention, at: int) -> Mention:
    """The actor of a complement clause between ``subject`` and the cue at ``at``: in "X licht toe / meldt /
    zegt dat het ministerie van EZK de samenwerking met Y wil voortzetten" the ministry works with Y, the
    speaker only reports it; ``subject`` itself when no such clause names an actor ("X meldt dat hij …").

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Anna Kok zegt dat Breda de samenwerking met Ede voortzet.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith"]
    [('Breda', 'Ede')]
    """
    opening = reported_clause_start(ctx.text, subject.end, at)
    if opening == subject.end:
        return subject
    return next((m for m in ctx.in_span(opening, at) if m.type in ACTORS), subject)


#: a relative clause that opens with its own subject: "…, dat de pijler (in 2024 samen met …)"
_RELATIVE_OWN_SUBJECT = re.compile(r",\s+(?:dat|die)\s+(?P<article>(?:de|het)\s+)?")


def _relative_clause_actor(ctx: DocContext, subject: Mention, at: int) -> Mention:
    """The subject of a relative clause between ``subject`` and the cue at ``at``: in "X is secretaris van het
    programma P, dat de pijler in 2024 samen met Divosa is gestart" the pijler works with Divosa, not X (round 55e);
    ``subject`` when no such clause opens with an actor.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Anna Kok leidt de City Deal Zon, die de VNG in 2024 samen met Aedes is gestart."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "collaboratesWith"]
    [('VNG', 'Aedes')]
    """
    found = subject
    for clause in _RELATIVE_OWN_SUBJECT.finditer(ctx.text, subject.end, at):
        # (a reference holds its article: "de pijler")
        actor = next((m for m in ctx.in_span(clause.start("article") if clause.group("article") else clause.end(), at)
                      if m.start in (clause.start("article"), clause.end())), None)
        if actor is not None and actor.type in ACTORS and actor.type != "Person":
            found = actor
    return found


def _semicolon_clause_actor(ctx: DocContext, subject: Mention, at: int) -> Mention:
    """The first actor of the cue's own clause when a semicolon lies between ``subject`` and the cue
    at ``at``: in "BZK financiert het netwerk; de coördinatie ligt bij Platform31 in samenwerking met
    de VNG" Platform31 works with the VNG, BZK funds; ``subject`` when that clause names no actor.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "BZK financiert het netwerk; de coördinatie ligt bij Platform31 in samenwerking met de VNG."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith"]
    [('Platform31', 'VNG')]
    """
    semicolon = ctx.text.rfind(";", subject.end, at)
    if semicolon < 0:
        return subject
    return next((m for m in ctx.in_span(semicolon + 1, at) if m.type in ACTORS and m.type != "Person"), subject)


#: a partnership the sentence denies after the cue: "…, maar SZW is (nog) geen formele partner (van …)"
_NO_PARTNER = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden)\s+(?:\(?(?:nog|ook|daarom)\)?\s+)?(?:geen|niet)\s+"
                         r"(?:[a-z]+e\s+)?(?:partners?|deelnemers?|lid)\b|"
                         r"\b(?:geen|niet)\s+(?:[a-z]+e\s+)?(?:partners?|deelnemers?|lid)\s+(?:is|zijn|was|waren)\b",
                         re.IGNORECASE)  # "…, dat nog geen partner is"


def _collaboration(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    text = ctx.text
    done = set()
    if _YOU_OPENING.match(text, ctx.content_start(sentence)):
        return  # "Je werkt nauw samen met X en met Y" (a vacancy): the reader, who is no entity
    for match in ctx.asserted_cues(_COLLAB, sentence):
        listed = ctx.list_after(match.end(), sentence.end)
        if listed and listed[0].type == "Person" and _CHAIRED_BY.search(text, sentence.start, match.start()):
            continue  # "voorgezeten door X, samen met wethouder Y van Almelo": co-chairs, Almelo is no partner
        objects = actor_objects(ctx, listed)
        if not objects:
            continue
        objects += _partners_after_relative(ctx, sentence, objects[-1])  # "met X, dat …, en met Y"
        if _NO_PARTNER.search(text, objects[-1].end, sentence.end):
            continue  # "stemt af met SZW, maar SZW is (nog) geen formele partner": the sentence denies it (41c)
        done.update(obj.start for obj in objects[len(listed):])
        if match.group().lower().startswith("verbinding") \
                and _ROUTE_BEFORE.search(text, max(sentence.start, match.start() - 20), match.start()):
            continue  # "Zwolle heeft een snelle verbinding met Deventer": a route, no partnership
        if (sentence.is_heading or sentence.bullet_list is not None and not match.group().lower().startswith("samen")
                and _TITLE_LINE.fullmatch(text, ctx.content_start(sentence), match.start())) \
                and ctx.subject(sentence, match.start(), persons=True) is None:
            continue  # a subtitle "In gesprek met wethouder X", a contents line "- Gesprek met KGG over …": no fact
        if _AFTER_PASSIVE_AGENTS.search(text, sentence.start, match.start()):
            continue  # "… is opgesteld door OCW, samen met de VNG": co-authors (see initiatives)
        if _carried_out_with(ctx, sentence, match, objects):
            continue  # "de aanpak X, die samen met A en B wordt uitgevoerd": A and B take part in X
        if _ORGANISED_BY.search(text, sentence.start, match.start()):
            continue  # "De dag werd georganiseerd door X samen met Y", "X organiseerde samen met Y …": co-organisers (see organising), no partners
        if _founded_programme(ctx, sentence, match):
            continue  # "Het fonds … is samen met BZK opgezet": who set it up with whom (see initiatives), no partners
        if _set_up_together(ctx, sentence, mentions, match):
            continue  # "Samen met A zette hij het project X op": who set it up (see initiatives), no partners (57s)
        carried = _passive_programme(ctx, sentence, match)
        if carried is not None:
            # "Het programma valt onder de pijler X en wordt uitgevoerd samen met Y": Y takes part in the programme
            if ctx.asserted(sentence, match.start(), objects[-1].end):
                for obj in objects:
                    ctx.add(obj, "participatesIn", carried, sentence, "relations.passief-samen-met", 0.7)
            continue
        label = _labelled_body(ctx, sentence, match.start())
        if label is not None:
            # "Programmaraad Regio Deals: vicevoorzitter X, samen met BZK en het IPO": they sit in the body
            for obj in objects:
                ctx.add(obj, "participatesIn", label, sentence, "relations.label-samen-met", 0.7)
            continue
        agents = _passive_agents(ctx, sentence, match)
        if agents and not together_without_partnership(ctx, sentence, mentions, match.start(), objects):
            for obj in objects:  # "De deal wordt uitgevoerd door X in samenwerking met Y": X works with Y
                for actor in agents:
                    ctx.add(actor, "collaboratesWith", obj, sentence, "relations.door-in-samenwerking-met", 0.75)
                done.add(obj.start)
            continue
        subject = subject_or_context(ctx, sentence, match.start())
        relative, antecedent = relative_right_before(ctx, sentence, match.start())
        if relative:
            if antecedent is None:
                continue  # "lid van de G40, het netwerk dat samen met het Rijk werkt": the network, not the main subject
            subject = antecedent
        if subject is not None and not sentence.start <= subject.start < sentence.end \
                and unknown_name_opening(ctx, sentence, match.start()):
            continue  # "De GGD werkt nauw samen met X": a subject the text names and nothing recognised
        subject = subject_after_label(ctx, subject, match.start())
        fronted = _fronted_subject(ctx, sentence, match, objects)
        if fronted is not None:
            objects, subject = fronted  # "Samen met Aedes en Neprom bracht de werkgroep in kaart …"
        elif _fronted_pronoun(ctx, sentence, match, objects) and (subject is None or subject.type != "Person"):
            continue  # "Samen met de gedeputeerde van X, Y, legde hij …": a person, not the passage's unit
        else:
            by_kind, antecedent = kind_anaphor(ctx, sentence, match.start())
            if by_kind and antecedent is None:
                continue  # "…, waar de gemeente samen met X …" after two municipalities: no actor to guess
            subject = antecedent or subject  # "Dordrecht … . …, waar de gemeente samen met X flats renoveert"
        if subject is not None and subject.type == "Programme" and not sentence.start <= subject.start < sentence.end \
                and new_thing_since(ctx, subject, sentence, sentence.end):
            continue  # "(… de Retailagenda.) De themagroep werkt samen met X in het kennistraject Y": in Y, not the agenda
        if subject is not None and subject is objects[0]:
            continue  # "Dat gebeurt samen met A en B": a partner is no actor, and the sentence names none
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
        if subject is not None and subject.type == "Person" and _actor_right_before(ctx, sentence, match.start()):
            continue  # "Demirtaş vertelt hoe Leiden samen met Delft …": Leiden works with Delft, not the speaker
        if subject is not None and sentence.start <= subject.start < match.start():
            subject = _reported_actor(ctx, subject, match.start())  # "X licht toe dat EZK de samenwerking met Y wil voortzetten"
            subject = _semicolon_clause_actor(ctx, subject, match.start())  # "A financiert X; Y werkt er samen met Z aan"
            subject = _relative_clause_actor(ctx, subject, match.start())  # "X leidt P, dat de pijler samen met Z is gestart"
        if subject is not None and in_fronted_clause(text, ctx.content_start(sentence), subject.start, match.start()):
            subject = main_subject_after_clause(ctx, sentence, match.start())  # "Omdat Deventer …, werkt Zwolle samen met"
        if subject is not None and sentence.start <= subject.start < match.start() and "|" in text[subject.end:match.start()]:
            # "| Werkgroep X opzetten | Eva Smit (VNG), samen met Ede |": the cue's own cell names who works with Ede
            # (not "| Heerlen | de Promenade, samen met de provincie Limburg |": the row's town does; 44a)
            cell = [m for m in ctx.in_span(text.rfind("|", subject.end, match.start()) + 1, match.start())
                    if m.type in ACTORS and m.type != "Person"]
            subject = cell[-1] if cell else subject
        subjects = with_coordinated(ctx, sentence, subject, match.start())
        if subjects and _named_but_not_partners(ctx, sentence, match, subjects, objects):
            done.update(obj.start for obj in objects)
            continue
        if together_without_partnership(ctx, sentence, mentions, match.start(), objects):
            done.update(obj.start for obj in objects)  # hosts, co-signers, co-participants (see cosigning)
            continue
        programme = programme_of_collaboration(ctx, sentence, subjects)
        if programme is not None:  # "in de Regio Deal X werken A en B samen met C": all take part in X too
            for actor in subjects + objects:
                ctx.add(actor, "participatesIn", programme, sentence, PROGRAMME_PARTNERS, 0.75)
        for obj in objects:
            for actor in subjects:
                if actor.type == "Person" and (obj not in listed or _office_holder_of(ctx.text, sentence, obj)):
                    continue  # "Wethouder X opende samen met minister Y van BZK (met de burgemeester van Z) het centrum": two persons
                ctx.add(actor, "collaboratesWith", obj, sentence, "relations.samen-met", 0.8)
        if subjects and subjects[0].start < match.start() and clause_subjects(ctx, sentence, match.start()):
            done.update(obj.start for obj in objects)  # "X sprak over Y, waarin A samenwerkt met B": B is A's partner only
        if objects and len(subjects) > 1 and all(m.type in ACTORS for m in subjects) \
                and subjects[-1].end <= match.start() and _VERB_THEN_TOGETHER.fullmatch(text, subjects[-1].end, match.start()):
            # "A en B ontwikkelen samen met C een campus": A and B work together too (a main clause, its verb
            # before "samen"; not "… dat A en B samen met C deelnemen aan …")
            for k, actor in enumerate(subjects):
                for other in subjects[k + 1:]:
                    ctx.add(actor, "collaboratesWith", other, sentence, "relations.samen-met-onderling", 0.7)
            done.add(obj.start)
        towards = _TOWARDS.match(text[objects[-1].end:sentence.end])  # "…, onder meer in het Deltaprogramma X"
        if towards:
            things = [m for m in mentions if m.type == "Programme" and m.start >= objects[-1].end + towards.end()]
            if things and things[0].start == objects[-1].end + towards.end():
                for actor in [*(subjects or [subject]), *objects]:  # "A en B werken samen met C aan X": each of them
                    if actor is not None:
                        ctx.add(actor, "participatesIn", things[0], sentence, "relations.samen-aan", 0.7)
    verb = _MET_VERB.search(text, sentence.start, sentence.end) if ctx.has_cue(_MET_VERB, sentence) else None
    if verb is not None:
        # "Met collega's X (Ede) en Y (Epe) spraken we met BZK": "we" are the speaker and those colleagues,
        # persons; no body the passage named talks with BZK (walkthrough 23, finding 10)
        among_colleagues = any(_COLLEAGUES.match(text, m.end()) for m in ctx.cues(_MET, sentence))
        for match in ctx.cues(_MET, sentence):
            if _MET_MEANS.match(text, match.start()) or _AFTER_PASSIVE_AGENTS.search(text, sentence.start, match.start()) or \
                    _TOGETHER_BEFORE.search(text, max(sentence.start, match.start() - 16), match.start()) or \
                    _TOPIC_NOUN.search(text, max(sentence.start, match.start() - 16), match.start()) or \
                    not ctx.asserted(sentence, match.start(), max(match.end(), verb.end())):
                continue  # "met als trekker …"; "Met BZK is niet samengewerkt"
            if _COLLEAGUES.match(text, match.end()):
                continue  # "Met collega's @X (Amersfoort) en @Y (Apeldoorn) spraken we …": their towns, no partners (48g)
            objects = [o for o in actor_objects(ctx, ctx.list_after(match.end(), sentence.end)) if o.start not in done
                       and not match.start() < verb.start() <= o.start  # a fronted "met"-list ends at the verb
                       and not _MEMBERS_OF.match(text, o.end)]  # "met de andere G40-steden": its members, not it (48g)
            if not objects or _ELLIPTIC_DENIAL.match(text, objects[-1].end, sentence.end):
                continue  # "…, met het IPO niet"
            subject = subject_or_context(ctx, sentence, match.start())
            if subject is not None and subject.type == "Programme" and not sentence.start <= subject.start < sentence.end:
                continue  # "(… past bij de Agenda X.) Met Y worden nog gesprekken gevoerd": someone unnamed talks, no programme
            if among_colleagues and subject is not None and not sentence.start <= subject.start < sentence.end:
                continue  # "Met collega's X en Y spraken we met BZK": the speaker's colleagues, not the passage's unit
            if subject is not None and not sentence.start <= subject.start < sentence.end and _addressee(text, subject.start):
                continue  # "Nota aan de DG X" … "Met A, B en C wordt gesproken over …": the memo's reader talks with no one
            opening = clause_start(text, verb.end(), match.start())
            if opening > verb.end() and (subject is None or subject.start < opening) \
                    and any(m.type in ACTORS for m in ctx.in_span(opening, match.start())):
                continue  # "Breda werkt samen met de VNG, en Tilburg doet dat met het IPO": another clause's subject
            if subject is not None and not sentence.start <= subject.start < sentence.end \
                    and _UNNAMED_GROUP.search(text, ctx.content_start(sentence), match.start()):
                continue  # "Sinds 2023 werken onze gemeenten samen met Enexis": a group not named
            if subject is not None and not sentence.start <= subject.start < sentence.end \
                    and _reader_subject(text, ctx.content_start(sentence), match.start()):
                continue  # "Je hebt met de steden gewerkt": the reader
            for obj in objects:
                for actor in with_coordinated(ctx, sentence, subject, match.start()):
                    ctx.add(actor, "collaboratesWith", obj, sentence, "relations.met-x-gewerkt", 0.75)


#: a memo's or letter's addressee before a name on its header line: "Nota aan de DG X", "Aan: X", "**Aan:** X"
_ADDRESSED = re.compile(r"(?:^|\n)[#*\s]*(?:(?:nota|notitie|memo|brief|advies|mail)\s+)?aan\b[*:\s]*(?:de\s+|het\s+)?$",
                        re.IGNORECASE)


def _addressee(text: str, at: int) -> bool:
    """Is the name at ``at`` a header's addressee, not the actor of the text's sentences (round 45k,
    walkthrough 20, finding 27)?

    >>> _addressee("Aan: DG Wonen", 5), _addressee("De DG Wonen", 3)
    (True, False)
    """
    return _ADDRESSED.search(text, max(0, at - 40), at) is not None


#: an office right before its body: "de burgemeester van ", "de minister van "
_OFFICE_OF = re.compile(r"\b([\w-]+)\s+van\s+(?:de\s+gemeente\s+|het\s+ministerie\s+van\s+|de\s+|het\s+)?$")


def _office_holder_of(text: str, sentence: Sentence, body: Mention) -> bool:
    """Whether ``body`` is named through one who holds an office of it ("samen met de burgemeester van
    Tilburg"): a person, not the body, stands beside the subject."""
    office = _OFFICE_OF.search(text, max(sentence.start, body.start - 40), body.start)
    return office is not None and role_of(office.group(1)) is not None


def _named_but_not_partners(ctx: DocContext, sentence: Sentence, match: re.Match, subjects: list[Mention],
                            objects: list[Mention]) -> bool:
    """Whether the actors around a "samen met" at ``match`` are named together without working
    together (see :mod:`graph.extract.named_together`): a subject that is only compared ("Net als
    Breda werkt Helmond samen met BZK") or stands in a subordinate clause before it ("Omdat Deventer …,
    werkt Zwolle samen met Aedes"), or a "samen met" that describes ("Dordrecht ligt samen met
    Zwijndrecht aan de Merwede", "Helmond, samen met Eindhoven de motor van de regio, …")."""
    text = ctx.text
    if compared(text, sentence.start, subjects[0].start) \
            or in_fronted_clause(text, ctx.content_start(sentence), subjects[0].start, match.start()):
        return True
    if not match.group().lower().startswith("samen"):
        return False
    end = text.find(";", objects[-1].end, sentence.end)
    end = sentence.end if end < 0 else end
    if subjects[0].start > match.start():  # "Samen met Deventer is Zwolle een van de pilotgemeenten"
        return fronted_description(text, objects[-1].end, end)
    return sentence.start <= subjects[0].start and described_together(text, subjects[-1].end, match.start(), objects[-1].end, end)


#: the subject named by its kind right after the finite verb that ends a fronted "Samen met X": "werkt de stichting"
_VERB_THEN_KIND = re.compile(r"\s+[a-z]+\s+(?:de|het)\s+(?P<kind>gemeente|provincie|ministerie|instituut|hogeschool|"
                             r"universiteit|corporatie|stichting|vereniging)\b")


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
    by_kind = _VERB_THEN_KIND.match(text, kept[-1].end, sentence.end)
    if by_kind is not None:
        # "Samen met de gemeente Breda werkt de stichting aan …": the one foundation named just before (41c)
        return kept, kind_antecedent(ctx, sentence, match.start(), by_kind.group("kind").lower())
    after = [m for m in ctx.in_span(kept[-1].end, sentence.end) if m.type in ACTORS | _THINGS | {"Person"}]
    verb = re.fullmatch(r"\s+([a-z]+)\s+(?:de\s+|het\s+)?", text[kept[-1].end:after[0].start]) if after else None
    if verb is None or after[0].type == "Person" or role_of(verb.group(1)) is not None:
        return None  # not "Samen met de Haarlemse wethouder X vormt Y …"
    return kept, after[0]


def _fronted_pronoun(ctx: DocContext, sentence: Sentence, match: re.Match, objects: list[Mention]) -> bool:
    """Whether a sentence opening with "Samen met" has "hij"/"zij" as its subject right after the verb
    that ends the partners ("Samen met de gedeputeerde van X, Y, legde hij de basis …")."""
    text = ctx.text
    if not match.group().lower().startswith("samen") or \
            not re.fullmatch(r"\s*(?:[-*•]\s*)?", text[ctx.content_start(sentence):match.start()]):
        return False
    return _PRONOUN_AFTER_FRONTED.search(text, objects[-1].end, min(sentence.end, objects[-1].end + 80)) is not None


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
_UNNAMED_GROUP = re.compile(r"\b(?:(?:onze|hun|deze|die|alle|beide|vijf|vier|drie|twee|zes|veel)\s+(?:[a-z]+\s+)?|"
                            # a compound: "werken de regiogemeenten samen met …" (round 43i; "de steden" may
                            # stand for the towns the text just named)
                            r"de\s+[a-z]+)"
                            r"(?:gemeenten|steden|partijen|organisaties|instellingen|partners)\b", re.IGNORECASE)


_MD_HEADING = re.compile(r"\s*#{1,6}\s")


#: a line that is only a title opening with the cue noun: "- Gesprek met KGG over netcongestie"
_TITLE_LINE = re.compile(r"\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:(?:een|het|de)\s+)?(?:\w+\s+)?", re.IGNORECASE)


#: a meeting named as the object of a preposition or as the sentence's subject, right before its "overleg
#: met": "ingebracht in het bestuurlijk overleg met X", "Het eerste ambtelijke overleg met X vond plaats"
#: (who meets is not said)
_MEETING_NOUN = re.compile(r"(?:\b(?:in|aan|voor|tijdens|bij|naar|op)\s+|^\s*)(?:het|een|de)\s+(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)


def find_collaboration(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the collaboratesWith facts of one sentence (called per sentence by
    :func:`graph.extract.relations.find_relations`)."""
    _collaboration(ctx, sentence, mentions)
    find_joint_subjects(ctx, sentence, mentions)
    partner_copula(ctx, sentence, mentions)
    find_partnership_of(ctx, sentence, mentions)
