"""Published person keys: a minted person key, once a build wrote it, keeps meaning the same person.

A person's key is the slug of the name (``person/jan-de-vries``); namesakes that rule 6 keeps apart
(:mod:`graph.namesakes`) get their municipality after it (``person/jan-de-vries-helmond``). Which of
them holds the bare key would depend on what the corpus holds (the one placed first), so a document
about a namesake, dated earlier, would hand a key that tables and stores hold to someone else
(walkthrough 18, finding 10). So every build records where each person key's mentions are placed
(``manifest.json``, ``person_places``: key → municipality keys), and the next build reads it back:

* a name split now gives each previous key of the name to the person placed where that key was
  (:func:`kept_cluster_keys`); a newcomer gets the bare key only when it is free, else its own
  municipality's name after it;
* a person no longer split keeps the namesake key it had (:func:`kept_person_keys`);
* a key that is gone while its person lives on under another key of the same name (a curated split,
  namesakes found to be one person) is a move (:func:`moved_keys`): the graph says ``new owl:sameAs
  old`` (as a curated merge does) in this build and the next ones (``manifest.json``, ``moved_keys``:
  :func:`kept_moves`), the build warns once, ``g40kg diff`` lists it;
* a curated split that hands places a key had to its ``as:`` key while the key lives on (as the rest of
  the person, or as someone else: a namesake the previous build did not know) moves that key in part
  (:func:`split_moves`): no ``owl:sameAs`` (the old key still names someone), but the build warns once
  and ``g40kg diff`` lists the split.

Without a previous build the rule of the first build holds, so a build from scratch gives the same
keys as ever.

Examples
--------
>>> previous = {"person/marco-jansen": frozenset({"municipality/gm0794"})}
>>> clusters = [(["municipality/gm0828"], None), (["municipality/gm0794"], None)]   # Oss first, then Helmond
>>> kept_cluster_keys("person/marco-jansen", clusters, previous, {"municipality/gm0828": "oss",
...                                                                  "municipality/gm0794": "helmond"})
['person/marco-jansen-oss', 'person/marco-jansen']
"""

from __future__ import annotations

import logging

from .messages import CATALOGUE
from .build_warnings import coded

__all__ = ["placed_keys", "previous_places", "kept_cluster_keys", "kept_person_keys", "moved_keys", "kept_moves",
           "moved_note", "person_places", "split_moves", "split_note"]

log = logging.getLogger(__name__)

CATALOGUE.update(
    {
        "keys_moved": {"nl": "{n} persoons-IRI('s) veranderd (de oude wijst met owl:sameAs naar de nieuwe; "
                             "g40kg diff noemt ze): {pairs}",
                       "en": "{n} person IRI(s) changed (the old one points to the new one by owl:sameAs; "
                             "g40kg diff lists them): {pairs}"},
        "keys_split": {"nl": "{n} persoons-IRI('s) door een splitsing deels verplaatst (de vermeldingen in die "
                             "gemeente(n) zijn nu van de nieuwe; de oude noemt nu wie elders genoemd is; g40kg diff "
                             "noemt ze): {pairs}",
                       "en": "{n} person IRI(s) moved in part by a split (the mentions in those municipalities are "
                             "now the new one's; the old one names who is named elsewhere; g40kg diff lists them): "
                             "{pairs}"},
    }
)


def placed_keys(found: dict[str, list[tuple]], keys: dict) -> dict[str, frozenset[str]]:
    """Person key → the municipality keys its mentions are placed in, once ``keys`` (mention → key)
    holds the keys after the namesakes were split; ``found``: what
    :func:`graph.namesakes.gather_placings` gathered (rows of document id, start, end, place, times).

    >>> found = {"person/jan": [("a", 0, 3, "municipality/gm0794", ()), ("b", 5, 8, "municipality/gm0828", ()),
    ...                         ("b", 9, 12, "organisation/vng", ())]}
    >>> sorted(placed_keys(found, {("a", 0, 3): "person/jan", ("b", 5, 8): "person/jan-oss"}).items())
    [('person/jan', frozenset({'municipality/gm0794'})), ('person/jan-oss', frozenset({'municipality/gm0828'}))]
    """
    placed: dict[str, set[str]] = {}
    for person, rows in found.items():
        for document_id, start, end, place, _times in rows:
            if place.startswith("municipality/"):
                placed.setdefault(keys.get((document_id, start, end), person), set()).add(place)
    return {key: frozenset(places) for key, places in placed.items()}


def person_places(placed: dict[str, frozenset[str]], keep) -> dict[str, list[str]]:
    """What a manifest records (``person_places``): the keys ``keep`` holds (the graph's persons, no removed
    one), sorted, each with its sorted municipalities.

    >>> person_places({"person/b": frozenset({"municipality/gm0794"}), "person/a": frozenset({"m/2", "m/1"})}, {"person/a"})
    {'person/a': ['m/1', 'm/2']}
    """
    return {key: sorted(placed[key]) for key in sorted(placed) if key in keep}


