"""The ontology parses, documents every term in Dutch and English, and matches the Python namespace."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.resources import ontology_path
from graph.vocab import CORE_PREDICATES, ENTITY_TYPES, G40

ROOT = Path(__file__).resolve().parents[1]
NS = "https://w3id.org/g40kg/def#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("g40.ttl"), format="turtle")


def _declared(ontology: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {str(s)[len(NS):] for k in kinds for s in ontology.subjects(RDF.type, k) if str(s).startswith(NS)}


def test_every_term_has_dutch_and_english_label_and_comment(ontology):
    problems = []
    for name in sorted(_declared(ontology)):
        term = URIRef(NS + name)
        for predicate in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, predicate) if isinstance(o, Literal)}
            if not {"nl", "en"} <= langs:
                problems.append(f"{name} {predicate.fragment}: {sorted(map(str, langs))}")
    assert not problems, problems


def test_required_classes_and_properties_are_declared(ontology):
    declared = _declared(ontology)
    required = {
        "Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme",
        "Event", "Theme", "Document", "Role", "Membership", "Evidence", "NamePeriod",
        *CORE_PREDICATES, "mentions", "memberOf", "quote", "startOffset", "endOffset", "rule", "confidence",
        "roleLabel", "membership", "validFrom", "validUntil", "past", "curated", "cbsCode", "inProvince",
        "g40Member", "g40MemberSince", "namePeriod", "abbreviation", "unitKind", "programmeKind",
        "periodStart", "periodEnd", "dateInferred", "checksum",
    }
    assert required - declared == set()
    assert set(ENTITY_TYPES) <= declared


@pytest.mark.parametrize(
    "term, relation, parent",
    [
        ("Person", RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person"),
        ("Person", RDFS.subClassOf, "https://schema.org/Person"),
        ("Membership", RDFS.subClassOf, "http://www.w3.org/ns/org#Membership"),
        ("Organisation", RDFS.subClassOf, "http://www.w3.org/ns/org#Organization"),
        ("OrganisationalUnit", RDFS.subClassOf, "http://www.w3.org/ns/org#OrganizationalUnit"),
        ("Document", RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Document"),
        ("Document", RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
        ("Evidence", RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
        ("memberOf", RDFS.subPropertyOf, "http://www.w3.org/ns/org#memberOf"),
        ("hasRole", RDFS.subPropertyOf, "http://www.w3.org/ns/org#hasMembership"),
        ("mentions", RDFS.subPropertyOf, "https://schema.org/mentions"),
        ("collaboratesWith", RDF.type, "http://www.w3.org/2002/07/owl#SymmetricProperty"),
    ],
)
def test_reuse_of_standard_vocabularies(ontology, term, relation, parent):
    assert (URIRef(NS + term), relation, URIRef(parent)) in ontology


def test_generated_namespace_is_up_to_date():
    sys.path.insert(0, str(ROOT / "ontology"))
    try:
        import make_namespace
    finally:
        sys.path.pop(0)
    assert make_namespace.main(["--check"]) == 0, "run: python ontology/make_namespace.py"


def test_namespace_and_ontology_hold_the_same_terms(ontology):
    python_terms = set(G40.__annotations__)
    assert python_terms == _declared(ontology)


def test_namespace_is_strict():
    assert str(G40.hasRole) == NS + "hasRole"
    assert G40["collaboratesWith"] == URIRef(NS + "collaboratesWith")
    with pytest.raises(AttributeError):
        G40.colaboratesWith  # noqa: B018  (a typo must fail)


_USE = re.compile(r"\bG40(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*[\"']([A-Za-z0-9_]+)[\"']\s*\])|\bg40:([A-Za-z_][A-Za-z0-9_]*)")


def test_every_term_used_in_python_exists_in_the_ontology(ontology):
    declared = _declared(ontology)
    used = {}
    for folder in ("graph", "viz"):
        for path in (ROOT / folder).rglob("*.py"):
            for match in _USE.finditer(path.read_text(encoding="utf-8")):
                used.setdefault(match.group(1) or match.group(2) or match.group(3), path.relative_to(ROOT))
    missing = {name: str(where) for name, where in used.items() if name not in declared}
    assert not missing, f"g40 terms used in Python but not in ontology/g40.ttl: {missing}"


def test_every_sparql_query_term_exists_in_the_ontology(ontology):
    declared = _declared(ontology)
    missing = {}
    for path in ROOT.glob("ontology/queries/**/*.rq"):
        for name in re.findall(r"\bg40:([A-Za-z_][A-Za-z0-9_]*)", path.read_text(encoding="utf-8")):
            if name not in declared:
                missing[name] = path.name
    assert not missing, missing
