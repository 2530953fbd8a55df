"""The top questions as functions returning plain data: collaborations, entity profiles, search.

Each function runs named questions (:mod:`graph.query`) and reshapes the rows; the CLI and the
web explorer only render what comes back. Ministries are named as in their TOOI name period at
the time asked (at ``--at`` or ``--as-of``; over ``--between`` by each name of the period, "EZK/EZ"); without a
time, a row (a fact) names it as at the time of the fact, and a heading or a network node (the
ministry over time) by its current name with the other names its facts use, "EZK (eerder EZ)"
(:func:`ministry_heading`).

Facts added by hand (``data/curated/``, :mod:`graph.curate`) are listed beside extracted ones,
marked ``curated: True`` with ``curation`` (the curation file and line) and ``note``, and no quote
or document; they hold in their ``valid_from``–``valid_until`` (always, when they give none) and are
kept by ``min_confidence`` (a curator vouches for them), as in :mod:`graph.project`. A curation is
never counted as a document.

Examples
--------
>>> from graph.store import new_dataset
>>> collaboration_matrix(new_dataset())
{'ministries': [], 'rows': [], 'iris': {}}
"""

from __future__ import annotations

import re

from .errors import InputError
from .messages import CATALOGUE, msg
from .query import DEFAULT_TIMEOUT, run_question, term_value
from .timefilter import TimeWindow, fact_label_date, ministry_label_at, ministry_label_in, ministry_label_over, ministry_periods

__all__ = ["collaboration_matrix", "collaborators", "entity_profile", "entity_mentions", "named_in_texts",
           "relabel_ministries", "question_rows", "told_apart", "ministry_heading", "ministry_earlier_names",
           "with_earlier_names", "collaboration_dates"]


#: what an evidence entry of :func:`collaborators` keeps of a question row (after quote and document)
_EVIDENCE_KEYS = ("title", "start", "end", "confidence")


CATALOGUE.update({
    "ministry_earlier_names": {"nl": "{label} (eerder {names})", "en": "{label} (earlier {names})"},
    "shortcut_param_twice": {"nl": "'-p {name}' en --at, --between, --as-of of --min-confidence zeggen "
                                    "hetzelfde; geef het één keer",
                             "en": "'-p {name}' and --at, --between, --as-of or --min-confidence say the same; "
                                   "give it once"},
})




def _params(window: TimeWindow | None, min_confidence: float | None) -> dict:
    params = dict(window.parameters()) if window else {}
    if min_confidence is not None:
        params["min_confidence"] = str(min_confidence)
    return params


def relabel_ministries(dataset, rows: list[dict], window: TimeWindow | None = None) -> list[dict]:
    """Set ``<x>Label`` to the ministry's abbreviation in ``window`` (see :func:`graph.timefilter.ministry_label_over`),
    without one as at the row's fact: the one its ``quote`` uses, else the one at its ``start`` (a
    question that names it ``since``, as who-does-what and ministry-contacts do: walkthrough 23
    finding 13), or at its ``end`` where it has no start (:func:`graph.timefilter.fact_label_date`,
    :func:`graph.timefilter.ministry_label_in`, as the exports), for ministry IRIs in ``<x>``.

    >>> from graph.store import new_dataset
    >>> relabel_ministries(new_dataset(), [{"body": "https://w3id.org/g40kg/id/ministry/mnre1045", "bodyLabel": "EZK",
    ...                                     "since": "2024-09-10"}])[0]["bodyLabel"]  # no name periods in an empty graph
    'EZK'
    """
    for row in rows:
        start = row.get("start") or row.get("since")
        for column in list(row):
            label_column = column + "Label"
            if label_column in row and isinstance(row[column], str) and "/ministry/" in row[column]:
                row[label_column] = ministry_label_over(dataset, row[column], window, row[label_column]) if window \
                    else ministry_label_in(dataset, row[column], fact_label_date(start, row.get("end")),
                                           row.get("quote"), row[label_column])
    return rows


