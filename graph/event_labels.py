"""The name a network shows for a meeting that has none of its own: "bestuurlijk overleg" is the lower-case
description a document gives it, so two such meetings, or one meeting on a path, read alike (walkthrough 47,
finding 15). In a projection (:func:`graph.project.to_networkx`), every node an entity's ``path``, ``viz``,
``rank`` or ``brokers`` show, such an event is named with its organisers where a text says who organised it
and the day of its first dated fact (its document's date, day-month-year as Dutch writes it):
"bestuurlijk overleg BZK (20-11-2026)". Only the node's ``label`` changes, never its IRI or the graph's
``skos:prefLabel`` (its identity); an event with a name of its own ("Stedentop 2024") keeps it.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("e", type="Event", label="bestuurlijk overleg")
>>> g.add_node("m", type="Ministry", label="BZK")
>>> g.add_node("p", type="Person", label="Anna de Vries")
>>> _ = g.add_edge("p", "e", key="participatesIn", evidence=[{"date": "2026-11-20"}, {"date": None}])
>>> _ = g.add_edge("m", "e", key="organised", evidence=[{"date": "2026-11-27", "predicate": "organised",
...                                                      "source": "m", "target": "e"}])
>>> label_events(g).nodes["e"]["label"]
'bestuurlijk overleg BZK (20-11-2026)'
"""

from __future__ import annotations

__all__ = ["label_events", "event_label"]

#: the relation that names who organised an event (its source)
ORGANISED = "organised"


def event_label(label: str, day: str | None, organisers: list[str]) -> str:
    """``label`` with its organisers and ``day`` (ISO), as :func:`label_events` shows an unnamed event.

    >>> event_label("bestuurlijk overleg", "2026-11-20", []), event_label("overleg", None, ["BZK", "G40"])
    ('bestuurlijk overleg (20-11-2026)', 'overleg BZK–G40')
    """
    shown = " ".join([label, "–".join(organisers)]) if organisers else label
    if day and len(day) >= 10:
        shown += f" ({day[8:10]}-{day[5:7]}-{day[:4]})"
    return shown


def label_events(graph):
    """``graph`` (a projection) with each event whose label begins in lower case (a description, not a
    name) named by :func:`event_label`: its organisers (the sources of its ``organised`` facts, by label)
    and the earliest date of the facts on its edges. Changes the nodes' ``label`` in place; returns ``graph``."""
    for node, data in graph.nodes(data=True):
        label = data.get("label") or ""
        if data.get("type") != "Event" or not label[:1].islower():
            continue
        days, organisers = [], set()
        for record in _records_at(graph, node):
            if record.get("date"):
                days.append(str(record["date"])[:10])
            if record.get("predicate") == ORGANISED and record.get("target") == node and record.get("source") in graph:
                organisers.add(graph.nodes[record["source"]].get("label") or record["source"])
        data["label"] = event_label(label, min(days) if days else None, sorted(organisers, key=str.lower))
    return graph


def _records_at(graph, node):
    """The evidence records on every edge at ``node``."""
    if graph.is_directed():
        edges = [*graph.in_edges(node, data=True), *graph.out_edges(node, data=True)]
    else:
        edges = list(graph.edges(node, data=True))
    return [record for *_, data in edges for record in data.get("evidence") or ()]
