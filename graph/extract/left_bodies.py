"""Leaving a body: "directeur X heeft het bureau verlaten" — the role was held there, and is over.

A farewell names the role before the person and the body that is left as the object of the verb:

======================================================  ==========================================
construction                                            example
======================================================  ==========================================
"<rol> X heeft <body> verlaten", "<rol> X verlaat/      "Na acht jaar heeft secretaris Eva Kok de
verliet <body>"                                         VNG verlaten"; "Directeur Jan Smit
                                                        verlaat Platform31"
"<rol> X neemt/nam afscheid van <body>"                 "Adviseur Eva Kok nam afscheid van Divosa"
"<rol> X vertrekt/vertrok bij <body>"                   "Secretaris Jan Smit vertrekt bij de VNG"
"X stopt/is gestopt met <body>", "X trad/stapte uit     "Eva Kok is gestopt met de themagroep";
<body>", "X is uit <body> gestapt/getreden"             "Jan Smit trad per 1 mei uit de werkgroep"
                                                        (not "is in de werkgroep getreden": joined)
======================================================  ==========================================

The person held the role at that body (``hasRole``, past); without a role word before the name,
the person worked there (``affiliatedWith``, past), or was a member of the pijler, themagroep or
werkgroep left (``hasRole`` lid, past). A town in brackets after the name is the
person's own ("Oud-voorzitter X (Ede) heeft de themagroep verlaten"), never the body left; a date
of leaving ("per 1 februari 2025 verlaten") ends the role the day before it
(:data:`graph.extract.periods.LEAVING`), a month or year of leaving ("nam in januari 2025 afscheid
van") on its last day. A role word with its own complement ("voorzitter
van de pijler X") is not about the body left. Called per sentence by :func:`graph.extract.roles.find_roles`.

Going to a new employer says where one works now: "X, die naar de provincie Utrecht is gegaan", "X
is naar het ministerie van BZK gegaan", "X gaat naar de gemeente Ede" (``affiliatedWith``). The
employer is written as one ("de gemeente", "de provincie", "het ministerie van") or is an
organisation: "naar Utrecht gegaan" may be a trip. Leaving ("die naar de gemeente Nijmegen is
vertrokken") counts only for an employer written as one: "vertrokken naar Divosa" says where to,
not for whom one works.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Na acht jaar heeft secretaris Eva Kok de VNG verlaten.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role, r.past) for r in ex.relations if r.rule == "roles.verlaten"]
[('Eva Kok', 'VNG', 'secretaris', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .departures import month_of_leaving
from .model import Mention, Sentence
from .periods import change_date, day_after, day_before, last_day_in
from .role_words import role_of, role_pattern

__all__ = ["left_body", "gone_to"]

#: a verb of leaving with its object after it: "verlaat de VNG", "nam afscheid van Divosa", "vertrekt bij X"
_LEAVES = re.compile(r"\b(?:verlaat|verliet|verlieten|(?:neemt|nam|namen)\s+(?:\w+\s+){0,5}?afscheid\s+van|"
                     r"(?:vertrekt|vertrok)\s+(?:\w+\s+){0,4}?bij|"  # "vertrekt per 1 maart 2026 bij"
                     # "stopt (per 1 mei) met de themagroep", "is gestopt met", "treedt/stapt uit de werkgroep"
                     r"(?:stopt|stopte|stopten|gestopt)\s+(?:\w+\s+){0,4}?met|"
                     r"(?:treedt|trad|traden|stapt|stapte|stapten)\s+(?:\w+\s+){0,4}?uit|(?:uitgetreden|uitgestapt)\s+uit)\s+",
                     re.IGNORECASE)
#: what may stand between the verb and the body left: "verliet (in mei) (de)", "verlaat (per 1 juni 2026) (de
#: gemeente)"
_BEFORE_BODY = re.compile(r"(?:(?!niet\b|nooit\b|nog\s+niet\b)[^\s,;.:()]+\s+){0,5}?(?:de\s+|het\s+)?"
                          r"(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: the same with the verb last, the object before it: "heeft (na acht jaar) de VNG verlaten"
_LEFT = re.compile(r"\b(?:verlaten|afscheid\s+genomen\s+van|gestapt|getreden|uitgetreden)\b", re.IGNORECASE)
#: "uit" before the body a verb-last "gestapt/getreden" leaves ("is uit de werkgroep gestapt"; not "in … getreden")
_OUT_OF = re.compile(r"\buit\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
#: a negation after the object: "verliet de VNG niet"
_DENIED_AFTER = re.compile(r"\s+(?:niet|nooit|nog\s+niet)\b", re.IGNORECASE)
_BODY_TYPES = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit"})
#: the units one is a member of (``lid``): leaving one without a role word ends a membership
_MEMBER_KINDS = frozenset({"pijler", "themagroep", "taskforce", "stuurgroep", "kernteam", "werkgroep", "commissie"})
#: between the role word and the name: a title or nothing
_ROLE_GAP = re.compile(r"\s*(?:(?:mevrouw|mevr\.|de\s+heer|dhr\.|drs\.|dr\.|mr\.|ir\.|prof\.)\s+)?$", re.IGNORECASE)


def _role_before(ctx: DocContext, sentence: Sentence, person: Mention):
    """The role word right before ``person`` ("directeur X"), if it has no complement of its own."""
    for match in ctx.cues(role_pattern(), sentence):
        if match.end() <= person.start and _ROLE_GAP.fullmatch(ctx.text, match.end(), person.start):
            return role_of(match.group(0))
    return None


def _hyphen_last(mentions: list[Mention], body: Mention, text: str) -> Mention:
    """The last mention of a hyphenated compound that opens with ``body`` ("G40-bureau" → "bureau")."""
    while text[body.end:body.end + 1] == "-":
        joined = next((m for m in mentions if m.start == body.end + 1 and m.type in _BODY_TYPES), None)
        if joined is None:
            break
        body = joined
    return body


def _left(ctx: DocContext, sentence: Sentence, mentions: list[Mention], pronoun: tuple[Mention, int] | None = None):
    """(person, body, cue start) for each leaving the sentence states; ``pronoun``: the person an opening
    "Hij"/"Zij" stands for and the pronoun's end, the subject of a sentence that names none."""
    text = ctx.text

    def subject_before(at: int) -> tuple[Mention, int] | None:
        if pronoun is not None:
            return pronoun if pronoun[1] <= at else None
        persons = [m for m in mentions if m.type == "Person" and m.end <= at]
        return (persons[-1], persons[-1].end) if persons else None

    for cue in ctx.asserted_cues(_LEAVES, sentence):
        body = next((m for m in mentions if m.start >= cue.end() and m.type in _BODY_TYPES), None)
        if body is not None and not _BEFORE_BODY.fullmatch(text, cue.end(), body.start):
            body = None
        subject = subject_before(cue.start())
        if body is not None and subject and not _DENIED_AFTER.match(text, _hyphen_last(mentions, body, text).end):
            yield subject[0], _hyphen_last(mentions, body, text), cue.start()
    for cue in ctx.asserted_cues(_LEFT, sentence):
        subject = subject_before(cue.start())
        if subject is None:
            continue
        person, after = subject
        town = (ctx.bracket_after(person) if pronoun is None else None) or (0, 0)  # "X (Ede) heeft … verlaten": X's town
        bodies = [m for m in mentions if m.type in _BODY_TYPES and after <= m.start and m.end <= cue.start()
                  and not town[0] <= m.start < town[1]]
        if bodies and cue.group(0).lower().endswith(("gestapt", "getreden")) \
                and not _OUT_OF.search(text, after, bodies[0].start):
            continue  # "is in de werkgroep getreden": joined, not left
        if bodies and not re.search(r"[,;]", text[after:cue.start()]):
            yield person, _hyphen_last(mentions, bodies[0], text), cue.start()


#: the pronoun that opens a sentence about leaving: "Hij heeft de taskforce per 1 maart verlaten"
_PRONOUN_OPENING = re.compile(r"\s*(?:Hij|Zij|Ze)\s")


def left_body(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the role (or the work) a person held at the body the sentence says they left; the person is
    named in the sentence or stands for an opening "Hij"/"Zij" (round 44k)."""
    if not any(word in sentence.text for word in ("verl", "afscheid", "vertr", "stop", "uit", "getreden")):
        return
    pronoun = None
    if not persons:
        opening = _PRONOUN_OPENING.match(ctx.text, sentence.start, sentence.end)
        person = ctx.pronoun_subject(sentence)[1] if opening is not None else None
        if person is None:
            return
        pronoun = (person, opening.end())
    mentions = ctx.in_sentence(sentence)
    for person, body, at in _left(ctx, sentence, mentions, pronoun):
        role = _role_before(ctx, sentence, person)
        until = last_day_in(sentence.text, year=ctx.date)  # "nam in januari 2025 afscheid": to the end of January
        past = not _leaves_later(ctx, sentence)
        month = None
        if until is None and past and _LEFT_IN_MONTH.search(ctx.text, at, sentence.end):
            # "verliet het bureau in november", in a letter of January: the November before (round 60s)
            until = month = month_of_leaving(ctx.text, at, sentence.end, ctx.date)
        if _new_job(ctx, sentence, person, at, until or _leaving_day(ctx, sentence), month or until) is body:
            continue  # "X vertrok voor een nieuwe baan bij het IPO": left for the IPO, not from it
        if role is not None:
            ctx.add(person, "hasRole", body, sentence, "roles.verlaten", 0.7, role=role.label, past=past, until=until)
        elif body.kind in _MEMBER_KINDS:  # "X (Ede) heeft de themagroep verlaten": X was a member
            ctx.add(person, "hasRole", body, sentence, "roles.verlaten", 0.65, role="lid", past=past, until=until)
        else:
            ctx.add(person, "affiliatedWith", body, sentence, "roles.verlaten", 0.65, past=past, until=until)


#: a past tense of leaving with its object: "verliet het bureau in november" (a month after the verb, see above)
_LEFT_IN_MONTH = re.compile(r"\b(?:verliet|verlieten|vertrok|vertrokken|stopte|stopten|trad|traden|stapte|stapten|"
                            r"nam|namen)\b", re.IGNORECASE)
#: where one left for: "voor een nieuwe baan bij het IPO", "voor een functie bij de provincie Utrecht"
_FOR_A_JOB = re.compile(r"\s+voor\s+een\s+(?:nieuwe\s+|andere\s+)?(?:baan|functie|betrekking|job)"
                        r"(?:\s+als\s+[^\W\d_][\w-]*)?\s+bij\s+(?:de\s+(?:gemeente\s+|provincie\s+)?|het\s+(?:ministerie\s+van\s+)?)?",
                        re.IGNORECASE)


def _new_job(ctx: DocContext, sentence: Sentence, person: Mention, at: int, left: str | None = None,
             month_left: str | None = None) -> Mention | None:
    """Add where ``person`` works now, where the leaving at ``at`` names it: "X verliet het G40-bureau in november
    voor een nieuwe baan bij het IPO" (round 60s): X is affiliated with the IPO. The job follows the body left
    (and a time), before the next comma or semicolon; "voor een baan bij" with no body named right after it, or
    a job not taken ("zonder een nieuwe baan"), gives nothing. ``left``: the leaving's last day, where the
    sentence dates it; the new job starts the day after, or in the month of ``month_left`` where the leaving was
    dated by its month ("in november"). Returns the new employer, if any.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Secretaris Eva Kok verliet de VNG in mei voor een nieuwe baan bij het IPO.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "roles.nieuwe-baan"]
    [('Eva Kok', 'IPO')]
    """
    if "voor een" not in sentence.text:
        return None
    text = ctx.text
    clause_end = min([i for i in (text.find(",", at, sentence.end), text.find(";", at, sentence.end)) if i >= 0]
                     or [sentence.end])
    start = text.find(" voor een", at, clause_end)
    job = _FOR_A_JOB.match(text, start) if start >= 0 else None
    if job is None:
        return None
    # the employer's mention begins where the pattern ends, or holds its kind: "bij de |provincie Utrecht|"
    target = next((m for m in ctx.in_sentence(sentence) if start < m.start <= job.end() < m.end), None)
    if target is None or target.type not in ("Organisation", "Ministry", "Municipality", "Province") \
            or target.label == person.label:
        return None
    before = len(ctx.relations)
    ctx.add(person, "affiliatedWith", target, sentence, "roles.nieuwe-baan", 0.65)
    if len(ctx.relations) > before:  # the sentence's time is the leaving's: the new job starts when that ends
        month = left is not None and left[:7] == (month_left or "")[:7]
        ctx.relations[-1] = dataclasses.replace(
            ctx.relations[-1], past=False, valid_until=None, valid_until_precision=None, told_past=False,
            valid_from=(left[:8] + "01" if month else day_after(left)) if left else None,
            valid_from_precision="month" if month else None)
    return target


def _leaving_day(ctx: DocContext, sentence: Sentence) -> str | None:
    """The last day before the day the sentence's leaving takes effect ("verliet de VNG per 1 mei 2024": 30 April)."""
    day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)
    return day_before(day) if day else None


