"""Commands: build, export, evaluate, demo."""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import time
from pathlib import Path

import click

from ..errors import EXIT_INTERRUPTED, EXIT_TERMINATED, G40Error, ValidationFailed, interrupt_status
from ..messages import CATALOGUE, msg
from .base import (Interrupted, check_output_folder, cli, echo_err, pass_settings, translate_errors,
                   write_output)
from .progress import GrowingBar, progressbar, stage
from .options import time_options

TEXTS = {
    "nl": {
        "summary": "Graaf gebouwd in {graph} ({seconds:.1f} s): {documents}, {triples} triples.",
        "documents": ("document", "documenten"),
        "entities": "Entiteiten per type",
        "relations": "Relaties per predicaat",
        "warnings": ("waarschuwing", "waarschuwingen"),
        "curation": "Correcties",
        "warnings_hidden": "… en {n} over correcties (al gemeld bij de vorige bouw, of meer dan er hier passen); "
                           "'g40kg curation --stale' toont ze",
        "curation_counts": {"entities_added": ("entiteit toegevoegd", "entiteiten toegevoegd"),
                            "aliases_added": ("alias toegevoegd", "aliassen toegevoegd"),
                            "facts_added": ("feit toegevoegd", "feiten toegevoegd"),
                            "merged": ("samengevoegd", "samengevoegd"), "suppressed": ("onderdrukt", "onderdrukt"),
                            "erased": ("entiteit verwijderd", "entiteiten verwijderd")},
        "erased_caches": "De caches van de graaf ({cache}: volledige teksten en extracties) houden de namen van "
                         "verwijderde entiteiten nog; wis ze nu: rm -r {cache} (de volgende bouw leest alles opnieuw).",
        "none": "(geen)",
        "validated": "SHACL: de graaf voldoet (alle {total} documenten gecontroleerd).",
        "validated_one": "SHACL: de graaf voldoet (het enige document gecontroleerd).",
        "validated_sample": "SHACL: de graaf voldoet ({checked} van {total} documenten gecontroleerd: eerst de {new} "
                            "die deze bouw opnieuw schreef (nieuwe, gewijzigde en die een correctie raakt); 'g40kg "
                            "validate' of 'build --full-validation' controleert alles).",
        "validated_some_new": "SHACL: de graaf voldoet ({checked} van de {new} documenten gecontroleerd die deze bouw "
                              "opnieuw schreef; 'g40kg validate' of 'build --full-validation' controleert alle {total}).",
        "validated_spread": "SHACL: de graaf voldoet ({checked} van {total} documenten gecontroleerd, een steekproef; "
                            "'g40kg validate' of 'build --full-validation' controleert alles).",
        "validated_none": "SHACL: niets te controleren (geen nieuwe of gewijzigde feiten).",
        "wrote": "Geschreven: {path}",
        "wrote_site": "Geschreven: {path} ({pages} pagina's); open {path}/index.html in een browser.",
        "site_full_text": "De documentpagina's tonen de hele tekst van elk document (met wat die over personen zegt); "
                          "voor een publicatie buiten de organisatie: --no-document-text (alleen de bewijszinnen).",
        "excel_not_csv": "--excel hoort bij --format csv, niet bij --format {fmt}",
        "no_text_not_site": "--no-document-text hoort bij --format site, niet bij --format {fmt} (die bevat geen "
                            "documenttekst)",
        "evaluation": "Evaluatie tegen {gold}",
        "document": "document",
        "entities_col": "entiteiten P / R / F1",
        "relations_col": "relaties P / R / F1",
        "missed_entities": "gemiste entiteiten",
        "wrong_entities": "onjuiste entiteiten",
        "missed_facts": "gemiste feiten",
        "wrong_facts": "onjuiste feiten",
        "wrong_dates": "gevonden feiten met een verkeerde tijd",
        "time_line": "Tijd: {correct} van {checked} gevonden feiten met een gouden tijd hebben die goed ({accuracy}); "
                     "een gouden '2019' klopt bij elke datum in 2019, '2019-07' bij elke in juli 2019{missed}",
        "time_missed": "; {n} van de {dated} feiten met een tijd niet gevonden",
        "watching": "Bewaakt {paths}: bouwt opnieuw zodra er iets verandert (elke {interval:g} s gekeken; Ctrl+C stopt).",
        "rebuilt": "{time} opnieuw gebouwd ({seconds:.1f} s): {documents}, {triples} triples; {changes}.",
        "changes": "Sinds de vorige bouw: {changes}.",
        "change_words": {"new": "nieuw", "changed": "gewijzigd", "removed": "verwijderd", "renamed": "hernoemd"},
        "no_changes": "geen document veranderd",
        "watched_corrections": "{paths} en de correcties in {curated}",
        "corrections_changed": "correcties gewijzigd",
        "only_corrections_changed": "geen document veranderd, wel de correcties",
        "license_not_iri": "{value!r} is geen IRI; geef de licentie als IRI, bijvoorbeeld "
                           "https://creativecommons.org/licenses/by/4.0/ (of '-': geen licentie)",
        "corrections_remembered": "Correcties uit {folder}, zoals bij de vorige bouw van deze graaf (--curated MAP kiest "
                                  "een andere map, --curated - de meegeleverde correcties).",
        "corrections_gone": "de vorige bouw van deze graaf gebruikte de correcties in {folder}, maar die map is er niet "
                            "meer; geef --curated MAP, of --curated - voor de meegeleverde correcties",
        "unused_corrections": "Let op: {folder} ligt bij de documenten, maar deze bouw gebruikt die correcties niet "
                              "({erasures} verwijderregel(s)); een verwijdering op verzoek (AVG art. 17) geldt alleen "
                              "met --curated {folder}.",
        "failed": "{time} bouw mislukt, de vorige graaf blijft staan: {error}",
        "stopped": "Gestopt; de graaf staat in {graph}.",
    },
    "en": {
        "summary": "Graph built in {graph} ({seconds:.1f} s): {documents}, {triples} triples.",
        "documents": ("document", "documents"),
        "entities": "Entities by type",
        "relations": "Relations by predicate",
        "warnings": ("warning", "warnings"),
        "curation": "Corrections",
        "warnings_hidden": "… and {n} about corrections (reported by the previous build, or more than fit here); "
                           "'g40kg curation --stale' shows them",
        "curation_counts": {"entities_added": ("entity added", "entities added"),
                            "aliases_added": ("alias added", "aliases added"), "facts_added": ("fact added", "facts added"),
                            "merged": ("merged", "merged"), "suppressed": ("suppressed", "suppressed"),
                            "erased": ("entity removed", "entities removed")},
        "erased_caches": "The graph's caches ({cache}: full texts and extractions) still hold the names of removed "
                         "entities; clear them now: rm -r {cache} (the next build reads everything again).",
        "none": "(none)",
        "validated": "SHACL: the graph conforms (all {total} documents checked).",
        "validated_one": "SHACL: the graph conforms (its one document checked).",
        "validated_sample": "SHACL: the graph conforms ({checked} of {total} documents checked: first the {new} this "
                            "build wrote anew (new, changed and those a correction touches); 'g40kg validate' or "
                            "'build --full-validation' checks everything).",
        "validated_some_new": "SHACL: the graph conforms ({checked} of the {new} documents this build wrote anew "
                              "checked; 'g40kg validate' or 'build --full-validation' checks all {total}).",
        "validated_spread": "SHACL: the graph conforms ({checked} of {total} documents checked, a sample; "
                            "'g40kg validate' or 'build --full-validation' checks everything).",
        "validated_none": "SHACL: nothing to check (no new or changed facts).",
        "wrote": "Wrote: {path}",
        "wrote_site": "Wrote: {path} ({pages} pages); open {path}/index.html in a browser.",
        "site_full_text": "The document pages show the whole text of every document (with what it says about people); "
                          "to publish outside the organisation: --no-document-text (the evidence sentences only).",
        "excel_not_csv": "--excel goes with --format csv, not with --format {fmt}",
        "no_text_not_site": "--no-document-text goes with --format site, not with --format {fmt} (which holds no "
                            "document text)",
        "evaluation": "Evaluation against {gold}",
        "document": "document",
        "entities_col": "entities P / R / F1",
        "relations_col": "relations P / R / F1",
        "missed_entities": "missed entities",
        "wrong_entities": "wrong entities",
        "missed_facts": "missed facts",
        "wrong_facts": "wrong facts",
        "wrong_dates": "found facts with a wrong time",
        "time_line": "Time: {correct} of {checked} found facts with a gold time have it right ({accuracy}); "
                     "a gold '2019' matches any date in 2019, '2019-07' any in July 2019{missed}",
        "time_missed": "; {n} of the {dated} facts with a time not found",
        "watching": "Watching {paths}: builds again as soon as something changes (looks every {interval:g} s; Ctrl+C stops).",
        "rebuilt": "{time} built again ({seconds:.1f} s): {documents}, {triples} triples; {changes}.",
        "changes": "Since the previous build: {changes}.",
        "change_words": {"new": "new", "changed": "changed", "removed": "removed", "renamed": "renamed"},
        "no_changes": "no document changed",
        "watched_corrections": "{paths} and the corrections in {curated}",
        "corrections_changed": "corrections changed",
        "only_corrections_changed": "no document changed, but the corrections did",
        "license_not_iri": "{value!r} is not an IRI; give the licence as an IRI, for example "
                           "https://creativecommons.org/licenses/by/4.0/ (or '-': no licence)",
        "corrections_remembered": "Corrections from {folder}, as in this graph's previous build (--curated FOLDER "
                                  "chooses another folder, --curated - the bundled corrections).",
        "corrections_gone": "this graph's previous build used the corrections in {folder}, but that folder is gone; "
                            "give --curated FOLDER, or --curated - for the bundled corrections",
        "unused_corrections": "Note: {folder} lies with the documents, but this build does not use those corrections "
                              "({erasures} removal rule(s)); a removal on request (GDPR art. 17) only holds with "
                              "--curated {folder}.",
        "failed": "{time} build failed, the previous graph stays: {error}",
        "stopped": "Stopped; the graph is in {graph}.",
    },
}


