"""The explorer's "Hoe zijn ze verbonden?" page (``/path``): ``g40kg path A B`` as a form (walkthrough 31, finding 10).

The page asks what the command asks and answers as it does, with its machinery, not a second one:

* each name is read by :func:`graph.names.named_entities`, the look-up behind the command's
  :func:`~graph.names.resolve_entity`: a name it takes the page takes ("EZK", "gemeente Breda", the
  ``person/jan-smit`` a choice links to); a name of several entities offers each as a link, an unknown
  one says so with the names it resembles (:func:`graph.names.search_entities`, as the search page);
* the network is :func:`graph.project.to_networkx` with the command's options (``at``, ``as_of``; no
  mentions), under the server's ``--timeout``, kept per graph and options (:data:`PROJECTIONS_KEPT`);
* the connection is :func:`graph.analysis.connection` (``max_steps``: ``path --max-steps``), each step
  worded by :mod:`graph.step_wording` and shown with its evidence as an entity page shows it.

The form is a GET (a bookmarkable, read-only address); the values are looked up, never put into a
query's text. A static copy has no such page (its pages say ``g40kg serve`` has it): a connection is
found per pair of names, which a folder of files cannot do.
"""

from __future__ import annotations

import logging

from rdflib import URIRef
from starlette.requests import Request
from starlette.responses import Response

from ..analysis import NoConnection, connection
from ..errors import G40Error, InputError, QueryTimeout
from ..messages import language, msg
from .explore_common import entity_path, evidence_links, label_of
from .i18n import texts

__all__ = ["FIELDS", "PROJECTIONS_KEPT", "QUOTES_SHOWN", "connect", "name_for_field", "path_page", "resolve"]

log = logging.getLogger(__name__)

#: the page's query parameters: two names and the options of ``g40kg path`` a user needs
FIELDS = ("from", "to", "max_steps", "at", "as_of")
#: the quotes a step shows before the rest fold away (``path`` shows 3 unless ``--all-quotes``)
QUOTES_SHOWN = 3
#: the choices an ambiguous name offers, and the names an unknown one resembles
CHOICES = 20
SUGGESTIONS = 5
#: the networks (one per time option asked) a graph keeps for this page, the most recent ones
PROJECTIONS_KEPT = 4


def resolve(dataset, text: str) -> dict:
    """One field's name, read as ``g40kg path`` reads it: ``{"iri", "label", "path", "read_as"}`` for the one
    entity it names (``read_as``: the line that says which, for a part of its name; else None), else
    ``{"problem": "ambiguous" | "unknown", "message", "choices"}``: the command's message and the entities
    the name may mean (``choices``: ``iri``, ``label``, ``type``, ``key``, ``path``, and ``field``,
    what to put in the field to mean that one)."""
    from ..curation_graph import entity_key
    from ..names import (SUGGESTED, SUGGESTED_CUTOFF, not_one_entity, read_as_line, read_name, search_entities,
                         several_parts)

    hits, part = read_name(dataset, text)  # the one look-up: the command's message is made of what it found
    if len(hits) == 1:  # a part of one name ("Levendige Binnensteden"): the line the command prints, on the page
        return {"iri": hits[0].iri, "label": hits[0].label, "path": entity_path(hits[0].iri),
                "read_as": read_as_line(text, hits[0]) if part else None}
    if hits:
        found, suggested = [{"iri": e.iri, "label": e.label, "type": e.type} for e in hits[:CHOICES]], []
    else:  # the command suggests the first SUGGESTED (3) of the SUGGESTIONS (5) names offered here
        found = search_entities(dataset, text, limit=SUGGESTIONS, cutoff=SUGGESTED_CUTOFF)
        suggested = [hit["label"] for hit in found[:SUGGESTED]]
    message = str(several_parts(text, hits) if part else not_one_entity(text, hits, suggested))
    choices = [{"iri": hit["iri"], "label": hit["label"], "type": hit["type"], "key": entity_key(hit["iri"]),
                "path": entity_path(hit["iri"]),
                "field": entity_key(hit["iri"]) if hits else name_for_field(dataset, hit["iri"], hit["label"])}
               for hit in found]
    return {"problem": "ambiguous" if hits else "unknown", "message": message, "choices": choices}


