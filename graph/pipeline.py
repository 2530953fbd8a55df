"""The build pipeline: ingest → extract → resolve → build → curate → tenure → validate → save.

Each stage is a plain function in its own module; this module only wires them together and
reports progress. :func:`build_graph` never leaves a half-written graph: the store swaps the new
graph in only after validation passed and everything was written.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Breda en Tilburg werken samen met het ministerie van EZK.", encoding="utf-8")
>>> report = build_graph([folder], folder / "kg")
>>> report.stats.documents
1
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import logging
import os
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from . import __version__
from .assemble import StagedGraph
from .fragment_index import read_index
from .build_stats import BuildStats
from .entity_descriptions import entity_classes
from .erased_caches import clear_caches
from .entities_kept import ENTITIES_FILE, entities_file, entities_inputs, load_kept_entities, reused_entities
from .facts_kept import FACTS_FILE, facts_file, load_kept_facts, reused_facts
from .graph_keys_kept import GRAPH_KEYS_FILE, document_keys, graph_keys_file, load_kept_keys
from .fragment_erasure import erased_for_build, erasure_fingerprint
from .fragments import (Fragment, document_fragment, entities_fragment, facts_fragment, fragment_key, ontology_fragment,
                        reference_fragment)
from .corpus_cache import load_corpus_cache, read_corpus_cached
from .corpus_checks import MAX_DOCUMENT_SIZE, words_key
from .warning_codes import warning_record
from .curate import apply_curation, load_curation, resolution_splits, split_warnings
from .curation_names import has_names, names_dataset, with_names
from .curation_ambiguity import settled_ambiguities
from .curation_history import LOG_FILE, new_history
from .curation_records import as_given
from .curation_graph import entity_key
from .withdrawals import find_withdrawals
from .handled_rectifications import settled_rectifications
from .dataset import class_counts, dataset_quads
from .disk_layout import FORMAT_VERSION, NEWEST_DOCUMENT, folder_to_replace, format_of
from .document_periods import newest_date
from .document_time import MAX_DOCUMENT_TIME, over_time_warning
from .errors import G40Error, InputError, NewerFormat
from .gazetteer import load_gazetteer
from .heap import collector_paused, collector_thawed, keep_for_exit
from .incremental import document_key, extract_documents_cached, extractor_fingerprint, keep_extractions
from .ingest import Document
from .listed_people import without_listed_people
from .lock import graph_lock
from .messages import get_language, msg
from .build_warnings import coded
from .factless import factless_warning
from .reference import reference_triples
from .reference_changes import changed_lists, reference_digests
from .document_changes import document_changes, renamed_ids
from .document_periods import DocumentPeriods
from .namesakes import namesake_notes, unmerged
from .namesakes_told_apart import told_apart
from .published_keys import kept_moves, moved_note, person_places, previous_places, split_moves, split_note
from .resolve import resolve
from .resolve_cache import load_passes, passes_files
from .resources import data_path
from .spotcheck import check_build
from .store import MANIFEST_FILE, OXIGRAPH_DIR, open_dataset, read_manifest
from .store_growth import folder_bytes, growth
from .privacy import MASKS, forgotten_spans, masked_text, name_pattern, name_spans, names_in_id
from .holder_groups import GROUPS_FILE, load_known_groups
from .curation_dates import redated_terms
from .tenure_kept import TENURE_FILE, kept_lines, load_kept_tenure, tenure_file, tenure_inputs
from .tenure import affiliation_terms, apart_pairs, build_terms, curated_terms, holder_names, name_twins, tenure_quads
from .vocab import CURATED_GRAPH, DATASET_GRAPH, TENURE_GRAPH, document_graph, document_graph_iri
from .workers import forked_map

__all__ = ["BuildReport", "build_graph", "build_sources", "bundled_corpus", "holds_only_bundled_corpus"]

log = logging.getLogger(__name__)


def bundled_corpus() -> Path:
    """The folder of documents shipped with g40kg."""
    return data_path("corpus")


def build_sources(paths, curated: Path | None = None) -> tuple[list[Path], Path]:
    """What a build of ``paths`` with the corrections ``curated`` reads: the paths (none given: the
    bundled corpus) and the curation folder (none given: the bundled ``data/curated/``).

    >>> build_sources([], None)[0] == [bundled_corpus()]
    True
    """
    return [Path(p) for p in paths] or [bundled_corpus()], Path(curated) if curated is not None else data_path("curated")


def _own_corrections(curated: Path | None, graph_path: Path) -> str | None:
    """What the manifest remembers of ``build --curated``: the folder relative to the graph folder (None:
    the bundled corrections; an absolute path when the two are on different drives)."""
    if curated is None or Path(curated).resolve() == data_path("curated").resolve():
        return None
    return _seen_from_graph(Path(curated).resolve(), graph_path) or str(Path(curated).resolve())


@dataclass
class BuildReport:
    """What a build did, for the summary and for scripts."""

    graph_path: Path
    documents: list[Document]
    stats: BuildStats
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    validated: tuple[int, int, int] | None = None  # SHACL: (documents checked, documents in all, new ones)
    removed: list[str] = field(default_factory=list)  # ids of the previous graph's documents not built again
    changes: dict | None = None  # since the previous graph: ids "new", "changed", "removed", and "renamed" pairs
    first_build: bool = False  # no previous graph: every document is new
    curation: dict = field(default_factory=dict)  # what the corrections did: merged, suppressed, facts_added …
    corrections_changed: bool = False  # the corrections (files or folder) differ from the previous graph's
    caches_cleared: bool = False  # a new removal's names were in cache/, which the build cleared (graph.erased_caches)
    corrections: str | None = None  # the folder of own corrections (build --curated), None: the bundled ones
    #: the curation warnings the previous build gave too, with the same corrections: the summary counts
    #: them instead of repeating them ('g40kg curation --stale' lists them)
    repeated: list[str] = field(default_factory=list)
    #: the reference lists (data/gazetteer) changed since the previous build, by file name (graph.reference_changes)
    reference_changed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "graph": str(self.graph_path),
            "documents": len(self.documents),
            "entities": dict(sorted(self.stats.entities.items())),
            "relations": dict(sorted(self.stats.relations.items())),
            "mentions": self.stats.mentions,
            "triples": self.triples,
            # a record per warning: a stable code, the file and documents, the line (graph.warning_codes)
            "warnings": [warning_record(w, self.documents) for w in self.warnings],
            "validated": dict(zip(("checked", "documents", "new"), self.validated)) if self.validated else None,
            "removed": list(self.removed),
            "changes": self.changes,
            "first_build": self.first_build,
            "curation": dict(self.curation),
            "corrections_changed": self.corrections_changed,
            "corrections": self.corrections,
            "reference_changed": list(self.reference_changed),
            "seconds": round(self.seconds, 3),
        }


def build_graph(
    paths,
    graph_path: Path,
    *,
    engine: str = "rdflib",
    validate: bool = True,
    full_validation: bool = False,
    progressbar: Callable | None = None,
    stage: Callable[[str], None] | None = None,
    workers: int | None = None,
    curated: Path | None = None,
    wait: float = 0,
    on_wait: Callable[[int | None], None] | None = None,
    keep_going: bool = False,
    license: str | None = None,  # noqa: A002 - dcterms' name
    minimal_people: bool | None = None,
    max_document_size: float | None = MAX_DOCUMENT_SIZE,
    compact: bool = False,
    max_document_time: float | None = MAX_DOCUMENT_TIME,
) -> BuildReport:
    """Build the graph of the documents under ``paths`` and save it at ``graph_path``.

    ``progressbar(length, label)`` may return a context manager with ``update(n)`` (such as
    ``click.progressbar``); it is used for extraction and the document graphs. ``stage(label)``
    is told when a later stage without a measure of progress begins (the store, SHACL,
    saving: together about half of a large build), from :data:`STAGE_MIN_DOCUMENTS` documents on.

    Raises :class:`InputError` when no usable document was found and :class:`ValidationFailed`
    when the result violates the SHACL shapes — in both cases the previous graph is left as it was.
    The graph reflects ``paths``: documents of the previous graph not among them are dropped
    (:attr:`BuildReport.removed` names them). One build of a graph runs at a time: a second one
    raises :class:`graph.lock.BuildLocked` before it reads or writes anything, at once or after waiting up to
    ``wait`` seconds for the other build (``on_wait(pid)`` is told when the waiting begins; see
    :func:`graph.lock.graph_lock`).

    Extraction results are cached per document in the graph directory and extraction of new
    or changed documents runs in ``workers`` processes (default: all cores); see
    :mod:`graph.incremental`. The curation files (:mod:`graph.curate`) are read from ``curated``
    (default: the bundled ``data/curated/``). ``keep_going``: two files of one document id leave
    one out with a warning instead of stopping the build (an unattended run). ``license``: the IRI
    of the data licence the dataset description claims (:mod:`graph.dataset`), remembered in the
    manifest for later builds; None: the previous build's; "-": none any more. ``minimal_people``:
    leave out the people who are only listed (:mod:`graph.listed_people`); remembered like the
    licence (None: as the previous build). ``max_document_size``: a document with more million characters
    of text is left out with a warning (None or 0: no limit; see :func:`graph.corpus_checks.within_size_limit`).
    ``compact``: a rebuild that would patch the previous store loads a new one from the new ``graph.nq``
    instead, as it does by itself once the store has grown (:mod:`graph.store_growth`).
    ``max_document_time``: a document whose extraction takes more seconds is left out with a warning and
    tried again by the next build (None or 0: no limit; see :mod:`graph.document_time`).
    """
    shown, graph_path = graph_path, folder_to_replace(graph_path)  # a symlink's target; not a mount point
    extracted: list = []  # the extraction, once done: kept in the cache should the build be interrupted later
    try:
        with graph_lock(graph_path, wait=wait, on_wait=on_wait), collector_thawed():
            try:
                report = _build_graph(paths, graph_path, engine=engine, validate=validate,
                                      full_validation=full_validation, progressbar=progressbar, stage=stage,
                                      workers=workers, curated=curated, keep_going=keep_going, license=license,
                                      minimal_people=minimal_people, extracted=extracted,
                                      max_document_size=max_document_size, compact=compact,
                                      max_document_time=max_document_time)
                if report.curation.get("erased") and report.corrections_changed:  # a new removal: names in cache/
                    report = dataclasses.replace(report, caches_cleared=clear_caches(graph_path))
                return dataclasses.replace(report, graph_path=Path(shown))  # the folder as the user named it
            except KeyboardInterrupt:  # Ctrl+C, SIGTERM: the documents extracted are not extracted again
                for cached in extracted:
                    keep_extractions(graph_path, cached.entries)
                raise
    except OSError as error:
        if error.errno in WRITE_ERRORS:  # the staging folder is gone, the previous graph as it was
            key = "cannot_write_graph" if (graph_path / MANIFEST_FILE).is_file() else "cannot_write"
            raise G40Error(msg(key, path=shown, reason=error.strerror or error)) from None
        raise


#: errors only writing raises, which a build cannot get past: a full disk, a quota, a file size limit
#: (``ulimit -f``), a read-only file system
WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)


#: below this many documents a build's later stages are over before a word about them could help
STAGE_MIN_DOCUMENTS = 20
#: a document this long (characters) is announced before extraction: about 15 s a million characters,
#: while the progress bar, which counts documents, stands still
LARGE_DOCUMENT = 1_000_000
EXTRACTION_SECONDS_PER_MILLION = 15


def _build_graph(paths, graph_path: Path, *, engine, validate, full_validation, progressbar, stage,
                 workers, curated, keep_going=False, license=None, minimal_people=None,  # noqa: A002
                 extracted: list | None = None, max_document_size=MAX_DOCUMENT_SIZE, compact=False,
                 max_document_time=MAX_DOCUMENT_TIME) -> BuildReport:
    started = time.perf_counter()
    own_corrections = _own_corrections(curated, graph_path)
    paths, curated = build_sources(paths, curated)
    previous_manifest = _previous_manifest(graph_path)
    reference_lists = reference_digests()  # the lists this build reads (graph.reference_changes), compared below
    before = _documents_of(previous_manifest)
    older = previous_manifest and format_of(previous_manifest) < FORMAT_VERSION
    reused = None if older else graph_path  # the caches and the store of an older layout are not read
    known = load_corpus_cache(reused)
    documents, warnings, corpus_cache = read_corpus_cached(paths, known, keep_going=keep_going,
                                                           max_document_size=max_document_size)
    too_large = warnings[:corpus_cache.too_large]  # first among the warnings
    if not documents:
        detail = f" ({'; '.join(warnings[:3])})" if warnings else ""
        raise InputError(msg("nothing_to_build", paths=", ".join(map(str, paths)), detail=detail))
    gazetteer = load_gazetteer()
    if stage is not None:
        _announce_large_documents(documents, previous_manifest, stage)
    bar = progressbar(len(documents), msg("progress_extract")) if progressbar else nullcontext(None)
    with bar as handle:
        cached = extract_documents_cached(documents, gazetteer, reused, workers=workers,
                                          progress=handle.update if handle else None, max_seconds=max_document_time,
                                          keys=corpus_cache.extraction_keys(documents, extractor_fingerprint(),
                                                                            document_key))
    if extracted is not None:
        extracted.append(cached)
    if cached.over_time:  # left out like a document over the size limit; not cached, so tried again next time
        documents = cached.documents
        over_time = [over_time_warning(d.path, max_document_time) for d in cached.over_time]
        if not documents:
            raise InputError(msg("nothing_to_build", paths=", ".join(map(str, paths)),
                                 detail=f" ({'; '.join(over_time[:3])})"))
        warnings[len(too_large):len(too_large)] = over_time
    extractions = cached.extractions
    for extraction in extractions:
        warnings.extend(f"{extraction.document_id}: {w}" for w in extraction.warnings)
    curation = load_curation(curated)
    with collector_paused():  # the passes read are 10,000s of tuples that all stay alive, as are resolution's
        kept_passes = load_passes(reused, cached.keys)  # what each unchanged document resolved to alone
        resolution = resolve(extractions, gazetteer, periods=DocumentPeriods(documents),
                             splits=resolution_splits(curation), previous=previous_places(previous_manifest),
                             kept=kept_passes)
    passes = passes_files(kept_passes, resolution.kept, cached.keys)  # none: the previous files still hold
    fresh_moves = resolution.moved  # the old IRIs keep pointing to the new ones, build after build
    resolution.moved = kept_moves(previous_manifest.get("moved_keys"), fresh_moves, resolution.entities)
    minimal_people = _minimal_people(minimal_people, previous_manifest)
    if minimal_people:
        resolution = without_listed_people(extractions, resolution)
    if has_names(curation):  # "object: BZK": this build's entity of that name (walkthrough 19, finding 26)
        curation = with_names(curation, names_dataset(resolution, gazetteer, curation))
    ambiguous, settled = settled_ambiguities(resolution.ambiguous, curation, resolution.mention_keys)
    warnings.extend(ambiguous)  # less those a merge or split settles (walkthrough 17, finding 8)
    namesakes = unmerged(resolution.namesakes, {entity_key(m.old) for m in curation.merges})
    namesakes = told_apart(namesakes, resolution.apart)  # "niet te verwarren met haar naamgenoot …": no merge asked
    warnings.extend(namesake_notes(namesakes))
    if fresh_moves:  # said once: the next build finds the new keys published (walkthrough 18, finding 10)
        warnings.append(moved_note(fresh_moves))
    handed = split_moves(previous_places(previous_manifest), resolution.placed, resolution.entities,
                         [(entity_key(r.iri), entity_key(r.into), as_given(r.source, curation.files))
                          for r in curation.splits])
    if handed:  # said once, as a move is (round 44c)
        warnings.append(split_note(handed, {key: e.label for key, e in resolution.entities.items()}))
    warnings.extend(split_warnings(curation, resolution))
    withdrawals, withdrawal_warnings = find_withdrawals(documents, extractions, resolution)  # rectifications
    warnings.extend(withdrawal_warnings)
    previous = read_index(graph_path) if reused else {}
    if older:
        warnings.append(coded("older_format", found=format_of(previous_manifest), supported=FORMAT_VERSION,
                            version=previous_manifest.get("g40kg_version") or "?"))
    stats = BuildStats()
    reference = reference_triples(gazetteer)
    fragments = [reference_fragment(reference), ontology_fragment(previous)]
    bar = progressbar(len(documents), msg("progress_graphs")) if progressbar else nullcontext(None)
    # each unchanged document's graph key and facts as the previous build kept them, unless a global pass of
    # resolution rewrote its keys (a removal rule: none read, none kept)
    with bar as handle, collector_paused():
        kept_keys = load_kept_keys(reused) if not curation.erasures and not minimal_people else None
        made_keys = document_keys(documents, extractions, resolution, cached.keys, kept_keys)
        document_fragments = build_fragments(documents, extractions, resolution, previous, stats, keys=cached.keys,
                                             whole=cached.full, workers=workers,
                                             progress=handle.update if handle else None,
                                             graph_keys=made_keys.graph_keys)
    fragments += document_fragments
    rectifying = {withdrawal.by for withdrawal in withdrawals}  # a rectification notice states no fact, but withdraws one
    stating = [(d, f.record) for d, f in zip(documents, document_fragments) if d.id not in rectifying]
    factless = factless_warning([d for d, _ in stating], [record for _, record in stating])
    if factless:  # read, but nothing taken from it: not to be mistaken for read (walkthrough 20, finding 5)
        warnings.append(factless)
    # the facts of the previous build kept: the same set reuses its graph (a removal rule may rewrite it: made)
    kept_facts = load_kept_facts(reused) if not curation.erasures else None
    facts = made_keys.facts
    facts_graph = reused_facts(kept_facts, facts, previous) or facts_fragment(extractions, resolution, facts)
    fragments.append(facts_graph)
    # the entities graph of the previous build kept: the same inputs reuse it (a removal rule: made, none kept)
    kept_entities = load_kept_entities(reused) if not curation.erasures else None
    described = entities_inputs(resolution, stats, fragments[0].key)
    entities_graph = reused_entities(kept_entities, described, previous) or entities_fragment(resolution, stats, reference)
    fragments.append(entities_graph)
    say = stage if stage is not None and len(documents) >= STAGE_MIN_DOCUMENTS else (lambda label: None)
    say(msg("progress_store"))
    fingerprint = curation_fingerprint(curation)
    # a removal rule the previous build applied too: erased in the fragments, its strings never reach the store
    early = erased_for_build(fragments, curation, previous, previous_manifest.get("store") or {})
    with StagedGraph(graph_path, early.fragments if early else fragments, curation=fingerprint, previous=previous,
                     derived=[str(TENURE_GRAPH)]) as staged:
        entries = _document_entries(documents, previous_manifest)  # the manifest's, compared once (below: again only if masked)
        corpus_changes = document_changes(previous_manifest, entries)
        renames = renamed_ids(previous_manifest.get("renamed"), corpus_changes["renamed"], {d.id for d in documents})
        curated_report = apply_curation(staged.dataset, curation, renames,
                                        erased_before=early.entities if early else None, withdrawals=withdrawals)
        stats.curated([(entity_key(old), entity_key(into)) for old, into in curated_report.merges], curated_report.suppressed_by,
                      [entity_key(iri) for iri in curated_report.erased_keys + curated_report.not_entity_keys])
        terms = redated_terms(build_terms(stats.terms, curated_report.merges, curated_report.suppressed_evidence),
                              curated_report.redated)  # a correction's dates, not the documents'
        terms += curated_terms(staged.store, str(CURATED_GRAPH))
        names, apart = holder_names(staged.store, terms), curation.apart() | apart_pairs(staged.store)
        affiliations = affiliation_terms(staged.store, terms)
        known_groups = load_known_groups(reused)  # the offices whose holders' names the previous build compared
        # the tenure graph of the previous build kept: the same inputs keep the patched store's (a removal rule: none)
        tenure_from = tenure_inputs(terms, names, apart, affiliations, fragments[0].key)
        tenure_lines = kept_lines(load_kept_tenure(reused), tenure_from, staged.previous_lines(str(TENURE_GRAPH))) \
            if not curation.erasures else None
        if tenure_lines is not None:
            staged.keep_derived(str(TENURE_GRAPH), tenure_lines)
            known_groups.used = dict(known_groups.known)  # what the previous build used on the same inputs
        else:
            staged.add_derived(str(TENURE_GRAPH), tenure_quads(terms, str(TENURE_GRAPH), name_twins(names, apart),
                                                               affiliations, known_groups))
        license = _license(license, previous_manifest)
        # counted from what the build wrote, unless curation merged or added entities
        classes = (class_counts(staged.store) if curated_report.merges or curated_report.entities_added
                   or curated_report.erased or curated_report.not_entities else entity_classes(reference, resolution, stats, len(documents)))
        staged.add_derived(str(DATASET_GRAPH), dataset_quads(documents, triples=staged.count_triples(), classes=classes,
                                                             version=__version__, license=license,
                                                             extractor=extractor_fingerprint()))
        staged.curated()
        warnings.extend(curated_report.warnings)
        if curated_report.suppressed_names:  # a rectification the corrections settled: said once, then quiet
            warnings[:] = settled_rectifications(warnings, {d.id: d.text for d in documents},
                                                 curated_report.suppressed_names,
                                                 set(map(str, previous_manifest.get("warnings") or [])))
        forgotten = name_pattern(curated_report.erased_names)
        erased = curated_report.erased_names + curated_report.erased_surnames  # what a document id must not spell
        hidden: set[str] = set()  # old ids of renamed files that spell a removed person's name (never said again)
        if forgotten is not None:  # the names of removed entities are not repeated in the summary either
            warnings[:] = [masked_text(w, name_spans(w, forgotten))[0] for w in warnings]
        repeated = []
        if previous and previous.get("curation") == fingerprint and curated_report.warnings:  # the same corrections
            said = set(previous_manifest.get("warnings") or [])
            repeated = [w for w in warnings[-len(curated_report.warnings):] if w in said]
        checked = None
        if validate:
            say(msg("progress_check"))
            checked = check_build(staged, [d.id for d in documents], cached.fresh, full=full_validation,
                                  previous_shapes=(previous_manifest.get("validation") or {}).get("shapes"))
        triples = staged.count_triples()
        manifest = _manifest(entries, engine, stats, triples)
        if forgotten is not None:  # where the explorer masks their names in a document's text: offsets only
            surname, named_in = name_pattern(curated_report.erased_surnames), set(curated_report.erased_in)
            last_words = {name.split()[-1] for name in erased if name.split()}  # in every match of a name
            for entry, document in zip(manifest["documents"], documents):
                named = document_graph_iri(document.id) in named_in
                spans = [[start, end] for start, end, _kind in forgotten_spans(document.text, forgotten, surname, named)
                         ] if named or any(word in document.text for word in last_words) else []
                if spans:
                    entry["masked"] = spans
                if names_in_id(document.id, erased):
                    entry["name_in_id"] = True  # the explorer's search does not match it by id (see forget's warning)
                for key in ("title", "author"):  # as the graph's title and author: masked
                    if entry[key]:
                        entry[key] = masked_text(entry[key], name_spans(entry[key], forgotten))[0]
        manifest["base"] = _relative_cwd(graph_path)
        manifest["corrections"] = own_corrections
        manifest["license"] = license
        manifest["minimal_people"] = minimal_people
        manifest["reference"] = reference_lists  # which reference lists the next build finds changed
        # what 'g40kg demo' may replace: see holds_only_bundled_corpus
        manifest["corpus"] = "bundled" if _from_bundled_corpus(d.path for d in documents) else "own"
        manifest["validation"] = {"shapes": checked.shapes if checked else None}
        manifest["warnings"] = list(warnings)  # for the morning after an unattended build
        manifest["curation"] = [dict(rule) for rule in curated_report.rules]  # g40kg curation lists them
        manifest["namesakes"] = namesakes  # for 'g40kg validate', in its language
        # where each person key was placed, so that the next build keeps the keys (no removed person's name)
        gone = {entity_key(iri) for iri in curated_report.erased_keys}
        manifest["person_places"] = person_places(resolution.placed, set(resolution.entities) - gone)
        manifest["moved_keys"] = {old: new for old, new in resolution.moved.items() if new not in gone and old not in gone}
        manifest["extraction"] = {"extracted": cached.extracted, "reused": cached.reused,
                                  "fingerprint": extractor_fingerprint()}
        manifest["store"] = {"mode": staged.mode, "graphs_written": len(staged.written)}
        # a masked title or author is compared as masked (the previous manifest holds it so)
        changes = corpus_changes if forgotten is None else document_changes(previous_manifest, manifest["documents"])
        # old ids of renamed documents, for links shared before the rename (the explorer redirects them)
        manifest["renamed"] = renamed_ids(previous_manifest.get("renamed"), changes["renamed"],
                                          {d["id"] for d in manifest["documents"]})
        if forgotten is not None:  # a file renamed to drop a removed person's name: its old id is neither kept nor said
            manifest["renamed"] = {old: new for old, new in manifest["renamed"].items() if not names_in_id(old, erased)}
            hidden = {pair["from"] for pair in changes["renamed"] if names_in_id(pair["from"], erased)}
            changes["renamed"] = [dict(pair, **{"from": MASKS[get_language()]["name"]}) if pair["from"] in hidden
                                  else pair for pair in changes["renamed"]]
        # what the explorer's changes page shows (graph.build_changes): only this build's, small
        manifest["changes"] = _last_changes(
            previous_manifest, manifest, changes, graph_path if before and not older else None, staged,
            corrections_changed=bool(previous) and previous.get("curation") != fingerprint,
            removed=curated_report.erased_keys, names=erased)
        cache = cached.cache
        changed = corpus_cache.read or corpus_cache.keyed or corpus_cache.shortened
        if changed or len(corpus_cache) != len(known):  # else the previous file holds
            cache["files"] = corpus_cache.files()
        history = new_history(graph_path, previous_manifest.get("curation") or [], manifest["curation"], manifest["built"],
                              frozenset(as_given(rule.source, curation.files) for rule in curation.suppressions
                                        if rule.private),
                              curated_report.erased_names + curated_report.erased_surnames,
                              [entity_key(iri) for iri in curated_report.erased_keys])
        if history is not None:  # the rules' history across builds (walkthrough 17, finding 19)
            staged.write_beside(LOG_FILE, history)
        cache.setdefault("files", {})[GROUPS_FILE] = known_groups.dumps()
        if curation.erasures:  # a removed person's key is kept nowhere beside the graph (AVG art. 17)
            cache["files"][FACTS_FILE] = b""
        elif facts_graph.text is not None:  # else the previous file still holds
            cache["files"][FACTS_FILE] = facts_file(facts, facts_graph.key)
        cache["files"].update(passes)
        if curation.erasures:  # as the facts: no removed person's name kept
            cache["files"][ENTITIES_FILE] = b""
        elif entities_graph.text is not None:  # else the previous file still holds
            cache["files"][ENTITIES_FILE] = entities_file(described, entities_graph.key)
        if curation.erasures:  # as the facts: no removed person's name kept
            cache["files"][TENURE_FILE] = b""
        elif tenure_lines is None:  # else the previous file still holds
            cache["files"][TENURE_FILE] = tenure_file(tenure_from, staged.derived_lines(str(TENURE_GRAPH)) or b"")
        if curation.erasures:  # as the facts: nothing of a removed person kept
            cache["files"][GRAPH_KEYS_FILE] = b""
        elif made_keys.changed and not minimal_people:  # else the previous file still holds
            cache["files"][GRAPH_KEYS_FILE] = graph_keys_file(made_keys.kept)
        say(msg("progress_save"))
        # a removal (a document gone or renamed, a person removed in the store) leaves its strings in Oxigraph's files:
        # a new store
        fresh = bool(changes["removed"] or changes["renamed"] or (curated_report.erased and early is None)
                     or compact and staged.mode == "patch")  # build --compact: as when the store has grown
        if curated_report.erased:  # what the next build compares (graph.fragment_erasure)
            manifest["store"]["erasure"] = erasure_fingerprint(curated_report.erased_keys, curated_report.erased_names,
                                                               curated_report.erased_surnames)
        if staged.mode == "patch":  # a patched store grows: past twice its size after its last load, a new one
            grown = growth(previous_manifest.get("store") or {}, folder_bytes(Path(graph_path) / OXIGRAPH_DIR))
            fresh = fresh or grown.due
            if grown.baseline is not None and not fresh:
                manifest["store"]["loaded_bytes"] = grown.baseline
        if fresh:
            manifest["store"]["fresh"] = True
        staged.commit(manifest, cache=cache, fresh_store=fresh)
    built = {d.id for d in documents}
    gone = {MASKS[get_language()]["name"] if d in hidden else d for d in set(before) - built}
    keep_for_exit((known, corpus_cache, cached, extractions, resolution, fragments, previous, previous_manifest,
                   manifest))
    return BuildReport(Path(graph_path), documents, stats, warnings, triples, time.perf_counter() - started,
                       validated=checked.as_tuple() if checked else None,
                       removed=sorted(gone),
                       curation=dict(curated_report.counts(), **({"settled": settled} if settled else {})),
                       changes=changes,
                       first_build=not before,
                       corrections_changed=bool(previous) and previous.get("curation") != fingerprint,
                       corrections=str(Path(curated).resolve()) if own_corrections else None,
                       repeated=repeated,
                       reference_changed=changed_lists(previous_manifest.get("reference"), reference_lists))


#: a build that writes more graphs anew than this (a new extractor rewrites every document's) records the
#: documents it changed but compares no facts: reading every fact of both graphs would take minutes
MAX_GRAPHS_COMPARED = 1000


def _last_changes(previous_manifest: dict, manifest: dict, documents: dict, previous_graph: Path | None, staged,
                  *, corrections_changed: bool, removed, names) -> dict:
    """The manifest's ``changes`` (:func:`graph.build_changes.changes_record`): the facts compared
    with the graph at ``previous_graph`` (None: a first build, or an older layout: not compared)
    when anything may have changed them, unless more than :data:`MAX_GRAPHS_COMPARED` graphs were
    written anew; without what a removal on request removed."""
    from .build_changes import changed_anything, changes_record, fact_changes, without_removed

    facts = None
    compared = set(staged.written) | staged.changed
    if previous_graph is not None and len(compared) <= MAX_GRAPHS_COMPARED:
        facts = {"added": [], "removed": [], "ended": []}
        if changed_anything(documents, corrections_changed, len(staged.written)):
            try:
                old = open_dataset(previous_graph, engine="oxigraph", checked=True)  # its manifest: read at the start
            except (G40Error, OSError) as error:  # a graph folder restored without its store: not compared
                log.info("changes not compared with %s: %s", previous_graph, error)
                facts = None
            else:
                gone = {document_graph_iri(d) for d in documents.get("removed") or []}
                gone |= {document_graph_iri(pair["from"]) for pair in documents.get("renamed") or []}
                facts = fact_changes(old, staged.dataset, compared | gone, same_curation=not corrections_changed)
    record = changes_record(previous_manifest, manifest, documents, facts, previous_manifest.get("curation") or [],
                            manifest.get("curation") or [])
    return without_removed(record, removed, names, get_language())


def _license(given: str | None, previous_manifest: dict) -> str | None:
    """The licence a build claims: ``given`` ("-": none), else the previous build's.

    >>> _license(None, {"license": "urn:x"}), _license("-", {"license": "urn:x"}), _license("urn:y", {})
    ('urn:x', None, 'urn:y')
    """
    if given is None:
        remembered = previous_manifest.get("license")
        return remembered if isinstance(remembered, str) and remembered else None
    return None if given == "-" else given


def _minimal_people(given: bool | None, previous_manifest: dict) -> bool:
    """Whether a build leaves out the people who are only listed: ``given``, else as the previous build.

    >>> _minimal_people(None, {"minimal_people": True}), _minimal_people(False, {"minimal_people": True}), _minimal_people(None, {})
    (True, False, False)
    """
    return bool(previous_manifest.get("minimal_people")) if given is None else given


def _previous_manifest(graph_path: Path) -> dict:
    """The manifest of the graph at ``graph_path``, read once a build ({}: no graph, or an unreadable manifest;
    at 10,000 documents it is 2.7 MB of JSON)."""
    try:
        return read_manifest(graph_path)
    except NewerFormat:
        raise  # never overwritten by an older g40kg
    except G40Error:
        return {}


def _announce_large_documents(documents, previous_manifest: dict, stage) -> None:
    """Say (as a stage) which new or changed documents are so long that their extraction alone takes a
    while, so that a build of one large file does not sit silent at "0/1"."""
    known = {d.get("id"): d.get("checksum") for d in previous_manifest.get("documents") or [] if isinstance(d, dict)}
    for document in documents:
        if len(document.text) >= LARGE_DOCUMENT and known.get(document.id) != document.checksum:
            size = f"{len(document.text) / 1e6:.1f}"
            stage(msg("large_document", document=document.id, size=size.replace(".", ",") if get_language() == "nl"
                      else size, seconds=large_document_seconds(len(document.text))))


def large_document_seconds(characters: int) -> int:
    """At most how many seconds the extraction of a document of ``characters`` takes (about 15 s a
    million characters, rounded up to 5 s), as the "groot document" line says it.

    >>> large_document_seconds(1_000_000), large_document_seconds(5_300_000), large_document_seconds(100)
    (15, 80, 5)
    """
    return max(5, -(-round(characters * EXTRACTION_SECONDS_PER_MILLION / 1e6) // 5) * 5)


def _documents_of(manifest: dict) -> list[str]:
    """The document ids a manifest lists."""
    documents = manifest.get("documents") or []
    return [d["id"] for d in documents if isinstance(d, dict) and isinstance(d.get("id"), str)]


def holds_only_bundled_corpus(graph_path: Path) -> bool:
    """Whether the graph at ``graph_path`` holds nothing but the bundled corpus, so a build of that
    corpus (``g40kg demo``) loses nothing by replacing it.

    The manifest says so (``"corpus": "bundled"``) for graphs built since that key exists; for older
    ones every document must come from the bundled corpus folder. Raises :class:`G40Error` (a folder
    that is no graph, an unreadable manifest) like :func:`graph.store.read_manifest`.
    """
    manifest = read_manifest(graph_path)
    if "corpus" in manifest:
        return manifest["corpus"] == "bundled"
    try:
        return _from_bundled_corpus(d["path"] for d in manifest.get("documents") or [])
    except (KeyError, TypeError):
        return False


def _from_bundled_corpus(paths) -> bool:
    """Whether there are ``paths`` and every one lies in the bundled corpus folder (an own corpus
    fails at its first document: no cost for a large build)."""
    corpus = bundled_corpus()
    inside = (os.path.abspath(corpus) + os.sep, os.path.realpath(corpus) + os.sep)
    seen = False
    for path in paths:
        if not (os.path.abspath(path).startswith(inside[0]) or os.path.realpath(path).startswith(inside[1])):
            return False
        seen = True
    return seen


def build_fragments(documents, extractions, resolution, previous: dict, stats: BuildStats,
                    keys: list[str] | None = None, *, whole: Callable[[int], object] | None = None,
                    workers: int | None = None, progress: Callable[[int], None] | None = None,
                    graph_keys: list[str] | None = None) -> list[Fragment]:
    """One fragment per document; a document whose fragment key is unchanged since the previous
    build (``previous``: its fragment index) is reused, not written again. Counts go into ``stats``.
    ``keys``: the extraction cache key of each document (spares hashing text and extraction again).
    ``whole(i)``: the whole extraction of document ``i`` where ``extractions`` holds an outline
    (:meth:`graph.incremental.CachedExtraction.full`). New fragments are written in ``workers``
    processes (see :mod:`graph.workers`). ``graph_keys``: each document's fragment key, where the caller
    has them (:func:`graph.graph_keys_kept.document_keys`)."""
    old = previous.get("graphs", {})
    keys = graph_keys if graph_keys is not None else [
        fragment_key(document, extraction, resolution, key)
        for document, extraction, key in zip(documents, extractions, keys or [None] * len(documents))]
    names = [document_graph(document.id) for document in documents]
    entries = [old.get(str(name), {}) for name in names]
    todo = [i for i, (entry, key) in enumerate(zip(entries, keys)) if entry.get("key") != key]
    if progress:
        progress(len(documents) - len(todo))
    written = forked_map(_write_fragment, todo, state=(documents, extractions, resolution, keys, whole),
                         workers=workers, progress=progress)
    fragments = [Fragment(name, key, None, entry.get("record")) for name, key, entry in zip(names, keys, entries)]
    for index, fragment in zip(todo, written):
        fragments[index] = fragment
    for fragment in fragments:
        stats.add_record(fragment.record)
    return fragments


def _write_fragment(build, index: int) -> Fragment:
    documents, extractions, resolution, keys, whole = build
    extraction = whole(index) if whole is not None else extractions[index]  # read in the worker: on every core
    return document_fragment(documents[index], extraction, resolution, keys[index])


def curation_fingerprint(curation) -> str:
    """A hash of the curation (a changed curation rebuilds the store instead of patching it): its
    rules and its files' names, not where the folder lies ("correcties/" given, or the same folder
    remembered as an absolute path, is one curation).

    >>> from graph.curation_records import Curation
    >>> curation_fingerprint(Curation(files=("correcties/a.yaml",))) == curation_fingerprint(Curation(files=("/home/x/correcties/a.yaml",)))
    True
    """
    named = dataclasses.replace(curation, files=tuple(Path(file).name for file in curation.files))
    return hashlib.sha256(repr(named).encode("utf-8")).hexdigest()[:16]


def _relative_cwd(graph_path: Path) -> str | None:
    """Where the build ran, seen from the graph folder ("..": the folder the graph is in). A document's
    relative path is relative to that, so a copy of the folder that holds both finds the documents
    wherever it is served from (see :func:`graph.serve.explore_documents.document`). None on another drive.

    >>> _relative_cwd(Path(".g40kg"))
    '..'
    """
    return _seen_from_graph(os.getcwd(), graph_path)


def _seen_from_graph(path, graph_path: Path) -> str | None:
    """``path`` relative to the graph folder, as the manifest keeps a place (a copy of a project folder
    that holds both finds it); None on another drive than the graph (Windows).

    >>> _seen_from_graph(Path("correcties").resolve(), Path(".g40kg"))
    '../correcties'
    """
    try:
        return Path(os.path.relpath(path, Path(graph_path).resolve())).as_posix()
    except ValueError:
        return None


def _recorded_path(path: str, folders: dict | None = None) -> str:
    """A document's path as the manifest keeps it: relative to where the build ran, as a path given
    relative is (an absolute one names the user's folders, /home/<name>/…; the explorer finds a
    relative path from the manifest's ``base``); absolute only on another drive (Windows).

    ``folders``: a dict kept over the calls for one build's documents, in which each folder's relative
    path is worked out once (10,000 documents: 0.16 s of processor time, most of it ``os.getcwd()`` and
    normalising the same folder again; the result is the same).

    >>> _recorded_path(os.path.join(os.getcwd(), "docs", "a.txt")), _recorded_path("docs/b.txt")
    ('docs/a.txt', 'docs/b.txt')
    >>> _recorded_path(os.path.join(os.getcwd(), "docs", "a.txt"), {})
    'docs/a.txt'
    """
    if not os.path.isabs(path):
        return path
    folder, name = os.path.split(path)
    if folders is not None and name not in ("", ".", ".."):
        relative = folders.get(folder, False)
        if relative is False:
            relative = folders[folder] = _relative_folder(folder)
        if relative is not None:
            return name if relative == "." else f"{relative}/{name}"
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path


def _relative_folder(folder: str) -> str | None:
    """``folder`` relative to where the build runs, for :func:`_recorded_path`; None where a path in it
    must be worked out whole: on another drive, or when ``folder`` holds the working folder (a name in
    it may be the next step of the way down, "/a" + "b" from "/a/b" is ".", not "../b")."""
    try:
        relative = Path(os.path.relpath(folder)).as_posix()
    except ValueError:
        return None
    if relative != "." and all(part == ".." for part in relative.split("/")):
        return None
    return relative


def _document_entries(documents, previous_manifest: dict | None = None) -> list[dict]:
    """The manifest's entry of each document (what :func:`graph.document_changes.document_changes` compares).
    A document of the same id and checksum as in ``previous_manifest`` keeps the words key recorded there (the
    same bytes read the same words; reading every text's words again cost ≈ 0.5 s of a rebuild at 10,000).

    >>> from graph.ingest import Document
    >>> _document_entries([Document(id="a", path="a.txt", text="", checksum="sha256:0", date="2024-01-02")])
    [{'id': 'a', 'path': 'a.txt', 'checksum': 'sha256:0', 'words': 'sha256:0', 'title': None, 'date': '2024-01-02', 'period': None, 'author': None, 'case': None}]
    >>> again = Document(id="a", path="a.txt", text="Anna de Wit", checksum="sha256:1", date=None)
    >>> [_document_entries([again], {"documents": [{"id": "a", "checksum": sha, "words": "w"}]})[0]["words"][:7]
    ...  for sha in ("sha256:1", "sha256:2")]
    ['w', '368e70c']
    """
    folders: dict = {}  # see _recorded_path
    words = {(e.get("id"), e.get("checksum")): e["words"] for e in (previous_manifest or {}).get("documents") or []
             if isinstance(e, dict) and isinstance(e.get("words"), str)}
    return [
        {
            "id": d.id,
            "path": _recorded_path(d.path, folders),
            "checksum": d.checksum,
            "words": words.get((d.id, d.checksum)) or words_key(d),  # a DMS's re-export re-saves files: the text tells a change (walkthrough 34, finding 10)
            "title": d.title,
            "date": d.date,
            "period": {"start": d.period_start, "end": d.period_end} if d.period_start or d.period_end else None,
            "author": d.author,  # a DMS metadata file's (round 58d): a change of it alone is a change (round 59m)
            "case": d.case,
        }
        for d in documents
    ]


def _manifest(entries: list[dict], engine: str, stats: BuildStats, triples: int) -> dict:
    """The manifest's first keys, with the documents' ``entries`` (:func:`_document_entries`)."""
    return {
        "g40kg_version": __version__,
        "format_version": FORMAT_VERSION,
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "engine": engine,
        # before the documents: --as-of's note reads the manifest's first lines only (graph/cli/as_of_note.py)
        NEWEST_DOCUMENT: newest_date(entries),
        "documents": entries,
        "counts": {"triples": triples, "relations": dict(stats.relations), "entities": dict(stats.entities)},
    }

