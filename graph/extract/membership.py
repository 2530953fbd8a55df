"""Who sits in or serves a unit: persons (and actors) listed as its members, joining it, taking part
on behalf of their organisation, or keeping its secretariat. Facts: ``participatesIn``, and
``hasRole``/``affiliatedWith`` for "namens" and the secretariat.

==============================================  ==================================================
cue                                             example
==============================================  ==================================================
"In <unit> zitten (verder) <list>"              "In de taskforce zitten verder burgemeester X
                                                (Helmond) en Y": X and Y take part in it
"<persoon> is toegetreden tot <unit>"           "X, wethouder in Ede, is toegetreden tot de
                                                werkgroep Schulden"
"In <programma> werken X en Y samen"            "In de Regio Deal Twente werken Enschede en Hengelo
                                                samen": both take part in the deal
"In <programma> werken X samen met Y"           "In de Regio Deal Twente werkt Almelo samen met de
                                                provincie": the partners after "met" take part too,
                                                also after a plural noun ("werken de steden samen
                                                met …") and in "de stuurgroep van <programma>"
"Het secretariaat … ligt bij <persoon>"         "Het secretariaat van de pijler blijft in handen
                                                van X": X is its secretaris
"Namens <actor> neemt <rol> <persoon> deel"     "Namens het ministerie neemt directeur-generaal X
                                                deel": X is directeur-generaal of the ministry
                                                (a reference resolves "het ministerie") and takes
                                                part in the unit the text is about
"<persoon>, namens <actor>,"                    "X, namens BZK, …", "X (namens BZK)": X works for
                                                BZK
"<persoon> vertegenwoordigt <actor> in <unit>"  "X vertegenwoordigt Tilburg in de themagroep Y": X
                                                works for Tilburg and takes part in Y
"Als <rol> van <body> <verb> <persoon>"         "Als voorzitter van de themagroep Y opende X de
                                                bijeenkomst": X is voorzitter of Y
"Ook <actoren> schuiven aan."                   after a sentence naming one unit ("een stuurgroep
                                                Spoorzone"): they take part in it
==============================================  ==================================================

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "De Taskforce Kust is opgericht. In de taskforce zitten verder Anna Kroes en Bram Wit."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.label) for r in ex.relations if r.predicate == "participatesIn")
[('Anna Kroes', 'Taskforce Kust'), ('Bram Wit', 'Taskforce Kust')]
"""

from __future__ import annotations

import re

from .affiliations import REPRESENTED_HOW
from .antecedents import subject_antecedent
from .boards import BOARD_RULE
from .context import ACTORS, HOLDERS, DocContext
from .mail import addressee_at, sender_at
from .model import Mention, Sentence
from .pointing_back import one_named_before
from .relation_common import reported_clause_start
from .roles import role_of, role_pattern
from .sitting_clauses import find_sitting_clauses

__all__ = ["find_membership"]

#: "zitten" after a fronted "In <unit>": the members follow
_SIT = re.compile(r"\s+(?:zitten|zaten|zit|zat|zetelen|zetelden)\s+(?:(?:verder|ook|onder\s+meer|nu|inmiddels)\s+)*")
#: working together after a fronted "In <programma>": the subject follows, then "samen"
_WORK_TOGETHER = re.compile(r"\s+(?:werken|werkten|werkt|werkte|trekken|trokken)\s+(?:(?:ook|al|nu|inmiddels)\s+)?")
_TOGETHER_AFTER = re.compile(r"\s+(?:(?:al|ook|nauw|intensief|sinds\s+\S+|nu)\s+){0,3}samen(?:\s+op)?\b")
#: a subject that names no one, before "samen met": "(In X werken) de regiogemeenten samen met …" (round 43i)
_PLURAL_SUBJECT = re.compile(r"(?:de|alle)\s+[a-z][\w-]*(?:en|s)(?=\s)")
#: the partners after "samen": "samen met (onder meer) A, B en C"
_WITH = re.compile(r"\s+met\s+(?:onder\s+meer\s+)?")
#: a body of a programme after the fronted "In": "In de stuurgroep van de Regio Deal X werken …"
_OF_PROGRAMME = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
#: (a list item's bullet first: "• In de stuurgroep …", round 43i)
_OPENS_WITH_IN = re.compile(r"\s*(?:[•*–-]\s+)?(?:In|Binnen)\s")
_FRONTED_IN = re.compile(r"\s*(?:[•*–-]\s+)?(?:In|Binnen)\s+(?:de\s+|het\s+)?$")
#: a personal pronoun opening a reported clause: "X meldt dat zij is toegetreden tot …" (X herself)
_HE_SHE = re.compile(r"(?:hij|zij|ze)\b")
#: joining a unit: "is toegetreden tot", "trad toe tot", "treedt per 1 mei toe tot"
_ENTER = re.compile(r"\b(?:(?:is|zijn)\s+(?:\w+\s+){0,3}?toegetreden|(?:treedt|treden|trad|traden)\s+(?:\S+\s+){0,4}?toe)"
                    r"\s+tot\s+", re.IGNORECASE)
