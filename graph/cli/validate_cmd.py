"""Command: validate (SHACL). Exit 0: conforms; 1: violations; 2: load or usage error."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .base import cli, pass_settings, translate_errors

_FORMATS = {".trig": "trig", ".nq": "nquads", ".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".rdf": "xml"}


@cli.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--shapes", type=click.Path(path_type=Path, dir_okay=False),
              help="Andere SHACL-shapes dan de meegeleverde ontology/shapes.ttl.")
@click.option("--inference", type=click.Choice(["none", "rdfs"]), default="none", show_default=True,
              help="RDFS-inferentie met de ontologie vóór de controle (trager).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Vorm van het rapport.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Toon per soort schending hoogstens zoveel knopen.")
@pass_settings
@translate_errors
def validate_command(settings, files, shapes, inference, fmt, limit):
    """Controleer de graaf tegen de SHACL-shapes en toon schendingen, gegroepeerd per soort.

    Zonder FILES wordt de gebouwde graaf (--graph) gecontroleerd; met FILES (TriG, N-Quads,
    Turtle, …) die bestanden samen. Exitstatus: 0 voldoet, 1 schendingen, 2 laad- of
    gebruiksfout.

    \b
    Voorbeelden:
        g40kg build && g40kg validate
        g40kg export --format trig -o graaf.trig && g40kg validate graaf.trig --format json
        g40kg --lang en validate --limit 3
    """
    from ..errors import G40Error, InputError
    from ..validate import validate_dataset

    try:
        dataset = _load_files(files) if files else settings.load()
        report = validate_dataset(dataset, shapes=shapes, inference=inference)
    except InputError:
        raise
    except G40Error as error:  # no graph, unreadable manifest …: a load error (exit 2)
        raise InputError(str(error)) from None
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(settings.lang), ensure_ascii=False, indent=2))
    else:
        click.echo(report.text(settings.lang, limit=limit))
    if not report.conforms:
        raise SystemExit(1)


def _load_files(files):
    from rdflib import Dataset

    from ..errors import InputError
    from ..messages import msg
    from ..validate import first_line

    dataset = Dataset(default_union=True)
    for path in files:
        if not path.is_file():
            raise InputError(msg("no_such_path", path=path))
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(msg("rdf_unknown_format", path=path, formats=", ".join(sorted(_FORMATS))))
        try:
            dataset.parse(path, format=fmt)
        except Exception as error:  # noqa: BLE001  rdflib raises many parser error types
            raise InputError(msg("rdf_unparsable", path=path, fmt=fmt, reason=first_line(error))) from None
    return dataset
