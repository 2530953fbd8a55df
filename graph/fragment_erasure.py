"""A removal rule applied to a build's fragments, before anything reaches the Oxigraph store.

Oxigraph keeps every string it was given in its files (docs/privacy.md): a removed person's
statements loaded into the store and taken out again by curation leave their name there, and only
a store loaded anew holds none of it (round 41t: every build with a removal rule loaded a fresh
store, 43-68 s where a rebuild takes 2 s at 10,000 documents). Here the removal
(:func:`graph.curation_removals.erase_entity` and :func:`graph.curation_removals.mask_names`, the very
code curation runs) is applied to the lines of the fragments it concerns, in a small store of
their own; the fragments the build writes are the erased ones, and curation takes the removal as
done (:func:`graph.curate.apply_curation`, ``erased=``). The graph is the same as when curation
erases in the store: the touched graphs are written as the store would serialise them.

Which lines a removal reads: those naming the entity, all statements of their subjects, the lines
naming those of them that describe one statement (evidence, membership) or the entity's memberships,
and the statements of what points at those; for the masking, the quotes, titles and labels in which
a name occurs (a search of the bytes, which finds every place the exact pattern finds and a few more)
with the statements of their subjects. A fragment the build reuses (``text`` None) was untouched by the
previous build's removal, which had the same entities, names and surnames (:func:`erasure_fingerprint`
in the manifest; the caller checks it): it needs none now.

Where the order of curation could matter (a merge naming what the removal touches, a rule naming a
masked document or quote, a rule of a removed entity no document names before one that is found, a
blank node), :func:`erase_fragments` returns None and curation erases in the store as before.

Examples
--------
>>> from rdflib import URIRef
>>> from graph.curate import parse_yaml_text
>>> from graph.fragments import Fragment
>>> person, doc = "<https://w3id.org/g40kg/id/person/kees-mulder>", "<urn:g:doc>"
>>> text = (f'{person} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/g40kg/def#Person> {doc} .\\n'
...         f'{person} <http://www.w3.org/2004/02/skos/core#prefLabel> "Kees Mulder" {doc} .\\n'
...         f'<urn:e> <https://w3id.org/g40kg/def#quote> "Kees Mulder zei het." {doc} .\\n').encode()
>>> curation = parse_yaml_text("suppress:\\n  - {entity: person/kees-mulder}\\n", "avg.yaml")
>>> done = erase_fragments([Fragment(URIRef("urn:g:doc"), "k", text, {})], curation)
>>> print(done.fragments[0].text.decode(), end="")
<urn:e> <https://w3id.org/g40kg/def#quote> "[naam verwijderd] zei het." <urn:g:doc> .
>>> done.entities[URIRef("https://w3id.org/g40kg/id/person/kees-mulder")].removed
2
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import logging
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .curation_graph import fact_count, is_typed, entity_key
from .curation_removals import STATEMENT_CLASSES, documents_naming, erase_entity, mask_names, entity_names, entity_surnames
from .curation_suppressions import same_words
from .nquads import term_text
from .privacy import name_pattern
from .store import OxigraphStore
from .vocab import G40, document_graph

#: the start of every document's named graph
_DOCUMENT_GRAPHS = str(document_graph("x"))[:-1]

__all__ = ["ErasedEntity", "FragmentErasure", "erase_fragments", "erased_for_build", "erasure_fingerprint", "erased_iris"]

log = logging.getLogger(__name__)

#: the predicates whose literals a removal masks (:func:`graph.curation_removals.mask_names`)
_MASKED = tuple(term_text(p).encode() for p in (G40.quote, DCTERMS.title, RDFS.label, SKOS.prefLabel, DCTERMS.creator))
_QUOTE = _MASKED[0]
_HAS_ROLE = term_text(G40.hasRole).encode()
_MEMBERSHIP = term_text(G40.membership).encode()
_TYPE = term_text(RDF.type).encode()
#: the classes of a node that describes one statement (:data:`graph.curation_removals.STATEMENT_CLASSES`)
_STATEMENT_TYPES = {term_text(c).encode() for c in STATEMENT_CLASSES}


@dataclass(frozen=True)
class ErasedEntity:
    """What the removal of one entity did, as curation reports it (:class:`graph.curate.CurationReport`)."""

    iri: URIRef
    facts: int  # the facts that named it ('g40kg curation')
    names: frozenset  # its names and surnames, masked where they remain
    surnames: frozenset
    named_in: frozenset  # the named graphs of the documents that name it
    removed: int  # statements removed
    dropped: tuple  # the evidence nodes removed
    relations: tuple  # (relation, evidence nodes removed) pairs


@dataclass
class FragmentErasure:
    """The fragments with the removals applied, what each removal did (in the order of the rules,
    keyed by the entity's IRI), and the :func:`erasure_fingerprint` of it all."""

    fragments: list
    entities: dict
    fingerprint: str


def erasure_fingerprint(iris, names, surnames) -> str:
    """A hash of what a removal takes out of the graph: the entities and the names masked. A build
    whose fingerprint equals the previous build's needs no store loaded anew for its removals.

    >>> erasure_fingerprint(["urn:a"], ["A"], []) == erasure_fingerprint(("urn:a",), {"A"}, ())
    True
    """
    parts = [sorted(map(str, iris)), sorted(names), sorted(surnames)]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


def erased_iris(curation) -> list:
    """The entities ``curation`` removes, each once, in the order of its rules, after its merges (a
    removal of A merged into B removes B), as :func:`graph.curate.apply_curation` resolves them.

    >>> from graph.curate import parse_yaml_text
    >>> c = parse_yaml_text("merge:\\n  - {from: person/a, into: person/b}\\nsuppress:\\n  - {entity: person/a}\\n", "x.yaml")
    >>> [entity_key(iri) for iri in erased_iris(c)]
    ['person/b']
    """
    resolve = _merged_into(curation)
    return list(dict.fromkeys(resolve(erasure.iri) for erasure in curation.erasures))


def _merged_into(curation):
    merged_into: dict = {}
    for merge in curation.merges:
        merged_into[merge.old] = merged_into.get(merge.into, merge.into)
    return lambda iri: merged_into.get(iri, iri)


def erase_fragments(fragments, curation) -> FragmentErasure | None:
    """``fragments`` with the removals of ``curation`` applied, or None where curation must erase
    in the store (see the module's notes; the reason is logged)."""
    texts = {str(f.graph): f.text for f in fragments if f.text}
    iris = erased_iris(curation)
    scratch = _scratch(texts, iris)
    dataset = Dataset(store=OxigraphStore(store=scratch), default_union=True)
    found = [iri for iri in iris if is_typed(dataset, iri)]
    missing = [n for n, iri in enumerate(iris) if iri not in found]
    if missing and missing[0] < len(found):  # its warning would search a dataset that still holds later ones
        return _unable("a removal rule of an entity no document names precedes one that is found")
    if not found:
        return _unable("no entity to remove")
    searched = set().union(*(entity_names(dataset, iri) | entity_surnames(dataset, iri) for iri in found))
    if any(_unsafe_name(name) for name in searched):
        return _unable("a name that N-Quads escapes")
    _load(scratch, _masking_lines(texts, searched))
    before = set(scratch)
    entities, names, surnames, named_in = {}, set(), set(), set()
    for iri in found:  # as curation does it, one after the other
        dropped: list[str] = []
        relations: dict[str, int] = {}
        facts, own, own_surnames, naming = (fact_count(dataset, iri), entity_names(dataset, iri),
                                            entity_surnames(dataset, iri), documents_naming(dataset, iri))
        removed = erase_entity(dataset, iri, dropped, relations)
        entities[iri] = ErasedEntity(iri, facts, frozenset(own), frozenset(own_surnames), frozenset(naming),
                                     removed, tuple(dropped), tuple(sorted(relations.items())))
        names |= own
        surnames |= own_surnames
        named_in |= naming
    if not names | surnames <= searched:
        return _unable("names found only after a removal")
    masked_before = set(scratch)
    mask_names(dataset, name_pattern(names), name_pattern(surnames), named_in)
    after = set(scratch)
    gone, added = before - after, after - before
    masked = [(quad, new) for quad in masked_before - after for new in added
              if new.subject == quad.subject and new.predicate == quad.predicate and new.graph_name == quad.graph_name]
    reason = _order_matters(curation, set(found), gone | added, masked)
    if reason:
        return _unable(reason)
    fingerprint = erasure_fingerprint(found, names, surnames)
    lost_in, gained_in = _by_graph(gone), _by_graph(added)
    erased = []
    for fragment in fragments:
        graph = str(fragment.graph)
        lost, gained = lost_in.get(graph, set()), gained_in.get(graph, set())
        if not lost and not gained:
            erased.append(fragment)
            continue
        if b"_:" in fragment.text:
            return _unable(f"blank nodes in {graph}")
        quads = set(ox.parse(fragment.text, format=ox.RdfFormat.N_QUADS)) - lost | gained
        text = _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)) if quads else b""
        key = "erased-" + hashlib.sha256(f"{fragment.key}/{fingerprint}".encode()).hexdigest()[:24]
        erased.append(dataclasses.replace(fragment, key=key, text=text))
    log.info("removals applied to the fragments: %d entities, %d statements out, %d literals masked",
             len(entities), len(gone) - len(masked), len(masked))
    return FragmentErasure(erased, entities, fingerprint)


