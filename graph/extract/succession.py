"""Who succeeded whom, and the roles passed on with it: the ``succeeded`` predicate.

==========================================================  ======================================
cue                                                         example
==========================================================  ======================================
"eerst was dat X, later Y"                                  Y succeeded X (and the role before)
"Y volgt X op", "X wordt opgevolgd door Y", "Y vervangt X",  Y succeeded X
"Y ter vervanging van X", "Y, als opvolger van (de heer) X"
"Zij wordt opgevolgd door Y", "Haar taak is overgenomen     Y succeeded the person named before
door Y", "Haar opvolger is Y", "Zij volgt X op"              (a pronoun, or "Zij" once more)
"Haar voorganger X gaat met pensioen"                       the person named before succeeded X
"X was vicevoorzitter; haar taak is overgenomen door Y"     in a later clause of the same sentence
"Per 1 mei volgt Y (Breda) X op"                            the verb before both names
==========================================================  ======================================

A successor takes over the roles the one succeeded held of a unit, programme or organisation as
stated since that person was named, from the day after they left; "volgt in die functie X op"
gives X the successor's role, in the past. The one role of such a holder the successor is given
in the sentence or the one before ("De pijler benoemt Y tot vicevoorzitter. Zij volgt X op") was
X's before. The day the clause of the succession names ("Zij volgde in september 2022 X op", "Y
volgt per 1 maart X op", "…, die per 1 april vertrekt") starts the successor's role and the
succession, and ends X's role the day before.

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Per 1 mei volgt Anna Kroes (Breda) Bram Wit op.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
[('Anna Kroes', 'Bram Wit')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .antecedents import object_antecedent
from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date, day_after, day_before, last_day_in, leaving
from .roles import role_of, role_pattern

__all__ = ["find_succession", "add_succession"]

_FIRST_LATER = re.compile(r"\beerst\s+(?:was\s+(?:dat|het)\s+|was\s+)?$", re.IGNORECASE)
_SUCCESSION = (
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{0,80},\s*)?(?:volgt|volgde|volgen)\s+(?:\w+\s+){0,5}?$"),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?op\b"), "forward"),  # Y volgt X op
    (re.compile(r"^\s*(?:wordt|werd|is)\s+(?:per\s+\S+\s+)?(?:als\s+[\w-]+\s+)?opgevolgd\s+door\s+$", re.IGNORECASE),
     None, "backward"),  # "X wordt (als wethouder) opgevolgd door Y"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam)\s+(?:\w+\s+){0,3}?het\s+stokje\s+over\s+van\s+$",
                re.IGNORECASE), None, "forward"),
    (re.compile(r"^\s*,?\s*(?:ter\s+vervanging\s+van|(?:de\s+)?opvolger\s+van|als\s+opvolger\s+van)\s+$", re.IGNORECASE),
     None, "forward"),
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:vervangt|verving)\s+$", re.IGNORECASE), None, "forward"),  # Y vervangt X
    # "Y is (de nieuwe) opvolger van X", "Y werd als opvolger van X benoemd"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:is|was|wordt|werd)\s+(?:(?:(?:per|sinds|vanaf)\s+(?:\d{1,2}\s+)?\S+|de|als|nieuwe)\s+){0,3}"
                r"(?:opvolger|opvolgster)\s+van\s+(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?$", re.IGNORECASE), None, "forward"),
    # "Y neemt de plaats in van X"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam)\s+(?:\w+\s+){0,3}?(?:de|zijn|haar)\s+plaats\s+in\s+van\s+$",
                re.IGNORECASE), None, "forward"),
    # a relative clause ("heet Y welkom, die …"): "Y, die (namens Almere) de plaats inneemt van X", "…, die het stokje overneemt van X"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:welkom\s*)?,\s*die\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,4}?"
                r"(?:(?:de|zijn|haar)\s+plaats\s+(?:inneemt|innam|heeft\s+ingenomen)|"
                r"het\s+stokje\s+(?:overneemt|overnam|heeft\s+overgenomen))\s+van\s+$", re.IGNORECASE), None, "forward"),
    # the verb last in a relative clause: "Y, die (per 1 mei) X vervangt"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:welkom\s*)?,\s*die\s+(?:(?:per|sinds|vanaf|in|namens)\s+[\w ]{1,25}?\s+)?$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:vervangt|verving|heeft\s+vervangen)\b", re.IGNORECASE), "forward"),
    # the perfect: "Y heeft/is X (in 2023) opgevolgd"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:heeft|had|is|was)\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|in|sinds|vanaf|op)\s+[\w ]{1,25}?\s+)?"
                r"(?:als\s+\w+\s+)?opgevolgd\b(?!\s+door\b)", re.IGNORECASE), "forward"),
    # the verb last, in a relative or subordinate clause: "Y, die X (per 1 mei) opvolgt, …"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?,\s*die\s+$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|in|sinds|vanaf|op)\s+[\w ]{1,25}?\s+)?"
                r"(?:als\s+\w+\s+)?(?:opvolgt|opvolgde|heeft\s+opgevolgd)\b", re.IGNORECASE), "forward"),
)
#: what one hands over: "haar taak", "zijn werkzaamheden", "het trekkerschap"
_TASK = r"(?:taak|taken|rol|functie|plaats|zetel|werkzaamheden|portefeuille|stokje|\w+schap)"
#: a description before the one succeeded: "de Goudse wethouder", "haar Asser collega" (a possessive, a
#: place adjective in -se or -er, then at most two words in lower case)
_DESCRIBED = r"(?:(?:de|het|haar|zijn|hun)\s+)?(?:[A-Z][\w'-]*(?:se|er)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
#: the task of the person named before: "Haar taak", "Zijn rol", and "Die rol" / "Deze functie"
_POSSESSIVE_OPENING = re.compile(r"\s*(?:Zijn|Haar|(?:Die|Deze)\s+" + _TASK + r")\s")
#: a pronoun subject ("Zij …") and the person after: who succeeded whom
_PRONOUN_SUCCESSION = (
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:wordt|werd|is)\s+(?:\w+\s+){0,3}?opgevolgd\s+door\s+"), "backward"),
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:vervangt|verving)\s+(?:\w+\s+){0,2}?"), "forward"),
    # "Haar rol (als trekker van de themagroep X) wordt overgenomen door Y"
    (re.compile(r"\s*(?:Zijn|Haar|Die|Deze)\s+" + _TASK + r"\s+(?:als\s+[^,;:.()]{1,90}?\s+|"
                r"[A-Z][\w-]*(?:\s+(?:en\s+)?[A-Z][\w-]*){0,3}\s+)?"  # "Zijn portefeuille Economie (en Werk) is …"
                r"(?:wordt|werd|is|worden|werden|zijn)\s+(?:\w+\s+){0,3}?(?:overgenomen|ingenomen)\s+door\s+"), "backward"),
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)\s+(?:is|wordt|was|werd)\s+(?:\w+\s+){0,2}?"), "backward"),
    # "Haar voorganger Henk Brouwer gaat met pensioen", "Zijn voorganger was X": the one named before succeeded X
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:voorganger|voorgangster)\s+(?:(?:is|was)\s+)?(?:(?:de\s+heer|mevrouw|burgemeester|wethouder)\s+)?"),
     "forward"),
    # "Hij heeft dat stokje (in maart) overgedragen aan Y", "Zij droeg haar taken over aan Y"
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:(?:heeft|had|draagt|droeg)\s+)?(?:\w+\s+){0,3}?(?:het|dat|die|deze|zijn|haar)\s+"
                + _TASK + r"\s+(?:[\w-]+\s+){0,3}?(?:overgedragen\s+aan|over\s+aan)\s+" + _DESCRIBED), "backward"),
)
#: "Zij volgt …", "Hij is sinds mei directeur bij EZK en volgt in die functie …" (before the one succeeded)
_PRONOUN_FOLLOWS = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:[^,;]*?\ben\s+)?(?:volgt|volgde)\s+(?:\w+\s+){0,3}?")
#: the successor's role is the one succeeded's: "volgt in die functie X op", "als opvolger van X"
_IN_THAT_ROLE = re.compile(r"\bin\s+(?:die|deze|dezelfde)\s+(?:functie|rol|hoedanigheid)\b", re.IGNORECASE)
#: "…, als opvolger van (de heer) X": the successor is the person named before in the sentence
_AS_SUCCESSOR = re.compile(r",\s*(?:als\s+)?(?:opvolger|opvolgster)\s+van\s+(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?")
#: "Na haar vertrek … heeft Y het trekkerschap overgenomen": Y succeeded her
_TOOK_OVER = re.compile(r"\b(?:heeft|hebben|had)\s+[^.;]{0,60}?\b(?:het|de|haar|zijn)\s+" + _TASK
                        + r"\s+(?:\w+\s+){0,2}?overgenomen\b|\b(?:nam|neemt)\s+[^.;]{0,60}?\b(?:het|de|haar|zijn)\s+"
                        + _TASK + r"\s+(?:\w+\s+){0,2}?over\b")
#: "Y heeft het stokje van hem overgenomen": the one succeeded is the person named before
_FROM_PRONOUN = re.compile(r"\b(?:het|de|zijn|haar)\s+" + _TASK + r"\s+van\s+(?:hem|haar)\s+(?:\w+\s+){0,2}?"
                           r"(?:overgenomen|overnemen|over)\b")
#: "X, die de themagroep sinds 2022 trekt als opvolger van Y": the relative clause of X says whom X succeeded
_RELATIVE_SUCCESSOR = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*die\s+[^,;()]{0,80}?\bals\s+(?:opvolger|opvolgster)\s+van\s+"
                                 r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?")
_HER_DEPARTURE = re.compile(r"\s*Na\s+(?:zijn|haar)\s+(?:vertrek|afscheid|overstap|overlijden|pensionering)\b")
#: "Per 1 november volgt A (Breda) B op": the finite verb before both names, after an opening adverbial
_VERB_BEFORE_BOTH = re.compile(r"\b(?:volgt|volgde)\s+$", re.IGNORECASE)
_BRACKET_ONLY = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?")


#: the role a task is named by: "Haar rol als trekker van de themagroep X"
_TASK_AS = re.compile(r"\s*(?:Zijn|Haar|Die|Deze)\s+" + _TASK + r"\s+als\s+")


def _task_as_role(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, before: int) -> None:
    """"Haar rol als trekker van de themagroep Wonen wordt overgenomen door Y": Y is trekker of the
    unit now, the one succeeded was before.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok vertrekt. Haar rol als trekker van de themagroep Wonen wordt overgenomen door Jan de Wit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.role, r.past) for r in ex.relations if r.predicate == "hasRole")
    [('Eva Kok', 'trekker', True), ('Jan de Wit', 'trekker', False)]
    """
    match = _TASK_AS.match(ctx.text, sentence.start, before)
    named = role_pattern().match(ctx.text, match.end()) if match else None
    role = role_of(named.group(0)) if named else None
    of = re.match(r"\s+van\s+(?:de|het)\s+", ctx.text[named.end():before]) if role else None
    if of is None:
        return
    # the unit right after "van de" (its mention may hold the article)
    holder = next((m for m in ctx.in_span(named.end(), before)
                   if m.type in _PASSED_ON and m.start <= named.end() + of.end()), None)
    if holder is None:
        return
    ctx.add(new, "hasRole", holder, sentence, "succession.rol-als", 0.7, role=role.label, stated_at=new.start)
    ctx.add(old, "hasRole", holder, sentence, "succession.rol-als", 0.65, role=role.label, past=True,
            stated_at=match.start())


def _role_holder_in(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person a role was found for in ``sentence`` (the last such), for "Die rol …" after
    "De afgelopen jaren was zij vicevoorzitter van de pijler." where the pronoun is not first.

    Examples
    --------
    (see tests/test_extract_round8.py::test_that_role_taken_over_is_the_role_of_the_sentence_before)
    """
    held = [r.subject for r in ctx.relations if r.predicate == "hasRole" and r.subject.type == "Person"
            and sentence.start <= r.evidence_start < sentence.end]
    return held[-1] if held else None


