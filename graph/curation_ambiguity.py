"""Ambiguities a curated rule settles (walkthrough 17, finding 8).

Resolution warns once a document about a mention that could be several persons ("n1: 'S. Bakker'
kan Sanne Bakker, Sjoerd Bakker zijn; niet samengevoegd", a :class:`graph.resolve.Ambiguity`: the
mention keeps an entity of its own, ``person/s-bakker``). A rule that says who it is settles it: a
``merge:`` whose ``from`` is that entity, or a ``split:`` of that entity whose ``where:`` places the
mention (its document, or the mention now the split's ``as``). Such a warning is not repeated; the
build summary counts it instead ("1 dubbelzinnigheid door correcties opgelost").

Examples
--------
>>> from graph.curation_records import Curation, Merge
>>> from graph.resolve import Ambiguity
>>> from graph.vocab import G40ID
>>> found = [Ambiguity("n1: 'S. Bakker' kan … zijn; niet samengevoegd", "person/s-bakker", ("n1", 10, 19)),
...          Ambiguity("n2: 'K. de Wit' kan … zijn; niet samengevoegd", "person/k-de-wit", ("n2", 4, 12))]
>>> rules = Curation(merges=(Merge(G40ID["person/s-bakker"], G40ID["person/sanne-bakker"]),))
>>> kept, settled = settled_ambiguities(found, rules, {})
>>> [str(warning)[:2] for warning in kept], settled
(['n2'], 1)
"""

from __future__ import annotations

from .curation_graph import entity_key

__all__ = ["settled_ambiguities"]


def settled_ambiguities(ambiguous, curation, mention_keys: dict) -> tuple[list, int]:
    """The warnings of ``ambiguous`` that no rule of ``curation`` settles, and how many it settles.

    A warning that is a plain string (no entity key known) is kept. ``mention_keys``: where a mention
    is (document id, start, end) → the key resolution gave it, a split applied."""
    merged = {entity_key(merge.old) for merge in curation.merges}
    splits = [(entity_key(rule.iri), entity_key(rule.into), rule.document) for rule in curation.splits]
    kept, settled = [], 0
    for warning in ambiguous:
        key, where = getattr(warning, "key", None), getattr(warning, "where", None)
        if key is not None and (key in merged or any(
                key == entity and (document == where[0] or mention_keys.get(where) == into)
                for entity, into, document in splits)):
            settled += 1
        else:
            kept.append(warning)
    return kept, settled
