"""Commands: query, questions, ask, collaborators, entity, search, path, rank, communities, brokers.

Thin: each command parses options, calls one library function (:mod:`graph.query`,
:mod:`graph.shortcuts`, :mod:`graph.names`, :mod:`graph.project`, :mod:`graph.analysis`) and
renders the rows with :func:`graph.cli.output.render` (``--format table|csv|tsv|json|markdown``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..docdate import period_text
from ..headings import YES, headings
from .base import cli, echo_err, pass_settings, translate_errors
from .output import TABLE_FORMATS, render

TEXTS = {
    "nl": {
        "no_rows": "(geen resultaten)",
        "only_alike": "Niets gevonden met precies {text!r}; wat er het meest op lijkt:",
        "matrix_title": "Samenwerkingen actor × ministerie (aantal documenten)",
        "collab_title": "Samenwerkingen met {label}",
        "no_collab": "Geen samenwerkingen met {label} gevonden.",
        "not_then": "{label} bestond van {start} tot {end}.",
        "path_title": "Verbinding {a} → {b} ({steps})",
        "path_step": "1 stap",
        "path_steps": "{n} stappen",
        "path_same": "{a!r} en {b!r} noemen dezelfde entiteit ({label}); geef twee verschillende entiteiten",
        "modularity": "modulariteit {q:.3f}, {n} gemeenschappen",
        "entity_title": "{label} ({type}) {iri}",
        "aliases": "ook genoemd",
        "mentioned_in": "Genoemd in {count} document(en):",
        "access_header": "# Inzage: {name}\n\nOpgesteld op {today} uit de graaf {graph} (gebouwd {built}, "
                         "{documents} documenten). Feiten met hun bewijs, daarna elk document dat de persoon noemt, "
                         "met de zinnen waarin de naam staat.",
        "texts_only": "Geen entiteit '{name}' in de graaf; de naam staat in de brontekst van {count} document(en):",
        "search_texts_alone": "--search-texts hoort bij --mentions.",
        "curated": "gecureerd",
        "curation_note": "toelichting",
        "query_twice": "geef de query als argument of met -f, niet allebei",
        "no_query": "geen query: geef SPARQL als argument, met -f BESTAND of op stdin",
        "format_kind": "--format {fmt} past niet bij een {kind}-query; kies uit {choices}",
        "undated_mark": "{label} (zonder datum)",
        "one_day": "Tip: een feit zonder eigen periode geldt op de datum van zijn document; --at {year} zoekt in "
                   "heel {year}, --between in een periode, --as-of {day} geeft de laatst bekende stand op die dag "
                   "(bijv. wie toen voorzitter was).",
        "brokers_title": "Makelaars tussen ministeries en gemeenten (score: het deel van de kortste verbindingen "
                         "tussen een ministerie en een gemeente dat via de knoop loopt, 0–1)",
        "name_then": "{label} (toen {name})",
        "more": "+{n} meer",
        "path_more": "Bij een stap met meer dan {n} citaten staan de eerste {n}; --all-quotes toont ze allemaal.",
        "path_years": "Let op: de stappen komen uit {first} tot {last}; --at of --between zoekt een verbinding "
                      "binnen één periode.",
        "update_not_saved": "Uitgevoerd op een kopie in het geheugen; de opgeslagen graaf is niet gewijzigd. Een "
                            "correctie die blijft hoort in een correctiebestand (g40kg build --curated MAP).",
    },
    "en": {
        "no_rows": "(no results)",
        "only_alike": "Nothing found with exactly {text!r}; what resembles it most:",
        "matrix_title": "Collaborations actor × ministry (number of documents)",
        "collab_title": "Collaborations with {label}",
        "no_collab": "No collaborations with {label} found.",
        "not_then": "{label} existed from {start} until {end}.",
        "path_title": "Connection {a} → {b} ({steps})",
        "path_step": "1 step",
        "path_steps": "{n} steps",
        "path_same": "{a!r} and {b!r} name the same entity ({label}); give two different entities",
        "modularity": "modularity {q:.3f}, {n} communities",
        "entity_title": "{label} ({type}) {iri}",
        "aliases": "also called",
        "mentioned_in": "Mentioned in {count} document(s):",
        "access_header": "# Access request: {name}\n\nMade on {today} from the graph {graph} (built {built}, "
                         "{documents} documents). Facts with their evidence, then each document that names the "
                         "person, with the sentences that hold the name.",
        "texts_only": "No entity '{name}' in the graph; the name is in the source text of {count} document(s):",
        "search_texts_alone": "--search-texts goes with --mentions.",
        "curated": "curated",
        "curation_note": "note",
        "query_twice": "give the query as an argument or with -f, not both",
        "no_query": "no query: give SPARQL as an argument, with -f FILE or on stdin",
        "format_kind": "--format {fmt} does not fit {kind} queries; choose from {choices}",
        "brokers_title": "Brokers between ministries and municipalities (score: the share of the shortest "
                         "connections between a ministry and a municipality that run through the node, 0–1)",
        "name_then": "{label} (then {name})",
        "more": "+{n} more",
        "path_more": "A step with more than {n} quotes shows the first {n}; --all-quotes shows them all.",
        "path_years": "Note: the steps come from {first} to {last}; --at or --between looks for a connection "
                      "within one period.",
        "undated_mark": "{label} (undated)",
        "one_day": "Tip: a fact without a period of its own holds on its document's date; --at {year} looks in all "
                   "of {year}, --between in a period, --as-of {day} gives the last known state on that day "
                   "(e.g. who was chair then).",
        "update_not_saved": "Run on a copy in memory; the stored graph is unchanged. A correction that lasts goes "
                            "in a corrections file (g40kg build --curated FOLDER).",
    },
}


def _t(settings, key: str, **values) -> str:
    return TEXTS.get(settings.lang, TEXTS["nl"])[key].format(**values)


# ----------------------------------------------------------------------------- shared options


def format_option(func):
    return click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True,
                        help="Uitvoerformaat.")(func)


def timeout_option(func):
    return click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
                        help="Breek af na zoveel seconden.")(func)


#: the help of --as-of (also viz's)
AS_OF_HELP = ("Laatst bekende stand op DATUM (een jaar of maand: de laatste dag ervan): feiten die vóór of op die datum "
              "zijn gemeld (of waarvan de tekst zegt sinds wanneer) en waarvan geen toen gemelde tekst zegt dat ze vóór "
              "die datum zijn geëindigd (een opvolger, eigen einde of vertrek uit een later document telt nog niet); "
              "een feit geldt dus tot een document het einde noemt, ook een nieuwsbericht van jaren "
              "eerder, en wat een jaarverslag over zijn jaar meldt ('in 2023 werkte de G40 samen met BZK') geldt als "
              "gemeld, niet als geëindigd na dat jaar.")


def time_options(func):
    func = click.option("--as-of", "as_of", metavar="DATUM", default=None, help=AS_OF_HELP)(func)
    func = click.option("--between", nargs=2, metavar="VAN TOT", default=None,
                        help="Alleen feiten die deze periode overlappen (JJJJ-MM-DD, JJJJ-MM of JJJJ).")(func)
    return click.option("--at", metavar="DATUM", default=None, help="Alleen feiten die op deze datum gelden (een jaar of maand: in die periode).")(func)


class _Confidence(click.FloatRange):
    """A number from 0 to 1; outside that, the message of ``-p min_confidence=`` (:func:`graph.questions.to_confidence`)."""

    def __init__(self):
        super().__init__(0, 1)

    def convert(self, value, param, ctx):
        from ..errors import InputError
        from ..questions import to_confidence

        click.FLOAT.convert(value, param, ctx)  # not a number at all: click says so
        try:
            return to_confidence(value)
        except InputError as error:
            raise click.UsageError(str(error), ctx) from None


def confidence_option(func):
    return click.option("--min-confidence", type=_Confidence(), default=None,
                        help="Alleen bewijs met minstens deze zekerheid (0–1).")(func)


def fact_listing(func):
    """The options of every command that lists facts, plus settings and error translation."""
    for decorate in (translate_errors, pass_settings, timeout_option, format_option, confidence_option, time_options):
        func = decorate(func)
    return func


def _window(at, between, as_of=None):
    from ..timefilter import TimeWindow

    return TimeWindow(at=at, between=tuple(between) if between else None, as_of=as_of)


def _existence_outside(dataset, ministry: str, window) -> tuple | None:
    """(first, last) day of a ministry's names (:func:`graph.timefilter.ministry_periods`) where ``window``
    lies wholly outside them, else None: "KGG" asked ``--at 2019`` existed from 2024-07-02 to 2026-02-22."""
    from ..timefilter import ministry_periods

    spans = ministry_periods(dataset).get(str(ministry)) or []
    if not window or not spans:
        return None
    first = None if any(start is None for start, _, _ in spans) else min(start for start, _, _ in spans)
    last = None if any(end is None for _, end, _ in spans) else max(end for _, end, _ in spans)
    start, end = (window.as_of, window.as_of) if window.as_of else (window.start, window.end)
    if (last is not None and start > last[:10]) or (first is not None and end < first[:10]):
        return first and first[:10], last and last[:10]
    return None


def _one_day_tip(settings, window) -> None:
    """After an empty answer for one day (``--at 2021-06-01``): most facts hold on one day only."""
    if window is not None and window.at:
        click.echo(_t(settings, "one_day", year=window.at[:4], day=window.at))


def _echo(text: str) -> None:
    click.echo(text, nl=False)


def _emit(settings, columns, rows, fmt, *, title=None, own_columns: bool = False, window=None):
    """Print ``rows``; the headings of a table are Dutch in Dutch unless the columns are the
    user's own (``own_columns``: the variables of a query). An empty table under a one-day
    ``window`` says how to look in a longer time."""
    if fmt == "table" and title:
        click.echo(title)
    if fmt == "table" and not rows:
        click.echo(_t(settings, "no_rows"))
        _one_day_tip(settings, window)
        return
    if fmt in ("table", "markdown") and not own_columns:
        rows = _as_read(rows, settings.lang)
    _echo(render(columns, rows, fmt, shown=None if own_columns else headings(columns, settings.lang)))


def _curated_cells(rows: list[dict], ministries: list[str], word: str) -> list[dict]:
    """Matrix rows for reading: a cell that only a correction fills (0 documents) says "gecureerd"
    instead of a 0 that reads as "no collaboration"; scripts' formats keep the count.

    >>> _curated_cells([{"actor": "G40", "EZK": 0, "BZK": 2, "curated": ["EZK"]}], ["EZK", "BZK"], "gecureerd")
    [{'actor': 'G40', 'EZK': 'gecureerd', 'BZK': 2, 'curated': ['EZK']}]
    """
    return [{**row, **{m: word for m in ministries if m in row["curated"] and not row.get(m)}} for row in rows]


def _as_read(rows: list[dict], lang: str) -> list[dict]:
    """``rows`` as people read a table: true shown as "ja" ("yes") and false left empty (a table's
    ``vroeger`` column), a fact's direction as an arrow from the entity asked about ("→": it is the
    subject; "←": the other is) instead of the words out/in; JSON, CSV and a query's own variables
    keep the values programs read. In English a role is the English word where one is known
    (``data/gazetteer/role_labels_en.csv``).

    >>> _as_read([{"past": True, "end": None, "direction": "out"}, {"past": False, "direction": "in"}], "nl")
    [{'past': 'ja', 'end': None, 'direction': '→'}, {'past': '', 'direction': '←'}]
    >>> _as_read([{"role": "voorzitter"}, {"role": "trekker"}], "en"), _as_read([{"role": "voorzitter"}], "nl")
    ([{'role': 'chair'}, {'role': 'lead'}], [{'role': 'voorzitter'}])
    """
    from viz.render import UI_TEXT

    from ..role_labels import role_label

    shown = {True: YES[lang], False: ""}
    names = {**{k: UI_TEXT[lang]["relation_names"] for k in _RELATION_COLUMNS},
             **{k: UI_TEXT[lang]["type_names"] for k in _TYPE_COLUMNS}}
    return [{k: (shown[v] if isinstance(v, bool) else _ARROWS.get(v, v) if k == "direction"
                 else role_label(v, lang) if k == "role"
                 else names[k].get(v, v) if k in names and isinstance(v, str) else v)
             for k, v in row.items()} for row in rows]


#: columns of a relation's or a class's name: in words in a table people read ("affiliatedWith" →
#: "verbonden aan", "Municipality" → "Gemeente"); JSON, CSV and TSV keep the names programs read
_RELATION_COLUMNS = ("relation", "predicate")
_TYPE_COLUMNS = ("type", "otherType", "memberType", "actorType")


#: a fact's direction seen from the entity asked about
_ARROWS = {"out": "→", "in": "←"}


# ----------------------------------------------------------------------------- query

GRAPH_FORMATS = ("turtle", "nquads", "jsonld")
_KIND_NAMES = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT/DESCRIBE", "update": "UPDATE"}


@cli.command("query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Lees de query uit een bestand.")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS + GRAPH_FORMATS), default=None,
              help="table|csv|tsv|json|markdown voor SELECT/ASK; turtle|nquads|jsonld voor CONSTRUCT/DESCRIBE.")
@timeout_option
@click.option("--allow-update", is_flag=True, help="Sta SPARQL Update toe (wijzigt een kopie in het geheugen; WHERE ziet de graven zoals opgeslagen: gebruik GRAPH ?g).")
@click.option("--prefixes", "list_prefixes", is_flag=True, help="Toon de gedeclareerde prefixen met hun IRI en stop.")
@pass_settings
@translate_errors
def query_command(settings, sparql, path, fmt, timeout, allow_update, list_prefixes):
    """Voer een SPARQL-query uit; de projectprefixen zijn al gedeclareerd: {prefixes}
    (hun IRI's: --prefixes). Een entiteit noem je met haar volledige IRI:
    <https://w3id.org/g40kg/id/ministry/mnre1045> (een '/' kan niet in g40id:…).

    De query komt uit het argument, uit een bestand (-f) of van stdin.

    \b
    Voorbeelden:
        g40kg query 'SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label }'
        g40kg questions members > leden.rq && g40kg query -f leden.rq --format csv
    """
    from ..errors import read_utf8
    from ..query import result_kind, run_sparql, term_value

    if list_prefixes:
        from ..vocab import PREFIXES

        rows = [{"prefix": prefix, "iri": str(namespace)} for prefix, namespace in PREFIXES.items()]
        _emit(settings, ["prefix", "iri"], rows, fmt if fmt in TABLE_FORMATS else "table", own_columns=True)
        return
    if path is not None and sparql is not None:
        raise click.UsageError(_t(settings, "query_twice"))
    if path is None and sparql is None and sys.stdin.isatty():  # nothing piped in: do not wait for typing
        raise click.UsageError(_t(settings, "no_query"))
    text = read_utf8(path) if path else sparql if sparql is not None else sys.stdin.read()
    if not text.strip():
        raise click.UsageError(_t(settings, "no_query"))
    kind = result_kind(text, timeout=timeout)  # checked before the query runs (an update must not run, then fail)
    fits = GRAPH_FORMATS if kind == "graph" else TABLE_FORMATS
    if fmt is not None and fmt not in fits:
        raise click.UsageError(_t(settings, "format_kind", fmt=fmt, kind=_KIND_NAMES[kind], choices=", ".join(fits)))
    dataset = settings.load(in_memory=allow_update and kind == "update")
    result = run_sparql(dataset, text, timeout=timeout, allow_update=allow_update)
    if result.kind == "graph":
        graph_format = fmt or "turtle"
        serializer = {"jsonld": "json-ld", "nquads": "nt"}.get(graph_format, graph_format)  # one graph: N-Quads = N-Triples
        data = result.graph.serialize(format=serializer)
        _echo(data if data.endswith("\n") else data + "\n")
        return
    fmt = fmt or "table"
    if result.kind == "ask":
        _echo(render([], [], fmt, boolean=result.boolean))
        if kind == "update":
            echo_err(_t(settings, "update_not_saved"))
        return
    rows = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    _emit(settings, result.columns, rows, fmt, own_columns=True)


def _with_prefix_list(command: click.Command) -> click.Command:
    """``command`` whose help names the project prefixes, from the one table (:data:`graph.vocab.PREFIXES`)."""
    from ..vocab import prefix_list
    from .help_en import COMMANDS

    command.help = command.help.replace("{prefixes}", prefix_list())
    COMMANDS[command.name]["help"] = COMMANDS[command.name]["help"].replace("{prefixes}", prefix_list())
    return command


_with_prefix_list(query_command)


# ----------------------------------------------------------------------------- named questions


@cli.command("questions")
@click.argument("name", required=False)
@click.option("--oxigraph", is_flag=True,
              help="De SPARQL zoals g40kg hem op Oxigraph stelt, met LATERAL (andere stores kennen dat niet).")
@format_option
@pass_settings
@translate_errors
def questions_command(settings, name, oxigraph, fmt):
    """Toon de benoemde vragen met hun parameters; met een naam de SPARQL van die vraag,
    als begin van een eigen query: SPARQL 1.1 met de PREFIX-regels die hij gebruikt, voor
    elke store (met --oxigraph: de vorm met LATERAL die g40kg op Oxigraph stelt).

    \b
    Voorbeelden:
        g40kg questions
        g40kg questions collaborations-matrix > matrix.rq && g40kg query -f matrix.rq
        g40kg ask collaborations-with-ministry --param ministry=EZK
    """
    from ..questions import get_question, load_questions, shareable_text

    if name is not None:
        question = get_question(name)
        text = shareable_text(question, oxigraph=oxigraph)
        if fmt == "json":
            _echo(render(["name", "title", "sparql"], [{"name": question.name, "title": question.title_in(settings.lang),
                                                        "sparql": text}], fmt))
        else:
            _echo(text if text.endswith("\n") else text + "\n")
        return
    rows = []
    for name, question in load_questions().items():
        parameters = [f"{p.name}:{p.type}" + ("!" if p.required else "") + (f"={p.default}" if p.default else "")
                      for p in question.parameters]
        rows.append({"name": name, "title": question.title_in(settings.lang),
                     "parameters": ", ".join(parameters) if fmt != "json" else parameters,
                     "description": question.description_in(settings.lang)})
    columns = ["name", "title", "parameters"] if fmt == "table" else ["name", "title", "parameters", "description"]
    _emit(settings, columns, rows, fmt)


def _parse_params(values) -> dict:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: gebruik naam=waarde / use name=value", param_hint="--param")
        if key.strip() in params:
            raise click.BadParameter(f"{key.strip()!r}: twee keer gegeven / given twice", param_hint="--param")
        params[key.strip()] = value
    if params.get("from") and params.get("until") and params["from"].strip() > params["until"].strip():
        raise click.BadParameter(f"from {params['from']} ligt na until {params['until']} / is after until",
                                 param_hint="--param")
    return params


@cli.command("ask")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAAM=WAARDE", help="Parameter van de vraag (herhaalbaar).")
@time_options
@confidence_option
@format_option
@timeout_option
@click.option("--all-columns", is_flag=True, help="Toon ook de IRI-kolommen in de tabel.")
@pass_settings
@translate_errors
def ask_command(settings, name, params, at, between, as_of, min_confidence, fmt, timeout, all_columns):
    """Beantwoord een benoemde vraag (zie 'g40kg questions').

    Parameters worden als RDF-termen gebonden, nooit als tekst in de query geplakt.

    \b
    Voorbeelden:
        g40kg ask collaborations-with-ministry --param ministry=EZK
        g40kg ask unit-role-timeline -p "unit=pijler Economie en Werk" --at 2021-06-01
        g40kg ask g40-cities-programmes --as-of 2025-06-01   # de laatst bekende stand op die dag
    """
    from ..shortcuts import question_rows
    from ..timefilter import undated_shown

    window = _window(at, between, as_of)
    question, rows = question_rows(settings.load(), name, _parse_params(params), window=window,
                                   min_confidence=min_confidence, timeout=timeout)
    columns = list(rows[0]) if rows else list(question.columns)
    if fmt in ("table", "markdown") and question.columns and not all_columns:
        columns = list(question.columns)
    if fmt in ("table", "markdown"):
        rows = _marked(settings, rows, columns)
        columns, rows = undated_shown(columns, rows, bool(window), settings.lang)
    _emit(settings, columns, rows, fmt, title=question.title_in(settings.lang), window=window)


def _marked(settings, rows: list[dict], columns: list[str]) -> list[dict]:
    """``rows`` with each fact added by hand (``curated`` true) marked "gecureerd (file:line; toelichting: …)"
    in its quote column (else its documentId column), where an extracted fact has its quote."""
    where = next((c for c in ("quote", "documentId") if c in columns), None)
    if where is None:
        return rows
    return [{**row, where: _evidence_text(settings, row)} if row.get("curated") is True else row for row in rows]


# ----------------------------------------------------------------------------- shortcuts


@cli.command("collaborators")
@click.argument("ministry", required=False)
@fact_listing
def collaborators_command(settings, ministry, at, between, as_of, min_confidence, fmt, timeout):
    """Wie werkt samen met welk ministerie: zonder argument de matrix actor × ministerie,
    met een ministerie (afkorting of naam, hoofdletters maken niet uit) de actoren met citaten.

    \b
    Voorbeelden:
        g40kg collaborators
        g40kg collaborators EZK --at 2021-06-01
        g40kg collaborators EZK --as-of 2024            # voor zover de documenten zeggen, eind 2024
        g40kg collaborators "Binnenlandse Zaken en Koninkrijksrelaties" --format json
    """
    from ..shortcuts import collaboration_dates, collaboration_matrix, collaborators, ministry_heading

    window = _window(at, between, as_of)
    dataset = settings.load()
    if ministry is None:
        matrix = collaboration_matrix(dataset, window=window, min_confidence=min_confidence, timeout=timeout)
        columns = ["actor", "actorType", *matrix["ministries"], "total"]
        rows = matrix["rows"]
        if any(row["curated"] for row in rows):
            columns.append("curated")  # the ministries for which a curation (data/curated/) says so
            if fmt in ("table", "markdown"):
                rows = _curated_cells(rows, matrix["ministries"], _t(settings, "curated"))
        if window and any(row["undated"] for row in rows):
            columns.append("undated")  # the ministries whose count holds facts with no time at all
        if fmt in ("table", "markdown") and not window:  # people read a column as the ministry over time
            dates = collaboration_dates(dataset, timeout=timeout)
            shown = {label: ministry_heading(dataset, iri, label, dates.get(iri, ()))
                     for label, iri in matrix["iris"].items()}
            columns = [shown.get(column, column) for column in columns]
            rows = [{shown.get(key, key): value for key, value in row.items()} for row in rows]
        _emit(settings, columns, rows, fmt, title=_t(settings, "matrix_title"), window=window)
        return
    found = collaborators(dataset, ministry, window=window, min_confidence=min_confidence, timeout=timeout)
    label = found["ministry"]["label"]
    if fmt == "json":
        rows = [{"ministry": label, **actor} for actor in found["actors"]]
        _echo(render(["ministry", "iri", "label", "type", "documents", "curations", "evidence"], rows, fmt))
        return
    rows = [
        {"actor": a["label"], "type": a["type"], "documents": a["documents"],
         "quotes": [_evidence_text(settings, e) for e in a["evidence"]]}
        for a in found["actors"]
    ]
    if not window:  # the ministry over time: "EZK (eerder EZ)"; at a date, the name of that date
        label = ministry_heading(dataset, found["ministry"]["iri"], label,
                                 [e for a in found["actors"] for e in a["evidence"]], also=ministry)
    existed = _existence_outside(dataset, found["ministry"]["iri"], window) if fmt == "table" else None
    then = existed and _t(settings, "not_then", label=label, start=existed[0] or "?", end=existed[1] or "?")
    if not rows and fmt == "table":
        click.echo(_t(settings, "no_collab", label=label))
        if then:  # "KGG --at 2019": asked outside its existence (round 39t)
            click.echo(then)
        _one_day_tip(settings, window)
        return
    _emit(settings, ["actor", "type", "documents", "quotes"], rows, fmt, title=_t(settings, "collab_title", label=label))
    if then:  # "VRO --as-of 2026-06-01": the last known state of a ministry that no longer existed then
        echo_err(then)


@cli.command("entity")
@click.argument("name")
@click.option("--mentions", is_flag=True,
              help="Noem ook elk document dat de entiteit vermeldt of haar naam bevat, met de zinnen waarin die "
                   "staat (voor een inzageverzoek).")
@click.option("--search-texts", is_flag=True,
              help="Zoek de naam (en in documenten die hem noemen de achternaam) ook in de brontekst, ook als er "
                   "geen entiteit van is gemaakt of die verwijderd is; met --mentions.")
@fact_listing
def entity_command(settings, name, mentions, search_texts, at, between, as_of, min_confidence, fmt, timeout):
    """Profiel van een entiteit: elk feit met zijn bewijs, gegroepeerd per relatie.

    Met --mentions volgt een tweede lijst: elk document dat de entiteit vermeldt (ook zonder feit),
    met titel, datum, aantal vermeldingen, de naam zoals die er staat en de zinnen van de tekst
    met een van de namen (ook "de heer/mevrouw" + achternaam, ook waar de extractie niemand
    herkende; de achternaam alleen in documenten die de persoon noemen; de citaten van haar
    feiten). Samen het antwoord op een inzageverzoek (AVG art. 15); met --format markdown begint
    het met een kop (wie, wanneer, welke graaf). --search-texts antwoordt ook voor een naam die
    geen entiteit is (nooit gemaakt, of verwijderd): de zinnen uit de brontekst. Zie docs/privacy.md.
    De tabel is breed (de citaten): in een smal venster of met een schermlezer leest --format
    markdown beter, zonder uitlijning.

    \b
    Voorbeelden:
        g40kg entity Breda
        g40kg entity Breda --format markdown
        g40kg entity "pijler Economie en Werk" --format json
        g40kg entity "pijler Economie en Werk" --as-of 2025-01-01   # wie nu welke rol heeft
        g40kg entity "Anna de Vries" --mentions --format markdown > inzage.md
        g40kg entity "Anna de Vries" --mentions --search-texts   # ook zonder entiteit
    """
    from ..shortcuts import entity_profile
    from ..timefilter import undated_shown

    window = _window(at, between, as_of)
    dataset = settings.load()
    if search_texts and not mentions:
        raise click.UsageError(_t(settings, "search_texts_alone"))
    if mentions and fmt == "markdown":
        click.echo(_access_header(settings, name) + "\n")
    if search_texts:
        from ..errors import UnknownName

        try:
            profile = entity_profile(dataset, name, window=window, min_confidence=min_confidence, timeout=timeout)
        except UnknownName:  # not an entity (never made, or removed): the source texts only
            _texts_only(settings, name, fmt)
            return
    else:
        profile = entity_profile(dataset, name, window=window, min_confidence=min_confidence, timeout=timeout)
    if mentions:
        profile["mentioned_in"] = _mentioned_in(settings, dataset, profile["iri"], profile["relations"])
    rows = [{"relation": relation, **fact} for relation, facts in profile["relations"].items() for fact in facts]
    columns = ["relation", "direction", "otherLabel", "otherType", "role", "start", "end", "endedBy", "past",
               "confidence", "quote", "documentId"]
    if fmt == "json":
        _echo(render(["iri", "label", "type", "names", "relations", "curation"] + (["mentioned_in"] if mentions else []),
                     [profile], fmt))
        return
    rows = _marked(settings, rows, columns)
    columns, rows = undated_shown(columns, rows, bool(window), settings.lang)
    label = profile["label"]
    if profile["type"] == "Ministry" and not window:  # the ministry over time: "EZK (eerder EZ)"
        from ..shortcuts import ministry_heading

        label = ministry_heading(settings.load(), profile["iri"], label, rows)
    title = _t(settings, "entity_title", label=label, iri=profile["iri"],
               type=_as_read([{"type": profile["type"]}], settings.lang)[0]["type"])
    aliases = [n for n in profile["names"] if n.casefold() != profile["label"].casefold()]  # not the label again
    if fmt == "table":
        from ..curation_log import rule_text

        title += f"\n{_t(settings, 'aliases')}: {', '.join(aliases)}" if aliases else ""
        title += "".join(f"\n{_t(settings, 'curated')}: {rule_text(rule, settings.lang)}" for rule in profile["curation"])
        title += "\n"
    _emit(settings, columns, rows, fmt, title=title, window=window)
    if mentions:
        documents = [dict(d, as_written="; ".join(d["as_written"]), sentences=" / ".join(d["sentences"]))
                     for d in profile["mentioned_in"]]
        if fmt in ("table", "markdown"):
            click.echo("\n" + _t(settings, "mentioned_in", count=len(documents)))
            if fmt == "markdown":
                click.echo()
        _emit(settings, ["documentId", "title", "date", "mentions", "as_written", "sentences"], documents, fmt)


def _access_header(settings, name: str) -> str:
    """The head of an access request's answer in Markdown: who, when, which graph, which documents."""
    import datetime

    from ..disk_layout import read_manifest

    manifest = {} if settings.endpoint else read_manifest(settings.graph_path)
    return _t(settings, "access_header", name=name, today=datetime.date.today().isoformat(),
              graph=settings.endpoint or settings.graph_path, built=manifest.get("built") or "?",
              documents=len(manifest.get("documents") or []))


def _texts_only(settings, name: str, fmt: str) -> None:
    """The answer of ``entity NAME --mentions --search-texts`` for a name that is no entity: each
    document whose source text holds the name (or "de heer/mevrouw" + surname; the bare surname
    where the full name occurs), with its sentences."""
    from ..curate import addressed_names
    from ..disk_layout import read_manifest
    from ..privacy import surnames
    from ..shortcuts import named_in_texts

    family = surnames([name])
    names = {name} | addressed_names(family)
    texts = {} if settings.endpoint else named_in_texts(settings.graph_path, names, family)
    entries = {e.get("id"): e for e in (read_manifest(settings.graph_path) if not settings.endpoint else {})
               .get("documents") or []}
    documents = sorted(({"documentId": id_, "title": entries[id_].get("title") or "",
                         "date": entries[id_].get("date") or "", "mentions": 0, "as_written": "",
                         "sentences": " / ".join(found)} for id_, found in texts.items()),
                       key=lambda d: (d["date"], d["documentId"]))
    if fmt in ("table", "markdown"):
        click.echo(_t(settings, "texts_only", name=name, count=len(documents)))
        if fmt == "markdown":
            click.echo()
    _emit(settings, ["documentId", "title", "date", "mentions", "as_written", "sentences"], documents, fmt)


def _mentioned_in(settings, dataset, iri, relations=None) -> list[dict]:
    """The documents that mention ``iri`` (:func:`graph.shortcuts.entity_mentions`), each with
    ``sentences``: those of its text that hold one of the entity's names (in a document that names a
    person also the bare surname), and the quotes of its facts (``relations`` of its profile) that
    are not among them; a document whose text
    names it without a mention the extractor made is listed too (0 mentions). The texts are read
    from the sources of a local graph only (not through --endpoint)."""
    from rdflib import URIRef

    from ..curate import entity_names, entity_surnames
    from ..disk_layout import read_manifest
    from ..shortcuts import entity_mentions, named_in_texts

    listed = entity_mentions(dataset, iri)
    known = {d["documentId"] for d in listed}
    texts = {} if settings.endpoint else named_in_texts(settings.graph_path, entity_names(dataset, URIRef(iri)),
                                                         entity_surnames(dataset, URIRef(iri)), known)
    for fact in (f for rows in (relations or {}).values() for f in rows):  # the quotes of its own facts
        said = texts.setdefault(fact.get("documentId") or "", [])
        if fact.get("quote") and fact.get("documentId") and not any(
                " ".join(fact["quote"].split()) in sentence for sentence in said):
            said.append(" ".join(fact["quote"].split()))
    manifest = {} if settings.endpoint else read_manifest(settings.graph_path)
    for entry in manifest.get("documents") or []:
        if entry.get("id") in texts and entry["id"] not in known:
            listed.append({"documentId": entry["id"], "title": entry.get("title") or "", "date": entry.get("date") or "",
                           "mentions": 0, "as_written": []})
    listed.sort(key=lambda d: (d["date"], d["documentId"]))
    return [dict(d, sentences=texts.get(d["documentId"], [])) for d in listed]


@cli.command("search")
@click.argument("text", metavar="TEKST")
@click.option("--type", "type_", default=None, help="Alleen dit type (Person, Ministry, Municipality …).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Toon hoogstens zoveel treffers.")
@format_option
@pass_settings
@translate_errors
def search_command(settings, text, type_, limit, fmt):
    """Zoek entiteiten op naam of alias (niet-exact: tikfouten en delen van namen vinden ook).

    \b
    Voorbeelden:
        g40kg search "economische zaken"
        g40kg search meekels --type Person
    """
    from ..names import search_entities

    if type_ is not None:  # any case, English or Dutch, like --type elsewhere; an unknown one is an error
        type_ = (_types([type_]) or [None])[0]
    hits = search_entities(settings.load(), text, type_=type_, limit=limit)
    title = _t(settings, "only_alike", text=text) if hits and hits[0]["score"] < NAMED_SCORE else None
    _emit(settings, ["label", "type", "matched", "score", "iri"], hits, fmt, title=title)


#: the lowest score of a name that is the text, holds it as words or has a word beginning with it
#: (graph.names.search_entities); below it a hit only resembles the text
NAMED_SCORE = 0.85


# ----------------------------------------------------------------------------- network analytics


#: the help of --dated-only (also viz's)
DATED_ONLY_HELP = ("Laat feiten zonder enige datum weg (een document zonder datum, een correctie zonder periode): "
                   "elke --at/--between/--as-of houdt ze anders, en hun knopen heten dan '… (zonder datum)'.")


def _remember_dated_only(ctx, _param, value):
    ctx.meta["g40kg.dated_only"] = value


def dated_only_option(func):
    return click.option("--dated-only", is_flag=True, expose_value=False, callback=_remember_dated_only,
                        help=DATED_ONLY_HELP)(func)


def projection_options(func):
    func = click.option("--include-mentions", is_flag=True, help="Tel ook vermeldingen (document → entiteit) mee.")(func)
    return dated_only_option(confidence_option(time_options(func)))


def _projected(settings, at, between, as_of, min_confidence, include_mentions, timeout=None):
    """The projection the network commands read; under a window a node only facts with no time at
    all bring in is named "… (zonder datum)", and ``--dated-only`` leaves those facts out."""
    from ..project import to_networkx

    dated_only = bool(click.get_current_context().meta.get("g40kg.dated_only"))
    graph = to_networkx(settings.load(), include_mentions=include_mentions, at=at,
                        between=tuple(between) if between else None, as_of=as_of, min_confidence=min_confidence,
                        timeout=timeout, dated_only=dated_only)
    for _node, data in graph.nodes(data=True):
        if data.get("undated"):
            data["label"] = _t(settings, "undated_mark", label=data["label"])
    return graph


def _types(names) -> list[str]:
    """Type names in English or Dutch, any case; an unknown one is a one-line error with the choices."""
    from viz.views import parse_types

    return parse_types(names)


@cli.command("path")
@click.argument("source")
@click.argument("target")
@click.option("--via-type", "via_types", multiple=True,
              help="Alleen via knopen van dit type (herhaalbaar), bijv. --via-type OrganisationalUnit.")
@click.option("--all-quotes", is_flag=True,
              help="Toon elk citaat van een stap (standaard de eerste 3 en hoeveel er meer zijn; JSON geeft ze altijd allemaal).")
@projection_options
@format_option
@pass_settings
@translate_errors
def path_command(settings, source, target, via_types, all_quotes, at, between, as_of, min_confidence, include_mentions, fmt):
    """Kortste verbinding tussen twee entiteiten, elke stap met zijn bewijs.

    \b
    Voorbeelden:
        g40kg path "René de Heer" EZK
        g40kg path "René de Heer" EZK --via-type OrganisationalUnit --format json
    """
    from ..analysis import connection
    from ..errors import G40Error, InputError
    from ..messages import msg
    from ..names import entity_index, resolve_entity

    _window(at, between, as_of)
    dataset = settings.load()
    a, b = (str(resolve_entity(dataset, name)) for name in (source, target))
    if a == b:  # no connection to find; 0 steps would look like an answer
        raise InputError(_t(settings, "path_same", a=source, b=target, label=entity_index(dataset)[a].label))
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    for iri in (a, b):
        if iri not in graph:  # named in the graph but in no fact: say its name, not its IRI
            raise G40Error(msg("analysis_not_in_graph", name=entity_index(dataset)[iri].label))
    found = connection(graph, a, b, via_types=_types(via_types) or None)
    labels = {n["id"]: n["label"] for n in found["nodes"]}

    def then(node: str, evidence: list[dict]) -> str:  # "LVVN (toen LNV)": the name the step's quotes use
        older = name_then(dataset, node, labels[node], evidence) if fmt != "json" else None  # scripts: the name
        return _t(settings, "name_then", label=labels[node], name=older) if older else labels[node]

    rows = [
        {"step": i + 1, "from": then(h["source"], h["evidence"]), "to": then(h["target"], h["evidence"]),
         "relations": h["predicates"],
         "documents": h["weight"],
         "evidence": _first_quotes(settings, [_evidence_text(settings, e) for e in h["evidence"]],
                                   None if all_quotes or fmt == "json" else PATH_QUOTES),
         "evidenceRecords": h["evidence"], "sourceIri": h["source"], "targetIri": h["target"]}
        for i, h in enumerate(found["hops"])
    ]
    if fmt == "json":
        _echo(render(["step", "sourceIri", "from", "targetIri", "to", "relations", "documents", "evidenceRecords"],
                     rows, fmt))
        return
    steps = _t(settings, "path_step" if len(rows) == 1 else "path_steps", n=len(rows))
    title = _t(settings, "path_title", a=labels[a], b=labels[b], steps=steps)
    _emit(settings, ["step", "from", "to", "relations", "documents", "evidence"], rows, fmt, title=title)
    if fmt == "table" and not all_quotes and any(len(h["evidence"]) > PATH_QUOTES for h in found["hops"]):
        click.echo(_t(settings, "path_more", n=PATH_QUOTES))
    apart = years_apart([h["evidence"] for h in found["hops"]])
    if fmt == "table" and apart and not (at or between or as_of):
        click.echo(_t(settings, "path_years", first=apart[0], last=apart[1]))


#: the quotes ``path`` shows of a step unless --all-quotes (one step of a real graph had 29)
PATH_QUOTES = 3


def _first_quotes(settings, quotes: list[str], limit: int | None) -> list[str]:
    """The first ``limit`` of a step's ``quotes`` and "+26 meer" for the rest; all of them for None."""
    if limit is None or len(quotes) <= limit:
        return quotes
    return quotes[:limit] + [_t(settings, "more", n=len(quotes) - limit)]


def name_then(dataset, node: str, label: str, evidence: list[dict]) -> str | None:
    """The name(s) a ministry had when the ``evidence`` of a step was written, where it is not ``label``
    (its name now): "LNV" for LVVN in a quote of 2021; None for every other node or time.

    >>> name_then(None, "urn:x", "Breda", [])
    """
    from ..timefilter import ministry_label_at

    names = {ministry_label_at(dataset, node, when, label)
             for when in (e.get("start") or e.get("date") for e in evidence) if when}
    return "/".join(sorted(names - {label})) or None


def years_apart(hops: list[list[dict]]) -> tuple[str, str] | None:
    """(year, later year) when the steps of a path (each a list of evidence records) cannot all come
    from one time: the latest year one step is known in lies two years or more before the earliest
    of another step. None when they can (or a step has no time).

    >>> years_apart([[{"date": "2018-09-12"}], [{"start": "2024-11-01"}, {"date": "2019-05-01"}]])
    >>> years_apart([[{"date": "2018-09-12"}], [{"start": "2024-11-01"}]])
    ('2018', '2024')
    """
    spans = []
    for evidence in hops:
        years = sorted(int(when[:4]) for when in (e.get("start") or e.get("date") for e in evidence)
                       if when and when[:4].isdigit())
        if not years:
            return None
        spans.append((years[0], years[-1]))
    first, last = min(end for _start, end in spans), max(start for start, _end in spans)
    return (str(first), str(last)) if last - first >= 2 else None


def _evidence_text(settings, record: dict) -> str:
    """One evidence record as text: the quote, its document and when the fact holds from (else the
    document's date), or for a fact added by hand "gecureerd (file:line; toelichting: …)"."""
    if not record.get("curated"):
        when = period_text(record.get("start"), record.get("end")) or record.get("date")
        return f"“{record['quote']}” ({record['document']}{', ' + when if when else ''})"
    where = [record["curation"] or ""]
    if record.get("note"):
        where.append(f"{_t(settings, 'curation_note')}: {record['note']}")
    return f"{_t(settings, 'curated')} ({'; '.join(w for w in where if w)})"


@cli.command("rank")
@click.option("--by", "measure", type=click.Choice(["degree", "betweenness", "pagerank"]), default="degree",
              show_default=True, help="Sorteer op deze maat.")
@click.option("--type", "types", multiple=True, help="Alleen knopen van dit type (herhaalbaar).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Toon zoveel knopen, de hoogste eerst.")
@projection_options
@format_option
@pass_settings
@translate_errors
def rank_command(settings, measure, types, top, at, between, as_of, min_confidence, include_mentions, fmt):
    """Centraalste actoren: degree, betweenness en PageRank (per type te filteren).

    \b
    Voorbeelden:
        g40kg rank --by betweenness --type Person --top 10
        g40kg rank --at 2024 --dated-only                 # 2024 zonder feiten die geen datum hebben
    """
    from ..analysis import rank

    _window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    scores = rank(graph, types=_types(types) or None)
    order = sorted(scores, key=lambda n: (-scores[n][measure], graph.nodes[n]["label"].lower(), n))[:top]
    rows = [{"label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"], **{k: round(v, 4) for k, v in scores[n].items()},
             **_explained(settings, graph, n, fmt), "iri": n} for n in order]
    _emit(settings, ["label", "type", "degree", "neighbours", "betweenness", "pagerank", "strongest", "iri"]
          + (["strongestIris"] if fmt == "json" else []), rows, fmt)