def ministry_heading(dataset, ministry: str, label: str, evidence=(), *, also: str | None = None) -> str:
    """The name of ``ministry`` where it stands for itself over time (a heading, a matrix column, a
    network node): ``label`` (its current name) with the other names its facts use, oldest first:
    "EZK (eerder EZ)", "LVVN (eerder LNV)". ``evidence``: records with ``quote`` and ``start`` (or
    ``date``), each named as at its fact (:func:`graph.timefilter.ministry_label_in`, as a row is);
    ``also``: a name the user asked by, added when it is one of the ministry's names.

    >>> from graph.store import new_dataset
    >>> ministry_heading(new_dataset(), "https://w3id.org/g40kg/id/ministry/mnre1045", "EZK", [{"start": "2025-01-01"}])
    'EZK'
    """
    return with_earlier_names(label, ministry_earlier_names(dataset, ministry, label, evidence, also=also))


def ministry_earlier_names(dataset, ministry: str, label: str, evidence=(), *, also: str | None = None) -> list[str]:
    """The names :func:`ministry_heading` adds to ``label``: those of ``ministry``'s other name periods
    that its ``evidence`` uses (or ``also`` is), oldest first; [] for any other entity.

    >>> from graph.store import new_dataset
    >>> ministry_earlier_names(new_dataset(), "https://w3id.org/g40kg/id/ministry/mnre1045", "EZK", [{"start": "2025-01-01"}])
    []
    """
    spans = ministry_periods(dataset).get(str(ministry), ())
    current = {label, spans[-1][2]} if spans else {label}  # the latest period's name: a graph of an older build may say "Def"
    used = {ministry_label_in(dataset, ministry, record.get("start") or record.get("date"), record.get("quote"))
            for record in evidence} if spans else set()
    asked = (also or "").strip().upper()
    names = [name for _, _, name in spans if name not in current and (name in used or name.upper() == asked)]
    return list(dict.fromkeys(names))


def with_earlier_names(label: str, names) -> str:
    """``label`` with the earlier ``names`` of :func:`ministry_earlier_names`, in the language of the messages.

    >>> with_earlier_names("EZK", ["EZ"]), with_earlier_names("Breda", [])
    ('EZK (eerder EZ)', 'Breda')
    """
    return msg("ministry_earlier_names", label=label, names="/".join(names)) if names else label


_DATES_QUERY = """SELECT DISTINCT ?ministry ?start WHERE {
  # @ministries
  { ?ev rdf:object ?ministry } UNION { ?ev rdf:subject ?ministry }
  ?ev rdf:predicate g40:collaboratesWith .
  { ?ev g40:validFrom ?start } UNION { ?ev dcterms:date ?start } }"""


def collaboration_dates(dataset, *, timeout: float | None = DEFAULT_TIMEOUT) -> dict[str, list[dict]]:
    """Ministry IRI → ``[{"start": date}]``, one per date of its collaborations, for the ministries
    that had more than one name (for :func:`ministry_heading` over a matrix, whose counts keep no
    dates; about 0.2 s at 10^6 triples, nothing without a renamed ministry).

    >>> from graph.store import new_dataset
    >>> collaboration_dates(new_dataset())
    {}
    """
    from .query import run_sparql

    renamed = sorted(iri for iri, spans in ministry_periods(dataset).items() if len({name for *_, name in spans}) > 1)
    if not renamed:
        return {}
    query = _DATES_QUERY.replace("# @ministries", "VALUES ?ministry { " + " ".join(f"<{iri}>" for iri in renamed) + " }")
    dates: dict[str, list[dict]] = {}
    for row in run_sparql(dataset, query, timeout=timeout, check=False).rows:
        dates.setdefault(str(row["ministry"]), []).append({"start": str(row["start"])[:10]})
    return dates


def told_apart(dataset, iri: str, label: str) -> str:
    """The label to list an entity under: its own, or for an unnamed one that a document only
    describes ("de opgavegroep", "het overleg": a lower-case label) the alternative name that says
    which document, "opgavegroep (verslag-2021)", as :func:`graph.resolve` gives it.

    >>> from rdflib import Literal, URIRef
    >>> from rdflib.namespace import SKOS
    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> unit = URIRef("https://w3id.org/g40kg/id/unit/opgavegroep-verslag-2021")
    >>> _ = ds.add((unit, SKOS.altLabel, Literal("opgavegroep (verslag-2021)")))
    >>> told_apart(ds, str(unit), "opgavegroep"), told_apart(ds, str(unit), "Pijler Sociaal")
    ('opgavegroep (verslag-2021)', 'Pijler Sociaal')
    """
    if not label or not label[:1].islower():
        return label
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    qualified = sorted(str(alt) for alt in dataset.objects(URIRef(iri), SKOS.altLabel)
                       if str(alt).startswith(label + " (") and str(alt).endswith(")"))
    return qualified[0] if qualified else label


