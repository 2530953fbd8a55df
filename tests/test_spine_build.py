"""The spine end to end: reference data, a build of the seeds, exports, atomic writes, bad input."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SKOS

from graph.cli import cli
from graph.fact_rows import (DERIVATION_FIELDS, DOCUMENT_FIELDS, FACT_FIELDS, JOIN_FIELDS, PORTFOLIO_FIELDS, PRECISION_FIELDS,
                              TIME_FIELDS)
from graph.gazetteer import load_gazetteer
from graph.pipeline import bundled_corpus
from graph.reference import reference_graph
from graph.store import MANIFEST_FILE, read_manifest
from graph.vocab import G40


# --- reference data ---------------------------------------------------------------------------

def test_reference_data_counts():
    gazetteer = load_gazetteer()
    graph = reference_graph(gazetteer)
    assert len(set(graph.subjects(RDF.type, G40.Municipality))) == 342 + 263  # current + dissolved
    assert len(gazetteer.municipalities) == 342
    assert len(set(graph.subjects(G40.g40Member, None))) == 41
    ministries = set(graph.subjects(RDF.type, G40.Ministry))
    assert len(ministries) == len({m.code for m in gazetteer.ministries})


def test_ministry_name_periods_follow_tooi():
    ezk = load_gazetteer().ministry_by_code["mnre1045"]
    assert [ezk.label_at(d) for d in ("2021-06-01", "2024-07-01", "2024-07-02", "2026-02-22", "2026-02-23")] == [
        "EZK", "EZK", "EZ", "EZ", "EZK"]
    graph = reference_graph(load_gazetteer())
    periods = list(graph.query(
        "SELECT ?abbr ?from ?until WHERE { ?m g40:namePeriod ?p . ?p g40:abbreviation ?abbr . "
        "OPTIONAL { ?p g40:validFrom ?from } OPTIONAL { ?p g40:validUntil ?until } "
        "FILTER(STRENDS(STR(?m), 'mnre1045')) } ORDER BY ?from"))
    assert [(str(a), str(f), str(u) if u else None) for a, f, u in periods][-3:] == [
        ("EZK", "2018-01-01", "2024-07-01"), ("EZ", "2024-07-02", "2026-02-22"), ("EZK", "2026-02-23", None)]


def test_g40_membership_and_tooi_links_are_data():
    graph = reference_graph(load_gazetteer())
    rows = {str(label): str(same) for label, same in graph.query(
        "SELECT ?label ?same WHERE { ?m g40:g40Member true ; skos:prefLabel ?label ; owl:sameAs ?same }")}
    assert rows["Amstelveen"] == "https://identifier.overheid.nl/tooi/id/gemeente/gm0362"
    assert "Den Haag" not in rows and "'s-Hertogenbosch" in rows



def test_everyday_municipality_names_are_labels(seed_dataset):
    """An alias of the register ("Den Bosch") names its municipality in every command, also when
    no document wrote it (it was known to the extraction only)."""
    from graph.names import resolve_entity

    graph = reference_graph(load_gazetteer())
    bosch = next(graph.subjects(G40.cbsCode, Literal("GM0796")))
    assert {str(label) for label in graph.objects(bosch, SKOS.altLabel)} == {"Den Bosch"}
    assert resolve_entity(seed_dataset, "den bosch", "Municipality") == bosch
    assert resolve_entity(seed_dataset, "'s-Hertogenbosch") == bosch

# --- a build of the seeds ---------------------------------------------------------------------

def test_every_fact_has_literal_evidence_in_its_document(seed_facts):
    """Literal, but with contact details masked as the graph writes every quote (graph.privacy)."""
    from graph.privacy import mask_contacts

    texts = {p.stem: mask_contacts(p.read_text(encoding="utf-8")) for p in bundled_corpus().glob("*.txt")}
    assert seed_facts, "the seed build exported no facts"
    for row in seed_facts:
        assert row["document"] in texts
        assert row["evidence"] and row["evidence"] in texts[row["document"]], row
    assert any("[e-mailadres]" in row["evidence"] for row in seed_facts)  # the bundled officials' addresses


def test_facts_follow_the_public_contract(seed_facts):
    fields = ["document", "subject", "subject_type", "subject_iri", "predicate", "object", "object_type",
              "object_iri", "role", "evidence"]
    types = {"Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme",
             "Event", "Theme", "Document"}
    predicates = {"hasRole", "affiliatedWith", "succeeded", "collaboratesWith", "participatesIn", "partOf",
                  "initiated", "organised", "ledBy", "contactFor", "addresses", "mentions"}
    for row in seed_facts:
        assert list(row) == fields
        assert row["subject_type"] in types and row["object_type"] in types, row
        assert row["predicate"] in predicates
        assert (row["role"] is not None) == (row["predicate"] == "hasRole"), row
    assert {r["predicate"] for r in seed_facts} >= {"mentions", "hasRole", "collaboratesWith", "participatesIn"}


def test_provenance_is_queryable_in_sparql(seed_dataset):
    rows = list(seed_dataset.query(
        "SELECT ?g ?quote ?docid WHERE { GRAPH ?g { ?ev a g40:Evidence ; rdf:predicate g40:collaboratesWith ; "
        "g40:quote ?quote ; prov:wasDerivedFrom ?doc } ?doc dcterms:identifier ?docid }"))
    assert rows
    for graph_name, quote, docid in rows:
        assert str(graph_name).endswith("/document/" + str(docid))


def test_manifest_lists_documents_with_checksums(seed_graph):
    manifest = read_manifest(seed_graph)
    assert sorted(d["id"] for d in manifest["documents"]) == [
        "g40-pijler-economie-en-werk-2021", "g40-pijler-economie-en-werk-netwerkdagen"]
    assert all(d["checksum"].startswith("sha256:") for d in manifest["documents"])


# --- exports ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, rdf_format", [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"),
                                              ("jsonld", "json-ld")])
def test_rdf_exports_parse_back(runner, seed_graph, fmt, rdf_format, tmp_path):
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    parsed = Graph() if fmt == "turtle" else Dataset(default_union=True)  # the named graphs are the data
    parsed.parse(out, format=rdf_format)
    assert len(parsed) > 1000
    assert (None, G40.collaboratesWith, None) in parsed


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_parse_back(runner, seed_graph, fmt, reader, tmp_path):
    out = tmp_path / f"netwerk.{fmt}"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    network = reader(out)
    assert network.number_of_nodes() > 10 and network.number_of_edges() > 10


def test_facts_and_csv_exports_agree(runner, seed_graph, seed_facts):
    facts = runner.invoke(cli, ["--graph", str(seed_graph), "export", "--format", "facts"])
    rows = [json.loads(line) for line in facts.output.splitlines()]
    # the contract's fields as iter_facts gives them, then when the fact holds
    assert [{k: row[k] for k in FACT_FIELDS} for row in rows] == seed_facts
    assert all(list(row)[len(FACT_FIELDS):] == list(TIME_FIELDS + DERIVATION_FIELDS + PRECISION_FIELDS + JOIN_FIELDS + DOCUMENT_FIELDS + PORTFOLIO_FIELDS) for row in rows)
    table = runner.invoke(cli, ["--graph", str(seed_graph), "export", "--format", "csv"])
    assert table.output.splitlines()[0] == ",".join(rows[0])
    assert len(table.output.splitlines()) > len(rows)  # header + rows (quotes may span lines)


@pytest.mark.parametrize("command", [["export", "--format", "trig"], ["export", "--format", "graphml"], ["viz"]])
def test_an_output_path_that_cannot_be_written_is_a_one_line_error(runner, seed_graph, tmp_path, command):
    (tmp_path / "a-file").write_text("stays\n")
    out = tmp_path / "a-file" / "out.html"  # its folder is a file (as root, permissions stop nothing)
    result = runner.invoke(cli, ["--graph", str(seed_graph), *command, "-o", str(out)])
    # a path the user must change, as a missing folder: exit 2 (walkthrough 27, finding 20; it was 1)
    assert (result.exit_code, result.output) == (2, f"Fout: kan {out} niet schrijven: {tmp_path / 'a-file'} is een "
                                                    "bestand, geen map; kies een ander -o\n"), result.output
    assert (tmp_path / "a-file").read_text() == "stays\n" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_an_empty_view_says_why_on_the_command_line_and_on_the_page(runner, seed_graph, tmp_path):
    out = tmp_path / "proj.html"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "viz", "--projection", "city-ministry", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("Geen gemeente en ministerie nemen in deze graaf samen deel aan een "
                                             "programma (de projectie city-ministry verbindt alleen die paren).")
    assert '"projection": "city-ministry"' in out.read_text(encoding="utf-8").replace('":"', '": "')


def test_output_through_a_link_or_into_a_pipe_keeps_the_link_and_the_pipe(runner, seed_graph, tmp_path):
    import os
    import stat
    import threading

    (tmp_path / "page.html").write_text("old\n")
    (tmp_path / "link.html").symlink_to("page.html")
    result = runner.invoke(cli, ["--graph", str(seed_graph), "viz", "-o", str(tmp_path / "link.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "link.html").is_symlink() and "<!DOCTYPE html>" in (tmp_path / "page.html").read_text()

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = runner.invoke(cli, ["--graph", str(seed_graph), "export", "--format", "csv", "-o", str(pipe)])
    if not received:
        reader.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode), "the pipe was replaced by a file"
    assert received and received[0].startswith("document,"), received


# --- bad input and atomic writes --------------------------------------------------------------

def _build(runner, graph, *paths):
    return runner.invoke(cli, ["--graph", str(graph), "build", *map(str, paths)])


def test_missing_path_fails_without_traceback(runner, tmp_path):
    result = _build(runner, tmp_path / "kg", tmp_path / "nergens")
    assert result.exit_code == 2
    assert "nergens: bestand of map bestaat niet" in result.output and "Traceback" not in result.output


def test_a_graph_folder_that_cannot_be_written_is_a_one_line_error(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.", encoding="utf-8")
    (tmp_path / "a-file").write_text("stays\n")
    graph = tmp_path / "a-file" / "kg"  # its folder is a file (as root, permissions stop nothing)
    result = _build(runner, graph, docs)
    assert (result.exit_code, result.output) == (1, f"Fout: kan {graph} niet schrijven (Not a directory)\n"), result.output
    assert (tmp_path / "a-file").read_text() == "stays\n" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "docs"]


def test_nothing_usable_fails_and_keeps_previous_graph(runner, tmp_path):
    good = tmp_path / "goed"
    good.mkdir()
    (good / "a.txt").write_text("Breda en Tilburg werken samen met het ministerie van EZK.", encoding="utf-8")
    graph = tmp_path / "kg"
    assert _build(runner, graph, good).exit_code == 0
    before = (graph / MANIFEST_FILE).read_text(encoding="utf-8")
    bad = tmp_path / "slecht"
    bad.mkdir()
    (bad / "leeg.txt").write_text("", encoding="utf-8")
    (bad / "plaatje.png").write_bytes(b"\x89PNG")
    result = _build(runner, graph, bad)
    assert result.exit_code == 2
    assert "niets te bouwen" in result.output and "leeg.txt: overgeslagen, geen tekst" in result.output
    assert (graph / MANIFEST_FILE).read_text(encoding="utf-8") == before


def test_partly_bad_input_builds_and_warns(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Wethouder Jan Jansen (Tilburg) werkt samen met BZK.", encoding="utf-8")
    (folder / "b.txt").write_bytes("Caf\xe9 in Breda".encode("cp1252"))
    (folder / "a.meta.json").write_text("{kapot", encoding="utf-8")
    result = _build(runner, tmp_path / "kg", folder)
    assert result.exit_code == 0, result.output
    assert "b.txt: geen geldige UTF-8, gelezen als cp1252" in result.output
    assert "a.meta.json: metadata genegeerd, ongeldige JSON" in result.output


def test_interrupted_build_keeps_previous_graph(runner, tmp_path, monkeypatch):
    import graph.pipeline as pipeline

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Breda werkt samen met EZK.", encoding="utf-8")
    graph = tmp_path / "kg"
    assert _build(runner, graph, folder).exit_code == 0
    before = sorted(p.name for p in graph.iterdir())
    manifest = (graph / MANIFEST_FILE).read_text(encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "apply_curation", interrupted)  # inside the staged graph
    result = _build(runner, graph, folder)
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert sorted(p.name for p in graph.iterdir()) == before
    assert (graph / MANIFEST_FILE).read_text(encoding="utf-8") == manifest
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg")] == []


def test_command_without_graph_says_how_to_build(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "leeg"), "export"])
    assert result.exit_code == 1
    assert "geen graaf in" in result.output and "g40kg build" in result.output
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(tmp_path / "leeg"), "export"])
    assert "no graph at" in english.output


@pytest.mark.parametrize("date, label", [("2021-05-01", "EZK"), ("2025-03-01", "EZ"), ("2026-06-01", "EZK")])
def test_facts_name_ministries_as_they_were_called_then(runner, tmp_path, date, label):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nieuws.txt").write_text("Breda werkt samen met het ministerie van Economische Zaken.", encoding="utf-8")
    (folder / "nieuws.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    assert _build(runner, tmp_path / "kg", folder).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "facts"])
    ministries = {(r["object"], r["object_iri"]) for r in map(json.loads, result.output.splitlines())
                  if r["object_type"] == "Ministry"}
    assert ministries == {(label, "https://w3id.org/g40kg/id/ministry/mnre1045")}


@pytest.mark.parametrize("text, label", [
    ("Breda werkt samen met het ministerie van EZK.", "EZK"),  # still the old name, two months on
    ("Breda werkt samen met het ministerie van EZ.", "EZ"),
    ("Breda werkt samen met het ministerie van Economische Zaken.", "EZ"),  # no abbreviation: the one then
])
def test_facts_name_a_ministry_as_its_sentence_does(runner, tmp_path, text, label):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nieuws.txt").write_text(text, encoding="utf-8")
    (folder / "nieuws.meta.json").write_text(json.dumps({"date": "2024-09-10"}), encoding="utf-8")
    assert _build(runner, tmp_path / "kg", folder).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "facts"])
    ministries = {(r["predicate"], r["object"]) for r in map(json.loads, result.output.splitlines())
                  if r["object_type"] == "Ministry"}
    assert ministries == {("mentions", label), ("collaboratesWith", label)}


def test_summary_counts_each_entity_once_across_documents(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, day in (("a", 1), ("b", 2), ("c", 3)):  # three documents, not one copied (see graph.corpus_checks)
        (folder / f"{name}.txt").write_text(f"Verslag van {day} maart 2024\n\nBreda en Tilburg werken samen met het "
                                            "ministerie van BZK.", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(folder), "--format", "json"])
    summary = json.loads(result.output)
    assert summary["documents"] == 3
    assert summary["entities"] == {"Ministry": 1, "Municipality": 2}


def test_build_checks_what_it_wrote_and_a_spread_of_the_rest_when_shapes_change(runner, tmp_path, monkeypatch):
    import graph.spotcheck as spotcheck

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a", "b", "c", "d"):
        (folder / f"{name}.txt").write_text(f"Breda werkt samen met BZK ({name}).", encoding="utf-8")
    graph = tmp_path / "kg"

    def build(*extra):
        result = runner.invoke(cli, ["--graph", str(graph), "build", str(folder), *extra])
        assert result.exit_code == 0, result.output
        return result.output

    first = build()
    assert "Controle: in orde (alle 4 documenten gecontroleerd).\n" in first
    assert "Sinds de vorige bouw" not in first  # there was none
    (folder / "b.txt").write_text("Tilburg werkt samen met OCW.", encoding="utf-8")
    changed = build()
    assert "Sinds de vorige bouw: 1 gewijzigd (b).\n" in changed  # named since round 46y
    assert "1 van 4 documenten gecontroleerd: eerst de 1 die deze bouw opnieuw schreef (nieuwe, gewijzigde en " in changed
    same = build()
    assert "Sinds de vorige bouw: geen document veranderd.\n" in same
    assert "Controle: niets te controleren (geen nieuwe of gewijzigde feiten)." in same
    monkeypatch.setattr(spotcheck, "VALIDATION_SAMPLE", 2)
    monkeypatch.setattr(spotcheck, "shapes_fingerprint", lambda shapes=None: "other shapes")
    assert "2 van 4 documenten gecontroleerd, een steekproef;" in build()
    summary = json.loads(build("--full-validation", "--format", "json"))
    assert summary["validated"] == {"checked": 4, "documents": 4, "new": 0}
    for name in "bcd":
        (folder / f"{name}.txt").unlink()
    alone = build("--full-validation")
    assert "Controle: in orde (het enige document gecontroleerd)." in alone
    assert "Sinds de vorige bouw: 3 verwijderd.\n" in alone


def test_interrupt_during_parallel_extraction_stops_the_workers(tmp_path):
    import multiprocessing

    from graph.errors import G40Error
    from graph.pipeline import build_graph

    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(40):
        (folder / f"d{number:02d}.txt").write_text(f"Wethouder Jan Jansen{number} (Breda) werkt samen met BZK.",
                                                   encoding="utf-8")

    class Interrupting:
        def __init__(self, *args):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, n):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_graph([folder], tmp_path / "kg", workers=2, progressbar=Interrupting)
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "kg").exists()
    with pytest.raises(G40Error):
        read_manifest(tmp_path / "kg")


def test_staging_left_by_a_killed_build_is_swept(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Breda werkt samen met BZK.", encoding="utf-8")
    leftover = tmp_path / ".kg.999999999.x.tmp"  # no process has that id
    leftover.mkdir()
    (leftover / "graph.nq").write_text("", encoding="utf-8")
    assert _build(runner, tmp_path / "kg", folder).exit_code == 0
    assert not leftover.exists()


def test_query_refuses_service_without_calling_out(runner, seed_graph):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "query",
                                 "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"])
    assert result.exit_code == 2
    assert result.output.strip() == "Fout: SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints"
    literal = runner.invoke(cli, ["--graph", str(seed_graph), "query", "--format", "csv",
                                  'SELECT ?s WHERE { ?s skos:prefLabel "SERVICE" }'])
    assert literal.exit_code == 0 and literal.output.strip() == "s"


def test_service_behind_an_escaped_hash_is_refused_too(runner, seed_graph):
    """``ex:a\\#`` is a local name with an escaped '#', not the start of a comment that hides SERVICE."""
    text = ("PREFIX ex: <urn:ex:> SELECT ?x WHERE { OPTIONAL { ?s ex:a\\# ?o } "
            "SERVICE <http://127.0.0.1:1/> { ?x ?p ?y } }")
    result = runner.invoke(cli, ["--graph", str(seed_graph), "query", text])
    assert (result.exit_code, result.output.strip()) == (
        2, "Fout: SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_service_hidden_by_an_escaped_quote_is_refused_on_both_engines(runner, seed_graph, engine):
    """rdflib reads \\u escapes before it parses: \\u0022 ends the string, and SERVICE is code."""
    text = ('SELECT * WHERE { ?s ?p ?o . FILTER(?o = "a\\u0022) SERVICE <http://127.0.0.1:1/x> { ?x ?y ?z } '
            'FILTER(?o != \\u0022") }')
    result = runner.invoke(cli, ["--graph", str(seed_graph), "--engine", engine, "query", text])
    assert (result.exit_code, result.output.strip()) == (
        2, "Fout: SERVICE is niet toegestaan: g40kg bevraagt geen andere endpoints")


def test_a_query_nested_too_deeply_is_refused_before_the_parser_overflows(runner, seed_graph):
    deep = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", "en", "query", deep])
    assert (result.exit_code, result.output.strip()) == (
        2, "Error: the query is nested too deeply (more than 200 brackets inside each other); write it flatter")
    fine = runner.invoke(cli, ["--graph", str(seed_graph), "query", "--format", "csv",
                               "ASK { FILTER(" + "(" * 150 + "1 = 1" + ")" * 150 + ") }"])
    assert (fine.exit_code, fine.output.strip()) == (0, "true")


def test_lateral_runs_on_oxigraph_and_is_refused_clearly_on_rdflib(runner, seed_graph):
    text = ('SELECT ?label WHERE { { SELECT ?m WHERE { ?m a g40:Ministry } ORDER BY ?m LIMIT 1 } '
            'LATERAL { ?m skos:prefLabel ?label } }')
    ran = runner.invoke(cli, ["--graph", str(seed_graph), "query", "--format", "csv", text])
    assert ran.exit_code == 0 and ran.output.splitlines()[0] == "label" and len(ran.output.splitlines()) == 2
    refused = runner.invoke(cli, ["--graph", str(seed_graph), "--engine", "rdflib", "query", text])
    assert refused.exit_code == 2
    assert refused.output.strip() == ("Fout: LATERAL (SPARQL 1.2) kent de rdflib-engine niet; gebruik --engine "
                                      "oxigraph of schrijf de groep zonder LATERAL")


@pytest.mark.parametrize("args", [["rank", "--type", "Onzin"], ["path", "Breda", "BZK", "--via-type", "Onzin"]])
def test_unknown_type_names_are_refused_with_the_choices(runner, seed_graph, args):
    result = runner.invoke(cli, ["--graph", str(seed_graph), *args])
    assert result.exit_code == 2
    assert "onbekende soort 'Onzin'; kies uit Person, Municipality" in result.output


@pytest.mark.parametrize("documents, said", [(19, []), (20, ["Oxigraph-opslag bijwerken", "SHACL-controle", "Opslaan"])])
def test_a_large_build_says_when_its_stages_without_a_progress_bar_begin(tmp_path, documents, said):
    from graph.pipeline import STAGE_MIN_DOCUMENTS, build_graph

    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(documents):
        (folder / f"d{n:02d}.txt").write_text(f"Breda werkt samen met EZK ({n}).", encoding="utf-8")
    stages: list[str] = []
    build_graph([folder], tmp_path / "kg", stage=stages.append, workers=1)
    assert STAGE_MIN_DOCUMENTS == 20 and stages == said


@pytest.mark.parametrize("text, first", [
    ("binnenstad", {"City Deal vitale binnensteden", "Themagroep Binnensteden",
                    "Themagroep Vitale binnensteden en werklocaties"}),  # the README's example
    ("smart city", {"Themagroep Smart Cities"}),
])
def test_search_matches_inflected_words_of_a_name(runner, seed_graph, text, first):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "search", text, "--format", "json"])
    rows = json.loads(result.output)["rows"]
    best = max(row["score"] for row in rows)
    assert {row["label"] for row in rows if row["score"] == best} == first