def run_build(settings, paths, *, validate=True, full_validation=False, graph_path=None, curated=None, wait=0,
              keep_going=False, license=None, minimal_people=None):  # noqa: A002 - dcterms' name
    """Build (see :func:`graph.pipeline.build_graph`; ``wait``: seconds to wait for another build's
    lock, said once on stderr). Ctrl+C or SIGTERM during a build of the user's graph ends the command
    with exit status 130 or 143 and one line saying what became of the graph (the store swaps a new
    graph in whole or not at all)."""
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
                on_wait=lambda pid: echo_err(msg("build_waiting", graph=target, pid=pid or "?", seconds=wait)),
            )
    except KeyboardInterrupt as interrupt:
        if graph_path is not None:  # a graph of the command's own (evaluate's temporary one): nothing to say
            raise
        after = _folder_identity(target)
        key = ("build_interrupted_saved" if after != before else
               "build_interrupted_unchanged" if before is not None else "build_interrupted_nothing")
        raise Interrupted(msg(key, graph=target), interrupt) from None


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


#: at most this many names of removed documents in the summary
REMOVED_SHOWN = 5
#: at most this many warnings under a line of ``build --watch``
WARNINGS_SHOWN = 5


def removed_line(removed: list[str]) -> str:
    """The summary line about documents of the previous graph the build dropped.

    >>> print(removed_line(["a", "b"]))
    2 documenten uit de vorige graaf verwijderd (niet meer in de bronnen): a, b; geef hun bestanden ook op om ze te houden
    >>> removed_line(list("abcdefg")).split(": ")[1].split(";")[0]
    'a, b, c, d, e en 2 andere'
    """
    names = ", ".join(removed[:REMOVED_SHOWN])
    if len(removed) > REMOVED_SHOWN:
        names += msg("removed_more", n=len(removed) - REMOVED_SHOWN)
    return msg("removed_one" if len(removed) == 1 else "removed_many", n=len(removed), names=names)