def question_rows(dataset, name: str, params: dict, *, window: TimeWindow | None = None,
                  min_confidence: float | None = None, timeout: float | None = DEFAULT_TIMEOUT):
    """(question, rows as plain dicts) for named question ``name``; ministries relabelled by time."""
    from .questions import TIME_PARAMETERS, get_question

    question = get_question(name)
    declared = {p.name for p in question.parameters}
    extra = {k: v for k, v in _params(window, min_confidence).items() if k in declared}
    twice = set(params) & set(extra)
    if set(extra) & set(TIME_PARAMETERS):  # "-p from=2021-01-01 --at 2020-01-01": which period holds?
        twice |= set(params) & set(TIME_PARAMETERS)
    if twice:
        raise InputError(msg("shortcut_param_twice", name=min(twice)))
    result = run_question(dataset, question, {**params, **extra}, timeout=timeout)
    rows = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    return question, relabel_ministries(dataset, rows, window)


def collaboration_matrix(dataset, *, window: TimeWindow | None = None, min_confidence: float | None = None,
                         timeout: float | None = DEFAULT_TIMEOUT) -> dict:
    """The actor × ministry matrix: ``{"ministries": [labels], "rows": [{"actor", "actorType", "iri", <label>: documents…, "total", "curated", "undated"}], "iris": {label: ministry IRI}}``.

    A cell holds the number of documents in which the actor and the ministry collaborate (0 when
    only a curation says so); ``curated`` lists the ministries for which a curation says it, and
    ``undated`` (under a ``window``) those whose count holds a fact with no time at all, which
    every window keeps.
    Ministries are ordered by their number of collaborating actors (most first), then by label.
    """
    _, rows = question_rows(dataset, "collaborations-matrix", {}, window=window, min_confidence=min_confidence,
                            timeout=timeout)
    actors: dict[str, dict] = {}
    spread: dict[str, int] = {}
    iris: dict[str, str] = {}
    for row in rows:
        label = row["ministryLabel"]
        if not (window and window.label_date):
            label = ministry_label_at(dataset, row["ministry"], None, label)
        actor = actors.setdefault(row["actor"], {"actor": told_apart(dataset, row["actor"], row["actorLabel"]),
                                                 "actorType": row["actorType"],
                                                 "iri": row["actor"], "total": 0, "curated": [], "undated": []})
        iris[label] = row["ministry"]
        actor[label] = actor.get(label, 0) + row["documents"]
        actor["total"] += row["documents"]
        if row["curations"] and label not in actor["curated"]:
            actor["curated"] = sorted([*actor["curated"], label], key=str.lower)
        if row.get("undated") and label not in actor["undated"]:
            actor["undated"] = sorted([*actor["undated"], label], key=str.lower)
        spread[label] = spread.get(label, 0) + 1
    ministries = sorted(spread, key=lambda m: (-spread[m], m.lower()))
    ordered = sorted(actors.values(), key=lambda a: (-a["total"], a["actor"].lower(), a["iri"]))
    return {"ministries": ministries, "rows": ordered, "iris": {label: iris[label] for label in ministries}}


