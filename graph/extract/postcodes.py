"""The letters of a Dutch postcode are no abbreviation: "5700 AZ Helmond", "2511CV Den Haag".

A Dutch postcode is four digits and two capital letters ("5700 AZ", "2511CV"), in the address of a
letter, a signature or a colophon. The two letters may spell a known abbreviation (AZ: the ministry
of Algemene Zaken; EZ, OM, CV …), but in a postcode they name nothing; the place after it does.

Examples
--------
>>> in_postcode("Postbus 950\\n5700 AZ Helmond", Mention(17, 19, "AZ", "Ministry", "gazetteer.ministry", 1.0))
True
>>> in_postcode("De minister van AZ sprak.", Mention(16, 18, "AZ", "Ministry", "gazetteer.ministry", 1.0))
False
>>> in_postcode("In 2023 EZ en BZK samen.", Mention(8, 10, "EZ", "Ministry", "gazetteer.ministry", 1.0))
False
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["in_postcode"]

#: the place a postcode stands before: "5700 AZ Helmond", "2511DP  Den Haag"
_PLACE_AFTER = re.compile(r"[ \t]+(?:'s-)?[A-Z]")
#: the four digits of a postcode right before its letters ("5700 ", "2511"), not inside a longer number
_DIGITS_BEFORE = re.compile(r"(?<![\d.,])[1-9]\d{3} ?$")


def in_postcode(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the two letters of a postcode: two capitals after four digits, and the
    place after them ("In 2023 EZ en BZK": a year, then the ministry)."""
    return len(mention.text) == 2 and mention.text.isalpha() and mention.text.isupper() \
        and _DIGITS_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None \
        and _PLACE_AFTER.match(text, mention.end) is not None
