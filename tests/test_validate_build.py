"""The real build of the bundled corpus conforms, and build refuses to write a graph that does not."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Graph

from graph.errors import ValidationFailed
from graph.validate import load_shapes, validate_dataset

EXTRA_SHAPE = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<urn:test:PersonNeedsMbox> a sh:NodeShape ; sh:targetClass g40:Person ;
    sh:property [ sh:path foaf:mbox ; sh:minCount 1 ; sh:message "persoon zonder e-mail"@nl , "person without e-mail"@en ] .
"""


def test_seed_build_conforms_without_warnings(seed_dataset):
    report = validate_dataset(seed_dataset)
    assert report.conforms, report.text("en")
    assert report.warnings == (), report.text("en")
    assert report.triples > 1000


def test_build_refuses_to_write_a_violating_graph(monkeypatch, seed_graph, tmp_path):
    from graph import validate as validate_module
    from graph.pipeline import build_graph, bundled_corpus

    target = tmp_path / "kg"
    shutil.copytree(seed_graph, target)
    before = (target / "graph.nq").read_bytes()
    strict = Graph()
    for triple in load_shapes():
        strict.add(triple)
    strict.parse(data=EXTRA_SHAPE, format="turtle")
    monkeypatch.setattr(validate_module, "load_shapes", lambda path=None: strict)
    with pytest.raises(ValidationFailed) as caught:
        build_graph([bundled_corpus()], target)
    report = caught.value.report
    assert not report.conforms
    assert {v.message_in("en") for v in report.violations} == {"person without e-mail"}
    assert str(report.violations[0]).startswith("g40id:person/")
    assert (target / "graph.nq").read_bytes() == before