def collaborators(dataset, ministry: str, *, window: TimeWindow | None = None, min_confidence: float | None = None,
                  timeout: float | None = DEFAULT_TIMEOUT) -> dict:
    """Who collaborates with ``ministry`` (abbreviation or name, any case), with evidence.

    ``{"ministry": {"iri", "label"}, "actors": [{"iri", "label", "type", "documents": [ids],
    "curations": [file:line], "ministries": [{"iri", "label"}], "evidence": [{"quote", "document", "title", "start",
    "end", "confidence"}]}]}``, where ``ministries`` are those of the actor's rows: ``ministry``, and the ministries
    that went up in it where the time asked reaches their merger (VRO in BZK; :func:`graph.ministry_mergers.with_merged`),
    actors with the most documents first (then the most curations). A curated fact is an evidence
    entry without quote, document and confidence that also has ``curated: True``, its ``curation``
    and ``note`` (extracted entries have no such keys, as in :func:`viz.network.network_data`).
    """
    from .names import resolve_entity

    iri = resolve_entity(dataset, ministry, "Ministry", kind="ministry", on=window.label_date if window else None)
    _, rows = question_rows(dataset, "collaborations-with-ministry", {"ministry": iri}, window=window,
                            min_confidence=min_confidence, timeout=timeout)
    label = ministry_label_over(dataset, str(iri), window, None)
    actors: dict[str, dict] = {}
    for row in rows:
        actor = actors.setdefault(row["actor"], {"iri": row["actor"],
                                                 "label": told_apart(dataset, row["actor"], row["actorLabel"]),
                                                 "type": row["actorType"], "documents": [], "curations": [],
                                                 "ministries": [], "evidence": []})
        named = {"iri": row["ministry"], "label": row["ministryLabel"]}
        if named not in actor["ministries"]:  # BZK and VRO, which went up in it (graph.ministry_mergers)
            actor["ministries"].append(named)
        source, sources = (row["curation"], actor["curations"]) if row["curated"] else (row["documentId"], actor["documents"])
        if source not in sources:
            sources.append(source)
        evidence = {"quote": row["quote"], "document": row["documentId"], **{k: row[k] for k in _EVIDENCE_KEYS}}
        if row["curated"]:
            evidence.update(curated=True, curation=row["curation"], note=row["note"])
        actor["evidence"].append(evidence)
    if label is None:
        from .names import entity_index

        label = entity_index(dataset)[str(iri)].label
    ordered = sorted(actors.values(),
                     key=lambda a: (-len(a["documents"]), -len(a["curations"]), a["label"].lower(), a["iri"]))
    return {"ministry": {"iri": str(iri), "label": label}, "actors": ordered}


def entity_profile(dataset, name: str, *, window: TimeWindow | None = None, min_confidence: float | None = None,
                   timeout: float | None = DEFAULT_TIMEOUT) -> dict:
    """Everything the graph says about one entity, grouped by relation.

    ``{"iri", "label", "type", "names": [...], "relations": {relation: [fact rows…]}}`` where a
    fact row has ``direction`` (``out``: the entity is the subject), ``other``, ``otherLabel``,
    ``otherType``, ``role``, ``portfolio`` (a role's portfolio, "Wonen en Ruimte"), ``start``, ``end``, ``endedBy`` (where an end the text does not give was
    inferred from: the document naming the next holder of the office, the holder's own stated end or
    a town's stated exit), ``past`` (true: the document
    says it no longer holds),
    ``confidence``, ``quote``, ``documentId``, ``title``, ``curated``, ``curation`` and ``note`` (see the
    module docstring); ``"curation"``: the merges into the entity and the suppressions of its facts
    (:func:`graph.curation_log.entity_rules`).
    """
    from .names import entity_index, resolve_entity

    iri = resolve_entity(dataset, name)
    entry = entity_index(dataset)[str(iri)]
    _, rows = question_rows(dataset, "entity-facts", {"entity": iri}, window=window, min_confidence=min_confidence,
                            timeout=timeout)
    relations: dict[str, list] = {}
    for row in rows:
        relations.setdefault(row["relation"], []).append(
            {k: row[k] for k in ("direction", "other", "otherLabel", "otherType", "role", "portfolio", "start", "end",
                                 "endedBy", "past",
                                 "confidence", "quote", "documentId", "title", "curated", "curation", "note")})
    label = entry.label
    if entry.type == "Ministry" and window:
        label = ministry_label_over(dataset, entry.iri, window, label)
    from .curation_log import entity_rules

    return {"iri": entry.iri, "label": label, "type": entry.type, "names": sorted(set(entry.names)),
            "relations": relations, "curation": entity_rules(dataset, entry.iri)}


