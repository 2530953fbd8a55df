"""The date a founding or a signing gives the fact it starts (round 55t).

A programme, a network or a deal that someone founded "in <date>" or "op <day>" starts then: "Het
programma is in 2021 gestart door de gemeenten A en B" dates ``A initiated programma`` from 2021, "In
2017 nam hij met UWV het initiatief tot het Werkakkoord" from 2017, "Op 10 juni 2020 ondertekenden A en
B de deal" dates ``A participatesIn deal`` (and an initiator's fact) from that day. :mod:`.periods`
reads such a date as a change, not as the time of a state ("De deal is in 2020 gestart" gives no
period), so without this the fact took the document's date.

The act must be told as done (a past tense or a perfect, no plan: "wordt in 2027 gestart", "zal …
oprichten"), its date and verb in one clause (between commas or semicolons), and the date not after
the document's. Founding dates ``initiated``; signing dates ``initiated`` and ``participatesIn``. Round 56t:
joining told as done ("Epe en Ede sloten in 2018 aan", "trad in 2019 toe", "is in 2020 aangesloten",
"werd in 2017 lid") dates ``participatesIn``, and a founding done together ("startte de pijler in 2019 samen
met het ministerie van BZK het programma X") the ``collaboratesWith`` of the two its clause names.

>>> text = "Het programma Werkroute Oost is in 2021 gestart door de gemeenten Ede en Delft."
>>> founding_date(text, 0, len(text), (66, 69), (14, 34), "initiated", "2024-09-16")
('2021-01-01', 'year')
>>> founding_date(text, 0, len(text), (66, 69), (14, 34), "participatesIn", "2024-09-16") is None
True
>>> text = "Het programma Werkroute Oost wordt in 2027 gestart door de gemeenten Ede en Delft."
>>> founding_date(text, 0, len(text), (69, 72), (14, 34), "initiated", "2026-01-10") is None
True
"""

from __future__ import annotations

import re

from .periods import _DURING, _ON_DATED_DAY, _parse, precision

__all__ = ["founding_date"]

#: founding told as done: a participle (with its auxiliary, see :data:`_DONE`) or a simple past
_FOUNDING = (r"opgericht|gestart|opgezet|geïnitieerd|gelanceerd|in\s+het\s+leven\s+geroepen|startte|startten|"
             r"oprichtte|oprichtten|richtten?\s+(?:[^\s,;]+\s+){0,12}?op|zetten?\s+(?:[^\s,;]+\s+){0,12}?op|"
             r"lanceerden?|initieerden?|(?:nam|namen)\s+(?:[^\s,;]+\s+){0,12}?(?:het\s+)?initiatief")
#: an agreement "gesloten door" or "tussen" its parties is signed by them (round 58t: "De Woondeal is in 2022
#: gesloten door het ministerie van BZK, …"), not a place or a register closed ("gesloten op 14 maart")
_SIGNING = r"ondertekend|getekend|ondertekenden?|tekenden?|gesloten(?=\s+(?:door|tussen)\b)"
#: joining told as done (round 56t): "Epe en Ede sloten in 2018 aan", "trad in 2019 toe", "is in 2020 aangesloten";
#: with "zich" the object may come between ("Ede en Tiel sloten zich in 2016 bij het Werkakkoord Rivierland aan",
#: round 56s, whose first version read it in periods._TAKING_UP for every fact of the clause)
_JOINING = (r"(?:sloot|sloten)\s+(?:[^\s,;]+\s+){0,6}?aan|(?:trad|traden)\s+(?:[^\s,;]+\s+){0,6}?toe|"
            r"(?:sloot|sloten)\s+(?:[^\s,;]+\s+){0,6}?zich\s+(?:[^\s,;]+\s+){0,8}?aan|"
            r"aangesloten|toegetreden|(?:werd|werden)\s+(?:[^\s,;]+\s+){0,4}?lid")
_FOUNDED = re.compile(rf"\b(?:{_FOUNDING})\b", re.IGNORECASE)
_SIGNED = re.compile(rf"\b(?:{_SIGNING})\b", re.IGNORECASE)
_JOINED = re.compile(rf"\b(?:{_JOINING})\b", re.IGNORECASE)
#: a participle needs an auxiliary of the past or the perfect in its clause
_PARTICIPLE = re.compile(r"opgericht|gestart|opgezet|geïnitieerd|gelanceerd|in\s+het\s+leven\s+geroepen|ondertekend|getekend|gesloten|"
                         r"aangesloten|toegetreden", re.IGNORECASE)
