"""Command: build (documents → graph), with ``--watch`` and the corrections folder it uses.

Thin: :func:`run_build` calls :func:`graph.pipeline.build_graph`; the summary it prints is
:func:`graph.cli.build_summary.print_build_summary`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import click

from ..errors import EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_WARNINGS, G40Error, ValidationFailed, interrupt_status
from ..messages import CATALOGUE, msg
from .base import Interrupted, cli, echo_err, pass_settings, translate_errors
from .build_summary import (WARNINGS_SHOWN, changes_text, counted, print_build_summary, print_build_warnings,
                            removed_line, warnings_shown)
from .build_texts import TEXTS
from .progress import progressbar, stage

__all__ = ["CORRECTION_FOLDERS", "build", "corrections_folder", "documents_here", "keep_removals", "not_allowed", "run_build",
           "unused_corrections", "folder_or_dash"]


def run_build(settings, paths, *, validate=True, full_validation=False, graph_path=None, curated=None, wait=0,
              keep_going=False, license=None, minimal_people=None, max_document_size=None,  # noqa: A002 - dcterms' name
              compact=False, max_document_time=None):
    """Build (see :func:`graph.pipeline.build_graph`; ``wait``: seconds to wait for another build's
    lock, said once on stderr). Ctrl+C or SIGTERM during a build of the user's graph ends the command
    with exit status 130 or 143 and one line saying what became of the graph (the store swaps a new
    graph in whole or not at all). ``max_document_size``: None, the default limit. ``compact``: load the
    store anew from ``graph.nq`` instead of patching the previous one. ``max_document_time``: None, the
    default limit."""
    from ..corpus_checks import MAX_DOCUMENT_SIZE
    from ..document_time import MAX_DOCUMENT_TIME

    target = graph_path or settings.graph_path
    before = _folder_identity(target)
    try:
        from ..heap import collector_paused, collector_thawed

        # the modules a build imports: objects that all stay alive, frozen for the build (see graph.heap)
        with collector_thawed():
            with collector_paused():
                from ..pipeline import build_graph  # inside: Ctrl+C while it loads (half a second) is answered too
            return build_graph(
                [Path(p) for p in paths],
                target,
                engine=settings.engine,
                validate=validate,
                full_validation=full_validation,
                progressbar=progressbar,
                stage=stage,
                curated=curated,
                wait=wait,
                keep_going=keep_going,
                license=license,
                minimal_people=minimal_people,
                max_document_size=MAX_DOCUMENT_SIZE if max_document_size is None else max_document_size,
                compact=compact,
                max_document_time=MAX_DOCUMENT_TIME if max_document_time is None else max_document_time,
                on_wait=lambda pid: echo_err(msg("build_waiting", graph=target, pid=pid or "?", seconds=wait)),
            )
    except KeyboardInterrupt as interrupt:
        if graph_path is not None:  # a graph of the command's own (evaluate's temporary one): nothing to say
            raise
        after = _folder_identity(target)
        key = ("build_interrupted_saved" if after != before else
               "build_interrupted_unchanged" if before is not None else "build_interrupted_nothing")
        raise Interrupted(msg(key, graph=target), interrupt) from None


def _check_not_overtaken(graph_path: Path, own: dict, texts: dict) -> None:
    """Raise :class:`graph.watch.WatchEnded` when another process rebuilt the graph at ``graph_path``
    with other documents since the watch's own last build (``own``: its folder identity and document
    ids): the watch's next build would drop them (one writer per graph). A rebuild of the same
    documents (a manual ``build`` of the same folder) is no reason to stop."""
    from ..store import read_manifest
    from ..watch import WatchEnded

    if not own or _folder_identity(graph_path) == own["identity"]:
        return
    try:
        ids = {d["id"] for d in read_manifest(graph_path).get("documents", [])}
    except G40Error:
        return  # gone or unreadable: the build says what it finds
    if ids != own["ids"]:
        other = sorted(ids ^ own["ids"])
        shown = ", ".join(other[:5]) + (", …" if len(other) > 5 else "")
        raise WatchEnded(texts["overtaken"].format(graph=graph_path, other=shown))


def _folder_identity(path: Path) -> tuple | None:
    """Which folder ``path`` is (a build swaps in a new one), with its manifest's time; None: none there."""
    try:
        folder = os.stat(path)
    except OSError:
        return None
    try:
        manifest = os.stat(Path(path) / "manifest.json").st_mtime_ns
    except OSError:
        manifest = None
    return folder.st_dev, folder.st_ino, manifest


