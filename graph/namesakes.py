"""Namesakes: one full name that the documents place in two municipalities at the same time is two
persons (rule 6 of :mod:`graph.resolve`), and so is one a document places in two ministries (or a text
in two at once: "Peter de Vries, ministerie van SZW" and "Peter de Vries, ministerie van IenW" in one
verslag; :mod:`graph.ministry_namesakes`), and the curated ``split:`` rules.

While :func:`graph.resolve.resolve` reads the documents, :func:`gather_placings` collects what each
places persons in (a role or an affiliation in a municipality, with its time); then
:func:`split_namesakes` clusters each name's placements by time and gives every mention of a split
name the person of the municipality its document places it in. :func:`namesake_notes` words the
build summary's line for each split.

>>> year = ("2024-01-01", "2024-12-31")
>>> zwolle = ("a", 0, 5, "municipality/gm0193", year, "wethouder", year)
>>> helmond = ("b", 9, 14, "municipality/gm0794", year, "wethouder", year)
>>> [places for places, _into in _clusters([zwolle, helmond], [])]
[['municipality/gm0193'], ['municipality/gm0794']]
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from .docdate import date_or_period
from .incremental import mention_row
from .ministry_namesakes import DOCUMENT_ONLY, ministry_rows, other_time_or_ministry
from .messages import get_language
from .build_warnings import coded
from .placing import placings
from .published_keys import kept_cluster_keys
from .vocab import slugify

__all__ = ["Split", "split_namesakes", "gather_placings", "unmerged", "namesake_notes"]


#: how many days two placements in one role (wethouder and wethouder), dated by their documents only, may
#: lie apart and still be at the same time: a wethouder of Zwolle in February and a wethouder of Helmond
#: in March are two people. Another role is a career step that may follow at once (a wethouder of Zwolle
#: in October, the burgemeester of Deventer in November), so it must overlap in time
_SAME_TIME_DAYS = 92
#: the interval of a placement that only its document, which is not dated, dates: at the same time as
#: the other placements of its document only
_UNDATED = "undated"


@dataclass(frozen=True)
class Split:
    """A curated split (``split:`` in a curation file): the mentions of person ``entity`` that a document
    places in ``municipality`` (a municipality's key, or a ministry's: ``where: {ministry: IenW}``), or all in
    ``document``, are person ``into`` (a key)."""

    entity: str
    into: str
    municipality: str | None = None
    document: str | None = None


def split_namesakes(placings: tuple[dict, dict], drafts: dict, keys: dict, periods,
                     splits: tuple = (), previous: dict | None = None) -> tuple[list[dict], dict[str, list[tuple[int, str]]], list]:
    """Rule 6: keep apart the persons of one full name that the documents place in two municipalities
    at the same time, and apply the curated ``splits``; ``keys`` and ``drafts`` change in place.
    ``placings``: what :func:`gather_placings` gathered of every document; ``previous``: the previous
    build's person keys and where they were placed, which keep meaning those persons
    (:func:`graph.published_keys.kept_cluster_keys`).

    Returns the namesakes (for :attr:`Resolution.namesakes`), the mentions of a split name in each
    document it is in as (start, key), and the names "Jan de Vries (Helmond)" to add to the persons
    once the bare surnames have joined them (a name with a place is no surname's).
    """
    forced = {split.entity for split in splits}
    previous = previous or {}
    found, mention_place = placings
    bracketed = _bracketed_apart(found, forced)
    found = {person: [row for row in rows if row[3].startswith("municipality/")] + ministry_rows(person, rows, forced)
             for person, rows in found.items()}
    placements = _placements(found, periods, forced)
    hints = [{"name": drafts[person].entity().label, "keys": [person], "maybe": True, "bracketed": True,
              "places": [drafts[key].entity().label if key in drafts else key for key in pair]}
             for person, pair in bracketed.items() if person in drafts]
    if not placements:
        return hints, {}, [], _as_they_are
    label = {key: d.entity().label for key, d in drafts.items() if key.startswith(("municipality/", "ministry/"))}
    namesakes, clusters_of = hints, {}
    for person, rows in placements.items():
        clusters = _clusters(rows, [s for s in splits if s.entity == person])
        if len(clusters) < 2:
            close = _close_in_time([row for row in rows if row[3].startswith("municipality/")]) \
                if person not in forced and person not in bracketed else None
            if close is not None and close[1] in _linked_places(rows).get(close[0], ()):
                close = None  # a career step the text itself states: "X, wethouder van A, wordt burgemeester van B"
            if close is not None:  # a career step or two people: said, not split (walkthrough 17, finding 25)
                namesakes.append({"name": drafts[person].entity().label, "keys": [person], "maybe": True,
                                  "places": [label.get(place, place) for place in close]})
            continue
        name = drafts[person].entity().label
        suffix = {row[3]: slugify(label.get(row[3], row[3])) for row in rows}
        cluster_keys = kept_cluster_keys(person, clusters, previous, suffix)
        if person in cluster_keys[1:]:  # the holder of the name's key first: the one unplaced mentions go to
            first = cluster_keys.index(person)
            clusters = [clusters[first]] + clusters[:first] + clusters[first + 1:]
            cluster_keys = [person] + cluster_keys[:first] + cluster_keys[first + 1:]
        clusters_of[person] = ({place: cluster_keys[n] for n, (places, _into) in enumerate(clusters) for place in places},
                               cluster_keys, rows, [s for s in splits if s.entity == person and s.document])
        if sum(1 for _places, into in clusters if into is None) > 1:
            namesakes[:] = [n for n in namesakes if n["keys"] != [person]]  # split: no more a question
            namesakes.append({"name": name, "keys": cluster_keys,
                              "places": [label.get(places[0], places[0]) for places, _into in clusters]})
    if not clusters_of:
        return namesakes, {}, [], _as_they_are
    by_document: dict[str, list[tuple[int, int, str]]] = {}
    for (document_id, start, end), key in [item for item in keys.items() if item[1] in clusters_of]:
        by_document.setdefault(document_id, []).append((start, end, key))
    placed: dict[str, list[tuple[int, str]]] = {}
    used: set[str] = set()
    for document_id, mentions in sorted(by_document.items()):
        for start, end, key in sorted(mentions):
            cluster_of, cluster_keys, rows, by_document_splits = clusters_of[key]
            chosen = _mention_cluster(document_id, start, end, cluster_of, cluster_keys, rows, placed.get(document_id, ()))
            chosen = next((s.into for s in by_document_splits if s.document == document_id), chosen)
            keys[document_id, start, end] = chosen
            used.add(chosen)
            placed.setdefault(document_id, []).append((start, chosen))
    extra = []
    for person, (cluster_of, cluster_keys, _rows, _s) in clusters_of.items():
        base = drafts[person] if person in used else drafts.pop(person)  # every mention split off: no one is left
        name = base.entity().label
        base.fixed_label = name
        place_of = {}
        for place, key in cluster_of.items():
            place_of.setdefault(key, label.get(place, place))
        for key in cluster_keys:
            if key not in drafts and key in used:
                drafts[key] = replace(base, key=key, type="Person", labels=dict(base.labels), fixed_label=name,
                                      subtype=None)
            if key in place_of and key in drafts:
                extra.append((key, f"{name} ({place_of[key]})"))
    group = {key: clusters_of[person] for person in clusters_of for key in clusters_of[person][1]}

    def choose(document_id: str, start: int, end: int, candidates: list[str], *, initials: bool = False) -> list[str]:
        """Of candidates for a surname or initials that are namesakes of one split name: the one its
        document places it with (as :func:`_mention_cluster`), else the first, as a full name its document
        does not place; other candidates as they are. Initials ("Drs. J.P. de Vries MPA") go only where
        they are placed themselves or where their document names one of the namesakes; else all stay
        candidates (an ambiguity the caller announces), not the one named nearest before nor the first."""
        if len(candidates) < 2 or any(group.get(c) is not group.get(candidates[0]) for c in candidates) \
                or candidates[0] not in group:
            return candidates
        cluster_of, cluster_keys, rows, _s = group[candidates[0]]
        own = cluster_of.get(mention_place.get((document_id, start, end)))
        if own in candidates:
            return [own]
        before = [key for at, key in placed.get(document_id, ()) if at < start and key in candidates]
        here = {key for _at, key in placed.get(document_id, ()) if key in candidates}
        if initials:
            return sorted(here) if len(here) == 1 else candidates
        if before or len(here) == 1:
            return before[-1:] or sorted(here)
        return [cluster_keys[0]] if cluster_keys[0] in candidates else candidates

    return namesakes, placed, extra, choose


def _as_they_are(_document_id: str, _start: int, _end: int, candidates: list[str], *, initials: bool = False) -> list[str]:
    return candidates


def gather_placings(extraction, keys: dict, found: dict[str, list[tuple]], mention_place: dict) -> None:
    """Add what ``extraction`` places persons in to ``found`` (person key → (document id, subject start,
    subject end, municipality key, (past, valid_from, valid_until, role, said)) of each placement) and
    ``mention_place`` ((document id, start, end) of a person's mention → the municipality it is placed
    in), once ``keys`` holds the keys of its mentions.

    Only the relations that place a person in a municipality are read: an outline holds them, with
    their times, picked out when its document was extracted (:mod:`graph.placing`)."""
    outline_rows = getattr(extraction, "rows", None)
    placing = extraction.placing if outline_rows is not None else _placing_rows(extraction)
    if not placing:
        return
    document_id = extraction.document_id
    key_of = keys.get
    for subject, obj, _predicate, times in placing:
        if outline_rows is not None:  # an outline: the rows' indices
            subject, obj = outline_rows[subject], outline_rows[obj]
        place = key_of((document_id, obj[0], obj[1]))
        if not place or not place.startswith(("municipality/", "organisation/", "ministry/")):
            continue
        if place.startswith("municipality/"):
            mention_place.setdefault((document_id, subject[0], subject[1]), place)
        person = key_of((document_id, subject[0], subject[1]))
        if person and person.startswith("person/"):
            found.setdefault(person, []).append((document_id, subject[0], subject[1], place, times))


def _placements(found: dict[str, list[tuple]], periods, forced: set) -> dict[str, list[tuple]]:
    """Person key → its placements (document id, subject start, subject end, municipality key, interval,
    role, interval with a margin), for the persons of ``found`` (:func:`gather_placings`) placed in two
    municipalities or named by a curated split (``forced``); only their documents' periods are asked for."""
    placements = {}
    for person, rows in found.items():
        if person not in forced and len({row[3] for row in rows}) < 2:
            continue
        placements[person] = []
        for document_id, start, end, place, (past, valid_from, valid_until, role, said) in rows:
            if not said:  # "Daarna ben ik …", "In 1998 werd hij …": a life told, not the name placed where it stands
                placements[person].append((document_id, start, end, place, None, role, None))
                continue
            period = periods.get(document_id)
            margin = _interval(period, past, valid_from, valid_until, _SAME_TIME_DAYS)
            if place.startswith("ministry/") and not (valid_from or valid_until):
                margin = DOCUMENT_ONLY  # a ministry's staff move on: two ministries at once in one document only
            placements[person].append((document_id, start, end, place, _interval(period, past, valid_from, valid_until),
                                       role, margin))
    return placements


def _placing_rows(extraction) -> list[tuple]:
    """The relations of a whole extraction that place a person in a municipality, as (subject row, object row,
    predicate, (past, valid_from, valid_until, role, said)) (:mod:`graph.placing`; an outline holds them,
    with its rows' indices for the rows)."""
    return [(mention_row(r.subject), mention_row(r.object), r.predicate, times) for r, times in placings(extraction)]


def _day(value: str, last: bool) -> str:
    """The first (or last) day of an ISO date, month or year.

    >>> _day("2022", False), _day("2024-02", True), _day("2024-03-14", True)
    ('2022-01-01', '2024-02-29', '2024-03-14')
    """
    if len(value) >= 10:
        return value[:10]
    _, first, final = date_or_period(value)
    return final if last else first


def _interval(period, past: bool, valid_from, valid_until, margin: int = 0):
    """When a placement holds for sure: (first day, last day); :data:`_UNDATED` when only its undated
    document would date it; None when it cannot be said (over, with no dates: "oud-wethouder van
    Zwolle"). A placement with a start or an end only holds then ("sinds 2018", "in 1998 werd hij").
    ``margin``: days added on either side of a placement that only its document dates.

    >>> _interval(("2024-03-14", "2024-03-14"), False, None, None), _interval(("2024-03-14", "2024-03-14"), False, None, None, 92)
    (('2024-03-14', '2024-03-14'), ('2023-12-13', '2024-06-14'))
    >>> _interval(("2024-03-14", "2024-03-14"), False, "2022", None), _interval(("2024-03-14", "2024-03-14"), True, None, None)
    (('2022-01-01', '2022-12-31'), None)
    """
    start, end = period or (None, None)
    if valid_from and valid_until:
        return _day(valid_from, False), _day(valid_until, True)
    if valid_from or valid_until:  # "in 1998 werd hij wethouder": when it began (or ended), not how long it held
        day = valid_from or valid_until
        return _day(day, False), _day(day, True)
    if past:
        return None
    if not start and not end:
        return _UNDATED
    margin = datetime.timedelta(days=margin)
    first = datetime.date.fromisoformat(start or end) - margin
    last = datetime.date.fromisoformat(end or start) + margin
    return first.isoformat(), last.isoformat()


def _at_same_time(one: tuple, other: tuple) -> bool:
    """Whether two placements (document id, start, end, municipality, interval, role, interval with a
    margin) of one name hold at the same time, from two mentions (one mention that two places are given
    to is one person); one role in both: with :data:`_SAME_TIME_DAYS` of margin."""
    if one[:3] == other[:3] or one[4] is None or other[4] is None:
        return False
    apart = other_time_or_ministry(one, other)
    if apart is not None:
        return apart
    if one[4] == _UNDATED or other[4] == _UNDATED:
        return one[0] == other[0]
    a, b = (one[6], other[6]) if one[5] and one[5] == other[5] else (one[4], other[4])
    return a[0] <= b[1] and b[0] <= a[1]


def _bracketed_apart(found: dict[str, list[tuple]], forced: set) -> dict[str, tuple[str, str]]:
    """Person key → (organisation or ministry, municipality) for a name that one document gives two
    bodies in brackets, at two mentions: "S. Bakker (G40-bureau, secretaris)" and "S. Bakker (Enschede)" in
    one attendance list may be two people of one name (the build summary asks; walkthrough 17, finding 25).
    ``found``: what :func:`gather_placings` gathered; the names of a curated split are left out.

    >>> times = (False, None, None, None, True)
    >>> _bracketed_apart({"person/s-bakker": [("d", 10, 19, "organisation/g40", times),
    ...                                       ("d", 80, 89, "municipality/gm0153", times)]}, set())
    {'person/s-bakker': ('organisation/g40', 'municipality/gm0153')}
    """
    apart = {}
    for person, rows in found.items():
        bodies = [row for row in rows if not row[3].startswith("municipality/")
                  and not (row[3].startswith("ministry/") and row[4][0])]  # "voorheen directeur bij BZK": a career
        if not bodies or person in forced:
            continue
        for body in bodies:
            town = next((row for row in rows if row[0] == body[0] and row[3].startswith("municipality/")
                         and row[1:3] != body[1:3]), None)
            if town is not None:
                apart[person] = (body[3], town[3])
                break
    return apart


def _close_in_time(rows: list[tuple]) -> tuple[str, str] | None:
    """Two municipalities (keys) that one name is placed in, in two documents, within
    :data:`_SAME_TIME_DAYS` of each other, in other roles (which :func:`_at_same_time` reads as a
    career step, not two people): a programmamanager of Leeuwarden in January and a wethouder of
    Helmond nine days later may be two people of one name. None when there are no such two.

    >>> jan, feb = ("2026-01-20", "2026-01-20"), ("2026-01-29", "2026-01-29")
    >>> wide = lambda day: ("2025-10-20", "2026-04-30")
    >>> _close_in_time([("a", 0, 5, "municipality/gm0080", jan, "programmamanager", wide(jan)),
    ...                 ("b", 0, 5, "municipality/gm0794", feb, "wethouder", wide(feb))])
    ('municipality/gm0080', 'municipality/gm0794')
    """
    dated = [row for row in rows if isinstance(row[4], tuple) and isinstance(row[6], tuple)]
    for k, one in enumerate(dated):
        for other in dated[k + 1:]:
            if one[3] != other[3] and one[0] != other[0] and one[6][0] <= other[4][1] and other[4][0] <= one[6][1]:
                return one[3], other[3]
    return None


def _clusters(rows: list[tuple], splits: list[Split]) -> list[tuple[list[str], str | None]]:
    """The persons of one name: each a list of municipalities (in the order first placed) and a curated
    key (None: the first keeps the name's key, a namesake's key is made). A municipality joins the
    first person none of whose placements is at the same time as one of its own; the municipality of a
    curated split is the split's person, and so is a curated split's document.

    >>> year = ("2024-01-01", "2024-12-31")
    >>> z = ("a", 0, 5, "municipality/gm0193", year, "wethouder", year)
    >>> h = ("a", 9, 14, "municipality/gm0794", year, "wethouder", year)
    >>> _clusters([z, h], [])
    [(['municipality/gm0193'], None), (['municipality/gm0794'], None)]
    >>> later = ("2026-01-01", "2026-12-31")
    >>> _clusters([z, h[:4] + (later, "wethouder", later)], [])
    [(['municipality/gm0193', 'municipality/gm0794'], None)]
    """
    order: dict[str, list[tuple]] = {}
    for row in sorted(rows, key=lambda r: (r[4][0] if isinstance(r[4], tuple) else "9999", r[0], r[1])):
        order.setdefault(row[3], []).append(row)
    curated = {s.municipality: s.into for s in splits if s.municipality}
    linked = _linked_places(rows)
    free: list[tuple[list[str], list[tuple]]] = []
    for place, own in order.items():
        if place in curated:
            continue
        for places, held in free:
            if linked.get(place, set()) & set(places) or not any(_at_same_time(a, b) for a in own for b in held):
                places.append(place)
                held.extend(own)
                break
        else:
            free.append(([place], list(own)))
    clusters: list[tuple[list[str], str | None]] = [(places, None) for places, _held in free] or [([], None)]
    for split in splits:
        known = next((places for places, into in clusters if into == split.into), None)
        if known is None:
            known = []
            clusters.append((known, split.into))
        if split.municipality in order and split.municipality not in known:
            known.append(split.municipality)
    return clusters


def _linked_places(rows: list[tuple]) -> dict[str, set[str]]:
    """Municipality → the other municipalities one mention of the name is placed in together with it: "X,
    wethouder van Deventer, wordt per 1 februari burgemeester van Almelo" says one person holds both, so a
    later "burgemeester X van Almelo" is her, not a namesake (walkthrough 26, finding 4).

    >>> _linked_places([("a", 0, 5, "municipality/gm0150", None, "wethouder", None),
    ...                 ("a", 0, 5, "municipality/gm0141", None, "burgemeester", None),
    ...                 ("b", 3, 8, "municipality/gm0193", None, "wethouder", None)])
    {'municipality/gm0150': {'municipality/gm0141'}, 'municipality/gm0141': {'municipality/gm0150'}}
    """
    by_mention: dict[tuple, dict[str, None]] = {}  # each mention's places in the rows' order: the same answer every run
    for row in rows:
        by_mention.setdefault(row[:3], {})[row[3]] = None
    linked: dict[str, set[str]] = {}
    for places in by_mention.values():
        for place in places:
            if len(places) > 1:
                linked.setdefault(place, set()).update(set(places) - {place})
    return linked


def _mention_cluster(document_id: str, start: int, end: int, cluster_of: dict, cluster_keys: list, rows: list,
                     before: list) -> str:
    """The person (of a split name) a mention is: of the municipality its document places it in, else of
    the nearest placed mention before it in the document, else of the one municipality the document
    places the name in, else the first person."""
    own = [cluster_of[row[3]] for row in rows if row[0] == document_id and row[1] == start and row[2] == end]
    if own:
        return own[0]
    before = [key for _start, key in before if key in cluster_keys]
    if before:
        return before[-1]
    here = {cluster_of[row[3]] for row in rows if row[0] == document_id}
    return here.pop() if len(here) == 1 else cluster_keys[0]


_COUNTS = {"nl": {2: "twee", 3: "drie", 4: "vier"}, "en": {2: "two", 3: "three", 4: "four"}}


def unmerged(namesakes: list[dict], merged: set) -> list[dict]:
    """The namesakes that no curated merge (``merged``: the keys merged away) makes one person again."""
    return [namesake for namesake in namesakes
            if sum(key not in merged for key in namesake["keys"]) > (0 if namesake.get("maybe") else 1)]


def namesake_notes(namesakes: list[dict]) -> list[str]:
    """The build summary's (and ``validate``'s) line for each name that rule 6 gave to several persons.

    >>> namesake_notes([{"name": "Jan de Vries", "keys": ["person/jan-de-vries", "person/jan-de-vries-helmond"],
    ...                  "places": ["Zwolle", "Helmond"]}])[0]
    'twee personen heten Jan de Vries: Zwolle, Helmond — is het één persoon, voeg dan samen met merge: {from: person/jan-de-vries-helmond, into: person/jan-de-vries}'
    >>> namesake_notes([{"name": "Jan de Vries", "keys": ["person/jan-de-vries"], "maybe": True,
    ...                  "places": ["Zwolle", "Helmond"]}])[0]
    'twee personen heten Jan de Vries? Binnen enkele weken in Zwolle, Helmond geplaatst; als één persoon gehouden — zijn het er twee, splits dan met split: {entity: person/jan-de-vries, where: {municipality: Helmond}, as: person/jan-de-vries-helmond}'
    """
    counts = _COUNTS.get(get_language(), _COUNTS["nl"])
    notes = []
    for namesake in namesakes:
        if namesake.get("maybe"):  # one person kept, placed in two towns within weeks: a question, not a split
            key = namesake["keys"][0]
            place = namesake["places"][-1]
            notes.append(coded("namesakes_bracketed" if namesake.get("bracketed") else "namesakes_maybe",
                             name=namesake["name"], places=", ".join(namesake["places"]),
                             split=f"{{entity: {key}, where: {{municipality: {place}}}, as: {key}-{slugify(place)}}}"))
            continue
        first, *others = namesake["keys"]
        merges = "; ".join(f"{{from: {other}, into: {first}}}" for other in others)
        notes.append(coded("namesakes", count=counts.get(len(namesake["keys"]), len(namesake["keys"])),
                         name=namesake["name"], places=", ".join(namesake["places"]), merges=merges))
    return notes
