"""Publishing the graph as linked data: the dataset description, export formats, data types."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD

from pathlib import Path

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


# ---------------------------------------------------------------- the dataset description

import json  # noqa: E402
import re  # noqa: E402

import pyoxigraph as ox  # noqa: E402
import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from graph import __version__  # noqa: E402
from graph.cli import cli  # noqa: E402

ROOT_ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
_VOID, _DCT, _PROV = "http://rdfs.org/ns/void#", "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#"
_DATASET = "https://w3id.org/g40kg/id/dataset"
_NEWS = ("Breda en Tilburg werken samen met het ministerie van EZK aan het programma Ruimte voor Economie. "
         "Jan de Vries is voorzitter van de themagroep Wonen.")


@pytest.fixture
def corpus(tmp_path):
    """Two small documents, one with a date in its metadata."""
    return _write_corpus(tmp_path / "docs")


def _write_corpus(folder):
    folder.mkdir()
    (folder / "nieuws.txt").write_text(_NEWS, encoding="utf-8")
    (folder / "nieuws.meta.json").write_text(json.dumps({"date": "2024-05-01"}), encoding="utf-8")
    (folder / "verslag.txt").write_text("Arnhem en Nijmegen werken samen met de VNG.", encoding="utf-8")
    return folder


def _build(runner, graph, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "build", *map(str, args), "--format", "json"])
    assert result.exit_code == 0, result.output
    return result


def _dataset_graph(graph) -> dict:
    """Predicate → sorted objects (N-Triples text) of g40id:dataset, from graph.nq's g40g:dataset graph."""
    described: dict = {}
    for quad in ox.parse(path=str(graph / "graph.nq"), format=ox.RdfFormat.N_QUADS):
        if quad.subject == ox.NamedNode(_DATASET):
            described.setdefault(quad.predicate.value, []).append((str(quad.object), quad.graph_name.value))
    return {p: sorted(objects) for p, objects in described.items()}


def test_every_build_describes_its_dataset(built):
    graph = built
    dataset = _dataset_graph(graph)
    in_graph = "https://w3id.org/g40kg/graph/dataset"
    assert dataset["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"] == [
        ("<http://rdfs.org/ns/void#Dataset>", in_graph), ("<http://www.w3.org/ns/dcat#Dataset>", in_graph)]
    assert dataset[_DCT + "title"] == [('"Kennisgraaf van het G40-stedennetwerk"@nl', in_graph),
                                       ('"Knowledge graph of the G40 city network"@en', in_graph)]
    assert [lang for text, _g in dataset[_DCT + "description"] for lang in [text.rsplit("@", 1)[1]]] == ["en", "nl"]
    assert dataset[_DCT + "modified"] == [('"2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date>', in_graph)]
    # one source per document, kept in the document's own graph (built once per document)
    assert dataset[_DCT + "source"] == [
        ("<https://w3id.org/g40kg/id/document/nieuws>", "https://w3id.org/g40kg/graph/document/nieuws"),
        ("<https://w3id.org/g40kg/id/document/verslag>", "https://w3id.org/g40kg/graph/document/verslag")]
    assert ("<https://w3id.org/g40kg/def>", in_graph) in dataset[_VOID + "vocabulary"]
    assert _DCT + "license" not in dataset  # no licence claimed without --license
    assert _VOID + "sparqlEndpoint" not in dataset
    lines = (graph / "graph.nq").read_bytes().count(b"\n")
    assert dataset[_VOID + "triples"] == [(f'"{lines}"^^<http://www.w3.org/2001/XMLSchema#integer>', in_graph)]
    manifest = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["triples"] == lines and manifest["license"] is None
    # provenance: the build, associated with g40kg at its version
    nq = (graph / "graph.nq").read_text(encoding="utf-8")
    agent = f"<https://w3id.org/g40kg/id/software/g40kg/{__version__}>"
    for line in (f"<{_DATASET}> <{_PROV}wasGeneratedBy> <{_DATASET}/build> <{in_graph}> .",
                 f"<{_DATASET}/build> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_PROV}Activity> <{in_graph}> .",
                 f"<{_DATASET}/build> <{_PROV}wasAssociatedWith> {agent} <{in_graph}> .",
                 f"{agent} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_PROV}SoftwareAgent> <{in_graph}> .",
                 f'{agent} <https://schema.org/softwareVersion> "{__version__}" <{in_graph}> .'):
        assert line in nq.splitlines(), line


