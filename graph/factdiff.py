"""What changed between two builds, fact by fact: the facts one has and the other has not.

Both sides are facts exports (``g40kg export``, JSON Lines) or graph folders. A fact is its subject,
relation, role and object (IRIs): a fact that a new document states again is no change, one that
only a removed document stated is gone. Mentions (document → entity) are left out. Each added fact
shows the first document and sentence that states it now, each removed one the last that did.

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
from .messages import CATALOGUE, msg

__all__ = ["diff_facts", "read_facts", "fact_key"]

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
    """``{"added": rows, "removed": rows}``: one row per fact only ``new`` (``old``) has, the first
    (last) row that states it, sorted by subject, relation and object; mentions left out."""
    before, after = _by_fact(old, last=True), _by_fact(new, last=False)
    return {"added": _sorted(after[key] for key in after.keys() - before.keys()),
            "removed": _sorted(before[key] for key in before.keys() - after.keys())}


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
        from .export import iter_facts
        from .store import open_dataset

        yield from iter_facts(open_dataset(path, engine=engine), include_mentions=False)
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
