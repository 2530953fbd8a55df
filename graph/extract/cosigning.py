"""Signing together: "X ondertekende samen met Y het Pact Z" — co-signers, not partners.

Dutch names the co-signers of an agreement with "samen met": "Op 1 mei ondertekenden Ede en Epe
samen met de provincie Gelderland het Convenant X", "Zwolle tekende in juli, samen met Deventer"; so do those who take part: "Ede en Epe doen mee,
samen met de Hogeschool X".
Those who sign take part in what they sign; the sentence says nothing of working together beyond
it, so "samen met" gives no ``collaboratesWith`` here. The signed programme, when the clause
names it, gets the co-signers as participants.
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["together_without_partnership", "signing_clause", "signed_programme", "hosted_event", "hosts"]

#: a verb of signing in any form (tekent, tekende(n), ondertekend, getekend), or of taking part
#: ("doen mee, samen met de TU X": co-participants; "nemen … mee" is taking along, "meenemen", not "meedoen")
_SIGN = re.compile(r"\b(?:onder|mede)?(?:ge)?teken(?:t|de|den|d|en)?\b"
                   r"|\b(?:doe[tn]|deed|deden)\s+[\w\s,'-]{0,90}?\bmee\b"
                   r"|\b(?:neemt|nemen|nam|namen)\s+[\w\s,'-]{0,90}?\bdeel\b", re.IGNORECASE)


def signing_clause(text: str, sentence: Sentence, cue: int) -> bool:
    """Whether the clause of the cue at offset ``cue`` is one of signing (no ";" between).

    >>> text = "Zwolle tekende in juli, samen met Deventer."
    >>> signing_clause(text, Sentence(0, len(text), text), text.index("samen"))
    True
    >>> text = "Nu doen Ede, Epe en Ermelo mee, samen met de Hogeschool X."
    >>> signing_clause(text, Sentence(0, len(text), text), text.index("samen"))
    True
    >>> text = "Zwolle werkt samen met Deventer; beide tekenden later."
    >>> signing_clause(text, Sentence(0, len(text), text), text.index("samen"))
    False
    """
    start = text.rfind(";", sentence.start, cue) + 1 or sentence.start
    end = text.find(";", cue, sentence.end)
    end = sentence.end if end < 0 else end
    return _SIGN.search(text, max(start, sentence.start), end) is not None


def signed_programme(mentions: list[Mention], after: int, end: int) -> Mention | None:
    """The first programme named after offset ``after`` (the co-signers) and before ``end``."""
    return next((m for m in mentions if m.type == "Programme" and after <= m.start < end), None)


#: a partner named as host: "samen met de gemeente Hoorn als gastheer"
_HOST = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?als\s+(?:gastheer|gastvrouw|gastgemeente|gastheren|host)\b", re.IGNORECASE)


def hosts(text: str, objects: list[Mention], end: int) -> bool:
    """Whether the ``objects`` after "samen met" are named as hosts ("…, samen met de gemeente Hoorn
    als gastheer"): they hold an event with its organiser, no partnership of their own."""
    return bool(objects) and _HOST.match(text, objects[-1].end, end) is not None


def hosted_event(text: str, mentions: list[Mention], objects: list[Mention], end: int) -> Mention | None:
    """The event the ``objects`` after "samen met" host ("organiseerde de pijler het congres, samen met
    de gemeente Hoorn als gastheer"): a host holds the event with its organiser, so it organised it.

    >>> text = "Zij organiseerde het Congres X, samen met Ede als gastheer."
    >>> ev = Mention(21, 30, "Congres X", "Event", "t", 1.0)
    >>> ede = Mention(42, 45, "Ede", "Municipality", "t", 1.0)
    >>> hosted_event(text, [ev, ede], [ede], len(text)).text
    'Congres X'
    """
    if not hosts(text, objects, end):
        return None
    return next((m for m in mentions if m.type == "Event"), None)


#: a meeting with the party after "met": its partners take part in it with the one who meets them
_MEETING_WITH = re.compile(r"(?:\w*overleg|\w*gesprekk?e?n?|bijeenkomst)\s+(?:gevoerd\s+|gehad\s+)?met\b", re.IGNORECASE)


def together_without_partnership(ctx: DocContext, sentence: Sentence, mentions: list[Mention], cue: int,
                                 objects: list[Mention]) -> bool:
    """Handle the ``objects`` of a "samen met" at offset ``cue`` that are no partners: hosts (who
    organised the event, when named) and co-signers or co-participants (who take part in the
    programme the clause signs, when named). Whether they were such."""
    text = ctx.text
    if hosts(text, objects, sentence.end):
        hosted = hosted_event(text, mentions, objects, sentence.end)
        for obj in objects if hosted is not None else ():
            ctx.add(obj, "organised", hosted, sentence, "relations.gastheer", 0.7)
        return True
    if not signing_clause(text, sentence, cue) or _MEETING_WITH.match(text, cue):
        return False  # "nam deel aan het bestuurlijk overleg met VWS": who meets VWS, no co-participant
    signed = signed_programme(mentions, objects[-1].end, sentence.end)
    for obj in objects if signed is not None else ():
        ctx.add(obj, "participatesIn", signed, sentence, "relations.mede-ondertekend", 0.7)
    return True