def _explained(settings, graph, node: str, fmt: str, *, top: int = 3) -> dict:
    """What explains a node's score: its number of neighbours and the ``top`` it shares the most documents
    with ("EZK, Zwolle, BZK +9 meer" in a table; a list of names and one of IRIs for scripts)."""
    from ..analysis import neighbour_summary

    summary = neighbour_summary(graph, [node], top=top)[node]
    names = [graph.nodes[o]["label"] for o in summary["strongest"]]
    if fmt == "json":
        return {"neighbours": summary["neighbours"], "strongest": names, "strongestIris": summary["strongest"]}
    rest = summary["neighbours"] - len(names)
    return {"neighbours": summary["neighbours"],
            "strongest": ", ".join(names) + (f" {_t(settings, 'more', n=rest)}" if rest > 0 else "")}


def _finite(value: float, param: click.Parameter) -> float:
    """``value``, unless it is not a number (click's ranges let 'nan' through)."""
    if value != value:  # NaN
        raise click.BadParameter("nan is not a number", param=param)
    return value


@cli.command("communities")
@click.option("--seed", type=int, default=42, show_default=True, help="Startwaarde voor de (Louvain-)toeval.")
@click.option("--resolution", type=click.FloatRange(min=0, min_open=True, max=1000), default=1.0, show_default=True,
              callback=lambda ctx, param, value: _finite(value, param),
              help="Hoger: meer, kleinere gemeenschappen (groter dan 0).")