def counted(n: int, nouns: tuple[str, str]) -> str:
    """``n`` and the noun in its number.

    >>> counted(1, ("document", "documenten")), counted(3, ("document", "documenten"))
    ('1 document', '3 documenten')
    """
    return f"{n} {nouns[0] if n == 1 else nouns[1]}"


def changes_text(changes: dict[str, list[str]], texts: dict, *, names: bool = False,
                 corrections: bool = False) -> str:
    """What changed since the previous build, in words (with ``names``: which documents, the first few;
    with ``corrections``: that the corrections changed too).

    >>> changes_text({"new": ["a"], "changed": [], "removed": ["b", "c"]}, TEXTS["nl"], names=True)
    '1 nieuw (a), 2 verwijderd (b, c)'
    >>> changes_text({"new": [], "changed": [], "removed": [], "renamed": [{"from": "a", "to": "b"}]}, TEXTS["nl"])
    '1 hernoemd (a → b)'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["en"])
    'no document changed'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["nl"], corrections=True)
    'geen document veranderd, wel de correcties'
    """
    parts = []
    for what in ("new", "changed", "removed", "renamed"):
        ids = [f"{i['from']} → {i['to']}" if isinstance(i, dict) else i for i in changes.get(what) or []]
        if ids:
            shown = ", ".join(ids[:REMOVED_SHOWN]) + (", …" if len(ids) > REMOVED_SHOWN else "")
            parts.append(f"{len(ids)} {texts['change_words'][what]}" + (f" ({shown})" if names or what == "renamed"
                                                                         else ""))
    if corrections:
        return ", ".join([*parts, texts["corrections_changed"]]) if parts else texts["only_corrections_changed"]
    return ", ".join(parts) or texts["no_changes"]