def test_the_class_partitions_count_what_the_store_holds(built):
    from graph.dataset import class_counts

    graph = built
    store = ox.Store()
    store.load(path=str(graph / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    counted = class_counts(store)
    written = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(_VOID + "entities"), None, None):
        if quad.subject.value.startswith(_DATASET + "/class/"):
            written[quad.subject.value.rsplit("/", 1)[1]] = int(quad.object.value)
    assert written == counted and counted["Document"] == 2 and counted["Municipality"] == 605, (written, counted)
    total = next(store.quads_for_pattern(ox.NamedNode(_DATASET), ox.NamedNode(_VOID + "entities"), None, None))
    assert int(total.object.value) == sum(counted.values())


def test_a_rebuild_of_the_same_files_is_byte_identical(runner, corpus, tmp_path):
    _build(runner, tmp_path / "a", corpus)
    _build(runner, tmp_path / "b", corpus)
    first = (tmp_path / "a" / "graph.nq").read_bytes()
    assert (tmp_path / "b" / "graph.nq").read_bytes() == first
    _build(runner, tmp_path / "a", corpus)  # the same graph again (a patch of the previous store)
    assert (tmp_path / "a" / "graph.nq").read_bytes() == first


def test_license_is_claimed_remembered_and_withdrawn(runner, corpus, tmp_path):
    graph, cc_by = tmp_path / "kg", "https://creativecommons.org/licenses/by/4.0/"
    _build(runner, graph, corpus, "--license", cc_by)
    assert _dataset_graph(graph)[_DCT + "license"] == [(f"<{cc_by}>", "https://w3id.org/g40kg/graph/dataset")]
    _build(runner, graph, corpus)  # remembered, like --curated
    assert _dataset_graph(graph)[_DCT + "license"] == [(f"<{cc_by}>", "https://w3id.org/g40kg/graph/dataset")]
    assert json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["license"] == cc_by
    _build(runner, graph, corpus, "--license", "-")
    assert _DCT + "license" not in _dataset_graph(graph)


@pytest.mark.parametrize("lang, message", [
    ("nl", "Fout: Ongeldige waarde voor '--license': 'CC0' is geen IRI; geef de licentie als IRI, bijvoorbeeld "
           "https://creativecommons.org/licenses/by/4.0/ (of '-': geen licentie)"),
    ("en", "Error: Invalid value for '--license': 'CC0' is not an IRI; give the licence as an IRI, for example "
           "https://creativecommons.org/licenses/by/4.0/ (or '-': no licence)"),
])
def test_a_license_that_is_no_iri_is_refused_before_building(runner, corpus, tmp_path, lang, message):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", str(corpus),
                                 "--license", "CC0"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1] == message
    assert not (tmp_path / "kg").exists()


# ---------------------------------------------------------------- exports and validate

