"""The date of a letter's head: "Datum 6 november 2023" above "Geachte voorzitter,".

A Kamerbrief (and most letters of a ministry or a municipality) opens with the sender's address
block and the addressee's, then a block of labelled lines ("Datum 6 november 2023", "Betreft …",
"Ons kenmerk …") or a dateline ("Den Haag, 6 november 2023"), then the salutation. Its date is
often on line 7 or 8, below the five head lines :func:`graph.docdate.head_date` reads. The letter's
head ends at its salutation ("Geachte …", "Beste …", "Aan de leden van …,"): before it, a line that
is only a labelled date ("Datum 6 november 2023", "Datum: 6-11-2023", "Date: …") or only a place
and a date ("Den Haag, 6 november 2023") is the letter's date. A text with no salutation in its
first :data:`LETTER_HEAD_LINES` lines is no letter: a news item's "Datum" line deep in its body is
an event's (and its dateline in the first lines wins anyway).

Examples
--------
>>> letter_date("Ministerie van BZK\\nPostbus 20011\\n2500 EA Den Haag\\nAan de Voorzitter van de Tweede Kamer\\n"
...             "Postbus 20018\\n2500 EA Den Haag\\nDatum 6 november 2023\\nBetreft Voortgang\\nGeachte voorzitter,\\n")
'2023-11-06'
>>> letter_date("Nieuws\\nDe G40 en EZK\\nwerken samen.\\nEen\\nTwee\\nDrie\\nDatum: 6 november 2023\\nLocatie: Ede\\n") is None
True
"""

from __future__ import annotations

import re

from .docdate import human_date

__all__ = ["LETTER_HEAD_LINES", "letter_date"]

#: a letter's salutation is among its first this many non-empty lines
LETTER_HEAD_LINES = 25
#: the salutation that ends a letter's head
_SALUTATION = re.compile(r"(?:geachte|beste|hooggeachte|lieve)\b|aan\s+de\s+leden\b.*,$", re.IGNORECASE)
#: a labelled date line ("Datum 6 november 2023", "Datum: 6-11-2023") or a place and a date ("Den Haag, 6 november 2023")
_DATE_LINE = re.compile(r"(?:(?:datum|date|dagtekening)\s*:?|[A-Z][\w'’. -]{1,40},)\s*(?P<date>.+)", re.IGNORECASE)


def letter_date(text: str) -> str | None:
    """The ISO date of the labelled date line or dateline in the head of the letter ``text`` (the lines
    before its salutation), None when ``text`` has no salutation in its head or no such line (see the module)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:LETTER_HEAD_LINES]
    end = next((k for k, line in enumerate(lines) if _SALUTATION.match(line)), None)
    if end is None:
        return None
    for line in lines[:end]:
        found = _DATE_LINE.fullmatch(line)
        day = human_date(found["date"]) if found else None
        if day is not None:
            return day
    return None
