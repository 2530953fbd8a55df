"""A private copy of a query rdflib translated, for one run: kept queries are shared, copies are not.

rdflib evaluates an expression by setting the context on the expression's node while it runs
(``Expr.eval`` sets ``self.ctx``, then ``None``), so two threads running one translated query at
the same time read each other's bindings. A query kept for reuse (:mod:`graph.rdflib_sparql`,
:mod:`graph.rdflib_questions`) is therefore run as a copy of its nodes (the dicts and lists rdflib
builds, and what it set on them as attributes); terms, triples and variable sets are shared, which
evaluation only reads. A copy of who-does-what's 1,000 nodes takes about 1 ms; parsing it 0.35 s.

A copy may put other rows into the inline ``VALUES`` parts of the query (``values`` nodes, whose
``res`` is a list of dicts variable → term, ``"UNDEF"`` for none): :func:`private_copy`.

>>> from rdflib import URIRef, Variable
>>> from rdflib.plugins.sparql import prepareQuery
>>> kept = prepareQuery("SELECT ?x WHERE { VALUES (?x) { (<urn:placeholder>) } }")
>>> placeholder = [{Variable("x"): URIRef("urn:placeholder")}]
>>> copy, replaced = private_copy(kept, placeholder, [{Variable("x"): URIRef("urn:a")}])
>>> replaced, _values(copy.algebra), _values(kept.algebra)
(1, [[{rdflib.term.Variable('x'): rdflib.term.URIRef('urn:a')}]], [[{rdflib.term.Variable('x'): rdflib.term.URIRef('urn:placeholder')}]])
"""

from __future__ import annotations

from collections import OrderedDict
from types import MethodType

from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query

__all__ = ["private_copy"]


def private_copy(query: Query, placeholder: list | None = None, rows: list | None = None) -> tuple[Query, int]:
    """A copy of the translated ``query`` that shares no node rdflib writes to while running it, and
    the number of its ``values`` parts whose rows were ``placeholder`` and are ``rows`` in the copy
    (each row a dict variable → term; none are replaced without a ``placeholder``)."""
    replaced = [0]
    copies: dict[int, object] = {}

    def copied(node):
        if not isinstance(node, (dict, list)):
            return node  # terms, triples (tuples), variable sets, text: read only
        if id(node) in copies:  # a node reached twice stays one node
            return copies[id(node)]
        if isinstance(node, list):
            copies[id(node)] = made = []
            made.extend(copied(item) for item in node)
            return made
        if not isinstance(node, CompValue):
            copies[id(node)] = made = {}
            made.update((key, copied(value)) for key, value in node.items())
            return made
        made = node.__class__.__new__(node.__class__)
        copies[id(node)] = made
        OrderedDict.__init__(made)
        if placeholder is not None and node.name == "values" and OrderedDict.get(node, "res") == placeholder:
            replaced[0] += 1
            items = {**node, "res": [dict(row) for row in rows]}
        else:
            items = node
        for key, value in items.items():
            OrderedDict.__setitem__(made, key, copied(value))
        for key, value in vars(node).items():  # name, and what rdflib set as attributes
            setattr(made, key, copied(value))
        if getattr(node, "_evalfn", None) is not None:  # an expression: evaluated on its copy
            made._evalfn = MethodType(node._evalfn.__func__, made)
        return made

    copy = Query(query.prologue, copied(query.algebra))
    if hasattr(query, "_original_args"):
        copy._original_args = query._original_args
    return copy, replaced[0]


def _values(node) -> list:
    """The ``res`` of every ``values`` part under ``node``, in the order they are found (for the examples)."""
    found = []
    if isinstance(node, CompValue) and node.name == "values":
        found.append(OrderedDict.get(node, "res"))
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        found.extend(_values(child))
    return found
