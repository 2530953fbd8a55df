"""An edge's evidence and time on a network page: the records its quotes become, its interval and the years with facts.

Plain functions over the projection's attribute values (:func:`evidence_record`, :func:`edge_interval`,
:func:`fact_periods`), used by :func:`viz.network.network_data`.
"""

from __future__ import annotations

import math

__all__ = ["edge_interval", "evidence_record", "iso_date", "fact_periods", "plain_value", "relation_name"]


def plain_value(value):
    """A JSON-friendly version of an attribute value (str for anything unusual)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain_value(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return str(value)


def evidence_record(item: dict, documents: dict) -> dict:
    """One evidence item of an edge (long or short keys) as the page's record: its quote, document, dates and
    role, and for a fact added by hand where and why; the document's title, date and language go into ``documents``."""
    get = item.get
    record = {}
    quote = get("quote") or get("q")
    if quote:
        record["q"] = str(quote)
    doc = get("document") or get("doc") or get("document_id")
    if doc is not None:
        doc = record["doc"] = str(doc)
        entry = documents.get(doc)
        if entry is None:
            entry = documents[doc] = {}
        title = get("title") or get("document_title")
        if title and not entry.get("title"):
            entry["title"] = str(title)
        doc_date = get("document_date")
        if doc_date and not entry.get("date"):
            entry["date"] = iso_date(doc_date)
        language = get("language")
        if language and not entry.get("lang"):
            entry["lang"] = str(language)
    for key, names in (("date", ("date",)), ("from", ("valid_from", "from", "start")),
                       ("until", ("valid_until", "until", "end"))):
        for name in names:
            value = get(name)
            if value:
                record[key] = iso_date(value)
                break
    role = get("role")
    if role:  # with its portfolio, as the tooltip reads it: "wethouder Wonen en Ruimte" (round 45m)
        record["role"] = f"{role} {get('portfolio')}" if get("portfolio") else str(role)
    if get("curated"):  # added by hand in data/curated/: where and why instead of a quote
        record["curated"] = True
        for key, name in (("src", "curation"), ("note", "note")):
            if get(name):
                record[key] = str(get(name))
    return record


def iso_date(value) -> str | None:
    """A date (a ``date``, a literal or a string) as ISO text; None for none.

    >>> import datetime
    >>> iso_date(datetime.date(2024, 4, 1)), iso_date("")
    ('2024-04-01', None)
    """
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def relation_name(data: dict, key) -> str:
    """An edge's relation: its ``relation`` or ``predicate`` (the local name of an IRI), else its key.

    >>> relation_name({"predicate": "https://w3id.org/g40kg/def#memberOf"}, 0)
    'memberOf'
    >>> relation_name({}, "partOf"), relation_name({}, 0)
    ('partOf', 'related')
    """
    relation = data.get("relation") or data.get("predicate")
    if not relation and isinstance(key, str):
        relation = key
    relation = str(relation or "related")
    # accept full IRIs or prefixed names: keep the local name
    for sep in ("#", "/", ":"):
        relation = relation.rsplit(sep, 1)[-1]
    return relation


def edge_interval(evidence: list[dict]) -> tuple[str | None, str | None]:
    """(earliest start, latest end) of an edge's evidence records; a record's date where it has neither.

    >>> edge_interval([{"date": "2021-05-01"}, {"from": "2019-01-01", "until": "2020-12-31"}])
    ('2019-01-01', '2021-05-01')
    """
    starts = [e.get("from") or e.get("date") for e in evidence]
    ends = [e.get("until") or e.get("date") for e in evidence]
    starts = [s for s in starts if s]
    ends = [s for s in ends if s]
    return (min(starts) if starts else None, max(ends) if ends else None)


def fact_periods(edges: list[dict], limit: int = 40) -> list[str]:
    """The years with facts (for the page's period menu): each edge's years from start to end, at most ``limit``.

    >>> fact_periods([{"start": "2020-03-01", "end": "2022-01-01"}, {"end": "2019-06-30"}, {}])
    ['2019', '2020', '2021', '2022']
    """
    years = set()
    for e in edges:
        if e.get("start") or e.get("end"):
            lo = int((e.get("start") or e["end"])[:4])
            hi = int((e.get("end") or e["start"])[:4])
            if hi - lo > limit:
                lo = hi - limit
            years.update(range(lo, hi + 1))
    return [str(y) for y in sorted(years)]