def validated_text(checked: int, total: int, new: int, texts: dict) -> str:
    """The SHACL line of a build summary: how many of the ``total`` documents were ``checked``,
    ``new`` of them the graphs the build wrote anew (it does not say why: a rebuild rewrites
    what the corrections touch, and what the line above says changed is the documents).

    >>> validated_text(7, 7, 7, TEXTS["nl"])
    'SHACL: de graaf voldoet (alle 7 documenten gecontroleerd).'
    >>> validated_text(2, 300, 0, TEXTS["en"])
    "SHACL: the graph conforms (2 of 300 documents checked, a sample; 'g40kg validate' or 'build --full-validation' checks everything)."

    More written anew than the check's budget: part of them checked, and no "first the 51" of 50.

    >>> validated_text(50, 51, 51, TEXTS["nl"])
    "SHACL: de graaf voldoet (50 van de 51 documenten gecontroleerd die deze bouw opnieuw schreef; 'g40kg validate' of 'build --full-validation' controleert alle 51)."
    """
    key = ("validated_none" if checked == 0 else "validated_one" if total == 1 else "validated" if checked == total
           else "validated_some_new" if new > checked else "validated_sample" if new else "validated_spread")
    return texts[key].format(checked=checked, total=total, new=new)


#: at most this many new curation warnings are listed one by one; the rest are counted
CURATION_WARNINGS_SHOWN = 20
#: a warning about a rule of a curation file ("correcties/a.yaml:12: …")
_CURATION_WARNING = re.compile(r"^.*?\.(ya?ml|ttl):\d+: ")


def warnings_shown(warnings: list[str], repeated: list[str]) -> list[str]:
    """The warnings a summary lists: not those about corrections that the previous build gave too
    (``repeated``), and of the curation warnings at most :data:`CURATION_WARNINGS_SHOWN`.

    >>> warnings_shown(["doc: x", "a.yaml:1: y", "a.yaml:2: z"], ["a.yaml:1: y"])
    ['doc: x', 'a.yaml:2: z']
    """
    again = set(repeated)
    shown, curation = [], 0
    for warning in warnings:
        if warning in again:
            continue
        if _CURATION_WARNING.match(warning):
            curation += 1
            if curation > CURATION_WARNINGS_SHOWN:
                continue
        shown.append(warning)
    return shown


def print_build_summary(report, lang: str) -> None:
    texts = TEXTS[lang]
    click.echo(texts["summary"].format(graph=report.graph_path, seconds=report.seconds,
                                       documents=counted(len(report.documents), texts["documents"]),
                                       triples=report.triples))
    if not report.first_build:
        click.echo(texts["changes"].format(changes=changes_text(report.changes, texts,
                                                                corrections=report.corrections_changed)))
    renamed = (report.changes or {}).get("renamed") or []
    removed = sorted(set(report.removed) - {pair["from"] for pair in renamed})  # a renamed file is not lost
    if removed:
        click.echo(removed_line(removed))
    for title, counts in ((texts["entities"], report.stats.entities), (texts["relations"], report.stats.relations)):
        click.echo(f"{title}:")
        if not counts:
            click.echo(f"  {texts['none']}")
        width = max((len(k) for k in counts), default=0)
        for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {key:<{width}}  {value:>5}")
    if report.curation:
        names = texts["curation_counts"]
        done = ", ".join(counted(count, names[what]) for what, count in report.curation.items() if what in names)
        click.echo(f"{texts['curation']}: {done}.")
        if report.curation.get("erased") and report.corrections_changed:  # a new removal (forget): the caches
            click.echo(texts["erased_caches"].format(cache=report.graph_path / "cache"))
    if report.validated is not None:
        click.echo(validated_text(*report.validated, texts))
    shown = warnings_shown(report.warnings, report.repeated)
    if shown:
        echo_err(counted(len(report.warnings), texts["warnings"]) + ":")
        for warning in shown:
            echo_err(f"  {warning}")
    hidden = len(report.warnings) - len(shown)
    if hidden:
        echo_err("  " + texts["warnings_hidden"].format(n=hidden))


def _folder_or_dash(ctx, param, value):
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


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-validate", is_flag=True, help="Sla de SHACL-controle over (niet aanbevolen).")
@click.option("--full-validation", is_flag=True,
              help="Controleer de hele graaf met SHACL, niet alleen de nieuwe documenten (trager).")
