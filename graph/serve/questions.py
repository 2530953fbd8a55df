"""Adapters to the other stages the explorer shows: named questions (:mod:`graph.query`) and the
network view (:mod:`viz.views`, :mod:`viz.render`). Nothing is re-implemented here.
"""

from __future__ import annotations

import logging

from rdflib import URIRef

from ..headings import YES, headings
from ..messages import CATALOGUE, msg
from ..timefilter import undated_shown
from ..question_columns import STATED, mentioned_date, with_codes
from ..vocab import G40ID
from .explore_common import entity_path, evidence_links, label_of
from .i18n import predicate_label, text_language, texts

__all__ = ["list_questions", "get_question", "suggestions", "answer", "form_lines", "network_options", "network_data", "network_html",
           "empty_columns", "answer_notes"]

log = logging.getLogger(__name__)

CATALOGUE.update({
    "page_at_left_out": {"nl": "{n} feiten zonder eigen periode vallen weg bij '{at}' {day}; vul '{as_of}' in voor de "
                               "laatst bekende stand op die dag",
                         "en": "{n} facts without a period of their own drop out under '{at}' {day}; fill in "
                               "'{as_of}' for the last known state on that day"},
    "page_at_left_out_one": {"nl": "1 feit zonder eigen periode valt weg bij '{at}' {day}; vul '{as_of}' in voor de "
                                   "laatst bekende stand op die dag",
                             "en": "1 fact without a period of its own drops out under '{at}' {day}; fill in "
                                   "'{as_of}' for the last known state on that day"},
})


def _query_module():
    from .. import query

    return query


def _describe(question) -> dict:
    return {
        "name": question.name,
        "title": question.title_in(),
        "description": question.page_description_in(),  # without option names (walkthrough 19, finding 18)
        "site_description": question.site_description_in(),  # a static copy's page: no form (walkthrough 47, 12)
        "parameters": [
            {"name": p.name, "type": p.type, "default": p.default, "required": p.required, "help": p.help(),
             "multiple": p.multiple}
            for p in question.parameters
        ],
        "path": f"/questions/{question.name}",
        "columns": list(question.columns),
    }


def list_questions() -> list[dict]:
    """Every named question with its title, description and parameters (in the current language)."""
    module = _query_module()
    return [_describe(q) for q in module.load_questions().values()]


def suggestions(dataset, question: dict) -> dict[str, list[str]]:
    """Names to offer for each entity-typed parameter of ``question`` (for a ``<datalist>``)."""
    from .explore_common import labels

    classes = _query_module().ENTITY_PARAMETER_TYPES
    return {p["name"]: labels(dataset, classes[p["type"]]) for p in question["parameters"] if p["type"] in classes}


def get_question(name: str) -> dict | None:
    """One question as :func:`list_questions` describes it, or None."""
    module = _query_module()
    question = module.load_questions().get(name)
    return _describe(question) if question is not None else None


