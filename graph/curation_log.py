"""What the curation changed, as the graph records it: the ``g40:CurationRule`` nodes in ``g40g:curated``.

:func:`graph.curate.apply_curation` writes one per merge and per suppression that changed something,
with its file and line (``dcterms:source``), reason (``rdfs:comment``) and number of facts
(``g40:factCount``); a merge names the IRI merged away (``g40:mergedFrom``) and the entity it went
into (``g40:mergedInto``), a suppression its fact (``rdfs:label``) and the fact's two entities
(``dcterms:subject``). The entity page and ``g40kg entity`` show an entity's rules; ``g40kg diff``
shows a merge as one.

Examples
--------
>>> rule_text({"kind": "merge", "from": "person/jan-voorbeeldd", "source": "a.yaml:3", "reason": "typefout", "facts": 2}, "nl")
'samengevoegd uit person/jan-voorbeeldd (a.yaml:3; reden: typefout; 2 feiten)'
"""

from __future__ import annotations

from rdflib import URIRef

from .messages import CATALOGUE, msg

__all__ = ["entity_rules", "graph_merges", "graph_splits", "rule_text"]

CATALOGUE.update({
    "rule_merge": {"nl": "samengevoegd uit {what} ({details})", "en": "merged from {what} ({details})"},
    "rule_suppress": {"nl": "onderdrukt: {what} ({details})", "en": "suppressed: {what} ({details})"},
    "rule_reason": {"nl": "reden: {reason}", "en": "reason: {reason}"},
    "rule_facts": {"nl": "{n} feiten", "en": "{n} facts"},
    "rule_fact": {"nl": "1 feit", "en": "1 fact"},
    "rule_by": {"nl": "door {by}", "en": "by {by}"},
    "rule_split": {"nl": "gesplitst: {what} ({details})", "en": "split: {what} ({details})"},
    "rule_retype": {"nl": "hertypt uit {what} ({details})", "en": "retyped from {what} ({details})"},
    "rule_withdraw": {"nl": "ingetrokken door een rectificatie: {what} ({details})",
                      "en": "withdrawn by a rectification: {what} ({details})"},
})

_RULES = """SELECT ?rule ?from ?label ?source ?reason ?facts ?by ?date WHERE {
  { ?rule g40:mergedInto ?entity ; g40:mergedFrom ?from } UNION { ?rule dcterms:subject ?entity ; rdfs:label ?label }
  ?rule a g40:CurationRule ; dcterms:source ?source ; g40:factCount ?facts .
  OPTIONAL { ?rule rdfs:comment ?reason } OPTIONAL { ?rule dcterms:creator ?by } OPTIONAL { ?rule dcterms:created ?date } }"""

_MERGES = """SELECT ?rule ?from ?into ?source ?reason ?facts WHERE {
  ?rule a g40:CurationRule ; g40:mergedFrom ?from ; g40:mergedInto ?into ; dcterms:source ?source ;
        g40:factCount ?facts . OPTIONAL { ?rule rdfs:comment ?reason } }"""


def _key(iri) -> str:
    from .curation_graph import entity_key

    return entity_key(iri)


def entity_rules(dataset, iri) -> list[dict]:
    """The curation rules of entity ``iri``: the merges into it and the suppressions of its facts,
    ``{"kind", "from" (a merge), "rule" (a suppression's fact), "source", "reason", "facts"}``, by source."""
    from .query import query_rows
    from .vocab import PREFIXES

    rows = query_rows(dataset, _RULES, initNs=PREFIXES, initBindings={"entity": URIRef(str(iri))})
    found = {}
    for row in rows:
        merge = row["from"] is not None
        # a split's node is numbered as one (graph.curation_graph.rule_node: <curated/a-yaml/split-1>)
        number = str(row["rule"]).rsplit("/", 1)[-1]  # a retype's node too (merge-1, split-1, retype-1)
        kind = ("retype" if number.startswith("retype-") else "merge") if merge else (
            "split" if number.startswith("split-") else "withdraw" if number.startswith("withdraw-") else "suppress")
        found[str(row["rule"])] = {
            "kind": kind, "from": _key(row["from"]) if merge else None,
            "rule": None if merge else str(row["label"]), "source": str(row["source"]),
            "reason": str(row["reason"]) if row["reason"] is not None else None, "facts": int(row["facts"]),
            "by": str(row["by"]) if row["by"] is not None else None,
            "date": str(row["date"]) if row["date"] is not None else None}
    return sorted(found.values(), key=lambda r: (_source_order(r["source"]), r["kind"]))