def find_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the succession facts ``sentence`` states (its ``mentions`` given)."""
    text = ctx.text
    persons = [m for m in mentions if m.type == "Person"]
    pronoun = ctx.pronoun_person(sentence)
    if pronoun is not None and persons:
        # "Zij volgt Hans Kootstra op", "Hij volgde in mei X op als trekker"
        opening = text[sentence.start:persons[0].start]
        handover = re.fullmatch(r"\s*(?:Hij|Zij|Ze)\s+(?:neemt|nam)\s+(?:\w+\s+){0,3}?het\s+stokje\s+over\s+van\s+"
                                + _DESCRIBED, opening)
        if handover or _PRONOUN_FOLLOWS.fullmatch(opening) and \
                re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\b", text[persons[0].end:sentence.end]):
            _add_succession(ctx, sentence, pronoun, persons[0], 0.7)
            if _IN_THAT_ROLE.search(opening):
                _share_role_back(ctx, sentence, pronoun, persons[0])
            as_role = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\s+als\s+", text[persons[0].end:sentence.end])
            if as_role:
                role_match = role_pattern().match(text, persons[0].end + as_role.end())
                role = role_of(role_match.group(0)) if role_match else None
                holder = ctx.context_unit(sentence.start)
                if role is not None and holder is not None:
                    ctx.add(persons[0], "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label,
                            past=True)
                    ctx.add(pronoun, "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label)
    referent = pronoun
    if referent is None and _POSSESSIVE_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 40)):
        previous = ctx.previous_sentence(sentence)  # "Haar taak is overgenomen door X": whose, said before
        named = [m for m in ctx.in_sentence(previous) if m.type == "Person"] if previous is not None else []
        # "Zij is gedeputeerde geworden. Haar rol is overgenomen door Y": "Zij" names the one before
        referent = named[-1] if named else ctx.pronoun_person(previous) if previous is not None else None
        if referent is None and previous is not None:
            referent = _role_holder_in(ctx, previous)  # "… was zij vicevoorzitter. Die rol wordt overgenomen door Y"
    if referent is not None and persons:
        opening = text[sentence.start:persons[0].start]
        for pattern, direction in _PRONOUN_SUCCESSION:
            if pattern.fullmatch(opening) and ctx.asserted(sentence, sentence.start, persons[0].start):
                new, old = (referent, persons[0]) if direction == "forward" else (persons[0], referent)
                _add_succession(ctx, sentence, new, old, 0.75)
                _task_as_role(ctx, sentence, new, old, persons[0].start)
                break
    if persons and ("schap" in sentence.text or "leiding" in sentence.text or "management" in sentence.text
                    or "overne" in sentence.text or "overnam" in sentence.text):
        for successor in _plural_pronoun(ctx, sentence) or [pronoun]:
            _took_over_from(ctx, sentence, persons, successor)
    if len(persons) > 1 and ("schap" in sentence.text or "secretariaat" in sentence.text):
        _handed_over(ctx, sentence, persons)
    if len(persons) > 1:
        if "volg" in sentence.text:  # "volgt", "volgde"
            _pronoun_follows_in_clause(ctx, sentence, persons)
        if "vervang" in sentence.text or "verving" in sentence.text:
            _pronoun_replaces_in_clause(ctx, sentence, persons)
        if "genomen" in sentence.text:  # "overgenomen", "ingenomen"
            _handover_in_clause(ctx, sentence, persons)
        if "opvolg" in sentence.text:
            _as_successor_of(ctx, sentence, persons)
    elif persons:
        if "opvolg" in sentence.text:
            _as_successor_of(ctx, sentence, persons)  # "Zij werd … benoemd, als opvolger van X": the pronoun's
        _took_over_after_departure(ctx, sentence, persons)
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
            _add_succession(ctx, sentence, a, b, 0.75)
            continue
        inverted = _inverted_gap(ctx, sentence, a, gap)
        for pattern, tail, direction in _SUCCESSION:
            if any(g is not None and pattern.match(g) for g in (gap, inverted)) \
                    and (tail is None or tail.match(text[b.end:sentence.end])):
                new, old = (a, b) if direction == "forward" else (b, a)
                _add_succession(ctx, sentence, new, old, 0.8)
                break


#: the finite verb before the subject, after a fronted phrase: "In juni nam", "Als trekker wordt"
_FRONTED_VERB = re.compile(r"(?:^|[\s(])(nam|neemt|namen|nemen|wordt|werd|vervangt|verving)\s+"
                           r"(?:(?:de\s+|het\s+)?(?:[A-Z][\w'-]*se\s+)?(?:[a-z][\w-]*\s+){0,2}?)$")


def _inverted_gap(ctx: DocContext, sentence: Sentence, first: Mention, gap: str) -> str | None:
    """The gap between two persons as it would read with the verb after the first, when the sentence
    puts the verb before it (a fronted phrase, then verb and subject: "In juni nam X (Ede) het stokje
    over van Y", "Als trekker wordt X opgevolgd door Y"); None when the verb does not stand there.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "In mei nam Eva Smit (Ede) het stokje over van Jan Kok.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Smit', 'Jan Kok')]
    """
    opening = ctx.text[sentence.start:first.start]
    verb = _FRONTED_VERB.search(opening)
    if verb is None or verb.start(1) == 0 or len(opening) > 120 or "," in opening[:verb.start(1)] \
            or any(m.type == "Person" and m.end <= first.start for m in ctx.in_span(sentence.start, first.start)):
        return None
    bracket = _BRACKET_ONLY.match(gap)
    return " " + verb.group(1) + " " + gap[bracket.end():]


#: holders whose roles pass to a successor: a network's units, programmes and organisations (a
#: wethouder of Deventer succeeded as vicevoorzitter by one from Leiden does not become one there)
_PASSED_ON = frozenset({"OrganisationalUnit", "Programme", "Organisation"})


def _add_succession(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, confidence: float, *,
                    stated_at: int | None = None, only_role: str | None = None) -> None:
    """Add "``new`` succeeded ``old``", and pass on the roles ``old`` held of a unit, programme or
    organisation as stated since the sentence that names ``old`` (at least the previous one), from
    the day after ``old`` left:
    "Tot maart 2023 was X vicevoorzitter van de taskforce. Zij werd opgevolgd door Y" gives Y the
    role of vicevoorzitter of the taskforce from 1 April 2023. ``only_role``: the one role the sentence
    says is passed on ("nam het voorzitterschap van hem over"), when it names one.

    Examples
    --------
    (see tests/test_extract_round3.py::test_a_successor_takes_over_the_role_in_the_network)
    """
    previous = ctx.previous_sentence(sentence)
    successor = _successor_role(ctx, sentence, new, old, previous)
    day = _succession_day(ctx, sentence, old)
    if day is None and successor is not None and successor.valid_from and not successor.valid_until:
        day = successor.valid_from  # "X is sinds september 2025 trekker; zij volgde Y op"
    ctx.add(new, "succeeded", old, sentence, "relations.opvolging", confidence, stated_at=stated_at, since=day)
    until = _left_until(ctx, sentence, old) or (day_before(day) if day else None)  # "…, die in mei afscheid nam"
    named_in = ctx.sentence_at(old.start)
    start = min(s.start for s in (sentence, previous, named_in) if s is not None)
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == old.label
            and r.object.type in _PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end
            and not _taken_up(ctx, r, sentence, old) and (only_role is None or r.role == only_role)]
    for relation in held:
        since = day_after(relation.valid_until) if relation.valid_until else day
        ctx.add(new, "hasRole", relation.object, sentence, "relations.opvolging-rol", 0.65, role=relation.role,
                stated_at=new.start, since=since)
        if until is not None:
            _end_at(ctx, relation, until)
    if day is not None and successor is not None and not successor.valid_from and not successor.past:
        _replace(ctx, successor, valid_from=day)
    _former_at_helm(ctx, sentence, new, old, previous)
    if successor is not None and not any(r.object.label == successor.object.label for r in held):
        # "De pijler benoemt X tot vicevoorzitter. Zij volgt Y op": Y was vicevoorzitter of the pijler
        ctx.add(old, "hasRole", successor.object, sentence, "succession.opvolger-rol", 0.65, role=successor.role,
                past=True, stated_at=old.start, until=until)
    if successor is None and not held:
        # "X wordt geleid door programmamanager Y (of the bureau and the deal). Zij volgde Z op": Z held that role
        for relation in _one_role_several_holders(ctx, sentence, new, previous):
            ctx.add(old, "hasRole", relation.object, sentence, "succession.opvolger-rol", 0.6, role=relation.role,
                    past=True, stated_at=old.start, until=until)


#: the role a successor takes over, named after "op": "volgt X per 1 maart op als voorzitter"
_OP_AS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\s+als\s+")


#: a post someone takes up: "Zij is per 1 september directeur bij Platform31 geworden"
_TAKES_UP = re.compile(r"\b(?:geworden|wordt|werd)\b")


#: a relative clause after the one succeeded that says where they went: "…, die voorzitter van de
#: pijler is geworden", "…, die per 1 april gedeputeerde wordt"
_WHO_MOVES = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*die\s+[^,;()]{0,80}?\b(?:geworden|wordt|werd)\b")


#: a relative clause after the one succeeded that says what they go on with: "…, die zich richt op haar
#: rol als lid van …", "…, die lid blijft van …"
_WHO_KEEPS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*die\s+[^;()]{0,160}?"
                        r"\b(?:blijft|richt|richten|concentreert|gaat\s+verder|houdt)\b")


def _taken_up(ctx: DocContext, relation, sentence: Sentence, old: Mention) -> bool:
    """Whether ``relation`` is a role ``old`` takes up ("Zij is per 1 september directeur bij X
    geworden"; "Y volgde X op, die voorzitter van de pijler is geworden"): where the one succeeded
    went, not what the successor takes over."""
    if relation.valid_from and not relation.valid_until \
            and _TAKES_UP.search(ctx.text, relation.evidence_start, relation.evidence_end):
        return True
    if relation.evidence_start == sentence.start and relation.rule == "roles.als" \
            and _WHO_KEEPS.match(ctx.text, old.end, sentence.end) is not None:
        return True  # "…, die zich richt op haar rol als lid van het VNG-bestuur": a role the one succeeded keeps
    return relation.evidence_start == sentence.start and _WHO_MOVES.match(ctx.text, old.end, sentence.end) is not None


def _successor_role(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, previous: Sentence | None):
    """The one role ``new`` is given of a unit, programme or organisation in ``sentence`` or the one
    before it (in the same paragraph), and no other: the role taken over from ``old``. With "op als
    voorzitter" only a role of that name counts; None when there are several or none."""
    start = previous.start if previous is not None and "\n\n" not in ctx.text[previous.end:sentence.start] \
        else sentence.start
    roles = [r for r in ctx.relations if r.predicate == "hasRole" and _one_name(r.subject.label, new.label) and not r.past
             and r.object.type in _PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end]
    as_role = _OP_AS.match(ctx.text, old.end, sentence.end)
    if as_role is not None:
        named = role_pattern().match(ctx.text, as_role.end())
        role = role_of(named.group(0)) if named else None
        roles = [r for r in roles if role is not None and r.role == role.label]
    if len({(r.object.label, r.role) for r in roles}) != 1:
        return None
    return roles[0]


def _one_name(full: str, named: str) -> bool:
    """Whether ``named`` is the person ``full``: the same name, or the surname alone ("Sinds 2024 is Eva
    Smit voorzitter. Smit volgde in die rol X op").

    >>> _one_name("Eva Smit", "Smit"), _one_name("Eva van den Berg", "Van den Berg"), _one_name("Eva Smit", "Kok")
    (True, True, False)
    """
    return full == named or full.lower().endswith(" " + named.lower())


def _one_role_several_holders(ctx: DocContext, sentence: Sentence, new: Mention, previous: Sentence | None) -> list:
    """The roles ``new`` is given in ``sentence`` or the one before (same paragraph) when they are one
    role of several bodies ("programmamanager" of the programmabureau and of the deal it runs): each is
    taken over from the one succeeded. Empty when the roles differ."""
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return []
    roles = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == new.label and not r.past
             and r.object.type in _PASSED_ON and previous.start <= r.evidence_start and r.evidence_end <= sentence.end]
    return roles if len({r.role for r in roles}) == 1 and len({r.object.label for r in roles}) > 1 else []


def _succession_day(ctx: DocContext, sentence: Sentence, old: Mention) -> str | None:
    """The day a succession took effect, written in the clause that names the one succeeded ("Zij
    volgde in september 2022 X op", "Per 1 mei volgt Y X op", "Y volgt X per 1 maart op"), the
    brackets left out; None without one."""
    cuts = [m.start() for m in re.finditer(r"[,;]", ctx.text[sentence.start:sentence.end])
            if ctx.text.count("(", sentence.start, sentence.start + m.start())
            <= ctx.text.count(")", sentence.start, sentence.start + m.start())]
    offset = old.start - sentence.start
    begin = max((c + 1 for c in cuts if c < offset), default=0)
    end = min((c for c in cuts if c >= offset), default=sentence.end - sentence.start)
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), ctx.text[sentence.start + begin:sentence.start + end])
    day = change_date(clause, year=ctx.date)
    relative = _WHO_LEAVES.match(ctx.text, old.end, sentence.end) if day is None else None
    if relative is not None and leaving(relative.group(1)) and last_day_in(relative.group(1), year=ctx.date) is None:
        day = change_date(relative.group(1), year=ctx.date)  # "Zij volgt X op, die per 1 april vertrekt"
    return day