def folder_or_dash(ctx, param, value):
    """``--curated``: an existing folder, or "-" (the bundled corrections)."""
    if value is None:
        return None
    if value == "-":
        return Path(value)
    return click.Path(path_type=Path, exists=True, file_okay=False).convert(value, param, ctx)


def _license_iri(ctx, param, value):
    """``--license``: an absolute IRI, or "-" (no licence any more)."""
    from ..dataset import valid_license
    from ..messages import get_language

    if value is None or value == "-" or valid_license(value):
        return value
    raise click.BadParameter(TEXTS[get_language()]["license_not_iri"].format(value=value), ctx=ctx, param=param)


def _check_allowances(ctx, param, values):
    """``--allow-warning`` values whose code is one of :data:`graph.warning_codes.WARNING_CODES`."""
    from ..warning_codes import WARNING_CODES

    for value in values:
        if value.partition(":")[0] not in WARNING_CODES:
            raise click.BadParameter(msg("unknown_warning_code", value=value, codes=", ".join(WARNING_CODES)))
    return values


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-validate", is_flag=True, help="Sla de SHACL-controle over (niet aanbevolen).")
@click.option("--full-validation", is_flag=True,
              help="Controleer de hele graaf met SHACL, niet alleen de nieuwe documenten (trager).")
@click.option("--curated", callback=folder_or_dash, envvar="G40KG_CURATED", metavar="MAP",
              help="Map met eigen correcties (YAML/Turtle, zie data/curated/README.md) in plaats van de meegeleverde; "
              "de graaf onthoudt hem voor de volgende bouw ('-': weer de meegeleverde); omgeving: G40KG_CURATED.")
@click.option("--license", "license_", callback=_license_iri, metavar="IRI",
              help="De licentie van de data (een IRI, zoals https://creativecommons.org/licenses/by/4.0/) in de "
                   "datasetbeschrijving van de graaf (dcterms:license); de graaf onthoudt haar voor de volgende bouw "
                   "('-': geen licentie meer). Zonder deze optie claimt de graaf geen licentie.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Vorm van de samenvatting (met --watch: één JSON-regel per gebeurtenis: gebouwd, mislukt, "
                   "gestopt).")
@click.option("--with-bundled", is_flag=True, help="Neem ook het meegeleverde corpus (de G40-documenten van g40kg) "
              "mee, naast de opgegeven documenten.")
@click.option("--watch", is_flag=True, help="Blijf draaien en bouw opnieuw zodra een document of correctie "
              "verandert (alleen wat veranderde wordt opnieuw gelezen); Ctrl+C stopt.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True,
              metavar="SECONDEN", help="Met --watch: zo vaak kijken of er iets veranderde.")
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDEN",
              help="Loopt er al een bouw van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet "
                   "wachten); nog bezet daarna: exitstatus 75.")
@click.option("--keep-going", is_flag=True,
              help="Twee bestanden met één document-id (notulen.docx en notulen.pdf) stoppen de bouw niet: het "
                   "bestand van de vorige bouw blijft (bij een eerste bouw dat met een naam in kleine letters, "
                   "anders het eerste op naam), het andere wordt overgeslagen en gemeld (voor een bouw zonder "
                   "toezicht).")
@click.option("--quiet", "-q", is_flag=True,
              help="Toon niets behalve fouten: geen samenvatting, geen voortgang (met --strict ook de "
                   "waarschuwingen en de documenten die uit de graaf verdwenen).")
@click.option("--strict", is_flag=True,
              help="Waarschuwingen (overgeslagen bestanden, ongedateerde documenten …) geven exitstatus 3; de graaf "
                   "wordt wel geschreven (voor cron).")
@click.option("--allow-warning", "allowances", multiple=True, metavar="CODE[:DOCUMENT]", callback=_check_allowances,
              help="Met --strict: een bekende waarschuwing geeft geen exitstatus 3 en --quiet toont hem niet: alle "
                   "van die code (undated), of alleen die van dit document (undated:notitie-zonder-datum); herhaal "
                   "voor meer. De codes staan in --format json's warnings en in docs/integration.md.")