def answer(dataset, name: str, values: dict, *, timeout: float, max_rows: int, lang: str = "nl") -> dict:
    """Run question ``name`` with form ``values``; rows with display text and explorer links per cell.

    The columns are those the question declares for display (all, when it declares none), with
    their ``headings`` in ``lang``; a ``relation`` cell reads as the entity page says it
    ("volgde op", "werkt samen met"), in the direction of the row's ``direction`` cell.
    """
    from ..names_read import names_read_as
    from ..questions import TIME_PARAMETERS

    module = _query_module()
    question = module.load_questions()[name]
    params = {k: v for k, v in values.items() if v not in (None, "")}
    for parameter in question.parameters:  # a textarea of names, one per line
        if parameter.multiple and isinstance(params.get(parameter.name), str):
            params[parameter.name] = form_lines(params[parameter.name])
    read_as: list[str] = []  # a name typed in part, read as the one entity it is part of (as the command says)
    with names_read_as(read_as.append):
        result = module.run_question(dataset, question, params, timeout=timeout)
    if result.kind == "ask":
        return {"kind": "ask", "boolean": bool(result.boolean), "columns": [], "rows": [], "truncated": False}
    codes = []  # register code columns: in the JSON, left out of the page's table as of the CLI's tables
    if result.kind == "graph":
        rows = [{"s": s, "p": p, "o": o} for s, p, o in list(result.graph)[: max_rows + 1]]
        columns = ["s", "p", "o"]
    else:
        rows, columns = result.rows, result.columns
        declared = [c for c in question.columns if c in columns]
        if declared:
            columns = declared + [c for c in ("ev",) if c in result.columns and c not in declared]
        timed = any(params.get(name) for name in TIME_PARAMETERS)
        columns, rows = undated_shown(columns, rows, timed, lang)
        coded, rows = with_codes(result.columns, rows, question.codes)  # after the others, as the CLI's CSV
        codes = [c for c in coded[len(result.columns):] if c not in columns]
        columns = columns + codes
    truncated = len(rows) > max_rows
    shown = rows[:max_rows]
    links = evidence_links(dataset, [row.get(c) for row in shown for c in columns])
    cells = [[_linked(_cell(dataset, row.get(c), module, links, lang), row, c) for c in columns] for row in shown]
    if result.kind != "graph":
        _name_ministries(dataset, cells, columns, shown, result.columns, params)
    if "relation" in columns:
        _read_relations(cells, columns, lang)
    _readable(dataset, cells, columns, shown, lang)
    _mentioned_starts(cells, columns, shown, lang)
    words = texts(lang)
    notes = answer_notes(dataset, question, params, empty=not rows, lang=lang, timeout=timeout, rows=rows) \
        if result.kind != "graph" else []
    return {"kind": "select", "columns": columns, "rows": cells, "truncated": truncated, "codes": codes,
            "headings": [words["evidence_column"] if c == "ev" else h for c, h in zip(columns, headings(columns, lang))],
            "empty": empty_columns(columns, cells), "notes": read_as + notes}


def answer_notes(dataset, question, params: dict, *, empty: bool, lang: str = "nl", timeout: float | None = None,
                 rows=None) -> list[str]:
    """The lines the command line prints with a question's answer (``g40kg ask``): a ministry's period
    ("VRO bestond van … opgegaan in BZK per …") under a time, for an empty answer what is known of the
    names asked and the roles that ended before the day asked, and on one day ("Op datum") how many facts
    without a period of their own "Stand per" would add (``rows``: the answer's; walkthrough 21, leftover 6).

    >>> answer_notes(None, None, {}, empty=True)
    []
    """
    if question is None:
        return []
    from ..empty_answers import empty_answer_notes
    from ..ended_roles import ended_role_notes
    from ..messages import language
    from ..ministry_existence import ministry_notes
    from ..questions import TIME_PARAMETERS
    from ..timefilter import TimeWindow

    between = (params["from"], params["until"]) if params.get("from") and params.get("until") else None
    window = TimeWindow(at=params.get("at") or None, between=between, as_of=params.get("as_of") or None)
    window = window if (window.at or window.between or window.as_of) else None
    given = {k: v for k, v in params.items() if k not in TIME_PARAMETERS}
    with language(lang):
        notes = list(ministry_notes(dataset, question, given, window))
        if empty:
            notes += empty_answer_notes(dataset, question, given, windowed=window is not None, lang=lang)
            notes += ended_role_notes(dataset, question, given, window, lang, timeout=timeout)
        if window is not None and window.at and rows is not None:
            notes += _left_out_note(dataset, question.name, given, rows, window.at, lang, timeout)
    return notes


def _left_out_note(dataset, name: str, given: dict, rows, day: str, lang: str, timeout) -> list[str]:
    """The line that says how many facts without a period of their own "Op datum" ``day`` leaves out that
    "Stand per" keeps (:func:`graph.left_out.left_out_at`, as ``ask --at`` says it under its table)."""
    from ..left_out import left_out_at
    from ..query import term_value

    plain = [{column: term_value(value) for column, value in row.items()} for row in rows]
    count = left_out_at(dataset, name, given, plain, day, timeout=timeout)
    if not count:
        return []
    words = texts(lang)
    return [msg("page_at_left_out_one" if count == 1 else "page_at_left_out", n=count, day=day,
                at=words["param.at"], as_of=words["param.as_of"])]


