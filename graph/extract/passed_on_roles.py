"""The roles a successor takes over: once "Y succeeded X" is read, the roles X held of a unit,
programme or organisation pass to Y from the day after X left, and X's end the day before.

"Tot maart 2023 was X vicevoorzitter van de taskforce. Zij werd opgevolgd door Y" gives Y the role
of vicevoorzitter of the taskforce from 1 April 2023. The one role Y is given in the sentence or
the one before was X's ("De pijler benoemt Y tot vicevoorzitter. Zij volgt X op"); a relative
clause after X dates X's leaving ("…, die in december 2022 afscheid nam") or says X led ("…, die
sinds 2022 aan het roer stond"); a role X takes up elsewhere ("…, die gedeputeerde is geworden")
does not pass on.

:func:`add_succession` is how the succession readers add a succession (:mod:`.succession`,
:mod:`.succession_clauses`, :mod:`.office_handover`, :mod:`.plural_succession`, :mod:`.firstperson`).

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Bram Wit is voorzitter van de themagroep Wonen. Per 1 mei 2024 volgt Anna Kroes (Breda) Bram Wit op."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.role, r.valid_from, r.valid_until) for r in ex.relations if r.predicate == "hasRole")
[('Anna Kroes', 'voorzitter', '2024-05-01', None), ('Bram Wit', 'voorzitter', None, '2024-04-30')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext
from .lexicon import load_lexicon
from .model import Mention, Sentence
from .periods import change_date, day_after, day_before, find_periods, last_day_in, leaving
from .roles import role_of, role_pattern

__all__ = ["PASSED_ON", "add_succession", "end_posts_handed_over", "share_role_back"]

#: holders whose roles pass to a successor: a network's units, programmes and organisations (a
#: wethouder of Deventer succeeded as vicevoorzitter by one from Leiden does not become one there)
PASSED_ON = frozenset({"OrganisationalUnit", "Programme", "Organisation"})


def _same_office(role: str | None, office: str | None) -> bool:
    """Whether a role held is the office a handover names (any, when it names none): "het trekkerschap" is
    that of a trekker and of a "bestuurlijk trekker".

    >>> _same_office("bestuurlijk trekker", "trekker"), _same_office("lid", "voorzitter"), _same_office("lid", None)
    (True, False, True)
    """
    return office is None or role == office or (role or "").endswith(" " + office)


#: the office someone leaves, after the leaving verb: "X trad in mei terug als jurylid", "Y stopt als trekker"
_LEFT_AS = re.compile(r"[^.;:]{0,160}?\s+als\s+(?:de\s+|het\s+)?(?P<office>[a-zà-ÿ][\w-]*)")


def _office_left(ctx: DocContext, old: Mention, sentence: Sentence) -> str | None:
    """The office ``old`` leaves in the sentence that names them, before ``sentence`` ("X, tot dit voorjaar
    directeur van Y, trad in mei terug als jurylid. Haar plaats werd ingenomen door Z"): only that office
    passes on (a word that is no known role passes on nothing), not the roles X held elsewhere.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = ("Eva Kok, tot mei directeur van Platform31, trad in juni terug als jurylid. "
    ...         "Haar plaats werd ingenomen door Jan de Wit.")
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "hasRole")
    [('Eva Kok', 'Platform31')]
    """
    named_in = ctx.sentence_at(old.start)
    if named_in is None or named_in.start >= sentence.start:
        return None
    match = _LEFT_AS.match(ctx.text, old.end, named_in.end)
    if match is None or not leaving(ctx.text[old.end:match.start("office")]):
        return None
    word = role_pattern().match(ctx.text, match.start("office"))
    role = role_of(word.group(0)) if word is not None and word.end() == match.end("office") else None
    return role.label if role is not None else match.group("office")


def _same_person(label: str, named: str) -> bool:
    """Whether ``label`` is the person a later mention ``named`` stands for: the same name, or the full
    name of which it is the surname ("zij volgde de heer Van der Zee op" after "Jaap van der Zee").

    >>> _same_person("Jaap van der Zee", "Van der Zee"), _same_person("Jaap van der Zee", "Zee"), _same_person("Eva Kok", "Kok")
    (True, True, True)
    >>> _same_person("Eva Kok", "Jan Kok")
    False
    """
    return label == named or (" " not in named.strip() or named[:1].isupper() and named.split()[0].lower() in _PARTICLES) \
        and label.lower().endswith(" " + named.lower())


#: particles that open a surname written without its given name: "Van der Zee", "De Vries"
_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "te", "in", "het", "'t"})


def add_succession(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, confidence: float, *,
                    stated_at: int | None = None, only_role: str | None = None, day: str | None = None,
                    own_day: bool = False) -> None:
    """Add "``new`` succeeded ``old``", and pass on the roles ``old`` held of a unit, programme or
    organisation as stated since the sentence that names ``old`` (at least the previous one), from
    the day after ``old`` left:
    "Tot maart 2023 was X vicevoorzitter van de taskforce. Zij werd opgevolgd door Y" gives Y the
    role of vicevoorzitter of the taskforce from 1 April 2023. ``only_role``: the one role the sentence
    says is passed on ("nam het voorzitterschap van hem over"), when it names one; ``day``: the day
    of the handover when another sentence dates it ("Zij treedt per 1 juli terug. Y volgt haar op");
    ``own_day``: ``day`` is the handover's own time or none, not the time of the clause that names ``old``
    ("X was sinds 2022 trekker; dat trekkerschap is overgenomen door Y": 2022 is X's start).

    Examples
    --------
    (see tests/test_extract_round3.py::test_a_successor_takes_over_the_role_in_the_network)
    """
    previous = ctx.previous_sentence(sentence)
    only_role = only_role or _office_left(ctx, old, sentence) or _office_as(ctx, sentence, old)
    successor = _successor_role(ctx, sentence, new, old, previous)
    if successor is not None and not _same_office(successor.role, only_role):
        successor = None  # "X leidt de workshop van de themagroep. X neemt het trekkerschap over van Y": no chair passes
    day = day if own_day else day or _succession_day(ctx, sentence, old, new)
    if day is None and not own_day and successor is not None and successor.valid_from and not successor.valid_until:
        day = successor.valid_from  # "X is sinds september 2025 trekker; zij volgde Y op"
    ctx.add(new, "succeeded", old, sentence, "relations.opvolging", confidence, stated_at=stated_at, since=day)
    until = _left_until(ctx, sentence, old) or (day_before(day) if day else None)  # "…, die in mei afscheid nam"
    named_in = ctx.sentence_at(old.start)
    start = min(s.start for s in (sentence, previous, named_in) if s is not None)
    held = [r for r in ctx.relations if r.predicate == "hasRole" and _same_person(r.subject.label, old.label)
            and r.object.type in PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end
            and not _taken_up(ctx, r, sentence, old, day) and _same_office(r.role, only_role)
            and r.rule != "roles.seat"]  # a seat the sentence passes on in its body is passed on (graph.extract.seats)
    for relation in held:
        since = day_after(relation.valid_until) if relation.valid_until else day
        added = len(ctx.relations)
        ctx.add(new, "hasRole", relation.object, sentence, "relations.opvolging-rol", 0.65, role=relation.role,
                stated_at=new.start, since=since)
        if since is None and len(ctx.relations) > added:
            _taken_over_then(ctx, ctx.relations[-1])
        if until is not None:
            _end_at(ctx, relation, until)
    if day is not None and successor is not None and not successor.valid_from and not successor.past:
        _replace(ctx, successor, valid_from=day)
    elif day is None and successor is not None:
        _taken_over_then(ctx, successor)
    _former_at_helm(ctx, sentence, new, old, previous)
    led = _led_kind(ctx, sentence, old)  # "…, die het programma leidde": only the programme
    since, since_precision, held_until = _held_since(ctx, sentence, old, until)  # "…, die van 2021 tot 1 februari 2024 … was"
    until = until or held_until
    if successor is not None and not any(r.object.label == successor.object.label for r in held) \
            and led in (None, successor.object.type):
        # "De pijler benoemt X tot vicevoorzitter. Zij volgt Y op": Y was vicevoorzitter of the pijler
        _add_held(ctx, old, successor, sentence, 0.65, until, since, since_precision)
    if successor is None and not held:
        # "X wordt geleid door programmamanager Y (of the bureau and the deal). Zij volgde Z op": Z held that role
        for relation in _one_role_several_holders(ctx, sentence, new, previous):
            if led not in (None, relation.object.type):
                continue
            _add_held(ctx, old, relation, sentence, 0.6, until, since, since_precision)


def _add_held(ctx: DocContext, old: Mention, post, sentence: Sentence, confidence: float, until: str | None,
              since: str | None, since_precision: str | None) -> None:
    """Add the post ``post`` names (its body and role) as held by ``old``, the one succeeded, in the past."""
    added = len(ctx.relations)
    ctx.add(old, "hasRole", post.object, sentence, "succession.opvolger-rol", confidence, role=post.role,
            past=True, stated_at=old.start, until=until, since=since if until else None)
    if since and until and len(ctx.relations) > added and since_precision:  # (an end alone: its own precision)
        _replace(ctx, ctx.relations[-1], valid_from_precision=since_precision)


def _held_since(ctx: DocContext, sentence: Sentence, old: Mention, until: str | None
                ) -> tuple[str | None, str | None, str | None]:
    """The start (and its precision) and the end a relative clause after the one succeeded gives their post:
    "Zij volgde X op, die van 2021 tot 1 februari 2024 programmamanager was" (round 56t); Nones without one,
    or with a start after ``until``."""
    relative = _WHO_LEAVES.match(ctx.text, old.end, sentence.end)
    periods = find_periods(ctx.text, relative.start(1), relative.end(1), year=ctx.date) if relative else []
    terms = [p for p in periods if p.valid_from and not p.during]
    if len(terms) > 1:  # "van 2021 tot 1 februari 2024 … en sindsdien werkt bij": the term, not the time after it
        terms = [p for p in terms if p.valid_until]
    if len(terms) != 1 or until and terms[0].valid_from > until:
        return None, None, None
    return terms[0].valid_from, terms[0].from_precision, terms[0].valid_until


def end_posts_handed_over(ctx: DocContext, sentence: Sentence, old: Mention, before: int, role: str | None) -> None:
    """Mark the posts ``old`` holds in ``sentence`` before offset ``before`` as over, with no end date:
    "X was sinds 2022 trekker van Z; dat trekkerschap is overgenomen door Y" (``role``: only that one)."""
    for relation in [r for r in ctx.relations if r.predicate == "hasRole" and (r.subject.start, r.subject.end) == (old.start, old.end) and not r.past
                     and not r.valid_until and sentence.start <= r.evidence_start and r.evidence_end <= sentence.end
                     and r.object.end <= before and _same_office(r.role, role)]:
        _replace(ctx, relation, past=True)


#: a passive succession that names the office: "… werd zij (daar) opgevolgd als " (the role follows)
_PASSIVE_AS = re.compile(r"\bopgevolgd\s+als\s+")


def _office_as(ctx: DocContext, sentence: Sentence, old: Mention) -> str | None:
    """The office a succession names after the one succeeded ("volgt X op als voorzitter"): only that
    role passes on, not the others X held (round 40t), or in a passive ("zij werd opgevolgd als
    vicevoorzitter door Y", round 55x); None when it names no known role."""
    as_role = _OP_AS.match(ctx.text, old.end, sentence.end) or _PASSIVE_AS.search(ctx.text, sentence.start, sentence.end)
    named = role_pattern().match(ctx.text, as_role.end()) if as_role is not None else None
    role = role_of(named.group(0)) if named is not None else None
    return role.label if role is not None else None


def _taken_over_then(ctx: DocContext, relation) -> None:
    """Mark the role a successor takes over with no date ("Y volgt haar op als voorzitter van de
    pijler") as taken up: the start of a term on the document's day (``appointed``, which
    :mod:`graph.build` dates where the document is dated to the day), not a fact of that one day
    (round 40t). A role with a time of its own or said to be over keeps it.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Anna Kroes stopt als voorzitter van de Pijler Sociaal. Bram Wit volgt haar op als voorzitter van de Pijler Sociaal."
    >>> [(r.subject.text, r.appointed) for r in extract("d", text, gazetteer=load_gazetteer(), date="2022-04-11").relations
    ...  if r.predicate == "hasRole"]
    [('Anna Kroes', False), ('Bram Wit', True)]
    """
    if not (relation.valid_from or relation.valid_until or relation.past or relation.appointed):
        _replace(ctx, relation, appointed=True)


#: the role a successor takes over, named after "op": "volgt X per 1 maart op als voorzitter"
_OP_AS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\s+als\s+")


_SINCE = re.compile(r"\bsinds\b", re.IGNORECASE)
#: the passive of a succession: "X wordt (per 1 mei) opgevolgd door Y"
_SUCCEEDED_BY = re.compile(r"\bopgevolgd\s+door\b")
#: a post someone takes up: "Zij is per 1 september directeur bij Platform31 geworden"
_TAKES_UP = re.compile(r"\b(?:geworden|wordt|werd)\b")


#: a relative clause after the one succeeded that says where they went: "…, die voorzitter van de
#: pijler is geworden", "…, die per 1 april gedeputeerde wordt"
_WHO_MOVES = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*die\s+[^,;()]{0,80}?\b(?:geworden|wordt|werd)\b")


#: a relative clause after the one succeeded that says what they go on with: "…, die zich richt op haar
#: rol als lid van …", "…, die lid blijft van …"
_WHO_KEEPS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*die\s+[^;()]{0,160}?"
                        r"\b(?:blijft|richt|richten|concentreert|gaat\s+verder|houdt)\b")


def _taken_up(ctx: DocContext, relation, sentence: Sentence, old: Mention, day: str | None) -> bool:
    """Whether ``relation`` is a role ``old`` takes up ("Zij is per 1 september directeur bij X
    geworden"; "Y volgde X op, die voorzitter van de pijler is geworden"): where the one succeeded
    went, not what the successor takes over. In the passive a role dated by the day of the succession
    itself is the one handed over ("Per 1 mei wordt de voorzitter van Z, X, opgevolgd door Y")."""
    if relation.rule == "roles.clause-final" and not relation.past:
        return True  # "Toen X in maart gedeputeerde werd, nam Y haar plaats in": where X went
    handed_over = relation.valid_from == day and _SUCCEEDED_BY.search(ctx.text, sentence.start, sentence.end) is not None
    if relation.valid_from and not relation.valid_until and not handed_over \
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
             and r.object.type in PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end]
    roles = [r for r in roles if not _also_held(ctx, sentence, new, r)]
    if _ALSO_OFFICE.search(ctx.text, sentence.start, old.start):
        # "Trekker van het leernetwerk is X. Per 1 april neemt zij ook het trekkerschap van de themagroep over van Y":
        # the office taken over is one besides the role before, which stays hers alone (round 55l)
        roles = [r for r in roles if r.evidence_start >= sentence.start]
    as_role = _OP_AS.match(ctx.text, old.end, sentence.end)
    if as_role is not None:
        named = role_pattern().match(ctx.text, as_role.end())
        role = role_of(named.group(0)) if named else None
        roles = [r for r in roles if role is not None and r.role == role.label]
    if len({(r.object.label, r.role) for r in roles}) != 1:
        return None
    return roles[0]


