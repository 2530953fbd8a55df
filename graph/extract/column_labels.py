"""A table's header row is no name: "Pijler Voorzitter Sinds" labels three columns.

A table copied out of a PDF arrives as lines of words, its header row too: "Pijler Voorzitter Sinds"
over "Pijler Fysiek Anouk … 1 juli 2025". The unit reader takes a kind word with capitalised words
after it for a unit's name ("Pijler Fysiek"), and so made a unit "Pijler Voorzitter Sinds". A unit's
name never opens with the label of another column: a role (a holder's title, "Voorzitter",
"Trekker") or the heading of a column of names, dates or places ("Naam", "Sinds", "Periode",
"Gemeente"). Such a name is none (:func:`graph.extract.units.find_units` then reads the kind word
alone, which names no unit).

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> tokens = tokenize("Pijler Voorzitter Sinds")
>>> column_labels(tokens, (1, 3))
True
>>> column_labels(tokenize("Pijler Economie en Werk"), (1, 4))
False
"""

from __future__ import annotations

from .role_words import role_of
from .tokens import Token

__all__ = ["column_labels"]

#: the headings of a table's columns of names, times, places and kinds (not roles: those are the lexicon's)
COLUMN_HEADINGS = frozenset({
    "naam", "namen", "functie", "rol", "sinds", "vanaf", "tot", "van", "periode", "datum", "begin", "einde",
    "start", "gemeente", "gemeenten", "stad", "organisatie", "contactpersoon", "contact", "status", "portefeuille",
    "e-mail", "telefoon", "toelichting", "opmerking", "opmerkingen"})


def column_labels(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the name ``span`` (token indexes) after a unit's kind word opens with a column label:
    a capitalised role word ("Voorzitter") or column heading ("Naam", "Sinds") followed by another such
    label, or a role word alone ("Pijler Voorzitter"; see the module)."""
    words = [t.text for t in tokens[span[0]:span[1]]]
    labels = [w[:1].isupper() and (w.lower() in COLUMN_HEADINGS or _singular_role(w)) for w in words]
    return bool(labels) and labels[0] and (labels[1] if len(labels) > 1 else _singular_role(words[0]))


def _singular_role(word: str) -> bool:
    """A role word as it stands ("Voorzitter", "Trekker"), not a plural ("Voorzitters": the name of a
    chairs' meeting may be one)."""
    role = role_of(word)
    return role is not None and not word.lower().endswith(("s", "en"))
