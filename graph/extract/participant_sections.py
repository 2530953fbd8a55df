"""A table of persons under a heading "Deelnemers": the participants of the course or programme the page is of.

A course's or programme's page lists who takes part in a table under a heading that says so ("## Deelnemers",
"Deelnemerslijst", "Deelnemers lichting 2025"). Each person of such a table takes part in the page's programme
(or event), not only the town the row names: "| Eva Smit | beleidsadviseur | gemeente Ede |" under "Deelnemers"
of "Leergang Wendbaar Bestuur" is a participant of the leergang (round 51a). Under any other heading a
programme's table of persons says nothing of their taking part ("Begeleiding", "Sprekers", "Contact").

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> course = Mention(0, 8, "Leergang Wendbaar Bestuur", "Programme", "", 1.0)
>>> participants_section(Sentence(0, 10, "| a |", section="Deelnemers lichting 2025"), course)
True
>>> participants_section(Sentence(0, 10, "| a |", section="Begeleiding"), course)
False
"""

from __future__ import annotations

import re

from .model import Mention, Sentence

__all__ = ["participants_section"]

#: a heading over the participants: "Deelnemers", "Deelnemerslijst", "De deelnemers (lichting 2025)"
_PARTICIPANTS = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:de\s+)?deelnemers(?:lijst)?\b", re.IGNORECASE)


def participants_section(row: Sentence, subject: Mention | None) -> bool:
    """Whether ``row`` (of a table) lies under a heading "Deelnemers" and its subject is a programme or event."""
    return subject is not None and subject.type in ("Programme", "Event") \
        and _PARTICIPANTS.match(row.section or "") is not None
