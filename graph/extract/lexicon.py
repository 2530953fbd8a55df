"""Word lists that extraction reads from ``data/gazetteer`` (roles, unit kinds, names …).

Each list is a data file with a source column or comment, so that the rules in code stay
rules of Dutch and the vocabulary stays data. Loaded once per process.

Examples
--------
>>> lex = load_lexicon()
>>> lex.roles["vice-voorzitter"].label
'vicevoorzitter'
>>> lex.unit_kinds["themagroep"].kind
'themagroep'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_path

__all__ = ["RoleWord", "UnitKind", "ProgrammeKind", "EventKind", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class RoleWord:
    word: str  # surface form, lower case ("vice-voorzitter")
    label: str  # role label written to the graph ("vicevoorzitter")
    scope: str  # unit | unit:<kind> | theme | municipality | province | ministry | any | body:<label>


@dataclass(frozen=True)
class UnitKind:
    word: str
    kind: str
    default_parent: str | None  # organisation abbreviation a unit of this kind belongs to


@dataclass(frozen=True)
class ProgrammeKind:
    word: str
    kind: str
    named_only: bool


@dataclass(frozen=True)
class EventKind:
    word: str
    named_only: bool


@dataclass(frozen=True)
class Lexicon:
    roles: dict[str, RoleWord]
    unit_kinds: dict[str, UnitKind]
    programme_kinds: dict[str, ProgrammeKind]
    event_kinds: dict[str, EventKind]
    particles: tuple[str, ...]  # longest first
    first_names: frozenset[str]
    portfolios: frozenset[str]  # lower case: "zorg", "openbare ruimte" (a field after a role word)
    stop_municipalities: frozenset[str]
    org_suffixes: frozenset[str]
    bodies: tuple[tuple[str, str, tuple[str, ...]], ...]  # (abbreviation, name, aliases)


def _rows(name: str) -> list[dict[str, str]]:
    with data_path("gazetteer", name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _lines(name: str) -> list[str]:
    text = data_path("gazetteer", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the word lists (once per process)."""
    roles = {r["role"].lower(): RoleWord(r["role"].lower(), r["label"], r["scope"]) for r in _rows("roles.csv")}
    units = {
        r["word"].lower(): UnitKind(r["word"].lower(), r["kind"], r["default_parent"] or None)
        for r in _rows("unit_kinds.csv")
    }
    programmes = {
        r["word"].lower(): ProgrammeKind(r["word"].lower(), r["kind"], r["named_only"] == "yes")
        for r in _rows("programme_kinds.csv")
    }
    events = {r["word"].lower(): EventKind(r["word"].lower(), r["named_only"] == "yes") for r in _rows("event_kinds.csv")}
    particles = tuple(sorted(_lines("person_particles.txt"), key=len, reverse=True))
    bodies = tuple(
        (r["abbreviation"], r["name"], tuple(a.strip() for a in r["aliases"].split(";") if a.strip()))
        for r in _rows("bodies.csv")
    )
    return Lexicon(
        roles=roles,
        unit_kinds=units,
        programme_kinds=programmes,
        event_kinds=events,
        particles=particles,
        first_names=frozenset(_lines("first_names.txt")),
        portfolios=frozenset(line.lower() for line in _lines("portfolios.txt")),
        stop_municipalities=frozenset(r["name"] for r in _rows("stop_municipalities.csv")),
        org_suffixes=frozenset(r["word"] for r in _rows("org_suffixes.csv")),
        bodies=bodies,
    )
