"""A succession said in a later clause of the sentence, or in a relative clause: "Y werd gekozen
als voorzitter; zij volgt X per 1 januari op", "Welkom aan Y; zij vervangt X", "X was
vicevoorzitter; haar taak is overgenomen door Y", "Het bestuur benoemt Y …, als opvolger van de
heer X", "Y, die de themagroep sinds 2022 trekt als opvolger van X", "Y is trekker; zij nam het
stokje over van X". The pronoun of the clause is the last person named before it.

A coordinated clause with the pronoun after its verb ("Na de verkiezingen keerde hij niet terug en
werd hij opgevolgd door Y") and "Y nam haar plaats in" point back the same way, to the person named
before in the sentence, else to the one person the sentence before is about
(:func:`inverted_passive_in_clause`, :func:`took_the_place`).

Called by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Anna Kroes (Leeuwarden) werd gekozen als voorzitter; zij volgt Bram Wit per 1 januari op."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
[('Anna Kroes', 'Bram Wit')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import PASSED_ON, add_succession, end_posts_handed_over, share_role_back
from .periods import change_date
from .polarity import asserted
from .antecedents import subject_antecedent
from .roles import role_of, role_pattern
from .succession_words import DESCRIBED, TASK, TITLED, WHEN_HANDED

__all__ = ["pronoun_follows_in_clause", "subject_follows_in_clause", "pronoun_replaces_in_clause", "handover_in_clause", "as_successor_of",
           "inverted_passive_in_clause", "took_the_place", "led_before"]

#: "…, als opvolger van (de heer) X": the successor is the person named before in the sentence
#: (a role word may stand before the name: "als opvolger van wethouder X")
_AS_SUCCESSOR = re.compile(r",\s*(?:als\s+)?(?:opvolger|opvolgster)\s+van\s+(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.|[a-z][\w-]*)\s+){0,2}")


#: "X, die de themagroep sinds 2022 trekt als opvolger van Y": the relative clause of X says whom X succeeded
_RELATIVE_SUCCESSOR = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*die\s+[^,;()]{0,80}?\bals\s+(?:opvolger|opvolgster)\s+van\s+"
                                 r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?")


#: a later clause whose pronoun is the person named before: "X is gekozen als voorzitter; zij volgt Y op"
_CLAUSE_PRONOUN_FOLLOWS = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:volgt|volgde)\s+"
                                     r"(?:in\s+(?:die|deze|zijn|haar)\s+" + TASK + r"\s+)?(?:\w+\s+){0,3}?")  # "in die functie"


#: the passive in a later clause: "…; hij wordt (per 1 mei) opgevolgd door"
_CLAUSE_PRONOUN_SUCCEEDED = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:wordt|werd|is)\s+(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?"
                                       r"opgevolgd\s+door\s+", re.IGNORECASE)


#: a later clause whose pronoun takes over from someone: "X is trekker; zij nam (in mei) het stokje over van"
_CLAUSE_PRONOUN_TAKES_OVER = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:neemt|nam)\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?"
                                        r"(?:het\s+stokje|(?:de|het|die|deze|zijn|haar)\s+" + TASK + r"|dit|dat|het)\s+"
                                        + WHEN_HANDED + r"over\s+van\s+")  # "; hij nam dit (op 1 juni) over van"


#: a time or an adverb between "volgde" and the one succeeded: "(; hij volgde) per 1 mei 2026 (X op)", "toen"
_WHEN_FOLLOWED = (r"(?:(?:toen|daarin|daarbij|ook|destijds)\s+)?"
                  r"(?:(?:per|op|in|vanaf|sinds)\s+(?:(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?|(?:19|20)\d\d)\s+)?")  # "in 2023": round 55t


def pronoun_follows_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Y (Leeuwarden) werd gekozen als voorzitter; zij volgt X per 1 januari op": Y succeeded X
    (the pronoun is the last person named before the clause); the same for "…; zij nam het stokje
    over van X".

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Trekker is sinds mei Eva Kok, wethouder van Epe; zij nam het stokje over van Jan de Wit (Ede)."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Kok', 'Jan de Wit')]
    """
    for pattern, tail in ((_CLAUSE_PRONOUN_FOLLOWS, _FOLLOWS_TAIL), (_CLAUSE_PRONOUN_TAKES_OVER, None)):
        for match in ctx.asserted_cues(pattern, sentence):
            before = [p for p in persons if p.end <= match.start()]
            old = next((p for p in persons if p.start >= match.end()), None)
            if old is not None and not re.fullmatch(_WHEN_FOLLOWED + DESCRIBED + TITLED, ctx.text[match.end():old.start]):
                old = None  # only a description may stand before the one succeeded: "de Goudse wethouder X", "prof. X"
            if before and old is not None and (tail is None or tail.match(ctx.text, old.end, sentence.end)):
                add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_SUCCEEDED, sentence):
        # "X treedt af als voorzitter; hij wordt opgevolgd door (wethouder) Y": Y succeeded X
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start]):
            add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=match.start())