def _by_graph(quads) -> dict:
    grouped: dict = {}
    for quad in quads:
        grouped.setdefault(quad.graph_name.value, set()).add(quad)
    return grouped


def _unable(reason: str) -> None:
    log.info("removals are applied in the store: %s", reason)
    return None


def _unsafe_name(name: str) -> bool:
    """Whether ``name`` is written otherwise in N-Quads than in text (a quote mark, a backslash, a line break)."""
    return any(c in name for c in '"\\\n\r')


def _order_matters(curation, erased: set, changed: set, masked: list) -> str | None:
    """Why applying the removals first could give another graph than curation's order (merges, the
    removals, then the other rules, the masking last), or None."""
    resolve = _merged_into(curation)
    touched = {term.value for quad in changed for term in (quad.subject, quad.object) if isinstance(term, ox.NamedNode)}
    for merge in curation.merges:
        for iri in (merge.old, resolve(merge.into)):
            if iri in erased or str(iri) in touched:
                return f"a merge names {entity_key(iri)}, which the removal touches"
    subjects = {quad.subject.value for quad, _new in masked}
    named = [e.iri for e in curation.entities] + [a.iri for a in curation.aliases]
    named += [iri for rule in (*curation.facts, *curation.suppressions) for iri in (rule.subject, rule.object)]
    for iri in named:
        if str(resolve(iri)) in subjects:
            return f"a rule names {entity_key(iri)}, whose text the removal masks"
    for suppression in curation.suppressions:
        if suppression.quote:
            wanted = same_words(suppression.quote)
            if any((wanted in same_words(old.object.value)) != (wanted in same_words(new.object.value))
                   for old, new in masked):
                return "a suppression's quote is found otherwise in a masked quote"
    return None


