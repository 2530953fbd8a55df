"""Command: validate (SHACL). Exit 0: conforms; 1: violations; 2: load or usage error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from .base import cli, pass_settings, translate_errors
from .options import read_timeout_option

#: file extension → rdflib format; every RDF file 'g40kg export' writes, and the usual other names
_FORMATS = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".nt": "nt", ".ntriples": "nt", ".ttl": "turtle",
            ".turtle": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
#: the same formats for pyoxigraph, which says where a file stops parsing (line and column)
_OX_FORMATS = {"trig": "TRIG", "nquads": "N_QUADS", "nt": "N_TRIPLES", "turtle": "TURTLE", "json-ld": "JSON_LD",
               "xml": "RDF_XML"}


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
@click.option("--standalone-shapes", is_flag=True,
              help="Schrijf de shapes voor een andere SHACL-engine (pySHACL, TopBraid) naar stdout en stop: met "
                   "de controles over de hele graaf aan, die g40kg zelf als één query uitvoert.")
@read_timeout_option
@pass_settings
@translate_errors
def validate_command(settings, files, shapes, inference, fmt, limit, standalone_shapes):
    """Controleer de graaf tegen de SHACL-shapes en toon schendingen, gegroepeerd per soort.

    Zonder BESTANDEN wordt de gebouwde graaf (--graph) gecontroleerd; met BESTANDEN (TriG, N-Quads,
    Turtle, …) die bestanden samen. Exitstatus: 0 voldoet, 1 schendingen, 2 laad- of
    gebruiksfout, 124 een query liep langer dan --timeout (elke query die g40kg zelf doet: het lezen
    van de graaf via --endpoint en de controles over de hele graaf; pySHACL's eigen controles niet).
    Bij de gebouwde graaf noemt het ook de namen die de bouw aan twee personen gaf (zelfde naam, op
    hetzelfde moment in twee gemeenten), met de merge:-regel als het één persoon is.

    \b
    Voorbeelden:
        g40kg build && g40kg validate
        g40kg export --format trig -o graaf.trig && g40kg validate graaf.trig --format json
        g40kg --lang en validate --limit 3
        g40kg validate --standalone-shapes > shapes-alle.ttl    # voor: pyshacl -s shapes-alle.ttl graaf.ttl
    """
    from ..errors import G40Error, InputError, QueryTimeout
    from ..validate import validate_dataset

    if standalone_shapes:
        from ..validate import standalone_shapes as shapes_text

        click.echo(shapes_text(shapes), nl=False)
        return

    try:
        dataset = _load_files(files) if files else settings.load()
        report = validate_dataset(dataset, shapes=shapes, inference=inference)
    except (InputError, QueryTimeout):  # a query past --timeout: exit 124, as every read command's
        raise
    except G40Error as error:  # no graph, unreadable manifest …: a load error (exit 2)
        raise InputError(str(error)) from None
    namesakes = [] if files or settings.endpoint else _namesakes(settings.graph_path)
    if fmt == "json":
        answer = report.as_dict(settings.lang)
        if namesakes:
            answer["namesakes"] = namesakes
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        click.echo(report.text(settings.lang, limit=limit))
        for note in _namesake_notes(namesakes):  # one person or two: for the curator to say
            click.echo(note)
    if not report.conforms:
        raise SystemExit(1)


def _namesakes(graph_path) -> list[dict]:
    """The names the last build gave to several persons (``manifest.json``: "namesakes")."""
    from ..disk_layout import read_manifest
    from ..errors import G40Error

    try:
        found = read_manifest(Path(graph_path)).get("namesakes")
    except (G40Error, OSError, ValueError):
        return []
    return [n for n in found if isinstance(n, dict) and isinstance(n.get("keys"), list)] if isinstance(found, list) else []


def _namesake_notes(namesakes: list[dict]) -> list[str]:
    from ..namesakes import namesake_notes

    return namesake_notes(namesakes)


def _load_files(files):
    from rdflib import Dataset

    from ..errors import InputError
    from ..messages import msg
    from ..validate import first_line

    dataset = Dataset(default_union=True)
    for path in files:
        if not path.is_file():
            raise InputError(msg("no_such_path", path=path))
        fmt = _FORMATS.get(path.suffix.lower()) or _sniff(path)
        if fmt is None:
            raise InputError(msg("rdf_unknown_format", path=path, formats=", ".join(sorted(_FORMATS))))
        try:
            dataset.parse(path, format=fmt)
        except Exception as error:  # noqa: BLE001  rdflib raises many parser error types
            line, reason = _where(path, fmt)
            if line is None:
                raise InputError(msg("rdf_unparsable", path=path, fmt=fmt, reason=reason or first_line(error))) from None
            raise InputError(msg("rdf_unparsable_at", path=path, line=line, fmt=fmt, reason=reason)) from None
    return dataset


def _sniff(path: Path) -> str | None:
    """The RDF format of a file whose name does not say it, from its first characters (None: not RDF
    as far as they tell): JSON-LD, RDF/XML, N-Quads (a line of four terms), else Turtle or TriG."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    except OSError:
        return None
    if head[:1] in ("{", "["):
        return "json-ld"
    if head.startswith("<?xml") or head.startswith("<rdf:RDF"):
        return "xml"
    lines = [line for line in head.splitlines()[:-1] if line.strip() and not line.lstrip().startswith("#")]
    if lines and all(_QUAD.match(line) for line in lines):
        return "nquads"  # N-Triples lines are N-Quads too
    if head.startswith(("@prefix", "@base", "PREFIX", "prefix", "BASE", "<", "_:")) or ":" in head[:200]:
        return "trig"  # Turtle is TriG without graphs
    return None


_QUAD = re.compile(r"\s*(<[^>]*>|_:\S+)\s+<[^>]*>\s+.+\s\.\s*$")


def _where(path: Path, fmt: str) -> tuple[int | None, str | None]:
    """Where ``path`` stops parsing as ``fmt``, by pyoxigraph: (line, what is wrong there); (None, None)
    when pyoxigraph reads it (then rdflib's own message stands)."""
    import pyoxigraph as ox

    try:
        for _quad in ox.parse(path=str(path), format=getattr(ox.RdfFormat, _OX_FORMATS[fmt])):
            pass
    except SyntaxError as error:
        text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        text = re.sub(r"\s*\([^()]*, line \d+\)$", "", text)  # the file and line, said before
        return error.lineno, text.split(": ", 1)[-1]
    except (OSError, ValueError):
        return None, None
    return None, None
