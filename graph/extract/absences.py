"""Absentees in an attendance list: people the minutes name as not present take no part in the meeting.

Minutes list who came and who sent apologies: "Aanwezig: Anna Smit (Breda), Piet Kok (Ede)" and
"Afwezig met kennisgeving: Jan Mol". The names after an absence label ("Afwezig", "Afwezig met (of
zonder) kennisgeving/bericht", "Afw.", "Afgemeld", "Afmeldingen", "Verhinderd", "Met kennisgeving
afwezig", "Niet aanwezig"), on a line of their own or after the present ones in the same line, and a
name marked so in its bracket ("Jan Mol (Ede, afgemeld)") or at the end of its line ("- Jan Mol, wethouder
van Ede – afgemeld", an invitation's guest list), did not attend: an attendance rule
(:data:`graph.extract.guests.ATTENDANCE_RULES`) gives them no ``participatesIn`` in the meeting (an
event: "Verslag Bestuurlijk Overleg …"). The minutes of a standing body ("Verslag stuurgroep City Deal
X") list its absent members too: one meeting missed ends no membership, so their membership of the
body stays (and the town an absent alderman represents still takes part in the body's programme,
:mod:`graph.extract.represented_places`). What the list says about them otherwise (their town or
organisation in the bracket, their role) stays.

Examples
--------
>>> text = "Aanwezig: Anna Smit (Breda), Piet Kok (Ede); afwezig met kennisgeving: Jan Mol (Zwolle)"
>>> [absent(text, 0, text.index(name), text.index(name) + len(name)) for name in ("Anna Smit", "Jan Mol")]
[False, True]
>>> text = "Aanwezig: Anna Smit (Breda), Jan Mol (Zwolle, afgemeld)"
>>> absent(text, 0, text.index("Jan Mol"), text.index("Jan Mol") + 7)
True
>>> text = "Gasten\\n- Jan Mol, wethouder van Zwolle – afgemeld\\n- Anna Smit, VNG – position paper"
>>> [absent(text, 0, text.index(name), text.index(name) + len(name)) for name in ("Jan Mol", "Anna Smit")]
[True, False]
"""

from __future__ import annotations

import re

from .hierarchy import _MEETING

__all__ = ["absent", "meeting_body"]

#: a list's label before the names: "Afwezig met kennisgeving:", "; verhinderd:" (the last before a name)
_LABEL = re.compile(r"(?:^|[;\n.])\s*(?:[-*•]\s*)?(?:\*\*|__)?([^\s,;:()*_][^,;:()\n*_]{0,40}?)\s*(?:\*\*|__)?\s*:")
#: a label that says the names after it were not there
_ABSENT_LABEL = re.compile(r"(?:afwezig(?:en)?|afw\.?|afgemeld|afmeldingen|verhinderd|niet\s+aanwezig|"
                           r"met\s+(?:kennisgeving|bericht)\s+afwezig)"
                           r"(?:\s*\(?\s*(?:met|zonder)\s+(?:kennisgeving|bericht)\s*\)?)?", re.IGNORECASE)
#: a bracket right after a name that says the person was not there: "(afgemeld)", "(Ede, verhinderd)"
_ABSENT_BRACKET = re.compile(r"\s*\([^()]{0,60}?\b(?:afwezig|afgemeld|verhinderd|met\s+kennisgeving|"
                             r"niet\s+aanwezig)\b[^()]{0,30}\)", re.IGNORECASE)

#: a mark at the end of the name's line of an invitation's guest list: "X, wethouder van Y – afgemeld"
_ABSENT_MARK = re.compile(r"\s[–—-]\s*[*_]{0,2}(?:afgemeld|verhinderd|afwezig|niet\s+aanwezig)[*_]{0,2}\s*\.?\s*$",
                          re.IGNORECASE)

#: who came in an absentee's place, named after: "vervangen door (fractiegenoot) X", "vervanger: X"
_SUBSTITUTE = re.compile(r"\b(?:vervangen\s+door|vervanger|vervangster|waargenomen\s+door)\b", re.IGNORECASE)


def meeting_body(mention) -> bool:
    """Is the body ``mention`` a meeting the minutes are of ("Verslag ambtelijk vooroverleg …": a unit named an
    overleg or vergadering), which an absentee took no part in, unlike a standing body (a stuurgroep, a pijler)
    whose absent members stay its members (walkthrough 35, finding 4).

    >>> from graph.extract.model import Mention
    >>> [meeting_body(Mention(0, 9, text, "OrganisationalUnit", "t", 1.0)) for text in ("AMBTELIJK VOOROVERLEG",
    ...                                                                                  "Stuurgroep Wonen")]
    [True, False]
    """
    return _MEETING.search(mention.label) is not None


def absent(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the person named at ``start``–``end`` in the attendance list that opens at
    ``sentence_start`` is listed as absent: the last list label before the name (in the sentence, or on
    the name's line: a label may be a sentence of its own) is an absence label, or the bracket right
    after the name says so (see the module).

    >>> text = "Aanwezig: Anna Smit\\nAfwezig: Jan Mol"
    >>> absent(text, text.index("Jan Mol"), text.index("Jan Mol"), len(text))
    True

    The one who came in an absentee's place did attend:

    >>> text = "Afgemeld: Jan Mol (CDA), vervangen door Eva Smit."
    >>> [absent(text, 0, text.index(name), text.index(name) + 7) for name in ("Jan Mol", "Eva Smi")]
    [True, False]
    """
    label = None
    opening = min(sentence_start, text.rfind("\n", 0, start) + 1)
    for label in _LABEL.finditer(text[opening:start]):
        pass
    if label is not None and _ABSENT_LABEL.fullmatch(label.group(1).strip()):
        # (not the one who came in the absentee's place: "Afgemeld: Jan Mol, vervangen door Eva Smit"; 52d)
        return _SUBSTITUTE.search(text, opening + label.end(), start) is None
    line_end = text.find("\n", end)
    return _ABSENT_BRACKET.match(text, end) is not None \
        or _ABSENT_MARK.search(text, end, line_end if line_end >= 0 else len(text)) is not None