#: a relative clause right after the one succeeded: "X (Breda) op, die per 1 april vertrekt naar …"
_WHO_LEAVES = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*(die\s[^,;()]{1,80})")


def _replace(ctx: DocContext, relation, **changes) -> None:
    """Put ``relation`` with ``changes`` in its place in ``ctx.relations``."""
    for k, r in enumerate(ctx.relations):
        if r is relation:
            ctx.relations[k] = replace(relation, **changes)
            return


def _end_at(ctx: DocContext, relation, until: str) -> None:
    """End the role ``relation`` on ``until`` (the day before the successor starts, or the last day of
    the month the one succeeded left in): "Y volgt per 1 maart X op als voorzitter" makes X voorzitter
    until the last day of February, not from March."""
    if relation.valid_until or (relation.valid_from and relation.valid_from > day_after(until)):
        return
    past = relation.past or bool(ctx.date and until < ctx.date[:10])
    _replace(ctx, relation, valid_from=None if relation.valid_from == day_after(until) else relation.valid_from,
             valid_until=until, past=past)


def _left_until(ctx: DocContext, sentence: Sentence, old: Mention) -> str | None:
    """The last day of the one succeeded when a relative clause after them dates their leaving with
    "in": "Zij volgde X op, die in december 2022 afscheid nam" ends X's role on 2022-12-31."""
    relative = _WHO_LEAVES.match(ctx.text, old.end, sentence.end)
    if relative is None or not leaving(relative.group(1)):
        return None
    return last_day_in(relative.group(1), year=ctx.date)


