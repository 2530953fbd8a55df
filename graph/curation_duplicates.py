"""Correction rules that repeat an earlier one (walkthrough 17, finding 11): the same merge,
suppression, fact, alias, split, removal or ``distinct`` in a second place.

A duplicate is a rule whose fields all equal an earlier rule's of its section, its file and line
and its free text (``reason``, ``note``, ``private``, ``by``, ``date``) left out. It is applied
once: :func:`without_duplicates` leaves each repeat out and names the rule it repeats, so a build
warns "dubbel met 2026-01.yaml:3" instead of counting it twice or calling it stale.

Examples
--------
>>> from graph.curation_records import Curation, Merge
>>> from graph.vocab import mint
>>> a, b = mint("person", "a"), mint("person", "b")
>>> kept, repeats = without_duplicates(Curation(merges=(Merge(a, b, "x.yaml:3"), Merge(a, b, "y.yaml:2", "zelfde"))))
>>> [m.source for m in kept.merges], [(section, rule.reason, first) for section, rule, first in repeats]
(['x.yaml:3'], [('merges', 'zelfde', 'x.yaml:3')])
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace

from .curation_records import Curation

__all__ = ["without_duplicates", "SECTIONS"]

log = logging.getLogger(__name__)

#: the fields of a rule that say where it is written or why, not what it does
_FREE_TEXT = ("source", "reason", "note", "private", "by", "date")
#: the sections of :class:`Curation` whose rules can repeat one another
SECTIONS = ("entities", "aliases", "facts", "merges", "suppressions", "erasures", "distinct", "splits",
            "not_entities")


def _what(rule) -> tuple:
    """What ``rule`` does: its fields but the free text (``distinct``: the pair in either order)."""
    values = tuple((f.name, getattr(rule, f.name)) for f in fields(rule) if f.name not in _FREE_TEXT)
    if {"one", "other"} <= {name for name, _ in values}:
        pair = frozenset((rule.one, rule.other))
        values = tuple(v for v in values if v[0] not in ("one", "other")) + (("pair", pair),)
    return values


def without_duplicates(curation: Curation) -> tuple[Curation, list[tuple]]:
    """``curation`` with each rule that repeats an earlier one of its section left out, and for each
    such rule (section, the rule, the ``source`` of the rule it repeats), by file and line."""
    repeats: list[tuple] = []
    kept_sections = {}
    for section in SECTIONS:
        first: dict[tuple, str] = {}
        kept = []
        for rule in getattr(curation, section):
            what = _what(rule)
            if what in first:
                repeats.append((section, rule, first[what]))
                continue
            first[what] = rule.source
            kept.append(rule)
        kept_sections[section] = tuple(kept)
    return replace(curation, **kept_sections), sorted(repeats, key=lambda repeat: _place(repeat[1].source))


def _place(source: str) -> tuple:
    """A rule's "file:line" as (file, line number), to sort by.

    >>> sorted(["b.yaml:2", "a.yaml:10", "a.yaml:9"], key=_place)
    ['a.yaml:9', 'a.yaml:10', 'b.yaml:2']
    """
    name, _, line = source.rpartition(":")
    return (name, int(line)) if line.isdigit() else (source, 0)
