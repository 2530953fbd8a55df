"""Explorer pages: each handler builds one dict and renders it as HTML or, for ``.json`` URLs, as JSON.

Handlers are plain functions (Starlette runs them in its thread pool). Templates autoescape
everything; document text is split into segments at the evidence offsets and escaped piece by piece.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import OrderedDict
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates
from viz.sharing import with_quotes as masked_network

from ..docdate import period_text
from ..errors import G40Error
from ..messages import language
from ..privacy import masked_text, moved
from ..role_labels import role_label
from . import explore_changes, explore_common, explore_documents, explore_entity, explore_home, questions
from .compound_mentions import whole_word_mentions
from .pageless_people import pageless
from .i18n import page_language, predicate_label, property_label, text_language, texts
from .freshness import CHECK_SECONDS, stamp_of
from .live import snapshot_of

__all__ = [
    "home", "home_data", "changes_page", "search_page", "documents_page", "document_page", "entity_page", "questions_page", "question_page",
    "network_page", "sparql_page", "api_page", "not_found", "method_not_allowed", "wants_json", "EXAMPLE_QUERIES",
    "is_date_text", "asked_line",
]

log = logging.getLogger(__name__)

_templates: Jinja2Templates | None = None


def _env() -> Jinja2Templates:
    global _templates
    if _templates is None:
        from .app import TEMPLATE_DIR

        _templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
        _templates.env.globals["predicate_label"] = predicate_label
        _templates.env.globals["text_language"] = text_language
        _templates.env.globals["is_date"] = is_date_text
    return _templates


def _lang(request: Request) -> str:
    return page_language(request)


#: the pages that show the state on a day (``?as_of=``): a link to one of them from a page of a day keeps it
DAY_PATHS = ("/entity/", "/document/", "/network")


def _link_factory(request: Request, lang: str):
    """The ``link(path, **params)`` of a live page: the path under the proxy's root, with the page's
    language when it was chosen (``?lang=``) and, to a page of :data:`DAY_PATHS`, the page's day
    (``?as_of=``, read as :func:`page_day` reads it); walkthrough 22: every link keeps both."""
    explicit = "lang" in request.query_params
    root = root_path(request)
    day = page_day(request) if "as_of" in request.query_params else None

    def link(path: str | None, **params) -> str:
        if path is None:
            return "#"
        if explicit:
            params.setdefault("lang", lang)
        if day and path.startswith(DAY_PATHS):
            params.setdefault("as_of", day)
        # a path with its own query and fragment (an evidence link: "?start=…&end=…#evidence") keeps both
        path, mark, fragment = path.partition("#")
        query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
        return root + path + (("&" if "?" in path else "?") + query if query else "") + mark + fragment

    return link


def root_path(request: Request) -> str:
    """The path the explorer is served under behind a proxy ("/g40"; "" at the root: ``serve --root-path``)."""
    return str(request.scope.get("root_path") or "").rstrip("/")


def named(item: dict, lang: str) -> str:
    """The name a page shows for an entity ``item`` (``label``): a ministry with the names of its other
    name periods that its facts use (``earlier``, :func:`graph.serve.explore_home.with_earlier`), "EZK (eerder EZ)".

    >>> named({"label": "LVVN", "earlier": ["LNV"]}, "en"), named({"label": "Breda"}, "nl")
    ('LVVN (earlier LNV)', 'Breda')
    """
    from ..shortcuts import with_earlier_names

    with language(lang):
        return with_earlier_names(item["label"], item.get("earlier") or ())


def render(request: Request, template: str, data: dict, status: int = 200, json_twin: str | None = None,
           extra: dict | None = None) -> Response:
    """``data`` as the page ``template`` (or as JSON when the URL ends in ``.json``); ``extra``: more
    values for the template only (not in the JSON twin)."""
    lang = _lang(request)
    if not request.app.state.config.document_text:  # evidence only: no special-category words in any quote
        data = masked_quotes(data, lang)
    if request.url.path.endswith(".json"):
        return JSONResponse(data, status_code=status)
    link = _link_factory(request, lang)
    other = "en" if lang == "nl" else "nl"
    context = {"data": data, "lang": lang, "t": texts(lang), "link": link, "root": root_path(request),
               # query-only: a relative link to this page ("//evil.example/x" as a path must stay a path)
               "switch_lang": "?" + _with_param(request, "lang", other),
               # this page without its day ("Alle perioden"), in its language; "?" when nothing else is left
               "every_period": "?" + _without_params(request, "as_of"),
               "keep_lang": "lang" in request.query_params or lang != "nl",  # the forms' hidden ?lang= field
               # a twin with its own query (_json_path) keeps the page's; a fixed one gets the language
               "json_link": (root_path(request) + json_twin if "?" in json_twin else link(json_twin)) if json_twin else None, "predicate_label": lambda p, d: predicate_label(p, d, lang),
               "property_label": lambda name: property_label(name, lang), "role_label": lambda r: role_label(r, lang),
               "named": lambda item: named(item, lang),
               "asset": lambda name: f"{root_path(request)}/static/{name}", "static_site": None,
               "built_shown": built_text(snapshot_of(request).manifest.get("built"), lang),
               # the graph this page shows, which graph-update.js compares with the served one (graph.serve.freshness)
               "graph_stamp": stamp_of(snapshot_of(request)), "check_seconds": CHECK_SECONDS,
               "this_page": _this_page(request), **(extra or {})}
    site = _site(request)
    if site is not None:  # a page of the static copy (graph.serve.site): links to files, no server's features
        path = request.url.path
        context.update(link=site.linker(path), asset=lambda name: site.asset(path, name), switch_lang=None,
                       json_link=None, static_site={"built": built_text(snapshot_of(request).manifest.get("built"), lang)})
    return _env().TemplateResponse(request, template, context, status_code=status,
                                   headers={"Content-Language": lang})


def _site(request: Request):
    """The :class:`~graph.serve.site.SiteLinks` of a static copy being made, else None (the live explorer)."""
    return getattr(request.app.state, "site", None)


def built_text(built, lang: str = "nl") -> str:
    """A build time of the manifest as a reader sees it: in words, in the G40's zone (Europe/Amsterdam,
    whatever the machine's clock says: :func:`graph.reading_dates.time_words`).

    >>> built_text("2026-12-05T22:48:01+00:00"), built_text("2026-12-05T22:48:01+00:00", "en"), built_text(None)
    ('5 december 2026, 23.48 uur', '5 December 2026, 23:48', '')
    """
    from ..reading_dates import time_words

    return time_words(built, lang)


def is_date_text(text) -> bool:
    """Whether a table cell's ``text`` is an ISO date or month (it is kept on one line: no "2026-" / "11-01").

    >>> is_date_text("2026-11-01"), is_date_text("2026-11"), is_date_text("Breda"), is_date_text(None)
    (True, True, False, False)
    """
    return bool(re.fullmatch(r"\d{4}-\d\d(-\d\d)?", str(text or "")))


def asked_line(question: dict, values: dict, lang: str) -> str:
    """The values a question was asked with, as one line for the printed page: "Stand per 7 december
    2026 · Persoon: Anna de Vries" (a date in words, :func:`graph.reading_dates.date_words`); "" for none.

    >>> q = {"parameters": [{"name": "person", "type": "person"}, {"name": "as_of", "type": "date"}]}
    >>> asked_line(q, {"person": "Anna de Vries", "as_of": "2026-12-07"}, "nl")
    'Persoon: Anna de Vries · Stand per 7 december 2026'
    >>> asked_line(q, {"person": "", "as_of": "2026-12-07"}, "en"), asked_line(q, {}, "nl")
    ('As of 7 December 2026', '')
    """
    from ..reading_dates import date_words

    words, parts = texts(lang), []
    for parameter in question["parameters"]:
        value = str(values.get(parameter["name"]) or "").strip()
        if not value:
            continue
        label = words.get("param." + parameter["name"], parameter["name"])
        parts.append(f"{label} {date_words(value, lang)}" if parameter["type"] == "date" else f"{label}: {value}")
    return " · ".join(parts)


def _with_param(request: Request, key: str, value: str) -> str:
    params = dict(request.query_params)
    params.pop("token", None)
    params[key] = value
    return urlencode(params)


def _this_page(request: Request) -> str:
    """This page's own address (under the proxy's root, without a ``?token=``): the notice's "pagina
    vernieuwen" link opens it again.

    >>> from starlette.requests import Request
    >>> _this_page(Request({"type": "http", "path": "/search", "query_string": b"q=%3Cb%3E&token=x", "headers": []}))
    '/search?q=%3Cb%3E'
    """
    query, path, root = _without_params(request, "token"), request.url.path, root_path(request)
    if root and not (path + "/").startswith(root + "/"):  # the proxy stripped its prefix
        path = root + path
    return path + ("?" + query if query else "")


def _without_params(request: Request, *keys: str) -> str:
    """This page's query without ``keys`` (and without a ``?token=``), every other value kept in its order."""
    return urlencode([(k, v) for k, v in request.query_params.multi_items() if k not in keys and k != "token"])


