"""``g40kg diff`` without OLD: what the last build changed, as the graph folder keeps it (walkthrough 38, finding 3).

A programme manager who builds once a quarter asks "what changed since last quarter?" right after the build,
and ``g40kg diff`` said only "Ontbrekend argument 'OUD'": she had to have copied the graph folder before the
build. The build already keeps what it changed in the manifest (``changes``, :mod:`graph.build_changes`; the
explorer's changes page shows it): the documents that came, changed or went, the facts that came and went and
the roles a new document ended, at most :data:`graph.build_changes.ROWS_KEPT` of each. This module prints that
record as ``diff`` prints a comparison, with the two builds' times in the title. What the record does not keep
(periods that changed, "~ gewijzigd"; rows past the limit) a line under the title points to a kept copy for.
"""

from __future__ import annotations

import json

import click

from .output import render

__all__ = ["TEXTS", "last_build_rows", "show_last_build"]

TEXTS = {
    "nl": {
        "title": "Sinds de vorige bouw ({previous} → {built}): {added} erbij, {removed} eraf",
        "first": "Dit is de eerste bouw van deze graaf ({built}): er is geen vorige om mee te vergelijken.",
        "not_kept": "de graaf in {graph} houdt niet bij wat de laatste bouw veranderde (gebouwd vóór versie 43h); "
                    "vergelijk met een kopie van de vorige graafmap: g40kg diff vorige-graaf",
        "not_compared": "De feiten zijn bij die bouw niet vergeleken (er veranderde geen document en geen correctie).",
        "more": "Niet alles staat hier ({more}); ",
        "copy": "een gewijzigde periode (\"~ gewijzigd\") en de correcties ziet u alleen tegen een bewaarde kopie: "
                "cp -r .g40kg vorige-graaf vóór de volgende bouw, dan g40kg diff vorige-graaf.",
    },
    "en": {
        "title": "Since the previous build ({previous} → {built}): {added} added, {removed} removed",
        "first": "This is the first build of this graph ({built}): there is no previous one to compare with.",
        "not_kept": "the graph in {graph} does not keep what its last build changed (built before version 43h); "
                    "compare with a copy of the previous graph folder: g40kg diff previous-graph",
        "not_compared": "That build did not compare facts (no document and no correction changed).",
        "more": "Not everything is listed here ({more}); ",
        "copy": "a changed period (\"~ changed\") and the corrections show only against a kept copy: "
                "cp -r .g40kg previous-graph before the next build, then g40kg diff previous-graph.",
    },
}


def last_build_rows(record: dict, texts: dict) -> list[dict]:
    """The rows of ``diff``'s table for the manifest's ``changes`` ``record``: added, removed, ended.

    >>> from graph.cli.store_cmd import TEXTS as DIFF
    >>> record = {"facts": {"added": [{"subject": "Ede", "predicate": "participatesIn", "object": "City Deal X",
    ...                                "document": "q2"}], "removed": [],
    ...                     "ended": [{"subject": "Eva Smit", "predicate": "hasRole", "role": "wethouder",
    ...                                "object": "Ede", "document": "q2", "until": "2026-01-31"}]}}
    >>> [(r["change"], r["subject"], r.get("period")) for r in last_build_rows(record, DIFF["nl"])]
    [('+ erbij', 'Ede', None), ('~ beëindigd', 'Eva Smit', 'tot 2026-01-31')]
    """
    facts = record.get("facts") or {}
    rows = [{"change": texts[f"diff_{what}"], **row} for what in ("added", "removed") for row in facts.get(what) or []]
    rows += [{"change": texts["diff_ended"], **row,
              "period": texts["diff_until"].format(until=row["until"]) if row.get("until") else texts["diff_past"]}
             for row in facts.get("ended") or []]
    return rows


def show_last_build(manifest: dict, graph_path, fmt: str, lang: str) -> None:
    """Print what the last build of the graph at ``graph_path`` changed (its ``manifest``'s ``changes``) in ``fmt``."""
    from ..headings import headings
    from ..reading_dates import time_words
    from .build_summary import changes_text, counted
    from .build_texts import TEXTS as BUILD_TEXTS
    from .listing import as_read
    from .store_cmd import TEXTS as DIFF

    texts, diff = TEXTS[lang], DIFF[lang]
    record = manifest.get("changes")
    if not record:
        raise click.UsageError(texts["not_kept"].format(graph=graph_path))
    first = record.get("previous_built") is None
    if fmt == "json":
        facts = record.get("facts") or {}
        click.echo(json.dumps({"built": record.get("built"), "previous_built": record.get("previous_built"),
                               "first_build": first, "documents": record.get("documents") or {},
                               "facts_compared": record.get("facts") is not None,
                               **{what: facts.get(what) or [] for what in ("added", "removed", "ended")},
                               "counts": record.get("counts") or {}}, ensure_ascii=False, indent=2))
        return
    if first:
        click.echo(texts["first"].format(built=time_words(record.get("built"), lang)), err=fmt in ("csv", "tsv"))
        return
    rows = last_build_rows(record, diff)
    facts, counts = record.get("facts") or {}, record.get("counts") or {}
    if fmt in ("table", "markdown"):
        plural = diff["facts"]
        title = texts["title"].format(previous=time_words(record.get("previous_built"), lang),
                                      built=time_words(record.get("built"), lang),
                                      added=counted(counts.get("facts_added", len(facts.get("added") or [])), plural),
                                      removed=counted(counts.get("facts_removed", len(facts.get("removed") or [])),
                                                      plural))
        ended = counts.get("facts_ended", len(facts.get("ended") or []))
        click.echo(title + (diff["diff_endings"].format(n=ended) if ended else ""))
        documents = record.get("documents") or {}
        click.echo(diff["diff_documents"].format(changes=changes_text(documents, BUILD_TEXTS[lang], names=True)))
        if record.get("facts") is None:
            click.echo(texts["not_compared"])
        more = [f"{counts[name] - len(facts.get(what) or [])} {diff['diff_' + what].split(' ', 1)[1]}"
                for what, name in (("added", "facts_added"), ("removed", "facts_removed"), ("ended", "facts_ended"))
                if counts.get(name, 0) > len(facts.get(what) or [])]
        click.echo((texts["more"].format(more=", ".join(more)) if more else "") + texts["copy"], err=True)
        if not rows:
            return
        if fmt == "markdown":
            click.echo()
    columns = ["change", "subject", "predicate", "role", "object", "document"] + (
        ["period"] if facts.get("ended") else [])
    shown = None
    if fmt in ("table", "markdown"):  # a relation in words, as the comparison of two builds says it
        shown = headings(columns, lang)
        rows = [{**row, "predicate": read["predicate"], "role": read["role"]}
                for row, read in zip(rows, as_read([{"predicate": r.get("predicate"), "role": r.get("role")}
                                                    for r in rows], lang))]
    click.echo(render(columns, rows, fmt, shown=shown), nl=False)