def empty_columns(columns: list[str], cells: list[list[dict]]) -> list[str]:
    """The columns no row of ``cells`` has text in (a printed page leaves them out); none when
    there are no rows.

    >>> empty_columns(["a", "b"], [[{"text": "x"}, {"text": ""}], [{"text": "y"}, {"text": ""}]])
    ['b']
    >>> empty_columns(["a"], [])
    []
    """
    if not cells:
        return []
    return [c for i, c in enumerate(columns) if not any(str(row[i].get("text") or "").strip() for row in cells)]


def form_lines(text: str) -> list[str]:
    r"""The values of a form's textarea, one per line, empty lines left out.

    >>> form_lines("Anna de Vries\r\n\n  Jan Smit ")
    ['Anna de Vries', 'Jan Smit']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


#: columns whose value is a class's name ("Municipality"), shown as the interface names it ("Gemeente")
_TYPE_COLUMNS = {"type", "otherType", "memberType", "actorType", "dossierType"}
#: columns of a document's sentence: marked with the documents' language (Dutch) on an English page
_QUOTE_COLUMNS = {"quote", "quotes"}


def _readable(dataset, cells: list[list[dict]], columns: list[str], rows: list[dict], lang: str) -> None:
    """Cells as a reader needs them out of context (WCAG 2.4.4, 3.1.2): a class's name in the
    interface's language, a document's title instead of its file name, an accessible name for the
    evidence link ("↗"), and a quote's language."""
    words = texts(lang)
    for row, values in zip(cells, rows):
        for i, column in enumerate(columns):
            cell = row[i]
            if column in _TYPE_COLUMNS and cell.get("value"):
                row[i] = dict(cell, text=words.get(f"type.{cell['value']}") or cell["text"])
            elif column.endswith("Id") and isinstance(values.get(column[:-2]), URIRef) and cell.get("path"):
                row[i] = dict(cell, text=label_of(dataset, values[column[:-2]]) or cell["text"])
            elif column == "ev" and cell.get("path"):
                row[i] = dict(cell, label=words["evidence_link"])
            elif column in _QUOTE_COLUMNS and cell.get("text"):
                row[i] = dict(cell, lang=text_language(None))


def _mentioned_starts(cells: list[list[dict]], columns: list[str], rows: list[dict], lang: str) -> None:
    """A start no text states (``sinceStated``/``startStated`` false: the date of the first document that
    mentions the fact) reads "(genoemd 2026-09-03)", as in the command line's tables (round 45l); the
    cell's value stays the date.

    >>> from rdflib import Literal
    >>> cells = [[{"value": "2026-09-03", "text": "2026-09-03"}]]
    >>> _mentioned_starts(cells, ["since"], [{"sinceStated": Literal(False)}], "nl")
    >>> cells[0][0]["text"], cells[0][0]["value"]
    ('(genoemd 2026-09-03)', '2026-09-03')
    """
    from ..query import term_value

    for column, stated in STATED.items():
        if column not in columns:
            continue
        where = columns.index(column)
        for row, values in zip(cells, rows):
            if term_value(values.get(stated)) is False and row[where].get("text"):
                row[where] = dict(row[where], text=mentioned_date(row[where]["text"], lang))


def _name_ministries(dataset, cells: list[list[dict]], columns: list[str], rows, names: list[str], params: dict) -> None:
    """A ministry's label cell as the command line's tables give it (:func:`graph.shortcuts.relabel_ministries`):
    as in the question's window (``at``, ``as_of``, ``from`` and ``until``), else as at the row's fact ("EZ" in
    a row of 2025, "EZK" in one of 2023); one that went up in another "VRO (opgegaan in BZK per 2026-02-23)"
    (:func:`graph.ministry_mergers.merged_ministries_shown`)."""
    from ..ministry_mergers import merged_ministries_shown
    from ..shortcuts import relabel_ministries
    from ..timefilter import TimeWindow

    between = (params["from"], params["until"]) if params.get("from") and params.get("until") else None
    window = TimeWindow(at=params.get("at") or None, between=between, as_of=params.get("as_of") or None)
    plain = [{name: None if row.get(name) is None else str(row.get(name)) for name in names} for row in rows]
    named = merged_ministries_shown(relabel_ministries(dataset, [dict(row) for row in plain], window), window)
    for cells_of_row, before, after in zip(cells, plain, named):
        for where, column in enumerate(columns):
            if after.get(column) != before.get(column):
                cells_of_row[where] = dict(cells_of_row[where], text=after[column])