def graph_merges(dataset) -> list[dict]:
    """Every merge the graph records: ``{"kind", "from", "into" (IRIs), "source", "reason", "facts"}``;
    ``kind`` is "retype" for the move of a retype (its node ``…/retype-n``, :mod:`graph.curation_retype`),
    else "merge"."""
    from .query import query_rows
    from .vocab import PREFIXES

    rows = query_rows(dataset, _MERGES, initNs=PREFIXES)
    return sorted(({"kind": "retype" if str(r["rule"]).rsplit("/", 1)[-1].startswith("retype-") else "merge",
                    "from": str(r["from"]), "into": str(r["into"]), "source": str(r["source"]),
                    "reason": str(r["reason"]) if r["reason"] is not None else None, "facts": int(r["facts"])}
                   for r in rows), key=lambda r: (_source_order(r["source"]), r["from"]))


_SPLITS = """SELECT ?label ?source ?facts WHERE {
  ?rule a g40:CurationRule ; rdfs:label ?label ; dcterms:source ?source ; g40:factCount ?facts .
  FILTER (CONTAINS(STR(?rule), "/split-")) }"""


def graph_splits(dataset) -> list[dict]:
    """Every split the graph records (its node ``…/split-n``, :func:`graph.curate.apply_curation`):
    ``{"kind": "split", "from", "into" (IRIs), "where", "source", "reason": None, "facts"}``, read from
    the rule's label ("person/jan → person/jan-zwolle (municipality/gm0193)").

    >>> from graph.store import new_dataset
    >>> graph_splits(new_dataset())
    []
    """
    from .query import query_rows
    from .vocab import G40ID, PREFIXES

    found = []
    for row in query_rows(dataset, _SPLITS, initNs=PREFIXES):
        old, arrow, rest = str(row["label"]).partition(" → ")
        into, _, where = rest.partition(" (")
        if arrow:
            found.append({"kind": "split", "from": str(G40ID) + old, "into": str(G40ID) + into,
                          "where": where.removesuffix(")"), "source": str(row["source"]), "reason": None,
                          "facts": int(row["facts"])})
    return sorted(found, key=lambda r: (_source_order(r["source"]), r["from"]))


def _source_order(source: str) -> tuple:
    name, _, line = source.rpartition(":")
    return (name, int(line)) if line.isdigit() else (source, 0)


def rule_text(rule: dict, lang: str | None = None) -> str:
    """One rule in words: "samengevoegd uit person/x (a.yaml:3; reden: typefout; 12 feiten)"."""
    from .messages import get_language, set_language

    before = get_language()
    if lang:
        set_language(lang)
    try:
        details = [rule["source"]]
        if rule.get("reason"):
            details.append(msg("rule_reason", reason=rule["reason"]))
        if rule.get("by"):  # who made the rule and when (by:, date:; walkthrough 17, finding 19)
            details.append(msg("rule_by", by=rule["by"]))
        if rule.get("date"):
            details.append(rule["date"])
        details.append(msg("rule_fact") if rule["facts"] == 1 else msg("rule_facts", n=rule["facts"]))
        what = rule["from"] if rule["kind"] in ("merge", "retype") else rule["rule"]
        return msg(f"rule_{rule['kind']}", what=what, details="; ".join(details))
    finally:
        set_language(before)
