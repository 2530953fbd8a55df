"""Leaving an organisation ends the leaver's earlier terms there (walkthrough 27, finding 2).

"Jan Kok verlaat per 1 september 2025 het ministerie van IenW" says Jan Kok's affiliation with IenW
ends on 31 August 2025 (an affiliation said to be over, ``past``, with the end the text gives; "vertrekt
per 1 juni bij" gives an end and no start: :data:`DEPARTURES`, read as over). An
attendance list of May ("Aanwezig: Jan Kok (ministerie van IenW)") made an affiliation with no end,
and a letter of 2024 ("Jan Kok, directeur Wegen") a role there: both are the job he leaves, and they
end with it. So each affiliation with a stated end (:data:`graph.tenure.AFFILIATION`, ``past``, an end)
closes the same person's open affiliations and roles in the same body (open, or dated by their document
only) that start on or before that end: their inferred end is the departure's. A term that starts after
it (he came back, or it is a later job) stays; so does a term with an end of its own; another person's
and another body's are not his.

Examples
--------
>>> from graph.tenure import AFFILIATION, Term
>>> departure_ends([Term("a1", "p/jan", "m/ienw", AFFILIATION, "2025-05-22", None, False),
...                 Term("a2", "p/jan", "m/ienw", AFFILIATION, "2025-09-01", "2025-08-31", True)],
...                [Term("r1", "p/jan", "m/ienw", "directeur", "2024-10-15", "2024-10-15", False, True)])
[('a1', '2025-08-31', 'a2'), ('r1', '2025-08-31', 'a2')]

A later term, a term with its own end, another holder's and another body's stay:

>>> departure_ends([Term("a1", "p/jan", "m/ienw", AFFILIATION, "2025-10-01", None, False),
...                 Term("a2", "p/jan", "m/ienw", AFFILIATION, "2025-09-01", "2025-08-31", True),
...                 Term("a3", "p/eva", "m/ienw", AFFILIATION, "2025-05-22", None, False),
...                 Term("a4", "p/jan", "m/bzk", AFFILIATION, "2025-05-22", None, False)],
...                [Term("r1", "p/jan", "m/ienw", "directeur", "2020-01-01", "2022-12-31", False)])
[]
"""

from __future__ import annotations

import pyoxigraph as ox

__all__ = ["departure_ends", "departures", "DEPARTURES"]

_ASKED = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX g40: <https://w3id.org/g40kg/def#>
SELECT DISTINCT ?ev ?holder ?body WHERE {%s
  ?ev rdf:predicate g40:affiliatedWith ; rdf:subject ?holder ; rdf:object ?body ; g40:validUntil ?until .
  OPTIONAL { ?ev g40:past ?past } OPTIONAL { ?ev g40:validFrom ?from }
  FILTER(isIRI(?ev) && isIRI(?holder) && isIRI(?body) && (!BOUND(?from) || (BOUND(?past) && str(?past) = "true")))
}"""
#: the departures: affiliations with an end the text gives, said to be over ("verliet", "verlaat per D") or
#: with no start ("vertrekt per 1 juni bij"; a year report's has its period), few per build: their evidence,
#: holder and body (:func:`graph.tenure.affiliation_terms` reads the affiliations of those holders and bodies)
DEPARTURES = _ASKED % ""
#: :func:`departures` names the evidence with an end in the query while they are at most this many (beyond,
#: Oxigraph's plan for the ``VALUES`` list is no faster than the query's own: 10,000 documents, 5,000 names 0.64 s)
MAX_NAMED = 1000
_VALID_UNTIL = ox.NamedNode("https://w3id.org/g40kg/def#validUntil")


def departures(store: ox.Store) -> dict[str, tuple[str, str]]:
    """The evidence of each departure in any graph of ``store`` (:data:`DEPARTURES`) → its holder and body.

    The query alone reads the evidence of every affiliation first (10,000 documents: 12,000 of them,
    0.6 s of a rebuild). A departure has an end (``g40:validUntil``), and few evidence nodes have one (there:
    15), so those are looked up first and the query asks about them alone (``VALUES``: 4 ms); the same rows.

    >>> store = ox.Store()
    >>> def said(ev, *pairs):
    ...     for predicate, value in pairs:
    ...         store.add(ox.Quad(ox.NamedNode("https://e.org/" + ev), ox.NamedNode(predicate), value,
    ...                           ox.NamedNode("https://e.org/doc")))
    >>> RDF, G40 = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://w3id.org/g40kg/def#"
    >>> ends = ((G40 + "validUntil", ox.Literal("2025-08-31")),)
    >>> said("a1", (RDF + "predicate", ox.NamedNode(G40 + "affiliatedWith")), (RDF + "subject", ox.NamedNode("https://e.org/jan")),
    ...      (RDF + "object", ox.NamedNode("https://e.org/ienw")), *ends)
    >>> said("r1", (RDF + "predicate", ox.NamedNode(G40 + "hasRole")), (RDF + "subject", ox.NamedNode("https://e.org/jan")),
    ...      (RDF + "object", ox.NamedNode("https://e.org/ienw")), *ends)
    >>> departures(store)
    {'https://e.org/a1': ('https://e.org/jan', 'https://e.org/ienw')}
    """
    ended = sorted({quad.subject.value for quad in store.quads_for_pattern(None, _VALID_UNTIL, None, None)
                    if isinstance(quad.subject, ox.NamedNode)})  # the query keeps IRIs only (isIRI(?ev))
    if not ended:
        return {}
    query = _ASKED % ("\n  VALUES ?ev { %s }" % " ".join(f"<{iri}>" for iri in ended)) if len(ended) <= MAX_NAMED \
        else DEPARTURES
    return {row["ev"].value: (row["holder"].value, row["body"].value)
            for row in store.query(query, use_default_graph_as_union=True)}


def departure_ends(affiliations, terms) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence of the departure) of each open affiliation of ``affiliations`` and each
    open role of ``terms`` (:class:`graph.tenure.Term`) that the same holder's departure from the same
    body ends (see the module)."""
    from .tenure import AFFILIATION, CONTACT, PARTICIPATION, SUCCESSION

    departures: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for term in affiliations:
        if term.office == AFFILIATION and term.past and term.end:
            departures.setdefault((term.holder, term.body), []).append((term.end[:10], term.evidence))
    if not departures:
        return []
    ends = []
    for term in [*affiliations, *terms]:
        if term.office in (PARTICIPATION, SUCCESSION, CONTACT) or term.past or not term.start:
            continue
        if not (term.end is None or term.reported):
            continue
        later = sorted(d for d in departures.get((term.holder, term.body), ()) if d[0] >= term.start[:10])
        if later:
            ends.append((term.evidence, *later[0]))
    return sorted(set(ends))
