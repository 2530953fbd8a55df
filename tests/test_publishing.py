"""Publishing the graph as linked data: the dataset description, export formats, data types."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD

from graph.gazetteer import load_gazetteer
from graph.reference import reference_triples
from graph.vocab import G40, G40ID


# ---------------------------------------------------------------- data types and vocabulary


def test_g40_member_since_is_a_date_or_absent_with_the_registers_note():
    triples = reference_triples(load_gazetteer())
    since = {s: o for s, p, o in triples if p == G40.g40MemberSince}
    notes = {s: o for s, p, o in triples if p == SKOS.note}
    assert {o.datatype for o in since.values()} == {XSD.date}, since
    assert since[G40ID["municipality/gm0484"]] == Literal("2014-11-20", datatype=XSD.date)  # Alphen aan den Rijn
    assert since[G40ID["municipality/gm0034"]] == Literal("2009-04-28", datatype=XSD.date)  # "2009-04-28 (Ortega-gemeenten)"
    alkmaar = G40ID["municipality/gm0361"]
    assert alkmaar not in since
    assert notes[alkmaar] == Literal("voor 2009 (een van de G27; geen datum in bron)", lang="nl")
    members = {s for s, p, o in triples if p == G40.g40Member}
    assert set(since) | set(notes) == members and not set(since) & set(notes)


def test_provinces_are_the_same_as_their_tooi_iri():
    triples = reference_triples(load_gazetteer())
    same = {s: o for s, p, o in triples if p == OWL.sameAs and "/province/" in s}
    assert len(same) == 12, same
    assert same[G40ID["province/pv22"]] == URIRef("https://identifier.overheid.nl/tooi/id/provincie/pv22")
