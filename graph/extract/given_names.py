"""A person named again by the given name alone: "Tom Dekker … Tom is een bekend gezicht".

A compound given name ("Arie Jan", "Jan Willem") repeated alone reads as a full name of two words;
it is the one person whose full name opens with it ("Arie Jan Blokland … "Arie Jan kende iedereen"",
see :func:`compound_given_names`).

Profiles, farewells and newsletters introduce a person by full name and go on with the given
name ("Liesbeth blijft bij het bureau"). Such a later given name is the person when:

- exactly one full name in the document opens with it (two Toms: nobody);
- it stands alone: no capitalised name word before or after it on its line ("Tom Dekker" again is
  the full name; "Tom Jansen" another person);
- the text never writes it in lower case as a word ("wil", "roos", "mark": a word, not only a name);
- no one in the document has it as a surname.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> from graph.extract.model import Mention
>>> text = "Tom Dekker is directeur. Tom was eerder secretaris."
>>> tom = Mention(0, 10, "Tom Dekker", "Person", "persons.full-name", 0.9)
>>> [(m.text, m.label) for m in given_name_repeats(text, tokenize(text), set(), [tom])]
[('Tom', 'Tom Dekker')]
>>> text = "Hendrik-Jan Wijn overleed. Hendrik-Jan was burgemeester."
>>> hj = Mention(0, 16, "Hendrik-Jan Wijn", "Person", "persons.full-name", 0.9)
>>> [(m.text, m.label) for m in given_name_repeats(text, tokenize(text), set(), [hj])]
[('Hendrik-Jan', 'Hendrik-Jan Wijn')]
"""

from __future__ import annotations

import re

from .lexicon import load_lexicon
from .model import Mention
from .name_words import is_name_word
from .tokens import Token, tokenize

__all__ = ["given_name_repeats", "compound_given_names"]


#: the rules of a person's introduction by full name: "Tom Dekker", "mevrouw Liza Hoekstra", and the given name
#: in brackets among initials, "mevrouw drs. L.M. (Liza) Hoekstra" (a letter's subject line; round 56r)
_INTRODUCED = frozenset({"persons.full-name", "persons.cue", "persons.initials"})


def _single_given_names(found: list[Mention]) -> dict[str, Mention]:
    """Given name → the first full-name mention opening with it, for given names of one person only."""
    first_names = load_lexicon().first_names
    people: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in found:
        words = m.label.split()
        if m.rule in _INTRODUCED and len(words) >= 2 \
                and (all(part in first_names for part in words[0].split("-"))  # "Tom", "Hendrik-Jan"
                     or f"({words[0]})" in m.text):  # "L.M. (Liza) Hoekstra": the letter says it is her given name
            people.setdefault(words[0], set()).add(words[-1])
            if words[0] not in first or m.start < first[words[0]].start:
                first[words[0]] = m
    surnames = {m.label.split()[-1] for m in found}
    return {given: first[given] for given, who in people.items() if len(who) == 1 and given not in surnames}


def _alone(text: str, tokens: list[Token], k: int, last: int | None = None) -> bool:
    """Whether tokens ``k``..``last`` (one token when ``last`` is None) have no name word beside them on their line."""
    last = k if last is None else last
    before = k > 0 and is_name_word(tokens[k - 1]) and "\n" not in text[tokens[k - 1].end:tokens[k].start]
    after = last + 1 < len(tokens) and is_name_word(tokens[last + 1]) \
        and "\n" not in text[tokens[last].end:tokens[last + 1].start]
    return not before and not after


def given_name_repeats(text: str, tokens: list[Token], blocked: set[int], found: list[Mention]) -> list[Mention]:
    """Later mentions of a person by the given name alone (see the module docstring)."""
    given_names = _single_given_names(found)
    if not given_names:
        return []
    taken = [(m.start, m.end) for m in found]
    openers = {tokenize(given)[0].text for given in given_names}  # the first token of each given name
    out = []
    for k, token in enumerate(tokens):
        if token.text not in openers:
            continue  # no given name starts here (a set look-up instead of a slice per token)
        last = _hyphenated_end(tokens, k)  # "Hendrik-Jan": three tokens
        word = text[token.start:tokens[last].end]
        full = given_names.get(word)
        if full is None or k in blocked or token.start < full.end or not _alone(text, tokens, k, last) \
                or any(s <= token.start < e for s, e in taken):
            continue
        if re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text):
            continue  # also a word of the language
        if text[tokens[last].end:tokens[last].end + 1] == "-" or text[token.start - 1:token.start] == "-":
            continue  # part of a compound: "het Anne-Marie-fonds"
        out.append(Mention(token.start, tokens[last].end, word, "Person", "persons.given-name-repeat", 0.7,
                           name=full.label))
    return out


def _hyphenated_end(tokens: list[Token], k: int) -> int:
    """The last token of a hyphenated name word that opens at ``k`` ("Hendrik-Jan"), else ``k``."""
    if k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].start == tokens[k].end \
            and tokens[k + 2].start == tokens[k + 1].end and tokens[k + 2].text[:1].isupper():
        return k + 2
    return k


def compound_given_names(found: list[Mention]) -> list[Mention]:
    """``found`` with each full name made only of given names ("Arie Jan") that opens exactly one longer
    full name of the document ("Arie Jan Blokland") relabelled as that person: a compound given name
    repeated alone, not a person of its own.

    >>> blokland = Mention(0, 17, "Arie Jan Blokland", "Person", "persons.full-name", 0.9)
    >>> again = Mention(40, 48, "Arie Jan", "Person", "persons.full-name", 0.9)
    >>> [m.label for m in compound_given_names([blokland, again])]
    ['Arie Jan Blokland', 'Arie Jan Blokland']
    >>> [m.label for m in compound_given_names([again, Mention(60, 74, "Arie Jan Smit", "Person", "persons.full-name", 0.9), blokland])]
    ['Arie Jan', 'Arie Jan Smit', 'Arie Jan Blokland']
    """
    first_names = load_lexicon().first_names
    longer: dict[tuple[str, ...], set[str]] = {}  # the opening words of a full name → the full names
    for m in found:
        words = tuple(m.label.split())
        if m.rule == "persons.full-name":
            for k in range(2, len(words)):
                longer.setdefault(words[:k], set()).add(m.label)
    out = []
    for m in found:
        words = tuple(m.label.split())
        if m.rule == "persons.full-name" and len(words) >= 2 and all(w in first_names for w in words) \
                and len(longer.get(words, ())) == 1:
            m = Mention(m.start, m.end, m.text, "Person", "persons.given-name-repeat", 0.7, name=next(iter(longer[words])))
        out.append(m)
    return out
