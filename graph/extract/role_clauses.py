"""A role in a clause whose verb comes last: "Toen X in maart 2024 gedeputeerde van Gelderland werd, …",
"Nadat X burgemeester van Assen werd", "omdat X voorzitter van de pijler is".

In a subordinate clause Dutch puts the finite verb at the end: the conjunction opens the clause, the
subject follows, then a time perhaps, then the role and its body, then the verb ("werd", "is", "was",
"is geworden"). The person right after the conjunction holds the role; with "was" it is a past role
("toen X nog wethouder was"). Used by :func:`graph.extract.role_subjects.role_subjects` where no
copula stands between the name and the role word.

Examples
--------
>>> from graph.extract.model import Sentence
>>> text = "Toen Eva Bos in maart 2024 gedeputeerde van Gelderland werd, nam Jan Kok haar plaats in."
>>> eva = Mention(5, 12, "Eva Bos", "Person", "persons.full-name", 0.9)
>>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [eva])
>>> start = text.index("gedeputeerde")
>>> clause_final_role(ctx, Sentence(0, len(text), text), eva, start, start + len("gedeputeerde"))
'present'
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["clause_final_role"]

#: the conjunction that opens a subordinate clause, right before its subject ("Toen X", ", nadat X")
_OPENING = re.compile(r"(?:^|[,;:]\s*|\s)(?:[Tt]oen|[Nn]adat|[Ss]inds|[Zz]odra|[Vv]oordat|[Oo]mdat|[Dd]oordat|[Tt]otdat)"
                      r"\s+(?:(?:de\s+heer|mevrouw)\s+)?$")
#: between the subject and the role word: nothing but a time or an adverb ("in maart 2024", "per 1 mei", "nog")
_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|per|op|vanaf|met\s+ingang\s+van)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+|"
                  r"(?:in|per|vanaf)\s+\d{4}\s+)?(?:(?:nog|inmiddels|zelf|ook)\s+)?")
#: after the role word: its body (no comma, no second verb) and the verb that closes the clause
_CLOSING = re.compile(r"[^,;:()]{0,60}?\s(?P<verb>werd|wordt|is\s+geworden|geworden\s+is|was|is)(?=\s*(?:[,;.)]|$))")
#: a verb inside the body phrase would make it another clause ("gedeputeerde Eva ontmoette en …")
_OTHER_VERB = re.compile(r"\b(?:en|of|maar|die|dat|met|ontmoette|sprak|opvolgde)\b")


def clause_final_role(ctx: DocContext, sentence: Sentence, person: Mention, start: int, end: int) -> str | None:
    """"present" or "past" when the role word at ``start:end`` is what ``person`` is or became in a
    subordinate clause that ``person`` opens as its subject and a copula closes; else None."""
    text = ctx.text
    if not _OPENING.search(text[sentence.start:person.start]) or not _GAP.fullmatch(text, person.end, start):
        return None
    closing = _CLOSING.match(text, end, sentence.end)
    if closing is None or _OTHER_VERB.search(text, end, closing.start("verb")):
        return None
    if any(m.type == "Person" for m in ctx.in_span(end, closing.start("verb"))):
        return None  # "toen X gedeputeerde Eva Bos opvolgde": the role is another person's
    return "past" if closing.group("verb") == "was" else "present"
