"""Rule 6 of :mod:`graph.resolve` for ministries: one full name placed in two ministries at the same time is
two persons (walkthrough 25, finding 2).

A verslag lists "Peter de Vries, ministerie van SZW, coördinator" and "Peter de Vries, ministerie van IenW,
beleidsmedewerker": two people of one name, as a name placed in Zwolle and in Helmond at once is
(:mod:`graph.namesakes`). Ministry staff move between ministries more often than wethouders between
towns, and a ministry's name periods and mergers move whole directorates, so the rule is narrower:

* two placements dated by their documents only are at the same time only in one document;
* placements whose text dates them ("tot 1 juli 2024 … bij EZK", "per 2 juli 2024 … bij KGG") by those
  dates, without a margin;
* a ministry and the one it went up in (VRO and BZK, KGG and EZK) are never two people's: the
  directorate moved along; nor a ministry and a municipality (a career step, or the rule of towns).

The rows are those of :func:`graph.namesakes.gather_placings`: (document id, start, end, place key, times),
and a placement is (document id, start, end, place key, interval, role, interval with a margin).

>>> times = (False, None, None, "coördinator", True)
>>> rows = [("d", 0, 14, "ministry/mnre1035", times), ("d", 90, 104, "ministry/mnre1130", times)]
>>> [row[3] for row in ministry_rows("person/p", rows, set())]
['ministry/mnre1035', 'ministry/mnre1130']
>>> ministry_rows("person/p", rows[:1], set())
[]
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["DOCUMENT_ONLY", "ministry_place_key", "ministry_rows", "other_time_or_ministry"]

#: the margin interval of a ministry placement that only its document dates
DOCUMENT_ONLY = "document only"


def ministry_rows(person: str, rows: list[tuple], forced: set) -> list[tuple]:
    """The ministry rows of ``person``'s placements when they name two ministries (or a curated split
    names the person, ``forced``); else none: one ministry is no namesake question."""
    own = [row for row in rows if row[3].startswith("ministry/")]
    return own if person in forced or len({row[3] for row in own}) > 1 else []


def other_time_or_ministry(one: tuple, other: tuple) -> bool | None:
    """Whether two placements (:mod:`graph.namesakes`) of which one is in a ministry are at the same
    time, by this module's rule; None when both are in municipalities (the rule of towns).

    >>> a = ("d", 0, 5, "ministry/mnre1035", ("2023-06-20", "2023-06-20"), "x", DOCUMENT_ONLY)
    >>> b = ("d", 9, 14, "ministry/mnre1130", ("2023-06-20", "2023-06-20"), "y", DOCUMENT_ONLY)
    >>> other_time_or_ministry(a, b), other_time_or_ministry(a, ("e",) + b[1:])
    (True, False)
    >>> other_time_or_ministry(a, ("d", 9, 14, "municipality/gm0193") + b[4:])
    False
    >>> other_time_or_ministry(("d", 0, 5, "ministry/mnre1171") + a[4:], ("d", 9, 14, "ministry/mnre1034") + b[4:])
    False
    """
    ministries = one[3].startswith("ministry/"), other[3].startswith("ministry/")
    if not any(ministries):
        return None
    if not all(ministries) or _related(one[3], other[3]):
        return False
    if one[6] == DOCUMENT_ONLY or other[6] == DOCUMENT_ONLY:
        return one[0] == other[0]
    if not isinstance(one[4], tuple) or not isinstance(other[4], tuple):
        return one[0] == other[0]
    return one[4][0] <= other[4][1] and other[4][0] <= one[4][1]


def _related(one: str, other: str) -> bool:
    """Whether one of two ministries (keys) went up in the other (the register's event)."""
    into = _merged_into()
    return into.get(one) == other or into.get(other) == one


@lru_cache(maxsize=1)
def _merged_into() -> dict[str, str]:
    from .gazetteer import load_gazetteer

    return {f"ministry/{m.code}": f"ministry/{m.merged_into[1]}" for m in load_gazetteer().ministries if m.merged_into}


def ministry_place_key(value: str) -> str | None:
    """The key of a ministry named by an abbreviation of any of its name periods, its name, its full name,
    its TOOI code or its key (a curated ``split:``'s ``where: {ministry: IenW}``), the latest ministry of
    that name first (EZ is the one of 2024, not that of 2010); None: no ministry is named so.

    >>> ministry_place_key("IenW"), ministry_place_key("ministerie van Economische Zaken"), ministry_place_key("ezk")
    ('ministry/mnre1130', 'ministry/mnre1045', 'ministry/mnre1045')
    >>> ministry_place_key("Atlantis") is None
    True
    """
    from .gazetteer import load_gazetteer

    wanted = " ".join(str(value).lower().split()).removeprefix("ministry/").removeprefix("het ")
    for ministry in sorted(load_gazetteer().ministries, key=lambda m: m.current.valid_until or "9999", reverse=True):
        names = {ministry.code, *ministry.abbreviations, *ministry.names, *(p.full_name for p in ministry.periods)}
        if wanted in {" ".join(name.lower().split()) for name in names}:
            return f"ministry/{ministry.code}"
    return None
