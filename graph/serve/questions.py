"""Adapters to the other stages the explorer shows: named questions (:mod:`graph.query`) and the
network view (:mod:`graph.project` + :mod:`viz`). Nothing is re-implemented here: when a module
is not installed the page says so instead.
"""

from __future__ import annotations

import logging

from .explore import entity_path, label_of

__all__ = ["list_questions", "get_question", "answer", "network_data", "network_html"]

log = logging.getLogger(__name__)


def _query_module():
    try:
        from .. import query
    except ImportError:
        return None
    return query if hasattr(query, "load_questions") else None


def _describe(question) -> dict:
    return {
        "name": question.name,
        "title": question.title_in(),
        "description": question.description_in(),
        "parameters": [
            {"name": p.name, "type": p.type, "default": p.default, "required": p.required, "help": p.help()}
            for p in question.parameters
        ],
        "path": f"/questions/{question.name}",
    }


def list_questions() -> list[dict]:
    """Every named question with its title, description and parameters (in the current language)."""
    module = _query_module()
    if module is None:
        return []
    return [_describe(q) for q in module.load_questions().values()]


def get_question(name: str) -> dict | None:
    """One question as :func:`list_questions` describes it, or None."""
    module = _query_module()
    if module is None:
        return None
    question = module.load_questions().get(name)
    return _describe(question) if question is not None else None


def answer(dataset, name: str, values: dict, *, timeout: float, max_rows: int) -> dict:
    """Run question ``name`` with form ``values``; rows with display text and explorer links per cell."""
    module = _query_module()
    params = {k: v for k, v in values.items() if v not in (None, "")}
    result = module.run_question(dataset, name, params, timeout=timeout)
    if result.kind == "ask":
        return {"kind": "ask", "boolean": bool(result.boolean), "columns": [], "rows": [], "truncated": False}
    if result.kind == "graph":
        rows = [{"s": s, "p": p, "o": o} for s, p, o in list(result.graph)[: max_rows + 1]]
        columns = ["s", "p", "o"]
    else:
        rows, columns = result.rows, result.columns
    truncated = len(rows) > max_rows
    cells = [[_cell(dataset, row.get(c), module) for c in columns] for row in rows[:max_rows]]
    return {"kind": "select", "columns": columns, "rows": cells, "truncated": truncated}


def _cell(dataset, term, module) -> dict:
    from rdflib import URIRef

    if term is None:
        return {"value": None, "text": ""}
    if isinstance(term, URIRef):
        path = entity_path(term)
        return {"value": str(term), "text": label_of(dataset, term) if path else str(term), "path": path}
    return {"value": module.term_value(term), "text": str(term)}


def network_data(dataset, focus: str | None = None) -> dict:
    """The node-link dict of the network view (around ``focus`` when given)."""
    try:
        from viz import network_data as build  # the viz package's public entry point
    except ImportError:
        build = None
    if build is not None:
        return build(dataset, focus=focus)
    from .explore import neighbourhood

    return neighbourhood(dataset, focus) if focus else {"nodes": [], "links": []}


def network_html(dataset, focus: str | None = None, *, lang: str = "nl") -> str | None:
    """The viz package's standalone network page, or None while that package has no page to give."""
    try:
        import viz
    except ImportError:
        return None
    page = getattr(viz, "network_page_html", None)
    if page is None:
        return None
    return page(dataset, focus=focus, lang=lang)
