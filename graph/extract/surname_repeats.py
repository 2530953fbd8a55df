"""Later mentions of a person by surname alone: "Iris Dekker … Dekker was eerder vicevoorzitter",
and by a particle surname ("Van Dam", "De Vries") after the full name "Anna van Dam"; a name written with initials
is a full name too ("wethouder N. Jansen … Jansen volgde R. Kok op", "prof. dr. E.M. van Lieshout … Van Lieshout
studeerde", round 59c).

A repeat counts only after the full name, and not where the word is part of another name, so a
heading's last word on the line above does not swallow it.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Iris Dekker is trekker. Dekker was eerder vicevoorzitter."
>>> full = Mention(0, 11, "Iris Dekker", "Person", "persons.full-name", 0.9)
>>> [(m.text, m.start) for m in surname_repeats(text, tokenize(text), set(), [full])]
[('Dekker', 24)]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lexicon import load_lexicon
from .model import Mention
from .name_words import is_name_word, particle_index
from .tokens import Token, tokenize

__all__ = ["surname_repeats", "particle_repeats"]


#: the rules of a full name whose surname may repeat: a known given name, a cue, a column of persons, initials
#: ("wethouder N. Jansen": two namesakes leave a bare "Jansen" to neither, :mod:`graph.resolve`)
_CONFIRMED = ("persons.full-name", "persons.cue", "persons.table-cell", "persons.initials")


def _kind_named(text: str, name: str) -> bool:
    """Whether the text names ``name`` after a programme's or unit's kind word too ("het programma Energieke
    Wijken", "de Themagroep Smart Cities"): then the name a role word gave ("programmaleider Energieke Wijken") is
    that programme's or unit's, no person's to repeat (:mod:`.unit_name_persons` drops the first one; round 57r).

    >>> _kind_named("Het programma Energieke Wijken start. Programmaleider Energieke Wijken: Eva.", "Energieke Wijken")
    True
    >>> _kind_named("Programmaleider Sanne Wijkstra zei het.", "Sanne Wijkstra")
    False
    """
    lexicon = load_lexicon()
    for match in re.finditer(r"\b([\w-]+)\s+" + re.escape(name) + r"\b", text):
        kind = match.group(1).lower()
        if kind in lexicon.programme_kinds or kind in lexicon.unit_kinds or kind in ("programma", "project"):
            return True
    return False


def surname_repeats(text: str, tokens: list[Token], blocked: set[int], found: list[Mention]) -> list[Mention]:
    """"Iris Dekker … Dekker was eerder vicevoorzitter": later uses of a full name's surname."""
    surnames = {}
    for m in found:
        words = m.label.split()
        if m.rule in _CONFIRMED and len(words) >= 2 and len(words[-1]) >= 3:
            if words[-1] not in surnames or m.start < surnames[words[-1]].start:
                surnames[words[-1]] = m  # the first full name: a surname repeats after it, not after the last
    if not surnames:
        return []
    taken = _Spans((m.start, m.end) for m in found)
    out = []
    token_at = {token.start: k for k, token in enumerate(tokens)}
    first_cued = {}
    for m in found:
        if m.rule in ("persons.cue", "persons.table-cell") and " " in m.text and "\n" not in m.text:
            first_cued.setdefault(m.text, m.end)
    for name, first_end in first_cued.items():
        # "Sjef Ramakers, wethouder Heerlen … als opvolger van Sjef Ramakers": a name a cue confirmed, again
        if _kind_named(text, name):
            continue  # "programmaleider Energieke Wijken" beside "het programma Energieke Wijken": a field (57r)
        for again in _whole_word_matches(text, name, first_end):
            k = token_at.get(again.start())
            if k is not None and k not in blocked and again.start() not in taken and again.end() - 1 not in taken \
                    and not (k > 0 and is_name_word(tokens[k - 1]) and "\n" not in text[tokens[k - 1].end:again.start()]):
                out.append(Mention(again.start(), again.end(), name, "Person", "persons.name-repeat", 0.75))
    if out:
        taken = _Spans([(m.start, m.end) for m in found] + [(m.start, m.end) for m in out])
    for surname in [w for w in surnames if "-" in w.strip("-")] if "-" in text else ():
        # a double surname is several tokens: "Jolanda Pronk-Schouten … Pronk-Schouten is sinds …"
        for again in _whole_word_matches(text, surname, surnames[surname].end):
            k = token_at.get(again.start())
            if k is None or k in blocked or again.start() in taken or again.end() - 1 in taken \
                    or (k > 0 and "\n" not in text[tokens[k - 1].end:again.start()]  # (a heading above is not, 52e)
                        and (is_name_word(tokens[k - 1]) or tokens[k - 1].text.lower() in load_lexicon().particles)):
                continue
            out.append(Mention(again.start(), again.end(), surname, "Person", "persons.surname-repeat", 0.7))
    pairs = {" ".join(m.label.split()[-2:]): m for m in reversed(found) if m.rule in ("persons.full-name", "persons.cue")
             and len(m.label.split()) >= 3 and all(w[:1].isupper() for w in m.label.split())}
    for pair, first in pairs.items():
        # a surname of two words: "Hamid Oulad Ali … Oulad Ali is lid van …"
        for again in _whole_word_matches(text, pair, first.end):
            k = token_at.get(again.start())
            if k is None or k in blocked or again.start() in taken or (k > 0 and is_name_word(tokens[k - 1])):
                continue
            out.append(Mention(again.start(), again.end(), pair, "Person", "persons.surname-repeat", 0.7))
    if pairs and out:
        taken = _Spans([(m.start, m.end) for m in found] + [(m.start, m.end) for m in out])
    for k, token in enumerate(tokens):
        if token.text not in surnames or k in blocked or token.start in taken:
            continue
        previous = tokens[k - 1] if k > 0 else None
        if previous is not None and "\n" not in text[previous.end:token.start] \
                and (is_name_word(previous) or previous.text.lower() in load_lexicon().particles):
            continue  # part of another name (a heading's last word on the line above is not)
        if token.start < surnames[token.text].start:
            continue
        out.append(Mention(token.start, token.end, token.text, "Person", "persons.surname-repeat", 0.7))
    return out


def _whole_word_matches(text: str, phrase: str, start: int):
    r"""The matches of ``phrase`` as whole words in ``text`` from ``start`` on, as ``re.finditer`` of
    ``(?<![\w-])phrase(?![\w-])`` gives them, found by ``str.find``: a regex that opens with a look-behind
    is tried at every position of the text, once per name, which made a long document with many names
    slow; ``str.find`` skips to the candidates (still a pass per name, but a fast one).

    >>> [m.start() for m in _whole_word_matches("Dekker, Dekkers, ter-Dekker en Dekker.", "Dekker", 0)]
    [0, 31]
    """
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    at = text.find(phrase, start)
    while at >= 0:
        match = pattern.match(text, at)
        if match is not None:
            yield match
            at = text.find(phrase, match.end() if match.end() > at else at + 1)
        else:
            at = text.find(phrase, at + 1)


class _Spans:
    """Character spans merged for look-ups in logarithmic time (a document that names one person
    thousands of times must not take the square of that).

    >>> spans = _Spans([(0, 5), (3, 8), (20, 25)])
    >>> [position in spans for position in (0, 7, 8, 19, 20, 24, 25)]
    [True, True, False, False, True, True, False]
    """

    def __init__(self, spans):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, position: int) -> bool:
        i = bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ends[i]