#: a relative clause after the one succeeded that says they led: "Zij volgt X op, die sinds 2022 aan het
#: roer stond", "…, die de pijler vier jaar leidde"
_AT_HELM = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*die\s+(?:[^.;,]{0,60}?\s)?"
                      r"(?:aan\s+het\s+roer\s+(?:stond|stonden|heeft\s+gestaan)|leidde|voorzat)\b", re.IGNORECASE)


def _former_at_helm(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, previous: Sentence | None) -> None:
    """"X is de nieuwe voorzitter van de pijler. Zij volgt Y op, die sinds 2022 aan het roer stond": Y held
    the role X now holds of a unit, programme or organisation, in the past (dated by the relative clause).

    Examples
    --------
    (see tests/test_extract_round11.py)
    """
    match = _AT_HELM.match(ctx.text, old.end, sentence.end)
    if match is None or not ctx.asserted(sentence, old.end, match.end()):
        return
    start = previous.start if previous is not None else sentence.start
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == new.label and not r.past
            and r.object.type in _PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end]
    for relation in held:
        ctx.add(old, "hasRole", relation.object, sentence, "succession.aan-het-roer", 0.65, role=relation.role,
                past=True, stated_at=match.end() - 1)


#: a later clause whose pronoun is the person named before: "X is gekozen als voorzitter; zij volgt Y op"
_CLAUSE_PRONOUN_FOLLOWS = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:volgt|volgde)\s+(?:\w+\s+){0,3}?")


