"""Commands: backup (copy the graph folder, one whole build), restore (put a backup back in its place)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..messages import msg
from ..reading_dates import time_words
from .base import cli, echo_err, pass_settings, translate_errors
from .build_summary import counted

TEXTS = {
    "nl": {
        "written": "Backup geschreven: {path} (de bouw van {built}, {documents}, {size} MB).",
        "restored": "De graaf in {graph} is teruggezet naar de bouw van {built} ({documents}, uit "
                    "{source}).{previous} Een draaiende 'g40kg serve' toont hem binnen een seconde; de volgende bouw "
                    "leest de documenten die sindsdien veranderden opnieuw.",
        "previous": " Hij verving de bouw van {built}.",
        "documents": ("document", "documenten"),
        "corrections": "Let op: de correcties in {folder} veranderden na die bouw (ook verwijderingen op verzoek "
                       "kunnen erbij zijn); de teruggezette graaf past ze niet toe tot de volgende bouw: bouw nu.",
    },
    "en": {
        "written": "Backup written: {path} (the build of {built}, {documents}, {size} MB).",
        "restored": "The graph in {graph} is back at the build of {built} ({documents}, from "
                    "{source}).{previous} A running 'g40kg serve' shows it within a second; the next build reads "
                    "the documents that changed since then again.",
        "previous": " It replaced the build of {built}.",
        "documents": ("document", "documents"),
        "corrections": "Note: the corrections in {folder} changed after that build (removals on request may be "
                       "among them); the restored graph does not apply them until the next build: build now.",
    },
}

_WAIT_HELP = ("Loopt er een bouw van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet wachten); nog "
              "bezet daarna: exitstatus 75.")


def _options(command):
    """The options backup and restore share, and the settings and error handling of every command."""
    for option in reversed((
            click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDEN", help=_WAIT_HELP),
            click.option("--quiet", "-q", is_flag=True, help="Geen samenvatting; alleen fouten (voor cron)."),
            click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
                         help="Uitvoerformaat: tekst (op stderr) of JSON (op stdout, voor scripts)."),
            pass_settings, translate_errors)):
        command = option(command)
    return command


@cli.command()
@click.argument("destination", metavar="MAP", type=click.Path(path_type=Path))
@_options
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

    report = _done(copy_graph, settings, destination, wait, quiet, fmt)
    if report is not None:
        texts, size = TEXTS[settings.lang], f"{report['bytes'] / 1e6:.1f}"
        echo_err(texts["written"].format(
            path=destination, built=time_words(report["built"], settings.lang),
            documents=counted(report["documents"], texts["documents"]),
            size=size if settings.lang == "en" else size.replace(".", ",")))


@cli.command()
@click.argument("source", metavar="BACKUP", type=click.Path(path_type=Path))
@_options
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

    report = _done(put_back, settings, source, wait, quiet, fmt)
    if report is not None:
        texts = TEXTS[settings.lang]
        previous = report["previous_built"]
        echo_err(texts["restored"].format(
            graph=settings.graph_path, source=source, built=time_words(report["built"], settings.lang),
            documents=counted(report["documents"], texts["documents"]),
            previous=texts["previous"].format(built=time_words(previous, settings.lang)) if previous else ""))
        if report["corrections_changed_since"]:
            echo_err(texts["corrections"].format(folder=report["corrections_changed_since"]))


def _done(action, settings, folder: Path, wait: float, quiet: bool, fmt: str) -> dict | None:
    """Run ``action`` (:func:`graph.backup.backup` or ``restore``) on the graph and ``folder``, saying once when
    it waits for a build; its report as JSON under ``--format json`` (then None), else the report to tell
    (None under ``--quiet``)."""
    report = action(settings.graph_path, folder, wait=wait,
                    on_wait=lambda pid: echo_err(msg("build_waiting", graph=settings.graph_path, pid=pid or "?",
                                                     seconds=wait)))
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return None
    return None if quiet else report
