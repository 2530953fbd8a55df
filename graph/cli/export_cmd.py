"""Command: export (facts, CSV, RDF, a network format, or the explorer as a static site).

Thin: the formats are written by :mod:`graph.export`; the site by :func:`graph.serve.site.export_site`.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import click

from ..messages import msg
from .base import check_output_folder, cli, echo_err, pass_settings, translate_errors, write_output
from .build_texts import TEXTS
from .options import EXCEL_OWN_COLUMNS_HELP, TIMEOUT_KEY, excel_option, raw_option, read_timeout_option, time_options
from .output import EXCEL_CSV, RAW_CSV
from .progress import GrowingBar

__all__ = ["export_command"]


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["facts", "turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml",
                                                    "graphml", "gexf", "csv", "site", "overzicht",
                                                    "overview"]),
              default="facts", show_default=True, help="Uitvoerformaat.")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="BESTAND",
              help="Schrijf naar dit bestand (standaard: stdout); bij --format site de map.")
@excel_option(help=EXCEL_OWN_COLUMNS_HELP)
@click.option("--no-document-text", is_flag=True, envvar="G40KG_NO_DOCUMENT_TEXT",
              help="Met --format site: publiceer van elk document alleen de zinnen waarop de feiten berusten, niet de hele tekst "
                   "(ook niet in de .json-versie); bijv. voor een verkenner buiten de organisatie.")
@click.option("--document", metavar="ID", default=None,
              help="Met --format facts of csv: alleen de feiten van dit document (zijn id), elk met zijn zin, "
                   "rol en tijd: om een nieuw document na te kijken.")
@click.option("--quiet", "-q", is_flag=True,
              help="Met -o: geen regel 'Geschreven: …' en geen opmerking over de documenttekst, geen voortgang; "
                   "alleen fouten (voor cron).")
@raw_option
@time_options
@read_timeout_option
@pass_settings
@translate_errors
def export_command(settings, fmt, output, no_document_text, document, quiet, at, between, as_of):
    """Exporteer de graaf: feiten (JSON Lines), RDF, een netwerkformaat of de verkenner als site.

    'facts' is het publieke feitenformaat (één JSON-object per feit per document, met het
    bewijszinnetje en de tijd: date, valid_from, valid_until, past, confidence; en hoe het
    feit is afgeleid: inferred_until en ended_by, het afgeleide einde van een termijn en het
    document dat het beëindigde, en rule, de extractieregel); 'csv' heeft
    dezelfde kolommen, een rij per bewijszin (twee zinnen van één document met hetzelfde feit
    staan er allebei) en ook de met de hand toegevoegde feiten (bewijs "gecureerd (bestand:regel)");
    graphml/gexf zijn de netwerkprojectie voor Gephi of yEd. In 'csv' krijgt tekst die een
    spreadsheet als formule zou lezen (begint met = + - @) een ' ervoor, een getal of datum niet
    (--raw: geen enkele, voor een database). RDF: trig, nquads en
    jsonld (met een @context van de prefixen) houden de benoemde grafen; turtle, ntriples en
    rdfxml geven hun vereniging. 'g40kg validate' leest elk RDF-bestand dat export schrijft.

    --at, --between en --as-of houden bij facts, csv, graphml en gexf alleen de feiten van die
    periode, met dezelfde regels als rank, communities en viz (bijv. een netwerk per periode voor
    Gephi of R); een RDF-formaat exporteert altijd de hele graaf.

    'overzicht' (of 'overview') is de stand op één dag als één HTML-pagina om te printen of te
    mailen: eerst de stand in het kort (tellingen, elke stad met haar programma's, elk ministerie
    met zijn contactpersonen en partners; op papier één pagina), dan wie welke rol heeft, welke
    G40-steden waaraan deelnemen en wie met welk ministerie werkt, alleen wat op die dag geldt
    (beëindigde rollen niet), elk feit met zijn bronnen. De dag
    is --as-of (standaard vandaag); de pagina laadt niets van internet.

    'site' schrijft de webverkenner ('g40kg serve') als map met HTML-pagina's die zonder server
    werken: open index.html van schijf, of zet de map op een intranet of gedeelde schijf. Alle
    links zijn relatief en er wordt niets van internet geladen; zoeken, SPARQL, vragen met eigen
    waarden en 'Hoe zijn ze verbonden?' vragen om 'g40kg serve'. De site is een momentopname: de vragen tonen de stand op de dag
    van de export (of --as-of DAG), met 'Alle perioden' één klik verder; de entiteiten en documenten
    ook, met wat eerder of later gold dichtgeklapt onder 'Eerder' en 'Later'. De map wordt pas vervangen als de nieuwe kopie compleet is.

    --timeout geldt voor elke query die de export doet (ook via --endpoint); een query die langer loopt
    breekt de export af met exitstatus 124 en laat geen half bestand achter. Bij 'site' heeft elke
    vraagpagina de grens van de verkenner (60 s): een vraag die die overschrijdt krijgt een pagina die dat zegt.

    \b
    Voorbeelden:
        g40kg export --format facts > feiten.jsonl
        g40kg export --format csv --excel -o feiten.csv    # dubbelklik opent het in Excel
        g40kg export --format trig -o graaf.trig
        g40kg export --format jsonld -o graaf.jsonld && g40kg validate graaf.jsonld
        g40kg export --format graphml -o netwerk.graphml
        g40kg export --format gexf --between 2021 2022 -o netwerk-2021-2022.gexf
        g40kg export --format csv --as-of 2024 -o stand-eind-2024.csv
        g40kg export --format site -o verkenner/           # open verkenner/index.html
        g40kg export --format site --no-document-text -o publiek/   # alleen de bewijszinnen
        g40kg export --format site --as-of 2026-11-20 -o verkenner/   # de vragen op de dag van het overleg
        g40kg export --format csv --document g40-pijler-economie-en-werk-2021   # één document nakijken
        g40kg export --format overzicht --as-of 2026-12-07 -o stand.html   # de stand per die dag, om te printen
    """
    from ..errors import InputError

    if quiet:  # the nightly export of the intranet's copy: cron mails only a failure (walkthrough 40)
        from .progress import disable

        disable(True)
    said = (lambda line: None) if quiet else echo_err

    if no_document_text and fmt != "site":
        raise click.UsageError(TEXTS[settings.lang]["no_text_not_site"].format(fmt=fmt))
    from ..export import export

    window = {"at": at, "between": tuple(between) if between else None, "as_of": as_of}
    if fmt == "site":
        if at or between:  # a copy is the state on one day (--as-of) with every period a page further
            raise InputError(msg("export_site_window"))
        return _export_site(settings, output, document_text=not no_document_text, as_of=as_of, said=said)
    if fmt in ("overzicht", "overview"):
        if at or between:
            raise InputError(msg("export_overview_as_of"))
        return _export_overview(settings, output, as_of, said)
    if output is not None and output.is_dir():
        raise InputError(msg("cannot_write", path=output, reason=os.strerror(errno.EISDIR)))
    check_output_folder(output)
    copies = _skipped_copies(settings.graph_path) if document is not None else None
    text = export(settings.load(), fmt, excel=EXCEL_CSV.get(), raw=RAW_CSV.get(), document=document, copies=copies, **window)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_output(output, text)
        said(TEXTS[settings.lang]["wrote"].format(path=output))


def _export_overview(settings, output: Path | None, as_of: str | None, said=echo_err) -> None:
    """``export --format overzicht``: the state on ``as_of`` (today when not given) as one printable
    page (:mod:`graph.overview`)."""
    from ..overview import overview_html, overview_sections
    from ..reading_dates import local_date, today
    from ..question_columns import mentioned_dates
    from ..store import read_manifest
    from ..timefilter import TimeWindow
    from .listing import as_read

    day = TimeWindow(as_of=as_of or today()).as_of
    dataset = settings.load()
    sections = overview_sections(dataset, day)
    for section in sections:
        section.rows = as_read(mentioned_dates(section.rows, settings.lang), settings.lang)
    built = local_date(read_manifest(settings.graph_path).get("built"))  # the day in the zone of the pages
    page = overview_html(sections, day, settings.lang, built=built, summary=True)
    if output is None:
        click.echo(page, nl=False)
        return
    write_output(output, page)
    said(TEXTS[settings.lang]["wrote"].format(path=output))


def _skipped_copies(graph_path: Path) -> dict[str, str]:
    """The copies the graph's build skipped (:func:`graph.corpus_checks.skipped_copies`), none when its
    manifest cannot be read (the load that follows says why)."""
    from ..corpus_checks import skipped_copies
    from ..errors import G40Error
    from ..store import read_manifest

    try:
        return skipped_copies(read_manifest(graph_path).get("warnings") or [])
    except (G40Error, OSError, ValueError):
        return {}


def _export_site(settings, output: Path | None, document_text: bool = True, as_of: str | None = None,
                 said=echo_err) -> None:
    """``export --format site -o DIR``: the static copy of the explorer (:mod:`graph.serve.site`); its question
    pages show the state on ``as_of`` (default today), each with its every period a page further."""
    from ..errors import InputError
    from ..serve.site import export_site
    from ..timefilter import TimeWindow

    if output is None:
        raise InputError(msg("site_needs_output"))
    if settings.endpoint:
        raise InputError(msg("site_endpoint"))
    # the pages are the explorer's, each question with the explorer's own limit (export_site's timeout), as
    # 'serve' has them: the command's --timeout would reach only the queries that run in this thread
    click.get_current_context().meta.pop(TIMEOUT_KEY, None)
    with GrowingBar(msg("progress_site")) as progress:
        report = export_site(settings.graph_path, output, engine=settings.engine, lang=settings.lang,
                             progress=progress, document_text=document_text,
                             day=TimeWindow(as_of=as_of).as_of if as_of else None)
    said(TEXTS[settings.lang]["wrote_site"].format(path=report.folder, pages=report.pages))
    if document_text:  # privacy by default is the reader's choice here: say what is published
        said(TEXTS[settings.lang]["site_full_text"])