#: the passive in a later clause: "…; hij wordt (per 1 mei) opgevolgd door"
_CLAUSE_PRONOUN_SUCCEEDED = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:wordt|werd|is)\s+(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?"
                                       r"opgevolgd\s+door\s+", re.IGNORECASE)


def _pronoun_follows_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Y (Leeuwarden) werd gekozen als voorzitter; zij volgt X per 1 januari op": Y succeeded X
    (the pronoun is the last person named before the clause)."""
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_FOLLOWS, sentence):
        before = [p for p in persons if p.end <= match.start()]
        old = next((p for p in persons if p.start >= match.end()), None)
        if old is not None and not re.fullmatch(_DESCRIBED, ctx.text[match.end():old.start]):
            old = None  # only a description may stand before the one succeeded: "de Goudse wethouder X"
        if before and old is not None and _FOLLOWS_TAIL.match(ctx.text, old.end, sentence.end):
            _add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_SUCCEEDED, sentence):
        # "X treedt af als voorzitter; hij wordt opgevolgd door (wethouder) Y": Y succeeded X
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start]):
            _add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=match.start())


#: a later clause whose pronoun replaces someone: "Welkom aan X; zij vervangt (wethouder) Y"
_CLAUSE_PRONOUN_REPLACES = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:vervangt|verving)\s+", re.IGNORECASE)


def _pronoun_replaces_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Welkom aan X (Ede); zij vervangt Y, die …": X succeeded Y (the pronoun is the last person named
    before the clause; only a description may stand before Y).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Welkom aan Eva Kok, nieuw namens Epe; zij vervangt Jan de Wit.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Kok', 'Jan de Wit')]
    """
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_REPLACES, sentence):
        before = [p for p in persons if p.end <= match.start()]
        old = next((p for p in persons if p.start >= match.end()), None)
        if before and old is not None and re.fullmatch(_DESCRIBED, ctx.text[match.end():old.start]) \
                and not re.match(r"[^,;.]*\b(?:niet|nooit)\b", ctx.text[old.end:sentence.end]):
            _add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())


