"""Command: evaluate (the extraction measured against a gold file: precision, recall, F1, times).

Thin: :mod:`graph.evaluate` scores; this module prints the table (:func:`time_text`) or JSON.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from .base import cli, pass_settings, translate_errors
from .build_cmd import run_build
from .build_texts import TEXTS
from .options import read_timeout_option

__all__ = ["evaluate", "time_text"]


@cli.command()
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--facts", "facts_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Beoordeel dit feitenbestand (JSON Lines) in plaats van opnieuw te bouwen.")
@click.option("-v", "--verbose", "verbose", is_flag=True, help="Toon gemiste en onjuiste feiten.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tekst of JSON (voor scripts).")
@read_timeout_option
@pass_settings
@translate_errors
def evaluate(settings, gold, paths, facts_file, verbose, fmt):
    """Meet de extractie tegen een goudstandaard (precisie, recall en F1 per document).

    Bouwt de documenten (standaard: het meegeleverde corpus) in een tijdelijke graaf, exporteert
    de feiten en vergelijkt ze met GOUDBESTAND (formaat: zie docs/gold-format.md). De eigen graaf
    (--graph) blijft onaangeroerd. Geeft de goudstandaard bij een feit een tijd
    ("{fact: [a, hasRole, b, [voorzitter]], from: 2019, until: 2023-02-28}"), dan meet een extra
    regel hoeveel gevonden feiten die tijd goed hebben (een gouden 2019 klopt bij elke datum in
    2019) en toont -v de verkeerde.
    --timeout geldt voor elke query waarmee evaluate de feiten van de tijdelijke graaf leest (de bouw
    zelf heeft geen --timeout, zoals build; met --facts doet evaluate geen query); een query die
    langer loopt breekt evaluate af met exitstatus 124, zonder uitslag.

    \b
    Voorbeelden:
        g40kg evaluate ../shared/gold/seeds.yaml
        g40kg evaluate tests/fixtures/extract/gold.yaml tests/fixtures/extract/ -v
        g40kg evaluate tests/fixtures/gold-tijd.yaml tests/fixtures/extract/   # met tijden
    """
    from ..evaluate import check_overlap, evaluate as score, load_gold
    from ..fact_rows import iter_facts
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
