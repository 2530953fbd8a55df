"""G40 membership over time in the named questions: who counts as a G40 city under a window.

The reference graph says who is a member today (``g40:g40Member true``) and, from ``g40_members.csv``, since
when (``g40:g40MemberSince``) and, for a city that left, until when (``g40:g40MemberUntil``, its last day; no
``g40Member``). A question about G40 cities marks each group that binds its city with ``# @member ?city``
(beside ``# @time ?ev``), and :func:`with_members` writes it out:

* without a window (no ``at``, ``from``, ``until`` or ``as_of``): nothing; today's members, the text as it
  stands (``g40:g40Member true``);
* under a window: a member is any city with either property (``g40:g40Member|g40:g40MemberUntil``; the path only
  when a former member meets the window, :data:`FORMER`), kept when
  its membership meets the window: ``--at D`` and ``--as-of D`` a member on D, ``--from F --until U`` a member
  on at least one day of [F, U] (a missing bound open on both sides: no ``lid_sinds`` is a member from the
  start). Its facts are then filtered by the window as any city's. Two ``FILTER NOT EXISTS`` on the city's
  dates against the bound ``?at``/``?from``/``?until``/``?as_of`` terms: no value is written into the text.

The answers kept beside a graph (:mod:`graph.kept_answers`, :mod:`graph.window_counts`, :mod:`graph.side_join`)
are today's members' rows: under a window :func:`window_members` says which of them count (their rows are
kept, the others' left out) and whether a former member counts too, whose rows only the text has (then the
text answers). The network projection (:func:`graph.project.to_networkx`) marks the members of its window
(:func:`members_of`).

>>> text = "?city g40:g40Member true .\\n  # @member ?city\\n"
>>> with_members(text, window=False)
'?city g40:g40Member true .\\n\\n'
>>> print(with_members(text, window=True, former=True))  # doctest: +NORMALIZE_WHITESPACE
?city g40:g40Member|g40:g40MemberUntil [] .
  FILTER NOT EXISTS { ?city g40:g40MemberSince ?city_ms_ FILTER(?city_ms_ > COALESCE(?at, ?until, ?as_of)) }
  FILTER NOT EXISTS { ?city g40:g40MemberUntil ?city_mu_ FILTER(?city_mu_ < COALESCE(?at, ?from, ?as_of)) }
<BLANKLINE>
>>> member_on(("2014-11-20", None), {"at": "2012-01-01"}), member_on(("2014-11-20", None), {"from": "2012-01-01"})
(False, True)
>>> member_on((None, "2021-06-30"), {"as_of": "2021-06-30"}), member_on((None, "2021-06-30"), {"at": "2021-07-01"})
(True, False)
"""

from __future__ import annotations

import re
from typing import Any, Mapping, NamedTuple

__all__ = ["FORMER", "former_binding", "with_members", "marks_members", "window_members", "members_of", "member_on",
           "only_members", "WindowMembers", "membership_of", "membership_text"]

_MARKER = re.compile(r"^([ \t]*)# @member[ \t]+\?(\w+)[ \t]*$", re.M)
_WINDOW = ("at", "from", "until", "as_of")
_XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>"

#: the membership test at a marker (``{v}``: the city's variable): no start after the window's end, no end before
#: its start (an unbound end or start: an error in COALESCE, so the inner FILTER drops the date: open)
_TEST = """FILTER NOT EXISTS {{ ?{v} g40:g40MemberSince ?{v}_ms_ FILTER(?{v}_ms_ > COALESCE(?at, ?until, ?as_of)) }}
{indent}FILTER NOT EXISTS {{ ?{v} g40:g40MemberUntil ?{v}_mu_ FILTER(?{v}_mu_ < COALESCE(?at, ?from, ?as_of)) }}"""

#: in a text to take away (``g40kg questions NAME``), asked with no window bound: today's members only
_UNBOUND = """
{indent}FILTER(IF(BOUND(?at) || BOUND(?from) || BOUND(?until) || BOUND(?as_of), true, EXISTS {{ ?{v} g40:g40Member true }}))"""


#: the key :func:`graph.questions.question_bindings` adds (a literal true) when a former member meets the window
FORMER = "g40_former_member"


def former_binding(dataset, question, bindings: Mapping[str, Any]) -> dict:
    """``{FORMER: true}`` when ``question`` marks its G40 cities, ``bindings`` hold a window and a city that is no
    member today was one in it (its text must then match former members); else ``{}``."""
    from rdflib import Literal

    if dataset is None or not marks_members(question.text) or all(bindings.get(name) is None for name in _WINDOW):
        return {}
    return {FORMER: Literal(True)} if members_of(dataset, bindings).former else {}


