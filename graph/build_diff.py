"""What changed between two builds, as one dict: the facts (:func:`graph.factdiff.diff_builds`), why a fact
went (a suppression, an erasure) and which documents came, changed or went. ``g40kg diff`` renders it and
``g40kg.diff`` returns it (walkthrough 30, finding 2: a yearly comparison from Python had to run the command).

>>> import tempfile, pathlib
>>> a, b = (pathlib.Path(tempfile.mkdtemp()) for _ in range(2))
>>> _ = (a / "manifest.json").write_text('{"documents": [{"id": "x", "checksum": "1"}, {"id": "y", "checksum": "2"}]}')
>>> _ = (b / "manifest.json").write_text('{"documents": [{"id": "x", "checksum": "9"}, {"id": "z", "checksum": "3"}]}')
>>> document_diff(a, b), document_diff(a, b / "facts.jsonl")
({'new': ['z'], 'changed': ['x'], 'removed': ['y'], 'renamed': []}, None)
>>> _ = (a / "manifest.json").write_text('{"reference": {"g40_members.csv": "1", "roles.csv": "2"}}')
>>> _ = (b / "manifest.json").write_text('{"reference": {"g40_members.csv": "3", "roles.csv": "2"}}')
>>> reference_diff(a, b), reference_diff(a, b / "facts.jsonl")
(['g40_members.csv'], None)
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import URIRef

__all__ = ["compare_builds", "document_diff", "reference_diff", "renames"]


def document_diff(old, new) -> dict | None:
    """The documents new, changed, removed and renamed from graph folder ``old`` to ``new``
    (:func:`graph.document_changes.document_changes` of their manifests); None when either is a facts
    file or has no readable manifest."""
    from .document_changes import document_changes

    manifests = _manifests(old, new)
    if manifests is None:
        return None
    return document_changes(manifests[0], [d for d in manifests[1].get("documents") or [] if isinstance(d, dict) and "id" in d])


def reference_diff(old, new) -> list[str] | None:
    """The reference lists (``data/gazetteer`` files) that graph folder ``new`` was built with and ``old`` was not
    (:func:`graph.reference_changes.changed_lists` of their manifests: none when ``old`` recorded none); None when
    either is a facts file or has no readable manifest (walkthrough 36, finding 3)."""
    from .reference_changes import changed_lists

    manifests = _manifests(old, new)
    if manifests is None:
        return None
    lists = [m.get("reference") if isinstance(m.get("reference"), dict) else None for m in manifests]
    return changed_lists(lists[0], lists[1] or {})


def _manifests(old, new) -> tuple[dict, dict] | None:
    """The manifests of graph folders ``old`` and ``new``, or None when either has none that reads as a dict."""
    manifests = []
    for folder in (old, new):
        try:
            manifests.append(json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None
    return tuple(manifests) if all(isinstance(m, dict) for m in manifests) else None


def compare_builds(old, new, engine: str = "oxigraph") -> dict:
    """The changes from ``old`` to ``new`` (graph folders or facts exports, ``g40kg export``), as ``g40kg diff
    --format json`` prints them: ``added``, ``removed``, ``changed``, ``ended``, ``merged``, ``retyped``,
    ``split``, ``iri_changed`` and, between two graph folders, ``documents``, ``reference_changed`` (the
    reference lists that changed) and ``renamed`` (:func:`renames`). A removed fact of a person
    erased on request has the message language's mask for a name."""
    from .factdiff import (diff_builds, mark_erased, mark_suppressed, read_curation_side, read_erasures, read_facts,
                           read_moves, read_suppressions)
    from .messages import get_language
    from .privacy import MASKS

    old, new = Path(old), Path(new)
    moved = read_moves(new, engine).items() - read_moves(old, engine).items()
    changes = diff_builds(read_facts(old, engine), read_facts(new, engine),
                          read_curation_side(old, engine), read_curation_side(new, engine), moved=dict(moved))
    mark_suppressed(changes["removed"], read_suppressions(new, engine))  # why a fact went
    mark_erased(changes["removed"], read_erasures(new), MASKS[get_language()]["name"])  # without the name
    documents = document_diff(old, new)  # between two graph folders: which documents came, changed, went
    if documents is None:
        return changes
    return {**changes, "documents": documents, "reference_changed": reference_diff(old, new) or [],
            "renamed": renames(old, new, engine)}


def renames(old, new, engine: str = "oxigraph") -> list[dict]:
    """The entities a correction of graph folder ``new`` renamed (``entities: … rename: true``) that ``old`` did not
    have that rule for: ``{"iri", "from", "to", "source"}``, the name in ``old`` and the one now (walkthrough 36,
    finding 8: a diff listed facts only, so a renamed themagroep went unsaid); [] for a facts file.

    >>> import tempfile, pathlib
    >>> a, b = (pathlib.Path(tempfile.mkdtemp()) for _ in range(2))
    >>> for folder in (a, b):
    ...     _ = (folder / "manifest.json").write_text('{"curation": []}')
    >>> renames(a, b)
    []
    """
    manifests = _manifests(old, new)
    if manifests is None:
        return []
    before = {rule.get("rule") for rule in manifests[0].get("curation") or [] if rule.get("kind") == "rename"}
    found = [rule for rule in manifests[1].get("curation") or [] if rule.get("kind") == "rename"
             and not rule.get("stale") and rule.get("rule") not in before and ": " in rule.get("rule", "")]
    if not found:
        return []
    from .fact_rows import entity_types_and_labels
    from .store import open_dataset
    from .vocab import G40ID

    keys = [(rule, *rule["rule"].split(": ", 1)) for rule in found]
    iris = [str(G40ID) + key for _rule, key, _label in keys]
    labels = entity_types_and_labels(open_dataset(Path(old), engine=engine), only=[URIRef(iri) for iri in iris])
    return [{"iri": iri, "from": labels.get(URIRef(iri), ("", key))[1], "to": label, "source": rule["source"]}
            for iri, (rule, key, label) in zip(iris, keys) if labels.get(URIRef(iri), ("", label))[1] != label]