#: "Namens het ministerie neemt …": on behalf of an actor (the sentence's opening)
_ON_BEHALF = re.compile(r"\s*Namens\s+")
_TAKES_PART = re.compile(r"\s+(?:neemt|nam|nemen|namen)\s+")
#: "Het secretariaat (van de pijler) ligt bij / blijft in handen van X"
_SECRETARIAT = re.compile(r"\b(?:Het|het)\s+(pijler|themagroep|taskforce|programma)?secretariaat\b")
_SECRETARIAT_HELD = re.compile(r"\s+(?:(?:ligt|lag|blijft|bleef|is|was|komt|kwam)\s+(?:\w+\s+){0,3}?)"
                               r"(?:bij|in\s+handen\s+van)\s+")
_TITLES = re.compile(r"\s*(?:(?:mr|dr|drs|ir|ing|prof|dhr|mevr)\.\s*)*")


def find_membership(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the membership facts ``sentence`` states (its ``mentions`` given)."""
    _members_listed(ctx, sentence, mentions)
    if " in " in sentence.text and re.search(r" z[ai]t\b", sentence.text):  # (", die … in de stuurgroep zit.")
        _sits_in(ctx, sentence, mentions)
    find_sitting_clauses(ctx, sentence, mentions)  # "X in Ede, die ook in de landelijke stuurgroep Y zit", "zit wethouder X … in"
    if "aan" in sentence.text and ctx.has_cue(_JOINS_THE_TABLE, sentence):
        _joins_the_table(ctx, sentence, mentions)
    if "ertegenwoordig" in sentence.text and not any(m.type == "Person" for m in mentions):
        _pronoun_represents(ctx, sentence, mentions)
    if not any(m.type == "Person" for m in mentions):
        return  # the cues below are about persons
    if "toe" in sentence.text and ctx.has_cue(_ENTER, sentence):
        _entered(ctx, sentence, mentions)
    _on_behalf(ctx, sentence, mentions)
    if "amens" in sentence.text or "ertegenwoordig" in sentence.text:
        _represents(ctx, sentence, mentions)
    if "vertegenwoordigd door" in sentence.text:
        _represented_by(ctx, sentence, mentions)
    if _AS_ROLE.match(ctx.text, sentence.start, sentence.end):
        _fronted_role(ctx, sentence, mentions)
    if "ecretariaat" in sentence.text and ctx.has_cue(_SECRETARIAT, sentence):
        _secretariat(ctx, sentence, mentions)


#: joining a body's table, the clause ending in the particle: "Ook ProRail en Windesheim schuiven aan."
_JOINS_THE_TABLE = re.compile(r"\b(?:schuift|schuiven|schoof|schoven)\s+(?:(?:ook|regelmatig|voortaan|als\s+\w+)\s+)*"
                              r"aan\s*[.;]")
_NOT = re.compile(r"\b(?:niet|geen|nooit)\b")
#: a relative clause between commas: ", die een nieuwe campus wil bouwen,"
_RELATIVE = re.compile(r",\s*(?:die|dat|waar)\s[^,]*,")


def _joins_the_table(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het project wordt geleid door een stuurgroep Spoorzone. Ook ProRail en Windesheim, die …, schuiven
    aan.": the actors before the verb (not those of a relative clause) take part in the one unit the
    sentence before names (none at an event: who joins one is read by :mod:`graph.extract.participation`).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Er is een stuurgroep Spoorzone. Ook de VNG schuift aan."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('VNG', 'stuurgroep Spoorzone')]
    """
    if any(m.type == "Event" for m in mentions) or _NOT.search(sentence.text):
        return
    unit = one_named_before(ctx, sentence, types=("OrganisationalUnit", "Event"))
    if unit is None or unit.type != "OrganisationalUnit":
        return
    for match in ctx.asserted_cues(_JOINS_THE_TABLE, sentence):
        inside = [span.span() for span in _RELATIVE.finditer(ctx.text, sentence.start, match.start())]
        for m in mentions:
            if m.end <= match.start() and m.type in ACTORS and not any(a <= m.start < b for a, b in inside):
                ctx.add(m, "participatesIn", unit, sentence, "membership.schuift-aan", 0.65)


#: a person who sits in a body: "zat (namens de G40) (ook) in (de) <unit>"; the subject may follow the
#: verb ("Ook zat zij in …", "Namens de G40 zat Brinkhuis in …")
_SITS_IN = re.compile(r"\b(?:zit|zat)\s+(?:(?P<pronoun>zij|hij|ze|ik)\s+)?"
                      r"(?:(?:namens\s+(?:de\s+|het\s+)?[\w-]+|ook|al|nog|zelf|sinds\s+\S+|vanaf\s+\S+|"
                      r"jarenlang|(?:een|twee|drie|vier|vijf|\d{1,2})\s+jaar|[A-ZÀ-Ý][\w'-]*|en(?=\s+[A-ZÀ-Ý]))\s+)*in\s+"
                      # a board named by its kind: "in het algemeen bestuur van (de) X" (X's board: X)
                      r"(?P<board>(?:het\s+)?(?:algemeen\s+|dagelijks\s+)?bestuur\s+van\s+(?:de\s+|het\s+)?)?")
_BOARD_HOLDERS = frozenset({"Organisation", "OrganisationalUnit"})
#: between a board's kind word and its owner's name: "(bestuur) van de (G40)"
_BOARD_OWNER_GLUE = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")


#: words a unit's name does not end in
_TRAILING_WORDS = frozenset({"voor", "van", "bij", "met", "in", "op", "namens"})


def _sits_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"X zat namens de G40 in de stuurgroep van Y", "Zij …, en zat in de taskforce", "Daarnaast zat X in het
    algemeen bestuur van de MRDH": the person (named after the verb, else the last one named before it,
    else the sentence's opening pronoun's) takes part in the unit (or the organisation whose board it is).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Smit zat namens de G40 in de werkgroep Dakloosheid.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn" and r.subject.type == "Person"]
    [('Eva Smit', 'werkgroep Dakloosheid')]
    """
    _sits_in_after_apposition(ctx, sentence, mentions)
    _sits_in_relative(ctx, sentence, mentions)
    for match in ctx.asserted_cues(_SITS_IN, sentence):
        unit = _body_sat_in(ctx, match, mentions)
        if unit is None or unit.label.split()[-1] in _TRAILING_WORDS:
            continue  # "zit in de Themagroep Wonen voor Breda": a name run into "voor" is no name to trust
        if match.group("pronoun") == "ik" or _I_BEFORE.search(ctx.text, sentence.start, match.start()):
            person = sender_at(ctx, sentence.start)  # "Ik zit zelf in de voorbereidingsgroep" in a mail: its sender
            _sitting_with(ctx, sentence, unit, person)
        elif match.group("pronoun"):
            person = subject_antecedent(ctx, sentence)  # whom the sentences before are about
        else:
            before = [m for m in mentions if m.type == "Person" and m.end <= match.start()]
            inverted = [m for m in mentions if m.type == "Person" and match.start() < m.start < match.end()]
            person = inverted[0] if inverted else before[-1] if before else ctx.pronoun_person(sentence)
        if person is not None:
            ctx.add(person, "participatesIn", unit, sentence, "membership.zat-in", 0.7)


#: the verb before its subject: "(Namens de ministeries) zit X, directeur bij SZW, in de stuurgroep"
_SIT_VERB = re.compile(r"\b(?:zit|zat)\s+")
#: after the subject: an apposition, then "in" and the body ("…, in (het algemeen bestuur van) de stuurgroep")
_APPOSITION_IN = re.compile(r"\s*,\s*[^,;.()]{1,80}?,\s*(?:ook\s+)?in\s+"
                            r"(?P<board>(?:het\s+)?(?:algemeen\s+|dagelijks\s+)?bestuur\s+van\s+(?:de\s+|het\s+)?)?")


def _sits_in_after_apposition(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Namens de ministeries zit Michiel de Wit, directeur bij SZW, in de stuurgroep": the person right
    after the verb, with an apposition between them and "in", takes part in the body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Namens SZW zit Eva Smit, directeur Werk, in de werkgroep Dakloosheid.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Eva Smit', 'werkgroep Dakloosheid')]
    """
    for match in ctx.asserted_cues(_SIT_VERB, sentence):
        person = next((m for m in mentions if m.type == "Person" and m.start == match.end()), None)
        after = _APPOSITION_IN.match(ctx.text, person.end, sentence.end) if person is not None else None
        unit = _body_at(ctx, after.end(), bool(after.group("board")), mentions) if after is not None else None
        if unit is not None and unit.label.split()[-1] not in _TRAILING_WORDS:
            ctx.add(person, "participatesIn", unit, sentence, "membership.zat-in", 0.7)