@click.option("--curated", callback=_folder_or_dash, envvar="G40KG_CURATED", metavar="MAP",
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
                   "bestand van de vorige bouw blijft, het andere wordt overgeslagen en gemeld (voor een bouw "
                   "zonder toezicht).")
@click.option("--minimal-people/--all-people", "minimal_people", default=None,
              help="Laat personen weg die alleen in een presentielijst (aanwezig, afwezig, gasten), een contactregel "
                   "of een ondertekening staan en verder geen feit hebben, en personen van wie geen enkel feit "
                   "gelezen is (een geciteerde inwoner, een partner): geen knoop en geen pagina (dataminimalisatie, "
                   "AVG); de graaf onthoudt de keuze voor de volgende bouw (--all-people: weer iedereen).")
@pass_settings
@translate_errors
def build(settings, paths, no_validate, full_validation, curated, license_, fmt, with_bundled, watch, interval, wait,
          keep_going, minimal_people):
    """Bouw de graaf uit documenten (bestanden of mappen; standaard: het meegeleverde corpus).

    Leest .txt, .md, .html, .pdf en .docx (met optioneel <naam>.meta.json), haalt personen,
    organisaties, programma's en relaties eruit, controleert de graaf met SHACL en schrijft
    hem pas weg als alles gelukt is: een mislukte bouw laat de vorige graaf intact.

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
    """
    if with_bundled and paths:
        from ..pipeline import bundled_corpus

        paths = (*paths, bundled_corpus())
    curated, remembered = corrections_folder(settings.graph_path, curated, TEXTS[settings.lang])
    if remembered and fmt != "json":
        echo_err(TEXTS[settings.lang]["corrections_remembered"].format(folder=curated))
    for folder, erasures in unused_corrections(paths, curated):
        echo_err(TEXTS[settings.lang]["unused_corrections"].format(folder=folder, erasures=erasures))

    def build_once():
        try:
            return run_build(settings, paths, validate=not no_validate, full_validation=full_validation,
                             curated=curated, wait=wait, keep_going=keep_going, license=license_,
                             minimal_people=minimal_people)
        except ValidationFailed as refused:
            if refused.report is not None:
                echo_err(refused.report.text(settings.lang))  # every violation, grouped; the one-line error follows
            raise

    if watch:
        _watch(settings, paths, curated, build_once, fmt, interval)
        return
    report = build_once()
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_build_summary(report, settings.lang)


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
        return (data_path("curated") if str(curated) == "-" else curated), False
    folder = remembered_corrections(graph_path)
    if folder is None:
        return None, False
    if not folder.is_dir():
        raise click.ClickException(texts["corrections_gone"].format(folder=folder))
    return folder, True


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
    ``{"event": "failed", "error": …, "exit_code": …}``,
    ``{"event": "stopped", "graph": …, "signal": "SIGINT"|"SIGTERM"}``."""
    from ..heap import teardown_needed
    from ..pipeline import build_sources
    from ..watch import quiet_for, sources_state, watch

    teardown_needed()  # builds again and again: each build's objects must be freed
    texts = TEXTS[settings.lang]
    sources, corrections = build_sources(paths, curated)
    sources_state(sources, corrections)  # a path that is not there: the usual one-line error, before anything else

    def event(name: str, **values) -> None:
        click.echo(json.dumps({"event": name, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **values},
                              ensure_ascii=False))

    def built(report) -> None:
        if fmt == "json":
            event("built", **report.as_dict())
            return
        changes = changes_text(report.changes or {"new": [d.id for d in report.documents]}, texts, names=True,
                               corrections=report.corrections_changed)
        click.echo(texts["rebuilt"].format(time=time.strftime("%H:%M:%S"), seconds=report.seconds, changes=changes,
                                           documents=counted(len(report.documents), texts["documents"]),
                                           triples=report.triples))
        for warning in warnings_shown(report.warnings, report.repeated)[:WARNINGS_SHOWN]:  # not again each save
            echo_err(f"  {warning}")

    def failed(error) -> None:
        echo_err(texts["failed"].format(time=time.strftime("%H:%M:%S"), error=error))
        if fmt == "json":
            event("failed", error=str(error), exit_code=error.exit_code)

    def first_build_then_watch() -> None:
        try:
            report = build_once()
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
        watch(lambda: sources_state(sources, corrections), build_once, interval=interval, quiet=quiet_for,
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


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["facts", "turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml",
                                                    "graphml", "gexf", "csv", "site"]),
              default="facts", show_default=True, help="Uitvoerformaat.")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="BESTAND",
              help="Schrijf naar dit bestand (standaard: stdout); bij --format site de map.")
@click.option("--excel", is_flag=True,
              help="Met --format csv: voor Excel met Nederlandse instellingen (puntkomma's, UTF-8 met BOM), "
                   "zodat een dubbelklik het bestand in kolommen opent.")
@click.option("--no-document-text", is_flag=True, envvar="G40KG_NO_DOCUMENT_TEXT",
              help="Met --format site: publiceer van elk document alleen de zinnen waarop de feiten berusten, niet de hele tekst "
                   "(ook niet in de .json-versie); bijv. voor een verkenner buiten de organisatie.")
@time_options
@pass_settings
@translate_errors
def export_command(settings, fmt, output, excel, no_document_text, at, between, as_of):
    """Exporteer de graaf: feiten (JSON Lines), RDF, een netwerkformaat of de verkenner als site.

    'facts' is het publieke feitenformaat (één JSON-object per feit per document, met het
    bewijszinnetje en de tijd: date, valid_from, valid_until, past, confidence; en hoe het
    feit is afgeleid: inferred_until en ended_by, het afgeleide einde van een termijn en het
    document dat het beëindigde, en rule, de extractieregel); 'csv' heeft
    dezelfde kolommen, een rij per bewijszin (twee zinnen van één document met hetzelfde feit
    staan er allebei) en ook de met de hand toegevoegde feiten (bewijs "gecureerd (bestand:regel)");
    graphml/gexf zijn de netwerkprojectie voor Gephi of yEd. In 'csv' krijgt een cel die een
    spreadsheet als formule zou lezen (begint met = + - @) een ' ervoor. RDF: trig, nquads en
    jsonld (met een @context van de prefixen) houden de benoemde grafen; turtle, ntriples en
    rdfxml geven hun vereniging. 'g40kg validate' leest elk RDF-bestand dat export schrijft.

    --at, --between en --as-of houden bij facts, csv, graphml en gexf alleen de feiten van die
    periode, met dezelfde regels als rank, communities en viz (bijv. een netwerk per periode voor
    Gephi of R); een RDF-formaat en 'site' exporteren altijd de hele graaf.

    'site' schrijft de webverkenner ('g40kg serve') als map met HTML-pagina's die zonder server
    werken: open index.html van schijf, of zet de map op een intranet of gedeelde schijf. Alle
    links zijn relatief en er wordt niets van internet geladen; zoeken, SPARQL en vragen met eigen
    waarden vragen om 'g40kg serve'. De map wordt pas vervangen als de nieuwe kopie compleet is.

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
    """
    from ..errors import InputError

    if excel and fmt != "csv":
        raise click.UsageError(TEXTS[settings.lang]["excel_not_csv"].format(fmt=fmt))
    if no_document_text and fmt != "site":
        raise click.UsageError(TEXTS[settings.lang]["no_text_not_site"].format(fmt=fmt))
    from ..export import export

    window = {"at": at, "between": tuple(between) if between else None, "as_of": as_of}
    if fmt == "site":
        if any(window.values()):
            raise InputError(msg("export_period_format", fmt=fmt, formats="facts, csv, graphml, gexf"))
        return _export_site(settings, output, document_text=not no_document_text)
    if output is not None and output.is_dir():
        raise InputError(msg("cannot_write", path=output, reason=os.strerror(errno.EISDIR)))
    check_output_folder(output)
    text = export(settings.load(), fmt, excel=excel, **window)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_output(output, text)
        echo_err(TEXTS[settings.lang]["wrote"].format(path=output))


def _export_site(settings, output: Path | None, document_text: bool = True) -> None:
    """``export --format site -o DIR``: the static copy of the explorer (:mod:`graph.serve.site`)."""
    from ..errors import InputError
    from ..serve.site import export_site

    if output is None:
        raise InputError(msg("site_needs_output"))
    if settings.endpoint:
        raise InputError(msg("site_endpoint"))
    with GrowingBar(msg("progress_site")) as progress:
        report = export_site(settings.graph_path, output, engine=settings.engine, lang=settings.lang,
                             progress=progress, document_text=document_text)
    echo_err(TEXTS[settings.lang]["wrote_site"].format(path=report.folder, pages=report.pages))
    if document_text:  # privacy by default is the reader's choice here: say what is published
        echo_err(TEXTS[settings.lang]["site_full_text"])


@cli.command()
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--facts", "facts_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Beoordeel dit feitenbestand (JSON Lines) in plaats van opnieuw te bouwen.")
@click.option("-v", "--verbose", "verbose", is_flag=True, help="Toon gemiste en onjuiste feiten.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tekst of JSON (voor scripts).")
@pass_settings
@translate_errors
def evaluate(settings, gold, paths, facts_file, verbose, fmt):
    """Meet de extractie tegen een goudstandaard (precisie, recall en F1 per document).

    Bouwt de documenten (standaard: het meegeleverde corpus) in een tijdelijke graaf, exporteert
    de feiten en vergelijkt ze met GOLD (formaat: zie docs/gold-format.md). De eigen graaf
    (--graph) blijft onaangeroerd. Geeft de goudstandaard bij een feit een tijd
    ("{fact: [a, hasRole, b, [voorzitter]], from: 2019, until: 2023-02-28}"), dan meet een extra
    regel hoeveel gevonden feiten die tijd goed hebben (een gouden 2019 klopt bij elke datum in
    2019) en toont -v de verkeerde.

    \b
    Voorbeelden:
        g40kg evaluate ../shared/gold/seeds.yaml
        g40kg evaluate tests/fixtures/extract/gold.yaml tests/fixtures/extract/ -v
        g40kg evaluate tests/fixtures/gold-tijd.yaml tests/fixtures/extract/   # met tijden
    """
    from ..evaluate import check_overlap, evaluate as score, load_gold
    from ..export import iter_facts
    from ..store import open_dataset

    gold_data = load_gold(gold)
    if facts_file:
        facts = _read_facts(facts_file)
    else:
        with tempfile.TemporaryDirectory(prefix="g40kg-eval-") as tmp:
            run_build(settings, paths, graph_path=Path(tmp) / "kg")
            facts = list(iter_facts(open_dataset(Path(tmp) / "kg", engine=settings.engine), with_time=True))
    check_overlap(gold_data, facts)
    result = score(gold_data, facts)
    if fmt == "json":
        click.echo(json.dumps(_evaluation_dict(result), ensure_ascii=False, indent=2))
        return
    _print_evaluation(result, gold, settings.lang, verbose)


def _read_facts(path: Path) -> list[dict]:
    from ..errors import InputError, read_utf8
    from ..messages import msg

    rows = []
    for number, line in enumerate(read_utf8(path).splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError:
                raise InputError(msg("facts_line", path=path, line=number)) from None
    return rows


def _triple(score) -> str:
    return f"{score.precision:.2f} / {score.recall:.2f} / {score.f1:.2f}"


def _evaluation_dict(result) -> dict:
    def one(doc):
        found = {
            "document": doc.document,
            "entities": {"precision": doc.entities.precision, "recall": doc.entities.recall, "f1": doc.entities.f1},
            "relations": {"precision": doc.relations.precision, "recall": doc.relations.recall, "f1": doc.relations.f1},
            "missed_entities": doc.missed_entities,
            "wrong_entities": doc.wrong_entities,
            "missed_facts": doc.missed_facts,
            "wrong_facts": doc.wrong_facts,
        }
        if result.has_time:  # only for a gold file that gives times: older outputs stay the same
            found["time"] = {"dated": doc.time.dated, "checked": doc.time.checked, "correct": doc.time.correct,
                             "accuracy": doc.time.accuracy}
            found["wrong_dates"] = doc.wrong_dates
        return found

    return {"documents": [one(d) for d in result.documents], "overall": one(result.overall)}


def _print_evaluation(result, gold, lang, verbose) -> None:
    texts = TEXTS[lang]
    rows = [(d.document, _triple(d.entities), _triple(d.relations)) for d in result.documents]
    rows.append(("overall" if lang == "en" else "totaal", _triple(result.overall.entities), _triple(result.overall.relations)))
    width = max(len(r[0]) for r in rows + [(texts["document"],)])
    click.echo(texts["evaluation"].format(gold=gold))
    click.echo(f"{texts['document']:<{width}}  {texts['entities_col']:<22}  {texts['relations_col']}")
    for name, entities, relations in rows:
        click.echo(f"{name:<{width}}  {entities:<22}  {relations}")
    if result.has_time:
        click.echo(time_text(result.overall.time, texts))
    if not verbose:
        return
    for doc in result.documents:
        for key in ("missed_entities", "wrong_entities", "missed_facts", "wrong_facts", "wrong_dates"):
            items = getattr(doc, key)
            if items:
                click.echo(f"\n{doc.document} — {texts[key]} ({len(items)}):")
                for item in items:
                    click.echo(f"  - {item}")


def time_text(time, texts) -> str:
    """The evaluation's time line (gold facts that give ``from``/``until``/``past``).

    >>> from graph.evaluate import TimeScore
    >>> time_text(TimeScore(dated=5, checked=4, correct=3), TEXTS["en"])
    "Time: 3 of 4 found facts with a gold time have it right (0.75); a gold '2019' matches any date in 2019, '2019-07' any in July 2019; 1 of the 5 facts with a time not found"
    """
    missed = time.dated - time.checked
    accuracy = "-" if time.accuracy is None else f"{time.accuracy:.2f}"
    return texts["time_line"].format(correct=time.correct, checked=time.checked, accuracy=accuracy,
                                     missed=texts["time_missed"].format(n=missed, dated=time.dated) if missed else "")


DEMO_TEXTS = {
    "nl": {"step_build": "1/3  De meegeleverde documenten bouwen …",
           "step_collab": "2/3  Wie werkt samen met welk ministerie?",
           "step_viz": "3/3  Netwerkpagina schrijven …",
           "next": "Klaar. Open {page} in een browser (werkt offline). Verder: 'g40kg collaborators EZK', "
                   "'g40kg entity G40', 'g40kg serve'."},
    "en": {"step_build": "1/3  Building the bundled documents …",
           "step_collab": "2/3  Who collaborates with which ministry?",
           "step_viz": "3/3  Writing the network page …",
           "next": "Done. Open {page} in a browser (works offline). Next: 'g40kg collaborators EZK', "
                   "'g40kg entity G40', 'g40kg serve'."},
}


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default="g40kg-netwerk.html",
              show_default=True, help="Waar de netwerkpagina komt.")
@click.pass_context
@translate_errors
def demo(ctx, output):
    """Alles in één keer: bouw het meegeleverde corpus, toon de samenwerkingen met ministeries
    en schrijf de interactieve netwerkpagina.

    \b
    Voorbeelden:
        g40kg demo
        g40kg --lang en demo -o network.html
    """
    from .entity_cmd import collaborators_command
    from .viz_cmd import viz_command

    settings = ctx.obj
    texts = DEMO_TEXTS[settings.lang]
    check_output_folder(output)
    _check_demo_may_replace(settings.graph_path)
    click.secho(texts["step_build"], bold=True)
    print_build_summary(run_build(settings, []), settings.lang)
    click.echo()
    click.secho(texts["step_collab"], bold=True)
    ctx.invoke(collaborators_command, ministry=None)
    click.echo()
    click.secho(texts["step_viz"], bold=True)
    ctx.invoke(viz_command, out=output)
    click.echo(texts["next"].format(page=output))


def _check_demo_may_replace(graph_path: Path) -> None:
    """Refuse to build the demo over a graph of the user's own documents (it would replace them)."""
    from ..pipeline import holds_only_bundled_corpus

    path = Path(graph_path)
    if not path.is_dir() or not any(path.iterdir()):  # nothing to lose (a file there: the build's own error)
        return
    if not holds_only_bundled_corpus(path):  # a folder that is no graph: read_manifest's error
        raise G40Error(msg("demo_would_replace", graph=path))