#: a role held besides the one taken over: "Zijn opvolger, Y, is ook lid van de themagroep"
_ALSO = re.compile(r"\b(?:ook|tevens|eveneens|daarnaast|bovendien)\b")
#: an office taken over besides one held: "neemt zij ook het trekkerschap (van de themagroep) over"
_ALSO_OFFICE = re.compile(r"\b(?:ook|tevens|eveneens|daarnaast|bovendien)\s+(?:het|de)\s+\w+schap\b")


def _also_held(ctx: DocContext, sentence: Sentence, new: Mention, relation) -> bool:
    """Whether the succession's ``sentence`` gives ``new`` the role of ``relation`` as one held besides
    ("is ook lid van de themagroep"): not the role taken over from the one succeeded (round 43b). In the
    sentence before, "ook" sets the role beside another of that sentence ("Wethouder Y, die ook trekker
    is, …. Zij werd als opvolger van X benoemd"): that role may still be the one taken over.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Zijn opvolger, Eva Smit, is ook lid van de Themagroep Wonen."
    >>> ex = extract("d", "Het bestuur dankt Jan Kok. " + text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.predicate) for r in ex.relations if r.subject.type == "Person")
    [('Eva Smit', 'hasRole'), ('Eva Smit', 'succeeded')]
    """
    if not sentence.start <= new.end <= relation.object.start:
        return False
    return _ALSO.search(ctx.text, new.end, relation.object.start) is not None


