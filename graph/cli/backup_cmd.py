"""Commands: backup (copy the graph folder, one whole build), restore (put a backup back in its place)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..messages import msg
from ..reading_dates import time_words
from .base import cli, echo_err, pass_settings, translate_errors

TEXTS = {
    "nl": {
        "written": "Backup geschreven: {path} (de bouw van {built}, {documents} documenten, {size} MB).",
        "restored": "De graaf in {graph} is teruggezet naar de bouw van {built} ({documents} documenten, uit {source}); "
                    "{previous}Een draaiende 'g40kg serve' toont hem binnen een seconde; "
                    "de volgende bouw leest de documenten die sindsdien veranderden opnieuw.",
        "previous": "hij verving de bouw van {built}. ",
    },
    "en": {
        "written": "Backup written: {path} (the build of {built}, {documents} documents, {size} MB).",
        "restored": "The graph in {graph} is back at the build of {built} ({documents} documents, from {source}); "
                    "{previous}A running 'g40kg serve' shows it within a second; the next "
                    "build reads the documents that changed since then again.",
        "previous": "it replaced the build of {built}. ",
    },
}

_WAIT_HELP = ("Loopt er een bouw van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet wachten); nog "
              "bezet daarna: exitstatus 75.")


@cli.command()
@click.argument("destination", metavar="MAP", type=click.Path(path_type=Path))
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDEN", help=_WAIT_HELP)
@click.option("--quiet", "-q", is_flag=True, help="Geen samenvatting; alleen fouten (voor cron).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tekst (op stderr) of JSON (op stdout, voor scripts).")
@pass_settings
@translate_errors
def backup(settings, destination, wait, quiet, fmt):
    """Kopieer de graafmap naar een nieuwe map MAP: één hele bouw.

    Een 'cp -a' terwijl een bouw een nieuwe graaf op zijn plaats zet, kopieert bestanden van twee
    bouwen of stopt halverwege; backup kopieert onder het slot van de bouw (een bouw die intussen
    begint, wacht of stopt met exitstatus 75) en zet de kopie met één hernoeming neer: MAP bevat een
    hele bouw of bestaat niet. Niet gekopieerd: derived/ en cache/push/. MAP is zelf een graaf:
    lees hem met --graph MAP, vergelijk met 'g40kg diff MAP', zet hem terug met 'g40kg restore MAP'.

    \b
    Voorbeelden:
        g40kg backup graaf-kopie --format json
        g40kg --graph /srv/g40/graaf backup /backup/g40/graaf-$(date +%F) --wait 600 --quiet   # cron
        g40kg --graph /srv/g40/graaf diff /backup/g40/graaf-2026-12-01     # wat er sindsdien veranderde
    """
    from ..backup import backup as copy_graph

    report = copy_graph(settings.graph_path, destination, wait=wait,
                        on_wait=lambda pid: echo_err(msg("build_waiting", graph=settings.graph_path, pid=pid or "?",
                                                         seconds=wait)))
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    elif not quiet:
        echo_err(TEXTS[settings.lang]["written"].format(
            path=destination, built=time_words(report["built"], settings.lang), documents=report["documents"],
            size=f"{report['bytes'] / 1e6:.1f}" if settings.lang == "en" else f"{report['bytes'] / 1e6:.1f}".replace(".", ",")))


@cli.command()
@click.argument("source", metavar="BACKUP", type=click.Path(path_type=Path))
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDEN", help=_WAIT_HELP)
@click.option("--quiet", "-q", is_flag=True, help="Geen samenvatting; alleen fouten (voor cron).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tekst (op stderr) of JSON (op stdout, voor scripts).")
@pass_settings
@translate_errors
def restore(settings, source, wait, quiet, fmt):
    """Zet een backup (g40kg backup) terug op de plaats van de graaf.

    Zoals een bouw: onder het slot van de bouw, gekopieerd naast de graaf en met twee hernoemingen
    op zijn plaats gezet, zodat 'g40kg serve' zonder herstart de teruggezette graaf toont en een
    lezer nooit een halve ziet. De vervangen graaf verdwijnt (maak er eerst een backup van om hem te
    houden); wat hij naar een triple store pushte blijft bekend, zodat de volgende push het verschil
    stuurt. De backup zelf blijft staan.

    \b
    Voorbeelden:
        g40kg --graph /srv/g40/graaf backup /backup/g40/voor-herstel
        g40kg --graph /srv/g40/graaf restore /backup/g40/graaf-2026-12-01
    """
    from ..backup import restore as put_back

    report = put_back(settings.graph_path, source, wait=wait,
                      on_wait=lambda pid: echo_err(msg("build_waiting", graph=settings.graph_path, pid=pid or "?",
                                                       seconds=wait)))
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    elif not quiet:
        texts = TEXTS[settings.lang]
        echo_err(texts["restored"].format(
            graph=settings.graph_path, source=source, built=time_words(report["built"], settings.lang),
            documents=report["documents"],
            previous=texts["previous"].format(built=time_words(report["previous_built"], settings.lang))
        if report["previous_built"] else ""))
