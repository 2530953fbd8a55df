"""Incremental and parallel extraction: re-extract only what changed, on every core.

Extraction is the expensive stage of a build and works on one document at a time, so its
result is cached per document in the graph directory (``cache/extract/<key>.pickle``). The key
is a hash of the document (id, content checksum, reference date) and of everything extraction
depends on: the g40kg version, the source code of ``graph/extract`` and the gazetteer data.
Change one document and only that one is extracted again; change a gazetteer file or an
extraction rule and all are (not ``g40_members.csv``, which only the reference graph reads, nor a README). Entries of documents that are no longer in the corpus are not
carried into the new graph, so the cache never outgrows the corpus. The later stages (resolve,
build, curation, validation) always run on all documents, so removed documents' facts
disappear and curated/reference changes take effect.

What those stages need of a document whose graph is not written again is small: its mentions,
the mention spans its relations join, its warnings, the relations that place a person in a
municipality with their dates (:mod:`graph.placing`, for resolution's namesake rule). That :class:`ExtractionOutline` of every
document is kept in one file (``cache/extract/index.marshal``, plain tuples: about 0.2 s for
10,000 documents, where unpickling 10,000 whole extractions takes seconds); a whole extraction
is only read (:meth:`CachedExtraction.full`) for a document whose graph must be written. The
outlines of documents extracted since that file was written go to a small second one
(``recent.marshal``) until they are :data:`RECENT_SHARE` of the corpus, so a rebuild after a
few changes does not write 10,000 outlines again (0.3 s).

Documents that must be extracted are spread over worker processes (``workers``, default: the
number of cores; see :mod:`graph.workers`); results come back in document order, so the graph
is the same whatever the number of workers.

Examples
--------
>>> import tempfile, pathlib
>>> from graph.ingest import Document
>>> from graph.gazetteer import load_gazetteer
>>> docs = [Document(id="a", path="a.txt", text="Breda werkt samen met EZK.", checksum="sha256:1")]
>>> where = pathlib.Path(tempfile.mkdtemp())
>>> result = extract_documents_cached(docs, load_gazetteer(), where, workers=1)
>>> (result.extracted, result.reused, sorted(result.entries) == [document_key(docs[0]) + ".pickle", INDEX_ENTRY])
(1, 0, True)
"""

from __future__ import annotations

import hashlib
import io
import logging
import marshal
import pickle
import sys
from collections import namedtuple
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cached_property, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, NamedTuple

from .cache_seal import seal, unseal, warm_key
from .disk_layout import CACHE_DIR, MANIFEST_FILE
from .extract import model
from .extract.model import Mention
from .heap import collector_paused
from .placing import FORMAT as PLACING_FORMAT
from .placing import placings
from .store import atomic_write
from .document_time import TimeLimitPassed, time_limit
from .workers import forked_map

__all__ = ["CachedExtraction", "ExtractionOutline", "mention_row", "extract_documents_cached", "document_key",
           "keep_extractions", "extractor_fingerprint", "CACHE_SUBDIR", "INDEX_ENTRY", "RECENT_ENTRY"]

log = logging.getLogger(__name__)

CACHE_SUBDIR = "extract"
#: the outlines of all cached extractions, in one file of the cache folder
INDEX_ENTRY = "index.marshal"
#: the outlines of the documents extracted since the index was written, in a second small file
RECENT_ENTRY = "recent.marshal"
#: the index is written anew once new and unused outlines reach this share of the documents
RECENT_SHARE = 0.1
#: raise when the outline record changes (so does a change of what :mod:`graph.placing` picks out);
#: marshal's format is the running Python's
_INDEX_FORMAT = (6, PLACING_FORMAT, sys.version_info[0], sys.version_info[1], marshal.version)


class MentionOutline(namedtuple("MentionFields", [f.name for f in fields(Mention)])):
    """The fields of a :class:`graph.extract.model.Mention`, as a plain (fast to unpickle) tuple."""

    __slots__ = ()
    label = Mention.label


#: a Mention's fields in order, as a plain tuple: a row of :attr:`ExtractionOutline.rows`
mention_row = attrgetter(*MentionOutline._fields)


