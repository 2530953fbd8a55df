"""Run the SHACL shapes (``ontology/shapes.ttl``) on a graph and return a report object.

The shapes are checked against the union of all named graphs, without inference by default:
the build states every class it needs, so ``inference="none"`` is both correct and fast
(see ``benchmarks/validate_speed.py``). Nothing is repaired here; the caller decides what to do
with a graph that does not conform (``build`` refuses to write it).

Examples
--------
>>> from rdflib import Graph
>>> report = validate_dataset(Graph())
>>> report.conforms, len(report.violations)
(True, 0)
>>> print(report.text(lang="en").splitlines()[0])
The graph conforms to the SHACL shapes (0 triples).

References
----------
W3C, "Shapes Constraint Language (SHACL)", 2017. https://www.w3.org/TR/shacl/
"""

from __future__ import annotations

import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from .errors import InputError
from .last_kept import last_kept
from .messages import get_language, msg
from .resources import ontology_path
from .vocab import PREFIXES

__all__ = ["Violation", "ValidationReport", "validate_dataset", "load_shapes", "union_graph", "short"]

log = logging.getLogger(__name__)

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

TEXTS = {
    "nl": {
        "conforms": "De graaf voldoet aan de SHACL-shapes ({triples} triples).",
        "fails": "De graaf voldoet NIET aan de SHACL-shapes ({triples} triples): {violations} schendingen, "
                 "{warnings} waarschuwingen.",
        "warnings_only": "{warnings} waarschuwingen (blokkeren niet):",
        "Violation": "schending",
        "Warning": "waarschuwing",
        "Info": "info",
        "path": "pad",
        "value": "waarde",
        "more": "… en nog {n}",
        "times": "{n}×",
    },
    "en": {
        "conforms": "The graph conforms to the SHACL shapes ({triples} triples).",
        "fails": "The graph does NOT conform to the SHACL shapes ({triples} triples): {violations} violations, "
                 "{warnings} warnings.",
        "warnings_only": "{warnings} warnings (not blocking):",
        "Violation": "violation",
        "Warning": "warning",
        "Info": "info",
        "path": "path",
        "value": "value",
        "more": "… and {n} more",
        "times": "{n}×",
    },
}


def short(node) -> str:
    """A node as ``prefix:local`` when a project prefix fits, else ``<iri>`` / ``"literal"``.

    >>> from graph.vocab import G40ID
    >>> short(G40ID["person/jan-jansen"])
    'g40id:person/jan-jansen'
    """
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        best = max(((p, str(ns)) for p, ns in PREFIXES.items() if text.startswith(str(ns))),
                   key=lambda item: len(item[1]), default=None)
        return f"{best[0]}:{text[len(best[1]):]}" if best else f"<{text}>"
    if isinstance(node, Literal):
        value = str(node)
        return repr(value if len(value) <= 60 else value[:57] + "...")
    return f"_:{node}"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, why, how bad.

    ``messages`` maps a language (``"nl"``, ``"en"``, or ``""`` for pySHACL's own untagged text)
    to the message; :attr:`message` picks the current language.
    """

    focus: str
    path: str | None
    severity: str
    shape: str
    value: str | None
    messages: tuple[tuple[str, str], ...]
    component: str = ""

    def message_in(self, lang: str) -> str:
        found = dict(self.messages)
        return found.get(lang) or found.get("") or found.get("en") or found.get("nl") or self.component

    @property
    def message(self) -> str:
        return self.message_in(get_language())

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        return f"{where}: {self.message}"

    def as_dict(self, lang: str = "nl") -> dict:
        return {"focus": self.focus, "path": self.path, "severity": self.severity, "message": self.message_in(lang),
                "value": self.value, "shape": self.shape, "component": self.component}


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_dataset`.

    ``conforms`` is false only when there is a result of severity ``Violation``;
    ``violations`` holds those, ``warnings`` the ``Warning``/``Info`` results.
    """

    conforms: bool
    violations: tuple[Violation, ...] = ()
    warnings: tuple[Violation, ...] = ()
    triples: int = 0
    seconds: float = 0.0
    inference: str = "none"

    @property
    def results(self) -> tuple[Violation, ...]:
        return self.violations + self.warnings

    def as_dict(self, lang: str = "nl") -> dict:
        return {
            "conforms": self.conforms,
            "triples": self.triples,
            "violations": [v.as_dict(lang) for v in self.violations],
            "warnings": [v.as_dict(lang) for v in self.warnings],
        }

    def text(self, lang: str | None = None, *, limit: int = 10) -> str:
        """A readable report: results grouped by message, at most ``limit`` nodes per group."""
        lang = lang if lang in TEXTS else get_language()
        texts = TEXTS[lang]
        lines = []
        if self.conforms:
            lines.append(texts["conforms"].format(triples=self.triples))
            if self.warnings:
                lines.append(texts["warnings_only"].format(warnings=len(self.warnings)))
        else:
            lines.append(texts["fails"].format(triples=self.triples, violations=len(self.violations),
                                               warnings=len(self.warnings)))
        for results in (self.violations, self.warnings):
            groups: dict[tuple[str, str], list[Violation]] = defaultdict(list)
            for result in results:
                groups[(result.severity, result.message_in(lang))].append(result)
            for (severity, message), members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][1])):
                lines.append("")
                lines.append(f"[{texts[severity]}] {message} ({texts['times'].format(n=len(members))})")
                for result in members[:limit]:
                    detail = f"  - {result.focus}"
                    if result.path:
                        detail += f"  {texts['path']} {result.path}"
                    if result.value:
                        detail += f"  {texts['value']} {result.value}"
                    lines.append(detail)
                if len(members) > limit:
                    lines.append("    " + texts["more"].format(n=len(members) - limit))
        return "\n".join(lines)


