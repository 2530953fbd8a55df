"""No merge proposed for namesakes a document tells apart ("niet te verwarren met haar naamgenoot …").

The build summary asks, for each name that rule 6 gave to several persons, whether they are one person
and proposes a ``merge:`` (:func:`graph.namesakes.namesake_notes`). When a document itself says they are
two — "Marit Dekkers, wethouder van Deventer, niet te verwarren met haar naamgenoot Marit Dekkers van
Zwolle" (:mod:`graph.extract.not_the_same`, :attr:`graph.resolve.Resolution.apart`) — the question is
answered and the proposal would undo what the text says (walkthrough 26; ``twins`` stopped proposing it
in round 51f). Such a split is left out of the notes, and of the manifest's list for ``validate``.

>>> split = {"name": "Marit Dekkers", "keys": ["person/marit-dekkers", "person/marit-dekkers-deventer"],
...          "places": ["Zwolle", "Deventer"]}
>>> told_apart([split], [("person/marit-dekkers", "person/marit-dekkers-deventer")])
[]
>>> told_apart([split], []) == [split]
True
"""

from __future__ import annotations

from itertools import combinations

__all__ = ["told_apart"]


def told_apart(namesakes: list[dict], apart) -> list[dict]:
    """``namesakes`` (:attr:`graph.resolve.Resolution.namesakes`) without the splits every two persons of
    which a document says are not one (``apart``: sorted key pairs); a question about one person ("maybe")
    stays."""
    pairs = {tuple(sorted(pair)) for pair in apart}
    if not pairs:
        return namesakes
    return [namesake for namesake in namesakes
            if namesake.get("maybe") or len(namesake["keys"]) < 2
            or not all(tuple(sorted(pair)) in pairs for pair in combinations(namesake["keys"], 2))]
