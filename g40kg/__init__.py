"""g40kg from Python: build, open and ask the G40 knowledge graph in a script or a notebook.

The stable Python interface of g40kg (walkthrough 18, finding 18). Stable from version 0.2.0:
functions and keyword arguments are added to it, never renamed or removed, and a change of
behaviour is announced in CHANGELOG.md. Everything under ``graph.*`` and ``viz.*`` is internal:
it may change in any release. Each function here is a thin wrapper over the function the
command line uses, so a notebook gets the answers ``g40kg`` prints.

* :func:`build` – documents → a graph folder (``g40kg build``);
* :func:`open` – a graph folder, or a SPARQL endpoint, as a dataset (``--graph``, ``--endpoint``);
* :func:`questions`, :func:`ask` – the named questions (``g40kg questions``, ``g40kg ask``);
* :func:`sparql` – a SPARQL query (``g40kg query``);
* :func:`to_networkx`, :func:`evidence_records` – the network of actors, and its evidence;
* :func:`write_network_page` – the self-contained network page (``g40kg viz``);
* :func:`export` – the facts, CSV, RDF and network formats (``g40kg export``);
* :func:`diff` – what changed between two builds (``g40kg diff``).

``lang=`` ("nl" or "en"; default: ``G40KG_LANG``, else "nl") is the language of the messages of
the errors raised, as ``--lang`` is on the command line. Errors are :class:`G40Error` (``str()``
is one line for a person; ``exit_code`` is the status the command line would exit with).

Examples
--------
>>> import pathlib, tempfile, g40kg
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "nieuws.txt").write_text(
...     "Wethouder Anna Visser van Breda is voorzitter van de Pijler Sociaal. "
...     "Breda en Tilburg werken samen met het ministerie van EZK.", encoding="utf-8")
>>> _ = (folder / "nieuws.meta.json").write_text('{"date": "2025-03-01"}', encoding="utf-8")
>>> g40kg.build([folder], folder / "graaf").as_dict()["documents"]
1
>>> ds = g40kg.open(folder / "graaf")
>>> [(row["bodyLabel"], row["role"], row["since"], row["end"])
...  for row in g40kg.ask(ds, "who-does-what", python_values=True).rows]
[('Pijler Sociaal', 'voorzitter', datetime.date(2025, 3, 1), None), ('Breda', 'wethouder', datetime.date(2025, 3, 1), None)]
>>> g40kg.ask(ds, "who-does-what", person="Niemand", lang="en")
Traceback (most recent call last):
...
graph.errors.UnknownName: unknown person 'Niemand'
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from graph import __version__
from graph.errors import G40Error, InputError, QueryError, QueryTimeout, UnknownName
from graph.timeouts import DEFAULT_TIMEOUT

# ``open`` is public too (``g40kg.open``) but not in __all__: ``from g40kg import *`` would hide
# Python's own open()
__all__ = [
    "__version__",
    "G40Error",
    "InputError",
    "QueryError",
    "QueryTimeout",
    "UnknownName",
    "ask",
    "build",
    "diff",
    "evidence_records",
    "export",
    "questions",
    "sparql",
    "to_networkx",
    "write_network_page",
]

LANGUAGES = ("nl", "en")


def _language(lang: str | None) -> str:
    """``lang``, else ``G40KG_LANG``, else "nl" (the order of the command line's settings).

    >>> _language("en"), _language(None) in LANGUAGES
    ('en', True)
    """
    chosen = lang or os.environ.get("G40KG_LANG") or "nl"
    if chosen not in LANGUAGES:
        raise InputError(f"lang={chosen!r}: choose 'nl' or 'en'")
    return chosen


@contextmanager
def _speaking(lang: str | None):
    from graph.messages import language

    with language(_language(lang)):
        yield


def build(documents, graph=None, *, lang: str | None = None, **options):
    """Build the graph of the files and folders ``documents`` into the folder ``graph`` (default:
    ``G40KG_GRAPH``, else ``.g40kg``); returns the build's report (``documents``, ``warnings``,
    ``triples`` …, as ``g40kg build --format json`` prints it: ``report.as_dict()``).

    ``options`` are those of :func:`graph.pipeline.build_graph` (``curated``, ``keep_going``,
    ``wait``, ``minimal_people`` …). A build replaces the folder only when it succeeded.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.", encoding="utf-8")
    >>> report = build([folder], folder / "graaf", lang="en")
    >>> report.documents[0].id, report.warnings
    ('a', ['1 document without a date: a (its facts hold at every date; give a date in <name>.meta.json)'])
    """
    from graph.pipeline import build_graph

    with _speaking(lang):
        return build_graph([Path(p) for p in documents], _graph_folder(graph), **options)


def _graph_folder(path) -> Path:
    return Path(path if path is not None else os.environ.get("G40KG_GRAPH") or ".g40kg")


def open(path=None, *, endpoint: str | None = None, engine: str = "oxigraph", pinned: bool = False,  # noqa: A001
         lang: str | None = None):
    """The graph in the folder ``path`` (default: ``G40KG_GRAPH``, else ``.g40kg``), or the SPARQL
    endpoint ``endpoint`` (default: ``G40KG_ENDPOINT``), as a dataset the other functions take.

    ``engine``: "oxigraph" (read-only, fast) or "rdflib" (a copy in memory you may change).
    ``pinned``: keep reading this build after a newer build replaced the folder (a notebook open
    during the nightly build); otherwise reopen after a build.

    >>> import pathlib, tempfile
    >>> open(pathlib.Path(tempfile.mkdtemp()) / "nergens", lang="en")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.errors.GraphMissingError: no graph at .../nergens: run 'g40kg build FOLDER' first, with FOLDER the folder of your documents (or pass --graph)
    """
    from graph.errors import GraphMissingError
    from graph.store import open_dataset

    endpoint = endpoint or (os.environ.get("G40KG_ENDPOINT") if path is None else None)
    with _speaking(lang):
        if endpoint:
            return open_dataset(None, endpoint=endpoint)
        folder = _graph_folder(path)
        if not folder.is_dir():
            raise GraphMissingError(folder)
        return open_dataset(folder, engine=engine, pinned=pinned)


def questions(lang: str | None = None) -> dict[str, str]:
    """The named questions :func:`ask` takes: name → title in ``lang``.

    >>> questions("en")["who-does-what"]
    'Who does what (every role, one row per person, role and body)'
    """
    from graph.questions import load_questions

    language = _language(lang)
    return {name: question.title_in(language) for name, question in sorted(load_questions().items())}


def ask(dataset, question: str, *, python_values: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
        lang: str | None = None, **params):
    """The answer to the named question ``question`` (:func:`questions`) with its parameters
    ``params`` (``as_of="2026-04-30"``, ``person="…"``; ``from`` is a Python word: pass
    ``**{"from": "2025-01-01"}``), as ``g40kg ask`` gives it.

    Returns a result with ``columns`` (the question's, in order), ``rows`` (dicts) and ``notes``: the
    lines the command's table shows with the answer ("VRO is opgegaan in BZK per 2026-02-23." for a
    ministry of the rows that went up in another by the time asked; for no rows, how many documents
    mention the name asked about). The values
    are rdflib terms; with ``python_values`` they are Python values: ``None`` for unbound or empty,
    :class:`datetime.date` for dates, ``int``/``float``/``bool`` for numbers and yes/no, ``str``
    for IRIs and text; a date known only to its year or month stays text (``"2024"``), so sort a date
    column by ``str(value or "")``. ``csv.DictWriter(handle, fieldnames=result.columns)`` writes the rows; with pandas
    installed (optional) ``pandas.DataFrame(result.rows, columns=result.columns)`` makes a data frame.

    A name that matches nothing is :class:`UnknownName`, a bad value :class:`InputError`, a query
    past ``timeout`` seconds :class:`QueryTimeout`.

    >>> from graph.store import new_dataset
    >>> result = ask(new_dataset(), "who-does-what", as_of="2026-04-30", python_values=True)
    >>> result.columns[:3], result.rows
    (['person', 'personLabel', 'role'], [])
    >>> ask(new_dataset(), "who-does-what", at="gisteren", lang="en")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: parameter at: 'gisteren' is not a valid date (YYYY-MM-DD or 31-01-2024)
    """
    from graph.query import QueryResult, python_rows, run_question
    from graph.questions import get_question

    with _speaking(lang):
        named = get_question(question)
        window, params = _time_window(named, params)
        result = run_question(dataset, named, params, timeout=timeout)
        if result.kind == "select":
            result = _ministries_named_by_time(dataset, result, window)
            notes = _notes(dataset, named, params, result, window, _language(lang))
    if result.kind == "select" and named.codes:  # register codes after the other columns, as the CLI's CSV (round 45l)
        result = QueryResult("select", *_with_code_terms(result.columns, result.rows, named.codes))
    if result.kind == "select":
        result.notes = notes
    return python_rows(result) if python_values else result


def _notes(dataset, question, params, result, window, lang) -> list[str]:
    """The lines ``g40kg ask``'s table shows with the answer (walkthrough 30, finding 8): a ministry asked
    about that did not exist then or went up in another, each ministry of the rows that went up in another by
    the time asked ("VRO is opgegaan in BZK per 2026-02-23.", which a table says in its label), and for no
    rows, in how many documents each name asked about is mentioned."""
    from graph.dissolved_municipalities import municipality_notes
    from graph.empty_answers import empty_answer_notes
    from graph.ministry_existence import asked_ministries, ministry_notes
    from graph.ministry_mergers import merger_notes, row_merger_notes
    from graph.query import term_value

    notes = ministry_notes(dataset, question, params, window) + merger_notes(dataset, question, params, window)
    notes += municipality_notes(dataset, question, params, window)  # "Hellevoetsluis is opgegaan in …" (round 59d)
    asked = {str(iri) for _, iri, _ in asked_ministries(dataset, question, params, window.label_date if window else None)}
    rows = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    notes += row_merger_notes([{c: v for c, v in row.items() if v not in asked} for row in rows], window)  # said above
    if not result.rows:
        notes += empty_answer_notes(dataset, question, params, windowed=window is not None, lang=lang)
    return list(dict.fromkeys(notes))


def _time_window(question, params):
    """(the time ``params`` ask, ``params`` with it as the command gives it): ``as_of``, ``at``, or
    ``from`` with ``until`` (or their Dutch names) read as ``--as-of``, ``--at`` and ``--between`` read
    them (walkthrough 30, finding 13), so ``at="2022"`` is the whole year, as ``--at 2022`` is, not its
    first day; (None, ``params``) for no time, ``from`` or ``until`` alone, or a question without them."""
    from graph.questions import TIME_PARAMETERS, parameter_name
    from graph.timefilter import TimeWindow

    named = {parameter_name(question, name): name for name, value in params.items() if value not in (None, "")}
    times = set(named) & set(TIME_PARAMETERS)
    if times not in ({"as_of"}, {"at"}, {"from", "until"}) or not times <= {p.name for p in question.parameters}:
        return None, params  # none, or the question says what is wrong (as_of with at, a parameter it has not …)
    value = {name: str(params[named[name]]) for name in times}
    try:
        window = TimeWindow(as_of=value.get("as_of"), at=value.get("at"),
                            between=(value["from"], value["until"]) if "from" in times else None)
    except InputError:
        return None, params  # a date that is none: the question's own message ("parameter at: …")
    kept = {given: v for given, v in params.items() if parameter_name(question, given) not in times}
    return window, {**kept, **window.parameters()}


def _ministries_named_by_time(dataset, result, window):
    """``result`` with each ministry's label as ``g40kg ask`` gives it (walkthrough 30, finding 13): its
    name in the time asked, else in its fact's time ("EZ" for mnre1045 in 2025, not today's "EZK"),
    :func:`graph.shortcuts.relabel_ministries`."""
    from rdflib import Literal

    from graph.query import QueryResult, term_value
    from graph.shortcuts import relabel_ministries

    plain = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    named = relabel_ministries(dataset, [dict(row) for row in plain], window)
    rows = []
    for row, before, after in zip(result.rows, plain, named):
        renamed = {c: Literal(after[c]) for c in result.columns if c.endswith("Label") and after[c] != before[c]}
        rows.append({**row, **renamed} if renamed else row)
    return QueryResult("select", list(result.columns), rows)


def _with_code_terms(columns, rows, codes):
    """:func:`graph.question_columns.with_codes`, each code an rdflib literal as the other values are."""
    from rdflib import Literal

    from graph.question_columns import with_codes

    added = [name + "Code" for name in codes if name in columns and name + "Code" not in columns]
    columns, coded = with_codes(columns, rows, codes)
    return columns, [{**row, **{c: None if row[c] is None else Literal(row[c]) for c in added}} for row in coded]


def sparql(dataset, text: str, *, python_values: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
           lang: str | None = None, params=None):
    """The result of the SPARQL query ``text`` (the project's prefixes ``g40:``, ``skos:`` …
    declared), as ``g40kg query`` gives it: ``kind`` "select" (``columns``, ``rows``), "ask"
    (``boolean``) or "graph" (``graph``, an rdflib Graph). ``python_values`` as in :func:`ask`.
    Updates are refused (:class:`QueryError`), as is ``SERVICE``: a query never calls another host.

    ``params`` binds variables of the query, as ``g40kg query -p`` does: ``{"city": value}`` binds
    ``?city`` in a ``VALUES`` clause after the query, the value written as one RDF term, never pasted
    into the text. A value is an rdflib term, a :class:`datetime.date`, a number, True/False, or text
    read as ``-p`` reads it (``"<https://…>"`` an IRI, ``"g40:Ministry"`` a project name,
    ``"2024-01-31"`` a date, ``"12"`` a number, anything else a string); a list gives a row per value.
    A name the query does not use, or a value of another kind, is :class:`InputError`.

    >>> from graph.store import new_dataset
    >>> sparql(new_dataset(), "SELECT (1 AS ?n) ('' AS ?empty) WHERE {}", python_values=True).rows
    [{'n': 1, 'empty': None}]
    >>> sparql(new_dataset(), "ASK { ?s a g40:Person }").boolean
    False
    >>> sparql(new_dataset(), "SELECT ?city ?day WHERE {}", python_values=True,
    ...        params={"city": "<https://w3id.org/g40kg/id/municipality/gm0193>", "day": "2025-12-31"}).rows
    [{'city': 'https://w3id.org/g40kg/id/municipality/gm0193', 'day': datetime.date(2025, 12, 31)}]
    """
    from graph.query import python_rows, run_sparql

    with _speaking(lang):
        if params:
            text = _with_params(text, params, timeout)
        result = run_sparql(dataset, text, timeout=timeout)
    return python_rows(result) if python_values else result


def _with_params(text: str, params, timeout) -> str:
    """``text`` with ``params`` (a mapping) bound in a VALUES clause after it, as ``g40kg query -p`` binds them."""
    from graph.messages import msg
    from graph.query import result_kind
    from graph.query_params import param_pairs, with_values_clause

    if not hasattr(params, "items"):
        raise InputError(msg("query_params_mapping", kind=type(params).__name__))
    if result_kind(text, timeout=timeout) == "update":
        raise InputError(msg("query_param_update"))
    return with_values_clause(text, param_pairs(params))


def to_networkx(dataset, *, at: str | None = None, between: tuple[str, str] | None = None, as_of: str | None = None,
                min_confidence: float | None = None, predicates=None, multi: bool = False,
                include_mentions: bool = False, timeout: float | None = None, lang: str | None = None):
    """The network of actors (people, municipalities, ministries, organisations, programmes …) as
    a networkx graph: nodes keyed by IRI (``type``, ``label``, ``g40_member``), an edge per pair
    with ``weight`` (documents), ``predicates`` and ``evidence`` (quotes, documents, dates);
    ``multi``: one directed edge per relation. ``at``/``between``/``as_of`` keep the facts of a
    time, as ``g40kg rank --at`` does. The full contract: ``docs/architecture.md``
    ("The projection"). The graph is never changed.

    >>> from graph.store import new_dataset
    >>> to_networkx(new_dataset()).number_of_nodes()
    0
    """
    from graph.project import to_networkx as project

    with _speaking(lang):
        return project(dataset, at=at, between=between, as_of=as_of, min_confidence=min_confidence,
                       predicates=predicates, multi=multi, include_mentions=include_mentions, timeout=timeout)


def evidence_records(dataset, *, at: str | None = None, between: tuple[str, str] | None = None,
                     as_of: str | None = None, min_confidence: float | None = None, predicates=None,
                     include_mentions: bool = False, timeout: float | None = None,
                     lang: str | None = None) -> list[dict]:
    """Every evidenced fact as a dict (``source``, ``target``, ``predicate``, ``role``, ``quote``,
    ``document``, ``date``, ``start``, ``end``, ``confidence``, ``curated`` …), filtered as in
    :func:`to_networkx`: the rows behind its edges, one per piece of evidence. Dates are ISO text
    ("2024-10-03", or "2024" for a year), not :class:`datetime.date` as in ``ask(…, python_values=True)``.

    >>> from graph.store import new_dataset
    >>> evidence_records(new_dataset())
    []
    """
    from graph.project import evidence_records as records

    with _speaking(lang):
        return records(dataset, at=at, between=between, as_of=as_of, min_confidence=min_confidence,
                       predicates=predicates, include_mentions=include_mentions, timeout=timeout)


def write_network_page(dataset, path, *, lang: str | None = None, **view) -> Path:
    """Write the network page (one HTML file that works offline and may be put in an ``<iframe>``)
    of a view of ``dataset`` to ``path``; returns the path. ``view``: ``focus="EZK"``,
    ``depth``, ``ministry``, ``types``, ``at``, ``as_of``, ``between``, ``query`` (SPARQL),
    ``title``, ``seed`` … as ``g40kg viz`` takes them; ``lang`` is also the page's language.

    >>> import pathlib, tempfile
    >>> from graph.store import new_dataset
    >>> page = write_network_page(new_dataset(), pathlib.Path(tempfile.mkdtemp()) / "netwerk.html", lang="en")
    >>> page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    from viz import write_network_page as write

    with _speaking(lang):
        return write(dataset, path, lang=_language(lang), **view)


