"""A province's name that ends a region's name: "de regio Parkstad Limburg" is a region in Limburg, not the
province Limburg, as "regio Noord-Veluwe" is not the Veluwe. A province the gazetteer finds right after
"regio" and one or two capitalised words is part of that name; "de regio Limburg" alone names the
province's area.

Used by :func:`graph.extract.extract` on the gazetteer's mentions.

>>> from graph.extract.model import Mention
>>> text = "De regio Parkstad Limburg en de provincie Limburg ondertekenen de deal."
>>> in_region_name(text, Mention(18, 25, "Limburg", "Province", "", 1.0)), in_region_name(text, Mention(42, 49, "Limburg", "Province", "", 1.0))
(True, False)
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["in_region_name"]

#: "regio Parkstad ", "Regio Midden Holland " right before the name
_REGION_BEFORE = re.compile(r"\b[Rr]egio\s+(?:[A-Z][\w'-]*\s+){1,2}$")


def in_region_name(text: str, mention: Mention) -> bool:
    """Whether ``mention`` (a province) ends the name of a region (see the module docstring)."""
    return mention.type == "Province" and _REGION_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
