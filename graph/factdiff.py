"""What changed between two builds, fact by fact: the facts one has and the other has not.

Both sides are facts exports (``g40kg export``, JSON Lines) or graph folders. A fact is its subject,
relation, role and object (IRIs): a fact that a new document states again is no change, one that
only a removed document stated is gone. Mentions (document → entity) are left out. Each added fact
shows the first document and sentence that states it now, each removed one the last that did. A
fact both sides have whose period in one document changed — its start (``valid_from``) or the end
a table shows (``valid_until``, or the earlier ``inferred_until``) — is one "changed" row with the
period before and after (:func:`period_text`), for instance after a document's date was fixed.
A fact both sides have that a document only the new side has says is over (``past``, or a stated
``valid_until`` the old side did not know) is one "ended" row (:func:`ended_facts`): "Joost
Hendriks neemt afscheid als wethouder" in a new document ends the role the older documents state.

A graph folder also gives its curation (:func:`diff_builds`): a merge the new graph records and the
old did not is one change, "merged" (the old side's facts of the IRI merged away count as facts of
the entity it went into, so they are neither removed nor added; a retype's move to the key of its new
kind is one change "retyped"), and the facts added by hand
(``g40:CuratedStatement``) are compared too, marked ``curated`` with their file and line.

>>> old = [{"subject_iri": "s:breda", "predicate": "participatesIn", "object_iri": "p:cd", "role": None,
...         "document": "a", "subject": "Breda", "object": "City Deal X"}]
>>> new = old + [{"subject_iri": "s:tilburg", "predicate": "participatesIn", "object_iri": "p:cd", "role": None,
...               "document": "b", "subject": "Tilburg", "object": "City Deal X"}]
>>> [(row["subject"], row["document"]) for row in diff_facts(old, new)["added"]], diff_facts(old, new)["removed"]
([('Tilburg', 'b')], [])
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .messages import CATALOGUE, get_language, msg
from .report_periods import period_only_end

__all__ = ["diff_facts", "read_facts", "fact_key", "diff_builds", "read_curation_side", "curation_side", "read_moves",
           "fact_period", "period_text", "ended_facts"]
CATALOGUE.update(
    {
        "diff_not_facts": {"nl": "{path}: regel {line} is geen feit uit 'g40kg export' ({reason})",
                           "en": "{path}: line {line} is not a fact of 'g40kg export' ({reason})"},
        "diff_no_fact": {"nl": "{path}: regel {line} heeft geen predicate of subject_iri: geen feit uit 'g40kg export'",
                         "en": "{path}: line {line} has no predicate or subject_iri: not a fact of 'g40kg export'"},
        "diff_missing": {"nl": "{path}: bestaat niet (geef een feitenbestand van 'g40kg export' of een graafmap)",
                         "en": "{path}: does not exist (give a facts file of 'g40kg export' or a graph folder)"},
    }
)

#: the fields that make a fact (the rest says where and when it is stated)
KEY_FIELDS = ("subject_iri", "predicate", "object_iri", "role")


def fact_key(row: dict) -> tuple:
    """The fact a facts-export row states, whichever document states it."""
    return tuple(row.get(field) for field in KEY_FIELDS)


def diff_facts(old: Iterable[dict], new: Iterable[dict]) -> dict[str, list[dict]]:
    """``{"added": rows, "removed": rows, "changed": rows, "ended": rows}``: one row per fact only
    ``new`` (``old``) has, the first (last) row that states it, sorted by subject, relation and
    object; mentions left out; ``changed``: :func:`period_changes`; ``ended``: :func:`ended_facts`.

    >>> old = [{"subject_iri": "p:jan", "predicate": "hasRole", "object_iri": "u:ew", "role": "voorzitter",
    ...         "document": "a", "valid_from": "2019-07-01", "valid_until": None, "inferred_until": None}]
    >>> new = [dict(old[0], inferred_until="2023-02-28")]
    >>> [(r["document"], r["period_before"], r["period_after"]) for r in diff_facts(old, new)["changed"]]
    [('a', '2019-07-01 – (open)', '2019-07-01 – 2023-02-28 (afgeleid)')]
    """
    old, new = list(old), list(new)
    before, after = _by_fact(old, last=True), _by_fact(new, last=False)
    return {"added": _sorted(after[key] for key in after.keys() - before.keys()),
            "removed": _sorted(before[key] for key in before.keys() - after.keys()),
            "changed": period_changes(old, new), "ended": ended_facts(old, new)}


def ended_facts(old: list[dict], new: list[dict]) -> list[dict]:
    """The facts both sides state that a document only the new side has for the fact says are
    over: one row per fact (the new side's row of the earliest such end, with ``until``, that end
    or "" when the text gives no day, and ``until_before``, the old side's stated end or None). An
    end is a row's ``valid_until`` or its ``past`` (never an inferred end: that is a "changed"
    row); an end the old side already knew, or one a document the old side had gives (a "changed"
    row when its period changed), is none.

    >>> old = [{"subject_iri": "p:jh", "predicate": "hasRole", "object_iri": "m:d", "role": "wethouder",
    ...         "document": "notulen", "valid_from": "2026-02-12", "valid_until": None, "past": False}]
    >>> new = old + [dict(old[0], document="afscheid", valid_from=None, valid_until="2026-03-20", past=True)]
    >>> [(r["document"], r["until"], r["until_before"]) for r in ended_facts(old, new)]
    [('afscheid', '2026-03-20', None)]
    >>> ended_facts(new, new)
    []
    """
    before = _ends(old)
    stated_before = {(fact_key(row), row.get("document")) for row in old}
    over = _over_before(old)
    ended = []
    for key, ends in _ends(new)[1].items():
        if key not in before[0]:
            continue  # an added fact: an "added" row shows its end
        known = before[1].get(key, {})
        fresh = [(end, row) for end, row in ends.items()
                 if end not in known and (key, row.get("document")) not in stated_before
                 and not _told_over_again(row, end, over.get(key))]
        if not fresh:
            continue
        end, row = min(fresh, key=lambda item: (item[0] == "", item[0], str(item[1].get("document"))))
        ended.append(dict(row, until=end, until_before=max(known) if known else None))
    return _sorted(ended)


def _over_before(rows: list[dict]) -> dict[tuple, str]:
    """fact → the last end of it that ``rows`` know (a row's stated end, or an inferred one where the rows
    have it); a fact no row ends is not in it."""
    ends: dict[tuple, str] = {}
    for row in rows:
        if row.get("predicate") == "mentions" or row.get("curated"):
            continue
        end = fact_period(row)[1]
        if end:
            key = fact_key(row)
            ends[key] = max(ends.get(key, ""), str(end))
    return ends


def _told_over_again(row: dict, end: str, over_by: str | None) -> bool:
    """Whether a new ``row`` only tells again that a fact the old side knew an end of is over: a ``past`` row
    whose end is no day of its own ("" or its document's date: "Hij dankt X voor haar inzet als voorzitter" in a
    newsletter of 20 November) while the old side knew the fact ended by ``over_by`` (walkthrough 38: the chair a
    decision list ended on 30 September was "beëindigd tot 2025-11-20" by the thanks).

    >>> row = {"past": True, "valid_until": "2025-11-20", "date": "2025-11-20"}
    >>> _told_over_again(row, "2025-11-20", "2025-09-30"), _told_over_again(row, "2025-11-20", None)
    (True, False)
    >>> _told_over_again(dict(row, valid_until="2025-10-31"), "2025-10-31", "2025-09-30")  # a day of its own
    False
    """
    if over_by is None or not row.get("past"):
        return False
    own_day = end and end != str(row.get("date") or "")[:10]
    return not own_day and (not end or over_by <= end)


def _ends(rows: list[dict]) -> tuple[set, dict[tuple, dict[str, dict]]]:
    """(the facts ``rows`` state, fact → {stated end → the first row that states it}); an end is a
    row's ``valid_until``, or "" for a ``past`` row without one; curated rows and mentions left out."""
    facts, ends = set(), {}
    for row in rows:
        if row.get("predicate") == "mentions" or row.get("curated"):
            continue
        key = fact_key(row)
        facts.add(key)
        until = row.get("valid_until")
        if until and not row.get("past") and period_only_end(row):
            continue  # "was onderdeel van …" in a year report: its period, no end (walkthrough 21, finding 9)
        if until or row.get("past") is True:
            ends.setdefault(key, {}).setdefault(str(until or ""), row)
    return facts, ends