@projection_options
@format_option
@pass_settings
@translate_errors
def communities_command(settings, seed, resolution, at, between, as_of, min_confidence, include_mentions, fmt):
    """Gemeenschappen in het netwerk (modulariteit, Louvain).

    \b
    Voorbeeld:
        g40kg communities --seed 1 --format json
    """
    from ..analysis import communities

    _window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    found = communities(graph, seed=seed, resolution=resolution)
    rows = [{"community": i, "size": len(group), "members": [graph.nodes[n]["label"] for n in group], "iris": group}
            for i, group in enumerate(found["communities"])]
    title = _t(settings, "modularity", q=found["modularity"], n=len(rows))
    columns = ["community", "size", "members"] + (["iris"] if fmt == "json" else [])
    _emit(settings, columns, rows, fmt, title=title)


@cli.command("brokers")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Toon zoveel knopen, de hoogste eerst.")
@projection_options
@format_option
@pass_settings
@translate_errors
def brokers_command(settings, top, at, between, as_of, min_confidence, include_mentions, fmt):
    """Makelaars tussen ministeries en gemeenten: wie ligt op de kortste verbindingen daartussen.

    \b
    Voorbeeld:
        g40kg brokers --top 10
    """
    from ..analysis import broker_pairs, brokers

    _window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    scores = brokers(graph)
    total = broker_pairs(graph)
    order = sorted(scores, key=lambda n: (-scores[n], graph.nodes[n]["label"].lower(), n))[:top]
    # the pairs a broker connects: its score is that many ministry–municipality pairs of all of them
    rows = [{"label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"], "score": round(scores[n], 4),
             "pairs": round(scores[n] * total, 1) if fmt == "json" else f"{round(scores[n] * total, 1):g}/{total}",
             **_explained(settings, graph, n, fmt), "iri": n}
            for n in order]
    columns = ["label", "type", "score", "pairs", "neighbours", "strongest", "iri"]
    _emit(settings, columns + (["pairsTotal", "strongestIris"] if fmt == "json" else []),
          [{**row, "pairsTotal": total} for row in rows] if fmt == "json" else rows, fmt, title=_t(settings, "brokers_title"))
