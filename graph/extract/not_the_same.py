"""Two named people a document says are not the same person: resolution keeps them apart.

"J. de Vries is niet dezelfde persoon als Jan de Vries", "De Vries, niet te verwarren met wethouder
Jan de Vries, …", "Anna Jansen is geen familie van Piet Jansen", "Kees Smit en K. Smit zijn niet
dezelfde persoon": the text says what a curated ``distinct:`` pair says. Both names must be in the
sentence that says it; a pronoun or a name in another sentence ("Hij is niet dezelfde persoon als …")
gives nothing. :func:`graph.resolve.resolve` joins neither to the other (initials, a bare surname),
and ``g40kg twins`` does not propose them.

Examples
--------
>>> from graph.extract.model import Mention
>>> text = "J. de Vries is niet dezelfde persoon als Jan de Vries."
>>> people = [Mention(0, 11, "J. de Vries", "Person", "r", 0.9), Mention(41, 53, "Jan de Vries", "Person", "r", 0.9)]
>>> people_apart(text, people)
((0, 11, 41, 53),)
"""

from __future__ import annotations

import re

__all__ = ["own_namesakes", "people_apart"]

#: what says it, between the two names: "is niet dezelfde persoon als", ", niet te verwarren met", "(geen familie van"
_CUE = (r"(?:niet\s+dezelfde\s+persoon\s+als|niet\s+dezelfde\s+als|niet\s+te\s+verwarren\s+met|"
        r"geen\s+familie\s+(?:van|met))")
_BETWEEN = re.compile(r"(?-i:\s+(?:MPA|MBA|MSc|MA|BSc|PhD|LLM|RA|RC))*"  # "Drs. J.P. de Vries MPA is niet …"
                      # "X, wethouder van Deventer, niet te verwarren met …": her office between commas first
                      r"(?:\s*,\s*[^,.;:()\n]{1,60}?(?=\s*,))?"
                      r"[\s,(–-]*(?:(?:is|was|wordt)\s+)?(?:(?:overigens|ook|dus|echt)\s+)?" + _CUE
                      # "met haar naamgenoot", "met wethouder", "van de gelijknamige oud-wethouder": small words only
                      + r"(?:\s+(?:de|het|haar|zijn|hun|gelijknamige|naamgenoot|naamgenote|[a-z]+-?[a-z]*))?"
                      r"(?:\s+(?:naamgenoot|naamgenote|[a-z]+-?[a-z]*))?\s+", re.IGNORECASE)
#: "X en Y zijn niet dezelfde persoon", "X en Y zijn geen familie (van elkaar)"
_AND = re.compile(r"\s+en\s+(?:(?:de\s+heer|mevrouw|meneer|[a-z]+)\s+)?")  # "Kees Smit en mevrouw K. Smit zijn …"
_AFTER_PAIR = re.compile(r"\s+(?:zijn|waren)\s+(?:overigens\s+|ook\s+)?(?:niet\s+dezelfde\s+persoon|niet\s+dezelfde|"
                         r"geen\s+familie|niet\s+(?:met\s+elkaar\s+)?verwant)\b", re.IGNORECASE)
#: after a name, its namesake named by a word alone: "Peter de Vries, niet te verwarren met zijn naamgenoot bij SZW"
_OWN_NAMESAKE = re.compile(r"[\s,(–-]*(?:(?:is|was|wordt)\s+)?(?:overigens\s+|ook\s+)?" + _CUE
                           + r"\s+(?:zijn|haar|diens|de|een)\s+(?:gelijknamige\s+)?(?:naamgenoot|naamgenote)\b", re.IGNORECASE)
#: before a name, that it is another person of that name: "bij IenW werkt een andere Peter de Vries"
_ANOTHER = re.compile(r"\b(?:een|de)\s+andere\s+$", re.IGNORECASE)
#: a lower-case word in the gap must not be a verb that starts another clause
_NO_GAP_WORDS = frozenset({"en", "of", "maar", "die", "dat", "is", "was", "zijn", "heeft", "wordt"})


def people_apart(text: str, mentions) -> tuple[tuple[int, int, int, int], ...]:
    """(start, end, start, end) of each two person mentions of ``mentions`` that ``text`` says are not one
    person, in one sentence (nothing but the words that say it between them).

    >>> from graph.extract.model import Mention
    >>> text = "Kees Smit en K. Smit zijn niet dezelfde persoon. Anna Bos sprak; Piet Bos is er niet."
    >>> people = [Mention(0, 9, "Kees Smit", "Person", "r", 0.9), Mention(13, 20, "K. Smit", "Person", "r", 0.9),
    ...           Mention(49, 57, "Anna Bos", "Person", "r", 0.9), Mention(65, 73, "Piet Bos", "Person", "r", 0.9)]
    >>> people_apart(text, people)
    ((0, 9, 13, 20),)
    >>> people_apart("De Vries, niet te verwarren met wethouder Jan de Vries, opende.",
    ...              [Mention(0, 8, "De Vries", "Person", "r", 0.9), Mention(42, 54, "Jan de Vries", "Person", "r", 0.9)])
    ((0, 8, 42, 54),)
    >>> people_apart("Eva Smit, wethouder van Ede, niet te verwarren met haar naamgenote Eva Smit van Epe, opende.",
    ...              [Mention(0, 8, "Eva Smit", "Person", "r", 0.9), Mention(67, 75, "Eva Smit", "Person", "r", 0.9)])
    ((0, 8, 67, 75),)
    """
    people = sorted((m for m in mentions if m.type == "Person"), key=lambda m: (m.start, m.end))
    pairs = [(m.start, m.end, m.start, m.end) for m in people if _OWN_NAMESAKE.match(text, m.end)
             or _ANOTHER.search(text, max(0, m.start - 12), m.start)]  # this person is not the namesake: see own_namesakes
    for one, other in zip(people, people[1:]):
        gap = text[one.end:other.start]
        if "\n\n" in gap or "." in gap.replace("..", ""):  # one sentence (no full stop between the names)
            continue
        said = _BETWEEN.fullmatch(gap)
        if said is not None and not set(gap.lower().split()[-1:]) & _NO_GAP_WORDS:
            pairs.append((one.start, one.end, other.start, other.end))
        elif _AND.fullmatch(gap) and _AFTER_PAIR.match(text, other.end):
            pairs.append((one.start, one.end, other.start, other.end))
    return tuple(sorted(set(pairs)))


def own_namesakes(text: str, mentions) -> tuple[tuple[int, int, int, int], ...]:
    """The mentions of :func:`people_apart` told apart from a namesake the text does not name ("niet te
    verwarren met zijn naamgenoot bij SZW", "bij IenW werkt een andere Peter de Vries"): (start, end,
    start, end) of the mention twice. Resolution keeps such a person apart from the others of the name that
    rule 6 split off (:mod:`graph.namesakes`); where no rule split the name, it says nothing (walkthrough
    25, finding 2: ``g40kg twins`` offered the pair again).

    >>> from graph.extract.model import Mention
    >>> text = "Contactpersoon bij IenW is Peter de Vries, niet te verwarren met zijn naamgenoot bij SZW."
    >>> own_namesakes(text, [Mention(27, 41, "Peter de Vries", "Person", "r", 0.9)])
    ((27, 41, 27, 41),)
    >>> own_namesakes("Let op: bij IenW werkt een andere Peter de Vries.", [Mention(34, 48, "Peter de Vries", "Person", "r", 0.9)])
    ((34, 48, 34, 48),)
    """
    return tuple(pair for pair in people_apart(text, mentions) if pair[:2] == pair[2:])