def _in_own_bracket(ctx: DocContext, person: Mention, thing: Mention) -> bool:
    """Is ``thing`` named in the bracket right after ``person`` ("Eva Kok (Tilburg)")?"""
    return thing.start > person.end and _OPEN_BRACKET.fullmatch(ctx.text, person.end, thing.start) is not None


#: from a name to a mention inside the bracket right after it: " (", " (wethouder "
_OPEN_BRACKET = re.compile(r"\s*\([^()]{0,40}")


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
             and r.object.type in PASSED_ON and previous.start <= r.evidence_start and r.evidence_end <= sentence.end]
    return roles if len({r.role for r in roles}) == 1 and len({r.object.label for r in roles}) > 1 else []


def _clause_of(ctx: DocContext, sentence: Sentence, mention: Mention) -> str:
    """The clause of ``sentence`` that holds ``mention`` (between commas and semicolons outside
    brackets), the brackets blanked out."""
    cuts = [m.start() for m in re.finditer(r"[,;]", ctx.text[sentence.start:sentence.end])
            if ctx.text.count("(", sentence.start, sentence.start + m.start())
            <= ctx.text.count(")", sentence.start, sentence.start + m.start())]
    offset = mention.start - sentence.start
    begin = max((c + 1 for c in cuts if c < offset), default=0)
    end = min((c for c in cuts if c >= offset), default=sentence.end - sentence.start)
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), ctx.text[sentence.start + begin:sentence.start + end])


