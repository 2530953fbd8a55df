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


def test_a_rebuild_checks_the_changed_document_with_the_reference_facts_it_uses(monkeypatch, tmp_path):
    from graph import spotcheck
    from graph import validate as validate_module
    from graph.pipeline import build_graph
    from graph.vocab import G40, mint

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Tilburg werkt samen met het ministerie van OCW.", encoding="utf-8")
    build_graph([folder], tmp_path / "kg", workers=1)
    (folder / "b.txt").write_text("De gemeente Breda werkt samen met het ministerie van BZK.", encoding="utf-8")
    checked = []
    real = validate_module.validate_dataset
    monkeypatch.setattr(validate_module, "validate_dataset", lambda data, **kw: checked.append(data) or real(data, **kw))
    report = build_graph([folder], tmp_path / "kg", workers=1)

    assert report.validated == (1, 2, 1)
    assert len(checked) == 1, "the part of the reference graph sufficed; no second check with all of it"
    data = checked[0]
    breda, tilburg = mint("municipality", "gm0758"), mint("municipality", "gm0855")
    assert str(data.value(breda, G40.cbsCode)) == "GM0758"
    assert data.value(tilburg, G40.cbsCode) is None, "the unchanged document was not checked again"
    assert spotcheck.VALIDATION_SAMPLE == 50


CAPITALISED_THEME_SHAPE = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:test:ThemeCapitalised> a sh:NodeShape ; sh:targetClass g40:Theme ;
    sh:property [ sh:path skos:prefLabel ; sh:pattern "^[A-Z]" ; sh:message "thema met kleine letter"@nl , "theme in lower case"@en ] .
"""


def test_an_entity_whose_description_changed_is_checked_though_no_document_was_written(monkeypatch, tmp_path):
    from graph import spotcheck
    from graph import validate as validate_module
    from graph.pipeline import build_graph

    monkeypatch.setattr(spotcheck, "shapes_fingerprint", lambda shapes=None: "the same shapes")  # no spread of the rest
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("De taskforce werkt aan het thema human capital met Tilburg.", encoding="utf-8")
    (folder / "b.txt").write_text("Breda werkt aan het thema Human Capital.", encoding="utf-8")
    build_graph([folder], tmp_path / "kg", workers=1)
    before = (tmp_path / "kg" / "graph.nq").read_bytes()
    strict = Graph()
    for triple in load_shapes():
        strict.add(triple)
    strict.parse(data=CAPITALISED_THEME_SHAPE, format="turtle")
    monkeypatch.setattr(validate_module, "load_shapes", lambda path=None: strict)
    (folder / "b.txt").unlink()  # the theme's label falls back to a's "human capital"; no document graph is written

    with pytest.raises(ValidationFailed) as caught:
        build_graph([folder], tmp_path / "kg", workers=1)
    assert {v.message_in("en") for v in caught.value.report.violations} == {"theme in lower case"}
    assert str(caught.value.report.violations[0]).startswith("g40id:theme/human-capital")
    assert (tmp_path / "kg" / "graph.nq").read_bytes() == before