#: a clause coordinated to the successor's own, with no pronoun before its verb: "… en volgt (zij) (in die functie) X op"
_COORDINATED_FOLLOWS = re.compile(r"\ben\s+(?:volgt|volgde)\s+(?:(?:hij|zij|ze)\s+)?(?:(?:daarmee|hiermee|zo|dus)\s+)?"
                                  r"(?:in\s+(?:die|deze|zijn|haar)\s+" + TASK + r"\s+)?")
#: what may open the sentence before its one subject: a fronted time and its verb, a title ("Per 1 mei is wethouder")
_SUBJECT_OPENING = re.compile(r"(?:(?:Per|Sinds|Vanaf|Op|In)\s+[\w ]{1,25}?\s+(?:is|wordt|was|werd)\s+)?"
                              r"(?:(?:[Dd]e\s+)?(?:[A-Z]?[a-z][\w-]*\s+){0,2})?")
#: the particle after the one succeeded, not "op de voet"
_PARTICLE_ONLY = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?op\b(?!\s+de\s+voet\b)")


def subject_follows_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Y is sinds 1 maart directeur bij X en volgt Z op": the subject of the first clause, the one
    person who opens the sentence, succeeded Z. Someone else named before the clause ("Y bedankt W
    en volgt Z op") leaves the subject unknown: no fact.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok is sinds mei directeur bij BZK en volgt Jan de Wit op."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Kok', 'Jan de Wit')]
    """
    for match in ctx.asserted_cues(_COORDINATED_FOLLOWS, sentence):
        before = [p for p in persons if p.end <= match.start()]
        old = next((p for p in persons if p.start >= match.end()), None)
        if len(before) != 1 or old is None or ctx.text[match.end():old.start].strip():
            continue
        if not _SUBJECT_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), before[0].start) \
                or not _PARTICLE_ONLY.match(ctx.text, old.end, sentence.end):
            continue
        add_succession(ctx, sentence, before[0], old, 0.7, stated_at=match.start())
        if " in " in match.group(0):  # "en volgt in die functie X op"
            share_role_back(ctx, sentence, before[0], old)


#: a later clause whose pronoun replaces someone: "Welkom aan X; zij vervangt (wethouder) Y"
_CLAUSE_PRONOUN_REPLACES = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:vervangt|verving)\s+", re.IGNORECASE)


#: a coordinated clause, its pronoun after the auxiliary: "… en werd hij (in 2022) (als voorzitter) opgevolgd door (wethouder)"
_INVERTED_CLAUSE_PASSIVE = re.compile(r"\ben\s+(?:wordt|werd)\s+(?:hij|zij|ze)\s+(?:(?:per|op|in|vanaf|na)\s+[\w ]{1,30}?\s+)?"
                                      r"(?:als\s+[^,;:()]{1,60}?\s+)?opgevolgd\s+door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}")
#: a clause after a semicolon, its pronoun first: "Afscheid van X, die de themagroep verlaat; zij wordt (als lid)
#: opgevolgd door (haar collega-wethouder) Y"
#: (or a time first, the verb before the pronoun: "…; in oktober 2021 werd hij opgevolgd door Y")
_CLAUSE_PRONOUN_PASSIVE = re.compile(r";\s*(?:(?:hij|zij|ze)\s+(?:wordt|werd)|(?:per|op|in|vanaf|na)\s+[\w ]{1,30}?\s+"
                                     r"(?:wordt|werd)\s+(?:hij|zij|ze))\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,6}?"
                                     r"opgevolgd\s+door\s+")


def _pronoun_referent(ctx: DocContext, sentence: Sentence, persons: list[Mention], at: int) -> Mention | None:
    """Whom a pronoun at ``at`` stands for: the last person named before it in the sentence, else the
    one person the sentence before is about."""
    before = [p for p in persons if p.end <= at]
    return before[-1] if before else subject_antecedent(ctx, sentence)


def inverted_passive_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Eerste voorzitter was X. Na de verkiezingen keerde hij niet terug en werd hij opgevolgd door Y":
    Y succeeded X.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eerste voorzitter was Eva Kok. In 2022 stopte zij en werd zij opgevolgd door Jan de Wit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Jan de Wit', 'Eva Kok')]
    """
    clauses = [(match, False) for match in ctx.cues(_INVERTED_CLAUSE_PASSIVE, sentence)]
    clauses += [(match, True) for match in ctx.cues(_CLAUSE_PRONOUN_PASSIVE, sentence)]
    for match, after_semicolon in clauses:
        if not asserted(ctx.text, match.start(), sentence.end, match.start(), match.end(), ctx.in_span):
            continue  # the clause from "en" on: "keerde hij niet terug en werd hij opgevolgd door Y" states it
        new = next((p for p in persons if p.start >= match.end()), None)
        if new is not None and not re.fullmatch(DESCRIBED, ctx.text[match.end():new.start]):
            new = None  # "door haar collega-wethouder Y": a description may come before the name, no more
        if after_semicolon and not any(p.end <= match.start() for p in persons):
            new = None  # "…; hij werd opgevolgd door Y": "hij" is the person of the clause before the semicolon
        old = _pronoun_referent(ctx, sentence, persons, match.start()) if new is not None else None
        if old is not None and old.label != new.label:
            add_succession(ctx, sentence, new, old, 0.7, stated_at=match.start())


#: "Y nam (in april) haar plaats in", "Y heeft zijn plaats (in de stuurgroep) ingenomen": after Y
_TOOK_THE_PLACE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:neemt|nam)\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,3}?(?:zijn|haar)\s+plaats\s+"
                             r"(?:[^,;:()]{1,40}?\s+)?in\b(?!\s+(?:de|het|een)\b)|"
                             r"(?:heeft|had)\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,3}?(?:zijn|haar)\s+plaats\s+(?:[^,;:()]{1,40}?\s+)?ingenomen)")