@click.option("--minimal-people/--all-people", "minimal_people", default=None,
              help="Laat personen weg die alleen in een presentielijst (aanwezig, afwezig, gasten), een contactregel "
                   "of een ondertekening staan en verder geen feit hebben, en personen van wie geen enkel feit "
                   "gelezen is (een geciteerde inwoner, een partner): geen knoop en geen pagina (dataminimalisatie, "
                   "AVG); de graaf onthoudt de keuze voor de volgende bouw (--all-people: weer iedereen).")
@click.option("--max-document-size", type=click.FloatRange(min=0), default=None, envvar="G40KG_MAX_DOCUMENT_SIZE",
              metavar="MILJOEN", help="Sla een document met meer tekst over dan zoveel miljoen tekens (ongeveer MB "
              "platte tekst; standaard 5, 0: geen grens), met een waarschuwing die het noemt: de extractie kost "
              "ongeveer 15 s per miljoen tekens en houdt zo lang de graaf bezet; omgeving: G40KG_MAX_DOCUMENT_SIZE.")
@click.option("--max-document-time", type=click.FloatRange(min=0), default=None, envvar="G40KG_MAX_DOCUMENT_TIME",
              metavar="SECONDEN", help="Sla een document over waarvan de extractie langer duurt dan zoveel seconden "
              "(standaard 120, 0: geen grens), met een waarschuwing die het noemt; de rest van de bouw gaat door en de "
              "volgende bouw probeert het opnieuw; omgeving: G40KG_MAX_DOCUMENT_TIME.")
@click.option("--compact", is_flag=True,
              help="Laad de Oxigraph-opslag (oxigraph/) opnieuw uit de nieuwe graph.nq in plaats van de vorige bij te "
                   "werken: elke herbouw laat hem wat groeien, tot een bouw hem zelf opnieuw laadt als hij twee keer zo "
                   "groot is als na het laden; voor onderhoud (met --watch: alleen de eerste bouw).")
@pass_settings
@translate_errors
def build(settings, paths, no_validate, full_validation, curated, license_, fmt, with_bundled, watch, interval, wait,
          keep_going, quiet, strict, allowances, minimal_people, max_document_size, max_document_time, compact):
    """Bouw de graaf uit documenten (bestanden of mappen; standaard: het meegeleverde corpus).

    Leest .txt, .md, .html, .pdf, .docx, .odt, .rtf en .eml (e-mail; met optioneel <naam>.meta.json, of een
    metadata.csv of metadata.xml van het documentsysteem met een regel per bestand), haalt personen,
    organisaties, programma's en relaties eruit, controleert de graaf met SHACL en schrijft
    hem pas weg als alles gelukt is: een mislukte bouw laat de vorige graaf intact.

    Een bouw vervangt de hele graafmap: die mag geen koppelpunt (mount point) zijn, een symbolische
    link wordt gevolgd, en de map erboven moet schrijfbaar zijn. De graaf onthoudt --minimal-people,
    --license en --curated in manifest.json: bewaar dat bij een back-up (docs/graph-folder.md).

    \b
    Voorbeelden:
        g40kg build
        g40kg build documenten/ verslag.pdf
        g40kg --graph /tmp/kg build nieuws/ --format json
        g40kg build documenten/ --curated correcties/
        g40kg build --license https://creativecommons.org/licenses/by/4.0/
        g40kg build documenten/ --minimal-people
        g40kg build documenten/ --watch
        g40kg build documenten/ --wait 600 --keep-going --format json   # voor cron
        g40kg build documenten/ --wait 600 --quiet --strict   # cron: alleen uitvoer bij fouten en waarschuwingen
        g40kg build documenten/ --quiet --strict --allow-warning undated:notitie   # een bekende waarschuwing
        g40kg build documenten/ --max-document-size 20   # ook een export van 12 MB
        g40kg build documenten/ --max-document-time 600   # een trage machine
        g40kg build documenten/ --compact   # onderhoud: een opslag zo klein als na een eerste bouw
    """
    if watch and (quiet or strict):
        raise click.UsageError(msg("build_watch_quiet"))
    if quiet:
        from .progress import disable

        disable(True)
    if not paths and not quiet:  # the bundled examples, unasked: say so, and name the documents here
        here = documents_here(Path.cwd())
        texts = TEXTS[settings.lang]
        echo_err(texts["bundled_corpus_here"][here > 1].format(n=here) if here else texts["bundled_corpus"])
    if with_bundled and paths:
        from ..pipeline import bundled_corpus

        paths = (*paths, bundled_corpus())
    curated, remembered = corrections_folder(settings.graph_path, curated, TEXTS[settings.lang])
    if not remembered:
        keep_removals(settings.graph_path, curated, TEXTS[settings.lang])
    if remembered and fmt != "json" and not quiet:
        echo_err(TEXTS[settings.lang]["corrections_remembered"].format(folder=curated))
    for folder, erasures in unused_corrections(paths, curated):
        echo_err(TEXTS[settings.lang]["unused_corrections"].format(folder=folder, erasures=erasures))

    compacting = [compact]  # with --watch: the first build only

    def build_once():
        try:
            return run_build(settings, paths, validate=not no_validate, full_validation=full_validation,
                             curated=curated, wait=wait, keep_going=keep_going, license=license_,
                             minimal_people=minimal_people, max_document_size=max_document_size,
                             max_document_time=max_document_time, compact=compacting.pop() if compacting else False)
        except ValidationFailed as refused:
            if refused.report is not None:
                echo_err(refused.report.text(settings.lang))  # every violation, grouped; the one-line error follows
            raise

    if watch:
        _watch(settings, paths, curated, build_once, fmt, interval)
        return
    report = build_once()
    unallowed = not_allowed(report, allowances)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        print_build_summary(report, settings.lang)
    elif strict:  # --quiet --strict: what cron mails
        if report.removed:  # files gone from the shared folder, or a share half there: the graph lost them (wt. 40)
            echo_err(removed_line(report.removed))
        if unallowed:
            print_build_warnings(dataclasses.replace(report, warnings=unallowed), settings.lang)
    if strict and unallowed:
        raise SystemExit(EXIT_WARNINGS)


