"""Commands: path, rank, communities, brokers (the network analytics over the graph's projection).

Thin: each command reads the projection (:func:`_projected`, :func:`graph.project.to_networkx`),
calls one function of :mod:`graph.analysis` and renders the rows with :func:`graph.cli.listing.emit`.
"""

from __future__ import annotations

import click

from .base import cli, pass_settings, translate_errors
from .listing import DATA_FORMATS, echo_unended, emit, evidence_text, listing_text, parsed_types, time_window
from .options import dated_only_given, format_option, projection_options
from .output import render

__all__ = ["PATH_QUOTES", "brokers_command", "communities_command", "path_command", "rank_command"]


def _projected(settings, at, between, as_of, min_confidence, include_mentions, timeout=None):
    """The projection the network commands read; under a window a node only facts with no time at
    all bring in is named "… (zonder datum)", and ``--dated-only`` leaves those facts out."""
    from ..project import to_networkx
    from .base import command_timeout

    dated_only = dated_only_given()
    graph = to_networkx(settings.load(), include_mentions=include_mentions, at=at,
                        between=tuple(between) if between else None, as_of=as_of, min_confidence=min_confidence,
                        timeout=timeout or command_timeout(), dated_only=dated_only)
    for _node, data in graph.nodes(data=True):
        if data.get("undated"):
            data["label"] = listing_text(settings, "undated_mark", label=data["label"])
    return graph


@cli.command("path")
@click.argument("source")
@click.argument("target")
@click.option("--via-type", "via_types", multiple=True,
              help="Alleen via knopen van dit type (herhaalbaar), bijv. --via-type OrganisationalUnit.")
@click.option("--max-steps", type=click.IntRange(min=1), default=None, metavar="N",
              help="Alleen een verbinding van hoogstens N stappen (standaard: elke lengte); anders 'geen verbinding "
                   "binnen N stappen'.")
@click.option("--all-quotes", is_flag=True,
              help="Toon elk citaat van een stap (standaard de eerste 3 en hoeveel er meer zijn; JSON geeft ze altijd allemaal).")
@projection_options
@format_option
@pass_settings
@translate_errors
def path_command(settings, source, target, via_types, max_steps, all_quotes, at, between, as_of, min_confidence, include_mentions, fmt):
    """Kortste verbinding tussen twee entiteiten, elke stap met zijn bewijs.

    \b
    Voorbeelden:
        g40kg path "René de Heer" EZK
        g40kg path "René de Heer" EZK --via-type OrganisationalUnit --format json
        g40kg path "René de Heer" EZK --max-steps 2
    """
    from ..analysis import connection
    from ..errors import G40Error, InputError
    from ..messages import msg
    from ..names import entity_index, resolve_entity
    from ..step_wording import name_then, reversed_predicates, step_relations, years_apart
    from .output import EXCEL_CSV

    time_window(at, between, as_of)
    dataset = settings.load()
    a, b = (str(resolve_entity(dataset, name)) for name in (source, target))
    if a == b:  # no connection to find; 0 steps would look like an answer
        raise InputError(listing_text(settings, "path_same", a=source, b=target, label=entity_index(dataset)[a].label))
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    for iri in (a, b):
        if iri not in graph:  # named in the graph but in no fact: say its name, not its IRI
            raise G40Error(msg("analysis_not_in_graph", name=entity_index(dataset)[iri].label))
    try:
        found = connection(graph, a, b, via_types=parsed_types(via_types) or None, max_steps=max_steps)
    except G40Error as error:
        raise _no_path_in_window(settings, error, a, b, via_types, at, between, as_of, min_confidence,
                                 include_mentions) from None
    labels = {n["id"]: n["label"] for n in found["nodes"]}

    def then(node: str, evidence: list[dict]) -> str:  # "LVVN (toen LNV)": the name the step's quotes use
        older = name_then(dataset, node, labels[node], evidence) if fmt not in DATA_FORMATS else None  # scripts: the name
        return listing_text(settings, "name_then", label=labels[node], name=older) if older else labels[node]

    def relations(hop: dict) -> list[str]:  # people read each step in the direction of its arrow (walkthrough 21, 18)
        if fmt in DATA_FORMATS and not (fmt == "csv" and EXCEL_CSV.get()):
            return hop["predicates"]
        return step_relations(hop["predicates"], reversed_predicates(hop["source"], hop["target"], hop["evidence"]),
                              settings.lang)

    rows = [
        {"step": i + 1, "from": then(h["source"], h["evidence"]), "to": then(h["target"], h["evidence"]),
         "relations": relations(h),
         "documents": h["weight"],
         "evidence": _first_quotes(settings, [evidence_text(settings, e) for e in h["evidence"]],
                                   None if all_quotes or fmt in DATA_FORMATS else PATH_QUOTES),
         "evidenceRecords": h["evidence"], "sourceIri": h["source"], "targetIri": h["target"],
         "reversed": reversed_predicates(h["source"], h["target"], h["evidence"])}
        for i, h in enumerate(found["hops"])
    ]
    if fmt == "json":  # "reversed": the relations whose facts point from "to" to "from" (walkthrough 21, 18)
        echo_unended(render(["step", "sourceIri", "from", "targetIri", "to", "relations", "reversed", "documents",
                             "evidenceRecords"], rows, fmt))
        return
    steps = listing_text(settings, "path_step" if len(rows) == 1 else "path_steps", n=len(rows))
    title = listing_text(settings, "path_title", a=labels[a], b=labels[b], steps=steps)
    columns = ["step", "from", "to", "relations", "documents", "evidence"]
    if fmt in DATA_FORMATS:  # each end's IRI, for a join (round 43g, walkthrough 18 finding 13)
        columns = ["step", "sourceIri", "from", "targetIri", "to", "relations", "documents", "evidence"]
    emit(settings, columns, rows, fmt, title=title)
    if fmt == "table" and not all_quotes and any(len(h["evidence"]) > PATH_QUOTES for h in found["hops"]):
        click.echo(listing_text(settings, "path_more", n=PATH_QUOTES))
    apart = years_apart([h["evidence"] for h in found["hops"]])
    if fmt == "table" and apart and not (at or between or as_of):
        click.echo(listing_text(settings, "path_years", first=apart[0], last=apart[1]))