def previous_places(manifest: dict) -> dict[str, frozenset[str]]:
    """The ``person_places`` a previous build's ``manifest`` recorded ({}: none, or a build older than them).

    >>> previous_places({"person_places": {"person/jan": ["municipality/gm0794"]}, "documents": []})
    {'person/jan': frozenset({'municipality/gm0794'})}
    >>> previous_places({}), previous_places({"person_places": "?"})
    ({}, {})
    """
    recorded = manifest.get("person_places") if isinstance(manifest, dict) else None
    if not isinstance(recorded, dict):
        return {}
    return {key: frozenset(places) for key, places in recorded.items()
            if isinstance(key, str) and isinstance(places, list)}


def kept_cluster_keys(person: str, clusters: list[tuple[list[str], str | None]], previous: dict[str, frozenset[str]],
                      suffix: dict[str, str]) -> list[str]:
    """The key of each person of a split name (``clusters``: their municipalities and curated key, in
    the order of :func:`graph.namesakes._clusters`): a previous key of the name (``person``, or it with a
    municipality's slug after it; ``suffix``: municipality key → slug) goes to the person placed most where
    it was (the bare key first); a person without one gets the rule of a first build, the first person the
    bare key and another its first municipality after it, unless that key is taken (then the suffix, or a
    number after it).

    >>> h, o = "municipality/gm0794", "municipality/gm0828"
    >>> kept_cluster_keys("person/jan", [([o], None), ([h], None)], {}, {h: "helmond", o: "oss"})
    ['person/jan', 'person/jan-helmond']
    >>> kept_cluster_keys("person/jan", [([o], None), ([h], None)], {"person/jan-helmond": frozenset({h})},
    ...                   {h: "helmond", o: "oss"})
    ['person/jan', 'person/jan-helmond']
    """
    def made(places: list[str]) -> str:
        return f"{person}-{suffix.get(places[0], places[0])}" if places else person

    names = {person} | {made([place]) for places, _into in clusters for place in places}
    own = sorted((key for key in names if previous.get(key)), key=lambda key: (key != person, key))
    taken = {into for _places, into in clusters if into}
    assigned: dict[int, str] = {}
    for key in own:
        if key in taken:
            continue
        overlaps = [(len(previous[key].intersection(places)), -number) for number, (places, into) in enumerate(clusters)
                    if into is None and number not in assigned]
        best = max(overlaps, default=(0, 0))
        if best[0]:
            assigned[-best[1]] = key
            taken.add(key)
    keys = []
    for number, (places, into) in enumerate(clusters):
        key = into or assigned.get(number)
        if key is None:
            key = person if number == 0 and person not in taken else made(places)
            if assigned and key in taken:
                key = person if person not in taken else made(places)
                base, n = key, 2
                while key in taken:
                    key, n = f"{base}-{n}", n + 1
            taken.add(key)
        keys.append(key)
    return keys


def kept_person_keys(placed: dict[str, frozenset[str]], previous: dict[str, frozenset[str]], present,
                     suffix: dict[str, str], split: set[str]) -> dict[str, str]:
    """Key → the key it keeps instead: of a person (not split now: ``split``) whose key meant someone
    placed elsewhere in the previous build, while a namesake key of its name (its key, a municipality it is
    placed in after it) meant it there; ``present``: the keys in use now.

    >>> h, o = "municipality/gm0794", "municipality/gm0828"
    >>> previous = {"person/jan": frozenset({o}), "person/jan-helmond": frozenset({h})}
    >>> kept_person_keys({"person/jan": frozenset({h})}, previous, {"person/jan"}, {h: "helmond"}, set())
    {'person/jan': 'person/jan-helmond'}
    >>> kept_person_keys({"person/jan": frozenset({o})}, previous, {"person/jan"}, {h: "helmond"}, set())
    {}
    """
    kept: dict[str, str] = {}
    for key, places in placed.items():
        if key in split or not key.startswith("person/") or previous.get(key, frozenset()) & places:
            continue
        for place in sorted(places):
            named = f"{key}-{suffix.get(place, place)}"
            if previous.get(named, frozenset()) & places and named not in present and named not in kept.values():
                kept[key] = named
                break
    return kept


def moved_keys(previous: dict[str, frozenset[str]], placed: dict[str, frozenset[str]], present, suffix: dict[str, str],
               splits=()) -> dict[str, str]:
    """Old key → new key of each previous person key that is gone while the person it meant lives on
    under another key of the same name (the other with or without a municipality's slug after it, or
    a curated split's ``as:``), placed where it was; ``present``: the keys in use now.

    >>> h, o = "municipality/gm0794", "municipality/gm0828"
    >>> moved_keys({"person/jan-helmond": frozenset({h})}, {"person/jan": frozenset({h})}, {"person/jan"}, {h: "helmond"})
    {'person/jan-helmond': 'person/jan'}
    >>> moved_keys({"person/piet": frozenset({h})}, {"person/jan": frozenset({h})}, {"person/jan"}, {h: "helmond"})
    {}
    """
    endings = set(suffix.values())
    curated = {}
    for split in splits:
        curated.setdefault(split.entity, set()).add(split.into)
    by_name: dict[str, list[str]] = {}
    for key in placed:
        if key in present:
            by_name.setdefault(_bare(key, endings), []).append(key)
    moved = {}
    for old in sorted(previous):
        if old in present or not old.startswith("person/"):
            continue
        candidates = set(by_name.get(_bare(old, endings), ())) | (curated.get(old, set()) & set(placed))
        scored = sorted((-len(placed[new] & previous[old]), new) for new in candidates if placed[new] & previous[old])
        if scored:
            moved[old] = scored[0][1]
    return moved