def entity_mentions(dataset, iri) -> list[dict]:
    """Every document that mentions the entity ``iri``, for an access request (inzageverzoek):
    ``{"documentId", "title", "date", "mentions", "as_written": [the names as the text writes them]}``,
    by date and id.

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40, G40ID
    >>> from rdflib import Literal
    >>> from rdflib.namespace import DCTERMS, RDF
    >>> ds = new_dataset()
    >>> doc, ev, person = G40ID["document/d"], G40ID["evidence/d/1"], G40ID["person/p"]
    >>> for t in [(doc, RDF.type, G40.Document), (doc, DCTERMS.identifier, Literal("d")), (ev, RDF.subject, doc),
    ...           (ev, RDF.predicate, G40.mentions), (ev, RDF.object, person), (ev, G40.quote, Literal("P. Jansen"))]:
    ...     _ = ds.add(t)
    >>> entity_mentions(ds, person)
    [{'documentId': 'd', 'title': '', 'date': '', 'mentions': 1, 'as_written': ['P. Jansen']}]
    """
    from rdflib import URIRef

    from .vocab import PREFIXES

    from .query import query_rows

    rows = query_rows(dataset, """SELECT ?id ?title ?date ?start ?end ?quote WHERE {
        ?ev rdf:subject ?doc ; rdf:predicate g40:mentions ; rdf:object ?e ; g40:quote ?quote .
        ?doc dcterms:identifier ?id .
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
        OPTIONAL { ?doc g40:periodStart ?start } OPTIONAL { ?doc g40:periodEnd ?end } }""",
                      initNs=PREFIXES, initBindings={"e": URIRef(str(iri))})
    documents: dict[str, dict] = {}
    for row in rows:
        entry = documents.setdefault(str(row.id), {
            "documentId": str(row.id), "title": str(row.title or ""),
            "date": str(row.date or "") or "/".join(str(t) for t in (row.start, row.end) if t is not None),
            "mentions": 0, "as_written": set()})
        entry["mentions"] += 1
        entry["as_written"].add(str(row.quote))
    listed = sorted(documents.values(), key=lambda d: (d["date"], d["documentId"]))
    return [dict(d, as_written=sorted(d["as_written"])) for d in listed]


def named_in_texts(graph_path, names, surnames=(), named=()) -> dict[str, list[str]]:
    """Document id → the sentences of its text (read from the sources as the explorer reads them)
    that contain any of ``names``, for an access request: also where the extractor did not
    recognise the person ("De heer Jansen is met verlof"); in a document that names the person
    (its id in ``named``, or one of ``names`` in its text) also the sentences with one of the bare
    ``surnames`` ("Jansen vertelt dat …"), as :func:`graph.privacy.forgotten_spans` masks them.
    Documents whose text is not found, or changed since the build, are left out.
    """
    from .disk_layout import read_manifest
    from .privacy import forgotten_spans, name_pattern
    from .serve.explore_common import GRAPH_FOLDER_KEY
    from .serve.explore_documents import document_text

    pattern, surname = name_pattern(names), name_pattern(surnames)
    manifest = dict(read_manifest(graph_path), **{GRAPH_FOLDER_KEY: str(graph_path)})
    found: dict[str, list[str]] = {}
    for entry in manifest.get("documents") or []:
        text = document_text(entry.get("id", ""), manifest)[0] if pattern is not None else None
        if text and forgotten_spans(text, pattern, surname, entry["id"] in named):
            found[entry["id"]] = [s for s in sentences(text) if forgotten_spans(s, pattern, surname, True)]
    return found


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences and lines, white space made single (roughly: for reading, not extraction).

    A title or initial before a name does not end a sentence ("Mw. Jansen", "dhr. Jansen", "J. Jansen").

    >>> sentences("Eerste zin. Tweede zin!\\n\\nKop\\nDerde  zin")
    ['Eerste zin.', 'Tweede zin!', 'Kop', 'Derde zin']
    >>> sentences('"Mw. Jansen" woont hier. Dhr. P. de Vries ook.')
    ['"Mw. Jansen" woont hier.', 'Dhr. P. de Vries ook.']
    """
    parts: list[str] = []
    for line in re.split(r"\n+", text):
        for part in re.split(r"(?<=[.!?])\s+", line):
            if parts and parts[-1] and _BEFORE_NAME.search(parts[-1]) and not parts[-1].endswith("\n"):
                parts[-1] += " " + part
            else:
                parts.append(part)
        parts.append("\n")
    return [" ".join(part.split()) for part in parts if part.strip()]


#: a sentence piece that ends in a title or an initial: the sentence goes on ("Mw. Jansen")
_BEFORE_NAME = re.compile(r"(?:^|[\s\"'(])(?:[Mm]w|[Dd]hr|[Mm]evr|[Dd]rs|[Dd]r|[Ii]r|[Mm]r|[Pp]rof|[A-Z])\.$")
