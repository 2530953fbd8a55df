"""rdflib's SPARQL engine where it departs from the standard, corrected (imported by :mod:`graph.query`).

rdflib answers a ``GROUP BY`` over no solutions with one group that binds nothing; SPARQL 1.1
(§18.5, *Group*) has no groups then, and Oxigraph answers with no rows. Only an aggregate
*without* ``GROUP BY`` makes its one group of nothing (``COUNT(*)`` is 0). A row that binds
nothing is otherwise a real answer (``OPTIONAL`` that found nothing), so the phantom cannot be
told apart afterwards: the aggregation itself is replaced, by :func:`install`.

>>> from rdflib import Graph
>>> install()
>>> len(Graph().query("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?x"))
0
>>> [int(row.n) for row in Graph().query("SELECT (COUNT(*) AS ?n) WHERE { ?x ?p ?o }")]
[0]
"""

from __future__ import annotations

import rdflib.plugins.sparql.evaluate as evaluate
from rdflib.plugins.sparql.aggregates import Aggregator
from rdflib.plugins.sparql.evalutils import _eval
from rdflib.plugins.sparql.sparql import FrozenBindings


def aggregate_join(ctx, aggregation):
    """The solutions of ``aggregation`` (rdflib's ``AggregateJoin`` over a ``Group``): one per group
    of the rows it groups, keyed by its ``GROUP BY`` expressions; one in all without them."""
    keys = aggregation.p.expr
    groups: dict = {}
    for row in evaluate.evalPart(ctx, aggregation.p):
        key = True if keys is None else tuple(_eval(expression, row, False) for expression in keys)
        if key not in groups:
            groups[key] = Aggregator(aggregations=aggregation.A)
        groups[key].update(row)
    if keys is None and not groups:
        groups[True] = Aggregator(aggregations=aggregation.A)
    for aggregator in groups.values():
        yield FrozenBindings(ctx, aggregator.get_bindings())



def install() -> None:
    """Make rdflib's SPARQL engine aggregate with :func:`aggregate_join` (idempotent)."""
    evaluate.evalAggregateJoin = aggregate_join
