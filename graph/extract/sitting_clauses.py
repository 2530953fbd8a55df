"""A person sitting in a body, told in the clauses :mod:`graph.extract.membership`'s readers of "zit/zat in"
leave: a relative clause after a name with its town ("wethouder X in Deventer, die sinds januari namens de
themagroep ook in de landelijke Stuurgroep Y zit"; "X (Eindhoven), die ook in het bestuur van de MRE zit"), and
a main clause with the verb before its subject and a role word before the name ("Sinds 2022 zit wethouder X
namens de gemeente in het G40-bestuur en in de pijler Fysiek", "neemt gedeputeerde X zitting in de stuurgroep").

The person takes part in each body the clause names (a unit, with adjectives before its name: "de landelijke
Stuurgroep Y"; a unit an organisation's name opens: "de G40-pijler X"). Sitting in an organisation's board
("in het bestuur van de MRE", "in het G40-bestuur") makes the person a bestuurslid of that organisation. The clause must end in the
verb ("… zit.", "… zat, …", "… zit en …"), so "die in de stuurgroep een voorstel deed" gives nothing; the person is
the last one named before ", die", with at most a bracket or the person's town between ("X in Deventer, die …",
"X (Eindhoven), die …"): after any other words the antecedent may be another noun, and nothing is read (round 58g).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wij spraken wethouder Eva Smit in Zwolle, die namens de themagroep ook in de landelijke Stuurgroep Warmte zit."
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "membership.zit-in-bijzin"]
[('Eva Smit', 'participatesIn', 'landelijke Stuurgroep Warmte')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_sitting_clauses", "RELATIVE_RULE", "INVERTED_RULE"]

RELATIVE_RULE = "membership.zit-in-bijzin"
INVERTED_RULE = "membership.zit-in-inversie"

#: the adverbials a clause of sitting may hold before "in": "namens de themagroep", "sinds januari", "tot 2022", "ook"
_ADVERBIALS = (r"(?:(?:namens\s+(?:de\s+|het\s+)?[\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]*){0,3}|ook|al|nog|zelf|nu|inmiddels|"
               r"jarenlang|(?:sinds|vanaf|tot)\s+(?:\d{1,2}\s+)?[\w-]+(?:\s+\d{4})?|in\s+\d{4})\s+)*")
#: a relative clause opening after the person: ", die <adverbials> in "
_RELATIVE = re.compile(r",\s*die\s+" + _ADVERBIALS + r"in\s+")
#: between the person and ", die": nothing, a bracket ("(Eindhoven)") or the person's town ("in Deventer", "van Ede")
_PERSON_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\)|\s+(?:van|uit|in|bij)\s+(?:de\s+gemeente\s+)?[A-ZÀ-Ý][\w'-]*"
                          r"(?:[\s-][A-ZÀ-Ý][\w'-]*)?)?")
#: the verb first, a role word or two before the person: "zit wethouder ", "neemt gedeputeerde "
_INVERTED = re.compile(r"\b(?P<verb>zit|zat|zitten|zaten|neemt|nam|heeft|had)\s+(?:(?:ook|nu|al|sindsdien)\s+)?"
                       r"(?:[a-zà-ÿ][\w-]*\s+){0,2}(?=[A-ZÀ-Ý])")
#: after the person of an inverted clause: adverbials, then "in " ("zitting in " after "neemt/heeft")
_INVERTED_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+" + _ADVERBIALS + r"(?P<seat>zitting\s+)?in\s+")
#: before a body's name: an article ("de landelijke Stuurgroep X": the adjective may open the name or not)
_ARTICLE = re.compile(r"(?:de\s+|het\s+)?")
#: at most two adjectives between the article and the name ("de landelijke ", "het nieuwe ")
_ADJECTIVES = re.compile(r"(?:[a-zà-ÿ][\w-]*e\s+){0,2}")
#: an organisation's board named by its kind: "(in) het (algemeen) bestuur van (de) "
_BOARD_OF = re.compile(r"(?:het\s+)?(?:algemeen\s+|dagelijks\s+)?bestuur\s+van\s+(?:de\s+|het\s+)?")
#: a unit that is an organisation's board: "(G40-)bestuur", "(MRDH-)algemeen bestuur"
_BOARD = re.compile(r"(?:algemeen\s+|dagelijks\s+)?bestuur", re.IGNORECASE)
#: the verb that closes a relative clause, after the body and its complement: "… van de City Deal X zit."
_SITS_LAST = re.compile(r"[^,;:()|]{0,80}?\s(?:zit|zat|zitten|zaten)(?:\s*(?:[,.;)]|$)|\s+en\s)")
#: what may follow a body in an inverted clause: the end, another body ("en in de pijler X"), or more of the clause
_AND_IN = re.compile(r"\s*(?:,\s*|\s+en\s+)(?:ook\s+)?in\s+")


def _body(ctx: DocContext, at: int, mentions: list[Mention]) -> tuple[Mention, bool, int] | None:
    """The body named at ``at``, whether it is an organisation's board ("het bestuur van de MRE": the MRE), and
    where its name ends."""
    board = _BOARD_OF.match(ctx.text, at)
    if board is not None:
        owner = next((m for m in mentions if m.start == board.end() and m.type == "Organisation"), None)
        return (owner, True, owner.end) if owner is not None else None
    start = _ARTICLE.match(ctx.text, at).end()
    named = [m for m in mentions if m.start >= start and _ADJECTIVES.fullmatch(ctx.text, start, m.start)]
    unit = next((m for m in named if m.type == "OrganisationalUnit"), None)
    if unit is None:  # "het G40-bestuur": the unit the organisation's name opens
        owner = next((m for m in named if m.type == "Organisation"), None)
        unit = owner and next((m for m in mentions if m.type == "OrganisationalUnit" and 0 <= m.start - owner.end <= 1), None)
        if unit is not None and _BOARD.fullmatch(unit.text):
            return owner, True, unit.end  # "het G40-bestuur" is the G40's board, as "het bestuur van de G40"
    return (unit, False, unit.end) if unit is not None else None


def _seat(ctx: DocContext, person: Mention, body: tuple[Mention, bool, int], sentence: Sentence, rule: str) -> None:
    unit, board, _ = body
    if board:
        ctx.add(person, "hasRole", unit, sentence, rule, 0.7, role="bestuurslid")
    else:
        ctx.add(person, "participatesIn", unit, sentence, rule, 0.7)


def _relative(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """", die … in <body> … zit": the person before the relative clause sits in the body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Op de foto staat wethouder Piet Bos (Venlo), die ook in het bestuur van de MRDH zit."
    >>> [(r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == RELATIVE_RULE]
    [('Piet Bos', 'hasRole', 'MRDH', 'bestuurslid')]
    """
    for match in ctx.cues(_RELATIVE, sentence):
        before = [m for m in mentions if m.end <= match.start()]
        person = next((m for m in reversed(before) if m.type == "Person"), None)
        if person is None or not _PERSON_TAIL.fullmatch(ctx.text, person.end, match.start()):
            continue
        body = _body(ctx, match.end(), mentions)
        if body is None or not _SITS_LAST.match(ctx.text, body[2], sentence.end) \
                or not ctx.asserted(sentence, match.start(), body[2]):
            continue
        _seat(ctx, person, body, sentence, RELATIVE_RULE)


def _inverted(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Sinds 2022 zit wethouder X namens de gemeente in het G40-bestuur en in de pijler Fysiek": the person
    right after the verb (and a role word) sits in each body named; "neemt/heeft" only with "zitting in".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Sinds 2023 zit wethouder Eva Smit namens de gemeente in de pijler Sociaal en in de themagroep Armoede."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == INVERTED_RULE)
    [('Eva Smit', 'pijler Sociaal'), ('Eva Smit', 'themagroep Armoede')]
    """
    for match in ctx.cues(_INVERTED, sentence):
        person = next((m for m in mentions if m.start == match.end() and m.type == "Person"), None)
        tail = _INVERTED_TAIL.match(ctx.text, person.end, sentence.end) if person is not None else None
        if tail is None or (match.group("verb") in ("neemt", "nam", "heeft", "had")) != bool(tail.group("seat")):
            continue
        at = tail.end()
        while (body := _body(ctx, at, mentions)) is not None and ctx.asserted(sentence, match.start(), body[2]):
            if body[1] and _BOARD_OF.match(ctx.text, at):
                # "zat X in het algemeen bestuur van de MRDH": taking part in the MRDH, as membership's _sits_in
                # reads a main clause with the subject before "in" (round 28c)
                ctx.add(person, "participatesIn", body[0], sentence, INVERTED_RULE, 0.7)
            else:
                _seat(ctx, person, body, sentence, INVERTED_RULE)
            more = _AND_IN.match(ctx.text, body[2], sentence.end)
            if more is None:
                break
            at = more.end()


def find_sitting_clauses(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the seats in bodies ``sentence``'s relative and inverted clauses of sitting state."""
    if not any(m.type == "Person" for m in mentions):
        return
    if re.search(r"\bz[ai]tt?(?:en)?\b", sentence.text):
        _relative(ctx, sentence, mentions)
    if re.search(r"\bz[ai]tt?(?:en)?\b|\bzitting\b", sentence.text):
        _inverted(ctx, sentence, mentions)
