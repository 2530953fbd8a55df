"""A network page to share: its data without the quotes, or with their sensitive words masked.

A network page embeds every fact's evidence: the quote, the document and the date. To share the
structure with colleagues outside the project (nodes, relations, document titles and dates),
``g40kg viz --no-quotes`` leaves the quotes out of the page's data (:func:`without_quotes`); the
static site's evidence-only publication (``export --format site --no-document-text``) keeps them
but masks the words of special categories of personal data (:func:`with_quotes`).

Examples
--------
>>> data = {"nodes": [{"id": "a"}], "edges": [{"evidence": [{"q": "Anna (ziek)", "doc": "d1"}]}]}
>>> without_quotes(data)["edges"]
[{'evidence': [{'doc': 'd1'}]}]
>>> with_quotes(data, str.upper)["edges"]
[{'evidence': [{'q': 'ANNA (ZIEK)', 'doc': 'd1'}]}]
"""

from __future__ import annotations

__all__ = ["with_quotes", "without_quotes"]


def _evidence_mapped(data: dict, change) -> dict:
    """``data`` with ``change`` applied to each evidence record of its nodes and edges (a copy)."""
    out = dict(data)
    for part in ("nodes", "edges"):
        if part in data:
            out[part] = [dict(item, evidence=[change(record) for record in item["evidence"]])
                         if isinstance(item.get("evidence"), list) else item for item in data[part]]
    return out


def without_quotes(data: dict) -> dict:
    """Node-link ``data`` (:func:`viz.network.network_data`) without the quote of any evidence."""
    return _evidence_mapped(data, lambda record: {k: v for k, v in record.items() if k != "q"})


def with_quotes(data: dict, mask) -> dict:
    """Node-link ``data`` with every quote passed through ``mask`` (a str → str function)."""
    return _evidence_mapped(data, lambda record: dict(record, q=mask(record["q"])) if "q" in record else record)
