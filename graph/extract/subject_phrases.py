"""Subject phrases: the capitalised field or programme after a role word, never a person's name.

"programmamanager Energie in de Wijk", "wethouder Binnenstad", "coördinator Brede Welvaart",
"beleidsmedewerker City Deals": a role word is followed by what its holder works on as often as by
a surname. A phrase is such a subject when one of its words is a policy field (``portfolios.txt``:
"energie", "binnenstad", "welvaart") or the plural of a kind of programme or unit ("Deals",
"Pijlers"). A phrase that opens with a surname particle stays a name ("wethouder Van de Water"),
and so does one with a given name (checked by the caller).

>>> [names_a_subject(p) for p in ("Energie in de Wijk", "Binnenstad", "Brede Welvaart", "City Deals")]
[True, True, True, True]
>>> [names_a_subject(p) for p in ("Kramer", "Van de Water", "Oude Groeniger", "Hendriks", "De Jeugd")]
[False, False, False, False, False]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .name_words import particle_words
from .person_surnames import _kind_word

__all__ = ["names_a_subject", "after_subject_phrase"]


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """The single words of the policy fields: "energie", "wonen", "ruimte" (of "openbare ruimte")."""
    return frozenset(word for field in load_lexicon().portfolios for word in field.split() if len(word) > 3)


@lru_cache(maxsize=1 << 12)
def names_a_subject(phrase: str) -> bool:
    """Whether the capitalised ``phrase`` after a role word names a field or programme, not a person."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", phrase)
    if not words or words[0].lower() in particle_words():
        return False  # "Van de Water", "De Jeugd": a surname with its particle
    fields = _field_words()
    for word in words:
        lower = word.lower()
        if lower in fields:
            return True
        if len(lower) > 4 and lower.endswith("s") and _kind_word(lower[:-1]):
            return True  # "City Deals", "Pijlers": the plural of a kind word
    return False


#: a capitalised phrase of up to four words right after a role word, small function words inside it
_PHRASE = re.compile(r"\s+(?P<phrase>[A-ZÀ-Ý][\w&-]*(?:\s+(?:(?:in|de|het|en|voor|van|op)\s+)*[A-ZÀ-Ý][\w&-]*){0,3})"
                     r"(?=\s+(?:van|bij|aan)\s)")


def after_subject_phrase(text: str, end: int, limit: int) -> int:
    """Where the words after a role word ending at ``end`` go on once a subject phrase is skipped:
    "programmamanager Energie in de Wijk bij KGG" → the offset before " bij"; ``end`` when none.

    >>> t = "programmamanager Energie in de Wijk bij het ministerie"
    >>> t[after_subject_phrase(t, 16, len(t)):]
    ' bij het ministerie'
    >>> t = "wethouder Kramer van Zwolle"
    >>> after_subject_phrase(t, 9, len(t))
    9
    """
    match = _PHRASE.match(text, end, limit)
    return match.end() if match and names_a_subject(match.group("phrase")) else end
