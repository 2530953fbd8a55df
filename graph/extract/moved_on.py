"""Who has moved on has left the body of their bracket: "Ik volg daarin Annelies Kok (Tiel) op, die is overgestapt
naar het ministerie van SZW" (round 57t).

A bracket after a name gives where the person works ("Eva Kok (Tiel)": ``roles.bracket-affiliation``); a relative
clause right after it that tells the person moved to another body ("die is overgestapt naar", "die overstapte
naar", "die is vertrokken naar", "die vertrok naar") makes that tie past. A move still to come ("die overstapt
naar", "die gaat overstappen") or a clause about something else leaves it as it is.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Ik volg daarin Eva Kok (Tiel) op, die is overgestapt naar het ministerie van SZW."
>>> [(r.object.text, r.past) for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-06-03").relations
...  if r.subject.text == "Eva Kok" and r.predicate == "affiliatedWith"]
[('Tiel', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation

__all__ = ["with_moved_on"]

#: the bracket after the name, perhaps a particle ("op"), and the relative clause of a move told as done
_MOVED_ON = re.compile(r"[ \t]*\((?P<body>[^()\n]{1,60})\)(?:[ \t]+op)?[ \t]*,[ \t]*die[ \t]+(?:[^,;.()\n]{0,30}?[ \t])?"
                       r"(?:(?:is|was)[ \t]+(?:[^,;.()\n]{0,30}?[ \t])?(?:overgestapt|vertrokken)|overstapte|vertrok)[ \t]+naar\b",
                       re.IGNORECASE)


def with_moved_on(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the tie to the body of a bracket past where the person has moved on (see above)."""
    out = []
    for r in relations:
        moved = _MOVED_ON.match(text, r.subject.end) if r.predicate in ("affiliatedWith", "hasRole") \
            and r.subject.type == "Person" and not r.past and not r.valid_until else None
        if moved is not None and moved.start("body") <= r.object.start < moved.end("body"):
            r = dataclasses.replace(r, past=True)
        out.append(r)
    return out