def _json_path(request: Request, suffix: str = ".json") -> str:
    """This page's twin with ``suffix`` (its JSON, or a question's ``.csv`` for Excel), with the same parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "token"}
    path, root = request.url.path, root_path(request)
    if root and path.startswith(root + "/"):  # the proxy passed its prefix on: render() adds it again
        path = path[len(root):]
    return path + suffix + ("?" + urlencode(params) if params else "")


def _strip_json(name: str) -> tuple[str, bool]:
    """``("x", True)`` for a path parameter ``"x.json"`` (the JSON twin), else ``(name, False)``."""
    return (name[: -len(".json")], True) if name.endswith(".json") else (name, False)


def _dataset(request: Request):
    return snapshot_of(request).dataset


def _cached(request: Request, key, compute):
    cache = snapshot_of(request).cache  # belongs to the request's graph: a new build starts empty
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def home_data(dataset, documents: list[dict], manifest: dict | None = None) -> dict:
    """Counts (entities: those the documents mention, from the build's ``manifest`` when it is
    this graph's), the most connected ministries and cities, and the first documents."""
    return {
        "counts": explore_home.counts(dataset, manifest),
        "ministries": explore_home.top_connected(dataset, "Ministry", 10),
        "cities": explore_home.top_connected(dataset, "Municipality", 10),
        "documents": documents[:20],
    }


def home(request: Request) -> Response:
    snapshot = snapshot_of(request)
    dataset = snapshot.dataset
    data = _cached(request, "home", lambda: home_data(dataset, explore_documents.documents(dataset), snapshot.manifest))
    built = snapshot.manifest.get("built")
    data = dict(data, built=built, built_shown=built_text(built, _lang(request)))  # beside the link to the changes page
    return render(request, "home.html", data, json_twin="/index.json")


def changes_page(request: Request) -> Response:
    """What the last build changed (:mod:`graph.serve.explore_changes`), with the builds' times."""
    from ..names import entity_index

    snapshot, lang = snapshot_of(request), _lang(request)
    data = _cached(request, ("changes", lang), lambda: explore_changes.changes(
        snapshot.manifest, entity_index(snapshot.dataset), lang))
    data = dict(data, built_shown=built_text(data["built"], lang), previous_built_shown=built_text(data["previous_built"], lang))
    return render(request, "changes.html", data, json_twin="/changes.json")


def search_page(request: Request) -> Response:
    query = request.query_params.get("q", "")[:200]
    dataset = _dataset(request)
    results = explore_home.search(
        dataset, query,
        mentioned_iris=_cached(request, "mentioned", lambda: explore_home.mentioned(dataset)),
        document_list=_cached(request, "documents", lambda: {"documents": explore_documents.documents(dataset)})["documents"],
        unsearched_ids=frozenset(d.get("id") for d in snapshot_of(request).manifest.get("documents") or []
                                 if d.get("name_in_id")),
    ) if query.strip() else []
    hidden = pageless(dataset, [result["iri"] for result in results if result.get("type") == "Person"])
    results = [result for result in results if result["iri"] not in hidden]  # no page to go to
    return render(request, "search.html", {"q": query, "results": results}, json_twin=_json_path(request))


def documents_page(request: Request) -> Response:
    data = _cached(request, "documents", lambda: {"documents": explore_documents.documents(_dataset(request))})
    return render(request, "documents.html", data, json_twin="/documents.json")


def document_page(request: Request) -> Response:
    document_id, as_json = _strip_json(request.path_params["document_id"])
    snapshot = snapshot_of(request)
    data = explore_documents.document(snapshot.dataset, document_id, snapshot.manifest, lang=_lang(request))
    if data is None:
        renamed = explore_documents.renamed_document(snapshot.dataset, document_id, snapshot.manifest)
        if renamed is None:
            return not_found(request)
        # a link shared before the file was renamed: to the same document under its new name
        kept = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
        target = f"{root_path(request)}/document/{renamed}{'.json' if as_json else ''}" + (f"?{kept}" if kept else "")
        return RedirectResponse(target, status_code=301, headers={"Cache-Control": "max-age=3600"})
    shifts = data.pop("shifts")
    # a static copy has no ?start=&end= page: each evidence sentence gets an anchor its links name
    anchors = sentence_anchors(data["facts"], shifts) if _site(request) is not None else None
    hidden = pageless(snapshot.dataset, [m["iri"] for m in data["mentions"]])
    if hidden:  # named in the text, not linked: no page for a person of whom the graph holds no fact
        data["mentions"] = [m for m in data["mentions"] if m["iri"] not in hidden]
    if not request.app.state.config.document_text:  # only the evidence sentences (data minimisation)
        data = {key: value for key, value in data.items() if key != "text"}
        data["warning"], data["evidence_only"] = None, True
        data["evidence"] = [published_evidence(quote, _lang(request)) for quote in evidence_sentences(data["facts"])]
    _split_by_day(request, data, "facts", "split_list")
    if not as_json:
        data = dict(data, about=document_about(data["metadata"], _lang(request)))
    if not as_json and data.get("text") is not None:
        highlight = _highlight(request)
        if highlight and shifts:  # offsets of the file's text, the page shows the masked text
            highlight = tuple(moved(offset, shifts) for offset in highlight)
            highlight = highlight if None not in highlight else None
        # "G40-bureau" one link, to the entity of that name, never "G40" and "bureau" (walkthrough 26, finding 16)
        linked = whole_word_mentions(data["text"], data["mentions"])
        data = dict(data, segments=explore_documents.text_segments(data["text"], linked, highlight, anchors))
    return render(request, "document.html", data, json_twin=_json_path(request))


#: how many days' :class:`~graph.serve.day_view.DayView` a graph's pages keep (each holds every evidence IRI)
DAY_VIEWS_KEPT = 4


def page_day(request: Request) -> str | None:
    """The day an entity's or a document's page shows the state of: a static copy's day
    (:attr:`graph.serve.site.SiteLinks.day`), else the live page's ``?as_of=`` (a date as ``--as-of``
    takes it; one that is no date is left out), else None: every period, as before."""
    from ..errors import InputError
    from ..timefilter import TimeWindow

    site = _site(request)
    if site is not None:
        return site.day or None
    try:
        return TimeWindow(as_of=request.query_params.get("as_of") or None).as_of
    except InputError:
        return None


def _split_by_day(request: Request, data: dict, key: str, how: str) -> None:
    """With a :func:`page_day`, ``data[key]`` (the page's facts) keeps those that hold on that day, and
    ``earlier_<key>`` and ``later_<key>`` get those that ended before it and began after it, which the
    page shows folded (walkthrough 22: every period one click away); ``day`` and ``day_words`` say which."""
    from ..reading_dates import date_words
    from .day_view import day_view

    day = page_day(request)
    if day is None:
        return
    views = _cached(request, "day-views", OrderedDict)  # a copy's one day, or the few days asked of the server last
    if day not in views:
        views[day] = day_view(_dataset(request), day)
        while len(views) > DAY_VIEWS_KEPT:
            views.popitem(last=False)
    view = views[day]
    data[key], data[f"earlier_{key}"], data[f"later_{key}"] = getattr(view, how)(data[key])
    data["day"], data["day_words"] = day, date_words(day, _lang(request))


def _municipality_lines(request: Request, data: dict) -> None:
    """A municipality's page says where a dissolved one went up in, or what a new one was before
    (``redivision``: :func:`graph.dissolved_municipalities.redivision_lines`), and on a day (``?as_of=``) whether
    it was a G40 member then, as the four G40 questions count it (``g40_membership``:
    :func:`graph.g40_membership.membership_text`; round 59d)."""
    if "Municipality" not in data.get("types", ()):
        return
    from ..dissolved_municipalities import redivision_lines
    from ..g40_membership import membership_of, membership_text

    data["redivision"] = redivision_lines(data["iri"], _lang(request))
    if data.get("day"):
        bound = {"as_of": data["day"]}
        found = membership_of(_dataset(request), data["iri"], bound)
        data["g40_membership"] = membership_text(found, bound, _lang(request), data["day_words"]) if found else None


def sentence_anchors(facts: list[dict], shifts) -> dict[int, str]:
    """Where each evidence sentence of a document's ``facts`` starts in the text its page shows (``shifts``:
    the masking's, :func:`graph.privacy.moved`) → its anchor, ``t`` and its offset in the document's file,
    which a static copy's evidence link names (walkthrough 33, finding 7); a sentence that starts inside
    a masked span has none.

    >>> sentence_anchors([{"start": 9}, {"start": 0}, {"start": None}], None)
    {9: 't9', 0: 't0'}
    """
    anchors: dict[int, str] = {}
    for fact in facts:
        start = fact.get("start")
        at = moved(start, shifts) if start is not None and shifts else start
        if at is not None:
            anchors.setdefault(at, f"t{start}")
    return anchors


def evidence_sentences(facts: list[dict]) -> list[str]:
    """The evidence sentences of a document's ``facts``, each once, in the order of the text.

    >>> evidence_sentences([{"quote": "B.", "start": 9}, {"quote": "A.", "start": 0}, {"quote": "B.", "start": 9}])
    ['A.', 'B.']
    """
    seen: dict[str, int] = {}
    for fact in facts:
        seen.setdefault(fact["quote"], fact["start"] if fact["start"] is not None else -1)
    return sorted(seen, key=lambda quote: (seen[quote], quote))


def published_evidence(quote: str, lang: str = "nl") -> str:
    """An evidence sentence as the evidence-only page shows it: the words of special categories of
    personal data (:mod:`graph.extract.special_data`) masked too (contact details already are).

    >>> published_evidence("Afwezig: Tessa Wolters (Enschede; ziek)")
    'Afwezig: Tessa Wolters (Enschede; [bijzonder persoonsgegeven])'
    """
    from ..extract.special_data import special_spans

    spans = special_spans(quote)
    return masked_text(quote, spans, lang)[0] if spans else quote


def masked_quotes(data, lang: str = "nl"):
    """``data`` (a page's dicts and lists) with every ``"quote"`` and evidence sentence passed
    through :func:`published_evidence`; the rest as it is.

    >>> masked_quotes({"facts": [{"quote": "Anna (Breda; ziek)", "label": "ziek"}]})
    {'facts': [{'quote': 'Anna (Breda; [bijzonder persoonsgegeven])', 'label': 'ziek'}]}
    """
    if isinstance(data, dict):
        return {key: published_evidence(value, lang) if key == "quote" and isinstance(value, str)
                else [published_evidence(v, lang) if isinstance(v, str) else masked_quotes(v, lang) for v in value]
                if key == "evidence" and isinstance(value, list) else masked_quotes(value, lang)
                for key, value in data.items()}
    if isinstance(data, list):
        return [masked_quotes(item, lang) for item in data]
    return data


#: a document's metadata as a reader asks for it, in this order (the JSON keeps the RDF names)
_ABOUT = (("dcterms:title", "about.title"), ("dcterms:date", "about.date"), ("period", "about.period"),
          ("dcterms:creator", "about.author"), ("g40:caseNumber", "about.case"),  # a DMS export's (round 58d)
          ("dcterms:source", "about.source"), ("dcterms:language", "about.language"),
          ("dcterms:identifier", "about.identifier"), ("g40:checksum", "about.checksum"))
_SHOWN_ELSEWHERE = {"rdfs:label", "g40:periodStart", "g40:periodEnd", "g40:dateInferred"}


def document_about(metadata: dict, lang: str) -> list[tuple[str, str]]:
    """(label, value) rows of a document's page: title, date or period (said to be inferred when it
    was read from the file name or text), author and case number (a DMS export's metadata file), source, language,
    identifier, checksum; other properties
    after them under their RDF names.

    >>> document_about({"g40:periodStart": "2023-01-01", "g40:periodEnd": "2023-12-31", "g40:dateInferred": "true",
    ...                 "g40:checksum": "sha256:ab", "dcterms:language": "nl"}, "nl")
    [('Periode', '2023 (afgeleid)'), ('Taal', 'Nederlands'), ('Controlegetal', 'sha256:ab')]
    """
    words = texts(lang)
    values = dict(metadata)
    period = period_text(values.get("g40:periodStart"), values.get("g40:periodEnd"))
    if period:
        values["period"] = period
    inferred = values.get("g40:dateInferred") == "true"
    rows = []
    for key, label in _ABOUT:
        value = values.get(key)
        if not value:
            continue
        if key == "dcterms:language":
            value = words.get(f"language.{value}", value)
        if key in ("dcterms:date", "period") and inferred:
            value = f"{value} ({words['about.inferred']})"
        rows.append((words[label], value))
    shown = {key for key, _label in _ABOUT} | _SHOWN_ELSEWHERE
    return rows + sorted((key, value) for key, value in metadata.items() if key not in shown)


def _highlight(request: Request) -> tuple[int, int] | None:
    try:
        return int(request.query_params["start"]), int(request.query_params["end"])
    except (KeyError, ValueError):
        return None


def entity_page(request: Request) -> Response:
    kind = request.path_params["kind"]
    key, as_json = _strip_json(request.path_params["key"])
    iri = explore_common.entity_iri(kind, key)
    into = explore_entity.merged_into(_dataset(request), iri)
    if into is not None:  # merged away by a curation: its links lead on to the entity it went into
        return RedirectResponse(f"{root_path(request)}{explore_common.entity_path(into)}{'.json' if as_json else ''}",
                                status_code=301, headers={"Cache-Control": "max-age=3600"})
    data = explore_entity.entity(_dataset(request), iri) if iri is not None else None
    if data is not None and pageless(_dataset(request), [str(iri)]):
        data = None  # a person of whom the graph holds no fact: no page (walkthrough 26, finding 13)
    if data is None:
        from .linked import retired

        return retired(request, kind, key) or not_found(request)
    fresh = explore_changes.new_facts_of(snapshot_of(request).manifest.get("changes"), data["iri"])
    for group, items in data["facts"].items():  # "nieuw": the facts that came with the last build
        for item in items:
            if (group.split(":")[0], item["iri"]) in fresh:
                item["new"] = True
    data["neighbourhood"] = explore_entity.neighbourhood(_dataset(request), iri)
    earlier = {item["iri"]: item["earlier"] for items in data["facts"].values() for item in items if item.get("earlier")}
    earlier[data["iri"]] = data["earlier"]
    for node in data["neighbourhood"]["nodes"]:  # a ministry named as in the page's heading and lists
        if earlier.get(node["id"]):
            node["earlier"] = earlier[node["id"]]
    _split_by_day(request, data, "facts", "split_groups")
    _municipality_lines(request, data)
    drawn = data["neighbourhood"]
    if data.get("day"):  # the neighbours of that day, as the facts (walkthrough 22); the JSON marks each
        from .day_view import network_on_day

        data["neighbourhood"] = network_on_day(drawn, data["facts"], data["earlier_facts"], data["later_facts"])
        drawn = {"nodes": [n for n in data["neighbourhood"]["nodes"] if n["when"] == "now"],
                 "links": [link for link in data["neighbourhood"]["links"] if link["when"] == "now"]}
        data["not_drawn"] = len(data["neighbourhood"]["nodes"]) - len(drawn["nodes"])
    if not as_json:
        from .linked import alternates

        roles = {item["iri"]: item["roles"] for part in ("later_facts", "earlier_facts", "facts")
                 for key in ("hasRole:out", "hasRole:in") for item in data.get(part, {}).get(key, ())}
        data["layout"] = _ego_layout(drawn, roles, _lang(request))
        data["alternates"] = alternates(kind, key)  # <link rel="alternate">: its RDF twins
    connect = None
    if not as_json and _site(request) is None:  # "Hoe is … verbonden met …?": the connection page, this entity filled in
        # (a static copy has no connection page)
        from .path_page import name_for_field

        connect = name_for_field(_dataset(request), data["iri"], data["label"])
    return render(request, "entity.html", data, json_twin=_json_path(request), extra={"connect_name": connect})


def _ego_layout(network: dict, roles: dict | None = None, lang: str = "nl", width: int = 440,
                height: int = 300) -> dict:
    """Positions for a small star-shaped drawing: the entity in the middle, neighbours on an ellipse
    (taller with more neighbours), each name beside its node where it does not cover another
    (:mod:`graph.serve.ego_labels`); the drawing's ``width`` and ``height`` are those of everything drawn.

    Each node gets the network page's mark for its type (:mod:`graph.serve.ego`), its name's place
    (``name_lines``, ``name_anchor``, ``name_x``, ``name_y``), the layout a ``legend`` of the types drawn, and each ``memberOf`` link the ``roles`` of the
    other entity (by IRI: "wethouder", not "lid van", in the line's text alternative).
    """
    from .ego import legend, mark, type_of
    from .ego_labels import LINE_HEIGHT, bounds, placed_labels

    roles = roles or {}
    others = [n for n in network["nodes"] if not n["centre"]]
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - 120, max(height / 2 - 40, 9 * len(others))  # room for the names left and right
    positions = {n["id"]: (cx, cy) for n in network["nodes"] if n["centre"]}
    for i, node in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) - math.pi / 2
        positions[node["id"]] = (round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1))
    labels = {label["id"]: label for label in placed_labels(
        [{"id": n["id"], "x": positions[n["id"]][0], "y": positions[n["id"]][1], "centre": n["centre"],
          "name": named(n, lang)} for n in network["nodes"]], cx, cy)}
    left, top, right, bottom = bounds(list(labels.values()), list(positions.values()), margin=16)
    left, right = min(left, 0), max(right, width)

    def shift(x: float, y: float) -> tuple[float, float]:  # everything drawn inside the box from (0, 0)
        return round(x - left, 1), round(y - top, 1)

    positions = {key: shift(*xy) for key, xy in positions.items()}
    for label in labels.values():
        label["x"], label["y"] = shift(label["x"], label["y"])
    nodes = [dict(n, x=positions[n["id"]][0], y=positions[n["id"]][1], name_lines=labels[n["id"]]["lines"],
                  name_anchor=labels[n["id"]]["anchor"], name_x=labels[n["id"]]["x"], name_y=labels[n["id"]]["y"],
                  **mark(type_of(n["types"]), *positions[n["id"]], 12 if n["centre"] else 8)) for n in network["nodes"]]
    by_id = {n["id"]: n for n in nodes}
    centre = next((n["id"] for n in nodes if n["centre"]), None)
    links = [dict(l, x1=positions[l["source"]][0], y1=positions[l["source"]][1],
                  x2=positions[l["target"]][0], y2=positions[l["target"]][1],
                  source_node=by_id[l["source"]], target_node=by_id[l["target"]],
                  roles=roles.get(l["target"] if l["source"] == centre else l["source"], [])
                  if l["predicate"] == "memberOf" else [])
             for l in network["links"] if l["source"] in positions and l["target"] in positions]
    return {"width": round(right - left), "height": round(bottom - top), "nodes": nodes, "links": links,
            "legend": legend(nodes), "line_height": LINE_HEIGHT}