def _no_path_in_window(settings, error, a, b, via_types, at, between, as_of, min_confidence, include_mentions):
    """``path``'s "no connection" under ``--at``, ``--between`` or ``--as-of``, with the period it looked in and
    the steps that connect the two without it, when they do (walkthrough 29, finding 6); ``error`` as it was
    otherwise."""
    from ..analysis import connection
    from ..errors import G40Error
    from ..timefilter import window_options

    options = window_options(at, tuple(between) if between else None, as_of)
    if not options:
        return error
    try:
        whole = connection(_projected(settings, None, None, None, min_confidence, include_mentions), a, b,
                           via_types=parsed_types(via_types) or None)
    except G40Error:
        return error
    hint = listing_text(settings, "path_window", window=" ".join(f"{option} {value}" for option, value in options),
                        option=" ".join(option for option, _ in options), n=len(whole["hops"]))
    return G40Error(f"{error} {hint}")


#: the quotes ``path`` shows of a step unless --all-quotes (one step of a real graph had 29)
PATH_QUOTES = 3


def _first_quotes(settings, quotes: list[str], limit: int | None) -> list[str]:
    """The first ``limit`` of a step's ``quotes`` and "+26 meer" for the rest; all of them for None."""
    if limit is None or len(quotes) <= limit:
        return quotes
    return quotes[:limit] + [listing_text(settings, "more", n=len(quotes) - limit)]

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

    time_window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    scores = rank(graph, types=parsed_types(types) or None)
    order = sorted(scores, key=lambda n: (-scores[n][measure], graph.nodes[n]["label"].lower(), n))[:top]
    rows = [{"label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"], **{k: round(v, 4) for k, v in scores[n].items()},
             **_explained(settings, graph, n, fmt), "iri": n} for n in order]
    emit(settings, ["label", "type", "degree", "neighbours", "betweenness", "pagerank", "strongest", "iri"]
          + (["strongestIris"] if fmt in DATA_FORMATS else []), rows, fmt)


def _explained(settings, graph, node: str, fmt: str, *, top: int = 3) -> dict:
    """What explains a node's score: its number of neighbours and the ``top`` it shares the most documents
    with ("EZK, Zwolle, BZK +9 meer" in a table; in the formats programs read a list of names and one
    of IRIs, the same in every language: "EZK | Zwolle | BZK" in a CSV cell, round 43g)."""
    from ..analysis import neighbour_summary

    summary = neighbour_summary(graph, [node], top=top)[node]
    names = [graph.nodes[o]["label"] for o in summary["strongest"]]
    if fmt in DATA_FORMATS:
        return {"neighbours": summary["neighbours"], "strongest": names, "strongestIris": summary["strongest"]}
    rest = summary["neighbours"] - len(names)
    return {"neighbours": summary["neighbours"],
            "strongest": ", ".join(names) + (f" {listing_text(settings, 'more', n=rest)}" if rest > 0 else "")}


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

    time_window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    found = communities(graph, seed=seed, resolution=resolution)
    rows = [{"community": i, "size": len(group), "members": [graph.nodes[n]["label"] for n in group], "iris": group}
            for i, group in enumerate(found["communities"])]
    title = listing_text(settings, "modularity", q=found["modularity"], n=len(rows))
    columns = ["community", "size", "members"] + (["iris"] if fmt in DATA_FORMATS else [])
    emit(settings, columns, rows, fmt, title=title)


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

    time_window(at, between, as_of)
    graph = _projected(settings, at, between, as_of, min_confidence, include_mentions)
    scores = brokers(graph)
    total = broker_pairs(graph)
    order = sorted(scores, key=lambda n: (-scores[n], graph.nodes[n]["label"].lower(), n))[:top]
    # the pairs a broker connects: its score is that many ministry–municipality pairs of all of them
    # ("195.4/280" in a table; two numbers, pairs and pairsTotal, for programs)
    data = fmt in DATA_FORMATS
    rows = [{"label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"], "score": round(scores[n], 4),
             "pairs": round(scores[n] * total, 1) if data else f"{round(scores[n] * total, 1):g}/{total}",
             **_explained(settings, graph, n, fmt), "iri": n}
            for n in order]
    columns = ["label", "type", "score", "pairs", "neighbours", "strongest", "iri"]
    emit(settings, columns + (["pairsTotal", "strongestIris"] if data else []),
          [{**row, "pairsTotal": total} for row in rows] if data else rows, fmt,
          title=listing_text(settings, "brokers_title"))
