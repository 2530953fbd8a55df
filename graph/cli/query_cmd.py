"""Commands: query, questions, ask (SPARQL text and the named questions).

Thin: each command parses options, calls one library function (:mod:`graph.query`,
:mod:`graph.questions`) and renders the rows with :func:`graph.cli.output.render`
(``--format table|csv|tsv|json|markdown``; a CONSTRUCT also ``turtle|nquads|jsonld``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..messages import CATALOGUE, msg
from .base import cli, echo_err, pass_settings, translate_errors
from .listing import (DATA_FORMATS, echo_unended, emit, listing_text, marked_rows, mentioned_dates, time_window,
                      with_codes)
from .options import (EXCEL_OWN_COLUMNS_HELP, confidence_option, excel_option, format_option, raw_option, time_options,
                      timeout_option)
from .output import EXCEL_CSV, TABLE_FORMATS, render

__all__ = ["GRAPH_FORMATS", "ask_command", "query_command", "questions_command"]

GRAPH_FORMATS = ("turtle", "nquads", "jsonld")
_KIND_NAMES = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT/DESCRIBE", "update": "UPDATE"}


@cli.command("query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Lees de query uit een bestand.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAAM=WAARDE",
              help="Bind de variabele ?NAAM aan een RDF-term (herhaalbaar): <IRI>, g40:Ministry, 2024-01-31 (xsd:date), "
                   "een getal, anders een tekst; als VALUES na de query, nooit als tekst erin geplakt.")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS + GRAPH_FORMATS), default=None,
              help="table|csv|tsv|json|markdown voor SELECT/ASK; turtle|nquads|jsonld voor CONSTRUCT/DESCRIBE.")
@raw_option
@excel_option(help=EXCEL_OWN_COLUMNS_HELP)
@timeout_option
@click.option("--allow-update", is_flag=True, help="Sta SPARQL Update toe (wijzigt een kopie in het geheugen; WHERE ziet de graven zoals opgeslagen: gebruik GRAPH ?g).")
@click.option("--prefixes", "list_prefixes", is_flag=True, help="Toon de gedeclareerde prefixen met hun IRI en stop.")
@pass_settings
@translate_errors
def query_command(settings, sparql, path, params, fmt, timeout, allow_update, list_prefixes):
    """Voer een SPARQL-query uit; de projectprefixen zijn al gedeclareerd: {prefixes}
    (hun IRI's: --prefixes). Een entiteit noem je met haar volledige IRI:
    <https://w3id.org/g40kg/id/ministry/mnre1045> (een '/' kan niet in g40id:…).

    De query komt uit het argument, uit een bestand (-f) of van stdin.

    \b
    Voorbeelden:
        g40kg query 'SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label }'
        g40kg questions members > leden.rq && g40kg query -f leden.rq --format csv
        g40kg query 'SELECT ?actor WHERE { ?actor g40:collaboratesWith ?ministry }' -p ministry='<https://w3id.org/g40kg/id/ministry/mnre1045>'
    """
    from ..errors import read_utf8
    from ..query import result_kind, run_sparql, term_value

    if list_prefixes:
        from ..vocab import PREFIXES

        rows = [{"prefix": prefix, "iri": str(namespace)} for prefix, namespace in PREFIXES.items()]
        emit(settings, ["prefix", "iri"], rows, fmt if fmt in TABLE_FORMATS else "table", own_columns=True)
        return
    if path is not None and sparql is not None:
        raise click.UsageError(listing_text(settings, "query_twice"))
    if path is None and sparql is None and sys.stdin.isatty():  # nothing piped in: do not wait for typing
        raise click.UsageError(listing_text(settings, "no_query"))
    text = read_utf8(path) if path else sparql if sparql is not None else sys.stdin.read()
    if not text.strip():
        raise click.UsageError(listing_text(settings, "no_query"))
    text = _included(settings, text, path)
    kind = result_kind(text, timeout=timeout)  # checked before the query runs (an update must not run, then fail)
    if params:  # a VALUES clause after the query: the values as RDF terms (walkthrough 29, finding 3)
        from ..errors import InputError
        from ..query_params import split_param, with_values_clause

        if kind == "update":
            raise InputError(msg("query_param_update"))
        text = with_values_clause(text, [split_param(given) for given in params])
    fits = GRAPH_FORMATS if kind == "graph" else TABLE_FORMATS
    if fmt is not None and fmt not in fits:
        raise click.UsageError(listing_text(settings, "format_kind", fmt=fmt, kind=_KIND_NAMES[kind],
                                            choices=", ".join(fits)))
    dataset = settings.load(in_memory=allow_update and kind == "update")
    from ..query_terms import unknown_term_notes

    for note in unknown_term_notes(text):  # hasRole written without its capital: says so, not just no rows (walkthrough 28, finding 16)
        echo_err(note)
    result = run_sparql(dataset, text, timeout=timeout, allow_update=allow_update)
    if result.kind == "graph":
        graph_format = fmt or "turtle"
        serializer = {"jsonld": "json-ld", "nquads": "nt"}.get(graph_format, graph_format)  # one graph: N-Quads = N-Triples
        data = result.graph.serialize(format=serializer)
        echo_unended(data if data.endswith("\n") else data + "\n")
        return
    fmt = fmt or "table"
    if result.kind == "ask":
        echo_unended(render([], [], fmt, boolean=result.boolean))
        if kind == "update":
            echo_err(listing_text(settings, "update_not_saved"))
        return
    rows = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    emit(settings, result.columns, rows, fmt, own_columns=True)


def _included(settings, text: str, path: Path | None) -> str:
    """``text`` with its ``# @include NAME`` lines replaced by the parts they name, read beside its file ``path``
    (``g40kg query -f ontology/queries/unit-chairs.rq`` runs the whole question); a usage error for such a line
    in a query given as an argument or on stdin, which has no folder to read the part from."""
    from ..questions import INCLUDE_LINE, expand_includes

    if path is not None:
        return expand_includes(text, path.parent, path)
    include = INCLUDE_LINE.search(text)
    if include:
        raise click.UsageError(listing_text(settings, "include_needs_file", name=include.group(1)))
    return text


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
    from ..questions import PARAMETER_TYPE_NAMES, get_question, load_questions, shareable_text

    if name is not None:
        question = get_question(name)
        text = shareable_text(question, oxigraph=oxigraph)
        if fmt == "json":
            row = {"name": question.name, "title": question.title_in(settings.lang), "sparql": text}
            echo_unended(render(["name", "title", "sparql"], [row], fmt))
        else:
            echo_unended(text if text.endswith("\n") else text + "\n")
        return
    rows = []
    # what people read names the types in their language; JSON and CSV keep the declared ones, for scripts
    type_names = PARAMETER_TYPE_NAMES[settings.lang] if fmt in ("table", "markdown") else {}
    for name, question in load_questions().items():
        parameters = [f"{p.name}:{type_names.get(p.type, p.type)}" + ("!" if p.required else "")
                      + (f"={p.default}" if p.default else "") for p in question.parameters]
        rows.append({"name": name, "title": question.title_in(settings.lang),
                     "parameters": ", ".join(parameters) if fmt != "json" else parameters,
                     "description": question.description_in(settings.lang)})
    columns = ["name", "title", "parameters"] if fmt == "table" else ["name", "title", "parameters", "description"]
    emit(settings, columns, rows, fmt)


CATALOGUE.update({  # one language per message (walkthrough 19, finding 23)
    "param_name_value": {"nl": "{item}: gebruik naam=waarde", "en": "{item}: use name=value"},
    "param_twice": {"nl": "{key}: twee keer gegeven", "en": "{key}: given twice"},
    "param_from_after_until": {"nl": "from {start} ligt na until {end}", "en": "from {start} is after until {end}"},
    "ask_extra_argument": {"nl": "Onverwacht extra argument ({args}){hint}", "en": "Got unexpected extra argument ({args}){hint}"},
    "ask_extra_arguments": {"nl": "Onverwachte extra argumenten ({args}){hint}",
                            "en": "Got unexpected extra arguments ({args}){hint}"},
    "ask_extra_hint": {"nl": "; bedoelt u -p {param}=\"{value}\"?", "en": "; did you mean -p {param}=\"{value}\"?"},
})


def _extra_arguments(name: str, extra: list[str]) -> str:
    """The usage error for values given after a question's name without ``-p`` ("g40kg ask who-is-who
    "Anna Smit""), naming the ``-p`` its one value was meant for: the question's first parameter that is
    no time or confidence (walkthrough 19, finding 12).

    >>> _extra_arguments("who-is-who", ["Anna Smit"])
    'Onverwacht extra argument (Anna Smit); bedoelt u -p person="Anna Smit"?'
    """
    from ..errors import G40Error
    from ..questions import CONFIDENCE_PARAMETERS, TIME_PARAMETERS, get_question

    said = " ".join(extra)
    try:
        meant = next((p.name for p in get_question(name).parameters
                      if p.name not in (*TIME_PARAMETERS, *CONFIDENCE_PARAMETERS)), None)
    except G40Error:
        meant = None
    if len(extra) == 1 and meant:
        return msg("ask_extra_argument", args=said, hint=msg("ask_extra_hint", param=meant, value=extra[0]))
    return msg("ask_extra_argument" if len(extra) == 1 else "ask_extra_arguments", args=said, hint="")


def _parse_params(values, repeatable=()) -> dict:
    """``-p name=value`` options as a dict; a name in ``repeatable`` (a parameter that takes several
    values) may come more than once and gets the list of its values."""
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(msg("param_name_value", item=repr(item)), param_hint="--param")
        key = key.strip()
        if key in repeatable:
            params.setdefault(key, []).append(value)
            continue
        if key in params:
            raise click.BadParameter(msg("param_twice", key=repr(key)), param_hint="--param")
        params[key] = value
    if params.get("from") and params.get("until") and params["from"].strip() > params["until"].strip():
        raise click.BadParameter(msg("param_from_after_until", start=params["from"], end=params["until"]),
                                 param_hint="--param")
    return params


def _no_list(given: bool) -> None:
    """``ask --list``: the list is another command's (walkthrough 27, finding 19; it was "No such option")."""
    if given:  # one line, with the status of a usage error (2)
        from ..errors import EXIT_USAGE
        from .base import Failed

        raise Failed(msg("ask_has_no_list"), EXIT_USAGE, "input")


@cli.command("ask", context_settings={"allow_extra_args": True})  # a value without -p: answered below
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAAM=WAARDE", help="Parameter van de vraag (herhaalbaar).")
@time_options
@confidence_option
@format_option
@timeout_option
@click.option("--all-columns", is_flag=True, help="Toon ook de IRI-kolommen in de tabel.")
@click.option("--list", is_flag=True, hidden=True, expose_value=False, is_eager=True, callback=lambda ctx, param, value:
              _no_list(value))
@click.option("--document", "document", metavar="ID",
              help="Alleen de personen die dit document noemt (wie is wie voor een uitnodiging of verslag); "
                   "voor een vraag met een herhaalbare parameter person.")
@pass_settings
@translate_errors
def ask_command(settings, name, params, at, between, as_of, min_confidence, fmt, timeout, all_columns, document):
    """Beantwoord een benoemde vraag (zie 'g40kg questions').

    Parameters worden als RDF-termen gebonden, nooit als tekst in de query geplakt.

    \b
    Voorbeelden:
        g40kg ask collaborations-with-ministry --param ministry=EZK
        g40kg ask unit-role-timeline -p "unit=pijler Economie en Werk" --at 2021-06-01
        g40kg ask g40-cities-programmes --as-of 2025-06-01   # de laatst bekende stand op die dag
        g40kg ask who-does-what --as-of 2026-04-30 --format csv   # wie doet wat: elke rol, één regel per feit
        g40kg ask who-does-what --format csv --excel > wie.csv   # dubbelklik opent het in Excel
        g40kg ask who-does-what -p person="Anna de Vries" -p person="Jan Smit"   # een lijst personen
        g40kg ask who-does-what --document g40-pijler-economie-en-werk-2021   # wie is wie voor een document
    """
    from ..ministry_mergers import merged_ministries_shown
    from ..questions import DUTCH_PARAMETER_NAMES, get_question
    from ..shortcuts import question_rows
    from ..timefilter import undated_shown

    extra = click.get_current_context().args
    if extra:
        raise click.UsageError(_extra_arguments(name, extra))
    window = time_window(at, between, as_of)
    _confidence_taken(name, min_confidence)
    repeatable = {p.name for p in get_question(name).parameters if p.multiple}
    repeatable |= {dutch for dutch, english in DUTCH_PARAMETER_NAMES.items() if english in repeatable}  # -p persoon=… twice
    given = _parse_params(params, repeatable)
    dataset = settings.load()
    if document is not None:
        given = _with_document_people(settings, dataset, name, given, document, repeatable)
    question, rows = question_rows(dataset, name, given, window=window,
                                   min_confidence=min_confidence, timeout=timeout)
    hint = _as_of_hint(settings, dataset, name, given, rows, window, min_confidence, timeout)
    columns = list(rows[0]) if rows else list(question.columns)
    if fmt in ("table", "markdown") and question.columns and not all_columns:
        columns = list(question.columns)
    if fmt in DATA_FORMATS:
        columns, rows = with_codes(columns, rows, question.codes)
    if fmt == "csv" and EXCEL_CSV.get():  # the table's columns first (walkthrough 20, finding 20)
        columns = [c for c in question.columns if c in columns] + [c for c in columns if c not in question.columns]
    if fmt in ("table", "markdown"):
        rows = mentioned_dates(marked_rows(settings, rows, columns), settings.lang)
        rows = merged_ministries_shown(rows, window)  # "VRO (opgegaan in BZK per …)" (walkthrough 47, finding 8)
        columns, rows = undated_shown(columns, rows, bool(window), settings.lang)
    from ..empty_answers import empty_answer_notes

    # known, but nothing found: a table says so (walkthrough 20, finding 12); the data formats stay as they were
    emit(settings, columns, rows, fmt, title=question.title_in(settings.lang), window=window,
         empty=lambda: empty_answer_notes(dataset, question, given, windowed=bool(window), lang=settings.lang))
    if hint:
        click.echo(hint, err=fmt != "table")  # under the table; not in the data
    if fmt == "table":  # "VRO bestond van …; opgegaan in BZK per …", as collaborators says it (walkthrough 21, 19)
        from ..ended_roles import ended_role_notes
        from ..ministry_existence import ministry_notes
        from ..dissolved_municipalities import municipality_notes
        from ..ministry_mergers import merger_notes

        for note in (ministry_notes(dataset, question, given, window) + merger_notes(dataset, question, given, window)
                     + municipality_notes(dataset, question, given, window)):
            click.echo(note, err=bool(rows))
        for note in [] if rows else ended_role_notes(dataset, question, given, window, settings.lang, timeout=timeout):
            click.echo(note)  # who left: the roles that ended before the day asked (walkthrough 21, finding 20)


def _confidence_taken(name: str, min_confidence: float | None) -> None:
    """``ask NAME --min-confidence X`` for a question that declares no ``min_confidence``: a usage error (exit 2),
    not an answer that looks filtered and is not (round 53f: 12 of the 16 questions dropped it silently)."""
    from ..questions import CONFIDENCE_PARAMETERS, get_question, load_questions

    if min_confidence is None or any(p.name in CONFIDENCE_PARAMETERS for p in get_question(name).parameters):
        return
    names = ", ".join(sorted(n for n, q in load_questions().items()
                             if any(p.name in CONFIDENCE_PARAMETERS for p in q.parameters)))
    from ..errors import EXIT_USAGE
    from .base import Failed

    raise Failed(msg("ask_no_min_confidence", name=get_question(name).name, names=names), EXIT_USAGE, "input")


def _as_of_hint(settings, dataset, name, params, rows, window, min_confidence, timeout) -> str | None:
    """Under ``--at DAY``, the line that says how many facts without a period of their own it leaves
    out that ``--as-of DAY`` keeps (:func:`graph.left_out.left_out_at`); None when none are."""
    if not (window and window.at):
        return None
    from ..left_out import left_out_at

    count = left_out_at(dataset, name, params, rows, window.at, min_confidence=min_confidence, timeout=timeout)
    if not count:
        return None
    return listing_text(settings, "at_left_out_one" if count == 1 else "at_left_out", n=count, day=window.at)


def _with_document_people(settings, dataset, name: str, params: dict, document: str, repeatable) -> dict:
    """``params`` with ``person`` the people that ``document`` names (:func:`graph.document_people.document_people`);
    a usage error for a question without a repeatable ``person`` or with ``-p person`` given too."""
    from ..document_people import document_people

    if "person" not in repeatable:
        raise click.UsageError(listing_text(settings, "document_no_person", question=name))
    if params.get("person"):
        raise click.UsageError(listing_text(settings, "document_and_person"))
    return {**params, "person": list(document_people(dataset, document))}