def marks_members(text: str) -> bool:
    """Whether a question's text marks a group of G40 cities (``# @member ?city``)."""
    return bool(_MARKER.search(text))


def with_members(text: str, window: bool, former: bool = True, shared: bool = False) -> str:
    """``text`` with each ``# @member ?v`` marker written out (module docstring): nothing without a ``window``;
    under one the marker tests the membership's dates against the window and, when a ``former`` member (no member
    today) meets the window, every ``g40:g40Member`` pattern of the text also matches one (a property path:
    ``g40-cities-not-taking-part`` at 10^5 triples 8 → 55 ms of CPU on Oxigraph, so only then; the rows are the
    same without it when no former member meets the window). ``shared``: a text whose window parameters may stay
    unbound (``g40kg questions NAME``), which then keeps today's members only."""
    if not _MARKER.search(text):
        return text
    if not window:
        return _MARKER.sub("", text)
    if former:
        text = _with_former(text)

    def test(match) -> str:
        indent, variable = match.group(1), match.group(2)
        return indent + _TEST.format(v=variable, indent=indent) + (
            _UNBOUND.format(v=variable, indent=indent) if shared else "")

    return _MARKER.sub(test, text)


def _with_former(text: str) -> str:
    """``text`` whose ``g40:g40Member`` patterns also match a city with a ``g40:g40MemberUntil``."""
    text = text.replace("g40:g40Member true", "g40:g40Member|g40:g40MemberUntil []")
    for variable in set(re.findall(r"g40:g40Member (\?\w+)", text)):  # "?city g40:g40Member ?member_ … sameTerm"
        text = text.replace(f"g40:g40Member {variable}", f"g40:g40Member|g40:g40MemberUntil {variable}")
        text = text.replace(f"sameTerm({variable}, true)",
                            f"(sameTerm({variable}, true) || DATATYPE({variable}) = {_XSD_DATE})")
    return text


class WindowMembers(NamedTuple):
    """The members a window keeps (city IRIs as text) and whether one of them is no member today."""
    members: frozenset
    former: bool


def member_on(period: tuple, bound: Mapping[str, Any]) -> bool:
    """Whether a membership ``period`` (since, until: ISO dates or None, open) meets the window ``bound``
    (``at``, ``from``, ``until``, ``as_of``: terms or text)."""
    start = next((str(bound[name]) for name in ("at", "from", "as_of") if bound.get(name) is not None), None)
    end = next((str(bound[name]) for name in ("at", "until", "as_of") if bound.get(name) is not None), None)
    since, until = period
    return (since is None or end is None or since <= end) and (until is None or start is None or start <= until)


def window_members(dataset, question, bound: Mapping[str, Any], timeout: float | None = None) -> WindowMembers | None:
    """The G40 members under the window of ``bound`` (:class:`WindowMembers`), for a question that marks its G40
    cities; None without a window or for another question."""
    if not any(bound.get(name) is not None for name in _WINDOW) or not marks_members(question.text):
        return None
    return members_of(dataset, bound, timeout)


def members_of(dataset, bound: Mapping[str, Any], timeout: float | None = None) -> WindowMembers:
    """The G40 members under the window of ``bound`` (``at``/``from``/``until``/``as_of``; none: every city that
    was ever a member) and whether one of them is no member today, from the membership periods read once per open
    graph (:func:`_membership_periods`). ``timeout``: unused, a triple pattern's lookups are few."""
    today, since, until = _membership_periods(dataset)
    members, former = set(), False
    for city in today | set(until):
        if member_on((since.get(city), until.get(city)), bound):
            members.add(str(city))
            former = former or city not in today
    return WindowMembers(frozenset(members), former)


def membership_of(dataset, city, bound: Mapping[str, Any] | None = None) -> dict | None:
    """What ``g40kg entity`` and the entity page say of ``city``'s (an IRI) G40 membership (round 59d): ``since``
    and ``until`` (ISO dates or None), ``today`` (a member now), and under the window of ``bound`` (``at``, ``from``,
    ``until``, ``as_of``) ``member``, whether the four G40 questions count it then (:func:`member_on`, as
    :func:`members_of` reads it), and ``whole``, whether it was a member on every day of it; None for a city that
    never was a member."""
    from rdflib import URIRef

    today, since, until = _membership_periods(dataset)
    node = URIRef(str(city))
    if node not in today and node not in since and node not in until:
        return None
    period = (since.get(node), until.get(node))
    found = {"since": period[0], "until": period[1], "today": node in today}
    if bound and any(bound.get(name) is not None for name in _WINDOW):
        found["member"] = (node in today or node in until) and member_on(period, bound)
        first = next((str(bound[name]) for name in ("at", "from", "as_of") if bound.get(name) is not None), None)
        last = next((str(bound[name]) for name in ("at", "until", "as_of") if bound.get(name) is not None), None)
        found["whole"] = found["member"] and (period[0] is None or (first is not None and period[0] <= first)) and (
            period[1] is None or (last is not None and period[1] >= last))
    return found