#: export format → (file name, rdflib format, pyoxigraph format, keeps the named graphs)
_RDF_EXPORTS = {
    "turtle": ("g.ttl", "turtle", ox.RdfFormat.TURTLE, False),
    "trig": ("g.trig", "trig", ox.RdfFormat.TRIG, True),
    "nquads": ("g.nquads", "nquads", ox.RdfFormat.N_QUADS, True),
    "jsonld": ("g.jsonld", "json-ld", ox.RdfFormat.JSON_LD, True),
    "ntriples": ("g.nt", "nt", ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": ("g.rdf", "xml", ox.RdfFormat.RDF_XML, False),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The graph of :func:`corpus`, built once for the module (read-only: a test writes elsewhere)."""
    where = tmp_path_factory.mktemp("publishing")
    graph = where / "kg"
    _build(CliRunner(), graph, _write_corpus(where / "docs"))
    return graph


@pytest.fixture(scope="module")
def exported(built, tmp_path_factory):
    """Format → the file ``export --format FORMAT -o FILE`` wrote of :func:`built`, each exported once for the
    module (read-only: a test copies a file before changing or renaming it)."""
    where = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt, (name, *_rest) in _RDF_EXPORTS.items():
        result = CliRunner().invoke(cli, ["--graph", str(built), "export", "--format", fmt, "-o", str(where / name)])
        assert result.exit_code == 0, (fmt, result.output)
        files[fmt] = where / name
    return files


@pytest.mark.parametrize("fmt", sorted(_RDF_EXPORTS))
def test_every_rdf_export_round_trips_and_validates(runner, built, exported, fmt):
    from rdflib import Dataset

    name, rdflib_format, ox_format, quads = _RDF_EXPORTS[fmt]
    out = exported[fmt]  # written by `export --format FMT -o g.EXT` (the fixture checks its exit code)
    assert out.name == name
    statements = (built / "graph.nq").read_bytes().count(b"\n")  # a partition: the union has as many triples
    parsed = Dataset()
    parsed.parse(out, format=rdflib_format)
    assert len(list(parsed.quads((None, None, None, None)))) == statements
    in_ox = list(ox.parse(path=str(out), format=ox_format))
    assert len(in_ox) == statements
    if fmt in ("nquads", "jsonld"):  # the same statements in the same named graphs as the graph itself
        # (rdflib's TriG writes a decimal's shortest form, "0.9" for "0.90": the same values, the same count)
        assert set(in_ox) == set(ox.parse(path=str(built / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    result = runner.invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"De graaf voldoet aan de SHACL-shapes ({statements} triples).\n"


def test_jsonld_has_a_context_of_the_prefixes_and_compact_iris(runner, built):
    result = runner.invoke(cli, ["--graph", str(built), "export", "--format", "jsonld"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["@context"]["g40"] == "https://w3id.org/g40kg/def#"
    assert data["@context"]["g40id"] == "https://w3id.org/g40kg/id/"
    ids = re.findall(r'"@id": "([^"]*)"', json.dumps(data["@graph"]))
    assert ids and not [i for i in ids if i.startswith("https://w3id.org/g40kg/id/")]  # compacted: g40id:…
    graphs = {g["@id"] for g in data["@graph"]}
    assert {"g40g:dataset", "g40g:reference", "g40g:document/nieuws"} <= graphs, graphs


def test_validate_reads_a_file_by_its_content_when_the_name_does_not_say(runner, exported, tmp_path):
    import shutil

    for fmt, name in (("nquads", "g.export"), ("jsonld", "g.data"), ("turtle", "g"), ("rdfxml", "g.txt")):
        out = tmp_path / name
        shutil.copyfile(exported[fmt], out)  # the export of that format under a name that does not say it
        result = runner.invoke(cli, ["validate", str(out)])
        assert result.exit_code == 0, (fmt, result.output)


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: {path}, regel 3: niet te lezen als turtle (Unexpected end of file)"),
    ("en", "Error: {path}, line 3: cannot parse as turtle (Unexpected end of file)"),
])
def test_a_parse_error_names_the_file_and_line(runner, tmp_path, lang, line):
    bad = tmp_path / "kapot.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', encoding="utf-8")
    result = runner.invoke(cli, ["--lang", lang, "validate", str(bad)])
    assert result.exit_code == 2, result.output
    assert result.stderr == line.format(path=bad) + "\n"


def test_a_violation_is_listed_once_per_node_path_and_value(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix d: <https://w3id.org/g40kg/id/document/> .
@prefix p: <https://w3id.org/g40kg/id/person/> .
@prefix e: <https://w3id.org/g40kg/id/evidence/x/> .
d:x a g40:Document ; <http://purl.org/dc/terms/identifier> "x" .
p:a a g40:Person .
e:1 a g40:Evidence , rdf:Statement ; rdf:subject d:x ; rdf:predicate g40:mentions ;
    rdf:object p:a ; g40:quote "a" ; g40:startOffset 0 ; g40:endOffset 1 ; g40:rule "r" ;
    g40:confidence "hoog" ; prov:wasDerivedFrom d:x .
d:x g40:mentions p:a .
""", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1, result.output
    listed = [line for line in result.output.splitlines() if "g40:confidence" in line and line.startswith("  - ")]
    assert listed == ["  - g40id:evidence/x/1  pad g40:confidence  waarde 'hoog'"], result.output


def test_standalone_shapes_let_plain_pyshacl_find_a_fact_without_evidence(runner, tmp_path):
    import pyshacl
    from rdflib import Graph

    result = runner.invoke(cli, ["validate", "--standalone-shapes"])
    assert result.exit_code == 0, result.output
    assert "sh:deactivated" not in result.output and "MINUS" not in result.output
    data = Graph().parse(data="""
@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/g40kg/id/municipality/gm0363> a g40:Municipality ; g40:cbsCode "GM0363" ;
    skos:prefLabel "Amsterdam" ; rdfs:label "Amsterdam" ; g40:collaboratesWith <https://w3id.org/g40kg/id/ministry/mnre1034> .
<https://w3id.org/g40kg/id/ministry/mnre1034> a g40:Ministry ; skos:prefLabel "BZK" ; rdfs:label "BZK" .
""", format="turtle")
    standalone = Graph().parse(data=result.output, format="turtle")
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=standalone)
    assert not conforms and "this fact has no evidence node and no curated statement" in text, text
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=Graph().parse(
        data=(ROOT_ONTOLOGY / "shapes.ttl").read_text(encoding="utf-8"), format="turtle"))
    assert "no evidence node" not in text  # the shipped file leaves that check to g40kg


# ---------------------------------------------------------------- roles

def test_roles_are_a_concept_scheme_with_english_labels(built):
    nq = (built / "graph.nq").read_text(encoding="utf-8").splitlines()
    role, entities = "<https://w3id.org/g40kg/id/role/voorzitter>", "<https://w3id.org/g40kg/graph/entities>"
    skos = "http://www.w3.org/2004/02/skos/core#"
    for line in (f"{role} <{skos}inScheme> <https://w3id.org/g40kg/id/role> {entities} .",
                 f'{role} <{skos}prefLabel> "chair"@en {entities} .',
                 f'{role} <{skos}prefLabel> "voorzitter" {entities} .',
                 f"<https://w3id.org/g40kg/id/role> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{skos}ConceptScheme> {entities} ."):
        assert line in nq, line


@pytest.mark.parametrize("lang, role", [("en", "chair"), ("nl", "voorzitter")])
def test_tables_show_the_role_in_the_language_asked(runner, built, lang, role):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(built), "ask", "members", "-p",
                                 "target=Themagroep Wonen", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "Jan de Vries" in line]
    assert len(rows) == 1 and f"| {role} |" in rows[0], result.output
    data = runner.invoke(cli, ["--lang", lang, "--graph", str(built), "ask", "members", "-p",
                               "target=Themagroep Wonen", "--format", "json"])
    assert [r["role"] for r in json.loads(data.output)["rows"] if r.get("memberLabel") == "Jan de Vries"] == ["voorzitter"]


def test_the_extractor_fingerprint_is_in_the_graph_and_the_network_exports(runner, built):
    """Walkthrough 14, finding 24 (and 23): the manifest's extractor fingerprint is cited by the
    dataset description and in the GEXF/GraphML headers; GEXF's date is the newest document's, not today's."""
    graph = built
    fingerprint = json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["extraction"]["fingerprint"]
    agent = f"<https://w3id.org/g40kg/id/software/g40kg-extractor/{fingerprint}>"
    nq = (graph / "graph.nq").read_text(encoding="utf-8").splitlines()
    in_graph = "https://w3id.org/g40kg/graph/dataset"
    assert f"<{_DATASET}/build> <{_PROV}wasAssociatedWith> {agent} <{in_graph}> ." in nq
    assert f'{agent} <https://schema.org/softwareVersion> "{fingerprint}" <{in_graph}> .' in nq
    gexf = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "gexf"]).stdout
    assert f"<creator>g40kg {__version__} (extractor {fingerprint})</creator>" in gexf, gexf[:600]
    assert '<meta lastmodifieddate="2024-05-01">' in gexf, gexf[:600]
    assert runner.invoke(cli, ["--graph", str(graph), "export", "--format", "gexf"]).stdout == gexf
    graphml = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "graphml", "--as-of", "2024"]).stdout
    assert f">{fingerprint}</data>" in graphml and ">--as-of 2024</data>" in graphml, graphml[:1500]
