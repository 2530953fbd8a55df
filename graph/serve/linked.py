"""Linked data: entity pages by content negotiation, resolvable ``/id/…`` IRIs and the ontology at ``/def``.

An entity's IRI ``https://w3id.org/g40kg/id/<kind>/<key>`` has a page ``/entity/<kind>/<key>``:
HTML for browsers, and for a client that asks for RDF (``Accept: text/turtle``, JSON-LD,
N-Triples, RDF/XML, or the twins ``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``) its bounded
description (:func:`describe`). ``/id/<kind>/<key>`` answers ``303 See Other`` with that page,
so a rewrite of ``https://w3id.org/g40kg/id/…`` onto a server makes every IRI dereferenceable;
``/def`` serves the ontology ``ontology/g40.ttl``. A browser that follows an evidence IRI goes on
to its quote in its document, one of a renamed document to its current IRI (:func:`moved`); a numbered evidence or membership IRI of before 2026-12
(``<evidence/doc-a/73>``, see :func:`graph.vocab.content_key`) gets ``410 Gone`` (:func:`retired`).

Examples
--------
>>> rdf_format("text/turtle").media_type, rdf_format("text/html,application/xhtml+xml,*/*;q=0.8")
('text/turtle', None)
>>> rdf_format("*/*"), rdf_format("application/ld+json;q=0.9, text/html;q=0.5").name
(None, 'json-ld')
>>> suffix_format("gm0758.ttl")[0], suffix_format("gm0758")
('gm0758', ('gm0758', None))
"""

from __future__ import annotations

import logging
from functools import lru_cache

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from ..messages import CATALOGUE, language, msg
from ..vocab import G40, G40ID, bind_prefixes, is_numbered_key, mint, slugify
from . import explore_common, explore_entity
from .i18n import language_of
from .live import snapshot_of
from .pages import entity_page, not_found, root_path
from .sparql import GRAPH_FORMATS, ResultFormat, parse_accept

__all__ = ["alternates", "describe", "entity", "resolve", "moved", "retired", "ontology", "rdf_format", "suffix_format", "SUFFIXES",
           "MAX_STATEMENTS"]

log = logging.getLogger(__name__)

#: the file suffix of each RDF twin (``/entity/<kind>/<key>.ttl``, ``/def.ttl``)
SUFFIXES = {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt", "xml": ".rdf"}
_BY_SUFFIX = {SUFFIXES[fmt.name]: fmt for fmt in GRAPH_FORMATS}
_HTML = {"text/html": 2, "application/xhtml+xml": 2, "text/*": 1, "*/*": 0}  # media type → how specific
_RDF = {fmt.media_type: fmt for fmt in GRAPH_FORMATS} | {"application/x-turtle": GRAPH_FORMATS[0]}
#: evidence nodes (and curated statements) of an entity's facts, and documents that mention it, in
#: its description at most (each): a hub's stays small (the rest: ``/sparql``)
MAX_STATEMENTS = 500


def rdf_format(accept: str | None) -> ResultFormat | None:
    """The RDF format an ``Accept`` header ranks above HTML, or None: the page.

    The highest q-value wins; at equal q a named type beats ``text/*`` and ``*/*``, then the
    header's order. ``*/*``, no header and types we do not offer give the page (a browser, curl).
    """
    best, best_key = None, (0.0, -1, 0)
    for order, (media, q) in enumerate(parse_accept(accept or "")):
        if q <= 0 or (media not in _HTML and media not in _RDF):
            continue
        key = (q, _HTML.get(media, 2), -order)
        if key > best_key:
            best, best_key = _RDF.get(media), key
    return best


def suffix_format(key: str) -> tuple[str, ResultFormat | None]:
    """``(key, format)`` of a path ending in an RDF twin's suffix, else ``(key, None)``."""
    for suffix, fmt in _BY_SUFFIX.items():
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)], fmt
    return key, None


def _linked(graph: Graph, dataset, node, seen: set) -> None:
    """Add the triples of ``node`` to ``graph``, with the blank nodes they reach (name periods);
    ``seen`` gains the nodes described."""
    todo = [node]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for triple in dataset.triples((current, None, None)):
            graph.add(triple)
            if isinstance(triple[2], BNode):
                todo.append(triple[2])


