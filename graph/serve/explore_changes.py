"""The explorer's changes page: what the last build changed (the manifest's ``changes``,
:mod:`graph.build_changes`), with links to the entities and documents the graph still holds; and
which facts of an entity came with the last build (its page marks them "nieuw").

Examples
--------
>>> changes({}, set())["recorded"]
False
>>> sorted(new_facts_of({"facts": {"added": [{"subject_iri": "s", "predicate": "memberOf", "object_iri": "o"}]}}, "o"))
[('memberOf', 's')]
"""

from __future__ import annotations

from .explore_common import entity_path

__all__ = ["changes", "new_facts_of"]

_DOCUMENT_KINDS = ("new", "changed", "removed", "renamed")


def changes(manifest: dict, entities, lang: str = "nl") -> dict:
    """The changes page's data: the build's time and the previous build's, the documents by kind
    (``{"id", "path"}``: a path only for a document the graph holds), the facts added, removed and
    ended (each with ``subject_path``/``object_path`` for an entity in ``entities``, the IRIs the
    graph holds, and ``document_path``), the curation rules that became active or stale, and how
    many of each the build counted (``more``: those the record left out). ``first_build``: no
    previous build to compare with; ``facts`` None: the facts were not compared; ``recorded``
    false: a graph built before round 43h, which kept no changes.

    >>> record = {"built": "t2", "previous_built": "t1", "documents": {"new": ["b"], "removed": ["a"]},
    ...           "facts": {"added": [{"subject": "Breda", "subject_iri": "https://w3id.org/g40kg/id/municipality/gm0758",
    ...                                "predicate": "memberOf", "object": "G40", "object_iri": "x", "document": "b"}],
    ...                     "removed": [], "ended": []}, "rules": {"active": [], "stale": []}, "counts": {}}
    >>> data = changes({"changes": record, "documents": [{"id": "b"}]}, {"https://w3id.org/g40kg/id/municipality/gm0758"})
    >>> data["documents"]["new"], data["documents"]["removed"]
    ([{'id': 'b', 'label': 'b', 'path': '/document/b'}], [{'id': 'a', 'label': 'a', 'path': None}])
    >>> row = data["facts"]["added"][0]
    >>> row["subject_path"], row["object_path"], row["document_path"]
    ('/entity/municipality/gm0758', None, '/document/b')
    """
    record = manifest.get("changes")
    if not record:
        return {"first_build": False, "built": manifest.get("built"), "previous_built": None, "documents": {},
                "facts": None, "rules": {"active": [], "stale": []}, "more": {}, "recorded": False,
                "any_documents": False, "nothing": False}
    titles = {d.get("id"): d.get("title") or d.get("id") for d in manifest.get("documents") or []}
    held = set(titles)

    def document(doc) -> dict:
        if isinstance(doc, dict):  # a rename: {"from", "to"}
            return {"id": doc.get("from"), "to": doc.get("to"), "path": _document_path(doc.get("to"), held)}
        return {"id": doc, "label": titles.get(doc, doc), "path": _document_path(doc, held)}

    def fact(row: dict) -> dict:
        return dict(row, subject_path=_entity_link(row.get("subject_iri"), entities),
                    object_path=_entity_link(row.get("object_iri"), entities),
                    document_path=_document_path(row.get("document"), held),
                    document_label=titles.get(row.get("document"), row.get("document")))

    facts = record.get("facts")
    counts = record.get("counts") or {}
    shown = {f"documents_{kind}": len(record["documents"].get(kind) or []) for kind in _DOCUMENT_KINDS}
    if facts is not None:
        shown.update({f"facts_{what}": len(facts.get(what) or []) for what in ("added", "removed", "ended")})
    found = {
        "first_build": record.get("previous_built") is None,
        "built": record.get("built"), "previous_built": record.get("previous_built"),
        "documents": {kind: [document(d) for d in record["documents"].get(kind) or []] for kind in _DOCUMENT_KINDS},
        "facts": None if facts is None else {what: [fact(r) for r in facts.get(what) or []]
                                             for what in ("added", "removed", "ended")},
        "rules": {what: [dict(rule, why=_why(rule, lang)) for rule in (record.get("rules") or {}).get(what) or []]
                  for what in ("active", "stale")},
        "more": {name: counts[name] - n for name, n in shown.items() if counts.get(name, n) > n},
        "recorded": True,
    }
    found["any_documents"] = any(found["documents"].values())
    found["nothing"] = not found["first_build"] and not found["any_documents"] and not any(
        (found["facts"] or {}).values()) and not any(found["rules"].values())
    return found


def _why(rule: dict, lang: str) -> str | None:
    """Why a stale ``rule`` changed nothing, in ``lang`` (``g40kg curation``'s words); None for an active one.

    >>> _why({"stale": "fact"}, "en"), _why({"stale": None}, "nl")
    ('the fact is not (or no longer) in the graph', None)
    """
    from ..curation_records import curation_text
    from ..messages import language

    if not rule.get("stale"):
        return None
    with language(lang):
        try:
            return curation_text(f"stale_{rule['stale']}", document=rule.get("document"), quote=rule.get("quote"),
                                 role=rule.get("role"), first=rule.get("duplicate_of"))
        except KeyError:  # a reason of a newer version
            return str(rule["stale"])


def _document_path(document_id, held) -> str | None:
    """The explorer path of the document ``document_id`` when the graph ``held`` it: by its IRI's key
    (:func:`graph.vocab.safe_id`), as every other page links it; the raw id made a broken link of a file
    name with spaces, ``<``, ``;`` or a line break (walkthrough 32, finding 10).

    >>> _document_path("<img src=x> memo", {"<img src=x> memo"}), _document_path("weg", set())
    ('/document/img-src-x-memo', None)
    """
    from ..vocab import safe_id

    return f"/document/{safe_id(document_id)}" if document_id in held else None


def _entity_link(iri, entities) -> str | None:
    return entity_path(iri) if iri is not None and str(iri) in entities else None


def new_facts_of(record: dict | None, iri: str) -> set[tuple[str, str]]:
    """(relation, the other entity's IRI) of each fact of ``iri`` that came with the last build
    (the ``changes`` record's added facts), in either direction.

    >>> record = {"facts": {"added": [{"subject_iri": "a", "predicate": "hasRole", "object_iri": "b"}]}}
    >>> new_facts_of(record, "a"), new_facts_of(record, "c"), new_facts_of(None, "a")
    ({('hasRole', 'b')}, set(), set())
    """
    found = set()
    for row in ((record or {}).get("facts") or {}).get("added") or []:
        if row.get("subject_iri") == iri:
            found.add((row.get("predicate"), row.get("object_iri")))
        if row.get("object_iri") == iri:
            found.add((row.get("predicate"), row.get("subject_iri")))
    return found