def questions_page(request: Request) -> Response:
    with language(_lang(request)):
        data = {"questions": questions.list_questions()}
    return render(request, "questions.html", data, json_twin="/questions.json")


#: Answers to question pages kept per graph (the most recently asked): a shared link or a page
#: asked again answers at once instead of running its query again (0.4-0.6 s for the big
#: questions at 10^6 triples). A new build starts with none (they live in its snapshot's cache).
ANSWERS_KEPT = 64
_KEPT_LOCK = threading.Lock()


def kept_for_graph(request: Request, name: str, key, compute, most: int):
    """``compute()``, kept in the request's graph's cache (a new build starts with none) under ``name`` and
    ``key``, the ``most`` asked last (question pages' answers, :data:`ANSWERS_KEPT`; the connection page's
    networks, :data:`graph.serve.path_page.PROJECTIONS_KEPT`); an error, a timeout too, is not kept."""
    cache = snapshot_of(request).cache
    with _KEPT_LOCK:
        kept = cache.setdefault(name, OrderedDict())
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    value = compute()
    with _KEPT_LOCK:
        kept[key] = value
        while len(kept) > most:
            kept.popitem(last=False)
    return value


def _answer(request: Request, name: str, values: dict, lang: str) -> dict:
    """:func:`questions.answer` for the request's graph, kept (:data:`ANSWERS_KEPT`); errors are not kept."""
    config = request.app.state.config
    return kept_for_graph(request, "answers", (name, tuple(sorted(values.items())), lang, config.max_rows),
                          lambda: questions.answer(_dataset(request), name, values, timeout=config.timeout,
                                                   max_rows=config.max_rows, lang=lang), ANSWERS_KEPT)