def fact_period(row: dict, *, inferred: bool = True) -> tuple:
    """(start, end, whether the end is inferred) of a facts-export row as a table shows it: the end
    is ``valid_until``, or ``inferred_until`` when that is earlier (``inferred=False``: not read).

    >>> fact_period({"valid_from": "2017-05-18", "valid_until": None, "inferred_until": "2022-03-31"})
    ('2017-05-18', '2022-03-31', True)
    >>> fact_period({"valid_from": None, "valid_until": "2023-02-28", "inferred_until": "2024-01-01"})
    (None, '2023-02-28', False)
    """
    start, until = row.get("valid_from"), row.get("valid_until")
    end_inferred = row.get("inferred_until") if inferred else None
    if end_inferred and (until is None or str(end_inferred) < str(until)):
        return start, end_inferred, True
    return start, until, False


def period_text(period: tuple) -> str:
    """A :func:`fact_period` as people read it ("(open)" for no start or end).

    >>> period_text((None, "2023-02-28", False)), period_text(("2017-05-18", "2022-03-31", True))
    ('(open) – 2023-02-28', '2017-05-18 – 2022-03-31 (afgeleid)')
    """
    start, end, inferred = period
    text = f"{start or '(open)'} – {end or '(open)'}"
    if inferred:
        text += " (inferred)" if get_language() == "en" else " (afgeleid)"
    return text