def name_for_field(dataset, iri: str, label: str) -> str:
    """What a link puts in a name field to mean the entity ``iri``: its ``label`` where that names it alone,
    else its ``kind/key`` (two people called Jan Smit)."""
    from ..curation_graph import entity_key
    from ..names import named_entities

    hits = named_entities(dataset, label)
    return label if [e.iri for e in hits] == [str(iri)] else entity_key(iri)


def connect(dataset, source: str, target: str, *, max_steps: int | None = None, at: str | None = None,
            as_of: str | None = None, project, lang: str = "nl") -> dict:
    """The connection ``g40kg path`` finds between the entities ``source`` and ``target`` (IRIs) with these
    options: ``{"found": True, "steps": [...]}``, or ``{"found": False, "message"}`` (no
    connection, or none within ``max_steps``; ``without_window``: the steps that connect them without
    ``at``/``as_of``, when they do). ``project(at, as_of)`` gives the network, and raises
    :class:`~graph.errors.QueryTimeout` past the server's timeout."""
    from ..step_wording import name_then, reversed_predicates, step_relations, years_apart

    graph = project(at, as_of)
    try:
        for iri in (source, target):
            if iri not in graph:  # named in the graph but in no fact (with these options), as the command says
                raise NoConnection(msg("analysis_not_in_graph", name=label_of(dataset, iri)))
        found = connection(graph, source, target, max_steps=max_steps)
    except NoConnection as error:
        answer = {"found": False, "message": str(error), "within": max_steps, "without_window": None}
        if at or as_of:  # walkthrough 29, finding 6: the steps there are without the window
            try:
                answer["without_window"] = len(connection(project(None, None), source, target)["hops"])
            except (NoConnection, G40Error):
                pass
        return answer
    labels = {n["id"]: n["label"] for n in found["nodes"]}
    links = evidence_links(dataset, [URIRef(r["evidence"]) for h in found["hops"] for r in h["evidence"]])

    def node(iri: str, evidence: list[dict]) -> dict:
        return {"iri": iri, "label": labels[iri], "path": entity_path(iri),
                "then": name_then(dataset, iri, labels[iri], evidence)}

    steps = []
    for number, hop in enumerate(found["hops"], 1):
        backwards = reversed_predicates(hop["source"], hop["target"], hop["evidence"])
        steps.append({"step": number, "from": node(hop["source"], hop["evidence"]),
                      "to": node(hop["target"], hop["evidence"]), "predicates": hop["predicates"],
                      "reversed": backwards, "relations": step_relations(hop["predicates"], backwards, lang),
                      "documents": hop["weight"], "evidence": [_evidence(r, links) for r in hop["evidence"]]})
    apart = years_apart([h["evidence"] for h in found["hops"]]) if not (at or as_of) else None
    return {"found": True, "steps": steps, "years_apart": list(apart) if apart else None}


def _evidence(record: dict, links: dict[str, str]) -> dict:
    """A projection's evidence record (:mod:`graph.project`) in the shape of an entity page's evidence
    (``_evidence.html``): the quote, its document's page at the quote, when the fact holds."""
    from ..docdate import period_text

    curated = bool(record.get("curated"))
    when = period_text(record.get("start"), record.get("end")) or record.get("date")
    return {"iri": record["evidence"], "quote": record.get("quote"), "language": record.get("language"),
            "document": record.get("document"), "document_label": record.get("title") or record.get("document"),
            "document_path": links.get(record["evidence"]), "start": None, "end": None, "rule": None,
            "confidence": record.get("confidence"), "date": None if curated else when,
            "valid_from": record.get("start") if curated else None,
            "valid_until": record.get("end") if curated else None, "curated": curated,
            "curation": record.get("curation"), "note": record.get("note")}


def _projection(dataset, at, as_of, timeout):
    from ..project import to_networkx

    return to_networkx(dataset, at=at, as_of=as_of, timeout=timeout)


def _field_values(request: Request) -> dict:
    """The form's values as asked (each trimmed, at most 200 characters; "" for none)."""
    return {name: (request.query_params.get(name) or "").strip()[:200] for name in FIELDS}