_FOLLOWS_TAIL = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\b")


#: a later clause about the task of the one named before: "X was vicevoorzitter; haar taak is
#: overgenomen door (wethouder) Y"
_HANDOVER_CLAUSE = re.compile(r"[;,]\s*(?:zijn|haar)\s+" + _TASK + r"\s+(?:wordt|werd|is|worden|werden|zijn)\s+"
                              r"(?:\w+\s+){0,3}?(?:overgenomen|ingenomen)\s+door\s+", re.IGNORECASE)


def _handover_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Vicevoorzitter was X (Almere); haar taak is overgenomen door wethouder Y (Dordrecht)": Y
    succeeded X, the last person named before the clause; a role word may precede Y."""
    if len(persons) < 2:
        return
    for match in ctx.asserted_cues(_HANDOVER_CLAUSE, sentence):
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start]):
            _add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=new.start)


def _as_successor_of(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Het bestuur benoemt Y per 1 april tot penningmeester van de G40, als opvolger van de heer X":
    Y succeeded X, and X held the role Y is given."""
    for new, old in zip(persons, persons[1:]):
        if _RELATIVE_SUCCESSOR.fullmatch(ctx.text, new.end, old.start) and ctx.asserted(sentence, new.start, old.end):
            _pulled_in_relative(ctx, sentence, new, old)
            _add_succession(ctx, sentence, new, old, 0.75)
    opening_pronoun = _OPENING_PRONOUN.match(ctx.text, ctx.content_start(sentence)) is not None
    for cue in ctx.cues(_AS_SUCCESSOR, sentence) if len(persons) > 1 or opening_pronoun else ():
        old = next((p for p in persons if p.start == cue.end()), None)
        before = [p for p in persons if p.end <= cue.start()]
        if not before and opening_pronoun and old is not None:
            named = ctx.pronoun_subject(sentence)[1]  # "Zij werd in 2023 benoemd als trekker, als opvolger van X"
            before = [named] if named is not None and named.type == "Person" and named.end <= sentence.start else []
        if old is None or not before or ";" in ctx.text[max(before[-1].end, sentence.start):cue.start()] or \
                not ctx.asserted(sentence, max(before[-1].start, sentence.start), old.end):
            continue
        _add_succession(ctx, sentence, before[-1], old, 0.75)
        _share_role_back(ctx, sentence, before[-1], old)


#: a sentence that opens with a personal pronoun: "Zij werd …", "Hij is …"
_OPENING_PRONOUN = re.compile(r"(?:Zij|Hij|Ze)\s")


#: the unit the relative clause says the successor pulls or chairs: "die de themagroep Jeugd sinds 2022 trekt"
_PULLS_UNIT = re.compile(r"\b(?:trekt|trok|voorzit|zat\s+[^,;()]{0,40}?voor)\b")


