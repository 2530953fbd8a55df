"""Mentions → canonical entities (placeholder; full rules follow)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Entity", "Resolution", "resolve"]


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    subtype: str | None = None


@dataclass
class Resolution:
    entities: dict[str, Entity]
    mention_keys: dict[tuple[str, int, int], str]
    ambiguous: list[str] = field(default_factory=list)


def resolve(extractions, gazetteer) -> Resolution:
    return Resolution({}, {})