def _max_steps(text: str, lang: str) -> int | None:
    """The ``max_steps`` field as a number (None: any length); :class:`InputError` for anything but a whole
    number of 1 or more.

    >>> _max_steps("3", "nl"), _max_steps("", "nl")
    (3, None)
    >>> _max_steps("0", "en")
    Traceback (most recent call last):
    graph.errors.InputError: At most … steps: '0' is not a whole number of 1 or more
    """
    if not text:
        return None
    if text.isdigit() and int(text) >= 1:
        return int(text)
    raise InputError(texts(lang)["path.bad_max_steps"].format(value=text))


def path_page(request: Request) -> Response:
    """``/path?from=…&to=…`` (and ``.json``): the form, and once both names are given the connection."""
    from .live import snapshot_of
    from .pages import _json_path, _lang, _site, render

    lang, dataset = _lang(request), snapshot_of(request).dataset
    values = _field_values(request)
    data = {"values": values, "asked": bool(values["from"] and values["to"]) and _site(request) is None, "ends": {},
            "answer": None, "errors": [], "invalid": [], "timeout": False}
    status = 200
    if data["asked"]:
        with language(lang):
            status = _answer(request, data, dataset, lang)
    return render(request, "path.html", data, status=status, json_twin=_json_path(request),
                  extra={"title_words": _title(data, lang), "quotes_shown": QUOTES_SHOWN})


def _answer(request: Request, data: dict, dataset, lang: str) -> int:
    """Fill in ``data``'s ``ends``, and its ``answer`` or ``errors`` (and the ``invalid`` fields); the status."""
    from ..timefilter import TimeWindow

    values, max_steps = data["values"], None
    try:
        max_steps = _max_steps(values["max_steps"], lang)
    except InputError as error:
        data["errors"].append(str(error))
        data["invalid"].append("max_steps")
    try:
        TimeWindow(at=values["at"] or None, as_of=values["as_of"] or None)  # as the command checks them
    except InputError as error:
        data["errors"].append(str(error))
        data["invalid"] += [name for name in ("at", "as_of") if values[name]]
    ends = data["ends"] = {name: resolve(dataset, values[name]) for name in ("from", "to")}
    data["invalid"] += [name for name in ("from", "to") if "problem" in ends[name]]
    if not data["invalid"] and ends["from"]["iri"] == ends["to"]["iri"]:
        data["errors"].append(texts(lang)["path.same"].format(label=ends["from"]["label"]))
        data["invalid"] += ["from", "to"]
    if data["invalid"]:
        return 400
    try:
        data["answer"] = connect(dataset, ends["from"]["iri"], ends["to"]["iri"], max_steps=max_steps,
                                 at=values["at"] or None, as_of=values["as_of"] or None,
                                 lang=lang, project=lambda at, as_of: _kept_projection(request, at, as_of))
    except QueryTimeout as error:  # said on the page; 503, as the SPARQL endpoint answers a timeout
        data["errors"].append(str(error))
        data["timeout"] = True
        return 503
    except G40Error as error:
        data["errors"].append(str(error))
        return 400
    return 200


def _kept_projection(request: Request, at, as_of):
    """The network for these time options, kept per graph (:data:`PROJECTIONS_KEPT`); a timeout is not kept."""
    from .pages import _dataset, kept_for_graph

    return kept_for_graph(request, "path-projections", (at, as_of), lambda: _projection(
        _dataset(request), at, as_of, request.app.state.config.timeout), PROJECTIONS_KEPT)


def _title(data: dict, lang: str) -> str:
    """What came back, first in the page's title (a screen reader reads it when the page loads):
    "Anna de Vries → EZK: 2 stappen", "… : geen verbinding", "Fout"; "" when nothing was asked."""
    t = texts(lang)
    if data["errors"] or data["invalid"]:
        return t["error"]
    answer = data["answer"]
    if not answer:
        return ""
    ends = f'{data["ends"]["from"]["label"]} → {data["ends"]["to"]["label"]}'
    if not answer["found"] and answer["within"]:
        n = answer["within"]
        return f"{ends}: {t['path.none_within'].format(n=n, steps=t['path.step'] if n == 1 else t['path.steps'])}"
    if not answer["found"]:
        return f"{ends}: {t['path.none']}"
    n = len(answer["steps"])
    return f"{ends}: {n} {t['path.step'] if n == 1 else t['path.steps']}"