#: a relative clause with the verb last: ", die (namens de G40) (sinds 2024) in de <body> … zit" (the body at its end)
_RELATIVE_SITS = re.compile(r",\s*die\s+(?:(?:namens\s+(?:de\s+|het\s+)?[\w-]+|ook|al|nog|zelf|(?:sinds|vanaf|tot)\s+\S+)\s+)*"
                            r"in\s+")
#: the end of that clause: the body's complement ("van de City Deal X"), then the verb of sitting
_SITS_LAST = re.compile(r"[^,;:()]{0,80}?\s(?:zit|zat|zitten|zaten)\s*(?:[,.;]|$)")


def _sits_in_relative(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"wethouder X van Ede, die namens de G40 in de stuurgroep van de City Deal Y zit": the person the relative
    clause follows takes part in the body (walkthrough 28, finding 12; the one sat for: :mod:`graph.extract.sitting_for`).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Dat zegt wethouder Eva Smit van Ede, die namens de G40 in de stuurgroep van de City Deal Zon zit."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "participatesIn" and r.subject.type == "Person"]
    [('Eva Smit', 'de stuurgroep')]
    """
    for match in ctx.cues(_RELATIVE_SITS, sentence):
        unit = next((m for m in mentions if m.type == "OrganisationalUnit" and m.start >= match.end()
                     and re.fullmatch(r"(?:(?:de|het)\s+)?", ctx.text[match.end():m.start])), None)
        before = [m for m in mentions if m.end <= match.start()]
        person = next((m for m in reversed(before) if m.type == "Person"), None)
        if unit is None or person is None or not _SITS_LAST.match(ctx.text, unit.end, sentence.end) \
                or any(m.type == "Person" for m in before[before.index(person) + 1:]) \
                or not re.fullmatch(r"(?:\s+(?:van|uit)\s+(?:de\s+gemeente\s+)?\S+?)?", ctx.text[person.end:match.start()]) \
                or not ctx.asserted(sentence, match.start(), unit.end):
            continue
        ctx.add(person, "participatesIn", unit, sentence, "membership.zit-in-relatief", 0.7)


#: "ik" right before "zit": the writer sits in the body
_I_BEFORE = re.compile(r"\b[Ii]k\s+$")
#: those who sit in it too: "(in de voorbereidingsgroep), samen met jou en Mark"
_WITH_OTHERS = re.compile(r"\s*,?\s*samen\s+met\s+")
_YOU = re.compile(r"(?:jou|jullie|je|u)\b")
_AND = re.compile(r"\s*(?:,|en|,\s*en)\s+")


def _sitting_with(ctx: DocContext, sentence: Sentence, unit: Mention, writer: Mention | None) -> None:
    """"Ik zit in de voorbereidingsgroep, samen met jou en Mark" (in a mail): the writer, its addressee
    ("jou") and each person named take part in the body."""
    if writer is None:
        return
    with_others = _WITH_OTHERS.match(ctx.text, unit.end, sentence.end)
    at = with_others.end() if with_others else None
    persons = {m.start: m for m in ctx.in_sentence(sentence) if m.type == "Person"}
    while at is not None:
        you = _YOU.match(ctx.text, at, sentence.end)
        other = addressee_at(ctx, sentence.start) if you else persons.get(at)
        if other is None:
            break
        ctx.add(other, "participatesIn", unit, sentence, "membership.zit-in-samen-met", 0.7)
        joined = _AND.match(ctx.text, you.end() if you else other.end, sentence.end)
        at = joined.end() if joined else None


def _body_sat_in(ctx: DocContext, match: re.Match, mentions: list[Mention]) -> Mention | None:
    """The body named right after the cue ``match`` of :data:`_SITS_IN`: a unit (after "de"/"het"), the
    organisation whose board the cue names, or the unit an organisation's name opens ("de VNG-commissie X")."""
    return _body_at(ctx, match.end(), bool(match.group("board")), mentions)


def _body_at(ctx: DocContext, at: int, board: bool, mentions: list[Mention]) -> Mention | None:
    """The body named at ``at`` (see :func:`_body_sat_in`); ``board``: the text names a board of it."""
    if board:  # "zat namens Zoetermeer in het algemeen bestuur van de MRDH"
        # the network's board, a unit of its own ("in het algemeen bestuur van de G40", see boards.py; 44e)
        body = next((m for m in mentions if m.rule == BOARD_RULE and m.end < at
                     and _BOARD_OWNER_GLUE.fullmatch(ctx.text, m.end, at)), None) \
            or next((m for m in mentions if m.start == at and m.type in _BOARD_HOLDERS), None)
    else:
        body = next((m for m in mentions if m.type == "OrganisationalUnit" and m.start >= at
                     and re.fullmatch(r"(?:(?:de|het)\s+)?", ctx.text[at:m.start])), None)
    if body is None:  # "in de VNG-commissie X": the body of the organisation its name opens with
        owner = next((m for m in mentions if m.type == "Organisation" and m.start >= at
                      and re.fullmatch(r"(?:(?:de|het)\s+)?", ctx.text[at:m.start])), None)
        body = owner and next((m for m in mentions if m.type == "OrganisationalUnit"
                               and 0 <= m.start - owner.end <= 1), None)
    return body


def _members_listed(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"In de taskforce zitten verder X (Helmond), wethouder Y en Z": each takes part in the unit;
    "In de Regio Deal Twente werken Enschede en Hengelo samen": both take part in the deal (which
    says they work together inside it, not that one is the other's partner)."""
    if not _OPENS_WITH_IN.match(ctx.text, sentence.start):
        return  # most sentences: no scan of their mentions
    start = ctx.content_start(sentence)
    holder = next((m for m in mentions if m.type in HOLDERS), None)
    if holder is None or not _FRONTED_IN.fullmatch(ctx.text, start, holder.start):
        return
    verb = _SIT.match(ctx.text, holder.end, sentence.end)
    rule, types = "membership.zitten-in", ACTORS | {"Person"}
    if verb is None:
        holder = _programme_of(ctx, holder, mentions)
        verb = _WORK_TOGETHER.match(ctx.text, holder.end, sentence.end)
        rule, types = "membership.samen-in", ACTORS
    if verb is None or not ctx.asserted(sentence, start, verb.end()):
        return
    unnamed = _PLURAL_SUBJECT.match(ctx.text, verb.end()) if rule == "membership.samen-in" else None
    together = _TOGETHER_AFTER.match(ctx.text, unnamed.end()) if unnamed is not None else None
    members = ctx.list_after(verb.end(), sentence.end, types=types) if together is None else []
    if rule == "membership.samen-in":
        together = together or _TOGETHER_AFTER.match(ctx.text, members[-1].end if members else 0)
        if together is None:
            return  # "werken X en Y samen": the particle closes the subject
        members += _partners_with(ctx, sentence, together.end())
    for member in members:
        ctx.add(member, "participatesIn", holder, sentence, rule, 0.75)


def _programme_of(ctx: DocContext, holder: Mention, mentions: list[Mention]) -> Mention:
    """The programme whose body ``holder`` is, when the text names it right after ("de stuurgroep van de
    Regio Deal X"), else ``holder``: who work together in a programme's stuurgroep take part in the programme."""
    of = _OF_PROGRAMME.match(ctx.text, holder.end) if holder.type == "OrganisationalUnit" else None
    programme = next((m for m in mentions if of is not None and m.start == of.end()), None)
    return programme if programme is not None and programme.type == "Programme" else holder


def _partners_with(ctx: DocContext, sentence: Sentence, at: int) -> list[Mention]:
    """The actors "samen" is "met" at ``at`` ("In de Regio Deal X werkt Ede samen met A en B"): they
    work in the programme as well (round 43i)."""
    with_ = _WITH.match(ctx.text, at, sentence.end)
    return ctx.list_after(with_.end(), sentence.end, types=ACTORS) if with_ is not None else []


def _entered(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"X, wethouder in Ede, is toegetreden tot de werkgroep Schulden": X takes part in it."""
    for match in ctx.asserted_cues(_ENTER, sentence):
        unit = next((m for m in mentions if m.start >= match.end()), None)
        if unit is None or unit.type not in HOLDERS or unit.start - match.end() > 12:
            continue
        subject = ctx.subject(sentence, match.start(), types={"Person"}, persons=True) or ctx.pronoun_person(sentence)
        clause = reported_clause_start(ctx.text, subject.end, match.start()) if subject is not None else 0
        if subject is not None and clause > subject.end and not _HE_SHE.match(ctx.text, clause):
            continue  # "X meldt dat Breda is toegetreden tot …": X only reports it (not "… dat zij is toegetreden")
        if subject is not None:
            ctx.add(subject, "participatesIn", unit, sentence, "membership.toegetreden", 0.75)


def _on_behalf(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Namens het ministerie neemt directeur-generaal mr. X deel": X has that role at the
    ministry (without a role word: works there) and takes part in the unit the text is about."""
    text = ctx.text
    opening = _ON_BEHALF.match(text, sentence.start, sentence.end)
    if opening is None:
        return
    actors = [m for m in mentions if m.start >= opening.end() and m.type in ACTORS
              and re.fullmatch(r"(?:(?:de|het)\s+)?", text[opening.end():m.start])]
    verb = _TAKES_PART.match(text, actors[0].end, sentence.end) if actors else None
    if verb is None:
        return
    role = role_pattern().match(text, verb.end())
    titles = _TITLES.match(text, role.end() if role else verb.end())
    person = next((m for m in mentions if m.type == "Person" and m.start >= titles.end()), None)
    if person is None or person.start != _skip_space(text, titles.end()):
        return
    if not re.match(r"\s*(?:\([^()]{0,60}\)\s*)?deel\b", text[person.end:sentence.end]) or \
            not ctx.asserted(sentence, opening.start(), person.end):
        return
    role_word = role_of(role.group(0)) if role else None
    if role_word is not None:
        ctx.add(person, "hasRole", actors[0], sentence, "membership.namens", 0.7, role=role_word.label)
    else:
        ctx.add(person, "affiliatedWith", actors[0], sentence, "membership.namens", 0.7)
    unit = next((m for m in mentions if m.type in HOLDERS), None) or ctx.context_unit(sentence.start)
    if unit is not None:
        ctx.add(person, "participatesIn", unit, sentence, "membership.namens", 0.7)


#: a person speaking for an actor: "X, namens Tilburg, …", "X (namens BZK)", "X vertegenwoordigt Tilburg (in Y)"
#: (a date between the verb and the actor: "vertegenwoordigt sinds 1 maart 2026 Leeuwarden in de stuurgroep",
#: walkthrough 38, finding 6)
_FOR_ACTOR = re.compile(r"\s*(?P<open>[,(])\s*namens\s+(?:de\s+|het\s+)?|\s+(?:vertegenwoordigt|vertegenwoordigde)\s+"
                        r"(?:(?:al|ook|nu|(?:sinds|per|vanaf)\s+\d{1,2}\s+[a-z]+\s+\d{4}|sinds\s+\S+)\s+)?"
                        r"(?:de\s+|het\s+)?")
#: what closes the apposition after the actor, or where the representation takes place
_FOR_ACTOR_END = {",": re.compile(r"\s*,"), "(": re.compile(r"\s*\)")}
_REPRESENTS_IN = re.compile(r"\s+(?:in|bij|aan)\s+(?P<article>(?:de\s+|het\s+)?)")


def _represents(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"X, namens Tilburg, sprak …", "X (namens BZK)": X works for that actor (affiliatedWith); "X
    vertegenwoordigt Tilburg in de themagroep Y": also, X takes part in Y."""
    text = ctx.text
    for k, person in enumerate(mentions):
        if person.type != "Person":
            continue
        match = _FOR_ACTOR.match(text, person.end, sentence.end)
        actor = next((m for m in mentions[k + 1:] if match and m.start >= match.end()), None)
        if actor is None or actor.start != match.end() or actor.type not in ACTORS or actor.type == "OrganisationalUnit" \
                or not ctx.asserted(sentence, person.start, actor.end):
            continue
        opening = match.group("open")
        if opening is not None and not _FOR_ACTOR_END[opening].match(text, actor.end, sentence.end):
            continue  # "X, namens Tilburg en Breda, …": only an apposition that closes after the actor
        ctx.add(person, "affiliatedWith", actor, sentence, "membership.namens-apposition", 0.7)
        if opening is None:
            _represented_in(ctx, sentence, mentions, person, actor)
    if "vertegenwoordigde" in sentence.text or "vertegenwoordigt" in sentence.text:
        for k, person in enumerate(mentions[:-1]):
            # the verb before its subject after a fronted phrase: "Tot 2022 vertegenwoordigde (oud-wethouder) X
            # Ede in de pijler Y": X took part in Y
            actor = mentions[k + 1]
            if person.type == "Person" and actor.type in ACTORS and actor.type != "OrganisationalUnit" \
                    and _VERB_FIRST.search(text, max(sentence.start, person.start - 40), person.start) \
                    and re.fullmatch(r"\s+(?:de\s+|het\s+)?", text[person.end:actor.start]) \
                    and ctx.asserted(sentence, person.start, actor.end):
                _represented_in(ctx, sentence, mentions, person, actor)


#: a pronoun subject of representing and the verb: "Zij vertegenwoordigt ", after a fronted phrase "Sinds 2023
#: vertegenwoordigt hij " (the verb in its own group, for :meth:`DocContext.inverted_pronoun_subject`)
_PRONOUN_REPRESENTS = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:vertegenwoordigt|vertegenwoordigde)\s+")
_REPRESENTS_PRONOUN = re.compile(r"\s*(?:[\w-]+\s+){1,4}?(?P<verb>vertegenwoordigt|vertegenwoordigde)(?=\s+(?:hij|zij|ze)\s)")
_PRONOUN_AFTER = re.compile(r"\s+(?:hij|zij|ze)\s+")
_REPRESENTED_ACTOR = re.compile(r"(?:(?:al|ook|nu|sinds\s+\S+)\s+)?(?:de\s+|het\s+)?")


def _pronoun_represents(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Zij vertegenwoordigt Tilburg in de themagroep Y", "Sinds 2023 vertegenwoordigt hij de VNG in Y" after a
    sentence about one person: that person works for the actor and takes part in Y, as when named
    (:func:`_represents`). The pronoun stands for whom :meth:`DocContext.pronoun_subject` finds (the one person of
    the sentence before, in the same paragraph); none when that sentence names two (round 58c).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Eva Smit opende de dag. Zij vertegenwoordigt Ede in de pijler Sociaal."
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule.startswith("membership."))
    [('Eva Smit', 'affiliatedWith', 'Ede'), ('Eva Smit', 'participatesIn', 'pijler Sociaal')]
    """
    start = ctx.content_start(sentence)
    opening = _PRONOUN_REPRESENTS.match(ctx.text, start, sentence.end)
    if opening is not None:
        person, verb_end = ctx.pronoun_subject(sentence)[1], opening.end()
    else:
        fronted = _REPRESENTS_PRONOUN.match(ctx.text, start, sentence.end)
        if fronted is None:
            return
        verb = re.compile(re.escape(fronted.group("verb"))).match(ctx.text, fronted.start("verb"))
        person = ctx.inverted_pronoun_subject(sentence, verb)[1]
        verb_end = _PRONOUN_AFTER.match(ctx.text, verb.end()).end()
    if person is None:
        return
    at = _REPRESENTED_ACTOR.match(ctx.text, verb_end).end()
    actor = next((m for m in mentions if m.start == at), None)
    if actor is None or actor.type not in ACTORS or actor.type == "OrganisationalUnit" \
            or not ctx.asserted(sentence, start, actor.end):
        return
    ctx.add(person, "affiliatedWith", actor, sentence, "membership.pronoun-vertegenwoordigt", 0.7)
    _represented_in(ctx, sentence, mentions, person, actor)


#: the verb of representing right before its subject (and the subject's role word): "vertegenwoordigde oud-wethouder "
_VERB_FIRST = re.compile(r"\b(?:vertegenwoordigt|vertegenwoordigde)\s+(?:(?:oud-|voormalig\s+)?[a-z][\w-]*\s+)?$")


def _represented_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention], person: Mention, actor: Mention) -> None:
    """The unit, programme or event after "(X vertegenwoordigt Tilburg) in (de)": X takes part in it (a unit
    its network's name prefixes counts: "in de G40 pijler Y"; a body named by its kind with the article,
    "in de stuurgroep (van de City Deal Y)", as well: round 58c)."""
    where = _REPRESENTS_IN.match(ctx.text, actor.end, sentence.end)
    after = [m for m in mentions if where and m.start >= where.start("article")]
    unit = after[0] if after and after[0].start in (where.start("article"), where.end()) else None
    if unit is not None and unit.type == "Organisation" and len(after) > 1 and after[1].type == "OrganisationalUnit" \
            and after[1].start - unit.end <= 1:
        unit = after[1]  # "in de G40 pijler Economie en Werk": the pijler
    if unit is not None and unit.type in HOLDERS | {"Event"}:
        ctx.add(person, "participatesIn", unit, sentence, "membership.vertegenwoordigt", 0.7)


#: "<actor> wordt (in de stuurgroep) vertegenwoordigd door (wethouder/de directeur) ", the body also after the
#: participle ("is vertegenwoordigd in de klankbordgroep door X"), an adverb or a start before it ("is ambtelijk
#: vertegenwoordigd door", "wordt Alphen sinds mei 2023 vertegenwoordigd door")
_REPRESENTED_BY = re.compile(r"\s+(?:(?:wordt|werd|worden|werden|is|was|zijn|waren)\s+)?" + REPRESENTED_HOW
                             + r"(?P<where>(?:in|bij|op)\s+[^,;:]{2,60}?\s+)?" + REPRESENTED_HOW
                             + r"vertegenwoordigd\s+(?:(?:in|bij|op)\s+[^,;:]{2,60}?\s+)?"
                             r"door\s+(?:(?:de|het|haar|zijn|hun)\s+)?(?:[a-z][\w-]*\s+){0,2}?$")
#: the body a relative clause's "waarin" stands for, right before it: "de Twente Board, waarin Hengelo is vertegenwoordigd"
_WHEREIN = re.compile(r"\s*,\s*(?:waarin|waarbij)\s+")
_WHEREIN_BODIES = HOLDERS | {"Event", "Organisation"}


def _represented_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De VNG wordt vertegenwoordigd door X", "In de stuurgroep wordt Gelderland vertegenwoordigd door
    gedeputeerde Y": the person works for that actor (affiliatedWith; a role word before the name gives
    the role instead, see :func:`graph.extract.affiliations.represented_by`) and takes part in the unit,
    programme or event of the sentence, when it names one ("Namens de G40 zit X in de stuurgroep; de VNG
    wordt vertegenwoordigd door Y").

    Examples
    --------
    (see tests/test_extract_round27c.py::test_a_person_representing_an_actor_works_for_it_and_sits_in_the_body)
    """
    text = ctx.text
    for k, actor in enumerate(mentions):
        if actor.type not in ACTORS or actor.type == "OrganisationalUnit":
            continue
        person = next((m for m in mentions[k + 1:] if m.type == "Person"), None)
        match = _REPRESENTED_BY.fullmatch(text, actor.end, person.start) if person is not None else None
        if match is None or not ctx.asserted(sentence, actor.start, person.end):
            continue
        persons = [person] + [m for m in ctx.list_after(person.end, sentence.end, types={"Person"})]
        role_word = role_of(text[actor.end:person.start].split()[-1])  # "… door gedeputeerde X": a role, not only work
        # the body the sentence places them in, before the person: not one an apposition after them names
        # ("…, programmamanager bij het G40-bureau")
        bodies = [m for m in mentions if m.type in HOLDERS | {"Event"} and m.end <= person.start]
        if k and mentions[k - 1].type in _WHEREIN_BODIES and _WHEREIN.fullmatch(text, mentions[k - 1].end, actor.start):
            bodies = [mentions[k - 1]]  # "de Twente Board, waarin Hengelo is vertegenwoordigd door X": X sits in it
        for p in persons:
            if role_word is None:
                ctx.add(p, "affiliatedWith", actor, sentence, "membership.vertegenwoordigd-door", 0.7)
            if len(bodies) == 1:
                ctx.add(p, "participatesIn", bodies[0], sentence, "membership.vertegenwoordigd-door", 0.7)


#: a sentence that opens with the role its subject acts in: "Als (nieuwe) voorzitter van de themagroep Y opende X …"
_AS_ROLE = re.compile(r"\s*Als\s+(?:(?:nieuwe|kersverse|huidige)\s+)?")
_ROLE_OF = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
#: between the body and the subject: the finite verb (a comma may come first), at most a role word or title
_VERB_THEN_SUBJECT = re.compile(r"\s*,?\s*[a-z]+\s+(?:(?:de|het)\s+)?(?:[a-z][\w-]*\s+)?")
_ROLE_BODIES = frozenset({"OrganisationalUnit", "Programme", "Organisation", "Municipality", "Ministry", "Province"})


def _fronted_role(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Als voorzitter van de themagroep Y opende X de bijeenkomst": X has that role of Y (the subject
    right after the finite verb: Dutch puts the verb second after a fronted phrase)."""
    text = ctx.text
    opening = _AS_ROLE.match(text, sentence.start, sentence.end)
    role = role_pattern().match(text, opening.end())
    of = _ROLE_OF.match(text, role.end(), sentence.end) if role else None
    body = next((m for m in mentions if of and m.start == of.end()), None)
    if body is None or body.type not in _ROLE_BODIES:
        return
    person = next((m for m in mentions if m.start >= body.end), None)
    role_word = role_of(role.group(0))
    if person is None or person.type != "Person" or role_word is None \
            or not _VERB_THEN_SUBJECT.fullmatch(text, body.end, person.start) \
            or not ctx.asserted(sentence, sentence.start, person.end):
        return
    ctx.add(person, "hasRole", body, sentence, "membership.als-rol-van", 0.7, role=role_word.label)


def _secretariat(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het secretariaat van de pijler blijft in handen van drs. X van de VNG", "Het pijler-
    secretariaat lag ook dit jaar bij X": X is secretaris of that unit (named, or the one the text
    is about)."""
    text = ctx.text
    for cue in ctx.asserted_cues(_SECRETARIAT, sentence):
        of_unit = re.match(r"\s+van\s+", text[cue.end():sentence.end])
        unit = next((m for m in mentions if m.type in HOLDERS and m.start >= cue.end()), None) if of_unit else None
        after = unit.end if unit is not None else cue.end()
        held = _SECRETARIAT_HELD.match(text, after, sentence.end)
        if held is None:
            continue
        titles = _TITLES.match(text, held.end())
        person = next((m for m in mentions if m.type == "Person" and m.start >= titles.end()), None)
        if person is None or person.start != _skip_space(text, titles.end()):
            continue
        unit = unit or ctx.context_unit(cue.start())
        if unit is not None and (cue.group(1) is None or unit.kind in (None, cue.group(1).lower())):
            ctx.add(person, "hasRole", unit, sentence, "membership.secretariaat", 0.7, role="secretaris")


def _skip_space(text: str, offset: int) -> int:
    """The first offset at or after ``offset`` that is not white space."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset
