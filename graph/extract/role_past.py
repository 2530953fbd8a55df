"""Whether a role is over: "oud-", "voormalig", "eerder", a past copula with a time that is
over, and leaving it (:data:`graph.extract.periods.LEAVING`). Helpers of :mod:`graph.extract.roles`.

A becoming-verb dates the start of a role, not its end: "X was al eerder gekozen als voorzitter",
"Y is eerder tot trekker benoemd", "Z werd vier jaar geleden aangesteld als secretaris" say when the
person became chair, who still is; the past tense and "eerder" belong to the election. Only a time
that ends the role ("tot 2020", "en nam in mei afscheid") makes such a role past. "X was eerder
voorzitter" (a copula in the past) is over.

>>> s = "Y (Ede) was al eerder gekozen als voorzitter."
>>> appointed_in_clause(s, Sentence(0, len(s), s), s.index("voorzitter"), s.index("."))
True
>>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("voorzitter"), s.index("."))
False
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import RoleWord
from .model import Mention, Sentence
from .periods import MONTH_NAMES, MONTHS, find_periods, leaving
from .role_words import role_of, role_pattern

__all__ = ["announced_leaving", "denied_role", "instead_holder", "left_after_role", 
    "_EARLIER", "_EARLIER_OPENING", "_NEW_POST_AFTER", "_PAST", "_PAST_SPAN", "_ended_in_clause",
    "_leaving_after_apposition", "appointed_in_clause", "no_longer", "title_of_past_subject", "UNTIL_TIME", "ended_before", "inverted_leaving"
]


_PAST = re.compile(r"(?:\b(?:oud|ex)-|\bvoormalig(?:e)?\s+|\bvoorheen\s+)$", re.IGNORECASE)

_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
#: the end of a role in an apposition: "X, tot 2022 directeur van Y", "X, tot dit voorjaar wethouder"
UNTIL_TIME = (r"tot\s+(?:(?:dit|deze|vorig|vorige|afgelopen)\s+(?:jaar|voorjaar|najaar|zomer|winter|maand|week)|"
              r"de\s+(?:zomer|verkiezingen|gemeenteraadsverkiezingen)|kort\s+geleden|voor\s+kort|onlangs|"
              r"(?:begin\s+|medio\s+|eind\s+)?(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{4})?|(?:begin\s+|medio\s+|eind\s+)?\d{4})")
_UNTIL_TIME = re.compile(r"\b" + UNTIL_TIME + r"\b")


def ended_before(text: str, start: int, end: int, date: str | None) -> bool:
    """Whether ``text[start:end]``, the words between a name and its role, end the role before the
    document's ``date``: "X, tot 2022 directeur van Y" (in a text of 2024), "X, tot dit voorjaar
    wethouder"; not "X, tot 2026 voorzitter" in a text of 2024 (the role still runs).

    >>> ended_before("Eva Kok, tot 2022 directeur", 7, 18, "2024-03-01"), ended_before("Eva Kok, tot 2026 directeur", 7, 18, "2024-03-01")
    (True, False)
    >>> ended_before("Eva Kok, tot dit voorjaar wethouder", 7, 26, None)
    True
    """
    match = _UNTIL_TIME.search(text, start, end)
    if match is None:
        return False
    periods = find_periods(text, match.start(), match.end(), year=date)
    until = periods[0].valid_until if periods else None
    return not (until and date and until >= date)


#: a new post after a past role: "X was wethouder in Maastricht en is (half maart) geïnstalleerd als …"
_NEW_POST_AFTER = re.compile(r"\s+en\s+is\s+(?:[\w-]+\s+){0,4}?(?:geïnstalleerd|benoemd|gekozen|aangesteld|beëdigd)\s+(?:als|tot)\b")
#: an opening that puts a past copula before something later: "Voor zijn wethouderschap (in Maastricht) was X
#: directeur", "Daarvoor was zij trekker" (the role is over)
_EARLIER_OPENING = re.compile(r"\s*(?:(?:Vóór|Voor)\s+(?:zijn|haar|hun)\s+(?!komst\b)[^\s,.;]+(?:\s+(?:in|bij|als)\s+[^,.;]{1,40}?)?"
                              r"|Daarvoor|Daarvóór|Vroeger|Voorheen|Destijds)\s+(?:was|waren)\s")
#: a past copula over a span up to now: "X was de afgelopen twee jaar vicevoorzitter" (and is no longer)
_PAST_SPAN = re.compile(r"\s*(?:was|waren)\s+(?:de\s+)?(?:afgelopen|voorbije)\s+(?:[\w-]+\s+)?(?:jaar|jaren|maanden)\s+"
                        r"(?:(?:de|het|ook|al)\s+)*$", re.IGNORECASE)


#: a leaving announced, not done: "kondigt aan dat hij … stopt", "heeft aangekondigd", "zal stoppen", "is van plan te stoppen"
_ANNOUNCED = re.compile(r"\b(?:kondig(?:t|de|den|en)\s+(?:[\w/.-]+\s+){0,3}?aan|aangekondigd|zal|zullen|"
                        r"(?:is|zijn)\s+van\s+plan|wil|willen)\b", re.IGNORECASE)
_ANY_MONTH = "|".join(sorted(MONTHS, key=lambda name: (-len(name), name)))
#: the months written in full, in a fixed order (a set's order changes per process: the pattern
#: text must not, or the compiled-pattern cache misses, tests/test_startup.py)
_FULL_MONTH = "|".join(sorted(MONTH_NAMES, key=lambda name: (-len(name), name)))
#: a date in a clause, at the precision it gives: "in 2023", "in december 2022", "per 1 december 2022",
#: and a month of the document's year written in full and lower case ("per 1 december"; not "Jan")
_DATE_IN_CLAUSE = re.compile(
    rf"\b(?:(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_ANY_MONTH})\.?\s+)?(?P<year>(?:19|20)\d{{2}})\b"
    rf"|\b(?:(?P<bare_day>\d{{1,2}})\s+)?(?P<bare_month>{_FULL_MONTH})\b(?!\s*\d)")


def announced_leaving(clause: str, date: str | None = None) -> bool:
    """Whether a clause about leaving says it is still to come: it announces it, or names a time
    after the document's date (``date``, ISO), compared at the precision the clause gives (a year,
    a month, a day; a month or day without a year is of the document's year): the role still holds
    on the document's day.

    >>> announced_leaving("kondigt aan dat hij in 2023 stopt"), announced_leaving("stopt in 2023", "2022-11-17")
    (True, True)
    >>> announced_leaving("neemt afscheid"), announced_leaving("stopte in 2021", "2022-11-17")
    (False, False)
    >>> [announced_leaving(c, "2022-11-17") for c in ("stopt in december 2022", "stopt per 1 december",
    ...                                                "stopte in november 2022", "stopte op 2 november 2022")]
    [True, True, False, False]
    """
    if _ANNOUNCED.search(clause):
        return True
    return bool(date) and any(_after(found, date) for found in _DATE_IN_CLAUSE.finditer(clause))


def _after(found: re.Match, date: str) -> bool:
    """Does the date ``found`` (:data:`_DATE_IN_CLAUSE`) lie after ISO ``date``, at its own precision?"""
    year = found.group("year") or date[:4]
    month, day = found.group("month") or found.group("bare_month"), found.group("day") or found.group("bare_day")
    if month is None:
        return year > date[:4]
    when = f"{year}-{MONTHS[month.lower()]:02d}"
    if day is None or not 1 <= int(day) <= 31:
        return when > date[:7]
    return f"{when}-{int(day):02d}" > date[:10]


#: the main clause after an apposition: ", stopt per 1 maart 2023 (als voorzitter)"
_APPOSITION_END = re.compile(r"[^,;()]*?,\s*")
_CLAUSE_END = re.compile(r"[,;]")
_OTHER_ROLE = re.compile(r"\bals\s+(?:de\s+|het\s+)?")
#: a contact's task, which a main clause may leave besides the apposition's role
_CONTACT_TASK = re.compile(r"\b(?:contactpersoon|aanspreekpunt)\b", re.IGNORECASE)


def _leaving_after_apposition(ctx: DocContext, sentence: Sentence, role: RoleWord, end: int) -> int | None:
    """Where the main clause starts when it says that the person of an apposition leaves the role
    it names: "X, voorzitter van de pijler Sociaal, stopt per 1 maart 2023" (not when it names
    another role: "X, wethouder van Breda, stopt als voorzitter").

    >>> from graph.extract.lexicon import load_lexicon
    >>> text = "X, voorzitter van Y, stopt per 1 maart 2023."
    >>> role_end = text.index(" van Y")
    >>> at = _leaving_after_apposition(DocContext("d", text, [], []), Sentence(0, len(text), text),
    ...                                load_lexicon().roles["voorzitter"], role_end)
    >>> text[at:]
    'stopt per 1 maart 2023.'
    """
    closing = _APPOSITION_END.match(ctx.text, end, sentence.end)
    if closing is None:
        return None
    main = closing.end()
    clause_end = _CLAUSE_END.search(ctx.text, main, sentence.end)
    clause_end = clause_end.start() if clause_end else sentence.end
    if not leaving(ctx.text, main, clause_end):
        return None
    for als in _OTHER_ROLE.finditer(ctx.text, main, clause_end):
        other = role_pattern().match(ctx.text, als.end())
        if other is not None and role_of(other.group(0)) != role:
            return None
    if _CONTACT_TASK.search(ctx.text, main, clause_end):
        return None  # "X, adviseur bij Y, is per 1 maart niet langer contactpersoon voor Z": the contact is left
    return main


#: a time adverb that puts a role in the past: "Y, die eerder als programmamanager bij de VNG werkte"; "hiervoor"
#: only by a past verb ("was hiervoor directeur", "werkte hiervoor als", not "zet zich hiervoor in als"), and
#: "uit haar tijd als directeur" (round 44x, walkthrough 19, finding 27)
_EARLIER_WORDS = (r"eerder|vroeger|voorheen|daarvoor|destijds|(?:was|waren|werkte|werkten)\s+hiervoor|"
                  r"hiervoor\s+(?:was|waren|werkte|werkten)|uit\s+(?:haar|zijn|hun|mijn|onze)\s+tijd")
_EARLIER = re.compile(rf"\b(?:{_EARLIER_WORDS})\b", re.IGNORECASE)


#: a leaving whose verb stands before an "als"-role and its particle or participle after it: "legt zijn functie
#: als wethouder neer", "treedt per 1 juni als voorzitter af", "is als trekker gestopt"
_SPLIT_LEAVING = {"neer": re.compile(r"\b(?:legt|legde|legden|leggen)\b", re.IGNORECASE),
                  "af": re.compile(r"\b(?:treedt|trad|traden|treden)\b", re.IGNORECASE),
                  "terug": re.compile(r"\b(?:treedt|trad|traden|treden)\b", re.IGNORECASE)}
_LEAVING_AFTER_ROLE = re.compile(r"[^,;()]{0,80}?\s(neer|af|terug|neergelegd|gestopt|afgetreden|teruggetreden|"
                                 r"vertrokken)\b(?!\s+en\s+toe\b)", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:is|zijn|was|waren|heeft|hebben|had|hadden)\b", re.IGNORECASE)


def left_after_role(text: str, clause_start: int, end: int, sentence_end: int) -> bool:
    """Whether the clause from ``clause_start`` (the subject's end) through the role word ending at ``end``
    leaves the role with a verb split around it: "X legt zijn functie als wethouder van Y neer", "X treedt
    per 1 juni als voorzitter af", "X is als trekker gestopt" (round 44k).

    >>> s = "Eva Kok legt zijn functie als wethouder van Ede neer."
    >>> left_after_role(s, 7, s.index(" van"), len(s))
    True
    >>> s = "Eva Kok legt als wethouder van Ede de eerste steen."
    >>> left_after_role(s, 7, s.index(" van"), len(s))
    False
    """
    after = _LEAVING_AFTER_ROLE.match(text, end, sentence_end)
    if after is None:
        return False
    word = after.group(1).lower()
    verb = _SPLIT_LEAVING.get(word, _PERFECT)
    return verb.search(text, clause_start, end) is not None


#: a simple past copula: "was", "waren"
_WAS = re.compile(r"\b(?:was|waren)\b", re.IGNORECASE)
#: a time that is over, said with the past copula: "daarvoor", "eerder", "tot de zomer", "tot voor kort", "vier jaar",
#: "afscheid nam"
_ENDED_TIME = re.compile(
    rf"\b(?:{_EARLIER_WORDS}|daarvóór|jarenlang|lange\s+tijd)\b"
    r"|\btot\s+(?:en\s+met\s+)?(?:(?:de|het|zijn|haar|hun|vorig|vorige|kort|voor|eind|begin|medio|half|afgelopen)\b|\d)"
    r"|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})\s+(?:jaar|jaren|maanden)\b"
    r"|\bafscheid\s+(?:nam|namen)\b|\b(?:vertrok|vertrokken|stopte|stopten)\b", re.IGNORECASE)


#: the participle of a becoming-verb: the clause it is in dates the start of a role
_BECOMING = re.compile(r"\b(?:gekozen|verkozen|herkozen|benoemd|herbenoemd|aangesteld|geïnstalleerd|beëdigd|"
                       r"aangewezen)\b", re.IGNORECASE)
#: where a clause's second predicate starts: "X was voorzitter en werd in 2020 benoemd tot …" (not "en"
#: inside a name: "de pijler Economie en Werk")
_NEXT_PREDICATE = re.compile(r"\s(?:en|maar)\s+(?=[a-zà-ÿ])")
#: the times that end a role even when an election is dated: "tot 2020", "nam afscheid", "stopte"
_ENDING_TIME = re.compile(r"tot\b|afscheid|vertrok|stopte", re.IGNORECASE)


def _role_clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around the role word at ``start:end``: between commas, semicolons, colons and brackets."""
    left = max([text.rfind(c, sentence.start, start) for c in ",;:()"] + [sentence.start])
    stops = [k for k in (text.find(c, end, sentence.end) for c in ",;:()") if k >= 0]
    return left, min(stops + [sentence.end])


#: "geen" right before a role word: "die geen wethouder (van Venlo) meer is", "X is geen lid meer"
_NONE_BEFORE = re.compile(r"\bgeen\s+$", re.IGNORECASE)
_ANY_MORE = re.compile(r"\bmeer\b")


#: "niet" right before a role word, denying it: "X is niet (de) voorzitter van Y" (not "niet alleen",
#: "niet langer", "niet meer": those end a role, :data:`graph.extract.periods.LEAVING`)
_NOT_BEFORE = re.compile(r"\bniet\s+(?:(?:de|het|een)\s+)?(?:nieuwe\s+)?$|\bgeen\s+nieuwe\s+$", re.IGNORECASE)
#: a denial between a role word and the name it is given to: "Voorzitter van Y is niet X (maar Z)"
_NOT_BETWEEN = re.compile(r"\b(?:niet|geen|nooit)\b(?!\s+(?:alleen|enkel|langer|meer)\b)", re.IGNORECASE)


def denied_role(text: str, sentence: Sentence, start: int, end: int, holder: Mention) -> bool:
    """Whether the role word at ``start:end`` is denied of ``holder``: "niet" right before it ("X is
    niet de voorzitter van Y", a correction's "Correctie: X is niet voorzitter"), or a denial between
    it and a holder named after it ("Voorzitter van Y is niet X maar Z"). No fact is read then (walkthrough
    17; round 44k).

    >>> s = "Eva Kok is niet de voorzitter van de themagroep."
    >>> eva = Mention(0, 7, "Eva Kok", "Person", "", 1.0)
    >>> denied_role(s, Sentence(0, len(s), s), s.index("voorzitter"), s.index(" van"), eva)
    True
    >>> s = "Eva Kok is niet langer voorzitter van de themagroep."
    >>> denied_role(s, Sentence(0, len(s), s), s.index("voorzitter"), s.index(" van"), eva)
    False
    >>> s = "Voorzitter van de themagroep is niet Eva Kok maar Jan Smit."
    >>> denied_role(s, Sentence(0, len(s), s), 0, 10, Mention(37, 44, "Eva Kok", "Person", "", 1.0))
    True
    """
    left = max(sentence.start, start - 20)
    if ("niet" in text[left:start] or "geen" in text[left:start]) and _NOT_BEFORE.search(text, left, start):
        return True
    return holder.start > end and _NOT_BETWEEN.search(text, end, holder.start) is not None


#: "…, maar (wel) " right after a denied holder: "Voorzitter is niet X, maar Z"
_BUT_INSTEAD = re.compile(r"\s*,?\s*maar\s+(?:wel\s+)?")


def instead_holder(text: str, holder: Mention, after: list[Mention]) -> Mention | None:
    """The person a denial names instead of ``holder``: Z in "Voorzitter van Y is niet X maar Z"
    (``after``: the mentions after ``holder`` in its sentence); None when no "maar" and name follow.

    >>> s = "Voorzitter is niet Eva Kok maar Jan Smit."
    >>> jan = Mention(32, 40, "Jan Smit", "Person", "", 1.0)
    >>> instead_holder(s, Mention(19, 26, "Eva Kok", "Person", "", 1.0), [jan]).label
    'Jan Smit'
    """
    but = _BUT_INSTEAD.match(text, holder.end)
    if but is None:
        return None
    return next((m for m in after if m.type == "Person" and m.start == but.end()), None)


def no_longer(text: str, sentence: Sentence, start: int, end: int) -> bool | None:
    """Whether the role word at ``start:end`` is denied with "geen": True when its clause says the
    role is over ("geen … meer": "die na de verkiezingen geen wethouder van Venlo meer is"), False when
    it is denied outright ("X is geen lid van de taskforce": no fact), None when no "geen" stands before it.

    >>> s = "Zij volgt Eva Kok op, die geen wethouder van Ede meer is."
    >>> no_longer(s, Sentence(0, len(s), s), s.index("wethouder"), s.index(" van Ede"))
    True
    >>> s = "Eva Kok is geen lid van de taskforce."
    >>> no_longer(s, Sentence(0, len(s), s), s.index("lid"), s.index(" van de"))
    False
    """
    if _NONE_BEFORE.search(text, max(sentence.start, start - 6), start) is None:
        return None
    right = _role_clause(text, sentence, start, end)[1]
    return _ANY_MORE.search(text, end, right) is not None


def appointed_in_clause(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the role word at ``start:end`` is what a becoming-verb in its clause makes someone:
    "was al eerder gekozen als voorzitter", "is eerder tot trekker benoemd" (not "was voorzitter en
    werd benoemd tot wethouder": the election is the next predicate's).

    >>> def role_at(s, word):
    ...     return appointed_in_clause(s, Sentence(0, len(s), s), s.index(word), s.index(word) + len(word))
    >>> role_at("Y was eerder voorzitter en werd in 2020 benoemd tot wethouder.", "voorzitter")
    False
    >>> role_at("Y is eerder als trekker van de pijler aangesteld.", "trekker")
    True
    """
    left, right = _role_clause(text, sentence, start, end)
    return _BECOMING.search(_own_predicate(text, left, start, end, right)) is not None


def _own_predicate(text: str, left: int, start: int, end: int, right: int) -> str:
    """The part of the clause ``left:right`` that is the predicate of the role word at ``start:end``:
    cut where "en"/"maar" opens another ("X is nu nog directeur bij Y en was eerder werkzaam bij Z").

    >>> s = "X is nu nog directeur bij Y en was eerder werkzaam bij Z"
    >>> _own_predicate(s, 0, s.index("directeur"), s.index(" bij"), len(s))
    'X is nu nog directeur bij Y'
    """
    for opening in _NEXT_PREDICATE.finditer(text, left, start):
        left = opening.end()
    following = _NEXT_PREDICATE.search(text, end, right)
    return text[left:following.start() if following else right]


def _ended_in_clause(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the clause of the role word at ``start:end`` puts the role in the past: a simple past
    copula ("was", "waren") with a time that is over ("daarvoor", "eerder", "tot de zomer", "vier jaar",
    "en nam in september afscheid"). The clause runs between commas, semicolons and brackets, so
    "X, die tot de zomer voorzitter was, is nu wethouder" makes only the first role past.

    >>> s = "Zij is in dienst en was daarvoor directeur bij X."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" bij"))
    True
    >>> s = "Zij was in 2019 tot de nieuwe directeur van X benoemd."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" van"))
    False
    >>> s = "Zij is al vier jaar directeur bij X."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" bij"))
    False
    """
    left, right = _role_clause(text, sentence, start, end)
    clause = text[left:right]
    if _WAS.search(_own_predicate(text, left, start, end, right)) is None:
        return False  # "X is nu nog directeur bij Y en was eerder werkzaam bij Z": the past is the next predicate's
    elected = appointed_in_clause(text, sentence, start, end)
    for time in _ENDED_TIME.finditer(clause):
        if elected and not _ENDING_TIME.match(time.group(0)):
            continue  # "was al eerder gekozen als voorzitter": "eerder" dates the election
        appointed = re.match(r"tot\s+(?:(?:de|het|nieuwe)\s+)*", time.group(0) + clause[time.end():], re.IGNORECASE)
        if appointed and role_pattern().match(clause, time.start() + appointed.end()):
            continue  # "was tot de nieuwe voorzitter benoemd": an appointment, not an end
        return True
    return False


def title_of_past_subject(text: str, sentence: Sentence, start: int, end: int, person_start: int, person_end: int) -> bool:
    """Whether the role word at ``start:end`` is the title of the person named right after it, the
    subject of a past copula that follows the name: "Wethouder X van Gouda was tot 2022 lid van de
    themagroep". The past time belongs to that predicate (the membership), not to the title.

    >>> s = "Wethouder Eva Kok van Ede was tot 2022 lid van de themagroep."
    >>> title_of_past_subject(s, Sentence(0, len(s), s), 0, 9, 10, 17)
    True
    >>> s = "Tot 2022 was wethouder Eva Kok de trekker."
    >>> title_of_past_subject(s, Sentence(0, len(s), s), 13, 22, 23, 30)
    False
    """
    left, right = _role_clause(text, sentence, start, end)
    return start < person_start and _WAS.search(text, left, start) is None \
        and _WAS.search(text, person_end, right) is not None


#: a leaving verb before its subject ("In maart trad (wethouder) X (Ede) terug als voorzitter"), and its particle after it
_LEAVING_VERB = re.compile(r"\b(?:treedt|trad|stapt|stapte|stopt|stopte|vertrekt|vertrok)\s+(?:[\w-]+\s+){0,2}$")
_LEAVING_PARTICLE = re.compile(r"(?:\s*\([^()]{0,60}\))?(?:\s+[^\s,;()]+){0,4}?\s+(?:(?:terug|af|uit)\s+)?als\s+(?:de\s+|het\s+)?")


def inverted_leaving(text: str, sentence: Sentence, person: Mention, start: int) -> bool:
    """Whether the role at ``start`` is one ``person`` leaves, the verb put before them: "Bij de pijler
    trad wethouder X (Ede) in maart terug als voorzitter", "In mei stopte X als trekker".

    >>> s = "Bij de pijler trad wethouder Eva Kok (Ede) in maart terug als voorzitter."
    >>> inverted_leaving(s, Sentence(0, len(s), s), Mention(29, 36, "Eva Kok", "Person", "", 1.0), s.index("voorzitter"))
    True
    """
    clause = max(text.rfind(",", sentence.start, person.start), text.rfind(";", sentence.start, person.start), sentence.start)
    verb = _LEAVING_VERB.search(text, clause, person.start)
    particle = _LEAVING_PARTICLE.fullmatch(text, person.end, start) if verb is not None else None
    return particle is not None and (verb.group(0).startswith(("st", "ver")) or bool(re.search(r"\s(?:terug|af|uit)\s+als", particle.group(0))))