def _pulled_in_relative(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """"X, die de themagroep Jeugd sinds 2022 trekt als opvolger van Y": X is the unit's trekker (Y
    was, before; see :func:`_add_succession`)."""
    verb = _PULLS_UNIT.search(ctx.text, new.end, old.start)
    units = [m for m in ctx.in_span(new.end, verb.start()) if m.type in _PASSED_ON] if verb else []
    if len(units) != 1 or not re.fullmatch(r"(?:\s*\([^()]{0,60}\))?\s*,\s*die\s+(?:de|het)\s+",
                                           ctx.text[new.end:units[0].start]):
        return
    role = role_of("trekker" if verb.group().startswith("tr") else "voorzitter")
    if role is not None:
        ctx.add(new, "hasRole", units[0], sentence, "succession.relatief-trekt", 0.7, role=role.label,
                stated_at=verb.start())


def _took_over_after_departure(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X trok de themagroep. Na haar vertrek heeft Y het trekkerschap overgenomen": Y succeeded X
    (the last person named in the previous sentence) and takes over X's roles there."""
    if len(persons) != 1 or not (_HER_DEPARTURE.match(ctx.text, sentence.start) and ctx.has_cue(_TOOK_OVER, sentence)
                                 or any(ctx.asserted_cues(_FROM_PRONOUN, sentence))):
        return
    old = object_antecedent(ctx, sentence)  # "Samen met X legde hij … . Y nam het van hem over": not X
    if old is not None and old.label != persons[0].label:
        office = re.search(r"\b(\w+)schap\b", sentence.text)  # "het voorzitterschap": only that role passes on
        role = role_of(office.group(1)) if office is not None else None
        _add_succession(ctx, sentence, persons[0], old, 0.7, only_role=role.label if role is not None else None)


#: "Y nam het trekkerschap (in maart) over van (de Goudse wethouder) X": the office names the role
_OFFICE_OVER_FROM = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:neemt|nam|nemen|namen)\s+(?:\w+\s+){0,3}?|,\s*die\s+(?:[\w-]+\s+){0,4}?|"
    r"[a-z]+\s+dat\s+(?:hij|zij|ze)\s+(?:[\w-]+\s+){0,4}?)"  # "X meldt dat hij per 1 oktober … overneemt van Y"
    r"(?:het\s+(\w+?)(schap|management)|de\s+leiding|"  # "het programmamanagement": the programmamanager's office
    r"de\s+(?:rol|functie|taak)\s+(?:van|als)\s+([\w-]+))\s+"  # "de rol van vicevoorzitter"
    # "het trekkerschap van de themagroep X over van Y" (the unit's name may be long)
    r"(?:van\s+(?:de|het)\s+(?:[\w'-]+\s+){1,6}?|(?:\w+\s+){0,3}?)(?:over|overnam|overneemt)\s+van\s+"
    r"(?:(?:de|het)\s+)?(?:[\w'-]+\s+){0,2}?")


#: a plural pronoun subject: "Zij nemen het trekkerschap over van X"
_THEY_TAKE = re.compile(r"\s*(?:Zij|Ze)\s+(?:nemen|namen)\s")


def _plural_pronoun(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The persons a plural "Zij nemen …" stands for: those the sentence before (in the same
    paragraph) gives a role of a unit, programme or organisation, when there are several ("De
    themagroep krijgt twee trekkers: A en B. Zij nemen het trekkerschap over van X")."""
    if not _THEY_TAKE.match(ctx.text, sentence.start, sentence.end):
        return []
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return []
    holders = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "hasRole" and not r.past
               and r.subject.type == "Person" and r.object.type in _PASSED_ON
               and previous.start <= r.evidence_start < previous.end}
    return list(holders.values()) if len(holders) > 1 else []


def _took_over_from(ctx: DocContext, sentence: Sentence, persons: list[Mention], pronoun: Mention | None) -> None:
    """"Y nam het trekkerschap in maart over van X", "Zij nam het voorzitterschap over van X", "Hij nam het
    programmamanagement over van X" (a programmamanager's office), "Y meldt dat hij de rol van vicevoorzitter
    van de themagroep overneemt van X": Y succeeded X, and X held the role before, of what Y holds it of.

    Examples
    --------
    (see tests/test_extract_round4.py::test_who_takes_over_an_office_from_someone_succeeds_them)
    """
    text = ctx.text
    pairs = [(a, b) for a, b in zip(persons, persons[1:])]
    if pronoun is not None:
        pairs.insert(0, (pronoun, persons[0]))
    for new, old in pairs:
        start = sentence.start if new is pronoun and new not in persons else new.end
        opening = text[start:old.start]
        if new is pronoun and new not in persons:
            opening = re.sub(r"^\s*(?:Hij|Zij|Ze)\b", "", opening)
        match = _OFFICE_OVER_FROM.fullmatch(opening)
        if match is None and new in persons:  # "In juni nam X (Ede) het trekkerschap over van Y"
            inverted = _inverted_gap(ctx, sentence, new, opening)
            match = _OFFICE_OVER_FROM.fullmatch(inverted) if inverted is not None else None
            opening = inverted if match is not None else opening
        if match is None or not ctx.asserted(sentence, start, old.start):
            continue
        _add_succession(ctx, sentence, new, old, 0.75)
        # "de leiding" names no role; "het programmamanagement" is the office of a programmamanager
        role = role_of(match.group(1) + ("manager" if match.group(2) == "management" else "")) if match.group(1) \
            else role_of(match.group(3)) if match.group(3) else None
        if role is None:
            continue
        held = [r for r in ctx.relations if r.predicate == "hasRole"
                and (r.subject.label == new.label or r.subject.label.endswith(" " + new.label))  # "Kok": "Anna Kok"
                and r.role == role.label and r.object.type in _PASSED_ON]
        if held:
            ctx.add(old, "hasRole", held[-1].object, sentence, "succession.schap-over-van", 0.65, role=role.label,
                    past=True, stated_at=old.start)
        else:
            # "nam het trekkerschap van de themagroep X over van Y": the office is of the unit named with it
            shift = (old.start - start) - len(opening)  # the pronoun cut from the opening
            office_end = start + shift + match.end(2 if match.group(2) else 3)
            of = _OFFICE_OF.match(text, office_end)
            at = {of.end(), of.end() - len(of.group(1) or "") - 1}  # "van [de themagroep]": a reference holds its article
            named = [m for m in ctx.in_span(of.end() - 4, old.start) if m.start in at] if of.end() > office_end else []
            # else the unit the sentence opens with: "Armoede – In juni nam X het trekkerschap over van Y"
            holder = named[0] if named and named[0].type in _PASSED_ON else _opening_unit(ctx, sentence, new)
            if holder is not None:
                ctx.add(new, "hasRole", holder, sentence, "succession.schap-over-van", 0.7, role=role.label)
                ctx.add(old, "hasRole", holder, sentence, "succession.schap-over-van", 0.65, role=role.label,
                        past=True, stated_at=old.start)
        return


def _opening_unit(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The unit or programme named before ``person`` in ``sentence`` when it is the only one there (a
    paragraph's lead-in "Armoede – In juni nam X …", "Bij de themagroep Wonen nam X …"), else None."""
    before = [m for m in ctx.in_span(sentence.start, person.start) if m.type in _PASSED_ON]
    return before[0] if len(before) == 1 and before[0].type != "Organisation" else None


#: an office handed on, with the one who held it first: "X heeft het secretariaat overgedragen aan Y",
#: "X droeg het voorzitterschap over aan Y", "Y heeft het trekkerschap overgenomen van X"
_OFFICE = r"(?:het|haar|zijn)\s+(?:(\w+)schap|(secretariaat))\s+(?:[\w'-]+\s+){0,3}?"
_HANDED_TO = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:heeft|had|draagt|droeg)\s+)?(?:[\w-]+\s+){0,3}?" + _OFFICE
                        + r"(?:[\w-]+\s+){0,3}?(?:overgedragen\s+aan|over\s+aan)\s+(?:(?:de\s+heer|mevrouw)\s+)?")