#: the verb before the subject when something else opens the clause ("Toen X vertrok, nam Y zijn
#: plaats in", "In april nam Y haar plaats in"): the verb right before Y ...
_TOOK_BEFORE = re.compile(r"\b(?:neemt|nam)\s+$")
#: ... and after Y (and an apposition that describes Y) the place and its particle
_PLACE_IN_AFTER = re.compile(r"(?:\s*,\s*[^,;:()]{2,60},)?\s*(?:(?!niet\b|geen\b)[\w-]+\s+){0,3}?(?:zijn|haar)\s+plaats\s+"
                             r"(?:[^,;:()]{1,40}?\s+)?in\b(?!\s+(?:de|het|een)\b)")


def _took_the_place_at(ctx: DocContext, sentence: Sentence, new: Mention) -> re.Match | None:
    """The words that say ``new`` took someone's place: "Y nam haar plaats in", or with the verb first
    when something else opens the clause, "Toen X vertrok, nam Y, wethouder in Epe, zijn plaats in"."""
    match = _TOOK_THE_PLACE.match(ctx.text, new.end, sentence.end)
    if match is None and _TOOK_BEFORE.search(ctx.text, max(sentence.start, new.start - 8), new.start):
        match = _PLACE_IN_AFTER.match(ctx.text, new.end, sentence.end)
    return match


def took_the_place(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X trad in maart terug als voorzitter. Y nam zijn plaats in": Y succeeded X (the person named
    before Y, else the one the sentence before is about); the verb first after an opening clause too.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok trad in maart terug als voorzitter van de themagroep Wonen. Jan de Wit nam haar plaats in."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Jan de Wit', 'Eva Kok')]
    >>> text = "Toen Eva Kok in mei burgemeester werd, nam Jan de Wit, wethouder in Epe, haar plaats in."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Jan de Wit', 'Eva Kok')]
    """
    for new in persons:
        match = _took_the_place_at(ctx, sentence, new)
        if match is None or not ctx.asserted(sentence, new.start, match.end()):
            continue
        old = _pronoun_referent(ctx, sentence, persons, new.start)
        if old is not None and old.label != new.label:
            add_succession(ctx, sentence, new, old, 0.7, stated_at=match.start())


def pronoun_replaces_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
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
        if before and old is not None and re.fullmatch(DESCRIBED, ctx.text[match.end():old.start]) \
                and not re.match(r"[^,;.]*\b(?:niet|nooit)\b", ctx.text[old.end:sentence.end]):
            add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())


_FOLLOWS_TAIL = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\b")


#: a later clause about the task of the one named before: "X was vicevoorzitter; haar taak is
#: overgenomen door (wethouder) Y", or about the post just named: "X was trekker van Z; dat trekkerschap
#: is overgenomen door Y" (round 55x)
_HANDOVER_CLAUSE = re.compile(r"[;,]\s*(?:zijn|haar|(?P<post>dat|dit|die|deze))\s+(?P<task>" + TASK + r")\s+(?P<verb>wordt|werd|is|worden|werden|zijn)\s+"
                              r"(?:\w+\s+){0,4}?(?:overgenomen|ingenomen)\s+door\s+", re.IGNORECASE)


def handover_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Vicevoorzitter was X (Almere); haar taak is overgenomen door wethouder Y (Dordrecht)": Y
    succeeded X, the last person named before the clause; a role word may precede Y. The handover is
    dated by its own clause alone ("…; dat trekkerschap is per 1 maart 2025 overgenomen door Y"), not by
    X's start ("X was sinds 2022 trekker"); told as done with no date, X's post is over (round 55x)."""
    if len(persons) < 2:
        return
    for match in ctx.asserted_cues(_HANDOVER_CLAUSE, sentence):
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if not (before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start])):
            continue
        # "X was sinds 2022 trekker van Z; dat trekkerschap is overgenomen door Y": the handover's time is its own
        # clause's, not X's start; told as done, X's post is over (round 55x)
        day = change_date(ctx.text, match.start() + 1, sentence.end, year=ctx.date)
        office = re.fullmatch(r"(\w+)schap", match.group("task"))
        role = role_of(office.group(1)) if office is not None else None
        add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=new.start, day=day, own_day=True,
                       only_role=role.label if role is not None else None)
        if day is None and match.group("verb") in ("is", "werd", "zijn", "werden"):
            end_posts_handed_over(ctx, sentence, before[-1], match.start(), role.label if role is not None else None)


