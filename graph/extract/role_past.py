"""Whether a role is over: "oud-", "voormalig", "eerder", a past copula with a time that is
over, and leaving it (:data:`graph.extract.periods.LEAVING`). Helpers of :mod:`graph.extract.roles`.
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import RoleWord
from .model import Sentence
from .periods import leaving
from .role_words import role_of, role_pattern

__all__ = [
    "_EARLIER", "_EARLIER_OPENING", "_NEW_POST_AFTER", "_PAST", "_PAST_SPAN", "_ended_in_clause",
    "_leaving_after_apposition"
]


_PAST = re.compile(r"(?:\b(?:oud|ex)-|\bvoormalig(?:e)?\s+|\bvoorheen\s+)$", re.IGNORECASE)


#: a new post after a past role: "X was wethouder in Maastricht en is (half maart) geïnstalleerd als …"
_NEW_POST_AFTER = re.compile(r"\s+en\s+is\s+(?:[\w-]+\s+){0,4}?(?:geïnstalleerd|benoemd|gekozen|aangesteld|beëdigd)\s+(?:als|tot)\b")
#: an opening that puts a past copula before something later: "Voor zijn wethouderschap (in Maastricht) was X
#: directeur", "Daarvoor was zij trekker" (the role is over)
_EARLIER_OPENING = re.compile(r"\s*(?:(?:Vóór|Voor)\s+(?:zijn|haar|hun)\s+(?!komst\b)[^\s,.;]+(?:\s+(?:in|bij|als)\s+[^,.;]{1,40}?)?"
                              r"|Daarvoor|Daarvóór|Vroeger|Voorheen|Destijds)\s+(?:was|waren)\s")
#: a past copula over a span up to now: "X was de afgelopen twee jaar vicevoorzitter" (and is no longer)
_PAST_SPAN = re.compile(r"\s*(?:was|waren)\s+(?:de\s+)?(?:afgelopen|voorbije)\s+(?:[\w-]+\s+)?(?:jaar|jaren|maanden)\s+"
                        r"(?:(?:de|het|ook|al)\s+)*$", re.IGNORECASE)


#: the main clause after an apposition: ", stopt per 1 maart 2023 (als voorzitter)"
_APPOSITION_END = re.compile(r"[^,;()]*?,\s*")
_CLAUSE_END = re.compile(r"[,;]")
_OTHER_ROLE = re.compile(r"\bals\s+(?:de\s+|het\s+)?")


def _leaving_after_apposition(ctx: DocContext, sentence: Sentence, role: RoleWord, end: int) -> int | None:
    """Where the main clause starts when it says that the person of an apposition leaves the role
    it names: "X, voorzitter van de pijler Sociaal, stopt per 1 maart 2023" (not when it names
    another role: "X, wethouder van Breda, stopt als voorzitter").

    >>> from graph.extract.lexicon import load_lexicon
    >>> text = "X, voorzitter van Y, stopt per 1 maart 2023."
    >>> role_end = text.index(" van Y")
    >>> at = _leaving_after_apposition(DocContext("d", text, [], []), Sentence(0, len(text), text),
    ...                                load_lexicon().roles["voorzitter"], role_end)
    >>> text[at:]
    'stopt per 1 maart 2023.'
    """
    closing = _APPOSITION_END.match(ctx.text, end, sentence.end)
    if closing is None:
        return None
    main = closing.end()
    clause_end = _CLAUSE_END.search(ctx.text, main, sentence.end)
    clause_end = clause_end.start() if clause_end else sentence.end
    if not leaving(ctx.text, main, clause_end):
        return None
    for als in _OTHER_ROLE.finditer(ctx.text, main, clause_end):
        other = role_pattern().match(ctx.text, als.end())
        if other is not None and role_of(other.group(0)) != role:
            return None
    return main


#: a time adverb that puts a role in the past: "Y, die eerder als programmamanager bij de VNG werkte"
_EARLIER_WORDS = r"eerder|vroeger|voorheen|daarvoor|destijds"
_EARLIER = re.compile(rf"\b(?:{_EARLIER_WORDS})\b", re.IGNORECASE)


#: a simple past copula: "was", "waren"
_WAS = re.compile(r"\b(?:was|waren)\b", re.IGNORECASE)
#: a time that is over, said with the past copula: "daarvoor", "eerder", "tot de zomer", "vier jaar", "afscheid nam"
_ENDED_TIME = re.compile(
    rf"\b(?:{_EARLIER_WORDS}|daarvóór|jarenlang|lange\s+tijd)\b"
    r"|\btot\s+(?:en\s+met\s+)?(?:(?:de|het|zijn|haar|hun|vorig|vorige|kort|eind|begin|medio|half|afgelopen)\b|\d)"
    r"|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})\s+(?:jaar|jaren|maanden)\b"
    r"|\bafscheid\s+(?:nam|namen)\b|\b(?:vertrok|vertrokken|stopte|stopten)\b", re.IGNORECASE)


def _ended_in_clause(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the clause of the role word at ``start:end`` puts the role in the past: a simple past
    copula ("was", "waren") with a time that is over ("daarvoor", "eerder", "tot de zomer", "vier jaar",
    "en nam in september afscheid"). The clause runs between commas, semicolons and brackets, so
    "X, die tot de zomer voorzitter was, is nu wethouder" makes only the first role past.

    >>> s = "Zij is in dienst en was daarvoor directeur bij X."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" bij"))
    True
    >>> s = "Zij was in 2019 tot de nieuwe directeur van X benoemd."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" van"))
    False
    >>> s = "Zij is al vier jaar directeur bij X."
    >>> _ended_in_clause(s, Sentence(0, len(s), s), s.index("directeur"), s.index(" bij"))
    False
    """
    left = max([text.rfind(c, sentence.start, start) for c in ",;:()"] + [sentence.start])
    stops = [k for k in (text.find(c, end, sentence.end) for c in ",;:()") if k >= 0]
    right = min(stops + [sentence.end])
    clause = text[left:right]
    if _WAS.search(clause) is None:
        return False
    for time in _ENDED_TIME.finditer(clause):
        appointed = re.match(r"tot\s+(?:(?:de|het|nieuwe)\s+)*", time.group(0) + clause[time.end():], re.IGNORECASE)
        if appointed and role_pattern().match(clause, time.start() + appointed.end()):
            continue  # "was tot de nieuwe voorzitter benoemd": an appointment, not an end
        return True
    return False