def _scratch(texts: dict, iris) -> ox.Store:
    """A store in memory with the lines of ``texts`` (graph → N-Quads) that the removal of ``iris`` reads.

    The nodes of a document's statements (evidence, memberships) are described in that document's
    graph alone (:mod:`graph.document_writer`; the tenure graph, which links them across documents,
    is derived after curation): what is said of them is looked up in the graphs that name the
    entity and in the graphs that are no document's (entities, facts, reference), not in every document.
    """
    store, kept = ox.Store(), {}
    needles = [term_text(iri).encode() for iri in iris]
    lines = _lines_with(texts, needles)
    near = {graph: text for graph, text in texts.items()
            if not _is_document_graph(graph) or any(needle in text for needle in needles)}
    subjects = {line.split(b" ", 1)[0] for line in lines}
    lines |= _lines_with(near, [s + b" " for s in subjects], start=True, sorted_lines=kept)
    statements = {s for s, p, o in map(_terms, lines) if p == _TYPE and o in _STATEMENT_TYPES}
    nodes = {s for s, _p, o in map(_terms, lines) if o in needles and s in statements}
    nodes |= {o for s, p, o in map(_terms, lines) if s in needles and p == _HAS_ROLE and o.startswith(b"<")}
    naming = _lines_with(near, list(nodes))
    pointers = {line.split(b" ", 1)[0] for line in naming if line.split(b" ", 2)[1] == _MEMBERSHIP}
    lines |= naming | _lines_with(near, [p + b" " for p in pointers], start=True, sorted_lines=kept)
    _load(store, lines)
    return store


def _is_document_graph(graph: str) -> bool:
    """
    >>> from graph.vocab import ENTITIES_GRAPH
    >>> _is_document_graph(str(document_graph("a"))), _is_document_graph(str(ENTITIES_GRAPH))
    (True, False)
    """
    return graph.startswith(_DOCUMENT_GRAPHS)