class RelationEnds(NamedTuple):
    """The mentions a relation joins and its predicate (all that resolution, the graph keys and
    ``g40g:facts`` need of it)."""

    subject: MentionOutline
    object: MentionOutline
    predicate: str


@dataclass
class ExtractionOutline:
    """What the stages after extraction need of a document whose graph is not written again.

    It keeps its record's plain tuples (:func:`outline_record`): making 134,000 mention tuples
    named for 10,000 documents took 0.25 s. Resolution, the graph keys and ``g40g:facts`` read
    ``rows`` and ``ends``; ``mentions`` and ``relations`` are named views, made when asked for.

    >>> from graph.extract.model import Extraction, Mention, Relation
    >>> breda = Mention(0, 5, "Breda", "Municipality", "gazetteer", 1.0, key="GM0758")
    >>> ezk = Mention(22, 25, "EZK", "Ministry", "gazetteer", 1.0, key="mnre1045")
    >>> whole = Extraction("d", mentions=[breda, ezk], relations=[Relation(breda, "collaboratesWith", ezk, 0, 26, "r", 0.8)])
    >>> outline = ExtractionOutline.of_record(outline_record(whole))
    >>> outline.mentions[1].label, outline.relations[0].object.start, outline.rows[1][:3], outline.ends
    ('EZK', 22, (22, 25, 'EZK'), ((0, 1, 'collaboratesWith'),))
    >>> outline.placing  # no person placed in a municipality
    ()
    """

    document_id: str
    rows: tuple  # the mentions, each a tuple of the Mention fields in order (relation ends included)
    ends: tuple  # the relations as (subject row, object row, predicate)
    warnings: tuple
    listed: tuple = ()  # the lines that only list people (Extraction.listed)
    apart: tuple = ()  # two persons the text says are not one (Extraction.apart)
    #: the relations that place a person in a municipality (graph.placing) as (subject row, object row,
    #: predicate, (past, valid_from, valid_until, role, said))
    placing: tuple = ()
    #: the claims its rectifications withdraw from earlier documents (Extraction.withdrawn)
    withdrawn: tuple = ()

    @classmethod
    def of_record(cls, record: tuple) -> "ExtractionOutline":
        return cls(*record)

    @cached_property
    def mentions(self) -> list[MentionOutline]:
        return [MentionOutline._make(row) for row in self.rows]

    @cached_property
    def relations(self) -> list[RelationEnds]:
        mentions = self.mentions
        return [RelationEnds(mentions[s], mentions[o], p) for s, o, p in self.ends]


def outline_record(extraction) -> tuple:
    """An extraction's outline as plain tuples: (document id, mentions, relations as (subject index,
    object index, predicate), warnings, the spans of the lines that only list people, the persons the
    text keeps apart, the relations that place a person in a municipality as (subject index, object
    index, predicate, (past, valid_from, valid_until, role, said)): :func:`graph.placing.placings`), the
    claims its rectifications withdraw (:class:`graph.extract.withdrawn_claims.Claim`, plain tuples).

    A relation end that is not one of the extraction's mentions is added to the mentions."""
    mentions = [mention_row(m) for m in extraction.mentions]
    position = {m: i for i, m in enumerate(mentions)}

    def index(mention) -> int:
        fields = mention_row(mention)
        if fields not in position:
            position[fields] = len(mentions)
            mentions.append(fields)
        return position[fields]

    ends = tuple((index(r.subject), index(r.object), r.predicate) for r in extraction.relations)
    placing = tuple((index(r.subject), index(r.object), r.predicate, times) for r, times in placings(extraction))
    return (extraction.document_id, tuple(mentions), ends, tuple(extraction.warnings), tuple(extraction.listed),
            tuple(extraction.apart), placing, tuple(tuple(c) for c in getattr(extraction, "withdrawn", ())))