def period_changes(old: list[dict], new: list[dict]) -> list[dict]:
    """The facts both sides state in the same document with another period there: one row per fact
    and document (the new side's row, with ``period_before`` and ``period_after``; a document that
    states the fact twice gives its periods joined by ", "). A side whose rows have no
    ``inferred_until`` (an export older than round 39e) compares start and ``valid_until`` only."""
    inferred = all("inferred_until" in row for row in old + new if row.get("predicate") != "mentions")
    before, after = _periods(old, inferred), _periods(new, inferred)
    changed = []
    for key in before.keys() & after.keys():
        if before[key][0] != after[key][0]:
            changed.append(dict(after[key][1], period_before=", ".join(map(period_text, before[key][0])),
                                period_after=", ".join(map(period_text, after[key][0]))))
    return _sorted(sorted(changed, key=lambda r: str(r.get("document"))))


def _periods(rows: list[dict], inferred: bool) -> dict[tuple, tuple[list, dict]]:
    """(fact, document) → (its sorted periods, its first row)."""
    found: dict[tuple, tuple[set, dict]] = {}
    for row in rows:
        if row.get("predicate") == "mentions" or row.get("curated"):
            continue
        periods, _ = found.setdefault((fact_key(row), row.get("document")), (set(), row))
        periods.add(fact_period(row, inferred=inferred))
    return {key: (sorted(periods, key=lambda p: tuple("" if v is None else str(v) for v in p)), row) for key, (periods, row) in found.items()}


def _by_fact(rows: Iterable[dict], *, last: bool) -> dict[tuple, dict]:
    found: dict[tuple, dict] = {}
    for row in rows:
        if row.get("predicate") == "mentions":
            continue
        key = fact_key(row)
        if last or key not in found:
            found[key] = row
    return found


def _sorted(rows) -> list[dict]:
    return sorted(rows, key=lambda r: (str(r.get("subject") or "").lower(), str(r.get("predicate")),
                                       str(r.get("object") or "").lower(), str(r.get("role") or ""),
                                       str(r.get("subject_iri")), str(r.get("object_iri"))))