def _masking_lines(texts: dict, names) -> set:
    """The lines of ``texts`` holding a literal the masking of ``names`` may change, with the
    statements of their subjects' classes (a title or label is masked only on a document: a
    document's class is in its own graph, an entity's in a graph that is no document's)."""
    if name_pattern(names) is None:
        return set()
    # every match of a name holds its last word as it is (N-Quads escapes no letter): a few lines more, never fewer
    last_words = {name.split()[-1].encode("utf-8") for name in names if name.split()}
    shared = {graph: text for graph, text in texts.items() if not _is_document_graph(graph)}
    found, kept = set(), {}
    for graph, text in texts.items():
        lines = {line for line in _lines_with({graph: text}, last_words) if any(b" " + p + b" " in line for p in _MASKED)}
        types = [line.split(b" ", 1)[0] + b" " + _TYPE + b" " for line in lines if b" " + _QUOTE + b" " not in line]
        found |= lines | _lines_with({graph: text, **shared}, types, start=True, sorted_lines=kept)
    return found


def _load(store: ox.Store, lines: set) -> None:
    data = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    if data:
        store.load(data, format=ox.RdfFormat.N_QUADS)


def _terms(line: bytes) -> tuple[bytes, bytes, bytes]:
    """Subject, predicate and the object's first word of an N-Quads line (enough for an IRI).

    >>> _terms(b'<a> <p> "x y" <g> .\\n')
    (b'<a>', b'<p>', b'"x')
    """
    subject, predicate, rest = line.split(b" ", 2)
    return subject, predicate, rest.split(b" ", 1)[0]


def _lines_with(texts: dict, needles, *, start: bool = False, sorted_lines: dict | None = None) -> set:
    """The lines of ``texts`` that hold one of ``needles`` (bytes); ``start``: that begin with one.

    Needles that begin alike (the IRIs of one document's evidence) are looked for only in a text
    that holds what they have in common; lines that begin with a needle are found by bisection in
    the text's lines, sorted (a fragment's already are: sorting them again is one pass), which
    ``sorted_lines`` (graph → lines) keeps for the next call.

    >>> sorted(_lines_with({"g": b"<a> <p> <b> .\\n<b> <p> <c> .\\n"}, [b"<b> "], start=True))
    [b'<b> <p> <c> .\\n']
    >>> sorted(_lines_with({"g": b"<a> <p> <b> .\\n<b> <p> <c> .\\n"}, [b"<b>"]))
    [b'<a> <p> <b> .\\n', b'<b> <p> <c> .\\n']
    """
    found: set = set()
    if not needles:
        return found
    if start:
        kept = {} if sorted_lines is None else sorted_lines
        for graph, text in texts.items():
            lines = kept.get(graph)
            if lines is None:
                lines = kept[graph] = sorted(text.splitlines(keepends=True))
            for needle in set(needles):
                at = bisect.bisect_left(lines, needle)
                while at < len(lines) and lines[at].startswith(needle):
                    found.add(lines[at])
                    at += 1
        return found
    alike: dict = {}
    for needle in set(needles):
        alike.setdefault(needle[:needle.rfind(b"/") + 1] or needle, []).append(needle)
    for text in texts.values():
        for common, group in alike.items():
            if common not in text:
                continue
            for needle in group:
                at = text.find(needle)
                while at >= 0:
                    begin = text.rfind(b"\n", 0, at) + 1
                    end = text.find(b"\n", at)
                    end = len(text) if end < 0 else end + 1
                    found.add(text[begin:end])
                    at = text.find(needle, end)
    return found


def _sorted_lines(nquads: bytes) -> bytes:
    from .assemble import _sorted_lines as sorted_lines

    return sorted_lines(nquads)


def erased_for_build(fragments, curation, previous: dict, previous_store: dict) -> FragmentErasure | None:
    """The removals of ``curation`` applied to a build's ``fragments`` where that leaves the store
    without any of their strings: the store is loaded anew anyway (no ``previous`` fragment index),
    or the previous build removed the same (``previous_store``: its manifest's ``store``, whose
    ``erasure`` is the :func:`erasure_fingerprint`). None: curation erases in the store, and the
    build loads a fresh one (a removal rule added or changed, names found anew).

    >>> from graph.curation_records import Curation
    >>> erased_for_build([], Curation(), {}, {}) is None
    True
    """
    if not curation.erasures or (previous and not previous_store.get("erasure")):
        return None  # a removal rule new to a graph that was built before: its strings are in the store
    done = erase_fragments(fragments, curation)
    if done is None or (previous and previous_store.get("erasure") != done.fingerprint):
        return None
    return done
