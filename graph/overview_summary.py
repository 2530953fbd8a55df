"""The first page of ``export --format overzicht``: the state on the day in brief, for a directeur's
briefing (walkthrough 25, finding 15: seven A4 pages, "one page for my directeur"). It counts what the
detailed sections hold, names each G40 city with its programmes on one line and each ministry with its
contacts and the parties it works with on one line; the detailed rows follow from the second page.

It is made from the sections :func:`graph.overview.overview_sections` gives (rows as people read them),
so it says nothing the details below it do not.

>>> from graph.overview import OverviewSection
>>> sections = [OverviewSection("roles", [], [{"person": "p1", "body": "b1"}, {"person": "p1", "body": "b2"}]),
...             OverviewSection("participation", [], [
...                 {"city": "c1", "cityLabel": "Zwolle", "programme": "x", "programmeLabel": "City Deal X",
...                  "cityRole": ["ledBy", "participatesIn"]},
...                 {"city": "c1", "cityLabel": "Zwolle", "programme": "y", "programmeLabel": "Regio Deal Y",
...                  "cityRole": ["participatesIn"]}]),
...             OverviewSection("contacts", [], [{"ministry": "m1", "ministryLabel": "BZK", "personLabel": "Anna"}]),
...             OverviewSection("collaboration", [], [{"ministry": "m1", "ministryLabel": "BZK", "actorLabel": "Zwolle"}])]
>>> summary_counts(sections)
{'roles': 2, 'people': 1, 'bodies': 2, 'cities': 1, 'programmes': 2, 'ministries': 1}
>>> city_lines(sections), ministry_lines(sections)
([('Zwolle', ['City Deal X (trekker)', 'Regio Deal Y'])], [('BZK', ['Anna'], ['Zwolle'])])
>>> "<h2>In het kort</h2>" in summary_html(sections)
True
"""

from __future__ import annotations

from html import escape

from .messages import CATALOGUE, msg

__all__ = ["summary_counts", "city_lines", "ministry_lines", "summary_html", "SUMMARY_STYLE"]

CATALOGUE.update({
    "overview_summary": {"nl": "In het kort", "en": "In brief"},
    "overview_summary_counts": {
        "nl": "rollen: {roles} · personen: {people} · organen: {bodies} · G40-steden: {cities} · "
              "programma's: {programmes} · ministeries met een contactpersoon of samenwerking: {ministries}",
        "en": "roles: {roles} · people: {people} · bodies: {bodies} · G40 cities: {cities} · "
              "programmes: {programmes} · ministries with a contact or collaboration: {ministries}"},
    "overview_summary_cities": {"nl": "De steden en hun programma's", "en": "The cities and their programmes"},
    "overview_summary_ministries": {"nl": "De ministeries aan tafel", "en": "The ministries at the table"},
    "overview_summary_city": {"nl": "stad", "en": "city"},
    "overview_summary_programmes": {"nl": "programma's", "en": "programmes"},
    "overview_summary_ministry": {"nl": "ministerie", "en": "ministry"},
    "overview_summary_contacts": {"nl": "contactpersonen", "en": "contacts"},
    "overview_summary_partners": {"nl": "werkt samen met", "en": "works with"},
    "overview_summary_details": {"nl": "De feiten met hun bronnen staan vanaf de volgende pagina.",
                                 "en": "The facts with their sources follow from the next page."},
    "overview_summary_lead": {"nl": "trekker", "en": "lead"},
})

#: the first page's own style: smaller type, and the details start on a new sheet
SUMMARY_STYLE = """
section.summary table { font-size: 0.85em; }
section.summary td:first-child { white-space: nowrap; width: 1%; }
section.summary p.counts { font-weight: 600; }
@media print { section.summary { break-after: page; } }
/* on paper the brief keeps to its page with a city or ministry a line (walkthrough 33, finding 12: 17 cities and
   9 ministries ran onto a second A4 sheet) */
@media print { section.summary table { font-size: 0.75em; } section.summary th, section.summary td { padding: 0.1em 0.35em; } }
"""


def _rows(sections, key: str) -> list[dict]:
    return next((section.rows for section in sections if section.key == key), [])


def _distinct(rows: list[dict], *columns: str) -> int:
    return len({row.get(c) for row in rows for c in columns if row.get(c)})


