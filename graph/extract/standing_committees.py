"""A council's or board's standing committees, named by their kind alone.

A municipality has one vertrouwenscommissie when it recommends a burgemeester, a council or a
gemeenschappelijke regeling one auditcommissie and one rekenkamercommissie: "de
vertrouwenscommissie onder voorzitterschap van raadslid X" names that body, though it has no name
after its kind. Each such word (lower case, not part of a longer name) is a unit labelled by the
word; other kinds ("de commissie", "de stuurgroep") may be any body and stay unnamed.

Examples
--------
>>> [(m.text, m.type) for m in standing_committees("Die was voorbereid door de vertrouwenscommissie onder leiding van X.")]
[('vertrouwenscommissie', 'OrganisationalUnit')]
>>> standing_committees("De Vertrouwenscommissie Gouda is klaar.")
[]
"""

from __future__ import annotations

import re

from .cues import finditer_text
from .model import Mention

__all__ = ["standing_committees", "COMMITTEE_RULE"]

COMMITTEE_RULE = "units.standing-committee"

#: the committees a body has one of, in lower case and on their own (no capitalised name after them)
_COMMITTEE = re.compile(r"(?<![\w-])(?:vertrouwenscommissie|auditcommissie|rekenkamercommissie)(?![\w-])"
                        r"(?!\s+[A-ZÀ-Ý])")


def standing_committees(text: str) -> list[Mention]:
    """The standing committees ``text`` names by their kind alone; see the module."""
    return [Mention(m.start(), m.end(), m.group(), "OrganisationalUnit", COMMITTEE_RULE, 0.7, name=m.group(), kind="commissie")
            for m in finditer_text(_COMMITTEE, text)]