def describe(dataset, iri) -> Graph:
    """A bounded description of ``iri``: what a client dereferencing it needs, and no more.

    * every triple with ``iri`` as subject (with the blank nodes it reaches: name periods), and
      the triples with ``iri`` as object (facts stored in the other direction, the documents that
      mention it);
    * for each fact about it, its evidence node (quote, offsets, document, rule, confidence,
      date) or curated statement, and its memberships; at most :data:`MAX_STATEMENTS` evidence
      nodes, as many memberships and as many mentioning documents (the first by IRI);
    * the type and labels of every other entity these name, and the title and date of each
      document, so that a client can show them without a second request.

    An empty graph when the dataset says nothing about ``iri``.
    """
    node = URIRef(str(iri))
    out, described = Graph(), set()
    bind_prefixes(out)
    _linked(out, dataset, node, described)
    mentions = []
    for triple in dataset.triples((None, None, node)):
        if triple[1] == G40.mentions:
            mentions.append(triple)
        elif triple[1] not in (RDF.subject, RDF.object):
            out.add(triple)
    for triple in sorted(mentions)[:MAX_STATEMENTS]:
        out.add(triple)
    statements = []
    for position in (RDF.subject, RDF.object):
        for statement in dataset.subjects(position, node):
            if (statement, RDF.predicate, G40.mentions) not in dataset:  # a mention is the document's triple
                statements.append(statement)
    for statement in sorted(set(statements))[:MAX_STATEMENTS]:
        _linked(out, dataset, statement, described)
    memberships = [other for other in set(out.objects(node, G40.hasRole)) | set(out.subjects(None, node))
                   if (other, RDF.type, G40.Membership) in dataset]
    for membership in sorted(memberships)[:MAX_STATEMENTS]:
        _linked(out, dataset, membership, described)
    if not len(out):
        return out
    named = {t for triple in out for t in (triple[0], triple[2]) if isinstance(t, URIRef)} - described
    for other in named:
        for predicate in (RDF.type, SKOS.prefLabel, RDFS.label, DCTERMS.title, DCTERMS.date):
            for value in dataset.objects(other, predicate):
                out.add((other, predicate, value))
    return out


def _rdf_response(graph: Graph, fmt: ResultFormat, status: int = 200) -> Response:
    return Response(graph.serialize(format=fmt.name, encoding="utf-8"), status_code=status,
                    media_type=f"{fmt.media_type}; charset=utf-8", headers={"Vary": "Accept"})


def _not_found(request: Request) -> Response:
    """404 for an RDF client: one plain line, in the request's language."""
    with language(language_of(request)):
        return PlainTextResponse(msg("serve_no_entity", path=request.url.path) + "\n", status_code=404,
                                 headers={"Vary": "Accept"})


def entity(request: Request) -> Response:
    """``/entity/<kind>/<key>``: the explorer's page (:func:`graph.serve.pages.entity_page`), or the
    entity's description (:func:`describe`) for an ``Accept`` header that prefers RDF or a twin's suffix.
    A browser asking for a piece of evidence goes on to its quote in its document (``303``)."""
    key, fmt = suffix_format(request.path_params["key"])
    negotiated = fmt is None
    if negotiated and not key.endswith(".json"):
        fmt = rdf_format(request.headers.get("accept"))
    if fmt is None and request.path_params["kind"] == "evidence" and not key.endswith(".json"):
        # a piece of evidence is its quote in its document: a browser goes there, as from /id/evidence/…
        quote = _quote_path(snapshot_of(request).dataset, explore_common.entity_iri("evidence", key))
        if quote is not None:
            return RedirectResponse(root_path(request) + quote, status_code=303, headers={"Vary": "Accept"})
    if fmt is None:
        page = entity_page(request)
        if not request.url.path.endswith(".json"):
            page.headers["Vary"] = "Accept, Accept-Language"
        return page
    kind = request.path_params["kind"]
    iri = explore_common.entity_iri(kind, key)
    into = explore_entity.merged_into(snapshot_of(request).dataset, iri)
    if into is not None:  # merged away: the twin of the entity it went into
        return RedirectResponse(f"{root_path(request)}{explore_common.entity_path(into)}{SUFFIXES[fmt.name]}", status_code=301,
                                headers={"Cache-Control": "max-age=3600", "Vary": "Accept"})
    graph = describe(snapshot_of(request).dataset, iri) if iri is not None else Graph()
    if not len(graph):
        return retired(request, kind, key, rdf=True) or _not_found(request)
    response = _rdf_response(graph, fmt)
    if negotiated:  # the twin's own address, for caches and clients that keep it
        response.headers["Content-Location"] = root_path(request) + f"/entity/{kind}/{key}{SUFFIXES[fmt.name]}"
    return response


def _quote_path(dataset, iri) -> str | None:
    """The explorer's path to a piece of evidence's quote in its document; None for an IRI that is
    none (a curated statement has no quote: its own page shows it)."""
    return explore_common.evidence_links(dataset, [iri]).get(str(iri)) if iri is not None else None


def alternates(kind: str, key: str) -> list[tuple[str, str]]:
    """``(media type, path)`` of an entity page's RDF twins, for its ``<link rel="alternate">``."""
    return [(media, f"/entity/{kind}/{key}{suffix}") for media, suffix in
            (("text/turtle", SUFFIXES["turtle"]), ("application/ld+json", SUFFIXES["json-ld"]))]