def documents_here(folder: Path) -> int:
    """How many documents a build could read in ``folder`` and its visible subfolders (one level deep,
    so a home folder is not searched): what a bare ``g40kg build`` there passes over for the bundled
    examples (walkthrough 19, finding 2).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> for name in ("nota.txt", "maand/verslag.md", "maand/diep/oud.pdf", ".verborgen.txt", "foto.jpg"):
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True); _ = (root / name).write_text("x")
    >>> documents_here(root)
    2
    """
    from ..ingest import SUPPORTED_SUFFIXES

    def visible(where: Path):
        try:
            return [entry for entry in os.scandir(where) if not entry.name.startswith((".", "~$"))]
        except OSError:
            return []

    found = 0
    for entry in visible(folder):
        if entry.is_dir(follow_symlinks=False):
            found += sum(1 for inner in visible(Path(entry.path))
                         if inner.is_file() and Path(inner.name).suffix.lower() in SUPPORTED_SUFFIXES)
        elif entry.is_file() and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
            found += 1
    return found


def not_allowed(report, allowances) -> list[str]:
    """The warnings of ``report`` that ``--allow-warning`` (``allowances``) does not cover.

    >>> from types import SimpleNamespace
    >>> report = SimpleNamespace(warnings=["docs/a.txt: geen geldige UTF-8, gelezen als cp1252"], documents=[])
    >>> not_allowed(report, ["not_utf8:a"]), len(not_allowed(report, ["undated"]))
    ([], 1)
    """
    from ..warning_codes import allowed, warning_record

    return [w for w in report.warnings if not allowed(warning_record(w, report.documents), allowances)]


def corrections_folder(graph_path: Path, curated: Path | None, texts: dict) -> tuple[Path | None, bool]:
    """The corrections a build uses: the folder of ``--curated`` ("-": the bundled ones), else the folder
    the graph's previous build used (:func:`graph.disk_layout.remembered_corrections`), else the bundled
    ones (None); and whether it is the remembered folder. A remembered folder that is gone is a
    one-line error: building without it would silently undo the user's corrections.

    >>> import tempfile
    >>> corrections_folder(Path(tempfile.mkdtemp()) / "kg", None, TEXTS["nl"])
    (None, False)
    >>> corrections_folder(Path("kg"), Path("-"), TEXTS["nl"])[0].name
    'curated'
    """
    from ..disk_layout import remembered_corrections
    from ..resources import data_path

    if curated is not None:
        return (data_path("curated") if str(curated) == "-" else shown_folder(curated)), False
    folder = remembered_corrections(graph_path)
    if folder is None:
        return None, False
    if not folder.is_dir():
        from ..removal_guard import previous_removal

        gone = "corrections_gone_removal" if previous_removal(graph_path) else "corrections_gone"
        raise click.ClickException(texts[gone].format(folder=folder))
    return shown_folder(folder), True


