"""Whether a table's row is a member: the status a row's cell states, and tables of candidates.

A table of members may carry a column that says of each row whether it is one: the outcome of an
election ("| Kandidaat | Gemeente | Stemmen | Uitslag |" with "gekozen" or "niet gekozen"), the
state of a town's joining ("| Gemeente | Status |" with "ondertekend", "teruggetrokken", "in
beraad") or a vacancy ("| Lid | … | vacature |"). A row whose cell says it is not (or not yet) a
member is none, and in a table of candidates only the rows that say they were elected or joined are
members: the others stood, and the towns the candidates come from are where they come from, not
members of the body (round 40a; used by :mod:`graph.extract.tables`).

Examples
--------
>>> row_status("| Breda | Eva Smit | niet gekozen |", [(1, 7), (9, 18), (20, 33)], ["gemeente", "naam", "uitslag"])
'out'
>>> row_status("| Breda | Eva Smit | 212 | gekozen |", [(1, 7), (9, 18), (20, 24), (26, 34)],
...            ["gemeente", "kandidaat", "stemmen", "uitslag"])
'in'
>>> candidate_table(["kandidaat", "gemeente", "stemmen"]), candidate_table(["gemeente", "wethouder"])
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["row_status", "candidate_table", "CANDIDATE_COLUMN"]

#: a column of the persons who stood: "| Kandidaat |", "| Kandidaten |", "| Genomineerde |"
CANDIDATE_COLUMN = re.compile(r"kandida(?:a)?t(?:en)?|genomineerden?|sollicitanten?", re.IGNORECASE)
#: a column that says how a row came out of an election or a selection
_OUTCOME_COLUMN = re.compile(r"(?:aantal\s+)?stemmen|uitslag|(?:verkiezings)?resultaat|uitkomst|gekozen|verkozen|"
                             r"benoemd|geselecteerd", re.IGNORECASE)
#: a column of each row's state or a remark on it
_STATUS_COLUMN = re.compile(r"status|stand(?:\s+van\s+zaken)?|besluit|opmerkingen?|toelichting|bijzonderheden",
                            re.IGNORECASE)
#: a cell that says the row is no member (or no member yet): lost, withdrawn, left, vacant, considering
_NOT_MEMBER = re.compile(r"(?:nog\s+)?niet\s+(?:meer\s+)?(?:gekozen|verkozen|herkozen|benoemd|geselecteerd|toegelaten|"
                         r"toegetreden|aangesloten|ondertekend|getekend|actief|lid|deelnemer)|"
                         r"(?:zich\s+)?(?:teruggetrokken|afgemeld)|afgevallen|uitgevallen|afgewezen|uitgetreden|"
                         r"vertrokken|gestopt|opgezegd|ingetrokken|afgezegd|geweigerd|vacature|vacant|"
                         r"(?:nog\s+)?geen\s+(?:lid|deelnemer|deelname|toezegging)|in\s+(?:beraad|overweging)|"
                         r"overweegt(?:\s+deelname)?|reserve|(?:op\s+de\s+)?wachtlijst|"
                         # undecided: "nog in afwachting van besluitvorming GS" (round 50a, heldout34)
                         r"(?:nog\s+)?in\s+afwachting\s+van\s+(?:de\s+|het\s+)?(?:besluitvorming|besluit|goedkeuring|instemming)"
                         r"(?:\s+(?:van\s+|door\s+)?(?:de\s+|het\s+)?[\w&.-]+){0,3}", re.IGNORECASE)
#: a cell that says the row was elected, chosen or joined
_MEMBER = re.compile(r"(?:her|ver)?kozen|gekozen|benoemd|geselecteerd|toegetreden|aangesloten|(?:onder)?tekend|"
                     r"getekend|ja|lid|actief|bevestigd|akkoord", re.IGNORECASE)
#: what may stand around a status word in its cell: marks, a tick, a date after it ("gekozen (2023)")
_CELL_MARKS = re.compile(r"[\s*_✓✔✗✘.]+$|^[\s*_✓✔✗✘]+")
_AFTER_STATUS = re.compile(r"\s*(?:\(.*\)|(?:per|op|in|sinds|vanaf)\s+.*|\d.*)?$", re.IGNORECASE)


def _status_of(cell: str) -> str | None:
    """"out" when a cell says its row is no member, "in" when it says it is one, else None.

    >>> _status_of("**Niet gekozen**"), _status_of("gekozen (1e ronde)"), _status_of("Breda")
    ('out', 'in', None)
    >>> _status_of("*nog in afwachting van besluitvorming GS*")
    'out'
    """
    words = _CELL_MARKS.sub("", cell)
    for pattern, status in ((_NOT_MEMBER, "out"), (_MEMBER, "in")):
        match = pattern.match(words)
        if match is not None and _AFTER_STATUS.fullmatch(words, match.end()):
            return status
    return None


def candidate_table(names: list[str]) -> bool:
    """Whether a table's columns (``names``: its headers in lower case) are those of candidates or of an
    election's outcome: its rows stood, not all of them are members."""
    return any(CANDIDATE_COLUMN.fullmatch(n) or _OUTCOME_COLUMN.fullmatch(n) for n in names)


def row_status(text: str, cells: list[tuple[int, int]], names: list[str]) -> str | None:
    """"out" when a cell of the row's outcome or status column (or any cell, in words that can only mean
    it: "teruggetrokken", "vacature") says the row is no member, "in" when its outcome or status
    column says it is one, else None."""
    status = None
    for (start, end), name in zip(cells, names):
        judged = _OUTCOME_COLUMN.fullmatch(name) or _STATUS_COLUMN.fullmatch(name)
        cell = _status_of(text[start:end])
        if cell == "out" and (judged or _NOT_MEMBER.fullmatch(text[start:end].strip(" *_"))):
            return "out"
        if judged and text[start:end].strip(" *_.").lower() in ("nee", "neen"):
            return "out"  # "| Gekozen | nee |"
        if cell == "in" and judged:
            status = "in"
    return status