def resolve(request: Request) -> Response:
    """``/id/<kind>/<key>``: ``303 See Other`` to the page about the IRI (its RDF twin for a client
    that asks for RDF), 404 for an IRI the graph does not know."""
    kind, key = request.path_params["kind"], request.path_params["key"]
    iri = explore_common.entity_iri(kind, key)
    dataset = snapshot_of(request).dataset
    fmt = rdf_format(request.headers.get("accept"))
    if iri is None or ((iri, None, None) not in dataset and (None, None, iri) not in dataset):
        return moved(request, kind, key) or retired(request, kind, key, rdf=fmt is not None) or (_not_found(request) if fmt is not None
                                                                   else not_found(request))
    into = explore_entity.merged_into(dataset, iri)
    if into is not None:  # merged away by a curation: the IRI it went into, for good
        return RedirectResponse(f"{root_path(request)}/id/{str(into)[len(str(G40ID)):]}", status_code=301,
                                headers={"Cache-Control": "max-age=3600", "Vary": "Accept"})
    if fmt is not None:
        path = f"/entity/{kind}/{key}{SUFFIXES[fmt.name]}"
    elif kind == "evidence":  # the quote in its document (a curated statement has none: its page)
        path = _quote_path(dataset, iri) or f"/entity/{kind}/{key}"
    else:
        path = explore_common.entity_path(iri) or f"/entity/{kind}/{key}"
    return RedirectResponse(root_path(request) + path, status_code=303, headers={"Vary": "Accept"})


def moved(request: Request, kind: str, key: str) -> Response | None:
    """``301 Moved Permanently`` from ``/id/evidence/{old id}/{key}`` (or a membership) of a
    document renamed since (the manifest's ``renamed``) to the same key under its current id: the
    key follows what the evidence says, which a rename keeps, so the target is exactly the evidence
    the IRI named when the graph has it. None otherwise.
    """
    document, _, last = key.rpartition("/")
    snapshot = snapshot_of(request)
    renamed = snapshot.manifest.get("renamed") if kind in ("evidence", "membership") and document else None
    for old, new in renamed.items() if isinstance(renamed, dict) else ():
        if isinstance(old, str) and isinstance(new, str) and slugify(old) == document:
            target = mint(kind, f"{new}/{last}")
            if (target, None, None) in snapshot.dataset:
                return RedirectResponse(f"{root_path(request)}/id/{str(target)[len(str(G40ID)):]}", status_code=301,
                                        headers={"Cache-Control": "max-age=3600", "Vary": "Accept"})
    return None


def retired(request: Request, kind: str, key: str, *, rdf: bool = False) -> Response | None:
    """``410 Gone`` for ``<evidence/{document id}/{n}>`` or ``<membership/…/{n}>`` that the graph
    lacks: a position in the document's extraction, as these IRIs were until 2026-12, not a
    content key. Not forwarded: which fact the number named depends on the extraction of the build
    that gave it, so the answer names the document instead (a link to it, when the graph has it).
    ``rdf``: the client asked for RDF (a plain line), else the explorer's error page. None for any other IRI.
    """
    document, _, last = key.rpartition("/")
    if kind not in ("evidence", "membership") or not document or document.startswith("curated/") \
            or not is_numbered_key(last):
        return None
    dataset = snapshot_of(request).dataset
    node = G40ID[f"document/{document}"]
    path = f"/document/{document}" if (node, RDF.type, G40.Document) in dataset else None
    with language(language_of(request)):
        text = msg("serve_retired", iri=str(G40ID[f"{kind}/{key}"]))
        if rdf:
            more = f" {msg('serve_retired_document', path=root_path(request) + path)}" if path else ""
            return PlainTextResponse(text + more + "\n", status_code=410, headers={"Vary": "Accept"})
        return not_found(request, status=410, message=text,
                         link=(path, msg("serve_retired_link", document=document)) if path else None)


def ontology(request: Request) -> Response:
    """``/def`` (and ``/def.ttl``, ``.jsonld``, ``.nt``, ``.rdf``): the ontology, Turtle unless the
    client asks for another RDF format."""
    suffix = request.path_params.get("suffix")
    if suffix is not None:
        fmt = _BY_SUFFIX.get("." + suffix)
        if fmt is None:  # /def.exe: no twin, the explorer's 404
            return not_found(request)
    else:
        fmt = rdf_format(request.headers.get("accept")) or GRAPH_FORMATS[0]
    return Response(_ontology_bytes(fmt.name), media_type=f"{fmt.media_type}; charset=utf-8",
                    headers={"Vary": "Accept"})


@lru_cache(maxsize=len(SUFFIXES))
def _ontology_bytes(fmt: str) -> bytes:
    from ..resources import ontology_path

    path = ontology_path("g40.ttl")
    if fmt == "turtle":
        return path.read_bytes()  # as written, with its comments
    return Graph().parse(path, format="turtle").serialize(format=fmt, encoding="utf-8")


CATALOGUE.update({
    "serve_no_entity": {"nl": "{path}: deze entiteit staat niet in de graaf", "en": "{path}: no such entity in the graph"},
    "serve_retired": {"nl": "{iri}: een genummerd IRI (bewijs of lidmaatschap) van vóór december 2026; zulke IRI's "
                            "hebben nu een sleutel naar hun inhoud, en dit nummer wijst niet meer betrouwbaar naar een feit",
                      "en": "{iri}: a numbered IRI (evidence or membership) of before December 2026; such IRIs now "
                            "have a key made from what they say, and this number no longer reliably names a fact"},
    "serve_retired_document": {"nl": "Het document: {path}", "en": "Its document: {path}"},
    "serve_retired_link": {"nl": "Naar het document {document}", "en": "To the document {document}"},
})