#: a fronted time, then the passive's auxiliary, before the one succeeded: "Per 1 mei wordt de voorzitter van Z, "
_FRONTED_PASSIVE = re.compile(r"\s*(?:Per|Vanaf|Sinds|Op|Met\s+ingang\s+van)\s+[^,;]{1,30}?\s+(?:wordt|werd|is)\s+(?:de|het)\s+[^;]{1,80},\s*$")


def _succession_day(ctx: DocContext, sentence: Sentence, old: Mention, new: Mention) -> str | None:
    """The day a succession took effect, written in the clause that names the one succeeded ("Zij
    volgde in september 2022 X op", "Per 1 mei volgt Y X op", "Y volgt X per 1 maart op"), or in the
    successor's clause of a passive after an apposition ("X, voorzitter van Z, wordt per 1 mei
    opgevolgd door Y"), the brackets left out; None without one."""
    day = change_date(_clause_of(ctx, sentence, old), year=ctx.date)
    if day is None:
        passive = _clause_of(ctx, sentence, new)
        day = change_date(passive, year=ctx.date) if "opgevolgd door" in passive else None
    if day is None and _FRONTED_PASSIVE.match(ctx.text, sentence.start, old.start):
        day = change_date(ctx.text[sentence.start:old.start], year=ctx.date)  # "Per 1 mei wordt de voorzitter van Z, X, …"
    if day is None and _SUCCESSOR_APPOSITION.fullmatch(ctx.text, sentence.start, new.start) \
            and _APPOSITION_END.match(ctx.text, new.end, sentence.end):
        day = change_date(ctx.text[_APPOSITION_END.match(ctx.text, new.end, sentence.end).end():sentence.end],
                          year=ctx.date)  # "Zijn opvolger, Y, zette per 1 januari 2024 het werk voort" (round 56s)
    relative = _WHO_LEAVES.match(ctx.text, old.end, sentence.end) if day is None else None
    if relative is not None and leaving(relative.group(1)) and last_day_in(relative.group(1), year=ctx.date) is None \
            and not _SINCE.search(relative.group(1)):  # "…, die de pijler sinds 2022 voorzat en vertrekt": since when they led
        day = change_date(relative.group(1), year=ctx.date)  # "Zij volgt X op, die per 1 april vertrekt"
    return day


