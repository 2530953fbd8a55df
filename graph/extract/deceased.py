"""The posts of someone whose death a document announces are over (round 58t).

An obituary, a condolence register or "In memoriam" tells the career of the one who died in the past tense,
and the rules read a post with a start and no end as held on: "Sinds 2023 was hij voorzitter van de Stichting
X" after "het overlijden van oud-wethouder Jan Kok" made Kok X's chair still. A person whose death the text
announces — "het overlijden van (oud-wethouder) <naam>", "In memoriam <naam>", "<naam> is (op …) overleden" —
holds no post after it: every role the document gives that person is past. Their end is left unknown (the
text does not say whether they held it to the end). Another person of the same surname with another first
letter ("zijn dochter Eva Kok") keeps her roles, and a document that names no death changes nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("In memoriam Jan Kok\\n\\nMet verdriet hebben wij kennisgenomen van het overlijden van oud-wethouder Jan Kok. "
...         "Sinds 2023 was hij voorzitter van Platform31. Zijn dochter Eva Kok is wethouder van Epe.\\n")
>>> sorted((r.subject.text, r.object.text, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-03-14").relations if r.predicate == "hasRole" and r.subject.text != "hij")
[('Eva Kok', 'Epe', False), ('Jan Kok', 'Platform31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .cues import finditer_text
from .model import Relation

__all__ = ["with_deceased"]

_NAME = r"(?P<name>(?:[A-Z][\w'’-]*|van|de|der|den|ten|ter)(?:[ \t]+(?:[A-Z][\w'’-]*|van|de|der|den|ten|ter)){0,4})"
#: "het overlijden van (oud-wethouder) Jan Kok", "In memoriam Jan Kok"
_DEATH_OF = re.compile(rf"\b(?:het[ \t]+overlijden[ \t]+van[ \t]+(?:(?:oud-)?[a-zà-ÿ-]+[ \t]+)?|[Ii]n[ \t]+memoriam[ \t]+){_NAME}")
#: "Jan Kok is (op 1 maart) overleden"
_DIED = re.compile(rf"{_NAME}[ \t]+is[ \t]+(?:[^.;:\n]{{0,40}}?[ \t]+)?overleden\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _holder(name: str) -> tuple[str, str] | None:
    """(surname, first letter) of a name of two words or more, lower case."""
    words = [w for w in _WORD.findall(name) if not w.islower()]
    return (words[-1].lower(), words[0][:1].lower()) if len(words) > 1 else None


def with_deceased(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the roles of a person whose death the document announces made past."""
    if "overl" not in text and "memoriam" not in text:
        return relations
    dead = {_holder(m.group("name")) for pattern in (_DEATH_OF, _DIED) for m in finditer_text(pattern, text)} - {None}
    if not dead:
        return relations
    out = []
    for r in relations:
        if r.predicate == "hasRole" and r.subject.type == "Person" and not r.past and _holder(r.subject.text) in dead:
            r = dataclasses.replace(r, past=True)
        out.append(r)
    return out