_WORDS = {
    "nl": {"line": "G40-lid {when}: {answer} ({period}; g40_members.csv)", "on": "op {day}", "in": "in {start} – {end}",
           "yes": "ja", "no": "nee", "part": "ja, een deel van die tijd", "since": "lid sinds {since}",
           "both": "lid van {since} tot en met {until}", "until": "lid tot en met {until}",
           "open": "lid zonder bekende begindatum"},
    "en": {"line": "G40 member {when}: {answer} ({period}; g40_members.csv)", "on": "on {day}", "in": "in {start} – {end}",
           "yes": "yes", "no": "no", "part": "yes, part of that time", "since": "a member since {since}",
           "both": "a member from {since} up to and including {until}", "until": "a member up to and including {until}",
           "open": "a member, start not known"},
}


def membership_text(found: dict, bound: Mapping[str, Any], lang: str = "nl", day: str | None = None) -> str:
    """The line that says :func:`membership_of`'s ``found`` under the window of ``bound`` (``day``: the day as
    the page writes it, else the window's dates).

    >>> membership_text({"since": "2022-07-01", "until": None, "member": False, "whole": False}, {"at": "2021-06-01"})
    'G40-lid op 2021-06-01: nee (lid sinds 2022-07-01; g40_members.csv)'
    >>> membership_text({"since": "2014-11-20", "until": "2027-06-30", "member": True, "whole": False},
    ...                 {"from": "2027-01-01", "until": "2027-12-31"}, "en")
    'G40 member in 2027-01-01 – 2027-12-31: yes, part of that time (a member from 2014-11-20 up to and including 2027-06-30; g40_members.csv)'
    """
    words = _WORDS.get(lang, _WORDS["nl"])
    if day is None and bound.get("from") is not None and bound.get("until") is not None:
        when = words["in"].format(start=bound["from"], end=bound["until"])
    else:
        when = words["on"].format(day=day or next(str(bound[n]) for n in ("at", "as_of", "from", "until")
                                                  if bound.get(n) is not None))
    since, until = found["since"], found["until"]
    period = words["both" if since and until else "since" if since else "until" if until else "open"].format(
        since=since, until=until)
    one_day = bound.get("at") is not None or bound.get("as_of") is not None
    answer = words["no"] if not found["member"] else words["yes"] if found["whole"] or one_day else words["part"]
    return words["line"].format(when=when, answer=answer, period=period)


#: per open graph: its members today and every membership's start and end (:func:`_membership_periods`)
_PERIODS: dict[int, tuple] = {}


def _membership_periods(dataset) -> tuple[frozenset, dict, dict]:
    """The members today, and each member's start and end (ISO dates), of ``dataset``: read as the reference graph's
    triples (41 members: some 1.5 ms of CPU on Oxigraph), no SPARQL — a window answered from kept rows asks none
    (``tests/test_window_kept_55m.py``) — once per open graph (:func:`graph.per_dataset.per_dataset`), where an ask
    under a window needs them twice (the former members' binding, then the kept rows' filter)."""
    from .per_dataset import per_dataset
    from .vocab import G40

    def read() -> tuple[frozenset, dict, dict]:
        today = frozenset(subject for subject, _, value in dataset.triples((None, G40.g40Member, None))
                          if value.toPython() is True)
        since = {subject: str(value)[:10] for subject, _, value in dataset.triples((None, G40.g40MemberSince, None))}
        until = {subject: str(value)[:10] for subject, _, value in dataset.triples((None, G40.g40MemberUntil, None))}
        return today, since, until

    try:
        return per_dataset(_PERIODS, dataset, read)
    except TypeError:  # a dataset without weak references: read each time
        return read()


def only_members(result, members: WindowMembers | None, column: str = "city"):
    """``result`` (a select :class:`graph.query.QueryResult` of today's members) with the rows of the cities
    ``members`` keeps; ``result`` itself when there is nothing to leave out."""
    from .query import QueryResult

    if result is None or members is None:
        return result
    rows = [row for row in result.rows if row.get(column) is None or str(row[column]) in members.members]
    return result if len(rows) == len(result.rows) else QueryResult("select", columns=list(result.columns), rows=rows)