_TAKEN_FROM = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:heeft|had)\s+)?(?:[\w-]+\s+){0,3}?" + _OFFICE
                         + r"(?:[\w-]+\s+){0,3}?overgenomen\s+van\s+(?:(?:de\s+heer|mevrouw)\s+)?")
#: the unit an office is of, right after it: "het voorzitterschap van de themagroep Wonen"
_OFFICE_OF = re.compile(r"\s*(?:van\s+(de|het)\s+)?")


def _handed_over(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X heeft het secretariaat overgedragen aan Y", "Y heeft het voorzitterschap overgenomen van X":
    Y succeeded X and holds the office now, X held it before; the office is of the unit named after
    it, else of the bullet item's unit, else of the unit of the passage.

    Examples
    --------
    (see tests/test_extract_round16.py::test_an_office_handed_over_gives_both_roles_and_the_succession)
    """
    text = ctx.text
    for first, second in zip(persons, persons[1:]):
        gap = text[first.end:second.start]
        match = _HANDED_TO.fullmatch(gap)
        new, old = (second, first) if match else (first, second)
        match = match or _TAKEN_FROM.fullmatch(gap)
        if match is None or not ctx.asserted(sentence, first.start, second.end):
            continue
        office = match.group(2) or match.group(1)
        role = role_of("secretaris" if office == "secretariaat" else office)
        if role is None:
            continue
        after = _OFFICE_OF.match(text, first.end + match.end(2 if match.group(2) else 1) + (0 if match.group(2) else 5))
        named = [m for m in ctx.in_span(after.end(), second.start) if m.start == after.end()]
        holder = (named[0] if named and named[0].type in _PASSED_ON else None) or ctx.item_unit(sentence) \
            or ctx.context_unit(sentence.start)
        ctx.add(new, "succeeded", old, sentence, "succession.handed-over", 0.75)
        if holder is not None and holder.type in _PASSED_ON:
            # the handover's day ends the one role and starts the other: "per 1 mei", "in maart 2023"
            day = change_date(text, sentence.start, sentence.end, year=ctx.date)
            ctx.add(old, "hasRole", holder, sentence, "succession.handed-over", 0.7, role=role.label, past=True,
                    stated_at=old.start, until=day_before(day) if day else None)
            ctx.add(new, "hasRole", holder, sentence, "succession.handed-over", 0.7, role=role.label,
                    stated_at=new.start, since=day)
        return


def _share_role_back(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """The roles this sentence gives ``new`` were ``old``'s before: "Y is directeur bij EZK en volgt in
    die functie X op" makes X a former directeur of EZK."""
    given = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject is new
             and sentence.start <= r.evidence_start < sentence.end]
    for relation in given:
        ctx.add(old, "hasRole", relation.object, sentence, "succession.in-die-functie", 0.65, role=relation.role,
                past=True, stated_at=old.start)


def _carry_role(ctx: DocContext, sentence: Sentence, first: Mention, later: Mention) -> None:
    """"Tilburg is voorzitter, eerst was dat X, later Y": X held the role before Y."""
    match = None
    for m in role_pattern().finditer(ctx.text, sentence.start, first.start):
        match = m
    if match is None:
        return
    role = role_of(match.group(0))
    if role is None:
        return
    holder = ctx.context_unit(sentence.start)
    if holder is None:
        return
    ctx.add(first, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label, past=True)
    ctx.add(later, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label)


#: the public name of :func:`_add_succession`, for the first person ("Ik neem het stokje over van X")
add_succession = _add_succession
