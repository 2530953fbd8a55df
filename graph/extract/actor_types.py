"""The mention types relation rules ask for by role: actors (who does something) and holders (what has members).

>>> "Municipality" in ACTORS, "Programme" in HOLDERS
(True, True)
"""

from __future__ import annotations

__all__ = ["ACTORS", "HOLDERS"]

#: who acts: bodies, ministries, towns, provinces and units (no persons, no programmes)
ACTORS = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit"})
#: what has members, trekkers and a voorzitter: units and programmes
HOLDERS = frozenset({"OrganisationalUnit", "Programme"})
