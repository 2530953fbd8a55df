"""The optional time of a gold fact, and whether a facts-export row has it right.

A gold fact may be a mapping instead of a list: ``{fact: [s, p, o], from: 2019-07-01,
until: 2023-02-28, past: false}`` (``any:`` instead of ``fact:`` for alternatives). Each of
``from``, ``until`` and ``past`` is optional and only checked when given; ``from``/``until``
compare with the row's ``valid_from``/``valid_until`` at the precision the gold gives (a gold
``2019`` is right for any day in 2019, ``2019-07`` for any day in July 2019, ``2019-07-01`` only
for that day) and ``null`` (or ``open``) says the text gives no start or end. A list fact (every
gold file before round 39g) has no time and scores exactly as before.

Examples
--------
>>> alternatives, time = split_gold_fact({"fact": ["a", "hasRole", "b", ["voorzitter"]], "from": 2019, "until": None})
>>> alternatives, time.given
([['a', 'hasRole', 'b', ['voorzitter']]], True)
>>> time_errors(time, {"valid_from": "2019-07-01", "valid_until": "2023-02-28", "past": False})
['tot: verwacht (open), gevonden 2023-02-28']
>>> time_errors(time, {"valid_from": "2019-07-01", "valid_until": None})
[]
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .errors import InputError
from .messages import get_language, msg

__all__ = ["GoldTime", "NO_TIME", "split_gold_fact", "gold_date", "date_matches", "time_errors"]



class _NotGiven:
    """A gold field that is absent (not checked), unlike ``None`` (an open start or end)."""

    def __repr__(self) -> str:
        return "<not given>"


_NOT_GIVEN = _NotGiven()
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TIME_KEYS = {"from", "until", "past"}


@dataclass(frozen=True)
class GoldTime:
    """What a gold fact says about its time; ``_NOT_GIVEN`` fields are not checked."""

    valid_from: object = _NOT_GIVEN
    valid_until: object = _NOT_GIVEN
    past: object = _NOT_GIVEN

    @property
    def given(self) -> bool:
        return any(value is not _NOT_GIVEN for value in (self.valid_from, self.valid_until, self.past))


NO_TIME = GoldTime()


def gold_date(value, where: str = "") -> str | None:
    """A gold ``from``/``until`` value as ISO text (year, month or day), or None for an open end.

    YAML reads ``2019-07-01`` as a date and ``2019`` as a number; both are fine.

    >>> gold_date(datetime.date(2019, 7, 1)), gold_date(2019), gold_date("2019-07"), gold_date("open"), gold_date(None)
    ('2019-07-01', '2019', '2019-07', None, None)
    >>> gold_date("juli 2019")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: 'juli 2019' is geen gouden datum (JJJJ, JJJJ-MM of JJJJ-MM-DD, of null/open)
    """
    if value is None or value == "open":
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    text = str(value)
    if isinstance(value, bool) or not _ISO_PREFIX.match(text):
        raise InputError(msg("gold_date", value=text, where=where))
    return text


def split_gold_fact(entry, where: str = "") -> tuple[list, GoldTime]:
    """A gold ``facts`` entry → (its alternatives, its :class:`GoldTime`).

    >>> split_gold_fact(["a", "partOf", "b"])
    ([['a', 'partOf', 'b']], GoldTime(valid_from=<not given>, valid_until=<not given>, past=<not given>))
    >>> split_gold_fact({"any": [["a", "partOf", "b"], ["b", "partOf", "a"]], "until": "2020"})[1].valid_until
    '2020'
    """
    if not isinstance(entry, dict):
        return [entry], NO_TIME
    if "any" in entry:
        alternatives = list(entry["any"])
    elif "fact" in entry:
        alternatives = [entry["fact"]]
    else:
        raise InputError(msg("gold_fact_mapping", keys=", ".join(map(str, entry)) or "-", where=where))
    unknown = set(entry) - _TIME_KEYS - {"any", "fact"}
    if unknown:
        raise InputError(msg("gold_fact_keys", keys=", ".join(sorted(map(str, unknown))), where=where))
    time = GoldTime(
        valid_from=gold_date(entry["from"], where) if "from" in entry else _NOT_GIVEN,
        valid_until=gold_date(entry["until"], where) if "until" in entry else _NOT_GIVEN,
        past=_gold_past(entry["past"], where) if "past" in entry else _NOT_GIVEN,
    )
    return alternatives, time


def _gold_past(value, where: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(msg("gold_past", value=value, where=where))
    return value


def date_matches(gold: str | None, found: str | None) -> bool:
    """Whether ``found`` (a row's ISO date or None) is ``gold`` at the gold's precision.

    >>> date_matches("2019", "2019-03-01"), date_matches("2019-07", "2019-07-31"), date_matches("2019-07-01", "2019-07-02")
    (True, True, False)
    >>> date_matches(None, None), date_matches(None, "2019-01-01"), date_matches("2019-01-01", "2019")
    (True, False, False)
    """
    if gold is None or found is None:
        return gold is found
    found = str(found)
    return found == gold or found.startswith(gold + "-")


def time_errors(time: GoldTime, row: dict) -> list[str]:
    """What ``row`` has wrong against ``time``, one short text per field (empty when right)."""
    english = get_language() == "en"
    open_word = "(open)"
    errors = []
    for key, gold, label in (("valid_from", time.valid_from, "from" if english else "van"),
                             ("valid_until", time.valid_until, "until" if english else "tot")):
        if gold is not _NOT_GIVEN and not date_matches(gold, row.get(key)):
            errors.append(f"{label}: {'expected' if english else 'verwacht'} {gold or open_word}, "
                          f"{'found' if english else 'gevonden'} {row.get(key) or open_word}")
    if time.past is not _NOT_GIVEN and bool(row.get("past")) != time.past:
        errors.append(f"past: {'expected' if english else 'verwacht'} {str(time.past).lower()}, "
                      f"{'found' if english else 'gevonden'} {str(bool(row.get('past'))).lower()}")
    return errors