_DONE = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|heeft|hebben|heb|had|hadden)\b", re.IGNORECASE)
#: a plan, a wish or a denial: "wordt in 2027 gestart", "zal in 2025 worden opgericht", "niet ondertekend"
_NOT_DONE = re.compile(r"\b(?:zal|zullen|gaat|gaan|wil|willen|wordt|worden|niet|geen|nooit|moet|moeten|"
                       r"mogelijk|wellicht|beoogd|gepland)\b", re.IGNORECASE)
_CUT = re.compile(r"[,;:()]|\s[–—-]\s")


def _clauses(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    cuts = [begin] + [m.end() for m in _CUT.finditer(text, begin, end)] + [end + 1]
    return [(a, b - 1) for a, b in zip(cuts, cuts[1:]) if b - 1 > a]


def told_done(text: str, begin: int, end: int, act: re.Match) -> bool:
    """Whether the clause ``text[begin:end]`` tells its ``act`` as done: no plan, wish or denial in it, and a
    participle with an auxiliary of the past or the perfect.

    >>> text = "Het programma is gestart; het wordt gestart"
    >>> [told_done(text, b, e, _FOUNDED.search(text, b, e)) for b, e in ((0, 24), (25, len(text)))]
    [True, False]
    """
    if _NOT_DONE.search(text, begin, end):
        return False
    return not (_PARTICIPLE.fullmatch(act.group()) and not _DONE.search(text, begin, end))


def _act_date(text: str, begin: int, end: int, verbs: re.Pattern, year: str | None) -> tuple[str, str | None] | None:
    """The one date of an act (``verbs``) told as done in the clause ``text[begin:end]``."""
    act = verbs.search(text, begin, end)
    if act is None or not told_done(text, begin, end, act):
        return None
    dates = [(m, "e") for m in _DURING.finditer(text, begin, end)] \
        + [(m, "o") for m in _ON_DATED_DAY.finditer(text, begin, end)]
    if len(dates) != 1:
        return None
    match, prefix = dates[0]
    days = _parse(match.groupdict(), prefix, None, None)
    if days is None or year and days[0].isoformat() > year[:10]:
        return None
    return days[0].isoformat(), precision(days)


def founding_date(text: str, begin: int, end: int, subject: tuple[int, int], obj: tuple[int, int],
                  predicate: str, year: str | None) -> tuple[str, str | None] | None:
    """The start (ISO date, its precision) that a founding or signing in the sentence ``text[begin:end]``
    gives ``predicate`` between the mentions at ``subject`` and ``obj`` (offsets), else None. Of several
    such clauses, the one naming both ends counts, else the subject's, else the object's, else the only
    one; ``year``: the document's date (a later date is a plan)."""
    verbs = {"participatesIn": [_SIGNED, _JOINED], "initiated": [_FOUNDED, _SIGNED],
             "collaboratesWith": [_FOUNDED]}.get(predicate, [])
    acts = []
    for clause in _clauses(text, begin, end):
        found = next((date for date in (_act_date(text, *clause, v, year) for v in verbs) if date), None)
        if found:
            acts.append((clause, found))
    if not acts:
        return None

    def within(clause: tuple[int, int], mention: tuple[int, int]) -> bool:
        return clause[0] <= mention[0] and mention[1] <= clause[1]

    if predicate == "collaboratesWith":  # a joint founding dates the partners it names in its clause (one perhaps
        # by a reference the context resolved: "startte de pijler … samen met BZK")
        outside = not begin <= subject[0] < end
        return next((found for clause, found in acts if within(clause, obj) and (outside or within(clause, subject))), None)
    for test in (lambda c: within(c, subject) and within(c, obj), lambda c: within(c, subject),
                 lambda c: within(c, obj)):
        chosen = [found for clause, found in acts if test(clause)]
        if chosen:
            return chosen[0]
    return acts[0][1] if len(acts) == 1 else None