def question_page(request: Request, *, every_period: bool = False) -> Response:
    """A named question: its form and, when asked, its answer. In a static copy (no form) the answer it
    gives without values, when it needs none: the state on the copy's day ("Stand per …", as ``as_of``),
    or with ``every_period`` (``/questions/<name>/all``) that of every period (walkthrough 47, finding 12)."""
    if request.path_params["name"].endswith(".csv"):  # the answer for Excel (walkthrough 21, finding 15)
        return question_excel(request)
    name, as_json = _strip_json(request.path_params["name"])
    lang = _lang(request)
    with language(lang):
        question = questions.get_question(name)
        if question is None:
            return not_found(request)
        values = _form_values(request, question)
        data = {"question": question, "values": values, "answer": None, "error": None}
        site = _site(request)
        static = site is not None  # a static copy: the answer without values, when it needs none
        if not as_json and not static:
            data["suggestions"] = questions.suggestions(_dataset(request), question)
        required = [p["name"] for p in question["parameters"] if p["required"]]
        answered_alone = not [p for p in question["parameters"] if p["required"] and not p["default"]]
        view = _site_view(site, question, every_period, lang) if static and answered_alone else None
        if view and not every_period:
            values["as_of"] = view["day"]
        submitted = as_json or "run" in request.query_params or (
            any(values.values()) and all(values[name] for name in required)) or (static and answered_alone)
        if submitted:
            try:
                data["answer"] = _answer(request, name, values, lang)
            except G40Error as error:  # unknown name, bad value, timeout: shown, 400
                data["error"] = str(error)
                data["invalid"] = _invalid_fields(question, values, error)
    status = 400 if data["error"] else 200
    return render(request, "question.html", data, status=status, json_twin=_json_path(request),
                  extra={"asked": asked_line(question, values, lang), "excel_link": _json_path(request, ".csv"),
                         "site_view": view, "form_error": data["error"] and _form_message(question, data["error"], lang)})


