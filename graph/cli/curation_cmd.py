"""Commands for a curator: ``twins`` (likely duplicates, with the ``merge:`` rules to paste) and
``curation`` (every rule of the last build with what it changed)."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import CATALOGUE, msg
from .base import cli, echo_err, pass_settings, translate_errors
from .listing import emit
from .options import format_option, read_timeout_option

__all__ = ["twins_command", "curation_command", "rules_folder", "pair_names"]

CATALOGUE.update(
    {
        "twins_title": {"nl": "Mogelijk dubbele entiteiten (waarschijnlijkste eerst; de regel voegt de eerste samen "
                              "in de tweede):",
                        "en": "Likely duplicate entities (most likely first; the rule merges the first into the second):"},
        "twins_none": {"nl": "Geen mogelijk dubbele entiteiten gevonden.", "en": "No likely duplicate entities found."},
        "twins_paste": {"nl": "Plak de regels die kloppen onder 'merge:' in een correctiebestand (--rules geeft ze "
                              "als blok); twee die niet één zijn onder 'distinct:'. Daarna: g40kg build --curated MAP.",
                        "en": "Paste the rules that are right under 'merge:' in a corrections file (--rules gives them "
                              "as a block); two that are not one under 'distinct:'. Then: g40kg build --curated FOLDER."},
        "curation_title": {"nl": "Correctieregels van de laatste bouw ({folder}): {active} actief, {stale} zonder effect",
                           "en": "Curation rules of the last build ({folder}): {active} active, {stale} without effect"},
        "curation_none": {"nl": "De laatste bouw had geen correctieregels (g40kg build --curated MAP).",
                          "en": "The last build had no curation rules (g40kg build --curated FOLDER)."},
        "curation_older": {"nl": "Deze graaf is gebouwd voordat g40kg de correctieregels bijhield; bouw opnieuw.",
                           "en": "This graph was built before g40kg kept track of curation rules; build again."},
        "curation_active": {"nl": "actief", "en": "active"},
        "curation_kinds": {"nl": {"merge": "samenvoegen", "suppress": "onderdrukken", "fact": "feit",
                                  "entity": "entiteit", "rename": "hernoemen", "erase": "verwijderen (AVG)",
                                  "split": "splitsen", "retype": "hertypen", "not_entity": "geen entiteit"},
                           "en": {"merge": "merge", "suppress": "suppress", "fact": "fact", "entity": "entity",
                                  "rename": "rename", "erase": "remove (GDPR)", "split": "split", "retype": "retype",
                                  "not_entity": "not an entity"}},
        "history_title": {"nl": "Geschiedenis van de correctieregels ({n} wijzigingen, nieuwste eerst)",
                          "en": "History of the curation rules ({n} changes, newest first)"},
        "history_none": {"nl": "Nog geen geschiedenis van correctieregels (die begint bij de eerste bouw met "
                               "--curated MAP).",
                         "en": "No history of curation rules yet (it starts with the first build with "
                               "--curated FOLDER)."},
        "history_events": {"nl": {"applied": "toegepast", "stale": "zonder effect", "back": "weer actief",
                                  "removed": "verwijderd"},
                           "en": {"applied": "applied", "stale": "without effect", "back": "active again",
                                  "removed": "removed"}},
        "history_since_alone": {"nl": "--since hoort bij --history", "en": "--since goes with --history"},
        "history_since": {"nl": "{value!r} is geen datum (JJJJ-MM-DD)", "en": "{value!r} is not a date (YYYY-MM-DD)"},
        "twins_from": {"nl": "Regels uit {folder} (samenvoegingen en distinct) zijn meegenomen.",
                       "en": "Rules from {folder} (merges and distinct) were taken into account."},
    }
)


def rules_folder(settings, curated: Path | None) -> Path | None:
    """The corrections folder of ``--curated`` ("-": the bundled ones), else the one the graph's last
    build used (None: none of the user's own)."""
    from .build_cmd import corrections_folder
    from .build_texts import TEXTS

    if curated is None and settings.endpoint:
        return None
    return corrections_folder(settings.graph_path, curated, TEXTS[settings.lang])[0]


def _curated_option(func):
    from .build_cmd import folder_or_dash

    return click.option("--curated", callback=folder_or_dash, metavar="MAP",
                        help="Map met correcties waarvan de regels gelden (standaard: die van de laatste bouw van "
                             "deze graaf; - de meegeleverde).")(func)


@cli.command("twins")
@click.option("--type", "type_", default=None, help="Alleen dit type (Person, Organisation, OrganisationalUnit …).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Toon hoogstens zoveel paren.")
@click.option("--rules", is_flag=True, help="Alleen de merge:-regels, als blok om in een correctiebestand te plakken.")
@_curated_option
@format_option
@read_timeout_option
@pass_settings
@translate_errors
def twins_command(settings, type_, limit, rules, curated, fmt):
    """Mogelijk dubbele entiteiten: paren die één ding kunnen zijn, met de reden en een merge:-regel.

    Vergelijkt namen binnen één type: één letter verschil (Jan de Vries / Jan de Vriess),
    dezelfde volledige naam in twee gemeenten (Jan de Vries (Breda) / Jan de Vries (Tilburg)),
    initialen (J. de Vries), een dubbele achternaam die de andere bevat (Sandra Jansen / Sandra
    Kuipers-Jansen) of anders geschreven is (Sandra Kuipers Jansen), alleen de achternaam
    (Kuipers), een afkorting (VNG / Vereniging Nederlandse
    Gemeenten), een organisatie met de naam van een ministerie (Binnenlandse Zaken / BZK) en een
    naam die in de andere staat. Per paar: hoeveel feiten elk heeft en de regel die de kleinste
    in de grootste samenvoegt (zie data/curated/README.md). Paren die een correctie al samenvoegt
    of als verschillend noemt (distinct:), of die een document verschillend noemt ("X is niet
    dezelfde persoon als Y"), blijven weg, en zo ook twee gebeurtenissen van één naam die alleen
    in documenten van verschillende dagen staan (drie keer "bestuurlijk overleg").
    --timeout geldt voor elke query die twins doet (ook via --endpoint); een query die langer loopt
    breekt twins af met exitstatus 124, zonder halve lijst.

    \b
    Voorbeelden:
        g40kg twins
        g40kg twins --type OrganisationalUnit --format json
        g40kg twins --rules > samenvoegen.yaml
    """
    from ..curate import load_curation
    from ..curation_graph import entity_key
    from ..twins import twins_of_graph

    if type_ is not None:
        from .listing import parsed_types

        type_ = (parsed_types([type_]) or [None])[0]
    folder = rules_folder(settings, curated)
    curation = load_curation(folder) if folder is not None else None
    exclude = set()
    if curation is not None:
        exclude |= {frozenset((str(m.old), str(m.into))) for m in curation.merges}
        exclude |= curation.apart()  # distinct:, and a split's two people (walkthrough 17, finding 9)
    found = [t for t in twins_of_graph(settings.load(), exclude=frozenset(exclude))
             if type_ is None or type_ in (t.old.type, t.into.type)][:limit]
    if rules:
        click.echo("merge:")
        for twin in found:
            click.echo(f"  {twin.rule()}  # {twin.why()}")
        return
    rows = [{"score": twin.score, "reason": twin.reason, "why": twin.why(), **pair_names(twin),
             "facts": twin.old.facts, "otherFacts": twin.into.facts,
             "merge": twin.rule(), "iri": twin.old.iri, "otherIri": twin.into.iri,
             "from": entity_key(twin.old.iri), "into": entity_key(twin.into.iri)} for twin in found]
    if fmt == "table" and not rows:
        click.echo(msg("twins_none"))
        return
    columns = (["score", "why", "label", "facts", "otherLabel", "otherFacts", "merge"] if fmt in ("table", "markdown")
               else ["score", "reason", "why", "label", "facts", "otherLabel", "otherFacts", "from", "into", "iri",
                     "otherIri", "merge"])
    emit(settings, columns, rows, fmt, title=msg("twins_title"))
    if fmt == "table":
        if curation is not None and folder is not None:
            echo_err(msg("twins_from", folder=folder))
        echo_err(msg("twins_paste"))


def _rule_notes(rule: dict) -> str:
    """What a rule's status adds: its document's new name (it follows a renamed file), the fact it
    removed where that is in the graph again (walkthrough 17, findings 16, 17).

    >>> _rule_notes({"renamed_from": "a", "document": "b"}) != "", _rule_notes({})
    (True, '')
    """
    from ..curation_records import curation_text

    notes = ""
    if rule.get("renamed_from"):
        notes += curation_text("note_renamed", old=rule["renamed_from"], new=rule.get("document"))
    if rule.get("back") is not None:
        notes += curation_text("w_back", quote=rule["back"])
    return notes


def pair_names(twin) -> dict[str, str]:
    """The two labels of a twin pair; namesakes each by the name that tells them apart
    (:func:`graph.names.own_name`: "Sanne Bakker (person/sanne-bakker-enschede)"; walkthrough 17, finding 4).

    >>> from types import SimpleNamespace as Entity
    >>> pair_names(Entity(old=Entity(label="A. Bee"), into=Entity(label="Anna Bee")))
    {'label': 'A. Bee', 'otherLabel': 'Anna Bee'}
    """
    from ..names import own_name

    if twin.old.label != twin.into.label:
        return {"label": twin.old.label, "otherLabel": twin.into.label}
    return {"label": own_name(twin.old.label, twin.old.names, twin.old.iri),
            "otherLabel": own_name(twin.into.label, twin.into.names, twin.into.iri)}


def _since(ctx, param, value):
    """``--since``: an ISO date (2026-04-30), else a usage error (exit 2)."""
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(msg("history_since", value=value)) from None


@cli.command("curation")
@click.option("--stale", is_flag=True, help="Alleen de regels die niets veranderden, met de reden.")
@click.option("--history", is_flag=True,
              help="De geschiedenis van de regels over de bouwen heen (curation-log.jsonl in de graafmap): wanneer "
                   "een regel toegepast werd, zonder effect raakte, weer actief werd of verdween; nieuwste eerst.")
@click.option("--since", callback=_since, metavar="DATUM", help="Met --history: alleen vanaf deze datum (JJJJ-MM-DD).")
@format_option
@pass_settings
@translate_errors
def curation_command(settings, stale, history, since, fmt):
    """Elke correctieregel van de laatste bouw en wat hij veranderde.

    Per regel (samenvoegen, onderdrukken, feit, entiteit, hernoemen, verwijderen): bestand:regel,
    de reden (reason: of note:), wat hij noemt, hoeveel feiten en entiteiten hij raakte, en of hij
    nog effect heeft (een verwijdering op verzoek zonder naam en reden: die staan in het
    correctiebestand); zo niet, waarom ("document … staat niet (meer) in de graaf", "zin met …
    niet (meer) gevonden"). Samenvoegingen en onderdrukkingen staan ook in de graaf
    (g40:CurationRule in g40g:curated) en bij de entiteit (g40kg entity).

    Met --history: elke verandering van een regel sinds de eerste bouw met correcties (toegepast,
    zonder effect, weer actief, verwijderd), met de tijd van de bouw en bestand:regel.

    \b
    Voorbeelden:
        g40kg curation
        g40kg curation --stale --format json
        g40kg curation --history --since 2026-04-01
    """
    from ..curation_records import curation_text
    from ..disk_layout import read_manifest

    if since is not None and not history:
        raise click.UsageError(msg("history_since_alone"))
    if history:
        _history(settings, since, fmt)
        return

    manifest = read_manifest(settings.graph_path)
    rules = [rule for rule in manifest.get("curation") or [] if isinstance(rule, dict)]
    kinds = CATALOGUE["curation_kinds"][settings.lang]
    from ..privacy import MASKS

    rows = [{"ruleKind": rule.get("kind"), "ruleSource": rule.get("source"), "reason": rule.get("reason"),
             "by": rule.get("by"), "date": rule.get("date"),
             "rule": MASKS[settings.lang]["name"] if rule.get("kind") == "erase" else rule.get("rule"), "facts": rule.get("facts", 0), "entities": rule.get("entities", 0),
             "stale": rule.get("stale"),
             "status": (curation_text(f"stale_{rule['stale']}", document=rule.get("document"), quote=rule.get("quote"),
                              role=rule.get("role"), first=rule.get("duplicate_of")) if rule.get("stale") else msg("curation_active"))
            + _rule_notes(rule)}
            for rule in rules if not stale or rule.get("stale")]
    if fmt == "table" and not rules:
        click.echo(msg("curation_none" if "curation" in manifest else "curation_older"))
        return
    if fmt in ("table", "markdown"):
        rows = [dict(row, ruleKind=kinds.get(row["ruleKind"], row["ruleKind"])) for row in rows]
        columns = ["ruleKind", "ruleSource", "rule", "reason", "facts", "entities", "status"]
    else:
        columns = ["ruleKind", "ruleSource", "rule", "reason", "facts", "entities", "stale", "status"]
    if any(row["by"] or row["date"] for row in rows):  # who made a rule and when (by:, date:), where given
        columns[columns.index("reason") + 1:columns.index("reason") + 1] = ["by", "date"]
    from ..disk_layout import remembered_corrections
    from .build_cmd import shown_folder

    remembered = remembered_corrections(settings.graph_path)
    folder = shown_folder(remembered) if remembered is not None else "data/curated"
    title = msg("curation_title", folder=folder, active=sum(1 for r in rules if not r.get("stale")),
                stale=sum(1 for r in rules if r.get("stale")))
    emit(settings, columns, rows, fmt, title=title)


def _history(settings, since: str | None, fmt: str) -> None:
    """``g40kg curation --history``: the log of the rules' changes, newest first (:mod:`graph.curation_history`)."""
    from ..curation_history import read_history
    from ..curation_records import curation_text

    events = read_history(settings.graph_path, since)
    if fmt == "table" and not events:
        click.echo(msg("history_none"))
        return
    words = CATALOGUE["history_events"][settings.lang]
    kinds = CATALOGUE["curation_kinds"][settings.lang]
    readable = fmt in ("table", "markdown")
    rows = [{"built": event.get("time"), "event": words.get(event.get("event"), event.get("event")) if readable
             else event.get("event"), "ruleKind": kinds.get(event.get("kind"), event.get("kind")) if readable
             else event.get("kind"), "ruleSource": event.get("source"), "rule": event.get("rule"),
             "by": event.get("by"), "date": event.get("date"), "stale": event.get("stale"),
             "status": curation_text(f"stale_{event['stale']}", document="…", quote="…", role="…", first="…")
             if event.get("stale") else ""} for event in events]
    columns = ["built", "event", "ruleKind", "ruleSource", "rule", "status"] if readable else [
        "built", "event", "ruleKind", "ruleSource", "rule", "stale", "by", "date"]
    if readable and any(row["by"] or row["date"] for row in rows):
        columns[-1:-1] = ["by", "date"]
    emit(settings, columns, rows, fmt, title=msg("history_title", n=len(rows)))
