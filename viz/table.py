"""Node-link dict → the rows of the network page's table view (its text equivalent, WCAG 1.1.1).

The drawing is a canvas: a screen-reader or keyboard user cannot follow it. The page therefore
carries the same links as a table, rendered by the template (autoescaped, no script), one row
per link: the two nodes with their types, the relation and its direction, and the evidence
every link carries (quote in its document's language, document, date; for a curated fact where
and why it was curated). A big page keeps the table light: fewer quotes per link.

Examples
--------
>>> data = {"nodes": [{"id": "a", "label": "Breda", "type": "Municipality"},
...                   {"id": "b", "label": "EZK", "type": "Ministry"},
...                   {"id": "c", "label": "Losse knoop", "type": "Person"}],
...         "edges": [{"from": "a", "to": "b", "relation": "collaboratesWith",
...                    "evidence": [{"q": "Breda werkt met EZK", "doc": "d1", "date": "2021-05-01"}]}],
...         "documents": {"d1": {"title": "Jaarverslag", "lang": "nl"}},
...         "style": {"relations": {"collaboratesWith": {"arrows": False}}}}
>>> table = table_view(data, lang="en")
>>> row = table["rows"][0]
>>> (row["from"], row["from_type"], row["relation"], row["directed"], row["to"], row["to_type"])
('Breda', 'Municipality', 'collaborates with', False, 'EZK', 'Ministry')
>>> row["evidence"]
[{'curated': False, 'quote': 'Breda werkt met EZK', 'lang': 'nl', 'document': 'Jaarverslag', 'date': '2021-05-01'}]
>>> [n["label"] for n in table["unlinked"]]
['Losse knoop']
"""

from __future__ import annotations

import re

__all__ = ["QUOTES_PER_LINK", "QUOTES_PER_LINK_BIG", "BIG_TABLE", "table_view", "text_language"]

#: quotes shown per link in the table; a page with more than :data:`BIG_TABLE` links shows fewer
QUOTES_PER_LINK = 3
QUOTES_PER_LINK_BIG = 1
BIG_TABLE = 2000

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def table_view(data: dict, *, lang: str = "nl") -> dict:
    """``{"rows": [...], "unlinked": [...], "links": n}`` for the page's table (see the module docstring).

    Rows are sorted by the first node's name, then relation and the other node; ``unlinked``
    holds the nodes without a link (name and type), so that every node of the drawing is in the text.
    """
    from .render import UI_TEXT

    ui = UI_TEXT.get(lang, UI_TEXT["nl"])
    types, relations = ui["type_names"], ui["relation_names"]
    styles = (data.get("style") or {}).get("relations", {})
    documents = data.get("documents") or {}
    nodes = {n["id"]: n for n in data.get("nodes", [])}
    edges = data.get("edges", [])
    per_link = QUOTES_PER_LINK if len(edges) <= BIG_TABLE else QUOTES_PER_LINK_BIG

    def node(key):
        n = nodes.get(key) or {"label": str(key), "type": "Other"}
        return str(n.get("label") or key), types.get(n.get("type"), n.get("type") or "")

    rows, linked = [], set()
    for edge in edges:
        linked.update((edge["from"], edge["to"]))
        (source, source_type), (target, target_type) = node(edge["from"]), node(edge["to"])
        relation = edge.get("relation") or "related"
        evidence = edge.get("evidence") or []
        rows.append({
            "from": source, "from_type": source_type, "to": target, "to_type": target_type,
            "relation": relations.get(relation, relation),
            "directed": bool((styles.get(relation) or {}).get("arrows", True)),
            "evidence": [_evidence(item, documents) for item in evidence[:per_link]],
            "more": max(len(evidence) - per_link, 0),
        })
    rows.sort(key=lambda r: (r["from"].casefold(), r["relation"], r["to"].casefold()))
    unlinked = sorted(({"label": label, "type": kind} for label, kind in
                       (node(key) for key in nodes if key not in linked)), key=lambda n: n["label"].casefold())
    return {"rows": rows, "unlinked": unlinked, "links": len(rows)}


def _evidence(item: dict, documents: dict) -> dict:
    if item.get("curated"):
        return {"curated": True, "source": item.get("src") or "", "note": item.get("note") or "",
                "date": _span(item)}
    document = documents.get(item.get("doc")) or {}
    return {"curated": False, "quote": item.get("q") or "", "lang": text_language(document.get("lang")),
            "document": document.get("title") or item.get("doc") or "",
            "date": _span(item) or item.get("date") or document.get("date") or ""}


def text_language(tag) -> str:
    """The ``lang`` attribute of a document's text or quote: its ``dcterms:language`` when that is a
    language tag, else Dutch (what ``graph.ingest`` assumes); a screen reader then reads a Dutch
    quote on an English page in Dutch (WCAG 3.1.2).

    >>> text_language("nl"), text_language("en-GB"), text_language(None), text_language('x" onclick="y')
    ('nl', 'en-GB', 'nl', 'nl')
    """
    tag = str(tag or "").strip()
    return tag if _LANGUAGE_TAG.fullmatch(tag) else "nl"


def _span(item: dict) -> str:
    start, end = item.get("from"), item.get("until")
    if not start and not end:
        return ""
    return f"{start or '…'} – {end or '…'}"
