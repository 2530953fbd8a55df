"""The relations of a document found so far, with the ones stated in a sentence found without a scan.

Rules that run once per sentence and look back at the relations of that sentence ("X is voorzitter
van A, Y van B": the role stated before the gapped list) would scan every relation of the document
each time: sentences × relations, quadratic in a document's length, so one long file (a concatenated
export) held the build for many minutes. :class:`RelationList` is the plain list the rules append to,
with an index by ``evidence_start`` that follows the appends and is made again after any other change
(a rule that drops or replaces relations), so an answer is always that of a scan, in the same order.

Examples
--------
>>> from .model import Mention, Relation
>>> a, b = Mention(0, 1, "A", "Person", "", 1.0), Mention(4, 5, "B", "Municipality", "", 1.0)
>>> relations = RelationList([Relation(a, "hasRole", b, 0, 9, "x", 0.8)])
>>> relations.append(Relation(a, "affiliatedWith", b, 10, 19, "y", 0.8))
>>> [r.rule for r in relations.stated_at(10)]
['y']
>>> relations[:] = [r for r in relations if r.rule != "y"]
>>> relations.stated_at(10), [r.rule for r in relations.stated_at(0)]
([], ['x'])
"""

from __future__ import annotations

from .model import Relation

__all__ = ["RelationList"]


class RelationList(list):
    """A list of :class:`Relation` that answers :meth:`stated_at` from an index by ``evidence_start``."""

    def __init__(self, *items):
        super().__init__(*items)
        self._forget()

    def _forget(self) -> None:
        self._by_start: dict[int, list[Relation]] = {}
        self._indexed = 0

    def stated_at(self, start: int) -> list[Relation]:
        """The relations whose evidence starts at ``start`` (a sentence's start), in list order.

        Read the list, do not change it."""
        if self._indexed > len(self):
            self._forget()
        for relation in self[self._indexed:]:
            self._by_start.setdefault(relation.evidence_start, []).append(relation)
        self._indexed = len(self)
        return self._by_start.get(start, [])

    def __reduce_ex__(self, protocol):  # a worker's result travels as a plain list, without the index
        return list, (list(self),)


def _forgetting(name: str):
    """``list.<name>``, then the index made again at the next :meth:`RelationList.stated_at`."""
    method = getattr(list, name)

    def changed(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        self._forget()
        return result
    changed.__name__ = name
    return changed


# appending keeps the index (the new relations are read at the next question); any other change forgets it
for _name in ("__setitem__", "__delitem__", "__iadd__", "__imul__", "insert", "remove", "pop", "clear", "sort",
              "reverse"):
    setattr(RelationList, _name, _forgetting(_name))