#: the full names whose particle surname repeats: a known given name, and (round 59r) a name a cue or initials
#: confirmed ("prof. dr. Esmée van Lieshout", "E.M. (Esmée) van Lieshout" … "Van Lieshout (1978) studeerde …")
_PARTICLE_NAMED = frozenset({"persons.full-name", "persons.cue", "persons.initials"})


def particle_repeats(text: str, tokens: list[Token], blocked: set[int], found: list[Mention]) -> list[Mention]:
    """``found`` with later uses of a full name's particle and surname, capitalised at the start of a
    sentence: "Marieke van der Wal … Van der Wal was eerder vicevoorzitter" (also when the cue rule
    read "Van der Wal" as a name of its own).

    >>> from graph.extract.persons import find_persons
    >>> text = "Ik zag Marieke van der Wal. Van der Wal sprak."
    >>> [(m.label, m.rule) for m in find_persons(text, tokenize(text), set())]
    [('Marieke van der Wal', 'persons.full-name'), ('Van der Wal', 'persons.surname-repeat')]
    """
    starts = particle_index()
    tails: dict[tuple[str, ...], Mention] = {}
    for m in found:
        words = m.label.split()
        if m.rule not in _PARTICLE_NAMED or len(words) < 3:
            continue
        k = next((k for k in range(1, len(words) - 1) if words[k].lower() in starts), None)
        if k is not None:
            tails.setdefault(tuple(t.text.lower() for t in tokenize(" ".join(words[k:]))), m)
    if not tails:
        return found

    def repeated(k: int) -> Mention | None:
        """The mention of "Van der Wal" starting at token ``k``, if it repeats an earlier full name."""
        for tail, full in tails.items():
            end = k + len(tail)
            if end <= len(tokens) and full.end <= tokens[k].start and \
                    all(tokens[k + n].text.lower() == word for n, word in enumerate(tail)) and \
                    (end == len(tokens) or not is_name_word(tokens[end])):
                start, stop = tokens[k].start, tokens[end - 1].end
                return Mention(start, stop, text[start:stop], "Person", "persons.surname-repeat", 0.7)
        return None

    index = {t.start: k for k, t in enumerate(tokens)}
    out, taken = [], []
    for m in found:
        k = index.get(m.start)
        again = repeated(k) if m.rule == "persons.cue" and k is not None and m.text[:1].isupper() else None
        out.append(again if again is not None and again.end == m.end else m)
        taken.append((m.start, m.end))
    for k, token in enumerate(tokens):
        if token.text[:1].isupper() and token.text.lower() in starts and k not in blocked:
            again = repeated(k)
            if again is not None and not any(s < again.end and again.start < e for s, e in taken):
                out.append(again)
    return sorted(out, key=lambda m: m.start)