def _leaves_later(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence dates the leaving after the document's date ("vertrekt per 1 maart 2026" in a
    document of February 2026): the post is not over yet when the document is written.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Kok vertrekt per 1 maart 2026 bij de VNG.", gazetteer=load_gazetteer(), date="2026-02-10")
    >>> [(r.object.text, r.past, r.valid_until) for r in ex.relations if r.rule == "roles.verlaten"]
    [('VNG', False, '2026-02-28')]
    """
    if not ctx.date or "per " not in sentence.text and "na " not in sentence.text:
        return False
    day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)
    return day is not None and day > ctx.date


#: going to an employer, the verb after it: "(die) naar de provincie X is gegaan", "gaat naar de gemeente Y"
_GONE_TO = re.compile(r"\b(?:(?:gaat|ging|gingen)\s+(?:[^\s,;.]+\s+){0,2}?|"
                      # "(die) de overstap (heeft) gemaakt (heeft) naar het ministerie van SZW"
                      r"de\s+overstap\s+(?:(?:heeft|had|maakt|maakte)\s+)?(?:gemaakt\s+)?(?:heeft\s+|had\s+)?)?naar\s+"
                      r"(?:de\s+(?:gemeente|provincie)\s+|het\s+ministerie\s+van\s+|de\s+|het\s+)?", re.IGNORECASE)
_GONE_AFTER = re.compile(r"\s+(?:(?:is|zijn|was)\s+(?:[^\s,;.]+\s+){0,2}?)?(?:gegaan|overgestapt)\b")
_LEFT_AFTER = re.compile(r"\s+(?:(?:is|zijn|was)\s+(?:[^\s,;.]+\s+){0,2}?)?vertrokken\b")
_EMPLOYER_WORDS = re.compile(r"(?:gemeente|provincie|ministerie\s+van)\s+$", re.IGNORECASE)


def gone_to(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "X, die naar de provincie Y is gegaan", "X gaat naar de gemeente Y", "X, die de overstap heeft
    gemaakt naar het ministerie van Y": X works at Y now.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Welkom aan Eva Kok; zij volgt Jan Smit op, die naar de provincie Utrecht is gegaan.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "roles.gegaan-naar"]
    [('Jan Smit', 'Utrecht')]
    """
    if not persons or "naar" not in sentence.text:
        return
    for cue in ctx.asserted_cues(_GONE_TO, sentence):
        target = next((m for m in ctx.in_sentence(sentence) if m.start == cue.end()), None)
        if target is None or target.type not in ("Organisation", "Ministry", "Municipality", "Province"):
            continue
        named_employer = target.type in ("Organisation", "Ministry") or _EMPLOYER_WORDS.search(cue.group())
        finite_before = cue.group().lower().startswith(("gaat", "ging", "de overstap"))
        # leaving for a body written as an employer ("die naar de gemeente Nijmegen is vertrokken") says
        # where one works; leaving for an organisation by name alone ("vertrokken naar Divosa") does not
        left_for_employer = _EMPLOYER_WORDS.search(cue.group()) and _LEFT_AFTER.match(ctx.text, target.end)
        if not named_employer or not (finite_before or _GONE_AFTER.match(ctx.text, target.end) or left_for_employer):
            continue
        if not finite_before and _DENIED_AFTER.match(ctx.text, target.end):
            continue
        before = [p for p in persons if p.end <= target.start]  # "Per mei gaat X naar Y": X after the verb
        if before:
            ctx.add(before[-1], "affiliatedWith", target, sentence, "roles.gegaan-naar", 0.65)