CATALOGUE.update({
    "removed_one": {"nl": "1 document uit de vorige graaf verwijderd (niet meer in de bronnen): {names}; geef zijn "
                          "bestand ook op om het te houden",
                    "en": "1 document of the previous graph removed (no longer among the sources): {names}; give its "
                          "file too to keep it"},
    "removed_many": {"nl": "{n} documenten uit de vorige graaf verwijderd (niet meer in de bronnen): {names}; geef "
                           "hun bestanden ook op om ze te houden",
                     "en": "{n} documents of the previous graph removed (no longer among the sources): {names}; give "
                           "their files too to keep them"},
    "removed_more": {"nl": " en {n} andere", "en": " and {n} more"},
    "build_interrupted_unchanged": {"nl": "afgebroken; de vorige graaf in {graph} is ongewijzigd",
                                    "en": "interrupted; the previous graph in {graph} is unchanged"},
    "build_interrupted_nothing": {"nl": "afgebroken; er is geen graaf geschreven in {graph}",
                                  "en": "interrupted; no graph was written to {graph}"},
    "build_interrupted_saved": {"nl": "afgebroken nadat de nieuwe graaf al in {graph} was opgeslagen",
                                "en": "interrupted after the new graph had been saved in {graph}"},
    "demo_would_replace": {"nl": "{graph} bevat al een graaf van andere documenten dan het meegeleverde corpus; demo "
                                 "overschrijft die niet. Kies een andere map, bijv. 'g40kg --graph demo-graaf demo', "
                                 "of verwijder {graph} eerst",
                           "en": "{graph} already holds a graph of other documents than the bundled corpus; demo does "
                                 "not overwrite it. Choose another folder, e.g. 'g40kg --graph demo-graph demo', or "
                                 "remove {graph} first"},
})