def _site_view(site, question: dict, every_period: bool, lang: str) -> dict | None:
    """What a static copy's question page shows: the state on the copy's day (``day``, ISO; ``day_words``)
    or every period (``all``); None for a question without "Stand per" (``as_of``) or a copy without a day.

    >>> from graph.serve.site import SiteLinks
    >>> _site_view(SiteLinks("2026-12-06"), {"parameters": [{"name": "as_of"}]}, False, "nl")
    {'day': '2026-12-06', 'day_words': '6 december 2026', 'all': False}
    """
    from ..reading_dates import date_words

    if site is None or not site.day or not any(p["name"] == "as_of" for p in question["parameters"]):
        return None
    return {"day": site.day, "day_words": date_words(site.day, lang), "all": every_period}


def question_every_period(request: Request) -> Response:
    """``/questions/<name>/all``: a static copy's page of a question's every period; the live explorer
    asks the question without values (``?run=1``), which is the same answer."""
    if _site(request) is not None:
        return question_page(request, every_period=True)
    query = _with_param(request, "run", "1")
    return RedirectResponse(f"{root_path(request)}/questions/{request.path_params['name']}?{query}", status_code=303)


def _form_values(request: Request, question: dict) -> dict:
    """The value the request gives each of ``question``'s parameters ("" for none)."""
    return {p["name"]: request.query_params.get(p["name"], "") for p in question["parameters"]}