def keep_removals(graph_path: Path, curated: Path | None, texts: dict) -> None:
    """Refuse corrections (``curated``; None: the bundled ones) that would bring back someone the graph's
    previous build removed on request (:func:`graph.removal_guard.dropped_removal`; walkthrough 26,
    finding 10): a one-line error naming the folder that build used.

    >>> import tempfile
    >>> keep_removals(Path(tempfile.mkdtemp()) / "kg", None, TEXTS["nl"]) is None  # no graph yet
    True
    """
    from ..disk_layout import remembered_corrections
    from ..removal_guard import dropped_removal, previous_removal
    from ..resources import data_path

    if not previous_removal(graph_path):  # the usual build: no manifest parsed here (10,000 documents: 2.5 MB)
        return
    remembered = remembered_corrections(graph_path)
    if dropped_removal(graph_path, curated if curated is not None else data_path("curated"), remembered):
        # a folder remembered relative to a graph folder copied elsewhere is not there: say so, and name
        # no folder to edit that does not exist (walkthrough 28, finding 17)
        key = "removal_dropped" if remembered is not None and remembered.is_dir() else "removal_dropped_gone"
        used = remembered if remembered is not None else "?"
        raise click.ClickException(texts[key].format(folder=curated or "-", used=used))


def shown_folder(folder: Path) -> Path:
    """``folder`` as the build's messages name it and its files (warnings, ``g40kg curation``):
    relative to the working directory when it lies inside it, else as given; so a remembered folder
    (kept absolute) reads as the "--curated correcties/" of the first build, and a warning listed
    once is known again (walkthrough 17, finding 18).

    >>> import os
    >>> shown_folder(Path(os.getcwd()) / "correcties"), shown_folder(Path("/elders/correcties"))
    (PosixPath('correcties'), PosixPath('/elders/correcties'))
    """
    try:
        return Path(folder).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return Path(folder)


#: the names of a corrections folder that lies with the documents (see :func:`unused_corrections`)
CORRECTION_FOLDERS = ("correcties", "corrections")


def unused_corrections(paths, curated: Path | None) -> list[tuple[Path, int]]:
    """Corrections folders (:data:`CORRECTION_FOLDERS`, with YAML or Turtle files) inside or beside
    the corpus folders ``paths``, or in the working directory, that this build does not use
    (``curated``), each with its number of removal rules: a removal belongs to the rules, not to one
    graph folder, and a fresh graph without them brings the person back. The build warns and does
    not use them unasked (rules picked up by their folder's name could be someone else's).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "docs").mkdir(); (root / "correcties").mkdir()
    >>> _ = (root / "correcties" / "avg.yaml").write_text("suppress:\\n  - {entity: person/x}\\n")
    >>> [(f.name, n) for f, n in unused_corrections([root / "docs"], None)]
    [('correcties', 1)]
    >>> unused_corrections([root / "docs"], root / "correcties")
    []
    """
    from ..curation_files import SUFFIXES, load_curation

    places = [Path.cwd()] + [q for p in map(Path, paths) if p.is_dir() for q in (p, p.resolve().parent)]
    used = Path(curated).resolve() if curated is not None else None
    found: dict[Path, Path] = {}
    for place in places:
        for name in CORRECTION_FOLDERS:
            folder = place / name
            if (folder.is_dir() and folder.resolve() != used and folder.resolve() not in found
                    and any(f.suffix.lower() in SUFFIXES for f in folder.iterdir() if f.is_file())):
                found[folder.resolve()] = folder
    out = []
    for folder in found.values():
        try:
            erasures = len(load_curation(folder).erasures)
        except Exception:  # a malformed file: building with it says what is wrong
            erasures = "?"
        out.append((Path(os.path.relpath(folder)), erasures))
    return out


_SIGNALS = {EXIT_INTERRUPTED: "SIGINT", EXIT_TERMINATED: "SIGTERM"}


