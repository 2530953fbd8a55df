"""The state on one day as one printable page: who holds which role, which cities take part in
what, who works with which ministry, each fact with its sources (``g40kg export --format overzicht
--as-of DAY``; walkthrough 21, finding 16).

The facts are the answers of the named questions with ``as_of`` the day (``who-does-what``,
``g40-cities-programmes``, ``ministry-contacts``, ``collaborations-matrix``): the same rules as
``g40kg ask … --as-of`` and the explorer, so a role that ended before the day is not on it. The
sources of a row are the documents whose evidence of that day links its two entities (a curation:
"gecureerd (bestand:regel)"). :func:`overview_html` makes the page: one HTML file with its style
inside, no script and no link to the internet, every value from a document escaped, A4 for print.

Examples
--------
>>> from graph.store import new_dataset
>>> [(s.key, s.rows) for s in overview_sections(new_dataset(), "2026-12-07")]
[('roles', []), ('participation', []), ('contacts', []), ('collaboration', [])]
>>> page = overview_html([OverviewSection("roles", ["personLabel"], [{"personLabel": "<b>Anna</b>", "sources": "x"}])],
...                      "2026-12-07", "nl")
>>> "Stand per 7 december 2026" in page, "&lt;b&gt;Anna&lt;/b&gt;" in page, "http" in page
(True, True, False)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html import escape

from .messages import CATALOGUE, language, msg
from .reading_dates import date_words

__all__ = ["OverviewSection", "SECTIONS", "overview_sections", "overview_html"]

log = logging.getLogger(__name__)

CATALOGUE.update({
    "overview_title": {"nl": "Stand per {day}", "en": "State as of {day}"},
    "overview_intro": {
        "nl": "Wat de documenten op {day} als geldend laten zien (beëindigde rollen staan er niet in), "
              "met de bronnen van elk feit. Gemaakt met g40kg uit de graaf van {built}.",
        "en": "What the documents show as holding on {day} (roles that ended are left out), "
              "with the sources of each fact. Made with g40kg from the graph of {built}."},
    "overview_roles": {"nl": "Wie heeft welke rol", "en": "Who holds which role"},
    "overview_participation": {"nl": "Welke G40-steden nemen waaraan deel",
                               "en": "Which G40 cities take part in what"},
    "overview_contacts": {"nl": "Contactpersonen van ministeries", "en": "Ministry contacts"},
    "overview_collaboration": {"nl": "Wie werkt samen met welk ministerie",
                               "en": "Who works with which ministry"},
    "overview_sources": {"nl": "bronnen", "en": "sources"},
    "overview_none": {"nl": "Geen feiten op deze dag.", "en": "No facts on this day."},
    "overview_curated": {"nl": "gecureerd", "en": "curated"},
    # how a city is involved in a programme (g40-cities-programmes' relation), one row per city and programme
    "overview_relation_ledBy": {"nl": "trekker", "en": "lead"},
    "overview_relation_initiated": {"nl": "initiatiefnemer", "en": "initiator"},
    "overview_relation_participatesIn": {"nl": "neemt deel", "en": "takes part"},
    "overview_relation_hasRole": {"nl": "lid", "en": "member"},
})

#: the sections of the page: key, named question, the columns shown, the two IRI columns a source links
SECTIONS = (
    ("roles", "who-does-what", ["personLabel", "role", "portfolio", "bodyLabel", "since"], ("person", "body")),
    ("participation", "g40-cities-programmes", ["cityLabel", "programmeLabel", "programmeKind", "cityRole"],
     ("city", "programme")),
    ("contacts", "ministry-contacts", ["ministryLabel", "personLabel", "role", "dossierLabel", "since"],
     ("person", "dossier")),
    ("collaboration", "collaborations-matrix", ["actorLabel", "ministryLabel"], ("actor", "ministry")),
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #999; }
p.intro { color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.sources { font-size: 0.85em; color: #333; }
td { overflow-wrap: break-word; hyphens: manual; }
.nobr { white-space: nowrap; }  /* a date or a short hyphenated name: one line */
@page { size: A4; margin: 15mm; }
/* a screen as narrow as an A4 sheet (794 px) or a phone: the table fits, the sources column giving way
   (its long titles may break anywhere), names and roles whole (walkthrough 25, finding 15: the sources
   column was cut off at 794 px and needed scrolling sideways) */
@media screen and (max-width: 60em) {
  body { margin: 0.6em; }
  table { font-size: 0.8em; }
  th, td { padding: 0.2em 0.3em; }
  td.sources { overflow-wrap: anywhere; width: 30%; }
  td.sources { font-size: max(12px, 0.85em); }  /* 10.9 px on a tablet (walkthrough 33, finding 1) */
}
/* a phone (walkthrough 33, finding 1): a table too wide for the screen scrolls by itself, the page keeps the
   screen's width (the sources, above, are 12 px at least on a narrow screen) */
@media screen and (max-width: 40em) {
  table { display: block; overflow-x: auto; }
}
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


@dataclass
class OverviewSection:
    """One section of the page: its key (:data:`SECTIONS`), the columns shown and the rows, each with
    ``sources`` (the documents, or the curation, that give the fact)."""

    key: str
    columns: list[str]
    rows: list[dict] = field(default_factory=list)


def overview_sections(dataset, day: str, *, timeout: float | None = None) -> list[OverviewSection]:
    """The sections of the state on ``day`` (ISO), rows as the questions give them plus ``sources``."""
    from .query import DEFAULT_TIMEOUT
    from .shortcuts import question_rows
    from .timefilter import TimeWindow

    window = TimeWindow(as_of=day)
    sources = _sources(dataset, window.as_of)
    sections = []
    for key, name, columns, (left, right) in SECTIONS:
        _question, rows = question_rows(dataset, name, {}, window=window,
                                        timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
        shown = []
        for row in rows:
            pair = frozenset((row.get(left), row.get(right)))
            found = sources.get((pair, row.get("role")), sources.get((pair, None), []))
            curation = row.get("curation")
            if curation:
                found = [*found, f"{msg('overview_curated')} ({curation})"]
            elif not found and (row.get("curations") or row.get("curated")):
                found = [msg("overview_curated")]
            shown.append({**row, "sources": found, **({"cityRole": row.get("relation")} if "cityRole" in columns else {})})
        sections.append(OverviewSection(key, list(columns), one_row_each(shown, columns)))
    return sections


def one_row_each(rows: list[dict], columns: list[str]) -> list[dict]:
    """``rows`` with those a reader would see twice made one: rows equal in every shown column but
    ``cityRole`` (how a city is involved: the question's relation) become one row whose ``cityRole``
    lists theirs (a city that leads a City Deal and takes part in it) and whose ``sources`` list each
    source once (walkthrough 25, finding 15: the same city twice, with the same sources). Sources
    come as lists and leave joined.

    >>> one_row_each([{"city": "Breda", "cityRole": "ledBy", "sources": ["A"]},
    ...               {"city": "Breda", "cityRole": "participatesIn", "sources": ["A", "B"]},
    ...               {"city": "Zwolle", "cityRole": "participatesIn", "sources": []}], ["city", "cityRole"])
    [{'city': 'Breda', 'cityRole': ['ledBy', 'participatesIn'], 'sources': 'A; B'}, {'city': 'Zwolle', 'cityRole': ['participatesIn'], 'sources': ''}]
    """
    listed = "cityRole" in columns
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = tuple(row.get(c) for c in columns if c != "cityRole")
        kept = merged.get(key)
        if kept is None:
            merged[key] = kept = {**row, "sources": [], **({"cityRole": []} if listed else {})}
        if listed and row.get("cityRole") not in kept["cityRole"]:
            kept["cityRole"].append(row.get("cityRole"))
        kept["sources"] += [source for source in row["sources"] if source not in kept["sources"]]
    return [{**row, "sources": "; ".join(row["sources"])} for row in merged.values()]


def _sources(dataset, day: str) -> dict[tuple, list[str]]:
    """The documents of the evidence that holds ``as_of`` ``day``, by the two entities it links and
    its role (and by the two entities alone, any role or none: key role None): "Title (date)", in
    date order."""
    from .export import _kept_evidence
    from .fact_rows import iter_facts

    found: dict[tuple, dict[str, str]] = {}
    for fact in iter_facts(dataset, include_mentions=False, with_time=True, kept=_kept_evidence(dataset, as_of=day),
                           as_of=day):
        title = fact.get("document_title") or fact["document"]
        date = fact.get("date") or ""
        text = f"{title} ({date})" if date else title
        pair = frozenset((fact["subject_iri"], fact["object_iri"]))
        for role in {fact.get("role"), None}:
            found.setdefault((pair, role), {})[text] = date
    return {pair: sorted(texts, key=lambda t: (texts[t], t)) for pair, texts in found.items()}


def overview_html(sections: list[OverviewSection], day: str, lang: str, *, headings=None, built: str = "",
                  summary: bool = False) -> str:
    """The page of ``sections`` (rows as people read them) for ``day``: one standalone HTML file,
    every value escaped, nothing loaded from elsewhere. ``headings(columns, lang)`` names the columns
    (:func:`graph.headings.headings` by default). With ``summary`` the page opens with the state in
    brief, a page of its own on paper (:mod:`graph.overview_summary`)."""
    from .headings import headings as default_headings
    from .overview_summary import SUMMARY_STYLE, summary_html

    name_columns = headings or default_headings
    with language(lang):
        title = msg("overview_title", day=date_words(day, lang))
        intro = msg("overview_intro", day=date_words(day, lang), built=date_words(built, lang) or "?")
        # the viewport line: without it a phone lays the page out 980 px wide and shows it at a third
        # (walkthrough 33, finding 1), and the narrow screen's style below never applies
        parts = [f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
                 '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                 f"<title>{escape(title)}</title>\n<style>{_STYLE}{SUMMARY_STYLE if summary else ''}</style>\n</head>\n<body>\n"
                 f"<h1>{escape(title)}</h1>\n"
                 f'<p class="intro">{escape(intro)}</p>\n']
        if summary:
            parts.append(summary_html(sections, day))
        for section in sections:
            parts.append(f"<h2>{escape(msg('overview_' + section.key))}</h2>\n")
            if not section.rows:
                parts.append(f"<p>{escape(msg('overview_none'))}</p>\n")
                continue
            # a column empty in every row (no portfolio on the day) takes no room on paper
            columns = [c for c in section.columns if any(_cell(row.get(c)) for row in section.rows)]
            heads = [*name_columns(columns, lang), msg("overview_sources")]
            head = "".join(f"<th>{escape(h)}</th>" for h in heads)
            parts.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n")
            for row in section.rows:
                cells = "".join(f"<td>{_cell_html(_relation_words(row.get(c)) if c == 'cityRole' else row.get(c))}</td>"
                                for c in columns)
                parts.append(f'<tr>{cells}<td class="sources">{_cell_html(row.get("sources"))}</td></tr>\n')
            parts.append("</tbody>\n</table>\n")
        parts.append("</body>\n</html>\n")
    return "".join(parts)


def _relation_words(relations) -> list[str]:
    """How a city is involved (relations whose subject or object it is), in the page's language
    (:func:`graph.messages.language`).

    >>> _relation_words(["ledBy", "participatesIn", "addresses"])
    ['trekker', 'neemt deel', 'addresses']
    """
    return [msg(f"overview_relation_{r}") if f"overview_relation_{r}" in CATALOGUE else str(r) for r in relations or []]


#: a date in a cell ("2023-12-12", "2026-01") and a short hyphenated word ("Jansen-Brink"), kept on one
#: line on paper (walkthrough 24, finding 18: "(genoemd 2023-12-" / "12)", "Anouk / Jansen- / Brink" in a
#: narrow column); a long one (a document's id) may still break at its hyphens
_WORD = re.compile(r"[\w-]+")


def _cell_html(value) -> str:
    """A cell's value escaped, each date and short hyphenated word in it kept on one line.

    >>> _cell_html("Anouk Jansen-Brink <b> (2023-12-12)")
    'Anouk <span class="nobr">Jansen-Brink</span> &lt;b&gt; (<span class="nobr">2023-12-12</span>)'
    >>> _cell_html("jaarplan-pijler-sociaal-domein-2024")
    'jaarplan-pijler-sociaal-domein-2024'
    """
    def kept(found) -> str:
        word = found.group(0)
        short = len(word) <= 16 and "-" in word.strip("-") and word.strip("-") == word
        return f'<span class="nobr">{word}</span>' if short else word

    return _WORD.sub(kept, escape(_cell(value)))


def _cell(value) -> str:
    """A value as a cell shows it: nothing for none.

    >>> _cell(None), _cell(["a", "b"]), _cell(3)
    ('', 'a, b', '3')
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)