#: the successor in apposition to "zijn/haar opvolger" opening the sentence: "Zijn opvolger, Y, zette per 1 januari
#: 2024 het werk voort": the time of the clause after the apposition is the handover's (not "Zijn opvolger, Y,
#: was eerder wethouder")
_SUCCESSOR_APPOSITION = re.compile(r"\s*(?:Zijn|Haar|Diens)\s+opvolg(?:er|ster)\s*,\s*")
_APPOSITION_END = re.compile(r"\s*,\s*")
#: a relative clause right after the one succeeded: "X (Breda) op, die per 1 april vertrekt naar …"
_WHO_LEAVES = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op\s*)?,\s*(die\s[^,;()]{1,80})")


def _replace(ctx: DocContext, relation, **changes) -> None:
    """Put ``relation`` with ``changes`` in its place in ``ctx.relations`` (a date changed loses the
    precision of the one it replaces)."""
    for date in ("valid_from", "valid_until"):
        if date in changes:
            changes.setdefault(date + "_precision", None)
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
            and r.object.type in PASSED_ON and start <= r.evidence_start and r.evidence_end <= sentence.end]
    kind = _led_kind(ctx, sentence, old)
    for relation in held:
        if kind is not None and relation.object.type != kind:
            continue  # "…, die het programma leidde": the programme, not the bureau the successor works at
        ctx.add(old, "hasRole", relation.object, sentence, "succession.aan-het-roer", 0.65, role=relation.role,
                past=True, stated_at=match.end() - 1)


