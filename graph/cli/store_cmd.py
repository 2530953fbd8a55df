"""Commands: push (copy the local graph to an external triple store), diff (what changed between two builds)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..headings import headings
from ..messages import msg
from .base import Interrupted, cli, echo_err, pass_settings, translate_errors
from .options import raw_option, read_timeout_option
from .output import TABLE_FORMATS, render

TEXTS = {
    "nl": {
        "done": "{graphs} grafen gewijzigd (van {graphs_total}) en verstuurd, {sent_triples} triples; "
                "standaardgraaf {default_graph_added} erbij, {default_graph_deleted} eraf; graaf {triples} triples, "
                "standaardgraaf {default_graph_triples}; naar {target} ({protocol}) in {batches} batches, "
                "{retries} herhaalde verzoeken, {seconds:.1f} s.",
        "replaced": "De standaardgraaf is in zijn geheel vervangen: tijdens de push zagen lezers er een deel van "
                    "(geef naast --store-url ook --update-url, dan gaat alleen het verschil).",
        "recognised": "Dezelfde server als {other} (herkend aan de vorige push uit deze graaf).",
        "staging_cleared": "Een tussengraaf die een eerder afgebroken push op de server liet staan, is verwijderd.",
        "progress": "  {graph}: {n} triples",
        "removed": "Op de server verwijderd, want niet meer in de lokale graaf: {what}.",
        "removed_documents": ("document", "documenten"),
        "removed_other": ("andere graaf", "andere grafen"),
        "and": " en ",
        "diff_title": "{added} erbij, {removed} eraf ({old} → {new})",
        "diff_documents": "Documenten: {changes}.",
        "facts": ("feit", "feiten"),
        "diff_added": "+ erbij",
        "diff_removed": "- eraf",
        "diff_merged": "= samengevoegd",
        "diff_iri": "≠ IRI veranderd",
        "diff_iris": "; {n} IRI veranderd",
        "diff_changed": "~ gewijzigd",
        "diff_changes": "; {n} met een andere periode",
        "diff_curated": ", gecureerd",
        "diff_suppressed": ", onderdrukt ({source})",
        "diff_erased": ", verwijderd op verzoek ({source})",
        "diff_merges": "; {n} samengevoegd",
        "diff_retyped": "~ hertypt",
        "diff_retypes": "; {n} hertypt",
        "diff_renamed": "~ hernoemd",
        "diff_renames": "; {n} hernoemd",
        "diff_split": "⇄ afgesplitst",
        "diff_splits": "; {n} afgesplitst",
        "diff_ended": "~ beëindigd",
        "diff_endings": "; {n} beëindigd",
        "diff_until": "tot {until}",
        "diff_past": "voorbij (geen datum)",
    },
    "en": {
        "done": "{graphs} graphs changed (of {graphs_total}) and sent, {sent_triples} triples; default graph "
                "{default_graph_added} added, {default_graph_deleted} deleted; graph {triples} triples, default "
                "graph {default_graph_triples}; to {target} ({protocol}) in {batches} batches, "
                "{retries} retried requests, {seconds:.1f} s.",
        "replaced": "The default graph was replaced whole: during the push readers saw part of it "
                    "(give --update-url next to --store-url, and only the difference goes).",
        "recognised": "The same server as {other} (recognised by the last push from this graph).",
        "staging_cleared": "A staging graph that an earlier push, broken off half way, left on the server was removed.",
        "progress": "  {graph}: {n} triples",
        "removed": "Deleted on the server, as no longer in the local graph: {what}.",
        "removed_documents": ("document", "documents"),
        "removed_other": ("other graph", "other graphs"),
        "and": " and ",
        "diff_title": "{added} added, {removed} removed ({old} → {new})",
        "diff_documents": "Documents: {changes}.",
        "facts": ("fact", "facts"),
        "diff_added": "+ added",
        "diff_removed": "- removed",
        "diff_merged": "= merged",
        "diff_iri": "≠ IRI changed",
        "diff_iris": "; {n} IRI changed",
        "diff_changed": "~ changed",
        "diff_changes": "; {n} with another period",
        "diff_curated": ", curated",
        "diff_suppressed": ", suppressed ({source})",
        "diff_erased": ", on request ({source})",
        "diff_merges": "; {n} merged",
        "diff_retyped": "~ retyped",
        "diff_retypes": "; {n} retyped",
        "diff_renamed": "~ renamed",
        "diff_renames": "; {n} renamed",
        "diff_split": "⇄ split off",
        "diff_splits": "; {n} split off",
        "diff_ended": "~ ended",
        "diff_endings": "; {n} ended",
        "diff_until": "until {until}",
        "diff_past": "over (no date)",
    },
}


@cli.command()
@click.option("--store-url", metavar="URL", help="Graph Store Protocol-adres (PUT/POST ?graph=IRI).")
@click.option("--update-url", metavar="URL",
              help="SPARQL Update-adres (DROP GRAPH + INSERT DATA; INSERT/DELETE DATA voor de standaardgraaf). "
                   "Samen met --store-url: de grafen via het Graph Store Protocol, het verschil in de "
                   "standaardgraaf via SPARQL Update.")
@click.option("--query-url", metavar="URL",
              help="SPARQL-queryadres van dezelfde server (Oxigraph: …/query). Alleen nodig met --update-url zonder "
                   "--store-url: dan leest push er de graaf g40g:push, en herkent zo de server onder een ander adres "
                   "(anders gaat alles opnieuw). Push controleert eerst dat het adres toont wat push via "
                   "--update-url schrijft.")
@click.option("--full", is_flag=True,
              help="Verstuur alle grafen en de hele vereniging opnieuw, ook wat sinds de vorige push niet "
                   "veranderde (standaard gaat alleen wat veranderde).")
@click.option("--batch-size", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Triples per verzoek. Een benoemde graaf met hoogstens zoveel triples gaat in één verzoek, "
                   "zodat lezers de oude of de nieuwe zien; een grotere gaat met --update-url via een tussengraaf "
                   "die één MOVE op zijn plaats zet, met alleen --store-url in delen (lezers zien hem groeien).")
@click.option("--default-graph", type=click.Choice(["union", "none"]), default="union", show_default=True,
              help="'union': schrijf ook de vereniging van alle grafen in de standaardgraaf van de server "
                   "(werkt overal); 'none': de server maakt die vereniging zelf (Virtuoso, GraphDB).")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Extra pogingen per verzoek bij netwerkfouten of 408/429/5xx.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True, help="Seconden per verzoek.")
@click.option("--user", metavar="NAAM:WACHTWOORD", envvar="G40KG_PUSH_USER",
              callback=lambda ctx, param, value: _name_and_password(value, param),
              help="HTTP Basic-authenticatie (omgeving: G40KG_PUSH_USER).")
@click.option("--replace-default-graph", is_flag=True,
              help="Laat de vereniging ook een standaardgraaf vervangen waarin anderen triples zetten "
                   "(standaard stopt push dan, met --store-url; --update-url laat ze staan).")
@click.option("--keep-removed", is_flag=True,
              help="Laat de grafen van documenten die sinds de vorige push uit de graaf verdwenen staan "
                   "(standaard verwijdert push ze op de server).")
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDEN",
              help="Loopt er al een push van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet "
                   "wachten); nog bezet daarna: exitstatus 75. Een bouw wacht niet op een push.")
@click.option("--quiet", "-q", is_flag=True, help="Geen samenvatting; alleen fouten (voor cron).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tekst (op stderr) of JSON (op stdout, voor scripts).")
@pass_settings
@translate_errors
def push(settings, store_url, update_url, query_url, full, batch_size, default_graph, retries, timeout, user,
         replace_default_graph, keep_removed, wait, quiet, fmt):
    """Kopieer wat sinds de vorige push veranderde naar een externe triple store.

    Werkt met elke server die het SPARQL 1.1 Graph Store Protocol of SPARQL 1.1 Update spreekt:
    Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso. Alleen de benoemde grafen die
    veranderden gaan opnieuw (een controlesom per graaf in cache/push/); de standaardgraaf krijgt
    eerst de nieuwe triples en verliest daarna de oude, zodat lezers nooit een halve graaf zien.
    Grafen van documenten die sinds de vorige push verwijderd zijn, verdwijnen ook op de server
    (zie --keep-removed). Als laatste schrijft push de graaf g40g:push (push:complete true, tijd,
    bouwtijd, aantal grafen, versie). Lees daarna met 'g40kg --endpoint URL <opdracht>'.
    Een tweede push van dezelfde graaf stopt met exitstatus 75 (of wacht, --wait); een bouw loopt
    intussen gewoon door.

    \b
    Voorbeelden:
        g40kg push --store-url http://localhost:7878/store --update-url http://localhost:7878/update
        g40kg push --update-url http://localhost:3030/g40/update --query-url http://localhost:3030/g40/query
        g40kg push --store-url http://localhost:7878/store --quiet     # cron: alleen uitvoer bij fouten
        g40kg --endpoint http://localhost:7878/query collaborators EZK
    """
    from ..push import push as push_graph

    texts = TEXTS[settings.lang]
    auth = tuple(user.split(":", 1)) if user and ":" in user else None

    def progress(graph, n):
        if settings.verbose:
            echo_err(texts["progress"].format(graph=graph, n=n))

    def retrying(url, reason, attempt, attempts, seconds):  # a server that does not answer (walkthrough 27, 10)
        echo_err(msg("push_retrying", url=url, reason=reason, attempt=attempt, attempts=attempts, seconds=seconds,
                     timeout=timeout))

    try:
        report = push_graph(settings.graph_path, store_url=store_url, update_url=update_url, query_url=query_url,
                            batch_size=batch_size,
                            default_graph=default_graph, full=full,
                            retries=retries, timeout=timeout, auth=auth, progress=progress, keep_removed=keep_removed,
                            replace_default_graph=replace_default_graph, wait=wait, on_retry=None if quiet else retrying,
                            on_wait=lambda pid: echo_err(msg("push_waiting", graph=settings.graph_path, pid=pid or "?",
                                                             seconds=wait)))
    except KeyboardInterrupt as interrupt:
        raise push_interrupted(interrupt, store_url or update_url) from None
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:  # status lines go to stderr, like the build's
        if report.recognised_from:
            echo_err(texts["recognised"].format(other=report.recognised_from))
        if report.staging_cleared:
            echo_err(texts["staging_cleared"])
        echo_err(texts["done"].format(**report.as_dict()))
        if report.removed:
            echo_err(removed_text(report, texts))
        if report.default_graph_replaced and store_url and not update_url:
            echo_err(texts["replaced"])


def push_interrupted(interrupt: KeyboardInterrupt, url: str) -> Interrupted:
    """The one line for a push that Ctrl+C or SIGTERM stopped: how far it got and what to do, and under
    ``--format json`` what was sent (as a failed push's error says it).

    >>> from graph.push import PushReport
    >>> stopped = KeyboardInterrupt()
    >>> stopped.push_report = PushReport("http://localhost:7878/store", "graph-store", graphs=1, graphs_to_send=3, begun=True)
    >>> push_interrupted(stopped, "http://localhost:7878/store").format_message()[:75]
    'Afgebroken tijdens de push naar http://localhost:7878/store: 1 van de 3 gra'
    >>> push_interrupted(KeyboardInterrupt(), "http://localhost:7878/store").format_message()
    'Afgebroken: niets naar http://localhost:7878/store verstuurd; de server is zoals na de vorige push'
    """
    report = getattr(interrupt, "push_report", None)
    if report is None or not report.begun:
        return Interrupted(msg("push_interrupted_nothing", url=url), interrupt)
    stopped = Interrupted(msg("push_interrupted", url=url, done=report.graphs, changed=report.graphs_to_send), interrupt)
    stopped.details = report.error_details()
    return stopped


def removed_text(report, texts: dict) -> str:
    """The line on what a push deleted on the server: the removed documents' graphs, and apart
    from them graphs of no document that they left empty (``tenure``).

    >>> from graph.push import PushReport
    >>> from graph.vocab import TENURE_GRAPH, document_graph
    >>> report = PushReport("u", "p", removed=2, removed_graphs=[str(document_graph("a")), str(TENURE_GRAPH)])
    >>> removed_text(report, TEXTS["nl"])
    'Op de server verwijderd, want niet meer in de lokale graaf: 1 document (a) en 1 andere graaf (tenure).'
    """
    from .build_summary import counted

    parts = [counted(len(names), texts[key]) + f" ({', '.join(names)})"
             for key, names in (("removed_documents", report.removed_documents), ("removed_other", report.removed_other))
             if names]
    return texts["removed"].format(what=texts["and"].join(parts))


def _name_and_password(value, param):
    """``value`` if it is NAAM:WACHTWOORD (or not given); a usage error otherwise."""
    if value is not None and ":" not in value:
        from ..messages import get_language

        raise click.BadParameter("give NAME:PASSWORD" if get_language() == "en" else "geef NAAM:WACHTWOORD", param=param)
    return value


@cli.command("diff")
@click.argument("old", type=click.Path(path_type=Path), required=False)
@click.argument("new", type=click.Path(path_type=Path), required=False)
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True,
              help="Uitvoerformaat.")
@raw_option
@read_timeout_option
@pass_settings
@translate_errors
def diff_command(settings, old, new, fmt):
    """Wat er tussen twee bouwen veranderde: de feiten die erbij kwamen en die eraf gingen.

    OUD en NIEUW zijn feitenbestanden ('g40kg export') of graafmappen; zonder NIEUW de graaf van
    --graph. Zonder OUD: wat de laatste bouw veranderde, zoals de graafmap dat bijhoudt (de documenten,
    de feiten die erbij kwamen en eraf gingen en de beëindigde rollen, ten hoogste 200 van elk; een
    gewijzigde periode en de correcties alleen tegen een bewaarde kopie). Een feit is onderwerp, relatie, rol en object: een nieuw document dat een bekend feit
    herhaalt is geen verandering. Bij een toegevoegd feit staat het document dat het nu zegt, bij
    een verwijderd feit het document dat het zei. Een feit dat blijft maar in een document een
    andere periode kreeg (begin, einde of afgeleid einde, bijvoorbeeld na een verbeterde
    documentdatum) is een regel "gewijzigd" met de periode ervoor en erna ("2019-07-01 – (open) →
    2019-07-01 – 2023-02-28"). Een bekend feit waarvan een nieuw document zegt dat het voorbij is
    ("neemt afscheid als wethouder", een einddatum) is een regel "beëindigd" ("tot 2026-03-20"). Een samenvoeging (merge:) in NIEUW is één regel
    "samengevoegd" met het aantal feiten dat meeging, een hertyping (entities: met een andere type:) één
    regel "hertypt" met de oude en de nieuwe sleutel ("organisation/aedes → programme/aedes"), een hernoeming
    (entities: met rename: true) tussen twee graafmappen één regel "hernoemd" met de oude en de nieuwe naam
    ("renamed" in json); tussen twee graafmappen staan met de hand
    toegevoegde feiten er ook bij ("erbij, gecureerd", met bestand:regel), en een feit dat een correctie
    (suppress:) in NIEUW wegnam heet "eraf, onderdrukt (bestand:regel)" ("suppressed" in json), een feit van
    iemand die op verzoek is verwijderd "eraf, verwijderd op verzoek (bestand:regel)" zonder naam ("erased"). Bewaar dus voor de bouw
    de vorige graafmap (cp -r .g40kg gisteren), niet een feitenbestand: dat laat de correcties weg.
    Tussen twee graafmappen noemt een regel onder de telling de documenten die erbij kwamen,
    veranderden of weggingen ("documents" in json) en de referentielijsten die veranderden
    ("reference_changed").
    Een persoons-IRI die een bouw verplaatste (de oude wijst met owl:sameAs naar de nieuwe) is een
    regel "IRI veranderd"; --format json geeft die, de samenvoegingen ("merged") en de hertypingen
    ("retyped") als "iri_changed": [{"old", "new"}], de IRI's om in een tabel te vervangen. Een splitsing
    (split:) in NEW is één regel "afgesplitst" ("split" in json): de vermeldingen van de oude sleutel in die
    gemeente staan nu bij de nieuwe, de oude blijft (voor wie elders genoemd is).
    --timeout geldt voor elke query die diff op een graafmap doet; een query die langer loopt breekt
    diff af met exitstatus 124.

    \b
    Voorbeelden:
        g40kg diff                           # wat de laatste bouw veranderde
        g40kg export > gisteren.jsonl        # na de bouw van gisteren
        g40kg diff gisteren.jsonl            # wat de bouw van vandaag veranderde
        g40kg diff oud/.g40kg nieuw/.g40kg --format json   # "changed": period_before/_after
    """
    from ..build_diff import compare_builds
    from ..errors import GraphMissingError
    from ..curation_graph import entity_key
    from .build_summary import changes_text, counted
    from .build_texts import TEXTS as BUILD_TEXTS

    new_path = new if new is not None else settings.graph_path
    if new is None and not (settings.graph_path / "manifest.json").exists():
        raise GraphMissingError(settings.graph_path)  # the usual one-line error, without opening a store
    if old is None:  # what the last build changed, as the graph keeps it (walkthrough 38, finding 3)
        from ..disk_layout import read_manifest
        from .last_build_diff import show_last_build

        show_last_build(read_manifest(settings.graph_path), settings.graph_path, fmt, settings.lang)
        return
    changes = compare_builds(old, new_path, settings.engine)
    documents = changes.get("documents")
    if fmt == "json":
        click.echo(json.dumps(changes, ensure_ascii=False, indent=2))
        return
    texts = TEXTS[settings.lang]
    rows = [{"change": texts["diff_merged"], "subject": m["fromLabel"], "predicate": "→", "object": m["intoLabel"],
             "document": m["source"], "role": counted(m["facts"], texts["facts"])} for m in changes["merged"]]
    rows += [{"change": texts["diff_retyped"], "subject": entity_key(m["from"]), "predicate": "→",
              "object": entity_key(m["into"]), "document": m["source"], "role": counted(m["facts"], texts["facts"])}
             for m in changes["retyped"]]  # the key tells what changed: the kind (the name may stay)
    rows += [{"change": texts["diff_renamed"], "subject": m["from"], "predicate": "→", "object": m["to"],
              "document": m["source"], "role": ""} for m in changes.get("renamed") or []]  # walkthrough 36, finding 8
    rows += [{"change": texts["diff_split"], "subject": entity_key(m["from"]), "predicate": "→",
              "object": f"{entity_key(m['into'])} ({m['where']})", "document": m["source"],
              "role": counted(m["facts"], texts["facts"])} for m in changes["split"]]
    merged = {m["from"] for what in ("merged", "retyped") for m in changes[what]}
    rows += [{"change": texts["diff_iri"], "subject": c["old"], "predicate": "→", "object": c["new"], "document": "",
              "role": ""} for c in changes["iri_changed"] if c["old"] not in merged]  # a merge has its line
    rows += [{"change": texts[f"diff_{what}"] + (texts["diff_curated"] if row.get("curated") else "")
              + (texts["diff_suppressed"].format(source=row["suppressed"]) if row.get("suppressed") else "")
              + (texts["diff_erased"].format(source=row["erased"]) if row.get("erased") else ""), **row,
              "document": row.get("curation") if row.get("curated") else row.get("document")}
             for what in ("added", "removed") for row in changes[what]]
    rows += [{"change": texts["diff_changed"], **row, "period": f"{row['period_before']} → {row['period_after']}"}
             for row in changes["changed"]]
    rows += [{"change": texts["diff_ended"], **row,
              "period": texts["diff_until"].format(until=row["until"]) if row["until"] else texts["diff_past"]}
             for row in changes["ended"]]
    columns = ["change", "subject", "predicate", "role", "object", "document"] + (
        ["period"] if changes["changed"] or changes["ended"] else [])
    if fmt in ("table", "markdown"):  # the counts, also above the weekly mail's table (walkthrough 21, finding 14)
        facts = texts["facts"]
        title = texts["diff_title"].format(added=counted(len(changes["added"]), facts),
                                           removed=counted(len(changes["removed"]), facts), old=old, new=new_path)
        if changes["merged"]:
            title += texts["diff_merges"].format(n=len(changes["merged"]))
        if changes["retyped"]:
            title += texts["diff_retypes"].format(n=len(changes["retyped"]))
        if changes.get("renamed"):
            title += texts["diff_renames"].format(n=len(changes["renamed"]))
        if changes["split"]:
            title += texts["diff_splits"].format(n=len(changes["split"]))
        if len(changes["iri_changed"]) > len(merged):
            title += texts["diff_iris"].format(n=len(changes["iri_changed"]) - len(merged))
        if changes["changed"]:
            title += texts["diff_changes"].format(n=len(changes["changed"]))
        if changes["ended"]:
            title += texts["diff_endings"].format(n=len(changes["ended"]))
        click.echo(title)
        lists = changes.get("reference_changed") or []  # walkthrough 36, finding 3: "wel de referentielijsten (…)"
        if documents is not None and (any(documents.values()) or lists):  # the same documents and lists: no line
            click.echo(texts["diff_documents"].format(changes=changes_text(documents, BUILD_TEXTS[settings.lang],
                                                                           names=True, reference=lists)))
        if not rows:
            return
        if fmt == "markdown":
            click.echo()
    shown = None
    if fmt in ("table", "markdown"):  # a relation in words, as 'entity' says it; csv and tsv keep the key
        from .listing import as_read

        shown = headings(columns, settings.lang)
        rows = [{**row, "predicate": read["predicate"], "role": read["role"]}
                for row, read in zip(rows, as_read([{"predicate": r.get("predicate"), "role": r.get("role")}
                                                    for r in rows], settings.lang))]
    click.echo(render(columns, rows, fmt, shown=shown), nl=False)