def _watch(settings, paths, curated, build_once, fmt: str, interval: float) -> None:
    """``build --watch``: the first build with its summary, then a line per later build or failure
    (:func:`graph.watch.watch`) until Ctrl+C or SIGTERM, which end it with exit status 0. With
    ``--format json`` every event is one JSON line on stdout: ``{"event": "built", …the summary}``,
    ``{"event": "failed", "error": …, "exit_code": …, "code": …}``,
    ``{"event": "stopped", "graph": …, "signal": "SIGINT"|"SIGTERM"}``."""
    from .. import watch as watching
    from ..heap import teardown_needed
    from ..pipeline import build_sources
    from ..reference_changes import reference_digests
    from ..watch import quiet_for, restart_if_lists_changed, sources_state, watch

    teardown_needed()  # builds again and again: each build's objects must be freed
    texts = TEXTS[settings.lang]
    sources, corrections = build_sources(paths, curated)
    sources_state(sources, corrections)  # a path that is not there: the usual one-line error, before anything else
    own: dict = {}  # the graph folder and documents this watch's last build left
    read_with = reference_digests()  # the lists this process reads and keeps (walkthrough 36, finding 4)

    def build_watched():
        restart_if_lists_changed(read_with, lambda files: echo_err(texts["lists_restart"].format(files=", ".join(files))),
                                 watching.restart_process)
        _check_not_overtaken(settings.graph_path, own, texts)
        report = build_once()
        own.update(identity=_folder_identity(settings.graph_path), ids={d.id for d in report.documents})
        return report

    def event(name: str, **values) -> None:
        click.echo(json.dumps({"event": name, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **values},
                              ensure_ascii=False))

    def built(report) -> None:
        if fmt == "json":
            event("built", **report.as_dict())
            return
        changes = changes_text(report.changes or {"new": [d.id for d in report.documents]}, texts, names=True,
                               corrections=report.corrections_changed, reference=report.reference_changed)
        click.echo(texts["rebuilt"].format(time=time.strftime("%H:%M:%S"), seconds=report.seconds, changes=changes,
                                           documents=counted(len(report.documents), texts["documents"]),
                                           facts=counted(sum(report.stats.relations.values()), texts["facts"])))
        for warning in warnings_shown(report.warnings, report.repeated)[:WARNINGS_SHOWN]:  # not again each save
            echo_err(f"  {warning}")

    def failed(error) -> None:
        echo_err(texts["failed"].format(time=time.strftime("%H:%M:%S"), error=error))
        if fmt == "json":
            event("failed", error=str(error), exit_code=error.exit_code, code=getattr(error, "code", "failed"))

    def first_build_then_watch() -> None:
        try:
            report = build_watched()
        except G40Error as error:  # a broken document: say so and wait for the fix
            failed(error)
        else:
            if fmt == "json":
                built(report)
            else:
                print_build_summary(report, settings.lang)
        watched = ", ".join(map(str, sources))
        if curated is not None:  # the bundled corrections are watched too, but are no folder of the user's
            watched = texts["watched_corrections"].format(paths=watched, curated=corrections)
        echo_err(texts["watching"].format(paths=watched, interval=interval))
        watch(lambda: sources_state(sources, corrections, lists=True), build_watched, interval=interval, quiet=quiet_for,
              on_built=built, on_failed=failed)

    # Ctrl+C or SIGTERM (systemd's stop) is the way a watch ends, with status 0, between builds or in one
    try:
        first_build_then_watch()
    except (KeyboardInterrupt, Interrupted) as stop:
        if isinstance(stop, Interrupted):  # in a build: what became of the graph
            stop.show()
        status = stop.exit_code if isinstance(stop, Interrupted) else interrupt_status(stop)
        echo_err(texts["stopped"].format(graph=settings.graph_path))
        if fmt == "json":
            event("stopped", graph=str(settings.graph_path), signal=_SIGNALS[status])


CATALOGUE.update({
    "build_watch_quiet": {"nl": "--quiet en --strict gelden voor één bouw, niet voor --watch",
                          "en": "--quiet and --strict apply to one build, not to --watch"},
    "build_interrupted_unchanged": {"nl": "Afgebroken; de vorige graaf in {graph} is ongewijzigd",
                                    "en": "Interrupted; the previous graph in {graph} is unchanged"},
    "build_interrupted_nothing": {"nl": "Afgebroken; er is geen graaf geschreven in {graph}",
                                  "en": "Interrupted; no graph was written to {graph}"},
    "build_interrupted_saved": {"nl": "Afgebroken nadat de nieuwe graaf al in {graph} was opgeslagen",
                                "en": "Interrupted after the new graph had been saved in {graph}"},
    "unknown_warning_code": {"nl": "{value!r}: geen code van een waarschuwing; kies uit {codes}",
                             "en": "{value!r}: not the code of a warning; choose from {codes}"},
})
