"""A bare surname that fills a meeting's role field: "Voorzitter: Kuijpers", "Griffier: Van Dalen".

Minutes and a parliamentary stenogram open with who chaired and who kept the record, often by surname
alone::

    Voorzitter: Kuipers-Bos
    Griffier: De Wit
    Notulist: Jansen (G40-bureau)

A line that holds nothing but such a field and one capitalised surname (particles and a double name
with a hyphen included, a bracket after it allowed) names a person; the field's facts are read by
:mod:`graph.extract.cards`. A name the gazetteer or another rule already found, a portfolio or a
unit's name ("Voorzitter: Pijler Fysiek") is left.

Examples
--------
>>> [m.text for m in find_field_surnames("Verslag\\n\\nVoorzitter: Kuipers-Bos\\nGriffier: Van Dalen (VVD)\\n", [])]
['Kuipers-Bos', 'Van Dalen']
>>> find_field_surnames("Voorzitter: Economie\\nVoorzitter: Pijler\\n", [])
[]
"""

from __future__ import annotations

import re

from .lexicon import load_lexicon
from .model import Mention

__all__ = ["find_field_surnames"]

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Hh]et|'t|[Ll]a|[Ll]e|[Dd]u)"
_SURNAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+"
_FIELD_SURNAME = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?i:voorzitter|vicevoorzitter|griffier|secretaris|notulist|notulen|verslag|"
    r"verslaglegging|gespreksleider|dagvoorzitter)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+"
    r"(?P<name>(?:" + _PARTICLE + r"[ \t]+){0,3}" + _SURNAME + r"(?:-(?:" + _PARTICLE + r"[ \t]+){0,2}" + _SURNAME + r")*)"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$", re.MULTILINE)
#: words that name a body or a field, not a person
_NOT_A_NAME = frozenset({"pijler", "themagroep", "werkgroep", "stuurgroep", "taskforce", "gemeente", "provincie",
                         "ministerie", "bureau", "vacature", "vacant", "nnb", "geen", "allen"})


def find_field_surnames(text: str, known: list[Mention]) -> list[Mention]:
    """The persons that fill a role field with a bare surname; ``known``: the mentions found so far."""
    if ":" not in text:
        return []
    portfolios = load_lexicon().portfolios
    found = []
    for match in _FIELD_SURNAME.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if any(m.start < end and start < m.end for m in known) or name.lower() in portfolios \
                or set(re.split(r"[\s-]+", name.lower())) & _NOT_A_NAME:
            continue
        found.append(Mention(start, end, name, "Person", "persons.field-surname", 0.7))
    return found