def question_excel(request: Request) -> Response:
    """``/questions/<name>.csv``: the answer as the CSV ``--excel`` writes, to open with a double click; a bad
    value is its one-line message with status 400."""
    from .excel_download import answer_csv, download_name

    name, lang = request.path_params["name"][: -len(".csv")], _lang(request)
    question = questions.get_question(name)
    if question is None:
        return not_found(request)
    values = _form_values(request, question)
    try:
        with language(lang):
            answer = _answer(request, name, values, lang)
    except G40Error as error:
        return Response(str(error) + "\n", status_code=400, media_type="text/plain; charset=utf-8")
    if not request.app.state.config.document_text:  # evidence only: no special-category words in any quote
        answer = masked_quotes({"answer": answer}, lang)["answer"]
    return Response(answer_csv(answer, str(request.base_url), lang), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{download_name(name, values)}"'})


#: a message about one parameter, as the command line words it ("parameter at: 'x' is geen …")
_PARAMETER_MESSAGE = re.compile(r"parameter '?(?P<name>\w+)'?(?P<rest>(?::| ).*)", re.S)


def _form_message(question: dict, message: str, lang: str) -> str:
    """An error about one field of a question's form in the form's words (walkthrough 31, finding 11):
    the field's label where the command line's message names the parameter, without the command line's
    advice; the JSON twin keeps the message as it is.

    >>> q = {"parameters": [{"name": "target"}, {"name": "at"}]}
    >>> _form_message(q, "parameter target is verplicht (--param target=…)", "nl")
    'Programma of onderdeel is verplicht'
    >>> _form_message(q, "parameter at: 'kapot' is not a valid date (YYYY-MM-DD or 31-01-2024)", "en")
    "On date: 'kapot' is not a valid date (YYYY-MM-DD or 31-01-2024)"
    >>> _form_message(q, "onbekende naam 'XYZ'", "nl")
    "onbekende naam 'XYZ'"
    """
    match = _PARAMETER_MESSAGE.fullmatch(message)
    if not match or match["name"] not in {p["name"] for p in question["parameters"]}:
        return message
    label = texts(lang).get("param." + match["name"], match["name"])
    return label + re.sub(r" \(--param \w+=…\)$", "", match["rest"])


def _invalid_fields(question: dict, values: dict, error: G40Error) -> list[str]:
    """The parameters an error of a question's answer is about (their fields get ``aria-invalid``):
    the one holding the unknown name, a value the message quotes, or a required one left empty.

    >>> from graph.errors import InputError
    >>> q = {"parameters": [{"name": "target", "required": True}, {"name": "at", "required": False}]}
    >>> _invalid_fields(q, {"target": "XYZ", "at": ""}, InputError("onbekende naam 'XYZ'"))
    ['target']
    >>> _invalid_fields(q, {"target": "", "at": "2020"}, InputError("geef target"))
    ['target']
    """
    message, unknown = str(error), getattr(error, "name", None)
    quoted = [p["name"] for p in question["parameters"] if values.get(p["name"])
              and any(value == unknown or f"'{value}'" in message or f'"{value}"' in message
                      for value in [values[p["name"]], *questions.form_lines(values[p["name"]])])]
    return quoted or [p["name"] for p in question["parameters"] if p["required"] and not values.get(p["name"])]


def network_page(request: Request) -> Response:
    """The network view of the viz package (whole graph, or ``?focus=``/``?ministry=`` with ``?depth=``)."""
    dataset, lang = _dataset(request), _lang(request)
    options = questions.network_options(request.query_params)
    as_json = request.url.path.endswith(".json")
    key = ("network", as_json, lang, tuple(sorted((k, str(v)) for k, v in options.items())))
    # evidence only (--no-document-text): the quotes' special-category words masked here too
    mask = None if request.app.state.config.document_text else (lambda quote: published_evidence(quote, lang))
    try:
        with language(lang):
            if as_json:
                data = questions.network_data(dataset, options) if options else _cached(
                    request, key, lambda: questions.network_data(dataset, options))
                return JSONResponse(data if mask is None else masked_network(data, mask))
            live, home = _network_live(request, lang), _network_home(request, lang)
            return HTMLResponse(questions.network_html(dataset, options, lang=lang, mask=mask, live=live, home=home)
                                if options else _cached(request, key, lambda: questions.network_html(
                                    dataset, options, lang=lang, mask=mask, live=live, home=home)))
    except G40Error as error:  # an unknown name, a view too large: say so on the page
        return render(request, "error.html", {"title": texts(lang)["error"], "message": str(error)}, status=400)


def _network_home(request: Request, lang: str) -> dict:
    """The network page's link back to the explorer's overview (walkthrough 31, finding 8: a keyboard
    user had only the browser's Back); in a static copy its ``index.html`` beside it."""
    if _site(request) is not None:
        href = "index.html"
    else:
        href = f"{root_path(request)}/" + ("?lang=en" if lang == "en" else "")
    return {"href": href, "text": texts(lang)["to_explorer"]}


def _network_live(request: Request, lang: str) -> dict | None:
    """The network page's notice of a newer graph, as every live page has it (``graph-update.js``, a file of
    the explorer's own origin, which the page's policy allows where it allows no inline script; walkthrough
    24, finding 17: the page did not notice a rebuild); none in a static copy."""
    if _site(request) is not None:
        return None
    t = texts(lang)
    return {"stamp": stamp_of(snapshot_of(request)), "check": f"{root_path(request)}/built.json?lang={lang}",
            "every": CHECK_SECONDS, "script": f"{root_path(request)}/static/graph-update.js",
            "reload": _this_page(request), "text": t["graph_updated"], "reload_text": t["reload_page"]}


#: Example queries offered on the SPARQL page (prefixes are predeclared).
EXAMPLE_QUERIES = {
    "collaborations": "SELECT ?a ?aLabel ?b ?bLabel WHERE {\n  ?a g40:collaboratesWith ?b .\n"
                      "  ?a skos:prefLabel ?aLabel . ?b skos:prefLabel ?bLabel .\n} LIMIT 50",
    "roles": "SELECT ?person ?name ?role ?org WHERE {\n  ?m a g40:Membership ; org:member ?person ;\n"
             "     org:organization ?org ; g40:roleLabel ?role .\n  ?person skos:prefLabel ?name .\n} LIMIT 50",
    "evidence": "SELECT ?quote ?p ?doc WHERE {\n  ?ev a g40:Evidence ; g40:quote ?quote ; rdf:predicate ?p ;\n"
                "      prov:wasDerivedFrom ?doc .\n  FILTER(?p != g40:mentions)\n} LIMIT 20",
    "classes": "SELECT ?class (COUNT(?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class ORDER BY DESC(?n)",
}


def sparql_page(request: Request, query: str | None = None) -> Response:
    """The SPARQL editor; with ``query`` (a shared ``/sparql?query=…`` link) it runs that query at once."""
    data = {"query": query or request.query_params.get("q") or EXAMPLE_QUERIES["collaborations"],
            "examples": EXAMPLE_QUERIES, "run": query is not None}
    return render(request, "sparql.html", data)


def api_page(request: Request) -> Response:
    """The JSON API and the protocol endpoints, from the OpenAPI description."""
    from .protocol import OPENAPI

    return render(request, "api.html", dict(OPENAPI, base=str(request.base_url)), json_twin="/openapi.json")


def not_found(request: Request, exc=None, *, status: int = 404, message: str | None = None,
              link: tuple[str, str] | None = None) -> Response:
    """404: the explorer's error page (escaped path, link home, the request's language), or JSON
    for a ``.json`` path and a client whose Accept header ranks JSON above HTML.

    A browser, ``curl`` (``*/*``) and a request without Accept get the page; ``Accept:
    application/json`` gets ``{"error": …, "status": 404}``. ``status``, ``message`` and ``link``
    (path, text: a page to go on to) for another answer, such as 410 for an IRI that is retired.
    """
    lang = _lang(request)
    message = message or texts(lang)["not_found_text"]
    if wants_json(request.url.path, request.headers.get("accept")):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers={"Vary": "Accept"})
    data = {"title": texts(lang)["not_found"] if status == 404 else texts(lang)["gone"], "message": message,
            "path": request.url.path, "home": True, "next": {"path": link[0], "text": link[1]} if link else None}
    page = render(request, "error.html", data, status=status)
    page.headers["Vary"] = "Accept, Accept-Language"
    return page


_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/*", "*/*")


def wants_json(path: str, accept: str | None) -> bool:
    """Whether an error for ``path`` goes out as JSON: a ``.json`` path, or an Accept header that
    ranks a JSON type above every HTML type (``*/*`` and ``text/*`` count as HTML).

    >>> wants_json("/entity/x/y", "*/*"), wants_json("/entity/x/y", None), wants_json("/x.json", "text/html")
    (False, False, True)
    >>> wants_json("/entity/x/y", "application/json"), wants_json("/e", "text/html,application/json;q=0.9")
    (True, False)
    """
    if path.endswith(".json"):
        return True
    from .sparql import parse_accept

    ranked = list(parse_accept(accept or ""))
    html = max((q for media, q in ranked if media in _HTML_TYPES), default=0.0)
    json_q = max((q for media, q in ranked if media == "application/json" or media.endswith("+json")), default=0.0)
    return json_q > html


def method_not_allowed(request: Request, exc=None) -> Response:
    return JSONResponse({"error": "method not allowed / methode niet toegestaan", "status": 405}, status_code=405)
