"""Command: viz (one self-contained, offline network page; library: :func:`viz.write_network_page`)."""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from .base import cli, echo_err, pass_settings, translate_errors, write_output
from .options import dated_only_given, dated_only_option, read_timeout_option, time_options

TEXTS = {
    "nl": "Netwerkpagina geschreven: {path} ({nodes} knopen, {edges} verbindingen). Open het bestand in een browser.",
    "en": "Network page written: {path} ({nodes} nodes, {edges} links). Open the file in a browser.",
}


def _command_line(params: dict) -> str:
    """The command as a user would type it again (shown in the page footer).

    >>> _command_line({"focus": None, "depth": 1, "between": ("2016", "2019"), "mentions": False})
    'g40kg viz --between 2016 2019'
    """
    parts = ["g40kg", "viz"]
    for name, value in params.items():
        if value is None or value is False or value == () or (
                name == "depth" and params.get("focus") is None and params.get("ministry") is None):
            continue
        flag = "--" + name.replace("_", "-")
        if name == "type_names":
            for item in value:
                parts += ["--type", item]
        elif name == "between":  # two values: VAN TOT
            parts += [flag, *value]
        elif value is True:
            parts.append(flag)
        else:
            parts += [flag, str(value)]
    return shlex.join(parts)


@cli.command("viz")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path, dir_okay=False), default="g40kg-netwerk.html",
              show_default=True, help="HTML-bestand om te schrijven.")
@click.option("--focus", metavar="NAAM", help="Alleen het netwerk rond deze entiteit (naam, afkorting of IRI).")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
              help="Aantal stappen rond --focus of --ministry.")
@click.option("--query", "query_file", type=click.Path(path_type=Path, dir_okay=False, exists=True), metavar="BESTAND.rq",
              help="Teken de verbindingen uit een SPARQL CONSTRUCT of SELECT ?s ?p ?o.")
@click.option("--ministry", metavar="NAAM", help="Alles wat met dit ministerie verbonden is (bijv. EZK).")
@click.option("--type", "type_names", multiple=True, metavar="SOORT",
              help="Alleen knopen van deze soort (herhaalbaar), bijv. Municipality, Ministry, Person.")
@click.option("--projection", type=click.Choice(["city-ministry"]),
              help="city-ministry: gemeenten × ministeries, gewogen naar gedeelde programma's.")
@time_options
@dated_only_option
@click.option("--mentions", is_flag=True, help="Neem ook 'document noemt entiteit' op (standaard niet).")
@click.option("--title", help="Titel van de pagina (standaard: afgeleid van de weergave).")
@click.option("--seed", type=int, default=0, show_default=True, help="Startwaarde van de layout.")
@click.option("--no-quotes", is_flag=True,
              help="Laat de citaten weg uit de pagina (knopen, verbindingen, documenttitels en datums blijven), "
                   "om de structuur te delen buiten het project.")
@read_timeout_option
@pass_settings
@translate_errors
def viz_command(settings, out, focus, depth, query_file, ministry, type_names, projection, at, between, as_of, mentions,
                title, seed, no_quotes):
    """Schrijf een interactieve netwerkpagina (één HTML-bestand dat offline werkt).

    Knopen zijn gekleurd naar soort, G40-leden hebben een gouden rand, en een klik op een knoop
    of verbinding toont de citaten, documenten en datums erachter. Een grote graaf (boven 150
    knopen) toont zijn groepen los van elkaar en alleen de namen die passen; boven 500 knopen eerst
    de 500 meest verbonden ("Toon alle N knopen"). Grafen boven 5.000 knopen of 20.000
    verbindingen worden geweigerd: kies dan --focus, --type of --query.

    \b
    Voorbeelden:
        g40kg viz                                   # hele graaf → g40kg-netwerk.html
        g40kg viz --focus EZK --depth 2 -o ezk.html
        g40kg viz --ministry BZK --at 2021-06-01
        g40kg viz --ministry BZK --as-of 2024        # de laatst bekende stand eind 2024
        g40kg viz --between 2021 2022 -o netwerk-2021-2022.html
        g40kg viz --at 2024 --dated-only             # 2024 zonder feiten die geen datum hebben
        g40kg viz --type OrganisationalUnit --type Ministry
        g40kg viz --query samenwerking.rq           # CONSTRUCT, of SELECT ?s ?p ?o
        g40kg --lang en viz -o network.html
        g40kg viz --no-quotes -o netwerk-delen.html  # zonder citaten, om te delen
    """
    from graph.errors import read_utf8
    from graph.store import read_manifest
    from viz.views import view_data
    from viz.render import UI_TEXT, render_html

    dated_only = dated_only_given()
    query = None
    if query_file is not None:
        query = read_utf8(query_file)
    if settings.endpoint:  # the stamp push wrote on the server (walkthrough 27, finding 12)
        from .endpoint_build import endpoint_build

        built = endpoint_build(settings)["built"]
    else:
        built = read_manifest(settings.graph_path).get("built")
    command = _command_line({"focus": focus, "depth": depth, "query": query_file, "ministry": ministry,
                             "type_names": type_names, "projection": projection, "at": at,
                             "between": tuple(between or ()), "as_of": as_of,
                             "dated_only": dated_only, "mentions": mentions, "no_quotes": no_quotes})
    if settings.endpoint:  # the page was made from the server's graph (walkthrough 27, finding 12)
        command = command.replace("g40kg viz", f"g40kg --endpoint {shlex.quote(settings.endpoint)} viz", 1)
    if settings.lang != "nl":
        command = command.replace("g40kg ", f"g40kg --lang {settings.lang} ", 1)
    dataset = settings.load()
    data = view_data(dataset, focus=focus, depth=depth, query=query,
                     query_name=query_file.name if query_file else None, ministry=ministry, types=type_names,
                     at=at, between=tuple(between) if between else None, as_of=as_of, projection=projection,
                     include_mentions=mentions, title=title, command=command,
                     built=built, seed=seed, dated_only=dated_only)
    if no_quotes:
        from viz.sharing import without_quotes

        data = without_quotes(data)
    write_output(out, render_html(data, lang=settings.lang))
    # on stderr, as export's "Geschreven:": stdout is for data
    echo_err(TEXTS.get(settings.lang, TEXTS["nl"]).format(path=out, nodes=len(data["nodes"]), edges=len(data["edges"])))
    if ministry:  # "VRO is opgegaan in BZK per …" as every command that takes a ministry (walkthrough 47, finding 8)
        _ministry_note(dataset, ministry, at, between, as_of)
    if not data["nodes"]:  # the page says so too; the command line should not look like a success
        ui = UI_TEXT.get(settings.lang, UI_TEXT["nl"])
        click.echo(ui.get(f"empty_{projection}", ui["empty"]), err=True)


def _ministry_note(dataset, ministry: str, at, between, as_of) -> None:
    """On stderr, when ``ministry`` went up in another or did not exist in the time asked, the line that says
    so (:func:`graph.ministry_existence.existence_note`, :func:`graph.ministry_mergers.merged_note`)."""
    from ..ministry_existence import existence_note
    from ..ministry_mergers import merged_note
    from ..names import entity_index, resolve_entity
    from ..timefilter import TimeWindow

    window = TimeWindow(at=at, between=tuple(between) if between else None, as_of=as_of)
    iri = str(resolve_entity(dataset, ministry, "Ministry", kind="ministry", on=window.label_date))
    label = entity_index(dataset)[iri].label
    note = existence_note(dataset, iri, label, window) or merged_note(dataset, iri, label, window)
    if note:
        echo_err(note)
