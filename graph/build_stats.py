"""What a build wrote, counted for its summary: :class:`BuildStats` (kept per document with its
graph for incremental builds, and adjusted for what curation did). Part of the builder's code
(:func:`graph.fragments.builder_fingerprint`): a document's record is kept with its graph.

Examples
--------
>>> stats = BuildStats()
>>> stats.add_record(BuildStats(mentions=2, relations=Counter(hasRole=1)).as_record())
>>> stats.documents, stats.mentions, dict(stats.relations)
(1, 2, {'hasRole': 1})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["BuildStats"]


@dataclass
class BuildStats:
    """What a build wrote: counts for the summary."""

    documents: int = 0
    entities: Counter = field(default_factory=Counter)  # distinct entities mentioned, by type
    entity_types: dict = field(default_factory=dict, repr=False)  # entity key → type
    relations: Counter = field(default_factory=Counter)
    mentions: int = 0
    unresolved: int = 0
    uses: set = field(default_factory=set, repr=False)  # entity keys the graphs point at (mentions, fact ends)
    # (a record lists under "uses" only those that are not under "entities", the mentioned ones)
    roles: set = field(default_factory=set, repr=False)  # role labels of the memberships
    #: terms of offices and participations (office graph.tenure.PARTICIPATION) with a time (graph.tenure):
    #: [evidence, holder, body, office, start, end, past,
    #: reported] (reported: dated only by its document, its day or its period)
    terms: list = field(default_factory=list, repr=False)

    def as_record(self) -> dict:
        """What a document contributed, as JSON-ready data (kept with the graph for incremental builds)."""
        return {"relations": dict(self.relations), "mentions": self.mentions, "unresolved": self.unresolved,
                "entities": dict(sorted(self.entity_types.items())), "uses": sorted(self.uses - self.entity_types.keys()),
                "roles": sorted(self.roles), "terms": list(self.terms)}

    def add_record(self, record: dict) -> None:
        """Count a document's :meth:`as_record` in (for documents whose graph was not rebuilt)."""
        self.documents += 1
        self.relations.update(record["relations"])
        self.mentions += record["mentions"]
        self.unresolved += record["unresolved"]
        entity_types, entities = self.entity_types, self.entities
        for key, type_ in record["entities"].items():  # _count_entity, inlined: 120,000 calls for 10,000 documents
            if key not in entity_types:
                entity_types[key] = type_
                entities[type_] += 1
        self.uses.update(record["entities"])
        self.uses.update(record["uses"])
        self.roles.update(record["roles"])
        self.terms.extend(record.get("terms", ()))

    def curated(self, merges, suppressed_by, erased=()) -> None:
        """Count what curation did in: ``merges`` (entity key merged away, key it went into),
        ``suppressed_by`` ((relation, number of relations removed)) and ``erased`` (keys of entities
        removed entirely), so that the counts are the graph's.

        >>> stats = BuildStats(relations=Counter(collaboratesWith=3))
        >>> stats._count_entity("unit/a", "OrganisationalUnit"); stats._count_entity("unit/b", "OrganisationalUnit")
        >>> stats.curated([("unit/a", "unit/b")], [("collaboratesWith", 1)])
        >>> dict(stats.entities), dict(stats.relations)
        ({'OrganisationalUnit': 1}, {'collaboratesWith': 2})
        """
        for old, into in merges:
            type_ = self.entity_types.pop(old, None)
            if type_ is None:  # not mentioned by a document: not counted
                continue
            self.entities[type_] -= 1
            self._count_entity(into, type_)
        for key in erased:
            type_ = self.entity_types.pop(key, None)
            if type_ is not None:
                self.entities[type_] -= 1
        for relation, count in suppressed_by:
            self.relations[relation] -= count
        for counter in (self.entities, self.relations):
            for name in [name for name, count in counter.items() if count <= 0]:
                del counter[name]

    def _count_entity(self, key: str, type_: str) -> None:
        if key not in self.entity_types:
            self.entity_types[key] = type_
            self.entities[type_] += 1

