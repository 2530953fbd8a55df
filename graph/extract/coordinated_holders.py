"""A role in two bodies named together: "trekker van de Themagroep Wonen en de Themagroep Werk".

Dutch coordinates the bodies after "<rol> van" and the role holds in each: "Anna Kok is trekker
van de Themagroep Wonen en de Themagroep Werk", "Trekker van de Themagroep Wonen en (van) de
Themagroep Werk is Anna Kok", "X, voorzitter van de Stuurgroep A en de Stuurgroep B, …". Only
bodies of the same kind as the first (units with units, programmes with programmes) continue
the list, joined by "," or "en (van)"; a person, an organisation or another role word ends it:
"voorzitter van de Themagroep Wonen en Piet de Vries van de Themagroep Werk" gives each their own,
and so does a verb after the list ("… en de Themagroep Werk werkt mee": a clause of its own).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Eva Smit is trekker van de Themagroep Wonen en de Themagroep Werk.", gazetteer=load_gazetteer())
>>> sorted(r.object.label for r in ex.relations if r.predicate == "hasRole")
['Themagroep Werk', 'Themagroep Wonen']
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["coordinated_holders"]

#: "<rol> van de " right before the first body
_ROLE_VAN = re.compile(r"\s+van\s+(?:de|het)\s+", re.IGNORECASE)
#: what joins two bodies of the list: ", de ", " en de ", " en van het "
_AND = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+(?:van\s+)?)(?:de\s+|het\s+)?", re.IGNORECASE)
#: a lower-case word right after the list that is no preposition, copula or "en": a verb of a new clause
_VERB_AFTER = re.compile(r"\s+(?!(?:in|op|bij|sinds|van|voor|tot|namens|tijdens|met|en|is|was|wordt|werd|zijn|waren|"
                         r"blijft|bleef|geweest)\b)[a-zà-ÿ]+\b")
_KINDS = frozenset({"OrganisationalUnit", "Programme"})


def coordinated_holders(ctx: DocContext, sentence: Sentence, role_end: int, first: Mention) -> list[Mention]:
    """The bodies listed after ``first``, the body right after the role word that ends at
    ``role_end`` ("trekker van de Themagroep Wonen en de Themagroep Werk" → [Themagroep Werk]);
    empty when ``first`` does not follow "<rol> van de" or is no unit or programme."""
    if first.type not in _KINDS or not _ROLE_VAN.fullmatch(ctx.text, role_end, first.start):
        return []
    listed, previous = [], first
    for m in ctx.in_span(first.end, sentence.end):
        if m.start < previous.end:
            continue
        if m.type != first.type or not _AND.fullmatch(ctx.text, previous.end, m.start):
            break
        listed.append(m)
        previous = m
    if listed and _VERB_AFTER.match(ctx.text, listed[-1].end, sentence.end):
        return []  # "… van de Themagroep Wonen en de Themagroep Werk werkt mee": the last body opens a clause
    return listed