def summary_counts(sections) -> dict[str, int]:
    """What the sections hold: roles (rows), the people and bodies in them, the cities and programmes
    taking part, the ministries with a contact or a collaboration."""
    roles, taking_part = _rows(sections, "roles"), _rows(sections, "participation")
    ministries = _rows(sections, "contacts") + _rows(sections, "collaboration")
    return {"roles": len(roles), "people": _distinct(roles, "person"), "bodies": _distinct(roles, "body"),
            "cities": _distinct(taking_part, "city"), "programmes": _distinct(taking_part, "programme"),
            "ministries": _distinct(ministries, "ministry")}


def city_lines(sections) -> list[tuple[str, list[str]]]:
    """Each city with its programmes in name order, "(trekker)" after one it leads; cities by name."""
    found: dict[str, dict[str, bool]] = {}
    for row in _rows(sections, "participation"):
        programmes = found.setdefault(str(row.get("cityLabel") or row.get("city") or ""), {})
        name = str(row.get("programmeLabel") or row.get("programme") or "")
        programmes[name] = programmes.get(name, False) or "ledBy" in (row.get("cityRole") or [])
    lead = msg("overview_summary_lead")
    return [(city, [f"{name} ({lead})" if leads else name for name, leads in sorted(programmes.items())])
            for city, programmes in sorted(found.items())]


def ministry_lines(sections, day: str | None = None) -> list[tuple[str, list[str], list[str]]]:
    """Each ministry with its contacts and the parties it works with (each once, by name); ministries by
    name, one that went up in another before ``day`` (the page's day; None: now) named so, "KGG (opgegaan in
    EZK per 2026-02-23)", as the sections' tables name it (walkthrough 28, finding 10).

    >>> from graph.ministry_mergers import MINISTRY
    >>> from graph.overview import OverviewSection
    >>> kgg = [OverviewSection("contacts", [], [{"ministry": MINISTRY + "mnre1182", "ministryLabel": "KGG", "personLabel": "Anna"}])]
    >>> ministry_lines(kgg, "2026-12-06"), ministry_lines(kgg, "2025-06-01")
    ([('KGG (opgegaan in EZK per 2026-02-23)', ['Anna'], [])], [('KGG', ['Anna'], [])])
    """
    from .ministry_mergers import merged_label

    found: dict[str, tuple[set, set]] = {}
    for key, column, index in (("contacts", "personLabel", 0), ("collaboration", "actorLabel", 1)):
        for row in _rows(sections, key):
            label = str(row.get("ministryLabel") or row.get("ministry") or "")
            entry = found.setdefault(merged_label(label, str(row.get("ministry") or ""), day), (set(), set()))
            if row.get(column):
                entry[index].add(str(row[column]))
    return [(ministry, sorted(contacts), sorted(partners)) for ministry, (contacts, partners) in sorted(found.items())]


def _table(heads: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>\n" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"


def summary_html(sections, day: str | None = None) -> str:
    """The first page as HTML (in the language the caller set, :func:`graph.messages.language`): the
    counts, the cities and the ministries (as of ``day``), every value escaped."""
    parts = ['<section class="summary">\n', f"<h2>{escape(msg('overview_summary'))}</h2>\n",
             f'<p class="counts">{escape(msg("overview_summary_counts", **summary_counts(sections)))}</p>\n']
    cities = city_lines(sections)
    if cities:
        parts.append(f"<h3>{escape(msg('overview_summary_cities'))}</h3>\n")
        parts.append(_table([msg("overview_summary_city"), msg("overview_summary_programmes")],
                            [[city, "; ".join(programmes)] for city, programmes in cities]))
    ministries = ministry_lines(sections, day)
    if ministries:
        parts.append(f"<h3>{escape(msg('overview_summary_ministries'))}</h3>\n")
        parts.append(_table([msg("overview_summary_ministry"), msg("overview_summary_contacts"),
                             msg("overview_summary_partners")],
                            [[ministry, ", ".join(contacts), ", ".join(partners)]
                             for ministry, contacts, partners in ministries]))
    parts.append(f'<p class="intro">{escape(msg("overview_summary_details"))}</p>\n</section>\n')
    return "".join(parts)