def _bare(key: str, endings: set[str]) -> str:
    """``key`` without a municipality's slug at its end.

    >>> _bare("person/jan-de-vries-den-haag", {"den-haag", "helmond"}), _bare("person/jan-de-vries", {"helmond"})
    ('person/jan-de-vries', 'person/jan-de-vries')
    """
    at = key.find("-", key.find("/"))
    while at != -1:
        if key[at + 1:] in endings:
            return key[:at]
        at = key.find("-", at + 1)
    return key


def kept_moves(recorded, fresh: dict[str, str], present) -> dict[str, str]:
    """The moves a graph keeps saying (``manifest.json``'s ``moved_keys``): those of earlier builds
    (``recorded``), followed to the key they moved to last, and those of this build (``fresh``); each
    while its old key is not in use again and its new key is (``present``).

    >>> kept_moves({"person/a": "person/b"}, {"person/b": "person/c"}, {"person/c"})
    {'person/a': 'person/c', 'person/b': 'person/c'}
    >>> kept_moves({"person/a": "person/b"}, {}, {"person/a", "person/b"}), kept_moves("?", {}, set())
    ({}, {})
    """
    moves = {old: new for old, new in (recorded.items() if isinstance(recorded, dict) else ())
             if isinstance(old, str) and isinstance(new, str)}
    moves.update(fresh)
    kept = {}
    for old, new in moves.items():
        seen = {old}
        while new in moves and new not in seen:
            seen.add(new)
            new = moves[new]
        if old not in present and new in present:
            kept[old] = new
    return dict(sorted(kept.items()))


def moved_note(moved: dict[str, str]) -> str:
    """The build summary's one warning about the keys that moved.

    >>> moved_note({"person/jan-helmond": "person/jan"})
    "1 persoons-IRI('s) veranderd (de oude wijst met owl:sameAs naar de nieuwe; g40kg diff noemt ze): person/jan-helmond → person/jan"
    """
    pairs = [f"{old} → {new}" for old, new in sorted(moved.items())]
    shown = ", ".join(pairs[:5]) + (f", … (+{len(pairs) - 5})" if len(pairs) > 5 else "")
    return coded("keys_moved", n=len(pairs), pairs=shown)


def split_moves(previous: dict[str, frozenset[str]], placed: dict[str, frozenset[str]], present,
                splits) -> list[tuple[str, str, list[str], str]]:
    """(old key, new key, the municipalities handed over, the rule's file:line) of each curated split
    (``splits``: (key, ``as:`` key, file:line)) that hands municipalities its key was placed in by the
    previous build to its ``as:`` key, which was not placed there before, while the key lives on
    (``present``: the keys in use now; a key gone is a move of :func:`moved_keys`).

    >>> h, z = "municipality/gm0794", "municipality/gm0193"
    >>> split_moves({"person/jan": frozenset({z})}, {"person/jan": frozenset({h}), "person/jan-z": frozenset({z})},
    ...             {"person/jan", "person/jan-z"}, [("person/jan", "person/jan-z", "s.yaml:2")])
    [('person/jan', 'person/jan-z', ['municipality/gm0193'], 's.yaml:2')]
    >>> split_moves({"person/jan-z": frozenset({z})}, {"person/jan-z": frozenset({z})}, {"person/jan-z"},
    ...             [("person/jan", "person/jan-z", "s.yaml:2")])
    []
    """
    moves = []
    for old, new, source in splits:
        handed = previous.get(old, frozenset()) & placed.get(new, frozenset()) - previous.get(new, frozenset())
        if handed and old in present:
            moves.append((old, new, sorted(handed), source))
    return moves


def split_note(moves: list[tuple[str, str, list[str], str]], names: dict[str, str]) -> str:
    """The build summary's one warning about the keys a split moved in part (:func:`split_moves`);
    ``names``: municipality key → its name.

    >>> split_note([("person/jan", "person/jan-z", ["municipality/gm0193"], "s.yaml:2")], {"municipality/gm0193": "Zwolle"})
    "1 persoons-IRI('s) door een splitsing deels verplaatst (de vermeldingen in die gemeente(n) zijn nu van de nieuwe; de oude noemt nu wie elders genoemd is; g40kg diff noemt ze): person/jan → person/jan-z (Zwolle; s.yaml:2)"
    """
    pairs = [f"{old} → {new} ({', '.join(names.get(place, place) for place in places)}; {source})"
             for old, new, places, source in moves]
    shown = ", ".join(pairs[:5]) + (f", … (+{len(pairs) - 5})" if len(pairs) > 5 else "")
    return coded("keys_split", n=len(pairs), pairs=shown)