def read_facts(path: Path, engine: str = "oxigraph") -> Iterator[dict]:
    """The facts of a facts export (JSON Lines) or of the graph in a graph folder.

    >>> import tempfile
    >>> bad = Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> _ = bad.write_text('{"subject_iri": "a", "predicate": "partOf"}\\nnot json\\n', encoding="utf-8")
    >>> list(read_facts(bad))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graph.errors.InputError: ...x.jsonl: regel 2 is geen feit uit 'g40kg export' (Expecting value)
    """
    path = Path(path)
    if path.is_dir():
        from .fact_rows import iter_facts
        from .store import open_dataset

        yield from iter_facts(open_dataset(path, engine=engine), include_mentions=False, with_time=True)
        return
    if not path.exists():
        raise InputError(msg("diff_missing", path=path))
    from .errors import read_utf8

    for number, line in enumerate(read_utf8(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(msg("diff_not_facts", path=path, line=number, reason=error.msg)) from None
        if not isinstance(row, dict) or "predicate" not in row or "subject_iri" not in row:
            raise InputError(msg("diff_no_fact", path=path, line=number))
        yield row


_CURATED_QUERY = """SELECT ?s ?p ?o ?role ?source ?note WHERE {
  ?st a g40:CuratedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dcterms:source ?source .
  OPTIONAL { ?st g40:roleLabel ?role } OPTIONAL { ?st rdfs:comment ?note } }"""


def read_curation_side(path: Path, engine: str = "oxigraph") -> tuple[list[dict], list[dict]] | None:
    """(merges, curated facts) a graph folder records, or None for a facts file (it has neither).
    A merge: ``{"kind", "from", "into", "source", "reason", "facts"}`` (``kind``: "merge", "retype", or
    "split" with ``where``, the municipality's name or the document); a curated fact: a facts-export-like
    row with ``curated`` true and ``curation`` (file:line)."""
    path = Path(path)
    if not path.is_dir():
        return None
    from .store import open_dataset

    return curation_side(open_dataset(path, engine=engine))


def curation_side(dataset) -> tuple[list[dict], list[dict]]:
    """(merges, curated facts) ``dataset`` records, as :func:`read_curation_side` gives them.

    >>> from graph.store import new_dataset
    >>> curation_side(new_dataset())
    ([], [])
    """
    from .curation_log import graph_merges, graph_splits
    from .fact_rows import entity_types_and_labels
    from .query import query_rows
    from .vocab import G40ID, PREFIXES

    statements = query_rows(dataset, _CURATED_QUERY, initNs=PREFIXES)
    merges = graph_merges(dataset) + graph_splits(dataset)
    places = {m["where"]: _iri(str(G40ID) + m["where"]) for m in merges if m["kind"] == "split"}
    # the labels of what they name only: a graph without corrections reads none (a rebuild's changes page)
    labels = entity_types_and_labels(dataset, only=[iri for row in statements for iri in (row.s, row.o)]
                                     + [_iri(m["into"]) for m in merges] + list(places.values()))
    merges = [dict(m, where=labels.get(places[m["where"]], ("", m["where"]))[1]) if m["kind"] == "split" else m
              for m in merges]
    curated = []
    for row in statements:
        curated.append({"document": None, "subject": labels.get(row.s, ("", str(row.s)))[1], "subject_iri": str(row.s),
                        "predicate": str(row.p).rsplit("#", 1)[-1], "object": labels.get(row.o, ("", str(row.o)))[1],
                        "object_iri": str(row.o), "role": str(row.role) if row.role is not None else None,
                        "curated": True, "curation": str(row.source),
                        "note": str(row.note) if row.note is not None else None})
    merges = [dict(m, intoLabel=labels.get(_iri(m["into"]), ("", m["into"]))[1]) for m in merges]
    return merges, curated


_SUPPRESSIONS_QUERY = """SELECT ?source ?label ?entity WHERE {
  ?rule a g40:CurationRule ; dcterms:source ?source ; rdfs:label ?label ; dcterms:subject ?entity .
  FILTER(CONTAINS(STR(?rule), "/suppress-")) }"""


def read_suppressions(path: Path, engine: str = "oxigraph") -> list[dict]:
    """The fact suppressions (``suppress:`` rules that took facts out) a graph folder records, as
    :func:`suppressions` gives them; none for a facts file."""
    path = Path(path)
    if not path.is_dir():
        return []
    from .store import open_dataset

    return suppressions(open_dataset(path, engine=engine))


def suppressions(dataset) -> list[dict]:
    """``{"source": "file:line", "label": "S predicate O", "entities": {iri, …}}`` of each ``suppress:`` rule
    of ``dataset`` that took facts out (its ``g40:CurationRule``), in the order of their sources.

    >>> from graph.store import new_dataset
    >>> suppressions(new_dataset())
    []
    """
    from .query import query_rows
    from .vocab import PREFIXES

    rules: dict[str, dict] = {}
    for row in query_rows(dataset, _SUPPRESSIONS_QUERY, initNs=PREFIXES):
        rule = rules.setdefault(str(row.source), {"source": str(row.source), "label": str(row.label), "entities": set()})
        rule["entities"].add(str(row.entity))
    return sorted(rules.values(), key=lambda rule: rule["source"])


def mark_suppressed(removed: list[dict], rules: list[dict]) -> list[dict]:
    """``removed`` with ``suppressed`` (the rule's file:line) on each row a suppression of the new build took
    out: a rule naming the row's subject and object whose label names its relation (walkthrough 26,
    finding 11: "waarom is dit vervallen?").

    >>> rules = [{"source": "2025-12.yaml:2", "label": "Karin Mulder hasRole EZ (minister)", "entities": {"p", "m"}}]
    >>> [row.get("suppressed") for row in mark_suppressed(
    ...     [{"subject_iri": "p", "predicate": "hasRole", "object_iri": "m"},
    ...      {"subject_iri": "p", "predicate": "collaboratesWith", "object_iri": "m"}], rules)]
    ['2025-12.yaml:2', None]
    """
    for row in removed:
        for rule in rules:
            if ({row.get("subject_iri"), row.get("object_iri")} <= rule["entities"]
                    and f" {row.get('predicate')} " in f" {rule['label']} "):
                row["suppressed"] = rule["source"]
                break
    return removed


def read_erasures(path: Path) -> list[dict]:
    """``{"source": "file:line", "iri": …}`` of each removal on request (``suppress: - {entity: …}``) in the
    corrections folder the graph folder ``path`` was built with (:func:`graph.disk_layout.remembered_corrections`);
    none for a facts file, a graph built without own corrections, or a folder that is gone or unreadable
    (the graph keeps no key of a removed person: only the rule file names it).

    >>> read_erasures(Path("no-such-graph"))
    []
    """
    from .curation_files import load_curation
    from .disk_layout import remembered_corrections
    from .errors import G40Error

    folder = remembered_corrections(Path(path)) if Path(path).is_dir() else None
    if folder is None or not folder.is_dir():
        return []
    try:
        curation = load_curation(folder)
    except (G40Error, OSError):
        return []
    return [{"source": erasure.source, "iri": str(erasure.iri)} for erasure in curation.erasures]


def mark_erased(removed: list[dict], erasures: list[dict], mask: str) -> list[dict]:
    """``removed`` with each row that names a person removed on request (:func:`read_erasures`) marked
    ``erased`` (the rule's file:line), the person's name and IRI masked (``mask``) and its quote dropped:
    an old graph copy kept for ``diff`` holds the name, and the monthly diff must not show it again
    (walkthrough 28, finding 11).

    >>> rows = mark_erased([{"subject_iri": "p:a", "subject": "Anna", "predicate": "hasRole", "object_iri": "m:z",
    ...                      "object": "Zwolle", "quote": "Anna is wethouder."}], [{"source": "avg.yaml:2", "iri": "p:a"}],
    ...                    "[naam verwijderd]")
    >>> [(r["subject"], r["subject_iri"], r["object"], r["quote"], r["erased"]) for r in rows]
    [('[naam verwijderd]', None, 'Zwolle', None, 'avg.yaml:2')]
    """
    sources = {erasure["iri"]: erasure["source"] for erasure in erasures}
    for row in removed:
        for end in ("subject", "object"):
            if row.get(f"{end}_iri") in sources:
                row["erased"] = sources[row[f"{end}_iri"]]
                row[end], row[f"{end}_iri"] = mask, None
        if row.get("erased"):
            row.update({key: None for key in ("quote", "sentence", "evidence") if key in row})
    return removed


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)


def diff_builds(old_rows: Iterable[dict], new_rows: Iterable[dict], old_side=None, new_side=None,
                moved: dict[str, str] | None = None) -> dict[str, list]:
    """:func:`diff_facts` with the curation of both sides (:func:`read_curation_side`: None for a
    facts file): ``{"added", "removed", "merged", "retyped", "iri_changed"}``, where the old side's facts are read
    through the merges only the new side has, each such merge is a row of ``merged`` (with the number of
    the old side's facts it moved; against a facts file only a merge of an IRI the file names), a curated
    retype's move to the key of its new kind (its merge's ``kind`` "retype") a row of ``retyped``, a curated
    split only the new side has a row of ``split`` (``{"from", "into", "where", "facts", "source"}``: the
    person split off keeps no owl:sameAs, as the old key names someone still), and
    when both are graph folders the curated facts only one side has are added or removed rows with
    ``curated`` true (a facts file holds none). ``moved``: old IRI → new IRI of the person keys that
    moved in a build the new side has and the old side has not (:func:`read_moves`), read like merges;
    ``iri_changed`` lists them and the merges as ``{"old", "new"}``, the IRIs to change in a table
    keyed on them.

    >>> old = [{"subject_iri": "p:jann", "predicate": "hasRole", "object_iri": "m:z", "role": "wethouder",
    ...         "document": "a", "subject": "Jan Voorbeeldd", "object": "Zwolle"}]
    >>> new = [dict(old[0], subject_iri="p:jan", subject="Jan Voorbeeld")]
    >>> merge = {"from": "p:jann", "into": "p:jan", "intoLabel": "Jan Voorbeeld", "source": "a.yaml:2", "reason": None, "facts": 1}
    >>> changes = diff_builds(old, new, None, ([merge], []))
    >>> changes["added"], changes["removed"], [(m["fromLabel"], m["intoLabel"], m["facts"]) for m in changes["merged"]]
    ([], [], [('Jan Voorbeeldd', 'Jan Voorbeeld', 1)])
    >>> retype = dict(merge, kind="retype", **{"from": "g:organisation/aedes", "into": "g:programme/aedes"})
    >>> [(m["from"], m["into"]) for m in diff_builds(old, old, ([], []), ([retype], []))["retyped"]]
    [('g:organisation/aedes', 'g:programme/aedes')]
    >>> diff_builds(old, new, moved={"p:jann": "p:jan"})["iri_changed"]
    [{'old': 'p:jann', 'new': 'p:jan'}]
    """
    old_rows, new_rows = list(old_rows), list(new_rows)
    before = {m["from"] for m in (old_side or ([], []))[0] if m.get("kind") != "split"}
    split_before = {(m["from"], m["into"]) for m in (old_side or ([], []))[0] if m.get("kind") == "split"}
    splits = [m for m in (new_side or ([], []))[0] if m.get("kind") == "split" and (m["from"], m["into"]) not in split_before]
    merges = [m for m in (new_side or ([], []))[0] if m.get("kind") != "split" and m["from"] not in before]
    into = {m["from"]: m["into"] for m in merges}
    rekeyed = {old: new for old, new in (moved or {}).items() if old not in into}
    into.update(rekeyed)
    moved: dict[str, int] = {}
    names: dict[str, str] = {}
    read = []
    for row in old_rows:
        row = dict(row)
        for end in ("subject", "object"):
            iri = row.get(f"{end}_iri")
            if iri in into:
                names.setdefault(iri, row.get(end) or iri)
                if row.get("predicate") != "mentions":
                    moved[iri] = moved.get(iri, 0) + 1
                row[f"{end}_iri"] = into[iri]
        read.append(row)
    changes = diff_facts(read, new_rows)
    if old_side is not None and new_side is not None:  # a facts file holds no curated facts to compare with
        old_curated = {fact_key(r): r for r in old_side[1]}
        new_curated = {fact_key(r): r for r in new_side[1]}
        changes["added"] = _sorted(changes["added"] + [new_curated[k] for k in new_curated.keys() - old_curated.keys()])
        changes["removed"] = _sorted(changes["removed"]
                                     + [old_curated[k] for k in old_curated.keys() - new_curated.keys()])
    if old_side is None:  # a facts file: a merge it shows no fact of is older than the file
        merges = [m for m in merges if m["from"] in names]
    for what, kind in (("merged", "merge"), ("retyped", "retype")):
        changes[what] = [{"from": m["from"], "into": m["into"], "fromLabel": names.get(m["from"], _short(m["from"])),
                          "intoLabel": m["intoLabel"], "facts": moved.get(m["from"], 0), "source": m["source"],
                          "reason": m["reason"]} for m in merges if m.get("kind", "merge") == kind]
    named = {row.get(f"{end}_iri") for row in old_rows for end in ("subject", "object")}
    changes["split"] = [{"from": m["from"], "into": m["into"], "where": m["where"], "facts": m["facts"],
                         "source": m["source"]} for m in splits if old_side is not None or m["from"] in named]
    if old_side is None:  # likewise a move
        rekeyed = {old: new for old, new in rekeyed.items() if old in names}
    changes["iri_changed"] = [{"old": old, "new": new} for old, new in
                              sorted({**{m["from"]: m["into"] for m in merges}, **rekeyed}.items())]
    return _told_apart(changes, old_rows + new_rows)


_MOVES_QUERY = """SELECT ?old ?new WHERE { GRAPH g40g:entities { ?new owl:sameAs ?old }
  FILTER(STRSTARTS(STR(?old), STR(g40id:)) && STRSTARTS(STR(?new), STR(g40id:))) }"""


def read_moves(path: Path, engine: str = "oxigraph") -> dict[str, str]:
    """Old IRI → new IRI of the person keys that a build of the graph folder ``path`` moved
    (``new owl:sameAs old`` in ``g40g:entities``, :mod:`graph.published_keys`); {} for a facts file."""
    path = Path(path)
    if not path.is_dir():
        return {}
    from .query import query_rows
    from .store import open_dataset
    from .vocab import PREFIXES

    rows = query_rows(open_dataset(path, engine=engine), _MOVES_QUERY, initNs=PREFIXES)
    return {str(row.old): str(row.new) for row in rows}


def _told_apart(changes: dict[str, list], rows: list[dict]) -> dict[str, list]:
    """``changes`` with each subject or object whose name both sides' facts give another entity too
    named with its key as well ("Sanne Bakker (person/sanne-bakker-enschede)": walkthrough 17,
    finding 4), so two namesakes' lines differ.

    >>> rows = [{"subject": "Jan Smit", "subject_iri": "g:person/jan-smit", "object": "Breda", "object_iri": "g:b"},
    ...         {"subject": "Jan Smit", "subject_iri": "g:person/jan-smit-gouda", "object": "Gouda", "object_iri": "g:g"}]
    >>> _told_apart({"added": rows[1:]}, rows)["added"][0]["subject"]
    'Jan Smit (g:person/jan-smit-gouda)'
    """
    entities: dict[str, set] = {}
    for row in rows:
        for end in ("subject", "object"):
            if row.get(end) is not None:
                entities.setdefault(row[end], set()).add(row.get(f"{end}_iri"))
    shared = {name for name, iris in entities.items() if len(iris) > 1}
    if not shared:
        return changes
    from .names import own_name

    def named(row: dict) -> dict:
        return dict(row, **{end: own_name(row[end], (), str(row.get(f"{end}_iri")))
                            for end in ("subject", "object") if row.get(end) in shared})

    return {what: [named(row) for row in found] if what not in ("merged", "retyped", "split", "iri_changed") else found
            for what, found in changes.items()}


def _short(iri: str) -> str:
    from .curation_graph import entity_key

    return entity_key(iri)
