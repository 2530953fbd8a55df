"""Blank nodes as stable IRIs for a push: the same graph gives the same IRIs, push after push.

A blank node label only means the same node within one request, so a server that is sent
``_:b <p> <o>`` twice holds two nodes. Where a push replaces a named graph that does no harm, but
the default graph's union is taken out triple by triple (``DELETE { ?s ?p ?o } WHERE { GRAPH ?g
{ ?s ?p ?o } }``), which cannot match a blank node of another request: before round 47 a second
``push --update-url`` that replaced the union (``--full``, or a changed triple with a blank node)
left each blank-node triple twice in the default graph (walkthrough 18).

A push therefore sends each blank node as a *skolem IRI* (RDF 1.1 Concepts, section 3.5) under
:data:`GENID` (``https://w3id.org/g40kg/id/.well-known/genid/``) followed by a hash of what the file
says about the node: the sorted statements it is part of (with graph), itself written ``_:self`` and
other blank nodes ``_:``. N-Quads labels are the file's, so a node keeps one IRI in every graph it is
in and in the default graph's union. Nodes that the file describes alike get a number after the hash
in the order of their labels. A build writes no blank nodes (:mod:`graph.build`); a graph saved by
other means may hold them (``g40kg.save_dataset``).

Examples
--------
>>> graphs = {"urn:g": [b"<urn:m> <urn:p> _:x .", b'_:x <urn:a> "EZK" .']}
>>> sent = skolemised(graphs)
>>> sent == skolemised({"urn:g": [b"<urn:m> <urn:p> _:other .", b'_:other <urn:a> "EZK" .']})
True
>>> sent["urn:g"][0].startswith(b"<urn:m> <urn:p> <https://w3id.org/g40kg/id/.well-known/genid/")
True
>>> skolemised({"urn:g": [b'<urn:m> <urn:p> "_:x" .']})
{'urn:g': [b'<urn:m> <urn:p> "_:x" .']}
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from .vocab import G40ID

__all__ = ["skolemised", "GENID"]

#: where a push's skolem IRIs begin (the graph's own identifiers, RFC 8615's well-known name)
GENID = f"{G40ID}.well-known/genid/"


def _terms(line: bytes) -> tuple[bytes, bytes, bytes]:
    """Subject, predicate and object of an N-Triples line ``S P O .`` (a predicate is never a blank node).

    >>> _terms(b'_:a <urn:p> "x y" .')
    (b'_:a', b'<urn:p>', b'"x y"')
    """
    subject, predicate, rest = line.split(b" ", 2)
    return subject, predicate, rest.rstrip()[:-1].rstrip()


def skolemised(graphs: dict[str | None, list[bytes]]) -> dict[str | None, list[bytes]]:
    """``graphs`` (N-Triples lines per graph, as :func:`graph.push.read_graphs` gives them) with each
    blank node written as its skolem IRI (see the module docstring); a graph without blank nodes is
    handed back as it is."""
    found: dict[bytes, list[tuple[str, bytes, bytes, bytes]]] = defaultdict(list)
    for graph, lines in graphs.items():
        for line in lines:
            if b"_:" not in line:
                continue
            subject, predicate, obj = _terms(line)
            for term in {subject, obj}:
                if term.startswith(b"_:"):
                    found[term].append((graph or "", subject, predicate, obj))
    if not found:
        return graphs
    names = _names(found)
    result = {}
    for graph, lines in graphs.items():
        if not any(b"_:" in line for line in lines):
            result[graph] = lines
            continue
        out = []
        for line in lines:
            subject, predicate, obj = _terms(line) if b"_:" in line else (None, None, None)
            if subject is None or not (subject.startswith(b"_:") or obj.startswith(b"_:")):
                out.append(line)
                continue
            out.append(b" ".join((names.get(subject, subject), predicate, names.get(obj, obj), b".")))
        result[graph] = out
    return result


def _names(found: dict[bytes, list[tuple]]) -> dict[bytes, bytes]:
    """The skolem IRI (``<…>``) of each blank node label in ``found`` (its statements)."""
    def written(term: bytes, label: bytes) -> bytes:
        return b"_:self" if term == label else b"_:" if term.startswith(b"_:") else term

    by_hash: dict[str, list[bytes]] = defaultdict(list)
    for label, statements in found.items():
        description = sorted(b" ".join((graph.encode("utf-8"), written(s, label), p, written(o, label)))
                             for graph, s, p, o in statements)
        by_hash[hashlib.blake2b(b"\n".join(description), digest_size=16).hexdigest()].append(label)
    names = {}
    for digest, labels in by_hash.items():
        for number, label in enumerate(sorted(labels)):
            suffix = f"-{number}" if number else ""
            names[label] = f"<{GENID}{digest}{suffix}>".encode("utf-8")
    return names