def _read_relations(cells: list[list[dict]], columns: list[str], lang: str) -> None:
    """The ``relation`` cells' text as people read it (``succeeded`` → "volgde op", from the row's
    ``direction``: "out" unless it says "in"); the value stays the relation's name."""
    where, way = columns.index("relation"), columns.index("direction") if "direction" in columns else None
    for row in cells:
        cell = row[where]
        if cell.get("value"):
            direction = "in" if way is not None and row[way].get("value") == "in" else "out"
            row[where] = dict(cell, text=predicate_label(str(cell["value"]), direction, lang))


def _linked(cell: dict, row: dict, column: str) -> dict:
    """Link a label column (``actorLabel``, ``documentId``) to the entity in its sibling column (``actor``)."""
    for suffix in ("Label", "Id"):
        sibling = row.get(column[: -len(suffix)]) if column.endswith(suffix) else None
        if isinstance(sibling, URIRef) and not cell.get("path"):
            return dict(cell, path=entity_path(sibling))
    return cell


_EVIDENCE = str(G40ID["evidence/"])


def _cell(dataset, term, module, evidence: dict[str, str], lang: str = "nl") -> dict:
    """A cell's value, display text and link; ``evidence`` holds the links of the evidence nodes
    (:func:`~graph.serve.explore_common.evidence_links`). A boolean reads as the command line's tables
    show it: "ja" ("yes") for true, nothing for false."""
    if term is None:
        return {"value": None, "text": ""}
    if isinstance(term, URIRef):
        if str(term).startswith(_EVIDENCE):  # evidence: link to the quote in its document
            return {"value": str(term), "text": "↗", "path": evidence.get(str(term))}
        path = entity_path(term)
        return {"value": str(term), "text": label_of(dataset, term) if path else str(term), "path": path}
    value = module.term_value(term)
    if isinstance(value, bool):
        return {"value": value, "text": YES[lang] if value else ""}
    return {"value": value, "text": str(term)}


#: Query parameters of ``/network`` passed on to :func:`viz.views.view_data`.
NETWORK_PARAMETERS = ("focus", "ministry", "depth", "types", "at", "as_of", "projection")


def network_options(params) -> dict:
    """The view options in ``params`` (``depth`` 1–3, ``types`` comma-separated), unknown keys dropped."""
    options = {k: params[k] for k in NETWORK_PARAMETERS if params.get(k)}
    if "depth" in options:
        try:
            options["depth"] = min(max(int(options["depth"]), 1), 3)
        except ValueError:
            options.pop("depth")
    if "types" in options:
        options["types"] = [t for t in options["types"].split(",") if t]
    return options


def network_data(dataset, options: dict) -> dict:
    """The node-link dict of the network view (:func:`viz.views.view_data`); it has no clock time, so a
    static copy stays the same bytes from one export to the next."""
    from viz.views import view_data

    return view_data(dataset, **options)


def network_html(dataset, options: dict, *, lang: str = "nl", mask=None, live: dict | None = None,
                 home: dict | None = None) -> str:
    """The viz package's self-contained network page for the view; ``mask``: a function every
    quote passes through (the evidence-only publication, :func:`viz.sharing.with_quotes`); ``live``:
    the served page's notice of a newer graph; ``home``: its link back to the explorer (both
    :func:`viz.render.render_html`)."""
    from viz.render import render_html

    data = network_data(dataset, options)
    if mask is not None:
        from viz.sharing import with_quotes

        data = with_quotes(data, mask)
    return render_html(data, lang=lang, live=live, home=home)