@pytest.mark.parametrize("text, top", [
    ("gemeente Breda", ["Breda"]),  # the type word is not part of a municipality's name
    ("ministerie van economische zaken", ["EZ", "EZK"]),
    ("de", ["De Bilt", "De Lier"]),  # whole words before "Def" and "Ede", which merely contain it
])
def test_search_reads_type_words_and_ranks_whole_words_first(runner, seed_graph, text, top):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "search", text, "--format", "json"])
    assert [row["label"] for row in json.loads(result.output)["rows"][:len(top)]] == top


@pytest.mark.parametrize("name, found", [("gemeente Breda", "Breda (Gemeente)"),
                                         ("Ministerie van Economische Zaken en Klimaat", "EZK (Ministerie)")])
def test_a_name_with_its_type_word_names_the_entity(runner, seed_graph, name, found):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "entity", name])
    assert result.exit_code == 0 and result.output.startswith(found + " "), result.output


def test_a_name_suggestion_resembles_the_name(runner, seed_graph):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "entity", "Pieter Meekel"])
    assert (result.exit_code, result.output) == (2, "Fout: onbekende naam 'Pieter Meekel'; bedoelt u 'Pieter Meekels'?\n")


def test_a_search_for_a_type_word_alone_lists_that_type(runner, seed_graph):
    result = runner.invoke(cli, ["--graph", str(seed_graph), "search", "ministerie", "--limit", "50", "--format", "json"])
    rows = json.loads(result.output)["rows"]
    types = [row["type"] for row in rows]
    assert types == sorted(types, key=lambda t: t != "Ministry")  # every ministry before any look-alike name
    assert {"EZK", "BZK", "OCW"} <= {row["label"] for row in rows if row["type"] == "Ministry"}


def test_a_theme_that_works_with_ministries_links_them_itself(runner, seed_graph):
    """The bundled corpus names ministries the theme Human Capital works with: the question shows them."""
    result = runner.invoke(cli, ["--graph", str(seed_graph), "ask", "ministries-per-theme", "--format", "json"])
    rows = json.loads(result.output)["rows"]
    assert {(r["themeLabel"], r["ministryLabel"], r["viaLabel"]) for r in rows} == {
        ("Human Capital", "EZK", "Human Capital"), ("Human Capital", "OCW", "Human Capital"),
        ("Human Capital", "SZW", "Human Capital")}