def as_successor_of(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Het bestuur benoemt Y per 1 april tot penningmeester van de G40, als opvolger van de heer X":
    Y succeeded X, and X held the role Y is given."""
    for new, old in zip(persons, persons[1:]):
        if _RELATIVE_SUCCESSOR.fullmatch(ctx.text, new.end, old.start) and ctx.asserted(sentence, new.start, old.end):
            _pulled_in_relative(ctx, sentence, new, old)
            add_succession(ctx, sentence, new, old, 0.75)
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
        add_succession(ctx, sentence, before[-1], old, 0.75)
        share_role_back(ctx, sentence, before[-1], old)


#: a sentence that opens with a personal pronoun: "Zij werd …", "Hij is …"
_OPENING_PRONOUN = re.compile(r"(?:Zij|Hij|Ze)\s")


#: the unit the relative clause says the successor pulls or chairs: "die de themagroep Jeugd sinds 2022 trekt"
_PULLS_UNIT = re.compile(r"\b(?:trekt|trok|voorzit|zat\s+[^,;()]{0,40}?voor)\b")


def _pulled_in_relative(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """"X, die de themagroep Jeugd sinds 2022 trekt als opvolger van Y": X is the unit's trekker (Y
    was, before; see :func:`graph.extract.passed_on_roles.add_succession`)."""
    verb = _PULLS_UNIT.search(ctx.text, new.end, old.start)
    units = [m for m in ctx.in_span(new.end, verb.start()) if m.type in PASSED_ON] if verb else []
    if len(units) != 1 or not re.fullmatch(r"(?:\s*\([^()]{0,60}\))?\s*,\s*die\s+(?:de|het)\s+",
                                           ctx.text[new.end:units[0].start]):
        return
    role = role_of("trekker" if verb.group().startswith("tr") else "voorzitter")
    if role is not None:
        ctx.add(new, "hasRole", units[0], sentence, "succession.relatief-trekt", 0.7, role=role.label,
                stated_at=verb.start())


#: the clause after a semicolon that names who led the body before: "; daarvoor werd de themagroep geleid door"
_LED_BEFORE = re.compile(r";\s*(?:daarvoor|daarvóór|voordien|tot\s+dan(?:\s+toe)?)\s+(?:werd|was)\s+(?:de|het)\s+[\w-]+\s+"
                         r"(?:geleid|voorgezeten|getrokken)\s+door\s+")


def led_before(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Hij is sinds maart 2021 voorzitter; daarvoor werd de themagroep geleid door X": the one who holds the
    role now (the clause before the semicolon names the role) succeeded X (round 43b).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok is wethouder in Ede. Zij is sinds 2021 voorzitter; daarvoor werd de pijler geleid door Jan de Wit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Kok', 'Jan de Wit')]
    """
    for match in ctx.asserted_cues(_LED_BEFORE, sentence):
        old = next((p for p in persons if p.start >= match.end()), None)
        if old is None or not re.fullmatch(DESCRIBED, ctx.text[match.end():old.start]):
            continue
        before = [p for p in persons if p.end <= match.start()]
        new = before[0] if before else ctx.pronoun_person(sentence)
        if new is None or new.label == old.label or role_pattern().search(ctx.text, sentence.start, match.start()) is None:
            continue
        add_succession(ctx, sentence, new, old, 0.7, stated_at=match.start())