def export(dataset, format: str = "facts", *, at: str | None = None,  # noqa: A002 - g40kg export --format
           between: tuple[str, str] | None = None, as_of: str | None = None, document: str | None = None,
           excel: bool = False, lang: str | None = None) -> str | bytes:
    """The whole graph (or a period of it, or one ``document``) in ``format``, as ``g40kg export``
    writes it: "facts" (JSON Lines, one fact per line; its fields are a contract:
    ``docs/gold-format.md``), "csv", "turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml",
    "graphml" or "gexf".

    >>> from graph.store import new_dataset
    >>> export(new_dataset(), "facts")
    ''
    >>> export(new_dataset(), "png", lang="en")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: unknown export format 'png'; choose one of facts, turtle, trig, nquads, jsonld, ntriples, rdfxml, graphml, gexf, csv
    """
    from graph.export import export as write

    with _speaking(lang):
        return write(dataset, format, excel=excel, at=at, between=between, as_of=as_of, document=document)



def diff(old, new=None, *, engine: str = "oxigraph", lang: str | None = None) -> dict:
    """What changed from the build ``old`` to the build ``new`` (default: ``G40KG_GRAPH``, else ``.g40kg``),
    as ``g40kg diff --format json`` gives it: a dict of lists of facts (dicts with ``subject``,
    ``predicate``, ``role``, ``object``, their IRIs, ``document`` …) — ``added``, ``removed``, ``changed``
    (a period changed in a document: ``period_before``, ``period_after``), ``ended`` (a new document says
    a known fact is over: ``until``), ``merged``, ``retyped``, ``split``, ``iri_changed`` — and, between
    two graph folders, ``documents`` (``new``, ``changed``, ``removed``, ``renamed``). Each side is a graph
    folder (keep last year's: ``cp -r .g40kg graaf-2025``) or a facts export (``export(ds, "facts")``
    written to a file; without the hand corrections).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Breda neemt deel aan de City Deal Zicht op Ondermijning.", encoding="utf-8")
    >>> _ = build([folder / "a.txt"], folder / "vorig-jaar", lang="en")
    >>> _ = (folder / "b.txt").write_text("Tilburg neemt deel aan de City Deal Zicht op Ondermijning.", encoding="utf-8")
    >>> _ = build([folder / "a.txt", folder / "b.txt"], folder / "dit-jaar", lang="en")
    >>> changes = diff(folder / "vorig-jaar", folder / "dit-jaar")
    >>> [(f["subject"], f["predicate"], f["object"], f["document"]) for f in changes["added"]], changes["removed"]
    ([('Tilburg', 'participatesIn', 'City Deal Zicht op Ondermijning', 'b')], [])
    >>> changes["documents"]["new"]
    ['b']
    """
    from graph.build_diff import compare_builds
    from graph.errors import GraphMissingError

    with _speaking(lang):
        new_path = _graph_folder(new)
        if new is None and not (new_path / "manifest.json").exists():
            raise GraphMissingError(new_path)
        return compare_builds(old, new_path, engine)