@lru_cache(maxsize=4)
def _parse_shapes(path: str) -> Graph:
    return Graph().parse(path, format="turtle")


def _distinct(items: list[Violation]) -> list[Violation]:
    """``items`` without repeats: results on the same node, path and value with the same message count
    once (a value that breaks a datatype and a range gives pySHACL a result per constraint component;
    the one kept is of the first component by name).

    >>> a = Violation("n", "p", "Violation", "s", "'x'", (("en", "bad"),), "DatatypeConstraintComponent")
    >>> b = Violation("n", "p", "Violation", "s", "'x'", (("en", "bad"),), "MinInclusiveConstraintComponent")
    >>> [v.component for v in _distinct([b, a])]
    ['DatatypeConstraintComponent']
    """
    kept: dict[tuple, Violation] = {}
    for item in sorted(items, key=lambda v: v.component):
        kept.setdefault((item.severity, item.focus, item.path, item.value, item.messages), item)
    return list(kept.values())


def first_line(error: BaseException) -> str:
    """The first line of ``error``'s message, or its type's name when it has none."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def load_shapes(path: Path | str | None = None) -> Graph:
    """The SHACL shapes graph (default: the packaged ``shapes.ttl``), parsed once per process."""
    path = Path(path) if path is not None else ontology_path("shapes.ttl")
    if not path.is_file():
        raise InputError(msg("no_shapes_file", path=path))
    try:
        return _parse_shapes(str(path.resolve()))
    except Exception as error:  # noqa: BLE001  rdflib raises many parser error types
        raise InputError(msg("shapes_unparsable", path=path, reason=first_line(error))) from None


def union_graph(dataset) -> Graph:
    """All triples of ``dataset`` (every named graph, or a plain Graph) as one Graph.

    A built graph on the Oxigraph engine holds each triple once (``OxigraphStore.partition``):
    its statements are read straight from Oxigraph, each IRI converted once, without the
    de-duplication rdflib's ``quads`` needs otherwise (10^6 triples: 21.9 → 15.2 s).
    """
    if not hasattr(dataset, "quads"):
        return dataset
    from .query import engine_of, query_rows

    if engine_of(dataset) == "endpoint":  # a SPARQL endpoint (--endpoint): its triples, in every graph
        from .vocab import PUSH_GRAPH

        union = Graph()  # but the completion graph of a push (graph.push_marker), which is no part of the graph
        text = f"SELECT ?s ?p ?o WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{PUSH_GRAPH}>) }} }}"
        for s, p, o in query_rows(dataset, text):  # within the command's --timeout
            union.add((s, p, o))  # SELECT: every endpoint answers it in a format rdflib reads
        return union
    union = Graph()
    store = dataset.store
    if getattr(store, "partition", False):
        import pyoxigraph as ox

        from .store import term

        add, converted = union.store.add, {}

        def node(value):
            known = converted.get(value)
            if known is None:
                known = converted[value] = term(value)
            return known

        for quad in store._inner.quads_for_pattern(None, None, None, None):
            obj = quad.object
            add((node(quad.subject), node(quad.predicate), term(obj) if isinstance(obj, ox.Literal) else node(obj)),
                union, quoted=False)
        return union
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate_dataset(dataset, *, shapes: Graph | Path | str | None = None, inference: str = "none") -> ValidationReport:
    """Check ``dataset`` (an rdflib Dataset or Graph) against the SHACL shapes.

    Parameters
    ----------
    dataset : rdflib.Dataset or rdflib.Graph
        Checked as the union of its named graphs (cross-graph references resolve).
    shapes : Graph or path, optional
        Shapes to use instead of the packaged ``ontology/shapes.ttl``.
    inference : {"none", "rdfs"}
        ``"rdfs"`` mixes in ``ontology/g40.ttl`` and runs RDFS inference first (slower; only
        needed for data that leaves classes implicit).

    Returns
    -------
    ValidationReport
        Frozen; ``conforms`` is false when any result has severity ``sh:Violation``.
    """
    import pyshacl

    if inference not in ("none", "rdfs"):
        raise InputError(f"unknown inference {inference!r}; choose none or rdfs")
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    started = time.perf_counter()
    data = union_graph(dataset)
    ontology = None
    if inference == "rdfs":
        ontology = Graph().parse(ontology_path("g40.ttl"), format="turtle")
    from .timeouts import within_command_deadline

    # pySHACL walks the graph in Python for as long as it takes (37 s at 10^6 triples): within the command's
    # --timeout like validate's own queries, where it ran unbounded
    _, results_graph, _ = within_command_deadline(lambda: pyshacl.validate(
        data,
        shacl_graph=_for_pyshacl(shapes_graph),  # a copy: pySHACL adds OWL/RDFS axioms to the graph it is given
        ont_graph=ontology,
        inference=inference,
        allow_warnings=True,
        abort_on_first=False,
        meta_shacl=False,
        advanced=False,
        inplace=inference == "none",  # no inference: the data graph is only read, so no copy
    ))
    if not isinstance(results_graph, Graph):  # pySHACL's ValidationFailure: the shapes themselves are broken
        raise InputError(f"SHACL: {results_graph}")
    violations, warnings = [], []
    items = [_result(results_graph, r, shapes_graph) for r in results_graph.objects(None, SH.result)]
    items.extend(_whole_graph_results(data, shapes_graph))  # top level only, not nested sh:detail results
    for item in _distinct(items):
        (violations if item.severity == "Violation" else warnings).append(item)
    order = lambda v: (v.message_in("en"), v.focus, v.path or "", v.value or "")  # noqa: E731
    violations.sort(key=order)
    warnings.sort(key=order)
    seconds = time.perf_counter() - started
    log.info("SHACL: %d triples, %d violations, %d warnings, %.2f s", len(data), len(violations), len(warnings), seconds)
    return ValidationReport(not violations, tuple(violations), tuple(warnings), len(data), seconds, inference)


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def _for_pyshacl(shapes: Graph) -> Graph:
    """A copy of ``shapes`` in which each property shape of a targeted node shape carries that
    shape's targets itself instead of hanging from it by ``sh:property``.

    The two say the same (SHACL 2.1: a node shape's property shapes apply to its focus nodes),
    and the results are the same (the source shape of such a result is the property shape either
    way), but pySHACL 0.40 checks a property shape reached by ``sh:property`` once for every
    focus node, building its constraints again each time, and a targeted one once for all of
    them: the spot check of 50 documents took 8.7 s, now a fraction of that (see the commit).
    A node shape that is closed, deactivated, a class, or used by another shape keeps its links.

    >>> from rdflib import Namespace
    >>> EX = Namespace("urn:ex:")
    >>> shapes = Graph()
    >>> prop = BNode()
    >>> for triple in [(EX.S, SH.targetClass, EX.C), (EX.S, SH.property, prop), (prop, SH.path, EX.p)]:
    ...     _ = shapes.add(triple)
    >>> flat = _for_pyshacl(shapes)
    >>> (flat.value(prop, SH.targetClass), (EX.S, SH.property, prop) in flat, len(shapes))
    (rdflib.term.URIRef('urn:ex:C'), False, 3)
    >>> _for_pyshacl(shapes) is not flat and set(_for_pyshacl(shapes)) == set(flat)  # a new copy each time
    True
    """
    # the packaged shapes are parsed once per process: every validation asks
    return _copy(last_kept(_KEPT_FLAT, shapes, lambda: _flattened(shapes), check=len(shapes)))


#: the last shapes graph of :func:`_for_pyshacl` and its flattened copy (:func:`graph.last_kept`)
_KEPT_FLAT: list = []


def _flattened(shapes: Graph) -> Graph:
    flat = _copy(shapes)
    for node_shape, prop in list(shapes.subject_objects(SH.property)):
        targets = [(predicate, target) for predicate in _TARGETS for target in shapes.objects(node_shape, predicate)]
        keeps_links = (shapes.value(node_shape, SH.closed) is not None or shapes.value(node_shape, SH.deactivated) is not None
                       or (node_shape, RDF.type, RDFS.Class) in shapes or (None, None, node_shape) in shapes)
        if not targets or keeps_links:
            continue
        for predicate, target in targets:
            flat.add((prop, predicate, target))
        flat.remove((node_shape, SH.property, prop))
    return flat


def _result(graph: Graph, node, shapes: Graph) -> Violation:
    def one(predicate):
        return graph.value(node, predicate)

    # pySHACL drops the language tag of SPARQL-constraint messages when it fills in {?var}s;
    # recover it by matching the text against the constraint's tagged templates.
    templates = [(m.language, _template(str(m))) for m in shapes.objects(one(SH.sourceConstraint), SH.message)
                 if isinstance(m, Literal) and m.language] if one(SH.sourceConstraint) is not None else []
    messages = {}
    for message in graph.objects(node, SH.resultMessage):
        lang = message.language if isinstance(message, Literal) and message.language else ""
        if not lang:
            lang = next((tag for tag, pattern in templates if pattern.fullmatch(str(message))), "")
        messages.setdefault(lang, str(message))
    path = one(SH.resultPath)
    value = one(SH.value)
    shape = one(SH.sourceShape)
    component = one(SH.sourceConstraintComponent)
    return Violation(
        focus=short(one(SH.focusNode)),
        path=short(path) if isinstance(path, URIRef) else (_path_text(graph, path) if path is not None else None),
        severity=SEVERITIES.get(one(SH.resultSeverity), "Violation"),
        shape=short(shape) if isinstance(shape, URIRef) else "",
        value=short(value) if value is not None else None,
        messages=tuple(sorted(messages.items())),
        component=short(component) if component is not None else "",
    )


SHAPES_NS = "https://w3id.org/g40kg/shapes#"
_SELECT = re.compile(r"(?is)^\s*SELECT\s+(?:DISTINCT\s+)?(?P<vars>.*?)\s+WHERE\s*\{(?P<body>.*)\}\s*$")


def standalone_shapes(path: Path | str | None = None) -> str:
    """The shapes (default: the packaged ``shapes.ttl``) as Turtle for another SHACL engine: the
    whole-graph SPARQL constraints active (no ``sh:deactivated``) and written as SHACL allows
    (``FILTER NOT EXISTS`` for the ``MINUS`` that makes them fast as one query), so that plain
    ``pyshacl -s`` checks everything ``g40kg validate`` checks, one focus node at a time (slower).

    >>> text = standalone_shapes()
    >>> "deactivated" in text, "MINUS" in text, "FILTER NOT EXISTS { ?st rdf:subject" in text
    (False, False, True)
    """
    shapes = Graph()
    for triple in load_shapes(path):
        shapes.add(triple)
    for constraint in list(shapes.subjects(URIRef(SHAPES_NS + "wholeGraph"), Literal(True))):
        shapes.remove((constraint, SH.deactivated, None))
        select = shapes.value(constraint, SH.select)
        if select is not None and "MINUS" in select:
            text = re.sub(r"^[ \t]*#.*\n", "", str(select), flags=re.M)  # the comment on why MINUS
            shapes.set((constraint, SH.select, Literal(text.replace("MINUS {", "FILTER NOT EXISTS {"))))
    for prefix, namespace in load_shapes(path).namespaces():
        shapes.bind(prefix, namespace, override=True)
    return shapes.serialize(format="turtle")


def _whole_graph_results(data: Graph, shapes: Graph) -> list[Violation]:
    """Run the SPARQL constraints marked ``g40sh:wholeGraph`` as one query each over ``data``.

    pySHACL runs a SPARQL constraint once per focus node, which costs seconds on 10^4 triples;
    here ``$this`` is bound by the shape's targets inside a single query. The constraints are
    ``sh:deactivated`` in the shapes file so that pySHACL skips them.
    """
    results = []
    run = _query_runner(data)
    marker = URIRef(SHAPES_NS + "wholeGraph")
    for constraint in shapes.subjects(marker, Literal(True)):
        for shape in shapes.subjects(SH.sparql, constraint):
            targets = _target_pattern(shapes, shape)
            match = _SELECT.match(str(shapes.value(constraint, SH.select)).replace("$this", "?this"))
            if not targets or not match:
                log.warning("whole-graph constraint of %s has no target or no SELECT; skipped", short(shape))
                continue
            prologue = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                               for prefixes in shapes.objects(constraint, SH.prefixes)
                               for d in shapes.objects(prefixes, SH.declare))
            query = f"{prologue}SELECT DISTINCT ?this ?path ?value WHERE {{ {targets} {{ {match['body']} }} }}"
            messages = tuple(sorted((m.language or "", str(m)) for m in shapes.objects(constraint, SH.message)))
            severity = SEVERITIES.get(shapes.value(shape, SH.severity), "Violation")
            for this, path, value in run(query):
                results.append(Violation(
                    focus=short(this), path=short(path) if path is not None else None,
                    severity=severity, shape=short(shape), value=short(value) if value is not None else None,
                    messages=messages, component="sh:SPARQLConstraintComponent"))
    return results


def _query_runner(data: Graph):
    """A function running a SELECT of ``?this ?path ?value`` on ``data``: Oxigraph when installed
    (milliseconds), else rdflib's own engine (seconds on 10^4 triples); each query within the running
    command's ``--timeout`` (:func:`graph.timeouts.within_command_deadline`)."""
    from .timeouts import within_command_deadline

    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        return lambda query: within_command_deadline(
            lambda: [(row.this, row.path, row.value) for row in data.query(query)])

    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)

    def term(node):
        if node is None:
            return None
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return BNode(node.value)
        return Literal(node.value)

    def run(query):
        return within_command_deadline(lambda: [(term(solution["this"]), term(solution["path"]), term(solution["value"]))
                                                for solution in store.query(query)])

    return run


def _target_pattern(shapes: Graph, shape) -> str:
    classes = " ".join(f"<{c}>" for c in shapes.objects(shape, SH.targetClass))
    predicates = " ".join(f"<{p}>" for p in shapes.objects(shape, SH.targetSubjectsOf))
    parts = []
    if classes:
        parts.append(f"{{ VALUES ?_class {{ {classes} }} ?this a ?_class }}")
    if predicates:
        parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?_p {{ {predicates} }} ?this ?_p ?_o }} }}")
    return " UNION ".join(parts)


def _template(message: str) -> re.Pattern:
    parts = re.split(r"\{[?$][A-Za-z_][A-Za-z0-9_]*\}", message)
    return re.compile("(?s)" + ".*?".join(re.escape(part) for part in parts))


def _path_text(graph: Graph, path) -> str:
    if isinstance(path, BNode):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return f"^{short(inverse)}"
    return short(path)
