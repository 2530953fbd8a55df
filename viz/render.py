"""Node-link dict → one self-contained HTML page (vis-network inlined, no request to any host).

The page is built from the project template ``viz/templates/network.html``; pyvis's stock
template is not used because it loads vis-network, Bootstrap and tom-select from CDNs. The
vis-network script and stylesheet are read from the pyvis package (which ships them) and
inlined, as are the page's own script and stylesheet from ``viz/static/``.

Safety: document text (labels, quotes, titles) never reaches the HTML as markup. The data is
embedded once as JSON in ``<script type="application/json">`` with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and the page script renders it with ``textContent`` only. A Content
Security Policy allows only the page's own inline scripts (by hash) and no connection to any
host, so even an injected ``<img onerror=…>`` could neither run nor fetch.

Examples
--------
>>> page = render_html({"nodes": [{"id": "a", "label": "<b>A</b>", "type": "Person"}], "edges": []})
>>> "<b>A</b>" in page, "\\\\u003cb\\\\u003eA" in page
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from functools import cache
from importlib import resources
from pathlib import Path

from .table import table_view

__all__ = ["UI_TEXT", "VIS_VERSION", "json_for_script", "render_html", "vendor_asset"]

log = logging.getLogger(__name__)

#: vis-network version taken from the pyvis package.
VIS_VERSION = "9.1.2"

_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.MULTILINE)
_STYLE_END = re.compile(r"</style", re.IGNORECASE)

#: Interface texts of the page, per language. Keys are used by ``viz/static/network.js``.
UI_TEXT: dict[str, dict] = {
    "nl": {
        "title": "G40-kennisgraaf: netwerk",
        "search": "Zoeken",
        "undated_mark": "{label} (zonder datum)",
        "search_placeholder": "Zoek een naam…",
        "no_matches": "Geen treffers",
        "matches": "{n} treffers",
        "types": "Soorten",
        "relations": "Relaties",
        "period": "Periode",
        "all_periods": "Alle perioden",
        "g40_member": "G40-lid",
        "shown": "{nodes} van {total_nodes} knopen, {edges} van {total_edges} verbindingen zichtbaar",
        "close": "Sluiten",
        "panel_node": "Paneel: {name}, {n} verbindingen",
        "panel_node_1": "Paneel: {name}, 1 verbinding",
        "panel_edge": "Paneel: {from} {relation} {to}",
        "panel_closed": "Paneel gesloten",
        "facts": "Gegevens",
        "connections": "Verbindingen",
        "evidence": "Bronnen",
        "documents_n": "{n} documenten",
        "document_1": "1 document",
        "programmes_n": "{n} gedeelde programma's",
        "programme_1": "1 gedeeld programma",
        "weight_programmes": "Aantal gedeelde programma's",
        "no_evidence": "Geen citaat (afgeleid of uit referentiegegevens).",
        "curated": "gecureerd",
        "curation_note": "toelichting",
        "more": "… en nog {n}",
        "built": "Graaf gebouwd",
        "generated": "Pagina gemaakt",
        "documents_used": "Gebruikte documenten",
        "command": "Hoe deze pagina is gemaakt",
        "query": "Query",
        "type": "Soort",
        "relation": "Relatie",
        "from": "Van",
        "to": "Naar",
        "weight": "Aantal documenten",
        "date": "Datum",
        "yes": "ja",
        "no": "nee",
        "unknown": "onbekend",
        "legend_g40": "G40-lid (dikke gouden rand)",
        "hint": "Klik op een knoop of verbinding om te zien waarom ze er staat; met het toetsenbord: typ een naam "
                "in Zoeken en druk op Enter.",
        "table_show": "Toon als tabel",
        "noscript": "Deze weergave voert geen scripts uit, dus de tekening ontbreekt. Open het bestand in een browser "
                    "(Chrome, Edge, Firefox of Safari) voor de tekening, of open hieronder '{table}': daar staan alle "
                    "verbindingen met hun bronnen.",
        "skip_to_table": "Naar de tabel van het netwerk",
        "table_caption": "De {n} verbindingen van de tekening als tekst, één per rij (alle, ook wat de filters verbergen)",
        "table_hint": "Dezelfde knopen en verbindingen, met hun bronnen, staan ook als tabel onder de tekening.",
        "drawing": "{title}: tekening (de tabel onder de tekening geeft dezelfde gegevens als tekst)",
        "unlinked": "Knopen zonder verbinding",
        "hint_dense": "Namen verschijnen waar ze passen, de meest verbonden eerst: zoom in voor meer.",
        "controls_toggle": "Legenda en filters",
        "show_all": "Toon alle {n} knopen",
        "show_first": "Toon alleen de {n} meest verbonden",
        "empty": "Deze weergave bevat geen knopen. Kies een ruimere weergave (minder filters, een andere --focus of datum).",
        "empty_city-ministry": "Geen gemeente en ministerie nemen in deze graaf samen deel aan een programma "
                               "(de projectie city-ministry verbindt alleen die paren).",
        "fact_names": {
            "iri": "IRI", "type": "Soort", "g40": "G40-lid", "altLabels": "Andere namen",
            "degree": "Aantal verbindingen", "documents": "Documenten", "cbsCode": "CBS-code",
            "unitKind": "Soort onderdeel", "programmeKind": "Soort programma", "province": "Provincie",
            "memberSince": "G40-lid sinds", "roles": "Rollen", "programmes": "Gedeelde programma's",
            "predicates": "Relaties",
        },
        "type_names": {
            "Person": "Persoon", "Municipality": "Gemeente", "Province": "Provincie",
            "Ministry": "Ministerie", "Organisation": "Organisatie",
            "OrganisationalUnit": "Organisatieonderdeel", "Programme": "Programma",
            "Event": "Evenement", "Theme": "Thema", "Document": "Document", "Other": "Overig",
        },
        "relation_names": {
            "hasRole": "heeft een rol bij", "memberOf": "lid van", "affiliatedWith": "verbonden aan",
            "succeeded": "volgde op", "collaboratesWith": "werkt samen met",
            "participatesIn": "neemt deel aan", "partOf": "onderdeel van", "initiated": "nam initiatief tot",
            "organised": "organiseerde", "ledBy": "geleid door", "contactFor": "contactpersoon voor",
            "addresses": "gaat over", "mentions": "noemt", "sharedProgrammes": "gedeelde programma's",
            "related": "verbonden",
        },
    },
    "en": {
        "title": "G40 knowledge graph: network",
        "search": "Search",
        "undated_mark": "{label} (undated)",
        "search_placeholder": "Search a name…",
        "no_matches": "No matches",
        "matches": "{n} matches",
        "types": "Types",
        "relations": "Relations",
        "period": "Period",
        "all_periods": "All periods",
        "g40_member": "G40 member",
        "shown": "{nodes} of {total_nodes} nodes, {edges} of {total_edges} links shown",
        "close": "Close",
        "panel_node": "Panel: {name}, {n} links",
        "panel_node_1": "Panel: {name}, 1 link",
        "panel_edge": "Panel: {from} {relation} {to}",
        "panel_closed": "Panel closed",
        "facts": "Facts",
        "connections": "Links",
        "evidence": "Sources",
        "documents_n": "{n} documents",
        "document_1": "1 document",
        "programmes_n": "{n} shared programmes",
        "programme_1": "1 shared programme",
        "weight_programmes": "Shared programmes",
        "no_evidence": "No quote (derived or from reference data).",
        "curated": "curated",
        "curation_note": "note",
        "more": "… and {n} more",
        "built": "Graph built",
        "generated": "Page generated",
        "documents_used": "Documents used",
        "command": "How this page was made",
        "query": "Query",
        "type": "Type",
        "relation": "Relation",
        "from": "From",
        "to": "To",
        "weight": "Supporting documents",
        "date": "Date",
        "yes": "yes",
        "no": "no",
        "unknown": "unknown",
        "legend_g40": "G40 member (thick gold border)",
        "hint": "Click a node or link to see why it is there; with the keyboard: type a name in Search and press "
                "Enter.",
        "table_show": "Show as table",
        "noscript": "This viewer runs no scripts, so the drawing is missing. Open the file in a browser (Chrome, Edge, "
                    "Firefox or Safari) for the drawing, or open '{table}' below: it lists every link with its sources.",
        "skip_to_table": "Skip to the table of the network",
        "table_caption": "The drawing's {n} links as text, one per row (all of them, also those the filters hide)",
        "table_hint": "The same nodes and links, with their sources, are also a table below the drawing.",
        "drawing": "{title}: drawing (the table below the drawing gives the same data as text)",
        "unlinked": "Nodes without links",
        "hint_dense": "Names show where they fit, the most connected first: zoom in for more.",
        "controls_toggle": "Legend and filters",
        "show_all": "Show all {n} nodes",
        "show_first": "Show only the {n} most connected",
        "empty": "This view has no nodes. Choose a wider view (fewer filters, another --focus or date).",
        "empty_city-ministry": "No municipality and ministry take part in a programme together in this graph "
                               "(the city-ministry projection links only such pairs).",
        "fact_names": {
            "iri": "IRI", "type": "Type", "g40": "G40 member", "altLabels": "Other names",
            "degree": "Links", "documents": "Documents", "cbsCode": "CBS code",
            "unitKind": "Unit kind", "programmeKind": "Programme kind", "province": "Province",
            "memberSince": "G40 member since", "roles": "Roles", "programmes": "Shared programmes",
            "predicates": "Relations",
        },
        "type_names": {
            "Person": "Person", "Municipality": "Municipality", "Province": "Province",
            "Ministry": "Ministry", "Organisation": "Organisation",
            "OrganisationalUnit": "Organisational unit", "Programme": "Programme",
            "Event": "Event", "Theme": "Theme", "Document": "Document", "Other": "Other",
        },
        "relation_names": {
            "hasRole": "has a role in", "memberOf": "member of", "affiliatedWith": "affiliated with",
            "succeeded": "succeeded", "collaboratesWith": "collaborates with",
            "participatesIn": "participates in", "partOf": "part of", "initiated": "initiated",
            "organised": "organised", "ledBy": "led by", "contactFor": "contact for",
            "addresses": "addresses", "mentions": "mentions", "sharedProgrammes": "shared programmes",
            "related": "linked",
        },
    },
}

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def json_for_script(value) -> str:
    """JSON text safe inside ``<script type="application/json">`` (and valid JSON).

    >>> json_for_script({"q": "</script><img src=x onerror=alert(1)>&\\u2028"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


@cache
def vendor_asset(name: str) -> str:
    """Text of ``vis-network.min.js`` or ``vis-network.css`` as shipped inside the pyvis package."""
    root = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}")
    text = root.joinpath(name).read_text(encoding="utf-8")
    # a source-map comment would make browser developer tools fetch a file that is not there
    return _SOURCE_MAP.sub("", text)


@cache
def _own_asset(name: str) -> str:
    return resources.files("viz").joinpath("static", name).read_text(encoding="utf-8")


@cache
def _environment():
    import jinja2  # only a page needs it, not the build summary's words (UI_TEXT)

    return jinja2.Environment(
        loader=jinja2.PackageLoader("viz", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _inline_script(text: str) -> str:
    if _SCRIPT_END.search(text):
        # cannot happen with the shipped assets; refuse rather than emit a page that breaks out
        raise ValueError("script text contains '</script' or '<!--' and cannot be inlined")
    return text


def _inline_style(text: str) -> str:
    if _STYLE_END.search(text):
        raise ValueError("style text contains '</style' and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(data: dict, *, lang: str = "nl", live: dict | None = None, home: dict | None = None) -> str:
    """The standalone HTML page for node-link ``data`` (see :func:`viz.network.network_data`).

    Parameters
    ----------
    data : dict
        ``{"nodes": [...], "edges": [...], "meta": {...}, "style": {...}, "documents": {...}}``;
        only ``nodes`` and ``edges`` are required.
    lang : {"nl", "en"}
        Language of the interface texts.
    live : dict, optional
        For a page that ``g40kg serve`` serves: ``{"stamp", "check", "every", "script", "reload", "text",
        "reload_text"}``, the notice that a newer graph is served (the explorer's ``graph-update.js``, a
        same-origin file, asks ``check`` every ``every`` seconds whether the stamp changed; walkthrough 24,
        finding 17). The page's policy then allows scripts and requests of its own origin ('self'), never
        an inline script but its own two; a file written for sharing (no ``live``) connects nowhere.
    home : dict, optional
        ``{"href", "text"}``: a link back to the explorer in the page's header, for the page the explorer
        serves or its static copy holds (walkthrough 31, finding 8); a shared file has none.

    Returns
    -------
    str
        A complete UTF-8 HTML document with every script and style inlined.
    """
    lang = lang if lang in UI_TEXT else "nl"
    payload = {
        "nodes": [{**node, "label": UI_TEXT[lang]["undated_mark"].format(label=node.get("label"))}
                  if node.get("undated") else node for node in data.get("nodes", [])],
        "edges": data.get("edges", []),
        # the build time in words in the G40's zone for the footer ("5 december 2026, 23.48 uur"), whatever the
        # machine's clock: a page of one graph stays the same bytes; ``built`` stays ISO (walkthrough 19, finding 17)
        "meta": _with_built_words(data.get("meta", {}), lang),
        "style": data.get("style") or _default_style(),
        "documents": data.get("documents", {}),
        "periods": data.get("periods", []),
        "dense": data.get("dense"),
        "labels": data.get("labels"),
        "ui": UI_TEXT[lang],
        "lang": lang,
    }
    vis_js = _inline_script(vendor_asset("vis-network.min.js"))
    page_js = _inline_script(_own_asset("network.js"))
    meta = payload["meta"]
    title = meta.get("title") or UI_TEXT[lang]["title"]
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}" + (" 'self'" if live else ""),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src data:",
            "connect-src 'self'" if live else "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )
    template = _environment().get_template("network.html")
    return template.render(
        lang=lang,
        title=title,
        ui=UI_TEXT[lang],
        table=table_view(payload, lang=lang),
        csp=csp,
        live=live,
        home=home,
        vis_css=_markup(_inline_style(vendor_asset("vis-network.css"))),
        page_css=_markup(_inline_style(_own_asset("network.css"))),
        vis_js=_markup(vis_js),
        page_js=_markup(page_js),
        data_json=_markup(json_for_script(payload)),
    )


def _with_built_words(meta: dict, lang: str) -> dict:
    """``meta`` with ``built_words``, its ``built`` time as a reader reads it (:func:`graph.reading_dates.time_words`).

    >>> _with_built_words({"built": "2026-12-05T22:48:01+00:00"}, "nl")["built_words"], _with_built_words({}, "nl")
    ('5 december 2026, 23.48 uur', {})
    """
    if not meta.get("built"):
        return meta
    from graph.reading_dates import time_words

    return dict(meta, built_words=time_words(meta["built"], lang))


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)


def _default_style() -> dict:
    from .style import default_style

    return default_style()


def write_html(html: str, out_path: Path) -> Path:
    """Write ``html`` to ``out_path`` atomically (UTF-8); returns the path."""
    from graph.store import atomic_write

    out_path = Path(out_path)
    atomic_write(out_path, html)
    return out_path
