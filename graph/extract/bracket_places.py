"""An attendance list's "(voorzitter, Dordrecht)": the role is the meeting's, the town the person's.

Minutes list who came: "Aanwezig: Anna Smit (voorzitter, Deventer), Piet de Boer (trekker, Zwolle)". A
bracket names the person's part in the meeting and where they come from: Anna chairs the body that
meets and comes from Deventer (her affiliation), she does not chair Deventer. So after a role that a
unit holds (a chair, a trekker, a secretary: scope ``unit``), a comma and a bare municipality, province
or organisation closing the bracket name the person's own place; the role is the body's the passage
is about (as "(voorzitter)" alone is). A municipality's role ("(wethouder, Deventer)") keeps its town.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "# Verslag themagroep Wonen\\n\\nAanwezig: Anna Smit (voorzitter, Deventer), Piet de Boer (Zwolle)\\n"
>>> sorted((r.subject.text, r.predicate, r.role, r.object.text)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.subject.text == "Anna Smit")
[('Anna Smit', 'affiliatedWith', None, 'Deventer'), ('Anna Smit', 'hasRole', 'voorzitter', 'themagroep Wonen')]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["own_place_after_role"]

#: the places a bracket's last part names as the person's own
_PLACES = frozenset({"Municipality", "Province", "Organisation"})


def own_place_after_role(text: str, mentions: list[Mention], scope: str, end: int, close: int) -> Mention | None:
    """The place that closes a bracket after a unit's role (``scope``; the role word ends at ``end``, the
    bracket at ``close``): ", Deventer)" (see the module); else None.

    >>> m = Mention(18, 26, "Deventer", "Municipality", "gazetteer.municipality", 1.0)
    >>> own_place_after_role("Anna (voorzitter, Deventer)", [m], "unit", 16, 26) is m
    True
    >>> own_place_after_role("Anna (wethouder, Deventer)", [m], "municipality", 15, 25) is None
    True
    """
    if not scope.startswith("unit") or close <= end:
        return None
    places = [m for m in mentions if end <= m.start and m.end <= close]
    if len(places) != 1 or places[0].type not in _PLACES:
        return None
    place = places[0]
    if re.fullmatch(r"\s*[,;]\s*(?:(?:gemeente|provincie)\s+)?", text[end:place.start], re.IGNORECASE) \
            and not text[place.end:close].strip():
        return place
    return None