#: the files of ``data/gazetteer`` that extraction does not read (``graph.reference`` does): no part of its key
NOT_EXTRACTED = ("g40_members.csv",)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of everything extraction depends on besides the document itself."""
    from . import __version__
    from .reference_changes import reference_files

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    sources = sorted((package / "extract").glob("*.py")) + [package / "gazetteer.py", package / "ingest.py",
                                                            package / "markup.py"]
    # the lists extraction reads: not their README, nor the G40 members (only the reference graph says who is one),
    # so a steward's new member is no new extraction of every document (walkthrough 36, finding 9)
    lists = [p for p in reference_files() if p.name not in NOT_EXTRACTED]
    for path in sources + lists:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document) -> str:
    """The cache key of ``document``'s extraction (file name without suffix)."""
    parts = (extractor_fingerprint(), document.id, document.checksum, document.reference_date or "", document.text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass
class CachedExtraction:
    """Extractions in document order (whole or outlined), plus the cache entries the new graph should hold."""

    extractions: list  # an Extraction (extracted in this build) or an ExtractionOutline (from the cache)
    keys: list[str] = field(default_factory=list)  # the cache key of each extraction (see document_key)
    entries: dict[str, bytes] = field(default_factory=dict)  # file name → pickled extraction (new ones), the index
    keep: set[str] = field(default_factory=set)  # file names of reused entries
    extracted: int = 0
    reused: int = 0
    fresh: list[str] = field(default_factory=list)  # ids of the documents extracted anew
    #: documents left out because their extraction ran past the time limit (not in the lists above, not cached)
    over_time: list = field(default_factory=list)
    folder: Path | None = None
    documents: list = field(default_factory=list, repr=False)
    gazetteer: object = field(default=None, repr=False)

    @property
    def cache(self) -> dict:
        """What :meth:`graph.assemble.StagedGraph.commit` needs (``cache=``)."""
        return {"directory": CACHE_SUBDIR, "write": self.entries, "keep": self.keep}

    def full(self, index: int):
        """The whole extraction of document ``index`` (read from the cache, or extracted again if it is gone).

        Called in a worker process (:mod:`graph.workers`), a document extracted again is cached
        there only: it is extracted again the next time its whole extraction is needed.
        """
        extraction = self.extractions[index]
        if not isinstance(extraction, ExtractionOutline):
            return extraction
        name = f"{self.keys[index]}.pickle"
        if name in self.entries:  # extracted in this build
            return _unpickled(unseal(self.entries[name]))
        whole = _load(self.folder / name) if self.folder else None
        if whole is None or whole.document_id != extraction.document_id:  # gone or damaged: extract, cache again
            document = self.documents[index]
            whole = _extract_one(self.gazetteer, (document.id, document.text, document.reference_date))
            self.entries[f"{self.keys[index]}.pickle"] = seal(pickle.dumps(whole, protocol=pickle.HIGHEST_PROTOCOL))
        return whole


def extract_documents_cached(
    documents,
    gazetteer,
    graph_path: Path | None,
    *,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    max_seconds: float | None = None,
    keys: list[str] | None = None,
) -> CachedExtraction:
    """Extractions of ``documents``, reusing the cache of the graph at ``graph_path``.

    A reused extraction comes as its :class:`ExtractionOutline`; :meth:`CachedExtraction.full` reads it whole.
    A document whose extraction runs longer than ``max_seconds`` (None or 0: no limit; see
    :mod:`graph.document_time`) is left out of the result (:attr:`CachedExtraction.over_time`) and not cached.
    ``keys``: each document's :func:`document_key`, where the caller kept them (see
    :meth:`graph.corpus_cache.CorpusCache.extraction_keys`); else they are made here.
    """
    folder = Path(graph_path) / "cache" / CACHE_SUBDIR if graph_path else None
    warm_key()  # read once here, so the worker processes inherit it
    keys = [document_key(d) for d in documents] if keys is None else list(keys)
    result = CachedExtraction([None] * len(documents), keys, folder=folder,
                              documents=documents, gazetteer=gazetteer)
    with collector_paused():
        index = _load_index(folder / INDEX_ENTRY) if folder else {}
        recent = _load_index(folder / RECENT_ENTRY) if folder and index else {}
        records = [recent.get(key) or index.get(key) for key in result.keys]
        todo = []
        for position, (document, key, record) in enumerate(zip(documents, result.keys, records)):
            if record is None and folder is not None:  # an entry without an outline (an older cache)
                whole = _load(folder / f"{key}.pickle")
                record = outline_record(whole) if whole is not None else None
                records[position] = record
            if record is not None and record[0] == document.id:
                result.extractions[position] = ExtractionOutline.of_record(record)
                result.keep.add(f"{key}.pickle")
                result.reused += 1
                if progress:
                    progress(1)
            else:
                todo.append((position, key, document))
    finished: list = []
    try:
        _extract(todo, gazetteer, workers, progress, into=finished, max_seconds=max_seconds)
    except KeyboardInterrupt:  # Ctrl+C, SIGTERM: the documents extracted so far are not extracted again
        keep_extractions(graph_path, {f"{key}.pickle": done[0] for (_p, key, _d), done in zip(todo, finished) if done})
        raise
    for (position, key, document), done in zip(todo, finished):
        if done is None:  # past the time limit
            result.over_time.append(document)
            continue
        data, record = done
        result.extractions[position] = ExtractionOutline.of_record(record)
        result.entries[f"{key}.pickle"] = data
        records[position] = record
        result.extracted += 1
        result.fresh.append(document.id)
    if result.over_time:
        records = _without_over_time(result, records)
    _write_outlines(result, index, recent, records)
    log.info("extraction: %d documents extracted, %d reused from the cache", result.extracted, result.reused)
    return result


def _without_over_time(result: CachedExtraction, records: list) -> list:
    """Drop the documents of ``result.over_time`` from ``result``'s lists (and from ``records``, returned)."""
    kept = [i for i, extraction in enumerate(result.extractions) if extraction is not None]
    result.extractions = [result.extractions[i] for i in kept]
    result.keys = [result.keys[i] for i in kept]
    result.documents = [result.documents[i] for i in kept]
    return [records[i] for i in kept]


def keep_extractions(graph_path: Path | None, entries: dict[str, bytes]) -> int:
    """Add the extractions ``entries`` (file name → sealed pickle) of a build that was interrupted
    to the cache of the previous graph at ``graph_path``, so that the next build reuses them instead
    of extracting those documents again; returns how many were written. Each file is written
    whole or not at all (a temporary file renamed), under its content's key, beside the entries the
    previous graph uses: that graph does not read them, and the next build keeps those it needs
    (:func:`graph.linked_copies.carry_cache`). Without a previous graph there is no cache to
    add to (a folder of a cache alone would not be a graph): nothing is kept.

    >>> import tempfile
    >>> graph = Path(tempfile.mkdtemp())
    >>> keep_extractions(graph, {"k.pickle": b"x"}), (graph / "cache").exists()
    (0, False)
    >>> _ = (graph / "manifest.json").write_text("{}")
    >>> keep_extractions(graph, {"k.pickle": b"x", INDEX_ENTRY: b"i"}), (graph / "cache" / CACHE_SUBDIR / "k.pickle").read_bytes()
    (1, b'x')
    """
    if graph_path is None or not (Path(graph_path) / MANIFEST_FILE).is_file():
        return 0
    folder = Path(graph_path) / CACHE_DIR / CACHE_SUBDIR
    written = 0
    for name, data in entries.items():
        if name.endswith(".pickle") and not (folder / name).exists():
            atomic_write(folder / name, data)
            written += 1
    log.info("interrupted: %d extractions kept in %s", written, folder)
    return written


def _write_outlines(result: CachedExtraction, index: dict, recent: dict, records: list) -> None:
    """Choose the outline files of the new cache: the index as it is; the index and a ``recent``
    file with the outlines it lacks (while those and its unused ones are few); or a new index."""
    newer = {key: record for key, record in zip(result.keys, records) if index.get(key) != record}
    unused = len(index) - (len(result.keys) - len(newer))
    if index and len(newer) + unused <= RECENT_SHARE * len(result.keys):
        result.keep.add(INDEX_ENTRY)
        if newer and newer == {key: recent[key] for key in newer.keys() & recent.keys()}:
            result.keep.add(RECENT_ENTRY)
        elif newer:
            result.entries[RECENT_ENTRY] = seal(marshal.dumps({"format": _INDEX_FORMAT, "outlines": newer}))
    else:
        result.entries[INDEX_ENTRY] = seal(marshal.dumps({"format": _INDEX_FORMAT,
                                                          "outlines": _shared_texts(zip(result.keys, records))}))


def _shared_texts(outlines) -> dict:
    """``outlines`` (key, record) with each equal string of their mention rows one object, so that
    :mod:`marshal` writes it once and the next build reads it once: the same names, types and rules
    recur in thousands of documents (10,000 documents: 13.7 → 9.8 MB, read in 0.07 s instead of 0.11 s,
    and a string's hash is computed once when resolution looks mentions up).

    >>> a, b = _shared_texts([("k1", ("d1", ((0, 3, "".join(["V", "NG"]), "Organisation"),))),
    ...                       ("k2", ("d2", ((5, 8, "".join(["VN", "G"]), "Organisation"),)))]).values()
    >>> a[1][0][2] is b[1][0][2], a[1][0][2]
    (True, 'VNG')
    """
    memo: dict[str, str] = {}
    share = memo.setdefault
    shared = {}
    for key, record in outlines:
        rows = tuple(tuple(share(v, v) if v.__class__ is str else v for v in row) for row in record[1])
        shared[key] = (share(record[0], record[0]), rows, *record[2:])
    return shared


def _load_index(path: Path) -> dict:
    """The outline index of a cache folder ({} when there is none or it is unusable).

    It is written with :mod:`marshal` (plain tuples, strings and numbers: 0.05 s to read for
    10,000 documents, pickle 0.14 s), so it is only read by the Python version that wrote it.
    """
    try:
        data = unseal(path.read_bytes())
        index = marshal.loads(data) if data is not None else None
    except FileNotFoundError:
        return {}
    except Exception as error:  # noqa: BLE001 - a damaged index: the entries are read one by one
        log.debug("cache index %s unusable (%s)", path, error)
        return {}
    if not isinstance(index, dict) or index.get("format") != _INDEX_FORMAT \
            or not isinstance(index.get("outlines"), dict):
        log.debug("cache index %s not sealed by this user, or of another format: not read", path)
        return {}
    return index["outlines"]


def _load(path: Path):
    """The extraction cached at ``path``; None when there is none, or it is damaged, foreign or no extraction."""
    try:
        return _unpickled(unseal(path.read_bytes()))
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged entry is re-extracted
        log.debug("cache entry %s unusable (%s)", path, error)
        return None


def _unpickled(data: bytes | None):
    """The extraction pickled in ``data`` (None for no data): only the extraction model's classes
    are let in, so even a sealed file cannot run code; anything else than an extraction is refused."""
    if data is None:
        return None
    extraction = _ModelUnpickler(io.BytesIO(data)).load()
    if not isinstance(extraction, model.Extraction):
        raise pickle.UnpicklingError(f"{type(extraction).__name__} is no extraction")
    return extraction


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles the classes of :mod:`graph.extract.model` and plain data, and refuses any other class."""

    def find_class(self, module, name):
        found = getattr(model, name, None) if module == model.__name__ and name in model.__all__ else None
        if isinstance(found, type) and is_dataclass(found):
            return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of an extraction")


def _extract(todo, gazetteer, workers, progress, into: list | None = None, max_seconds: float | None = None):
    """(pickled extraction, outline record) of each document of ``todo``: both are made in the
    worker processes, so this process only stores them (at 10,000 documents it spent 4-5 s of
    CPU pickling and outlining while the workers waited for a core). None for a document whose
    extraction ran past ``max_seconds``."""
    jobs = [(d.id, d.text, d.reference_date) for _i, _k, d in todo]
    return forked_map(_extract_for_cache, jobs, state=(gazetteer, max_seconds), workers=workers, progress=progress,
                      into=into)


def _extract_for_cache(state, job) -> tuple[bytes, tuple] | None:
    gazetteer, seconds = state
    try:
        with time_limit(seconds):  # in a worker process's main thread, or this one's (graph.document_time)
            extraction = _extract_one(gazetteer, job)
    except TimeLimitPassed:
        log.info("extraction of %s stopped after %s s", job[0], seconds)
        return None
    return seal(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)), outline_record(extraction)


def _extract_one(gazetteer, job):
    from .extract import extract

    doc_id, text, date = job
    return extract(doc_id, text, gazetteer=gazetteer, date=date)