#: the thing the relative clause says the one succeeded led: "die het programma … leidde", "die de pijler leidde"
_LED_THING = re.compile(r"\bdie\s+(?:[^.;,]{0,30}?\s)??(?:de|het)\s+(\w+)")


def _led_kind(ctx: DocContext, sentence: Sentence, old: Mention) -> str | None:
    """The type of what a relative clause after the one succeeded says they led ("Zij volgde X op, die het
    programma leidde": a Programme), if it names one (see :func:`_led_type`)."""
    match = _AT_HELM.match(ctx.text, old.end, sentence.end)
    led = _LED_THING.search(match.group(0)) if match else None
    return _led_type(led.group(1).lower()) if led else None


def _led_type(noun: str) -> str | None:
    """The type of what ``noun`` names: a programme's kind ("programma", "deal") or a unit's ("pijler").

    >>> _led_type("programma"), _led_type("pijler"), _led_type("opstartfase")
    ('Programme', 'OrganisationalUnit', None)
    """
    lexicon = load_lexicon()
    if noun in lexicon.programme_kinds or noun in ("programma", "project", "deal"):
        return "Programme"
    return "OrganisationalUnit" if noun in lexicon.unit_kinds else None


def share_role_back(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """The roles this sentence gives ``new`` were ``old``'s before: "Y is directeur bij EZK en volgt in
    die functie X op" makes X a former directeur of EZK; not the town in ``new``'s own bracket, which says
    who Y is ("wethouder Y (Tilburg), als opvolger van X": X is no wethouder of Tilburg; round 45k,
    walkthrough 20, finding 27).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "De pijler Wonen kreeg een nieuwe trekker, wethouder Eva Kok (Tilburg), als opvolger van Jan Wit."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "hasRole" and r.subject.text == "Jan Wit")
    []
    """
    given = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject is new
             and sentence.start <= r.evidence_start < sentence.end and not _in_own_bracket(ctx, new, r.object)]
    for relation in given:
        ctx.add(old, "hasRole", relation.object, sentence, "succession.in-die-functie", 0.65, role=relation.role,
                past=True, stated_at=old.start)
