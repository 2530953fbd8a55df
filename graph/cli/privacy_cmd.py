"""``g40kg forget``: the removal rule for a person (recht op vergetelheid), see :mod:`graph.curate`."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import CATALOGUE, msg
from ..vocab import slugify
from .base import cli, echo_err, pass_settings, translate_errors

__all__ = ["forget_command"]

CATALOGUE.update(
    {
        "forget_what": {"nl": "{label} ({key}) gaat bij de volgende build helemaal weg: {facts} feit(en), vermeld in "
                              "{documents} document(en). Gemaskeerd in citaten en documenttekst: {names} (ook na de heer, mevrouw …).",
                        "en": "{label} ({key}) goes entirely at the next build: {facts} fact(s), mentioned in "
                              "{documents} document(s). Masked in quotes and document text: {names} (also after de heer, mevrouw …)."},
        "forget_added": {"nl": "Regel toegevoegd aan {path}. Bouw opnieuw met --curated {folder} (die bouw wist ook "
                               "de caches in {cache}, waar de volledige teksten en extracties met de naam nog staan) "
                               "en maak gedeelde kopieën opnieuw (export --format site, viz, push). Oude kopieën "
                               "houden de naam nog: een bewaarde graafmap (bijv. vorige-graaf voor diff), back-ups en "
                               "eerdere exports (CSV, feiten, overzicht); wis ze of maak ze opnieuw na de build "
                               "(docs/privacy.md, Verwijdering).",
                         "en": "Rule added to {path}. Build again with --curated {folder} (that build also clears "
                               "the caches in {cache}, where the full texts and extractions still hold the name) and "
                               "make shared copies again (export --format site, viz, push). Old copies still hold "
                               "the name: a kept graph folder (e.g. vorige-graaf for diff), backups and earlier exports "
                               "(CSV, facts, overview); delete them or make them again after the build "
                               "(docs/privacy.md, Verwijdering)."},
        "forget_there": {"nl": "{path} heeft deze regel al; niets gewijzigd.",
                         "en": "{path} has this rule already; nothing changed."},
        "forget_surname": {"nl": "Ook de achternaam alleen ({surnames}) wordt gemaskeerd in de documenten die de persoon "
                                  "noemen: {count} zin(nen):",
                            "en": "The surname alone ({surnames}) is masked too in the documents that name the person: "
                                  "{count} sentence(s):"},
        "forget_id": {"nl": "Let op: de naam staat in de id (bestandsnaam) van {count} document(en): {ids}. Een id wordt "
                            "niet gemaskeerd (hij staat in IRI's, bestandsnamen van de site en exports). Hernoem het "
                            "bestand zonder naam (bijv. mv {example}); de build ziet dat als hernoeming ('renamed' in "
                            "manifest.json) en houdt het document, zonder de oude id te bewaren.",
                      "en": "Note: the name is in the id (file name) of {count} document(s): {ids}. An id is not masked "
                            "(it is in IRIs, the site's file names and exports). Rename the file without the name (e.g. "
                            "mv {example}); the build sees a rename ('renamed' in manifest.json) and keeps the document, "
                            "without keeping the old id."},
        "forget_print": {"nl": "Zet deze regel in een correctiebestand (of gebruik --to BESTAND.yaml):",
                         "en": "Put this rule in a corrections file (or use --to FILE.yaml):"},
    }
)


@cli.command("forget")
@click.argument("name")
@click.option("--reason", metavar="TEKST", help="Waarom, voor uw verantwoording (bijv. \"AVG-verzoek 2026-12\"); "
                                                "komt in de regel, niet in de graaf.")
@click.option("--to", "to", type=click.Path(dir_okay=False, path_type=Path), metavar="BESTAND",
              help="Voeg de regel toe aan dit YAML-correctiebestand (atomisch; wordt gemaakt als het er niet is).")
@pass_settings
@translate_errors
def forget_command(settings, name, reason, to):
    """Verwijder een persoon (of andere entiteit) op verzoek: schrijf de correctieregel ervoor.

    Zoekt NAAM op in de graaf, meldt wat er bij de volgende build weggaat (feiten, vermeldingen,
    de namen die in citaten en documenttekst worden gemaskeerd) en geeft de regel
    "suppress: - {entity: …, reason: …}" (zie data/curated/README.md), of voegt die met --to toe
    aan een correctiebestand. De build met --curated voert hem uit en wist de caches van de
    graaf (volledige teksten en extracties houden de naam nog); maak daarna gedeelde kopieën
    (export --format site, viz-pagina's, push) opnieuw. In documenten die de
    persoon noemen wordt ook de achternaam alleen gemaskeerd; die zinnen staan in de melding, en
    ook de document-id's (bestandsnamen) met de naam: hernoem die bestanden. Zie docs/privacy.md.

    \b
    Voorbeelden:
        g40kg forget "Anna de Vries"
        g40kg forget "Anna de Vries" --reason "AVG-verzoek 2026-12" --to correcties/avg.yaml
        g40kg build documenten/ --curated correcties/   # wist ook de caches met de naam
    """
    from ..curation_graph import entity_key
    from ..curation_files import add_erasure, erasure_rule
    from ..curation_records import CurationError
    from ..errors import CannotWrite
    from ..names import resolve_entity
    from ..shortcuts import entity_mentions, entity_profile

    if to is not None and to.suffix.lower() not in (".yaml", ".yml"):
        raise CurationError(str(to), "erase_file")
    dataset = settings.load()
    iri = resolve_entity(dataset, name, partial=False)  # an erasure names its person in full, never a part
    profile = entity_profile(dataset, str(iri), timeout=None)
    facts = sum(len(rows) for rows in profile["relations"].values())
    key = entity_key(iri)
    mentioned = entity_mentions(dataset, iri)
    echo_err(msg("forget_what", label=profile["label"], key=key, facts=facts, documents=len(mentioned),
                 names=", ".join(sorted(set(profile["names"]) | {profile["label"]}))))
    if not settings.endpoint:
        _preview_traces(settings, dataset, iri, {d["documentId"] for d in mentioned})
    if to is None:
        echo_err(msg("forget_print"))
    click.echo("suppress:\n" + erasure_rule(key, reason))
    if to is None:
        return
    try:
        added = add_erasure(to, key, reason)
    except OSError as error:  # a folder that cannot be written: one line, as -o says it (walkthrough 28, 8)
        raise CannotWrite(to, error) from None
    if added:
        echo_err(msg("forget_added", path=to, folder=to.parent, cache=settings.graph_path / "cache"))
    else:
        echo_err(msg("forget_there", path=to))


#: how many surname sentences the preview of ``forget`` prints (the count says how many there are)
PREVIEW_SENTENCES = 20


def _preview_traces(settings, dataset, iri, named: set[str]) -> None:
    """Say what the names-only masking would leave: the sentences where the bare surname is masked
    too (in the documents that name the person), and the document ids that spell the name."""
    from ..curation_removals import entity_names, entity_surnames
    from ..disk_layout import read_manifest
    from ..privacy import masked_text, name_pattern, name_spans, names_in_id
    from ..shortcuts import named_in_texts

    names, surnames = entity_names(dataset, iri), entity_surnames(dataset, iri)
    if surnames:
        pattern, surname = name_pattern(names), name_pattern(surnames)
        found = [(document, sentence) for document, sentences in
                 sorted(named_in_texts(settings.graph_path, names, surnames, named).items())
                 for sentence in sentences if surname.search(masked_text(sentence, name_spans(sentence, pattern))[0])]
        if found:
            echo_err(msg("forget_surname", surnames=", ".join(sorted(surnames)), count=len(found)))
            for document, sentence in found[:PREVIEW_SENTENCES]:
                echo_err(f"  {document}: {sentence}")
            if len(found) > PREVIEW_SENTENCES:
                echo_err(f"  … (+{len(found) - PREVIEW_SENTENCES})")
    entries = read_manifest(settings.graph_path).get("documents") or []
    spelled = [e for e in entries if names_in_id(e.get("id", ""), names | surnames)]
    if spelled:
        first = spelled[0]
        suffix = Path(first.get("path") or first["id"]).suffix or ".md"
        stripped = first["id"]
        for name in sorted(names_in_id(first["id"], names | surnames), key=len, reverse=True):
            stripped = stripped.replace(slugify(name), "").replace("--", "-").strip("-")
        example = f"{first.get('path') or first['id'] + suffix} {Path(first.get('path') or '').parent / (stripped + suffix)}"
        echo_err(msg("forget_id", count=len(spelled), ids=", ".join(e["id"] for e in spelled), example=example))
