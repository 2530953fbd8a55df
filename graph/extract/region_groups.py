"""The towns of a region, named as a group: "ondertekend door de gemeenten in de regio" of the Woondeal Regio X.

A deal or programme named after a region by its central town ("Woondeal Regio Amersfoort", "Regio Deal
Regio Zwolle") is one of that region's towns: where the sentence that names it says "de gemeenten in
de regio" (or "de regiogemeenten", "de gemeenten in de regio Amersfoort") take part in or sign it, that
town is among them. The group stands for that one town, as a numbered group stands for the towns of a
list (:mod:`graph.extract.groups`); the other towns of the region are not named, so they are not
read, nor is the town where the document names it nowhere else (walkthrough 23: "De Woondeal Regio
Amersfoort is in februari 2023 ondertekend door de gemeenten in de regio, de provincie Utrecht en het
ministerie van BZK" gave BZK and the province, not Amersfoort).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag gemeente Ede\\n\\nDe Woondeal Regio Ede is in 2023 ondertekend door de gemeenten in de regio "
...         "en de provincie Gelderland.")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "participatesIn")
[('Ede', 'Woondeal Regio Ede'), ('Gelderland', 'Woondeal Regio Ede')]
"""

from __future__ import annotations

import re

from .groups import GROUP_RULE
from .model import Mention, Sentence

__all__ = ["region_groups"]

#: the towns of the region, as a group: "de gemeenten in de regio", "de regiogemeenten", "de steden uit de regio X"
_REGION_TOWNS = re.compile(r"\b(?:de\s+)?(?:(?:gemeenten|steden)\s+(?:in|uit|van)\s+de\s+regio|regiogemeenten)\b"
                           r"(?:\s+(?P<town>[A-Z][\w-]+))?")
#: a name after the region it is named for: "Woondeal Regio Amersfoort", "Regio Deal Regio Zwolle"
_REGION_NAME = re.compile(r"\b[Rr]egio\s+(?P<town>[A-Z][\w-]+)\s*$")


def region_groups(text: str, sentences: list[Sentence], mentions: list[Mention]) -> dict[Mention, list[Mention]]:
    """Placeholder mentions for "de gemeenten in de regio" with the one town the region is named for.

    >>> text = "De Woondeal Regio Ede is ondertekend door de gemeenten in de regio."
    >>> ms = [Mention(3, 21, "Woondeal Regio Ede", "Programme", "", 1.0), Mention(18, 21, "Ede", "Municipality", "", 1.0, key="e")]
    >>> [(g.text, [t.text for t in towns]) for g, towns in region_groups(text, [Sentence(0, len(text), text)], ms).items()]
    [('de gemeenten in de regio', ['Ede'])]
    """
    if "regio" not in text:
        return {}
    towns = {m.text: m for m in mentions if m.type == "Municipality" and m.rule != GROUP_RULE}
    groups: dict[Mention, list[Mention]] = {}
    for sentence in sentences:
        for match in _REGION_TOWNS.finditer(text, sentence.start, sentence.end):
            name = match.group("town") or _programme_region(text, sentence, mentions)
            town = towns.get(name or "")
            if town is None:
                continue
            end = match.end("town") if match.group("town") else match.end()
            text_of = text[match.start():end]
            groups[Mention(match.start(), end, text_of, "Municipality", GROUP_RULE, 0.6, kind="group")] = [town]
    return groups


def _programme_region(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The town the one programme of ``sentence`` named after a region is named for ("Woondeal Regio Ede")."""
    named = {found.group("town") for m in mentions if m.type == "Programme" and sentence.start <= m.start < sentence.end
             for found in [_REGION_NAME.search(m.text)] if found}
    return next(iter(named)) if len(named) == 1 else None
