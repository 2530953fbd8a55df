"""SHACL shapes: they parse, accept the documented graph model and reject specific broken data."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SH, SKOS, XSD

from graph.resources import ontology_path
from graph.validate import validate_dataset
from graph.vocab import G40, G40ID, ORG

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shacl" / "valid.trig"
E_MENTION, E_COLLAB, E_PARTICIPATES, E_ROLE = (G40ID[f"evidence/doc-x/{n}"] for n in (1, 2, 3, 4))
ANNA = G40ID["person/anna-voorbeeld"]
UNIT = G40ID["unit/themagroep-voorbeeld"]
DOC = G40ID["document/doc-x"]
MVB = G40ID["ministry/mnre9999"]
CURATED = G40ID["curated/1"]
EXTRA = URIRef("https://w3id.org/g40kg/graph/test")


def valid() -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE, format="trig")
    return dataset


def remove(*pattern):
    def change(dataset):
        for quad in list(dataset.quads((*pattern, None))):
            dataset.remove(quad[:3])
    return change


def add(*triple):
    return lambda dataset: dataset.graph(EXTRA).add(triple)


def replace(subject, predicate, value):
    def change(dataset):
        remove(subject, predicate, None)(dataset)
        add(subject, predicate, value)(dataset)
    return change


def test_shapes_parse_and_declare_targets():
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    targeted = set(shapes.objects(None, SH.targetClass))
    for name in ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme",
                 "Event", "Theme", "Document", "Role", "Membership", "Evidence", "NamePeriod", "CuratedStatement"):
        assert G40[name] in targeted, name


def test_documented_model_conforms():
    report = validate_dataset(valid())
    assert report.conforms, report.text("en")
    assert report.violations == () and report.warnings == ()
    assert report.triples == 117


# (change, expected focus, expected path or None, words of the English message)
BROKEN = {
    "evidence without quote": (remove(E_COLLAB, G40.quote, None), "g40id:evidence/doc-x/2", "g40:quote", "non-empty quote"),
    "quote does not fit offsets": (replace(E_COLLAB, G40.endOffset, Literal(60)), "g40id:evidence/doc-x/2", "g40:quote",
                                   "quote's length does not match"),
    "start after end": (replace(E_COLLAB, G40.startOffset, Literal(70)), "g40id:evidence/doc-x/2", "g40:startOffset",
                        "smaller than g40:endOffset"),
    "confidence above 1": (replace(E_COLLAB, G40.confidence, Literal("1.5", datatype=XSD.decimal)),
                           "g40id:evidence/doc-x/2", "g40:confidence", "from 0 to 1"),
    "evidence without document": (remove(E_COLLAB, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None),
                                  "g40id:evidence/doc-x/2", "prov:wasDerivedFrom", "exactly one g40:Document"),
    "evidence without subject": (remove(E_COLLAB, RDF.subject, None), "g40id:evidence/doc-x/2", "rdf:subject",
                                 "exactly one rdf:subject"),
    "unknown predicate in evidence": (replace(E_COLLAB, RDF.predicate, URIRef("urn:x:likes")), "g40id:evidence/doc-x/2",
                                      "rdf:predicate", "core relation"),
    "fact without evidence": (remove(E_COLLAB, None, None), "g40id:unit/themagroep-voorbeeld", "g40:collaboratesWith",
                              "no evidence node"),
    "evidence without fact": (remove(None, G40.collaboratesWith, None), "g40id:evidence/doc-x/2", None,
                              "direct fact of this statement is missing"),
    "hasRole evidence without membership": (remove(E_ROLE, G40.membership, None), "g40id:evidence/doc-x/4", None,
                                            "needs g40:membership"),
    "membership without role": (remove(None, ORG.role, None), "g40id:membership/doc-x/1", "org:role",
                                "exactly one org:role"),
    "membership without member": (remove(None, ORG.member, None), "g40id:membership/doc-x/1", "org:member",
                                  "exactly one org:member"),
    "membership nobody holds": (remove(ANNA, G40.hasRole, None), "g40id:membership/doc-x/1", "^g40:hasRole",
                                "whose g40:hasRole points to it"),
    "document without identifier": (remove(DOC, DCTERMS.identifier, None), "g40id:document/doc-x", "dcterms:identifier",
                                    "exactly one dcterms:identifier"),
    "entity without prefLabel": (remove(ANNA, SKOS.prefLabel, None), "g40id:person/anna-voorbeeld", "skos:prefLabel",
                                 "non-empty skos:prefLabel"),
    "collaboration with a document": (add(MVB, G40.collaboratesWith, DOC), "g40id:ministry/mnre9999",
                                      "g40:collaboratesWith", "links two actors"),
    "organisation holding a role": (add(G40ID["organisation/vbo"], G40.memberOf, UNIT), "g40id:organisation/vbo", None,
                                    "is a g40:Person"),
    "unknown programme kind": (replace(G40ID["programme/city-deal-voorbeeld"], G40.programmeKind, Literal("festival")),
                               "g40id:programme/city-deal-voorbeeld", "g40:programmeKind", "one of citydeal"),
    "bad CBS code": (replace(G40ID["municipality/gm9999"], G40.cbsCode, Literal("9999")), "g40id:municipality/gm9999",
                     "g40:cbsCode", "shaped GM0000"),
    "bad date": (replace(E_COLLAB, G40.validFrom, Literal("vorig jaar")), "g40id:evidence/doc-x/2", "g40:validFrom",
                 "ISO date"),
    "person as part of a unit": (add(ANNA, G40.partOf, UNIT), "g40id:person/anna-voorbeeld", "g40:partOf",
                                 "subject of g40:partOf and g40:ledBy"),
    "mention of a role": (add(DOC, G40.mentions, G40ID["role/trekker"]), "g40id:document/doc-x", "g40:mentions",
                          "points to an entity"),
    "membership from nowhere": (remove(G40ID["membership/doc-x/1"], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
                                       None), "g40id:membership/doc-x/1", None, "comes from a document"),
    "role held in a document": (replace(G40ID["membership/doc-x/1"], ORG.organization, DOC), "g40id:membership/doc-x/1",
                                "org:organization", "organisation, unit, programme or theme"),
    "curated statement with a quote": (add(CURATED, G40.quote, Literal("x")), "g40id:curated/1", "g40:quote",
                                       "has no quote"),
    "two portfolios on one statement": (lambda ds: [ds.graph(EXTRA).add((E_ROLE, G40.portfolio, Literal(word)))
                                                     for word in ("Wonen", "Zorg")],
                                        "g40id:evidence/doc-x/4", "g40:portfolio", "at most one non-empty text"),
    "two portfolios on one membership": (lambda ds: [ds.graph(EXTRA).add((G40ID["membership/doc-x/1"], G40.portfolio,
                                                                          Literal(word))) for word in ("Wonen", "Zorg")],
                                         "g40id:membership/doc-x/1", "g40:portfolio", "at most one non-empty text"),
    "curated statement without source": (remove(CURATED, DCTERMS.source, None), "g40id:curated/1", "dcterms:source",
                                         "names its curation file"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_data_violates_the_expected_shape(case):
    change, focus, path, words = BROKEN[case]
    dataset = valid()
    change(dataset)
    report = validate_dataset(dataset)
    assert not report.conforms, f"{case}: expected a violation"
    found = [(v.focus, v.path, v.message_in("en")) for v in report.violations]
    assert any(f == focus and p == path and words in m for f, p, m in found), found


def test_second_preflabel_is_only_a_warning():
    dataset = valid()
    add(ANNA, SKOS.prefLabel, Literal("A. Voorbeeld"))(dataset)
    report = validate_dataset(dataset)
    assert report.conforms
    assert [(w.focus, w.severity) for w in report.warnings] == [("g40id:person/anna-voorbeeld", "Warning")]


def test_messages_in_dutch_and_english():
    dataset = valid()
    remove(E_COLLAB, None, None)(dataset)
    (violation,) = validate_dataset(dataset).violations
    assert violation.message_in("nl") == "dit feit heeft geen bewijsknoop en geen gecureerde bewering"
    assert violation.message_in("en") == "this fact has no evidence node and no curated statement"
    assert violation.value == "g40id:ministry/mnre9999"


def test_rdfs_inference_gives_the_same_verdict():
    assert validate_dataset(valid(), inference="rdfs").conforms
